//===- PlinthDialect.h - Plinth dialect -------------------------*- C++ -*-===//

#ifndef PLINTH_DIALECTS_PLINTH_PLINTHDIALECT_H
#define PLINTH_DIALECTS_PLINTH_PLINTHDIALECT_H

#include "mlir/IR/Dialect.h"

#include "dialects/Plinth/PlinthDialect.h.inc"

namespace mlir::plinth {
/// Function argument / result attribute holding the symbolic name of every
/// dim (an array of strings, "" for dims without a name).
inline constexpr llvm::StringLiteral kDimNamesAttr = "plinth.dim_names";
/// Module attribute: the directory external weight files are relative to.
inline constexpr llvm::StringLiteral kModelDirAttr = "plinth.model_dir";
} // namespace mlir::plinth

#endif // PLINTH_DIALECTS_PLINTH_PLINTHDIALECT_H
