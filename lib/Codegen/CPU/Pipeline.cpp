//===- Pipeline.cpp - CPU code generation pipeline ------------------------===//

#include "lib/Codegen/CPU/Pipeline.h"
#include "lib/Codegen/Passes.h"
#include "passes/Passes.h"

#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/TargetParser/Host.h"

namespace mlir::plinth {

std::string cpuCodegenPipeline(const CpuSchedule &schedule) {
  // Stage by stage; each line is one concern.
  return llvm::formatv(
             "builtin.module("
             // Signature first, while element types still say signedness.
             "plinth-codegen-record-signature,"
             "plinth-lower-to-linalg,"
             // Tensor level: fuse elementwise chains, tile and vectorize the
             // contractions, hoist the accumulators out of the K loops.
             "func.func(canonicalize,plinth-cpu-fuse-elementwise,cse,"
             "plinth-cpu-tile-and-vectorize{{vector-width={0}},"
             "canonicalize,loop-invariant-subset-hoisting,cse,canonicalize),"
             // Buffers: one-shot bufferization; static intermediates share
             // one arena by lifetime; then ownership-based deallocation
             // (nothing leaks per run; outputs are owned by the caller).
             "one-shot-bufferize{{bufferize-function-boundaries "
             "function-boundary-type-conversion=identity-layout-map},"
             "func.func(plinth-cpu-plan-buffers),"
             "buffer-deallocation-pipeline,convert-bufferization-to-memref,"
             // Run-time size checks return a status instead of aborting.
             "plinth-cpu-checks-to-status,"
             "plinth-cpu-expand-strided-copies,"
             // Row reductions (softmax, norms) run on vectors.
             "plinth-cpu-vectorize-reductions{{vector-width={0}},"
             // Loops: remaining linalg ops become parallel loops, and
             // parallel loops become OpenMP work-sharing loops.
             "func.func(convert-linalg-to-parallel-loops),"
             "scf-forall-to-parallel,plinth-cpu-serialize-nested-parallel,"
             "convert-scf-to-openmp,plinth-cpu-flatten-alloca-scopes,"
             // Each parallel region in a function of its own: LLVM's
             // outlining of a region scans the whole enclosing function.
             "plinth-cpu-outline-parallel,"
             // LLVM.
             "plinth-cpu-approximate-math,"
             // bf16 conversions as integer ops: without AVX512-BF16 LLVM
             // would call __truncsfbf2, which libgcc may lack.
             "arith-expand{{include-bf16=true},"
             "convert-vector-to-scf,lower-affine,convert-scf-to-cf,"
             // Strided metadata creates affine.apply: lower it again.
             "expand-strided-metadata,lower-affine,"
             "convert-vector-to-llvm{{vector-contract-lowering=outerproduct "
             "reassociate-fp-reductions},"
             "finalize-memref-to-llvm,convert-math-to-llvm,convert-math-to-libm,"
             "convert-arith-to-llvm,convert-index-to-llvm,convert-func-to-llvm,"
             "convert-cf-to-llvm,convert-ub-to-llvm,convert-openmp-to-llvm,"
             "reconcile-unrealized-casts,"
             "plinth-cpu-emit-entry-point)",
             schedule.vectorWidth)
      .str();
}

LogicalResult buildCpuCodegenPipeline(OpPassManager &pm,
                                      const CpuSchedule &schedule) {
  std::string pipeline = cpuCodegenPipeline(schedule);
  // parsePassPipeline wants the nested pipeline of the anchor op.
  llvm::StringRef text(pipeline);
  text.consume_front("builtin.module(");
  text.consume_back(")");
  return parsePassPipeline(text, pm, llvm::errs());
}

CpuSchedule cpuScheduleFor(const ::plinth::CompileOptions &options) {
  unsigned bits = 256;
  if (options.mcpu == "native") {
    llvm::StringMap<bool> features = llvm::sys::getHostCPUFeatures();
    if (features.lookup("avx512f"))
      bits = 512;
    else if (!features.lookup("avx2"))
      bits = 128;
  } else if (llvm::StringRef(options.mcpu).contains("avx512") ||
             llvm::is_contained({"skylake-avx512", "cascadelake", "cooperlake",
                                 "icelake-server", "sapphirerapids",
                                 "emeraldrapids", "graniterapids", "znver4",
                                 "znver5"},
                                options.mcpu)) {
    bits = 512;
  }
  return CpuSchedule::forVectorBits(bits);
}

void registerCodegenDialects(DialectRegistry &registry) {
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
}

void registerCodegenPasses() {
  static bool registered = [] {
    registerAllPasses();
    registerPlinthPasses();
    registerPlinthCodegenPasses();
    return true;
  }();
  (void)registered;
}

} // namespace mlir::plinth
