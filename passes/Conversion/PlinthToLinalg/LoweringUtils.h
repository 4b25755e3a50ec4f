//===- LoweringUtils.h - Helpers shared by the plinth lowerings -*- C++ -*-===//

#ifndef PLINTH_PASSES_CONVERSION_PLINTHTOLINALG_LOWERINGUTILS_H
#define PLINTH_PASSES_CONVERSION_PLINTHTOLINALG_LOWERINGUTILS_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Builders.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace mlir::plinth::lowering {

/// Body builder of an elementwise linalg.generic: gets the scalar operands
/// (block arguments of the inputs) and returns the scalar result.
using ScalarBodyBuilder =
    llvm::function_ref<Value(OpBuilder &, Location, ValueRange)>;

/// Values for the dynamic dims of `type`, where `type` is the numpy broadcast
/// of `sources`: each dynamic dim is read (tensor.dim) from the first source
/// whose aligned dim is not a static 1.
SmallVector<Value> broadcastDynamicSizes(OpBuilder &b, Location loc,
                                         RankedTensorType type,
                                         ValueRange sources);

/// tensor.empty of `type` with `dynamicSizes` (one per dynamic dim).
Value createEmpty(OpBuilder &b, Location loc, RankedTensorType type,
                  ValueRange dynamicSizes);

/// The indexing map that reads an operand of `operandType` broadcast (numpy
/// rules: aligned right, static size-1 dims broadcast) into an iteration
/// space of `resultRank` dims.
AffineMap broadcastMap(MLIRContext *context, RankedTensorType operandType,
                       int64_t resultRank);

/// Sizes of the numpy broadcast of `operands` as `resultType` has them:
/// static dims as attributes, dynamic ones computed at run time.
SmallVector<OpFoldResult> runtimeBroadcastSizes(OpBuilder &b, Location loc,
                                                RankedTensorType resultType,
                                                ValueRange operands);

/// `operand` (aligned right onto `sizes`) made safe to read with broadcast
/// maps: dims that may differ from their target at run time are checked, and
/// on a mismatch the operand is copied at the target size reading index
/// min(i, dim - 1) (a size-1 dim broadcasts; a bad size stays in bounds).
Value conformToSizes(OpBuilder &b, Location loc, Value operand,
                     ArrayRef<OpFoldResult> sizes);

/// An elementwise linalg.generic over `operands` broadcast to `resultType`,
/// dynamic broadcasts resolved at run time (conformToSizes), so it never
/// reads out of bounds when a `?` dim turns out to be 1.
Value buildElementwise(OpBuilder &b, Location loc, RankedTensorType resultType,
                       ValueRange operands, ScalarBodyBuilder body);

/// A scalar constant of `type` (float, signed/unsigned integer or i1).
Value scalarConstant(OpBuilder &b, Location loc, Type type, double value);

/// A tensor filled with `value` (tensor.empty + linalg.fill).
Value createFilled(OpBuilder &b, Location loc, RankedTensorType type,
                   ValueRange dynamicSizes, Value value);

/// Converts scalar `value` to `target`, with the signedness the element types
/// carry (`ui8` is unsigned). Float to int truncates toward zero; to i1 is
/// `!= 0`.
Value convertScalar(OpBuilder &b, Location loc, Value value, Type source,
                    Type target);

/// convertScalar, but float to integer maps NaN to 0 and saturates (no LLVM
/// poison). Defined in Elementwise.cpp beside its integer helpers.
Value convertElement(OpBuilder &b, Location loc, Value value, Type source,
                     Type target);

/// Integer types: is the element type unsigned (`ui8`...)?
inline bool isUnsigned(Type type) { return type.isUnsignedInteger(); }

/// Scalar op on signless arith values standing for `type` elements.
/// Integer arith ops need signless types: plinth's `ui8`/`si8` element types
/// are converted to signless in the generic's block arguments.
Type toSignless(Type type);
RankedTensorType toSignless(RankedTensorType type);

//===----------------------------------------------------------------------===//
// Small element types (SmallTypes.cpp): float8, FLOAT4E2M1, 4/2-bit integers.
// Lowered tensors hold them one per byte (i8); only casts compute with them.
//===----------------------------------------------------------------------===//

/// True for the element types stored one per byte as i8.
bool isByteStorageType(Type type);
/// The f32 value of a small float's bit pattern (in an i8).
Value decodeSmallFloat(OpBuilder &b, Location loc, Value byte, Type type);
/// The bit pattern (an i8) of f32 `x` in small float `type`, rounded to
/// nearest even; overflow saturates, or becomes inf (E5M2) or NaN.
Value encodeSmallFloat(OpBuilder &b, Location loc, Value x, Type type,
                       bool saturate);
/// An i8 wrapped into the 4/2-bit integer `type` (sign- or zero-extended).
Value wrapNarrowInteger(OpBuilder &b, Location loc, Value byte, Type type);
/// convertElement where `source` or `target` may be a small type (its value
/// is then the i8 storage).
Value convertSmallElement(OpBuilder &b, Location loc, Value value, Type source,
                          Type target, bool saturate);

/// Fails the pattern, with an op error the compiler reports, for element
/// types the scalar arithmetic does not handle (complex, index, and the small
/// types outside casts).
LogicalResult requireNumbers(Operation *op, Type element,
                             ConversionPatternRewriter &rewriter);

} // namespace mlir::plinth::lowering

#endif // PLINTH_PASSES_CONVERSION_PLINTHTOLINALG_LOWERINGUTILS_H
