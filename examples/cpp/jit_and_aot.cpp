//===- jit_and_aot.cpp - Run an ONNX model JIT-compiled and ahead of time -===//
//
// An example of Plinth's C++ API that you can copy into your own project:
//
//   1. plinth::JitSession::create   compiles the model in this process;
//   2. plinth::compileFile          compiles it to a shared library (an
//                                   "artifact"), plinth::Runtime::load
//                                   loads that library;
//   3. both models run on the same inputs (a deterministic pattern), and
//   4. the program prints the output shapes and whether the JIT and the
//      artifact agree bit for bit.
//
// Usage:
//   jit_and_aot MODEL.onnx [--dim NAME=VALUE]... [-o ARTIFACT.so]
//               [--int-max N] [--keep]
//
//   --dim NAME=VALUE  fixes the symbolic dim NAME (e.g. batch=2) for both
//                     compilations (CompileOptions::dimBindings) and sizes the
//                     inputs; every symbolic input dim must be given.
//   -o PATH           where compileFile writes the artifact (default: a file
//                     in the temporary directory, removed at exit).
//   --keep            keep the default artifact instead of removing it.
//   --int-max N       integer inputs (token ids, ...) cycle through [0, N)
//                     (default 4), so that they are valid indices for any
//                     table with at least N rows.
//
// Exit code: 0 when both runs succeed and agree exactly, 1 when they differ
// or anything fails, 2 on bad usage.
//
// Loading an artifact runs its native code: an artifact is as trusted as a
// program (see runtime.h).
//
//===----------------------------------------------------------------------===//

#include "plinth/Compiler.h"
#include "plinth/Jit.h"
#include "plinth/Runtime.h"

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include <unistd.h>

namespace {

struct Args {
  std::string model;
  std::string artifact;
  bool keepArtifact = false;
  int64_t intMax = 4;
  std::vector<std::pair<std::string, int64_t>> dims;
};

void usage(const char *argv0) {
  std::fprintf(stderr,
               "usage: %s MODEL.onnx [--dim NAME=VALUE]... [-o ARTIFACT.so] "
               "[--int-max N] [--keep]\n",
               argv0);
}

bool parseInt(const std::string &text, int64_t &value) {
  if (text.empty())
    return false;
  char *end = nullptr;
  errno = 0;
  long long parsed = std::strtoll(text.c_str(), &end, 10);
  if (errno || *end != '\0')
    return false;
  value = parsed;
  return true;
}

/// Parses the command line; returns false (after printing why) on bad usage.
bool parseArgs(int argc, char **argv, Args &args) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](const std::string &flag, std::string &out) {
      if (arg.rfind(flag + "=", 0) == 0) {
        out = arg.substr(flag.size() + 1);
        return true;
      }
      if (arg == flag && i + 1 < argc) {
        out = argv[++i];
        return true;
      }
      return false;
    };
    std::string text;
    if (value("--dim", text)) {
      size_t eq = text.find('=');
      int64_t size;
      if (eq == std::string::npos || eq == 0 || !parseInt(text.substr(eq + 1), size) ||
          size < 0) {
        std::fprintf(stderr, "error: --dim expects NAME=VALUE, got '%s'\n", text.c_str());
        return false;
      }
      args.dims.emplace_back(text.substr(0, eq), size);
    } else if (value("-o", text)) {
      args.artifact = text;
    } else if (value("--int-max", text)) {
      if (!parseInt(text, args.intMax) || args.intMax < 1) {
        std::fprintf(stderr, "error: --int-max expects a positive integer\n");
        return false;
      }
    } else if (arg == "--keep") {
      args.keepArtifact = true;
    } else if (arg == "-h" || arg == "--help") {
      return false;
    } else if (arg == "--dim" || arg == "-o" || arg == "--int-max") {
      std::fprintf(stderr, "error: %s needs a value\n", arg.c_str());
      return false;
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "error: unknown option '%s'\n", arg.c_str());
      return false;
    } else if (args.model.empty()) {
      args.model = arg;
    } else {
      std::fprintf(stderr, "error: more than one model given\n");
      return false;
    }
  }
  if (args.model.empty()) {
    std::fprintf(stderr, "error: no model given\n");
    return false;
  }
  return true;
}

std::string shapeText(const std::vector<int64_t> &dims) {
  std::string text = "[";
  for (size_t i = 0; i < dims.size(); ++i)
    text += (i ? ", " : "") + std::to_string(dims[i]);
  return text + "]";
}

/// The concrete dims of input `index`: static dims as they are, symbolic
/// ones from the --dim bindings.
bool inputDims(const plinth::Model &model, size_t index,
               const std::map<std::string, int64_t> &bindings,
               std::vector<int64_t> &dims) {
  int64_t rank = plinth_model_input_rank(model.get(), index);
  dims.clear();
  for (int64_t d = 0; d < rank; ++d) {
    int64_t size = plinth_model_input_dim(model.get(), index, d);
    if (size == PLINTH_DIM_DYNAMIC) {
      const char *name = plinth_model_input_dim_name(model.get(), index, d);
      auto it = name ? bindings.find(name) : bindings.end();
      if (it == bindings.end()) {
        std::fprintf(stderr, "error: input '%s' dim %lld is symbolic (%s): give --dim %s=VALUE\n",
                     model.inputName(index).c_str(), static_cast<long long>(d),
                     name ? name : "unnamed", name ? name : "NAME");
        return false;
      }
      size = it->second;
    }
    dims.push_back(size);
  }
  return true;
}

/// Fills `tensor` with a deterministic pattern: floats in [-1, 1), integers
/// cycling through [0, intMax), booleans alternating.
void fill(plinth::Tensor &tensor, size_t seed, int64_t intMax) {
  size_t n = tensor.numElements();
  switch (tensor.dtype()) {
  case PLINTH_DTYPE_F32: {
    float *data = tensor.data<float>();
    for (size_t i = 0; i < n; ++i)
      data[i] = static_cast<float>(((i * 7919 + seed * 104729) % 2000) / 1000.0 - 1.0);
    break;
  }
  case PLINTH_DTYPE_F64: {
    double *data = tensor.data<double>();
    for (size_t i = 0; i < n; ++i)
      data[i] = ((i * 7919 + seed * 104729) % 2000) / 1000.0 - 1.0;
    break;
  }
  case PLINTH_DTYPE_I64: {
    int64_t *data = tensor.data<int64_t>();
    for (size_t i = 0; i < n; ++i)
      data[i] = static_cast<int64_t>((i * 5 + seed) % static_cast<size_t>(intMax));
    break;
  }
  case PLINTH_DTYPE_I32: {
    int32_t *data = tensor.data<int32_t>();
    for (size_t i = 0; i < n; ++i)
      data[i] = static_cast<int32_t>((i * 5 + seed) % static_cast<size_t>(intMax));
    break;
  }
  case PLINTH_DTYPE_BOOL: {
    uint8_t *data = tensor.data<uint8_t>();
    for (size_t i = 0; i < n; ++i)
      data[i] = (i + seed) % 2;
    break;
  }
  default:
    // Other element types keep plinth_tensor_create's zeros.
    break;
  }
}

/// Largest |a - b| over two float tensors of the same size (for the report
/// when they are not bit-identical).
double maxAbsDiff(const plinth::Tensor &a, const plinth::Tensor &b) {
  double worst = 0;
  size_t n = a.numElements();
  for (size_t i = 0; i < n; ++i) {
    double x = a.dtype() == PLINTH_DTYPE_F32 ? a.data<float>()[i] : a.data<double>()[i];
    double y = b.dtype() == PLINTH_DTYPE_F32 ? b.data<float>()[i] : b.data<double>()[i];
    double diff = std::isnan(x) != std::isnan(y) ? INFINITY : std::fabs(x - y);
    if (diff > worst || std::isnan(diff))
      worst = diff;
  }
  return worst;
}

/// Removes a temporary artifact at exit unless asked to keep it.
struct TempFile {
  std::string path;
  ~TempFile() {
    if (!path.empty())
      std::remove(path.c_str());
  }
};

} // namespace

int main(int argc, char **argv) {
  Args args;
  if (!parseArgs(argc, argv, args)) {
    usage(argv[0]);
    return 2;
  }

  plinth::CompileOptions options;
  options.dimBindings = args.dims;
  std::map<std::string, int64_t> bindings(args.dims.begin(), args.dims.end());

  // (a) JIT: compile in this process.
  plinth::Status status;
  std::unique_ptr<plinth::JitSession> jit =
      plinth::JitSession::create(args.model, options, status);
  if (!jit) {
    std::fprintf(stderr, "error: JIT compilation failed (code %d): %s\n", status.code,
                 status.message.c_str());
    return 1;
  }
  std::printf("JIT: compiled %s\n", args.model.c_str());

  // (b) AOT: compile to a shared library, then load it with the runtime.
  TempFile temp;
  if (args.artifact.empty()) {
    std::error_code error;
    std::filesystem::path dir = std::filesystem::temp_directory_path(error);
    if (error)
      dir = "/tmp";
    args.artifact = (dir / ("plinth-example-" + std::to_string(getpid()) + ".so")).string();
    if (!args.keepArtifact)
      temp.path = args.artifact;
  }
  status = plinth::compileFile(args.model, args.artifact, options);
  if (!status.ok()) {
    std::fprintf(stderr, "error: compileFile failed (code %d): %s\n", status.code,
                 status.message.c_str());
    return 1;
  }
  plinth::Model aot;
  status = plinth::Runtime::load(args.artifact, aot);
  if (!status.ok()) {
    std::fprintf(stderr, "error: cannot load %s: %s\n", args.artifact.c_str(),
                 status.message.c_str());
    return 1;
  }
  std::printf("AOT: compiled and loaded %s\n", args.keepArtifact || temp.path.empty()
                                                   ? args.artifact.c_str()
                                                   : "a temporary artifact");

  // (c) Inputs, from the JIT model's signature (both signatures are the same).
  plinth::Model &model = jit->model();
  if (model.numInputs() != aot.numInputs() || model.numOutputs() != aot.numOutputs()) {
    std::fprintf(stderr, "error: the JIT and AOT signatures differ:\n  %s\n  %s\n",
                 plinth_model_signature(model.get()), plinth_model_signature(aot.get()));
    return 1;
  }
  std::vector<plinth::Tensor> inputs(model.numInputs());
  std::vector<const plinth::Tensor *> inputPtrs;
  for (size_t i = 0; i < model.numInputs(); ++i) {
    std::vector<int64_t> dims;
    if (!inputDims(model, i, bindings, dims))
      return 2;
    plinth_dtype dtype = plinth_model_input_dtype(model.get(), i);
    status = plinth::Tensor::create(dtype, dims, inputs[i]);
    if (!status.ok()) {
      std::fprintf(stderr, "error: input '%s': %s\n", model.inputName(i).c_str(),
                   status.message.c_str());
      return 1;
    }
    fill(inputs[i], i, args.intMax);
    inputPtrs.push_back(&inputs[i]);
    std::printf("input %s: %s %s\n", model.inputName(i).c_str(), plinth_dtype_name(dtype),
                shapeText(dims).c_str());
  }

  std::vector<plinth::Tensor> jitOutputs, aotOutputs;
  status = jit->run(inputPtrs, jitOutputs);
  if (!status.ok()) {
    std::fprintf(stderr, "error: JIT run failed: %s\n", status.message.c_str());
    return 1;
  }
  status = aot.run(inputPtrs, aotOutputs);
  if (!status.ok()) {
    std::fprintf(stderr, "error: AOT run failed: %s\n", status.message.c_str());
    return 1;
  }

  // (d) Shapes, and an exact (bitwise) comparison.
  bool same = true;
  for (size_t i = 0; i < jitOutputs.size(); ++i) {
    const plinth::Tensor &a = jitOutputs[i], &b = aotOutputs[i];
    bool equal = a.dtype() == b.dtype() && a.dims() == b.dims() &&
                 a.byteSize() == b.byteSize() &&
                 (a.byteSize() == 0 || std::memcmp(a.data(), b.data(), a.byteSize()) == 0);
    std::printf("output %s: %s %s: %s", model.outputName(i).c_str(),
                plinth_dtype_name(a.dtype()), shapeText(a.dims()).c_str(),
                equal ? "identical" : "DIFFERENT");
    if (!equal) {
      if (a.dtype() != b.dtype() || a.dims() != b.dims())
        std::printf(" (AOT: %s %s)", plinth_dtype_name(b.dtype()), shapeText(b.dims()).c_str());
      else if (a.dtype() == PLINTH_DTYPE_F32 || a.dtype() == PLINTH_DTYPE_F64)
        std::printf(" (max abs difference %g)", maxAbsDiff(a, b));
    }
    std::printf("\n");
    same &= equal;
  }
  std::printf("%s\n", same ? "JIT and AOT outputs agree exactly"
                           : "JIT and AOT outputs DIFFER");
  return same ? 0 : 1;
}
