//===- TensorProto.cpp - Read an onnx.TensorProto without protobuf --------===//
//
// A minimal reader of the protobuf wire format for the TensorProto fields
// that carry a dense tensor (onnx.proto):
//
//   1 dims (int64, packed or not)    2 data_type (int32)
//   4 float_data (packed float)      5 int32_data (packed int32)
//   7 int64_data (packed int64)      8 name (string)
//   9 raw_data (bytes, little-endian) 10 double_data (packed double)
//   11 uint64_data (packed uint64)
//
// Other fields are skipped, except those that would change the meaning of
// the tensor, which are refused: segment (3), string_data (6),
// external_data (13) and data_location = EXTERNAL (14).
//
// ONNX's small types become one element per byte (plinth/runtime.h). In the
// file, float8 and float8e8m0 take one byte of raw_data or one int32_data
// value per element; 4-bit types (u4, i4, f4e2m1) are packed two per byte
// and 2-bit types (u2, i2) four per byte, element 0 in the lowest bits, both
// in raw_data and in int32_data (one packed byte per value; onnx.proto). The
// unused high bits of a last, partial byte are ignored.
//
//===----------------------------------------------------------------------===//

#include "TensorFiles.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <type_traits>
#include <vector>

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "plinth-run assumes a little-endian host");

using namespace plinth::run;

namespace {

enum WireType : uint32_t {
  kVarint = 0,
  kFixed64 = 1,
  kLengthDelimited = 2,
  kFixed32 = 5,
};

/// Bounds-checked reads from [pos, end).
class WireReader {
public:
  WireReader(const uint8_t *begin, const uint8_t *end) : pos(begin), end(end) {}

  bool atEnd() const { return pos == end; }

  bool varint(uint64_t &value) {
    value = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
      if (pos == end)
        return false;
      uint8_t byte = *pos++;
      // The tenth byte may only contribute the top bit.
      if (shift == 63 && byte > 1)
        return false;
      value |= uint64_t(byte & 0x7f) << shift;
      if (!(byte & 0x80))
        return true;
    }
    return false;
  }

  template <typename T> bool fixed(T &value) {
    if (size_t(end - pos) < sizeof(T))
      return false;
    std::memcpy(&value, pos, sizeof(T));
    pos += sizeof(T);
    return true;
  }

  bool bytes(const uint8_t *&data, size_t &size) {
    uint64_t length = 0;
    if (!varint(length) || length > uint64_t(end - pos))
      return false;
    data = pos;
    size = size_t(length);
    pos += size;
    return true;
  }

  bool skip(uint32_t wireType) {
    uint64_t ignored;
    const uint8_t *data;
    size_t size;
    switch (wireType) {
    case kVarint:
      return varint(ignored);
    case kFixed64:
      return fixed(ignored);
    case kLengthDelimited:
      return bytes(data, size);
    case kFixed32: {
      uint32_t value;
      return fixed(value);
    }
    default: // groups (3, 4) and reserved wire types
      return false;
    }
  }

private:
  const uint8_t *pos;
  const uint8_t *end;
};

/// The tensor's fields as read.
struct Proto {
  std::vector<int64_t> dims;
  int64_t dataType = 0;
  bool hasDataType = false;
  std::vector<float> floatData;
  std::vector<int64_t> int32Data; // int32 values, sign-extended
  std::vector<int64_t> int64Data;
  std::vector<double> doubleData;
  std::vector<uint64_t> uint64Data;
  const uint8_t *rawData = nullptr;
  size_t rawSize = 0;
  bool hasRawData = false;
  std::string name;
};

const char *kFieldNames[] = {
    "",           "dims",       "data_type",   "segment",
    "float_data", "int32_data", "string_data", "int64_data",
    "name",       "raw_data",   "double_data", "uint64_data"};

/// Reads a repeated numeric field, packed or not. `Element` is how one
/// value is encoded: a varint (uint64_t) or a fixed-size value.
template <typename Element, typename Store>
bool readRepeated(WireReader &reader, uint32_t wireType, Store &&store) {
  constexpr uint32_t elementWire = std::is_same_v<Element, uint64_t> ? kVarint
                                   : sizeof(Element) == 8            ? kFixed64
                                                                     : kFixed32;
  auto readOne = [&](WireReader &from) {
    Element value;
    bool ok;
    if constexpr (std::is_same_v<Element, uint64_t>)
      ok = from.varint(value);
    else
      ok = from.fixed(value);
    if (ok)
      store(value);
    return ok;
  };
  if (wireType == elementWire)
    return readOne(reader);
  if (wireType != kLengthDelimited)
    return false;
  const uint8_t *data;
  size_t size;
  if (!reader.bytes(data, size))
    return false;
  WireReader packed(data, data + size);
  while (!packed.atEnd())
    if (!readOne(packed))
      return false;
  return true;
}

/// Parses the message; empty on success.
std::string parseProto(const uint8_t *begin, const uint8_t *end, Proto &p) {
  WireReader reader(begin, end);
  while (!reader.atEnd()) {
    uint64_t key = 0;
    if (!reader.varint(key) || key >> 3 == 0 || key >> 3 > 0x1fffffff)
      return "malformed field key";
    uint64_t field = key >> 3;
    uint32_t wireType = uint32_t(key & 7);
    bool ok = true;
    switch (field) {
    case 1:
      ok = readRepeated<uint64_t>(
          reader, wireType, [&](uint64_t v) { p.dims.push_back(int64_t(v)); });
      break;
    case 2: {
      uint64_t v = 0;
      ok = wireType == kVarint && reader.varint(v);
      p.dataType = int64_t(v);
      p.hasDataType = true;
      break;
    }
    case 3:
      return "segmented tensors (field 'segment') are not supported";
    case 4:
      ok = readRepeated<float>(reader, wireType,
                               [&](float v) { p.floatData.push_back(v); });
      break;
    case 5:
      ok = readRepeated<uint64_t>(reader, wireType, [&](uint64_t v) {
        p.int32Data.push_back(int64_t(v));
      });
      break;
    case 6:
      return "string tensors are not supported";
    case 7:
      ok = readRepeated<uint64_t>(reader, wireType, [&](uint64_t v) {
        p.int64Data.push_back(int64_t(v));
      });
      break;
    case 8: {
      const uint8_t *data;
      size_t size;
      ok = wireType == kLengthDelimited && reader.bytes(data, size);
      if (ok)
        p.name.assign(reinterpret_cast<const char *>(data), size);
      break;
    }
    case 9:
      ok = wireType == kLengthDelimited && reader.bytes(p.rawData, p.rawSize);
      p.hasRawData = true;
      break;
    case 10:
      ok = readRepeated<double>(reader, wireType,
                                [&](double v) { p.doubleData.push_back(v); });
      break;
    case 11:
      ok = readRepeated<uint64_t>(
          reader, wireType, [&](uint64_t v) { p.uint64Data.push_back(v); });
      break;
    case 13:
      return "tensors with external data are not supported";
    case 14: {
      uint64_t v = 0;
      ok = wireType == kVarint && reader.varint(v);
      if (ok && v != 0)
        return "tensors with external data are not supported "
               "(data_location is EXTERNAL)";
      break;
    }
    default:
      ok = reader.skip(wireType);
      break;
    }
    if (!ok)
      return "truncated or malformed field " + std::to_string(field) +
             (field < sizeof(kFieldNames) / sizeof(kFieldNames[0])
                  ? std::string(" (") + kFieldNames[field] + ")"
                  : std::string());
  }
  return "";
}

/// Stores int32_data values into `data` as `T`, checking [lo, hi].
template <typename T>
std::string storeInt32Data(const std::vector<int64_t> &values, int64_t lo,
                           int64_t hi, void *data) {
  auto *out = static_cast<T *>(data);
  for (size_t i = 0; i < values.size(); ++i) {
    // Like protobuf, keep the low 32 bits of the varint (negative int32
    // values are written sign-extended to 64 bits).
    int64_t value = int32_t(uint32_t(values[i]));
    if (value < lo || value > hi)
      return "int32_data element " + std::to_string(i) + " (" +
             std::to_string(value) + ") is out of range for the data type";
    out[i] = static_cast<T>(value);
  }
  return "";
}

std::string fileError(const std::string &path, const std::string &message) {
  return "'" + path + "': " + message;
}

/// Bits per element of the types ONNX packs several to a byte; 0 otherwise.
unsigned packedBits(plinth_dtype dtype) {
  switch (dtype) {
  case PLINTH_DTYPE_U4:
  case PLINTH_DTYPE_I4:
  case PLINTH_DTYPE_F4E2M1:
    return 4;
  case PLINTH_DTYPE_U2:
  case PLINTH_DTYPE_I2:
    return 2;
  default:
    return 0;
  }
}

/// Unpacks `numElements` `bits`-wide elements (element 0 in the lowest bits
/// of byte 0) into one byte each, sign-extending i4 and i2.
void unpackElements(plinth_dtype dtype, const uint8_t *packed,
                    size_t numElements, void *data) {
  unsigned bits = packedBits(dtype);
  unsigned perByte = 8 / bits;
  uint8_t mask = uint8_t((1u << bits) - 1);
  bool isSigned = dtype == PLINTH_DTYPE_I4 || dtype == PLINTH_DTYPE_I2;
  auto *out = static_cast<uint8_t *>(data);
  for (size_t i = 0; i < numElements; ++i) {
    uint8_t value = (packed[i / perByte] >> (i % perByte * bits)) & mask;
    if (isSigned && (value >> (bits - 1)))
      value |= uint8_t(~mask); // sign-extend to int8
    out[i] = value;
  }
}

} // namespace

std::string plinth::run::readTensorProto(const std::string &path,
                                         TensorPtr &out,
                                         std::string &protoName) {
  out.reset();
  protoName.clear();
  std::FILE *file = std::fopen(path.c_str(), "rb");
  if (!file)
    return fileError(path, std::string("cannot open: ") + std::strerror(errno));
  struct stat info;
  std::vector<uint8_t> bytes;
  bool ok = fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode);
  if (ok) {
    bytes.resize(size_t(info.st_size));
    ok = std::fread(bytes.data(), 1, bytes.size(), file) == bytes.size();
  }
  std::fclose(file);
  if (!ok)
    return fileError(path, "cannot read the file");

  Proto p;
  if (std::string problem =
          parseProto(bytes.data(), bytes.data() + bytes.size(), p);
      !problem.empty())
    return fileError(path, "malformed TensorProto: " + problem);
  protoName = p.name;
  if (!p.hasDataType)
    return fileError(path, "malformed TensorProto: no data_type");

  plinth_dtype dtype = PLINTH_DTYPE_INVALID;
  switch (p.dataType) {
  case PLINTH_DTYPE_F32:
  case PLINTH_DTYPE_U8:
  case PLINTH_DTYPE_I8:
  case PLINTH_DTYPE_U16:
  case PLINTH_DTYPE_I16:
  case PLINTH_DTYPE_I32:
  case PLINTH_DTYPE_I64:
  case PLINTH_DTYPE_BOOL:
  case PLINTH_DTYPE_F16:
  case PLINTH_DTYPE_F64:
  case PLINTH_DTYPE_U32:
  case PLINTH_DTYPE_U64:
  case PLINTH_DTYPE_BF16:
  case PLINTH_DTYPE_F8E4M3FN:
  case PLINTH_DTYPE_F8E4M3FNUZ:
  case PLINTH_DTYPE_F8E5M2:
  case PLINTH_DTYPE_F8E5M2FNUZ:
  case PLINTH_DTYPE_U4:
  case PLINTH_DTYPE_I4:
  case PLINTH_DTYPE_F4E2M1:
  case PLINTH_DTYPE_F8E8M0:
  case PLINTH_DTYPE_U2:
  case PLINTH_DTYPE_I2:
    dtype = static_cast<plinth_dtype>(p.dataType);
    break;
  default:
    return fileError(path, "unsupported TensorProto data_type " +
                               std::to_string(p.dataType) +
                               " (strings, complex numbers and 6-bit floats "
                               "are not supported)");
  }

  size_t numElements = 0, byteSize = 0;
  for (size_t i = 0; i < p.dims.size(); ++i)
    if (p.dims[i] < 0)
      return fileError(path, "dim " + std::to_string(i) + " is negative (" +
                                 std::to_string(p.dims[i]) + ")");
  if (p.dims.size() > PLINTH_MAX_RANK)
    return fileError(path, "rank " + std::to_string(p.dims.size()) +
                               " exceeds the maximum rank " +
                               std::to_string(PLINTH_MAX_RANK));
  if (!checkedByteSize(dtype, p.dims.data(), p.dims.size(), numElements,
                       byteSize))
    return fileError(path, "the tensor's size overflows");

  // Which typed field may hold this dtype's values.
  size_t typedCount = 0;
  const char *typedField = nullptr;
  switch (dtype) {
  case PLINTH_DTYPE_F32:
    typedCount = p.floatData.size(), typedField = "float_data";
    break;
  case PLINTH_DTYPE_I64:
    typedCount = p.int64Data.size(), typedField = "int64_data";
    break;
  case PLINTH_DTYPE_F64:
    typedCount = p.doubleData.size(), typedField = "double_data";
    break;
  case PLINTH_DTYPE_U32:
  case PLINTH_DTYPE_U64:
    typedCount = p.uint64Data.size(), typedField = "uint64_data";
    break;
  default:
    typedCount = p.int32Data.size(), typedField = "int32_data";
    break;
  }
  size_t valueFields = !p.floatData.empty() + !p.int32Data.empty() +
                       !p.int64Data.empty() + !p.doubleData.empty() +
                       !p.uint64Data.empty();
  if (valueFields > (typedCount > 0 ? 1u : 0u))
    return fileError(path, std::string("a ") + plinth_dtype_name(dtype) +
                               " TensorProto must keep its values in " +
                               typedField + " or raw_data");
  if (p.hasRawData && typedCount > 0)
    return fileError(path, std::string("the TensorProto has both raw_data "
                                       "and ") +
                               typedField);
  // Sub-byte types are packed in the file: raw_data and int32_data both hold
  // one packed byte per byte/value.
  unsigned bits = packedBits(dtype);
  size_t fileUnits = numElements; // bytes of raw_data, values of int32_data
  std::string packing;
  if (bits) {
    size_t perByte = 8 / bits;
    fileUnits = numElements / perByte + (numElements % perByte != 0);
    packing = " (" + std::to_string(numElements) + " " +
              plinth_dtype_name(dtype) + " elements, " +
              (perByte == 2 ? "two" : "four") + " per byte)";
  }
  size_t rawNeeded = bits ? fileUnits : byteSize;
  if (p.hasRawData && p.rawSize != rawNeeded)
    return fileError(path, "raw_data has " + std::to_string(p.rawSize) +
                               " bytes, the shape needs " +
                               std::to_string(rawNeeded) + packing);
  if (!p.hasRawData && typedCount != fileUnits)
    return fileError(path, std::string(typedField) + " has " +
                               std::to_string(typedCount) +
                               " values, the shape needs " +
                               std::to_string(fileUnits) + packing);

  plinth_tensor *tensor = nullptr;
  if (plinth_status *status =
          plinth_tensor_create(dtype, p.dims.data(), p.dims.size(), &tensor)) {
    std::string message = plinth_status_get_message(status);
    plinth_status_free(status);
    return fileError(path, message);
  }
  TensorPtr result(tensor);
  void *data = plinth_tensor_data(tensor);
  std::string problem;
  if (p.hasRawData && bits) {
    unpackElements(dtype, p.rawData, numElements, data);
  } else if (bits) {
    std::vector<uint8_t> packed(fileUnits);
    problem = storeInt32Data<uint8_t>(p.int32Data, 0, UINT8_MAX, packed.data());
    if (problem.empty())
      unpackElements(dtype, packed.data(), numElements, data);
  } else if (p.hasRawData) {
    if (byteSize)
      std::memcpy(data, p.rawData, byteSize);
    if (dtype == PLINTH_DTYPE_BOOL)
      for (size_t i = 0; i < byteSize && problem.empty(); ++i)
        if (p.rawData[i] > 1)
          problem = "bool element " + std::to_string(i) + " is neither 0 nor 1";
  } else if (byteSize != 0) {
    // (An empty tensor's fields are empty: nothing to copy, and memcpy from
    // an empty vector's null data() would be undefined.)
    switch (dtype) {
    case PLINTH_DTYPE_F32:
      std::memcpy(data, p.floatData.data(), byteSize);
      break;
    case PLINTH_DTYPE_I64:
      std::memcpy(data, p.int64Data.data(), byteSize);
      break;
    case PLINTH_DTYPE_F64:
      std::memcpy(data, p.doubleData.data(), byteSize);
      break;
    case PLINTH_DTYPE_U64:
      std::memcpy(data, p.uint64Data.data(), byteSize);
      break;
    case PLINTH_DTYPE_U32:
      for (size_t i = 0; i < numElements && problem.empty(); ++i) {
        if (p.uint64Data[i] > std::numeric_limits<uint32_t>::max())
          problem = "uint64_data element " + std::to_string(i) +
                    " is out of range for u32";
        static_cast<uint32_t *>(data)[i] = uint32_t(p.uint64Data[i]);
      }
      break;
    case PLINTH_DTYPE_I32:
      problem =
          storeInt32Data<int32_t>(p.int32Data, INT32_MIN, INT32_MAX, data);
      break;
    case PLINTH_DTYPE_I16:
      problem =
          storeInt32Data<int16_t>(p.int32Data, INT16_MIN, INT16_MAX, data);
      break;
    case PLINTH_DTYPE_I8:
      problem = storeInt32Data<int8_t>(p.int32Data, INT8_MIN, INT8_MAX, data);
      break;
    case PLINTH_DTYPE_U16:
    case PLINTH_DTYPE_F16:
    case PLINTH_DTYPE_BF16: // 16-bit patterns in int32_data
      problem = storeInt32Data<uint16_t>(p.int32Data, 0, UINT16_MAX, data);
      break;
    case PLINTH_DTYPE_U8:
    case PLINTH_DTYPE_F8E4M3FN: // 8-bit patterns in int32_data
    case PLINTH_DTYPE_F8E4M3FNUZ:
    case PLINTH_DTYPE_F8E5M2:
    case PLINTH_DTYPE_F8E5M2FNUZ:
    case PLINTH_DTYPE_F8E8M0:
      problem = storeInt32Data<uint8_t>(p.int32Data, 0, UINT8_MAX, data);
      break;
    case PLINTH_DTYPE_BOOL:
      problem = storeInt32Data<uint8_t>(p.int32Data, 0, 1, data);
      break;
    default:
      problem = "internal error: unhandled dtype";
      break;
    }
  }
  if (!problem.empty())
    return fileError(path, problem);
  out = std::move(result);
  return "";
}
