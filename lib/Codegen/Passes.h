//===- Passes.h - Plinth code generation passes -----------------*- C++ -*-===//

#ifndef PLINTH_LIB_CODEGEN_PASSES_H
#define PLINTH_LIB_CODEGEN_PASSES_H

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::plinth {

/// Module attribute holding the artifact signature text.
inline constexpr llvm::StringLiteral kSignatureAttr = "plinth.signature";

/// Module attribute set when @main takes a trailing memref<2xi64> status
/// slot (plinth-cpu-checks-to-status): [code, address of the message].
inline constexpr llvm::StringLiteral kStatusSlotAttr = "plinth.status_slot";
/// plinth_entry's return code for a failed run-time check; the first word
/// of the outputs then holds the address of a NUL-terminated message.
inline constexpr int64_t kCheckFailedCode = 2;

#define GEN_PASS_DECL
#include "lib/Codegen/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "lib/Codegen/Passes.h.inc"

} // namespace mlir::plinth

#endif // PLINTH_LIB_CODEGEN_PASSES_H
