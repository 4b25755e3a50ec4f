//===- SerializeNestedParallel.cpp - plinth-cpu-serialize-nested-parallel -===//
//
// Only the outermost parallel loop of a nest is shared among threads. An
// scf.parallel inside another one (a remainder tile's loops inside a thread
// block, say) would become a nested OpenMP region: libomp serializes it, but
// still pays a fork, a static-schedule setup and a join on every outer
// iteration. Such loops become plain scf.for nests first.
//
// The innermost dim of a multi-dim parallel loop also becomes an scf.for
// inside it: OpenMP collapses the parallel dims into one linear index and
// divides it back into indices on every iteration, which keeps LLVM from
// vectorizing an elementwise loop over the contiguous dim.
//
//===----------------------------------------------------------------------===//

#include "lib/Codegen/Passes.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::plinth {

#define GEN_PASS_DEF_CPUSERIALIZENESTEDPARALLEL
#include "lib/Codegen/Passes.h.inc"

namespace {
struct CpuSerializeNestedParallelPass
    : impl::CpuSerializeNestedParallelBase<CpuSerializeNestedParallelPass> {
  void runOnOperation() override {
    // Post-order: inner loops come before the loops around them.
    SmallVector<scf::ParallelOp> nested;
    getOperation()->walk([&](scf::ParallelOp loop) {
      if (loop->getParentOfType<scf::ParallelOp>())
        nested.push_back(loop);
    });
    IRRewriter rewriter(&getContext());
    for (scf::ParallelOp loop : nested) {
      rewriter.setInsertionPoint(loop);
      if (failed(scf::parallelForToNestedFors(rewriter, loop))) {
        loop.emitOpError("nested parallel loop could not be serialized");
        return signalPassFailure();
      }
    }
    SmallVector<scf::ParallelOp> multiDim;
    getOperation()->walk([&](scf::ParallelOp loop) {
      if (loop.getNumLoops() > 1 && loop.getInitVals().empty())
        multiDim.push_back(loop);
    });
    for (scf::ParallelOp loop : multiDim)
      splitInnermostDim(rewriter, loop);
  }

  /// scf.parallel (i..., j) { body } -> scf.parallel (i...) { scf.for j { body
  /// } }.
  static void splitInnermostDim(RewriterBase &rewriter, scf::ParallelOp loop) {
    Location loc = loop.getLoc();
    unsigned outer = loop.getNumLoops() - 1;
    auto lower = loop.getLowerBound(), upper = loop.getUpperBound(),
         step = loop.getStep();
    rewriter.setInsertionPoint(loop);
    auto parallel = scf::ParallelOp::create(
        rewriter, loc, lower.take_front(outer), upper.take_front(outer),
        step.take_front(outer));
    rewriter.setInsertionPointToStart(parallel.getBody());
    auto inner = scf::ForOp::create(rewriter, loc, lower.back(), upper.back(),
                                    step.back());
    Block *body = loop.getBody();
    SmallVector<Value> indices(parallel.getInductionVars());
    indices.push_back(inner.getInductionVar());
    // The old body's scf.reduce terminator (no reductions) is dropped; the
    // for's own yield ends the moved ops.
    rewriter.eraseOp(body->getTerminator());
    rewriter.inlineBlockBefore(body, inner.getBody()->getTerminator(), indices);
    rewriter.eraseOp(loop);
  }
};
} // namespace

} // namespace mlir::plinth
