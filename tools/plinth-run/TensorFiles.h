//===- TensorFiles.h - Read and write tensors as .npy and .pb ---*- C++ -*-===//
//
// plinth-run's tensor file formats: NumPy's .npy (read and write) and ONNX's
// TensorProto (.pb, read). Both readers treat the file as hostile: every
// length is bounds-checked, sizes are computed with overflow checks and must
// match the data exactly, and nothing is allocated before the file is known
// to hold that much data. Only the runtime's C API is used (no protobuf).
//
//===----------------------------------------------------------------------===//

#ifndef PLINTH_TOOLS_PLINTH_RUN_TENSORFILES_H
#define PLINTH_TOOLS_PLINTH_RUN_TENSORFILES_H

#include "plinth/runtime.h"

#include <memory>
#include <string>

namespace plinth::run {

struct TensorDeleter {
  void operator()(plinth_tensor *tensor) const { plinth_tensor_free(tensor); }
};
using TensorPtr = std::unique_ptr<plinth_tensor, TensorDeleter>;

/// Each function returns an empty string on success and an error message
/// (naming the file) otherwise.

/// Reads a .npy file (format 1.0, 2.0 or 3.0; little-endian; C order).
std::string readNpy(const std::string &path, TensorPtr &out);

/// Reads a serialized onnx.TensorProto. `protoName` receives its name field.
std::string readTensorProto(const std::string &path, TensorPtr &out,
                            std::string &protoName);

/// Writes `tensor` as a .npy file (format 1.0). NumPy has no bfloat16, so
/// bf16 tensors are written as float32 (exactly: bf16 widens losslessly).
/// Nor has it ONNX's small types, written one element per byte as stored
/// (plinth/runtime.h): float8, f4e2m1, f8e8m0, u4 and u2 as uint8 (`|u1`),
/// i4 and i2 as int8 (`|i1`).
std::string writeNpy(const std::string &path, const plinth_tensor *tensor);

/// The element count and byte size of a dense tensor, with overflow checks:
/// false if the rank exceeds PLINTH_MAX_RANK, a dim is negative or the sizes
/// overflow.
bool checkedByteSize(plinth_dtype dtype, const int64_t *dims, size_t rank,
                     size_t &numElements, size_t &byteSize);

} // namespace plinth::run

#endif // PLINTH_TOOLS_PLINTH_RUN_TENSORFILES_H
