//===- Tensors.cpp - ONNX TensorProto to plinth constants -----------------===//
//
// Initializers and Constant tensors become:
//  - a `dense` literal when small (shape tensors, scalars), so folders and
//    converters can read them;
//  - a `dense_resource` blob that takes over the protobuf's raw_data buffer
//    (the weights are never copied after the protobuf parse);
//  - a `plinth.external_weight` reference for external data, after checking
//    that the file stays inside the model folder and holds the whole range.
//
//===----------------------------------------------------------------------===//

#include "lib/Importer/ONNX/ImporterState.h"

#include "dialects/Plinth/PlinthOps.h"
#include "dialects/Plinth/ShapeUtils.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/Path.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mlir;
using namespace mlir::plinth;
using namespace mlir::plinth::onnx_importer;

namespace {

/// Tensors up to this many elements become dense literals (any dtype).
constexpr int64_t kSmallLiteralElements = 16;
/// Integer and bool tensors up to this many elements become dense literals,
/// so that shape arithmetic can fold.
constexpr int64_t kSmallIntLiteralElements = 1024;

/// Bytes per element in ONNX raw_data (bool: one byte).
int64_t storageBytes(Type element) {
  if (element.isInteger(1))
    return 1;
  return element.getIntOrFloatBitWidth() / 8;
}

} // namespace

Type mlir::plinth::onnx_importer::convertElementType(MLIRContext &context,
                                                     int32_t dataType) {
  Builder b(&context);
  switch (dataType) {
  case onnx::TensorProto::FLOAT:
    return b.getF32Type();
  case onnx::TensorProto::DOUBLE:
    return b.getF64Type();
  case onnx::TensorProto::FLOAT16:
    return b.getF16Type();
  case onnx::TensorProto::BFLOAT16:
    return b.getBF16Type();
  case onnx::TensorProto::INT8:
    return b.getIntegerType(8);
  case onnx::TensorProto::INT16:
    return b.getIntegerType(16);
  case onnx::TensorProto::INT32:
    return b.getIntegerType(32);
  case onnx::TensorProto::INT64:
    return b.getIntegerType(64);
  case onnx::TensorProto::UINT8:
    return b.getIntegerType(8, /*isSigned=*/false);
  case onnx::TensorProto::UINT16:
    return b.getIntegerType(16, false);
  case onnx::TensorProto::UINT32:
    return b.getIntegerType(32, false);
  case onnx::TensorProto::UINT64:
    return b.getIntegerType(64, false);
  case onnx::TensorProto::BOOL:
    return b.getI1Type();
  // Small types: only casts compute with them (one element per byte when
  // lowered).
  case onnx::TensorProto::FLOAT8E4M3FN:
    return b.getType<Float8E4M3FNType>();
  case onnx::TensorProto::FLOAT8E4M3FNUZ:
    return b.getType<Float8E4M3FNUZType>();
  case onnx::TensorProto::FLOAT8E5M2:
    return b.getType<Float8E5M2Type>();
  case onnx::TensorProto::FLOAT8E5M2FNUZ:
    return b.getType<Float8E5M2FNUZType>();
  case onnx::TensorProto::FLOAT4E2M1:
    return b.getType<Float4E2M1FNType>();
  case onnx::TensorProto::INT4:
    return b.getIntegerType(4);
  case onnx::TensorProto::UINT4:
    return b.getIntegerType(4, false);
  case onnx::TensorProto::INT2:
    return b.getIntegerType(2);
  case onnx::TensorProto::UINT2:
    return b.getIntegerType(2, false);
  default:
    return nullptr;
  }
}

std::string mlir::plinth::onnx_importer::dataTypeName(int32_t dataType) {
  if (onnx::TensorProto::DataType_IsValid(dataType))
    return onnx::TensorProto::DataType_Name(
        static_cast<onnx::TensorProto::DataType>(dataType));
  return "data type " + std::to_string(dataType);
}

namespace {

/// Where an external tensor lives, after validation.
struct ExternalRange {
  std::string relativePath;
  std::string absolutePath;
  int64_t offset = 0;
  int64_t length = 0;
};

/// Resolves a tensor's external_data entries. The file must be a regular
/// file inside `modelDir` (no absolute paths, no `..`, no symlink leaving
/// the folder) that holds `expectedBytes` at `offset`.
FailureOr<ExternalRange> resolveExternal(const onnx::TensorProto &tensor,
                                         llvm::StringRef modelDir,
                                         int64_t expectedBytes,
                                         std::string &error) {
  ExternalRange range;
  bool hasLength = false;
  for (const onnx::StringStringEntryProto &entry : tensor.external_data()) {
    if (entry.key() == "location") {
      range.relativePath = entry.value();
    } else if (entry.key() == "offset" || entry.key() == "length") {
      int64_t value;
      if (llvm::StringRef(entry.value()).getAsInteger(10, value) || value < 0) {
        error = "external data " + entry.key() + " '" + entry.value() +
                "' is not a non-negative integer";
        return failure();
      }
      if (entry.key() == "offset") {
        range.offset = value;
      } else {
        range.length = value;
        hasLength = true;
      }
    }
  }
  llvm::StringRef location = range.relativePath;
  if (location.empty()) {
    error = "external data has no location";
    return failure();
  }
  if (llvm::sys::path::is_absolute(location) || location.starts_with("~") ||
      location.contains('\0')) {
    error = "external data location '" + range.relativePath +
            "' must be a relative path inside the model folder";
    return failure();
  }
  for (auto it = llvm::sys::path::begin(location),
            end = llvm::sys::path::end(location);
       it != end; ++it) {
    if (*it == "..") {
      error = "external data location '" + range.relativePath +
              "' leaves the model folder ('..')";
      return failure();
    }
  }
  llvm::SmallString<256> joined(modelDir);
  llvm::sys::path::append(joined, location);
  llvm::SmallString<256> real;
  if (llvm::sys::fs::real_path(joined, real)) {
    error = "external data file '" + range.relativePath + "' does not exist";
    return failure();
  }
  llvm::SmallString<256> prefix(modelDir);
  prefix.push_back('/');
  if (!llvm::StringRef(real).starts_with(prefix)) {
    error = "external data location '" + range.relativePath +
            "' resolves outside the model folder (symlink to '" +
            std::string(real) + "')";
    return failure();
  }
  llvm::sys::fs::file_status status;
  if (llvm::sys::fs::status(real, status) ||
      status.type() != llvm::sys::fs::file_type::regular_file) {
    error = "external data location '" + range.relativePath +
            "' is not a regular file";
    return failure();
  }
  int64_t fileSize = status.getSize();
  if (!hasLength)
    range.length = expectedBytes;
  if (range.length != expectedBytes) {
    error = "external data length " + std::to_string(range.length) +
            " does not match the " + std::to_string(expectedBytes) +
            " bytes the dims and data type need";
    return failure();
  }
  int64_t end;
  if (llvm::AddOverflow(range.offset, range.length, end) || end > fileSize) {
    error = "external data range [" + std::to_string(range.offset) + ", " +
            std::to_string(range.offset) + " + " + std::to_string(range.length) +
            ") is beyond the end of '" + range.relativePath + "' (" +
            std::to_string(fileSize) + " bytes)";
    return failure();
  }
  range.absolutePath = std::string(real);
  return range;
}

/// Reads [offset, offset+length) of `path` (small tensors only).
bool readRange(const std::string &path, int64_t offset, int64_t length,
               std::vector<char> &bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return false;
  bytes.resize(length);
  int64_t done = 0;
  while (done < length) {
    ssize_t n = ::pread(fd, bytes.data() + done, length - done, offset + done);
    if (n <= 0)
      break;
    done += n;
  }
  ::close(fd);
  return done == length;
}

/// Copies the typed repeated field holding `count` elements of `element`
/// into little-endian storage. Returns false when the field has the wrong
/// number of values.
bool typedFieldBytes(const onnx::TensorProto &tensor, Type element,
                     int64_t count, std::vector<char> &bytes) {
  int64_t width = storageBytes(element);
  bytes.resize(count * width);
  auto store = [&](int64_t i, uint64_t bits) {
    std::memcpy(bytes.data() + i * width, &bits, width);
  };
  switch (tensor.data_type()) {
  case onnx::TensorProto::FLOAT:
    if (tensor.float_data_size() != count)
      return false;
    std::memcpy(bytes.data(), tensor.float_data().data(), count * 4);
    return true;
  case onnx::TensorProto::DOUBLE:
    if (tensor.double_data_size() != count)
      return false;
    std::memcpy(bytes.data(), tensor.double_data().data(), count * 8);
    return true;
  case onnx::TensorProto::INT64:
    if (tensor.int64_data_size() != count)
      return false;
    std::memcpy(bytes.data(), tensor.int64_data().data(), count * 8);
    return true;
  case onnx::TensorProto::UINT32:
  case onnx::TensorProto::UINT64:
    if (tensor.uint64_data_size() != count)
      return false;
    for (int64_t i = 0; i < count; ++i)
      store(i, tensor.uint64_data(i));
    return true;
  default:
    // INT8/16/32, UINT8/16, BOOL, FLOAT16, BFLOAT16 live in int32_data.
    if (tensor.int32_data_size() != count)
      return false;
    for (int64_t i = 0; i < count; ++i)
      store(i, uint64_t(uint32_t(tensor.int32_data(i))));
    return true;
  }
}

/// A dense literal from little-endian element bytes.
ElementsAttr literalFromBytes(RankedTensorType type, ArrayRef<char> bytes) {
  if (type.getElementType().isInteger(1)) {
    SmallVector<bool> bits;
    for (char byte : bytes)
      bits.push_back(byte != 0);
    return DenseElementsAttr::get(type, bits);
  }
  return DenseElementsAttr::getFromRawBuffer(type, bytes);
}

} // namespace

FailureOr<Value>
ImporterState::importPackedTensor(OpBuilder &builder, Location loc,
                                  const onnx::TensorProto &tensor,
                                  RankedTensorType type, llvm::StringRef what) {
  // 4- and 2-bit elements: packed lowest bits first, in raw_data bytes or
  // one packed byte per int32_data value.
  Type element = type.getElementType();
  unsigned width = element.getIntOrFloatBitWidth();
  int64_t count = type.getNumElements();
  if (tensor.data_location() == onnx::TensorProto::EXTERNAL) {
    unsupported.push_back((what + ": external " +
                           dataTypeName(tensor.data_type()) +
                           " data is not supported")
                              .str());
    return failure();
  }
  int64_t perByte = 8 / width;
  int64_t packed = (count + perByte - 1) / perByte;
  std::vector<unsigned char> bytes;
  if (tensor.has_raw_data()) {
    bytes.assign(tensor.raw_data().begin(), tensor.raw_data().end());
  } else {
    for (int32_t value : tensor.int32_data()) {
      if (value < 0 || value > 255) {
        malformed.push_back((what + ": int32_data value " + llvm::Twine(value) +
                             " is not a packed byte")
                                .str());
        return failure();
      }
      bytes.push_back(static_cast<unsigned char>(value));
    }
  }
  if (int64_t(bytes.size()) != packed) {
    malformed.push_back((what + ": " + llvm::Twine(bytes.size()) +
                         " packed bytes for " + llvm::Twine(count) + " " +
                         dataTypeName(tensor.data_type()) + " elements (" +
                         llvm::Twine(packed) + " needed)")
                            .str());
    return failure();
  }
  SmallVector<APInt> values;
  for (int64_t i = 0; i < count; ++i) {
    unsigned byte = bytes[i / perByte];
    values.push_back(
        APInt(width, (byte >> ((i % perByte) * width)) & ((1u << width) - 1)));
  }
  if (auto floatType = dyn_cast<FloatType>(element)) {
    SmallVector<APFloat> floats;
    for (const APInt &bits : values)
      floats.push_back(APFloat(floatType.getFloatSemantics(), bits));
    return ConstantOp::create(
               builder, loc,
               cast<ElementsAttr>(DenseElementsAttr::get(type, floats)))
        .getResult();
  }
  return ConstantOp::create(
             builder, loc,
             cast<ElementsAttr>(DenseElementsAttr::get(type, values)))
      .getResult();
}

FailureOr<Value> ImporterState::importTensor(OpBuilder &builder, Location loc,
                                             onnx::TensorProto &tensor,
                                             llvm::StringRef what) {
  auto fail = [&](const llvm::Twine &reason) -> FailureOr<Value> {
    malformed.push_back((what + ": " + reason).str());
    return failure();
  };
  Type element = convertElementType(context, tensor.data_type());
  if (!element) {
    unsupported.push_back((what + ": data type " +
                           dataTypeName(tensor.data_type()) + " is not supported")
                              .str());
    return failure();
  }
  if (tensor.has_segment())
    return fail("segmented tensors are not supported");
  SmallVector<int64_t> dims;
  for (int64_t dim : tensor.dims()) {
    if (dim < 0)
      return fail("dim " + llvm::Twine(dim) + " is negative");
    dims.push_back(dim);
  }
  std::optional<int64_t> count = checkedProduct(dims);
  if (!count || *count < 0)
    return fail("dims " + formatShape(dims) + " overflow the element count");
  auto type = RankedTensorType::get(dims, element);
  if (element.getIntOrFloatBitWidth() < 8 && !element.isInteger(1))
    return importPackedTensor(builder, loc, tensor, type, what);
  int64_t bytes = *count * storageBytes(element);
  bool small = *count <= kSmallLiteralElements ||
               (isa<IntegerType>(element) && *count <= kSmallIntLiteralElements);

  if (tensor.data_location() == onnx::TensorProto::EXTERNAL) {
    std::string error;
    FailureOr<ExternalRange> range = resolveExternal(tensor, modelDir, bytes, error);
    if (failed(range))
      return fail(error);
    if (small) {
      std::vector<char> data;
      if (!readRange(range->absolutePath, range->offset, range->length, data))
        return fail("cannot read external data from '" + range->relativePath + "'");
      return ConstantOp::create(builder, loc, literalFromBytes(type, data))
          .getResult();
    }
    return ExternalWeightOp::create(builder, loc, type,
                                    builder.getStringAttr(range->relativePath),
                                    range->offset, range->length)
        .getResult();
  }

  if (tensor.has_raw_data()) {
    if (int64_t(tensor.raw_data().size()) != bytes)
      return fail("raw_data has " + llvm::Twine(tensor.raw_data().size()) +
                  " bytes but dims " + formatShape(dims) + " of " +
                  dataTypeName(tensor.data_type()) + " need " +
                  llvm::Twine(bytes));
    if (small)
      return ConstantOp::create(
                 builder, loc,
                 literalFromBytes(type, ArrayRef<char>(tensor.raw_data().data(),
                                                       tensor.raw_data().size())))
          .getResult();
    // Take over the protobuf's buffer: the blob's deleter frees it.
    std::string *owned = tensor.release_raw_data();
    size_t alignment = storageBytes(element);
    AsmResourceBlob blob;
    if (reinterpret_cast<uintptr_t>(owned->data()) % alignment == 0) {
      blob = AsmResourceBlob(
          ArrayRef<char>(owned->data(), owned->size()), alignment,
          [owned](void *, size_t, size_t) { delete owned; },
          /*dataIsMutable=*/false);
    } else {
      // std::string buffers come from operator new (16-byte aligned); realign
      // the rare exception with one copy.
      blob = HeapAsmResourceBlob::allocateAndCopyWithAlign(
          ArrayRef<char>(owned->data(), owned->size()), alignment);
      delete owned;
    }
    std::string blobName = tensor.name().empty() ? "weight" : tensor.name();
    auto attr = DenseResourceElementsAttr::get(type, blobName, std::move(blob));
    return ConstantOp::create(builder, loc, cast<ElementsAttr>(attr)).getResult();
  }

  // Typed repeated fields (float_data, int64_data, ...): one copy.
  std::vector<char> data;
  if (!typedFieldBytes(tensor, element, *count, data))
    return fail("the data fields do not hold the " + llvm::Twine(*count) +
                " values that dims " + formatShape(dims) + " need");
  if (small)
    return ConstantOp::create(builder, loc, literalFromBytes(type, data)).getResult();
  std::string blobName = tensor.name().empty() ? "weight" : tensor.name();
  AsmResourceBlob blob = HeapAsmResourceBlob::allocateAndCopyWithAlign(
      ArrayRef<char>(data.data(), data.size()), storageBytes(element));
  auto attr = DenseResourceElementsAttr::get(type, blobName, std::move(blob));
  return ConstantOp::create(builder, loc, cast<ElementsAttr>(attr)).getResult();
}
