//===- DataMovement.cpp - Lowerings of the data-movement ops --------------===//
//
// reshape, transpose, expand, slice, concat, pad, tile, shape_of, fill, range
// and trilu; the gathers, scatters and resize are in Indexing.cpp. The memory
// safety rules are in DataMovementUtils.h.
//
//===----------------------------------------------------------------------===//

#include "passes/Conversion/PlinthToLinalg/DataMovementUtils.h"
#include "passes/Conversion/PlinthToLinalg/LoweringUtils.h"
#include "passes/Conversion/PlinthToLinalg/Transforms.h"

#include "dialects/Plinth/PlinthOps.h"
#include "dialects/Plinth/ShapeUtils.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/ReshapeOpsUtils.h"

namespace mlir::plinth {

//===----------------------------------------------------------------------===//
// Helpers (documented in DataMovementUtils.h)
//===----------------------------------------------------------------------===//

namespace datamovement {

using namespace lowering;

RankedTensorType convertedType(const TypeConverter *converter, Type type) {
  return cast<RankedTensorType>(converter->convertType(type));
}

LogicalResult requireChecks(Operation *op,
                            ConversionPatternRewriter &rewriter) {
  auto dynamic = [](Type t) {
    auto shaped = dyn_cast<ShapedType>(t);
    return shaped && !shaped.hasStaticShape();
  };
  if (op->getContext()->getLoadedDialect<cf::ControlFlowDialect>() ||
      (llvm::none_of(op->getOperandTypes(), dynamic) &&
       llvm::none_of(op->getResultTypes(), dynamic)))
    return success();
  op->emitOpError("lowering of dynamic shapes needs the cf dialect (for "
                  "cf.assert) loaded by the pass");
  return rewriter.notifyMatchFailure(op, "cf dialect not loaded");
}

SmallVector<Value> dynamicSizes(OpBuilder &b, Location loc,
                                ArrayRef<OpFoldResult> sizes) {
  SmallVector<Value> values;
  for (OpFoldResult size : sizes)
    if (!getConstantIntValue(size))
      values.push_back(getValueOrCreateConstantIndexOp(b, loc, size));
  return values;
}

RankedTensorType typeFromSizes(ArrayRef<OpFoldResult> sizes, Type element) {
  SmallVector<int64_t> shape;
  for (OpFoldResult size : sizes)
    shape.push_back(getConstantIntValue(size).value_or(ShapedType::kDynamic));
  return RankedTensorType::get(shape, element);
}

Value castChecked(OpBuilder &b, Location loc, Value value,
                  RankedTensorType type, StringRef what) {
  auto from = cast<RankedTensorType>(value.getType());
  if (from == type)
    return value;
  Scalars s{b, loc};
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (from.isDynamicDim(d) && !type.isDynamicDim(d))
      s.check(s.cmp(Pred::eq, s.dim(value, d), s.index(type.getDimSize(d))),
              what + ": dim " + Twine(d) + " must be " +
                  Twine(type.getDimSize(d)));
  return tensor::CastOp::create(b, loc, type, value);
}

Value clampIndex(OpBuilder &b, Location loc, Value index, Value dim) {
  Scalars s{b, loc};
  index = s.toIndex(index);
  Value zero = s.index(0);
  Value wrapped =
      s.select(s.cmp(Pred::slt, index, zero), s.add(index, dim), index);
  return s.clamp(wrapped, zero, s.sub(dim, s.index(1)));
}

Value buildGeneric(OpBuilder &b, Location loc, RankedTensorType type,
                   ValueRange dynSizes, ValueRange inputs,
                   ArrayRef<AffineMap> inputMaps, IndexBodyBuilder body) {
  int64_t rank = type.getRank();
  Value init = createEmpty(b, loc, type, dynSizes);
  SmallVector<AffineMap> maps(inputMaps);
  maps.push_back(AffineMap::getMultiDimIdentityMap(rank, b.getContext()));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, type, inputs, init, maps, iterators,
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        LoopIndices ivs(nb, nl, rank);
        linalg::YieldOp::create(nb, nl, body(nb, nl, ivs, args.drop_back()));
      });
  return generic.getResult(0);
}

Value guardNonEmpty(OpBuilder &b, Location loc, ArrayRef<Value> dims,
                    RankedTensorType type, ValueRange dynSizes,
                    function_ref<Value(OpBuilder &, Location)> build) {
  if (dims.empty())
    return build(b, loc);
  Scalars s{b, loc};
  Value ok = s.cmp(Pred::sgt, dims.front(), s.index(0));
  for (Value dim : dims.drop_front())
    ok = s.both(ok, s.cmp(Pred::sgt, dim, s.index(0)));
  auto ifOp = scf::IfOp::create(
      b, loc, ok,
      [&](OpBuilder &nb, Location nl) {
        scf::YieldOp::create(nb, nl, build(nb, nl));
      },
      [&](OpBuilder &nb, Location nl) {
        Value zero = scalarConstant(nb, nl, type.getElementType(), 0.0);
        scf::YieldOp::create(nb, nl,
                             createFilled(nb, nl, type, dynSizes, zero));
      });
  return ifOp.getResult(0);
}

void addIfMaybeEmpty(SmallVectorImpl<Value> &dims, Scalars &s, Value t,
                     int64_t d) {
  int64_t size = cast<RankedTensorType>(t.getType()).getDimSize(d);
  if (ShapedType::isDynamic(size) || size == 0)
    dims.push_back(s.dim(t, d));
}

} // namespace datamovement

namespace {

using namespace lowering;
using namespace datamovement;

constexpr int64_t kDynamic = ShapedType::kDynamic;

//===----------------------------------------------------------------------===//
// Reshape
//===----------------------------------------------------------------------===//

/// Input dims [inBegin, inEnd) hold the elements of result dims
/// [outBegin, outEnd).
struct Segment {
  int64_t inBegin, inEnd, outBegin, outEnd;
};

/// Splits a reshape into the smallest segments that each regroup their
/// input dims into their result dims: static products agree, or one dynamic
/// result dim takes what the static ones leave. A segment whose static result
/// dims take dynamic input dims (a run-time check) only when `checked`.
bool segmentFrom(ArrayRef<int64_t> in, ArrayRef<int64_t> out, size_t i,
                 size_t j, bool checked, SmallVectorImpl<Segment> &segments,
                 llvm::DenseSet<std::pair<size_t, size_t>> &failed) {
  if (i == in.size() || j == out.size())
    return i == in.size() && j == out.size();
  if (failed.contains({i, j}))
    return false;
  for (size_t total = 2; total <= in.size() - i + out.size() - j; ++total) {
    for (size_t di = 1; di < total; ++di) {
      size_t dj = total - di;
      if (di > in.size() - i || dj > out.size() - j)
        continue;
      auto inDims = in.slice(i, di), outDims = out.slice(j, dj);
      int64_t dynamicOut = llvm::count_if(outDims, ShapedType::isDynamic);
      std::optional<int64_t> pin = checkedProduct(inDims);
      int64_t pout = 1;
      bool overflow = pin && *pin < 0;
      for (int64_t dim : outDims)
        if (!ShapedType::isDynamic(dim))
          overflow |= llvm::MulOverflow(pout, dim, pout);
      bool valid =
          !overflow && dynamicOut <= 1 &&
          (dynamicOut == 0 ? (pin ? *pin == pout : checked)
                           : !pin || (pout ? *pin % pout == 0 : *pin == 0));
      if (!valid)
        continue;
      segments.push_back(
          {int64_t(i), int64_t(i + di), int64_t(j), int64_t(j + dj)});
      if (segmentFrom(in, out, i + di, j + dj, checked, segments, failed))
        return true;
      segments.pop_back();
    }
  }
  failed.insert({i, j});
  return false;
}

std::optional<SmallVector<Segment>> segmentReshape(ArrayRef<int64_t> in,
                                                   ArrayRef<int64_t> out) {
  for (bool checked : {false, true}) {
    SmallVector<Segment> segments;
    llvm::DenseSet<std::pair<size_t, size_t>> failed;
    if (segmentFrom(in, out, 0, 0, checked, segments, failed))
      return segments;
  }
  return std::nullopt;
}

/// `input` reshaped to `type` through `segments`: a collapse_shape of each
/// segment's input dims, then an expand_shape into its result dims.
Value regroup(OpBuilder &b, Location loc, Value input, RankedTensorType type,
              ArrayRef<Segment> segments) {
  Scalars s{b, loc};
  auto inType = cast<RankedTensorType>(input.getType());
  Type element = type.getElementType();
  ArrayRef<int64_t> in = inType.getShape(), out = type.getShape();
  SmallVector<ReassociationIndices> inGroups, outGroups;
  SmallVector<int64_t> mid;
  bool collapse = false, expand = false;
  for (const Segment &seg : segments) {
    inGroups.emplace_back(llvm::to_vector(llvm::seq(seg.inBegin, seg.inEnd)));
    outGroups.emplace_back(
        llvm::to_vector(llvm::seq(seg.outBegin, seg.outEnd)));
    collapse |= seg.inEnd - seg.inBegin != 1;
    expand |= seg.outEnd - seg.outBegin != 1;
    // segmentReshape checked the products for overflow.
    mid.push_back(checkedProduct(in.slice(seg.inBegin, seg.inEnd - seg.inBegin))
                      .value_or(kDynamic));
  }
  Value x = input;
  if (collapse)
    x = tensor::CollapseShapeOp::create(
        b, loc, RankedTensorType::get(mid, element), x, inGroups);
  // Result sizes: static where the segment's size and its other result dims
  // tell them, else the segment's size over the static result dims.
  SmallVector<int64_t> exact(out), checkedMid(mid);
  SmallVector<OpFoldResult> sizes;
  for (auto [k, seg] : llvm::enumerate(segments)) {
    auto dims = out.slice(seg.outBegin, seg.outEnd - seg.outBegin);
    int64_t dynamicCount = llvm::count_if(dims, ShapedType::isDynamic), p = 1;
    for (int64_t dim : dims)
      p *= ShapedType::isDynamic(dim) ? 1 : dim;
    if (dynamicCount == 0 && ShapedType::isDynamic(mid[k]))
      checkedMid[k] = p;
    Value split;
    if (expand && dynamicCount == 1 && ShapedType::isDynamic(mid[k]))
      split = p == 0   ? s.index(0)
              : p == 1 ? s.dim(x, k)
                       : arith::DivUIOp::create(b, loc, s.dim(x, k), s.index(p))
                             .getResult();
    for (int64_t d = seg.outBegin; d < seg.outEnd; ++d) {
      if (ShapedType::isDynamic(out[d]) && !ShapedType::isDynamic(mid[k]))
        exact[d] = p == 0 ? 0 : mid[k] / p;
      sizes.push_back(ShapedType::isDynamic(exact[d])
                          ? OpFoldResult(split)
                          : b.getIndexAttr(exact[d]));
    }
  }
  x = castChecked(b, loc, x, RankedTensorType::get(checkedMid, element),
                  "reshape");
  if (expand)
    x = tensor::ExpandShapeOp::create(
        b, loc, RankedTensorType::get(exact, element), x, outGroups, sizes);
  return castChecked(b, loc, x, type, "reshape");
}

/// tensor.collapse_shape / expand_shape when the result regroups the input's
/// dims (and, with a run-time shape, at most one result dim is dynamic, so
/// the element count decides it); else tensor.reshape with the shape built
/// from the static dims and the shape operand, checked at run time.
struct LowerReshape : OpConversionPattern<ReshapeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ReshapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(requireChecks(op, rewriter)))
      return failure();
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    Type element = type.getElementType();
    if (inType == type && (!op.getShape() || type.getNumDynamicDims() <= 1)) {
      rewriter.replaceOp(op, input);
      return success();
    }
    // A rank-0 side: every dim of the other side is 1.
    if (inType.getRank() == 0 || type.getRank() == 0) {
      Value x = input;
      if (inType.getRank() == 0) {
        auto ones = RankedTensorType::get(
            SmallVector<int64_t>(type.getRank(), 1), element);
        SmallVector<OpFoldResult> sizes(type.getRank(),
                                        rewriter.getIndexAttr(1));
        x = tensor::ExpandShapeOp::create(
            rewriter, loc, ones, x, ArrayRef<ReassociationIndices>{}, sizes);
        x = castChecked(rewriter, loc, x, type, "reshape");
      } else {
        auto ones = RankedTensorType::get(
            SmallVector<int64_t>(inType.getRank(), 1), element);
        x = castChecked(rewriter, loc, x, ones, "reshape of a single element");
        x = tensor::CollapseShapeOp::create(rewriter, loc, type, x,
                                            ArrayRef<ReassociationIndices>{});
      }
      rewriter.replaceOp(op, x);
      return success();
    }
    auto segments = segmentReshape(inType.getShape(), type.getShape());
    if (segments && (!op.getShape() || type.getNumDynamicDims() <= 1)) {
      rewriter.replaceOp(op, regroup(rewriter, loc, input, type, *segments));
      return success();
    }
    Value shape = adaptor.getShape();
    if (!shape && !type.hasStaticShape()) {
      op.emitOpError("lowering not supported yet: dynamic result dims that do "
                     "not regroup the input's dims need a shape operand");
      return rewriter.notifyMatchFailure(op, "no shape operand");
    }
    if (shape)
      shape = castChecked(
          rewriter, loc, shape,
          RankedTensorType::get({type.getRank()}, rewriter.getI64Type()),
          "reshape shape");
    SmallVector<Value> dims;
    for (int64_t d = 0; d < type.getRank(); ++d)
      dims.push_back(type.isDynamicDim(d) ? s.at(shape, d)
                                          : s.i64(type.getDimSize(d)));
    if (!inType.hasStaticShape() || !type.hasStaticShape()) {
      // Every dim in [0, 2^48 / (product so far)] (no overflow), and the
      // product equal to the input's element count.
      Value count, product, ok;
      for (int64_t d = 0; d < inType.getRank(); ++d) {
        Value dim = s.toI64(s.dim(input, d));
        count = count ? s.mul(count, dim) : dim;
      }
      for (Value dim : dims) {
        Value bound = product
                          ? s.div(s.i64(kMaxElements), s.max(product, s.i64(1)))
                          : s.i64(kMaxElements);
        Value inRange = s.both(s.cmp(Pred::sge, dim, s.i64(0)),
                               s.cmp(Pred::sle, dim, bound));
        ok = ok ? s.both(ok, inRange) : inRange;
        product = product ? s.mul(product, dim) : dim;
      }
      s.check(s.both(ok, s.cmp(Pred::eq, product, count)),
              "reshape: the shape does not match the element count");
    }
    Value shapeTensor = tensor::FromElementsOp::create(
        rewriter, loc,
        RankedTensorType::get({type.getRank()}, rewriter.getI64Type()), dims);
    rewriter.replaceOpWithNewOp<tensor::ReshapeOp>(op, type, input,
                                                   shapeTensor);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Transpose, expand, slice, concat
//===----------------------------------------------------------------------===//

/// linalg.transpose into a tensor.empty.
struct LowerTranspose : OpConversionPattern<TransposeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(TransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    ArrayRef<int64_t> perm = op.getPermutation();
    SmallVector<Value> dynSizes;
    for (int64_t d = 0; d < type.getRank(); ++d)
      if (type.isDynamicDim(d))
        dynSizes.push_back(s.dim(adaptor.getInput(), perm[d]));
    Value init = createEmpty(rewriter, loc, type, dynSizes);
    auto transpose = linalg::TransposeOp::create(
        rewriter, loc, adaptor.getInput(), init, perm);
    rewriter.replaceOp(op, transpose->getResults());
    return success();
  }
};

/// A generic with broadcast indexing maps; a dynamic input dim (which may be
/// 1 or the full size at run time) is read at min(i, dim - 1) with
/// tensor.extract. A dynamic result dim is `in == 1 ? target : in`.
struct LowerExpand : OpConversionPattern<ExpandOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ExpandOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Value input = adaptor.getInput(), shape = adaptor.getShape();
    auto inType = cast<RankedTensorType>(input.getType());
    int64_t rank = type.getRank(), offset = rank - inType.getRank();
    int64_t length =
        shape ? cast<RankedTensorType>(shape.getType()).getDimSize(0) : 0;
    if (ShapedType::isDynamic(length)) {
      op.emitOpError(
          "lowering not supported yet: a shape operand of unknown length");
      return rewriter.notifyMatchFailure(op, "shape of unknown length");
    }
    SmallVector<Value> dynSizes, maybeEmpty;
    for (int64_t d = 0; d < rank; ++d) {
      int64_t a = d - offset, t = d - (rank - length);
      bool fromInput = a >= 0 && inType.getDimSize(a) != 1;
      if (!type.isDynamicDim(d)) {
        if (fromInput && inType.isDynamicDim(a) && type.getDimSize(d) != 0)
          maybeEmpty.push_back(s.dim(input, a));
        continue;
      }
      Value target =
          t >= 0 ? s.max(s.toIndex(s.at(shape, t)), s.index(0)) : Value();
      Value in = fromInput ? s.dim(input, a) : Value();
      if (in && target)
        dynSizes.push_back(
            s.select(s.cmp(Pred::eq, in, s.index(1)), target, in));
      else
        dynSizes.push_back(in ? in : target ? target : s.index(1));
    }
    Value result;
    if (inType.hasStaticShape()) {
      result = buildGeneric(rewriter, loc, type, dynSizes, input,
                            broadcastMap(getContext(), inType, rank),
                            [](OpBuilder &, Location, LoopIndices &,
                               ValueRange args) { return args[0]; });
    } else {
      SmallVector<Value> inDims;
      for (int64_t a = 0; a < inType.getRank(); ++a)
        inDims.push_back(s.dim(input, a));
      auto body = [&](OpBuilder &b, Location l, LoopIndices &ivs, ValueRange) {
        Scalars n{b, l};
        SmallVector<Value> indices;
        for (int64_t a = 0; a < inType.getRank(); ++a) {
          int64_t size = inType.getDimSize(a);
          Value iv = ivs[a + offset];
          indices.push_back(size == 1 ? n.index(0)
                            : size > 1
                                ? iv
                                : n.min(iv, n.sub(inDims[a], n.index(1))));
        }
        return tensor::ExtractOp::create(b, l, input, indices).getResult();
      };
      result = guardNonEmpty(rewriter, loc, maybeEmpty, type, dynSizes,
                             [&](OpBuilder &b, Location l) {
                               return buildGeneric(b, l, type, dynSizes, {}, {},
                                                   body);
                             });
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// tensor.extract_slice for positive steps; with a negative step, a generic
/// that reads input[start + i * step]. Bounds known only at run time get
/// ONNX's clamping with arith ops.
struct LowerSlice : OpConversionPattern<SliceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SliceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(requireChecks(op, rewriter)))
      return failure();
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    int64_t rank = inType.getRank(), n = op.getAxes().size();
    auto vectorType = RankedTensorType::get({n}, rewriter.getI64Type());
    Value dynStarts = adaptor.getDynStarts(), dynEnds = adaptor.getDynEnds();
    if (dynStarts)
      dynStarts =
          castChecked(rewriter, loc, dynStarts, vectorType, "slice starts");
    if (dynEnds)
      dynEnds = castChecked(rewriter, loc, dynEnds, vectorType, "slice ends");
    SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0)),
        sizes = tensor::getMixedSizes(rewriter, loc, input),
        strides(rank, rewriter.getIndexAttr(1));
    bool negative = false;
    for (auto [k, axis] : llvm::enumerate(op.getAxes())) {
      // A step longer than the dim selects one element at most; bounding it
      // keeps the arithmetic from overflowing.
      int64_t step = op.getSteps()[k], dim = inType.getDimSize(axis);
      int64_t bound =
          ShapedType::isDynamic(dim) ? kMaxElements : std::max<int64_t>(dim, 1);
      step = step > 0 ? std::min(step, bound) : std::max(step, -bound);
      negative |= step < 0;
      strides[axis] = rewriter.getIndexAttr(step);
      if (!dynStarts && !dynEnds && !ShapedType::isDynamic(dim)) {
        int64_t start = op.getStarts()[k], end = op.getEnds()[k];
        int64_t length = clampedSliceLength(dim, start, end, step);
        offsets[axis] = rewriter.getIndexAttr(std::max<int64_t>(start, 0));
        sizes[axis] = rewriter.getIndexAttr(length);
        continue;
      }
      Value dimV = s.toI64(s.dim(input, axis)), zero = s.i64(0), one = s.i64(1);
      Value start = dynStarts ? s.at(dynStarts, k) : s.i64(op.getStarts()[k]);
      Value end = dynEnds ? s.at(dynEnds, k) : s.i64(op.getEnds()[k]);
      auto wrap = [&](Value v) {
        return s.select(s.cmp(Pred::slt, v, zero), s.add(v, dimV), v);
      };
      Value span;
      if (step > 0) {
        start = s.clamp(wrap(start), zero, dimV);
        end = s.clamp(wrap(end), zero, dimV);
        span = s.sub(end, start);
      } else {
        Value last = s.sub(dimV, one);
        start = s.clamp(wrap(start), zero, last);
        end = s.clamp(wrap(end), s.i64(-1), last);
        span = s.sub(start, end);
      }
      // ceil(span / |step|) for a positive span, else 0.
      Value length = s.add(s.div(s.sub(span, one), s.i64(std::abs(step))), one);
      length = s.select(s.cmp(Pred::sgt, span, zero), length, zero);
      offsets[axis] = s.toIndex(start);
      sizes[axis] = s.toIndex(length);
    }
    Value result;
    if (llvm::is_contained(type.getShape(), 0)) {
      // An empty result: an extract_slice could end up with a constant
      // offset equal to the dim, which tensor.extract_slice rejects.
      SmallVector<OpFoldResult> emptySizes(sizes);
      for (int64_t d = 0; d < rank; ++d)
        if (!type.isDynamicDim(d))
          emptySizes[d] = rewriter.getIndexAttr(type.getDimSize(d));
      result = tensor::EmptyOp::create(rewriter, loc, emptySizes,
                                       type.getElementType());
      rewriter.replaceOp(op, castChecked(rewriter, loc, result, type, "slice"));
      return success();
    }
    if (!negative) {
      result = tensor::ExtractSliceOp::create(rewriter, loc, input, offsets,
                                              sizes, strides);
    } else {
      auto sliceType = typeFromSizes(sizes, type.getElementType());
      SmallVector<Value> starts(rank), steps(rank);
      for (int64_t axis : op.getAxes()) {
        starts[axis] =
            getValueOrCreateConstantIndexOp(rewriter, loc, offsets[axis]);
        steps[axis] =
            getValueOrCreateConstantIndexOp(rewriter, loc, strides[axis]);
      }
      result = buildGeneric(
          rewriter, loc, sliceType, dynamicSizes(rewriter, loc, sizes), {}, {},
          [&](OpBuilder &b, Location l, LoopIndices &ivs, ValueRange) {
            Scalars n{b, l};
            SmallVector<Value> indices;
            for (int64_t d = 0; d < rank; ++d)
              indices.push_back(starts[d]
                                    ? n.add(starts[d], n.mul(ivs[d], steps[d]))
                                    : ivs[d]);
            return tensor::ExtractOp::create(b, l, input, indices).getResult();
          });
    }
    rewriter.replaceOp(op, castChecked(rewriter, loc, result, type, "slice"));
    return success();
  }
};

/// tensor.insert_slice of every input into a tensor.empty, at offsets that
/// add up the inputs' dims along the axis.
struct LowerConcat : OpConversionPattern<ConcatOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConcatOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(requireChecks(op, rewriter)))
      return failure();
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    ValueRange inputs = adaptor.getInputs();
    int64_t rank = type.getRank(), axis = *normalizeAxis(op.getAxis(), rank);
    SmallVector<OpFoldResult> sizes;
    for (int64_t d = 0; d < rank; ++d)
      sizes.push_back(type.isDynamicDim(d) && d != axis
                          ? tensor::getMixedSize(rewriter, loc, inputs[0], d)
                          : rewriter.getIndexAttr(type.getDimSize(d)));
    int64_t staticTotal = 0;
    Value dynamicTotal;
    for (Value input : inputs) {
      int64_t dim = cast<RankedTensorType>(input.getType()).getDimSize(axis);
      if (!ShapedType::isDynamic(dim))
        staticTotal += dim;
      else
        dynamicTotal = dynamicTotal ? s.add(dynamicTotal, s.dim(input, axis))
                                    : s.dim(input, axis);
    }
    sizes[axis] = dynamicTotal
                      ? OpFoldResult(s.add(dynamicTotal, s.index(staticTotal)))
                      : rewriter.getIndexAttr(staticTotal);
    auto initType = typeFromSizes(sizes, type.getElementType());
    Value result = createEmpty(rewriter, loc, initType,
                               dynamicSizes(rewriter, loc, sizes));
    OpFoldResult offset = rewriter.getIndexAttr(0), previous;
    for (auto [k, input] : llvm::enumerate(inputs)) {
      auto inType = cast<RankedTensorType>(input.getType());
      if (inType.getDimSize(axis) == 0)
        continue;
      if (previous) {
        auto a = getConstantIntValue(offset), b = getConstantIntValue(previous);
        offset =
            a && b ? OpFoldResult(rewriter.getIndexAttr(*a + *b))
                   : OpFoldResult(s.add(
                         getValueOrCreateConstantIndexOp(rewriter, loc, offset),
                         getValueOrCreateConstantIndexOp(rewriter, loc,
                                                         previous)));
      }
      // The other dims must match the result's: checked where dynamic.
      SmallVector<int64_t> expected(initType.getShape());
      expected[axis] = inType.getDimSize(axis);
      Value x = castChecked(rewriter, loc, input, inType.clone(expected),
                            "concat input");
      for (int64_t d = 0; d < rank; ++d)
        if (k > 0 && d != axis && initType.isDynamicDim(d))
          s.check(
              s.cmp(Pred::eq, s.dim(x, d),
                    getValueOrCreateConstantIndexOp(rewriter, loc, sizes[d])),
              "concat: inputs differ in dim " + Twine(d));
      SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
      offsets[axis] = offset;
      SmallVector<OpFoldResult> strides(rank, rewriter.getIndexAttr(1));
      SmallVector<OpFoldResult> xSizes =
          tensor::getMixedSizes(rewriter, loc, x);
      result = tensor::InsertSliceOp::create(rewriter, loc, x, result, offsets,
                                             xSizes, strides);
      previous = xSizes[axis];
    }
    rewriter.replaceOp(op, castChecked(rewriter, loc, result, type, "concat"));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Pad, tile
//===----------------------------------------------------------------------===//

/// Negative pads crop first (extract_slice). Constant mode: tensor.pad.
/// Reflect, edge and wrap: a generic that maps each result index to its
/// source index and reads it with tensor.extract.
struct LowerPad : OpConversionPattern<PadOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(PadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(requireChecks(op, rewriter)))
      return failure();
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Value x = adaptor.getInput();
    auto inType = cast<RankedTensorType>(x.getType());
    int64_t rank = inType.getRank();
    ArrayRef<int64_t> pads = op.getPads();
    if (llvm::any_of(pads, [](int64_t p) { return p < 0; })) {
      SmallVector<OpFoldResult> offsets, sizes;
      for (int64_t d = 0; d < rank; ++d) {
        int64_t cropLo = std::max<int64_t>(-pads[d], 0),
                cropHi = std::max<int64_t>(-pads[d + rank], 0);
        int64_t dim = inType.getDimSize(d);
        if (!ShapedType::isDynamic(dim)) {
          offsets.push_back(rewriter.getIndexAttr(cropLo));
          sizes.push_back(rewriter.getIndexAttr(dim - cropLo - cropHi));
          continue;
        }
        // Cropping more than the dim leaves it empty.
        Value dimV = s.dim(x, d);
        offsets.push_back(s.min(s.index(cropLo), dimV));
        sizes.push_back(
            s.max(s.sub(dimV, s.index(cropLo + cropHi)), s.index(0)));
      }
      x = tensor::ExtractSliceOp::create(
          rewriter, loc, x, offsets, sizes,
          SmallVector<OpFoldResult>(rank, rewriter.getIndexAttr(1)));
    }
    SmallVector<int64_t> lo, hi;
    for (int64_t d = 0; d < rank; ++d) {
      lo.push_back(std::max<int64_t>(pads[d], 0));
      hi.push_back(std::max<int64_t>(pads[d + rank], 0));
    }
    Value result;
    if (op.getMode() == PadMode::Constant) {
      Value value =
          adaptor.getValue()
              ? tensor::ExtractOp::create(rewriter, loc, adaptor.getValue())
                    .getResult()
              : scalarConstant(rewriter, loc, type.getElementType(), 0.0);
      result = tensor::PadOp::create(
          rewriter, loc, Type(), x, getAsIndexOpFoldResult(getContext(), lo),
          getAsIndexOpFoldResult(getContext(), hi), value);
    } else {
      SmallVector<Value> dims, dynSizes, maybeEmpty;
      for (int64_t d = 0; d < rank; ++d) {
        dims.push_back(s.dim(x, d));
        if (type.isDynamicDim(d))
          dynSizes.push_back(s.add(dims[d], s.index(lo[d] + hi[d])));
        if (lo[d] + hi[d] > 0)
          addIfMaybeEmpty(maybeEmpty, s, x, d);
      }
      PadMode mode = op.getMode();
      auto body = [&](OpBuilder &b, Location l, LoopIndices &ivs, ValueRange) {
        Scalars n{b, l};
        SmallVector<Value> indices;
        for (int64_t d = 0; d < rank; ++d) {
          if (lo[d] + hi[d] == 0) {
            indices.push_back(ivs[d]);
            continue;
          }
          Value j = n.sub(ivs[d], n.index(lo[d])), size = dims[d],
                zero = n.index(0);
          auto positiveRem = [&](Value period) {
            Value r = n.rem(j, period);
            return n.select(n.cmp(Pred::slt, r, zero), n.add(r, period), r);
          };
          if (mode == PadMode::Edge) {
            j = n.clamp(j, zero, n.sub(size, n.index(1)));
          } else if (mode == PadMode::Wrap) {
            j = positiveRem(size);
          } else {
            // Reflect: periodic with period 2 * (size - 1).
            Value period =
                n.max(n.mul(n.sub(size, n.index(1)), n.index(2)), n.index(1));
            Value r = positiveRem(period);
            j = n.select(n.cmp(Pred::sge, r, size), n.sub(period, r), r);
          }
          indices.push_back(j);
        }
        return tensor::ExtractOp::create(b, l, x, indices).getResult();
      };
      result = guardNonEmpty(rewriter, loc, maybeEmpty, type, dynSizes,
                             [&](OpBuilder &b, Location l) {
                               return buildGeneric(b, l, type, dynSizes, {}, {},
                                                   body);
                             });
    }
    rewriter.replaceOp(op, castChecked(rewriter, loc, result, type, "pad"));
    return success();
  }
};

/// A generic with out[i] = in[i mod dim] along the repeated dims.
struct LowerTile : OpConversionPattern<TileOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(TileOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Value input = adaptor.getInput();
    ArrayRef<int64_t> repeats = op.getRepeats();
    SmallVector<Value> dims, dynSizes;
    for (int64_t d = 0; d < type.getRank(); ++d) {
      dims.push_back(s.dim(input, d));
      if (type.isDynamicDim(d))
        dynSizes.push_back(s.mul(dims[d], s.index(repeats[d])));
    }
    // An empty input dim gives an empty result dim: the body never runs.
    Value result = buildGeneric(
        rewriter, loc, type, dynSizes, {}, {},
        [&](OpBuilder &b, Location l, LoopIndices &ivs, ValueRange) {
          SmallVector<Value> indices;
          for (int64_t d = 0; d < type.getRank(); ++d)
            indices.push_back(repeats[d] == 1 ? ivs[d]
                                              : arith::RemUIOp::create(
                                                    b, l, ivs[d], dims[d]));
          return tensor::ExtractOp::create(b, l, input, indices).getResult();
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Shape-producing ops, trilu
//===----------------------------------------------------------------------===//

/// tensor.from_elements of the dims (index_cast to i64).
struct LowerShapeOf : OpConversionPattern<ShapeOfOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ShapeOfOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Value input = adaptor.getInput();
    int64_t rank = cast<RankedTensorType>(input.getType()).getRank();
    if (rank == 0) {
      rewriter.replaceOpWithNewOp<arith::ConstantOp>(
          op, type, DenseElementsAttr::get(type, ArrayRef<Attribute>{}));
      return success();
    }
    SmallVector<Value> dims;
    auto inType = cast<RankedTensorType>(input.getType());
    for (int64_t d = 0; d < rank; ++d)
      dims.push_back(inType.isDynamicDim(d) ? s.toI64(s.dim(input, d))
                                            : s.i64(inType.getDimSize(d)));
    rewriter.replaceOpWithNewOp<tensor::FromElementsOp>(op, type, dims);
    return success();
  }
};

/// tensor.empty sized by the shape operand (negative sizes as 0) +
/// linalg.fill.
struct LowerFill : OpConversionPattern<FillOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(FillOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(requireChecks(op, rewriter)))
      return failure();
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Value shape = castChecked(
        rewriter, loc, adaptor.getShape(),
        RankedTensorType::get({type.getRank()}, rewriter.getI64Type()),
        "fill shape");
    SmallVector<Value> dynSizes;
    for (int64_t d = 0; d < type.getRank(); ++d)
      if (type.isDynamicDim(d))
        dynSizes.push_back(s.max(s.toIndex(s.at(shape, d)), s.index(0)));
    TypedAttr value = cast<TypedAttr>(op.getValue());
    if (auto intAttr = dyn_cast<IntegerAttr>(value))
      value = IntegerAttr::get(type.getElementType(), intAttr.getValue());
    Value scalar = arith::ConstantOp::create(rewriter, loc, value);
    rewriter.replaceOp(op, createFilled(rewriter, loc, type, dynSizes, scalar));
    return success();
  }
};

/// A generic over the index: start + i * delta. A dynamic length is
/// max(ceil((limit - start) / delta), 0) (0 for a zero delta), computed like
/// onnxruntime (in double for floats, exactly for integers).
struct LowerRange : OpConversionPattern<RangeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(RangeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Type element = type.getElementType();
    if (isUnsigned(op.getType().getElementType()) || element.isInteger(1)) {
      op.emitOpError("lowering not supported yet: unsigned or boolean range");
      return rewriter.notifyMatchFailure(op, "unsigned range");
    }
    auto scalar = [&](Value t) {
      return tensor::ExtractOp::create(rewriter, loc, t).getResult();
    };
    Value start = scalar(adaptor.getStart()),
          limit = scalar(adaptor.getLimit()),
          delta = scalar(adaptor.getDelta());
    auto floatType = dyn_cast<FloatType>(element);
    SmallVector<Value> dynSizes;
    if (type.isDynamicDim(0)) {
      Value length;
      if (floatType) {
        Type f64 = rewriter.getF64Type();
        Value diff = arith::SubFOp::create(rewriter, loc, limit, start);
        diff = convertScalar(rewriter, loc, diff, element, f64);
        Value q = arith::DivFOp::create(
            rewriter, loc, diff,
            convertScalar(rewriter, loc, delta, element, f64));
        q = math::CeilOp::create(rewriter, loc, q);
        // NaN (a zero delta) and negatives become 0; huge lengths are capped.
        q = arith::MaxNumFOp::create(rewriter, loc, q,
                                     scalarConstant(rewriter, loc, f64, 0.0));
        q = arith::MinNumFOp::create(
            rewriter, loc, q,
            scalarConstant(rewriter, loc, f64, double(kMaxElements)));
        length =
            arith::FPToSIOp::create(rewriter, loc, rewriter.getI64Type(), q);
      } else {
        Value zero = s.i64(0), one = s.i64(1);
        Value diff = s.sub(s.toI64(limit), s.toI64(start)),
              step = s.toI64(delta);
        Value isZero = s.cmp(Pred::eq, step, zero);
        Value divisor = s.select(isZero, one, step);
        Value q = s.div(diff, divisor), r = s.rem(diff, divisor);
        Value sameSign = s.cmp(Pred::eq, s.cmp(Pred::sgt, r, zero),
                               s.cmp(Pred::sgt, divisor, zero));
        Value roundUp = s.both(s.cmp(Pred::ne, r, zero), sameSign);
        q = s.select(roundUp, s.add(q, one), q);
        length = s.select(isZero, zero, s.max(q, zero));
      }
      dynSizes.push_back(s.toIndex(length));
    }
    Value result = buildGeneric(
        rewriter, loc, type, dynSizes, {}, {},
        [&](OpBuilder &b, Location l, LoopIndices &ivs, ValueRange) -> Value {
          Scalars n{b, l};
          if (!floatType) {
            Value i = arith::IndexCastOp::create(b, l, element, ivs[0]);
            return n.add(start, n.mul(i, delta));
          }
          Type compute = floatType.getWidth() < 32 ? b.getF32Type() : element;
          Value i = arith::SIToFPOp::create(b, l, compute, n.toI64(ivs[0]));
          Value v = arith::MulFOp::create(
              b, l, i, convertScalar(b, l, delta, element, compute));
          v = arith::AddFOp::create(
              b, l, convertScalar(b, l, start, element, compute), v);
          return convertScalar(b, l, v, compute, element);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// A generic that keeps x where j - i <= diagonal (lower) or >= diagonal
/// (upper) on the last two dims, else writes zero.
struct LowerTrilu : OpConversionPattern<TriluOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(TriluOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = convertedType(getTypeConverter(), op.getType());
    Value input = adaptor.getInput();
    int64_t rank = type.getRank(), diagonal = op.getDiagonal();
    bool upper = op.getUpper();
    Value zero = scalarConstant(rewriter, loc, type.getElementType(), 0.0);
    auto identity = AffineMap::getMultiDimIdentityMap(rank, getContext());
    Value result = buildGeneric(
        rewriter, loc, type, broadcastDynamicSizes(rewriter, loc, type, input),
        input, identity,
        [&](OpBuilder &b, Location l, LoopIndices &ivs, ValueRange args) {
          Scalars n{b, l};
          Value row = n.toI64(ivs[rank - 2]), column = n.toI64(ivs[rank - 1]);
          Value diff = n.sub(column, row);
          Value keep =
              n.cmp(upper ? Pred::sge : Pred::sle, diff, n.i64(diagonal));
          return n.select(keep, args[0], zero);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void populateDataMovementLoweringPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns) {
  patterns.add<LowerReshape, LowerTranspose, LowerExpand, LowerSlice,
               LowerConcat, LowerPad, LowerTile, LowerShapeOf, LowerFill,
               LowerRange, LowerTrilu>(converter, patterns.getContext());
}

} // namespace mlir::plinth
