//===- ShapeUtils.h - Shape arithmetic for the plinth dialect ---*- C++ -*-===//
//
// Checked shape arithmetic shared by the op verifiers, type inference and the
// importer. Dims use ShapedType::kDynamic for unknown sizes.
//
//===----------------------------------------------------------------------===//

#ifndef PLINTH_DIALECTS_PLINTH_SHAPEUTILS_H
#define PLINTH_DIALECTS_PLINTH_SHAPEUTILS_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>

namespace mlir::plinth {

/// Largest element count Plinth accepts for one tensor (2^48).
inline constexpr int64_t kMaxElements = int64_t(1) << 48;

/// Product of `dims`, or std::nullopt when a dim is dynamic.
/// Returns -2 (never a valid count) when the product overflows kMaxElements.
std::optional<int64_t> checkedProduct(ArrayRef<int64_t> dims);

/// Numpy broadcast of two shapes. On mismatch returns failure and fills
/// `error`. A dynamic dim broadcast with 1 stays dynamic; with a static
/// size > 1 it becomes that size.
FailureOr<SmallVector<int64_t>> broadcastShapes(ArrayRef<int64_t> lhs,
                                                ArrayRef<int64_t> rhs,
                                                std::string &error);

/// Normalizes `axis` into [0, rank); failure when out of [-rank, rank).
FailureOr<int64_t> normalizeAxis(int64_t axis, int64_t rank);

/// Output size of one spatial dim of a window op (conv, pool).
/// Returns kDynamic for a dynamic input and failure for a size below 1.
FailureOr<int64_t> windowOutputSize(int64_t in, int64_t kernel, int64_t stride,
                                    int64_t padBegin, int64_t padEnd,
                                    int64_t dilation, bool ceilMode);

/// Number of elements in a slice [start, end) with `step` on a dim of size
/// `dim` after ONNX clamping of start and end.
int64_t clampedSliceLength(int64_t dim, int64_t &start, int64_t &end,
                           int64_t step);

/// Formats a shape like "2x?x8".
std::string formatShape(ArrayRef<int64_t> shape);

} // namespace mlir::plinth

#endif // PLINTH_DIALECTS_PLINTH_SHAPEUTILS_H
