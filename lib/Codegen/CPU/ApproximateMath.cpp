//===- ApproximateMath.cpp - plinth-cpu-approximate-math ------------------===//
//
// Replaces the transcendental math ops (exp, log, tanh, erf, sin, cos, ...)
// with MLIR's polynomial approximations: plain arithmetic that LLVM can
// vectorize, instead of one libm call per element. The approximations are
// accurate to a few float ulps, well inside the fp32 tolerances.
//
//===----------------------------------------------------------------------===//

#include "lib/Codegen/Passes.h"

#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::plinth {

#define GEN_PASS_DEF_CPUAPPROXIMATEMATH
#include "lib/Codegen/Passes.h.inc"

namespace {
struct CpuApproximateMathPass
    : impl::CpuApproximateMathBase<CpuApproximateMathPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateMathPolynomialApproximationPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};
} // namespace

} // namespace mlir::plinth
