//===- LoweringUtils.cpp - Helpers shared by the plinth lowerings ---------===//

#include "passes/Conversion/PlinthToLinalg/LoweringUtils.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Utils/StructuredOpsUtils.h"
#include "mlir/IR/AffineMap.h"

namespace mlir::plinth::lowering {

SmallVector<Value> broadcastDynamicSizes(OpBuilder &b, Location loc,
                                         RankedTensorType type,
                                         ValueRange sources) {
  SmallVector<Value> sizes;
  int64_t rank = type.getRank();
  for (int64_t d = 0; d < rank; ++d) {
    if (!type.isDynamicDim(d))
      continue;
    Value size;
    for (Value source : sources) {
      auto sourceType = cast<RankedTensorType>(source.getType());
      int64_t aligned = d - (rank - sourceType.getRank());
      if (aligned < 0 || sourceType.getDimSize(aligned) == 1)
        continue;
      size = tensor::DimOp::create(b, loc, source, aligned);
      break;
    }
    // Every source has a static 1 there: the dim is 1.
    if (!size)
      size = arith::ConstantIndexOp::create(b, loc, 1);
    sizes.push_back(size);
  }
  return sizes;
}

Value createEmpty(OpBuilder &b, Location loc, RankedTensorType type,
                  ValueRange dynamicSizes) {
  return tensor::EmptyOp::create(b, loc, type.getShape(), type.getElementType(),
                                 dynamicSizes);
}

AffineMap broadcastMap(MLIRContext *context, RankedTensorType operandType,
                       int64_t resultRank) {
  SmallVector<AffineExpr> exprs;
  int64_t offset = resultRank - operandType.getRank();
  for (int64_t d = 0; d < operandType.getRank(); ++d) {
    if (operandType.getDimSize(d) == 1)
      exprs.push_back(getAffineConstantExpr(0, context));
    else
      exprs.push_back(getAffineDimExpr(d + offset, context));
  }
  return AffineMap::get(resultRank, 0, exprs, context);
}

/// Sizes of the numpy broadcast of `operands` as `resultType` has them:
/// static dims as attributes, dynamic ones computed at run time (a dim is
/// the first aligned operand size that is not 1, or 1).
SmallVector<OpFoldResult> runtimeBroadcastSizes(OpBuilder &b, Location loc,
                                                RankedTensorType resultType,
                                                ValueRange operands) {
  int64_t rank = resultType.getRank();
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < rank; ++d) {
    if (!resultType.isDynamicDim(d)) {
      sizes.push_back(b.getIndexAttr(resultType.getDimSize(d)));
      continue;
    }
    Value acc;
    for (Value operand : operands) {
      auto type = cast<RankedTensorType>(operand.getType());
      int64_t aligned = d - (rank - type.getRank());
      if (aligned < 0 || type.getDimSize(aligned) == 1)
        continue;
      Value size = tensor::DimOp::create(b, loc, operand, aligned);
      if (!acc) {
        acc = size;
        continue;
      }
      Value one = arith::ConstantIndexOp::create(b, loc, 1);
      Value isOne =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, acc, one);
      acc = arith::SelectOp::create(b, loc, isOne, size, acc);
    }
    sizes.push_back(acc ? OpFoldResult(acc) : OpFoldResult(b.getIndexAttr(1)));
  }
  return sizes;
}

/// Is `size` known to be dim `d` of `operand`?
static bool isDimOf(OpFoldResult size, Value operand, int64_t d,
                    int64_t staticSize) {
  if (std::optional<int64_t> known = getConstantIntValue(size))
    return !ShapedType::isDynamic(staticSize) && *known == staticSize;
  auto dim = cast<Value>(size).getDefiningOp<tensor::DimOp>();
  if (!dim || dim.getSource() != operand)
    return false;
  std::optional<int64_t> index = getConstantIntValue(dim.getIndex());
  return index && *index == d;
}

/// `operand` (aligned right onto `sizes`) with every dim that is not a
/// static 1 equal to its target size at run time. Dims that may differ are
/// checked; on a mismatch the operand is copied at the target size reading
/// index min(i, dim - 1) (a size-1 dim broadcasts; a bad size stays in
/// bounds), or zeros if it is empty. The type gets `?` for checked dims.
Value conformToSizes(OpBuilder &b, Location loc, Value operand,
                     ArrayRef<OpFoldResult> sizes) {
  auto type = cast<RankedTensorType>(operand.getType());
  int64_t rank = type.getRank(), offset = int64_t(sizes.size()) - rank;
  SmallVector<int64_t> checked;
  for (int64_t k = 0; k < rank; ++k) {
    int64_t size = type.getDimSize(k);
    if (size == 1 || isDimOf(sizes[k + offset], operand, k, size))
      continue;
    checked.push_back(k);
  }
  if (checked.empty())
    return operand;

  SmallVector<int64_t> shape(type.getShape());
  for (int64_t k : checked)
    shape[k] = ShapedType::kDynamic;
  auto conformedType = RankedTensorType::get(shape, type.getElementType());

  Value mismatch, empty;
  auto orInto = [&](Value &acc, Value bit) {
    acc = acc ? Value(arith::OrIOp::create(b, loc, acc, bit)) : bit;
  };
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  SmallVector<Value> dims(rank), targets(rank);
  for (int64_t k = 0; k < rank; ++k)
    if (conformedType.isDynamicDim(k))
      dims[k] = getValueOrCreateConstantIndexOp(
          b, loc, tensor::getMixedSize(b, loc, operand, k));
  for (int64_t k : checked) {
    targets[k] = getValueOrCreateConstantIndexOp(b, loc, sizes[k + offset]);
    Value ne = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, dims[k],
                                     targets[k]);
    orInto(mismatch, ne);
    orInto(empty, arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                        dims[k], zero));
  }
  SmallVector<Value> dynamicSizes;
  for (int64_t k = 0; k < rank; ++k)
    if (conformedType.isDynamicDim(k))
      dynamicSizes.push_back(targets[k] ? targets[k] : dims[k]);

  auto ifOp = scf::IfOp::create(
      b, loc, mismatch,
      [&](OpBuilder &tb, Location tl) {
        auto inner = scf::IfOp::create(
            tb, tl, empty,
            [&](OpBuilder &eb, Location el) {
              Value zeroElt =
                  scalarConstant(eb, el, type.getElementType(), 0.0);
              Value filled =
                  createFilled(eb, el, conformedType, dynamicSizes, zeroElt);
              scf::YieldOp::create(eb, el, filled);
            },
            [&](OpBuilder &cb, Location cl) {
              Value init = createEmpty(cb, cl, conformedType, dynamicSizes);
              SmallVector<AffineMap> maps{cb.getMultiDimIdentityMap(rank)};
              SmallVector<utils::IteratorType> iterators(
                  rank, utils::IteratorType::parallel);
              auto copy = linalg::GenericOp::create(
                  cb, cl, conformedType, ValueRange(), init, maps, iterators,
                  [&](OpBuilder &nb, Location nl, ValueRange) {
                    SmallVector<Value> indices;
                    Value one = arith::ConstantIndexOp::create(nb, nl, 1);
                    for (int64_t k = 0; k < rank; ++k) {
                      Value index = linalg::IndexOp::create(nb, nl, k);
                      if (targets[k]) {
                        Value last =
                            arith::SubIOp::create(nb, nl, dims[k], one);
                        index = arith::MinUIOp::create(nb, nl, index, last);
                      }
                      indices.push_back(index);
                    }
                    Value element =
                        tensor::ExtractOp::create(nb, nl, operand, indices);
                    linalg::YieldOp::create(nb, nl, element);
                  });
              scf::YieldOp::create(cb, cl, copy.getResult(0));
            });
        scf::YieldOp::create(tb, tl, inner.getResult(0));
      },
      [&](OpBuilder &eb, Location el) {
        Value same = operand;
        if (type != conformedType)
          same = tensor::CastOp::create(eb, el, conformedType, operand);
        scf::YieldOp::create(eb, el, same);
      });
  return ifOp.getResult(0);
}

Value buildElementwise(OpBuilder &b, Location loc, RankedTensorType resultType,
                       ValueRange operands, ScalarBodyBuilder body) {
  int64_t rank = resultType.getRank();
  SmallVector<OpFoldResult> sizes =
      runtimeBroadcastSizes(b, loc, resultType, operands);
  SmallVector<Value> conformed;
  for (Value operand : operands)
    conformed.push_back(conformToSizes(b, loc, operand, sizes));
  SmallVector<Value> dynamicSizes;
  for (int64_t d = 0; d < rank; ++d)
    if (resultType.isDynamicDim(d))
      dynamicSizes.push_back(getValueOrCreateConstantIndexOp(b, loc, sizes[d]));
  Value init = createEmpty(b, loc, resultType, dynamicSizes);
  SmallVector<AffineMap> maps;
  for (Value operand : conformed)
    maps.push_back(broadcastMap(
        b.getContext(), cast<RankedTensorType>(operand.getType()), rank));
  maps.push_back(b.getMultiDimIdentityMap(rank));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, resultType, conformed, init, maps, iterators,
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value result = body(nested, nestedLoc, args.drop_back());
        linalg::YieldOp::create(nested, nestedLoc, result);
      });
  return generic.getResult(0);
}

Value scalarConstant(OpBuilder &b, Location loc, Type type, double value) {
  if (auto floatType = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(floatType, value));
  if (type.isInteger(1))
    return arith::ConstantOp::create(b, loc, b.getBoolAttr(value != 0.0));
  if (type.isIndex())
    return arith::ConstantIndexOp::create(b, loc, int64_t(value));
  auto intType = IntegerType::get(b.getContext(), type.getIntOrFloatBitWidth());
  return arith::ConstantOp::create(b, loc,
                                   b.getIntegerAttr(intType, int64_t(value)));
}

Value createFilled(OpBuilder &b, Location loc, RankedTensorType type,
                   ValueRange dynamicSizes, Value value) {
  Value empty = createEmpty(b, loc, type, dynamicSizes);
  return linalg::FillOp::create(b, loc, value, empty).getResult(0);
}

Value convertScalar(OpBuilder &b, Location loc, Value value, Type source,
                    Type target) {
  if (source == target)
    return value;
  Type signlessTarget = toSignless(target);
  bool sourceFloat = isa<FloatType>(source), targetFloat = isa<FloatType>(target);
  if (sourceFloat && targetFloat) {
    if (source.getIntOrFloatBitWidth() < target.getIntOrFloatBitWidth())
      return arith::ExtFOp::create(b, loc, target, value);
    if (source.getIntOrFloatBitWidth() > target.getIntOrFloatBitWidth())
      return arith::TruncFOp::create(b, loc, target, value);
    // f16 <-> bf16: go through f32.
    Value wide = arith::ExtFOp::create(b, loc, b.getF32Type(), value);
    return arith::TruncFOp::create(b, loc, target, wide);
  }
  if (target.isInteger(1)) {
    Value zero = scalarConstant(b, loc, toSignless(source), 0.0);
    if (sourceFloat)
      return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNE, value, zero);
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, value, zero);
  }
  if (sourceFloat) {
    if (isUnsigned(target))
      return arith::FPToUIOp::create(b, loc, signlessTarget, value);
    return arith::FPToSIOp::create(b, loc, signlessTarget, value);
  }
  // Integer (or i1) source.
  bool sourceUnsigned = isUnsigned(source) || source.isInteger(1);
  if (targetFloat) {
    if (sourceUnsigned)
      return arith::UIToFPOp::create(b, loc, target, value);
    return arith::SIToFPOp::create(b, loc, target, value);
  }
  unsigned from = source.getIntOrFloatBitWidth(), to = target.getIntOrFloatBitWidth();
  if (from == to)
    return value;
  if (from > to)
    return arith::TruncIOp::create(b, loc, signlessTarget, value);
  if (sourceUnsigned)
    return arith::ExtUIOp::create(b, loc, signlessTarget, value);
  return arith::ExtSIOp::create(b, loc, signlessTarget, value);
}

Type toSignless(Type type) {
  if (isByteStorageType(type))
    return IntegerType::get(type.getContext(), 8);
  if (auto intType = dyn_cast<IntegerType>(type))
    if (!intType.isSignless())
      return IntegerType::get(type.getContext(), intType.getWidth());
  return type;
}

RankedTensorType toSignless(RankedTensorType type) {
  return type.clone(toSignless(type.getElementType()));
}

/// Fails the pattern, with an op error the compiler reports, for element
/// types the scalar arithmetic does not handle (complex, index, ...).
LogicalResult requireNumbers(Operation *op, Type element,
                             ConversionPatternRewriter &rewriter) {
  if (isByteStorageType(element)) {
    op->emitOpError("element type ")
        << element << " is only supported by casts and data movement";
    return rewriter.notifyMatchFailure(op, "small element type");
  }
  if (element.isIntOrFloat())
    return success();
  op->emitOpError("lowering to linalg is not supported yet: element type ")
      << element << " is not an integer or float";
  return rewriter.notifyMatchFailure(op, "non-numeric element type");
}

} // namespace mlir::plinth::lowering
