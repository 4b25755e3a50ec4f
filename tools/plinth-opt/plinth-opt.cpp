//===- plinth-opt.cpp - mlir-opt with the plinth dialect and passes -------===//

#include "dialects/Plinth/PlinthDialect.h"
#include "lib/Codegen/CPU/Pipeline.h"
#include "lib/Pipelines/Pipelines.h"
#include "passes/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  registry.insert<mlir::plinth::PlinthDialect>();
  mlir::plinth::registerCodegenDialects(registry);
  mlir::plinth::registerCodegenPasses();
  mlir::plinth::registerPipelines();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "Plinth optimizer driver\n", registry));
}
