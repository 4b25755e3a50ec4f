//===- NNConverters.cpp - ONNX neural-network op converters ---------------===//
//
// Converters for the ONNX ops of classic neural networks: contractions
// (MatMul, Gemm, Einsum), convolutions and pooling, normalizations, softmax,
// reductions and Resize. ONNX conveniences (auto_pad, implicit einsum outputs,
// noop_with_empty_axes, Resize sizes and axes) are resolved here so that the
// plinth ops only carry explicit forms.
//
//===----------------------------------------------------------------------===//

#include "lib/Importer/ONNX/NodeContext.h"

#include "dialects/Plinth/ShapeUtils.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallBitVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MathExtras.h"

#include <array>
#include <cmath>
#include <cstdio>

using namespace mlir;
using namespace mlir::plinth;
using namespace mlir::plinth::onnx_importer;

namespace {

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// A float for messages ("0.5", "1e+07").
std::string floatText(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%g", value);
  return buffer;
}

/// Reads the int list attribute `name`, which must hold `size` values in
/// [min, max]; when absent, `size` copies of `defaultValue`.
FailureOr<SmallVector<int64_t>> intListAttr(NodeContext &ctx, StringRef name,
                                            int64_t size, int64_t defaultValue,
                                            int64_t min, int64_t max) {
  FailureOr<std::optional<SmallVector<int64_t>>> attr = ctx.intsAttr(name);
  if (failed(attr))
    return failure();
  if (!*attr)
    return SmallVector<int64_t>(size, defaultValue);
  SmallVector<int64_t> values = std::move(**attr);
  if (int64_t(values.size()) != size)
    return ctx.fail("attribute '" + name + "' has " + Twine(values.size()) +
                    " values, expected " + Twine(size));
  for (int64_t value : values)
    if (value < min || value > max)
      return ctx.fail("attribute '" + name + "' value " + Twine(value) +
                      " is out of range [" + Twine(min) + ", " + Twine(max) +
                      "]");
  return values;
}

/// A float attribute that must be finite.
FailureOr<float> finiteFloatAttr(NodeContext &ctx, StringRef name,
                                 std::optional<float> defaultValue) {
  FailureOr<float> value = ctx.floatAttr(name, defaultValue);
  if (succeeded(value) && !std::isfinite(*value))
    return ctx.fail("attribute '" + name + "' must be finite");
  return value;
}

/// A bool-valued int attribute (0 or 1).
FailureOr<bool> boolAttr(NodeContext &ctx, StringRef name, bool defaultValue) {
  FailureOr<int64_t> value = ctx.intAttr(name, defaultValue ? 1 : 0, 0, 1);
  if (failed(value))
    return failure();
  return *value != 0;
}

/// A string attribute that selects one of `choices`.
template <typename T>
FailureOr<T> choiceAttr(NodeContext &ctx, StringRef name,
                        StringRef defaultValue,
                        ArrayRef<std::pair<StringRef, T>> choices) {
  FailureOr<std::string> text = ctx.stringAttr(name, defaultValue.str());
  if (failed(text))
    return failure();
  for (const auto &[spelling, value] : choices)
    if (*text == spelling)
      return value;
  return ctx.fail("attribute '" + name + "' = '" + *text +
                  "' is not valid for opset " + Twine(ctx.getOpset()));
}

/// `stash_type` of the normalizations: a floating-point TensorProto type.
/// The plinth ops choose their own accumulation precision, so it is checked
/// and otherwise ignored.
LogicalResult checkStashType(NodeContext &ctx) {
  FailureOr<int64_t> stash = ctx.intAttr("stash_type", 1);
  if (failed(stash))
    return failure();
  // FLOAT, FLOAT16, DOUBLE, BFLOAT16.
  if (!llvm::is_contained({1, 10, 11, 16}, *stash))
    return ctx.fail("attribute 'stash_type' = " + Twine(*stash) +
                    " is not a floating-point type");
  return success();
}

/// Builds a chain of elementwise binary ops; after the first failure it
/// builds nothing more and `ok` stays false.
struct BinaryChain {
  NodeContext &ctx;
  bool ok = true;
  Value operator()(BinaryKind kind, Value lhs, Value rhs) {
    if (!ok)
      return Value();
    FailureOr<Value> result = ctx.createValue<BinaryOp>(kind, lhs, rhs);
    ok = succeeded(result);
    return ok ? *result : Value();
  }
};

//===----------------------------------------------------------------------===//
// Window attributes (Conv, ConvTranspose, pooling)
//===----------------------------------------------------------------------===//

enum class AutoPad { NotSet, Valid, SameUpper, SameLower };

/// Strides, dilations and auto_pad of a window op with `spatial` dims.
struct Window {
  SmallVector<int64_t> strides, dilations;
  AutoPad autoPad;
};

FailureOr<Window> readWindow(NodeContext &ctx, int64_t spatial) {
  FailureOr<SmallVector<int64_t>> strides =
      intListAttr(ctx, "strides", spatial, 1, 1, kMaxElements);
  FailureOr<SmallVector<int64_t>> dilations =
      intListAttr(ctx, "dilations", spatial, 1, 1, kMaxElements);
  FailureOr<AutoPad> autoPad =
      choiceAttr<AutoPad>(ctx, "auto_pad", "NOTSET",
                          {{"NOTSET", AutoPad::NotSet},
                           {"VALID", AutoPad::Valid},
                           {"SAME_UPPER", AutoPad::SameUpper},
                           {"SAME_LOWER", AutoPad::SameLower}});
  if (failed(strides) || failed(dilations) || failed(autoPad))
    return failure();
  return Window{std::move(*strides), std::move(*dilations), *autoPad};
}

/// The kernel of a conv: W's spatial dims, checked against the optional
/// `kernel_shape` attribute (which supplies dims W leaves dynamic).
FailureOr<SmallVector<int64_t>> convKernel(NodeContext &ctx,
                                           ArrayRef<int64_t> filterSpatial) {
  if (!ctx.hasAttr("kernel_shape"))
    return SmallVector<int64_t>(filterSpatial);
  FailureOr<SmallVector<int64_t>> kernel = intListAttr(
      ctx, "kernel_shape", filterSpatial.size(), 1, 1, kMaxElements);
  if (failed(kernel))
    return failure();
  for (auto [dim, size] : llvm::zip(filterSpatial, *kernel))
    if (!ShapedType::isDynamic(dim) && dim != size)
      return ctx.fail("attribute 'kernel_shape' " + formatShape(*kernel) +
                      " differs from the weight's spatial dims " +
                      formatShape(filterSpatial));
  return kernel;
}

/// Splits a total pad: the odd one at the end for SAME_UPPER, at the
/// beginning otherwise.
void splitPad(AutoPad autoPad, int64_t total, int64_t &begin, int64_t &end) {
  int64_t small = total / 2, large = total - total / 2;
  begin = autoPad == AutoPad::SameUpper ? small : large;
  end = autoPad == AutoPad::SameUpper ? large : small;
}

/// Explicit begin/end pads for a conv or pool window. SAME_* pads so that
/// output = ceil(input / stride), which needs static input and kernel dims.
FailureOr<SmallVector<int64_t>> resolvePads(NodeContext &ctx,
                                            const Window &window,
                                            ArrayRef<int64_t> inSpatial,
                                            ArrayRef<int64_t> kernel) {
  int64_t spatial = inSpatial.size();
  if (window.autoPad == AutoPad::NotSet)
    return intListAttr(ctx, "pads", 2 * spatial, 0, 0, kMaxElements);
  SmallVector<int64_t> pads(2 * spatial, 0);
  if (window.autoPad == AutoPad::Valid)
    return pads;
  for (int64_t i = 0; i < spatial; ++i) {
    int64_t in = inSpatial[i], k = kernel[i];
    if (ShapedType::isDynamic(in) || ShapedType::isDynamic(k))
      return ctx.unsupported("auto_pad SAME_UPPER/SAME_LOWER needs static "
                             "spatial dims, got input " +
                             formatShape(inSpatial) + " and kernel " +
                             formatShape(kernel));
    int64_t stride = window.strides[i];
    int64_t out = llvm::divideCeil(in, stride);
    // total = (out - 1) * stride + (k - 1) * dilation + 1 - in.
    int64_t span, total;
    if (llvm::MulOverflow(k - 1, window.dilations[i], span) ||
        llvm::AddOverflow(span, int64_t(1), span) ||
        llvm::MulOverflow(out - 1, stride, total) ||
        llvm::AddOverflow(total, span, total) ||
        llvm::SubOverflow(total, in, total) || total > kMaxElements)
      return ctx.fail("SAME padding of spatial dim " + Twine(i) + " overflows");
    splitPad(window.autoPad, std::max<int64_t>(total, 0), pads[i],
             pads[i + spatial]);
  }
  return pads;
}

//===----------------------------------------------------------------------===//
// MatMul, Gemm, Einsum
//===----------------------------------------------------------------------===//

// MatMul: numpy matmul, exactly plinth.matmul.
LogicalResult convertMatMul(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 2)))
    return failure();
  return setResult(ctx, ctx.createValue<MatMulOp>(ctx.input(0), ctx.input(1)));
}

/// A 0-d constant for Gemm's alpha or beta; integer tensors need integral
/// factors.
FailureOr<Value> gemmFactor(NodeContext &ctx, Type element, float value,
                            StringRef name) {
  if (!isa<FloatType>(element) && std::trunc(value) != value)
    return ctx.unsupported("non-integral " + name + " = " + floatText(value) +
                           " on integer tensors");
  return ctx.scalarConstant(element, value);
}

// Gemm: Y = alpha * A' B' + beta * C, with A' and B' optionally transposed
// (plinth.transpose), a plinth.matmul, and binary mul/add for the factors and
// the unidirectionally broadcast C.
LogicalResult convertGemm(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 3)))
    return failure();
  FailureOr<bool> transA = boolAttr(ctx, "transA", false);
  FailureOr<bool> transB = boolAttr(ctx, "transB", false);
  FailureOr<float> alpha = finiteFloatAttr(ctx, "alpha", 1.0f);
  FailureOr<float> beta = finiteFloatAttr(ctx, "beta", 1.0f);
  if (failed(transA) || failed(transB) || failed(alpha) || failed(beta))
    return failure();
  if (ctx.inputType(0).getRank() != 2 || ctx.inputType(1).getRank() != 2)
    return ctx.fail("A and B must be 2-D, got " +
                    formatShape(ctx.inputType(0).getShape()) + " and " +
                    formatShape(ctx.inputType(1).getShape()));
  static constexpr int64_t kSwap[] = {1, 0};
  Value operands[] = {ctx.input(0), ctx.input(1)};
  bool transposes[] = {*transA, *transB};
  for (auto [operand, transpose] : llvm::zip(operands, transposes)) {
    if (!transpose)
      continue;
    FailureOr<Value> t = ctx.createValue<TransposeOp>(operand, ArrayRef(kSwap));
    if (failed(t))
      return failure();
    operand = *t;
  }
  FailureOr<Value> product =
      ctx.createValue<MatMulOp>(operands[0], operands[1]);
  if (failed(product))
    return failure();
  Value result = *product;
  Type element = cast<RankedTensorType>(result.getType()).getElementType();
  BinaryChain binary{ctx};
  if (*alpha != 1.0f) {
    FailureOr<Value> factor = gemmFactor(ctx, element, *alpha, "alpha");
    if (failed(factor))
      return failure();
    result = binary(BinaryKind::Mul, result, *factor);
  }
  // ONNX skips C when beta is 0 (so a C holding infinities does not matter).
  if (ctx.hasInput(2) && *beta != 0.0f) {
    Value c = ctx.input(2);
    ArrayRef<int64_t> cShape = ctx.inputType(2).getShape();
    ArrayRef<int64_t> yShape =
        cast<RankedTensorType>(product->getType()).getShape();
    // C broadcasts to (M, N) one way only.
    bool fits = cShape.size() <= 2;
    for (size_t i = 0; fits && i < cShape.size(); ++i) {
      int64_t dim = cShape[cShape.size() - 1 - i];
      int64_t target = yShape[yShape.size() - 1 - i];
      fits = dim == 1 || ShapedType::isDynamic(dim) ||
             ShapedType::isDynamic(target) || dim == target;
    }
    if (!fits)
      return ctx.fail("C of shape " + formatShape(cShape) +
                      " does not broadcast to the result " +
                      formatShape(yShape));
    if (*beta != 1.0f) {
      FailureOr<Value> factor = gemmFactor(ctx, element, *beta, "beta");
      if (failed(factor))
        return failure();
      c = binary(BinaryKind::Mul, c, *factor);
    }
    result = binary(BinaryKind::Add, result, c);
  }
  if (!binary.ok)
    return failure();
  ctx.setOutput(0, result);
  return success();
}

/// One term of an einsum equation: its labels, and where its ellipsis sits
/// (std::nullopt without one).
struct EinsumTerm {
  std::string labels;
  std::optional<size_t> ellipsis;
};

FailureOr<EinsumTerm> parseEinsumTerm(NodeContext &ctx, StringRef text) {
  EinsumTerm term;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i).starts_with("...") && !term.ellipsis) {
      term.ellipsis = term.labels.size();
      i += 2;
    } else if (llvm::isAlpha(text[i])) {
      term.labels.push_back(text[i]);
    } else {
      return ctx.fail("einsum term '" + text + "' is malformed at '" +
                      text.substr(i) + "'");
    }
  }
  return term;
}

/// Rewrites an ONNX einsum equation into the explicit form plinth.einsum
/// takes: no spaces, ellipses replaced by fresh letters (right-aligned, numpy
/// broadcasting), and the implicit output (ellipsis dims, then the labels that
/// appear once, in ASCII order) spelled out.
FailureOr<std::string> explicitEinsum(NodeContext &ctx, StringRef equation,
                                      ArrayRef<int64_t> ranks) {
  std::string text;
  llvm::copy_if(equation, std::back_inserter(text),
                [](char c) { return c != ' '; });
  auto [lhs, rhs] = StringRef(text).split("->");
  bool isExplicit = StringRef(text).contains("->");
  if (lhs.contains('-') || lhs.contains('>') || rhs.contains('-') ||
      rhs.contains('>') || rhs.contains(','))
    return ctx.fail("einsum equation '" + equation + "' is malformed");
  SmallVector<StringRef> texts;
  lhs.split(texts, ',');
  if (texts.size() != ranks.size())
    return ctx.fail("einsum equation '" + equation + "' has " +
                    Twine(texts.size()) + " input terms for " +
                    Twine(ranks.size()) + " inputs");
  SmallVector<EinsumTerm> terms;
  std::array<int64_t, 128> counts = {};
  int64_t ellipsisDims = 0;
  for (auto [termText, rank] : llvm::zip(texts, ranks)) {
    FailureOr<EinsumTerm> term = parseEinsumTerm(ctx, termText);
    if (failed(term))
      return failure();
    int64_t labels = term->labels.size();
    if (term->ellipsis ? labels > rank : labels != rank)
      return ctx.fail("einsum term '" + termText + "' does not match rank " +
                      Twine(rank));
    if (term->ellipsis)
      ellipsisDims = std::max(ellipsisDims, rank - labels);
    for (char label : term->labels)
      ++counts[static_cast<unsigned char>(label)];
    terms.push_back(std::move(*term));
  }
  std::string fresh;
  for (char c :
       StringRef("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
    if (int64_t(fresh.size()) < ellipsisDims && counts[c] == 0 &&
        !rhs.contains(c))
      fresh.push_back(c);
  if (int64_t(fresh.size()) < ellipsisDims)
    return ctx.unsupported("einsum equation '" + equation +
                           "' needs more than 52 distinct labels");

  // Spells a term with its ellipsis replaced by the last `dims` fresh labels.
  auto spell = [&](const EinsumTerm &term, int64_t dims) {
    if (!term.ellipsis)
      return term.labels;
    return term.labels.substr(0, *term.ellipsis) +
           fresh.substr(ellipsisDims - dims) +
           term.labels.substr(*term.ellipsis);
  };
  std::string result;
  for (auto [i, term] : llvm::enumerate(terms))
    result +=
        (i ? "," : "") + spell(term, ranks[i] - int64_t(term.labels.size()));
  result += "->";
  if (!isExplicit) {
    result += fresh;
    for (int c = 0; c < 128; ++c)
      if (counts[c] == 1)
        result.push_back(char(c));
    return result;
  }
  FailureOr<EinsumTerm> output = parseEinsumTerm(ctx, rhs);
  if (failed(output))
    return failure();
  std::array<bool, 128> seen = {};
  for (char label : output->labels) {
    unsigned char index = static_cast<unsigned char>(label);
    if (counts[index] == 0 || seen[index])
      return ctx.fail("einsum output label '" + StringRef(&label, 1) +
                      "' is missing from the inputs or repeated");
    seen[index] = true;
  }
  if (!output->ellipsis && ellipsisDims > 0)
    return ctx.fail("einsum output has no '...' for the " +
                    Twine(ellipsisDims) + " broadcast dims of the inputs");
  return result + spell(*output, ellipsisDims);
}

// Einsum: plinth.einsum with the equation made explicit.
LogicalResult convertEinsum(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, std::numeric_limits<int64_t>::max())))
    return failure();
  FailureOr<std::string> equation = ctx.stringAttr("equation", std::nullopt);
  if (failed(equation))
    return failure();
  SmallVector<Value> inputs;
  SmallVector<int64_t> ranks;
  for (int64_t i = 0, e = ctx.numInputs(); i < e; ++i) {
    if (!ctx.hasInput(i))
      return ctx.fail("input " + Twine(i) + " is missing");
    inputs.push_back(ctx.input(i));
    ranks.push_back(ctx.inputType(i).getRank());
  }
  FailureOr<std::string> explicitEquation =
      explicitEinsum(ctx, *equation, ranks);
  if (failed(explicitEquation))
    return failure();
  return setResult(ctx, ctx.createValue<EinsumOp>(StringRef(*explicitEquation),
                                                  ValueRange(inputs)));
}

//===----------------------------------------------------------------------===//
// Conv, ConvTranspose
//===----------------------------------------------------------------------===//

/// Common reading of Conv and ConvTranspose: X and W of the same rank >= 3,
/// the kernel, the window and the group.
struct ConvAttrs {
  SmallVector<int64_t> kernel;
  Window window;
  int64_t group;
};

FailureOr<ConvAttrs> readConv(NodeContext &ctx) {
  ArrayRef<int64_t> x = ctx.inputType(0).getShape();
  ArrayRef<int64_t> w = ctx.inputType(1).getShape();
  if (x.size() < 3 || w.size() != x.size())
    return ctx.fail("X and W must have the same rank >= 3, got " +
                    formatShape(x) + " and " + formatShape(w));
  FailureOr<SmallVector<int64_t>> kernel = convKernel(ctx, w.drop_front(2));
  FailureOr<Window> window = readWindow(ctx, x.size() - 2);
  FailureOr<int64_t> group = ctx.intAttr("group", 1, 1, kMaxElements);
  if (failed(kernel) || failed(window) || failed(group))
    return failure();
  return ConvAttrs{std::move(*kernel), std::move(*window), *group};
}

// Conv: plinth.conv with the weight's kernel and auto_pad resolved to pads.
LogicalResult convertConv(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 3)))
    return failure();
  FailureOr<ConvAttrs> conv = readConv(ctx);
  if (failed(conv))
    return failure();
  FailureOr<SmallVector<int64_t>> pads =
      resolvePads(ctx, conv->window, ctx.inputType(0).getShape().drop_front(2),
                  conv->kernel);
  if (failed(pads))
    return failure();
  return setResult(ctx, ctx.createValue<ConvOp>(
                            ctx.input(0), ctx.input(1), ctx.optionalInput(2),
                            ArrayRef(conv->window.strides), ArrayRef(*pads),
                            ArrayRef(conv->window.dilations),
                            uint64_t(conv->group)));
}

// ConvTranspose: plinth.conv_transpose. An `output_shape` (or SAME auto_pad,
// whose output is input * stride) becomes explicit pads per the ONNX spec:
// total = stride * (in - 1) + output_padding + (k - 1) * dilation + 1 - out,
// split with the odd pad at the end for SAME_UPPER, at the beginning
// otherwise; a negative total becomes extra output_padding.
LogicalResult convertConvTranspose(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 3)))
    return failure();
  FailureOr<ConvAttrs> conv = readConv(ctx);
  if (failed(conv))
    return failure();
  ArrayRef<int64_t> x = ctx.inputType(0).getShape();
  int64_t spatial = x.size() - 2;
  const Window &window = conv->window;
  FailureOr<SmallVector<int64_t>> outputPadding =
      intListAttr(ctx, "output_padding", spatial, 0, 0, kMaxElements);
  FailureOr<std::optional<SmallVector<int64_t>>> outputShape =
      ctx.intsAttr("output_shape");
  if (failed(outputPadding) || failed(outputShape))
    return failure();

  SmallVector<int64_t> pads(2 * spatial, 0);
  if (*outputShape || window.autoPad == AutoPad::SameUpper ||
      window.autoPad == AutoPad::SameLower) {
    // output_shape holds the spatial dims, or the whole N x C x ... shape.
    ArrayRef<int64_t> target;
    if (*outputShape) {
      target = **outputShape;
      if (int64_t(target.size()) == spatial + 2)
        target = target.drop_front(2);
      if (int64_t(target.size()) != spatial)
        return ctx.fail("attribute 'output_shape' has " + Twine(target.size()) +
                        " values for " + Twine(spatial) + " spatial dims");
    }
    for (int64_t i = 0; i < spatial; ++i) {
      int64_t in = x[i + 2], k = conv->kernel[i];
      int64_t stride = window.strides[i], dilation = window.dilations[i];
      if (ShapedType::isDynamic(in) || ShapedType::isDynamic(k))
        return ctx.unsupported("output_shape or SAME auto_pad needs static "
                               "spatial dims, got input " +
                               formatShape(x) + " and kernel " +
                               formatShape(conv->kernel));
      int64_t out, full, span;
      if (*outputShape)
        out = target[i];
      else if (llvm::MulOverflow(in, stride, out))
        out = -1;
      if (out < 1 || out > kMaxElements)
        return ctx.fail("output size " + Twine(out) + " of spatial dim " +
                        Twine(i) + " is out of range");
      // full = stride * (in - 1) + output_padding + (k - 1) * dilation + 1.
      if (llvm::MulOverflow(stride, in - 1, full) ||
          llvm::MulOverflow(k - 1, dilation, span) ||
          llvm::AddOverflow(full, span, full) ||
          llvm::AddOverflow(full, (*outputPadding)[i] + 1, full) ||
          full > kMaxElements)
        return ctx.fail("output size of spatial dim " + Twine(i) +
                        " overflows");
      if (full < out) {
        // A larger output is zero-extended at the end (as onnxruntime does):
        // more output_padding, as far as plinth.conv_transpose allows it.
        (*outputPadding)[i] += out - full;
        if ((*outputPadding)[i] >= std::max(stride, dilation))
          return ctx.unsupported("output size " + Twine(out) +
                                 " of spatial dim " + Twine(i) +
                                 " exceeds the natural size " + Twine(full) +
                                 " by more than the stride");
        continue;
      }
      splitPad(window.autoPad, full - out, pads[i], pads[i + spatial]);
    }
  } else if (window.autoPad == AutoPad::NotSet) {
    FailureOr<SmallVector<int64_t>> explicitPads =
        intListAttr(ctx, "pads", 2 * spatial, 0, 0, kMaxElements);
    if (failed(explicitPads))
      return failure();
    pads = std::move(*explicitPads);
  }
  return setResult(ctx, ctx.createValue<ConvTransposeOp>(
                            ctx.input(0), ctx.input(1), ctx.optionalInput(2),
                            ArrayRef(window.strides), ArrayRef(pads),
                            ArrayRef(window.dilations),
                            ArrayRef(*outputPadding), uint64_t(conv->group)));
}

//===----------------------------------------------------------------------===//
// Pooling
//===----------------------------------------------------------------------===//

/// LpPool's value for the resolved window: pow(avg_pool(|x|^p, counting the
/// padding) * window size, 1/p), with x*x and sqrt for p = 2.
FailureOr<Value> lpPool(NodeContext &ctx, ArrayRef<int64_t> kernel,
                        const Window &window, ArrayRef<int64_t> pads,
                        bool ceilMode) {
  FailureOr<int64_t> p = ctx.intAttr("p", 2, 1, 64);
  if (failed(p))
    return failure();
  Value x = ctx.input(0);
  Type element = ctx.inputType(0).getElementType();
  FailureOr<Value> powered =
      *p == 2 ? ctx.createValue<BinaryOp>(BinaryKind::Mul, x, x)
              : ctx.unary(UnaryKind::Abs, x);
  if (failed(powered))
    return failure();
  if (*p > 2)
    powered = ctx.createValue<BinaryOp>(
        BinaryKind::Pow, *powered, ctx.scalarConstant(element, double(*p)));
  if (failed(powered))
    return failure();
  FailureOr<Value> mean = ctx.createValue<PoolOp>(
      PoolKind::Avg, *powered, kernel, ArrayRef(window.strides), pads,
      ArrayRef(window.dilations), ceilMode, /*count_include_pad=*/true);
  if (failed(mean))
    return failure();
  int64_t size = 1;
  for (int64_t k : kernel)
    size *= k;
  FailureOr<Value> sum = ctx.createValue<BinaryOp>(
      BinaryKind::Mul, *mean, ctx.scalarConstant(element, double(size)));
  if (failed(sum) || *p == 1)
    return sum;
  if (*p == 2)
    return ctx.unary(UnaryKind::Sqrt, *sum);
  return ctx.createValue<BinaryOp>(BinaryKind::Pow, *sum,
                                   ctx.scalarConstant(element, 1.0 / *p));
}

// MaxPool and AveragePool: plinth.pool with auto_pad resolved. MaxPool's
// Indices output is not supported.
//
// LpPool (`lp`) is ((sum over the window of |x|^p))^(1/p): an average pool of
// |x|^p counting the padding (which adds 0), times the window size.
LogicalResult convertPool(NodeContext &ctx, PoolKind kind, bool lp = false) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  ArrayRef<int64_t> x = ctx.inputType(0).getShape();
  if (x.size() < 3)
    return ctx.fail("X must have rank >= 3 (N x C x D1 ...), got " +
                    formatShape(x));
  if (kind == PoolKind::Max && ctx.hasOutput(1))
    return ctx.unsupported("the Indices output of MaxPool");
  if (!ctx.hasAttr("kernel_shape"))
    return ctx.fail("required attribute 'kernel_shape' is missing");
  int64_t spatial = x.size() - 2;
  FailureOr<SmallVector<int64_t>> kernel =
      intListAttr(ctx, "kernel_shape", spatial, 1, 1, kMaxElements);
  FailureOr<Window> window = readWindow(ctx, spatial);
  FailureOr<bool> ceilMode = boolAttr(ctx, "ceil_mode", false);
  // count_include_pad is AveragePool's; storage_order is MaxPool's and only
  // shapes the Indices output, rejected above.
  FailureOr<bool> countIncludePad = boolAttr(ctx, "count_include_pad", false);
  FailureOr<bool> storageOrder = boolAttr(ctx, "storage_order", false);
  if (failed(kernel) || failed(window) || failed(ceilMode) ||
      failed(countIncludePad) || failed(storageOrder))
    return failure();
  FailureOr<SmallVector<int64_t>> pads =
      resolvePads(ctx, *window, x.drop_front(2), *kernel);
  if (failed(pads))
    return failure();
  if (lp) {
    // The average pool leaves a ceil_mode overhang out of its divisor, so
    // times the window size would overcount there.
    if (*ceilMode)
      return ctx.unsupported("LpPool with ceil_mode = 1");
    return setResult(ctx, lpPool(ctx, *kernel, *window, *pads, *ceilMode));
  }
  return setResult(
      ctx, ctx.createValue<PoolOp>(kind, ctx.input(0), ArrayRef(*kernel),
                                   ArrayRef(window->strides), ArrayRef(*pads),
                                   ArrayRef(window->dilations), *ceilMode,
                                   kind == PoolKind::Avg && *countIncludePad));
}

// GlobalAveragePool and GlobalMaxPool: plinth.reduce mean/max over all
// spatial axes, keeping them as size-1 dims.
LogicalResult convertGlobalPool(NodeContext &ctx, ReduceKind kind) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  int64_t rank = ctx.inputType(0).getRank();
  if (rank < 3)
    return ctx.fail("X must have rank >= 3 (N x C x D1 ...), got rank " +
                    Twine(rank));
  SmallVector<int64_t> axes = llvm::to_vector(llvm::seq<int64_t>(2, rank));
  return setResult(ctx,
                   ctx.createValue<ReduceOp>(kind, ctx.input(0), ArrayRef(axes),
                                             /*keep_dims=*/true));
}

//===----------------------------------------------------------------------===//
// Normalizations
//===----------------------------------------------------------------------===//

/// Reshapes a per-channel vector [C] to [C, 1, ..., 1] so that it broadcasts
/// over an N x C x ... tensor of rank `rank`.
FailureOr<Value> perChannel(NodeContext &ctx, Value param, int64_t rank) {
  SmallVector<int64_t> shape(rank - 1, 1);
  shape[0] = cast<RankedTensorType>(param.getType()).getDimSize(0);
  return ctx.reshape(param, shape);
}

// BatchNormalization (inference): y = (x - mean) * (scale / sqrt(var + eps))
// + B, per channel, as elementwise plinth ops.
LogicalResult convertBatchNorm(NodeContext &ctx) {
  if (failed(ctx.expectInputs(5, 5)))
    return failure();
  FailureOr<float> epsilon = finiteFloatAttr(ctx, "epsilon", 1e-5f);
  FailureOr<float> momentum = ctx.floatAttr("momentum", 0.9f);
  FailureOr<bool> training = boolAttr(ctx, "training_mode", false);
  FailureOr<bool> spatialMode = boolAttr(ctx, "spatial", true); // opset < 9
  if (failed(epsilon) || failed(momentum) || failed(training) ||
      failed(spatialMode))
    return failure();
  if (*training)
    return ctx.unsupported("training_mode = 1 (only inference is supported)");
  if (!*spatialMode)
    return ctx.unsupported("spatial = 0 (per-activation statistics)");
  for (int64_t i = 1; i < 5; ++i)
    if (ctx.hasOutput(i))
      return ctx.unsupported("the running statistics outputs (training only)");
  RankedTensorType xType = ctx.inputType(0);
  Type element = xType.getElementType();
  if (xType.getRank() < 2 || !isa<FloatType>(element))
    return ctx.fail("X must be a float tensor of rank >= 2 (N x C x ...)");
  int64_t channels = xType.getDimSize(1);
  SmallVector<Value> params; // scale, B, mean, var
  for (int64_t i = 1; i < 5; ++i) {
    ArrayRef<int64_t> shape = ctx.inputType(i).getShape();
    if (shape.size() != 1 ||
        (!ShapedType::isDynamic(shape[0]) && !ShapedType::isDynamic(channels) &&
         shape[0] != channels))
      return ctx.fail("input " + Twine(i) + " must have shape [" +
                      formatShape({channels}) + "], got " + formatShape(shape));
    FailureOr<Value> param = ctx.castTo(ctx.input(i), element);
    if (failed(param))
      return failure();
    params.push_back(*param);
  }
  BinaryChain binary{ctx};
  Value variance =
      binary(BinaryKind::Add, params[3], ctx.scalarConstant(element, *epsilon));
  if (!binary.ok)
    return failure();
  FailureOr<Value> stddev = ctx.unary(UnaryKind::Sqrt, variance);
  if (failed(stddev))
    return failure();
  Value factor = binary(BinaryKind::Div, params[0], *stddev);
  if (!binary.ok)
    return failure();
  int64_t rank = xType.getRank();
  FailureOr<Value> mean = perChannel(ctx, params[2], rank);
  FailureOr<Value> scale = perChannel(ctx, factor, rank);
  FailureOr<Value> bias = perChannel(ctx, params[1], rank);
  if (failed(mean) || failed(scale) || failed(bias))
    return failure();
  Value y = binary(BinaryKind::Sub, ctx.input(0), *mean);
  y = binary(BinaryKind::Mul, y, *scale);
  y = binary(BinaryKind::Add, y, *bias);
  if (!binary.ok)
    return failure();
  ctx.setOutput(0, y);
  return success();
}

// InstanceNormalization: plinth.group_norm with one group per channel.
LogicalResult convertInstanceNorm(NodeContext &ctx) {
  if (failed(ctx.expectInputs(3, 3)))
    return failure();
  FailureOr<float> epsilon = finiteFloatAttr(ctx, "epsilon", 1e-5f);
  if (failed(epsilon))
    return failure();
  RankedTensorType xType = ctx.inputType(0);
  if (xType.getRank() < 3)
    return ctx.fail("input must have rank >= 3 (N x C x D1 ...), got " +
                    formatShape(xType.getShape()));
  int64_t channels = xType.getDimSize(1);
  if (ShapedType::isDynamic(channels) || channels < 1)
    return ctx.unsupported("a dynamic or empty channel dim");
  return setResult(ctx, ctx.createValue<GroupNormOp>(
                            ctx.input(0), ctx.input(1), ctx.input(2),
                            uint64_t(channels), APFloat(*epsilon)));
}

// GroupNormalization: plinth.group_norm. Opset 18 has per-group scale and
// bias [G], spread to per-channel [C] (reshape [G, 1], expand [G, C/G],
// reshape [C]); opset 21 has them per channel already.
LogicalResult convertGroupNorm(NodeContext &ctx, bool perGroupParams) {
  if (failed(ctx.expectInputs(3, 3)) || failed(checkStashType(ctx)))
    return failure();
  FailureOr<float> epsilon = finiteFloatAttr(ctx, "epsilon", 1e-5f);
  FailureOr<int64_t> groups =
      ctx.intAttr("num_groups", std::nullopt, 1, kMaxElements);
  if (failed(epsilon) || failed(groups))
    return failure();
  RankedTensorType xType = ctx.inputType(0);
  if (xType.getRank() < 3)
    return ctx.fail("X must have rank >= 3 (N x C x D1 ...), got " +
                    formatShape(xType.getShape()));
  int64_t channels = xType.getDimSize(1);
  if (!ShapedType::isDynamic(channels) && channels % *groups != 0)
    return ctx.fail(Twine(channels) + " channels do not split into " +
                    Twine(*groups) + " groups");
  Value params[] = {ctx.input(1), ctx.input(2)};
  if (perGroupParams) {
    if (ShapedType::isDynamic(channels))
      return ctx.unsupported("per-group scale and bias with a dynamic "
                             "channel dim");
    for (Value &param : params) {
      auto type = cast<RankedTensorType>(param.getType());
      if (type.getRank() != 1 || (!ShapedType::isDynamic(type.getDimSize(0)) &&
                                  type.getDimSize(0) != *groups))
        return ctx.fail("scale and bias must have shape [" + Twine(*groups) +
                        "], got " + formatShape(type.getShape()));
      FailureOr<Value> column = ctx.reshape(param, {*groups, 1});
      if (failed(column))
        return failure();
      auto expandedType = RankedTensorType::get({*groups, channels / *groups},
                                                type.getElementType());
      FailureOr<Value> expanded =
          ctx.createValue<ExpandOp>(expandedType, *column, Value());
      if (failed(expanded))
        return failure();
      FailureOr<Value> flat = ctx.reshape(*expanded, {channels});
      if (failed(flat))
        return failure();
      param = *flat;
    }
  }
  return setResult(
      ctx, ctx.createValue<GroupNormOp>(ctx.input(0), params[0], params[1],
                                        uint64_t(*groups), APFloat(*epsilon)));
}

// LayerNormalization: plinth.layer_norm over dims axis..rank-1. The Mean and
// InvStdDev outputs are not supported.
LogicalResult convertLayerNorm(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 3)) || failed(checkStashType(ctx)))
    return failure();
  bool statistics = ctx.hasOutput(1) || ctx.hasOutput(2);
  if (statistics && !ctx.inputType(0).getElementType().isF32())
    return ctx.unsupported("the Mean and InvStdDev outputs of a non-f32 input");
  FailureOr<int64_t> axisAttr = ctx.intAttr("axis", -1);
  FailureOr<float> epsilon = finiteFloatAttr(ctx, "epsilon", 1e-5f);
  if (failed(axisAttr) || failed(epsilon))
    return failure();
  int64_t rank = ctx.inputType(0).getRank();
  FailureOr<int64_t> axis = ctx.normalizeAxis(*axisAttr, rank);
  if (failed(axis))
    return failure();
  if (failed(setResult(ctx, ctx.createValue<LayerNormOp>(
                                ctx.input(0), ctx.input(1), ctx.optionalInput(2),
                                uint64_t(*axis), APFloat(*epsilon)))))
    return failure();
  if (!statistics)
    return success();
  // The training outputs, spelled out: Mean = mean(x), InvStdDev =
  // 1 / sqrt(mean((x - Mean)^2) + epsilon), over the normalized dims (kept).
  SmallVector<int64_t> axes = llvm::to_vector(llvm::seq<int64_t>(*axis, rank));
  Value x = ctx.input(0);
  Type f32 = ctx.getBuilder().getF32Type();
  FailureOr<Moments> stats = moments(ctx, x, axes);
  if (failed(stats))
    return failure();
  FailureOr<Value> shifted = ctx.createValue<BinaryOp>(
      BinaryKind::Add, stats->variance, ctx.scalarConstant(f32, *epsilon));
  if (failed(shifted))
    return failure();
  FailureOr<Value> stddev = ctx.unary(UnaryKind::Sqrt, *shifted);
  if (failed(stddev))
    return failure();
  FailureOr<Value> inverse = ctx.createValue<BinaryOp>(
      BinaryKind::Div, ctx.scalarConstant(f32, 1.0), *stddev);
  if (failed(inverse))
    return failure();
  if (ctx.hasOutput(1))
    ctx.setOutput(1, stats->mean);
  if (ctx.hasOutput(2))
    ctx.setOutput(2, *inverse);
  return success();
}

// Softmax and LogSoftmax (opset 13: along one axis): plinth.softmax.
LogicalResult convertSoftmax(NodeContext &ctx, bool log) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  FailureOr<int64_t> axisAttr = ctx.intAttr("axis", -1);
  if (failed(axisAttr))
    return failure();
  FailureOr<int64_t> axis =
      ctx.normalizeAxis(*axisAttr, ctx.inputType(0).getRank());
  if (failed(axis))
    return failure();
  return setResult(
      ctx, ctx.createValue<SoftmaxOp>(ctx.input(0), uint64_t(*axis), log));
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

/// Max/min of booleans (any/all): reduce 0/1 as i32, then compare with 0.
FailureOr<Value> reduceBool(NodeContext &ctx, ReduceKind kind, Value input,
                            ArrayRef<int64_t> axes, bool keepDims) {
  Type i32 = ctx.getBuilder().getI32Type();
  FailureOr<Value> asInt = ctx.createValue<SelectOp>(
      input, ctx.scalarConstant(i32, 1), ctx.scalarConstant(i32, 0));
  if (failed(asInt))
    return failure();
  FailureOr<Value> reduced =
      ctx.createValue<ReduceOp>(kind, *asInt, axes, keepDims);
  if (failed(reduced))
    return failure();
  return ctx.createValue<CompareOp>(ComparePredicate::GT, *reduced,
                                    ctx.scalarConstant(i32, 0));
}

// Reduce*: plinth.reduce over normalized, sorted, unique axes, taken from the
// `axes` attribute (older opsets) or the constant `axes` input. Empty axes
// reduce everything, or no axis with noop_with_empty_axes = 1.
//
// ReduceL1 and ReduceLogSum are a sum with `before` (abs) applied to the
// input or `after` (log) applied to the result.
LogicalResult convertReduce(NodeContext &ctx, ReduceKind kind,
                            bool axesFromInput,
                            std::optional<UnaryKind> before = std::nullopt,
                            std::optional<UnaryKind> after = std::nullopt) {
  if (failed(ctx.expectInputs(1, axesFromInput ? 2 : 1)))
    return failure();
  FailureOr<bool> keepDims = boolAttr(ctx, "keepdims", true);
  FailureOr<bool> noop = boolAttr(ctx, "noop_with_empty_axes", false);
  if (failed(keepDims) || failed(noop))
    return failure();
  Value input = ctx.input(0);
  int64_t rank = ctx.inputType(0).getRank();
  SmallVector<int64_t> axes;
  if (axesFromInput && ctx.hasInput(1)) {
    FailureOr<SmallVector<int64_t>> values = ctx.requireConstantInts(1, "axes");
    if (failed(values))
      return failure();
    axes = std::move(*values);
  } else if (!axesFromInput) {
    FailureOr<std::optional<SmallVector<int64_t>>> attr = ctx.intsAttr("axes");
    if (failed(attr))
      return failure();
    if (*attr)
      axes = std::move(**attr);
  }
  // A no-op reduces over no axes: plinth.reduce folds that to its input,
  // except for sum_square, l2 and log_sum_exp, which still transform every
  // element (as onnxruntime and the ONNX reference do).
  bool isBool = ctx.inputType(0).getElementType().isInteger(1);
  if (axes.empty() && *noop && isBool)
    return setResult(ctx, input);
  if (axes.empty() && !*noop)
    axes = llvm::to_vector(llvm::seq<int64_t>(0, rank));
  if (failed(ctx.normalizeAxes(axes, rank)))
    return failure();
  if (!isBool) {
    if (before) {
      FailureOr<Value> mapped = ctx.unary(*before, input);
      if (failed(mapped))
        return failure();
      input = *mapped;
    }
    FailureOr<Value> reduced =
        ctx.createValue<ReduceOp>(kind, input, ArrayRef(axes), *keepDims);
    if (failed(reduced) || !after)
      return setResult(ctx, reduced);
    return setResult(ctx, ctx.unary(*after, *reduced));
  }
  if (kind != ReduceKind::Max && kind != ReduceKind::Min)
    return ctx.fail("reduction of boolean elements");
  return setResult(ctx, reduceBool(ctx, kind, input, axes, *keepDims));
}

// ArgMax and ArgMin: plinth.arg_reduce along one axis.
LogicalResult convertArgReduce(NodeContext &ctx, ArgReduceKind kind) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  FailureOr<int64_t> axisAttr = ctx.intAttr("axis", 0);
  FailureOr<bool> keepDims = boolAttr(ctx, "keepdims", true);
  FailureOr<bool> selectLast = boolAttr(ctx, "select_last_index", false);
  if (failed(axisAttr) || failed(keepDims) || failed(selectLast))
    return failure();
  FailureOr<int64_t> axis =
      ctx.normalizeAxis(*axisAttr, ctx.inputType(0).getRank());
  if (failed(axis))
    return failure();
  return setResult(ctx, ctx.createValue<ArgReduceOp>(kind, ctx.input(0),
                                                     uint64_t(*axis), *keepDims,
                                                     *selectLast));
}

//===----------------------------------------------------------------------===//
// Resize
//===----------------------------------------------------------------------===//

/// True when input `i` is present and not an empty tensor (ONNX marks an
/// unused `scales` input of Resize-11 with an empty tensor).
bool hasNonEmptyInput(NodeContext &ctx, int64_t i) {
  if (!ctx.hasInput(i))
    return false;
  RankedTensorType type = ctx.inputType(i);
  return !(type.getRank() == 1 && type.getDimSize(0) == 0);
}

FailureOr<CoordinateTransform> readCoordinateTransform(NodeContext &ctx) {
  using CT = CoordinateTransform;
  // The spellings plinth has no enum for are mapped to TfCropAndResize and
  // rejected below.
  SmallVector<std::pair<StringRef, CT>> choices = {
      {"half_pixel", CT::HalfPixel},
      {"pytorch_half_pixel", CT::PytorchHalfPixel},
      {"align_corners", CT::AlignCorners},
      {"asymmetric", CT::Asymmetric},
      {"tf_crop_and_resize", CT::TfCropAndResize}};
  if (ctx.getOpset() >= 19)
    choices.push_back({"half_pixel_symmetric", CT::HalfPixelSymmetric});
  if (ctx.getOpset() < 13)
    choices.push_back({"tf_half_pixel_for_nn", CT::TfCropAndResize});
  FailureOr<CT> transform = choiceAttr<CT>(
      ctx, "coordinate_transformation_mode", "half_pixel", choices);
  if (succeeded(transform) && *transform == CT::TfCropAndResize)
    return ctx.unsupported("coordinate_transformation_mode "
                           "'tf_crop_and_resize' (roi) or "
                           "'tf_half_pixel_for_nn'");
  return transform;
}

// Resize (opset 11+): plinth.resize with one static scale per dim and the
// output shape in the result type. Scales give output dims floor(in * scale);
// sizes give scales size / in (after keep_aspect_ratio_policy).
LogicalResult convertResize(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 4)))
    return failure();
  FailureOr<ResizeMode> mode =
      choiceAttr<ResizeMode>(ctx, "mode", "nearest",
                             {{"nearest", ResizeMode::Nearest},
                              {"linear", ResizeMode::Linear},
                              {"cubic", ResizeMode::Cubic}});
  FailureOr<NearestMode> nearestMode = choiceAttr<NearestMode>(
      ctx, "nearest_mode", "round_prefer_floor",
      {{"round_prefer_floor", NearestMode::RoundPreferFloor},
       {"round_prefer_ceil", NearestMode::RoundPreferCeil},
       {"floor", NearestMode::Floor},
       {"ceil", NearestMode::Ceil}});
  enum class Policy { Stretch, NotLarger, NotSmaller };
  FailureOr<Policy> policy =
      choiceAttr<Policy>(ctx, "keep_aspect_ratio_policy", "stretch",
                         {{"stretch", Policy::Stretch},
                          {"not_larger", Policy::NotLarger},
                          {"not_smaller", Policy::NotSmaller}});
  FailureOr<CoordinateTransform> transform = readCoordinateTransform(ctx);
  FailureOr<float> cubicCoeff = finiteFloatAttr(ctx, "cubic_coeff_a", -0.75f);
  FailureOr<bool> excludeOutside = boolAttr(ctx, "exclude_outside", false);
  FailureOr<float> extrapolation = ctx.floatAttr("extrapolation_value", 0.0f);
  FailureOr<bool> antialias = boolAttr(ctx, "antialias", false);
  FailureOr<std::optional<SmallVector<int64_t>>> axesAttr =
      ctx.intsAttr("axes");
  if (failed(mode) || failed(nearestMode) || failed(policy) ||
      failed(transform) || failed(cubicCoeff) || failed(excludeOutside) ||
      failed(extrapolation) || failed(antialias) || failed(axesAttr))
    return failure();
  if (*antialias)
    return ctx.unsupported("antialias = 1");
  RankedTensorType xType = ctx.inputType(0);
  ArrayRef<int64_t> in = xType.getShape();
  int64_t rank = in.size();
  if (llvm::is_contained(in, 0))
    return ctx.unsupported("input dims must be non-empty, got " +
                           formatShape(in));
  if (!isa<FloatType>(xType.getElementType()) && *mode != ResizeMode::Nearest)
    return ctx.unsupported("linear or cubic interpolation of integers");

  SmallVector<int64_t> axes = llvm::to_vector(llvm::seq<int64_t>(0, rank));
  if (*axesAttr) {
    axes.clear();
    llvm::SmallBitVector seen(rank);
    for (int64_t axis : **axesAttr) {
      FailureOr<int64_t> normalized =
          ctx.normalizeAxis(axis, rank, "axes value");
      if (failed(normalized))
        return failure();
      if (seen.test(*normalized))
        return ctx.fail("attribute 'axes' repeats axis " + Twine(axis));
      seen.set(*normalized);
      axes.push_back(*normalized);
    }
  }

  bool hasScales = hasNonEmptyInput(ctx, 2);
  if (hasScales == hasNonEmptyInput(ctx, 3))
    return ctx.fail("exactly one of 'scales' and 'sizes' must be given");
  SmallVector<double> scales(rank, 1.0);
  SmallVector<int64_t> out(in);
  // Sets dim `axis` to floor(value) after a range check.
  auto setDim = [&](int64_t axis, double value) -> LogicalResult {
    if (!(value >= 0.0))
      return ctx.fail("output dim " + Twine(axis) + " would have size " +
                      floatText(value));
    if (value < 1.0 || value > double(kMaxElements))
      return ctx.unsupported("output dim " + Twine(axis) + " of size " +
                             floatText(value));
    out[axis] = int64_t(value);
    return success();
  };
  if (hasScales) {
    std::optional<SmallVector<double>> values = ctx.constantFloats(2);
    if (!values)
      return ctx.unsupported("'scales' must be a constant");
    if (values->size() != axes.size())
      return ctx.fail("'scales' has " + Twine(values->size()) + " values for " +
                      Twine(axes.size()) + " axes");
    for (auto [axis, scale] : llvm::zip(axes, *values)) {
      if (!(scale > 0.0) || !std::isfinite(scale))
        return ctx.fail("scale " + floatText(scale) +
                        " is not positive and finite");
      scales[axis] = scale;
      // A dim known only at run time is floor(dim * scale) there.
      if (ShapedType::isDynamic(in[axis]))
        continue;
      if (failed(setDim(axis, std::floor(double(in[axis]) * scale))))
        return failure();
    }
  } else {
    std::optional<SmallVector<int64_t>> values = ctx.constantInts(3);
    if (!values)
      return ctx.unsupported("'sizes' must be a constant");
    if (values->size() != axes.size() || axes.empty())
      return ctx.fail("'sizes' has " + Twine(values->size()) + " values for " +
                      Twine(axes.size()) + " axes");
    for (auto [axis, size] : llvm::zip(axes, *values)) {
      if (ShapedType::isDynamic(in[axis]))
        return ctx.unsupported("'sizes' for an input dim known only at run "
                               "time (the scale would be too)");
      if (failed(setDim(axis, double(size))))
        return failure();
      scales[axis] = double(size) / double(in[axis]);
    }
    if (*policy != Policy::Stretch) {
      double scale = scales[axes.front()];
      for (int64_t axis : axes)
        scale = *policy == Policy::NotLarger ? std::min(scale, scales[axis])
                                             : std::max(scale, scales[axis]);
      for (int64_t axis : axes) {
        scales[axis] = scale;
        // round_int: nearest, halfway cases up.
        if (failed(setDim(axis, std::floor(double(in[axis]) * scale + 0.5))))
          return failure();
      }
    }
  }
  SmallVector<float> scaleAttr;
  for (double scale : scales) {
    if (scale > 1.0e6)
      return ctx.unsupported("scale " + floatText(scale) + " above 1e6");
    scaleAttr.push_back(float(scale));
  }
  auto resultType = RankedTensorType::get(out, xType.getElementType());
  return setResult(
      ctx, ctx.createValue<ResizeOp>(resultType, ctx.input(0), *mode,
                                     *transform, *nearestMode,
                                     ArrayRef(scaleAttr), APFloat(*cubicCoeff),
                                     *excludeOutside, APFloat(*extrapolation)));
}

} // namespace

namespace mlir::plinth::onnx_importer {

void registerNNConverters(ConverterRegistry &registry) {
  // A converter that passes `arg` on to `convert`.
  auto bind = [](auto convert, auto arg) -> Converter {
    return [=](NodeContext &ctx) { return convert(ctx, arg); };
  };
  registry.add("MatMul", 1, convertMatMul);
  registry.add("Gemm", 7, convertGemm);
  registry.add("Einsum", 12, convertEinsum);
  registry.add("Conv", 1, convertConv);
  registry.add("ConvTranspose", 1, convertConvTranspose);
  registry.add("MaxPool", 1, [](NodeContext &ctx) {
    return convertPool(ctx, PoolKind::Max);
  });
  registry.add("AveragePool", 1, [](NodeContext &ctx) {
    return convertPool(ctx, PoolKind::Avg);
  });
  registry.add("LpPool", 11, [](NodeContext &ctx) {
    return convertPool(ctx, PoolKind::Avg, /*lp=*/true);
  });
  registry.add("GlobalAveragePool", 1,
               bind(convertGlobalPool, ReduceKind::Mean));
  registry.add("GlobalMaxPool", 1, bind(convertGlobalPool, ReduceKind::Max));
  registry.add("BatchNormalization", 7, convertBatchNorm);
  registry.add("InstanceNormalization", 6, convertInstanceNorm);
  registry.add("GroupNormalization", 18, bind(convertGroupNorm, true));
  registry.add("GroupNormalization", 21, bind(convertGroupNorm, false));
  registry.add("LayerNormalization", 17, convertLayerNorm);
  registry.add("Softmax", 13, bind(convertSoftmax, false));
  registry.add("LogSoftmax", 13, bind(convertSoftmax, true));
  registry.add("ArgMax", 1, bind(convertArgReduce, ArgReduceKind::ArgMax));
  registry.add("ArgMin", 1, bind(convertArgReduce, ArgReduceKind::ArgMin));
  registry.add("Resize", 11, convertResize);

  // Axes come from an attribute until ReduceSum-13 and the other
  // reductions' opset 18, then from an input.
  const std::pair<StringRef, ReduceKind> reductions[] = {
      {"ReduceSum", ReduceKind::Sum},
      {"ReduceMean", ReduceKind::Mean},
      {"ReduceMax", ReduceKind::Max},
      {"ReduceMin", ReduceKind::Min},
      {"ReduceProd", ReduceKind::Prod},
      {"ReduceSumSquare", ReduceKind::SumSquare},
      {"ReduceL2", ReduceKind::L2},
      {"ReduceLogSumExp", ReduceKind::LogSumExp}};
  for (auto [name, kind] : reductions) {
    auto convert = [kind = kind](NodeContext &ctx, bool axesFromInput) {
      return convertReduce(ctx, kind, axesFromInput);
    };
    registry.add(name, 1, bind(convert, false));
    registry.add(name, kind == ReduceKind::Sum ? 13 : 18, bind(convert, true));
  }
  const std::tuple<StringRef, std::optional<UnaryKind>,
                   std::optional<UnaryKind>>
      sums[] = {{"ReduceL1", UnaryKind::Abs, std::nullopt},
                {"ReduceLogSum", std::nullopt, UnaryKind::Log}};
  for (auto [name, before, after] : sums) {
    auto convert = [before = before, after = after](NodeContext &ctx,
                                                    bool axesFromInput) {
      return convertReduce(ctx, ReduceKind::Sum, axesFromInput, before, after);
    };
    registry.add(name, 1, bind(convert, false));
    registry.add(name, 18, bind(convert, true));
  }
}

} // namespace mlir::plinth::onnx_importer
