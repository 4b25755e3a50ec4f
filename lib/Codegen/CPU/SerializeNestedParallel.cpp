//===- SerializeNestedParallel.cpp - plinth-cpu-serialize-nested-parallel -===//
//
// Only the outermost parallel loop of a nest is shared among threads. An
// scf.parallel inside another one (a remainder tile's loops inside a thread
// block, say) would become a nested OpenMP region: libomp serializes it, but
// still pays a fork, a static-schedule setup and a join on every outer
// iteration. Such loops become plain scf.for nests first.
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
  }
};
} // namespace

} // namespace mlir::plinth
