//===- ShapeUtils.cpp - Shape arithmetic for the plinth dialect -----------===//

#include "dialects/Plinth/ShapeUtils.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace mlir::plinth {

std::optional<int64_t> checkedProduct(ArrayRef<int64_t> dims) {
  int64_t product = 1;
  for (int64_t dim : dims) {
    if (ShapedType::isDynamic(dim))
      return std::nullopt;
    if (dim < 0)
      return -2;
    int64_t next;
    if (llvm::MulOverflow(product, dim, next) || next > kMaxElements)
      return -2;
    product = next;
  }
  return product;
}

FailureOr<SmallVector<int64_t>> broadcastShapes(ArrayRef<int64_t> lhs,
                                                ArrayRef<int64_t> rhs,
                                                std::string &error) {
  size_t rank = std::max(lhs.size(), rhs.size());
  SmallVector<int64_t> result(rank);
  for (size_t i = 0; i < rank; ++i) {
    int64_t l = i < rank - lhs.size() ? 1 : lhs[i - (rank - lhs.size())];
    int64_t r = i < rank - rhs.size() ? 1 : rhs[i - (rank - rhs.size())];
    if (l == 1) {
      result[i] = r;
    } else if (r == 1) {
      result[i] = l;
    } else if (ShapedType::isDynamic(l)) {
      result[i] = r;
    } else if (ShapedType::isDynamic(r) || l == r) {
      result[i] = l;
    } else {
      error = "shapes " + formatShape(lhs) + " and " + formatShape(rhs) +
              " do not broadcast";
      return failure();
    }
  }
  return result;
}

FailureOr<int64_t> normalizeAxis(int64_t axis, int64_t rank) {
  if (axis < -rank || axis >= rank)
    return failure();
  return axis < 0 ? axis + rank : axis;
}

FailureOr<int64_t> windowOutputSize(int64_t in, int64_t kernel, int64_t stride,
                                    int64_t padBegin, int64_t padEnd,
                                    int64_t dilation, bool ceilMode) {
  if (ShapedType::isDynamic(in))
    return ShapedType::kDynamic;
  // All operands were range-checked by the verifier; use 128-bit-free checked
  // arithmetic anyway since attributes come from untrusted models.
  int64_t effectiveKernel, padded, span;
  if (llvm::MulOverflow(kernel - 1, dilation, effectiveKernel) ||
      llvm::AddOverflow(in, padBegin, padded) ||
      llvm::AddOverflow(padded, padEnd, padded) ||
      llvm::SubOverflow(padded - 1, effectiveKernel, span))
    return failure();
  if (span < 0)
    return failure();
  int64_t out = ceilMode ? llvm::divideCeil(span, stride) + 1 : span / stride + 1;
  // ONNX: with ceil_mode the last window must start inside the padded input.
  if (ceilMode && (out - 1) * stride >= in + padBegin)
    --out;
  return out;
}

int64_t clampedSliceLength(int64_t dim, int64_t &start, int64_t &end,
                           int64_t step) {
  if (start < 0)
    start = start < -dim ? 0 : start + dim;
  if (end < 0)
    end = end < -dim ? -1 : end + dim;
  // ceil(span / |step|) without overflow: span is at most dim + 1, while
  // |step| may be as large as 2^63 (steps come from untrusted models).
  auto stepsIn = [step](int64_t span) -> int64_t {
    uint64_t magnitude = step > 0 ? uint64_t(step) : 0 - uint64_t(step);
    return int64_t((uint64_t(span) - 1) / magnitude + 1);
  };
  if (step > 0) {
    start = std::min(start, dim);
    end = std::min(end, dim);
    end = std::max<int64_t>(end, 0);
    return end > start ? stepsIn(end - start) : 0;
  }
  start = std::min(start, dim - 1);
  end = std::min(end, dim - 1);
  return start > end ? stepsIn(start - end) : 0;
}

std::string formatShape(ArrayRef<int64_t> shape) {
  std::string text;
  llvm::raw_string_ostream os(text);
  if (shape.empty())
    return "scalar";
  llvm::interleave(
      shape, os,
      [&](int64_t dim) {
        if (ShapedType::isDynamic(dim))
          os << '?';
        else
          os << dim;
      },
      "x");
  return text;
}

} // namespace mlir::plinth
