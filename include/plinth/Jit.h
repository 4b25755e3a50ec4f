//===- Jit.h - Compile and run a model in-process ---------------*- C++ -*-===//
//
// plinth::JitSession compiles an ONNX model through the same pipeline as
// plinth-compile, in memory, and runs it on caller-owned tensors. Link
// against libplinth_jit.so. No MLIR or LLVM types appear here.
//
//===----------------------------------------------------------------------===//

#ifndef PLINTH_JIT_H
#define PLINTH_JIT_H

#include "plinth/Compiler.h"
#include "plinth/Runtime.h"

#include <memory>
#include <string>
#include <vector>

namespace plinth {

class JitSession {
public:
  /// Compiles `modelPath`. On failure returns null and fills `status`.
  static std::unique_ptr<JitSession> create(const std::string &modelPath,
                                            const CompileOptions &options,
                                            Status &status);
  ~JitSession();

  /// The compiled model (signature queries).
  Model &model() { return compiled; }
  /// Runs the model on `inputs`; `outputs` gets one owning tensor per output.
  Status run(const std::vector<const Tensor *> &inputs,
             std::vector<Tensor> &outputs) {
    return compiled.run(inputs, outputs);
  }

private:
  JitSession() = default;
  Model compiled;
};

} // namespace plinth

#endif // PLINTH_JIT_H
