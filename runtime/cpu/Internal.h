//===- Internal.h - Definitions shared by the runtime's sources -*- C++ -*-===//
//
// The opaque C types' definitions and the helpers every entry point uses.
// Nothing here is exported: the library builds with -fvisibility=hidden and
// only the functions of plinth/runtime.h are visible.
//
//===----------------------------------------------------------------------===//

#ifndef PLINTH_RUNTIME_CPU_INTERNAL_H
#define PLINTH_RUNTIME_CPU_INTERNAL_H

#include "plinth/runtime.h"

#include <cstdint>
#include <exception>
#include <new>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

struct plinth_status {
  plinth_status_code code;
  std::string message;
};

struct plinth_tensor {
  plinth_dtype dtype = PLINTH_DTYPE_INVALID;
  std::vector<int64_t> dims;
  size_t numElements = 0;
  size_t byteSize = 0;
  void *data = nullptr;
  /// What plinth_tensor_free passes to free(); null for wrapped tensors.
  void *allocation = nullptr;

  ~plinth_tensor();
};

namespace plinth::rt {

//===--- Statuses ---------------------------------------------------------===//

/// A new status; falls back to a static out-of-memory status if even that
/// allocation fails (plinth_status_free knows not to delete it).
plinth_status *makeStatus(plinth_status_code code, std::string message);
plinth_status *outOfMemory();

/// A status whose message is the streamed concatenation of `parts`.
template <typename... Parts>
plinth_status *error(plinth_status_code code, const Parts &...parts) {
  try {
    std::ostringstream os;
    (os << ... << parts);
    return makeStatus(code, os.str());
  } catch (...) {
    return outOfMemory();
  }
}

/// Runs `body` (returning plinth_status *) so that no exception crosses the
/// C ABI: allocation failures become PLINTH_STATUS_OUT_OF_MEMORY, anything
/// else PLINTH_STATUS_INTERNAL.
template <typename Body> plinth_status *guard(Body &&body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc &) {
    return outOfMemory();
  } catch (const std::exception &e) {
    return error(PLINTH_STATUS_INTERNAL, "internal error: ", e.what());
  } catch (...) {
    return error(PLINTH_STATUS_INTERNAL, "internal error: unknown exception");
  }
}

/// `name` between single quotes, with bytes outside printable ASCII (and
/// quotes and backslashes) as \xNN, for error messages.
std::string quote(const std::string &name);

//===--- Checked arithmetic -----------------------------------------------===//

/// a * b into `result`; false on overflow (operands must be >= 0).
inline bool mulOverflow(int64_t a, int64_t b, int64_t &result) {
  return __builtin_mul_overflow(a, b, &result);
}

/// Element count and byte size of a tensor; an error status if a dim is
/// negative, the rank is too large or the sizes overflow (int64 and size_t).
plinth_status *computeSizes(plinth_dtype dtype, const int64_t *dims,
                            size_t rank, size_t &numElements, size_t &byteSize);

/// A shape as "[2, ?, 4]" for messages.
std::string formatDims(const int64_t *dims, size_t rank);

//===--- Signatures -------------------------------------------------------===//

struct DimSpec {
  /// >= 0 for a static dim, PLINTH_DIM_DYNAMIC otherwise.
  int64_t size = PLINTH_DIM_DYNAMIC;
  /// The symbolic name of a dynamic dim; empty for static or unnamed dims.
  std::string name;
};

struct ArgSpec {
  std::string name;
  plinth_dtype dtype = PLINTH_DTYPE_INVALID;
  std::vector<DimSpec> dims;
};

struct Signature {
  std::string text;
  std::vector<ArgSpec> inputs;
  std::vector<ArgSpec> outputs;
};

/// The most bytes a signature may have.
constexpr size_t kMaxSignatureBytes = 16u << 20;
/// The most inputs plus outputs a signature may declare.
constexpr size_t kMaxSignatureArgs = 1u << 16;

/// Parses and validates signature text (`length` bytes, no NUL among them).
/// Null on success; otherwise a PLINTH_STATUS_INVALID_ARTIFACT status that
/// names the line and the problem.
plinth_status *parseSignature(const char *text, size_t length, Signature &out);

/// The dtype spelled `name` in a signature ("f32"), or PLINTH_DTYPE_INVALID.
plinth_dtype dtypeFromName(const std::string &name);

} // namespace plinth::rt

struct plinth_model {
  plinth::rt::Signature signature;
  plinth_entry_fn entry = nullptr;
  /// The dlopen handle of a loaded artifact (closed last).
  void *library = nullptr;
  /// plinth_model_create's owner and release.
  void *owner = nullptr;
  void (*release)(void *) = nullptr;

  plinth_model() = default;
  plinth_model(const plinth_model &) = delete;
  plinth_model &operator=(const plinth_model &) = delete;
  ~plinth_model();
};

#endif // PLINTH_RUNTIME_CPU_INTERNAL_H
