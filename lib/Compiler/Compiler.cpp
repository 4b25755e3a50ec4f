//===- Compiler.cpp - plinth::compileFile ---------------------------------===//

#include "plinth/Compiler.h"
#include "lib/Compiler/CompilerInternal.h"

#include "dialects/Plinth/PlinthDialect.h"
#include "lib/Codegen/CPU/ObjectEmitter.h"
#include "lib/Codegen/CPU/Pipeline.h"
#include "lib/Importer/ONNX/Importer.h"
#include "lib/Pipelines/Pipelines.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/FileUtilities.h"
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

/// Writes LLVM IR text.
static Status writeLLVMIR(llvm::Module &module, const std::string &outputPath) {
  std::error_code ec;
  llvm::ToolOutputFile output(outputPath, ec, llvm::sys::fs::OF_Text);
  if (ec)
    return Status::error(Status::InvalidInput,
                         "cannot write '" + outputPath + "': " + ec.message());
  module.print(output.os(), nullptr);
  output.keep();
  return Status::success();
}

Status detail::compileToModule(MLIRContext &context,
                               const std::string &modelPath,
                               const CompileOptions &options, bool codegen,
                               OwningOpRef<ModuleOp> &module) {
  mlir::plinth::onnx_importer::loadImporterDialects(context);
  mlir::plinth::onnx_importer::ImportOptions importOptions;
  importOptions.dimBindings = options.dimBindings;
  mlir::plinth::onnx_importer::ImportError importError;
  module = mlir::plinth::onnx_importer::importOnnxFile(
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
    for (const Diagnostic &note : diag.getNotes())
      os << "  note: " << note << "\n";
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
  if (codegen && failed(mlir::plinth::buildCpuCodegenPipeline(
                     pm, mlir::plinth::cpuScheduleFor(options))))
    return Status::error(Status::Internal, "cannot build the codegen pipeline");
  if (failed(pm.run(*module))) {
    // A lowering that is missing is an unsupported model, not a crash.
    bool unsupported = llvm::StringRef(diagnostics).contains("not supported") ||
                       llvm::StringRef(diagnostics).contains("failed to legalize");
    return Status::error(unsupported ? Status::Unsupported : Status::Internal,
                         "compilation failed:\n" + diagnostics);
  }
  return Status::success();
}

void detail::registerCompilerDialects(DialectRegistry &registry) {
  mlir::plinth::registerCodegenDialects(registry);
  mlir::plinth::registerCodegenPasses();
}

Status compileFile(const std::string &modelPath, const std::string &outputPath,
                   const CompileOptions &options) {
  if (options.target != Target::X86_64 && options.emit != EmitKind::MLIR)
    return Status::error(Status::Unsupported,
                         "only the x86_64 target generates code so far");
  if (options.emit == EmitKind::PTX)
    return Status::error(Status::Unsupported, "--emit=ptx needs --target=nvptx");
  if ((options.emit == EmitKind::Object || options.emit == EmitKind::Library) &&
      outputPath == "-")
    return Status::error(Status::InvalidInput,
                         "binary output needs a file name (-o FILE)");

  DialectRegistry registry;
  detail::registerCompilerDialects(registry);
  MLIRContext context(registry);
  OwningOpRef<ModuleOp> module;
  Status status = detail::compileToModule(context, modelPath, options,
                                          options.emit != EmitKind::MLIR, module);
  if (!status.ok())
    return status;
  if (options.emit == EmitKind::MLIR)
    return writeMLIR(*module, outputPath, options);

  std::string error;
  std::unique_ptr<llvm::TargetMachine> machine =
      mlir::plinth::createCpuTargetMachine(options, error);
  if (!machine)
    return Status::error(Status::InvalidInput, error);
  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule = mlir::plinth::translateAndOptimize(
      *module, llvmContext, *machine, options, error);
  if (!llvmModule)
    return Status::error(Status::Internal, error);
  if (options.emit == EmitKind::LLVM)
    return writeLLVMIR(*llvmModule, outputPath);
  if (options.emit == EmitKind::Object) {
    if (!mlir::plinth::writeObjectFile(*llvmModule, *machine, outputPath, error))
      return Status::error(Status::InvalidInput, error);
    return Status::success();
  }
  // A shared library: object to a temporary file, then link.
  llvm::SmallString<128> objectPath;
  if (std::error_code ec = llvm::sys::fs::createTemporaryFile("plinth", "o", objectPath))
    return Status::error(Status::Internal,
                         "cannot create a temporary file: " + ec.message());
  llvm::FileRemover removeObject(objectPath);
  if (!mlir::plinth::writeObjectFile(*llvmModule, *machine,
                                     std::string(objectPath), error))
    return Status::error(Status::Internal, error);
  if (!mlir::plinth::linkSharedLibrary(std::string(objectPath), outputPath, error))
    return Status::error(Status::InvalidInput, error);
  return Status::success();
}

} // namespace plinth
