//===- ObjectEmitter.cpp - LLVM IR, object files, shared libraries --------===//

#include "lib/Codegen/CPU/ObjectEmitter.h"
#include "lib/Codegen/CPU/Pipeline.h"

#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"

#ifndef PLINTH_LIBOMP_DIR
#define PLINTH_LIBOMP_DIR "/usr/lib/llvm-22/lib"
#endif

namespace mlir::plinth {

std::string libompDirectory() { return PLINTH_LIBOMP_DIR; }

std::unique_ptr<llvm::TargetMachine>
createCpuTargetMachine(const ::plinth::CompileOptions &options,
                       std::string &error) {
  static bool initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    return true;
  }();
  (void)initialized;
  llvm::Triple triple(llvm::sys::getDefaultTargetTriple());
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return nullptr;
  std::string cpu = options.mcpu;
  std::string features;
  if (cpu == "native") {
    cpu = llvm::sys::getHostCPUName().str();
    llvm::SubtargetFeatures subtarget;
    for (const auto &feature : llvm::sys::getHostCPUFeatures())
      subtarget.AddFeature(feature.first(), feature.second);
    features = subtarget.getString();
  }
  llvm::CodeGenOptLevel level;
  switch (options.optLevel) {
  case 0:
    level = llvm::CodeGenOptLevel::None;
    break;
  case 1:
    level = llvm::CodeGenOptLevel::Less;
    break;
  case 3:
    level = llvm::CodeGenOptLevel::Aggressive;
    break;
  default:
    level = llvm::CodeGenOptLevel::Default;
  }
  llvm::TargetOptions targetOptions;
  std::unique_ptr<llvm::TargetMachine> machine(target->createTargetMachine(
      triple, cpu, features, targetOptions, llvm::Reloc::PIC_, std::nullopt,
      level));
  if (!machine)
    error = "cannot create a target machine for CPU '" + cpu + "'";
  return machine;
}

std::unique_ptr<llvm::Module>
translateAndOptimize(ModuleOp module, llvm::LLVMContext &context,
                     llvm::TargetMachine &machine,
                     const ::plinth::CompileOptions &options,
                     std::string &error) {
  std::unique_ptr<llvm::Module> llvmModule =
      translateModuleToLLVMIR(module, context, "plinth_model");
  if (!llvmModule) {
    error = "translation to LLVM IR failed";
    return nullptr;
  }
  llvmModule->setTargetTriple(machine.getTargetTriple());
  llvmModule->setDataLayout(machine.createDataLayout());
  // LLVM's X86 tuning prefers 256-bit vectors even where AVX-512 exists and
  // splits our 512-bit register tiles in two, spilling the accumulators.
  // The schedule chose the width: make the backend keep it.
  int64_t vectorBits = cpuScheduleFor(options).vectorWidth * 32;
  if (vectorBits >= 512) {
    for (llvm::Function &function : *llvmModule) {
      if (function.isDeclaration())
        continue;
      function.addFnAttr("prefer-vector-width", std::to_string(vectorBits));
      function.addFnAttr("min-legal-vector-width", std::to_string(vectorBits));
    }
  }
  auto optimize = makeOptimizingTransformer(options.optLevel, /*sizeLevel=*/0,
                                            &machine);
  if (llvm::Error err = optimize(llvmModule.get())) {
    error = "LLVM optimization failed: " + llvm::toString(std::move(err));
    return nullptr;
  }
  return llvmModule;
}

bool writeObjectFile(llvm::Module &module, llvm::TargetMachine &machine,
                     const std::string &path, std::string &error) {
  std::error_code ec;
  llvm::ToolOutputFile output(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    error = "cannot write '" + path + "': " + ec.message();
    return false;
  }
  llvm::legacy::PassManager passes;
  if (machine.addPassesToEmitFile(passes, output.os(), nullptr,
                                  llvm::CodeGenFileType::ObjectFile)) {
    error = "the target cannot emit object files";
    return false;
  }
  passes.run(module);
  output.os().flush();
  if (output.os().has_error()) {
    error = "error writing '" + path + "'";
    return false;
  }
  output.keep();
  return true;
}

bool linkSharedLibrary(const std::string &objectPath,
                       const std::string &libraryPath, std::string &error) {
  llvm::ErrorOr<std::string> driver = llvm::sys::findProgramByName("cc");
  if (!driver)
    driver = llvm::sys::findProgramByName("clang-22");
  if (!driver) {
    error = "no C compiler driver (cc) found to link the shared library";
    return false;
  }
  std::string ompDir = libompDirectory();
  std::string rpath = "-Wl,-rpath," + ompDir;
  std::string libDir = "-L" + ompDir;
  llvm::SmallVector<llvm::StringRef> args = {
      *driver, "-shared", "-o", libraryPath, objectPath, libDir, "-lomp",
      "-lm", rpath, "-Wl,-z,noexecstack", "-Wl,-z,relro,-z,now"};
  std::string message;
  int rc = llvm::sys::ExecuteAndWait(*driver, args, std::nullopt, {}, 0, 0,
                                     &message);
  if (rc != 0) {
    error = "linking '" + libraryPath + "' failed" +
            (message.empty() ? "" : ": " + message);
    return false;
  }
  return true;
}

} // namespace mlir::plinth
