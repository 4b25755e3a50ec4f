//===- Reductions.cpp - Lowering of the plinth reductions and norms ------===//
//
// plinth.reduce, arg_reduce, softmax, layer_norm, rms_norm, group_norm,
// cumsum and topk. Reductions are linalg.generic ops with reduction
// iterators into a tensor of the reduced shape (no size-1 dims; keep_dims is
// a tensor.expand_shape afterwards), so the tiling passes see plain
// reductions. Multi-pass ops (softmax, norms) are one generic per pass: a
// statistic pass, then a parallel pass that reads the statistics broadcast.
//
// f16/bf16 accumulate in f32; integer sums, products, max and min stay in
// the integer type (wrapping), integer means accumulate in i64, integer l2
// and log_sum_exp go through f64 (results truncated toward zero).
//
//===----------------------------------------------------------------------===//

#include "passes/Conversion/PlinthToLinalg/LoweringUtils.h"
#include "passes/Conversion/PlinthToLinalg/Transforms.h"

#include "dialects/Plinth/PlinthOps.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "llvm/ADT/APFloat.h"

namespace mlir::plinth {
using namespace lowering;

namespace {

using BodyFn =
    llvm::function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange)>;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// The accumulation type for elements of `type`: f32 for narrow floats, the
/// signless type otherwise.
Type accumulatorType(Type type) {
  if (auto floatType = dyn_cast<FloatType>(type))
    if (floatType.getWidth() < 32)
      return Float32Type::get(type.getContext());
  return toSignless(type);
}

/// `axis` (an I64Attr value, verified in [-rank, rank)) in [0, rank).
int64_t normalizedAxis(int64_t axis, int64_t rank) {
  return axis < 0 ? axis + rank : axis;
}

RankedTensorType tensorTypeOf(Value value) {
  return cast<RankedTensorType>(value.getType());
}

Value indexSize(OpBuilder &b, Location loc, Value tensor, int64_t d) {
  return getValueOrCreateConstantIndexOp(
      b, loc, tensor::getMixedSize(b, loc, tensor, d));
}

/// Dynamic sizes of `type` read from `source` (same rank, dims in order).
SmallVector<Value> dynamicSizesFrom(OpBuilder &b, Location loc,
                                    RankedTensorType type, Value source) {
  SmallVector<Value> sizes;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (type.isDynamicDim(d))
      sizes.push_back(tensor::DimOp::create(b, loc, source, d));
  return sizes;
}

/// `type` without the dims where `reduced` is set, with `element`.
RankedTensorType reducedType(RankedTensorType type, ArrayRef<bool> reduced,
                             Type element) {
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (!reduced[d])
      shape.push_back(type.getDimSize(d));
  return RankedTensorType::get(shape, element);
}

/// (d0, ..., dn-1) -> (the dims that are not reduced).
AffineMap reducedMap(MLIRContext *context, ArrayRef<bool> reduced) {
  SmallVector<AffineExpr> exprs;
  for (int64_t d = 0, e = reduced.size(); d < e; ++d)
    if (!reduced[d])
      exprs.push_back(getAffineDimExpr(d, context));
  return AffineMap::get(reduced.size(), 0, exprs, context);
}

/// A linalg.generic; `body` gets the block arguments and returns the yields.
SmallVector<Value> buildGeneric(OpBuilder &b, Location loc, ValueRange inputs,
                                ValueRange outputs, ArrayRef<AffineMap> maps,
                                ArrayRef<utils::IteratorType> iterators,
                                BodyFn body) {
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange(outputs), inputs, outputs, maps, iterators,
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        linalg::YieldOp::create(nb, nl, body(nb, nl, args));
      });
  return generic.getResults();
}

/// Reduces over the dims of `full` marked in `reduced`: inputs are `full`
/// plus `stats` (reduced-shape tensors read broadcast); one output per
/// scalar in `inits`, each a reduced-shape tensor filled with that scalar.
SmallVector<Value> buildReduction(OpBuilder &b, Location loc, Value full,
                                  ValueRange stats, ArrayRef<bool> reduced,
                                  ValueRange inits, BodyFn body) {
  auto fullType = tensorTypeOf(full);
  int64_t rank = fullType.getRank();
  MLIRContext *context = b.getContext();
  AffineMap statMap = reducedMap(context, reduced);
  SmallVector<Value> inputs{full};
  SmallVector<AffineMap> maps{b.getMultiDimIdentityMap(rank)};
  for (Value stat : stats) {
    inputs.push_back(stat);
    maps.push_back(statMap);
  }
  SmallVector<Value> outputs;
  for (Value init : inits) {
    auto type = reducedType(fullType, reduced, init.getType());
    SmallVector<Value> sizes;
    for (int64_t d = 0; d < rank; ++d)
      if (!reduced[d] && fullType.isDynamicDim(d))
        sizes.push_back(tensor::DimOp::create(b, loc, full, d));
    outputs.push_back(createFilled(b, loc, type, sizes, init));
    maps.push_back(statMap);
  }
  SmallVector<utils::IteratorType> iterators;
  for (bool r : reduced)
    iterators.push_back(r ? utils::IteratorType::reduction
                          : utils::IteratorType::parallel);
  return buildGeneric(b, loc, inputs, outputs, maps, iterators, body);
}

/// `value` (the reduced shape) with size-1 dims put back where `reduced`
/// is set, giving `type`.
Value expandReduced(OpBuilder &b, Location loc, Value value,
                    RankedTensorType type, ArrayRef<bool> reduced) {
  if (tensorTypeOf(value).getRank() == type.getRank())
    return value;
  SmallVector<ReassociationIndices> groups;
  if (tensorTypeOf(value).getRank() > 0) {
    ReassociationIndices current;
    bool hasKept = false;
    for (int64_t d = 0; d < type.getRank(); ++d) {
      if (!reduced[d] && hasKept) {
        groups.push_back(current);
        current.clear();
        hasKept = false;
      }
      current.push_back(d);
      hasKept |= !reduced[d];
    }
    groups.push_back(current);
  }
  return tensor::ExpandShapeOp::create(b, loc, type, value, groups);
}

/// Product of the sizes of the reduced dims of `tensor`, as an index.
Value reducedCount(OpBuilder &b, Location loc, Value tensor,
                   ArrayRef<bool> reduced) {
  Value count = arith::ConstantIndexOp::create(b, loc, 1);
  for (int64_t d = 0, e = reduced.size(); d < e; ++d)
    if (reduced[d])
      count =
          arith::MulIOp::create(b, loc, count, indexSize(b, loc, tensor, d));
  return count;
}

Value indexToFloat(OpBuilder &b, Location loc, Value index, Type floatType) {
  Value i64 = arith::IndexCastUIOp::create(b, loc, b.getI64Type(), index);
  return arith::UIToFPOp::create(b, loc, floatType, i64);
}

Value infinity(OpBuilder &b, Location loc, Type type, bool negative) {
  auto floatType = cast<FloatType>(type);
  return arith::ConstantOp::create(
      b, loc,
      b.getFloatAttr(floatType,
                     APFloat::getInf(floatType.getFloatSemantics(), negative)));
}

/// The lowest (or highest) value of a float or integer type, signedness
/// from `original`: the identity of max (or min).
Value extremum(OpBuilder &b, Location loc, Type original, Type type,
               bool highest) {
  if (isa<FloatType>(type))
    return infinity(b, loc, type, !highest);
  unsigned width = type.getIntOrFloatBitWidth();
  APInt value =
      isUnsigned(original)
          ? (highest ? APInt::getMaxValue(width) : APInt::getMinValue(width))
          : (highest ? APInt::getSignedMaxValue(width)
                     : APInt::getSignedMinValue(width));
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, value));
}

Value add(OpBuilder &b, Location loc, Value lhs, Value rhs) {
  if (isa<FloatType>(lhs.getType()))
    return arith::AddFOp::create(b, loc, lhs, rhs);
  return arith::AddIOp::create(b, loc, lhs, rhs);
}

Value mul(OpBuilder &b, Location loc, Value lhs, Value rhs) {
  if (isa<FloatType>(lhs.getType()))
    return arith::MulFOp::create(b, loc, lhs, rhs);
  return arith::MulIOp::create(b, loc, lhs, rhs);
}

Value maxOrMin(OpBuilder &b, Location loc, Value lhs, Value rhs, bool max,
               bool isUnsignedType) {
  if (isa<FloatType>(lhs.getType()))
    return max ? Value(arith::MaximumFOp::create(b, loc, lhs, rhs))
               : Value(arith::MinimumFOp::create(b, loc, lhs, rhs));
  if (isUnsignedType)
    return max ? Value(arith::MaxUIOp::create(b, loc, lhs, rhs))
               : Value(arith::MinUIOp::create(b, loc, lhs, rhs));
  return max ? Value(arith::MaxSIOp::create(b, loc, lhs, rhs))
             : Value(arith::MinSIOp::create(b, loc, lhs, rhs));
}

/// 0 where `m` is infinite, `m` otherwise: the shift for a stable exp-sum
/// (a row of -inf then sums exp(-inf) = 0 instead of exp(NaN)).
Value finiteShift(OpBuilder &b, Location loc, Value m) {
  Value isInf = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ,
                                      math::AbsFOp::create(b, loc, m),
                                      infinity(b, loc, m.getType(), false));
  return arith::SelectOp::create(b, loc, isInf,
                                 scalarConstant(b, loc, m.getType(), 0.0), m);
}

SmallVector<utils::IteratorType> parallel(int64_t rank) {
  return SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel);
}

//===----------------------------------------------------------------------===//
// Reduce
//===----------------------------------------------------------------------===//

/// plinth.reduce -> a reduction linalg.generic (log_sum_exp: max pass, then
/// sum of exp(x - max)), a parallel generic finishing mean / l2 / lse and
/// narrowing, and tensor.expand_shape for keep_dims. Empty axes: a parallel
/// generic (sum_square x*x, l2 |x|, others the identity).
struct LowerReduce : OpConversionPattern<ReduceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ReduceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Value input = adaptor.getInput();
    auto inputType = tensorTypeOf(input);
    Type original = op.getInput().getType().getElementType();
    if (failed(requireNumbers(op, original, rewriter)))
      return failure();
    Type element = toSignless(original);
    bool isUnsignedType = isUnsigned(original);
    int64_t rank = inputType.getRank();
    ReduceKind kind = op.getKind();
    bool isFloat = isa<FloatType>(element);

    if (op.getAxes().empty()) {
      Value init =
          createEmpty(rewriter, loc, resultType,
                      dynamicSizesFrom(rewriter, loc, resultType, input));
      SmallVector<AffineMap> maps(2, rewriter.getMultiDimIdentityMap(rank));
      Value result = buildGeneric(
          rewriter, loc, input, init, maps, parallel(rank),
          [&](OpBuilder &b, Location l, ValueRange args) -> SmallVector<Value> {
            Value x = args[0];
            if (kind == ReduceKind::SumSquare) {
              Value wide =
                  convertScalar(b, l, x, original, accumulatorType(element));
              x = convertScalar(b, l, mul(b, l, wide, wide), wide.getType(),
                                original);
            } else if (kind == ReduceKind::L2 && isFloat)
              x = math::AbsFOp::create(b, l, x);
            else if (kind == ReduceKind::L2 && !isUnsignedType)
              x = math::AbsIOp::create(b, l, x);
            return {x};
          })[0];
      rewriter.replaceOp(op, result);
      return success();
    }

    SmallVector<bool> reduced(rank, false);
    for (int64_t axis : op.getAxes())
      reduced[axis] = true;
    bool viaFloat =
        !isFloat && (kind == ReduceKind::L2 || kind == ReduceKind::LogSumExp);
    // Integer means accumulate in i64 (no overflow of narrow sums).
    Type acc = viaFloat ? Type(rewriter.getF64Type())
               : (!isFloat && kind == ReduceKind::Mean)
                   ? Type(rewriter.getI64Type())
                   : accumulatorType(element);
    auto widen = [&](OpBuilder &b, Location l, Value x) {
      return convertElement(b, l, x, original, acc);
    };

    // log_sum_exp: the max pass first.
    SmallVector<Value> stats;
    if (kind == ReduceKind::LogSumExp)
      stats.push_back(buildReduction(
          rewriter, loc, input, {}, reduced,
          {infinity(rewriter, loc, acc, /*negative=*/true)},
          [&](OpBuilder &b, Location l, ValueRange args) -> SmallVector<Value> {
            return {
                arith::MaximumFOp::create(b, l, widen(b, l, args[0]), args[1])};
          })[0]);

    Value init;
    switch (kind) {
    case ReduceKind::Max:
      init = extremum(rewriter, loc, original, acc, /*highest=*/false);
      break;
    case ReduceKind::Min:
      init = extremum(rewriter, loc, original, acc, /*highest=*/true);
      break;
    case ReduceKind::Prod:
      init = scalarConstant(rewriter, loc, acc, 1.0);
      break;
    default:
      init = scalarConstant(rewriter, loc, acc, 0.0);
    }
    Value reducedValue = buildReduction(
        rewriter, loc, input, stats, reduced, init,
        [&](OpBuilder &b, Location l, ValueRange args) -> SmallVector<Value> {
          Value x = widen(b, l, args[0]), accumulator = args.back();
          switch (kind) {
          case ReduceKind::Sum:
          case ReduceKind::Mean:
            return {add(b, l, accumulator, x)};
          case ReduceKind::SumSquare:
          case ReduceKind::L2:
            return {add(b, l, accumulator, mul(b, l, x, x))};
          case ReduceKind::Prod:
            return {mul(b, l, accumulator, x)};
          case ReduceKind::Max:
          case ReduceKind::Min:
            return {maxOrMin(b, l, accumulator, x, kind == ReduceKind::Max,
                             isUnsignedType)};
          case ReduceKind::LogSumExp: {
            Value shifted =
                arith::SubFOp::create(b, l, x, finiteShift(b, l, args[1]));
            return {add(b, l, accumulator, math::ExpOp::create(b, l, shifted))};
          }
          }
          llvm_unreachable("unknown reduce kind");
        })[0];

    // Finish mean / l2 / log_sum_exp and narrow to the element type.
    bool finish = kind == ReduceKind::Mean || kind == ReduceKind::L2 ||
                  kind == ReduceKind::LogSumExp || acc != element;
    if (finish) {
      Type i64 = rewriter.getI64Type();
      Value countFloat, countInt;
      if (kind == ReduceKind::Mean) {
        Value count = reducedCount(rewriter, loc, input, reduced);
        if (isa<FloatType>(acc))
          countFloat = indexToFloat(rewriter, loc, count, acc);
        else
          countInt = arith::IndexCastUIOp::create(rewriter, loc, i64, count);
      }
      auto type = tensorTypeOf(reducedValue).clone(element);
      Value out =
          createEmpty(rewriter, loc, type,
                      dynamicSizesFrom(rewriter, loc, type, reducedValue));
      SmallVector<Value> inputs{reducedValue};
      inputs.append(stats);
      int64_t outRank = type.getRank();
      SmallVector<AffineMap> maps(inputs.size() + 1,
                                  rewriter.getMultiDimIdentityMap(outRank));
      reducedValue = buildGeneric(
          rewriter, loc, inputs, out, maps, parallel(outRank),
          [&](OpBuilder &b, Location l, ValueRange args) -> SmallVector<Value> {
            Value v = args[0];
            if (kind == ReduceKind::Mean && isa<FloatType>(acc)) {
              v = arith::DivFOp::create(b, l, v, countFloat);
            } else if (kind == ReduceKind::Mean) {
              // Integer mean: the i64 quotient truncated toward zero; an
              // empty sum (0) divides by 1.
              Value n = arith::MaxUIOp::create(b, l, countInt,
                                               scalarConstant(b, l, i64, 1.0));
              Value q = isUnsignedType
                            ? Value(arith::DivUIOp::create(b, l, v, n))
                            : Value(arith::DivSIOp::create(b, l, v, n));
              return {convertScalar(b, l, q, i64, element)};
            } else if (kind == ReduceKind::L2) {
              v = math::SqrtOp::create(b, l, v);
            } else if (kind == ReduceKind::LogSumExp) {
              v = arith::AddFOp::create(b, l, math::LogOp::create(b, l, v),
                                        finiteShift(b, l, args[1]));
            }
            return {convertElement(b, l, v, acc, original)};
          })[0];
    }
    Value result =
        expandReduced(rewriter, loc, reducedValue, resultType, reduced);
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// ArgReduce
//===----------------------------------------------------------------------===//

/// Does `x` rank strictly before `y` (greater for `largest`, smaller
/// otherwise; with `orEqual`, ties too)? Ordered float compares: a NaN never
/// beats an earlier value (onnxruntime's ArgMax/ArgMin, which keep a leading
/// NaN and skip later ones).
Value ranksBefore(OpBuilder &b, Location loc, Value x, Value y, bool largest,
                  bool orEqual, bool isUnsignedType) {
  if (isa<FloatType>(x.getType())) {
    using P = arith::CmpFPredicate;
    P p = largest ? (orEqual ? P::OGE : P::OGT) : (orEqual ? P::OLE : P::OLT);
    return arith::CmpFOp::create(b, loc, p, x, y);
  }
  using P = arith::CmpIPredicate;
  P p = isUnsignedType ? (largest ? (orEqual ? P::uge : P::ugt)
                                  : (orEqual ? P::ule : P::ult))
                       : (largest ? (orEqual ? P::sge : P::sgt)
                                  : (orEqual ? P::sle : P::slt));
  return arith::CmpIOp::create(b, loc, p, x, y);
}

/// NaN-aware "x is greater than y" for topk: NaN is above +inf (onnxruntime
/// sorts NaN first for largest, last for smallest).
Value greaterNaNHigh(OpBuilder &b, Location loc, Value x, Value y,
                     bool isUnsignedType) {
  if (!isa<FloatType>(x.getType()))
    return ranksBefore(b, loc, x, y, true, false, isUnsignedType);
  using P = arith::CmpFPredicate;
  Value ordered = arith::CmpFOp::create(b, loc, P::OGT, x, y);
  Value xNaN = arith::CmpFOp::create(b, loc, P::UNO, x, x);
  Value yNumber = arith::CmpFOp::create(b, loc, P::ORD, y, y);
  return arith::OrIOp::create(b, loc, ordered,
                              arith::AndIOp::create(b, loc, xNaN, yNumber));
}

/// plinth.arg_reduce -> a reduction linalg.generic with two outputs (best
/// value, its i64 index; -1 until the first element), then expand_shape.
struct LowerArgReduce : OpConversionPattern<ArgReduceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ArgReduceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Value input = adaptor.getInput();
    int64_t rank = tensorTypeOf(input).getRank();
    int64_t axis = normalizedAxis(op.getAxis(), rank);
    Type original = op.getInput().getType().getElementType();
    if (failed(requireNumbers(op, original, rewriter)))
      return failure();
    bool isUnsignedType = isUnsigned(original) || original.isInteger(1);
    bool largest = op.getKind() == ArgReduceKind::ArgMax;
    bool last = op.getSelectLastIndex();
    SmallVector<bool> reduced(rank, false);
    reduced[axis] = true;
    Type element = toSignless(original);
    Value noIndex = scalarConstant(rewriter, loc, rewriter.getI64Type(), -1.0);
    SmallVector<Value> results = buildReduction(
        rewriter, loc, input, {}, reduced,
        {scalarConstant(rewriter, loc, element, 0.0), noIndex},
        [&](OpBuilder &b, Location l, ValueRange args) -> SmallVector<Value> {
          Value x = args[0], best = args[1], bestIndex = args[2];
          Value index = arith::IndexCastOp::create(
              b, l, b.getI64Type(), linalg::IndexOp::create(b, l, axis));
          Value none = arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq,
                                             bestIndex, noIndex);
          Value take = arith::OrIOp::create(
              b, l, none,
              ranksBefore(b, l, x, best, largest, last, isUnsignedType));
          return {arith::SelectOp::create(b, l, take, x, best),
                  arith::SelectOp::create(b, l, take, index, bestIndex)};
        });
    rewriter.replaceOp(
        op, expandReduced(rewriter, loc, results[1], resultType, reduced));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Softmax
//===----------------------------------------------------------------------===//

/// plinth.softmax -> max pass, sum-of-exp(x - max) pass, then a parallel
/// generic: exp(x - max) / sum, or x - max - log(sum) for log.
struct LowerSoftmax : OpConversionPattern<SoftmaxOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SoftmaxOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Value input = adaptor.getInput();
    int64_t rank = type.getRank();
    int64_t axis = normalizedAxis(op.getAxis(), rank);
    Type element = type.getElementType(), acc = accumulatorType(element);
    bool log = op.getLog();
    SmallVector<bool> reduced(rank, false);
    reduced[axis] = true;
    auto widen = [&](OpBuilder &b, Location l, Value x) {
      return convertScalar(b, l, x, element, acc);
    };
    Value max = buildReduction(
        rewriter, loc, input, {}, reduced, {infinity(rewriter, loc, acc, true)},
        [&](OpBuilder &b, Location l, ValueRange args) -> SmallVector<Value> {
          return {
              arith::MaximumFOp::create(b, l, widen(b, l, args[0]), args[1])};
        })[0];
    Value sum = buildReduction(
        rewriter, loc, input, max, reduced,
        {scalarConstant(rewriter, loc, acc, 0.0)},
        [&](OpBuilder &b, Location l, ValueRange args) -> SmallVector<Value> {
          Value shifted =
              arith::SubFOp::create(b, l, widen(b, l, args[0]), args[1]);
          return {arith::AddFOp::create(b, l, args[2],
                                        math::ExpOp::create(b, l, shifted))};
        })[0];
    Value init = createEmpty(rewriter, loc, type,
                             dynamicSizesFrom(rewriter, loc, type, input));
    AffineMap identity = rewriter.getMultiDimIdentityMap(rank);
    AffineMap statMap = reducedMap(rewriter.getContext(), reduced);
    Value result = buildGeneric(
        rewriter, loc, {input, max, sum}, init,
        {identity, statMap, statMap, identity}, parallel(rank),
        [&](OpBuilder &b, Location l, ValueRange args) -> SmallVector<Value> {
          Value shifted =
              arith::SubFOp::create(b, l, widen(b, l, args[0]), args[1]);
          Value y =
              log ? Value(arith::SubFOp::create(
                        b, l, shifted, math::LogOp::create(b, l, args[2])))
                  : Value(arith::DivFOp::create(
                        b, l, math::ExpOp::create(b, l, shifted), args[2]));
          return {convertScalar(b, l, y, acc, element)};
        })[0];
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Normalizations
//===----------------------------------------------------------------------===//

/// Per-row statistics of a normalization over the `reduced` dims of
/// `input`, in `acc`, as reduced-shape tensors: the mean (when `centered`)
/// and 1 / sqrt(mean((x - mean)^2) + epsilon) (rms norm: of mean(x^2)).
/// Centered moments take two passes (sum, then squared deviations) for
/// accuracy; small parallel generics over the reduced shape turn sums into
/// mean and inverse deviation, so the normalizing pass does no division.
struct RowStats {
  Value mean, inverse;
};

/// A parallel generic over the reduced-shape tensor `stat`.
Value mapStat(OpBuilder &b, Location loc, Value stat,
              llvm::function_ref<Value(OpBuilder &, Location, Value)> fn) {
  auto type = tensorTypeOf(stat);
  int64_t rank = type.getRank();
  Value init = createEmpty(b, loc, type, dynamicSizesFrom(b, loc, type, stat));
  SmallVector<AffineMap> maps(2, b.getMultiDimIdentityMap(rank));
  return buildGeneric(
      b, loc, stat, init, maps, parallel(rank),
      [&](OpBuilder &nb, Location l, ValueRange args) -> SmallVector<Value> {
        return {fn(nb, l, args[0])};
      })[0];
}

RowStats computeRowStats(OpBuilder &b, Location loc, Value input,
                         ArrayRef<bool> reduced, Type element, Type acc,
                         double epsilon, bool centered) {
  RowStats stats;
  Value count = indexToFloat(b, loc, reducedCount(b, loc, input, reduced), acc);
  Value zero = scalarConstant(b, loc, acc, 0.0);
  auto widen = [&](OpBuilder &nb, Location l, Value x) {
    return convertScalar(nb, l, x, element, acc);
  };
  SmallVector<Value> meanInput;
  if (centered) {
    Value sum = buildReduction(
        b, loc, input, {}, reduced, zero,
        [&](OpBuilder &nb, Location l, ValueRange args) -> SmallVector<Value> {
          return {arith::AddFOp::create(nb, l, args[1], widen(nb, l, args[0]))};
        })[0];
    stats.mean =
        mapStat(b, loc, sum, [&](OpBuilder &nb, Location l, Value v) -> Value {
          return arith::DivFOp::create(nb, l, v, count);
        });
    meanInput.push_back(stats.mean);
  }
  Value squares = buildReduction(
      b, loc, input, meanInput, reduced, zero,
      [&](OpBuilder &nb, Location l, ValueRange args) -> SmallVector<Value> {
        Value d = widen(nb, l, args[0]);
        if (centered)
          d = arith::SubFOp::create(nb, l, d, args[1]);
        return {arith::AddFOp::create(nb, l, args.back(),
                                      arith::MulFOp::create(nb, l, d, d))};
      })[0];
  stats.inverse = mapStat(
      b, loc, squares, [&](OpBuilder &nb, Location l, Value v) -> Value {
        Value variance = arith::DivFOp::create(nb, l, v, count);
        Value shifted = arith::AddFOp::create(
            nb, l, variance, scalarConstant(nb, l, acc, epsilon));
        return arith::DivFOp::create(nb, l, scalarConstant(nb, l, acc, 1.0),
                                     math::SqrtOp::create(nb, l, shifted));
      });
  return stats;
}

/// plinth.layer_norm / plinth.rms_norm -> per-row statistics over dims
/// axis..rank-1 in f32 (computeRowStats), then a parallel generic
/// (x - mean) * inverse * scale (+ bias), parameters broadcast onto the
/// trailing dims.
template <typename NormOp>
struct LowerLastDimsNorm : OpConversionPattern<NormOp> {
  using OpConversionPattern<NormOp>::OpConversionPattern;
  using OpAdaptor = typename NormOp::Adaptor;
  LogicalResult
  matchAndRewrite(NormOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    constexpr bool isLayerNorm = std::is_same_v<NormOp, LayerNormOp>;
    Location loc = op.getLoc();
    auto type = cast<RankedTensorType>(
        this->getTypeConverter()->convertType(op.getType()));
    Value input = adaptor.getInput();
    int64_t rank = type.getRank();
    int64_t axis = normalizedAxis(op.getAxis(), rank);
    Type element = type.getElementType(), acc = accumulatorType(element);
    double epsilon = op.getEpsilon().convertToDouble();
    SmallVector<bool> reduced(rank, false);
    for (int64_t d = axis; d < rank; ++d)
      reduced[d] = true;

    RowStats stats = computeRowStats(rewriter, loc, input, reduced, element,
                                     acc, epsilon, /*centered=*/isLayerNorm);

    // Parameters broadcast onto the input's shape, checked at run time.
    SmallVector<OpFoldResult> sizes =
        tensor::getMixedSizes(rewriter, loc, input);
    SmallVector<Value> params{adaptor.getScale()};
    if constexpr (isLayerNorm)
      if (adaptor.getBias())
        params.push_back(adaptor.getBias());
    MLIRContext *context = rewriter.getContext();
    AffineMap identity = rewriter.getMultiDimIdentityMap(rank);
    AffineMap statMap = reducedMap(context, reduced);
    SmallVector<Value> inputs{input};
    SmallVector<AffineMap> maps{identity};
    if (stats.mean) {
      inputs.push_back(stats.mean);
      maps.push_back(statMap);
    }
    inputs.push_back(stats.inverse);
    maps.push_back(statMap);
    for (Value param : params) {
      Value conformed = conformToSizes(rewriter, loc, param, sizes);
      inputs.push_back(conformed);
      maps.push_back(broadcastMap(context, tensorTypeOf(conformed), rank));
    }
    maps.push_back(identity);
    Value init = createEmpty(rewriter, loc, type,
                             dynamicSizesFrom(rewriter, loc, type, input));
    bool centered = bool(stats.mean);
    Value result = buildGeneric(
        rewriter, loc, inputs, init, maps, parallel(rank),
        [&](OpBuilder &b, Location l, ValueRange args) -> SmallVector<Value> {
          auto widen = [&](Value v) {
            return convertScalar(b, l, v, element, acc);
          };
          unsigned next = 1;
          Value x = widen(args[0]);
          if (centered)
            x = arith::SubFOp::create(b, l, x, args[next++]);
          Value inv = args[next++];
          Value y = arith::MulFOp::create(
              b, l, arith::MulFOp::create(b, l, x, inv), widen(args[next++]));
          if (next + 1 < args.size())
            y = arith::AddFOp::create(b, l, y, widen(args[next++]));
          return {convertScalar(b, l, y, acc, element)};
        })[0];
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// plinth.group_norm -> tensor.expand_shape N x C x ... into N x G x C/G x
/// ..., statistics over dims 2.. per (n, g), a parallel generic with the
/// per-channel scale and bias (expanded to G x C/G), collapse_shape back.
/// A dynamic C that G does not divide at run time drops the remainder
/// channels (ONNX requires divisibility; nothing is read out of bounds).
struct LowerGroupNorm : OpConversionPattern<GroupNormOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(GroupNormOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Value input = adaptor.getInput();
    int64_t rank = type.getRank(), groups = op.getNumGroups();
    Type element = type.getElementType(), acc = accumulatorType(element);
    double epsilon = op.getEpsilon().convertToDouble();

    // N x C x S... -> N x G x C/G x S...
    int64_t channels = type.getDimSize(1);
    OpFoldResult channelSize = tensor::getMixedSize(rewriter, loc, input, 1);
    OpFoldResult perGroup =
        ShapedType::isDynamic(channels)
            ? OpFoldResult(arith::DivUIOp::create(
                  rewriter, loc, cast<Value>(channelSize),
                  arith::ConstantIndexOp::create(rewriter, loc, groups)))
            : OpFoldResult(rewriter.getIndexAttr(channels / groups));
    SmallVector<int64_t> shape{type.getDimSize(0), groups,
                               ShapedType::isDynamic(channels)
                                   ? ShapedType::kDynamic
                                   : channels / groups};
    SmallVector<OpFoldResult> outputShape{
        tensor::getMixedSize(rewriter, loc, input, 0),
        rewriter.getIndexAttr(groups), perGroup};
    SmallVector<ReassociationIndices> reassociation{{0}, {1, 2}};
    for (int64_t d = 2; d < rank; ++d) {
      shape.push_back(type.getDimSize(d));
      outputShape.push_back(tensor::getMixedSize(rewriter, loc, input, d));
      reassociation.push_back({d + 1});
    }
    auto expandedType = RankedTensorType::get(shape, element);
    Value expanded = tensor::ExpandShapeOp::create(
        rewriter, loc, expandedType, input, reassociation, outputShape);

    int64_t expandedRank = rank + 1;
    SmallVector<bool> reduced(expandedRank, true);
    reduced[0] = reduced[1] = false;
    RowStats stats = computeRowStats(rewriter, loc, expanded, reduced, element,
                                     acc, epsilon, /*centered=*/true);

    // Scale and bias: C (checked against the input at run time) -> G x C/G.
    SmallVector<Value> params;
    for (Value param : {adaptor.getScale(), adaptor.getBias()}) {
      Value conformed = conformToSizes(rewriter, loc, param, {channelSize});
      auto paramType = RankedTensorType::get({groups, shape[2]}, element);
      auto flatType = RankedTensorType::get({channels}, element);
      if (tensorTypeOf(conformed) != flatType)
        conformed = tensor::CastOp::create(rewriter, loc, flatType, conformed);
      SmallVector<ReassociationIndices> all{{0, 1}};
      SmallVector<OpFoldResult> paramShape{rewriter.getIndexAttr(groups),
                                           perGroup};
      params.push_back(tensor::ExpandShapeOp::create(
          rewriter, loc, paramType, conformed, all, paramShape));
    }

    MLIRContext *context = rewriter.getContext();
    AffineMap identity = rewriter.getMultiDimIdentityMap(expandedRank);
    AffineMap statMap = reducedMap(context, reduced);
    AffineMap paramMap = AffineMap::get(
        expandedRank, 0,
        {getAffineDimExpr(1, context), getAffineDimExpr(2, context)}, context);
    SmallVector<Value> dynamicSizes;
    for (int64_t d = 0; d < expandedRank; ++d)
      if (expandedType.isDynamicDim(d))
        dynamicSizes.push_back(
            getValueOrCreateConstantIndexOp(rewriter, loc, outputShape[d]));
    Value init = createEmpty(rewriter, loc, expandedType, dynamicSizes);
    Value normalized = buildGeneric(
        rewriter, loc,
        {expanded, stats.mean, stats.inverse, params[0], params[1]}, init,
        {identity, statMap, statMap, paramMap, paramMap, identity},
        parallel(expandedRank),
        [&](OpBuilder &b, Location l, ValueRange args) -> SmallVector<Value> {
          auto widen = [&](Value v) {
            return convertScalar(b, l, v, element, acc);
          };
          Value x = arith::SubFOp::create(b, l, widen(args[0]), args[1]);
          Value y = arith::MulFOp::create(
              b, l, arith::MulFOp::create(b, l, x, args[2]), widen(args[3]));
          y = arith::AddFOp::create(b, l, y, widen(args[4]));
          return {convertScalar(b, l, y, acc, element)};
        })[0];
    Value result = tensor::CollapseShapeOp::create(rewriter, loc, type,
                                                   normalized, reassociation);
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// CumSum
//===----------------------------------------------------------------------===//

/// plinth.cumsum -> scf.for over the axis carrying the running sum (or
/// product, with `product`) as a slice of size 1 on the axis, in the
/// accumulation type: each step combines it with the input slice in a
/// parallel generic and inserts the result (the value before the step for
/// exclusive) at the step's index (counting down for reverse).
struct LowerCumSum : OpConversionPattern<CumSumOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(CumSumOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Value input = adaptor.getInput();
    int64_t rank = type.getRank();
    int64_t axis = normalizedAxis(op.getAxis(), rank);
    Type original = op.getType().getElementType();
    if (failed(requireNumbers(op, original, rewriter)))
      return failure();
    Type element = type.getElementType(), acc = accumulatorType(element);
    bool exclusive = op.getExclusive(), reverse = op.getReverse();
    bool product = op.getProduct();

    SmallVector<int64_t> sliceShape(type.getShape());
    sliceShape[axis] = 1;
    auto sliceType = RankedTensorType::get(sliceShape, element);
    auto accType = sliceType.clone(acc);
    SmallVector<Value> sliceSizes =
        dynamicSizesFrom(rewriter, loc, sliceType, input);
    Value running =
        createFilled(rewriter, loc, accType, sliceSizes,
                     scalarConstant(rewriter, loc, acc, product ? 1.0 : 0.0));
    Value out = createEmpty(rewriter, loc, type,
                            dynamicSizesFrom(rewriter, loc, type, input));
    Value length = indexSize(rewriter, loc, input, axis);
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
    SmallVector<OpFoldResult> sizes =
        tensor::getMixedSizes(rewriter, loc, input);
    sizes[axis] = rewriter.getIndexAttr(1);
    SmallVector<OpFoldResult> strides(rank, rewriter.getIndexAttr(1));
    AffineMap identity = rewriter.getMultiDimIdentityMap(rank);

    auto loop = scf::ForOp::create(
        rewriter, loc, zero, length, one, ValueRange{out, running},
        [&](OpBuilder &b, Location l, Value i, ValueRange iterArgs) {
          Value index = i;
          if (reverse)
            index = arith::SubIOp::create(
                b, l, arith::SubIOp::create(b, l, length, one), i);
          SmallVector<OpFoldResult> offsets(rank, b.getIndexAttr(0));
          offsets[axis] = index;
          Value slice = tensor::ExtractSliceOp::create(b, l, sliceType, input,
                                                       offsets, sizes, strides);
          Value before = iterArgs[1];
          auto toElement = [&](Value sum) -> Value {
            if (acc == element)
              return sum;
            Value init = createEmpty(b, l, sliceType,
                                     dynamicSizesFrom(b, l, sliceType, sum));
            return buildGeneric(
                b, l, sum, init, {identity, identity}, parallel(rank),
                [&](OpBuilder &nb, Location nl,
                    ValueRange args) -> SmallVector<Value> {
                  return {convertScalar(nb, nl, args[0], acc, element)};
                })[0];
          };
          auto insert = [&](Value sum) -> Value {
            return tensor::InsertSliceOp::create(
                b, l, toElement(sum), iterArgs[0], offsets, sizes, strides);
          };
          // Exclusive: write the running sum before this step adds to it
          // (in place, so the write comes first).
          Value updated = exclusive ? insert(before) : Value();
          Value after = buildGeneric(
              b, l, slice, before, {identity, identity}, parallel(rank),
              [&](OpBuilder &nb, Location nl,
                  ValueRange args) -> SmallVector<Value> {
                Value next = convertScalar(nb, nl, args[0], original, acc);
                return {product ? mul(nb, nl, args[1], next)
                                : add(nb, nl, args[1], next)};
              })[0];
          if (!exclusive)
            updated = insert(after);
          scf::YieldOp::create(b, l, ValueRange{updated, after});
        });
    rewriter.replaceOp(op, loop.getResult(0));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// TopK
//===----------------------------------------------------------------------===//

/// Total order of topk: by value (NaN above +inf), ties by lower index
/// first. Does (xv, xi) come before (yv, yi)?
Value topkBefore(OpBuilder &b, Location loc, Value xv, Value xi, Value yv,
                 Value yi, bool largest, bool isUnsignedType) {
  Value better = greaterNaNHigh(b, loc, largest ? xv : yv, largest ? yv : xv,
                                isUnsignedType);
  Value worse = greaterNaNHigh(b, loc, largest ? yv : xv, largest ? xv : yv,
                               isUnsignedType);
  Value yes = arith::ConstantOp::create(b, loc, b.getBoolAttr(true));
  Value tie = arith::AndIOp::create(
      b, loc, arith::XOrIOp::create(b, loc, worse, yes),
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, xi, yi));
  return arith::OrIOp::create(b, loc, better, tie);
}

/// plinth.topk -> scf.for over the k outputs; step j is a reduction generic
/// along the axis picking the first element (in topk order) after the one
/// step j-1 picked, inserted at position j. O(k n), correct for ties and
/// NaN; the output is always sorted. If k exceeds the run-time axis size the
/// missing entries get index -1 and value 0 (nothing is read out of bounds).
struct LowerTopK : OpConversionPattern<TopKOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(TopKOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto valuesType = cast<RankedTensorType>(
        getTypeConverter()->convertType(op.getValues().getType()));
    auto indicesType = cast<RankedTensorType>(
        getTypeConverter()->convertType(op.getIndices().getType()));
    Value input = adaptor.getInput();
    int64_t rank = valuesType.getRank();
    int64_t axis = normalizedAxis(op.getAxis(), rank);
    Type original = op.getInput().getType().getElementType();
    if (failed(requireNumbers(op, original, rewriter)))
      return failure();
    Type element = valuesType.getElementType();
    bool isUnsignedType = isUnsigned(original) || original.isInteger(1);
    bool largest = op.getLargest();
    Type i64 = rewriter.getI64Type();
    SmallVector<bool> reduced(rank, false);
    reduced[axis] = true;

    SmallVector<Value> outSizes =
        dynamicSizesFrom(rewriter, loc, valuesType, input);
    Value zeroValue = scalarConstant(rewriter, loc, element, 0.0);
    Value noIndex = scalarConstant(rewriter, loc, i64, -1.0);
    // Filled, so that no step reads an unwritten element.
    Value values = createFilled(rewriter, loc, valuesType, outSizes, zeroValue);
    Value indices = createFilled(rewriter, loc, indicesType, outSizes, noIndex);
    SmallVector<OpFoldResult> sizes =
        tensor::getMixedSizes(rewriter, loc, input);
    sizes[axis] = rewriter.getIndexAttr(1);
    SmallVector<OpFoldResult> strides(rank, rewriter.getIndexAttr(1));
    auto statType = reducedType(valuesType, reduced, element);
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
    Value k = arith::ConstantIndexOp::create(rewriter, loc, op.getK());
    Value yes =
        arith::ConstantOp::create(rewriter, loc, rewriter.getBoolAttr(true));
    // The loop only updates its outputs in place (insert_slice); step j
    // reads the previous pick back from position j - 1 (step 0 ignores it).
    auto loop = scf::ForOp::create(
        rewriter, loc, zero, k, one, ValueRange{values, indices},
        [&](OpBuilder &b, Location l, Value j, ValueRange iterArgs) {
          Value first =
              arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq, j, zero);
          SmallVector<OpFoldResult> previousOffsets(rank, b.getIndexAttr(0));
          previousOffsets[axis] = OpFoldResult(arith::SelectOp::create(
              b, l, first, zero, arith::SubIOp::create(b, l, j, one)));
          Value previous = tensor::ExtractSliceOp::create(
              b, l, statType, iterArgs[0], previousOffsets, sizes, strides);
          Value previousIndex = tensor::ExtractSliceOp::create(
              b, l, statType.clone(i64), iterArgs[1], previousOffsets, sizes,
              strides);
          SmallVector<Value> best = buildReduction(
              b, l, input, {previous, previousIndex}, reduced,
              {zeroValue, noIndex},
              [&](OpBuilder &nb, Location nl,
                  ValueRange args) -> SmallVector<Value> {
                Value x = args[0], pv = args[1], pi = args[2], bv = args[3],
                      bi = args[4];
                Value i = arith::IndexCastOp::create(
                    nb, nl, i64, linalg::IndexOp::create(nb, nl, axis));
                auto isNone = [&](Value index) -> Value {
                  return arith::CmpIOp::create(nb, nl, arith::CmpIPredicate::eq,
                                               index, noIndex);
                };
                // Candidates come after the previous pick (none once the
                // axis is exhausted); at step 0, all are.
                Value after = arith::AndIOp::create(
                    nb, nl, arith::XOrIOp::create(nb, nl, isNone(pi), yes),
                    topkBefore(nb, nl, pv, pi, x, i, largest, isUnsignedType));
                Value eligible =
                    arith::SelectOp::create(nb, nl, first, yes, after);
                Value wins = arith::OrIOp::create(
                    nb, nl, isNone(bi),
                    topkBefore(nb, nl, x, i, bv, bi, largest, isUnsignedType));
                Value take = arith::AndIOp::create(nb, nl, eligible, wins);
                return {arith::SelectOp::create(nb, nl, take, x, bv),
                        arith::SelectOp::create(nb, nl, take, i, bi)};
              });
          SmallVector<OpFoldResult> offsets(rank, b.getIndexAttr(0));
          offsets[axis] = j;
          Value newValues = tensor::InsertSliceOp::create(
              b, l, best[0], iterArgs[0], offsets, sizes, strides);
          Value newIndices = tensor::InsertSliceOp::create(
              b, l, best[1], iterArgs[1], offsets, sizes, strides);
          scf::YieldOp::create(b, l, ValueRange{newValues, newIndices});
        });
    rewriter.replaceOp(op, {loop.getResult(0), loop.getResult(1)});
    return success();
  }
};

} // namespace

void populateReductionLoweringPatterns(const TypeConverter &converter,
                                       RewritePatternSet &patterns) {
  patterns.add<LowerReduce, LowerArgReduce, LowerSoftmax,
               LowerLastDimsNorm<LayerNormOp>, LowerLastDimsNorm<RMSNormOp>,
               LowerGroupNorm, LowerCumSum, LowerTopK>(converter,
                                                       patterns.getContext());
}

} // namespace mlir::plinth
