//===- FlattenAllocaScopes.cpp - plinth-cpu-flatten-alloca-scopes ---------===//
//
// convert-scf-to-openmp wraps every work-sharing loop body in a
// memref.alloca_scope, whose single-block region cannot hold the control
// flow that lowering the nested scf loops creates. The loop bodies Plinth
// generates allocate on the heap (bufferization) or hoist their allocas to
// the enclosing omp.parallel (itself an automatic allocation scope), so the
// scopes are inlined.
//
//===----------------------------------------------------------------------===//

#include "lib/Codegen/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::plinth {

#define GEN_PASS_DEF_CPUFLATTENALLOCASCOPES
#include "lib/Codegen/Passes.h.inc"

namespace {
struct CpuFlattenAllocaScopesPass
    : impl::CpuFlattenAllocaScopesBase<CpuFlattenAllocaScopesPass> {
  void runOnOperation() override {
    SmallVector<memref::AllocaScopeOp> scopes;
    getOperation()->walk([&](memref::AllocaScopeOp scope) { scopes.push_back(scope); });
    IRRewriter rewriter(&getContext());
    for (memref::AllocaScopeOp scope : scopes) {
      Block *body = &scope.getBodyRegion().front();
      auto terminator = cast<memref::AllocaScopeReturnOp>(body->getTerminator());
      SmallVector<Value> results(terminator.getResults());
      rewriter.eraseOp(terminator);
      rewriter.inlineBlockBefore(body, scope);
      rewriter.replaceOp(scope, results);
    }
  }
};
} // namespace

} // namespace mlir::plinth
