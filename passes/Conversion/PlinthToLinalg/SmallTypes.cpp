//===- SmallTypes.cpp - 8-bit floats and 4/2-bit integers, in bytes -------===//
//
// ONNX's float8 types (E4M3FN, E4M3FNUZ, E5M2, E5M2FNUZ), FLOAT4E2M1 and
// the 4- and 2-bit integers have no LLVM type. Lowered, their tensors hold one
// element per byte (i8): a float's bit pattern in the low bits, a narrow
// integer sign- or zero-extended (the runtime ABI stores them so). Only casts
// compute with them; everything else just moves the bytes.
//
// The float conversions are integer arithmetic on the bit patterns: decoding
// rebuilds the f32 bits (subnormals by an exact multiply), encoding rounds
// the f32 mantissa to nearest even (carrying into the exponent), then maps
// overflow to the largest finite value (saturate, ONNX's default), infinity
// (E5M2) or NaN.
//
//===----------------------------------------------------------------------===//

#include "passes/Conversion/PlinthToLinalg/LoweringUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

#include <cmath>
#include <limits>
#include <optional>

namespace mlir::plinth::lowering {

namespace {

/// The layout of a small float type.
struct SmallFloatFormat {
  unsigned exponentBits, mantissaBits;
  int bias;
  /// E5M2: all-ones exponent is inf (mantissa 0) or NaN.
  bool ieeeSpecials;
  /// FNUZ: no negative zero; 0x80 is the only NaN.
  bool fnuz;
  /// FLOAT4E2M1: no inf or NaN, every cast saturates.
  bool finiteOnly;

  unsigned bits() const { return 1 + exponentBits + mantissaBits; }
  /// The largest finite magnitude's code (without the sign bit).
  uint32_t maxCode() const {
    uint32_t all = (1u << (bits() - 1)) - 1;
    if (fnuz || finiteOnly)
      return all;
    if (ieeeSpecials) // exponent all ones is reserved
      return all - (1u << mantissaBits);
    return all - 1; // E4M3FN: S.1111.111 is NaN
  }
};

std::optional<SmallFloatFormat> smallFloatFormat(Type type) {
  if (isa<Float8E4M3FNType>(type))
    return SmallFloatFormat{4, 3, 7, false, false, false};
  if (isa<Float8E4M3FNUZType>(type))
    return SmallFloatFormat{4, 3, 8, false, true, false};
  if (isa<Float8E5M2Type>(type))
    return SmallFloatFormat{5, 2, 15, true, false, false};
  if (isa<Float8E5M2FNUZType>(type))
    return SmallFloatFormat{5, 2, 16, false, true, false};
  if (isa<Float4E2M1FNType>(type))
    return SmallFloatFormat{2, 1, 1, false, false, true};
  return std::nullopt;
}

bool isNarrowInteger(Type type) {
  auto integer = dyn_cast<IntegerType>(type);
  return integer && (integer.getWidth() == 4 || integer.getWidth() == 2);
}

/// Integer helpers on i32 values.
struct I32 {
  OpBuilder &b;
  Location loc;
  Value c(int64_t v) {
    return arith::ConstantOp::create(b, loc, b.getI32IntegerAttr(int32_t(v)));
  }
  Value add(Value x, Value y) { return arith::AddIOp::create(b, loc, x, y); }
  Value sub(Value x, Value y) { return arith::SubIOp::create(b, loc, x, y); }
  Value andi(Value x, Value y) { return arith::AndIOp::create(b, loc, x, y); }
  Value ori(Value x, Value y) { return arith::OrIOp::create(b, loc, x, y); }
  Value shl(Value x, Value y) { return arith::ShLIOp::create(b, loc, x, y); }
  Value shr(Value x, Value y) { return arith::ShRUIOp::create(b, loc, x, y); }
  Value cmp(arith::CmpIPredicate p, Value x, Value y) {
    return arith::CmpIOp::create(b, loc, p, x, y);
  }
  Value select(Value c, Value x, Value y) {
    return arith::SelectOp::create(b, loc, c, x, y);
  }
  /// x >> s rounded to nearest even (s in [1, 31]).
  Value roundShift(Value x, Value s) {
    Value one = c(1);
    Value half = sub(shl(one, sub(s, one)), one);
    Value odd = andi(shr(x, s), one);
    return shr(add(x, add(half, odd)), s);
  }
};

} // namespace

bool isByteStorageType(Type type) {
  return smallFloatFormat(type).has_value() || isNarrowInteger(type);
}

Value decodeSmallFloat(OpBuilder &b, Location loc, Value byte, Type type) {
  SmallFloatFormat f = *smallFloatFormat(type);
  using P = arith::CmpIPredicate;
  I32 i{b, loc};
  Type f32 = b.getF32Type();
  Value u = i.andi(arith::ExtUIOp::create(b, loc, b.getI32Type(), byte),
                   i.c((1 << f.bits()) - 1));
  Value sign = i.andi(i.shr(u, i.c(f.bits() - 1)), i.c(1));
  Value magnitude = i.andi(u, i.c((1 << (f.bits() - 1)) - 1));
  Value exponent = i.shr(magnitude, i.c(f.mantissaBits));
  Value mantissa = i.andi(magnitude, i.c((1 << f.mantissaBits) - 1));
  // Normal: rebias the exponent, left-align the mantissa.
  Value normalBits = i.ori(i.shl(i.add(exponent, i.c(127 - f.bias)), i.c(23)),
                           i.shl(mantissa, i.c(23 - f.mantissaBits)));
  Value normal = arith::BitcastOp::create(b, loc, f32, normalBits);
  // Subnormal: mantissa * 2^(1 - bias - mantissaBits), exact in f32.
  Value subnormal = arith::MulFOp::create(
      b, loc, arith::UIToFPOp::create(b, loc, f32, mantissa),
      arith::ConstantOp::create(b, loc,
                                b.getF32FloatAttr(std::ldexp(
                                    1.0f, 1 - f.bias - int(f.mantissaBits)))));
  Value value = i.select(i.cmp(P::eq, exponent, i.c(0)), subnormal, normal);
  Value nan = arith::ConstantOp::create(
      b, loc, b.getF32FloatAttr(std::numeric_limits<float>::quiet_NaN()));
  if (f.fnuz) {
    // 0x80 (sign set, magnitude 0) is NaN.
    value = i.select(i.cmp(P::eq, u, i.c(1 << (f.bits() - 1))), nan, value);
  } else if (f.ieeeSpecials) {
    Value allOnes = i.cmp(P::eq, exponent, i.c((1 << f.exponentBits) - 1));
    Value special = i.select(
        i.cmp(P::eq, mantissa, i.c(0)),
        arith::ConstantOp::create(
            b, loc, b.getF32FloatAttr(std::numeric_limits<float>::infinity())),
        nan);
    value = i.select(allOnes, special, value);
  } else if (!f.finiteOnly) {
    value = i.select(i.cmp(P::eq, magnitude, i.c((1 << (f.bits() - 1)) - 1)),
                     nan, value);
  }
  Value negated = arith::NegFOp::create(b, loc, value);
  return i.select(i.cmp(P::ne, sign, i.c(0)), negated, value);
}

Value encodeSmallFloat(OpBuilder &b, Location loc, Value x, Type type,
                       bool saturate) {
  SmallFloatFormat f = *smallFloatFormat(type);
  using P = arith::CmpIPredicate;
  I32 i{b, loc};
  Value bits = arith::BitcastOp::create(b, loc, b.getI32Type(), x);
  Value sign = i.shr(bits, i.c(31));
  Value abs = i.andi(bits, i.c(0x7fffffff));
  Value isNaN = i.cmp(P::ugt, abs, i.c(0x7f800000));
  Value isInf = i.cmp(P::eq, abs, i.c(0x7f800000));
  // f32 zeros and subnormals are far below the smallest small-float value.
  Value isTiny = i.cmp(P::ult, abs, i.c(0x00800000));
  int shift = 23 - int(f.mantissaBits);
  int minExponent = 1 - f.bias; // unbiased exponent of the smallest normal
  Value exponent = i.sub(i.shr(abs, i.c(23)), i.c(127));
  // Normal results: round the f32 mantissa to mantissaBits, then rebias.
  Value normalCode = i.sub(i.roundShift(abs, i.c(shift)),
                           i.c(int64_t(127 - f.bias) << f.mantissaBits));
  // Subnormal results: round 1.mantissa * 2^exponent in units of the
  // smallest subnormal (a shift of at most 31).
  Value fullMantissa = i.ori(i.andi(abs, i.c(0x7fffff)), i.c(0x800000));
  Value distance = i.sub(i.c(minExponent), exponent);
  Value subShift =
      arith::MinUIOp::create(b, loc, i.add(i.c(shift), distance), i.c(31));
  Value subnormalCode = i.roundShift(fullMantissa, subShift);
  Value code = i.select(i.cmp(P::sge, exponent, i.c(minExponent)), normalCode,
                        subnormalCode);
  code = i.select(isTiny, i.c(0), code);
  // Overflow (after rounding) and infinity.
  Value maxCode = i.c(f.maxCode());
  Value overflow = i.ori(i.cmp(P::sgt, code, maxCode), isInf);
  int64_t nanCode = (1 << (f.bits() - 1)) - 1;
  Value overflowCode;
  if (saturate || f.finiteOnly)
    overflowCode = maxCode;
  else if (f.ieeeSpecials) // infinity
    overflowCode = i.c(int64_t((1 << f.exponentBits) - 1) << f.mantissaBits);
  else
    overflowCode = i.c(f.fnuz ? 0 : nanCode); // FNUZ NaN is set below
  code = i.select(overflow, overflowCode, code);
  Value signBit = i.shl(sign, i.c(f.bits() - 1));
  Value result = i.ori(signBit, code);
  if (f.fnuz) {
    // No negative zero; NaN (and non-saturated overflow) is 0x80.
    Value nanByte = i.c(1 << (f.bits() - 1));
    result = i.select(i.cmp(P::eq, code, i.c(0)), i.c(0), result);
    Value toNaN = saturate ? isNaN : i.ori(isNaN, overflow);
    result = i.select(toNaN, nanByte, result);
  } else if (f.finiteOnly) {
    // No NaN: it becomes a zero with its sign (ml_dtypes gives -0 for every
    // NaN; the two compare equal).
    result = i.select(isNaN, signBit, result);
  } else {
    int64_t nan = f.ieeeSpecials ? 0x7f : nanCode;
    result = i.select(isNaN, i.ori(signBit, i.c(nan)), result);
  }
  return arith::TruncIOp::create(b, loc, b.getI8Type(), result);
}

Value wrapNarrowInteger(OpBuilder &b, Location loc, Value byte, Type type) {
  unsigned width = type.getIntOrFloatBitWidth();
  Type i8 = b.getI8Type();
  auto c = [&](int64_t v) {
    return arith::ConstantOp::create(b, loc, b.getIntegerAttr(i8, v));
  };
  if (type.isUnsignedInteger())
    return arith::AndIOp::create(b, loc, byte, c((1 << width) - 1));
  // Sign-extend the low `width` bits.
  Value up = arith::ShLIOp::create(b, loc, byte, c(8 - width));
  return arith::ShRSIOp::create(b, loc, up, c(8 - width));
}

Value convertSmallElement(OpBuilder &b, Location loc, Value value, Type source,
                          Type target, bool saturate) {
  Type i8 = b.getI8Type(), f32 = b.getF32Type();
  // Sources: decode to f32, or read the byte as an 8-bit integer.
  Type via = source;
  if (smallFloatFormat(source)) {
    value = decodeSmallFloat(b, loc, value, source);
    via = f32;
  } else if (isNarrowInteger(source)) {
    via = source.isUnsignedInteger()
              ? Type(IntegerType::get(b.getContext(), 8, IntegerType::Unsigned))
              : i8;
  }
  if (smallFloatFormat(target)) {
    Value wide = convertElement(b, loc, value, via, f32);
    return encodeSmallFloat(b, loc, wide, target, saturate);
  }
  if (isNarrowInteger(target)) {
    // Through i32, then wrapped into the narrow range (as numpy's astype).
    Type i32 = b.getI32Type();
    Value wide = convertElement(b, loc, value, via, i32);
    Value byte = arith::TruncIOp::create(b, loc, i8, wide);
    return wrapNarrowInteger(b, loc, byte, target);
  }
  return convertElement(b, loc, value, via, target);
}

} // namespace mlir::plinth::lowering
