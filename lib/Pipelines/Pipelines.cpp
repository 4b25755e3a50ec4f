//===- Pipelines.cpp - Plinth's pass pipelines ----------------------------===//

#include "lib/Pipelines/Pipelines.h"
#include "passes/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

namespace mlir::plinth {

void buildGraphPipeline(OpPassManager &pm, const ::plinth::CompileOptions &options) {
  if (!options.simplifyGraph)
    return;
  pm.addNestedPass<func::FuncOp>(createGraphSimplify());
  pm.addPass(createCSEPass());
  pm.addPass(createCanonicalizerPass());
}

void registerPipelines() {
  PassPipelineRegistration<>(
      "plinth-graph-pipeline",
      "Graph-level cleanup after import: fold shapes, canonicalize, CSE.",
      [](OpPassManager &pm) { buildGraphPipeline(pm, ::plinth::CompileOptions()); });
}

} // namespace mlir::plinth
