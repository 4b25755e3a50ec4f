//===- NodeContext.h - What an ONNX op converter sees -----------*- C++ -*-===//
//
// Converters are small functions `LogicalResult(NodeContext &)` registered per
// (op type, since-opset) in a ConverterRegistry. A converter reads the node's
// inputs and attributes through NodeContext (which range-checks everything),
// builds plinth ops with `create` / `createValue` (which infer and verify the
// result types and turn any diagnostic into an error naming the node), and
// binds the node's outputs with `setOutput`.
//
//===----------------------------------------------------------------------===//

#ifndef PLINTH_LIB_IMPORTER_ONNX_NODECONTEXT_H
#define PLINTH_LIB_IMPORTER_ONNX_NODECONTEXT_H

#include "dialects/Plinth/PlinthOps.h"
#include "onnx/onnx.pb.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/Twine.h"

#include <functional>
#include <limits>
#include <optional>

namespace mlir::plinth::onnx_importer {

class ImporterState;

class NodeContext {
public:
  NodeContext(ImporterState &state, const onnx::NodeProto &node, int64_t opset,
              OpBuilder &builder, Location loc)
      : state(state), node(node), opset(opset), builder(builder), loc(loc) {}

  const onnx::NodeProto &getNode() const { return node; }
  int64_t getOpset() const { return opset; }
  OpBuilder &getBuilder() { return builder; }
  Location getLoc() const { return loc; }
  MLIRContext *getContext() { return builder.getContext(); }

  //===--------------------------------------------------------------------===//
  // Errors. Both return failure() so a converter can `return ctx.fail(...)`.
  //===--------------------------------------------------------------------===//

  /// The model is malformed here (exit code 1): a bad attribute, a wrong
  /// number of inputs, shapes that do not fit.
  LogicalResult fail(const llvm::Twine &reason);
  /// The model is valid but uses something not supported (exit code 2).
  LogicalResult unsupported(const llvm::Twine &reason);

  //===--------------------------------------------------------------------===//
  // Inputs and outputs
  //===--------------------------------------------------------------------===//

  /// Number of inputs, including omitted optional ones ("" names).
  int64_t numInputs() const { return node.input_size(); }
  /// True when input `i` is present (not omitted).
  bool hasInput(int64_t i) const {
    return i < node.input_size() && !node.input(i).empty();
  }
  /// Value of input `i`; the importer has checked every named input exists.
  Value input(int64_t i);
  /// Value of input `i`, or a null Value when it is omitted.
  Value optionalInput(int64_t i) { return hasInput(i) ? input(i) : Value(); }
  RankedTensorType inputType(int64_t i) {
    return cast<RankedTensorType>(input(i).getType());
  }
  /// Fails unless the node has between `min` and `max` inputs.
  LogicalResult expectInputs(int64_t min, int64_t max);

  int64_t numOutputs() const { return node.output_size(); }
  /// True when output `i` exists and is consumed or is a graph output.
  bool hasOutput(int64_t i) const {
    return i < node.output_size() && !node.output(i).empty();
  }
  void setOutput(int64_t i, Value value);

  //===--------------------------------------------------------------------===//
  // Attributes (range-checked; a value outside [min, max] fails the node)
  //===--------------------------------------------------------------------===//

  bool hasAttr(llvm::StringRef name) const { return findAttr(name) != nullptr; }
  FailureOr<int64_t>
  intAttr(llvm::StringRef name, std::optional<int64_t> defaultValue,
          int64_t min = std::numeric_limits<int64_t>::min(),
          int64_t max = std::numeric_limits<int64_t>::max());
  FailureOr<float> floatAttr(llvm::StringRef name,
                             std::optional<float> defaultValue);
  FailureOr<std::string> stringAttr(llvm::StringRef name,
                                    std::optional<std::string> defaultValue);
  /// A list of ints; std::nullopt when absent and no default is given.
  FailureOr<std::optional<SmallVector<int64_t>>>
  intsAttr(llvm::StringRef name);
  FailureOr<SmallVector<float>> floatsAttr(llvm::StringRef name);
  /// A tensor attribute (Constant's `value`) as a constant op result.
  FailureOr<Value> tensorAttr(llvm::StringRef name);
  const onnx::AttributeProto *findAttr(llvm::StringRef name) const;

  //===--------------------------------------------------------------------===//
  // Constant inputs
  //===--------------------------------------------------------------------===//

  /// Integer values of input `i` when it is a constant; std::nullopt when it
  /// is computed at run time.
  std::optional<SmallVector<int64_t>> constantInts(int64_t i);
  /// Float values of input `i` when it is a constant.
  std::optional<SmallVector<double>> constantFloats(int64_t i);
  /// Constant integer input `i`, or a "must be a constant" unsupported error.
  FailureOr<SmallVector<int64_t>> requireConstantInts(int64_t i,
                                                      llvm::StringRef what);

  //===--------------------------------------------------------------------===//
  // Building ops
  //===--------------------------------------------------------------------===//

  /// Creates an op. For ops that infer their result types, pass the operands
  /// and attributes only; for the others pass the result type(s) first. The
  /// op is verified; any diagnostic fails the node (with its message).
  template <typename OpTy, typename... Args>
  FailureOr<OpTy> create(Args &&...args) {
    OperationState state(loc, OpTy::getOperationName());
    if constexpr (OpTy::template hasTrait<InferTypeOpInterface::Trait>()) {
      if constexpr (OpTy::template hasTrait<OpTrait::OneResult>())
        OpTy::build(builder, state, Type(), std::forward<Args>(args)...);
      else
        OpTy::build(builder, state, Type(), Type(), std::forward<Args>(args)...);
      state.types.clear();
      SmallVector<Type> types;
      if (failed(OpTy::inferReturnTypes(
              builder.getContext(), loc, state.operands,
              state.attributes.getDictionary(builder.getContext()),
              state.getRawProperties(), state.regions, types)))
        return failure();
      state.addTypes(types);
    } else {
      OpTy::build(builder, state, std::forward<Args>(args)...);
    }
    Operation *op = builder.create(state);
    if (failed(verifyCreated(op)))
      return failure();
    return cast<OpTy>(op);
  }

  /// Like `create` for single-result ops, then folds the op when its operands
  /// are constants (so shape arithmetic becomes constants as it is imported).
  template <typename OpTy, typename... Args>
  FailureOr<Value> createValue(Args &&...args) {
    FailureOr<OpTy> op = create<OpTy>(std::forward<Args>(args)...);
    if (failed(op))
      return failure();
    return foldCreated(*op);
  }

  //===--------------------------------------------------------------------===//
  // Common building blocks
  //===--------------------------------------------------------------------===//

  /// A dense literal of i64 values with shape {values.size()} (or 0-d).
  Value i64Constant(ArrayRef<int64_t> values, bool scalar = false);
  /// A 0-d literal of `elementType` holding `value`.
  Value scalarConstant(Type elementType, double value);
  /// Reshapes `value` to the static `shape` (no shape operand).
  FailureOr<Value> reshape(Value value, ArrayRef<int64_t> shape);
  /// plinth.unary `kind` of `value` (a kind without alpha/beta).
  FailureOr<Value> unary(UnaryKind kind, Value value) {
    return createValue<UnaryOp>(kind, value, FloatAttr(), FloatAttr());
  }
  /// Casts `value` to `elementType` (no-op when it already has it);
  /// `saturate` matters for float8 targets (see plinth.cast).
  FailureOr<Value> castTo(Value value, Type elementType, bool saturate = true);
  /// Normalizes an axis attribute for `rank`, failing the node when out of
  /// range.
  FailureOr<int64_t> normalizeAxis(int64_t axis, int64_t rank,
                                   llvm::StringRef what = "axis");
  /// Normalizes every axis of an `axes` list, then sorts them and drops
  /// repeats.
  LogicalResult normalizeAxes(SmallVectorImpl<int64_t> &axes, int64_t rank);

private:
  LogicalResult verifyCreated(Operation *op);
  Value foldCreated(Operation *op);

  ImporterState &state;
  const onnx::NodeProto &node;
  int64_t opset;
  OpBuilder &builder;
  Location loc;
};

/// Binds output 0 of the node to `value`; fails when building it failed (the
/// error is already recorded).
inline LogicalResult setResult(NodeContext &ctx, FailureOr<Value> value) {
  if (failed(value))
    return failure();
  ctx.setOutput(0, *value);
  return success();
}

/// The mean of `x` over `axes` (kept as size-1 dims), `x - mean`, and the
/// mean of its square (the biased variance): LayerNormalization's statistics
/// outputs and MeanVarianceNormalization share them.
struct Moments {
  Value mean, centered, variance;
};
FailureOr<Moments> moments(NodeContext &ctx, Value x, ArrayRef<int64_t> axes);

/// A converter for one ONNX op type over a range of opsets.
using Converter = std::function<LogicalResult(NodeContext &)>;

/// Converters keyed by (domain, op type, since-opset). `lookup` picks the
/// converter with the highest since-opset not above the model's opset.
class ConverterRegistry {
public:
  void add(llvm::StringRef opType, int64_t sinceOpset, Converter converter,
           llvm::StringRef domain = "");
  const Converter *lookup(llvm::StringRef domain, llvm::StringRef opType,
                          int64_t opset) const;
  /// Every registered (domain, op type), for documentation and tests.
  std::vector<std::string> listOps() const;

private:
  llvm::StringMap<std::vector<std::pair<int64_t, Converter>>> converters;
};

/// The registry with every converter of this importer.
const ConverterRegistry &getConverterRegistry();

// One registration function per op family (see the *Converters.cpp files).
void registerElementwiseConverters(ConverterRegistry &registry);
void registerTensorConverters(ConverterRegistry &registry);
void registerNNConverters(ConverterRegistry &registry);
void registerTransformerConverters(ConverterRegistry &registry);
void registerLossConverters(ConverterRegistry &registry);
void registerCompositeConverters(ConverterRegistry &registry);
void registerQuantizeConverters(ConverterRegistry &registry);

} // namespace mlir::plinth::onnx_importer

#endif // PLINTH_LIB_IMPORTER_ONNX_NODECONTEXT_H
