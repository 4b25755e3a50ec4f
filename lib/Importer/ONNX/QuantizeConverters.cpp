//===- QuantizeConverters.cpp - ONNX linear quantization ops --------------===//
//
// The linear (de)quantization ops, spelled out with plinth ops in f32:
//
//   DequantizeLinear       y = (x - zero_point) * scale
//   QuantizeLinear         y = saturate(round_half_even(x / scale) + zp)
//   DynamicQuantizeLinear  scale = (max(x, 0) - min(x, 0)) / 255,
//                          zp = saturate(round(-min(x, 0) / scale)), y as
//                          QuantizeLinear (uint8)
//   MatMulInteger          (a - a_zp) @ (b - b_zp) in i32
//   QLinearMatMul          requantize((a - a_zp) @ (b - b_zp) in i32,
//                          a_scale * b_scale / y_scale, y_zp)
//
// Scales and zero points are per tensor (one element), per axis (1-D along
// `axis`) or blocked (`block_size` > 0: the input's rank, `axis` cut in
// blocks). The quantized types are the 2- to 16-bit integers and the float8
// types (QuantizeLinear to float8 rounds to the nearest float8 value, not to
// an integer).
//
//===----------------------------------------------------------------------===//

#include "lib/Importer/ONNX/ImporterState.h"
#include "lib/Importer/ONNX/NodeContext.h"

using namespace mlir;
using namespace mlir::plinth;
using namespace mlir::plinth::onnx_importer;

namespace {

RankedTensorType typeOf(Value value) {
  return cast<RankedTensorType>(value.getType());
}

/// True for the integer types the quantization ops support here.
bool isQuantizedInteger(Type type) {
  return isa<IntegerType>(type) && !type.isInteger(1) &&
         type.getIntOrFloatBitWidth() <= 16;
}

/// The float8 types (quantized without rounding to integers).
bool isFloat8(Type type) {
  return isa<Float8E4M3FNType, Float8E4M3FNUZType, Float8E5M2Type,
             Float8E5M2FNUZType>(type);
}

FailureOr<Value> binary(NodeContext &ctx, BinaryKind kind, Value lhs,
                        Value rhs) {
  return ctx.createValue<BinaryOp>(kind, lhs, rhs);
}

/// A scale or zero point shaped to broadcast against an input of `type`:
/// one element becomes a scalar; a 1-D one lies along `axis`; a blocked one
/// (`block` > 0) is repeated `block` times along `axis` and cut to the
/// input's size.
FailureOr<Value> broadcastParameter(NodeContext &ctx, Value param,
                                    RankedTensorType type, int64_t axis,
                                    int64_t block, StringRef what) {
  RankedTensorType paramType = typeOf(param);
  if (paramType.hasStaticShape() && paramType.getNumElements() == 1)
    return ctx.reshape(param, {});
  if (!paramType.hasStaticShape() || !type.hasStaticShape())
    return ctx.unsupported(what + " of a shape known only at run time");
  if (axis < 0)
    return ctx.fail("axis is out of range for the input's rank " +
                    llvm::Twine(type.getRank()));
  int64_t rank = type.getRank();
  if (block == 0) {
    if (paramType.getRank() != 1 ||
        paramType.getDimSize(0) != type.getDimSize(axis))
      return ctx.fail(what + " must have one element or one per "
                             "element of the axis");
    SmallVector<int64_t> shape(rank, 1);
    shape[axis] = type.getDimSize(axis);
    return ctx.reshape(param, shape);
  }
  int64_t size = type.getDimSize(axis);
  int64_t blocks = (size + block - 1) / block;
  SmallVector<int64_t> expected(type.getShape());
  expected[axis] = blocks;
  if (paramType.getShape() != ArrayRef(expected))
    return ctx.fail(what + " must have the input's shape with " +
                    llvm::Twine(blocks) + " blocks along the axis");
  SmallVector<int64_t> split(expected), repeated(expected), joined(expected);
  split.insert(split.begin() + axis + 1, 1);
  repeated.insert(repeated.begin() + axis + 1, block);
  joined[axis] = blocks * block;
  FailureOr<Value> column = ctx.reshape(param, split);
  if (failed(column))
    return failure();
  FailureOr<Value> expanded = ctx.createValue<ExpandOp>(
      RankedTensorType::get(repeated, paramType.getElementType()), *column,
      Value());
  if (failed(expanded))
    return failure();
  FailureOr<Value> flat = ctx.reshape(*expanded, joined);
  if (failed(flat) || joined[axis] == size)
    return flat;
  return ctx.createValue<SliceOp>(
      RankedTensorType::get(type.getShape(), paramType.getElementType()), *flat,
      Value(), Value(), ArrayRef<int64_t>{axis}, ArrayRef<int64_t>{0},
      ArrayRef<int64_t>{size}, ArrayRef<int64_t>{1});
}

/// The `axis` and `block_size` attributes, normalized for `rank`.
FailureOr<std::pair<int64_t, int64_t>> axisAndBlock(NodeContext &ctx,
                                                    int64_t rank) {
  FailureOr<int64_t> axis = ctx.intAttr("axis", 1);
  FailureOr<int64_t> block = ctx.intAttr("block_size", 0, 0);
  if (failed(axis) || failed(block))
    return failure();
  // A per-tensor parameter ignores the axis, which may then be out of range
  // (the default 1 on a 1-D input): -1 here, rejected by broadcastParameter
  // for per-axis and blocked parameters.
  int64_t normalized = *axis < 0 ? *axis + rank : *axis;
  if (normalized < 0 || normalized >= rank)
    normalized = -1;
  return std::make_pair(normalized, *block);
}

/// `param` as f32, broadcast against `type` (see broadcastParameter).
FailureOr<Value> f32Parameter(NodeContext &ctx, Value param,
                              RankedTensorType type, int64_t axis,
                              int64_t block, StringRef what) {
  FailureOr<Value> shaped =
      broadcastParameter(ctx, param, type, axis, block, what);
  if (failed(shaped))
    return failure();
  return ctx.castTo(*shaped, ctx.getBuilder().getF32Type());
}

/// round_half_even(x / scale) + zp, saturated to `target`'s range and cast to
/// it; `x`, `scale` and `zeroPoint` (may be null) are f32.
FailureOr<Value> quantizeF32(NodeContext &ctx, Value x, Value scale,
                             Value zeroPoint, Type target) {
  FailureOr<Value> scaled = binary(ctx, BinaryKind::Div, x, scale);
  if (failed(scaled))
    return failure();
  FailureOr<Value> rounded = ctx.unary(UnaryKind::Round, *scaled);
  if (failed(rounded))
    return failure();
  if (zeroPoint)
    rounded = binary(ctx, BinaryKind::Add, *rounded, zeroPoint);
  if (failed(rounded))
    return failure();
  unsigned width = target.getIntOrFloatBitWidth();
  bool isUnsignedType = target.isUnsignedInteger();
  double low = isUnsignedType ? 0.0 : -std::ldexp(1.0, width - 1);
  double high = isUnsignedType ? std::ldexp(1.0, width) - 1
                               : std::ldexp(1.0, width - 1) - 1;
  Type f32 = ctx.getBuilder().getF32Type();
  FailureOr<Value> clamped =
      binary(ctx, BinaryKind::Max, *rounded, ctx.scalarConstant(f32, low));
  if (failed(clamped))
    return failure();
  clamped =
      binary(ctx, BinaryKind::Min, *clamped, ctx.scalarConstant(f32, high));
  if (failed(clamped))
    return failure();
  return ctx.castTo(*clamped, target);
}

/// The element type named by attribute `name` (0 or absent: `fallback`).
FailureOr<Type> dtypeAttr(NodeContext &ctx, StringRef name, Type fallback) {
  FailureOr<int64_t> dtype = ctx.intAttr(name, 0, 0);
  if (failed(dtype))
    return failure();
  if (*dtype == 0)
    return fallback;
  Type type = convertElementType(*ctx.getContext(), int32_t(*dtype));
  if (!type)
    return ctx.unsupported(name + " " + dataTypeName(int32_t(*dtype)));
  return type;
}

//===----------------------------------------------------------------------===//
// DequantizeLinear, QuantizeLinear, DynamicQuantizeLinear
//===----------------------------------------------------------------------===//

LogicalResult convertDequantizeLinear(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 3)))
    return failure();
  RankedTensorType type = ctx.inputType(0);
  Type quantized = type.getElementType();
  if (!isQuantizedInteger(quantized) && !quantized.isInteger(32) &&
      !isFloat8(quantized))
    return ctx.unsupported("DequantizeLinear of this element type");
  auto axisBlock = axisAndBlock(ctx, type.getRank());
  if (failed(axisBlock))
    return failure();
  auto [axis, block] = *axisBlock;
  Type scaleElement = ctx.inputType(1).getElementType();
  FailureOr<Type> output = dtypeAttr(ctx, "output_dtype", scaleElement);
  if (failed(output))
    return failure();
  FailureOr<Value> value =
      ctx.castTo(ctx.input(0), ctx.getBuilder().getF32Type());
  if (failed(value))
    return failure();
  if (ctx.hasInput(2)) {
    FailureOr<Value> zeroPoint =
        f32Parameter(ctx, ctx.input(2), type, axis, block, "x_zero_point");
    if (failed(zeroPoint))
      return failure();
    value = binary(ctx, BinaryKind::Sub, *value, *zeroPoint);
    if (failed(value))
      return failure();
  }
  FailureOr<Value> scale =
      f32Parameter(ctx, ctx.input(1), type, axis, block, "x_scale");
  if (failed(scale))
    return failure();
  value = binary(ctx, BinaryKind::Mul, *value, *scale);
  if (failed(value))
    return failure();
  return setResult(ctx, ctx.castTo(*value, *output));
}

LogicalResult convertQuantizeLinear(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 3)))
    return failure();
  RankedTensorType type = ctx.inputType(0);
  auto axisBlock = axisAndBlock(ctx, type.getRank());
  if (failed(axisBlock))
    return failure();
  auto [axis, block] = *axisBlock;
  Type fallback =
      ctx.hasInput(2)
          ? ctx.inputType(2).getElementType()
          : Type(IntegerType::get(ctx.getContext(), 8, IntegerType::Unsigned));
  FailureOr<Type> target = dtypeAttr(ctx, "output_dtype", fallback);
  if (failed(target))
    return failure();
  if (!isQuantizedInteger(*target) && !isFloat8(*target))
    return ctx.unsupported("QuantizeLinear to this element type");
  Type f32 = ctx.getBuilder().getF32Type();
  FailureOr<Value> x = ctx.castTo(ctx.input(0), f32);
  FailureOr<Value> scale =
      f32Parameter(ctx, ctx.input(1), type, axis, block, "y_scale");
  if (failed(x) || failed(scale))
    return failure();
  Value zeroPoint;
  if (ctx.hasInput(2)) {
    FailureOr<Value> zp =
        f32Parameter(ctx, ctx.input(2), type, axis, block, "y_zero_point");
    if (failed(zp))
      return failure();
    zeroPoint = *zp;
  }
  if (!isFloat8(*target))
    return setResult(ctx, quantizeF32(ctx, *x, *scale, zeroPoint, *target));
  // float8: x / scale + zp, converted (rounded to nearest even) with the
  // `saturate` attribute.
  FailureOr<int64_t> saturate = ctx.intAttr("saturate", 1, 0, 1);
  if (failed(saturate))
    return failure();
  FailureOr<Value> scaled = binary(ctx, BinaryKind::Div, *x, *scale);
  if (failed(scaled))
    return failure();
  if (zeroPoint)
    scaled = binary(ctx, BinaryKind::Add, *scaled, zeroPoint);
  if (failed(scaled))
    return failure();
  return setResult(ctx, ctx.castTo(*scaled, *target, *saturate != 0));
}

LogicalResult convertDynamicQuantizeLinear(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  Value x = ctx.input(0);
  RankedTensorType type = typeOf(x);
  if (!type.getElementType().isF32())
    return ctx.fail("expects f32 input");
  Type f32 = ctx.getBuilder().getF32Type();
  Type u8 = IntegerType::get(ctx.getContext(), 8, IntegerType::Unsigned);
  SmallVector<int64_t> all =
      llvm::to_vector(llvm::seq<int64_t>(0, type.getRank()));
  auto extreme = [&](ReduceKind reduce,
                     BinaryKind withZero) -> FailureOr<Value> {
    FailureOr<Value> reduced =
        ctx.createValue<ReduceOp>(reduce, x, ArrayRef(all), false);
    if (failed(reduced))
      return failure();
    return binary(ctx, withZero, *reduced, ctx.scalarConstant(f32, 0.0));
  };
  FailureOr<Value> high = extreme(ReduceKind::Max, BinaryKind::Max);
  FailureOr<Value> low = extreme(ReduceKind::Min, BinaryKind::Min);
  if (failed(high) || failed(low))
    return failure();
  FailureOr<Value> range = binary(ctx, BinaryKind::Sub, *high, *low);
  if (failed(range))
    return failure();
  // An all-zero input has range 0: use 1 (scale 1/255), as the reference.
  Value zero = ctx.scalarConstant(f32, 0.0);
  FailureOr<Value> empty =
      ctx.createValue<CompareOp>(ComparePredicate::EQ, *range, zero);
  if (failed(empty))
    return failure();
  range =
      ctx.createValue<SelectOp>(*empty, ctx.scalarConstant(f32, 1.0), *range);
  if (failed(range))
    return failure();
  FailureOr<Value> scale =
      binary(ctx, BinaryKind::Div, *range, ctx.scalarConstant(f32, 255.0));
  FailureOr<Value> negativeLow = ctx.unary(UnaryKind::Neg, *low);
  if (failed(scale) || failed(negativeLow))
    return failure();
  FailureOr<Value> zeroPoint =
      quantizeF32(ctx, *negativeLow, *scale, Value(), u8);
  if (failed(zeroPoint))
    return failure();
  FailureOr<Value> zeroPointF32 = ctx.castTo(*zeroPoint, f32);
  if (failed(zeroPointF32))
    return failure();
  FailureOr<Value> y = quantizeF32(ctx, x, *scale, *zeroPointF32, u8);
  if (failed(y))
    return failure();
  ctx.setOutput(0, *y);
  ctx.setOutput(1, *scale);
  ctx.setOutput(2, *zeroPoint);
  return success();
}

//===----------------------------------------------------------------------===//
// MatMulInteger, QLinearMatMul
//===----------------------------------------------------------------------===//

/// `operand - zeroPoint` in i32. A 1-D zero point is per row of `a`
/// (`isLhs`) or per column of `b`.
FailureOr<Value> centeredI32(NodeContext &ctx, Value operand, Value zeroPoint,
                             bool isLhs) {
  Type i32 = ctx.getBuilder().getI32Type();
  FailureOr<Value> wide = ctx.castTo(operand, i32);
  if (failed(wide) || !zeroPoint)
    return wide;
  RankedTensorType zpType = typeOf(zeroPoint);
  FailureOr<Value> zp = zeroPoint;
  if (zpType.hasStaticShape() && zpType.getNumElements() == 1)
    zp = ctx.reshape(zeroPoint, {});
  else if (zpType.getRank() == 1 && isLhs)
    zp = ctx.reshape(zeroPoint, {zpType.getDimSize(0), 1});
  if (failed(zp))
    return failure();
  FailureOr<Value> zpWide = ctx.castTo(*zp, i32);
  if (failed(zpWide))
    return failure();
  return binary(ctx, BinaryKind::Sub, *wide, *zpWide);
}

/// (a - a_zp) @ (b - b_zp) in i32, from inputs aIndex, bIndex and the
/// optional zero points.
FailureOr<Value> integerProduct(NodeContext &ctx, int64_t aIndex, int64_t aZero,
                                int64_t bIndex, int64_t bZero) {
  for (int64_t i : {aIndex, bIndex})
    if (!isQuantizedInteger(ctx.inputType(i).getElementType()) ||
        ctx.inputType(i).getElementType().getIntOrFloatBitWidth() != 8)
      return ctx.unsupported("integer matmul of non-8-bit operands");
  FailureOr<Value> a =
      centeredI32(ctx, ctx.input(aIndex), ctx.optionalInput(aZero), true);
  FailureOr<Value> b =
      centeredI32(ctx, ctx.input(bIndex), ctx.optionalInput(bZero), false);
  if (failed(a) || failed(b))
    return failure();
  return ctx.createValue<MatMulOp>(*a, *b);
}

LogicalResult convertMatMulInteger(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 4)))
    return failure();
  return setResult(ctx, integerProduct(ctx, 0, 2, 1, 3));
}

LogicalResult convertQLinearMatMul(NodeContext &ctx) {
  if (failed(ctx.expectInputs(8, 8)))
    return failure();
  if (!isQuantizedInteger(ctx.inputType(7).getElementType()))
    return ctx.unsupported("QLinearMatMul with a non-integer output type");
  FailureOr<Value> product = integerProduct(ctx, 0, 2, 3, 5);
  if (failed(product))
    return failure();
  Type f32 = ctx.getBuilder().getF32Type();
  // The combined scale a_scale * b_scale / y_scale; a 1-D a_scale is per row,
  // a 1-D b_scale per column (it broadcasts along the last dim as is).
  auto scaleOf = [&](int64_t i, bool perRow) -> FailureOr<Value> {
    RankedTensorType type = ctx.inputType(i);
    FailureOr<Value> shaped = ctx.input(i);
    if (type.hasStaticShape() && type.getNumElements() == 1)
      shaped = ctx.reshape(ctx.input(i), {});
    else if (perRow && type.getRank() == 1)
      shaped = ctx.reshape(ctx.input(i), {type.getDimSize(0), 1});
    if (failed(shaped))
      return failure();
    return ctx.castTo(*shaped, f32);
  };
  FailureOr<Value> aScale = scaleOf(1, true), bScale = scaleOf(4, false),
                   yScale = scaleOf(6, false);
  if (failed(aScale) || failed(bScale) || failed(yScale))
    return failure();
  FailureOr<Value> value = ctx.castTo(*product, f32);
  if (failed(value))
    return failure();
  FailureOr<Value> combined = binary(ctx, BinaryKind::Mul, *aScale, *bScale);
  if (failed(combined))
    return failure();
  value = binary(ctx, BinaryKind::Mul, *value, *combined);
  if (failed(value))
    return failure();
  FailureOr<Value> zeroPoint = scaleOf(7, false);
  if (failed(zeroPoint))
    return failure();
  return setResult(ctx, quantizeF32(ctx, *value, *yScale, *zeroPoint,
                                    ctx.inputType(7).getElementType()));
}

} // namespace

void mlir::plinth::onnx_importer::registerQuantizeConverters(
    ConverterRegistry &registry) {
  registry.add("DequantizeLinear", 10, convertDequantizeLinear);
  registry.add("QuantizeLinear", 10, convertQuantizeLinear);
  registry.add("DynamicQuantizeLinear", 11, convertDynamicQuantizeLinear);
  registry.add("MatMulInteger", 10, convertMatMulInteger);
  registry.add("QLinearMatMul", 10, convertQLinearMatMul);
}
