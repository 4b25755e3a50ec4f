//===- Jit.cpp - In-process compilation: JitSession and plinth_jit_compile ===//
//
// Compiles through the same pipeline as plinth-compile, then hands the LLVM
// dialect module to MLIR's ExecutionEngine (ORC JIT) instead of writing an
// object file, and wraps the JIT-compiled entry point in a runtime model, so
// that the JIT and the artifacts share the runtime's checks.
//
//===----------------------------------------------------------------------===//

#include "plinth/Jit.h"

#include "lib/Codegen/CPU/ObjectEmitter.h"
#include "lib/Codegen/Passes.h"
#include "lib/Compiler/CompilerInternal.h"

#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/TargetSelect.h"

using namespace mlir;

namespace plinth {

namespace {

/// What a JIT-compiled model keeps alive: the MLIR context (the engine's
/// module may reference its resources) and the engine holding the code.
struct JitState {
  std::unique_ptr<MLIRContext> context;
  std::unique_ptr<ExecutionEngine> engine;
};

void releaseJitState(void *state) { delete static_cast<JitState *>(state); }

/// Compiles `modelPath` into a runtime model.
Status jitCompile(const std::string &modelPath, const CompileOptions &options,
                  plinth_model **out) {
  *out = nullptr;
  static bool initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    return true;
  }();
  (void)initialized;

  auto state = std::make_unique<JitState>();
  DialectRegistry registry;
  detail::registerCompilerDialects(registry);
  state->context = std::make_unique<MLIRContext>(registry);
  OwningOpRef<ModuleOp> module;
  Status status = detail::compileToModule(*state->context, modelPath, options,
                                          /*codegen=*/true, module);
  if (!status.ok())
    return status;
  auto signature =
      (*module)->getAttrOfType<StringAttr>(mlir::plinth::kSignatureAttr);
  if (!signature)
    return Status::error(Status::Internal, "the module has no signature");
  std::string signatureText = signature.getValue().str();

  std::string error;
  std::unique_ptr<llvm::TargetMachine> machine =
      mlir::plinth::createCpuTargetMachine(options, error);
  if (!machine)
    return Status::error(Status::InvalidInput, error);

  std::string libomp = mlir::plinth::libompDirectory() + "/libomp.so";
  SmallVector<StringRef> sharedLibs = {libomp};
  ExecutionEngineOptions engineOptions;
  // `transformer` is a function_ref: the lambda must outlive create().
  auto prepare = [&](llvm::Module *module) {
    return mlir::plinth::prepareAndOptimize(*module, *machine, options);
  };
  engineOptions.transformer = prepare;
  engineOptions.sharedLibPaths = sharedLibs;
  engineOptions.jitCodeGenOptLevel = machine->getOptLevel();
  mlir::plinth::weightsAsBytes(*module);
  auto engine = ExecutionEngine::create(*module, engineOptions);
  if (!engine)
    return Status::error(Status::Internal,
                         "JIT compilation failed: " +
                             llvm::toString(engine.takeError()));
  state->engine = std::move(*engine);
  auto entry = state->engine->lookup("plinth_entry");
  if (!entry)
    return Status::error(Status::Internal,
                         "JIT: no entry point: " + llvm::toString(entry.takeError()));

  JitState *owner = state.release();
  plinth_status *created = plinth_model_create(
      reinterpret_cast<plinth_entry_fn>(*entry), signatureText.c_str(), owner,
      releaseJitState, out);
  return detail::takeStatus(created);
}

/// Parses plinth_jit_compile's option string: space-separated
/// `--dim NAME=VALUE`, `--dim=NAME=VALUE`, `-O0`..`-O3`, `--mcpu=NAME`.
Status parseOptions(llvm::StringRef text, CompileOptions &options) {
  SmallVector<StringRef> words;
  text.split(words, ' ', -1, /*KeepEmpty=*/false);
  for (size_t i = 0; i < words.size(); ++i) {
    StringRef word = words[i];
    if (word == "--dim" && i + 1 < words.size())
      word = words[++i];
    else if (!word.consume_front("--dim=")) {
      if (word.consume_front("--mcpu=")) {
        options.mcpu = word.str();
        continue;
      }
      unsigned level;
      if (word.consume_front("-O") && !word.getAsInteger(10, level) && level <= 3) {
        options.optLevel = level;
        continue;
      }
      return Status::error(Status::InvalidInput,
                           "unknown JIT option '" + words[i].str() + "'");
    }
    auto [name, value] = word.split('=');
    int64_t size;
    if (name.empty() || value.getAsInteger(10, size) || size < 0)
      return Status::error(Status::InvalidInput,
                           "--dim expects NAME=VALUE, got '" + word.str() + "'");
    options.dimBindings.emplace_back(name.str(), size);
  }
  return Status::success();
}

} // namespace

std::unique_ptr<JitSession> JitSession::create(const std::string &modelPath,
                                               const CompileOptions &options,
                                               Status &status) {
  plinth_model *model = nullptr;
  status = jitCompile(modelPath, options, &model);
  if (!status.ok())
    return nullptr;
  std::unique_ptr<JitSession> session(new JitSession());
  session->compiled = Model(model);
  return session;
}

JitSession::~JitSession() = default;

} // namespace plinth

/// The C entry point plinth-run dlopens (runtime.h: plinth_jit_compile_fn).
extern "C" __attribute__((visibility("default"))) plinth_status *
plinth_jit_compile(const char *onnxPath, const char *optionText,
                   plinth_model **out) {
  if (out)
    *out = nullptr;
  if (!onnxPath || !out)
    return plinth_status_create(PLINTH_STATUS_INVALID_ARGUMENT,
                                "plinth_jit_compile: null argument");
  ::plinth::CompileOptions options;
  ::plinth::Status status =
      ::plinth::parseOptions(optionText ? optionText : "", options);
  if (status.ok())
    status = ::plinth::jitCompile(onnxPath, options, out);
  if (status.ok())
    return nullptr;
  return plinth_status_create(status.code == ::plinth::Status::Unsupported
                                  ? PLINTH_STATUS_UNSUPPORTED
                                  : PLINTH_STATUS_INVALID_ARGUMENT,
                              status.message.c_str());
}
