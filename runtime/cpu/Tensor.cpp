//===- Tensor.cpp - Element types and tensors -----------------------------===//

#include "Internal.h"

#include <cstdlib>
#include <cstring>
#include <limits>

using namespace plinth::rt;

namespace {

struct DtypeInfo {
  plinth_dtype dtype;
  const char *name;
  size_t size;
};

/// The element types; ONNX's small types (f8*, u4, i4, f4e2m1, u2, i2) take
/// one byte per element (see plinth/runtime.h).
constexpr DtypeInfo kDtypes[] = {
    {PLINTH_DTYPE_F32, "f32", 4},
    {PLINTH_DTYPE_F64, "f64", 8},
    {PLINTH_DTYPE_F16, "f16", 2},
    {PLINTH_DTYPE_BF16, "bf16", 2},
    {PLINTH_DTYPE_I8, "i8", 1},
    {PLINTH_DTYPE_I16, "i16", 2},
    {PLINTH_DTYPE_I32, "i32", 4},
    {PLINTH_DTYPE_I64, "i64", 8},
    {PLINTH_DTYPE_U8, "u8", 1},
    {PLINTH_DTYPE_U16, "u16", 2},
    {PLINTH_DTYPE_U32, "u32", 4},
    {PLINTH_DTYPE_U64, "u64", 8},
    {PLINTH_DTYPE_BOOL, "bool", 1},
    {PLINTH_DTYPE_F8E4M3FN, "f8e4m3fn", 1},
    {PLINTH_DTYPE_F8E4M3FNUZ, "f8e4m3fnuz", 1},
    {PLINTH_DTYPE_F8E5M2, "f8e5m2", 1},
    {PLINTH_DTYPE_F8E5M2FNUZ, "f8e5m2fnuz", 1},
    {PLINTH_DTYPE_U4, "u4", 1},
    {PLINTH_DTYPE_I4, "i4", 1},
    {PLINTH_DTYPE_F4E2M1, "f4e2m1", 1},
    {PLINTH_DTYPE_F8E8M0, "f8e8m0", 1},
    {PLINTH_DTYPE_U2, "u2", 1},
    {PLINTH_DTYPE_I2, "i2", 1},
};

const DtypeInfo *findDtype(plinth_dtype dtype) {
  for (const DtypeInfo &info : kDtypes)
    if (info.dtype == dtype)
      return &info;
  return nullptr;
}

/// Alignment of owning tensors' data: a cache line, enough for any vector.
constexpr size_t kTensorAlignment = 64;

/// A new tensor for `dtype`/`dims` with its sizes computed; no data yet.
plinth_status *newTensor(plinth_dtype dtype, const int64_t *dims, size_t rank,
                         plinth_tensor *&tensor) {
  tensor = nullptr;
  if (!findDtype(dtype))
    return error(PLINTH_STATUS_INVALID_ARGUMENT, "invalid dtype ",
                 static_cast<int>(dtype));
  if (rank > 0 && !dims)
    return error(PLINTH_STATUS_INVALID_ARGUMENT,
                 "dims is NULL for a tensor of rank ", rank);
  size_t numElements = 0, byteSize = 0;
  if (plinth_status *status =
          computeSizes(dtype, dims, rank, numElements, byteSize))
    return status;
  auto *result = new plinth_tensor;
  result->dtype = dtype;
  result->dims.assign(dims, dims + rank);
  result->numElements = numElements;
  result->byteSize = byteSize;
  tensor = result;
  return nullptr;
}

} // namespace

plinth_tensor::~plinth_tensor() { std::free(allocation); }

plinth_dtype plinth::rt::dtypeFromName(const std::string &name) {
  for (const DtypeInfo &info : kDtypes)
    if (name == info.name)
      return info.dtype;
  return PLINTH_DTYPE_INVALID;
}

plinth_status *plinth::rt::computeSizes(plinth_dtype dtype, const int64_t *dims,
                                        size_t rank, size_t &numElements,
                                        size_t &byteSize) {
  if (rank > PLINTH_MAX_RANK)
    return error(PLINTH_STATUS_INVALID_ARGUMENT, "rank ", rank,
                 " exceeds the maximum rank ", PLINTH_MAX_RANK);
  int64_t elements = 1;
  bool overflow = false;
  for (size_t i = 0; i < rank; ++i) {
    if (dims[i] < 0)
      return error(PLINTH_STATUS_INVALID_ARGUMENT, "dim ", i, " is negative (",
                   dims[i], ")");
    overflow = overflow || mulOverflow(elements, dims[i], elements);
  }
  // A zero dim makes the tensor empty whatever the other dims are, but an
  // overflowing product of the others is still rejected: such shapes are
  // nonsense and sizes derived from them elsewhere would overflow.
  int64_t bytes = 0;
  size_t elementSize = plinth_dtype_size(dtype);
  if (overflow ||
      mulOverflow(elements, static_cast<int64_t>(elementSize), bytes) ||
      static_cast<uint64_t>(bytes) > std::numeric_limits<size_t>::max())
    return error(PLINTH_STATUS_INVALID_ARGUMENT, "the size of a ",
                 plinth_dtype_name(dtype), " tensor of shape ",
                 formatDims(dims, rank), " overflows");
  numElements = static_cast<size_t>(elements);
  byteSize = static_cast<size_t>(bytes);
  return nullptr;
}

std::string plinth::rt::formatDims(const int64_t *dims, size_t rank) {
  std::string result = "[";
  for (size_t i = 0; i < rank; ++i) {
    if (i)
      result += ", ";
    result += dims[i] < 0 ? std::string("?") : std::to_string(dims[i]);
  }
  return result + "]";
}

extern "C" {

PLINTH_RT_API size_t plinth_dtype_size(plinth_dtype dtype) {
  const DtypeInfo *info = findDtype(dtype);
  return info ? info->size : 0;
}

PLINTH_RT_API const char *plinth_dtype_name(plinth_dtype dtype) {
  const DtypeInfo *info = findDtype(dtype);
  return info ? info->name : "invalid";
}

PLINTH_RT_API plinth_status *plinth_tensor_create(plinth_dtype dtype,
                                                  const int64_t *dims,
                                                  size_t rank,
                                                  plinth_tensor **out) {
  return guard([&]() -> plinth_status * {
    if (!out)
      return error(PLINTH_STATUS_INVALID_ARGUMENT,
                   "plinth_tensor_create: out is NULL");
    *out = nullptr;
    plinth_tensor *tensor = nullptr;
    if (plinth_status *status = newTensor(dtype, dims, rank, tensor))
      return status;
    // aligned_alloc wants a multiple of the alignment; never zero bytes, so
    // that data is never NULL.
    size_t bytes = tensor->byteSize == 0 ? 1 : tensor->byteSize;
    if (bytes > std::numeric_limits<size_t>::max() - kTensorAlignment) {
      delete tensor;
      return outOfMemory();
    }
    bytes =
        (bytes + kTensorAlignment - 1) / kTensorAlignment * kTensorAlignment;
    tensor->allocation = std::aligned_alloc(kTensorAlignment, bytes);
    if (!tensor->allocation) {
      size_t byteSize = tensor->byteSize;
      delete tensor;
      return error(PLINTH_STATUS_OUT_OF_MEMORY, "out of memory allocating ",
                   byteSize, " bytes for a tensor");
    }
    std::memset(tensor->allocation, 0, bytes);
    tensor->data = tensor->allocation;
    *out = tensor;
    return nullptr;
  });
}

PLINTH_RT_API plinth_status *
plinth_tensor_wrap(plinth_dtype dtype, const int64_t *dims, size_t rank,
                   void *data, size_t data_size, plinth_tensor **out) {
  return guard([&]() -> plinth_status * {
    if (!out)
      return error(PLINTH_STATUS_INVALID_ARGUMENT,
                   "plinth_tensor_wrap: out is NULL");
    *out = nullptr;
    plinth_tensor *tensor = nullptr;
    if (plinth_status *status = newTensor(dtype, dims, rank, tensor))
      return status;
    plinth_status *status = nullptr;
    if (data_size < tensor->byteSize)
      status = error(PLINTH_STATUS_INVALID_ARGUMENT, "a buffer of ", data_size,
                     " bytes is too small for a ", plinth_dtype_name(dtype),
                     " tensor of shape ", formatDims(dims, rank), " (",
                     tensor->byteSize, " bytes)");
    else if (!data && tensor->byteSize != 0)
      status = error(PLINTH_STATUS_INVALID_ARGUMENT,
                     "plinth_tensor_wrap: data is NULL");
    else if (reinterpret_cast<uintptr_t>(data) % plinth_dtype_size(dtype))
      status = error(PLINTH_STATUS_INVALID_ARGUMENT,
                     "plinth_tensor_wrap: data is not aligned to the ",
                     plinth_dtype_size(dtype), "-byte element size");
    if (status) {
      delete tensor;
      return status;
    }
    tensor->data = data;
    *out = tensor;
    return nullptr;
  });
}

PLINTH_RT_API void plinth_tensor_free(plinth_tensor *tensor) { delete tensor; }

PLINTH_RT_API void *plinth_tensor_data(const plinth_tensor *tensor) {
  return tensor ? tensor->data : nullptr;
}

PLINTH_RT_API plinth_dtype plinth_tensor_dtype(const plinth_tensor *tensor) {
  return tensor ? tensor->dtype : PLINTH_DTYPE_INVALID;
}

PLINTH_RT_API size_t plinth_tensor_rank(const plinth_tensor *tensor) {
  return tensor ? tensor->dims.size() : 0;
}

PLINTH_RT_API const int64_t *plinth_tensor_dims(const plinth_tensor *tensor) {
  return tensor && !tensor->dims.empty() ? tensor->dims.data() : nullptr;
}

PLINTH_RT_API size_t plinth_tensor_num_elements(const plinth_tensor *tensor) {
  return tensor ? tensor->numElements : 0;
}

PLINTH_RT_API size_t plinth_tensor_byte_size(const plinth_tensor *tensor) {
  return tensor ? tensor->byteSize : 0;
}

} // extern "C"
