//===- Contractions.cpp - plinth contractions to linalg -------------------===//
//
// Lowerings of the contraction family: matmul, einsum, conv, conv_transpose,
// pool, attention and rotary_embedding. Named linalg ops where they exist
// (matmul, batch_matmul, dot, conv_*, depthwise_conv_*, pooling_*),
// linalg.generic elsewhere. Floats narrower than f32 accumulate in f32 and
// are truncated at the end; integers accumulate in their own type (ONNX
// integer MatMul wraps around).
//
// Dynamic dims are read with tensor.dim. Like every linalg op, these
// lowerings assume that the sizes the graph requires to agree at run time
// (contraction dims, batch dims that are not a static 1) do agree: checking
// that belongs to the function boundary. Reads at computed indices
// (rotary_embedding, repeated kv heads) are clamped into range.
//
// Reshapes merge at most one dynamic dim per reassociation group: LLVM 22's
// expand-strided-metadata crashes on a memref.expand_shape group with more.
//
//===----------------------------------------------------------------------===//

#include "passes/Conversion/PlinthToLinalg/LoweringUtils.h"
#include "passes/Conversion/PlinthToLinalg/Transforms.h"

#include "dialects/Plinth/PlinthOps.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Utils/StructuredOpsUtils.h"
#include "mlir/IR/AffineMap.h"
#include "llvm/ADT/STLExtras.h"

#include <cmath>

namespace mlir::plinth {
namespace {

using namespace lowering;
using utils::IteratorType;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// Fails the lowering of `op` and leaves an error naming the missing case.
LogicalResult notSupported(Operation *op, ConversionPatternRewriter &rewriter,
                           const Twine &reason) {
  op->emitOpError("lowering to linalg is not supported yet: ") << reason;
  return rewriter.notifyMatchFailure(op, reason);
}

/// Index arithmetic on OpFoldResults that folds static operands (and x+0,
/// x*1, x/1). Divisions are only used on non-negative operands.
struct IndexMath {
  OpBuilder &b;
  Location loc;

  OpFoldResult c(int64_t v) { return b.getIndexAttr(v); }
  Value value(OpFoldResult x) {
    return getValueOrCreateConstantIndexOp(b, loc, x);
  }
  template <typename ArithOp, typename Fold>
  OpFoldResult binary(OpFoldResult x, OpFoldResult y, Fold fold) {
    std::optional<int64_t> cx = getConstantIntValue(x),
                           cy = getConstantIntValue(y);
    if (cx && cy)
      return c(fold(*cx, *cy));
    // Operands are materialized in order (argument order is unspecified).
    Value vx = value(x), vy = value(y);
    return ArithOp::create(b, loc, vx, vy).getResult();
  }
  OpFoldResult add(OpFoldResult x, OpFoldResult y) {
    return isConstantIntValue(y, 0)
               ? x
               : binary<arith::AddIOp>(x, y, std::plus<>());
  }
  OpFoldResult sub(OpFoldResult x, OpFoldResult y) {
    return isConstantIntValue(y, 0)
               ? x
               : binary<arith::SubIOp>(x, y, std::minus<>());
  }
  OpFoldResult mul(OpFoldResult x, OpFoldResult y) {
    if (isConstantIntValue(x, 1))
      return y;
    return isConstantIntValue(y, 1)
               ? x
               : binary<arith::MulIOp>(x, y, std::multiplies<>());
  }
  OpFoldResult div(OpFoldResult x, OpFoldResult y) {
    return isConstantIntValue(y, 1)
               ? x
               : binary<arith::DivSIOp>(x, y, std::divides<>());
  }
  OpFoldResult max(OpFoldResult x, OpFoldResult y) {
    return binary<arith::MaxSIOp>(
        x, y, [](int64_t u, int64_t v) { return std::max(u, v); });
  }
  OpFoldResult min(OpFoldResult x, OpFoldResult y) {
    return binary<arith::MinSIOp>(
        x, y, [](int64_t u, int64_t v) { return std::min(u, v); });
  }
  OpFoldResult select(Value cond, OpFoldResult x, OpFoldResult y) {
    Value vx = value(x), vy = value(y);
    return arith::SelectOp::create(b, loc, cond, vx, vy).getResult();
  }
  Value lt(OpFoldResult x, OpFoldResult y) {
    Value vx = value(x), vy = value(y);
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, vx, vy);
  }
};

SmallVector<int64_t> staticSizes(ArrayRef<OpFoldResult> sizes) {
  return llvm::map_to_vector(sizes, [](OpFoldResult size) {
    return getConstantIntValue(size).value_or(ShapedType::kDynamic);
  });
}

SmallVector<OpFoldResult> sizesOf(OpBuilder &b, Location loc, Value tensor) {
  return tensor::getMixedSizes(b, loc, tensor);
}

/// f16/bf16 accumulate in f32; other types in themselves.
Type accumulatorType(Type element) {
  if (isa<FloatType>(element) && element.getIntOrFloatBitWidth() < 32)
    return Float32Type::get(element.getContext());
  return element;
}

bool isNumeric(Type element) {
  return isa<FloatType>(element) ||
         (isa<IntegerType>(element) && !element.isInteger(1));
}

Value filled(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
             Value value) {
  Value empty = tensor::EmptyOp::create(b, loc, sizes, value.getType());
  return linalg::FillOp::create(b, loc, value, empty).getResult(0);
}

Value zeroFilled(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                 Type element) {
  return filled(b, loc, sizes, scalarConstant(b, loc, element, 0.0));
}

SmallVector<IteratorType> iterators(int64_t parallel, int64_t reduction = 0) {
  SmallVector<IteratorType> result(parallel, IteratorType::parallel);
  result.append(reduction, IteratorType::reduction);
  return result;
}

/// d`first`, ..., d`first + count - 1`.
SmallVector<AffineExpr> dims(MLIRContext *ctx, int64_t first, int64_t count) {
  SmallVector<AffineExpr> exprs;
  for (int64_t d = first; d < first + count; ++d)
    exprs.push_back(getAffineDimExpr(d, ctx));
  return exprs;
}

/// A linalg.generic into `init` whose body yields `body(block arguments)`.
Value generic(OpBuilder &b, Location loc, Value init, ValueRange ins,
              ArrayRef<AffineMap> maps, ArrayRef<IteratorType> iterators,
              ScalarBodyBuilder body) {
  return linalg::GenericOp::create(
             b, loc, init.getType(), ins, init, maps, iterators,
             [&](OpBuilder &nb, Location nl, ValueRange args) {
               linalg::YieldOp::create(nb, nl, body(nb, nl, args));
             })
      .getResult(0);
}

/// `acc + a * b` on scalars (a and b extended to the accumulator type).
Value multiplyAdd(OpBuilder &b, Location loc, Value x, Value y, Value acc) {
  Type type = acc.getType();
  if (!isa<FloatType>(type))
    return arith::AddIOp::create(b, loc, acc,
                                 arith::MulIOp::create(b, loc, x, y));
  if (x.getType() != type)
    x = arith::ExtFOp::create(b, loc, type, x);
  if (y.getType() != type)
    y = arith::ExtFOp::create(b, loc, type, y);
  return arith::AddFOp::create(b, loc, acc,
                               arith::MulFOp::create(b, loc, x, y));
}

/// Body of a contraction generic: (a, b, acc) -> acc + a * b.
Value contractionBody(OpBuilder &b, Location loc, ValueRange args) {
  return multiplyAdd(b, loc, args[0], args[1], args[2]);
}

Value collapse(OpBuilder &b, Location loc, Value source,
               ArrayRef<ReassociationIndices> groups) {
  return tensor::CollapseShapeOp::create(b, loc, source, groups);
}

Value expand(OpBuilder &b, Location loc, Value source,
             ArrayRef<ReassociationIndices> groups,
             ArrayRef<OpFoldResult> outputShape) {
  auto type = cast<RankedTensorType>(source.getType());
  auto resultType =
      RankedTensorType::get(staticSizes(outputShape), type.getElementType());
  return tensor::ExpandShapeOp::create(b, loc, resultType, source, groups,
                                       outputShape);
}

/// Reassociation of `rank` dims that merges [first, last] into one group.
SmallVector<ReassociationIndices> mergeGroups(int64_t rank, int64_t first,
                                              int64_t last) {
  SmallVector<ReassociationIndices> groups;
  for (int64_t d = 0; d < rank; ++d) {
    if (d <= first || d > last)
      groups.push_back({d});
    else
      groups.back().push_back(d);
  }
  return groups;
}

/// `value` converted elementwise to `element` (no-op when it already is).
Value convertElements(OpBuilder &b, Location loc, Value value, Type element) {
  auto type = cast<RankedTensorType>(value.getType());
  Type source = type.getElementType();
  if (source == element)
    return value;
  return buildElementwise(b, loc, type.clone(element), value,
                          [&](OpBuilder &nb, Location nl, ValueRange args) {
                            return convertScalar(nb, nl, args[0], source,
                                                 element);
                          });
}

/// `value` with the type `type` where the lowering lost static sizes.
Value castTo(OpBuilder &b, Location loc, Value value, Type type) {
  if (value.getType() == type)
    return value;
  return tensor::CastOp::create(b, loc, type, value);
}

Value padWith(OpBuilder &b, Location loc, Value source,
              ArrayRef<OpFoldResult> low, ArrayRef<OpFoldResult> high,
              Value padValue) {
  if (llvm::all_of(llvm::concat<const OpFoldResult>(low, high),
                   [](OpFoldResult p) { return isConstantIntValue(p, 0); }))
    return source;
  auto type = cast<RankedTensorType>(source.getType());
  SmallVector<int64_t> shape;
  for (auto [size, lo, hi] : llvm::zip(type.getShape(), low, high)) {
    std::optional<int64_t> l = getConstantIntValue(lo),
                           h = getConstantIntValue(hi);
    shape.push_back(ShapedType::isDynamic(size) || !l || !h
                        ? ShapedType::kDynamic
                        : size + *l + *h);
  }
  return tensor::PadOp::create(b, loc, type.clone(shape), source, low, high,
                               padValue);
}

/// `low`/`high` pads of an NC... tensor: none on N and C.
void spatialPads(IndexMath &im, ArrayRef<int64_t> begin, ArrayRef<int64_t> end,
                 SmallVector<OpFoldResult> &low,
                 SmallVector<OpFoldResult> &high) {
  low.assign(2, im.c(0));
  high.assign(2, im.c(0));
  for (auto [lo, hi] : llvm::zip(begin, end)) {
    low.push_back(im.c(lo));
    high.push_back(im.c(hi));
  }
}

/// A named convolution or pooling op with strides and dilations.
template <typename OpT>
Value windowOp(OpBuilder &b, Location loc, ValueRange ins, Value init,
               ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations) {
  auto type = RankedTensorType::get({int64_t(strides.size())}, b.getI64Type());
  return OpT::create(b, loc, init.getType(), ins, init,
                     DenseIntElementsAttr::get(type, strides),
                     DenseIntElementsAttr::get(type, dilations))
      .getResult(0);
}

/// The input index `o * stride + k * dilation` of a window generic.
AffineExpr windowIndex(MLIRContext *ctx, int64_t o, int64_t k, int64_t stride,
                       int64_t dilation) {
  return getAffineDimExpr(o, ctx) * stride +
         getAffineDimExpr(k, ctx) * dilation;
}

/// Output size of a window: floor((in - dil*(k-1) - 1) / stride) + 1, or 0
/// (computed as max(in - (dil*(k-1) + 1 - stride), 0) / stride).
OpFoldResult windowOutput(IndexMath &im, OpFoldResult in, OpFoldResult kernel,
                          int64_t stride, int64_t dilation) {
  OpFoldResult offset =
      im.add(im.mul(im.sub(kernel, im.c(1)), im.c(dilation)), im.c(1 - stride));
  return im.div(im.max(im.sub(in, offset), im.c(0)), im.c(stride));
}

//===----------------------------------------------------------------------===//
// MatMulOp
//===----------------------------------------------------------------------===//

bool allOnes(ArrayRef<int64_t> shape) {
  return llvm::all_of(shape, [](int64_t d) { return d == 1; });
}

bool fewDynamic(ArrayRef<int64_t> shape) {
  return llvm::count_if(shape, ShapedType::isDynamic) <= 1;
}

/// Batch dims that flatten into the one batch dim of a batch_matmul: equal
/// after leading 1s are dropped (a dynamic dim equals a static non-1 one).
bool sameBatch(ArrayRef<int64_t> lhs, ArrayRef<int64_t> rhs) {
  lhs = lhs.drop_while([](int64_t d) { return d == 1; });
  rhs = rhs.drop_while([](int64_t d) { return d == 1; });
  if (lhs.empty() || lhs.size() != rhs.size())
    return false;
  return llvm::all_of(llvm::zip(lhs, rhs), [](auto pair) {
    auto [l, r] = pair;
    return l == r || (ShapedType::isDynamic(l) && r != 1) ||
           (ShapedType::isDynamic(r) && l != 1);
  });
}

/// [batch..., M, N] product of `lhs` [lb..., M, K] and `rhs` [rb..., K, N]
/// (ranks >= 2) with numpy batch broadcasting, in `acc` elements.
Value matmulFull(OpBuilder &b, Location loc, Value lhs, Value rhs, Type acc) {
  MLIRContext *ctx = b.getContext();
  auto lhsType = cast<RankedTensorType>(lhs.getType());
  auto rhsType = cast<RankedTensorType>(rhs.getType());
  int64_t lr = lhsType.getRank(), rr = rhsType.getRank();
  int64_t lb = lr - 2, rb = rr - 2, nb = std::max(lb, rb);
  ArrayRef<int64_t> lhsBatch = lhsType.getShape().drop_back(2);
  ArrayRef<int64_t> rhsBatch = rhsType.getShape().drop_back(2);
  SmallVector<OpFoldResult> ls = sizesOf(b, loc, lhs),
                            rs = sizesOf(b, loc, rhs);
  OpFoldResult m = ls[lr - 2], n = rs[rr - 1];
  // Result batch sizes: from an operand whose dim is not a static 1,
  // preferring a static size.
  SmallVector<OpFoldResult> full;
  for (int64_t i = 0; i < nb; ++i) {
    int64_t li = i - (nb - lb), ri = i - (nb - rb);
    bool fromLhs = li >= 0 && lhsBatch[li] != 1;
    bool fromRhs = ri >= 0 && rhsBatch[ri] != 1;
    if (fromLhs && (!fromRhs || !ShapedType::isDynamic(lhsBatch[li])))
      full.push_back(ls[li]);
    else
      full.push_back(fromRhs ? rs[ri] : b.getIndexAttr(1));
  }
  full.append({m, n});

  // [B..., M, K] x [K, N]: one matmul on [B*...*M, K].
  if (allOnes(rhsBatch) && fewDynamic(lhsType.getShape().drop_back())) {
    Value lhs2 = lb ? collapse(b, loc, lhs, mergeGroups(lr, 0, lb)) : lhs;
    Value rhs2 = rb ? collapse(b, loc, rhs, mergeGroups(rr, 0, rb)) : rhs;
    Value init = zeroFilled(b, loc, {sizesOf(b, loc, lhs2)[0], n}, acc);
    Value product = linalg::MatmulOp::create(b, loc, TypeRange{init.getType()},
                                             ValueRange{lhs2, rhs2}, init)
                        .getResult(0);
    return nb ? expand(b, loc, product, mergeGroups(nb + 2, 0, nb), full)
              : product;
  }
  // Batch dims on one side only, or the same on both: one batch_matmul on
  // the flattened batch; a side without batch is broadcast by its map.
  bool lhsPlain = allOnes(lhsBatch), rhsPlain = allOnes(rhsBatch);
  if ((lhsPlain || rhsPlain || sameBatch(lhsBatch, rhsBatch)) &&
      fewDynamic(lhsBatch) && fewDynamic(rhsBatch)) {
    // [batch..., X, Y] -> [P, X, Y], or [X, Y] without batch.
    auto flatten = [&](Value v, int64_t batchRank, bool plain) {
      int64_t rank = batchRank + 2;
      if (plain)
        return batchRank ? collapse(b, loc, v, mergeGroups(rank, 0, batchRank))
                         : v;
      return batchRank > 1
                 ? collapse(b, loc, v, mergeGroups(rank, 0, batchRank - 1))
                 : v;
    };
    Value lhs3 = flatten(lhs, lb, lhsPlain), rhs3 = flatten(rhs, rb, rhsPlain);
    OpFoldResult batch = sizesOf(b, loc, lhsPlain ? rhs3 : lhs3)[0];
    Value init = zeroFilled(b, loc, {batch, m, n}, acc);
    SmallVector<NamedAttribute> attrs;
    if (lhsPlain || rhsPlain) {
      auto map = [&](ArrayRef<int64_t> loops) {
        return AffineMapAttr::get(AffineMap::get(
            4, 0,
            llvm::map_to_vector(
                loops, [&](int64_t d) { return getAffineDimExpr(d, ctx); }),
            ctx));
      };
      SmallVector<Attribute> maps = {lhsPlain ? map({1, 3}) : map({0, 1, 3}),
                                     rhsPlain ? map({3, 2}) : map({0, 3, 2}),
                                     map({0, 1, 2})};
      attrs.push_back(b.getNamedAttr("indexing_maps", b.getArrayAttr(maps)));
    }
    Value product =
        linalg::BatchMatmulOp::create(b, loc, TypeRange{init.getType()},
                                      ValueRange{lhs3, rhs3}, init, attrs)
            .getResult(0);
    return nb > 1
               ? expand(b, loc, product, mergeGroups(nb + 2, 0, nb - 1), full)
               : product;
  }
  // Broadcast batch dims: a generic contraction whose maps read the static
  // size-1 batch dims at 0 (no broadcast copy). Loops: batch..., m, n, k.
  auto operandMap = [&](ArrayRef<int64_t> batch, int64_t row, int64_t col) {
    SmallVector<AffineExpr> exprs;
    for (auto [i, size] : llvm::enumerate(batch))
      exprs.push_back(size == 1 ? getAffineConstantExpr(0, ctx)
                                : getAffineDimExpr(i + nb - batch.size(), ctx));
    exprs.append({getAffineDimExpr(row, ctx), getAffineDimExpr(col, ctx)});
    return AffineMap::get(nb + 3, 0, exprs, ctx);
  };
  SmallVector<AffineMap> maps = {
      operandMap(lhsBatch, nb, nb + 2), operandMap(rhsBatch, nb + 2, nb + 1),
      AffineMap::get(nb + 3, 0, dims(ctx, 0, nb + 2), ctx)};
  return generic(b, loc, zeroFilled(b, loc, full, acc), {lhs, rhs}, maps,
                 iterators(nb + 2, 1), contractionBody);
}

/// numpy matmul: a 2-D rhs -> linalg.matmul on the flattened lhs; batch
/// dims on one side only or equal on both -> linalg.batch_matmul on the
/// flattened batch (a side without batch is broadcast by its indexing map);
/// other broadcasts -> a linalg.generic contraction. 1-D operands are
/// reshaped to 2-D (1-D x 1-D is linalg.dot).
struct LowerMatMul : OpConversionPattern<MatMulOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(MatMulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = resultType.getElementType();
    if (!isNumeric(element))
      return notSupported(op, rewriter, "element type other than int or float");
    Type acc = accumulatorType(element);
    Value lhs = adaptor.getLhs(), rhs = adaptor.getRhs();
    int64_t lr = cast<RankedTensorType>(lhs.getType()).getRank();
    int64_t rr = cast<RankedTensorType>(rhs.getType()).getRank();
    Value result;
    if (lr == 1 && rr == 1) {
      Value init = zeroFilled(rewriter, loc, {}, acc);
      result = linalg::DotOp::create(rewriter, loc, TypeRange{init.getType()},
                                     ValueRange{lhs, rhs}, init)
                   .getResult(0);
    } else {
      OpFoldResult one = rewriter.getIndexAttr(1);
      if (lr == 1)
        lhs = expand(rewriter, loc, lhs, {{0, 1}},
                     {one, sizesOf(rewriter, loc, lhs)[0]});
      if (rr == 1)
        rhs = expand(rewriter, loc, rhs, {{0, 1}},
                     {sizesOf(rewriter, loc, rhs)[0], one});
      result = matmulFull(rewriter, loc, lhs, rhs, acc);
      // Drop the unit dim a 1-D operand added (merge M and N).
      if (lr == 1 || rr == 1) {
        int64_t rank = cast<RankedTensorType>(result.getType()).getRank();
        result = collapse(rewriter, loc, result,
                          mergeGroups(rank, rank - 2, rank - 1));
      }
    }
    result = convertElements(rewriter, loc, result, element);
    rewriter.replaceOp(op, castTo(rewriter, loc, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// EinsumOp
//===----------------------------------------------------------------------===//

/// One linalg.generic: output labels are the parallel loops, the other
/// labels reductions; the body multiplies the inputs and accumulates (f32
/// for narrow floats). A static size-1 dim of a label that is larger
/// elsewhere broadcasts (read at 0).
struct LowerEinsum : OpConversionPattern<EinsumOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(EinsumOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = getContext();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = resultType.getElementType();
    if (!isNumeric(element))
      return notSupported(op, rewriter, "boolean einsum");
    Type acc = accumulatorType(element);
    auto [inputsPart, outputPart] = op.getEquation().split("->");
    SmallVector<StringRef> terms;
    inputsPart.split(terms, ',');
    for (StringRef &term : terms)
      term = term.trim();
    StringRef output = outputPart.trim();
    ValueRange inputs = adaptor.getInputs();

    // Loops: output labels first, then the others in order of appearance.
    std::string labels(output);
    for (StringRef term : terms)
      for (char label : term)
        if (labels.find(label) == std::string::npos)
          labels.push_back(label);
    auto notOne = [&](char label) {
      for (auto [term, input] : llvm::zip(terms, inputs))
        for (auto [pos, l] : llvm::enumerate(term))
          if (l == label &&
              cast<RankedTensorType>(input.getType()).getDimSize(pos) != 1)
            return true;
      return false;
    };
    int64_t numLoops = labels.size();
    SmallVector<AffineMap> maps;
    SmallVector<OpFoldResult> loopSizes(numLoops);
    for (auto [term, input] : llvm::zip(terms, inputs)) {
      auto type = cast<RankedTensorType>(input.getType());
      SmallVector<AffineExpr> exprs;
      for (auto [pos, label] : llvm::enumerate(term)) {
        int64_t loop = labels.find(label);
        if (type.getDimSize(pos) == 1 && notOne(label)) {
          exprs.push_back(getAffineConstantExpr(0, ctx));
          continue;
        }
        exprs.push_back(getAffineDimExpr(loop, ctx));
        if (!loopSizes[loop])
          loopSizes[loop] = tensor::getMixedSize(rewriter, loc, input, pos);
      }
      maps.push_back(AffineMap::get(numLoops, 0, exprs, ctx));
    }
    int64_t outRank = output.size();
    maps.push_back(AffineMap::get(numLoops, 0, dims(ctx, 0, outRank), ctx));
    Value init =
        zeroFilled(rewriter, loc,
                   ArrayRef<OpFoldResult>(loopSizes).take_front(outRank), acc);
    bool isFloat = isa<FloatType>(acc);
    Value result =
        generic(rewriter, loc, init, inputs, maps,
                iterators(outRank, numLoops - outRank),
                [&](OpBuilder &b, Location l, ValueRange args) -> Value {
                  Value product;
                  for (Value x : args.drop_back()) {
                    if (x.getType() != acc)
                      x = arith::ExtFOp::create(b, l, acc, x);
                    if (!product)
                      product = x;
                    else if (isFloat)
                      product = arith::MulFOp::create(b, l, product, x);
                    else
                      product = arith::MulIOp::create(b, l, product, x);
                  }
                  if (isFloat)
                    return arith::AddFOp::create(b, l, args.back(), product);
                  return arith::AddIOp::create(b, l, args.back(), product);
                });
    result = convertElements(rewriter, loc, result, element);
    rewriter.replaceOp(op, castTo(rewriter, loc, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// ConvOp, ConvTransposeOp
//===----------------------------------------------------------------------===//

/// Grouped N-d convolution as a linalg.generic on expanded operands:
/// input [N, G, C/G, S...], filter [G, M/G, C/G, K...] -> [N, G, M/G, O...].
/// Loops: n, g, f, o..., c, k....
Value groupedConvGeneric(OpBuilder &b, Location loc, Value input, Value filter,
                         Value init, ArrayRef<int64_t> strides,
                         ArrayRef<int64_t> dilations) {
  MLIRContext *ctx = b.getContext();
  int64_t r = strides.size(), numLoops = 4 + 2 * r, c = 3 + r;
  SmallVector<AffineExpr> in = dims(ctx, 0, 2), w = dims(ctx, 1, 2);
  in.push_back(getAffineDimExpr(c, ctx));
  w.push_back(getAffineDimExpr(c, ctx));
  for (int64_t i = 0; i < r; ++i)
    in.push_back(windowIndex(ctx, 3 + i, c + 1 + i, strides[i], dilations[i]));
  w.append(dims(ctx, c + 1, r));
  SmallVector<AffineMap> maps = {
      AffineMap::get(numLoops, 0, in, ctx), AffineMap::get(numLoops, 0, w, ctx),
      AffineMap::get(numLoops, 0, dims(ctx, 0, 3 + r), ctx)};
  return generic(b, loc, init, {input, filter}, maps, iterators(3 + r, 1 + r),
                 contractionBody);
}

/// Convolution of an already padded `input` [N, C, S...] with `filter`
/// [M, C/group, K...], in `acc` elements: [N, M, O...].
Value convolve(OpBuilder &b, Location loc, Value input, Value filter,
               ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations,
               int64_t group, Type acc) {
  IndexMath im{b, loc};
  int64_t r = strides.size();
  SmallVector<OpFoldResult> in = sizesOf(b, loc, input),
                            w = sizesOf(b, loc, filter);
  SmallVector<OpFoldResult> out = {in[0], w[0]};
  for (int64_t i = 0; i < r; ++i)
    out.push_back(
        windowOutput(im, in[2 + i], w[2 + i], strides[i], dilations[i]));
  Value init = zeroFilled(b, loc, out, acc);
  using namespace linalg;
  if (group == 1 && r <= 3) {
    SmallVector<Value> ins = {input, filter};
    if (r == 1)
      return windowOp<Conv1DNcwFcwOp>(b, loc, ins, init, strides, dilations);
    if (r == 2)
      return windowOp<Conv2DNchwFchwOp>(b, loc, ins, init, strides, dilations);
    return windowOp<Conv3DNcdhwFcdhwOp>(b, loc, ins, init, strides, dilations);
  }
  // Depthwise (one filter per channel): filter [C, 1, K...] -> [C, K...].
  auto filterType = cast<RankedTensorType>(filter.getType());
  if (r <= 3 &&
      cast<RankedTensorType>(input.getType()).getDimSize(1) == group &&
      filterType.getDimSize(0) == group && filterType.getDimSize(1) == 1) {
    SmallVector<Value> ins = {
        input, collapse(b, loc, filter, mergeGroups(r + 2, 0, 1))};
    if (r == 1)
      return windowOp<DepthwiseConv1DNcwCwOp>(b, loc, ins, init, strides,
                                              dilations);
    if (r == 2)
      return windowOp<DepthwiseConv2DNchwChwOp>(b, loc, ins, init, strides,
                                                dilations);
    return windowOp<DepthwiseConv3DNcdhwCdhwOp>(b, loc, ins, init, strides,
                                                dilations);
  }
  // Grouped: split the channels into G x C/G and the filters into G x M/G.
  OpFoldResult g = im.c(group), mg = im.div(w[0], g);
  SmallVector<OpFoldResult> inShape = {in[0], g, w[1]}, wShape = {g, mg, w[1]},
                            outShape = {in[0], g, mg};
  for (int64_t i = 0; i < r; ++i) {
    inShape.push_back(in[2 + i]);
    wShape.push_back(w[2 + i]);
    outShape.push_back(out[2 + i]);
  }
  auto split = mergeGroups(r + 3, 1, 2);
  SmallVector<Value> ins = {
      expand(b, loc, input, split, inShape),
      expand(b, loc, filter, mergeGroups(r + 3, 0, 1), wShape)};
  Value groupedInit = zeroFilled(b, loc, outShape, acc);
  Value result = r == 2 ? windowOp<Conv2DNgchwGfchwOp>(b, loc, ins, groupedInit,
                                                       strides, dilations)
                        : groupedConvGeneric(b, loc, ins[0], ins[1],
                                             groupedInit, strides, dilations);
  return collapse(b, loc, result, split);
}

/// result[n, m, ...] = element(acc[n, m, ...] + bias[m]).
Value addBiasAndConvert(OpBuilder &b, Location loc, Value acc, Value bias,
                        Type element) {
  auto type = cast<RankedTensorType>(acc.getType());
  Type accType = type.getElementType();
  if (!bias && accType == element)
    return acc;
  MLIRContext *ctx = b.getContext();
  int64_t rank = type.getRank();
  SmallVector<Value> ins = {acc};
  SmallVector<AffineMap> maps = {AffineMap::getMultiDimIdentityMap(rank, ctx)};
  if (bias) {
    ins.push_back(bias);
    maps.push_back(AffineMap::get(rank, 0, getAffineDimExpr(1, ctx)));
  }
  maps.push_back(maps.front());
  Value init = tensor::EmptyOp::create(b, loc, sizesOf(b, loc, acc), element);
  return generic(b, loc, init, ins, maps, iterators(rank),
                 [&](OpBuilder &nb, Location nl, ValueRange args) {
                   Value x = args[0];
                   if (bias && isa<FloatType>(accType)) {
                     Value y = args[1];
                     if (y.getType() != accType)
                       y = arith::ExtFOp::create(nb, nl, accType, y);
                     x = arith::AddFOp::create(nb, nl, x, y);
                   } else if (bias) {
                     x = arith::AddIOp::create(nb, nl, x, args[1]);
                   }
                   if (accType != element)
                     x = arith::TruncFOp::create(nb, nl, element, x);
                   return x;
                 });
}

/// Zero-pad, then linalg.conv_{1d_ncw_fcw,2d_nchw_fchw,3d_ncdhw_fcdhw}
/// (group 1), depthwise_conv_* (one filter per channel),
/// conv_2d_ngchw_gfchw (grouped 2-D) or a grouped linalg.generic (other
/// ranks); the bias is added by an elementwise generic after.
struct LowerConv : OpConversionPattern<ConvOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConvOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = resultType.getElementType();
    if (!isNumeric(element))
      return notSupported(op, rewriter, "boolean convolution");
    int64_t r = resultType.getRank() - 2;
    IndexMath im{rewriter, loc};
    SmallVector<OpFoldResult> low, high;
    spatialPads(im, op.getPads().take_front(r), op.getPads().drop_front(r), low,
                high);
    Value zero = scalarConstant(rewriter, loc, element, 0.0);
    Value input = padWith(rewriter, loc, adaptor.getInput(), low, high, zero);
    Value acc =
        convolve(rewriter, loc, input, adaptor.getFilter(), op.getStrides(),
                 op.getDilations(), op.getGroup(), accumulatorType(element));
    Value result =
        addBiasAndConvert(rewriter, loc, acc, adaptor.getBias(), element);
    rewriter.replaceOp(op, castTo(rewriter, loc, result, resultType));
    return success();
  }
};

/// The classic equivalent convolution: the input is dilated by the stride
/// (zeros inserted with a strided tensor.insert_slice), padded by
/// dil*(k-1) - pad (+ output_padding at the end; negative amounts crop), and
/// convolved (stride 1, same dilation, same groups) with the flipped filter
/// whose in/out channels are swapped per group (a linalg.generic).
struct LowerConvTranspose : OpConversionPattern<ConvTransposeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConvTransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = getContext();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = resultType.getElementType();
    if (!isNumeric(element))
      return notSupported(op, rewriter, "boolean transposed convolution");
    Value input = adaptor.getInput(), filter = adaptor.getFilter();
    int64_t r = resultType.getRank() - 2, group = op.getGroup();
    ArrayRef<int64_t> kernel =
        cast<RankedTensorType>(filter.getType()).getShape().drop_front(2);
    if (ShapedType::isDynamicShape(kernel))
      return notSupported(op, rewriter, "dynamic kernel size (filter flip)");
    ArrayRef<int64_t> strides = op.getStrides(), dilations = op.getDilations(),
                      pads = op.getPads(), outPad = op.getOutputPadding();
    IndexMath im{rewriter, loc};
    Value zero = scalarConstant(rewriter, loc, element, 0.0);

    // The dilated, padded input.
    SmallVector<int64_t> padLow, padHigh;
    for (int64_t i = 0; i < r; ++i) {
      int64_t span = dilations[i] * (kernel[i] - 1);
      padLow.push_back(span - pads[i]);
      padHigh.push_back(span - pads[r + i] + outPad[i]);
    }
    auto positive = [](int64_t x) { return x >= 0; };
    bool crop =
        !llvm::all_of(padLow, positive) || !llvm::all_of(padHigh, positive);
    if (!crop && llvm::all_of(strides, [](int64_t s) { return s == 1; })) {
      SmallVector<OpFoldResult> low, high;
      spatialPads(im, padLow, padHigh, low, high);
      input = padWith(rewriter, loc, input, low, high, zero);
    } else {
      SmallVector<OpFoldResult> in = sizesOf(rewriter, loc, input);
      SmallVector<OpFoldResult> zeros(2, im.c(0)), ones(2 + r, im.c(1));
      SmallVector<OpFoldResult> bufSizes = {in[0], in[1]}, offsets = zeros,
                                sliceOffsets = zeros,
                                sliceSizes = {in[0], in[1]}, steps = ones;
      for (int64_t i = 0; i < r; ++i) {
        int64_t lo = std::max<int64_t>(padLow[i], 0);
        int64_t hi = std::max<int64_t>(padHigh[i], 0);
        OpFoldResult dilated = im.add(
            im.mul(im.sub(in[2 + i], im.c(1)), im.c(strides[i])), im.c(1));
        bufSizes.push_back(im.add(dilated, im.c(lo + hi)));
        offsets.push_back(im.c(lo));
        steps[2 + i] = im.c(strides[i]);
        sliceOffsets.push_back(im.c(lo - padLow[i]));
        sliceSizes.push_back(im.add(dilated, im.c(padLow[i] + padHigh[i])));
      }
      Value buffer = zeroFilled(rewriter, loc, bufSizes, element);
      input = tensor::InsertSliceOp::create(rewriter, loc, input, buffer,
                                            offsets, in, steps);
      if (crop)
        input = tensor::ExtractSliceOp::create(rewriter, loc, input,
                                               sliceOffsets, sliceSizes, ones);
    }

    // The filter [C, M/G, K...] as a conv filter [M, C/G, K...], flipped:
    // out[(g,) f, c, k] = filter[(g,) c, f, K-1-k] (filter split G x C/G).
    SmallVector<OpFoldResult> w = sizesOf(rewriter, loc, filter);
    OpFoldResult g = im.c(group), cg = im.div(w[0], g);
    int64_t lead = group != 1 ? 1 : 0, numLoops = lead + 2 + r;
    SmallVector<AffineExpr> read = dims(ctx, 0, lead),
                            write = dims(ctx, 0, lead);
    SmallVector<OpFoldResult> flippedSizes;
    if (lead) {
      SmallVector<OpFoldResult> shape = {g, cg, w[1]};
      shape.append(w.begin() + 2, w.end());
      filter = expand(rewriter, loc, filter, mergeGroups(r + 3, 0, 1), shape);
      flippedSizes.push_back(g);
    }
    read.append({getAffineDimExpr(lead + 1, ctx), getAffineDimExpr(lead, ctx)});
    write.append(dims(ctx, lead, 2 + r));
    flippedSizes.append({w[1], cg});
    for (int64_t i = 0; i < r; ++i) {
      read.push_back(kernel[i] - 1 - getAffineDimExpr(lead + 2 + i, ctx));
      flippedSizes.push_back(im.c(kernel[i]));
    }
    Value flipped = generic(
        rewriter, loc,
        tensor::EmptyOp::create(rewriter, loc, flippedSizes, element), filter,
        {AffineMap::get(numLoops, 0, read, ctx),
         AffineMap::get(numLoops, 0, write, ctx)},
        iterators(numLoops),
        [](OpBuilder &, Location, ValueRange args) { return args[0]; });
    if (lead)
      flipped = collapse(rewriter, loc, flipped, mergeGroups(r + 3, 0, 1));

    Value acc =
        convolve(rewriter, loc, input, flipped, SmallVector<int64_t>(r, 1),
                 dilations, group, accumulatorType(element));
    Value result =
        addBiasAndConvert(rewriter, loc, acc, adaptor.getBias(), element);
    rewriter.replaceOp(op, castTo(rewriter, loc, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// PoolOp
//===----------------------------------------------------------------------===//

/// Pad (max: lowest value, avg: zero; ceil_mode pads the end further so the
/// last window fits), then linalg.pooling_nc{w,hw}_{max,sum} (1-D/2-D) or a
/// linalg.generic (3-D, unsigned max). Average divides by the window size
/// counted per output position with index arithmetic: positions inside the
/// input, or inside input + pads with count_include_pad (as onnxruntime).
struct LowerPool : OpConversionPattern<PoolOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(PoolOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = getContext();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = resultType.getElementType();
    bool isMax = op.getKind() == PoolKind::Max;
    bool isFloat = isa<FloatType>(element);
    bool isUnsignedInt = isUnsigned(op.getInput().getType().getElementType()) ||
                         element.isInteger(1);
    if (!isMax && !isFloat)
      return notSupported(op, rewriter, "average pooling of integers");
    Value input = adaptor.getInput();
    int64_t r = resultType.getRank() - 2;
    ArrayRef<int64_t> kernel = op.getKernelShape(), strides = op.getStrides(),
                      dilations = op.getDilations(), pads = op.getPads();
    IndexMath im{rewriter, loc};

    // Output sizes (the verifier's rule, at run time for dynamic dims) and
    // the end padding that makes the last (ceil_mode) window fit.
    SmallVector<OpFoldResult> in = sizesOf(rewriter, loc, input);
    SmallVector<OpFoldResult> out(in.begin(), in.begin() + 2), low, high;
    spatialPads(im, pads.take_front(r), pads.drop_front(r), low, high);
    bool extraPad = false;
    for (int64_t i = 0; i < r; ++i) {
      int64_t span = dilations[i] * (kernel[i] - 1), s = strides[i];
      OpFoldResult padded = im.add(in[2 + i], im.c(pads[i] + pads[r + i]));
      OpFoldResult size = im.c(resultType.getDimSize(2 + i));
      if (resultType.isDynamicDim(2 + i) && !op.getCeilMode()) {
        size = windowOutput(im, padded, im.c(kernel[i]), s, dilations[i]);
      } else if (resultType.isDynamicDim(2 + i)) {
        // ceil(x / s) + 1, less one if that window starts past the input.
        OpFoldResult x = im.sub(padded, im.c(span + 1));
        OpFoldResult up = im.add(
            im.div(im.add(im.max(x, im.c(0)), im.c(s - 1)), im.c(s)), im.c(1));
        OpFoldResult lastInput = im.add(in[2 + i], im.c(pads[i] - 1));
        Value past = im.lt(lastInput, im.mul(im.sub(up, im.c(1)), im.c(s)));
        up = im.select(past, im.sub(up, im.c(1)), up);
        size = im.select(im.lt(x, im.c(0)), im.c(0), up);
      }
      out.push_back(size);
      OpFoldResult needed =
          im.add(im.mul(im.sub(size, im.c(1)), im.c(s)), im.c(span + 1));
      OpFoldResult extra = im.max(im.sub(needed, padded), im.c(0));
      extraPad |= !isConstantIntValue(extra, 0);
      high[2 + i] = im.add(high[2 + i], extra);
    }

    Value padValue;
    if (!isMax) {
      padValue = scalarConstant(rewriter, loc, element, 0.0);
    } else if (auto floatType = dyn_cast<FloatType>(element)) {
      padValue = arith::ConstantOp::create(
          rewriter, loc,
          rewriter.getFloatAttr(floatType,
                                APFloat::getInf(floatType.getFloatSemantics(),
                                                /*Negative=*/true)));
    } else {
      unsigned width = element.getIntOrFloatBitWidth();
      padValue = arith::ConstantOp::create(
          rewriter, loc,
          rewriter.getIntegerAttr(
              element, isUnsignedInt ? APInt::getMinValue(width)
                                     : APInt::getSignedMinValue(width)));
    }
    Value padded = padWith(rewriter, loc, input, low, high, padValue);
    Value window = tensor::EmptyOp::create(rewriter, loc, kernel, element);
    Type acc = isMax ? element : accumulatorType(element);
    Value init =
        filled(rewriter, loc, out,
               isMax ? padValue : scalarConstant(rewriter, loc, acc, 0.0));
    SmallVector<Value> ins = {padded, window};
    Value pooled;
    using namespace linalg;
    if (isMax && !isUnsignedInt && r == 2)
      pooled = windowOp<PoolingNchwMaxOp>(rewriter, loc, ins, init, strides,
                                          dilations);
    else if (isMax && !isUnsignedInt && r == 1)
      pooled = windowOp<PoolingNcwMaxOp>(rewriter, loc, ins, init, strides,
                                         dilations);
    else if (!isMax && r == 2)
      pooled = windowOp<PoolingNchwSumOp>(rewriter, loc, ins, init, strides,
                                          dilations);
    else if (!isMax && r == 1)
      pooled = windowOp<PoolingNcwSumOp>(rewriter, loc, ins, init, strides,
                                         dilations);
    else {
      // Loops n, c, o..., k...; the window operand carries the kernel sizes.
      int64_t numLoops = 2 + 2 * r;
      SmallVector<AffineExpr> read = dims(ctx, 0, 2);
      for (int64_t i = 0; i < r; ++i)
        read.push_back(
            windowIndex(ctx, 2 + i, 2 + r + i, strides[i], dilations[i]));
      SmallVector<AffineMap> maps = {
          AffineMap::get(numLoops, 0, read, ctx),
          AffineMap::get(numLoops, 0, dims(ctx, 2 + r, r), ctx),
          AffineMap::get(numLoops, 0, dims(ctx, 0, 2 + r), ctx)};
      pooled = generic(rewriter, loc, init, ins, maps, iterators(2 + r, r),
                       [&](OpBuilder &b, Location l, ValueRange args) -> Value {
                         Value x = args[0], accValue = args[2];
                         if (!isMax) {
                           if (x.getType() != acc)
                             x = arith::ExtFOp::create(b, l, acc, x);
                           return arith::AddFOp::create(b, l, accValue, x);
                         }
                         if (isFloat)
                           return arith::MaximumFOp::create(b, l, accValue, x);
                         if (isUnsignedInt)
                           return arith::MaxUIOp::create(b, l, accValue, x);
                         return arith::MaxSIOp::create(b, l, accValue, x);
                       });
    }
    if (isMax) {
      rewriter.replaceOp(op, castTo(rewriter, loc, pooled, resultType));
      return success();
    }

    // Average: divide by the number of counted window positions, a constant
    // unless padding or the ceil_mode overhang is excluded from the count.
    bool includePad = op.getCountIncludePad();
    bool constantCount =
        !extraPad &&
        (includePad || llvm::all_of(pads, [](int64_t p) { return p == 0; }));
    int64_t windowSize = 1;
    for (int64_t k : kernel)
      windowSize *= k;
    // Counted positions per dim: [lo, hi) = [-pad, in + pad) or [0, in).
    SmallVector<OpFoldResult> lo, hi;
    for (int64_t i = 0; i < r; ++i) {
      lo.push_back(im.c(includePad ? -pads[i] : 0));
      hi.push_back(includePad ? im.add(in[2 + i], im.c(pads[r + i]))
                              : in[2 + i]);
    }
    Value result = buildElementwise(
        rewriter, loc, cast<RankedTensorType>(pooled.getType()).clone(element),
        pooled, [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value count;
          if (constantCount) {
            count = scalarConstant(b, l, acc, double(windowSize));
          } else {
            // Per dim: #{k in [0, K) : lo <= start + k*d < hi} with
            // start = o*s - pad: k from ceil((lo - start)^+ / d) to
            // min((hi - 1 - start + d)^+ / d, K).
            IndexMath bm{b, l};
            OpFoldResult total = bm.c(1), zero = bm.c(0);
            for (int64_t i = 0; i < r; ++i) {
              OpFoldResult o = linalg::IndexOp::create(b, l, 2 + i).getResult();
              OpFoldResult start =
                  bm.sub(bm.mul(o, bm.c(strides[i])), bm.c(pads[i]));
              OpFoldResult d = bm.c(dilations[i]);
              OpFoldResult first =
                  bm.div(bm.add(bm.max(bm.sub(lo[i], start), zero),
                                bm.c(dilations[i] - 1)),
                         d);
              OpFoldResult room = bm.sub(bm.sub(hi[i], bm.c(1)), start);
              OpFoldResult end = bm.min(
                  bm.div(bm.max(bm.add(room, d), zero), d), bm.c(kernel[i]));
              total = bm.mul(total, bm.max(bm.sub(end, first), zero));
            }
            // A window entirely in the padding divides its zero sum by 1.
            Value asInt = arith::IndexCastOp::create(
                b, l, b.getI64Type(), bm.value(bm.max(total, bm.c(1))));
            count = arith::SIToFPOp::create(b, l, acc, asInt);
          }
          Value mean = arith::DivFOp::create(b, l, args[0], count);
          return convertScalar(b, l, mean, acc, element);
        });
    rewriter.replaceOp(op, castTo(rewriter, loc, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// AttentionOp
//===----------------------------------------------------------------------===//

/// `source` [B, Hkv, S, D] read for each of `heads` query heads: head h
/// takes kv head min(h / group, Hkv - 1) (a gather generic).
Value repeatHeads(OpBuilder &b, Location loc, Value source, OpFoldResult heads,
                  OpFoldResult group) {
  IndexMath im{b, loc};
  SmallVector<OpFoldResult> sizes = sizesOf(b, loc, source);
  Value lastHead = im.value(im.sub(sizes[1], im.c(1)));
  Value groupValue = im.value(group);
  sizes[1] = heads;
  Type element = cast<RankedTensorType>(source.getType()).getElementType();
  Value init = tensor::EmptyOp::create(b, loc, sizes, element);
  return generic(
      b, loc, init, {}, AffineMap::getMultiDimIdentityMap(4, b.getContext()),
      iterators(4), [&](OpBuilder &nb, Location nl, ValueRange) {
        SmallVector<Value> index;
        for (int64_t d = 0; d < 4; ++d)
          index.push_back(linalg::IndexOp::create(nb, nl, d));
        index[1] = arith::MinUIOp::create(
            nb, nl, arith::DivUIOp::create(nb, nl, index[1], groupValue),
            lastHead);
        return tensor::ExtractOp::create(nb, nl, source, index);
      });
}

/// Q [B,Hq,Sq,D], K/V [B,Hkv,Skv,D/Dv]. Q is viewed as [B,Hkv,G,Sq,D]
/// (G = Hq/Hkv, skipped when G is statically 1) so that the key/value head
/// of every query head is an affine index (dynamic head counts: K and V are
/// repeated to Hq heads first). Loops: prefix p = (b, hkv, g) or (b, h),
/// then i (query), then j, then the contracted dim. Steps, all in f32:
///   S = Q K^T (generic contraction over D)
///   T = softcap(S * scale), mask (bool: -inf where false; float: add),
///       causal (-inf where j > i)                             (elementwise)
///   M = max_j T (-inf -> 0 for fully masked rows), E = exp(T - M),
///   L = sum_j E, O = E V (contraction over Skv), out = L == 0 ? 0 : O / L,
/// so a fully masked row gives zeros (ONNX Attention), not NaN.
struct LowerAttention : OpConversionPattern<AttentionOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(AttentionOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = getContext();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = resultType.getElementType();
    Type f32 = accumulatorType(element);
    IndexMath im{rewriter, loc};
    Value q = adaptor.getQuery(), k = adaptor.getKey(), v = adaptor.getValue();
    Value mask = adaptor.getMask();
    SmallVector<OpFoldResult> qs = sizesOf(rewriter, loc, q),
                              ks = sizesOf(rewriter, loc, k),
                              vs = sizesOf(rewriter, loc, v);
    OpFoldResult groupSize = im.div(qs[1], ks[1]);
    if (!getConstantIntValue(groupSize)) {
      k = repeatHeads(rewriter, loc, k, qs[1], groupSize);
      v = repeatHeads(rewriter, loc, v, qs[1], groupSize);
      ks[1] = qs[1];
      groupSize = im.c(1);
    }
    bool grouped = !isConstantIntValue(groupSize, 1);
    int64_t np = grouped ? 3 : 2, i = np, j = np + 1, x = np + 2;
    SmallVector<OpFoldResult> prefix = {qs[0], qs[1]};
    if (grouped) {
      prefix = {qs[0], ks[1], groupSize};
      q = expand(rewriter, loc, q, mergeGroups(5, 1, 2),
                 {qs[0], ks[1], groupSize, qs[2], qs[3]});
    }
    auto d = [&](int64_t pos) { return getAffineDimExpr(pos, ctx); };
    auto withPrefix = [&](int64_t numLoops, ArrayRef<AffineExpr> tail) {
      SmallVector<AffineExpr> exprs = dims(ctx, 0, np);
      exprs.append(tail.begin(), tail.end());
      return AffineMap::get(numLoops, 0, exprs, ctx);
    };
    auto kvMap = [&](AffineExpr seq, AffineExpr feature) {
      return AffineMap::get(np + 3, 0, {d(0), d(1), seq, feature}, ctx);
    };
    auto sizes = [&](ArrayRef<OpFoldResult> tail) {
      SmallVector<OpFoldResult> all(prefix);
      all.append(tail.begin(), tail.end());
      return all;
    };
    AffineMap rowMap = withPrefix(np + 2, d(i)),
              fullMap = withPrefix(np + 2, {d(i), d(j)});

    // S[p, i, j] = sum_d Q[p, i, d] K[b, hkv, j, d].
    Value scores =
        generic(rewriter, loc,
                zeroFilled(rewriter, loc, sizes({qs[2], ks[2]}), f32), {q, k},
                {withPrefix(np + 3, {d(i), d(x)}), kvMap(d(j), d(x)),
                 withPrefix(np + 3, {d(i), d(j)})},
                iterators(np + 2, 1), contractionBody);

    // Scale, softcap, mask, causal.
    Value scale;
    if (std::optional<APFloat> attr = op.getScale()) {
      scale = scalarConstant(rewriter, loc, f32, attr->convertToDouble());
    } else if (std::optional<int64_t> size = getConstantIntValue(qs[3])) {
      scale =
          scalarConstant(rewriter, loc, f32, 1.0 / std::sqrt(double(*size)));
    } else {
      Value depth = arith::IndexCastOp::create(
          rewriter, loc, rewriter.getI64Type(), im.value(qs[3]));
      Value sqrt = math::SqrtOp::create(
          rewriter, loc, arith::UIToFPOp::create(rewriter, loc, f32, depth));
      scale = arith::DivFOp::create(
          rewriter, loc, scalarConstant(rewriter, loc, f32, 1.0), sqrt);
    }
    SmallVector<Value> biasIns = {scores};
    SmallVector<AffineMap> biasMaps = {fullMap};
    bool boolMask = false;
    if (mask) {
      auto maskType = cast<RankedTensorType>(mask.getType());
      boolMask = maskType.getElementType().isInteger(1);
      int64_t mr = maskType.getRank();
      // Mask dims aligned right to (b, h, i, j); static 1s broadcast.
      SmallVector<AffineExpr> exprs;
      for (int64_t md = 0; md < mr; ++md) {
        int64_t role = md + 4 - mr;
        if (maskType.getDimSize(md) == 1)
          exprs.push_back(getAffineConstantExpr(0, ctx));
        else if (role == 1 && grouped)
          exprs.append({d(1), d(2)});
        else
          exprs.push_back(d(role == 0 ? 0 : role == 1 ? 1 : role == 2 ? i : j));
      }
      if (mr >= 3 && grouped && maskType.getDimSize(mr - 3) != 1) {
        // The mask's head dim split like Q's: Hq -> Hkv x G.
        SmallVector<OpFoldResult> ms = sizesOf(rewriter, loc, mask), shape;
        for (int64_t md = 0; md < mr; ++md) {
          if (md == mr - 3)
            shape.append({ks[1], groupSize});
          else
            shape.push_back(ms[md]);
        }
        mask = expand(rewriter, loc, mask, mergeGroups(mr + 1, mr - 3, mr - 2),
                      shape);
      }
      biasIns.push_back(mask);
      biasMaps.push_back(AffineMap::get(np + 2, 0, exprs, ctx));
    }
    biasMaps.push_back(fullMap);
    float softcap = op.getSoftcap().convertToFloat();
    bool causal = op.getIsCausal();
    Value negInf = arith::ConstantOp::create(
        rewriter, loc,
        rewriter.getFloatAttr(
            f32, APFloat::getInf(cast<FloatType>(f32).getFloatSemantics(),
                                 /*Negative=*/true)));
    Value biased = generic(
        rewriter, loc,
        tensor::EmptyOp::create(rewriter, loc, sizes({qs[2], ks[2]}), f32),
        biasIns, biasMaps, iterators(np + 2),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value t = arith::MulFOp::create(b, l, args[0], scale);
          if (softcap > 0.0f) {
            Value cap = scalarConstant(b, l, f32, softcap);
            t = arith::MulFOp::create(
                b, l, cap,
                math::TanhOp::create(b, l,
                                     arith::DivFOp::create(b, l, t, cap)));
          }
          if (mask && boolMask) {
            t = arith::SelectOp::create(b, l, args[1], t, negInf);
          } else if (mask) {
            Value m = args[1];
            if (m.getType() != f32)
              m = arith::ExtFOp::create(b, l, f32, m);
            t = arith::AddFOp::create(b, l, t, m);
          }
          if (causal) {
            Value row = linalg::IndexOp::create(b, l, i);
            Value col = linalg::IndexOp::create(b, l, j);
            Value future = arith::CmpIOp::create(
                b, l, arith::CmpIPredicate::ugt, col, row);
            t = arith::SelectOp::create(b, l, future, negInf, t);
          }
          return t;
        });

    // Row max (-inf for a fully masked row becomes 0), exp, row sum.
    Value zero = scalarConstant(rewriter, loc, f32, 0.0);
    Value rowMax =
        generic(rewriter, loc, filled(rewriter, loc, sizes(qs[2]), negInf),
                biased, {fullMap, rowMap}, iterators(np + 1, 1),
                [](OpBuilder &b, Location l, ValueRange args) -> Value {
                  return arith::MaximumFOp::create(b, l, args[1], args[0]);
                });
    Value exps = generic(
        rewriter, loc,
        tensor::EmptyOp::create(rewriter, loc, sizes({qs[2], ks[2]}), f32),
        {biased, rowMax}, {fullMap, rowMap, fullMap}, iterators(np + 2),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value isInf = arith::CmpFOp::create(b, l, arith::CmpFPredicate::OEQ,
                                              args[1], negInf);
          Value safeMax = arith::SelectOp::create(b, l, isInf, zero, args[1]);
          return math::ExpOp::create(
              b, l, arith::SubFOp::create(b, l, args[0], safeMax));
        });
    Value rowSum =
        generic(rewriter, loc, zeroFilled(rewriter, loc, sizes(qs[2]), f32),
                exps, {fullMap, rowMap}, iterators(np + 1, 1),
                [](OpBuilder &b, Location l, ValueRange args) -> Value {
                  return arith::AddFOp::create(b, l, args[1], args[0]);
                });

    // O[p, i, v] = sum_j E[p, i, j] V[b, hkv, j, v]; loops p, i, v, j.
    Value weighted = generic(
        rewriter, loc, zeroFilled(rewriter, loc, sizes({qs[2], vs[3]}), f32),
        {exps, v},
        {withPrefix(np + 3, {d(i), d(x)}), kvMap(d(x), d(j)),
         withPrefix(np + 3, {d(i), d(j)})},
        iterators(np + 2, 1), contractionBody);

    // Normalize: a row whose weights sum to 0 (fully masked) gives zeros.
    Value result = generic(
        rewriter, loc,
        tensor::EmptyOp::create(rewriter, loc, sizes({qs[2], vs[3]}), element),
        {weighted, rowSum}, {fullMap, rowMap, fullMap}, iterators(np + 2),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value empty = arith::CmpFOp::create(b, l, arith::CmpFPredicate::OEQ,
                                              args[1], zero);
          Value out = arith::SelectOp::create(
              b, l, empty, zero, arith::DivFOp::create(b, l, args[0], args[1]));
          return convertScalar(b, l, out, f32, element);
        });
    if (grouped)
      result = collapse(rewriter, loc, result, mergeGroups(5, 1, 2));
    rewriter.replaceOp(op, castTo(rewriter, loc, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// RotaryEmbeddingOp
//===----------------------------------------------------------------------===//

/// One linalg.generic over the output [B, H, S, D]: the element itself comes
/// from the input's identity map; its rotation partner and the cos/sin values
/// are tensor.extracts. Non-interleaved pairs (i, i + rot/2), interleaved
/// (2i, 2i+1); features from rotary_embedding_dim on pass through.
/// position_ids are clamped into [0, max_pos - 1] (negative -> 0), and every
/// extracted index is clamped into its dim, so no read is out of bounds.
struct LowerRotaryEmbedding : OpConversionPattern<RotaryEmbeddingOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(RotaryEmbeddingOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = resultType.getElementType();
    Type f32 = accumulatorType(element);
    Value x = adaptor.getInput(), cosCache = adaptor.getCosCache(),
          sinCache = adaptor.getSinCache(),
          positions = adaptor.getPositionIds();
    bool interleaved = op.getInterleaved();
    IndexMath im{rewriter, loc};
    SmallVector<OpFoldResult> xs = sizesOf(rewriter, loc, x);
    int64_t rotaryDim = op.getRotaryEmbeddingDim();
    Value rot = im.value(rotaryDim ? im.c(rotaryDim) : xs[3]);
    Value half = im.value(im.div(rot, im.c(2)));
    // The largest valid index of each dim read with tensor.extract.
    auto lastOf = [&](OpFoldResult size) {
      return im.value(im.max(im.sub(size, im.c(1)), im.c(0)));
    };
    Value lastFeature = lastOf(xs[3]);
    SmallVector<Value> cacheLast =
        llvm::map_to_vector(sizesOf(rewriter, loc, cosCache), lastOf);
    Value lastPosition;
    if (positions)
      lastPosition = arith::IndexCastOp::create(
          rewriter, loc, rewriter.getI64Type(), cacheLast[0]);
    Value init = tensor::EmptyOp::create(rewriter, loc, xs, element);
    AffineMap identity = AffineMap::getMultiDimIdentityMap(4, getContext());
    Value result = generic(
        rewriter, loc, init, x, {identity, identity}, iterators(4),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          auto cst = [&](int64_t v) {
            return arith::ConstantIndexOp::create(b, l, v).getResult();
          };
          auto ult = [&](Value u, Value w) {
            return arith::CmpIOp::create(b, l, arith::CmpIPredicate::ult, u, w)
                .getResult();
          };
          auto sel = [&](Value c, Value t, Value f) {
            return arith::SelectOp::create(b, l, c, t, f).getResult();
          };
          auto add = [&](Value u, Value w) -> Value {
            return arith::AddIOp::create(b, l, u, w);
          };
          auto sub = [&](Value u, Value w) -> Value {
            return arith::SubIOp::create(b, l, u, w);
          };
          SmallVector<Value> index;
          for (int64_t dim = 0; dim < 4; ++dim)
            index.push_back(linalg::IndexOp::create(b, l, dim));
          Value di = index[3];
          Value rotated = ult(di, rot);
          // `first`: the element takes -x[partner] * sin; `pair` indexes the
          // caches.
          Value first, pair, partner;
          if (interleaved) {
            Value parity = arith::RemUIOp::create(b, l, di, cst(2));
            first = arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq,
                                          parity, cst(0));
            pair = arith::DivUIOp::create(b, l, di, cst(2));
            Value next = add(di, cst(1)), previous = sub(di, cst(1));
            partner = sel(first, next, previous);
          } else {
            first = ult(di, half);
            Value low = sub(di, half), high = add(di, half);
            pair = sel(first, di, low);
            partner = sel(first, high, low);
          }
          partner = arith::MinUIOp::create(b, l, sel(rotated, partner, di),
                                           lastFeature);
          pair = arith::MinUIOp::create(b, l, sel(rotated, pair, cst(0)),
                                        cacheLast.back());
          SmallVector<Value> cacheIndex;
          if (positions) {
            Value pos = tensor::ExtractOp::create(
                b, l, positions, ValueRange{index[0], index[2]});
            pos = arith::MaxSIOp::create(
                b, l, pos, arith::ConstantIntOp::create(b, l, 0, 64));
            pos = arith::MinSIOp::create(b, l, pos, lastPosition);
            cacheIndex.push_back(
                arith::IndexCastOp::create(b, l, b.getIndexType(), pos));
          } else {
            cacheIndex.push_back(
                arith::MinUIOp::create(b, l, index[0], cacheLast[0]));
            cacheIndex.push_back(
                arith::MinUIOp::create(b, l, index[2], cacheLast[1]));
          }
          cacheIndex.push_back(pair);
          auto read = [&](Value tensor, ValueRange at) -> Value {
            Value v = tensor::ExtractOp::create(b, l, tensor, at);
            return v.getType() == f32 ? v : arith::ExtFOp::create(b, l, f32, v);
          };
          Value self = args[0];
          if (self.getType() != f32)
            self = arith::ExtFOp::create(b, l, f32, self);
          index[3] = partner;
          Value cosValue = read(cosCache, cacheIndex);
          Value sinValue = read(sinCache, cacheIndex);
          Value other = read(x, index);
          Value selfCos = arith::MulFOp::create(b, l, self, cosValue);
          Value otherSin = arith::MulFOp::create(b, l, other, sinValue);
          Value minus = arith::SubFOp::create(b, l, selfCos, otherSin);
          Value plus = arith::AddFOp::create(b, l, selfCos, otherSin);
          Value out = sel(first, minus, plus);
          return convertScalar(b, l, sel(rotated, out, self), f32, element);
        });
    rewriter.replaceOp(op, castTo(rewriter, loc, result, resultType));
    return success();
  }
};

} // namespace

void populateContractionLoweringPatterns(const TypeConverter &converter,
                                         RewritePatternSet &patterns) {
  patterns.add<LowerMatMul, LowerEinsum, LowerConv, LowerConvTranspose,
               LowerPool, LowerAttention, LowerRotaryEmbedding>(
      converter, patterns.getContext());
}

} // namespace mlir::plinth
