//===- Passes.h - Plinth passes ---------------------------------*- C++ -*-===//

#ifndef PLINTH_PASSES_PASSES_H
#define PLINTH_PASSES_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::plinth {

#define GEN_PASS_DECL
#include "passes/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "passes/Passes.h.inc"

} // namespace mlir::plinth

#endif // PLINTH_PASSES_PASSES_H
