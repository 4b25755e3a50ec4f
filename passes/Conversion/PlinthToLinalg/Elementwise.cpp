//===- Elementwise.cpp - Lowering of the elementwise plinth ops ----------===//
//
// plinth.unary, binary, compare, select, cast, fp_class and gelu become one
// parallel linalg.generic each, operands broadcast with numpy rules.
//
// Conventions shared by the patterns:
// - f16/bf16 are computed in f32 inside the generic and truncated back.
// - Integer signedness comes from the plinth op's own (original) types.
// - Dynamic dims that may broadcast at run time (`?` against `?` or a static
//   size) are checked first: an operand whose dim differs from the result's
//   is materialized at the result's size (reading index min(i, dim - 1), so a
//   size-1 dim broadcasts and a mismatched one never reads out of bounds).
//   Static models never see that check.
// - Nothing traps: integer division and remainder by 0 give 0 (and INT_MIN /
//   -1 gives INT_MIN, wrapping), float to integer casts map NaN to 0 and
//   saturate out-of-range values (no LLVM poison from fptosi/fptoui).
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
#include <cmath>

namespace mlir::plinth {

using namespace lowering;

namespace {

//===----------------------------------------------------------------------===//
// Scalar helpers
//===----------------------------------------------------------------------===//

/// The type the generic computes in for elements of `type`: f32 for floats
/// narrower than 32 bits, the type itself otherwise.
Type computeType(Type type) {
  if (auto floatType = dyn_cast<FloatType>(type))
    if (floatType.getWidth() < 32)
      return Float32Type::get(type.getContext());
  return toSignless(type);
}

Value promote(OpBuilder &b, Location loc, Value value) {
  Type target = computeType(value.getType());
  if (target == value.getType())
    return value;
  return arith::ExtFOp::create(b, loc, target, value);
}

Value demote(OpBuilder &b, Location loc, Value value, Type type) {
  if (value.getType() == type)
    return value;
  return arith::TruncFOp::create(b, loc, type, value);
}

Value constantLike(OpBuilder &b, Location loc, Value like, double value) {
  return scalarConstant(b, loc, like.getType(), value);
}

Value cmpf(OpBuilder &b, Location loc, arith::CmpFPredicate predicate,
           Value lhs, Value rhs) {
  return arith::CmpFOp::create(b, loc, predicate, lhs, rhs);
}

Value cmpi(OpBuilder &b, Location loc, arith::CmpIPredicate predicate,
           Value lhs, Value rhs) {
  return arith::CmpIOp::create(b, loc, predicate, lhs, rhs);
}

Value select(OpBuilder &b, Location loc, Value condition, Value t, Value f) {
  return arith::SelectOp::create(b, loc, condition, t, f);
}

Value intConstant(OpBuilder &b, Location loc, Type type, const APInt &value) {
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, value));
}

/// Float to integer without poison: NaN becomes 0, values at or beyond the
/// target's range saturate to its minimum or maximum; the rest truncate
/// toward zero. ONNX leaves out-of-range casts undefined; this choice never
/// feeds an undefined value into later index arithmetic.
Value floatToInt(OpBuilder &b, Location loc, Value value, Type target) {
  value = promote(b, loc, value);
  Type intType = toSignless(target);
  unsigned width = intType.getIntOrFloatBitWidth();
  bool isUnsignedTarget = isUnsigned(target);
  // Powers of two up to 2^64 are exact in f32 and f64.
  double bound = std::ldexp(1.0, isUnsignedTarget ? width : width - 1);
  Value isNaN = cmpf(b, loc, arith::CmpFPredicate::UNO, value, value);
  Value tooBig = cmpf(b, loc, arith::CmpFPredicate::OGE, value,
                      constantLike(b, loc, value, bound));
  Value tooSmall = isUnsignedTarget
                       ? cmpf(b, loc, arith::CmpFPredicate::OLE, value,
                              constantLike(b, loc, value, -1.0))
                       : cmpf(b, loc, arith::CmpFPredicate::OLT, value,
                              constantLike(b, loc, value, -bound));
  Value bad = arith::OrIOp::create(
      b, loc, isNaN, arith::OrIOp::create(b, loc, tooBig, tooSmall));
  Value safe = select(b, loc, bad, constantLike(b, loc, value, 0.0), value);
  Value result = isUnsignedTarget
                     ? Value(arith::FPToUIOp::create(b, loc, intType, safe))
                     : Value(arith::FPToSIOp::create(b, loc, intType, safe));
  APInt max = isUnsignedTarget ? APInt::getMaxValue(width)
                               : APInt::getSignedMaxValue(width);
  APInt min = isUnsignedTarget ? APInt::getMinValue(width)
                               : APInt::getSignedMinValue(width);
  result = select(b, loc, tooBig, intConstant(b, loc, intType, max), result);
  return select(b, loc, tooSmall, intConstant(b, loc, intType, min), result);
}

} // namespace

/// Element conversion `source` -> `target` (original types, with signedness)
/// with the poison-free float to integer conversion above.
Value lowering::convertElement(OpBuilder &b, Location loc, Value value,
                               Type source, Type target) {
  if (isa<FloatType>(source) && isa<IntegerType>(target) &&
      !target.isInteger(1))
    return floatToInt(b, loc, value, target);
  return convertScalar(b, loc, value, source, target);
}

namespace {

Type elementTypeOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getElementType();
}

//===----------------------------------------------------------------------===//
// Unary
//===----------------------------------------------------------------------===//

Value unaryFloat(OpBuilder &b, Location loc, UnaryOp op, Value x) {
  using P = arith::CmpFPredicate;
  auto zero = [&] { return constantLike(b, loc, x, 0.0); };
  auto one = [&] { return constantLike(b, loc, x, 1.0); };
  auto alpha = [&] {
    return constantLike(b, loc, x, op.getAlpha()->convertToDouble());
  };
  switch (op.getKind()) {
  case UnaryKind::Abs:
    return math::AbsFOp::create(b, loc, x);
  case UnaryKind::Neg:
    return arith::NegFOp::create(b, loc, x);
  case UnaryKind::Exp:
    return math::ExpOp::create(b, loc, x);
  case UnaryKind::Log:
    return math::LogOp::create(b, loc, x);
  case UnaryKind::Sqrt:
    return math::SqrtOp::create(b, loc, x);
  case UnaryKind::Reciprocal:
    return arith::DivFOp::create(b, loc, one(), x);
  case UnaryKind::Sin:
    return math::SinOp::create(b, loc, x);
  case UnaryKind::Cos:
    return math::CosOp::create(b, loc, x);
  case UnaryKind::Tanh:
    return math::TanhOp::create(b, loc, x);
  case UnaryKind::Erf:
    return math::ErfOp::create(b, loc, x);
  case UnaryKind::Ceil:
    return math::CeilOp::create(b, loc, x);
  case UnaryKind::Floor:
    return math::FloorOp::create(b, loc, x);
  case UnaryKind::Sign: {
    // 1, -1, or x itself for +-0 and NaN.
    Value negative = select(b, loc, cmpf(b, loc, P::OLT, x, zero()),
                            constantLike(b, loc, x, -1.0), x);
    return select(b, loc, cmpf(b, loc, P::OGT, x, zero()), one(), negative);
  }
  case UnaryKind::Relu:
    return arith::MaximumFOp::create(b, loc, x, zero());
  case UnaryKind::Sigmoid: {
    Value e = math::ExpOp::create(b, loc, arith::NegFOp::create(b, loc, x));
    Value unit = one();
    return arith::DivFOp::create(b, loc, unit,
                                 arith::AddFOp::create(b, loc, unit, e));
  }
  case UnaryKind::Softplus: {
    // log1p(exp(-|x|)) + max(x, 0): no overflow for large x.
    Value e = math::ExpOp::create(
        b, loc, arith::NegFOp::create(b, loc, math::AbsFOp::create(b, loc, x)));
    return arith::AddFOp::create(b, loc, math::Log1pOp::create(b, loc, e),
                                 arith::MaximumFOp::create(b, loc, x, zero()));
  }
  case UnaryKind::Elu: {
    Value negative = arith::MulFOp::create(b, loc, alpha(),
                                           math::ExpM1Op::create(b, loc, x));
    return select(b, loc, cmpf(b, loc, P::OGT, x, zero()), x, negative);
  }
  case UnaryKind::LeakyRelu:
    return select(b, loc, cmpf(b, loc, P::OLT, x, zero()),
                  arith::MulFOp::create(b, loc, alpha(), x), x);
  case UnaryKind::HardSigmoid:
  case UnaryKind::HardSwish: {
    bool swish = op.getKind() == UnaryKind::HardSwish;
    Value a = swish ? constantLike(b, loc, x, 1.0 / 6.0) : alpha();
    Value beta =
        constantLike(b, loc, x, swish ? 0.5 : op.getBeta()->convertToDouble());
    Value linear = arith::AddFOp::create(
        b, loc, arith::MulFOp::create(b, loc, a, x), beta);
    Value clamped = arith::MinimumFOp::create(
        b, loc, arith::MaximumFOp::create(b, loc, linear, zero()), one());
    return swish ? Value(arith::MulFOp::create(b, loc, x, clamped)) : clamped;
  }
  case UnaryKind::Tan:
    return math::TanOp::create(b, loc, x);
  case UnaryKind::Asin:
    return math::AsinOp::create(b, loc, x);
  case UnaryKind::Acos:
    return math::AcosOp::create(b, loc, x);
  case UnaryKind::Atan:
    return math::AtanOp::create(b, loc, x);
  case UnaryKind::Sinh:
    return math::SinhOp::create(b, loc, x);
  case UnaryKind::Cosh:
    return math::CoshOp::create(b, loc, x);
  case UnaryKind::Asinh:
    return math::AsinhOp::create(b, loc, x);
  case UnaryKind::Acosh:
    return math::AcoshOp::create(b, loc, x);
  case UnaryKind::Atanh:
    return math::AtanhOp::create(b, loc, x);
  case UnaryKind::Round:
    return math::RoundEvenOp::create(b, loc, x);
  case UnaryKind::Softsign:
    return arith::DivFOp::create(
        b, loc, x,
        arith::AddFOp::create(b, loc, one(), math::AbsFOp::create(b, loc, x)));
  case UnaryKind::Selu: {
    // gamma * (x > 0 ? x : alpha * (exp(x) - 1)).
    Value negative = arith::MulFOp::create(b, loc, alpha(),
                                           math::ExpM1Op::create(b, loc, x));
    Value inner = select(b, loc, cmpf(b, loc, P::OGT, x, zero()), x, negative);
    return arith::MulFOp::create(
        b, loc, constantLike(b, loc, x, op.getBeta()->convertToDouble()),
        inner);
  }
  case UnaryKind::Celu: {
    // max(0, x) + min(0, alpha * (exp(x / alpha) - 1)).
    Value a = alpha();
    Value negative = arith::MulFOp::create(
        b, loc, a,
        math::ExpM1Op::create(b, loc, arith::DivFOp::create(b, loc, x, a)));
    return arith::AddFOp::create(
        b, loc, arith::MaximumFOp::create(b, loc, x, zero()),
        arith::MinimumFOp::create(b, loc, negative, zero()));
  }
  case UnaryKind::ThresholdedRelu:
    return select(b, loc, cmpf(b, loc, P::OGT, x, alpha()), x, zero());
  case UnaryKind::Shrink: {
    // x < -lambd ? x + bias : x > lambd ? x - bias : 0.
    Value lambd = alpha();
    Value bias = constantLike(b, loc, x, op.getBeta()->convertToDouble());
    Value above = select(b, loc, cmpf(b, loc, P::OGT, x, lambd),
                         arith::SubFOp::create(b, loc, x, bias), zero());
    return select(b, loc,
                  cmpf(b, loc, P::OLT, x, arith::NegFOp::create(b, loc, lambd)),
                  arith::AddFOp::create(b, loc, x, bias), above);
  }
  case UnaryKind::Mish: {
    // x * tanh(softplus(x)), softplus as above.
    Value e = math::ExpOp::create(
        b, loc, arith::NegFOp::create(b, loc, math::AbsFOp::create(b, loc, x)));
    Value softplus =
        arith::AddFOp::create(b, loc, math::Log1pOp::create(b, loc, e),
                              arith::MaximumFOp::create(b, loc, x, zero()));
    return arith::MulFOp::create(b, loc, x,
                                 math::TanhOp::create(b, loc, softplus));
  }
  case UnaryKind::Swish: {
    Value ax = arith::MulFOp::create(b, loc, alpha(), x);
    Value e = math::ExpOp::create(b, loc, arith::NegFOp::create(b, loc, ax));
    Value unit = one();
    return arith::DivFOp::create(b, loc, x,
                                 arith::AddFOp::create(b, loc, unit, e));
  }
  case UnaryKind::Not:
  case UnaryKind::BitNot:
    break;
  }
  llvm_unreachable("verifier rejects this kind on floats");
}

Value unaryInteger(OpBuilder &b, Location loc, UnaryKind kind, Value x,
                   bool isUnsignedType) {
  using P = arith::CmpIPredicate;
  auto zero = [&] { return constantLike(b, loc, x, 0.0); };
  switch (kind) {
  case UnaryKind::Not:
    return arith::XOrIOp::create(b, loc, x, constantLike(b, loc, x, 1.0));
  case UnaryKind::BitNot:
    return arith::XOrIOp::create(
        b, loc, x,
        intConstant(b, loc, x.getType(),
                    APInt::getAllOnes(x.getType().getIntOrFloatBitWidth())));
  case UnaryKind::Abs:
    return isUnsignedType ? x : Value(math::AbsIOp::create(b, loc, x));
  case UnaryKind::Neg:
    return arith::SubIOp::create(b, loc, zero(), x);
  case UnaryKind::Relu:
    return isUnsignedType ? x
                          : Value(arith::MaxSIOp::create(b, loc, x, zero()));
  case UnaryKind::Sign: {
    Value one = constantLike(b, loc, x, 1.0);
    Value positive = cmpi(b, loc, isUnsignedType ? P::ne : P::sgt, x, zero());
    Value negative = isUnsignedType
                         ? zero()
                         : select(b, loc, cmpi(b, loc, P::slt, x, zero()),
                                  constantLike(b, loc, x, -1.0), zero());
    return select(b, loc, positive, one, negative);
  }
  default:
    llvm_unreachable("verifier rejects this kind on integers");
  }
}

/// plinth.unary -> parallel linalg.generic applying the scalar function.
struct LowerUnary : OpConversionPattern<UnaryOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(UnaryOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = op.getType().getElementType();
    if (failed(requireNumbers(op, element, rewriter)))
      return failure();
    Value result = buildElementwise(
        rewriter, op.getLoc(), type, adaptor.getInput(),
        [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
          if (isa<FloatType>(element))
            return demote(b, loc,
                          unaryFloat(b, loc, op, promote(b, loc, args[0])),
                          element);
          return unaryInteger(b, loc, op.getKind(), args[0],
                              isUnsigned(element));
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Binary
//===----------------------------------------------------------------------===//

Value binaryFloat(OpBuilder &b, Location loc, BinaryKind kind, Value lhs,
                  Value rhs) {
  switch (kind) {
  case BinaryKind::Add:
    return arith::AddFOp::create(b, loc, lhs, rhs);
  case BinaryKind::Sub:
    return arith::SubFOp::create(b, loc, lhs, rhs);
  case BinaryKind::Mul:
    return arith::MulFOp::create(b, loc, lhs, rhs);
  case BinaryKind::Div:
    return arith::DivFOp::create(b, loc, lhs, rhs);
  case BinaryKind::Pow:
    return math::PowFOp::create(b, loc, lhs, rhs);
  case BinaryKind::FMod:
    // C fmod: the sign of the dividend.
    return arith::RemFOp::create(b, loc, lhs, rhs);
  case BinaryKind::Mod: {
    // Python modulo (the sign of the divisor): fmod, plus the divisor when
    // the remainder is not 0 and its sign differs from the divisor's. NaN
    // stays NaN (every comparison is false).
    Value remainder = arith::RemFOp::create(b, loc, lhs, rhs);
    Value zero = constantLike(b, loc, lhs, 0.0);
    Value remainderNegative =
        cmpf(b, loc, arith::CmpFPredicate::OLT, remainder, zero);
    Value divisorNegative = cmpf(b, loc, arith::CmpFPredicate::OLT, rhs, zero);
    Value fix = arith::AndIOp::create(
        b, loc,
        arith::XOrIOp::create(b, loc, remainderNegative, divisorNegative),
        cmpf(b, loc, arith::CmpFPredicate::ONE, remainder, zero));
    return select(b, loc, fix, arith::AddFOp::create(b, loc, remainder, rhs),
                  remainder);
  }
  case BinaryKind::Max:
    return arith::MaximumFOp::create(b, loc, lhs, rhs);
  case BinaryKind::Min:
    return arith::MinimumFOp::create(b, loc, lhs, rhs);
  case BinaryKind::PRelu: {
    Value negative = cmpf(b, loc, arith::CmpFPredicate::OLT, lhs,
                          constantLike(b, loc, lhs, 0.0));
    return select(b, loc, negative, arith::MulFOp::create(b, loc, lhs, rhs),
                  lhs);
  }
  default:
    llvm_unreachable("verifier rejects this kind on floats");
  }
}

/// Integer power by squaring, unrolled over the exponent's bits (no loop).
/// Wraps on overflow like C integer multiplication. A negative exponent
/// gives the truncated real result: 1 for base 1, +-1 for base -1, else 0.
Value integerPow(OpBuilder &b, Location loc, Value base, Value exponent,
                 bool isUnsignedType) {
  using P = arith::CmpIPredicate;
  Type type = base.getType();
  unsigned width = type.getIntOrFloatBitWidth();
  Value zero = constantLike(b, loc, base, 0.0),
        one = constantLike(b, loc, base, 1.0);
  Value result = one, power = base;
  unsigned bits = isUnsignedType ? width : width - 1;
  for (unsigned i = 0; i < bits; ++i) {
    Value shifted = i == 0 ? exponent
                           : Value(arith::ShRUIOp::create(
                                 b, loc, exponent,
                                 intConstant(b, loc, type, APInt(width, i))));
    Value bit =
        cmpi(b, loc, P::ne, arith::AndIOp::create(b, loc, shifted, one), zero);
    result = i == 0
                 ? select(b, loc, bit, power, one)
                 : select(b, loc, bit,
                          arith::MulIOp::create(b, loc, result, power), result);
    if (i + 1 < bits)
      power = arith::MulIOp::create(b, loc, power, power);
  }
  if (isUnsignedType)
    return result;
  Value minusOne = constantLike(b, loc, base, -1.0);
  Value odd =
      cmpi(b, loc, P::ne, arith::AndIOp::create(b, loc, exponent, one), zero);
  Value forMinusOne = select(b, loc, odd, minusOne, one);
  Value negativeResult = select(
      b, loc, cmpi(b, loc, P::eq, base, one), one,
      select(b, loc, cmpi(b, loc, P::eq, base, minusOne), forMinusOne, zero));
  return select(b, loc, cmpi(b, loc, P::slt, exponent, zero), negativeResult,
                result);
}

/// Integer division and remainders that never trap: a zero divisor gives 0,
/// and a -1 divisor is handled without the INT_MIN / -1 overflow (division
/// wraps to -lhs, remainders are 0). Div truncates toward zero (C, ONNX);
/// mod takes the sign of the divisor (Python), fmod that of the dividend (C).
Value integerDivision(OpBuilder &b, Location loc, BinaryKind kind, Value lhs,
                      Value rhs, bool isUnsignedType) {
  using P = arith::CmpIPredicate;
  Value zero = constantLike(b, loc, lhs, 0.0),
        one = constantLike(b, loc, lhs, 1.0);
  Value isZero = cmpi(b, loc, P::eq, rhs, zero);
  Value guard = isZero;
  if (!isUnsignedType)
    guard = arith::OrIOp::create(
        b, loc, isZero,
        cmpi(b, loc, P::eq, rhs, constantLike(b, loc, rhs, -1.0)));
  Value divisor = select(b, loc, guard, one, rhs);
  if (kind == BinaryKind::Div) {
    if (isUnsignedType)
      return select(b, loc, isZero, zero,
                    arith::DivUIOp::create(b, loc, lhs, divisor));
    Value quotient = arith::DivSIOp::create(b, loc, lhs, divisor);
    // Divisor -1: -lhs (wrapping); divisor 0: 0.
    Value negated = arith::SubIOp::create(b, loc, zero, lhs);
    quotient = select(b, loc, guard, negated, quotient);
    return select(b, loc, isZero, zero, quotient);
  }
  // With the guarded divisor 1, the remainder is already 0.
  if (isUnsignedType)
    return arith::RemUIOp::create(b, loc, lhs, divisor);
  Value remainder = arith::RemSIOp::create(b, loc, lhs, divisor);
  if (kind == BinaryKind::FMod)
    return remainder;
  // Python modulo: add the divisor when the signs of remainder and divisor
  // differ and the remainder is not 0.
  Value signsDiffer =
      cmpi(b, loc, P::slt, arith::XOrIOp::create(b, loc, remainder, rhs), zero);
  Value fix = arith::AndIOp::create(b, loc, signsDiffer,
                                    cmpi(b, loc, P::ne, remainder, zero));
  return select(b, loc, fix, arith::AddIOp::create(b, loc, remainder, rhs),
                remainder);
}

Value binaryInteger(OpBuilder &b, Location loc, BinaryKind kind, Value lhs,
                    Value rhs, bool isUnsignedType) {
  switch (kind) {
  case BinaryKind::Add:
    return arith::AddIOp::create(b, loc, lhs, rhs);
  case BinaryKind::Sub:
    return arith::SubIOp::create(b, loc, lhs, rhs);
  case BinaryKind::Mul:
    return arith::MulIOp::create(b, loc, lhs, rhs);
  case BinaryKind::Div:
  case BinaryKind::Mod:
  case BinaryKind::FMod:
    return integerDivision(b, loc, kind, lhs, rhs, isUnsignedType);
  case BinaryKind::Pow:
    return integerPow(b, loc, lhs, rhs, isUnsignedType);
  case BinaryKind::Max:
    return isUnsignedType ? Value(arith::MaxUIOp::create(b, loc, lhs, rhs))
                          : Value(arith::MaxSIOp::create(b, loc, lhs, rhs));
  case BinaryKind::Min:
    return isUnsignedType ? Value(arith::MinUIOp::create(b, loc, lhs, rhs))
                          : Value(arith::MinSIOp::create(b, loc, lhs, rhs));
  case BinaryKind::And:
    return arith::AndIOp::create(b, loc, lhs, rhs);
  case BinaryKind::Or:
    return arith::OrIOp::create(b, loc, lhs, rhs);
  case BinaryKind::Xor:
    return arith::XOrIOp::create(b, loc, lhs, rhs);
  case BinaryKind::ShiftLeft:
  case BinaryKind::ShiftRight: {
    // A shift amount outside [0, width) is poison in arith. ONNX shifts
    // every bit out: 0, or the sign for an arithmetic right shift (signed
    // types). The unsigned compare also catches negative amounts.
    unsigned bits = lhs.getType().getIntOrFloatBitWidth();
    Value lastBit = constantLike(b, loc, rhs, double(bits - 1));
    Value inRange = cmpi(b, loc, arith::CmpIPredicate::ule, rhs, lastBit);
    if (kind == BinaryKind::ShiftRight && !isUnsignedType)
      return arith::ShRSIOp::create(b, loc, lhs,
                                    select(b, loc, inRange, rhs, lastBit));
    Value safe = select(b, loc, inRange, rhs, constantLike(b, loc, rhs, 0.0));
    Value shifted = kind == BinaryKind::ShiftLeft
                        ? Value(arith::ShLIOp::create(b, loc, lhs, safe))
                        : Value(arith::ShRUIOp::create(b, loc, lhs, safe));
    return select(b, loc, inRange, shifted, constantLike(b, loc, lhs, 0.0));
  }
  case BinaryKind::PRelu: {
    if (isUnsignedType)
      return lhs;
    Value negative = cmpi(b, loc, arith::CmpIPredicate::slt, lhs,
                          constantLike(b, loc, lhs, 0.0));
    return select(b, loc, negative, arith::MulIOp::create(b, loc, lhs, rhs),
                  lhs);
  }
  }
  llvm_unreachable("unknown binary kind");
}

/// plinth.binary -> broadcasting linalg.generic with the scalar operation.
struct LowerBinary : OpConversionPattern<BinaryOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(BinaryOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = op.getType().getElementType();
    if (failed(requireNumbers(op, element, rewriter)))
      return failure();
    BinaryKind kind = op.getKind();
    Value result = buildElementwise(
        rewriter, op.getLoc(), type, {adaptor.getLhs(), adaptor.getRhs()},
        [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
          if (isa<FloatType>(element))
            return demote(b, loc,
                          binaryFloat(b, loc, kind, promote(b, loc, args[0]),
                                      promote(b, loc, args[1])),
                          element);
          return binaryInteger(b, loc, kind, args[0], args[1],
                               isUnsigned(element));
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Compare, select
//===----------------------------------------------------------------------===//

/// plinth.compare -> linalg.generic with arith.cmpf (ordered: NaN compares
/// false) or arith.cmpi (signed, or unsigned for `ui*` and i1).
struct LowerCompare : OpConversionPattern<CompareOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(CompareOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = elementTypeOf(op.getLhs());
    if (failed(requireNumbers(op, element, rewriter)))
      return failure();
    bool isUnsignedType = isUnsigned(element) || element.isInteger(1);
    ComparePredicate predicate = op.getPredicate();
    Value result = buildElementwise(
        rewriter, op.getLoc(), type, {adaptor.getLhs(), adaptor.getRhs()},
        [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
          if (isa<FloatType>(element)) {
            using P = arith::CmpFPredicate;
            P p = predicate == ComparePredicate::EQ   ? P::OEQ
                  : predicate == ComparePredicate::LT ? P::OLT
                  : predicate == ComparePredicate::LE ? P::OLE
                  : predicate == ComparePredicate::GT ? P::OGT
                                                      : P::OGE;
            return cmpf(b, loc, p, args[0], args[1]);
          }
          using P = arith::CmpIPredicate;
          P p = P::eq;
          switch (predicate) {
          case ComparePredicate::EQ:
            p = P::eq;
            break;
          case ComparePredicate::LT:
            p = isUnsignedType ? P::ult : P::slt;
            break;
          case ComparePredicate::LE:
            p = isUnsignedType ? P::ule : P::sle;
            break;
          case ComparePredicate::GT:
            p = isUnsignedType ? P::ugt : P::sgt;
            break;
          case ComparePredicate::GE:
            p = isUnsignedType ? P::uge : P::sge;
            break;
          }
          return cmpi(b, loc, p, args[0], args[1]);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// plinth.select -> linalg.generic with arith.select over three broadcast
/// operands.
struct LowerSelect : OpConversionPattern<SelectOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SelectOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Value result =
        buildElementwise(rewriter, op.getLoc(), type,
                    {adaptor.getCondition(), adaptor.getTrueValue(),
                     adaptor.getFalseValue()},
                    [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
                      return select(b, loc, args[0], args[1], args[2]);
                    });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Cast, fp_class, gelu
//===----------------------------------------------------------------------===//

/// plinth.cast -> linalg.generic converting each element (float to integer:
/// NaN -> 0, out of range saturates; see floatToInt).
struct LowerCast : OpConversionPattern<CastOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(CastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type source = elementTypeOf(op.getInput());
    Type target = op.getType().getElementType();
    bool small = isByteStorageType(source) || isByteStorageType(target);
    if (!small && (failed(requireNumbers(op, source, rewriter)) ||
                   failed(requireNumbers(op, target, rewriter))))
      return failure();
    bool saturate = op.getSaturate();
    Value result = buildElementwise(
        rewriter, op.getLoc(), type, adaptor.getInput(),
        [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
          if (small)
            return convertSmallElement(b, loc, args[0], source, target,
                                       saturate);
          return convertElement(b, loc, args[0], source, target);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// plinth.fp_class -> linalg.generic with cmpf: NaN is `uno x, x`, the
/// infinities compare (ordered) with +-inf.
struct LowerFPClass : OpConversionPattern<FPClassOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(FPClassOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    FPClass kind = op.getKind();
    Value result = buildElementwise(
        rewriter, op.getLoc(), type, adaptor.getInput(),
        [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
          using P = arith::CmpFPredicate;
          Value x = args[0];
          auto floatType = cast<FloatType>(x.getType());
          auto infinity = [&](bool negative) -> Value {
            return arith::ConstantOp::create(
                b, loc,
                b.getFloatAttr(
                    floatType,
                    APFloat::getInf(floatType.getFloatSemantics(), negative)));
          };
          switch (kind) {
          case FPClass::NaN:
            return cmpf(b, loc, P::UNO, x, x);
          case FPClass::Inf:
            return cmpf(b, loc, P::OEQ, math::AbsFOp::create(b, loc, x),
                        infinity(false));
          case FPClass::PosInf:
            return cmpf(b, loc, P::OEQ, x, infinity(false));
          case FPClass::NegInf:
            return cmpf(b, loc, P::OEQ, x, infinity(true));
          }
          llvm_unreachable("unknown fp class");
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// plinth.gelu -> linalg.generic: 0.5 x (1 + erf(x / sqrt 2)), or the tanh
/// form 0.5 x (1 + tanh(sqrt(2 / pi) (x + 0.044715 x^3))).
struct LowerGelu : OpConversionPattern<GeluOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(GeluOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = type.getElementType();
    bool useTanh = op.getApproximation() == GeluApproximation::Tanh;
    Value result = buildElementwise(
        rewriter, op.getLoc(), type, adaptor.getInput(),
        [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
          Value x = promote(b, loc, args[0]);
          auto c = [&](double v) { return constantLike(b, loc, x, v); };
          Value inner;
          if (useTanh) {
            Value cube = arith::MulFOp::create(
                b, loc, x, arith::MulFOp::create(b, loc, x, x));
            Value poly = arith::AddFOp::create(
                b, loc, x, arith::MulFOp::create(b, loc, c(0.044715), cube));
            inner = math::TanhOp::create(
                b, loc,
                arith::MulFOp::create(b, loc, c(std::sqrt(2.0 / M_PI)), poly));
          } else {
            inner = math::ErfOp::create(
                b, loc, arith::MulFOp::create(b, loc, x, c(M_SQRT1_2)));
          }
          Value half = arith::MulFOp::create(b, loc, c(0.5), x);
          Value y = arith::MulFOp::create(
              b, loc, half, arith::AddFOp::create(b, loc, c(1.0), inner));
          return demote(b, loc, y, element);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void populateElementwiseLoweringPatterns(const TypeConverter &converter,
                                         RewritePatternSet &patterns) {
  patterns.add<LowerUnary, LowerBinary, LowerCompare, LowerSelect, LowerCast,
               LowerFPClass, LowerGelu>(converter, patterns.getContext());
}

} // namespace mlir::plinth
