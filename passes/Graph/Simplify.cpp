//===- Simplify.cpp - plinth-graph-simplify -------------------------------===//

#include "dialects/Plinth/PlinthOps.h"
#include "passes/Graph/Transforms.h"
#include "passes/Passes.h"

#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::plinth {

#define GEN_PASS_DEF_GRAPHSIMPLIFY
#include "passes/Passes.h.inc"

void populateGraphSimplifyPatterns(RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  for (RegisteredOperationName name : context->getRegisteredOperations())
    if (name.getDialectNamespace() == PlinthDialect::getDialectNamespace())
      name.getCanonicalizationPatterns(patterns, context);
}

namespace {
struct GraphSimplifyPass : impl::GraphSimplifyBase<GraphSimplifyPass> {
  using GraphSimplifyBase::GraphSimplifyBase;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateGraphSimplifyPatterns(patterns);
    GreedyRewriteConfig config;
    config.setMaxIterations(maxIterations);
    // Not converging within the limit is not an error: the IR is still valid.
    (void)applyPatternsGreedily(getOperation(), std::move(patterns), config);
  }
};
} // namespace

} // namespace mlir::plinth
