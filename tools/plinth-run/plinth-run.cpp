//===- plinth-run.cpp - Run a compiled model on tensors from files --------===//
//
// plinth-run ARTIFACT [--input NAME=FILE]... [--output-dir DIR]
//            [--benchmark N] [--threads N] [--verbose]
//
// ARTIFACT is a compiled .so (loaded with the runtime) or an .onnx model,
// JIT-compiled in-process by libplinth_jit.so. Inputs are .npy or ONNX
// TensorProto .pb files; outputs are written as DIR/<output name>.npy, and
// only after a successful run. Links only the runtime (no LLVM, MLIR or
// protobuf), so that it runs on machines that have none of them.
//
// Exit codes: 0 success, 1 bad usage or bad input (nothing written),
// 2 a model the JIT does not support.
//
//===----------------------------------------------------------------------===//

#include "TensorFiles.h"

#include "plinth/runtime.h"

#include <dlfcn.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace plinth::run;

namespace {

const char kUsageLine[] =
    "usage: plinth-run ARTIFACT [--input [NAME=]FILE]... [--output-dir DIR]\n"
    "                  [--benchmark N] [--threads N] [--verbose]\n";

const char kUsage[] =
    "\n"
    "Runs a model compiled by plinth-compile (ARTIFACT.so), or JIT-compiles\n"
    "and runs an ONNX model (ARTIFACT.onnx, needs libplinth_jit.so from\n"
    "../lib beside this tool, or the path in PLINTH_JIT_LIBRARY).\n"
    "\n"
    "  --input NAME=FILE  bind graph input NAME to FILE (.npy or an ONNX\n"
    "                     TensorProto .pb); --input FILE binds the next graph\n"
    "                     input, in order, that no NAME= binds (a FILE with\n"
    "                     '=' in it needs NAME=)\n"
    "  --output-dir DIR   write each output to DIR/<name>.npy (characters\n"
    "                     outside [A-Za-z0-9_.-] become '_'; bf16 outputs\n"
    "                     are written as float32; float8, f4e2m1, f8e8m0, u4\n"
    "                     and u2 as uint8 bytes, i4 and i2 as int8); nothing\n"
    "                     is written unless the run succeeds. Without it,\n"
    "                     outputs are dropped\n"
    "  --benchmark N      run N more times after the first run and print\n"
    "                     'latency_ms: median=X min=Y max=Z'\n"
    "  --threads N        use N threads for parallel loops\n"
    "  --verbose          describe the model, the inputs and the outputs\n"
    "\n"
    "A compiled artifact is native code: it is as trusted as a program.\n"
    "Exit codes: 0 success, 1 bad usage or bad input, 2 unsupported model.\n";

struct ModelDeleter {
  void operator()(plinth_model *model) const { plinth_model_free(model); }
};
using ModelPtr = std::unique_ptr<plinth_model, ModelDeleter>;

struct StatusDeleter {
  void operator()(plinth_status *status) const { plinth_status_free(status); }
};
using StatusPtr = std::unique_ptr<plinth_status, StatusDeleter>;

/// An error with the exit code it leads to.
struct Failure {
  int exitCode = 0;
  std::string message;
  explicit operator bool() const { return exitCode != 0; }
};

Failure fail(std::string message, int exitCode = 1) {
  return Failure{exitCode, std::move(message)};
}

/// Turns a runtime status into a Failure (and frees it).
Failure fromStatus(plinth_status *raw, const std::string &context = "") {
  StatusPtr status(raw);
  if (!status)
    return Failure();
  int exitCode =
      plinth_status_get_code(status.get()) == PLINTH_STATUS_UNSUPPORTED ? 2 : 1;
  return fail(context + plinth_status_get_message(status.get()), exitCode);
}

struct Options {
  std::string artifact;
  std::vector<std::string> inputs;
  std::string outputDir;
  bool hasOutputDir = false;
  long benchmark = 0;
  long threads = 0;
  bool verbose = false;
};

bool parseCount(const std::string &text, long max, long &value) {
  if (text.empty() || text.size() > 9 ||
      text.find_first_not_of("0123456789") != std::string::npos)
    return false;
  value = std::strtol(text.c_str(), nullptr, 10);
  return value >= 1 && value <= max;
}

/// Parses argv; sets `help` for --help.
Failure parseArgs(int argc, char **argv, Options &options, bool &help) {
  bool seenOutputDir = false, seenBenchmark = false, seenThreads = false;
  bool optionsDone = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (optionsDone || arg.empty() || arg[0] != '-' || arg == "-") {
      if (!options.artifact.empty())
        return fail("more than one ARTIFACT given ('" + options.artifact +
                    "' and '" + arg + "')");
      options.artifact = arg;
      continue;
    }
    if (arg == "--") {
      optionsDone = true;
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      help = true;
      return Failure();
    }
    if (arg == "-v" || arg == "--verbose") {
      options.verbose = true;
      continue;
    }
    // Options with a value: --opt VALUE or --opt=VALUE.
    std::string name = arg, value;
    bool inlineValue = false;
    if (size_t eq = arg.find('=');
        arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      inlineValue = true;
    }
    if (name != "--input" && name != "--output-dir" && name != "--benchmark" &&
        name != "--threads")
      return fail("unknown option '" + arg + "'");
    if (!inlineValue) {
      if (i + 1 >= argc)
        return fail("option '" + name + "' needs a value");
      value = argv[++i];
    }
    if (name == "--input") {
      if (value.empty())
        return fail("--input needs [NAME=]FILE");
      options.inputs.push_back(value);
    } else if (name == "--output-dir") {
      if (seenOutputDir)
        return fail("--output-dir given twice");
      if (value.empty())
        return fail("--output-dir needs a directory");
      seenOutputDir = options.hasOutputDir = true;
      options.outputDir = value;
    } else if (name == "--benchmark") {
      if (seenBenchmark)
        return fail("--benchmark given twice");
      seenBenchmark = true;
      if (!parseCount(value, 1000000, options.benchmark))
        return fail("--benchmark needs a run count in [1, 1000000], got '" +
                    value + "'");
    } else {
      if (seenThreads)
        return fail("--threads given twice");
      seenThreads = true;
      if (!parseCount(value, 4096, options.threads))
        return fail("--threads needs a thread count in [1, 4096], got '" +
                    value + "'");
    }
  }
  if (options.artifact.empty())
    return fail("no ARTIFACT given");
  return Failure();
}

bool endsWith(const std::string &text, const std::string &suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// The directory that holds this executable.
std::string executableDir() {
  char buffer[PATH_MAX];
  ssize_t length = readlink("/proc/self/exe", buffer, sizeof(buffer) - 1);
  if (length <= 0)
    return ".";
  std::string path(buffer, size_t(length));
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

/// JIT-compiles an .onnx model through libplinth_jit.so.
Failure jitCompile(const std::string &onnxPath, bool verbose, ModelPtr &model) {
  const char *fromEnv = std::getenv("PLINTH_JIT_LIBRARY");
  std::string library = fromEnv && *fromEnv
                            ? std::string(fromEnv)
                            : executableDir() + "/../lib/libplinth_jit.so";
  struct stat info;
  if (stat(library.c_str(), &info) != 0)
    return fail("cannot JIT-compile '" + onnxPath +
                "': the JIT library was not found at '" + library +
                "' (build libplinth_jit.so, set PLINTH_JIT_LIBRARY to its "
                "path, or compile the model with plinth-compile and run the "
                ".so)");
  if (verbose)
    std::fprintf(stderr, "plinth-run: JIT library: %s\n", library.c_str());
  // Never closed: the model's code lives in it until the process exits.
  void *handle = dlopen(library.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char *reason = dlerror();
    return fail("cannot load the JIT library '" + library +
                "': " + (reason ? reason : "unknown error"));
  }
  auto compile = reinterpret_cast<plinth_jit_compile_fn>(
      dlsym(handle, PLINTH_JIT_COMPILE_SYMBOL));
  if (!compile)
    return fail("the JIT library '" + library + "' does not export " +
                PLINTH_JIT_COMPILE_SYMBOL);
  plinth_model *raw = nullptr;
  if (Failure failure = fromStatus(compile(onnxPath.c_str(), "", &raw)))
    return failure;
  if (!raw)
    return fail("the JIT library returned no model for '" + onnxPath + "'");
  model.reset(raw);
  return Failure();
}

/// The output file name for a graph output name.
std::string sanitize(const std::string &name) {
  std::string result = name;
  for (char &c : result)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.' &&
        c != '-')
      c = '_';
  return result + ".npy";
}

std::string shapeString(const int64_t *dims, size_t rank) {
  std::string text = "[";
  for (size_t i = 0; i < rank; ++i)
    text += (i ? ", " : "") + std::to_string(dims[i]);
  return text + "]";
}

void describeModel(const plinth_model *model) {
  auto describe = [&](const char *kind, size_t count, auto name, auto dtype,
                      auto rank, auto dim, auto dimName) {
    for (size_t i = 0; i < count; ++i) {
      std::string dims;
      for (int64_t d = 0; d < rank(model, i); ++d) {
        int64_t size = dim(model, i, size_t(d));
        const char *symbol = dimName(model, i, size_t(d));
        dims += (d ? ", " : "") +
                (size >= 0 ? std::to_string(size)
                           : std::string("?") + (symbol ? symbol : ""));
      }
      std::fprintf(stderr, "plinth-run: %s #%zu '%s': %s [%s]\n", kind, i,
                   name(model, i), plinth_dtype_name(dtype(model, i)),
                   dims.c_str());
    }
  };
  describe("input", plinth_model_num_inputs(model), plinth_model_input_name,
           plinth_model_input_dtype, plinth_model_input_rank,
           plinth_model_input_dim, plinth_model_input_dim_name);
  describe("output", plinth_model_num_outputs(model), plinth_model_output_name,
           plinth_model_output_dtype, plinth_model_output_rank,
           plinth_model_output_dim, plinth_model_output_dim_name);
}

/// Resolves the --input arguments to one file per graph input.
Failure bindInputs(const plinth_model *model,
                   const std::vector<std::string> &args,
                   std::vector<std::string> &files) {
  size_t count = plinth_model_num_inputs(model);
  std::map<std::string, size_t> indexOf;
  std::string allNames;
  for (size_t i = 0; i < count; ++i) {
    indexOf.emplace(plinth_model_input_name(model, i), i);
    allNames += std::string(i ? ", " : "") + "'" +
                plinth_model_input_name(model, i) + "'";
  }
  if (count == 0)
    allNames = "none";
  files.assign(count, "");
  std::vector<bool> bound(count, false);
  // NAME=FILE first; then each FILE binds the next input not bound by name.
  std::vector<std::string> positional;
  for (const std::string &arg : args) {
    size_t eq = arg.find('=');
    if (eq == std::string::npos) {
      positional.push_back(arg);
      continue;
    }
    // A name may itself contain '=', so try every split.
    bool found = false;
    size_t index = 0;
    std::string file;
    for (size_t pos = eq; pos != std::string::npos;
         pos = arg.find('=', pos + 1)) {
      auto it = indexOf.find(arg.substr(0, pos));
      if (it != indexOf.end()) {
        index = it->second;
        file = arg.substr(pos + 1);
        found = true;
        break;
      }
    }
    if (!found)
      return fail("unknown input name '" + arg.substr(0, eq) +
                  "' (the model's inputs: " + allNames + ")");
    if (file.empty())
      return fail("--input " + arg + ": no file given");
    if (bound[index])
      return fail("input '" +
                  std::string(plinth_model_input_name(model, index)) +
                  "' is bound twice");
    bound[index] = true;
    files[index] = file;
  }
  size_t next = 0;
  for (const std::string &file : positional) {
    while (next < count && bound[next])
      ++next;
    if (next == count)
      return fail("the model has " + std::to_string(count) + " input" +
                  (count == 1 ? "" : "s") + " (" + allNames + "), but " +
                  std::to_string(args.size()) + " were given");
    bound[next] = true;
    files[next] = file;
  }
  std::string missing;
  size_t missingCount = 0;
  for (size_t i = 0; i < count; ++i)
    if (!bound[i]) {
      missing += std::string(missingCount++ ? ", " : "") + "'" +
                 plinth_model_input_name(model, i) + "'";
    }
  if (missingCount)
    return fail("the model expects " + std::to_string(count) + " input" +
                (count == 1 ? "" : "s") + ", got " +
                std::to_string(count - missingCount) + " (missing: " + missing +
                ")");
  return Failure();
}

Failure readInput(const std::string &file, TensorPtr &tensor) {
  std::string problem;
  if (endsWith(file, ".npy")) {
    problem = readNpy(file, tensor);
  } else if (endsWith(file, ".pb")) {
    std::string protoName;
    problem = readTensorProto(file, tensor, protoName);
  } else {
    problem = "'" + file + "': unknown input file type (expected .npy or .pb)";
  }
  return problem.empty() ? Failure() : fail(problem);
}

/// Makes `dir` and its missing parents; records what it made in `created`.
Failure makeDirectories(const std::string &dir,
                        std::vector<std::string> &created) {
  struct stat info;
  if (stat(dir.c_str(), &info) == 0)
    return S_ISDIR(info.st_mode)
               ? Failure()
               : fail("--output-dir '" + dir + "' is not a directory");
  size_t slash = dir.find_last_of('/');
  if (slash != std::string::npos && slash > 0)
    if (Failure failure = makeDirectories(dir.substr(0, slash), created))
      return failure;
  if (mkdir(dir.c_str(), 0777) != 0 && errno != EEXIST)
    return fail("cannot create the output directory '" + dir +
                "': " + std::strerror(errno));
  created.push_back(dir);
  return Failure();
}

/// Writes every output, all or nothing: temporary files first, renamed into
/// place once all are complete.
Failure writeOutputs(const plinth_model *model, const std::string &dir,
                     const std::vector<TensorPtr> &outputs) {
  std::vector<std::string> created;
  if (Failure failure = makeDirectories(dir, created))
    return failure;
  std::vector<std::string> temps, finals;
  Failure failure;
  for (size_t i = 0; i < outputs.size() && !failure; ++i) {
    std::string name = sanitize(plinth_model_output_name(model, i));
    std::string temp = dir + "/." + name + ".tmp" + std::to_string(getpid());
    temps.push_back(temp);
    finals.push_back(dir + "/" + name);
    if (std::string problem = writeNpy(temp, outputs[i].get());
        !problem.empty())
      failure = fail("cannot write output '" +
                     std::string(plinth_model_output_name(model, i)) +
                     "': " + problem);
  }
  for (size_t i = 0; i < temps.size() && !failure; ++i)
    if (std::rename(temps[i].c_str(), finals[i].c_str()) != 0)
      failure =
          fail("cannot write '" + finals[i] + "': " + std::strerror(errno));
  if (failure) {
    for (const std::string &temp : temps)
      std::remove(temp.c_str());
    for (auto it = created.rbegin(); it != created.rend(); ++it)
      rmdir(it->c_str());
  }
  return failure;
}

/// Runs the model once into `outputs`; `ms` receives the wall time.
Failure runOnce(plinth_model *model, const std::vector<TensorPtr> &inputs,
                std::vector<TensorPtr> &outputs, double &ms) {
  std::vector<const plinth_tensor *> in;
  for (const TensorPtr &tensor : inputs)
    in.push_back(tensor.get());
  std::vector<plinth_tensor *> out(plinth_model_num_outputs(model), nullptr);
  auto start = std::chrono::steady_clock::now();
  plinth_status *status =
      plinth_model_run(model, in.data(), in.size(), out.data(), out.size());
  auto end = std::chrono::steady_clock::now();
  ms = std::chrono::duration<double, std::milli>(end - start).count();
  outputs.clear();
  for (plinth_tensor *tensor : out)
    outputs.emplace_back(tensor);
  return fromStatus(status);
}

Failure run(const Options &options) {
  // The model.
  ModelPtr model;
  if (endsWith(options.artifact, ".onnx")) {
    struct stat info;
    if (stat(options.artifact.c_str(), &info) != 0)
      return fail("cannot open model '" + options.artifact +
                  "': " + std::strerror(errno));
    if (Failure failure = jitCompile(options.artifact, options.verbose, model))
      return failure;
  } else {
    plinth_model *raw = nullptr;
    if (Failure failure =
            fromStatus(plinth_model_load(options.artifact.c_str(), &raw)))
      return failure;
    model.reset(raw);
  }
  if (options.verbose)
    describeModel(model.get());

  // Outputs must land in distinct files, and DIR must be usable.
  size_t numOutputs = plinth_model_num_outputs(model.get());
  if (options.hasOutputDir) {
    std::map<std::string, std::string> byFile;
    for (size_t i = 0; i < numOutputs; ++i) {
      std::string name = plinth_model_output_name(model.get(), i);
      auto [it, inserted] = byFile.emplace(sanitize(name), name);
      if (!inserted)
        return fail("outputs '" + it->second + "' and '" + name +
                    "' would both be written to '" + it->first + "'");
    }
    struct stat info;
    if (stat(options.outputDir.c_str(), &info) == 0 && !S_ISDIR(info.st_mode))
      return fail("--output-dir '" + options.outputDir +
                  "' is not a directory");
  }

  // The inputs.
  std::vector<std::string> files;
  if (Failure failure = bindInputs(model.get(), options.inputs, files))
    return failure;
  std::vector<TensorPtr> inputs(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    if (Failure failure = readInput(files[i], inputs[i]))
      return failure;
    if (options.verbose)
      std::fprintf(stderr, "plinth-run: input '%s' <- %s: %s %s\n",
                   plinth_model_input_name(model.get(), i), files[i].c_str(),
                   plinth_dtype_name(plinth_tensor_dtype(inputs[i].get())),
                   shapeString(plinth_tensor_dims(inputs[i].get()),
                               plinth_tensor_rank(inputs[i].get()))
                       .c_str());
  }

  if (options.threads)
    if (Failure failure =
            fromStatus(plinth_set_num_threads(int(options.threads))))
      return failure;

  // Run (the first run is the benchmark's warm-up and gives the outputs).
  std::vector<TensorPtr> outputs;
  double ms = 0;
  if (Failure failure = runOnce(model.get(), inputs, outputs, ms))
    return failure;
  if (options.verbose) {
    std::fprintf(stderr, "plinth-run: ran in %.3f ms\n", ms);
    for (size_t i = 0; i < outputs.size(); ++i)
      std::fprintf(stderr, "plinth-run: output '%s': %s %s\n",
                   plinth_model_output_name(model.get(), i),
                   plinth_dtype_name(plinth_tensor_dtype(outputs[i].get())),
                   shapeString(plinth_tensor_dims(outputs[i].get()),
                               plinth_tensor_rank(outputs[i].get()))
                       .c_str());
  }
  if (options.benchmark) {
    std::vector<double> times;
    std::vector<TensorPtr> scratch;
    for (long i = 0; i < options.benchmark; ++i) {
      if (Failure failure = runOnce(model.get(), inputs, scratch, ms))
        return failure;
      times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    size_t n = times.size();
    double median =
        n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
    std::printf("latency_ms: median=%.3f min=%.3f max=%.3f\n", median,
                times.front(), times.back());
  }

  if (options.hasOutputDir)
    if (Failure failure = writeOutputs(model.get(), options.outputDir, outputs))
      return failure;
  return Failure();
}

} // namespace

int main(int argc, char **argv) {
  Options options;
  bool help = false;
  if (Failure failure = parseArgs(argc, argv, options, help)) {
    std::fprintf(stderr, "plinth-run: error: %s\n%s", failure.message.c_str(),
                 kUsageLine);
    return 1;
  }
  if (help) {
    std::fputs(kUsageLine, stdout);
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (plinth_runtime_abi_version() != PLINTH_RUNTIME_ABI_VERSION) {
    std::fprintf(stderr,
                 "plinth-run: error: libplinth_rt has ABI version %u, this "
                 "tool was built for %d\n",
                 plinth_runtime_abi_version(), PLINTH_RUNTIME_ABI_VERSION);
    return 1;
  }
  Failure failure;
  try {
    failure = run(options);
  } catch (const std::bad_alloc &) {
    failure = fail("out of memory");
  }
  if (failure) {
    std::fprintf(stderr, "plinth-run: error: %s\n", failure.message.c_str());
    return failure.exitCode;
  }
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "plinth-run: error: cannot write to stdout\n");
    return 1;
  }
  return 0;
}
