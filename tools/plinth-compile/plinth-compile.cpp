//===- plinth-compile.cpp - Plinth's ahead-of-time compiler driver --------===//
//
// plinth-compile MODEL.onnx -o OUT [--emit=mlir|llvm|obj|lib|ptx] ...
// Exit codes: 0 success, 1 bad usage or malformed model, 2 unsupported model.
//
//===----------------------------------------------------------------------===//

#include "plinth/Compiler.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

namespace cl = llvm::cl;

static cl::OptionCategory category("plinth-compile options");

static cl::opt<std::string> inputPath(cl::Positional, cl::desc("<model.onnx>"),
                                      cl::Required, cl::cat(category));
static cl::opt<std::string> outputPath("o", cl::desc("Output file ('-' for stdout)"),
                                       cl::value_desc("file"), cl::init("-"),
                                       cl::cat(category));
static cl::opt<plinth::EmitKind> emit(
    "emit", cl::desc("What to write"), cl::init(plinth::EmitKind::Library),
    cl::values(clEnumValN(plinth::EmitKind::MLIR, "mlir", "plinth IR (MLIR text)"),
               clEnumValN(plinth::EmitKind::LLVM, "llvm", "LLVM IR"),
               clEnumValN(plinth::EmitKind::Object, "obj", "an object file"),
               clEnumValN(plinth::EmitKind::Library, "lib", "a shared library"),
               clEnumValN(plinth::EmitKind::PTX, "ptx", "PTX")),
    cl::cat(category));
static cl::opt<plinth::Target> target(
    "target", cl::desc("Target"), cl::init(plinth::Target::X86_64),
    cl::values(clEnumValN(plinth::Target::X86_64, "x86_64", "x86-64 CPUs"),
               clEnumValN(plinth::Target::NVPTX, "nvptx", "NVIDIA GPUs")),
    cl::cat(category));
static cl::opt<std::string> mcpu("mcpu", cl::desc("CPU to generate code for"),
                                 cl::init("native"), cl::cat(category));
static cl::opt<unsigned> optLevel(
    "O", cl::desc("Optimization level (0-3)"), cl::Prefix, cl::init(2),
    cl::cat(category));
static cl::list<std::string> dims("dim", cl::desc("Fix a symbolic dim: NAME=VALUE"),
                                  cl::value_desc("NAME=VALUE"), cl::cat(category));
static cl::opt<bool> elideWeights("elide-weights",
                                  cl::desc("Print weights as elided resources"),
                                  cl::cat(category));
static cl::opt<bool> noSimplify("no-simplify",
                                cl::desc("Skip the graph simplification pipeline"),
                                cl::cat(category));
static cl::opt<bool> printAfterAll("mlir-print-ir-after-all",
                                   cl::desc("Print the IR after every pass"),
                                   cl::cat(category));
static cl::opt<bool> printBeforeAll("mlir-print-ir-before-all",
                                    cl::desc("Print the IR before every pass"),
                                    cl::cat(category));
static cl::opt<bool> timing("mlir-timing", cl::desc("Print pass timing"),
                            cl::cat(category));

static int usageError(const llvm::Twine &message) {
  llvm::WithColor::error(llvm::errs(), "plinth-compile") << message << "\n";
  return 1;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  if (!cl::ParseCommandLineOptions(argc, argv, "Plinth ahead-of-time compiler\n",
                                   &llvm::errs()))
    return 1;

  plinth::CompileOptions options;
  options.target = target;
  options.mcpu = mcpu;
  if (optLevel > 3)
    return usageError("-O must be 0, 1, 2 or 3");
  options.optLevel = optLevel;
  options.emit = emit;
  options.elideWeights = elideWeights;
  options.simplifyGraph = !noSimplify;
  options.printIRAfterAll = printAfterAll;
  options.printIRBeforeAll = printBeforeAll;
  options.timing = timing;
  for (const std::string &binding : dims) {
    auto [name, value] = llvm::StringRef(binding).split('=');
    int64_t size;
    if (name.empty() || value.getAsInteger(10, size) || size < 0)
      return usageError("--dim expects NAME=VALUE with VALUE >= 0, got '" +
                        binding + "'");
    options.dimBindings.emplace_back(name.str(), size);
  }

  plinth::Status status = plinth::compileFile(inputPath, outputPath, options);
  if (!status.ok()) {
    llvm::WithColor::error(llvm::errs(), "plinth-compile") << status.message << "\n";
    return status.code == plinth::Status::Unsupported ? 2 : 1;
  }
  return 0;
}
