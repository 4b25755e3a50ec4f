//===- TensorConverters.cpp - ONNX data-movement and shape converters -----===//
//
// Converters for constants, shape queries and data movement: Constant,
// ConstantOfShape, Shape, Size, Reshape/Flatten/Squeeze/Unsqueeze (all
// plinth.reshape), Transpose, Concat, Split/Slice (plinth.slice), the gathers
// and scatters, Expand, Tile, Pad, Range, Trilu, TopK and CumSum.
//
// Shape operands that are constants at import time give static result types.
// Otherwise the dims that cannot be derived are dynamic, and the run-time
// shape is computed with shape_of / slice / reduce / binary ops, which fold
// away once the shapes become static.
//
//===----------------------------------------------------------------------===//

#include "lib/Importer/ONNX/ImporterState.h"
#include "lib/Importer/ONNX/NodeContext.h"

#include "dialects/Plinth/ShapeUtils.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallSet.h"
#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <cmath>

using namespace mlir;
using namespace mlir::plinth;
using namespace mlir::plinth::onnx_importer;

namespace {

/// Largest rank derived from a tensor's length or a list of axes (the bound
/// NodeContext puts on int-list attributes).
constexpr int64_t kMaxRank = 4096;
constexpr int64_t kDynamic = ShapedType::kDynamic;

RankedTensorType typeOf(Value value) {
  return cast<RankedTensorType>(value.getType());
}

/// Input `i` as a 1-D i64 tensor (ONNX shapes and bounds may be i32).
FailureOr<Value> i64Input(NodeContext &ctx, int64_t i) {
  return ctx.castTo(ctx.input(i), ctx.getBuilder().getI64Type());
}

/// Normalizes every axis of `axes` for `rank` and checks they are unique.
LogicalResult normalizeAxes(NodeContext &ctx, SmallVectorImpl<int64_t> &axes,
                            int64_t rank) {
  llvm::SmallSet<int64_t, 8> seen;
  for (int64_t &axis : axes) {
    FailureOr<int64_t> normalized = ctx.normalizeAxis(axis, rank);
    if (failed(normalized))
      return failure();
    if (!seen.insert(*normalized).second)
      return ctx.fail("axis " + llvm::Twine(axis) + " appears twice");
    axis = *normalized;
  }
  return success();
}

/// Checks that input `i` is a 1-D tensor of static length and returns it.
FailureOr<int64_t> vectorLength(NodeContext &ctx, int64_t i,
                                llvm::StringRef what) {
  RankedTensorType type = ctx.inputType(i);
  if (type.getRank() != 1)
    return ctx.fail(what + " must be a 1-D tensor, got rank " +
                    llvm::Twine(type.getRank()));
  int64_t length = type.getDimSize(0);
  if (ShapedType::isDynamic(length))
    return ctx.unsupported(what + " has a length unknown at import time");
  if (length > kMaxRank)
    return ctx.fail(what + " has " + llvm::Twine(length) + " values");
  return length;
}

/// The entries of the 1-D shape tensor `shape` (of static `length`) known at
/// import time: all of a constant, or the constant pieces of a concatenation
/// (how exporters assemble shapes); std::nullopt for the others.
SmallVector<std::optional<int64_t>> knownEntries(Value shape, int64_t length) {
  SmallVector<std::optional<int64_t>> entries, unknown(length, std::nullopt);
  SmallVector<Value> pieces = {shape};
  if (auto concat = shape.getDefiningOp<ConcatOp>())
    pieces.assign(concat.getInputs().begin(), concat.getInputs().end());
  for (Value piece : pieces) {
    RankedTensorType type = typeOf(piece);
    if (type.getRank() != 1 || type.isDynamicDim(0) ||
        int64_t(entries.size()) + type.getDimSize(0) > length)
      return unknown;
    DenseIntElementsAttr attr;
    if (!matchPattern(piece, m_Constant(&attr))) {
      entries.append(type.getDimSize(0), std::nullopt);
      continue;
    }
    bool isUnsigned = attr.getElementType().isUnsignedInteger();
    for (const APInt &value : attr.getValues<APInt>())
      entries.push_back(isUnsigned ? int64_t(value.getZExtValue())
                                   : value.getSExtValue());
  }
  return int64_t(entries.size()) == length ? entries : unknown;
}

/// The dims named by the shape input `i` of Expand and ConstantOfShape: the
/// known entries (checked to be sizes) and kDynamic for the others.
FailureOr<SmallVector<int64_t>> targetDims(NodeContext &ctx, int64_t i) {
  FailureOr<int64_t> length = vectorLength(ctx, i, "shape");
  if (failed(length))
    return failure();
  SmallVector<int64_t> dims;
  for (std::optional<int64_t> entry : knownEntries(ctx.input(i), *length)) {
    if (entry && (*entry < 0 || *entry > kMaxElements))
      return ctx.fail("shape has an invalid dim " + llvm::Twine(*entry));
    dims.push_back(entry ? *entry : kDynamic);
  }
  std::optional<int64_t> count = checkedProduct(dims);
  if (count && *count < 0)
    return ctx.fail("shape " + formatShape(dims) + " is too large");
  return dims;
}

//===----------------------------------------------------------------------===//
// Run-time shape arithmetic on 1-D i64 tensors
//===----------------------------------------------------------------------===//

/// Elements [begin, end) of the static-length 1-D tensor `vector`.
FailureOr<Value> sliceVector(NodeContext &ctx, Value vector, int64_t begin,
                             int64_t end) {
  return ctx.createValue<SliceOp>(
      typeOf(vector).clone({end - begin}), vector, Value(), Value(),
      SmallVector<int64_t>{0}, SmallVector<int64_t>{begin},
      SmallVector<int64_t>{end}, SmallVector<int64_t>{1});
}

/// The product of a 1-D i64 tensor as a tensor<1xi64>.
FailureOr<Value> productVector(NodeContext &ctx, FailureOr<Value> vector) {
  if (failed(vector))
    return failure();
  return ctx.createValue<ReduceOp>(ReduceKind::Prod, *vector,
                                   SmallVector<int64_t>{0}, true);
}

FailureOr<Value> concatVectors(NodeContext &ctx, ArrayRef<Value> pieces) {
  if (pieces.empty())
    return ctx.i64Constant({});
  return ctx.createValue<ConcatOp>(ValueRange(pieces), int64_t(0));
}

/// `total / max(known, 1)`: an inferred (-1) dim; the guard keeps an invalid
/// shape from dividing by zero at run time.
FailureOr<Value> inferDim(NodeContext &ctx, FailureOr<Value> total,
                          FailureOr<Value> known) {
  if (failed(total) || failed(known))
    return failure();
  Value one = ctx.scalarConstant(ctx.getBuilder().getI64Type(), 1);
  known = ctx.createValue<BinaryOp>(BinaryKind::Max, *known, one);
  if (failed(known))
    return failure();
  return ctx.createValue<BinaryOp>(BinaryKind::Div, *total, *known);
}

/// plinth.reshape of `input` to `dims`; a result with dynamic dims gets the
/// run-time shape made by `buildShape`.
FailureOr<Value>
reshapeWithShape(NodeContext &ctx, Value input, ArrayRef<int64_t> dims,
                 llvm::function_ref<FailureOr<Value>()> buildShape) {
  auto type = RankedTensorType::get(dims, typeOf(input).getElementType());
  if (type.hasStaticShape())
    return ctx.reshape(input, dims);
  FailureOr<Value> shape = buildShape();
  if (failed(shape))
    return failure();
  return ctx.createValue<ReshapeOp>(type, input, *shape);
}

//===----------------------------------------------------------------------===//
// Constants and shape queries
//===----------------------------------------------------------------------===//

/// Constant: exactly one of `value` (a tensor), `value_float(s)` and
/// `value_int(s)`; sparse and string constants are not supported.
LogicalResult convertConstant(NodeContext &ctx) {
  if (failed(ctx.expectInputs(0, 0)))
    return failure();
  llvm::StringRef present;
  for (llvm::StringRef kind :
       {"value", "value_float", "value_floats", "value_int", "value_ints",
        "value_string", "value_strings", "sparse_value"}) {
    if (ctx.hasAttr(kind) && !present.empty())
      return ctx.fail("has both '" + present + "' and '" + kind + "'");
    if (ctx.hasAttr(kind))
      present = kind;
  }
  Type f32 = ctx.getBuilder().getF32Type();
  if (present == "value")
    return setResult(ctx, ctx.tensorAttr("value"));
  if (present == "value_float") {
    FailureOr<float> value = ctx.floatAttr(present, std::nullopt);
    return failed(value) ? failure()
                         : setResult(ctx, ctx.scalarConstant(f32, *value));
  }
  if (present == "value_floats") {
    FailureOr<SmallVector<float>> values = ctx.floatsAttr(present);
    if (failed(values))
      return failure();
    auto type = RankedTensorType::get({int64_t(values->size())}, f32);
    return setResult(ctx,
                     ctx.createValue<ConstantOp>(cast<ElementsAttr>(
                         DenseElementsAttr::get(type, ArrayRef(*values)))));
  }
  if (present == "value_int") {
    FailureOr<int64_t> value = ctx.intAttr(present, std::nullopt);
    return failed(value) ? failure()
                         : setResult(ctx, ctx.i64Constant({*value}, true));
  }
  if (present == "value_ints") {
    auto values = ctx.intsAttr(present);
    return failed(values) ? failure()
                          : setResult(ctx, ctx.i64Constant(**values));
  }
  if (present.empty())
    return ctx.fail("has no value attribute");
  return ctx.unsupported(present == "sparse_value"
                             ? "sparse constants are not supported"
                             : "string constants are not supported");
}

/// ConstantOfShape: a splat plinth.constant when the shape is a constant,
/// else plinth.fill (with the dims known at import time static). The
/// one-element `value` tensor gives the element type and value (default f32
/// zero).
LogicalResult convertConstantOfShape(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  TypedAttr value = ctx.getBuilder().getF32FloatAttr(0.0f);
  if (ctx.hasAttr("value")) {
    FailureOr<Value> tensor = ctx.tensorAttr("value");
    if (failed(tensor))
      return failure();
    // Read the literal back and drop the constant op it was imported as.
    auto constant = tensor->getDefiningOp<ConstantOp>();
    auto dense =
        constant ? dyn_cast<DenseElementsAttr>(constant.getValue()) : nullptr;
    if (!dense || dense.getNumElements() != 1)
      return ctx.fail("attribute 'value' must hold exactly one element");
    value = cast<TypedAttr>(*dense.value_begin<Attribute>());
    if (tensor->use_empty())
      constant->erase();
  }
  FailureOr<SmallVector<int64_t>> dims = targetDims(ctx, 0);
  if (failed(dims))
    return failure();
  auto type = RankedTensorType::get(*dims, value.getType());
  if (type.hasStaticShape())
    return setResult(ctx, ctx.createValue<ConstantOp>(cast<ElementsAttr>(
                              DenseElementsAttr::get(type, Attribute(value)))));
  FailureOr<Value> shape = i64Input(ctx, 0);
  if (failed(shape))
    return failure();
  return setResult(ctx, ctx.createValue<FillOp>(type, *shape, value));
}

/// Shape: plinth.shape_of; from opset 15 `start`/`end` (clamped to the rank
/// like Python slicing) select a part of it with plinth.slice.
LogicalResult convertShape(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  int64_t rank = ctx.inputType(0).getRank();
  int64_t start = 0, end = rank;
  if (ctx.getOpset() >= 15) {
    FailureOr<int64_t> startAttr = ctx.intAttr("start", 0);
    FailureOr<int64_t> endAttr = ctx.intAttr("end", rank);
    if (failed(startAttr) || failed(endAttr))
      return failure();
    auto clampBound = [rank](int64_t bound) {
      return std::clamp<int64_t>(bound < 0 ? bound + rank : bound, 0, rank);
    };
    start = clampBound(*startAttr);
    end = std::max(clampBound(*endAttr), start);
  }
  FailureOr<Value> shape = ctx.createValue<ShapeOfOp>(ctx.input(0));
  if (failed(shape) || (start == 0 && end == rank))
    return setResult(ctx, shape);
  return setResult(ctx, sliceVector(ctx, *shape, start, end));
}

/// Size: the product of plinth.shape_of as a 0-d i64 tensor.
LogicalResult convertSize(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  FailureOr<Value> shape = ctx.createValue<ShapeOfOp>(ctx.input(0));
  if (failed(shape))
    return failure();
  return setResult(ctx,
                   ctx.createValue<ReduceOp>(ReduceKind::Prod, *shape,
                                             SmallVector<int64_t>{0}, false));
}

//===----------------------------------------------------------------------===//
// Reshape, Flatten, Squeeze, Unsqueeze
//===----------------------------------------------------------------------===//

/// Reshape to a constant shape: 0 copies the input dim (unless allowzero), -1
/// is inferred from the element counts, where the dynamic dims copied by a 0
/// cancel out. Dims that stay unknown are dynamic and come with a run-time
/// shape operand.
LogicalResult reshapeToConstant(NodeContext &ctx, Value data,
                                ArrayRef<int64_t> target, bool allowZero) {
  ArrayRef<int64_t> in = typeOf(data).getShape();
  SmallVector<int64_t> out(target), inRest(in), outRest;
  std::optional<size_t> inferred;
  for (auto [i, dim] : llvm::enumerate(target)) {
    if (dim == -1) {
      if (inferred)
        return ctx.fail("shape has more than one -1");
      inferred = i;
      out[i] = kDynamic;
      continue;
    }
    if (dim < 0 || dim > kMaxElements)
      return ctx.fail("shape[" + llvm::Twine(i) + "] = " + llvm::Twine(dim) +
                      " is invalid");
    if (dim == 0 && !allowZero) {
      if (i >= in.size())
        return ctx.fail("shape[" + llvm::Twine(i) +
                        "] = 0 copies an input dim, but the input has rank " +
                        llvm::Twine(in.size()));
      out[i] = in[i];
      if (ShapedType::isDynamic(in[i])) {
        inRest[i] = 1;
        continue;
      }
    }
    outRest.push_back(out[i]);
  }
  if (allowZero && inferred && llvm::is_contained(target, 0))
    return ctx.fail("with allowzero = 1 the shape cannot hold both 0 and -1");
  std::optional<int64_t> inCount = checkedProduct(inRest);
  std::optional<int64_t> outCount = checkedProduct(outRest);
  if ((inCount && *inCount < 0) || (outCount && *outCount < 0))
    return ctx.fail("cannot reshape " + formatShape(in) +
                    ": too many elements");
  if (inCount && outCount && inferred) {
    if (*outCount == 0 || *inCount % *outCount != 0)
      return ctx.fail("cannot reshape " + formatShape(in) + " into " +
                      formatShape(target) + ": cannot infer the -1 dim");
    out[*inferred] = *inCount / *outCount;
  } else if (inCount && outCount && *inCount != *outCount) {
    return ctx.fail("cannot reshape " + formatShape(in) + " (" +
                    llvm::Twine(*inCount) + " elements) into " +
                    formatShape(target));
  }

  auto buildShape = [&]() -> FailureOr<Value> {
    FailureOr<Value> inShape = ctx.createValue<ShapeOfOp>(data);
    if (failed(inShape))
      return failure();
    SmallVector<Value> pieces, others;
    for (auto [i, dim] : llvm::enumerate(out)) {
      FailureOr<Value> piece = Value();
      if (!ShapedType::isDynamic(dim))
        piece = ctx.i64Constant({dim});
      else if (i != inferred)
        piece = sliceVector(ctx, *inShape, i, i + 1);
      if (failed(piece))
        return failure();
      pieces.push_back(*piece);
      if (i != inferred)
        others.push_back(*piece);
    }
    if (inferred && !pieces[*inferred]) {
      FailureOr<Value> dim =
          inferDim(ctx, productVector(ctx, *inShape),
                   productVector(ctx, concatVectors(ctx, others)));
      if (failed(dim))
        return failure();
      pieces[*inferred] = *dim;
    }
    return concatVectors(ctx, pieces);
  };
  return setResult(ctx, reshapeWithShape(ctx, data, out, buildShape));
}

/// The run-time value of a Reshape shape input `shape` computed at run time:
/// 0 entries copy the input dim (unless allowzero) and a -1 entry becomes the
/// input's element count over the product of the other entries.
FailureOr<Value> resolveRuntimeShape(NodeContext &ctx, Value data, Value shape,
                                     int64_t length, bool allowZero) {
  Type i64 = ctx.getBuilder().getI64Type();
  int64_t rank = typeOf(data).getRank();
  FailureOr<Value> inShape = ctx.createValue<ShapeOfOp>(data);
  if (failed(inShape))
    return failure();
  // Replaces the entries equal to `key` by `replacement` (broadcast).
  auto replace = [&](int64_t key, FailureOr<Value> replacement) {
    FailureOr<Value> matches = ctx.createValue<CompareOp>(
        ComparePredicate::EQ, shape, ctx.scalarConstant(i64, key));
    if (failed(matches) || failed(replacement))
      return FailureOr<Value>(failure());
    return ctx.createValue<SelectOp>(*matches, *replacement, shape);
  };
  if (!allowZero) {
    // The input dims cut or padded to `length` entries (a 0 past the input's
    // rank is invalid and stays 0).
    FailureOr<Value> inDims =
        length <= rank
            ? sliceVector(ctx, *inShape, 0, length)
            : concatVectors(
                  ctx, {*inShape, ctx.i64Constant(
                                      SmallVector<int64_t>(length - rank, 0))});
    FailureOr<Value> resolved = replace(0, inDims);
    if (failed(resolved))
      return failure();
    shape = *resolved;
  }
  FailureOr<Value> others = replace(-1, ctx.scalarConstant(i64, 1));
  if (failed(others))
    return failure();
  return replace(-1, inferDim(ctx, productVector(ctx, *inShape),
                              productVector(ctx, *others)));
}

/// Reshape-5 (and -14 with `allowzero`). A shape computed at run time gives
/// static dims where its entries are known at import time.
LogicalResult convertReshape(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 2)))
    return failure();
  FailureOr<int64_t> allowZero =
      ctx.getOpset() >= 14 ? ctx.intAttr("allowzero", 0, 0, 1) : 0;
  FailureOr<int64_t> length = vectorLength(ctx, 1, "shape");
  if (failed(allowZero) || failed(length))
    return failure();
  Value data = ctx.input(0);
  if (std::optional<SmallVector<int64_t>> target = ctx.constantInts(1))
    return reshapeToConstant(ctx, data, *target, *allowZero);
  ArrayRef<int64_t> in = typeOf(data).getShape();
  SmallVector<int64_t> dims;
  for (auto [i, entry] : llvm::enumerate(knownEntries(ctx.input(1), *length))) {
    if (entry && (*entry < -1 || *entry > kMaxElements))
      return ctx.fail("shape[" + llvm::Twine(i) + "] = " + llvm::Twine(*entry) +
                      " is invalid");
    if (!entry || *entry == -1)
      dims.push_back(kDynamic);
    else if (*entry != 0 || *allowZero)
      dims.push_back(*entry);
    else if (i < in.size())
      dims.push_back(in[i]);
    else
      return ctx.fail("shape[" + llvm::Twine(i) +
                      "] = 0 copies an input dim, but the input has rank " +
                      llvm::Twine(in.size()));
  }
  FailureOr<Value> shape = i64Input(ctx, 1);
  if (failed(shape))
    return failure();
  return setResult(ctx, reshapeWithShape(ctx, data, dims, [&]() {
                     return resolveRuntimeShape(ctx, data, *shape, *length,
                                                *allowZero);
                   }));
}

/// Flatten: plinth.reshape to (prod(dims[:axis]), prod(dims[axis:])).
LogicalResult convertFlatten(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  Value input = ctx.input(0);
  ArrayRef<int64_t> in = typeOf(input).getShape();
  int64_t rank = in.size();
  FailureOr<int64_t> axis = ctx.intAttr("axis", 1, -rank, rank);
  if (failed(axis))
    return failure();
  int64_t split = *axis < 0 ? *axis + rank : *axis;
  std::pair<int64_t, int64_t> parts[] = {{0, split}, {split, rank}};
  SmallVector<int64_t> dims;
  for (auto [begin, end] : parts) {
    std::optional<int64_t> count = checkedProduct(in.slice(begin, end - begin));
    if (count && *count < 0)
      return ctx.fail("input " + formatShape(in) + " is too large");
    dims.push_back(count ? *count : kDynamic);
  }
  auto buildShape = [&]() -> FailureOr<Value> {
    FailureOr<Value> inShape = ctx.createValue<ShapeOfOp>(input);
    if (failed(inShape))
      return failure();
    SmallVector<Value> pieces;
    for (auto [part, dim] : llvm::zip(parts, dims)) {
      FailureOr<Value> piece =
          ShapedType::isDynamic(dim)
              ? productVector(
                    ctx, sliceVector(ctx, *inShape, part.first, part.second))
              : FailureOr<Value>(ctx.i64Constant({dim}));
      if (failed(piece))
        return failure();
      pieces.push_back(*piece);
    }
    return concatVectors(ctx, pieces);
  };
  return setResult(ctx, reshapeWithShape(ctx, input, dims, buildShape));
}

/// The axes of Squeeze/Unsqueeze: the `axes` attribute before opset 13, a
/// constant input since; std::nullopt when absent.
FailureOr<std::optional<SmallVector<int64_t>>> squeezeAxes(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, ctx.getOpset() >= 13 ? 2 : 1)))
    return failure();
  if (ctx.getOpset() < 13)
    return ctx.intsAttr("axes");
  if (!ctx.hasInput(1))
    return std::optional<SmallVector<int64_t>>();
  FailureOr<SmallVector<int64_t>> axes = ctx.requireConstantInts(1, "axes");
  if (failed(axes))
    return failure();
  if (int64_t(axes->size()) > kMaxRank)
    return ctx.fail("has too many axes");
  return std::optional<SmallVector<int64_t>>(std::move(*axes));
}

/// Squeeze: plinth.reshape without the size-1 dims at `axes` (all static
/// size-1 dims when `axes` is absent).
LogicalResult convertSqueeze(NodeContext &ctx) {
  auto axes = squeezeAxes(ctx);
  if (failed(axes))
    return failure();
  ArrayRef<int64_t> in = ctx.inputType(0).getShape();
  SmallVector<int64_t> squeezed, dims;
  if (*axes) {
    squeezed = std::move(**axes);
    if (failed(normalizeAxes(ctx, squeezed, in.size())))
      return failure();
  } else if (llvm::any_of(in, ShapedType::isDynamic)) {
    return ctx.unsupported("Squeeze without axes of a tensor with dynamic "
                           "dims (" +
                           formatShape(in) + ")");
  }
  for (auto [d, dim] : llvm::enumerate(in)) {
    bool listed = llvm::is_contained(squeezed, int64_t(d));
    if (listed && !ShapedType::isDynamic(dim) && dim != 1)
      return ctx.fail("cannot squeeze dim " + llvm::Twine(d) + " of size " +
                      llvm::Twine(dim));
    if (!listed && (*axes || dim != 1))
      dims.push_back(dim);
  }
  return setResult(ctx, ctx.reshape(ctx.input(0), dims));
}

/// Unsqueeze: plinth.reshape with size-1 dims inserted at `axes` (positions in
/// the result).
LogicalResult convertUnsqueeze(NodeContext &ctx) {
  auto axes = squeezeAxes(ctx);
  if (failed(axes))
    return failure();
  if (!*axes)
    return ctx.fail("axes are missing");
  ArrayRef<int64_t> in = ctx.inputType(0).getShape();
  SmallVector<int64_t> inserted = std::move(**axes), dims;
  int64_t outRank = in.size() + inserted.size();
  if (outRank > kMaxRank)
    return ctx.fail("result rank " + llvm::Twine(outRank) + " is too large");
  if (failed(normalizeAxes(ctx, inserted, outRank)))
    return failure();
  for (int64_t d = 0, next = 0; d < outRank; ++d)
    dims.push_back(llvm::is_contained(inserted, d) ? 1 : in[next++]);
  return setResult(ctx, ctx.reshape(ctx.input(0), dims));
}

//===----------------------------------------------------------------------===//
// Transpose, Concat, Split, Slice
//===----------------------------------------------------------------------===//

/// Transpose: plinth.transpose; `perm` defaults to reversing the dims.
LogicalResult convertTranspose(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 1)))
    return failure();
  auto perm = ctx.intsAttr("perm");
  if (failed(perm))
    return failure();
  SmallVector<int64_t> permutation;
  if (*perm)
    permutation = std::move(**perm);
  else
    for (int64_t d = ctx.inputType(0).getRank() - 1; d >= 0; --d)
      permutation.push_back(d);
  return setResult(ctx,
                   ctx.createValue<TransposeOp>(ctx.input(0), permutation));
}

/// Concat: plinth.concat along the normalized `axis`.
LogicalResult convertConcat(NodeContext &ctx) {
  if (ctx.numInputs() == 0)
    return ctx.fail("expects at least one input");
  if (failed(ctx.expectInputs(1, ctx.numInputs())))
    return failure();
  SmallVector<Value> inputs;
  for (int64_t i = 0; i < ctx.numInputs(); ++i) {
    if (!ctx.hasInput(i))
      return ctx.fail("input " + llvm::Twine(i) + " is missing");
    inputs.push_back(ctx.input(i));
  }
  FailureOr<int64_t> axis = ctx.intAttr("axis", std::nullopt);
  if (succeeded(axis))
    axis = ctx.normalizeAxis(*axis, typeOf(inputs.front()).getRank());
  if (failed(axis))
    return failure();
  return setResult(ctx, ctx.createValue<ConcatOp>(ValueRange(inputs), *axis));
}

/// Split: one plinth.slice per output. The sizes come from the `split`
/// attribute (opset 2) or input (13), else from `num_outputs` (18: chunks of
/// ceil(dim / n), the last one smaller), else the split is equal.
LogicalResult convertSplit(NodeContext &ctx) {
  int64_t opset = ctx.getOpset();
  if (failed(ctx.expectInputs(1, opset >= 13 ? 2 : 1)))
    return failure();
  Value input = ctx.input(0);
  RankedTensorType type = typeOf(input);
  FailureOr<int64_t> axis = ctx.intAttr("axis", 0);
  if (succeeded(axis))
    axis = ctx.normalizeAxis(*axis, type.getRank());
  if (failed(axis))
    return failure();
  int64_t count = ctx.numOutputs(), dim = type.getDimSize(*axis);
  if (count < 1)
    return ctx.fail("has no outputs");

  SmallVector<int64_t> sizes;
  if (opset < 13) {
    auto attr = ctx.intsAttr("split");
    if (failed(attr))
      return failure();
    if (*attr)
      sizes = std::move(**attr);
  } else if (ctx.hasInput(1)) {
    FailureOr<SmallVector<int64_t>> split = ctx.requireConstantInts(1, "split");
    if (failed(split))
      return failure();
    sizes = std::move(*split);
  }
  bool ceilChunks = opset >= 18 && ctx.hasAttr("num_outputs");
  if (ceilChunks) {
    FailureOr<int64_t> numOutputs = ctx.intAttr("num_outputs", 1, 1);
    if (failed(numOutputs))
      return failure();
    if (!sizes.empty())
      return ctx.fail("has both a 'split' input and 'num_outputs'");
    if (*numOutputs != count)
      return ctx.fail("num_outputs = " + llvm::Twine(*numOutputs) + " but " +
                      llvm::Twine(count) + " outputs");
  }

  // Chunks of a dim known at run time: output i is [i*c, (i+1)*c) with
  // c = dim/n (equal split) or ceil(dim/n); slicing clamps the last one.
  if (sizes.empty() && ShapedType::isDynamic(dim)) {
    FailureOr<Value> shape = ctx.createValue<ShapeOfOp>(input);
    FailureOr<Value> chunk =
        succeeded(shape) ? sliceVector(ctx, *shape, *axis, *axis + 1) : shape;
    if (succeeded(chunk) && ceilChunks)
      chunk = ctx.createValue<BinaryOp>(BinaryKind::Add, *chunk,
                                        ctx.i64Constant({count - 1}));
    if (succeeded(chunk))
      chunk = ctx.createValue<BinaryOp>(BinaryKind::Div, *chunk,
                                        ctx.i64Constant({count}));
    if (failed(chunk))
      return failure();
    SmallVector<Value> bounds = {ctx.i64Constant({0}), *chunk};
    for (int64_t i = 2; i <= count; ++i) {
      FailureOr<Value> bound = ctx.createValue<BinaryOp>(
          BinaryKind::Mul, *chunk, ctx.i64Constant({i}));
      if (failed(bound))
        return failure();
      bounds.push_back(*bound);
    }
    for (int64_t i = 0; i < count; ++i) {
      FailureOr<Value> part = ctx.createValue<SliceOp>(
          type, input, bounds[i], bounds[i + 1], SmallVector<int64_t>{*axis},
          SmallVector<int64_t>{0}, SmallVector<int64_t>{0},
          SmallVector<int64_t>{1});
      if (failed(part))
        return failure();
      ctx.setOutput(i, *part);
    }
    return success();
  }

  if (sizes.empty()) {
    if (!ceilChunks && dim % count != 0)
      return ctx.fail("cannot split dim " + llvm::Twine(*axis) + " of size " +
                      llvm::Twine(dim) + " into " + llvm::Twine(count) +
                      " equal parts");
    int64_t chunk = dim / count + (dim % count != 0 ? 1 : 0);
    for (int64_t i = 0, left = dim; i < count; ++i, left -= sizes.back())
      sizes.push_back(std::min(chunk, left));
  }
  if (int64_t(sizes.size()) != count)
    return ctx.fail("split has " + llvm::Twine(sizes.size()) + " sizes for " +
                    llvm::Twine(count) + " outputs");
  int64_t total = 0;
  for (int64_t size : sizes)
    if (size < 0 || llvm::AddOverflow(total, size, total) ||
        total > kMaxElements)
      return ctx.fail("split sizes must be non-negative and bounded");
  if (!ShapedType::isDynamic(dim) && total != dim)
    return ctx.fail("split sizes add up to " + llvm::Twine(total) +
                    ", not the dim size " + llvm::Twine(dim));
  SmallVector<int64_t> dims(type.getShape());
  for (int64_t i = 0, offset = 0; i < count; offset += sizes[i++]) {
    dims[*axis] = sizes[i];
    FailureOr<Value> part = ctx.createValue<SliceOp>(
        type.clone(dims), input, Value(), Value(), SmallVector<int64_t>{*axis},
        SmallVector<int64_t>{offset}, SmallVector<int64_t>{offset + sizes[i]},
        SmallVector<int64_t>{1});
    if (failed(part))
      return failure();
    ctx.setOutput(i, *part);
  }
  return success();
}

/// Slice: plinth.slice. `starts`/`ends`/`axes` are attributes before opset 10
/// and inputs (with `steps`) since; axes and steps must be constants. With
/// constant starts and ends, static dims get ONNX-clamped bounds and a static
/// result dim; otherwise the bounds are `dyn_starts`/`dyn_ends` operands and
/// the sliced dims are dynamic.
LogicalResult convertSlice(NodeContext &ctx) {
  bool fromInputs = ctx.getOpset() >= 10;
  if (failed(ctx.expectInputs(fromInputs ? 3 : 1, fromInputs ? 5 : 1)))
    return failure();
  Value input = ctx.input(0);
  RankedTensorType type = typeOf(input);
  std::optional<SmallVector<int64_t>> starts, ends, axes, steps;
  if (!fromInputs) {
    auto startsAttr = ctx.intsAttr("starts"), endsAttr = ctx.intsAttr("ends");
    auto axesAttr = ctx.intsAttr("axes");
    if (failed(startsAttr) || failed(endsAttr) || failed(axesAttr))
      return failure();
    if (!*startsAttr || !*endsAttr)
      return ctx.fail("attributes 'starts' and 'ends' are required");
    starts = std::move(*startsAttr), ends = std::move(*endsAttr);
    axes = std::move(*axesAttr);
  } else {
    starts = ctx.constantInts(1), ends = ctx.constantInts(2);
    for (auto [i, values] : {std::pair(3, &axes), std::pair(4, &steps)}) {
      if (!ctx.hasInput(i))
        continue;
      auto constant = ctx.requireConstantInts(i, i == 3 ? "axes" : "steps");
      if (failed(constant))
        return failure();
      *values = std::move(*constant);
    }
  }
  if (!axes) {
    FailureOr<int64_t> count =
        starts ? int64_t(starts->size()) : vectorLength(ctx, 1, "starts");
    if (failed(count))
      return failure();
    axes.emplace();
    for (int64_t i = 0; i < *count; ++i)
      axes->push_back(i);
  }
  size_t n = axes->size();
  if (!steps)
    steps.emplace(n, 1);
  if (failed(normalizeAxes(ctx, *axes, type.getRank())))
    return failure();
  if ((starts && starts->size() != n) || (ends && ends->size() != n) ||
      steps->size() != n)
    return ctx.fail("starts, ends, axes and steps must have the same length");

  Value dynStarts, dynEnds;
  if (!starts || !ends) {
    for (auto [i, dyn] : {std::pair(1, &dynStarts), std::pair(2, &dynEnds)}) {
      FailureOr<int64_t> length =
          vectorLength(ctx, i, i == 1 ? "starts" : "ends");
      FailureOr<Value> value =
          succeeded(length) ? i64Input(ctx, i) : FailureOr<Value>(failure());
      if (failed(value))
        return failure();
      if (*length != int64_t(n))
        return ctx.fail("starts, ends, axes and steps must have the same "
                        "length");
      *dyn = *value;
    }
  }
  SmallVector<int64_t> dims(type.getShape()), startAttr(n, 0), endAttr(n, 0);
  for (size_t i = 0; i < n; ++i) {
    int64_t &step = (*steps)[i];
    int64_t dim = dims[(*axes)[i]];
    if (step == 0)
      return ctx.fail("steps must not be zero");
    if (dynStarts || ShapedType::isDynamic(dim)) {
      dims[(*axes)[i]] = kDynamic;
      startAttr[i] = starts ? (*starts)[i] : 0;
      endAttr[i] = ends ? (*ends)[i] : 0;
      continue;
    }
    // A step longer than the dim selects one element at most; bounding it
    // keeps the length arithmetic from overflowing.
    int64_t bound = std::max<int64_t>(dim, 1);
    step = step > 0 ? std::min(step, bound) : (step < -bound ? -bound : step);
    int64_t start = (*starts)[i], end = (*ends)[i];
    dims[(*axes)[i]] = clampedSliceLength(dim, start, end, step);
    // A clamped end of -1 (before the first element, negative step) would
    // read as "the last element" when clamped again: spell it below -dim.
    startAttr[i] = start;
    endAttr[i] = end < 0 ? -dim - 1 : end;
  }
  return setResult(ctx, ctx.createValue<SliceOp>(type.clone(dims), input,
                                                 dynStarts, dynEnds, *axes,
                                                 startAttr, endAttr, *steps));
}

//===----------------------------------------------------------------------===//
// Gathers and scatters
//===----------------------------------------------------------------------===//

/// Gather and GatherElements: the plinth op of the same name along the
/// normalized `axis`.
template <typename OpTy>
LogicalResult convertGatherAlongAxis(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 2)))
    return failure();
  FailureOr<int64_t> axis = ctx.intAttr("axis", 0);
  if (succeeded(axis))
    axis = ctx.normalizeAxis(*axis, ctx.inputType(0).getRank());
  if (failed(axis))
    return failure();
  return setResult(ctx,
                   ctx.createValue<OpTy>(ctx.input(0), ctx.input(1), *axis));
}

/// GatherND: plinth.gather_nd with `batch_dims` (opset 12).
LogicalResult convertGatherND(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 2)))
    return failure();
  FailureOr<int64_t> batchDims = ctx.intAttr("batch_dims", 0, 0);
  if (failed(batchDims))
    return failure();
  return setResult(
      ctx, ctx.createValue<GatherNDOp>(ctx.input(0), ctx.input(1), *batchDims));
}

/// The `reduction` attribute of the scatters (opsets 16 and 18).
FailureOr<ScatterReduction> scatterReduction(NodeContext &ctx) {
  if (failed(ctx.expectInputs(3, 3)))
    return failure();
  FailureOr<std::string> name = ctx.stringAttr("reduction", "none");
  if (failed(name))
    return failure();
  std::optional<ScatterReduction> reduction = symbolizeScatterReduction(*name);
  if (!reduction)
    return ctx.fail("attribute 'reduction' = '" + *name +
                    "' is not one of none, add, mul, max, min");
  return *reduction;
}

/// ScatterElements (and the older Scatter): plinth.scatter_elements.
LogicalResult convertScatterElements(NodeContext &ctx) {
  FailureOr<ScatterReduction> reduction = scatterReduction(ctx);
  if (failed(reduction))
    return failure();
  RankedTensorType type = ctx.inputType(0);
  FailureOr<int64_t> axis = ctx.intAttr("axis", 0);
  if (succeeded(axis))
    axis = ctx.normalizeAxis(*axis, type.getRank());
  if (failed(axis))
    return failure();
  return setResult(ctx, ctx.createValue<ScatterElementsOp>(
                            type, *reduction, ctx.input(0), ctx.input(1),
                            ctx.input(2), *axis));
}

/// ScatterND: plinth.scatter_nd.
LogicalResult convertScatterND(NodeContext &ctx) {
  FailureOr<ScatterReduction> reduction = scatterReduction(ctx);
  if (failed(reduction))
    return failure();
  return setResult(ctx, ctx.createValue<ScatterNDOp>(
                            ctx.inputType(0), *reduction, ctx.input(0),
                            ctx.input(1), ctx.input(2)));
}

//===----------------------------------------------------------------------===//
// Expand, Tile, Pad
//===----------------------------------------------------------------------===//

/// Expand: plinth.expand to the numpy broadcast of the input shape and the
/// target. Target entries unknown at import time give dynamic dims, except
/// where the input's static size > 1 decides them; a result with dynamic dims
/// takes the target as its shape operand.
LogicalResult convertExpand(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 2)))
    return failure();
  FailureOr<SmallVector<int64_t>> target = targetDims(ctx, 1);
  if (failed(target))
    return failure();
  Value input = ctx.input(0);
  std::string error;
  FailureOr<SmallVector<int64_t>> dims =
      broadcastShapes(typeOf(input).getShape(), *target, error);
  if (failed(dims))
    return ctx.fail(error);
  std::optional<int64_t> count = checkedProduct(*dims);
  if (count && *count < 0)
    return ctx.fail("result " + formatShape(*dims) + " is too large");
  auto type = RankedTensorType::get(*dims, typeOf(input).getElementType());
  FailureOr<Value> shape = Value();
  if (!type.hasStaticShape())
    shape = i64Input(ctx, 1);
  if (failed(shape))
    return failure();
  return setResult(ctx, ctx.createValue<ExpandOp>(type, input, *shape));
}

/// Tile: plinth.tile with the constant `repeats` input.
LogicalResult convertTile(NodeContext &ctx) {
  if (failed(ctx.expectInputs(2, 2)))
    return failure();
  FailureOr<SmallVector<int64_t>> repeats =
      ctx.requireConstantInts(1, "repeats");
  if (failed(repeats))
    return failure();
  return setResult(ctx, ctx.createValue<TileOp>(ctx.input(0), *repeats));
}

/// Pad: plinth.pad with full-rank begin/end pads. Before opset 11 the pads
/// and the float pad value are attributes; since, `pads` is a constant input,
/// `constant_value` an optional scalar input and (opset 18) `axes` an
/// optional constant input naming the dims the pads refer to.
LogicalResult convertPad(NodeContext &ctx) {
  bool fromInputs = ctx.getOpset() >= 11;
  if (failed(ctx.expectInputs(fromInputs ? 2 : 1, fromInputs ? 4 : 1)))
    return failure();
  FailureOr<std::string> modeName = ctx.stringAttr("mode", "constant");
  if (failed(modeName))
    return failure();
  std::optional<PadMode> mode = symbolizePadMode(*modeName);
  if (!mode)
    return ctx.fail("attribute 'mode' = '" + *modeName +
                    "' is not one of constant, reflect, edge, wrap");
  Value input = ctx.input(0);
  RankedTensorType type = typeOf(input);
  int64_t rank = type.getRank();
  if (!fromInputs) {
    auto pads = ctx.intsAttr("pads");
    FailureOr<float> value = ctx.floatAttr("value", 0.0f);
    if (failed(pads) || failed(value))
      return failure();
    if (!*pads)
      return ctx.fail("attribute 'pads' is required");
    Value padValue;
    if (*mode == PadMode::Constant && *value != 0.0f)
      padValue = ctx.scalarConstant(type.getElementType(), *value);
    return setResult(ctx,
                     ctx.createValue<PadOp>(*mode, input, padValue, **pads));
  }

  FailureOr<SmallVector<int64_t>> pads = ctx.requireConstantInts(1, "pads");
  if (failed(pads))
    return failure();
  SmallVector<int64_t> axes;
  if (ctx.hasInput(3)) {
    FailureOr<SmallVector<int64_t>> constant =
        ctx.requireConstantInts(3, "axes");
    if (failed(constant))
      return failure();
    axes = std::move(*constant);
    if (failed(normalizeAxes(ctx, axes, rank)))
      return failure();
  } else {
    for (int64_t d = 0; d < rank; ++d)
      axes.push_back(d);
  }
  int64_t count = axes.size();
  if (int64_t(pads->size()) != 2 * count)
    return ctx.fail("expects " + llvm::Twine(2 * count) + " pads, got " +
                    llvm::Twine(pads->size()));
  SmallVector<int64_t> fullPads(2 * rank, 0);
  for (int64_t i = 0; i < count; ++i) {
    fullPads[axes[i]] = (*pads)[i];
    fullPads[axes[i] + rank] = (*pads)[i + count];
  }
  FailureOr<Value> value = Value();
  if (*mode == PadMode::Constant && ctx.hasInput(2)) {
    value = ctx.input(2);
    RankedTensorType valueType = typeOf(*value);
    if (valueType.getRank() == 1 && valueType.getDimSize(0) == 1)
      value = ctx.reshape(*value, {});
    else if (valueType.getRank() != 0)
      return ctx.fail("constant_value must be a scalar");
  }
  if (failed(value))
    return failure();
  return setResult(ctx, ctx.createValue<PadOp>(*mode, input, *value, fullPads));
}

//===----------------------------------------------------------------------===//
// Range, Trilu, TopK, CumSum
//===----------------------------------------------------------------------===//

/// The length of ONNX Range, max(ceil((limit - start) / delta), 0), when all
/// three inputs are constants; kDynamic otherwise.
FailureOr<int64_t> rangeLength(NodeContext &ctx, Type element) {
  if (isa<FloatType>(element)) {
    double v[3];
    for (int64_t i = 0; i < 3; ++i) {
      std::optional<SmallVector<double>> value = ctx.constantFloats(i);
      if (!value || value->size() != 1)
        return kDynamic;
      v[i] = value->front();
    }
    if (v[2] == 0.0)
      return ctx.fail("delta must not be zero");
    double length = std::ceil((v[1] - v[0]) / v[2]);
    if (!std::isfinite(length) || length > double(kMaxElements))
      return ctx.fail("range is too long or not finite");
    return length > 0 ? int64_t(length) : 0;
  }
  int64_t v[3];
  for (int64_t i = 0; i < 3; ++i) {
    std::optional<SmallVector<int64_t>> value = ctx.constantInts(i);
    if (!value || value->size() != 1)
      return kDynamic;
    v[i] = value->front();
  }
  int64_t span, delta = v[2];
  if (delta == 0)
    return ctx.fail("delta must not be zero");
  if (llvm::SubOverflow(v[1], v[0], span) ||
      (span == std::numeric_limits<int64_t>::min() && delta == -1))
    return ctx.fail("range is too long");
  int64_t length = span / delta;
  if (span % delta != 0 && (span < 0) == (delta < 0))
    ++length;
  if (length > kMaxElements)
    return ctx.fail("range is too long");
  return std::max<int64_t>(length, 0);
}

/// Range: plinth.range; the length is static when the inputs are constants.
LogicalResult convertRange(NodeContext &ctx) {
  if (failed(ctx.expectInputs(3, 3)))
    return failure();
  Type element = ctx.inputType(0).getElementType();
  FailureOr<int64_t> length = rangeLength(ctx, element);
  if (failed(length))
    return failure();
  return setResult(
      ctx, ctx.createValue<RangeOp>(RankedTensorType::get({*length}, element),
                                    ctx.input(0), ctx.input(1), ctx.input(2)));
}

/// A constant single-value input (Trilu's k, TopK's K, CumSum's axis).
FailureOr<int64_t> constantScalar(NodeContext &ctx, int64_t i,
                                  llvm::StringRef what) {
  FailureOr<SmallVector<int64_t>> values = ctx.requireConstantInts(i, what);
  if (failed(values))
    return failure();
  if (values->size() != 1)
    return ctx.fail(what + " must hold one value, got " +
                    llvm::Twine(values->size()));
  return values->front();
}

/// Trilu: plinth.trilu; the diagonal offset `k` must be a constant.
LogicalResult convertTrilu(NodeContext &ctx) {
  if (failed(ctx.expectInputs(1, 2)))
    return failure();
  FailureOr<int64_t> upper = ctx.intAttr("upper", 1, 0, 1);
  FailureOr<int64_t> k = ctx.hasInput(1) ? constantScalar(ctx, 1, "k") : 0;
  if (failed(upper) || failed(k))
    return failure();
  return setResult(ctx,
                   ctx.createValue<TriluOp>(ctx.input(0), *upper != 0, *k));
}

/// TopK: plinth.topk. `k` is an attribute before opset 10 and a constant
/// input since; `largest` and `sorted` exist since opset 11.
LogicalResult convertTopK(NodeContext &ctx) {
  int64_t inputs = ctx.getOpset() >= 10 ? 2 : 1;
  if (failed(ctx.expectInputs(inputs, inputs)))
    return failure();
  FailureOr<int64_t> k = inputs == 2 ? constantScalar(ctx, 1, "K")
                                     : ctx.intAttr("k", std::nullopt);
  FailureOr<int64_t> axis = ctx.intAttr("axis", -1);
  FailureOr<int64_t> largest = ctx.intAttr("largest", 1, 0, 1);
  FailureOr<int64_t> sorted = ctx.intAttr("sorted", 1, 0, 1);
  if (failed(k) || failed(axis) || failed(largest) || failed(sorted))
    return failure();
  if (*k < 0)
    return ctx.fail("k = " + llvm::Twine(*k) + " must not be negative");
  axis = ctx.normalizeAxis(*axis, ctx.inputType(0).getRank());
  if (failed(axis))
    return failure();
  FailureOr<TopKOp> topk =
      ctx.create<TopKOp>(ctx.input(0), *k, *axis, *largest != 0, *sorted != 0);
  if (failed(topk))
    return failure();
  ctx.setOutput(0, topk->getValues());
  ctx.setOutput(1, topk->getIndices());
  return success();
}

/// CumSum and CumProd: plinth.cumsum (with `product`); the `axis` input must
/// be a constant.
LogicalResult convertCumulative(NodeContext &ctx, bool product) {
  if (failed(ctx.expectInputs(2, 2)))
    return failure();
  FailureOr<int64_t> axis = constantScalar(ctx, 1, "axis");
  FailureOr<int64_t> exclusive = ctx.intAttr("exclusive", 0, 0, 1);
  FailureOr<int64_t> reverse = ctx.intAttr("reverse", 0, 0, 1);
  if (failed(axis) || failed(exclusive) || failed(reverse))
    return failure();
  axis = ctx.normalizeAxis(*axis, ctx.inputType(0).getRank());
  if (failed(axis))
    return failure();
  return setResult(ctx, ctx.createValue<CumSumOp>(ctx.input(0), *axis,
                                                  *exclusive != 0,
                                                  *reverse != 0, product));
}

} // namespace

void mlir::plinth::onnx_importer::registerTensorConverters(
    ConverterRegistry &registry) {
  // Constants and shape queries.
  registry.add("Constant", 1, convertConstant);
  registry.add("ConstantOfShape", 9, convertConstantOfShape);
  registry.add("Shape", 1, convertShape);
  registry.add("Shape", 15, convertShape); // start, end
  registry.add("Size", 1, convertSize);

  // Reshapes.
  registry.add("Reshape", 5, convertReshape);
  registry.add("Reshape", 14, convertReshape); // allowzero
  registry.add("Flatten", 1, convertFlatten);
  registry.add("Squeeze", 1, convertSqueeze);
  registry.add("Squeeze", 13, convertSqueeze); // axes as an input
  registry.add("Unsqueeze", 1, convertUnsqueeze);
  registry.add("Unsqueeze", 13, convertUnsqueeze); // axes as an input

  // Data movement.
  registry.add("Transpose", 1, convertTranspose);
  registry.add("Concat", 4, convertConcat);
  registry.add("Split", 2, convertSplit);
  registry.add("Split", 13, convertSplit); // split as an input
  registry.add("Split", 18, convertSplit); // num_outputs
  registry.add("Slice", 1, convertSlice);
  registry.add("Slice", 10, convertSlice); // bounds as inputs, steps
  registry.add("Gather", 1, convertGatherAlongAxis<GatherOp>);
  registry.add("GatherElements", 11, convertGatherAlongAxis<GatherElementsOp>);
  registry.add("GatherND", 11, convertGatherND);
  registry.add("Scatter", 9, convertScatterElements);
  registry.add("ScatterElements", 11, convertScatterElements);
  registry.add("ScatterND", 11, convertScatterND);
  registry.add("Expand", 8, convertExpand);
  registry.add("Tile", 6, convertTile);
  registry.add("Pad", 2, convertPad);
  registry.add("Pad", 11, convertPad); // pads and value as inputs

  // Generators and the rest.
  registry.add("Range", 11, convertRange);
  registry.add("Trilu", 14, convertTrilu);
  registry.add("TopK", 1, convertTopK);
  registry.add("TopK", 10, convertTopK); // K as an input
  registry.add("CumSum", 11,
               [](NodeContext &ctx) { return convertCumulative(ctx, false); });
  registry.add("CumProd", 26,
               [](NodeContext &ctx) { return convertCumulative(ctx, true); });
}
