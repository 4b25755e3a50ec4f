//===- DataMovementUtils.h - Helpers of the data-movement lowerings -*- C++
//-*-===//
//
// Shared by DataMovement.cpp and Indexing.cpp. Memory safety: an index read
// from a tensor at run time is brought into range (a negative one gets the
// dim added, then it is clamped into [0, dim - 1]); where an empty dim leaves
// nothing to clamp to, the op yields zeros instead (an scf.if on the dim).
// Sizes that must agree at run time but cannot be checked statically are
// checked with cf.assert (legal in the conversion target); code generation
// turns each into an error status naming the node
// (plinth-cpu-checks-to-status), where onnxruntime raises an error.
//
//===----------------------------------------------------------------------===//

#ifndef PLINTH_PASSES_CONVERSION_PLINTHTOLINALG_DATAMOVEMENTUTILS_H
#define PLINTH_PASSES_CONVERSION_PLINTHTOLINALG_DATAMOVEMENTUTILS_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::plinth {

/// The lowerings of the gathers, scatters and resize (Indexing.cpp).
void populateIndexingLoweringPatterns(const TypeConverter &converter,
                                      RewritePatternSet &patterns);

namespace datamovement {

using Pred = arith::CmpIPredicate;

/// Scalar integer / index arithmetic at one insertion point.
struct Scalars {
  OpBuilder &b;
  Location loc;

  Value index(int64_t v) const {
    return arith::ConstantIndexOp::create(b, loc, v);
  }
  Value i64(int64_t v) const {
    return arith::ConstantIntOp::create(b, loc, v, 64);
  }
  Value add(Value x, Value y) const {
    return arith::AddIOp::create(b, loc, x, y);
  }
  Value sub(Value x, Value y) const {
    return arith::SubIOp::create(b, loc, x, y);
  }
  Value mul(Value x, Value y) const {
    return arith::MulIOp::create(b, loc, x, y);
  }
  Value div(Value x, Value y) const {
    return arith::DivSIOp::create(b, loc, x, y);
  }
  Value rem(Value x, Value y) const {
    return arith::RemSIOp::create(b, loc, x, y);
  }
  Value min(Value x, Value y) const {
    return arith::MinSIOp::create(b, loc, x, y);
  }
  Value max(Value x, Value y) const {
    return arith::MaxSIOp::create(b, loc, x, y);
  }
  Value cmp(Pred p, Value x, Value y) const {
    return arith::CmpIOp::create(b, loc, p, x, y);
  }
  Value select(Value c, Value x, Value y) const {
    return arith::SelectOp::create(b, loc, c, x, y);
  }
  Value both(Value x, Value y) const {
    return arith::AndIOp::create(b, loc, x, y);
  }
  Value clamp(Value x, Value lo, Value hi) const { return max(min(x, hi), lo); }
  Value toIndex(Value v) const {
    return v.getType().isIndex()
               ? v
               : arith::IndexCastOp::create(b, loc, b.getIndexType(), v)
                     .getResult();
  }
  Value toI64(Value v) const {
    if (v.getType().isInteger(64))
      return v;
    if (v.getType().isIndex())
      return arith::IndexCastOp::create(b, loc, b.getI64Type(), v);
    return arith::ExtSIOp::create(b, loc, b.getI64Type(), v);
  }
  Value toF32(Value indexValue) const {
    return arith::SIToFPOp::create(b, loc, b.getF32Type(), toI64(indexValue));
  }
  /// Dim `d` of tensor `t` as an index (a constant when static).
  Value dim(Value t, int64_t d) const {
    return getValueOrCreateConstantIndexOp(b, loc,
                                           tensor::getMixedSize(b, loc, t, d));
  }
  /// Element `i` of a 1-D tensor.
  Value at(Value t, int64_t i) const {
    return tensor::ExtractOp::create(b, loc, t, ValueRange{index(i)});
  }
  /// Fails the run with `message` unless `cond` holds.
  void check(Value cond, const Twine &message) const {
    cf::AssertOp::create(b, loc, cond, b.getStringAttr(message));
  }
};

/// The loop indices of a linalg.generic body, created on first use.
class LoopIndices {
public:
  LoopIndices(OpBuilder &b, Location loc, int64_t rank)
      : b(b), loc(loc), ivs(rank) {}
  Value operator[](int64_t d) {
    if (!ivs[d])
      ivs[d] = linalg::IndexOp::create(b, loc, d);
    return ivs[d];
  }
  /// Indices [begin, end).
  SmallVector<Value> range(int64_t begin, int64_t end) {
    SmallVector<Value> values;
    for (int64_t d = begin; d < end; ++d)
      values.push_back((*this)[d]);
    return values;
  }
  int64_t size() const { return ivs.size(); }

private:
  OpBuilder &b;
  Location loc;
  SmallVector<Value> ivs;
};

using IndexBodyBuilder = function_ref<Value(OpBuilder &, Location,
                                            LoopIndices &ivs, ValueRange args)>;

RankedTensorType convertedType(const TypeConverter *converter, Type type);

/// Fails (with an op error) when `op` has dynamic shapes, which may need
/// run-time checks, and the cf dialect is not loaded.
LogicalResult requireChecks(Operation *op, ConversionPatternRewriter &rewriter);

/// The values of the dynamic entries of `sizes`.
SmallVector<Value> dynamicSizes(OpBuilder &b, Location loc,
                                ArrayRef<OpFoldResult> sizes);

/// The tensor type with the static entries of `sizes`.
RankedTensorType typeFromSizes(ArrayRef<OpFoldResult> sizes, Type element);

/// `value` cast to `type`; a dynamic dim that becomes static is checked at
/// run time (a mismatch would make later code read out of bounds).
Value castChecked(OpBuilder &b, Location loc, Value value,
                  RankedTensorType type, StringRef what);

/// `index` (signed integer or index) as an index in [0, dim - 1]: a negative
/// index counts from the end, an out-of-range one is clamped.
Value clampIndex(OpBuilder &b, Location loc, Value index, Value dim);

/// A linalg.generic that fills a new tensor of `type`: `body` gets the loop
/// indices and the elements of `inputs` (read through `inputMaps`); it may
/// read other tensors with tensor.extract.
Value buildGeneric(OpBuilder &b, Location loc, RankedTensorType type,
                   ValueRange dynSizes, ValueRange inputs,
                   ArrayRef<AffineMap> inputMaps, IndexBodyBuilder body);

/// `build()` when every value of `dims` is positive, else a zero-filled
/// tensor: the ops that clamp indices into a dim have nothing to read from an
/// empty one (onnxruntime rejects such inputs).
Value guardNonEmpty(OpBuilder &b, Location loc, ArrayRef<Value> dims,
                    RankedTensorType type, ValueRange dynSizes,
                    function_ref<Value(OpBuilder &, Location)> build);

/// Adds dim `d` of `t` to `dims` when it may be empty at run time.
void addIfMaybeEmpty(SmallVectorImpl<Value> &dims, Scalars &s, Value t,
                     int64_t d);

} // namespace datamovement
} // namespace mlir::plinth

#endif // PLINTH_PASSES_CONVERSION_PLINTHTOLINALG_DATAMOVEMENTUTILS_H
