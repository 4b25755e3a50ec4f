//===- Model.cpp - Load, query and run models -----------------------------===//
//
// The artifact ABI (runtime/README.md): a shared library exporting
// `plinth_abi_version`, `plinth_signature` and `plinth_entry`. The entry takes
// one memref descriptor per input and writes one per output:
//
//   struct { void *allocated, *aligned; int64_t offset;
//            int64_t sizes[rank], strides[rank]; }
//
// Output buffers come from the model's malloc/aligned_alloc and become the
// runtime's to free.
//
//===----------------------------------------------------------------------===//

#include "Internal.h"

#include <dlfcn.h>
#include <link.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <set>

// From libomp (omp.h ships with clang, not with the g++ the runtime may be
// built with); the only OpenMP function the runtime needs.
extern "C" void omp_set_num_threads(int);

using namespace plinth::rt;

namespace {

/// The thread count set by plinth_set_num_threads; 0 means libomp's default.
std::atomic<int> requestedThreads{0};
constexpr int kMaxThreads = 4096;
/// plinth_entry's code for a failed run-time check (runtime/README.md).
constexpr int32_t kCheckFailedCode = 2;

/// MLIR gives memrefs of constant globals this `allocated` pointer; such
/// memory is not the caller's to free.
void *const kMlirDeadPointer = reinterpret_cast<void *>(0xdeadbeef);

struct TensorDeleter {
  void operator()(plinth_tensor *tensor) const { plinth_tensor_free(tensor); }
};
using TensorPtr = std::unique_ptr<plinth_tensor, TensorDeleter>;

/// The size of the ELF symbol at `address` in a loaded library, if the
/// symbol starts there and says how large it is; 0 otherwise.
size_t symbolSize(const void *address) {
  Dl_info info;
  void *extra = nullptr;
  if (!dladdr1(address, &info, &extra, RTLD_DL_SYMENT) || !extra ||
      info.dli_saddr != address)
    return 0;
  return static_cast<const ElfW(Sym) *>(extra)->st_size;
}

/// Checks the signature text of a model and fills `model`.
plinth_status *initModel(plinth_model &model, plinth_entry_fn entry,
                         const char *signature, size_t length) {
  model.entry = entry;
  return parseSignature(signature, length, model.signature);
}

/// The length of `text` if a NUL comes within `limit` bytes.
bool boundedLength(const char *text, size_t limit, size_t &length) {
  const void *nul = std::memchr(text, '\0', limit);
  if (!nul)
    return false;
  length = static_cast<const char *>(nul) - text;
  return true;
}

const plinth::rt::ArgSpec *findArg(const std::vector<ArgSpec> &args,
                                   size_t index) {
  return index < args.size() ? &args[index] : nullptr;
}

const char *argName(const ArgSpec *arg) {
  return arg ? arg->name.c_str() : nullptr;
}

plinth_dtype argDtype(const ArgSpec *arg) {
  return arg ? arg->dtype : PLINTH_DTYPE_INVALID;
}

int64_t argRank(const ArgSpec *arg) {
  return arg ? static_cast<int64_t>(arg->dims.size()) : -1;
}

int64_t argDim(const ArgSpec *arg, size_t dim) {
  return arg && dim < arg->dims.size() ? arg->dims[dim].size
                                       : PLINTH_DIM_INVALID;
}

const char *argDimName(const ArgSpec *arg, size_t dim) {
  if (!arg || dim >= arg->dims.size() || arg->dims[dim].name.empty())
    return nullptr;
  return arg->dims[dim].name.c_str();
}

/// Where a symbolic dim got its size, for messages.
struct Binding {
  int64_t size;
  std::string where;
};

std::string describeArg(const char *kind, const ArgSpec &arg, size_t index) {
  return std::string(kind) + " " + quote(arg.name) + " (#" +
         std::to_string(index) + ")";
}

/// Checks one input tensor against its signature entry, binding symbolic
/// dims in `bindings`.
plinth_status *checkInput(const ArgSpec &spec, size_t index,
                          const plinth_tensor *tensor,
                          std::map<std::string, Binding> &bindings) {
  std::string what = describeArg("input", spec, index);
  if (!tensor)
    return error(PLINTH_STATUS_INVALID_ARGUMENT, what, " is NULL");
  if (tensor->dtype != spec.dtype)
    return error(PLINTH_STATUS_INVALID_ARGUMENT, what, ": expected dtype ",
                 plinth_dtype_name(spec.dtype), ", got ",
                 plinth_dtype_name(tensor->dtype));
  if (tensor->dims.size() != spec.dims.size())
    return error(PLINTH_STATUS_INVALID_ARGUMENT, what, ": expected rank ",
                 spec.dims.size(), ", got ", tensor->dims.size(), " (shape ",
                 formatDims(tensor->dims.data(), tensor->dims.size()), ")");
  for (size_t d = 0; d < spec.dims.size(); ++d) {
    const DimSpec &dim = spec.dims[d];
    int64_t size = tensor->dims[d];
    if (dim.size >= 0) {
      if (size != dim.size)
        return error(PLINTH_STATUS_INVALID_ARGUMENT, what, ": dim ", d,
                     " must be ", dim.size, ", got ", size);
      continue;
    }
    if (dim.name.empty())
      continue;
    std::string here = what + " dim " + std::to_string(d);
    auto [it, inserted] = bindings.emplace(dim.name, Binding{size, here});
    if (!inserted && it->second.size != size)
      return error(PLINTH_STATUS_INVALID_ARGUMENT, what, ": dim ", d, " (",
                   quote(dim.name), ") is ", size, ", but ", it->second.where,
                   " set ", quote(dim.name), " to ", it->second.size);
  }
  return nullptr;
}

/// One output descriptor as the model wrote it.
struct OutputDescriptor {
  void *allocated;
  char *aligned;
  int64_t offset;
  const int64_t *sizes;
  const int64_t *strides;
  size_t rank;
  size_t numElements = 0;
};

/// Checks what the model returned for output `index` against the signature.
plinth_status *checkOutput(const ArgSpec &spec, size_t index,
                           OutputDescriptor &desc,
                           std::map<std::string, Binding> &bindings) {
  std::string what = describeArg("output", spec, index);
  size_t byteSize = 0;
  if (plinth_status *status = computeSizes(spec.dtype, desc.sizes, desc.rank,
                                           desc.numElements, byteSize)) {
    std::string message = plinth_status_get_message(status);
    plinth_status_free(status);
    return error(PLINTH_STATUS_INTERNAL, "the model returned an invalid ", what,
                 ": ", message);
  }
  for (size_t d = 0; d < desc.rank; ++d) {
    const DimSpec &dim = spec.dims[d];
    int64_t size = desc.sizes[d];
    if (dim.size >= 0 && size != dim.size)
      return error(PLINTH_STATUS_INTERNAL, "the model returned ", what,
                   " with dim ", d, " = ", size, ", but its signature says ",
                   dim.size);
    if (dim.size >= 0 || dim.name.empty())
      continue;
    std::string here = what + " dim " + std::to_string(d);
    auto [it, inserted] = bindings.emplace(dim.name, Binding{size, here});
    if (!inserted && it->second.size != size)
      return error(PLINTH_STATUS_INTERNAL, "the model returned ", what,
                   " with dim ", d, " (", quote(dim.name), ") = ", size,
                   ", but ", it->second.where, " set ", quote(dim.name), " to ",
                   it->second.size);
  }
  if (desc.numElements > 0 && !desc.aligned)
    return error(PLINTH_STATUS_INTERNAL, "the model returned ", what,
                 " with a NULL data pointer");
  return nullptr;
}

/// True if the descriptor's elements are laid out densely in row-major order.
bool isRowMajor(const OutputDescriptor &desc) {
  if (desc.numElements == 0)
    return true;
  int64_t expected = 1;
  for (size_t d = desc.rank; d-- > 0;) {
    if (desc.sizes[d] != 1 && desc.strides[d] != expected)
      return false;
    expected *= desc.sizes[d];
  }
  return true;
}

/// Copies a strided view into dense row-major memory at `dst`.
void copyStrided(const OutputDescriptor &desc, size_t elementSize, char *dst) {
  if (desc.numElements == 0)
    return;
  const char *base = desc.aligned + desc.offset * int64_t(elementSize);
  if (desc.rank == 0) {
    std::memcpy(dst, base, elementSize);
    return;
  }
  size_t inner = desc.rank - 1;
  int64_t innerSize = desc.sizes[inner];
  int64_t innerStride = desc.strides[inner];
  std::vector<int64_t> index(desc.rank, 0);
  while (true) {
    int64_t start = 0;
    for (size_t d = 0; d < inner; ++d)
      start += index[d] * desc.strides[d];
    const char *src = base + start * int64_t(elementSize);
    if (innerStride == 1) {
      std::memcpy(dst, src, size_t(innerSize) * elementSize);
      dst += size_t(innerSize) * elementSize;
    } else {
      for (int64_t i = 0; i < innerSize; ++i, dst += elementSize)
        std::memcpy(dst, src + i * innerStride * int64_t(elementSize),
                    elementSize);
    }
    size_t d = inner;
    while (d-- > 0) {
      if (++index[d] < desc.sizes[d])
        break;
      index[d] = 0;
    }
    if (d == size_t(-1))
      return;
  }
}

/// Makes one owning tensor per output: adopts a dense buffer the model
/// allocated (once), copies anything else. Adopted buffers leave `toFree`.
plinth_status *makeTensors(const std::vector<ArgSpec> &specs,
                           std::vector<OutputDescriptor> &descs,
                           std::set<void *> &toFree,
                           std::vector<TensorPtr> &tensors) {
  for (size_t i = 0; i < descs.size(); ++i) {
    OutputDescriptor &desc = descs[i];
    const ArgSpec &spec = specs[i];
    size_t elementSize = plinth_dtype_size(spec.dtype);
    std::vector<int64_t> dims(desc.sizes, desc.sizes + desc.rank);
    if (desc.numElements > 0 && isRowMajor(desc) &&
        toFree.count(desc.allocated)) {
      // Adopt the buffer: the tensor frees it.
      auto *tensor = new plinth_tensor;
      tensor->dtype = spec.dtype;
      tensor->dims = std::move(dims);
      tensor->numElements = desc.numElements;
      tensor->byteSize = desc.numElements * elementSize;
      tensor->data = desc.aligned + desc.offset * int64_t(elementSize);
      tensor->allocation = desc.allocated;
      toFree.erase(desc.allocated);
      tensors[i].reset(tensor);
      continue;
    }
    plinth_tensor *tensor = nullptr;
    if (plinth_status *status =
            plinth_tensor_create(spec.dtype, dims.data(), dims.size(), &tensor))
      return status;
    tensors[i].reset(tensor);
    copyStrided(desc, elementSize, static_cast<char *>(tensor->data));
  }
  return nullptr;
}

/// Turns the descriptors the model wrote into owning tensors and frees every
/// buffer the model allocated that no tensor adopted. `inputData` are the
/// callers' buffers, which are never freed even if the model hands one back.
plinth_status *collectOutputs(const plinth_model &model,
                              const std::vector<int64_t> &words,
                              const std::vector<const void *> &inputData,
                              std::map<std::string, Binding> &bindings,
                              plinth_tensor **outputs) {
  const std::vector<ArgSpec> &specs = model.signature.outputs;
  std::vector<OutputDescriptor> descs;
  descs.reserve(specs.size());
  size_t word = 0;
  for (const ArgSpec &spec : specs) {
    OutputDescriptor desc;
    std::memcpy(&desc.allocated, &words[word], sizeof(void *));
    std::memcpy(&desc.aligned, &words[word + 1], sizeof(void *));
    desc.offset = words[word + 2];
    desc.rank = spec.dims.size();
    desc.sizes = &words[word + 3];
    desc.strides = &words[word + 3 + desc.rank];
    word += 3 + 2 * desc.rank;
    descs.push_back(desc);
  }

  // Every distinct allocation the caller must free exactly once.
  std::set<void *> toFree;
  for (const OutputDescriptor &desc : descs)
    if (desc.allocated && desc.allocated != kMlirDeadPointer &&
        std::find(inputData.begin(), inputData.end(), desc.allocated) ==
            inputData.end())
      toFree.insert(desc.allocated);

  plinth_status *status = nullptr;
  for (size_t i = 0; i < descs.size() && !status; ++i)
    status = checkOutput(specs[i], i, descs[i], bindings);

  std::vector<TensorPtr> tensors(descs.size());
  if (!status) {
    try {
      status = makeTensors(specs, descs, toFree, tensors);
    } catch (...) {
      status = outOfMemory();
    }
  }

  for (void *allocation : toFree)
    std::free(allocation);
  if (status)
    return status; // `tensors` frees what was made, adopted buffers included.
  for (size_t i = 0; i < tensors.size(); ++i)
    outputs[i] = tensors[i].release();
  return nullptr;
}

plinth_status *runModel(plinth_model *model, const plinth_tensor *const *inputs,
                        size_t numInputs, plinth_tensor **outputs,
                        size_t numOutputs) {
  if (!model)
    return error(PLINTH_STATUS_INVALID_ARGUMENT, "plinth_model_run: model is "
                                                 "NULL");
  if (numOutputs > 0 && !outputs)
    return error(PLINTH_STATUS_INVALID_ARGUMENT,
                 "plinth_model_run: outputs is NULL");
  for (size_t i = 0; i < numOutputs; ++i)
    outputs[i] = nullptr;
  const Signature &signature = model->signature;
  if (numInputs != signature.inputs.size())
    return error(PLINTH_STATUS_INVALID_ARGUMENT, "the model expects ",
                 signature.inputs.size(), " input",
                 signature.inputs.size() == 1 ? "" : "s", ", got ", numInputs);
  if (numOutputs != signature.outputs.size())
    return error(PLINTH_STATUS_INVALID_ARGUMENT, "the model has ",
                 signature.outputs.size(), " output",
                 signature.outputs.size() == 1 ? "" : "s",
                 ", but the outputs array has ", numOutputs, " slots");
  if (numInputs > 0 && !inputs)
    return error(PLINTH_STATUS_INVALID_ARGUMENT,
                 "plinth_model_run: inputs is NULL");

  std::map<std::string, Binding> bindings;
  for (size_t i = 0; i < numInputs; ++i)
    if (plinth_status *status =
            checkInput(signature.inputs[i], i, inputs[i], bindings))
      return status;

  // Input descriptors: allocated = aligned = data, offset 0, row-major.
  size_t inputWords = 0, outputWords = 0;
  for (const ArgSpec &arg : signature.inputs)
    inputWords += 3 + 2 * arg.dims.size();
  for (const ArgSpec &arg : signature.outputs)
    outputWords += 3 + 2 * arg.dims.size();
  std::vector<int64_t> inputDescriptors(inputWords, 0);
  std::vector<void *> inputPointers(numInputs);
  std::vector<const void *> inputData(numInputs);
  size_t word = 0;
  for (size_t i = 0; i < numInputs; ++i) {
    const plinth_tensor &tensor = *inputs[i];
    int64_t *desc = &inputDescriptors[word];
    inputPointers[i] = desc;
    inputData[i] = tensor.data;
    std::memcpy(&desc[0], &tensor.data, sizeof(void *));
    std::memcpy(&desc[1], &tensor.data, sizeof(void *));
    desc[2] = 0;
    size_t rank = tensor.dims.size();
    int64_t stride = 1;
    for (size_t d = rank; d-- > 0;) {
      desc[3 + d] = tensor.dims[d];
      desc[3 + rank + d] = stride;
      stride *= std::max<int64_t>(tensor.dims[d], 1);
    }
    word += 3 + 2 * rank;
  }
  std::vector<int64_t> outputDescriptors(outputWords, 0);

  if (int threads = requestedThreads.load(std::memory_order_relaxed))
    omp_set_num_threads(threads);
  int32_t code = model->entry(inputPointers.data(), outputDescriptors.data());
  if (code == kCheckFailedCode && !outputDescriptors.empty()) {
    // A run-time check failed: the first word is the address of its
    // message, a constant string inside the artifact.
    const char *message = nullptr;
    std::memcpy(&message, outputDescriptors.data(), sizeof(message));
    return error(PLINTH_STATUS_EXECUTION_FAILED, "model execution failed: ",
                 message ? message : "a run-time check failed");
  }
  if (code != 0)
    return error(PLINTH_STATUS_EXECUTION_FAILED,
                 "model execution failed (code ", code, ")");
  return collectOutputs(*model, outputDescriptors, inputData, bindings,
                        outputs);
}

plinth_status *loadModel(const char *path, plinth_model **out) {
  if (!out)
    return error(PLINTH_STATUS_INVALID_ARGUMENT,
                 "plinth_model_load: out is NULL");
  *out = nullptr;
  if (!path || !*path)
    return error(PLINTH_STATUS_INVALID_ARGUMENT,
                 "plinth_model_load: the path is empty");
  std::string file = path;
  struct stat info;
  if (stat(file.c_str(), &info) != 0)
    return error(PLINTH_STATUS_IO_ERROR, "cannot open artifact ", quote(file),
                 ": ", std::strerror(errno));
  if (!S_ISREG(info.st_mode))
    return error(PLINTH_STATUS_IO_ERROR, "cannot open artifact ", quote(file),
                 ": not a regular file");
  // dlopen searches the library path for a name without a slash; a model
  // path always means a file.
  std::string dlPath = file.find('/') == std::string::npos ? "./" + file : file;

  auto model = std::make_unique<plinth_model>();
  dlerror();
  model->library = dlopen(dlPath.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!model->library) {
    const char *reason = dlerror();
    return error(PLINTH_STATUS_INVALID_ARTIFACT, "cannot load artifact ",
                 quote(file), ": ", reason ? reason : "unknown dlopen error");
  }
  auto *version = static_cast<const uint32_t *>(
      dlsym(model->library, "plinth_abi_version"));
  auto *signature =
      static_cast<const char *>(dlsym(model->library, "plinth_signature"));
  void *entry = dlsym(model->library, "plinth_entry");
  if (!version || !signature || !entry)
    return error(PLINTH_STATUS_INVALID_ARTIFACT, quote(file),
                 " is not a Plinth artifact (it does not export ",
                 !version     ? "plinth_abi_version"
                 : !signature ? "plinth_signature"
                              : "plinth_entry",
                 ")");
  size_t versionSize = symbolSize(version);
  if (versionSize != 0 && versionSize != sizeof(uint32_t))
    return error(PLINTH_STATUS_INVALID_ARTIFACT, "artifact ", quote(file),
                 ": plinth_abi_version has ", versionSize,
                 " bytes, expected 4");
  if (*version != PLINTH_ARTIFACT_ABI_VERSION)
    return error(PLINTH_STATUS_INVALID_ARTIFACT, "artifact ", quote(file),
                 " has ABI version ", *version, "; this runtime loads version ",
                 PLINTH_ARTIFACT_ABI_VERSION);
  // Read the signature within its symbol when the library says how large it
  // is, and never more than kMaxSignatureBytes.
  size_t limit = symbolSize(signature);
  limit = limit == 0 ? kMaxSignatureBytes + 1
                     : std::min(limit, kMaxSignatureBytes + 1);
  size_t length = 0;
  if (!boundedLength(signature, limit, length))
    return error(PLINTH_STATUS_INVALID_ARTIFACT, "artifact ", quote(file),
                 ": plinth_signature is not NUL-terminated within ",
                 std::min(limit, kMaxSignatureBytes), " bytes");
  if (plinth_status *status =
          initModel(*model, reinterpret_cast<plinth_entry_fn>(entry), signature,
                    length)) {
    status->message = "artifact " + quote(file) + ": " + status->message;
    return status;
  }
  *out = model.release();
  return nullptr;
}

} // namespace

plinth_model::~plinth_model() {
  if (release)
    release(owner);
  if (library)
    dlclose(library);
}

extern "C" {

PLINTH_RT_API plinth_status *plinth_model_load(const char *path,
                                               plinth_model **out) {
  return guard([&] { return loadModel(path, out); });
}

PLINTH_RT_API plinth_status *
plinth_model_create(plinth_entry_fn entry, const char *signature, void *owner,
                    void (*release)(void *owner), plinth_model **out) {
  return guard([&]() -> plinth_status * {
    if (!out)
      return error(PLINTH_STATUS_INVALID_ARGUMENT,
                   "plinth_model_create: out is NULL");
    *out = nullptr;
    if (!entry || !signature)
      return error(PLINTH_STATUS_INVALID_ARGUMENT,
                   "plinth_model_create: ", !entry ? "entry" : "signature",
                   " is NULL");
    size_t length = 0;
    if (!boundedLength(signature, kMaxSignatureBytes + 1, length))
      return error(PLINTH_STATUS_INVALID_ARTIFACT,
                   "the signature is longer than ", kMaxSignatureBytes,
                   " bytes");
    auto model = std::make_unique<plinth_model>();
    if (plinth_status *status = initModel(*model, entry, signature, length))
      return status;
    // Only now, on success, does the model take `owner`.
    model->owner = owner;
    model->release = release;
    *out = model.release();
    return nullptr;
  });
}

PLINTH_RT_API void plinth_model_free(plinth_model *model) { delete model; }

PLINTH_RT_API size_t plinth_model_num_inputs(const plinth_model *model) {
  return model ? model->signature.inputs.size() : 0;
}

PLINTH_RT_API size_t plinth_model_num_outputs(const plinth_model *model) {
  return model ? model->signature.outputs.size() : 0;
}

PLINTH_RT_API const char *plinth_model_signature(const plinth_model *model) {
  return model ? model->signature.text.c_str() : nullptr;
}

#define PLINTH_ARG(model, list, index)                                         \
  ((model) ? findArg((model)->signature.list, (index)) : nullptr)

PLINTH_RT_API const char *plinth_model_input_name(const plinth_model *model,
                                                  size_t index) {
  return argName(PLINTH_ARG(model, inputs, index));
}

PLINTH_RT_API plinth_dtype plinth_model_input_dtype(const plinth_model *model,
                                                    size_t index) {
  return argDtype(PLINTH_ARG(model, inputs, index));
}

PLINTH_RT_API int64_t plinth_model_input_rank(const plinth_model *model,
                                              size_t index) {
  return argRank(PLINTH_ARG(model, inputs, index));
}

PLINTH_RT_API int64_t plinth_model_input_dim(const plinth_model *model,
                                             size_t index, size_t dim) {
  return argDim(PLINTH_ARG(model, inputs, index), dim);
}

PLINTH_RT_API const char *plinth_model_input_dim_name(const plinth_model *model,
                                                      size_t index,
                                                      size_t dim) {
  return argDimName(PLINTH_ARG(model, inputs, index), dim);
}

PLINTH_RT_API const char *plinth_model_output_name(const plinth_model *model,
                                                   size_t index) {
  return argName(PLINTH_ARG(model, outputs, index));
}

PLINTH_RT_API plinth_dtype plinth_model_output_dtype(const plinth_model *model,
                                                     size_t index) {
  return argDtype(PLINTH_ARG(model, outputs, index));
}

PLINTH_RT_API int64_t plinth_model_output_rank(const plinth_model *model,
                                               size_t index) {
  return argRank(PLINTH_ARG(model, outputs, index));
}

PLINTH_RT_API int64_t plinth_model_output_dim(const plinth_model *model,
                                              size_t index, size_t dim) {
  return argDim(PLINTH_ARG(model, outputs, index), dim);
}

PLINTH_RT_API const char *
plinth_model_output_dim_name(const plinth_model *model, size_t index,
                             size_t dim) {
  return argDimName(PLINTH_ARG(model, outputs, index), dim);
}

#undef PLINTH_ARG

PLINTH_RT_API plinth_status *
plinth_model_run(plinth_model *model, const plinth_tensor *const *inputs,
                 size_t num_inputs, plinth_tensor **outputs,
                 size_t num_outputs) {
  plinth_status *status = guard([&] {
    return runModel(model, inputs, num_inputs, outputs, num_outputs);
  });
  if (status && outputs)
    for (size_t i = 0; i < num_outputs; ++i)
      outputs[i] = nullptr;
  return status;
}

PLINTH_RT_API plinth_status *plinth_set_num_threads(int num_threads) {
  if (num_threads < 1 || num_threads > kMaxThreads)
    return error(PLINTH_STATUS_INVALID_ARGUMENT,
                 "the thread count must be in "
                 "[1, ",
                 kMaxThreads, "], got ", num_threads);
  requestedThreads.store(num_threads, std::memory_order_relaxed);
  omp_set_num_threads(num_threads);
  return nullptr;
}

} // extern "C"
