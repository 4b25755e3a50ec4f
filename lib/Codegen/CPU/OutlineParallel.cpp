//===- OutlineParallel.cpp - plinth-cpu-outline-parallel ------------------===//
//
// Translation to LLVM IR hands every omp.parallel region to LLVM's
// OpenMPIRBuilder, which outlines it with a CodeExtractor whose analysis
// cache scans the whole enclosing function, once per region. A model's
// entry function holds hundreds of regions (thousands of blocks at symbolic
// shapes), so that cost grows with the square of the model size: most of
// the compile time of a 12-layer transformer. Here every outermost
// omp.parallel first moves into a private function of its own, called in
// its place; values from outside become arguments. The extractor then
// scans one small function per region.
//
// Constants and global addresses (and views of them) used by a region are
// cloned into its function instead: as arguments, loop bounds and weights
// would be opaque to LLVM (no constant trip counts, no known alignment or
// aliasing), and the generated loops markedly slower.
//
//===----------------------------------------------------------------------===//

#include "lib/Codegen/Passes.h"

#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/Dialect/SCF/Utils/Utils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "mlir/Transforms/RegionUtils.h"

namespace mlir::plinth {

#define GEN_PASS_DEF_CPUOUTLINEPARALLEL
#include "lib/Codegen/Passes.h.inc"

namespace {

/// Whether `value` is a constant, a global's address or a view of one:
/// something a region's function can recompute instead of taking it.
bool isRematerializable(Value value) {
  Operation *def = value.getDefiningOp();
  if (!def || def->getNumRegions() != 0 || !isPure(def))
    return false;
  if (def->getNumOperands() == 0)
    return true;
  return isa<ViewLikeOpInterface>(def) &&
         llvm::all_of(def->getOperands(), isRematerializable);
}

/// Clones the definition of `value` (and of its operands) at the insertion
/// point, once per `mapping`, and returns the clone.
Value rematerialize(RewriterBase &rewriter, Value value, IRMapping &mapping) {
  if (Value known = mapping.lookupOrNull(value))
    return known;
  Operation *def = value.getDefiningOp();
  for (Value operand : def->getOperands())
    rematerialize(rewriter, operand, mapping);
  Operation *clone = rewriter.clone(*def, mapping);
  return clone->getResult(cast<OpResult>(value).getResultNumber());
}

struct CpuOutlineParallelPass
    : impl::CpuOutlineParallelBase<CpuOutlineParallelPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    SmallVector<omp::ParallelOp> regions;
    module.walk([&](omp::ParallelOp parallel) {
      // Functions of nested modules are left alone: the new function
      // would land in their symbol table, not `symbols`.
      auto parent = parallel->getParentOfType<func::FuncOp>();
      if (!parallel->getParentOfType<omp::ParallelOp>() && parent &&
          parent->getParentOp() == module)
        regions.push_back(parallel);
    });
    IRRewriter rewriter(&getContext());
    unsigned counter = 0;
    for (omp::ParallelOp parallel : regions) {
      auto parent = parallel->getParentOfType<func::FuncOp>();
      Location loc = parallel.getLoc();
      std::string name;
      do {
        name = (parent.getName() + "_parallel_" + Twine(counter++)).str();
      } while (symbols.lookup(name));
      // outlineSingleBlockRegion takes a region: wrap the parallel op in a
      // scf.execute_region, outline that, and unwrap the call again.
      rewriter.setInsertionPoint(parallel);
      auto wrapper = scf::ExecuteRegionOp::create(rewriter, loc, TypeRange{});
      Block *body = rewriter.createBlock(&wrapper.getRegion());
      rewriter.moveOpBefore(parallel, body, body->end());
      rewriter.setInsertionPointToEnd(body);
      scf::YieldOp::create(rewriter, loc);
      rewriter.setInsertionPoint(parallel);
      SetVector<Value> captured;
      getUsedValuesDefinedAbove(parallel->getRegions(), captured);
      captured.insert_range(parallel->getOperands());
      IRMapping mapping;
      for (Value value : captured) {
        if (!isRematerializable(value))
          continue;
        Value local = rematerialize(rewriter, value, mapping);
        rewriter.replaceUsesWithIf(value, local, [&](OpOperand &use) {
          return parallel->isAncestor(use.getOwner());
        });
      }
      FailureOr<func::FuncOp> outlined =
          outlineSingleBlockRegion(rewriter, loc, wrapper.getRegion(), name);
      if (failed(outlined)) {
        wrapper.emitError("cannot outline this parallel region");
        return signalPassFailure();
      }
      outlined->setPrivate();
      symbols.insert(*outlined);
      Block *call = &wrapper.getRegion().front();
      rewriter.eraseOp(call->getTerminator());
      rewriter.inlineBlockBefore(call, wrapper);
      rewriter.eraseOp(wrapper);
    }
  }
};

} // namespace
} // namespace mlir::plinth
