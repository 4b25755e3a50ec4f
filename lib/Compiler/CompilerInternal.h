//===- CompilerInternal.h - Shared by compileFile and the JIT ---*- C++ -*-===//

#ifndef PLINTH_LIB_COMPILER_COMPILERINTERNAL_H
#define PLINTH_LIB_COMPILER_COMPILERINTERNAL_H

#include "plinth/Compiler.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/OwningOpRef.h"

namespace plinth::detail {

/// Registers everything the compiler's contexts need (dialects, interface
/// models, LLVM IR translations, the passes of the textual pipelines).
void registerCompilerDialects(mlir::DialectRegistry &registry);

/// Imports `modelPath` and runs the graph pipeline, then (with `codegen`)
/// the CPU code generation pipeline down to the LLVM dialect.
Status compileToModule(mlir::MLIRContext &context, const std::string &modelPath,
                       const CompileOptions &options, bool codegen,
                       mlir::OwningOpRef<mlir::ModuleOp> &module);

} // namespace plinth::detail

#endif // PLINTH_LIB_COMPILER_COMPILERINTERNAL_H
