//===- Transforms.h - Graph-level rewrites ----------------------*- C++ -*-===//

#ifndef PLINTH_PASSES_GRAPH_TRANSFORMS_H
#define PLINTH_PASSES_GRAPH_TRANSFORMS_H

#include "mlir/IR/PatternMatch.h"

namespace mlir::plinth {

/// Adds the canonicalization patterns of every plinth op to `patterns`.
void populateGraphSimplifyPatterns(RewritePatternSet &patterns);

} // namespace mlir::plinth

#endif // PLINTH_PASSES_GRAPH_TRANSFORMS_H
