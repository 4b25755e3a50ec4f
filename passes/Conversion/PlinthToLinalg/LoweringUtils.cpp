//===- LoweringUtils.cpp - Helpers shared by the plinth lowerings ---------===//

#include "passes/Conversion/PlinthToLinalg/LoweringUtils.h"

#include "mlir/Dialect/Math/IR/Math.h"
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

Value buildElementwise(OpBuilder &b, Location loc, RankedTensorType resultType,
                       ValueRange operands, ScalarBodyBuilder body) {
  int64_t rank = resultType.getRank();
  MLIRContext *context = b.getContext();
  SmallVector<Value> sizes =
      broadcastDynamicSizes(b, loc, resultType, operands);
  Value init = createEmpty(b, loc, resultType, sizes);
  SmallVector<AffineMap> maps;
  for (Value operand : operands)
    maps.push_back(
        broadcastMap(context, cast<RankedTensorType>(operand.getType()), rank));
  maps.push_back(AffineMap::getMultiDimIdentityMap(rank, context));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, resultType, operands, init, maps, iterators,
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
  if (auto intType = dyn_cast<IntegerType>(type))
    if (!intType.isSignless())
      return IntegerType::get(type.getContext(), intType.getWidth());
  return type;
}

RankedTensorType toSignless(RankedTensorType type) {
  return type.clone(toSignless(type.getElementType()));
}

} // namespace mlir::plinth::lowering
