//===- ImporterState.h - State shared while importing a graph ---*- C++ -*-===//

#ifndef PLINTH_LIB_IMPORTER_ONNX_IMPORTERSTATE_H
#define PLINTH_LIB_IMPORTER_ONNX_IMPORTERSTATE_H

#include "lib/Importer/ONNX/Importer.h"
#include "onnx/onnx.pb.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringMap.h"

#include <string>
#include <vector>

namespace mlir::plinth::onnx_importer {

/// What an import has found so far: the value of every ONNX name, and the
/// errors, sorted into malformed-model and unsupported-feature messages.
class ImporterState {
public:
  ImporterState(MLIRContext &context, std::string modelDir)
      : context(context), modelDir(std::move(modelDir)) {}

  MLIRContext &context;
  /// Canonical (symlink-free) directory of the model file.
  std::string modelDir;
  llvm::StringMap<Value> values;
  std::vector<std::string> malformed;
  std::vector<std::string> unsupported;
  /// "node 'name' (OpType)" of the node being converted, for diagnostics.
  std::string currentNodeLabel;

  bool hasErrors() const { return !malformed.empty() || !unsupported.empty(); }

  /// Builds the value of an initializer or a Constant's tensor. Large data
  /// becomes a dense_resource blob that takes over the protobuf's buffer (no
  /// copy) or an external_weight reference; small data becomes a literal.
  /// `what` names the tensor in error messages.
  FailureOr<Value> importTensor(OpBuilder &builder, Location loc,
                                onnx::TensorProto &tensor,
                                llvm::StringRef what);

private:
  /// importTensor for 4- and 2-bit elements (packed raw_data): a literal.
  FailureOr<Value> importPackedTensor(OpBuilder &builder, Location loc,
                                      const onnx::TensorProto &tensor,
                                      RankedTensorType type,
                                      llvm::StringRef what);
};

/// Maps an ONNX TensorProto data type to an MLIR element type; null when
/// Plinth does not support it.
Type convertElementType(MLIRContext &context, int32_t dataType);
/// The ONNX name of a TensorProto data type, for messages.
std::string dataTypeName(int32_t dataType);

/// "node 'name' (OpType)", or "node #index (OpType)" for unnamed nodes.
std::string nodeLabel(const onnx::NodeProto &node, int64_t index);

} // namespace mlir::plinth::onnx_importer

#endif // PLINTH_LIB_IMPORTER_ONNX_IMPORTERSTATE_H
