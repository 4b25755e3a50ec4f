//===- Compiler.cpp - plinth::compileFile ---------------------------------===//

#include "plinth/Compiler.h"

#include "dialects/Plinth/PlinthDialect.h"
#include "lib/Importer/ONNX/Importer.h"
#include "lib/Pipelines/Pipelines.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace plinth {

namespace {

/// Writes `module` as MLIR text to `outputPath`.
Status writeMLIR(ModuleOp module, const std::string &outputPath,
                 const CompileOptions &options) {
  std::error_code ec;
  llvm::ToolOutputFile output(outputPath, ec, llvm::sys::fs::OF_Text);
  if (ec)
    return Status::error(Status::InvalidInput,
                         "cannot write '" + outputPath + "': " + ec.message());
  OpPrintingFlags flags;
  // Eliding weights skips the resource section altogether: MLIR's own
  // elision (elideLargeResourceString) still hex-encodes every blob first,
  // which would double the memory of a large model just to throw it away.
  if (options.elideWeights)
    flags.useLocalScope();
  module->print(output.os(), flags);
  output.os().flush();
  if (output.os().has_error())
    return Status::error(Status::InvalidInput,
                         "error writing '" + outputPath + "'");
  output.keep();
  return Status::success();
}

} // namespace

Status compileFile(const std::string &modelPath, const std::string &outputPath,
                   const CompileOptions &options) {
  MLIRContext context;
  mlir::plinth::onnx_importer::loadImporterDialects(context);

  mlir::plinth::onnx_importer::ImportOptions importOptions;
  importOptions.dimBindings = options.dimBindings;
  mlir::plinth::onnx_importer::ImportError importError;
  OwningOpRef<ModuleOp> module = mlir::plinth::onnx_importer::importOnnxFile(
      context, modelPath, importOptions, importError);
  if (!module)
    return Status::error(importError.kind ==
                                 mlir::plinth::onnx_importer::ImportError::Kind::Unsupported
                             ? Status::Unsupported
                             : Status::InvalidInput,
                         importError.message);

  // Pipeline diagnostics are collected, not printed, and returned as the
  // message of the failing Status.
  std::string diagnostics;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    llvm::raw_string_ostream os(diagnostics);
    os << diag.getLocation() << ": " << diag << "\n";
    return success();
  });

  PassManager pm(&context);
  if (options.printIRAfterAll || options.printIRBeforeAll) {
    context.disableMultithreading();
    pm.enableIRPrinting(
        [&](Pass *, Operation *) { return options.printIRBeforeAll; },
        [&](Pass *, Operation *) { return options.printIRAfterAll; },
        /*printModuleScope=*/true, /*printAfterOnlyOnChange=*/false);
  }
  if (options.timing)
    pm.enableTiming();
  mlir::plinth::buildGraphPipeline(pm, options);
  if (failed(pm.run(*module)))
    return Status::error(Status::Internal,
                         "graph pipeline failed:\n" + diagnostics);

  switch (options.emit) {
  case EmitKind::MLIR:
    return writeMLIR(*module, outputPath, options);
  case EmitKind::LLVM:
  case EmitKind::Object:
  case EmitKind::Library:
  case EmitKind::PTX:
    return Status::error(Status::Unsupported,
                         "code generation is not available yet: only "
                         "--emit=mlir is implemented");
  }
  return Status::error(Status::Internal, "unknown emit kind");
}

} // namespace plinth
