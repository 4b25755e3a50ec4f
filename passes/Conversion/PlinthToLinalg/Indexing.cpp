//===- Indexing.cpp - Lowerings of the gathers, scatters and resize -------===//
//
// The ops that read or write at indices computed at run time. The memory
// safety rules are in DataMovementUtils.h.
//
//===----------------------------------------------------------------------===//

#include "passes/Conversion/PlinthToLinalg/DataMovementUtils.h"
#include "passes/Conversion/PlinthToLinalg/LoweringUtils.h"

#include "dialects/Plinth/PlinthOps.h"
#include "dialects/Plinth/ShapeUtils.h"

#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

namespace mlir::plinth {
namespace {

using namespace lowering;
using namespace datamovement;

constexpr int64_t kDynamic = ShapedType::kDynamic;

//===----------------------------------------------------------------------===//
// Gathers
//===----------------------------------------------------------------------===//

/// A generic over the result that reads the index (an input of the generic),
/// brings it into [0, dim - 1] (negative: + dim, then clamped: out-of-range
/// indices, an error in ONNX, read the nearest element) and reads the data
/// with tensor.extract. An empty gathered dim gives zeros.
struct LowerGather : OpConversionPattern<GatherOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(GatherOp op, OpAdaptor adaptor,
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
        dynSizes.push_back(d < axis       ? s.dim(data, d)
                           : d < axis + q ? s.dim(indices, d - axis)
                                          : s.dim(data, d - q + 1));
    addIfMaybeEmpty(maybeEmpty, s, data, axis);
    Value axisDim = s.dim(data, axis);
    SmallVector<AffineExpr> exprs;
    for (int64_t d = axis; d < axis + q; ++d)
      exprs.push_back(rewriter.getAffineDimExpr(d));
    auto map = AffineMap::get(type.getRank(), 0, exprs, getContext());
    auto body = [&](OpBuilder &b, Location l, LoopIndices &ivs,
                    ValueRange args) {
      SmallVector<Value> at = ivs.range(0, axis);
      at.push_back(clampIndex(b, l, args[0], axisDim));
      llvm::append_range(at, ivs.range(axis + q, ivs.size()));
      return tensor::ExtractOp::create(b, l, data, at).getResult();
    };
    rewriter.replaceOp(op,
                       guardNonEmpty(rewriter, loc, maybeEmpty, type, dynSizes,
                                     [&](OpBuilder &b, Location l) {
                                       return buildGeneric(b, l, type, dynSizes,
                                                           indices, map, body);
                                     }));
    return success();
  }
};

/// True when index dim `size` may exceed the data dim `dataSize`.
bool mayExceed(int64_t size, int64_t dataSize) {
  return ShapedType::isDynamic(size) || ShapedType::isDynamic(dataSize) ||
         size > dataSize;
}

/// A generic over the indices: out[i] = data[i with i[axis] = index(i)], the
/// index brought into range as for gather, the other dims clamped into the
/// data's where they may not fit.
struct LowerGatherElements : OpConversionPattern<GatherElementsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(GatherElementsOp op, OpAdaptor adaptor,
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
      clamp.push_back(d == axis ||
                      mayExceed(type.getDimSize(d), dataType.getDimSize(d)));
      if (clamp[d])
        addIfMaybeEmpty(maybeEmpty, s, data, d);
    }
    auto body = [&](OpBuilder &b, Location l, LoopIndices &ivs,
                    ValueRange args) {
      Scalars n{b, l};
      SmallVector<Value> at;
      for (int64_t d = 0; d < rank; ++d)
        at.push_back(d == axis  ? clampIndex(b, l, args[0], dataDims[d])
                     : clamp[d] ? n.min(ivs[d], n.sub(dataDims[d], n.index(1)))
                                : ivs[d]);
      return tensor::ExtractOp::create(b, l, data, at).getResult();
    };
    auto identity = AffineMap::getMultiDimIdentityMap(rank, getContext());
    rewriter.replaceOp(
        op, guardNonEmpty(rewriter, loc, maybeEmpty, type, dynSizes,
                          [&](OpBuilder &b, Location l) {
                            return buildGeneric(b, l, type, dynSizes, indices,
                                                identity, body);
                          }));
    return success();
  }
};

/// A generic over the result (indices[:-1] ++ data[batch + depth:]) that
/// reads the `depth` index entries with tensor.extract, brings each into
/// range as for gather and reads the data element.
struct LowerGatherND : OpConversionPattern<GatherNDOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(GatherNDOp op, OpAdaptor adaptor,
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
        dynSizes.push_back(d < q - 1
                               ? s.dim(indices, d)
                               : s.dim(data, d - (q - 1) + batch + depth));
    SmallVector<bool> clamp;
    for (int64_t d = 0; d < batch + depth; ++d) {
      dataDims.push_back(s.dim(data, d));
      clamp.push_back(d >= batch || mayExceed(indicesType.getDimSize(d),
                                              dataType.getDimSize(d)));
      if (clamp[d])
        addIfMaybeEmpty(maybeEmpty, s, data, d);
    }
    auto body = [&](OpBuilder &b, Location l, LoopIndices &ivs, ValueRange) {
      Scalars n{b, l};
      SmallVector<Value> at, tuple = ivs.range(0, q - 1);
      for (int64_t d = 0; d < batch; ++d)
        at.push_back(clamp[d] ? n.min(ivs[d], n.sub(dataDims[d], n.index(1)))
                              : ivs[d]);
      for (int64_t t = 0; t < depth; ++t) {
        tuple.push_back(n.index(t));
        Value index = tensor::ExtractOp::create(b, l, indices, tuple);
        tuple.pop_back();
        at.push_back(clampIndex(b, l, index, dataDims[batch + t]));
      }
      llvm::append_range(at, ivs.range(q - 1, ivs.size()));
      return tensor::ExtractOp::create(b, l, data, at).getResult();
    };
    rewriter.replaceOp(op,
                       guardNonEmpty(rewriter, loc, maybeEmpty, type, dynSizes,
                                     [&](OpBuilder &b, Location l) {
                                       return buildGeneric(b, l, type, dynSizes,
                                                           {}, {}, body);
                                     }));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Scatters
//===----------------------------------------------------------------------===//

/// `old` combined with `update` by a scatter reduction (floats in f32 at
/// least; max/min as std::max / std::min, as onnxruntime).
Value combine(OpBuilder &b, Location loc, ScatterReduction kind, Value old,
              Value update, Type element) {
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
    case ScatterReduction::Add:
      r = arith::AddFOp::create(b, loc, old, update);
      break;
    case ScatterReduction::Mul:
      r = arith::MulFOp::create(b, loc, old, update);
      break;
    case ScatterReduction::Max:
      r = arith::SelectOp::create(
          b, loc,
          arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OLT, old, update),
          update, old);
      break;
    default:
      r = arith::SelectOp::create(
          b, loc,
          arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OLT, update, old),
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
    return isBool || isUnsignedInt
               ? arith::MaxUIOp::create(b, loc, old, update).getResult()
               : arith::MaxSIOp::create(b, loc, old, update).getResult();
  default:
    return isBool || isUnsignedInt
               ? arith::MinUIOp::create(b, loc, old, update).getResult()
               : arith::MinSIOp::create(b, loc, old, update).getResult();
  }
}

/// Upper bounds of a loop nest over the first `n` dims shared by `a` and
/// `b` (the smaller where they may differ), empty when `empty` holds.
SmallVector<Value> loopBounds(Scalars &s, Value a, Value b, int64_t n,
                              Value empty) {
  SmallVector<Value> ubs;
  auto aType = cast<RankedTensorType>(a.getType()),
       bType = cast<RankedTensorType>(b.getType());
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
    result = result
                 ? arith::OrIOp::create(s.b, s.loc, result, isEmpty).getResult()
                 : isEmpty;
  }
  return result;
}

/// A sequential scf.for nest over the updates (so later duplicates win, as in
/// onnxruntime) that updates a copy of the data with tensor.extract/insert;
/// indices brought into range as for gather. Nothing is written when a data
/// dim is empty.
struct LowerScatterElements : OpConversionPattern<ScatterElementsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ScatterElementsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    Value data = adaptor.getData(), indices = adaptor.getIndices(),
          updates = adaptor.getUpdates();
    auto dataType = cast<RankedTensorType>(data.getType());
    auto updatesType = cast<RankedTensorType>(updates.getType());
    int64_t rank = dataType.getRank(),
            axis = *normalizeAxis(op.getAxis(), rank);
    SmallVector<Value> dataDims, maybeEmpty;
    SmallVector<bool> clamp;
    for (int64_t d = 0; d < rank; ++d) {
      dataDims.push_back(s.dim(data, d));
      clamp.push_back(d != axis && mayExceed(updatesType.getDimSize(d),
                                             dataType.getDimSize(d)));
      addIfMaybeEmpty(maybeEmpty, s, data, d);
    }
    SmallVector<Value> ubs =
        loopBounds(s, indices, updates, rank, anyEmpty(s, maybeEmpty));
    SmallVector<Value> lbs(rank, s.index(0)), steps(rank, s.index(1));
    ScatterReduction kind = op.getReduction();
    Type element = op.getData().getType().getElementType();
    scf::LoopNest nest = scf::buildLoopNest(
        rewriter, loc, lbs, ubs, steps, data,
        [&](OpBuilder &b, Location l, ValueRange ivs,
            ValueRange acc) -> scf::ValueVector {
          Scalars n{b, l};
          SmallVector<Value> at;
          for (int64_t d = 0; d < rank; ++d) {
            if (d == axis)
              at.push_back(clampIndex(
                  b, l, tensor::ExtractOp::create(b, l, indices, ivs),
                  dataDims[d]));
            else
              at.push_back(clamp[d]
                               ? n.min(ivs[d], n.sub(dataDims[d], n.index(1)))
                               : ivs[d]);
          }
          Value update = tensor::ExtractOp::create(b, l, updates, ivs);
          if (kind != ScatterReduction::None)
            update =
                combine(b, l, kind, tensor::ExtractOp::create(b, l, acc[0], at),
                        update, element);
          return {
              tensor::InsertOp::create(b, l, update, acc[0], at).getResult()};
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
  LogicalResult
  matchAndRewrite(ScatterNDOp op, OpAdaptor adaptor,
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
    updates = castChecked(rewriter, loc, updates, updatesType.clone(expected),
                          "scatter_nd updates");
    SmallVector<Value> dataDims, maybeEmpty;
    for (int64_t d = 0; d < rank; ++d) {
      dataDims.push_back(s.dim(data, d));
      if (d < depth)
        addIfMaybeEmpty(maybeEmpty, s, data, d);
      else if (dataType.isDynamicDim(d) &&
               cast<RankedTensorType>(updates.getType())
                   .isDynamicDim(q - 1 + d - depth))
        s.check(s.cmp(Pred::eq, s.dim(updates, q - 1 + d - depth), dataDims[d]),
                "scatter_nd: updates do not match the data dim " + Twine(d));
    }
    // One loop at least, so that an empty data dim can skip the body.
    Value empty = anyEmpty(s, maybeEmpty);
    SmallVector<Value> ubs = loopBounds(s, indices, updates, q - 1, empty);
    if (ubs.empty())
      ubs.push_back(empty ? s.select(empty, s.index(0), s.index(1))
                          : s.index(1));
    SmallVector<Value> lbs(ubs.size(), s.index(0)),
        steps(ubs.size(), s.index(1));
    ScatterReduction kind = op.getReduction();
    Type element = op.getData().getType().getElementType();
    auto sliceType = RankedTensorType::get(
        dataType.getShape().drop_front(depth), dataType.getElementType());
    scf::LoopNest nest = scf::buildLoopNest(
        rewriter, loc, lbs, ubs, steps, data,
        [&](OpBuilder &b, Location l, ValueRange ivs,
            ValueRange acc) -> scf::ValueVector {
          Scalars n{b, l};
          SmallVector<OpFoldResult> one(1, b.getIndexAttr(1)),
              zero(1, b.getIndexAttr(0));
          SmallVector<OpFoldResult> trailing;
          for (int64_t d = depth; d < rank; ++d)
            trailing.push_back(tensor::getMixedSize(b, l, data, d));
          auto offsetsSizes = [&](ArrayRef<OpFoldResult> lead,
                                  SmallVector<OpFoldResult> &offs,
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
          SmallVector<OpFoldResult> updOffsets, updSizes, dataOffsets,
              dataSizes;
          offsetsSizes(getAsOpFoldResult(ValueRange(ivs)), updOffsets,
                       updSizes);
          offsetsSizes(at, dataOffsets, dataSizes);
          SmallVector<OpFoldResult> updStrides(updOffsets.size(),
                                               b.getIndexAttr(1));
          Value slice = tensor::ExtractSliceOp::create(
              b, l, sliceType, updates, updOffsets, updSizes, updStrides);
          if (kind != ScatterReduction::None) {
            Value old = tensor::ExtractSliceOp::create(
                b, l, sliceType, acc[0], dataOffsets, dataSizes, strides);
            slice = buildElementwise(
                b, l, sliceType, {old, slice},
                [&](OpBuilder &nb, Location nl, ValueRange args) {
                  return combine(nb, nl, kind, args[0], args[1], element);
                });
          }
          return {tensor::InsertSliceOp::create(b, l, slice, acc[0],
                                                dataOffsets, dataSizes, strides)
                      .getResult()};
        });
    rewriter.replaceOp(op, nest.results);
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
/// (coordinate_transformation_mode, computed as onnxruntime does), then reads
/// the nearest element (nearest_mode) or weighs 2 (linear) or 4 (cubic, with
/// cubic_coeff_a and exclude_outside) neighbours per resized dim, read with
/// tensor.extract at indices clamped into the input. As in onnxruntime, dims
/// with scale 1 are copied, and a static result of the input's shape is the
/// input. Dynamic result dims are int(in * scale) (in f32).
struct LowerResize : OpConversionPattern<ResizeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ResizeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    CoordinateTransform ctm = op.getCoordinateTransformationMode();
    if (ctm == CoordinateTransform::TfCropAndResize) {
      op.emitOpError(
          "lowering not supported yet: tf_crop_and_resize (needs roi)");
      return rewriter.notifyMatchFailure(op, "tf_crop_and_resize");
    }
    Location loc = op.getLoc();
    Scalars s{rewriter, loc};
    auto type = convertedType(getTypeConverter(), op.getType());
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    if (inType == type && type.hasStaticShape()) {
      rewriter.replaceOp(op, input);
      return success();
    }
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
    // inDims: the input dims that are read clamped (null: read as is).
    SmallVector<Value> dynSizes, inDims, inF, outF, maybeEmpty;
    SmallVector<bool> resized;
    for (int64_t d = 0; d < rank; ++d) {
      resized.push_back(scales[d] != 1.0f);
      int64_t in = inType.getDimSize(d), out = type.getDimSize(d);
      bool copy = !resized[d] && (type.isDynamicDim(d) ||
                                  (!inType.isDynamicDim(d) && in == out));
      inDims.push_back(copy ? Value() : s.dim(input, d));
      inF.push_back(!resized[d]              ? Value()
                    : inType.isDynamicDim(d) ? s.toF32(inDims[d])
                                             : fconst(rewriter, loc, in, f32));
      outF.push_back(resized[d] && !type.isDynamicDim(d)
                         ? fconst(rewriter, loc, out, f32)
                         : Value());
      if (type.isDynamicDim(d) && !resized[d]) {
        dynSizes.push_back(s.dim(input, d));
      } else if (type.isDynamicDim(d)) {
        Value size = arith::MulFOp::create(
            rewriter, loc, inF[d], fconst(rewriter, loc, scales[d], f32));
        Value out = s.toIndex(arith::FPToSIOp::create(
            rewriter, loc, rewriter.getI64Type(), size));
        dynSizes.push_back(out);
        outF[d] = s.toF32(out);
      } else if (!copy && out > 0) {
        addIfMaybeEmpty(maybeEmpty, s, input, d);
      }
    }
    auto body = [&](OpBuilder &b, Location l, LoopIndices &ivs,
                    ValueRange) -> Value {
      Scalars n{b, l};
      auto c = [&](double v) { return fconst(b, l, v, f32); };
      auto add = [&](Value x, Value y) {
        return arith::AddFOp::create(b, l, x, y).getResult();
      };
      auto sub = [&](Value x, Value y) {
        return arith::SubFOp::create(b, l, x, y).getResult();
      };
      auto mul = [&](Value x, Value y) {
        return arith::MulFOp::create(b, l, x, y).getResult();
      };
      auto div = [&](Value x, Value y) {
        return arith::DivFOp::create(b, l, x, y).getResult();
      };
      auto fmin = [&](Value x, Value y) {
        return arith::MinNumFOp::create(b, l, x, y).getResult();
      };
      auto fmax = [&](Value x, Value y) {
        return arith::MaxNumFOp::create(b, l, x, y).getResult();
      };
      auto feq = [&](Value x, Value y) {
        return arith::CmpFOp::create(b, l, arith::CmpFPredicate::OEQ, x, y)
            .getResult();
      };
      auto toIndex = [&](Value x) {
        return n.toIndex(arith::FPToSIOp::create(b, l, b.getI64Type(), x));
      };
      SmallVector<SmallVector<Tap>> taps(rank);
      for (int64_t d = 0; d < rank; ++d) {
        if (!resized[d]) {
          Value i =
              inDims[d] ? n.min(ivs[d], n.sub(inDims[d], n.index(1))) : ivs[d];
          taps[d].push_back({i, Value()});
          continue;
        }
        Value x = n.toF32(ivs[d]), scale = c(scales[d]), size = inF[d],
              length = outF[d];
        auto halfPixel = [&] {
          return sub(div(add(x, c(0.5)), scale), c(0.5));
        };
        Value xo;
        switch (ctm) {
        case CoordinateTransform::HalfPixel:
          xo = halfPixel();
          break;
        case CoordinateTransform::HalfPixelSymmetric: {
          // The offset in f32, the rest in f64 (onnxruntime's 0.5 literals
          // are doubles), rounded to f32.
          Value adjustment = div(length, mul(scale, size));
          Value offset = mul(div(size, c(2.0)), sub(c(1.0), adjustment));
          Type f64 = b.getF64Type();
          auto wide = [&](Value v) {
            return arith::ExtFOp::create(b, l, f64, v).getResult();
          };
          Value half = fconst(b, l, 0.5, f64);
          Value q = div(add(wide(x), half), wide(scale));
          xo = arith::TruncFOp::create(b, l, f32,
                                       sub(add(wide(offset), q), half));
          break;
        }
        case CoordinateTransform::PytorchHalfPixel:
          xo = n.select(arith::CmpFOp::create(b, l, arith::CmpFPredicate::OGT,
                                              length, c(1.0)),
                        halfPixel(), c(0.0));
          break;
        case CoordinateTransform::AlignCorners:
          xo = n.select(feq(length, c(1.0)), c(0.0),
                        div(mul(x, sub(size, c(1.0))), sub(length, c(1.0))));
          break;
        default:
          xo = div(x, scale);
          break;
        }
        if (mode == ResizeMode::Nearest) {
          // onnxruntime: x == int(x) + 0.5 rounds toward the preferred side.
          auto isHalf = [&] {
            return feq(xo, add(math::TruncOp::create(b, l, xo), c(0.5)));
          };
          Value r;
          switch (nearest) {
          case NearestMode::RoundPreferFloor:
            r = n.select(isHalf(), math::FloorOp::create(b, l, xo),
                         math::RoundOp::create(b, l, xo));
            break;
          case NearestMode::RoundPreferCeil:
            r = math::RoundOp::create(b, l, xo); // halves away from zero
            break;
          case NearestMode::Floor:
            r = math::FloorOp::create(b, l, xo);
            break;
          default:
            r = math::CeilOp::create(b, l, xo);
            break;
          }
          taps[d].push_back(
              {toIndex(fmax(fmin(r, sub(size, c(1.0))), c(0.0))), Value()});
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
        auto outer =
            [&](Value u) { // ((A*u - 5A)*u + 8A)*u - 4A for u in [1, 2]
              return sub(
                  mul(add(mul(sub(mul(ca, u), c(5 * a)), u), c(8 * a)), u),
                  c(4 * a));
            };
        auto inner = [&](Value u) { // ((A+2)*u - (A+3))*u*u + 1 for u in [0, 1]
          return add(mul(mul(sub(mul(c(a + 2), u), c(a + 3)), u), u), one);
        };
        Value oneMinusT = sub(one, t);
        SmallVector<Value> weights = {outer(add(t, one)), inner(t),
                                      inner(oneMinusT),
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
          taps[d].push_back(
              {n.clamp(n.toIndex(positions[k]), n.index(0), lastIndex),
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
          v = arith::MulFOp::create(b, l, v,
                                    convertScalar(b, l, weight, f32, compute));
        acc = arith::AddFOp::create(b, l, acc, v);
        int64_t d = rank - 1;
        while (d >= 0 && ++pick[d] == taps[d].size())
          pick[d--] = 0;
        if (d < 0)
          break;
      }
      return convertScalar(b, l, acc, compute, element);
    };
    auto resize = [&](OpBuilder &b, Location l) {
      return guardNonEmpty(
          b, l, maybeEmpty, type, dynSizes, [&](OpBuilder &nb, Location nl) {
            return buildGeneric(nb, nl, type, dynSizes, {}, {}, body);
          });
    };
    // onnxruntime copies the input when no dim changes size. With dynamic
    // sizes, only a scale in (1, 2) may keep a nonempty dim's size.
    bool maySkip = !inType.hasStaticShape() || !type.hasStaticShape();
    for (int64_t d = 0; d < rank; ++d) {
      int64_t in = inType.getDimSize(d), out = type.getDimSize(d);
      if (resized[d] && !ShapedType::isDynamic(in) &&
          !ShapedType::isDynamic(out))
        maySkip &= in == out;
      else if (resized[d])
        maySkip &= scales[d] > 1.0f && scales[d] < 2.0f;
    }
    if (!maySkip) {
      rewriter.replaceOp(op, resize(rewriter, loc));
      return success();
    }
    Value same;
    for (int64_t d = 0, k = 0; d < rank; ++d) {
      if (!inType.isDynamicDim(d) && !type.isDynamicDim(d))
        continue;
      Value out =
          type.isDynamicDim(d) ? dynSizes[k++] : s.index(type.getDimSize(d));
      Value eq = s.cmp(Pred::eq, out, s.dim(input, d));
      same = same ? s.both(same, eq) : eq;
    }
    auto ifOp = scf::IfOp::create(
        rewriter, loc, same,
        [&](OpBuilder &b, Location l) {
          scf::YieldOp::create(
              b, l, tensor::CastOp::create(b, l, type, input).getResult());
        },
        [&](OpBuilder &b, Location l) {
          scf::YieldOp::create(b, l, resize(b, l));
        });
    rewriter.replaceOp(op, ifOp.getResults());
    return success();
  }
};

} // namespace

void populateIndexingLoweringPatterns(const TypeConverter &converter,
                                      RewritePatternSet &patterns) {
  patterns.add<LowerGather, LowerGatherElements, LowerGatherND,
               LowerScatterElements, LowerScatterND, LowerResize>(
      converter, patterns.getContext());
}

} // namespace mlir::plinth
