//===- NodeContext.cpp - Converter helpers and the registry ---------------===//

#include "lib/Importer/ONNX/NodeContext.h"
#include "lib/Importer/ONNX/ImporterState.h"

#include "dialects/Plinth/ShapeUtils.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::plinth;
using namespace mlir::plinth::onnx_importer;

LogicalResult NodeContext::fail(const llvm::Twine &reason) {
  state.malformed.push_back(state.currentNodeLabel + ": " + reason.str());
  return failure();
}

LogicalResult NodeContext::unsupported(const llvm::Twine &reason) {
  state.unsupported.push_back(state.currentNodeLabel + ": " + reason.str());
  return failure();
}

Value NodeContext::input(int64_t i) {
  return state.values.lookup(node.input(i));
}

LogicalResult NodeContext::expectInputs(int64_t min, int64_t max) {
  int64_t count = node.input_size();
  // Trailing omitted optional inputs do not count.
  while (count > 0 && node.input(count - 1).empty())
    --count;
  if (count < min || count > max) {
    if (min == max)
      return fail("expects " + llvm::Twine(min) + " inputs, got " +
                  llvm::Twine(count));
    return fail("expects " + llvm::Twine(min) + " to " + llvm::Twine(max) +
                " inputs, got " + llvm::Twine(count));
  }
  for (int64_t i = 0; i < min; ++i)
    if (node.input(i).empty())
      return fail("required input " + llvm::Twine(i) + " is missing");
  return success();
}

void NodeContext::setOutput(int64_t i, Value value) {
  if (hasOutput(i))
    state.values[node.output(i)] = value;
}

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

const onnx::AttributeProto *NodeContext::findAttr(llvm::StringRef name) const {
  for (const onnx::AttributeProto &attr : node.attribute())
    if (attr.name() == name)
      return &attr;
  return nullptr;
}

FailureOr<int64_t> NodeContext::intAttr(llvm::StringRef name,
                                        std::optional<int64_t> defaultValue,
                                        int64_t min, int64_t max) {
  const onnx::AttributeProto *attr = findAttr(name);
  if (!attr) {
    if (!defaultValue)
      return fail("required attribute '" + name + "' is missing");
    return *defaultValue;
  }
  if (attr->type() != onnx::AttributeProto::INT)
    return fail("attribute '" + name + "' must be an int");
  int64_t value = attr->i();
  if (value < min || value > max)
    return fail("attribute '" + name + "' = " + llvm::Twine(value) +
                " is out of range [" + llvm::Twine(min) + ", " +
                llvm::Twine(max) + "]");
  return value;
}

FailureOr<float> NodeContext::floatAttr(llvm::StringRef name,
                                        std::optional<float> defaultValue) {
  const onnx::AttributeProto *attr = findAttr(name);
  if (!attr) {
    if (!defaultValue)
      return fail("required attribute '" + name + "' is missing");
    return *defaultValue;
  }
  if (attr->type() != onnx::AttributeProto::FLOAT)
    return fail("attribute '" + name + "' must be a float");
  return attr->f();
}

FailureOr<std::string>
NodeContext::stringAttr(llvm::StringRef name,
                        std::optional<std::string> defaultValue) {
  const onnx::AttributeProto *attr = findAttr(name);
  if (!attr) {
    if (!defaultValue)
      return fail("required attribute '" + name + "' is missing");
    return *defaultValue;
  }
  if (attr->type() != onnx::AttributeProto::STRING)
    return fail("attribute '" + name + "' must be a string");
  return attr->s();
}

FailureOr<std::optional<SmallVector<int64_t>>>
NodeContext::intsAttr(llvm::StringRef name) {
  const onnx::AttributeProto *attr = findAttr(name);
  if (!attr)
    return std::optional<SmallVector<int64_t>>();
  if (attr->type() != onnx::AttributeProto::INTS)
    return fail("attribute '" + name + "' must be a list of ints");
  if (attr->ints_size() > 4096)
    return fail("attribute '" + name + "' has too many values");
  return std::optional<SmallVector<int64_t>>(
      SmallVector<int64_t>(attr->ints().begin(), attr->ints().end()));
}

FailureOr<SmallVector<float>> NodeContext::floatsAttr(llvm::StringRef name) {
  const onnx::AttributeProto *attr = findAttr(name);
  if (!attr)
    return SmallVector<float>();
  if (attr->type() != onnx::AttributeProto::FLOATS)
    return fail("attribute '" + name + "' must be a list of floats");
  return SmallVector<float>(attr->floats().begin(), attr->floats().end());
}

FailureOr<Value> NodeContext::tensorAttr(llvm::StringRef name) {
  const onnx::AttributeProto *attr = findAttr(name);
  if (!attr || attr->type() != onnx::AttributeProto::TENSOR)
    return fail("attribute '" + name + "' must be a tensor");
  // The converter owns a copy so that large raw data can move into a blob.
  onnx::TensorProto tensor = attr->t();
  return state.importTensor(builder, loc, tensor,
                            "attribute '" + name.str() + "'");
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

std::optional<SmallVector<int64_t>> NodeContext::constantInts(int64_t i) {
  if (!hasInput(i))
    return std::nullopt;
  DenseIntElementsAttr attr;
  if (!matchPattern(input(i), m_Constant(&attr)) ||
      attr.getElementType().isInteger(1))
    return std::nullopt;
  SmallVector<int64_t> values;
  bool isUnsigned = attr.getElementType().isUnsignedInteger();
  for (const APInt &value : attr.getValues<APInt>())
    values.push_back(isUnsigned ? int64_t(value.getZExtValue())
                                : value.getSExtValue());
  return values;
}

std::optional<SmallVector<double>> NodeContext::constantFloats(int64_t i) {
  if (!hasInput(i))
    return std::nullopt;
  DenseFPElementsAttr attr;
  if (!matchPattern(input(i), m_Constant(&attr)))
    return std::nullopt;
  SmallVector<double> values;
  for (const APFloat &value : attr.getValues<APFloat>())
    values.push_back(value.convertToDouble());
  return values;
}

FailureOr<SmallVector<int64_t>>
NodeContext::requireConstantInts(int64_t i, llvm::StringRef what) {
  if (!hasInput(i))
    return fail(what + " (input " + llvm::Twine(i) + ") is missing");
  std::optional<SmallVector<int64_t>> values = constantInts(i);
  if (!values)
    return unsupported(what + " must be a constant; '" + node.input(i) +
                       "' is computed at run time");
  return *values;
}

//===----------------------------------------------------------------------===//
// Building
//===----------------------------------------------------------------------===//

LogicalResult NodeContext::verifyCreated(Operation *op) {
  if (succeeded(mlir::verify(op, /*verifyRecursively=*/false)))
    return success();
  op->erase();
  return failure();
}

Value NodeContext::foldCreated(Operation *op) {
  SmallVector<Value> folded;
  if (succeeded(builder.tryFold(op, folded)) && folded.size() == 1 &&
      folded.front().getType() == op->getResult(0).getType()) {
    op->erase();
    return folded.front();
  }
  return op->getResult(0);
}

Value NodeContext::i64Constant(ArrayRef<int64_t> values, bool scalar) {
  auto type = RankedTensorType::get(
      scalar ? ArrayRef<int64_t>{} : ArrayRef<int64_t>{int64_t(values.size())},
      builder.getI64Type());
  return ConstantOp::create(builder, loc, DenseIntElementsAttr::get(type, values));
}

Value NodeContext::scalarConstant(Type elementType, double value) {
  auto type = RankedTensorType::get({}, elementType);
  Attribute attr;
  if (auto floatType = dyn_cast<FloatType>(elementType)) {
    APFloat apValue(value);
    bool lost;
    apValue.convert(floatType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                    &lost);
    attr = DenseElementsAttr::get(type, apValue);
  } else if (elementType.isInteger(1)) {
    attr = DenseElementsAttr::get(type, value != 0.0);
  } else {
    auto intType = cast<IntegerType>(elementType);
    attr = DenseElementsAttr::get(
        type, APInt(intType.getWidth(), int64_t(value), /*isSigned=*/true,
                    /*implicitTrunc=*/true));
  }
  return ConstantOp::create(builder, loc, cast<ElementsAttr>(attr));
}

FailureOr<Value> NodeContext::reshape(Value value, ArrayRef<int64_t> shape) {
  auto type = RankedTensorType::get(
      shape, cast<RankedTensorType>(value.getType()).getElementType());
  if (type == value.getType())
    return value;
  return createValue<ReshapeOp>(type, value, Value());
}

FailureOr<Value> NodeContext::castTo(Value value, Type elementType,
                                     bool saturate) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getElementType() == elementType)
    return value;
  return createValue<CastOp>(type.clone(elementType), value, saturate);
}

FailureOr<int64_t> NodeContext::normalizeAxis(int64_t axis, int64_t rank,
                                              llvm::StringRef what) {
  FailureOr<int64_t> normalized = plinth::normalizeAxis(axis, rank);
  if (failed(normalized))
    return fail(what + " " + llvm::Twine(axis) + " is out of range for rank " +
                llvm::Twine(rank));
  return *normalized;
}

LogicalResult NodeContext::normalizeAxes(SmallVectorImpl<int64_t> &axes,
                                         int64_t rank) {
  for (int64_t &axis : axes) {
    FailureOr<int64_t> normalized = normalizeAxis(axis, rank, "axes value");
    if (failed(normalized))
      return failure();
    axis = *normalized;
  }
  llvm::sort(axes);
  axes.erase(llvm::unique(axes), axes.end());
  return success();
}

FailureOr<Moments>
mlir::plinth::onnx_importer::moments(NodeContext &ctx, Value x,
                                     ArrayRef<int64_t> axes) {
  FailureOr<Value> mean =
      ctx.createValue<ReduceOp>(ReduceKind::Mean, x, axes, /*keep_dims=*/true);
  if (failed(mean))
    return failure();
  FailureOr<Value> centered =
      ctx.createValue<BinaryOp>(BinaryKind::Sub, x, *mean);
  if (failed(centered))
    return failure();
  FailureOr<Value> squared =
      ctx.createValue<BinaryOp>(BinaryKind::Mul, *centered, *centered);
  if (failed(squared))
    return failure();
  FailureOr<Value> variance = ctx.createValue<ReduceOp>(
      ReduceKind::Mean, *squared, axes, /*keep_dims=*/true);
  if (failed(variance))
    return failure();
  return Moments{*mean, *centered, *variance};
}

//===----------------------------------------------------------------------===//
// ConverterRegistry
//===----------------------------------------------------------------------===//

static std::string registryKey(llvm::StringRef domain, llvm::StringRef opType) {
  if (domain == "ai.onnx")
    domain = "";
  return (domain + "::" + opType).str();
}

void ConverterRegistry::add(llvm::StringRef opType, int64_t sinceOpset,
                            Converter converter, llvm::StringRef domain) {
  auto &entries = converters[registryKey(domain, opType)];
  entries.emplace_back(sinceOpset, std::move(converter));
  llvm::sort(entries, [](const auto &a, const auto &b) { return a.first < b.first; });
}

const Converter *ConverterRegistry::lookup(llvm::StringRef domain,
                                           llvm::StringRef opType,
                                           int64_t opset) const {
  auto it = converters.find(registryKey(domain, opType));
  if (it == converters.end())
    return nullptr;
  const Converter *best = nullptr;
  for (const auto &[since, converter] : it->second)
    if (since <= opset)
      best = &converter;
  return best;
}

std::vector<std::string> ConverterRegistry::listOps() const {
  std::vector<std::string> ops;
  for (const auto &entry : converters)
    for (const auto &[since, converter] : entry.second)
      ops.push_back(entry.first().str() + "@" + std::to_string(since));
  llvm::sort(ops);
  return ops;
}

const ConverterRegistry &mlir::plinth::onnx_importer::getConverterRegistry() {
  static const ConverterRegistry registry = [] {
    ConverterRegistry r;
    registerElementwiseConverters(r);
    registerTensorConverters(r);
    registerNNConverters(r);
    registerTransformerConverters(r);
    registerLossConverters(r);
    registerCompositeConverters(r);
    registerQuantizeConverters(r);
    return r;
  }();
  return registry;
}
