//===- ObjectEmitter.cpp - LLVM IR, object files, shared libraries --------===//

#include "lib/Codegen/CPU/ObjectEmitter.h"
#include "lib/Codegen/CPU/Pipeline.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/IR/IRBuilder.h"
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

namespace {

/// Defines `__truncsfbf2` (float to bfloat, round to nearest even, NaN kept
/// quiet) as a hidden weak function of `module`. The X86 backend calls it
/// when it legalizes bfloat values on CPUs without AVX512-BF16 (a select of
/// bfloat vectors, say), and neither Debian 12's libgcc nor the JIT's process
/// provides it. Weak: a definition the module already has wins; hidden: it is
/// not exported from the artifact.
void defineBFloatTruncation(llvm::Module &module) {
  llvm::StringRef name = "__truncsfbf2";
  llvm::Function *existing = module.getFunction(name);
  llvm::LLVMContext &context = module.getContext();
  auto *type = llvm::FunctionType::get(llvm::Type::getBFloatTy(context),
                                       {llvm::Type::getFloatTy(context)},
                                       /*isVarArg=*/false);
  if (existing &&
      (!existing->isDeclaration() || existing->getFunctionType() != type))
    return;
  llvm::Function *function =
      existing ? existing
               : llvm::Function::Create(type, llvm::GlobalValue::WeakAnyLinkage,
                                        name, module);
  function->setLinkage(llvm::GlobalValue::WeakAnyLinkage);
  function->setVisibility(llvm::GlobalValue::HiddenVisibility);
  function->setDoesNotThrow();
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(context, "entry", function));
  llvm::Type *i32 = b.getInt32Ty();
  llvm::Value *bits = b.CreateBitCast(function->getArg(0), i32);
  // Round to nearest even: add 0x7fff plus the lowest kept bit.
  llvm::Value *lowestKept =
      b.CreateAnd(b.CreateLShr(bits, 16), llvm::ConstantInt::get(i32, 1));
  llvm::Value *rounded = b.CreateAdd(
      bits, b.CreateAdd(lowestKept, llvm::ConstantInt::get(i32, 0x7fff)));
  // NaN: keep the sign and the top payload bits, set the quiet bit.
  llvm::Value *quiet = b.CreateOr(bits, llvm::ConstantInt::get(i32, 0x400000));
  llvm::Value *isNaN = b.CreateICmpUGT(
      b.CreateAnd(bits, llvm::ConstantInt::get(i32, 0x7fffffff)),
      llvm::ConstantInt::get(i32, 0x7f800000));
  llvm::Value *chosen = b.CreateSelect(isNaN, quiet, rounded);
  llvm::Value *high = b.CreateTrunc(b.CreateLShr(chosen, 16), b.getInt16Ty());
  b.CreateRet(b.CreateBitCast(high, llvm::Type::getBFloatTy(context)));
}

} // namespace

void weightsAsBytes(ModuleOp module) {
  auto i8 = IntegerType::get(module.getContext(), 8);
  module.walk([&](LLVM::GlobalOp global) {
    auto blob =
        dyn_cast_or_null<DenseResourceElementsAttr>(global.getValueOrNull());
    if (!global.getConstant() || !blob ||
        !blob.getElementType().isIntOrFloat() ||
        blob.getElementType().getIntOrFloatBitWidth() <= 8)
      return;
    AsmResourceBlob *data = blob.getRawHandle().getBlob();
    int64_t elementBytes =
        llvm::divideCeil(blob.getElementType().getIntOrFloatBitWidth(), 8);
    // A blob of another size is left for translation to report.
    if (!data || data->getData().empty() ||
        int64_t(data->getData().size()) !=
            blob.getType().getNumElements() * elementBytes)
      return;
    int64_t bytes = data->getData().size();
    global.setGlobalType(LLVM::LLVMArrayType::get(i8, bytes));
    global.setValueAttr(DenseResourceElementsAttr::get(
        RankedTensorType::get({bytes}, i8), blob.getRawHandle()));
    // At least the elements' alignment, and the 16 bytes LLVM would give a
    // large global of no stated alignment.
    global.setAlignment(std::max<uint64_t>(
        {global.getAlignment().value_or(16), 16,
         llvm::PowerOf2Ceil(elementBytes)}));
  });
}

llvm::Error prepareAndOptimize(llvm::Module &module,
                               llvm::TargetMachine &machine,
                               const ::plinth::CompileOptions &options) {
  module.setTargetTriple(machine.getTargetTriple());
  module.setDataLayout(machine.createDataLayout());
  // LLVM's X86 tuning prefers 256-bit vectors even where AVX-512 exists and
  // splits our 512-bit register tiles in two, spilling the accumulators.
  // The schedule chose the width: make the backend keep it.
  int64_t vectorBits = cpuScheduleFor(options).vectorWidth * 32;
  if (vectorBits >= 512) {
    for (llvm::Function &function : module) {
      if (function.isDeclaration())
        continue;
      function.addFnAttr("prefer-vector-width", std::to_string(vectorBits));
      function.addFnAttr("min-legal-vector-width", std::to_string(vectorBits));
    }
  }
  defineBFloatTruncation(module);
  auto optimize = makeOptimizingTransformer(options.optLevel, /*sizeLevel=*/0,
                                            &machine);
  return optimize(&module);
}

std::unique_ptr<llvm::Module> translateAndOptimize(
    ModuleOp module, llvm::LLVMContext &context, llvm::TargetMachine &machine,
    const ::plinth::CompileOptions &options, std::string &error) {
  weightsAsBytes(module);
  std::unique_ptr<llvm::Module> llvmModule =
      translateModuleToLLVMIR(module, context, "plinth_model");
  if (!llvmModule) {
    error = "translation to LLVM IR failed";
    return nullptr;
  }
  if (llvm::Error err = prepareAndOptimize(*llvmModule, machine, options)) {
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
