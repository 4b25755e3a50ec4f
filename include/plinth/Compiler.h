//===- Compiler.h - Plinth's compiler API -----------------------*- C++ -*-===//
//
// Public C++ API: compile an ONNX model with Plinth. No MLIR or LLVM types
// appear here; errors come back as Status values, never as aborts.
//
//===----------------------------------------------------------------------===//

#ifndef PLINTH_COMPILER_H
#define PLINTH_COMPILER_H

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace plinth {

/// What compileFile writes.
enum class EmitKind {
  /// The imported and simplified plinth IR, as MLIR text.
  MLIR,
  /// LLVM IR (with code generation).
  LLVM,
  /// An object file (with code generation).
  Object,
  /// A loadable shared library, the default (with code generation).
  Library,
  /// PTX for NVIDIA GPUs (with the CUDA target).
  PTX,
};

enum class Target { X86_64, NVPTX };

/// Every knob of the pipeline. Tools parse their flags into this struct; the
/// library has no global options.
struct CompileOptions {
  Target target = Target::X86_64;
  /// CPU to generate code for: "native" or an LLVM CPU name.
  std::string mcpu = "native";
  /// 0..3, as -O0..-O3.
  unsigned optLevel = 2;
  EmitKind emit = EmitKind::Library;
  /// Symbolic dims fixed at compile time (`--dim NAME=VALUE`).
  std::vector<std::pair<std::string, int64_t>> dimBindings;
  /// Run the graph simplification pipeline after import.
  bool simplifyGraph = true;
  /// Print weights as `dense_resource<__elided__>` in MLIR output.
  bool elideWeights = false;
  /// Debugging: print the IR after every pass to stderr.
  bool printIRAfterAll = false;
  /// Debugging: print the IR before every pass to stderr.
  bool printIRBeforeAll = false;
  /// Debugging: print per-pass timing to stderr.
  bool timing = false;
};

/// The outcome of a call. `code` doubles as the tools' exit code.
struct Status {
  enum Code {
    Ok = 0,
    /// Bad usage or a malformed model.
    InvalidInput = 1,
    /// A valid model that uses something Plinth does not support.
    Unsupported = 2,
    /// A bug in Plinth; please report it.
    Internal = 3,
  };
  Code code = Ok;
  std::string message;

  bool ok() const { return code == Ok; }
  static Status success() { return {}; }
  static Status error(Code code, std::string message) {
    return {code, std::move(message)};
  }
};

/// Compiles the ONNX model at `modelPath` and writes the result (as selected
/// by `options.emit`) to `outputPath` ("-" for standard output).
Status compileFile(const std::string &modelPath, const std::string &outputPath,
                   const CompileOptions &options);

} // namespace plinth

#endif // PLINTH_COMPILER_H
