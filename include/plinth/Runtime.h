//===- Runtime.h - C++ interface to Plinth's runtime ------------*- C++ -*-===//
//
// Header-only RAII wrappers over the runtime's C ABI
// (runtime/include/plinth/runtime.h): load an artifact, make tensors, run.
// Errors come back as plinth::Status values; nothing throws or aborts.
//
//===----------------------------------------------------------------------===//

#ifndef PLINTH_RUNTIME_HPP
#define PLINTH_RUNTIME_HPP

#include "plinth/Compiler.h"
#include "plinth/runtime.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace plinth {

namespace detail {
/// Turns a runtime status into a plinth::Status (and frees it).
inline Status takeStatus(plinth_status *status) {
  if (!status)
    return Status::success();
  Status result = Status::error(Status::InvalidInput,
                                plinth_status_get_message(status));
  plinth_status_free(status);
  return result;
}
struct TensorDeleter {
  void operator()(plinth_tensor *tensor) const { plinth_tensor_free(tensor); }
};
struct ModelDeleter {
  void operator()(plinth_model *model) const { plinth_model_free(model); }
};
} // namespace detail

/// A tensor: owning (Tensor::create) or a view of caller memory (wrap).
class Tensor {
public:
  Tensor() = default;
  explicit Tensor(plinth_tensor *tensor) : tensor(tensor) {}

  static Status create(plinth_dtype dtype, const std::vector<int64_t> &dims,
                       Tensor &out) {
    plinth_tensor *raw = nullptr;
    Status status = detail::takeStatus(
        plinth_tensor_create(dtype, dims.data(), dims.size(), &raw));
    out = Tensor(raw);
    return status;
  }
  /// A view of `data` (`size` bytes); the caller keeps it alive.
  static Status wrap(plinth_dtype dtype, const std::vector<int64_t> &dims,
                     void *data, size_t size, Tensor &out) {
    plinth_tensor *raw = nullptr;
    Status status = detail::takeStatus(
        plinth_tensor_wrap(dtype, dims.data(), dims.size(), data, size, &raw));
    out = Tensor(raw);
    return status;
  }

  plinth_tensor *get() const { return tensor.get(); }
  explicit operator bool() const { return tensor != nullptr; }
  void *data() const { return plinth_tensor_data(get()); }
  template <typename T> T *data() const { return static_cast<T *>(data()); }
  plinth_dtype dtype() const { return plinth_tensor_dtype(get()); }
  std::vector<int64_t> dims() const {
    const int64_t *d = plinth_tensor_dims(get());
    return std::vector<int64_t>(d, d + plinth_tensor_rank(get()));
  }
  size_t numElements() const { return plinth_tensor_num_elements(get()); }
  size_t byteSize() const { return plinth_tensor_byte_size(get()); }

private:
  std::unique_ptr<plinth_tensor, detail::TensorDeleter> tensor;
};

/// A loaded model (an artifact or a JIT-compiled one).
class Model {
public:
  Model() = default;
  explicit Model(plinth_model *model) : model(model) {}

  size_t numInputs() const { return plinth_model_num_inputs(get()); }
  size_t numOutputs() const { return plinth_model_num_outputs(get()); }
  std::string inputName(size_t i) const { return plinth_model_input_name(get(), i); }
  std::string outputName(size_t i) const { return plinth_model_output_name(get(), i); }
  plinth_model *get() const { return model.get(); }
  explicit operator bool() const { return model != nullptr; }

  /// Runs the model; `outputs` gets one new owning tensor per output.
  Status run(const std::vector<const Tensor *> &inputs,
             std::vector<Tensor> &outputs) {
    std::vector<const plinth_tensor *> raw;
    for (const Tensor *tensor : inputs)
      raw.push_back(tensor ? tensor->get() : nullptr);
    std::vector<plinth_tensor *> results(numOutputs(), nullptr);
    Status status = detail::takeStatus(plinth_model_run(
        get(), raw.data(), raw.size(), results.data(), results.size()));
    outputs.clear();
    for (plinth_tensor *result : results)
      outputs.emplace_back(result);
    return status;
  }

private:
  std::unique_ptr<plinth_model, detail::ModelDeleter> model;
};

/// Loads compiled artifacts. Loading runs the artifact's native code: an
/// artifact is as trusted as a program.
class Runtime {
public:
  static Status load(const std::string &path, Model &out) {
    plinth_model *raw = nullptr;
    Status status = detail::takeStatus(plinth_model_load(path.c_str(), &raw));
    out = Model(raw);
    return status;
  }
  static Status setNumThreads(int threads) {
    return detail::takeStatus(plinth_set_num_threads(threads));
  }
};

} // namespace plinth

#endif // PLINTH_RUNTIME_HPP
