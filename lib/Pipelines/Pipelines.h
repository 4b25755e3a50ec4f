//===- Pipelines.h - Plinth's pass pipelines --------------------*- C++ -*-===//
//
// The one pipeline behind every entry point (plinth-compile, plinth-opt's
// --plinth-*-pipeline flags, the JIT), written as functions over
// CompileOptions.
//
//===----------------------------------------------------------------------===//

#ifndef PLINTH_LIB_PIPELINES_PIPELINES_H
#define PLINTH_LIB_PIPELINES_PIPELINES_H

#include "plinth/Compiler.h"

#include "mlir/Pass/PassManager.h"

namespace mlir::plinth {

/// Graph-level cleanup right after import: fold shape arithmetic, apply the
/// canonical forms, remove what became dead.
void buildGraphPipeline(OpPassManager &pm, const ::plinth::CompileOptions &options);

/// Registers the pipelines as plinth-opt flags (--plinth-graph-pipeline).
void registerPipelines();

} // namespace mlir::plinth

#endif // PLINTH_LIB_PIPELINES_PIPELINES_H
