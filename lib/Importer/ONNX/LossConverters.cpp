//===- LossConverters.cpp - ONNX loss ops -----------------------*- C++ -*-===//
//
// NegativeLogLikelihoodLoss and SoftmaxCrossEntropyLoss, spelled out with
// plinth ops (the ONNX function bodies, in fewer steps):
//
//   t      = ignore_index given ? (target == ignore ? 0 : target) : target
//   picked = gather_elements(input, unsqueeze(t, 1), axis 1), squeezed
//   w      = weight given ? gather(weight, t) : 1;  0 where target == ignore
//   loss   = -picked * w
//   none: loss; sum: sum(loss); mean: sum(loss) / sum(w) (mean(loss) when
//   neither weight nor ignore_index is given)
//
// SoftmaxCrossEntropyLoss applies this to log_softmax(scores, axis 1), and
// returns that as its optional second output.
//
//===----------------------------------------------------------------------===//

#include "lib/Importer/ONNX/NodeContext.h"

using namespace mlir;
using namespace mlir::plinth;
using namespace mlir::plinth::onnx_importer;

namespace {

enum class Reduction { None, Sum, Mean };

FailureOr<Reduction> reductionAttr(NodeContext &ctx) {
  FailureOr<std::string> text = ctx.stringAttr("reduction", "mean");
  if (failed(text))
    return failure();
  if (*text == "none")
    return Reduction::None;
  if (*text == "sum")
    return Reduction::Sum;
  if (*text == "mean")
    return Reduction::Mean;
  return ctx.fail("reduction must be none, sum or mean, not '" + *text + "'");
}

/// The loss of log-probabilities `input` [N, C, d...] for classes `target`
/// [N, d...] with optional class weights [C].
FailureOr<Value> negativeLogLikelihood(NodeContext &ctx, Value input,
                                       Value target, Value weight) {
  auto inType = cast<RankedTensorType>(input.getType());
  auto targetType = cast<RankedTensorType>(target.getType());
  if (inType.getRank() < 2 || targetType.getRank() != inType.getRank() - 1)
    return ctx.fail("expects input [N, C, d...] and target [N, d...]");
  FailureOr<Reduction> reduction = reductionAttr(ctx);
  if (failed(reduction))
    return failure();
  std::optional<int64_t> ignore;
  if (ctx.hasAttr("ignore_index")) {
    FailureOr<int64_t> value = ctx.intAttr("ignore_index", std::nullopt);
    if (failed(value))
      return failure();
    ignore = *value;
  }
  Type element = inType.getElementType();
  Type targetElement = targetType.getElementType();

  // The ignored positions, and targets safe to gather with.
  Value ignored;
  if (ignore) {
    FailureOr<Value> equal = ctx.createValue<CompareOp>(
        ComparePredicate::EQ, target,
        ctx.scalarConstant(targetElement, double(*ignore)));
    if (failed(equal))
      return failure();
    ignored = *equal;
    FailureOr<Value> safe = ctx.createValue<SelectOp>(
        ignored, ctx.scalarConstant(targetElement, 0), target);
    if (failed(safe))
      return failure();
    target = *safe;
  }

  // picked[n, d...] = input[n, target[n, d...], d...].
  SmallVector<int64_t> withClassDim(targetType.getShape());
  withClassDim.insert(withClassDim.begin() + 1, 1);
  FailureOr<Value> indices = ctx.reshape(target, withClassDim);
  if (failed(indices))
    return failure();
  FailureOr<Value> picked =
      ctx.createValue<GatherElementsOp>(input, *indices, int64_t(1));
  if (failed(picked))
    return failure();
  picked = ctx.reshape(*picked, targetType.getShape());
  if (failed(picked))
    return failure();
  FailureOr<Value> loss = ctx.unary(UnaryKind::Neg, *picked);
  if (failed(loss))
    return failure();

  // Per-position weights: the class weight, 0 where ignored.
  Value weights;
  if (weight) {
    FailureOr<Value> gathered =
        ctx.createValue<GatherOp>(weight, target, int64_t(0));
    if (failed(gathered))
      return failure();
    weights = *gathered;
  }
  if (ignored) {
    Value one = weights ? weights : ctx.scalarConstant(element, 1.0);
    FailureOr<Value> masked = ctx.createValue<SelectOp>(
        ignored, ctx.scalarConstant(element, 0.0), one);
    if (failed(masked))
      return failure();
    weights = *masked;
  }
  if (weights) {
    loss = ctx.createValue<BinaryOp>(BinaryKind::Mul, *loss, weights);
    if (failed(loss))
      return failure();
  }
  if (*reduction == Reduction::None)
    return loss;

  SmallVector<int64_t> all =
      llvm::to_vector(llvm::seq<int64_t>(0, targetType.getRank()));
  auto reduce = [&](ReduceKind kind, Value value) {
    return ctx.createValue<ReduceOp>(kind, value, ArrayRef(all),
                                     /*keep_dims=*/false);
  };
  if (*reduction == Reduction::Sum)
    return reduce(ReduceKind::Sum, *loss);
  if (!weights)
    return reduce(ReduceKind::Mean, *loss);
  // The weighted mean. The weights may not broadcast to the loss's shape
  // when ignore_index alone gave a scalar 1: expand through the mask.
  FailureOr<Value> total = reduce(ReduceKind::Sum, *loss);
  if (failed(total))
    return failure();
  Value weightShaped = weights;
  if (cast<RankedTensorType>(weights.getType()).getRank() == 0) {
    FailureOr<Value> expanded =
        ctx.createValue<SelectOp>(ignored, ctx.scalarConstant(element, 0.0),
                                  ctx.scalarConstant(element, 1.0));
    if (failed(expanded))
      return failure();
    weightShaped = *expanded;
  }
  FailureOr<Value> weightTotal = reduce(ReduceKind::Sum, weightShaped);
  if (failed(weightTotal))
    return failure();
  return ctx.createValue<BinaryOp>(BinaryKind::Div, *total, *weightTotal);
}

LogicalResult convertNegativeLogLikelihoodLoss(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 3)))
    return failure();
  FailureOr<Value> loss = negativeLogLikelihood(ctx, ctx.input(0), ctx.input(1),
                                                ctx.optionalInput(2));
  if (failed(loss))
    return failure();
  ctx.setOutput(0, *loss);
  return success();
}

LogicalResult convertSoftmaxCrossEntropyLoss(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 3)))
    return failure();
  if (ctx.inputType(0).getRank() < 2)
    return ctx.fail("expects scores [N, C, d...]");
  FailureOr<Value> logProb =
      ctx.createValue<SoftmaxOp>(ctx.input(0), uint64_t(1), /*log=*/true);
  if (failed(logProb))
    return failure();
  FailureOr<Value> loss =
      negativeLogLikelihood(ctx, *logProb, ctx.input(1), ctx.optionalInput(2));
  if (failed(loss))
    return failure();
  ctx.setOutput(0, *loss);
  if (ctx.hasOutput(1))
    ctx.setOutput(1, *logProb);
  return success();
}

} // namespace

void mlir::plinth::onnx_importer::registerLossConverters(
    ConverterRegistry &registry) {
  registry.add("NegativeLogLikelihoodLoss", 12,
               convertNegativeLogLikelihoodLoss);
  registry.add("SoftmaxCrossEntropyLoss", 12, convertSoftmaxCrossEntropyLoss);
}
