//===- FuseElementwise.cpp - plinth-cpu-fuse-elementwise ------------------===//
//
// Upstream elementwise fusion, restricted: a producer is fused only into an
// all-parallel consumer, and only when the consumer is its single user. A
// producer fused into a contraction or reduction would be recomputed for
// every reduction step (GELU recomputed 3072 times per element in a BERT
// FFN), and it would turn a named contraction into a generic that the
// contraction schedule no longer recognizes.
//
//===----------------------------------------------------------------------===//

#include "lib/Codegen/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::plinth {

#define GEN_PASS_DEF_CPUFUSEELEMENTWISE
#include "lib/Codegen/Passes.h.inc"

namespace {
struct CpuFuseElementwisePass
    : impl::CpuFuseElementwiseBase<CpuFuseElementwisePass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    RewritePatternSet patterns(context);
    linalg::ControlFusionFn control = [](OpOperand *operand) {
      Operation *producer = operand->get().getDefiningOp();
      auto consumer = dyn_cast<linalg::LinalgOp>(operand->getOwner());
      return producer && producer->hasOneUse() && consumer &&
             consumer.getNumReductionLoops() == 0;
    };
    linalg::populateElementwiseOpsFusionPatterns(patterns, control);
    linalg::populateEraseUnusedOperandsAndResultsPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};
} // namespace

} // namespace mlir::plinth
