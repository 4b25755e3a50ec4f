//===- TransformerConverters.cpp - ONNX transformer op converters ---------===//
//
// Converters for the fused transformer ops of opset 23: Attention,
// RMSNormalization and RotaryEmbedding. They import directly to plinth's
// fused ops, which work in the B x H x S x D layout; ONNX's 3-D layout
// (B x S x H*D) is reshaped and transposed around them.
//
//===----------------------------------------------------------------------===//

#include "lib/Importer/ONNX/NodeContext.h"

#include "dialects/Plinth/ShapeUtils.h"
#include "llvm/ADT/STLExtras.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::plinth;
using namespace mlir::plinth::onnx_importer;

namespace {

/// (B, S, H*D) <-> (B, H, S, D) swaps dims 1 and 2.
constexpr int64_t kSwapHeadsAndSequence[] = {0, 2, 1, 3};

/// Brings a 3-D (B, S, H*D) tensor to 4-D (B, H, S, D): reshape to
/// (B, S, H, D), then transpose. The hidden size must be static and a
/// multiple of `heads`.
FailureOr<Value> splitHeads(NodeContext &ctx, Value value, int64_t heads,
                            StringRef what) {
  ArrayRef<int64_t> shape = cast<RankedTensorType>(value.getType()).getShape();
  int64_t hidden = shape[2];
  if (ShapedType::isDynamic(hidden))
    return ctx.unsupported(what + " with a dynamic hidden size");
  if (hidden % heads != 0)
    return ctx.fail(what + " hidden size " + Twine(hidden) +
                    " is not a multiple of " + Twine(heads) + " heads");
  FailureOr<Value> split =
      ctx.reshape(value, {shape[0], shape[1], heads, hidden / heads});
  if (failed(split))
    return failure();
  return ctx.createValue<TransposeOp>(*split, ArrayRef(kSwapHeadsAndSequence));
}

/// The inverse of splitHeads: (B, H, S, D) to (B, S, H*D). H and D are
/// static.
FailureOr<Value> mergeHeads(NodeContext &ctx, Value value) {
  FailureOr<Value> transposed =
      ctx.createValue<TransposeOp>(value, ArrayRef(kSwapHeadsAndSequence));
  if (failed(transposed))
    return failure();
  ArrayRef<int64_t> shape =
      cast<RankedTensorType>(transposed->getType()).getShape();
  int64_t hidden =
      ShapedType::isDynamic(shape[2]) || ShapedType::isDynamic(shape[3])
          ? ShapedType::kDynamic
          : shape[2] * shape[3];
  return ctx.reshape(*transposed, {shape[0], shape[1], hidden});
}

/// Dim `dim` of `value` as a 0-d i64 tensor: a constant when static, else
/// read with shape_of + gather.
FailureOr<Value> dimScalar(NodeContext &ctx, Value value, int64_t dim) {
  int64_t size = cast<RankedTensorType>(value.getType()).getDimSize(dim);
  if (!ShapedType::isDynamic(size))
    return ctx.i64Constant({size}, /*scalar=*/true);
  FailureOr<Value> shape = ctx.createValue<ShapeOfOp>(value);
  if (failed(shape))
    return failure();
  return ctx.createValue<GatherOp>(
      *shape, ctx.i64Constant({dim}, /*scalar=*/true), uint64_t(0));
}

/// `0, 1, ..., length - 1` as a 1-D i64 tensor of `size` (possibly dynamic)
/// elements.
FailureOr<Value> iota(NodeContext &ctx, Value length, int64_t size) {
  auto type = RankedTensorType::get({size}, ctx.getBuilder().getI64Type());
  return ctx.createValue<RangeOp>(type, ctx.i64Constant({0}, true), length,
                                  ctx.i64Constant({1}, true));
}

/// The causal mask of ONNX Attention: query i attends key j iff j <= i +
/// past_length, bottom-right aligned with a KV cache (`pastKey`), upper-left
/// without one (null `pastKey`). An Sq x T i1 tensor.
FailureOr<Value> offsetCausalMask(NodeContext &ctx, Value query, Value key,
                                  Value pastKey) {
  int64_t queryLength = cast<RankedTensorType>(query.getType()).getDimSize(2);
  int64_t totalLength = cast<RankedTensorType>(key.getType()).getDimSize(2);
  FailureOr<Value> sq = dimScalar(ctx, query, 2);
  FailureOr<Value> total = dimScalar(ctx, key, 2);
  if (failed(sq) || failed(total))
    return failure();
  FailureOr<Value> rows = iota(ctx, *sq, queryLength);
  FailureOr<Value> cols = iota(ctx, *total, totalLength);
  if (failed(rows) || failed(cols))
    return failure();
  FailureOr<Value> limit = *rows;
  if (pastKey) {
    FailureOr<Value> past = dimScalar(ctx, pastKey, 2);
    if (failed(past))
      return failure();
    limit = ctx.createValue<BinaryOp>(BinaryKind::Add, *rows, *past);
  }
  if (failed(limit))
    return failure();
  FailureOr<Value> limitColumn = ctx.reshape(*limit, {queryLength, 1});
  FailureOr<Value> colsRow = ctx.reshape(*cols, {1, totalLength});
  if (failed(limitColumn) || failed(colsRow))
    return failure();
  return ctx.createValue<CompareOp>(ComparePredicate::LE, *colsRow,
                                    *limitColumn);
}

/// Adds the causal constraint `allowed` (i1) to an attention mask: a boolean
/// mask is intersected with it, an additive mask gets -inf where it is false.
FailureOr<Value> combineMasks(NodeContext &ctx, Value mask, Value allowed,
                              Type element) {
  if (!mask)
    return allowed;
  Type maskElement = cast<RankedTensorType>(mask.getType()).getElementType();
  if (maskElement.isInteger(1))
    return ctx.createValue<BinaryOp>(BinaryKind::And, mask, allowed);
  FailureOr<Value> bias = ctx.createValue<SelectOp>(
      allowed, ctx.scalarConstant(element, 0.0),
      ctx.scalarConstant(element, -std::numeric_limits<double>::infinity()));
  if (failed(bias))
    return failure();
  return ctx.createValue<BinaryOp>(BinaryKind::Add, mask, *bias);
}

/// Attention's optional qk_matmul_output, computed beside the fused op from
/// the same (4-D, cache-concatenated) operands as the reference does:
/// softcap(Q*sqrt(scale) @ (K*sqrt(scale))^T) for modes 0 and 1 (mode 0
/// includes the softcap as onnx 1.23's reference does), plus the
/// additive mask (mask and causal constraint as 0 / -inf) for mode 2, and its
/// softmax for mode 3, where rows with no attendable key are 0. Grouped K
/// heads are repeated to the query's heads.
FailureOr<Value> qkMatmulOutput(NodeContext &ctx, Value query, Value key,
                                Value mask, bool causal, FloatAttr scale,
                                float softcap, int64_t mode) {
  auto queryType = cast<RankedTensorType>(query.getType());
  auto keyType = cast<RankedTensorType>(key.getType());
  if (!queryType.hasStaticShape() || !keyType.hasStaticShape())
    return ctx.unsupported("qk_matmul_output of shapes known only at run time");
  Type element = queryType.getElementType();
  int64_t qHeads = queryType.getDimSize(1), kvHeads = keyType.getDimSize(1);
  if (qHeads != kvHeads) {
    if (qHeads % kvHeads != 0)
      return ctx.fail("q heads are not a multiple of kv heads");
    // [B, Hkv, T, D] -> [B, Hkv, 1, T, D] -> [B, Hkv, G, T, D] -> [B, Hq, T, D]
    ArrayRef<int64_t> k = keyType.getShape();
    FailureOr<Value> column = ctx.reshape(key, {k[0], k[1], 1, k[2], k[3]});
    if (failed(column))
      return failure();
    FailureOr<Value> repeated = ctx.createValue<ExpandOp>(
        RankedTensorType::get({k[0], k[1], qHeads / kvHeads, k[2], k[3]},
                              element),
        *column, Value());
    if (failed(repeated))
      return failure();
    FailureOr<Value> merged =
        ctx.reshape(*repeated, {k[0], qHeads, k[2], k[3]});
    if (failed(merged))
      return failure();
    key = *merged;
  }
  double scaleValue = scale ? scale.getValueAsDouble()
                            : 1.0 / std::sqrt(double(queryType.getDimSize(3)));
  Value rootScale = ctx.scalarConstant(element, std::sqrt(scaleValue));
  FailureOr<Value> q =
      ctx.createValue<BinaryOp>(BinaryKind::Mul, query, rootScale);
  FailureOr<Value> k =
      ctx.createValue<BinaryOp>(BinaryKind::Mul, key, rootScale);
  if (failed(q) || failed(k))
    return failure();
  const int64_t swapLast[] = {0, 1, 3, 2};
  FailureOr<Value> kT = ctx.createValue<TransposeOp>(*k, ArrayRef(swapLast));
  if (failed(kT))
    return failure();
  FailureOr<Value> scores = ctx.createValue<MatMulOp>(*q, *kT);
  if (failed(scores))
    return failure();
  if (softcap > 0.0f) {
    Value cap = ctx.scalarConstant(element, softcap);
    FailureOr<Value> divided =
        ctx.createValue<BinaryOp>(BinaryKind::Div, *scores, cap);
    if (failed(divided))
      return failure();
    FailureOr<Value> bounded = ctx.unary(UnaryKind::Tanh, *divided);
    if (failed(bounded))
      return failure();
    scores = ctx.createValue<BinaryOp>(BinaryKind::Mul, *bounded, cap);
    if (failed(scores))
      return failure();
  }
  if (mode < 2)
    return scores;
  // The additive bias: the mask (a boolean one as 0 / -inf) and the causal
  // constraint.
  Value zero = ctx.scalarConstant(element, 0.0);
  Value minusInf =
      ctx.scalarConstant(element, -std::numeric_limits<double>::infinity());
  Value bias;
  if (mask) {
    FailureOr<Value> maskBias = mask;
    if (cast<RankedTensorType>(mask.getType()).getElementType().isInteger(1))
      maskBias = ctx.createValue<SelectOp>(mask, zero, minusInf);
    if (failed(maskBias))
      return failure();
    bias = *maskBias;
  }
  if (causal) {
    FailureOr<Value> allowed = offsetCausalMask(ctx, query, key, Value());
    if (failed(allowed))
      return failure();
    FailureOr<Value> causalBias =
        ctx.createValue<SelectOp>(*allowed, zero, minusInf);
    if (failed(causalBias))
      return failure();
    FailureOr<Value> combined =
        bias ? ctx.createValue<BinaryOp>(BinaryKind::Add, bias, *causalBias)
             : causalBias;
    if (failed(combined))
      return failure();
    bias = *combined;
  }
  if (bias)
    scores = ctx.createValue<BinaryOp>(BinaryKind::Add, *scores, bias);
  if (failed(scores) || mode == 2)
    return scores;
  FailureOr<Value> probabilities =
      ctx.createValue<SoftmaxOp>(*scores, uint64_t(3), false);
  if (failed(probabilities) || !bias)
    return probabilities;
  // Zero the rows whose bias is -inf everywhere.
  FailureOr<Value> rowMax = ctx.createValue<ReduceOp>(
      ReduceKind::Max, bias,
      ArrayRef<int64_t>{cast<RankedTensorType>(bias.getType()).getRank() - 1},
      /*keep_dims=*/true);
  if (failed(rowMax))
    return failure();
  FailureOr<Value> blocked =
      ctx.createValue<CompareOp>(ComparePredicate::EQ, *rowMax, minusInf);
  if (failed(blocked))
    return failure();
  return ctx.createValue<SelectOp>(*blocked, zero, *probabilities);
}

//===----------------------------------------------------------------------===//
// Attention
//===----------------------------------------------------------------------===//

// Attention (opset 23): plinth.attention on B x H x S x D operands. 3-D
// inputs are split into heads first and the result merged back; past_key /
// past_value are concatenated on the sequence axis before the op and are the
// present_key / present_value outputs. With a KV cache, is_causal is
// bottom-right aligned (j <= i + past_length), which plinth.attention's
// upper-left causal flag does not express, so the mask is built explicitly.
LogicalResult convertAttention(NodeContext &ctx) {
  int64_t opset = ctx.getOpset();
  if (failed(ctx.expectInputs(3, opset >= 24 ? 7 : 6)))
    return failure();
  FailureOr<int64_t> isCausal = ctx.intAttr("is_causal", 0, 0, 1);
  FailureOr<int64_t> qkMode = ctx.intAttr("qk_matmul_output_mode", 0, 0, 3);
  FailureOr<float> softcap = ctx.floatAttr("softcap", 0.0f);
  FailureOr<int64_t> leftWindow = ctx.intAttr(
      "left_window_size", -1, -1, std::numeric_limits<int64_t>::max());
  FailureOr<int64_t> rightWindow = ctx.intAttr(
      "right_window_size", -1, -1, std::numeric_limits<int64_t>::max());
  if (failed(isCausal) || failed(qkMode) || failed(softcap) ||
      failed(leftWindow) || failed(rightWindow))
    return failure();
  if (ctx.hasInput(6))
    return ctx.unsupported("nonpad_kv_seqlen (an external KV cache)");
  if (*leftWindow != -1 || *rightWindow != -1)
    return ctx.unsupported("sliding-window attention");
  // The reference applies a softcap only when it is positive.
  if (!std::isfinite(*softcap))
    return ctx.fail("attribute 'softcap' must be finite");
  float softcapValue = *softcap > 0.0f ? *softcap : 0.0f;
  FloatAttr scale;
  if (ctx.hasAttr("scale")) {
    FailureOr<float> value = ctx.floatAttr("scale", std::nullopt);
    if (failed(value))
      return failure();
    // ONNX scales Q and K by sqrt(scale).
    if (!std::isfinite(*value) || *value < 0.0f)
      return ctx.fail("attribute 'scale' must be finite and non-negative");
    scale = ctx.getBuilder().getF32FloatAttr(*value);
  }
  if (ctx.hasAttr("softmax_precision")) {
    // Checked, then left to the lowering: plinth.attention has no precision
    // attribute.
    FailureOr<int64_t> precision = ctx.intAttr("softmax_precision", 1);
    if (failed(precision))
      return failure();
    if (!llvm::is_contained({1, 10, 11, 16}, *precision))
      return ctx.fail("attribute 'softmax_precision' = " + Twine(*precision) +
                      " is not a floating-point type");
  }
  if (ctx.hasInput(4) != ctx.hasInput(5))
    return ctx.fail("past_key and past_value must be given together");

  Value query = ctx.input(0), key = ctx.input(1), value = ctx.input(2);
  int64_t rank = ctx.inputType(0).getRank();
  if ((rank != 3 && rank != 4) || ctx.inputType(1).getRank() != rank ||
      ctx.inputType(2).getRank() != rank)
    return ctx.fail("Q, K and V must all be 3-D or all 4-D, got " +
                    formatShape(ctx.inputType(0).getShape()) + ", " +
                    formatShape(ctx.inputType(1).getShape()) + " and " +
                    formatShape(ctx.inputType(2).getShape()));
  bool hasHeadAttrs = ctx.hasAttr("q_num_heads") || ctx.hasAttr("kv_num_heads");
  if (rank == 3) {
    FailureOr<int64_t> qHeads =
        ctx.intAttr("q_num_heads", std::nullopt, 1, kMaxElements);
    FailureOr<int64_t> kvHeads =
        ctx.intAttr("kv_num_heads", std::nullopt, 1, kMaxElements);
    if (failed(qHeads) || failed(kvHeads))
      return failure();
    FailureOr<Value> q = splitHeads(ctx, query, *qHeads, "Q");
    FailureOr<Value> k = splitHeads(ctx, key, *kvHeads, "K");
    FailureOr<Value> v = splitHeads(ctx, value, *kvHeads, "V");
    if (failed(q) || failed(k) || failed(v))
      return failure();
    query = *q;
    key = *k;
    value = *v;
  } else if (hasHeadAttrs && opset >= 25) {
    return ctx.fail("q_num_heads and kv_num_heads must not be given for 4-D "
                    "inputs");
  } else if (hasHeadAttrs) {
    // Opsets 23 and 24 tolerate them; they must agree with the dims.
    const std::pair<StringRef, int64_t> heads[] = {
        {"q_num_heads", ctx.inputType(0).getDimSize(1)},
        {"kv_num_heads", ctx.inputType(1).getDimSize(1)}};
    for (auto [name, dim] : heads) {
      if (!ctx.hasAttr(name))
        continue;
      FailureOr<int64_t> count =
          ctx.intAttr(name, std::nullopt, 1, kMaxElements);
      if (failed(count))
        return failure();
      if (!ShapedType::isDynamic(dim) && dim != *count)
        return ctx.fail("attribute '" + name + "' = " + Twine(*count) +
                        " but the input has " + Twine(dim) + " heads");
    }
  }

  // KV cache: present = concat(past, new) on the sequence axis.
  Value pastKey = ctx.optionalInput(4);
  if (pastKey) {
    if (ctx.inputType(4).getRank() != 4 || ctx.inputType(5).getRank() != 4)
      return ctx.fail("past_key and past_value must be 4-D (B, H, P, D)");
    FailureOr<Value> presentKey =
        ctx.createValue<ConcatOp>(ValueRange{pastKey, key}, uint64_t(2));
    FailureOr<Value> presentValue =
        ctx.createValue<ConcatOp>(ValueRange{ctx.input(5), value}, uint64_t(2));
    if (failed(presentKey) || failed(presentValue))
      return failure();
    key = *presentKey;
    value = *presentValue;
  }
  ctx.setOutput(1, key);
  ctx.setOutput(2, value);

  // V may have its own float type (T2); the op computes in Q's type.
  Type element = cast<RankedTensorType>(query.getType()).getElementType();
  if (cast<RankedTensorType>(key.getType()).getElementType() != element)
    return ctx.fail("Q and K must have the same element type");
  FailureOr<Value> castValue = ctx.castTo(value, element);
  if (failed(castValue))
    return failure();

  Value mask = ctx.optionalInput(3);
  if (mask) {
    ArrayRef<int64_t> maskShape = ctx.inputType(3).getShape();
    if (maskShape.empty())
      return ctx.fail("attn_mask must have rank >= 1");
    int64_t maskLength = maskShape.back();
    int64_t totalLength = cast<RankedTensorType>(key.getType()).getDimSize(2);
    if (!ShapedType::isDynamic(maskLength) &&
        !ShapedType::isDynamic(totalLength) && maskLength < totalLength)
      return ctx.unsupported("an attn_mask of " + Twine(maskLength) +
                             " keys, shorter than the " + Twine(totalLength) +
                             " total keys (ONNX pads it)");
    // Additive masks of another type (U) are added in Q's type.
    if (!ctx.inputType(3).getElementType().isInteger(1)) {
      FailureOr<Value> castMask = ctx.castTo(mask, element);
      if (failed(castMask))
        return failure();
      mask = *castMask;
    }
  }
  bool causalFlag = *isCausal != 0;
  if (causalFlag && pastKey &&
      cast<RankedTensorType>(pastKey.getType()).getDimSize(2) != 0) {
    FailureOr<Value> allowed = offsetCausalMask(ctx, query, key, pastKey);
    if (failed(allowed))
      return failure();
    FailureOr<Value> combined = combineMasks(ctx, mask, *allowed, element);
    if (failed(combined))
      return failure();
    mask = *combined;
    causalFlag = false;
  }

  if (ctx.hasOutput(3)) {
    FailureOr<Value> qk = qkMatmulOutput(ctx, query, key, mask, causalFlag,
                                         scale, softcapValue, *qkMode);
    if (failed(qk))
      return failure();
    ctx.setOutput(3, *qk);
  }
  FailureOr<Value> result = ctx.createValue<AttentionOp>(
      query, key, *castValue, mask, causalFlag, scale, APFloat(softcapValue));
  if (failed(result))
    return failure();
  Value output = *result;
  if (rank == 3) {
    FailureOr<Value> merged = mergeHeads(ctx, output);
    if (failed(merged))
      return failure();
    output = *merged;
  }
  ctx.setOutput(0, output);
  return success();
}

//===----------------------------------------------------------------------===//
// RMSNormalization
//===----------------------------------------------------------------------===//

// RMSNormalization (opset 23): plinth.rms_norm over dims axis..rank-1. Y has
// the scale's type (V), so X is cast to it first when the two differ.
LogicalResult convertRMSNorm(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 2)))
    return failure();
  FailureOr<int64_t> axisAttr = ctx.intAttr("axis", -1);
  FailureOr<float> epsilon = ctx.floatAttr("epsilon", 1e-5f);
  FailureOr<int64_t> stash = ctx.intAttr("stash_type", 1);
  if (failed(axisAttr) || failed(epsilon) || failed(stash))
    return failure();
  if (!std::isfinite(*epsilon))
    return ctx.fail("attribute 'epsilon' must be finite");
  // FLOAT, FLOAT16, DOUBLE, BFLOAT16; the accumulation precision is the
  // lowering's choice.
  if (!llvm::is_contained({1, 10, 11, 16}, *stash))
    return ctx.fail("attribute 'stash_type' = " + Twine(*stash) +
                    " is not a floating-point type");
  FailureOr<int64_t> axis =
      ctx.normalizeAxis(*axisAttr, ctx.inputType(0).getRank());
  if (failed(axis))
    return failure();
  Type scaleElement = ctx.inputType(1).getElementType();
  if (!isa<FloatType>(scaleElement) ||
      !isa<FloatType>(ctx.inputType(0).getElementType()))
    return ctx.fail("X and scale must have floating-point elements");
  FailureOr<Value> input = ctx.castTo(ctx.input(0), scaleElement);
  if (failed(input))
    return failure();
  FailureOr<Value> result = ctx.createValue<RMSNormOp>(
      *input, ctx.input(1), uint64_t(*axis), APFloat(*epsilon));
  if (failed(result))
    return failure();
  ctx.setOutput(0, *result);
  return success();
}

//===----------------------------------------------------------------------===//
// RotaryEmbedding
//===----------------------------------------------------------------------===//

// RotaryEmbedding (opset 23): plinth.rotary_embedding on a B x H x S x D
// input. A 3-D (B, S, H*D) input is split into `num_heads` heads, rotated and
// merged back.
LogicalResult convertRotaryEmbedding(NodeContext &ctx) {
  if (failed(ctx.expectInputs(3, 4)))
    return failure();
  FailureOr<int64_t> interleaved = ctx.intAttr("interleaved", 0, 0, 1);
  FailureOr<int64_t> rotaryDim =
      ctx.intAttr("rotary_embedding_dim", 0, 0, kMaxElements);
  if (failed(interleaved) || failed(rotaryDim))
    return failure();
  Value input = ctx.input(0);
  ArrayRef<int64_t> shape = ctx.inputType(0).getShape();
  int64_t rank = shape.size();
  if (rank != 3 && rank != 4)
    return ctx.fail("X must be 3-D (B, S, hidden) or 4-D (B, H, S, D), got " +
                    formatShape(shape));
  if (rank == 3) {
    FailureOr<int64_t> heads =
        ctx.intAttr("num_heads", std::nullopt, 1, kMaxElements);
    if (failed(heads))
      return failure();
    FailureOr<Value> split = splitHeads(ctx, input, *heads, "X");
    if (failed(split))
      return failure();
    input = *split;
  } else if (ctx.hasAttr("num_heads")) {
    FailureOr<int64_t> heads =
        ctx.intAttr("num_heads", std::nullopt, 1, kMaxElements);
    if (failed(heads))
      return failure();
    if (!ShapedType::isDynamic(shape[1]) && shape[1] != *heads)
      return ctx.fail("num_heads = " + Twine(*heads) + " but X has " +
                      Twine(shape[1]) + " heads");
  }
  int64_t headSize = cast<RankedTensorType>(input.getType()).getDimSize(3);
  if (!ShapedType::isDynamic(headSize)) {
    if (*rotaryDim == 0 && headSize % 2 != 0)
      return ctx.fail("head size " + Twine(headSize) + " must be even");
    if (*rotaryDim > headSize || *rotaryDim % 2 != 0)
      return ctx.fail("rotary_embedding_dim " + Twine(*rotaryDim) +
                      " must be even and at most the head size " +
                      Twine(headSize));
  } else if (*rotaryDim % 2 != 0) {
    return ctx.fail("rotary_embedding_dim " + Twine(*rotaryDim) +
                    " must be even");
  }
  FailureOr<Value> result = ctx.createValue<RotaryEmbeddingOp>(
      input, ctx.input(1), ctx.input(2), ctx.optionalInput(3),
      *interleaved != 0, uint64_t(*rotaryDim));
  if (failed(result))
    return failure();
  Value output = *result;
  if (rank == 3) {
    FailureOr<Value> merged = mergeHeads(ctx, output);
    if (failed(merged))
      return failure();
    output = *merged;
  }
  ctx.setOutput(0, output);
  return success();
}

} // namespace

namespace mlir::plinth::onnx_importer {

void registerTransformerConverters(ConverterRegistry &registry) {
  registry.add("Attention", 23, convertAttention);
  registry.add("RMSNormalization", 23, convertRMSNorm);
  registry.add("RotaryEmbedding", 23, convertRotaryEmbedding);
}

} // namespace mlir::plinth::onnx_importer
