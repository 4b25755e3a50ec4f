//===- Pipeline.h - CPU code generation pipeline ----------------*- C++ -*-===//

#ifndef PLINTH_LIB_CODEGEN_CPU_PIPELINE_H
#define PLINTH_LIB_CODEGEN_CPU_PIPELINE_H

#include "lib/Codegen/CPU/Schedule.h"
#include "plinth/Compiler.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Pass/PassManager.h"

#include <string>

namespace mlir::plinth {

/// The pass pipeline from the plinth dialect to the LLVM dialect, with the
/// artifact's entry point, as a textual pipeline (readable in one place and
/// printable with --mlir-print-ir-after-all).
std::string cpuCodegenPipeline(const CpuSchedule &schedule);

/// Adds the CPU code generation passes to `pm` (a module pass manager).
LogicalResult buildCpuCodegenPipeline(OpPassManager &pm,
                                      const CpuSchedule &schedule);

/// The schedule for the CPU named in `options` ("native" = this machine).
CpuSchedule cpuScheduleFor(const ::plinth::CompileOptions &options);

/// Registers every dialect, interface model and LLVM IR translation the
/// code generation pipeline uses.
void registerCodegenDialects(DialectRegistry &registry);

/// Registers the code generation passes and the upstream passes the pipeline
/// names (for the textual pipeline and plinth-opt).
void registerCodegenPasses();

} // namespace mlir::plinth

#endif // PLINTH_LIB_CODEGEN_CPU_PIPELINE_H
