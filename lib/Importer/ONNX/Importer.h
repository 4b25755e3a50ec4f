//===- Importer.h - ONNX model importer -------------------------*- C++ -*-===//
//
// Reads an ONNX model (protobuf, with external data contained to the model's
// folder) and builds a module holding one `func.func @main` in the plinth
// dialect. Hostile input is expected: every failure comes back as an
// ImportError value, never as a crash or an abort.
//
//===----------------------------------------------------------------------===//

#ifndef PLINTH_LIB_IMPORTER_ONNX_IMPORTER_H
#define PLINTH_LIB_IMPORTER_ONNX_IMPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace mlir::plinth::onnx_importer {

struct ImportOptions {
  /// Symbolic dims fixed at import time (`--dim NAME=VALUE`).
  std::vector<std::pair<std::string, int64_t>> dimBindings;
  /// Fold shape arithmetic while importing (constant shapes propagate).
  bool foldWhileImporting = true;
};

struct ImportError {
  enum class Kind {
    /// The file is not a valid ONNX model (exit code 1).
    Malformed,
    /// The model is valid but uses something Plinth does not support (exit 2).
    Unsupported,
  };
  Kind kind = Kind::Malformed;
  std::string message;
};

/// Imports the model at `path`. On failure returns null and fills `error`.
OwningOpRef<ModuleOp> importOnnxFile(MLIRContext &context, llvm::StringRef path,
                                     const ImportOptions &options,
                                     ImportError &error);

/// Loads the dialects the importer creates ops of into `context`.
void loadImporterDialects(MLIRContext &context);

} // namespace mlir::plinth::onnx_importer

#endif // PLINTH_LIB_IMPORTER_ONNX_IMPORTER_H
