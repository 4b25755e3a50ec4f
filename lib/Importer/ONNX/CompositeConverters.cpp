//===- CompositeConverters.cpp - ONNX ops spelled out as plinth ops -------===//
//
// ONNX ops that are compositions of plinth ops, imported as those
// compositions (the dialect's "normalized, not a mirror of ONNX" rule):
//
//   Hardmax          argmax along the axis == iota along the axis, as 0/1
//   OneHot           indices (wrapped from [-depth, 0)) == iota, selecting
//                    the off/on values
//   EyeLike          a constant (the shape must be static)
//   DepthToSpace     reshape, transpose, reshape (DCR and CRD orders)
//   SpaceToDepth     reshape, transpose, reshape
//   LpNormalization  x / ||x||_p along the axis (p = 1 or 2), 0 where the
//                    norm is 0
//   MeanVarianceNormalization
//                    (x - mean) / (sqrt(mean((x - mean)^2)) + 1e-9)
//   Hann/Hamming/BlackmanWindow
//                    a cosine sum over an iota
//   LRN              x / (bias + alpha * avg_pool(x^2 across channels))^beta
//
//===----------------------------------------------------------------------===//

#include "lib/Importer/ONNX/ImporterState.h"
#include "lib/Importer/ONNX/NodeContext.h"

#include "mlir/IR/Matchers.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mlir::plinth;
using namespace mlir::plinth::onnx_importer;

namespace {

/// The most elements a converter here builds a literal of (an iota, an eye).
constexpr int64_t kMaxLiteralElements = int64_t(1) << 24;

/// The i64 constant 0, 1, ..., size - 1 laid along `axis` of a rank-`rank`
/// tensor (every other dim 1), for comparing with indices by broadcasting.
Value iotaAlong(NodeContext &ctx, int64_t size, int64_t axis, int64_t rank) {
  SmallVector<int64_t> shape(rank, 1);
  shape[axis] = size;
  auto type = RankedTensorType::get(shape, ctx.getBuilder().getI64Type());
  SmallVector<int64_t> values = llvm::to_vector(llvm::seq<int64_t>(0, size));
  return ConstantOp::create(
      ctx.getBuilder(), ctx.getLoc(),
      cast<ElementsAttr>(DenseElementsAttr::get(type, ArrayRef(values))));
}

/// Fails the node unless dim `axis` of input `i` is static; returns it.
FailureOr<int64_t> staticDim(NodeContext &ctx, int64_t i, int64_t axis,
                             StringRef what) {
  int64_t size = ctx.inputType(i).getDimSize(axis);
  if (ShapedType::isDynamic(size))
    return ctx.unsupported(what + llvm::Twine(" must be static"));
  return size;
}

//===----------------------------------------------------------------------===//
// Hardmax, OneHot, EyeLike
//===----------------------------------------------------------------------===//

/// Hardmax-13: 1 at the first maximum along `axis`, 0 elsewhere. (Before
/// opset 13 the input was flattened to 2-D at `axis`; that form is not
/// registered.)
LogicalResult convertHardmax(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  RankedTensorType type = ctx.inputType(0);
  FailureOr<int64_t> axisAttr = ctx.intAttr("axis", -1);
  if (failed(axisAttr))
    return failure();
  FailureOr<int64_t> axis = ctx.normalizeAxis(*axisAttr, type.getRank());
  if (failed(axis))
    return failure();
  FailureOr<int64_t> size = staticDim(ctx, 0, *axis, "the Hardmax axis");
  if (failed(size))
    return failure();
  FailureOr<Value> argmax = ctx.createValue<ArgReduceOp>(
      ArgReduceKind::ArgMax, ctx.input(0), *axis, /*keep_dims=*/true,
      /*select_last_index=*/false);
  if (failed(argmax))
    return failure();
  FailureOr<Value> isMax =
      ctx.createValue<CompareOp>(ComparePredicate::EQ, *argmax,
                                 iotaAlong(ctx, *size, *axis, type.getRank()));
  if (failed(isMax))
    return failure();
  return setResult(ctx, ctx.castTo(*isMax, type.getElementType()));
}

/// OneHot-11: output[..., j, ...] (j at `axis`) is values[1] where
/// j == indices (negative indices count from `depth`), else values[0]. The
/// depth must be a constant.
LogicalResult convertOneHot(NodeContext &ctx) {
  if (failed(ctx.expectInputs(3, 3)))
    return failure();
  std::optional<SmallVector<double>> depthValues = ctx.constantFloats(1);
  if (!depthValues || depthValues->size() != 1)
    return ctx.unsupported("OneHot depth must be a constant scalar");
  double depthValue = (*depthValues)[0];
  if (!(depthValue >= 1.0))
    return ctx.fail("depth must be positive, not " +
                    std::to_string(depthValue));
  if (depthValue > double(kMaxLiteralElements))
    return ctx.unsupported("depth above " + llvm::Twine(kMaxLiteralElements));
  int64_t depth = int64_t(depthValue);
  RankedTensorType valuesType = ctx.inputType(2);
  if (valuesType.getRank() != 1 || valuesType.getDimSize(0) != 2)
    return ctx.fail("values must be a tensor of 2 elements [off, on]");
  int64_t rank = ctx.inputType(0).getRank() + 1;
  FailureOr<int64_t> axisAttr = ctx.intAttr("axis", -1);
  if (failed(axisAttr))
    return failure();
  FailureOr<int64_t> axis = ctx.normalizeAxis(*axisAttr, rank);
  if (failed(axis))
    return failure();

  Type i64 = ctx.getBuilder().getI64Type();
  FailureOr<Value> indices = ctx.castTo(ctx.input(0), i64);
  if (failed(indices))
    return failure();
  // Negative indices count from depth: Python modulo maps [-depth, depth)
  // onto [0, depth); other values never match the iota.
  FailureOr<Value> negative = ctx.createValue<CompareOp>(
      ComparePredicate::LT, *indices, ctx.scalarConstant(i64, 0));
  if (failed(negative))
    return failure();
  FailureOr<Value> shifted = ctx.createValue<BinaryOp>(
      BinaryKind::Add, *indices, ctx.scalarConstant(i64, double(depth)));
  if (failed(shifted))
    return failure();
  FailureOr<Value> wrapped =
      ctx.createValue<SelectOp>(*negative, *shifted, *indices);
  if (failed(wrapped))
    return failure();
  // Unsqueeze at axis (the dims of indices are regrouped, so no shape
  // operand is needed even when they are dynamic).
  ArrayRef<int64_t> dims = ctx.inputType(0).getShape();
  SmallVector<int64_t> expanded(dims.begin(), dims.end());
  expanded.insert(expanded.begin() + *axis, 1);
  FailureOr<Value> unsqueezed = ctx.createValue<ReshapeOp>(
      RankedTensorType::get(expanded, i64), *wrapped, Value());
  if (failed(unsqueezed))
    return failure();
  FailureOr<Value> hot = ctx.createValue<CompareOp>(
      ComparePredicate::EQ, *unsqueezed, iotaAlong(ctx, depth, *axis, rank));
  if (failed(hot))
    return failure();
  Value values = ctx.input(2);
  auto scalarOf = [&](int64_t index) -> FailureOr<Value> {
    FailureOr<Value> element = ctx.createValue<SliceOp>(
        RankedTensorType::get({1}, valuesType.getElementType()), values,
        Value(), Value(), ArrayRef<int64_t>{0}, ArrayRef<int64_t>{index},
        ArrayRef<int64_t>{index + 1}, ArrayRef<int64_t>{1});
    if (failed(element))
      return failure();
    return ctx.reshape(*element, {});
  };
  FailureOr<Value> off = scalarOf(0), on = scalarOf(1);
  if (failed(off) || failed(on))
    return failure();
  return setResult(ctx, ctx.createValue<SelectOp>(*hot, *on, *off));
}

/// EyeLike: ones on diagonal `k` of a static 2-D shape, as a constant of
/// `dtype` (default: the input's element type).
LogicalResult convertEyeLike(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  RankedTensorType type = ctx.inputType(0);
  if (type.getRank() != 2)
    return ctx.fail("expects a 2-D input");
  if (!type.hasStaticShape())
    return ctx.unsupported("EyeLike of a shape known only at run time");
  Type element = type.getElementType();
  if (ctx.hasAttr("dtype")) {
    FailureOr<int64_t> dtype = ctx.intAttr("dtype", std::nullopt);
    if (failed(dtype))
      return failure();
    element = convertElementType(*ctx.getContext(), int32_t(*dtype));
    if (!element)
      return ctx.unsupported("EyeLike of " + dataTypeName(int32_t(*dtype)));
  }
  FailureOr<int64_t> k = ctx.intAttr("k", 0);
  if (failed(k))
    return failure();
  int64_t rows = type.getDimSize(0), cols = type.getDimSize(1);
  if (rows > kMaxLiteralElements || cols > kMaxLiteralElements ||
      rows * cols > kMaxLiteralElements)
    return ctx.unsupported("EyeLike of more than " +
                           llvm::Twine(kMaxLiteralElements) + " elements");
  auto resultType = RankedTensorType::get({rows, cols}, element);
  OpBuilder &b = ctx.getBuilder();
  Attribute zero = b.getZeroAttr(element), one;
  if (auto floatType = dyn_cast<FloatType>(element))
    one = b.getFloatAttr(floatType, 1.0);
  else
    one = b.getIntegerAttr(element, 1);
  SmallVector<Attribute> values(rows * cols, zero);
  for (int64_t r = 0; r < rows; ++r)
    if (int64_t c = r + *k; c >= 0 && c < cols)
      values[r * cols + c] = one;
  ctx.setOutput(0, ConstantOp::create(b, ctx.getLoc(),
                                      cast<ElementsAttr>(DenseElementsAttr::get(
                                          resultType, values))));
  return success();
}

//===----------------------------------------------------------------------===//
// DepthToSpace, SpaceToDepth
//===----------------------------------------------------------------------===//

/// reshape(transpose(reshape(x, split), permutation), result) on a static
/// NCHW input.
FailureOr<Value> regroup(NodeContext &ctx, ArrayRef<int64_t> split,
                         ArrayRef<int64_t> permutation,
                         ArrayRef<int64_t> result) {
  FailureOr<Value> parts = ctx.reshape(ctx.input(0), split);
  if (failed(parts))
    return failure();
  FailureOr<Value> moved = ctx.createValue<TransposeOp>(*parts, permutation);
  if (failed(moved))
    return failure();
  return ctx.reshape(*moved, result);
}

/// The static NCHW dims and `blocksize` of a DepthToSpace/SpaceToDepth node.
FailureOr<std::pair<SmallVector<int64_t>, int64_t>>
blockOperands(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  RankedTensorType type = ctx.inputType(0);
  if (type.getRank() != 4)
    return ctx.fail("expects a 4-D NCHW input");
  if (!type.hasStaticShape())
    return ctx.unsupported("a block rearrangement of a shape known only at "
                           "run time");
  FailureOr<int64_t> block = ctx.intAttr("blocksize", std::nullopt, 1);
  if (failed(block))
    return failure();
  return std::make_pair(llvm::to_vector(type.getShape()), *block);
}

LogicalResult convertDepthToSpace(NodeContext &ctx) {
  auto operands = blockOperands(ctx);
  if (failed(operands))
    return failure();
  auto [dims, b] = *operands;
  int64_t n = dims[0], c = dims[1], h = dims[2], w = dims[3];
  if (c % (b * b) != 0)
    return ctx.fail("channels " + llvm::Twine(c) +
                    " are not a multiple of blocksize^2");
  FailureOr<std::string> mode = ctx.stringAttr("mode", std::string("DCR"));
  if (failed(mode))
    return failure();
  int64_t depth = c / (b * b);
  SmallVector<int64_t> result = {n, depth, h * b, w * b};
  if (*mode == "DCR")
    return setResult(
        ctx, regroup(ctx, {n, b, b, depth, h, w}, {0, 3, 4, 1, 5, 2}, result));
  if (*mode == "CRD")
    return setResult(
        ctx, regroup(ctx, {n, depth, b, b, h, w}, {0, 1, 4, 2, 5, 3}, result));
  return ctx.fail("mode must be DCR or CRD, not '" + *mode + "'");
}

LogicalResult convertSpaceToDepth(NodeContext &ctx) {
  auto operands = blockOperands(ctx);
  if (failed(operands))
    return failure();
  auto [dims, b] = *operands;
  int64_t n = dims[0], c = dims[1], h = dims[2], w = dims[3];
  if (h % b != 0 || w % b != 0)
    return ctx.fail("height and width are not multiples of blocksize");
  FailureOr<std::string> mode = ctx.stringAttr("mode", std::string("DCR"));
  if (failed(mode))
    return failure();
  if (*mode != "DCR" && *mode != "CRD")
    return ctx.fail("mode must be DCR or CRD, not '" + *mode + "'");
  SmallVector<int64_t> permutation =
      *mode == "DCR" ? SmallVector<int64_t>{0, 3, 5, 1, 2, 4}
                     : SmallVector<int64_t>{0, 1, 3, 5, 2, 4};
  return setResult(ctx, regroup(ctx, {n, c, h / b, b, w / b, b}, permutation,
                                {n, c * b * b, h / b, w / b}));
}

//===----------------------------------------------------------------------===//
// LpNormalization, MeanVarianceNormalization
//===----------------------------------------------------------------------===//

LogicalResult convertLpNormalization(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  int64_t rank = ctx.inputType(0).getRank();
  FailureOr<int64_t> axisAttr = ctx.intAttr("axis", -1);
  FailureOr<int64_t> p = ctx.intAttr("p", 2, 1, 2);
  if (failed(axisAttr) || failed(p))
    return failure();
  FailureOr<int64_t> axis = ctx.normalizeAxis(*axisAttr, rank);
  if (failed(axis))
    return failure();
  Value x = ctx.input(0);
  Value magnitudes = x;
  if (*p == 1) {
    FailureOr<Value> abs = ctx.unary(UnaryKind::Abs, x);
    if (failed(abs))
      return failure();
    magnitudes = *abs;
  }
  FailureOr<Value> norm = ctx.createValue<ReduceOp>(
      *p == 1 ? ReduceKind::Sum : ReduceKind::L2, magnitudes,
      ArrayRef<int64_t>{*axis}, /*keep_dims=*/true);
  if (failed(norm))
    return failure();
  // A zero norm gives 0, not NaN (as the reference does).
  Type element = ctx.inputType(0).getElementType();
  Value zero = ctx.scalarConstant(element, 0.0);
  FailureOr<Value> quotient =
      ctx.createValue<BinaryOp>(BinaryKind::Div, x, *norm);
  FailureOr<Value> isZero =
      ctx.createValue<CompareOp>(ComparePredicate::EQ, *norm, zero);
  if (failed(quotient) || failed(isZero))
    return failure();
  return setResult(ctx, ctx.createValue<SelectOp>(*isZero, zero, *quotient));
}

LogicalResult convertMeanVarianceNormalization(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  int64_t rank = ctx.inputType(0).getRank();
  FailureOr<std::optional<SmallVector<int64_t>>> axesAttr =
      ctx.intsAttr("axes");
  if (failed(axesAttr))
    return failure();
  SmallVector<int64_t> axes =
      *axesAttr ? **axesAttr : SmallVector<int64_t>{0, 2, 3};
  if (failed(ctx.normalizeAxes(axes, rank)))
    return failure();
  Value x = ctx.input(0);
  Type element = ctx.inputType(0).getElementType();
  FailureOr<Moments> stats = moments(ctx, x, axes);
  if (failed(stats))
    return failure();
  FailureOr<Value> deviation = ctx.unary(UnaryKind::Sqrt, stats->variance);
  if (failed(deviation))
    return failure();
  FailureOr<Value> denominator = ctx.createValue<BinaryOp>(
      BinaryKind::Add, *deviation, ctx.scalarConstant(element, 1e-9));
  if (failed(denominator))
    return failure();
  return setResult(ctx, ctx.createValue<BinaryOp>(
                            BinaryKind::Div, stats->centered, *denominator));
}

//===----------------------------------------------------------------------===//
// HannWindow, HammingWindow, BlackmanWindow
//===----------------------------------------------------------------------===//

/// sum_k coefficients[k] * cos(2 pi k n / D) for n = 0 .. size-1, D = size
/// (periodic) or size - 1 (symmetric), in `output_datatype` (default f32).
/// The size must be a constant.
LogicalResult convertWindow(NodeContext &ctx, ArrayRef<double> coefficients) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  std::optional<SmallVector<int64_t>> sizeValues = ctx.constantInts(0);
  if (!sizeValues || sizeValues->size() != 1)
    return ctx.unsupported("the window size must be a constant scalar");
  int64_t size = (*sizeValues)[0];
  if (size < 0)
    return ctx.fail("size must not be negative, not " + llvm::Twine(size));
  if (size > kMaxLiteralElements)
    return ctx.unsupported("window size above " +
                           llvm::Twine(kMaxLiteralElements));
  FailureOr<int64_t> periodic = ctx.intAttr("periodic", 1, 0, 1);
  FailureOr<int64_t> dtype = ctx.intAttr("output_datatype", 1, 0);
  if (failed(periodic) || failed(dtype))
    return failure();
  Type output = convertElementType(*ctx.getContext(), int32_t(*dtype));
  if (!output)
    return ctx.unsupported("window of " + dataTypeName(int32_t(*dtype)));
  Type f64 = ctx.getBuilder().getF64Type();
  auto iotaType = RankedTensorType::get({size}, f64);
  SmallVector<double> steps;
  for (int64_t n = 0; n < size; ++n)
    steps.push_back(double(n));
  Value n = ConstantOp::create(
      ctx.getBuilder(), ctx.getLoc(),
      cast<ElementsAttr>(DenseElementsAttr::get(iotaType, ArrayRef(steps))));
  double denominator = *periodic ? double(size) : double(size - 1);
  Value result;
  for (auto [k, coefficient] : llvm::enumerate(coefficients)) {
    Value term = ctx.scalarConstant(f64, coefficient);
    if (k > 0) {
      FailureOr<Value> angle = ctx.createValue<BinaryOp>(
          BinaryKind::Mul, n,
          ctx.scalarConstant(f64, 2.0 * llvm::numbers::pi * double(k) /
                                      denominator));
      if (failed(angle))
        return failure();
      FailureOr<Value> cosine = ctx.unary(UnaryKind::Cos, *angle);
      if (failed(cosine))
        return failure();
      FailureOr<Value> scaled =
          ctx.createValue<BinaryOp>(BinaryKind::Mul, *cosine, term);
      if (failed(scaled))
        return failure();
      term = *scaled;
    }
    FailureOr<Value> sum =
        result ? ctx.createValue<BinaryOp>(BinaryKind::Add, result, term)
               : FailureOr<Value>(term);
    if (failed(sum))
      return failure();
    result = *sum;
  }
  return setResult(ctx, ctx.castTo(result, output));
}

//===----------------------------------------------------------------------===//
// LRN
//===----------------------------------------------------------------------===//

/// LRN: x / (bias + alpha / size * square_sum)^beta, where square_sum adds
/// x^2 over `size` neighbouring channels: an average pool (counting the
/// zero padding) of x^2 viewed as [N, 1, C, rest], times `size`.
LogicalResult convertLRN(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  RankedTensorType type = ctx.inputType(0);
  if (type.getRank() < 3 || !type.hasStaticShape())
    return ctx.unsupported("LRN of a rank < 3 or run-time shaped input");
  FailureOr<float> alpha = ctx.floatAttr("alpha", 1e-4f);
  FailureOr<float> beta = ctx.floatAttr("beta", 0.75f);
  FailureOr<float> bias = ctx.floatAttr("bias", 1.0f);
  FailureOr<int64_t> size = ctx.intAttr("size", std::nullopt, 1);
  if (failed(alpha) || failed(beta) || failed(bias) || failed(size))
    return failure();
  Value x = ctx.input(0);
  Type element = type.getElementType();
  ArrayRef<int64_t> dims = type.getShape();
  int64_t rest = 1;
  for (int64_t d : dims.drop_front(2))
    rest *= d;
  FailureOr<Value> squared = ctx.createValue<BinaryOp>(BinaryKind::Mul, x, x);
  if (failed(squared))
    return failure();
  FailureOr<Value> planes = ctx.reshape(*squared, {dims[0], 1, dims[1], rest});
  if (failed(planes))
    return failure();
  int64_t before = (*size - 1) / 2, after = *size - 1 - before;
  FailureOr<Value> mean = ctx.createValue<PoolOp>(
      PoolKind::Avg, *planes, ArrayRef<int64_t>{*size, 1},
      ArrayRef<int64_t>{1, 1}, ArrayRef<int64_t>{before, 0, after, 0},
      ArrayRef<int64_t>{1, 1}, /*ceil_mode=*/false,
      /*count_include_pad=*/true);
  if (failed(mean))
    return failure();
  FailureOr<Value> meanOfX = ctx.reshape(*mean, dims);
  if (failed(meanOfX))
    return failure();
  // alpha / size * (mean * size) = alpha * mean.
  FailureOr<Value> scaled = ctx.createValue<BinaryOp>(
      BinaryKind::Mul, *meanOfX, ctx.scalarConstant(element, *alpha));
  if (failed(scaled))
    return failure();
  FailureOr<Value> base = ctx.createValue<BinaryOp>(
      BinaryKind::Add, *scaled, ctx.scalarConstant(element, *bias));
  if (failed(base))
    return failure();
  FailureOr<Value> denominator = ctx.createValue<BinaryOp>(
      BinaryKind::Pow, *base, ctx.scalarConstant(element, *beta));
  if (failed(denominator))
    return failure();
  return setResult(ctx,
                   ctx.createValue<BinaryOp>(BinaryKind::Div, x, *denominator));
}

} // namespace

void mlir::plinth::onnx_importer::registerCompositeConverters(
    ConverterRegistry &registry) {
  registry.add("Hardmax", 13, convertHardmax);
  registry.add("OneHot", 9, convertOneHot);
  registry.add("EyeLike", 9, convertEyeLike);
  registry.add("DepthToSpace", 1, convertDepthToSpace);
  registry.add("SpaceToDepth", 1, convertSpaceToDepth);
  registry.add("LpNormalization", 1, convertLpNormalization);
  registry.add("MeanVarianceNormalization", 9,
               convertMeanVarianceNormalization);
  registry.add("HannWindow", 17, [](NodeContext &ctx) {
    return convertWindow(ctx, {0.5, -0.5});
  });
  registry.add("HammingWindow", 17, [](NodeContext &ctx) {
    return convertWindow(ctx, {25.0 / 46.0, -21.0 / 46.0});
  });
  registry.add("BlackmanWindow", 17, [](NodeContext &ctx) {
    return convertWindow(ctx, {0.42, -0.5, 0.08});
  });
  registry.add("LRN", 1, convertLRN);
}
