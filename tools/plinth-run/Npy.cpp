//===- Npy.cpp - NumPy .npy files -----------------------------------------===//
//
// The format (numpy.lib.format): the magic "\x93NUMPY", a major and minor
// version byte, the header length (uint16 for 1.0, uint32 for 2.0 and 3.0),
// then the header: a Python dict literal with exactly the keys 'descr',
// 'fortran_order' and 'shape', padded with spaces and ended by '\n'. The raw
// array data follows.
//
//===----------------------------------------------------------------------===//

#include "TensorFiles.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "plinth-run assumes a little-endian host");

using namespace plinth::run;

namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr size_t kMagicSize = 6;
/// Real headers are well under 1 KiB; NumPy itself refuses more than 10000
/// bytes by default.
constexpr size_t kMaxHeaderSize = 65536;

struct NpyType {
  const char *descr;
  plinth_dtype dtype;
};

/// The accepted descrs; the first one of a dtype is the one written.
constexpr NpyType kNpyTypes[] = {
    {"<f4", PLINTH_DTYPE_F32}, {"<f8", PLINTH_DTYPE_F64},
    {"<f2", PLINTH_DTYPE_F16}, {"|i1", PLINTH_DTYPE_I8},
    {"<i1", PLINTH_DTYPE_I8},  {"<i2", PLINTH_DTYPE_I16},
    {"<i4", PLINTH_DTYPE_I32}, {"<i8", PLINTH_DTYPE_I64},
    {"|u1", PLINTH_DTYPE_U8},  {"<u1", PLINTH_DTYPE_U8},
    {"<u2", PLINTH_DTYPE_U16}, {"<u4", PLINTH_DTYPE_U32},
    {"<u8", PLINTH_DTYPE_U64}, {"|b1", PLINTH_DTYPE_BOOL},
};

/// The descr an output of `dtype` is written with: ONNX's small types have
/// no NumPy dtype, so their bytes (plinth/runtime.h) are written as uint8 -
/// float8, f4e2m1 and f8e8m0 bit patterns, u4 and u2 values - or as int8 (i4
/// and i2 values). Never read back: .npy inputs of these types cannot be
/// told from u8 and i8 ones.
const char *writtenDescr(plinth_dtype dtype) {
  switch (dtype) {
  case PLINTH_DTYPE_BF16: // widened, exactly
    return "<f4";
  case PLINTH_DTYPE_F8E4M3FN:
  case PLINTH_DTYPE_F8E4M3FNUZ:
  case PLINTH_DTYPE_F8E5M2:
  case PLINTH_DTYPE_F8E5M2FNUZ:
  case PLINTH_DTYPE_F4E2M1:
  case PLINTH_DTYPE_F8E8M0:
  case PLINTH_DTYPE_U4:
  case PLINTH_DTYPE_U2:
    return "|u1";
  case PLINTH_DTYPE_I4:
  case PLINTH_DTYPE_I2:
    return "|i1";
  default:
    for (const NpyType &type : kNpyTypes)
      if (type.dtype == dtype)
        return type.descr;
    return nullptr;
  }
}

struct FileCloser {
  void operator()(std::FILE *file) const { std::fclose(file); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

/// The header's parsed contents.
struct NpyHeader {
  std::string descr;
  bool fortranOrder = false;
  std::vector<int64_t> shape;
};

/// A strict parser for the subset of Python literal syntax NumPy writes.
class HeaderParser {
public:
  explicit HeaderParser(const std::string &text) : text(text) {}

  /// Empty on success, else what is wrong.
  std::string parse(NpyHeader &header) {
    if (text.empty() || text.back() != '\n')
      return "the header does not end with a newline";
    end = text.size() - 1;
    skipSpaces();
    if (!consume('{'))
      return expected("'{'");
    bool seenDescr = false, seenFortran = false, seenShape = false;
    while (true) {
      skipSpaces();
      if (consume('}'))
        break;
      std::string key;
      if (!parseString(key))
        return expected("a quoted key");
      skipSpaces();
      if (!consume(':'))
        return expected("':'");
      skipSpaces();
      if (key == "descr") {
        if (seenDescr)
          return "duplicate key 'descr'";
        seenDescr = true;
        if (!parseString(header.descr))
          return expected("a quoted dtype string for 'descr' (structured "
                          "dtypes are not supported)");
      } else if (key == "fortran_order") {
        if (seenFortran)
          return "duplicate key 'fortran_order'";
        seenFortran = true;
        if (consumeWord("True"))
          header.fortranOrder = true;
        else if (consumeWord("False"))
          header.fortranOrder = false;
        else
          return expected("True or False for 'fortran_order'");
      } else if (key == "shape") {
        if (seenShape)
          return "duplicate key 'shape'";
        seenShape = true;
        if (std::string problem = parseShape(header.shape); !problem.empty())
          return problem;
      } else {
        return "unexpected key '" + key + "'";
      }
      skipSpaces();
      if (consume(','))
        continue;
      skipSpaces();
      if (consume('}'))
        break;
      return expected("',' or '}'");
    }
    skipSpaces();
    if (pos != end)
      return "unexpected text after the closing '}'";
    if (!seenDescr || !seenFortran || !seenShape)
      return std::string("missing key '") +
             (!seenDescr     ? "descr"
              : !seenFortran ? "fortran_order"
                             : "shape") +
             "'";
    return "";
  }

private:
  std::string expected(const char *what) const {
    return std::string("expected ") + what +
           (pos >= end ? std::string(" at the end of the header")
                       : " at header offset " + std::to_string(pos));
  }

  void skipSpaces() {
    while (pos < end && text[pos] == ' ')
      ++pos;
  }

  bool consume(char c) {
    if (pos < end && text[pos] == c) {
      ++pos;
      return true;
    }
    return false;
  }

  bool consumeWord(const char *word) {
    size_t length = std::strlen(word);
    if (end - pos < length || text.compare(pos, length, word) != 0)
      return false;
    pos += length;
    return true;
  }

  /// A '...' or "..." string without escapes.
  bool parseString(std::string &value) {
    if (pos >= end || (text[pos] != '\'' && text[pos] != '"'))
      return false;
    char quoteChar = text[pos];
    size_t close = text.find(quoteChar, pos + 1);
    if (close == std::string::npos || close >= end)
      return false;
    value = text.substr(pos + 1, close - pos - 1);
    if (value.find('\\') != std::string::npos)
      return false;
    pos = close + 1;
    return true;
  }

  /// (), (N,), (N, M) or (N, M,) with non-negative decimal integers.
  std::string parseShape(std::vector<int64_t> &shape) {
    if (!consume('('))
      return expected("'(' for 'shape'");
    skipSpaces();
    if (consume(')'))
      return "";
    while (true) {
      skipSpaces();
      size_t start = pos;
      int64_t value = 0;
      while (pos < end && text[pos] >= '0' && text[pos] <= '9') {
        if (__builtin_mul_overflow(value, 10, &value) ||
            __builtin_add_overflow(value, text[pos] - '0', &value))
          return "a shape dim is too large";
        ++pos;
      }
      if (pos == start)
        return expected("a non-negative integer dim in 'shape'");
      if (shape.size() == PLINTH_MAX_RANK)
        return "the shape has more than " + std::to_string(PLINTH_MAX_RANK) +
               " dims";
      shape.push_back(value);
      skipSpaces();
      bool comma = consume(',');
      skipSpaces();
      if (consume(')')) {
        // Python needs the comma to make a one-element tuple.
        if (shape.size() == 1 && !comma)
          return "a one-dim shape must be written (N,)";
        return "";
      }
      if (!comma)
        return expected("',' or ')' in 'shape'");
    }
  }

  const std::string &text;
  size_t pos = 0;
  size_t end = 0;
};

std::string fileError(const std::string &path, const std::string &message) {
  return "'" + path + "': " + message;
}

uint32_t readLittleEndian(const unsigned char *bytes, size_t count) {
  uint32_t value = 0;
  for (size_t i = count; i-- > 0;)
    value = value << 8 | bytes[i];
  return value;
}

/// bf16 -> f32 is exact: bf16 is the upper half of an f32.
float widenBf16(uint16_t bits) {
  uint32_t wide = uint32_t(bits) << 16;
  float value;
  std::memcpy(&value, &wide, sizeof(value));
  return value;
}

} // namespace

bool plinth::run::checkedByteSize(plinth_dtype dtype, const int64_t *dims,
                                  size_t rank, size_t &numElements,
                                  size_t &byteSize) {
  if (rank > PLINTH_MAX_RANK)
    return false;
  uint64_t elements = 1;
  bool overflow = false;
  for (size_t i = 0; i < rank; ++i) {
    if (dims[i] < 0)
      return false;
    overflow = overflow ||
               __builtin_mul_overflow(elements, uint64_t(dims[i]), &elements);
  }
  uint64_t bytes = 0;
  if (overflow ||
      __builtin_mul_overflow(elements, uint64_t(plinth_dtype_size(dtype)),
                             &bytes) ||
      bytes > uint64_t(std::numeric_limits<int64_t>::max()) ||
      bytes > std::numeric_limits<size_t>::max())
    return false;
  numElements = size_t(elements);
  byteSize = size_t(bytes);
  return true;
}

std::string plinth::run::readNpy(const std::string &path, TensorPtr &out) {
  out.reset();
  FilePtr file(std::fopen(path.c_str(), "rb"));
  if (!file)
    return fileError(path, std::string("cannot open: ") + std::strerror(errno));
  struct stat info;
  if (fstat(fileno(file.get()), &info) != 0 || !S_ISREG(info.st_mode))
    return fileError(path, "not a regular file");
  uint64_t fileSize = uint64_t(info.st_size);

  unsigned char prefix[12];
  if (fileSize < 10 || std::fread(prefix, 1, 10, file.get()) != 10 ||
      std::memcmp(prefix, kMagic, kMagicSize) != 0)
    return fileError(path, "not a .npy file (no \\x93NUMPY magic)");
  unsigned major = prefix[6], minor = prefix[7];
  if (major < 1 || major > 3 || minor != 0)
    return fileError(
        path, "unsupported .npy format version " + std::to_string(major) + "." +
                  std::to_string(minor) + " (supported: 1.0, 2.0, 3.0)");
  size_t prefixSize = major == 1 ? 10 : 12;
  if (major != 1 &&
      (fileSize < 12 || std::fread(prefix + 10, 1, 2, file.get()) != 2))
    return fileError(path, "truncated .npy header");
  uint64_t headerSize = readLittleEndian(prefix + 8, major == 1 ? 2 : 4);
  if (headerSize > kMaxHeaderSize)
    return fileError(path, "the .npy header length " +
                               std::to_string(headerSize) +
                               " exceeds the limit of " +
                               std::to_string(kMaxHeaderSize) + " bytes");
  if (fileSize < prefixSize + headerSize)
    return fileError(path, "truncated .npy header (the header says " +
                               std::to_string(headerSize) +
                               " bytes, the file "
                               "has " +
                               std::to_string(fileSize - prefixSize) + ")");
  std::string headerText(headerSize, '\0');
  if (std::fread(headerText.data(), 1, headerSize, file.get()) != headerSize)
    return fileError(path, "cannot read the .npy header");

  NpyHeader header;
  if (std::string problem = HeaderParser(headerText).parse(header);
      !problem.empty())
    return fileError(path, "malformed .npy header: " + problem);
  plinth_dtype dtype = PLINTH_DTYPE_INVALID;
  for (const NpyType &type : kNpyTypes)
    if (header.descr == type.descr)
      dtype = type.dtype;
  if (dtype == PLINTH_DTYPE_INVALID) {
    std::string hint =
        !header.descr.empty() && header.descr[0] == '>'
            ? "big-endian data is not supported"
        : header.descr == "<V1" || header.descr == "|V1"
            ? "raw bytes, as NumPy saves ml_dtypes' float8, float4, int4, "
              "uint4, int2 and uint2 arrays; pass such inputs as ONNX "
              "TensorProto .pb files"
            : "supported: <f4 <f8 <f2 <i1 <i2 <i4 <i8 |u1 <u2 <u4 <u8 |b1";
    return fileError(path, "unsupported .npy dtype '" + header.descr + "' (" +
                               hint + ")");
  }
  if (header.fortranOrder)
    return fileError(path, "Fortran-order (column-major) arrays are not "
                           "supported; save a C-order array");

  size_t numElements = 0, byteSize = 0;
  if (!checkedByteSize(dtype, header.shape.data(), header.shape.size(),
                       numElements, byteSize))
    return fileError(path, "the .npy shape's size overflows");
  uint64_t dataSize = fileSize - prefixSize - headerSize;
  if (dataSize < byteSize)
    return fileError(path, "truncated .npy data: the shape needs " +
                               std::to_string(byteSize) +
                               " bytes, the file "
                               "has " +
                               std::to_string(dataSize));
  if (dataSize > byteSize)
    return fileError(path, "the .npy file has " +
                               std::to_string(dataSize - byteSize) +
                               " bytes after the array data");

  plinth_tensor *tensor = nullptr;
  if (plinth_status *status = plinth_tensor_create(
          dtype, header.shape.data(), header.shape.size(), &tensor)) {
    std::string message = plinth_status_get_message(status);
    plinth_status_free(status);
    return fileError(path, message);
  }
  out.reset(tensor);
  auto *data = static_cast<unsigned char *>(plinth_tensor_data(tensor));
  if (std::fread(data, 1, byteSize, file.get()) != byteSize) {
    out.reset();
    return fileError(path, "cannot read the .npy data");
  }
  if (dtype == PLINTH_DTYPE_BOOL)
    for (size_t i = 0; i < byteSize; ++i)
      if (data[i] > 1) {
        out.reset();
        return fileError(path, "bool element " + std::to_string(i) +
                                   " is neither 0 nor 1");
      }
  return "";
}

std::string plinth::run::writeNpy(const std::string &path,
                                  const plinth_tensor *tensor) {
  plinth_dtype dtype = plinth_tensor_dtype(tensor);
  bool widen = dtype == PLINTH_DTYPE_BF16;
  const char *descr = writtenDescr(dtype);
  if (!descr)
    return fileError(path, std::string("cannot write dtype ") +
                               plinth_dtype_name(dtype) + " as .npy");

  size_t rank = plinth_tensor_rank(tensor);
  const int64_t *dims = plinth_tensor_dims(tensor);
  std::string header = std::string("{'descr': '") + descr +
                       "', 'fortran_order': False, 'shape': (";
  for (size_t i = 0; i < rank; ++i)
    header += std::to_string(dims[i]) + (rank == 1 || i + 1 < rank ? "," : "") +
              (i + 1 < rank ? " " : "");
  header += "), }";
  // Pad with spaces so that the data starts at a multiple of 64 bytes.
  size_t total = 10 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header += '\n';
  if (header.size() > 65535)
    return fileError(path, "the .npy header is too large");

  FilePtr file(std::fopen(path.c_str(), "wb"));
  if (!file)
    return fileError(path,
                     std::string("cannot create: ") + std::strerror(errno));
  unsigned char prefix[10];
  std::memcpy(prefix, kMagic, kMagicSize);
  prefix[6] = 1;
  prefix[7] = 0;
  prefix[8] = header.size() & 0xff;
  prefix[9] = header.size() >> 8;
  bool ok =
      std::fwrite(prefix, 1, sizeof(prefix), file.get()) == sizeof(prefix) &&
      std::fwrite(header.data(), 1, header.size(), file.get()) == header.size();
  const void *data = plinth_tensor_data(tensor);
  size_t byteSize = plinth_tensor_byte_size(tensor);
  if (ok && widen) {
    size_t count = plinth_tensor_num_elements(tensor);
    const auto *bits = static_cast<const uint16_t *>(data);
    std::vector<float> chunk;
    for (size_t start = 0; ok && start < count; start += 4096) {
      size_t n = std::min<size_t>(4096, count - start);
      chunk.resize(n);
      for (size_t i = 0; i < n; ++i)
        chunk[i] = widenBf16(bits[start + i]);
      ok = std::fwrite(chunk.data(), sizeof(float), n, file.get()) == n;
    }
  } else if (ok && byteSize > 0) {
    ok = std::fwrite(data, 1, byteSize, file.get()) == byteSize;
  }
  int closeResult = std::fclose(file.release());
  if (!ok || closeResult != 0)
    return fileError(path,
                     std::string("cannot write: ") + std::strerror(errno));
  return "";
}
