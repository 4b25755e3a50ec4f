//===- PlinthOps.cpp - Plinth op verifiers and type inference -------------===//
//
// Verifiers and result-type inference. Every check here guards later passes
// and code generation against malformed models, so none is debug-only.
// Folders and canonicalizations live in PlinthFolds.cpp.
//
//===----------------------------------------------------------------------===//

#include "dialects/Plinth/PlinthOps.h"
#include "dialects/Plinth/ShapeUtils.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mlir::plinth;

#include "dialects/Plinth/PlinthEnums.cpp.inc"

#define GET_OP_CLASSES
#include "dialects/Plinth/PlinthOps.cpp.inc"

namespace {

RankedTensorType tensorType(Value value) {
  return cast<RankedTensorType>(value.getType());
}

/// Dims of `value`'s tensor type.
ArrayRef<int64_t> dimsOf(Value value) { return tensorType(value).getShape(); }

Type elementTypeOf(Value value) { return tensorType(value).getElementType(); }

/// True when static dims `a` and `b` may be equal (either is dynamic or both
/// are the same size).
bool dimsCompatible(int64_t a, int64_t b) {
  return ShapedType::isDynamic(a) || ShapedType::isDynamic(b) || a == b;
}

LogicalResult inferBroadcast(std::optional<Location> loc, ValueRange operands,
                             Type elementType,
                             SmallVectorImpl<Type> &inferred) {
  SmallVector<int64_t> shape(dimsOf(operands.front()));
  for (Value operand : operands.drop_front()) {
    std::string error;
    auto next = broadcastShapes(shape, dimsOf(operand), error);
    if (failed(next))
      return emitOptionalError(loc, error);
    shape = *next;
  }
  inferred.push_back(RankedTensorType::get(shape, elementType));
  return success();
}

/// Checks that `axes` are unique and inside [0, rank).
LogicalResult checkAxes(std::optional<Location> loc, ArrayRef<int64_t> axes,
                        int64_t rank, StringRef what) {
  llvm::SmallSet<int64_t, 8> seen;
  for (int64_t axis : axes) {
    if (axis < 0 || axis >= rank)
      return emitOptionalError(loc, what, " axis ", axis,
                               " is out of range for rank ", rank);
    if (!seen.insert(axis).second)
      return emitOptionalError(loc, what, " axis ", axis, " appears twice");
  }
  return success();
}

/// Checks the window attributes shared by conv and pool ops.
LogicalResult checkWindow(std::optional<Location> loc, int64_t spatialRank,
                          ArrayRef<int64_t> kernel, ArrayRef<int64_t> strides,
                          ArrayRef<int64_t> pads,
                          ArrayRef<int64_t> dilations) {
  if (int64_t(kernel.size()) != spatialRank ||
      int64_t(strides.size()) != spatialRank ||
      int64_t(dilations.size()) != spatialRank ||
      int64_t(pads.size()) != 2 * spatialRank)
    return emitOptionalError(
        loc, "expects ", spatialRank, " kernel dims, strides and dilations and ",
        2 * spatialRank, " pads for ", spatialRank, " spatial dims");
  for (int64_t i = 0; i < spatialRank; ++i) {
    if (!ShapedType::isDynamic(kernel[i]) && kernel[i] < 1)
      return emitOptionalError(loc, "kernel dim ", i, " must be positive");
    if (strides[i] < 1 || dilations[i] < 1)
      return emitOptionalError(loc, "strides and dilations must be positive");
  }
  for (int64_t pad : pads)
    if (pad < 0 || pad > kMaxElements)
      return emitOptionalError(loc, "pads must be non-negative and bounded");
  return success();
}

} // namespace

//===----------------------------------------------------------------------===//
// ExternalWeightOp
//===----------------------------------------------------------------------===//

LogicalResult ExternalWeightOp::verify() {
  RankedTensorType type = getType();
  if (!type.hasStaticShape())
    return emitOpError("external weights need a static shape");
  // Only integers and floats have a byte size to map from the file.
  if (!type.getElementType().isIntOrFloat())
    return emitOpError("expects integer or floating-point elements, got ")
           << type.getElementType();
  std::optional<int64_t> count = checkedProduct(type.getShape());
  unsigned bits = type.getElementTypeBitWidth();
  int64_t totalBits;
  if (!count || *count < 0 || bits == 0 ||
      llvm::MulOverflow(*count, int64_t(bits), totalBits))
    return emitOpError("has an invalid tensor type");
  int64_t bytes = type.getElementType().isInteger(1)
                      ? *count
                      : totalBits / 8 + (totalBits % 8 != 0);
  if (bytes != int64_t(getLength()))
    return emitOpError("length ") << getLength() << " does not match the "
                                  << bytes << " bytes of " << type;
  int64_t end;
  if (llvm::AddOverflow(int64_t(getOffset()), int64_t(getLength()), end))
    return emitOpError("offset ")
           << getOffset() << " + length " << getLength() << " overflows";
  if (StringRef(getFile()).starts_with("/") || StringRef(getFile()).contains(".."))
    return emitOpError("file must be a relative path inside the model folder");
  return success();
}

//===----------------------------------------------------------------------===//
// UnaryOp
//===----------------------------------------------------------------------===//

LogicalResult UnaryOp::verify() {
  Type element = getType().getElementType();
  UnaryKind kind = getKind();
  bool isFloat = isa<FloatType>(element);
  switch (kind) {
  case UnaryKind::Not:
    if (!element.isInteger(1))
      return emitOpError("'not' expects i1 elements");
    break;
  case UnaryKind::Abs:
  case UnaryKind::Neg:
  case UnaryKind::Sign:
  case UnaryKind::Relu:
    if (element.isInteger(1))
      return emitOpError("'") << stringifyUnaryKind(kind)
                              << "' expects numbers, not i1";
    break;
  case UnaryKind::BitNot:
    if (!isa<IntegerType>(element) || element.isInteger(1))
      return emitOpError("'bit_not' expects integer elements");
    break;
  default:
    if (!isFloat)
      return emitOpError("'") << stringifyUnaryKind(kind)
                              << "' expects floating-point elements";
  }
  bool needsBeta = kind == UnaryKind::HardSigmoid || kind == UnaryKind::Selu ||
                   kind == UnaryKind::Shrink;
  bool needsAlpha = needsBeta || kind == UnaryKind::Elu ||
                    kind == UnaryKind::LeakyRelu || kind == UnaryKind::Celu ||
                    kind == UnaryKind::ThresholdedRelu ||
                    kind == UnaryKind::Swish;
  if (needsAlpha != getAlpha().has_value())
    return emitOpError("'") << stringifyUnaryKind(kind) << "' "
                            << (needsAlpha ? "needs" : "takes no")
                            << " alpha";
  if (needsBeta != getBeta().has_value())
    return emitOpError("'") << stringifyUnaryKind(kind) << "' "
                            << (needsBeta ? "needs" : "takes no") << " beta";
  return success();
}

//===----------------------------------------------------------------------===//
// BinaryOp, CompareOp, SelectOp
//===----------------------------------------------------------------------===//

LogicalResult BinaryOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  Type element = elementTypeOf(adaptor.getLhs());
  if (element != elementTypeOf(adaptor.getRhs()))
    return emitOptionalError(loc, "operands have different element types ",
                             element, " and ", elementTypeOf(adaptor.getRhs()));
  BinaryKind kind = adaptor.getKind();
  bool bitwise = kind == BinaryKind::And || kind == BinaryKind::Or ||
                 kind == BinaryKind::Xor;
  bool shift = kind == BinaryKind::ShiftLeft || kind == BinaryKind::ShiftRight;
  if (bitwise && !isa<IntegerType>(element))
    return emitOptionalError(loc, "'", stringifyBinaryKind(kind),
                             "' expects i1 or integer elements");
  if (shift && !isa<IntegerType>(element))
    return emitOptionalError(loc, "'", stringifyBinaryKind(kind),
                             "' expects integer elements");
  if (!bitwise && element.isInteger(1))
    return emitOptionalError(loc, "'", stringifyBinaryKind(kind),
                             "' does not take i1 elements");
  return inferBroadcast(loc, {adaptor.getLhs(), adaptor.getRhs()}, element,
                        inferred);
}

LogicalResult CompareOp::inferReturnTypes(MLIRContext *context,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  if (elementTypeOf(adaptor.getLhs()) != elementTypeOf(adaptor.getRhs()))
    return emitOptionalError(loc, "operands have different element types");
  return inferBroadcast(loc, {adaptor.getLhs(), adaptor.getRhs()},
                        IntegerType::get(context, 1), inferred);
}

LogicalResult SelectOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  Type element = elementTypeOf(adaptor.getTrueValue());
  if (element != elementTypeOf(adaptor.getFalseValue()))
    return emitOptionalError(loc, "true and false values have different element types");
  return inferBroadcast(loc,
                        {adaptor.getCondition(), adaptor.getTrueValue(),
                         adaptor.getFalseValue()},
                        element, inferred);
}

//===----------------------------------------------------------------------===//
// CastOp, FPClassOp
//===----------------------------------------------------------------------===//

static LogicalResult verifySameShape(Operation *op, Value input, Value result) {
  ArrayRef<int64_t> in = dimsOf(input), out = dimsOf(result);
  if (in.size() != out.size() ||
      !llvm::all_of(llvm::zip(in, out), [](auto pair) {
        return dimsCompatible(std::get<0>(pair), std::get<1>(pair));
      }))
    return op->emitOpError("result shape ")
           << formatShape(out) << " differs from input shape "
           << formatShape(in);
  return success();
}

LogicalResult CastOp::verify() {
  return verifySameShape(*this, getInput(), getResult());
}

LogicalResult FPClassOp::verify() {
  return verifySameShape(*this, getInput(), getResult());
}

//===----------------------------------------------------------------------===//
// MatMulOp
//===----------------------------------------------------------------------===//

LogicalResult MatMulOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  ArrayRef<int64_t> lhs = dimsOf(adaptor.getLhs()), rhs = dimsOf(adaptor.getRhs());
  Type element = elementTypeOf(adaptor.getLhs());
  if (element != elementTypeOf(adaptor.getRhs()))
    return emitOptionalError(loc, "operands have different element types");
  if (lhs.empty() || rhs.empty())
    return emitOptionalError(loc, "operands must have rank 1 or more");
  int64_t k1 = lhs.back();
  int64_t k2 = rhs.size() == 1 ? rhs[0] : rhs[rhs.size() - 2];
  if (!dimsCompatible(k1, k2))
    return emitOptionalError(loc, "contraction dims differ: ", formatShape(lhs),
                             " times ", formatShape(rhs));
  ArrayRef<int64_t> lhsBatch = lhs.size() > 2 ? lhs.drop_back(2) : ArrayRef<int64_t>();
  ArrayRef<int64_t> rhsBatch = rhs.size() > 2 ? rhs.drop_back(2) : ArrayRef<int64_t>();
  std::string error;
  auto batch = broadcastShapes(lhsBatch, rhsBatch, error);
  if (failed(batch))
    return emitOptionalError(loc, "batch dims: ", error);
  SmallVector<int64_t> shape(*batch);
  if (lhs.size() >= 2)
    shape.push_back(lhs[lhs.size() - 2]);
  if (rhs.size() >= 2)
    shape.push_back(rhs.back());
  inferred.push_back(RankedTensorType::get(shape, element));
  return success();
}

//===----------------------------------------------------------------------===//
// EinsumOp
//===----------------------------------------------------------------------===//

LogicalResult EinsumOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  StringRef equation = adaptor.getEquation();
  auto [inputsPart, outputPart] = equation.split("->");
  if (!equation.contains("->"))
    return emitOptionalError(loc, "equation '", equation, "' needs an explicit '->'");
  SmallVector<StringRef> terms;
  inputsPart.split(terms, ',');
  ValueRange inputs = adaptor.getInputs();
  if (inputs.empty())
    return emitOptionalError(loc, "expects at least one input");
  if (terms.size() != inputs.size())
    return emitOptionalError(loc, "equation has ", terms.size(),
                             " input terms but the op has ", inputs.size(),
                             " inputs");
  Type element = elementTypeOf(inputs.front());
  llvm::DenseMap<char, int64_t> sizes;
  for (auto [term, input] : llvm::zip(terms, inputs)) {
    term = term.trim();
    ArrayRef<int64_t> dims = dimsOf(input);
    if (elementTypeOf(input) != element)
      return emitOptionalError(loc, "inputs have different element types");
    if (term.size() != dims.size())
      return emitOptionalError(loc, "term '", term, "' does not match rank ",
                               dims.size());
    for (auto [label, dim] : llvm::zip(term, dims)) {
      if (!llvm::isAlpha(label))
        return emitOptionalError(loc, "invalid label '", StringRef(&label, 1),
                                 "' in equation");
      auto [it, inserted] = sizes.try_emplace(label, dim);
      if (inserted || it->second == dim || dim == 1)
        continue;
      if (it->second == 1 || ShapedType::isDynamic(it->second))
        it->second = dim;
      else if (!ShapedType::isDynamic(dim))
        return emitOptionalError(loc, "label '", StringRef(&label, 1),
                                 "' has sizes ", it->second, " and ", dim);
    }
  }
  SmallVector<int64_t> shape;
  llvm::SmallSet<char, 8> outputLabels;
  for (char label : outputPart.trim()) {
    auto it = sizes.find(label);
    if (it == sizes.end())
      return emitOptionalError(loc, "output label '", StringRef(&label, 1),
                               "' does not appear in an input");
    if (!outputLabels.insert(label).second)
      return emitOptionalError(loc, "output label '", StringRef(&label, 1),
                               "' appears twice");
    shape.push_back(it->second);
  }
  inferred.push_back(RankedTensorType::get(shape, element));
  return success();
}

//===----------------------------------------------------------------------===//
// ConvOp, ConvTransposeOp, PoolOp
//===----------------------------------------------------------------------===//

/// Shared checks of conv and conv_transpose: ranks, window attributes,
/// channels and bias. `filterInChannelsDim` is the filter dim that holds the
/// input channels per group (1 for conv, 0 for conv_transpose).
static LogicalResult checkConvOperands(std::optional<Location> loc, Value input,
                                       Value filter, Value bias,
                                       ArrayRef<int64_t> strides,
                                       ArrayRef<int64_t> pads,
                                       ArrayRef<int64_t> dilations,
                                       int64_t group, bool transposed,
                                       int64_t &outChannels) {
  ArrayRef<int64_t> in = dimsOf(input), w = dimsOf(filter);
  if (in.size() < 3 || in.size() != w.size())
    return emitOptionalError(loc, "input and filter must have the same rank >= 3, got ",
                             formatShape(in), " and ", formatShape(w));
  if (elementTypeOf(input) != elementTypeOf(filter))
    return emitOptionalError(loc, "input and filter element types differ");
  int64_t spatial = in.size() - 2;
  if (failed(checkWindow(loc, spatial, w.drop_front(2), strides, pads, dilations)))
    return failure();
  int64_t channels = in[1];
  // Channels per group times groups, or kDynamic; failure on overflow.
  auto groupedChannels = [&](int64_t perGroup) -> FailureOr<int64_t> {
    if (ShapedType::isDynamic(perGroup))
      return ShapedType::kDynamic;
    int64_t total;
    if (llvm::MulOverflow(perGroup, group, total) || total > kMaxElements)
      return failure();
    return total;
  };
  FailureOr<int64_t> grouped = groupedChannels(w[1]);
  if (failed(grouped))
    return emitOptionalError(loc, "filter dim 1 (", w[1], ") times group ",
                             group, " is too large");
  if (!transposed) {
    if (!ShapedType::isDynamic(channels) && !ShapedType::isDynamic(*grouped) &&
        channels != *grouped)
      return emitOptionalError(loc, "input has ", channels,
                               " channels but the filter expects ", w[1], " x ",
                               group, " groups");
    if (!ShapedType::isDynamic(w[0]) && w[0] % group != 0)
      return emitOptionalError(loc, "filter count ", w[0],
                               " is not a multiple of group ", group);
    outChannels = w[0];
  } else {
    if (!dimsCompatible(channels, w[0]))
      return emitOptionalError(loc, "input has ", channels,
                               " channels but the filter has ", w[0]);
    if (!ShapedType::isDynamic(channels) && channels % group != 0)
      return emitOptionalError(loc, "channels ", channels,
                               " not a multiple of group ", group);
    outChannels = *grouped;
  }
  if (bias) {
    ArrayRef<int64_t> b = dimsOf(bias);
    if (b.size() != 1 || !dimsCompatible(b[0], outChannels))
      return emitOptionalError(loc, "bias must be 1-D with ", outChannels,
                               " elements, got ", formatShape(b));
  }
  return success();
}

LogicalResult ConvOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferred) {
  int64_t outChannels;
  if (failed(checkConvOperands(loc, adaptor.getInput(), adaptor.getFilter(),
                               adaptor.getBias(), adaptor.getStrides(),
                               adaptor.getPads(), adaptor.getDilations(),
                               adaptor.getGroup(), /*transposed=*/false,
                               outChannels)))
    return failure();
  ArrayRef<int64_t> in = dimsOf(adaptor.getInput()), w = dimsOf(adaptor.getFilter());
  int64_t spatial = in.size() - 2;
  SmallVector<int64_t> shape = {in[0], outChannels};
  for (int64_t i = 0; i < spatial; ++i) {
    if (ShapedType::isDynamic(w[i + 2])) {
      shape.push_back(ShapedType::kDynamic);
      continue;
    }
    auto size = windowOutputSize(in[i + 2], w[i + 2], adaptor.getStrides()[i],
                                 adaptor.getPads()[i],
                                 adaptor.getPads()[i + spatial],
                                 adaptor.getDilations()[i], false);
    if (failed(size))
      return emitOptionalError(loc, "spatial dim ", i,
                               " is smaller than the dilated kernel");
    shape.push_back(*size);
  }
  inferred.push_back(RankedTensorType::get(shape, elementTypeOf(adaptor.getInput())));
  return success();
}

LogicalResult ConvTransposeOp::inferReturnTypes(MLIRContext *,
                                                std::optional<Location> loc,
                                                Adaptor adaptor,
                                                SmallVectorImpl<Type> &inferred) {
  int64_t outChannels;
  if (failed(checkConvOperands(loc, adaptor.getInput(), adaptor.getFilter(),
                               adaptor.getBias(), adaptor.getStrides(),
                               adaptor.getPads(), adaptor.getDilations(),
                               adaptor.getGroup(), /*transposed=*/true,
                               outChannels)))
    return failure();
  ArrayRef<int64_t> in = dimsOf(adaptor.getInput()), w = dimsOf(adaptor.getFilter());
  int64_t spatial = in.size() - 2;
  ArrayRef<int64_t> outputPadding = adaptor.getOutputPadding();
  if (int64_t(outputPadding.size()) != spatial)
    return emitOptionalError(loc, "expects ", spatial, " output_padding values");
  SmallVector<int64_t> shape = {in[0], outChannels};
  for (int64_t i = 0; i < spatial; ++i) {
    int64_t stride = adaptor.getStrides()[i];
    if (outputPadding[i] < 0 || outputPadding[i] >= std::max(stride, adaptor.getDilations()[i]))
      return emitOptionalError(loc, "output_padding must be in [0, max(stride, dilation))");
    if (ShapedType::isDynamic(in[i + 2]) || ShapedType::isDynamic(w[i + 2])) {
      shape.push_back(ShapedType::kDynamic);
      continue;
    }
    // stride*(in-1) + output_padding + (k-1)*dilation + 1 - pads, checked:
    // strides and dilations are only bounded below (pads are bounded).
    int64_t strided, dilated, size;
    if (llvm::MulOverflow(stride, in[i + 2] - 1, strided) ||
        llvm::MulOverflow(w[i + 2] - 1, adaptor.getDilations()[i], dilated) ||
        llvm::AddOverflow(strided, dilated, size) ||
        llvm::AddOverflow(size, outputPadding[i] + 1, size))
      return emitOptionalError(loc, "output size of spatial dim ", i,
                               " overflows");
    size -= adaptor.getPads()[i] + adaptor.getPads()[i + spatial];
    if (size < 1 || size > kMaxElements)
      return emitOptionalError(loc, "output size of spatial dim ", i,
                               " is ", size);
    shape.push_back(size);
  }
  inferred.push_back(RankedTensorType::get(shape, elementTypeOf(adaptor.getInput())));
  return success();
}

LogicalResult PoolOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferred) {
  ArrayRef<int64_t> in = dimsOf(adaptor.getInput());
  if (in.size() < 3)
    return emitOptionalError(loc, "input must have rank >= 3");
  int64_t spatial = in.size() - 2;
  ArrayRef<int64_t> kernel = adaptor.getKernelShape();
  for (auto [i, k] : llvm::enumerate(kernel))
    if (k < 1)
      return emitOptionalError(loc, "kernel dim ", i, " must be positive");
  if (failed(checkWindow(loc, spatial, kernel, adaptor.getStrides(),
                         adaptor.getPads(), adaptor.getDilations())))
    return failure();
  SmallVector<int64_t> shape(in.take_front(2));
  for (int64_t i = 0; i < spatial; ++i) {
    if (adaptor.getPads()[i] >= kernel[i] * adaptor.getDilations()[i] ||
        adaptor.getPads()[i + spatial] >= kernel[i] * adaptor.getDilations()[i])
      return emitOptionalError(loc, "pads must be smaller than the kernel");
    auto size = windowOutputSize(in[i + 2], kernel[i], adaptor.getStrides()[i],
                                 adaptor.getPads()[i],
                                 adaptor.getPads()[i + spatial],
                                 adaptor.getDilations()[i], adaptor.getCeilMode());
    if (failed(size))
      return emitOptionalError(loc, "spatial dim ", i,
                               " is smaller than the dilated kernel");
    shape.push_back(*size);
  }
  inferred.push_back(RankedTensorType::get(shape, elementTypeOf(adaptor.getInput())));
  return success();
}

//===----------------------------------------------------------------------===//
// ReduceOp, ArgReduceOp, SoftmaxOp, CumSumOp, TopKOp, TriluOp
//===----------------------------------------------------------------------===//

LogicalResult ReduceOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  ArrayRef<int64_t> in = dimsOf(adaptor.getInput());
  ArrayRef<int64_t> axes = adaptor.getAxes();
  if (failed(checkAxes(loc, axes, in.size(), "reduction")))
    return failure();
  if (!llvm::is_sorted(axes))
    return emitOptionalError(loc, "reduction axes must be sorted");
  Type element = elementTypeOf(adaptor.getInput());
  if (element.isInteger(1))
    return emitOptionalError(loc, "cannot reduce i1 elements");
  SmallVector<int64_t> shape;
  for (int64_t i = 0, e = in.size(); i < e; ++i) {
    if (!llvm::is_contained(axes, i))
      shape.push_back(in[i]);
    else if (adaptor.getKeepDims())
      shape.push_back(1);
  }
  inferred.push_back(RankedTensorType::get(shape, element));
  return success();
}

LogicalResult ArgReduceOp::inferReturnTypes(MLIRContext *context,
                                            std::optional<Location> loc,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  ArrayRef<int64_t> in = dimsOf(adaptor.getInput());
  auto axis = normalizeAxis(adaptor.getAxis(), in.size());
  if (failed(axis))
    return emitOptionalError(loc, "axis ", int64_t(adaptor.getAxis()),
                             " is out of range for rank ", in.size());
  SmallVector<int64_t> shape(in);
  if (adaptor.getKeepDims())
    shape[*axis] = 1;
  else
    shape.erase(shape.begin() + *axis);
  inferred.push_back(RankedTensorType::get(shape, IntegerType::get(context, 64)));
  return success();
}

static LogicalResult verifyAxisAttr(Operation *op, int64_t axis, int64_t rank) {
  if (failed(normalizeAxis(axis, rank)))
    return op->emitOpError("axis ") << axis << " is out of range for rank "
                                    << rank;
  return success();
}

LogicalResult SoftmaxOp::verify() {
  return verifyAxisAttr(*this, getAxis(), getType().getRank());
}

LogicalResult CumSumOp::verify() {
  if (getType().getElementType().isInteger(1))
    return emitOpError("cannot sum i1 elements");
  return verifyAxisAttr(*this, getAxis(), getType().getRank());
}

LogicalResult TopKOp::inferReturnTypes(MLIRContext *context,
                                       std::optional<Location> loc,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferred) {
  ArrayRef<int64_t> in = dimsOf(adaptor.getInput());
  auto axis = normalizeAxis(adaptor.getAxis(), in.size());
  if (failed(axis))
    return emitOptionalError(loc, "axis ", int64_t(adaptor.getAxis()),
                             " is out of range for rank ", in.size());
  int64_t k = adaptor.getK();
  if (!ShapedType::isDynamic(in[*axis]) && k > in[*axis])
    return emitOptionalError(loc, "k = ", k, " exceeds the axis size ", in[*axis]);
  SmallVector<int64_t> shape(in);
  shape[*axis] = k;
  inferred.push_back(RankedTensorType::get(shape, elementTypeOf(adaptor.getInput())));
  inferred.push_back(RankedTensorType::get(shape, IntegerType::get(context, 64)));
  return success();
}

LogicalResult TriluOp::verify() {
  if (getType().getRank() < 2)
    return emitOpError("expects rank >= 2");
  return success();
}

//===----------------------------------------------------------------------===//
// Normalizations
//===----------------------------------------------------------------------===//

/// `scale` (and `bias`) must broadcast onto the normalized dims of `input`.
static LogicalResult checkNormParams(std::optional<Location> loc, Value input,
                                     int64_t axis, ValueRange params,
                                     int64_t &normalizedAxis) {
  ArrayRef<int64_t> in = dimsOf(input);
  auto normalized = normalizeAxis(axis, in.size());
  if (failed(normalized))
    return emitOptionalError(loc, "axis ", axis, " is out of range for rank ",
                             in.size());
  normalizedAxis = *normalized;
  ArrayRef<int64_t> tail = in.drop_front(*normalized);
  for (Value param : params) {
    if (!param)
      continue;
    if (elementTypeOf(param) != elementTypeOf(input))
      return emitOptionalError(loc, "scale and bias must have the input's element type");
    std::string error;
    auto shape = broadcastShapes(tail, dimsOf(param), error);
    if (failed(shape) || shape->size() != tail.size() ||
        !llvm::all_of(llvm::zip(*shape, tail), [](auto p) {
          return dimsCompatible(std::get<0>(p), std::get<1>(p));
        }))
      return emitOptionalError(loc, "parameter of shape ",
                               formatShape(dimsOf(param)),
                               " does not broadcast to the normalized dims ",
                               formatShape(tail));
  }
  return success();
}

LogicalResult LayerNormOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  int64_t axis;
  if (failed(checkNormParams(loc, adaptor.getInput(), adaptor.getAxis(),
                             {adaptor.getScale(), adaptor.getBias()}, axis)))
    return failure();
  inferred.push_back(adaptor.getInput().getType());
  return success();
}

LogicalResult RMSNormOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  int64_t axis;
  if (failed(checkNormParams(loc, adaptor.getInput(), adaptor.getAxis(),
                             {adaptor.getScale()}, axis)))
    return failure();
  inferred.push_back(adaptor.getInput().getType());
  return success();
}

LogicalResult GroupNormOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  ArrayRef<int64_t> in = dimsOf(adaptor.getInput());
  if (in.size() < 2)
    return emitOptionalError(loc, "input must have rank >= 2");
  int64_t channels = in[1];
  int64_t groups = adaptor.getNumGroups();
  if (!ShapedType::isDynamic(channels) && channels % groups != 0)
    return emitOptionalError(loc, channels, " channels do not split into ",
                             groups, " groups");
  for (Value param : {adaptor.getScale(), adaptor.getBias()}) {
    ArrayRef<int64_t> p = dimsOf(param);
    if (p.size() != 1 || !dimsCompatible(p[0], channels))
      return emitOptionalError(loc, "scale and bias must be 1-D with one value per channel, got ",
                               formatShape(p));
  }
  inferred.push_back(adaptor.getInput().getType());
  return success();
}

//===----------------------------------------------------------------------===//
// Data movement
//===----------------------------------------------------------------------===//

LogicalResult ReshapeOp::verify() {
  RankedTensorType in = getInput().getType(), out = getType();
  if (in.getElementType() != out.getElementType())
    return emitOpError("changes the element type");
  std::optional<int64_t> inCount = checkedProduct(in.getShape());
  std::optional<int64_t> outCount = checkedProduct(out.getShape());
  if ((inCount && *inCount < 0) || (outCount && *outCount < 0))
    return emitOpError("has a shape that overflows");
  if (inCount && outCount && *inCount != *outCount)
    return emitOpError("cannot reshape ")
           << formatShape(in.getShape()) << " (" << *inCount
           << " elements) into " << formatShape(out.getShape()) << " ("
           << *outCount << " elements)";
  if (Value shape = getShape()) {
    int64_t length = dimsOf(shape)[0];
    if (!ShapedType::isDynamic(length) && length != out.getRank())
      return emitOpError("shape operand has ")
             << length << " values for a result of rank " << out.getRank();
  }
  return success();
}

LogicalResult ExpandOp::verify() {
  ArrayRef<int64_t> in = dimsOf(getInput()), out = getType().getShape();
  if (getInput().getType().getElementType() != getType().getElementType())
    return emitOpError("changes the element type");
  if (in.size() > out.size())
    return emitOpError("result rank ") << out.size() << " is below the input rank "
                                       << in.size();
  size_t offset = out.size() - in.size();
  for (size_t i = 0; i < in.size(); ++i) {
    int64_t a = in[i], b = out[i + offset];
    if (a != 1 && !dimsCompatible(a, b))
      return emitOpError("cannot broadcast ")
             << formatShape(in) << " to " << formatShape(out);
  }
  if (Value shape = getShape()) {
    int64_t length = dimsOf(shape)[0];
    if (!ShapedType::isDynamic(length) && length > int64_t(out.size()))
      return emitOpError("shape operand is longer than the result rank");
  }
  return success();
}

LogicalResult SliceOp::verify() {
  RankedTensorType in = getInput().getType(), out = getType();
  if (in.getElementType() != out.getElementType() || in.getRank() != out.getRank())
    return emitOpError("result must have the input's rank and element type");
  ArrayRef<int64_t> axes = getAxes(), steps = getSteps();
  size_t n = axes.size();
  if (getStarts().size() != n || getEnds().size() != n || steps.size() != n)
    return emitOpError("axes, starts, ends and steps must have the same length");
  if (failed(checkAxes(getLoc(), axes, in.getRank(), "slice")))
    return failure();
  for (Value dyn : {getDynStarts(), getDynEnds()}) {
    if (!dyn)
      continue;
    int64_t length = dimsOf(dyn)[0];
    if (!ShapedType::isDynamic(length) && length != int64_t(n))
      return emitOpError("dynamic bounds must have one value per axis");
  }
  for (size_t i = 0; i < n; ++i) {
    if (steps[i] == 0)
      return emitOpError("step must not be zero");
    int64_t dim = in.getDimSize(axes[i]);
    int64_t outDim = out.getDimSize(axes[i]);
    if (ShapedType::isDynamic(dim) || getDynStarts() || getDynEnds())
      continue;
    int64_t start = getStarts()[i], end = getEnds()[i];
    int64_t length = clampedSliceLength(dim, start, end, steps[i]);
    if (!ShapedType::isDynamic(outDim) && outDim != length)
      return emitOpError("result dim ") << axes[i] << " is " << outDim
                                        << " but the slice has " << length
                                        << " elements";
  }
  for (int64_t d = 0; d < in.getRank(); ++d)
    if (!llvm::is_contained(axes, d) &&
        !dimsCompatible(in.getDimSize(d), out.getDimSize(d)))
      return emitOpError("result dim ") << d << " differs from the input dim";
  return success();
}

LogicalResult TransposeOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  ArrayRef<int64_t> in = dimsOf(adaptor.getInput());
  ArrayRef<int64_t> perm = adaptor.getPermutation();
  if (perm.size() != in.size())
    return emitOptionalError(loc, "permutation has ", perm.size(),
                             " entries for rank ", in.size());
  if (failed(checkAxes(loc, perm, in.size(), "permutation")))
    return failure();
  SmallVector<int64_t> shape;
  for (int64_t p : perm)
    shape.push_back(in[p]);
  inferred.push_back(RankedTensorType::get(shape, elementTypeOf(adaptor.getInput())));
  return success();
}

LogicalResult ConcatOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  ValueRange inputs = adaptor.getInputs();
  if (inputs.empty())
    return emitOptionalError(loc, "expects at least one input");
  RankedTensorType first = tensorType(inputs.front());
  auto axis = normalizeAxis(adaptor.getAxis(), first.getRank());
  if (failed(axis))
    return emitOptionalError(loc, "axis ", int64_t(adaptor.getAxis()),
                             " is out of range for rank ", first.getRank());
  SmallVector<int64_t> shape(first.getShape());
  for (Value input : inputs.drop_front()) {
    RankedTensorType type = tensorType(input);
    if (type.getRank() != first.getRank() ||
        type.getElementType() != first.getElementType())
      return emitOptionalError(loc, "inputs must share rank and element type");
    for (int64_t d = 0; d < first.getRank(); ++d) {
      int64_t dim = type.getDimSize(d);
      if (d == *axis) {
        if (ShapedType::isDynamic(shape[d]) || ShapedType::isDynamic(dim))
          shape[d] = ShapedType::kDynamic;
        else if (llvm::AddOverflow(shape[d], dim, shape[d]))
          return emitOptionalError(loc, "concatenated dim is too large");
        continue;
      }
      if (!dimsCompatible(shape[d], dim))
        return emitOptionalError(loc, "inputs differ in dim ", d, ": ",
                                 formatShape(first.getShape()), " vs ",
                                 formatShape(type.getShape()));
      if (ShapedType::isDynamic(shape[d]))
        shape[d] = dim;
    }
  }
  if (!ShapedType::isDynamic(shape[*axis]) && shape[*axis] > kMaxElements)
    return emitOptionalError(loc, "concatenated dim is too large");
  inferred.push_back(RankedTensorType::get(shape, first.getElementType()));
  return success();
}

LogicalResult PadOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                      Adaptor adaptor,
                                      SmallVectorImpl<Type> &inferred) {
  RankedTensorType in = tensorType(adaptor.getInput());
  ArrayRef<int64_t> pads = adaptor.getPads();
  int64_t rank = in.getRank();
  if (int64_t(pads.size()) != 2 * rank)
    return emitOptionalError(loc, "expects ", 2 * rank, " pads, got ", pads.size());
  if (Value value = adaptor.getValue())
    if (tensorType(value).getRank() != 0 ||
        elementTypeOf(value) != in.getElementType())
      return emitOptionalError(loc, "pad value must be a 0-d tensor of the input's element type");
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < rank; ++d) {
    int64_t dim = in.getDimSize(d);
    // Not std::abs: it overflows for INT64_MIN.
    auto tooLarge = [](int64_t pad) {
      return pad < -kMaxElements || pad > kMaxElements;
    };
    if (tooLarge(pads[d]) || tooLarge(pads[d + rank]))
      return emitOptionalError(loc, "pad is too large");
    if (ShapedType::isDynamic(dim)) {
      shape.push_back(dim);
      continue;
    }
    int64_t size = dim + pads[d] + pads[d + rank];
    if (size < 0)
      return emitOptionalError(loc, "pads crop dim ", d, " below zero");
    if (adaptor.getMode() == PadMode::Reflect && (pads[d] >= dim || pads[d + rank] >= dim) && (pads[d] > 0 || pads[d + rank] > 0))
      return emitOptionalError(loc, "reflect pads must be smaller than the dim");
    shape.push_back(size);
  }
  inferred.push_back(RankedTensorType::get(shape, in.getElementType()));
  return success();
}

LogicalResult TileOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferred) {
  RankedTensorType in = tensorType(adaptor.getInput());
  ArrayRef<int64_t> repeats = adaptor.getRepeats();
  if (int64_t(repeats.size()) != in.getRank())
    return emitOptionalError(loc, "expects one repeat per dim");
  SmallVector<int64_t> shape;
  for (auto [dim, repeat] : llvm::zip(in.getShape(), repeats)) {
    if (repeat < 0 || repeat > kMaxElements)
      return emitOptionalError(loc, "repeat ", repeat, " is out of range");
    if (ShapedType::isDynamic(dim)) {
      shape.push_back(repeat == 0 ? 0 : ShapedType::kDynamic);
      continue;
    }
    int64_t size;
    if (llvm::MulOverflow(dim, repeat, size) || size > kMaxElements)
      return emitOptionalError(loc, "tiled dim is too large");
    shape.push_back(size);
  }
  inferred.push_back(RankedTensorType::get(shape, in.getElementType()));
  return success();
}

LogicalResult GatherOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  RankedTensorType data = tensorType(adaptor.getData());
  auto axis = normalizeAxis(adaptor.getAxis(), data.getRank());
  if (failed(axis))
    return emitOptionalError(loc, "axis ", int64_t(adaptor.getAxis()),
                             " is out of range for rank ", data.getRank());
  SmallVector<int64_t> shape(data.getShape().take_front(*axis));
  llvm::append_range(shape, dimsOf(adaptor.getIndices()));
  llvm::append_range(shape, data.getShape().drop_front(*axis + 1));
  inferred.push_back(RankedTensorType::get(shape, data.getElementType()));
  return success();
}

LogicalResult GatherElementsOp::inferReturnTypes(MLIRContext *,
                                                 std::optional<Location> loc,
                                                 Adaptor adaptor,
                                                 SmallVectorImpl<Type> &inferred) {
  RankedTensorType data = tensorType(adaptor.getData());
  RankedTensorType indices = tensorType(adaptor.getIndices());
  if (data.getRank() != indices.getRank() || data.getRank() == 0)
    return emitOptionalError(loc, "data and indices must have the same rank >= 1");
  if (failed(normalizeAxis(adaptor.getAxis(), data.getRank())))
    return emitOptionalError(loc, "axis ", int64_t(adaptor.getAxis()),
                             " is out of range for rank ", data.getRank());
  inferred.push_back(RankedTensorType::get(indices.getShape(), data.getElementType()));
  return success();
}

LogicalResult GatherNDOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                           Adaptor adaptor,
                                           SmallVectorImpl<Type> &inferred) {
  ArrayRef<int64_t> data = dimsOf(adaptor.getData());
  ArrayRef<int64_t> indices = dimsOf(adaptor.getIndices());
  int64_t batch = adaptor.getBatchDims();
  if (data.empty() || indices.empty())
    return emitOptionalError(loc, "data and indices must have rank >= 1");
  if (batch >= int64_t(std::min(data.size(), indices.size())))
    return emitOptionalError(loc, "batch_dims ", batch, " is too large");
  for (int64_t d = 0; d < batch; ++d)
    if (!dimsCompatible(data[d], indices[d]))
      return emitOptionalError(loc, "batch dim ", d, " differs: data ",
                               formatShape(data), ", indices ",
                               formatShape(indices));
  int64_t depth = indices.back();
  if (ShapedType::isDynamic(depth))
    return emitOptionalError(loc, "the last dim of indices must be static");
  if (depth < 1 || batch + depth > int64_t(data.size()))
    return emitOptionalError(loc, "index tuples of length ", depth,
                             " do not fit data of rank ", data.size());
  SmallVector<int64_t> shape(indices.drop_back());
  llvm::append_range(shape, data.drop_front(batch + depth));
  inferred.push_back(RankedTensorType::get(shape, elementTypeOf(adaptor.getData())));
  return success();
}

LogicalResult ScatterElementsOp::verify() {
  RankedTensorType data = getData().getType();
  if (getType() != data)
    return emitOpError("result type must equal the data type");
  if (failed(verifyAxisAttr(*this, getAxis(), data.getRank())))
    return failure();
  ArrayRef<int64_t> indices = dimsOf(getIndices()),
                    updates = dimsOf(getUpdates());
  if (indices.size() != updates.size() ||
      !llvm::all_of(llvm::zip_equal(indices, updates), [](auto p) {
        return dimsCompatible(std::get<0>(p), std::get<1>(p));
      }))
    return emitOpError("indices and updates must have the same shape");
  if (getIndices().getType().getRank() != data.getRank() ||
      getUpdates().getType().getElementType() != data.getElementType())
    return emitOpError("indices must have the data's rank and updates its element type");
  return success();
}

LogicalResult ScatterNDOp::verify() {
  RankedTensorType data = getData().getType();
  if (getType() != data)
    return emitOpError("result type must equal the data type");
  ArrayRef<int64_t> indices = dimsOf(getIndices());
  if (indices.empty() || ShapedType::isDynamic(indices.back()) ||
      indices.back() < 1 || indices.back() > data.getRank())
    return emitOpError("the last dim of indices must be static and in [1, data rank]");
  SmallVector<int64_t> expected(indices.drop_back());
  llvm::append_range(expected, data.getShape().drop_front(indices.back()));
  ArrayRef<int64_t> updates = dimsOf(getUpdates());
  if (updates.size() != expected.size() ||
      !llvm::all_of(llvm::zip(updates, expected), [](auto p) {
        return dimsCompatible(std::get<0>(p), std::get<1>(p));
      }))
    return emitOpError("updates must have shape ") << formatShape(expected);
  if (getUpdates().getType().getElementType() != data.getElementType())
    return emitOpError("updates must have the data's element type");
  return success();
}

LogicalResult ShapeOfOp::inferReturnTypes(MLIRContext *context, std::optional<Location>,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  inferred.push_back(RankedTensorType::get({tensorType(adaptor.getInput()).getRank()},
                                           IntegerType::get(context, 64)));
  return success();
}

LogicalResult FillOp::verify() {
  auto value = dyn_cast<TypedAttr>(getValue());
  if (!isa<IntegerAttr, FloatAttr>(getValue()) ||
      value.getType() != getType().getElementType())
    return emitOpError("value must be a scalar of the result's element type");
  int64_t length = dimsOf(getShape())[0];
  if (!ShapedType::isDynamic(length) && length != getType().getRank())
    return emitOpError("shape operand has ") << length << " values for a result of rank "
                                             << getType().getRank();
  return success();
}

LogicalResult RangeOp::verify() {
  Type element = getType().getElementType();
  for (Value operand : {getStart(), getLimit(), getDelta()})
    if (tensorType(operand).getRank() != 0 || elementTypeOf(operand) != element)
      return emitOpError("start, limit and delta must be 0-d tensors of ")
             << element;
  if (getType().getRank() != 1)
    return emitOpError("result must be 1-D");
  return success();
}

LogicalResult ResizeOp::verify() {
  RankedTensorType in = getInput().getType(), out = getType();
  if (in.getRank() != out.getRank() || in.getElementType() != out.getElementType())
    return emitOpError("result must have the input's rank and element type");
  if (int64_t(getScales().size()) != in.getRank())
    return emitOpError("expects one scale per dim");
  for (float scale : getScales())
    if (!(scale > 0.0f) || scale > 1.0e6f)
      return emitOpError("scales must be positive and finite");
  if (!isa<FloatType>(in.getElementType()) && getMode() != ResizeMode::Nearest)
    return emitOpError("linear and cubic modes need floating-point elements");
  return success();
}

//===----------------------------------------------------------------------===//
// AttentionOp, RotaryEmbeddingOp
//===----------------------------------------------------------------------===//

LogicalResult AttentionOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  ArrayRef<int64_t> q = dimsOf(adaptor.getQuery()), k = dimsOf(adaptor.getKey()),
                    v = dimsOf(adaptor.getValue());
  if (q.size() != 4 || k.size() != 4 || v.size() != 4)
    return emitOptionalError(loc, "query, key and value must be 4-D (B x H x S x D)");
  Type element = elementTypeOf(adaptor.getQuery());
  if (elementTypeOf(adaptor.getKey()) != element ||
      elementTypeOf(adaptor.getValue()) != element)
    return emitOptionalError(loc, "query, key and value element types differ");
  if (!dimsCompatible(q[0], k[0]) || !dimsCompatible(k[0], v[0]))
    return emitOptionalError(loc, "batch sizes differ");
  if (!dimsCompatible(q[3], k[3]))
    return emitOptionalError(loc, "query head size ", q[3],
                             " differs from key head size ", k[3]);
  if (!dimsCompatible(k[1], v[1]) || !dimsCompatible(k[2], v[2]))
    return emitOptionalError(loc, "key and value differ in heads or sequence");
  if (!ShapedType::isDynamic(q[1]) && !ShapedType::isDynamic(k[1]) &&
      (k[1] == 0 || q[1] % k[1] != 0))
    return emitOptionalError(loc, "query heads ", q[1],
                             " are not a multiple of key/value heads ", k[1]);
  if (Value mask = adaptor.getMask()) {
    std::string error;
    SmallVector<int64_t> scores = {q[0], q[1], q[2], k[2]};
    auto shape = broadcastShapes(scores, dimsOf(mask), error);
    if (failed(shape) || shape->size() != 4 ||
        !llvm::all_of(llvm::zip(*shape, scores), [](auto p) {
          return dimsCompatible(std::get<0>(p), std::get<1>(p));
        }))
      return emitOptionalError(loc, "mask of shape ", formatShape(dimsOf(mask)),
                               " does not broadcast to the scores ",
                               formatShape(scores));
    Type maskElement = elementTypeOf(mask);
    if (!maskElement.isInteger(1) && maskElement != element)
      return emitOptionalError(loc, "mask must be i1 or the query's element type");
  }
  if (adaptor.getSoftcap().convertToFloat() < 0.0f)
    return emitOptionalError(loc, "softcap must be non-negative");
  inferred.push_back(RankedTensorType::get({q[0], q[1], q[2], v[3]}, element));
  return success();
}

LogicalResult RotaryEmbeddingOp::verify() {
  ArrayRef<int64_t> in = dimsOf(getInput());
  if (in.size() != 4)
    return emitOpError("input must be 4-D (B x H x S x D)");
  int64_t rotary = getRotaryEmbeddingDim();
  int64_t head = in[3];
  if (rotary < 0 || (!ShapedType::isDynamic(head) && rotary > head) || rotary % 2 != 0)
    return emitOpError("rotary_embedding_dim must be even and at most the head size");
  ArrayRef<int64_t> cos = dimsOf(getCosCache()), sin = dimsOf(getSinCache());
  if (cos != sin)
    return emitOpError("cos and sin caches must have the same shape");
  size_t expectedRank = getPositionIds() ? 2 : 3;
  if (cos.size() != expectedRank)
    return emitOpError("caches must be ")
           << expectedRank << "-D " << (getPositionIds() ? "with" : "without")
           << " position_ids";
  int64_t half = rotary ? rotary / 2
                        : (ShapedType::isDynamic(head) ? head : head / 2);
  if (!dimsCompatible(cos.back(), half))
    return emitOpError("caches have ") << cos.back()
                                       << " values per position, expected "
                                       << half;
  if (getCosCache().getType().getElementType() != getType().getElementType() ||
      getSinCache().getType().getElementType() != getType().getElementType())
    return emitOpError("caches must have the input's element type");
  // position_ids are B x S; caches without them are B x S x D/2.
  ArrayRef<int64_t> batchSeq =
      getPositionIds() ? dimsOf(getPositionIds()) : cos.drop_back();
  if (batchSeq.size() != 2 || !dimsCompatible(batchSeq[0], in[0]) ||
      !dimsCompatible(batchSeq[1], in[2]))
    return emitOpError(getPositionIds() ? "position_ids" : "caches")
           << " of shape " << formatShape(batchSeq)
           << " do not match batch x sequence " << formatShape({in[0], in[2]})
           << " of the input";
  return success();
}
