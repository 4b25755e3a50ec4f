//===- ObjectEmitter.h - LLVM IR, object files, shared libraries -*- C++ -*-===//

#ifndef PLINTH_LIB_CODEGEN_CPU_OBJECTEMITTER_H
#define PLINTH_LIB_CODEGEN_CPU_OBJECTEMITTER_H

#include "plinth/Compiler.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

#include <memory>
#include <string>

namespace mlir::plinth {

/// A target machine for `options.mcpu` ("native": this CPU, with all its
/// features) producing position-independent code.
std::unique_ptr<llvm::TargetMachine>
createCpuTargetMachine(const ::plinth::CompileOptions &options,
                       std::string &error);

/// Retypes every constant global that holds a dense_resource blob of
/// elements wider than a byte (the weights) as an i8 array over the same
/// blob, without copying it. Code reaches globals through untyped pointers,
/// so nothing else changes. But translation makes an N-d float global a
/// nest of float arrays, which the backend writes one element at a time
/// through APFloat (most of the compile time for a model's hundreds of MB);
/// a flat i8 array it writes with one copy. Called before translation, by
/// the .so path (translateAndOptimize) and the JIT.
void weightsAsBytes(ModuleOp module);

/// Sets `module`'s target, the function attributes the schedule needs and the
/// helper functions the backend may call, then runs LLVM's optimization
/// pipeline at `options.optLevel`. The .so path and the JIT both use it, so
/// they optimize the same IR.
llvm::Error prepareAndOptimize(llvm::Module &module,
                               llvm::TargetMachine &machine,
                               const ::plinth::CompileOptions &options);

/// Translates an LLVM-dialect module to LLVM IR for `machine` (after
/// weightsAsBytes) and runs LLVM's optimization pipeline at
/// `options.optLevel` (prepareAndOptimize).
std::unique_ptr<llvm::Module> translateAndOptimize(
    ModuleOp module, llvm::LLVMContext &context, llvm::TargetMachine &machine,
    const ::plinth::CompileOptions &options, std::string &error);

/// Writes `module` as an object file to `path`.
bool writeObjectFile(llvm::Module &module, llvm::TargetMachine &machine,
                     const std::string &path, std::string &error);

/// Links `objectPath` into the shared library `libraryPath` with the system
/// C compiler driver, against libomp and libm.
bool linkSharedLibrary(const std::string &objectPath,
                       const std::string &libraryPath, std::string &error);

/// The directory holding the libomp the artifacts link against.
std::string libompDirectory();

} // namespace mlir::plinth

#endif // PLINTH_LIB_CODEGEN_CPU_OBJECTEMITTER_H
