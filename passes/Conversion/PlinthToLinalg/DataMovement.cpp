//===- DataMovement.cpp - Lowerings of the data-movement ops --------------===//
//
// reshape, transpose, expand, slice, concat, pad, tile, the gathers and
// scatters, shape_of, fill, range, trilu and resize.
//
// Memory safety: an index read from a tensor at run time is brought into
// range (a negative one gets the dim added, then it is clamped into
// [0, dim - 1]); where an empty dim would leave nothing to clamp to, the op
// yields zeros instead (an `scf.if` on the dim). Sizes that must agree at run
// time but cannot be checked statically (a run-time reshape shape, concat
// inputs, a dynamic dim cast to a static one) are checked with `cf.assert`:
// the program stops with a message where onnxruntime raises an error. That
// needs the cf dialect loaded by the pass (a dependent dialect).
//
//===----------------------------------------------------------------------===//

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
namespace {

using namespace lowering;
using Pred = arith::CmpIPredicate;

constexpr int64_t kDynamic = ShapedType::kDynamic;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// Scalar integer / index arithmetic at one insertion point.
struct Scalars {
  OpBuilder &b;
  Location loc;

  Value index(int64_t v) const { return arith::ConstantIndexOp::create(b, loc, v); }
  Value i64(int64_t v) const { return arith::ConstantIntOp::create(b, loc, v, 64); }
  Value add(Value x, Value y) const { return arith::AddIOp::create(b, loc, x, y); }
  Value sub(Value x, Value y) const { return arith::SubIOp::create(b, loc, x, y); }
  Value mul(Value x, Value y) const { return arith::MulIOp::create(b, loc, x, y); }
  Value div(Value x, Value y) const { return arith::DivSIOp::create(b, loc, x, y); }
  Value rem(Value x, Value y) const { return arith::RemSIOp::create(b, loc, x, y); }
  Value min(Value x, Value y) const { return arith::MinSIOp::create(b, loc, x, y); }
  Value max(Value x, Value y) const { return arith::MaxSIOp::create(b, loc, x, y); }
  Value cmp(Pred p, Value x, Value y) const { return arith::CmpIOp::create(b, loc, p, x, y); }
  Value select(Value c, Value x, Value y) const {
    return arith::SelectOp::create(b, loc, c, x, y);
  }
  Value both(Value x, Value y) const { return arith::AndIOp::create(b, loc, x, y); }
  Value clamp(Value x, Value lo, Value hi) const { return max(min(x, hi), lo); }
  Value toIndex(Value v) const {
    return v.getType().isIndex()
               ? v
               : arith::IndexCastOp::create(b, loc, b.getIndexType(), v).getResult();
  }
  Value toI64(Value v) const {
    if (v.getType().isInteger(64))
      return v;
    if (v.getType().isIndex())
      return arith::IndexCastOp::create(b, loc, b.getI64Type(), v);
    return arith::ExtSIOp::create(b, loc, b.getI64Type(), v);
  }
  Value toF32(Value indexValue) const {
    return arith::SIToFPOp::create(b, loc, b.getF32Type(), toI64(indexValue));
  }
  /// Dim `d` of tensor `t` as an index (a constant when static).
  Value dim(Value t, int64_t d) const {
    return getValueOrCreateConstantIndexOp(b, loc, tensor::getMixedSize(b, loc, t, d));
  }
  /// Element `i` of a 1-D tensor.
  Value at(Value t, int64_t i) const {
    return tensor::ExtractOp::create(b, loc, t, ValueRange{index(i)});
  }
  /// Stops the program with `message` unless `cond` holds.
  void check(Value cond, const Twine &message) const {
    cf::AssertOp::create(b, loc, cond, b.getStringAttr(message));
  }
};

RankedTensorType convertedType(const TypeConverter *converter, Type type) {
  return cast<RankedTensorType>(converter->convertType(type));
}

/// Fails (with an op error) when `op` has dynamic shapes, which may need
/// run-time checks, and the cf dialect is not loaded.
LogicalResult requireChecks(Operation *op, ConversionPatternRewriter &rewriter) {
  auto dynamic = [](Type t) {
    auto shaped = dyn_cast<ShapedType>(t);
    return shaped && !shaped.hasStaticShape();
  };
  if (op->getContext()->getLoadedDialect<cf::ControlFlowDialect>() ||
      (llvm::none_of(op->getOperandTypes(), dynamic) &&
       llvm::none_of(op->getResultTypes(), dynamic)))
    return success();
  op->emitOpError("lowering of dynamic shapes needs the cf dialect for its "
                  "run-time checks (a dependent dialect of the pass)");
  return rewriter.notifyMatchFailure(op, "cf dialect not loaded");
}

/// The values of the dynamic entries of `sizes`.
SmallVector<Value> dynamicSizes(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes) {
  SmallVector<Value> values;
  for (OpFoldResult size : sizes)
    if (!getConstantIntValue(size))
      values.push_back(getValueOrCreateConstantIndexOp(b, loc, size));
  return values;
}

RankedTensorType typeFromSizes(ArrayRef<OpFoldResult> sizes, Type element) {
  SmallVector<int64_t> shape;
  for (OpFoldResult size : sizes)
    shape.push_back(getConstantIntValue(size).value_or(kDynamic));
  return RankedTensorType::get(shape, element);
}

/// `value` cast to `type`; a dynamic dim that becomes static is checked at
/// run time (a mismatch would make later code read out of bounds).
Value castChecked(OpBuilder &b, Location loc, Value value, RankedTensorType type,
                  StringRef what) {
  auto from = cast<RankedTensorType>(value.getType());
  if (from == type)
    return value;
  Scalars s{b, loc};
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (from.isDynamicDim(d) && !type.isDynamicDim(d))
      s.check(s.cmp(Pred::eq, s.dim(value, d), s.index(type.getDimSize(d))),
              what + ": dim " + Twine(d) + " must be " + Twine(type.getDimSize(d)));
  return tensor::CastOp::create(b, loc, type, value);
}

/// `index` (signed integer or index) as an index in [0, dim - 1]: a negative
/// index counts from the end, an out-of-range one is clamped.
Value clampIndex(OpBuilder &b, Location loc, Value index, Value dim) {
  Scalars s{b, loc};
  index = s.toIndex(index);
  Value zero = s.index(0);
  Value wrapped = s.select(s.cmp(Pred::slt, index, zero), s.add(index, dim), index);
  return s.clamp(wrapped, zero, s.sub(dim, s.index(1)));
}

/// The loop indices of a linalg.generic body, created on first use.
class LoopIndices {
public:
  LoopIndices(OpBuilder &b, Location loc, int64_t rank) : b(b), loc(loc), ivs(rank) {}
  Value operator[](int64_t d) {
    if (!ivs[d])
      ivs[d] = linalg::IndexOp::create(b, loc, d);
    return ivs[d];
  }
  /// Indices [begin, end).
  SmallVector<Value> range(int64_t begin, int64_t end) {
    SmallVector<Value> values;
    for (int64_t d = begin; d < end; ++d)
      values.push_back((*this)[d]);
    return values;
  }
  int64_t size() const { return ivs.size(); }

private:
  OpBuilder &b;
  Location loc;
  SmallVector<Value> ivs;
};

using IndexBodyBuilder =
    function_ref<Value(OpBuilder &, Location, LoopIndices &ivs, ValueRange args)>;

/// A linalg.generic that fills a new tensor of `type`: `body` gets the loop
/// indices and the elements of `inputs` (read through `inputMaps`); it may
/// read other tensors with tensor.extract.
Value buildGeneric(OpBuilder &b, Location loc, RankedTensorType type,
                   ValueRange dynSizes, ValueRange inputs,
                   ArrayRef<AffineMap> inputMaps, IndexBodyBuilder body) {
  int64_t rank = type.getRank();
  Value init = createEmpty(b, loc, type, dynSizes);
  SmallVector<AffineMap> maps(inputMaps);
  maps.push_back(AffineMap::getMultiDimIdentityMap(rank, b.getContext()));
  SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, type, inputs, init, maps, iterators,
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        LoopIndices ivs(nb, nl, rank);
        linalg::YieldOp::create(nb, nl, body(nb, nl, ivs, args.drop_back()));
      });
  return generic.getResult(0);
}

/// `build()` when every value of `dims` is positive, else a zero-filled
/// tensor: the ops that clamp indices into a dim have nothing to read from an
/// empty one (onnxruntime rejects such inputs).
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
      [&](OpBuilder &nb, Location nl) { scf::YieldOp::create(nb, nl, build(nb, nl)); },
      [&](OpBuilder &nb, Location nl) {
        Value zero = scalarConstant(nb, nl, type.getElementType(), 0.0);
        scf::YieldOp::create(nb, nl, createFilled(nb, nl, type, dynSizes, zero));
      });
  return ifOp.getResult(0);
}

/// Dims that a lowering reads clamped and that may be empty at run time.
void addIfMaybeEmpty(SmallVectorImpl<Value> &dims, Scalars &s, Value t, int64_t d) {
  int64_t size = cast<RankedTensorType>(t.getType()).getDimSize(d);
  if (size == kDynamic || size == 0)
    dims.push_back(s.dim(t, d));
}

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
bool segmentFrom(ArrayRef<int64_t> in, ArrayRef<int64_t> out, size_t i, size_t j,
                 bool checked, SmallVectorImpl<Segment> &segments,
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
      bool valid = !overflow && dynamicOut <= 1 &&
                   (dynamicOut == 0 ? (pin ? *pin == pout : checked)
                                    : !pin || (pout ? *pin % pout == 0 : *pin == 0));
      if (!valid)
        continue;
      segments.push_back({int64_t(i), int64_t(i + di), int64_t(j), int64_t(j + dj)});
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
    outGroups.emplace_back(llvm::to_vector(llvm::seq(seg.outBegin, seg.outEnd)));
    collapse |= seg.inEnd - seg.inBegin != 1;
    expand |= seg.outEnd - seg.outBegin != 1;
    // segmentReshape checked the products for overflow.
    mid.push_back(checkedProduct(in.slice(seg.inBegin, seg.inEnd - seg.inBegin))
                      .value_or(kDynamic));
  }
  Value x = input;
  if (collapse)
    x = tensor::CollapseShapeOp::create(b, loc, RankedTensorType::get(mid, element), x,
                                        inGroups);
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
                       : arith::DivUIOp::create(b, loc, s.dim(x, k), s.index(p)).getResult();
    for (int64_t d = seg.outBegin; d < seg.outEnd; ++d) {
      if (ShapedType::isDynamic(out[d]) && !ShapedType::isDynamic(mid[k]))
        exact[d] = p == 0 ? 0 : mid[k] / p;
      sizes.push_back(ShapedType::isDynamic(exact[d]) ? OpFoldResult(split)
                                                      : b.getIndexAttr(exact[d]));
    }
  }
  x = castChecked(b, loc, x, RankedTensorType::get(checkedMid, element), "reshape");
  if (expand)
    x = tensor::ExpandShapeOp::create(b, loc, RankedTensorType::get(exact, element), x,
                                      outGroups, sizes);
  return castChecked(b, loc, x, type, "reshape");
}

/// tensor.collapse_shape / expand_shape when the result regroups the input's
/// dims (and, with a run-time shape, at most one result dim is dynamic, so
/// the element count decides it); else tensor.reshape with the shape built
/// from the static dims and the shape operand, checked at run time.
struct LowerReshape : OpConversionPattern<ReshapeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ReshapeOp op, OpAdaptor adaptor,
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
        auto ones = RankedTensorType::get(SmallVector<int64_t>(type.getRank(), 1), element);
        SmallVector<OpFoldResult> sizes(type.getRank(), rewriter.getIndexAttr(1));
        x = tensor::ExpandShapeOp::create(rewriter, loc, ones, x,
                                          ArrayRef<ReassociationIndices>{}, sizes);
        x = castChecked(rewriter, loc, x, type, "reshape");
      } else {
        auto ones = RankedTensorType::get(SmallVector<int64_t>(inType.getRank(), 1), element);
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
      shape = castChecked(rewriter, loc, shape,
                          RankedTensorType::get({type.getRank()}, rewriter.getI64Type()),
                          "reshape shape");
    SmallVector<Value> dims;
    for (int64_t d = 0; d < type.getRank(); ++d)
      dims.push_back(type.isDynamicDim(d) ? s.at(shape, d) : s.i64(type.getDimSize(d)));
    if (!inType.hasStaticShape() || !type.hasStaticShape()) {
      // Every dim in [0, 2^48 / (product so far)] (no overflow), and the
      // product equal to the input's element count.
      Value count, product, ok;
      for (int64_t d = 0; d < inType.getRank(); ++d) {
        Value dim = s.toI64(s.dim(input, d));
        count = count ? s.mul(count, dim) : dim;
      }
      for (Value dim : dims) {
        Value bound = product ? s.div(s.i64(kMaxElements), s.max(product, s.i64(1)))
                              : s.i64(kMaxElements);
        Value inRange = s.both(s.cmp(Pred::sge, dim, s.i64(0)), s.cmp(Pred::sle, dim, bound));
        ok = ok ? s.both(ok, inRange) : inRange;
        product = product ? s.mul(product, dim) : dim;
      }
      s.check(s.both(ok, s.cmp(Pred::eq, product, count)),
              "reshape: the shape does not match the element count");
    }
    Value shapeTensor = tensor::FromElementsOp::create(
        rewriter, loc, RankedTensorType::get({type.getRank()}, rewriter.getI64Type()), dims);
    rewriter.replaceOpWithNewOp<tensor::ReshapeOp>(op, type, input, shapeTensor);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Transpose, expand, slice, concat
//===----------------------------------------------------------------------===//

/// linalg.transpose into a tensor.empty.
struct LowerTranspose : OpConversionPattern<TransposeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(TransposeOp op, OpAdaptor adaptor,
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
    auto transpose =
        linalg::TransposeOp::create(rewriter, loc, adaptor.getInput(), init, perm);
    rewriter.replaceOp(op, transpose->getResults());
    return success();
  }
};

/// A generic with broadcast indexing maps; a dynamic input dim (which may be
/// 1 or the full size at run time) is read at min(i, dim - 1) with
/// tensor.extract. A dynamic result dim is `in == 1 ? target : in`.
struct LowerExpand : OpConversionPattern<ExpandOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ExpandOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Value input = adaptor.getInput(), shape = adaptor.getShape();
    auto inType = cast<RankedTensorType>(input.getType());
    int64_t rank = type.getRank(), offset = rank - inType.getRank();
    int64_t length = shape ? cast<RankedTensorType>(shape.getType()).getDimSize(0) : 0;
    if (ShapedType::isDynamic(length)) {
      op.emitOpError("lowering not supported yet: a shape operand of unknown length");
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
      Value target = t >= 0 ? s.max(s.toIndex(s.at(shape, t)), s.index(0)) : Value();
      Value in = fromInput ? s.dim(input, a) : Value();
      if (in && target)
        dynSizes.push_back(s.select(s.cmp(Pred::eq, in, s.index(1)), target, in));
      else
        dynSizes.push_back(in ? in : target ? target : s.index(1));
    }
    Value result;
    if (inType.hasStaticShape()) {
      result = buildGeneric(rewriter, loc, type, dynSizes, input,
                            broadcastMap(getContext(), inType, rank),
                            [](OpBuilder &, Location, LoopIndices &, ValueRange args) {
                              return args[0];
                            });
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
          indices.push_back(size == 1   ? n.index(0)
                            : size > 1 ? iv
                                       : n.min(iv, n.sub(inDims[a], n.index(1))));
        }
        return tensor::ExtractOp::create(b, l, input, indices).getResult();
      };
      result = guardNonEmpty(rewriter, loc, maybeEmpty, type, dynSizes,
                             [&](OpBuilder &b, Location l) {
                               return buildGeneric(b, l, type, dynSizes, {}, {}, body);
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
  LogicalResult matchAndRewrite(SliceOp op, OpAdaptor adaptor,
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
      dynStarts = castChecked(rewriter, loc, dynStarts, vectorType, "slice starts");
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
      int64_t bound = ShapedType::isDynamic(dim) ? kMaxElements : std::max<int64_t>(dim, 1);
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
    if (!negative) {
      result = tensor::ExtractSliceOp::create(rewriter, loc, input, offsets, sizes, strides);
    } else {
      auto sliceType = typeFromSizes(sizes, type.getElementType());
      SmallVector<Value> starts(rank), steps(rank);
      for (int64_t axis : op.getAxes()) {
        starts[axis] = getValueOrCreateConstantIndexOp(rewriter, loc, offsets[axis]);
        steps[axis] = getValueOrCreateConstantIndexOp(rewriter, loc, strides[axis]);
      }
      result = buildGeneric(
          rewriter, loc, sliceType, dynamicSizes(rewriter, loc, sizes), {}, {},
          [&](OpBuilder &b, Location l, LoopIndices &ivs, ValueRange) {
            Scalars n{b, l};
            SmallVector<Value> indices;
            for (int64_t d = 0; d < rank; ++d)
              indices.push_back(starts[d] ? n.add(starts[d], n.mul(ivs[d], steps[d])) : ivs[d]);
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
  LogicalResult matchAndRewrite(ConcatOp op, OpAdaptor adaptor,
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
    sizes[axis] = dynamicTotal ? OpFoldResult(s.add(dynamicTotal, s.index(staticTotal)))
                               : rewriter.getIndexAttr(staticTotal);
    auto initType = typeFromSizes(sizes, type.getElementType());
    Value result = createEmpty(rewriter, loc, initType, dynamicSizes(rewriter, loc, sizes));
    OpFoldResult offset = rewriter.getIndexAttr(0), previous;
    for (auto [k, input] : llvm::enumerate(inputs)) {
      auto inType = cast<RankedTensorType>(input.getType());
      if (inType.getDimSize(axis) == 0)
        continue;
      if (previous) {
        auto a = getConstantIntValue(offset), b = getConstantIntValue(previous);
        offset = a && b ? OpFoldResult(rewriter.getIndexAttr(*a + *b))
                        : OpFoldResult(s.add(getValueOrCreateConstantIndexOp(rewriter, loc, offset),
                                             getValueOrCreateConstantIndexOp(rewriter, loc,
                                                                             previous)));
      }
      // The other dims must match the result's: checked where dynamic.
      SmallVector<int64_t> expected(initType.getShape());
      expected[axis] = inType.getDimSize(axis);
      Value x = castChecked(rewriter, loc, input, inType.clone(expected), "concat input");
      for (int64_t d = 0; d < rank; ++d)
        if (k > 0 && d != axis && initType.isDynamicDim(d))
          s.check(s.cmp(Pred::eq, s.dim(x, d),
                        getValueOrCreateConstantIndexOp(rewriter, loc, sizes[d])),
                  "concat: inputs differ in dim " + Twine(d));
      SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
      offsets[axis] = offset;
      SmallVector<OpFoldResult> strides(rank, rewriter.getIndexAttr(1));
      SmallVector<OpFoldResult> xSizes = tensor::getMixedSizes(rewriter, loc, x);
      result = tensor::InsertSliceOp::create(rewriter, loc, x, result, offsets, xSizes,
                                             strides);
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
  LogicalResult matchAndRewrite(PadOp op, OpAdaptor adaptor,
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
        int64_t cropLo = std::max<int64_t>(-pads[d], 0), cropHi = std::max<int64_t>(-pads[d + rank], 0);
        int64_t dim = inType.getDimSize(d);
        if (!ShapedType::isDynamic(dim)) {
          offsets.push_back(rewriter.getIndexAttr(cropLo));
          sizes.push_back(rewriter.getIndexAttr(dim - cropLo - cropHi));
          continue;
        }
        // Cropping more than the dim leaves it empty.
        Value dimV = s.dim(x, d);
        offsets.push_back(s.min(s.index(cropLo), dimV));
        sizes.push_back(s.max(s.sub(dimV, s.index(cropLo + cropHi)), s.index(0)));
      }
      x = tensor::ExtractSliceOp::create(rewriter, loc, x, offsets, sizes,
                                         SmallVector<OpFoldResult>(rank, rewriter.getIndexAttr(1)));
    }
    SmallVector<int64_t> lo, hi;
    for (int64_t d = 0; d < rank; ++d) {
      lo.push_back(std::max<int64_t>(pads[d], 0));
      hi.push_back(std::max<int64_t>(pads[d + rank], 0));
    }
    Value result;
    if (op.getMode() == PadMode::Constant) {
      Value value = adaptor.getValue()
                        ? tensor::ExtractOp::create(rewriter, loc, adaptor.getValue()).getResult()
                        : scalarConstant(rewriter, loc, type.getElementType(), 0.0);
      result = tensor::PadOp::create(rewriter, loc, Type(), x,
                                     getAsIndexOpFoldResult(getContext(), lo),
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
          Value j = n.sub(ivs[d], n.index(lo[d])), size = dims[d], zero = n.index(0);
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
            Value period = n.max(n.mul(n.sub(size, n.index(1)), n.index(2)), n.index(1));
            Value r = positiveRem(period);
            j = n.select(n.cmp(Pred::sge, r, size), n.sub(period, r), r);
          }
          indices.push_back(j);
        }
        return tensor::ExtractOp::create(b, l, x, indices).getResult();
      };
      result = guardNonEmpty(rewriter, loc, maybeEmpty, type, dynSizes,
                             [&](OpBuilder &b, Location l) {
                               return buildGeneric(b, l, type, dynSizes, {}, {}, body);
                             });
    }
    rewriter.replaceOp(op, castChecked(rewriter, loc, result, type, "pad"));
    return success();
  }
};

/// A generic with out[i] = in[i mod dim] along the repeated dims.
struct LowerTile : OpConversionPattern<TileOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(TileOp op, OpAdaptor adaptor,
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
                                              : arith::RemUIOp::create(b, l, ivs[d], dims[d]));
          return tensor::ExtractOp::create(b, l, input, indices).getResult();
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Gathers
//===----------------------------------------------------------------------===//

/// A generic over the result that reads the index (an input of the generic),
/// brings it into [0, dim - 1] (negative: + dim, then clamped: out-of-range
/// indices, an error in ONNX, read the nearest element) and reads the data
/// with tensor.extract. An empty gathered dim gives zeros.
struct LowerGather : OpConversionPattern<GatherOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(GatherOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Value data = adaptor.getData(), indices = adaptor.getIndices();
    int64_t r = cast<RankedTensorType>(data.getType()).getRank();
    int64_t q = cast<RankedTensorType>(indices.getType()).getRank();
    int64_t axis = *normalizeAxis(op.getAxis(), r);
    SmallVector<Value> dynSizes, maybeEmpty;
    for (int64_t d = 0; d < type.getRank(); ++d)
      if (type.isDynamicDim(d))
        dynSizes.push_back(d < axis        ? s.dim(data, d)
                           : d < axis + q ? s.dim(indices, d - axis)
                                          : s.dim(data, d - q + 1));
    addIfMaybeEmpty(maybeEmpty, s, data, axis);
    Value axisDim = s.dim(data, axis);
    SmallVector<AffineExpr> exprs;
    for (int64_t d = axis; d < axis + q; ++d)
      exprs.push_back(rewriter.getAffineDimExpr(d));
    auto map = AffineMap::get(type.getRank(), 0, exprs, getContext());
    auto body = [&](OpBuilder &b, Location l, LoopIndices &ivs, ValueRange args) {
      SmallVector<Value> at = ivs.range(0, axis);
      at.push_back(clampIndex(b, l, args[0], axisDim));
      llvm::append_range(at, ivs.range(axis + q, ivs.size()));
      return tensor::ExtractOp::create(b, l, data, at).getResult();
    };
    rewriter.replaceOp(op, guardNonEmpty(rewriter, loc, maybeEmpty, type, dynSizes,
                                         [&](OpBuilder &b, Location l) {
                                           return buildGeneric(b, l, type, dynSizes,
                                                               indices, map, body);
                                         }));
    return success();
  }
};

/// True when index dim `size` may exceed the data dim `dataSize`.
bool mayExceed(int64_t size, int64_t dataSize) {
  return ShapedType::isDynamic(size) || ShapedType::isDynamic(dataSize) || size > dataSize;
}

/// A generic over the indices: out[i] = data[i with i[axis] = index(i)], the
/// index brought into range as for gather, the other dims clamped into the
/// data's where they may not fit.
struct LowerGatherElements : OpConversionPattern<GatherElementsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(GatherElementsOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Value data = adaptor.getData(), indices = adaptor.getIndices();
    auto dataType = cast<RankedTensorType>(data.getType());
    int64_t rank = type.getRank(), axis = *normalizeAxis(op.getAxis(), rank);
    SmallVector<Value> dynSizes, dataDims, maybeEmpty;
    SmallVector<bool> clamp;
    for (int64_t d = 0; d < rank; ++d) {
      if (type.isDynamicDim(d))
        dynSizes.push_back(s.dim(indices, d));
      dataDims.push_back(s.dim(data, d));
      clamp.push_back(d == axis || mayExceed(type.getDimSize(d), dataType.getDimSize(d)));
      if (clamp[d])
        addIfMaybeEmpty(maybeEmpty, s, data, d);
    }
    auto body = [&](OpBuilder &b, Location l, LoopIndices &ivs, ValueRange args) {
      Scalars n{b, l};
      SmallVector<Value> at;
      for (int64_t d = 0; d < rank; ++d)
        at.push_back(d == axis   ? clampIndex(b, l, args[0], dataDims[d])
                     : clamp[d] ? n.min(ivs[d], n.sub(dataDims[d], n.index(1)))
                                : ivs[d]);
      return tensor::ExtractOp::create(b, l, data, at).getResult();
    };
    auto identity = AffineMap::getMultiDimIdentityMap(rank, getContext());
    rewriter.replaceOp(op, guardNonEmpty(rewriter, loc, maybeEmpty, type, dynSizes,
                                         [&](OpBuilder &b, Location l) {
                                           return buildGeneric(b, l, type, dynSizes,
                                                               indices, identity, body);
                                         }));
    return success();
  }
};

/// A generic over the result (indices[:-1] ++ data[batch + depth:]) that
/// reads the `depth` index entries with tensor.extract, brings each into
/// range as for gather and reads the data element.
struct LowerGatherND : OpConversionPattern<GatherNDOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(GatherNDOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Value data = adaptor.getData(), indices = adaptor.getIndices();
    auto dataType = cast<RankedTensorType>(data.getType());
    auto indicesType = cast<RankedTensorType>(indices.getType());
    int64_t batch = op.getBatchDims(), q = indicesType.getRank();
    int64_t depth = indicesType.getDimSize(q - 1);
    SmallVector<Value> dynSizes, dataDims, maybeEmpty;
    for (int64_t d = 0; d < type.getRank(); ++d)
      if (type.isDynamicDim(d))
        dynSizes.push_back(d < q - 1 ? s.dim(indices, d)
                                     : s.dim(data, d - (q - 1) + batch + depth));
    SmallVector<bool> clamp;
    for (int64_t d = 0; d < batch + depth; ++d) {
      dataDims.push_back(s.dim(data, d));
      clamp.push_back(d >= batch || mayExceed(indicesType.getDimSize(d), dataType.getDimSize(d)));
      if (clamp[d])
        addIfMaybeEmpty(maybeEmpty, s, data, d);
    }
    auto body = [&](OpBuilder &b, Location l, LoopIndices &ivs, ValueRange) {
      Scalars n{b, l};
      SmallVector<Value> at, tuple = ivs.range(0, q - 1);
      for (int64_t d = 0; d < batch; ++d)
        at.push_back(clamp[d] ? n.min(ivs[d], n.sub(dataDims[d], n.index(1))) : ivs[d]);
      for (int64_t t = 0; t < depth; ++t) {
        tuple.push_back(n.index(t));
        Value index = tensor::ExtractOp::create(b, l, indices, tuple);
        tuple.pop_back();
        at.push_back(clampIndex(b, l, index, dataDims[batch + t]));
      }
      llvm::append_range(at, ivs.range(q - 1, ivs.size()));
      return tensor::ExtractOp::create(b, l, data, at).getResult();
    };
    rewriter.replaceOp(op, guardNonEmpty(rewriter, loc, maybeEmpty, type, dynSizes,
                                         [&](OpBuilder &b, Location l) {
                                           return buildGeneric(b, l, type, dynSizes, {}, {},
                                                               body);
                                         }));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Scatters
//===----------------------------------------------------------------------===//

/// `old` combined with `update` by a scatter reduction (floats in f32 at
/// least; max/min as std::max / std::min, as onnxruntime).
Value combine(OpBuilder &b, Location loc, ScatterReduction kind, Value old, Value update,
              Type element) {
  if (kind == ScatterReduction::None)
    return update;
  Type type = old.getType();
  if (auto floatType = dyn_cast<FloatType>(type)) {
    bool narrow = floatType.getWidth() < 32;
    if (narrow) {
      old = arith::ExtFOp::create(b, loc, b.getF32Type(), old);
      update = arith::ExtFOp::create(b, loc, b.getF32Type(), update);
    }
    Value r;
    switch (kind) {
    case ScatterReduction::Add: r = arith::AddFOp::create(b, loc, old, update); break;
    case ScatterReduction::Mul: r = arith::MulFOp::create(b, loc, old, update); break;
    case ScatterReduction::Max:
      r = arith::SelectOp::create(
          b, loc, arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OLT, old, update),
          update, old);
      break;
    default:
      r = arith::SelectOp::create(
          b, loc, arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OLT, update, old),
          update, old);
      break;
    }
    return narrow ? arith::TruncFOp::create(b, loc, type, r).getResult() : r;
  }
  bool isBool = type.isInteger(1), isUnsignedInt = isUnsigned(element);
  switch (kind) {
  case ScatterReduction::Add:
    return isBool ? arith::OrIOp::create(b, loc, old, update).getResult()
                  : arith::AddIOp::create(b, loc, old, update).getResult();
  case ScatterReduction::Mul:
    return isBool ? arith::AndIOp::create(b, loc, old, update).getResult()
                  : arith::MulIOp::create(b, loc, old, update).getResult();
  case ScatterReduction::Max:
    return isBool || isUnsignedInt ? arith::MaxUIOp::create(b, loc, old, update).getResult()
                                   : arith::MaxSIOp::create(b, loc, old, update).getResult();
  default:
    return isBool || isUnsignedInt ? arith::MinUIOp::create(b, loc, old, update).getResult()
                                   : arith::MinSIOp::create(b, loc, old, update).getResult();
  }
}

/// Upper bounds of a loop nest over the first `n` dims shared by `a` and
/// `b` (the smaller where they may differ), empty when `empty` holds.
SmallVector<Value> loopBounds(Scalars &s, Value a, Value b, int64_t n, Value empty) {
  SmallVector<Value> ubs;
  auto aType = cast<RankedTensorType>(a.getType()), bType = cast<RankedTensorType>(b.getType());
  for (int64_t d = 0; d < n; ++d) {
    int64_t x = aType.getDimSize(d), y = bType.getDimSize(d);
    if (!ShapedType::isDynamic(x) && !ShapedType::isDynamic(y))
      ubs.push_back(s.index(std::min(x, y)));
    else
      ubs.push_back(s.min(s.dim(a, d), s.dim(b, d)));
  }
  if (empty && !ubs.empty())
    ubs[0] = s.select(empty, s.index(0), ubs[0]);
  return ubs;
}

/// Whether any of `dims` is empty (null when none can be).
Value anyEmpty(Scalars &s, ArrayRef<Value> dims) {
  Value result;
  for (Value dim : dims) {
    Value isEmpty = s.cmp(Pred::eq, dim, s.index(0));
    result = result ? arith::OrIOp::create(s.b, s.loc, result, isEmpty).getResult() : isEmpty;
  }
  return result;
}

/// A sequential scf.for nest over the updates (so later duplicates win, as in
/// onnxruntime) that updates a copy of the data with tensor.extract/insert;
/// indices brought into range as for gather. Nothing is written when a data
/// dim is empty.
struct LowerScatterElements : OpConversionPattern<ScatterElementsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ScatterElementsOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    Value data = adaptor.getData(), indices = adaptor.getIndices(),
          updates = adaptor.getUpdates();
    auto dataType = cast<RankedTensorType>(data.getType());
    auto updatesType = cast<RankedTensorType>(updates.getType());
    int64_t rank = dataType.getRank(), axis = *normalizeAxis(op.getAxis(), rank);
    SmallVector<Value> dataDims, maybeEmpty;
    SmallVector<bool> clamp;
    for (int64_t d = 0; d < rank; ++d) {
      dataDims.push_back(s.dim(data, d));
      clamp.push_back(d != axis && mayExceed(updatesType.getDimSize(d), dataType.getDimSize(d)));
      addIfMaybeEmpty(maybeEmpty, s, data, d);
    }
    SmallVector<Value> ubs = loopBounds(s, indices, updates, rank, anyEmpty(s, maybeEmpty));
    SmallVector<Value> lbs(rank, s.index(0)), steps(rank, s.index(1));
    ScatterReduction kind = op.getReduction();
    Type element = op.getData().getType().getElementType();
    scf::LoopNest nest = scf::buildLoopNest(
        rewriter, loc, lbs, ubs, steps, data,
        [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange acc) -> scf::ValueVector {
          Scalars n{b, l};
          SmallVector<Value> at;
          for (int64_t d = 0; d < rank; ++d) {
            if (d == axis)
              at.push_back(clampIndex(b, l, tensor::ExtractOp::create(b, l, indices, ivs),
                                      dataDims[d]));
            else
              at.push_back(clamp[d] ? n.min(ivs[d], n.sub(dataDims[d], n.index(1))) : ivs[d]);
          }
          Value update = tensor::ExtractOp::create(b, l, updates, ivs);
          if (kind != ScatterReduction::None)
            update = combine(b, l, kind, tensor::ExtractOp::create(b, l, acc[0], at), update,
                             element);
          return {tensor::InsertOp::create(b, l, update, acc[0], at).getResult()};
        });
    rewriter.replaceOp(op, nest.results);
    return success();
  }
};

/// A sequential scf.for nest over the index tuples; each writes (or
/// combines, with an elementwise generic) the slice of the updates into the
/// slice of a copy of the data at the tuple, brought into range as for
/// gather. Nothing is written when an indexed data dim is empty.
struct LowerScatterND : OpConversionPattern<ScatterNDOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ScatterNDOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    if (failed(requireChecks(op, rewriter)))
      return failure();
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    Value data = adaptor.getData(), indices = adaptor.getIndices(),
          updates = adaptor.getUpdates();
    auto dataType = cast<RankedTensorType>(data.getType());
    auto updatesType = cast<RankedTensorType>(updates.getType());
    int64_t rank = dataType.getRank();
    int64_t q = cast<RankedTensorType>(indices.getType()).getRank();
    int64_t depth = cast<RankedTensorType>(indices.getType()).getDimSize(q - 1);
    // The updates' trailing dims must be the data's.
    SmallVector<int64_t> expected(updatesType.getShape().take_front(q - 1));
    llvm::append_range(expected, dataType.getShape().drop_front(depth));
    updates = castChecked(rewriter, loc, updates, updatesType.clone(expected), "scatter_nd updates");
    SmallVector<Value> dataDims, maybeEmpty;
    for (int64_t d = 0; d < rank; ++d) {
      dataDims.push_back(s.dim(data, d));
      if (d < depth)
        addIfMaybeEmpty(maybeEmpty, s, data, d);
      else if (dataType.isDynamicDim(d) && cast<RankedTensorType>(updates.getType()).isDynamicDim(q - 1 + d - depth))
        s.check(s.cmp(Pred::eq, s.dim(updates, q - 1 + d - depth), dataDims[d]),
                "scatter_nd: updates do not match the data dim " + Twine(d));
    }
    // One loop at least, so that an empty data dim can skip the body.
    Value empty = anyEmpty(s, maybeEmpty);
    SmallVector<Value> ubs = loopBounds(s, indices, updates, q - 1, empty);
    if (ubs.empty())
      ubs.push_back(empty ? s.select(empty, s.index(0), s.index(1)) : s.index(1));
    SmallVector<Value> lbs(ubs.size(), s.index(0)), steps(ubs.size(), s.index(1));
    ScatterReduction kind = op.getReduction();
    Type element = op.getData().getType().getElementType();
    auto sliceType = RankedTensorType::get(dataType.getShape().drop_front(depth),
                                           dataType.getElementType());
    scf::LoopNest nest = scf::buildLoopNest(
        rewriter, loc, lbs, ubs, steps, data,
        [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange acc) -> scf::ValueVector {
          Scalars n{b, l};
          SmallVector<OpFoldResult> one(1, b.getIndexAttr(1)), zero(1, b.getIndexAttr(0));
          SmallVector<OpFoldResult> trailing;
          for (int64_t d = depth; d < rank; ++d)
            trailing.push_back(tensor::getMixedSize(b, l, data, d));
          auto offsetsSizes = [&](ArrayRef<OpFoldResult> lead, SmallVector<OpFoldResult> &offs,
                                  SmallVector<OpFoldResult> &sizes) {
            offs.assign(lead.begin(), lead.end());
            offs.append(trailing.size(), b.getIndexAttr(0));
            sizes.assign(lead.size(), b.getIndexAttr(1));
            llvm::append_range(sizes, trailing);
          };
          SmallVector<OpFoldResult> strides(rank, b.getIndexAttr(1)), at;
          ivs = ivs.take_front(q - 1);
          SmallVector<Value> tuple(ivs);
          for (int64_t t = 0; t < depth; ++t) {
            tuple.push_back(n.index(t));
            Value index = tensor::ExtractOp::create(b, l, indices, tuple);
            tuple.pop_back();
            at.push_back(clampIndex(b, l, index, dataDims[t]));
          }
          SmallVector<OpFoldResult> updOffsets, updSizes, dataOffsets, dataSizes;
          offsetsSizes(getAsOpFoldResult(ValueRange(ivs)), updOffsets, updSizes);
          offsetsSizes(at, dataOffsets, dataSizes);
          SmallVector<OpFoldResult> updStrides(updOffsets.size(), b.getIndexAttr(1));
          Value slice = tensor::ExtractSliceOp::create(b, l, sliceType, updates, updOffsets,
                                                       updSizes, updStrides);
          if (kind != ScatterReduction::None) {
            Value old = tensor::ExtractSliceOp::create(b, l, sliceType, acc[0], dataOffsets,
                                                       dataSizes, strides);
            slice = buildElementwise(b, l, sliceType, {old, slice},
                                     [&](OpBuilder &nb, Location nl, ValueRange args) {
                                       return combine(nb, nl, kind, args[0], args[1], element);
                                     });
          }
          return {tensor::InsertSliceOp::create(b, l, slice, acc[0], dataOffsets, dataSizes,
                                                strides)
                      .getResult()};
        });
    rewriter.replaceOp(op, nest.results);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Shape-producing ops, trilu
//===----------------------------------------------------------------------===//

/// tensor.from_elements of the dims (index_cast to i64).
struct LowerShapeOf : OpConversionPattern<ShapeOfOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ShapeOfOp op, OpAdaptor adaptor,
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
  LogicalResult matchAndRewrite(FillOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    if (failed(requireChecks(op, rewriter)))
      return failure();
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Value shape = castChecked(rewriter, loc, adaptor.getShape(),
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
  LogicalResult matchAndRewrite(RangeOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Type element = type.getElementType();
    if (isUnsigned(op.getType().getElementType()) || element.isInteger(1)) {
      op.emitOpError("lowering not supported yet: unsigned or boolean range");
      return rewriter.notifyMatchFailure(op, "unsigned range");
    }
    auto scalar = [&](Value t) { return tensor::ExtractOp::create(rewriter, loc, t).getResult(); };
    Value start = scalar(adaptor.getStart()), limit = scalar(adaptor.getLimit()),
          delta = scalar(adaptor.getDelta());
    auto floatType = dyn_cast<FloatType>(element);
    SmallVector<Value> dynSizes;
    if (type.isDynamicDim(0)) {
      Value length;
      if (floatType) {
        Type f64 = rewriter.getF64Type();
        Value diff = arith::SubFOp::create(rewriter, loc, limit, start);
        diff = convertScalar(rewriter, loc, diff, element, f64);
        Value q = arith::DivFOp::create(rewriter, loc, diff,
                                        convertScalar(rewriter, loc, delta, element, f64));
        q = math::CeilOp::create(rewriter, loc, q);
        // NaN (a zero delta) and negatives become 0; huge lengths are capped.
        q = arith::MaxNumFOp::create(rewriter, loc, q, scalarConstant(rewriter, loc, f64, 0.0));
        q = arith::MinNumFOp::create(rewriter, loc, q,
                                     scalarConstant(rewriter, loc, f64, double(kMaxElements)));
        length = arith::FPToSIOp::create(rewriter, loc, rewriter.getI64Type(), q);
      } else {
        Value zero = s.i64(0), one = s.i64(1);
        Value diff = s.sub(s.toI64(limit), s.toI64(start)), step = s.toI64(delta);
        Value isZero = s.cmp(Pred::eq, step, zero);
        Value divisor = s.select(isZero, one, step);
        Value q = s.div(diff, divisor), r = s.rem(diff, divisor);
        Value sameSign = s.cmp(Pred::eq, s.cmp(Pred::sgt, r, zero), s.cmp(Pred::sgt, divisor, zero));
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
          Value v = arith::MulFOp::create(b, l, i, convertScalar(b, l, delta, element, compute));
          v = arith::AddFOp::create(b, l, convertScalar(b, l, start, element, compute), v);
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
  LogicalResult matchAndRewrite(TriluOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = convertedType(getTypeConverter(), op.getType());
    Value input = adaptor.getInput();
    int64_t rank = type.getRank(), diagonal = op.getDiagonal();
    bool upper = op.getUpper();
    Value zero = scalarConstant(rewriter, loc, type.getElementType(), 0.0);
    auto identity = AffineMap::getMultiDimIdentityMap(rank, getContext());
    Value result = buildGeneric(
        rewriter, loc, type, broadcastDynamicSizes(rewriter, loc, type, input), input,
        identity, [&](OpBuilder &b, Location l, LoopIndices &ivs, ValueRange args) {
          Scalars n{b, l};
          Value row = n.toI64(ivs[rank - 2]), column = n.toI64(ivs[rank - 1]);
          Value diff = n.sub(column, row);
          Value keep = n.cmp(upper ? Pred::sge : Pred::sle, diff, n.i64(diagonal));
          return n.select(keep, args[0], zero);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Resize
//===----------------------------------------------------------------------===//

/// One sample along a dim: the source index and its weight (null: 1).
struct Tap {
  Value index, weight;
};

/// A generic over the result that maps each index to its source coordinate
/// (coordinate_transformation_mode, in f32 as onnxruntime), then reads the
/// nearest element (nearest_mode) or weighs 2 (linear) or 4 (cubic, with
/// cubic_coeff_a and exclude_outside) neighbours per resized dim, read with
/// tensor.extract at indices clamped into the input. Dims with scale 1 and
/// equal sizes are copied. Dynamic result dims are floor(in * scale).
struct LowerResize : OpConversionPattern<ResizeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ResizeOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    CoordinateTransform ctm = op.getCoordinateTransformationMode();
    if (ctm == CoordinateTransform::TfCropAndResize) {
      op.emitOpError("lowering not supported yet: tf_crop_and_resize (needs roi)");
      return rewriter.notifyMatchFailure(op, "tf_crop_and_resize");
    }
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    int64_t rank = type.getRank();
    Type element = type.getElementType(), f32 = rewriter.getF32Type();
    Type compute = element.isF64() ? element : f32;
    ResizeMode mode = op.getMode();
    NearestMode nearest = op.getNearestMode();
    ArrayRef<float> scales = op.getScales();
    float a = op.getCubicCoeffA().convertToFloat();
    bool exclude = op.getExcludeOutside();
    auto fconst = [&](OpBuilder &b, Location l, double v, Type t) {
      return scalarConstant(b, l, t, v);
    };
    SmallVector<Value> dynSizes, inDims, inF, outF, maybeEmpty;
    SmallVector<bool> resized;
    for (int64_t d = 0; d < rank; ++d) {
      resized.push_back(!(scales[d] == 1.0f && !inType.isDynamicDim(d) &&
                          inType.getDimSize(d) == type.getDimSize(d)));
      inDims.push_back(resized[d] ? s.dim(input, d) : Value());
      inF.push_back(!resized[d]             ? Value()
                    : inType.isDynamicDim(d) ? s.toF32(inDims[d])
                                             : fconst(rewriter, loc, inType.getDimSize(d), f32));
      outF.push_back(resized[d] && !type.isDynamicDim(d)
                         ? fconst(rewriter, loc, type.getDimSize(d), f32)
                         : Value());
      if (type.isDynamicDim(d)) {
        Value in = resized[d] ? inF[d] : s.toF32(s.dim(input, d));
        Value size = arith::MulFOp::create(rewriter, loc, in, fconst(rewriter, loc, scales[d], f32));
        Value out = s.toIndex(arith::FPToSIOp::create(rewriter, loc, rewriter.getI64Type(), size));
        dynSizes.push_back(out);
        if (resized[d])
          outF[d] = s.toF32(out);
      }
      if (resized[d] && !type.isDynamicDim(d) && type.getDimSize(d) > 0)
        addIfMaybeEmpty(maybeEmpty, s, input, d);
    }
    auto body = [&](OpBuilder &b, Location l, LoopIndices &ivs, ValueRange) -> Value {
      Scalars n{b, l};
      auto c = [&](double v) { return fconst(b, l, v, f32); };
      auto add = [&](Value x, Value y) { return arith::AddFOp::create(b, l, x, y).getResult(); };
      auto sub = [&](Value x, Value y) { return arith::SubFOp::create(b, l, x, y).getResult(); };
      auto mul = [&](Value x, Value y) { return arith::MulFOp::create(b, l, x, y).getResult(); };
      auto div = [&](Value x, Value y) { return arith::DivFOp::create(b, l, x, y).getResult(); };
      auto fmin = [&](Value x, Value y) { return arith::MinNumFOp::create(b, l, x, y).getResult(); };
      auto fmax = [&](Value x, Value y) { return arith::MaxNumFOp::create(b, l, x, y).getResult(); };
      auto feq = [&](Value x, Value y) {
        return arith::CmpFOp::create(b, l, arith::CmpFPredicate::OEQ, x, y).getResult();
      };
      auto toIndex = [&](Value x) {
        return n.toIndex(arith::FPToSIOp::create(b, l, b.getI64Type(), x));
      };
      SmallVector<SmallVector<Tap>> taps(rank);
      for (int64_t d = 0; d < rank; ++d) {
        if (!resized[d]) {
          taps[d].push_back({ivs[d], Value()});
          continue;
        }
        Value x = n.toF32(ivs[d]), scale = c(scales[d]), size = inF[d], length = outF[d];
        auto halfPixel = [&] { return sub(div(add(x, c(0.5)), scale), c(0.5)); };
        Value xo;
        switch (ctm) {
        case CoordinateTransform::HalfPixel: xo = halfPixel(); break;
        case CoordinateTransform::HalfPixelSymmetric: {
          Value adjustment = div(length, mul(scale, size));
          Value offset = mul(div(size, c(2.0)), sub(c(1.0), adjustment));
          xo = add(offset, halfPixel());
          break;
        }
        case CoordinateTransform::PytorchHalfPixel:
          xo = n.select(arith::CmpFOp::create(b, l, arith::CmpFPredicate::OGT, length, c(1.0)),
                        halfPixel(), c(0.0));
          break;
        case CoordinateTransform::AlignCorners:
          xo = n.select(feq(length, c(1.0)), c(0.0),
                        div(mul(x, sub(size, c(1.0))), sub(length, c(1.0))));
          break;
        default: xo = div(x, scale); break;
        }
        if (mode == ResizeMode::Nearest) {
          // onnxruntime: x == int(x) + 0.5 rounds toward the preferred side.
          auto isHalf = [&] { return feq(xo, add(math::TruncOp::create(b, l, xo), c(0.5))); };
          Value r;
          switch (nearest) {
          case NearestMode::RoundPreferFloor:
            r = n.select(isHalf(), math::FloorOp::create(b, l, xo), math::RoundOp::create(b, l, xo));
            break;
          case NearestMode::RoundPreferCeil:
            r = n.select(isHalf(), math::CeilOp::create(b, l, xo), math::RoundOp::create(b, l, xo));
            break;
          case NearestMode::Floor: r = math::FloorOp::create(b, l, xo); break;
          default: r = math::CeilOp::create(b, l, xo); break;
          }
          taps[d].push_back({toIndex(fmax(fmin(r, sub(size, c(1.0))), c(0.0))), Value()});
          continue;
        }
        Value lastIndex = n.sub(inDims[d], n.index(1));
        if (mode == ResizeMode::Linear) {
          xo = fmax(fmin(xo, sub(size, c(1.0))), c(0.0));
          Value lowF = math::FloorOp::create(b, l, xo), t = sub(xo, lowF);
          Value low = toIndex(lowF);
          taps[d].push_back({low, sub(c(1.0), t)});
          taps[d].push_back({n.min(n.add(low, n.index(1)), lastIndex), t});
          continue;
        }
        // Cubic: neighbours floor(x) - 1 .. floor(x) + 2, edge-clamped.
        Value lowF = math::FloorOp::create(b, l, xo), t = sub(xo, lowF);
        Value low = n.toI64(toIndex(lowF));
        Value ca = c(a), one = c(1.0);
        auto outer = [&](Value u) { // ((A*u - 5A)*u + 8A)*u - 4A for u in [1, 2]
          return sub(mul(add(mul(sub(mul(ca, u), c(5 * a)), u), c(8 * a)), u), c(4 * a));
        };
        auto inner = [&](Value u) { // ((A+2)*u - (A+3))*u*u + 1 for u in [0, 1]
          return add(mul(mul(sub(mul(c(a + 2), u), c(a + 3)), u), u), one);
        };
        Value oneMinusT = sub(one, t);
        SmallVector<Value> weights = {outer(add(t, one)), inner(t), inner(oneMinusT),
                                      outer(add(oneMinusT, one))};
        SmallVector<Value> positions;
        Value sum;
        for (int64_t k = 0; k < 4; ++k) {
          Value p = n.add(low, n.i64(k - 1));
          positions.push_back(p);
          if (exclude) {
            Value inside = n.both(n.cmp(Pred::sge, p, n.i64(0)),
                                  n.cmp(Pred::slt, p, n.toI64(inDims[d])));
            weights[k] = n.select(inside, weights[k], c(0.0));
            sum = sum ? add(sum, weights[k]) : weights[k];
          }
        }
        for (int64_t k = 0; k < 4; ++k)
          taps[d].push_back({n.clamp(n.toIndex(positions[k]), n.index(0), lastIndex),
                             exclude ? div(weights[k], sum) : weights[k]});
      }
      if (mode == ResizeMode::Nearest) {
        SmallVector<Value> at;
        for (auto &dimTaps : taps)
          at.push_back(dimTaps[0].index);
        return tensor::ExtractOp::create(b, l, input, at);
      }
      // The weighted sum over every combination of taps.
      Value acc = fconst(b, l, 0.0, compute);
      SmallVector<size_t> pick(rank, 0);
      while (true) {
        SmallVector<Value> at;
        Value weight;
        for (int64_t d = 0; d < rank; ++d) {
          const Tap &tap = taps[d][pick[d]];
          at.push_back(tap.index);
          if (tap.weight)
            weight = weight ? mul(weight, tap.weight) : tap.weight;
        }
        Value v = tensor::ExtractOp::create(b, l, input, at);
        v = convertScalar(b, l, v, element, compute);
        if (weight)
          v = arith::MulFOp::create(b, l, v, convertScalar(b, l, weight, f32, compute));
        acc = arith::AddFOp::create(b, l, acc, v);
        int64_t d = rank - 1;
        while (d >= 0 && ++pick[d] == taps[d].size())
          pick[d--] = 0;
        if (d < 0)
          break;
      }
      return convertScalar(b, l, acc, compute, element);
    };
    rewriter.replaceOp(op, guardNonEmpty(rewriter, loc, maybeEmpty, type, dynSizes,
                                         [&](OpBuilder &b, Location l) {
                                           return buildGeneric(b, l, type, dynSizes, {}, {},
                                                               body);
                                         }));
    return success();
  }
};

} // namespace

void populateDataMovementLoweringPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns) {
  patterns.add<LowerReshape, LowerTranspose, LowerExpand, LowerSlice, LowerConcat,
               LowerPad, LowerTile, LowerGather, LowerGatherElements, LowerGatherND,
               LowerScatterElements, LowerScatterND, LowerShapeOf, LowerFill, LowerRange,
               LowerTrilu, LowerResize>(converter, patterns.getContext());
}

} // namespace mlir::plinth
