//===- ElementwiseConverters.cpp - ONNX elementwise op converters ---------===//
//
// Converters for the elementwise ONNX ops: unary math and activations
// (plinth.unary), binary math with broadcasting (plinth.binary, variadic ops
// as chains of it), comparisons (plinth.compare), Where (plinth.select), casts,
// Clip, IsNaN/IsInf, Gelu, and the ops that are the identity at inference time
// (Identity, Dropout).
//
//===----------------------------------------------------------------------===//

#include "lib/Importer/ONNX/ImporterState.h"
#include "lib/Importer/ONNX/NodeContext.h"

#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::plinth;
using namespace mlir::plinth::onnx_importer;

namespace {

/// The inputs of a variadic node (Sum, Max, ...). Every input up to the last
/// present one must be present.
FailureOr<SmallVector<Value>> variadicInputs(NodeContext &ctx) {
  int64_t count = ctx.numInputs();
  if (count == 0)
    return ctx.fail("expects at least one input");
  if (failed(ctx.expectInputs(1, count)))
    return failure();
  while (count > 0 && !ctx.hasInput(count - 1))
    --count;
  SmallVector<Value> inputs;
  for (int64_t i = 0; i < count; ++i) {
    if (!ctx.hasInput(i))
      return ctx.fail("input " + llvm::Twine(i) + " is missing");
    inputs.push_back(ctx.input(i));
  }
  return inputs;
}

/// A tensor shaped like `like` with every element `value` (of the type of
/// `value`): a splat constant when the shape is static, else plinth.fill.
FailureOr<Value> filledLike(NodeContext &ctx, Value like, TypedAttr value) {
  auto type = cast<RankedTensorType>(like.getType()).clone(value.getType());
  if (type.hasStaticShape())
    return ctx.createValue<ConstantOp>(
        cast<ElementsAttr>(DenseElementsAttr::get(type, Attribute(value))));
  FailureOr<Value> shape = ctx.createValue<ShapeOfOp>(like);
  if (failed(shape))
    return failure();
  return ctx.createValue<FillOp>(type, *shape, value);
}

/// The value of constant boolean input `i`; std::nullopt when it is computed
/// at run time or is not a single boolean.
std::optional<bool> constantBool(NodeContext &ctx, int64_t i) {
  DenseElementsAttr attr;
  if (!ctx.hasInput(i) || !matchPattern(ctx.input(i), m_Constant(&attr)) ||
      !attr.getElementType().isInteger(1) || attr.getNumElements() != 1)
    return std::nullopt;
  return attr.getSplatValue<bool>();
}

//===----------------------------------------------------------------------===//
// Unary
//===----------------------------------------------------------------------===//

/// Abs, Neg, Exp, ..., HardSwish: one plinth.unary of the same kind. The
/// verifier rejects element types the kind does not take.
template <UnaryKind Kind> LogicalResult convertUnary(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  return setResult(ctx, ctx.createValue<UnaryOp>(Kind, ctx.input(0),
                                                 FloatAttr(), FloatAttr()));
}

/// Elu, LeakyRelu, Celu, ThresholdedRelu, Swish (attribute `alpha`),
/// HardSigmoid (`alpha`, `beta`), Selu (`alpha`, `gamma`) and Shrink (`lambd`,
/// `bias`): plinth.unary with the attributes as its alpha and beta, defaults
/// from the ONNX schema.
LogicalResult convertUnaryWithParams(NodeContext &ctx, UnaryKind kind,
                                     float alphaDefault,
                                     std::optional<float> betaDefault,
                                     StringRef betaName = "beta",
                                     StringRef alphaName = "alpha") {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  FailureOr<float> alpha = ctx.floatAttr(alphaName, alphaDefault);
  if (failed(alpha))
    return failure();
  FloatAttr betaAttr;
  if (betaDefault) {
    FailureOr<float> beta = ctx.floatAttr(betaName, *betaDefault);
    if (failed(beta))
      return failure();
    betaAttr = ctx.getBuilder().getF32FloatAttr(*beta);
  }
  return setResult(
      ctx, ctx.createValue<UnaryOp>(kind, ctx.input(0),
                                    ctx.getBuilder().getF32FloatAttr(*alpha),
                                    betaAttr));
}

//===----------------------------------------------------------------------===//
// Binary
//===----------------------------------------------------------------------===//

/// Add, Sub, Mul, Div, And, Or, Xor, PRelu: one plinth.binary (numpy
/// broadcasting; PRelu's unidirectional broadcast of the slope is a special
/// case of it).
template <BinaryKind Kind> LogicalResult convertBinary(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 2)))
    return failure();
  return setResult(ctx,
                   ctx.createValue<BinaryOp>(Kind, ctx.input(0), ctx.input(1)));
}

/// Pow: plinth.binary pow; since opset 12 the exponent may have another
/// element type than the base, so it is cast to the base's.
LogicalResult convertPow(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 2)))
    return failure();
  Value base = ctx.input(0);
  FailureOr<Value> exponent = ctx.castTo(
      ctx.input(1), cast<RankedTensorType>(base.getType()).getElementType());
  if (failed(exponent))
    return failure();
  return setResult(ctx,
                   ctx.createValue<BinaryOp>(BinaryKind::Pow, base, *exponent));
}

/// Mod: `fmod = 0` is the integer modulo with the sign of the divisor
/// (plinth `mod`), `fmod = 1` is C fmod (plinth `fmod`). ONNX requires
/// `fmod = 1` for floats.
LogicalResult convertMod(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 2)))
    return failure();
  FailureOr<int64_t> fmod = ctx.intAttr("fmod", 0, 0, 1);
  if (failed(fmod))
    return failure();
  return setResult(
      ctx, ctx.createValue<BinaryOp>(*fmod ? BinaryKind::FMod : BinaryKind::Mod,
                                     ctx.input(0), ctx.input(1)));
}

/// BitShift: plinth.binary shift_left / shift_right by `direction`.
LogicalResult convertBitShift(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 2)))
    return failure();
  FailureOr<std::string> direction = ctx.stringAttr("direction", std::nullopt);
  if (failed(direction))
    return failure();
  if (*direction != "LEFT" && *direction != "RIGHT")
    return ctx.fail("attribute 'direction' = '" + *direction +
                    "' is not 'LEFT' or 'RIGHT'");
  return setResult(ctx, ctx.createValue<BinaryOp>(*direction == "LEFT"
                                                      ? BinaryKind::ShiftLeft
                                                      : BinaryKind::ShiftRight,
                                                  ctx.input(0), ctx.input(1)));
}

/// Sum, Max, Min (variadic, broadcasting): a left-to-right chain of
/// plinth.binary; a single input is passed through.
FailureOr<Value> reduceVariadic(NodeContext &ctx, BinaryKind kind,
                                int64_t *count = nullptr) {
  FailureOr<SmallVector<Value>> inputs = variadicInputs(ctx);
  if (failed(inputs))
    return failure();
  if (count)
    *count = inputs->size();
  Value result = inputs->front();
  for (Value next : llvm::drop_begin(*inputs)) {
    FailureOr<Value> combined = ctx.createValue<BinaryOp>(kind, result, next);
    if (failed(combined))
      return failure();
    result = *combined;
  }
  return result;
}

template <BinaryKind Kind> LogicalResult convertVariadic(NodeContext &ctx) {
  return setResult(ctx, reduceVariadic(ctx, Kind));
}

/// Mean: the Sum chain divided by the number of inputs.
LogicalResult convertMean(NodeContext &ctx) {
  int64_t count = 0;
  FailureOr<Value> sum = reduceVariadic(ctx, BinaryKind::Add, &count);
  if (failed(sum))
    return failure();
  if (count == 1)
    return setResult(ctx, sum);
  Type element = cast<RankedTensorType>(sum->getType()).getElementType();
  Value divisor = ctx.scalarConstant(element, double(count));
  return setResult(ctx,
                   ctx.createValue<BinaryOp>(BinaryKind::Div, *sum, divisor));
}

//===----------------------------------------------------------------------===//
// Comparison and selection
//===----------------------------------------------------------------------===//

/// Equal, Less, LessOrEqual, Greater, GreaterOrEqual: plinth.compare.
template <ComparePredicate Predicate>
LogicalResult convertCompare(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 2)))
    return failure();
  return setResult(
      ctx, ctx.createValue<CompareOp>(Predicate, ctx.input(0), ctx.input(1)));
}

/// Where: plinth.select (all three operands broadcast).
LogicalResult convertWhere(NodeContext &ctx) {
  if (failed(ctx.expectInputs(3, 3)))
    return failure();
  return setResult(
      ctx, ctx.createValue<SelectOp>(ctx.input(0), ctx.input(1), ctx.input(2)));
}

//===----------------------------------------------------------------------===//
// Casts
//===----------------------------------------------------------------------===//

/// The `saturate` attribute of Cast/CastLike (opset 19+, float8 targets).
FailureOr<bool> saturateAttr(NodeContext &ctx) {
  FailureOr<int64_t> saturate = ctx.intAttr("saturate", 1, 0, 1);
  if (failed(saturate))
    return failure();
  return *saturate != 0;
}

/// Cast: plinth.cast to the element type named by `to` (no op when it is the
/// input's), with `saturate` for float8 targets. `round_mode` (opset 24,
/// FLOAT8E8M0 only) is not needed: that type is not supported.
LogicalResult convertCast(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  FailureOr<int64_t> to =
      ctx.intAttr("to", std::nullopt, 0, std::numeric_limits<int32_t>::max());
  if (failed(to))
    return failure();
  Type element = convertElementType(*ctx.getContext(), int32_t(*to));
  if (!element)
    return ctx.unsupported("cast to " + dataTypeName(int32_t(*to)) +
                           " is not supported");
  FailureOr<bool> saturate = saturateAttr(ctx);
  if (failed(saturate))
    return failure();
  return setResult(ctx, ctx.castTo(ctx.input(0), element, *saturate));
}

/// CastLike: plinth.cast to the element type of input 1.
LogicalResult convertCastLike(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 2)))
    return failure();
  FailureOr<bool> saturate = saturateAttr(ctx);
  if (failed(saturate))
    return failure();
  return setResult(
      ctx,
      ctx.castTo(ctx.input(0), ctx.inputType(1).getElementType(), *saturate));
}

//===----------------------------------------------------------------------===//
// Clip
//===----------------------------------------------------------------------===//

/// `min(max(x, lo), hi)` with either bound optional.
FailureOr<Value> clamp(NodeContext &ctx, Value x, Value lo, Value hi) {
  if (lo) {
    FailureOr<Value> clamped =
        ctx.createValue<BinaryOp>(BinaryKind::Max, x, lo);
    if (failed(clamped))
      return failure();
    x = *clamped;
  }
  if (hi)
    return ctx.createValue<BinaryOp>(BinaryKind::Min, x, hi);
  return x;
}

/// Clip-6: bounds in the float attributes `min` and `max` (an absent one does
/// not clamp).
LogicalResult convertClipAttrs(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  Value x = ctx.input(0);
  Type element = ctx.inputType(0).getElementType();
  Value bounds[2];
  const char *names[2] = {"min", "max"};
  for (int i = 0; i < 2; ++i) {
    if (!ctx.hasAttr(names[i]))
      continue;
    FailureOr<float> bound = ctx.floatAttr(names[i], std::nullopt);
    if (failed(bound))
      return failure();
    bounds[i] = ctx.scalarConstant(element, *bound);
  }
  return setResult(ctx, clamp(ctx, x, bounds[0], bounds[1]));
}

/// Clip-11+: bounds in the optional scalar inputs 1 and 2.
LogicalResult convertClip(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 3)))
    return failure();
  return setResult(ctx, clamp(ctx, ctx.input(0), ctx.optionalInput(1),
                              ctx.optionalInput(2)));
}

//===----------------------------------------------------------------------===//
// Floating-point classes and Gelu
//===----------------------------------------------------------------------===//

FailureOr<Value> fpClass(NodeContext &ctx, FPClass kind) {
  RankedTensorType type = ctx.inputType(0);
  return ctx.createValue<FPClassOp>(
      type.clone(IntegerType::get(ctx.getContext(), 1)), kind, ctx.input(0));
}

/// IsNaN: plinth.fp_class nan.
LogicalResult convertIsNaN(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  return setResult(ctx, fpClass(ctx, FPClass::NaN));
}

/// IsInf: plinth.fp_class inf / pos_inf / neg_inf by `detect_positive` and
/// `detect_negative`; with both off nothing matches (all false).
LogicalResult convertIsInf(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  FailureOr<int64_t> negative = ctx.intAttr("detect_negative", 1, 0, 1);
  FailureOr<int64_t> positive = ctx.intAttr("detect_positive", 1, 0, 1);
  if (failed(negative) || failed(positive))
    return failure();
  if (!*negative && !*positive) {
    if (!isa<FloatType>(ctx.inputType(0).getElementType()))
      return ctx.fail("IsInf expects floating-point input");
    return setResult(ctx, filledLike(ctx, ctx.input(0),
                                     ctx.getBuilder().getBoolAttr(false)));
  }
  FPClass kind = *negative && *positive ? FPClass::Inf
                 : *positive            ? FPClass::PosInf
                                        : FPClass::NegInf;
  return setResult(ctx, fpClass(ctx, kind));
}

/// Gelu-20: plinth.gelu with `approximate` "none" (erf) or "tanh".
LogicalResult convertGelu(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  FailureOr<std::string> approximate =
      ctx.stringAttr("approximate", std::string("none"));
  if (failed(approximate))
    return failure();
  GeluApproximation kind;
  if (*approximate == "none")
    kind = GeluApproximation::None;
  else if (*approximate == "tanh")
    kind = GeluApproximation::Tanh;
  else
    return ctx.fail("attribute 'approximate' = '" + *approximate +
                    "' is not 'none' or 'tanh'");
  return setResult(ctx, ctx.createValue<GeluOp>(kind, ctx.input(0)));
}

//===----------------------------------------------------------------------===//
// Identity-like ops
//===----------------------------------------------------------------------===//

/// Identity: the output is the input.
LogicalResult convertIdentity(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  ctx.setOutput(0, ctx.input(0));
  return success();
}

/// Dropout at inference: output 0 is the input, the optional mask (output 1)
/// is all true (all ones of the input type before opset 10). From opset 12 the
/// `ratio` input is ignored and `training_mode` must be absent or a constant
/// false: Plinth compiles for inference only.
LogicalResult convertDropout(NodeContext &ctx) {
  bool hasModeInput = ctx.getOpset() >= 12;
  if (failed(ctx.expectInputs(1, hasModeInput ? 3 : 1)))
    return failure();
  if (hasModeInput && ctx.hasInput(2)) {
    std::optional<bool> training = constantBool(ctx, 2);
    if (!training)
      return ctx.unsupported("training_mode must be a constant false; Dropout "
                             "is only supported at inference");
    if (*training)
      return ctx.unsupported(
          "Dropout in training mode (random masking) is not supported");
  }
  Value x = ctx.input(0);
  ctx.setOutput(0, x);
  if (!ctx.hasOutput(1))
    return success();
  OpBuilder &builder = ctx.getBuilder();
  Type element = ctx.inputType(0).getElementType();
  if (ctx.getOpset() < 10 && !isa<FloatType, IntegerType>(element))
    return ctx.unsupported("Dropout mask of this element type");
  TypedAttr one = ctx.getOpset() >= 10 ? builder.getBoolAttr(true)
                                       : builder.getOneAttr(element);
  FailureOr<Value> mask = filledLike(ctx, x, one);
  if (failed(mask))
    return failure();
  ctx.setOutput(1, *mask);
  return success();
}

} // namespace

void mlir::plinth::onnx_importer::registerElementwiseConverters(
    ConverterRegistry &registry) {
  // Unary math and activations. The since-versions are the first ones without
  // the legacy `consumed_inputs` attribute; later versions only add types.
  registry.add("Abs", 6, convertUnary<UnaryKind::Abs>);
  registry.add("Neg", 6, convertUnary<UnaryKind::Neg>);
  registry.add("Exp", 6, convertUnary<UnaryKind::Exp>);
  registry.add("Log", 6, convertUnary<UnaryKind::Log>);
  registry.add("Sqrt", 6, convertUnary<UnaryKind::Sqrt>);
  registry.add("Reciprocal", 6, convertUnary<UnaryKind::Reciprocal>);
  registry.add("Sin", 7, convertUnary<UnaryKind::Sin>);
  registry.add("Cos", 7, convertUnary<UnaryKind::Cos>);
  registry.add("Tanh", 6, convertUnary<UnaryKind::Tanh>);
  registry.add("Erf", 9, convertUnary<UnaryKind::Erf>);
  registry.add("Ceil", 6, convertUnary<UnaryKind::Ceil>);
  registry.add("Floor", 6, convertUnary<UnaryKind::Floor>);
  registry.add("Sign", 9, convertUnary<UnaryKind::Sign>);
  registry.add("Not", 1, convertUnary<UnaryKind::Not>);
  registry.add("Relu", 6, convertUnary<UnaryKind::Relu>);
  registry.add("Sigmoid", 6, convertUnary<UnaryKind::Sigmoid>);
  registry.add("Softplus", 1, convertUnary<UnaryKind::Softplus>);
  registry.add("HardSwish", 14, convertUnary<UnaryKind::HardSwish>);
  registry.add("Tan", 7, convertUnary<UnaryKind::Tan>);
  registry.add("Asin", 7, convertUnary<UnaryKind::Asin>);
  registry.add("Acos", 7, convertUnary<UnaryKind::Acos>);
  registry.add("Atan", 7, convertUnary<UnaryKind::Atan>);
  registry.add("Sinh", 9, convertUnary<UnaryKind::Sinh>);
  registry.add("Cosh", 9, convertUnary<UnaryKind::Cosh>);
  registry.add("Asinh", 9, convertUnary<UnaryKind::Asinh>);
  registry.add("Acosh", 9, convertUnary<UnaryKind::Acosh>);
  registry.add("Atanh", 9, convertUnary<UnaryKind::Atanh>);
  registry.add("Round", 11, convertUnary<UnaryKind::Round>);
  registry.add("Softsign", 1, convertUnary<UnaryKind::Softsign>);
  registry.add("Mish", 18, convertUnary<UnaryKind::Mish>);
  registry.add("BitwiseNot", 18, convertUnary<UnaryKind::BitNot>);
  registry.add("Selu", 6, [](NodeContext &ctx) {
    return convertUnaryWithParams(ctx, UnaryKind::Selu,
                                  1.67326319217681884765625f,
                                  1.05070102214813232421875f, "gamma");
  });
  registry.add("Celu", 12, [](NodeContext &ctx) {
    return convertUnaryWithParams(ctx, UnaryKind::Celu, 1.0f, std::nullopt);
  });
  registry.add("ThresholdedRelu", 10, [](NodeContext &ctx) {
    return convertUnaryWithParams(ctx, UnaryKind::ThresholdedRelu, 1.0f,
                                  std::nullopt);
  });
  registry.add("Shrink", 9, [](NodeContext &ctx) {
    return convertUnaryWithParams(ctx, UnaryKind::Shrink, 0.5f, 0.0f, "bias",
                                  "lambd");
  });
  registry.add("Swish", 24, [](NodeContext &ctx) {
    return convertUnaryWithParams(ctx, UnaryKind::Swish, 1.0f, std::nullopt);
  });
  registry.add("Elu", 6, [](NodeContext &ctx) {
    return convertUnaryWithParams(ctx, UnaryKind::Elu, 1.0f, std::nullopt);
  });
  registry.add("LeakyRelu", 6, [](NodeContext &ctx) {
    return convertUnaryWithParams(ctx, UnaryKind::LeakyRelu, 0.01f,
                                  std::nullopt);
  });
  registry.add("HardSigmoid", 6, [](NodeContext &ctx) {
    return convertUnaryWithParams(ctx, UnaryKind::HardSigmoid, 0.2f, 0.5f);
  });

  // Binary math (numpy broadcasting since opset 7).
  registry.add("Add", 7, convertBinary<BinaryKind::Add>);
  registry.add("Sub", 7, convertBinary<BinaryKind::Sub>);
  registry.add("Mul", 7, convertBinary<BinaryKind::Mul>);
  registry.add("Div", 7, convertBinary<BinaryKind::Div>);
  registry.add("Pow", 7, convertPow);
  registry.add("Mod", 10, convertMod);
  registry.add("And", 7, convertBinary<BinaryKind::And>);
  registry.add("Or", 7, convertBinary<BinaryKind::Or>);
  registry.add("Xor", 7, convertBinary<BinaryKind::Xor>);
  registry.add("PRelu", 7, convertBinary<BinaryKind::PRelu>);
  registry.add("BitwiseAnd", 18, convertBinary<BinaryKind::And>);
  registry.add("BitwiseOr", 18, convertBinary<BinaryKind::Or>);
  registry.add("BitwiseXor", 18, convertBinary<BinaryKind::Xor>);
  registry.add("BitShift", 11, convertBitShift);
  // Variadic (broadcasting since opset 8).
  registry.add("Max", 8, convertVariadic<BinaryKind::Max>);
  registry.add("Min", 8, convertVariadic<BinaryKind::Min>);
  registry.add("Sum", 8, convertVariadic<BinaryKind::Add>);
  registry.add("Mean", 8, convertMean);

  // Comparison and selection.
  registry.add("Equal", 7, convertCompare<ComparePredicate::EQ>);
  registry.add("Less", 7, convertCompare<ComparePredicate::LT>);
  registry.add("LessOrEqual", 12, convertCompare<ComparePredicate::LE>);
  registry.add("Greater", 7, convertCompare<ComparePredicate::GT>);
  registry.add("GreaterOrEqual", 12, convertCompare<ComparePredicate::GE>);
  registry.add("Where", 9, convertWhere);

  // Casts, clamps, classes.
  registry.add("Cast", 6, convertCast);
  registry.add("CastLike", 15, convertCastLike);
  registry.add("Clip", 6, convertClipAttrs);
  registry.add("Clip", 11, convertClip); // bounds as inputs
  registry.add("IsNaN", 9, convertIsNaN);
  registry.add("IsInf", 10, convertIsInf);
  registry.add("Gelu", 20, convertGelu);

  // Identity at inference.
  registry.add("Identity", 1, convertIdentity);
  registry.add("Dropout", 7, convertDropout);
  registry.add("Dropout", 12, convertDropout); // ratio, training_mode inputs
}
