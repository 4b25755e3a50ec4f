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
// that belongs to the function boundary.
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
#include "llvm/ADT/StringMap.h"

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

/// Index arithmetic on OpFoldResults that folds when both sides are static.
/// The operands of divisions are non-negative wherever it is used.
struct IndexMath {
  OpBuilder &b;
  Location loc;

  OpFoldResult c(int64_t v) { return b.getIndexAttr(v); }
  Value value(OpFoldResult x) {
    return getValueOrCreateConstantIndexOp(b, loc, x);
  }
  template <typename Fold, typename ArithOp>
  OpFoldResult binary(OpFoldResult x, OpFoldResult y, Fold fold) {
    std::optional<int64_t> cx = getConstantIntValue(x), cy = getConstantIntValue(y);
    if (cx && cy)
      return c(fold(*cx, *cy));
    return ArithOp::create(b, loc, value(x), value(y)).getResult();
  }
  OpFoldResult add(OpFoldResult x, OpFoldResult y) {
    if (isConstantIntValue(y, 0))
      return x;
    return binary<std::plus<int64_t>, arith::AddIOp>(x, y, {});
  }
  OpFoldResult sub(OpFoldResult x, OpFoldResult y) {
    if (isConstantIntValue(y, 0))
      return x;
    return binary<std::minus<int64_t>, arith::SubIOp>(x, y, {});
  }
  OpFoldResult mul(OpFoldResult x, OpFoldResult y) {
    if (isConstantIntValue(y, 1))
      return x;
    return binary<std::multiplies<int64_t>, arith::MulIOp>(x, y, {});
  }
  OpFoldResult div(OpFoldResult x, OpFoldResult y) {
    if (isConstantIntValue(y, 1))
      return x;
    return binary<std::divides<int64_t>, arith::DivSIOp>(x, y, {});
  }
  OpFoldResult max(OpFoldResult x, OpFoldResult y) {
    auto fold = [](int64_t u, int64_t v) { return std::max(u, v); };
    return binary<decltype(fold), arith::MaxSIOp>(x, y, fold);
  }
  OpFoldResult min(OpFoldResult x, OpFoldResult y) {
    auto fold = [](int64_t u, int64_t v) { return std::min(u, v); };
    return binary<decltype(fold), arith::MinSIOp>(x, y, fold);
  }
  OpFoldResult select(Value cond, OpFoldResult x, OpFoldResult y) {
    return arith::SelectOp::create(b, loc, cond, value(x), value(y)).getResult();
  }
  Value lt(OpFoldResult x, OpFoldResult y) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, value(x),
                                 value(y));
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

Value zeroFilled(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                 Type element) {
  Value empty = tensor::EmptyOp::create(b, loc, sizes, element);
  Value zero = scalarConstant(b, loc, element, 0.0);
  return linalg::FillOp::create(b, loc, zero, empty).getResult(0);
}

/// `acc + a * b` on scalars (a and b extended to the accumulator type).
Value multiplyAdd(OpBuilder &b, Location loc, Value x, Value y, Value acc) {
  Type type = acc.getType();
  if (isa<FloatType>(type)) {
    if (x.getType() != type)
      x = arith::ExtFOp::create(b, loc, type, x);
    if (y.getType() != type)
      y = arith::ExtFOp::create(b, loc, type, y);
    Value product = arith::MulFOp::create(b, loc, x, y);
    return arith::AddFOp::create(b, loc, acc, product);
  }
  Value product = arith::MulIOp::create(b, loc, x, y);
  return arith::AddIOp::create(b, loc, acc, product);
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

/// Reassociation that keeps dims [0, first) and [last, rank) and merges
/// [first, last] into one.
SmallVector<ReassociationIndices> mergeGroups(int64_t rank, int64_t first,
                                              int64_t last) {
  SmallVector<ReassociationIndices> groups;
  for (int64_t d = 0; d < first; ++d)
    groups.push_back({d});
  ReassociationIndices merged;
  for (int64_t d = first; d <= last; ++d)
    merged.push_back(d);
  groups.push_back(merged);
  for (int64_t d = last + 1; d < rank; ++d)
    groups.push_back({d});
  return groups;
}

/// `value` converted elementwise to `element` (no-op when it already is).
Value convertElements(OpBuilder &b, Location loc, Value value, Type element) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getElementType() == element)
    return value;
  Type source = type.getElementType();
  return buildElementwise(b, loc, type.clone(element), value,
                          [&](OpBuilder &nb, Location nl, ValueRange args) {
                            return convertScalar(nb, nl, args[0], source,
                                                 element);
                          });
}

/// `value` with the static type `type` where lowering lost static info.
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
    std::optional<int64_t> l = getConstantIntValue(lo), h = getConstantIntValue(hi);
    shape.push_back(ShapedType::isDynamic(size) || !l || !h ? ShapedType::kDynamic
                                                            : size + *l + *h);
  }
  return tensor::PadOp::create(b, loc, type.clone(shape), source, low, high,
                               padValue);
}

DenseIntElementsAttr i64Vector(OpBuilder &b, ArrayRef<int64_t> values) {
  auto type = RankedTensorType::get({int64_t(values.size())}, b.getI64Type());
  return DenseIntElementsAttr::get(type, values);
}

/// Output size of a window: floor((in - dil*(k-1) - 1) / stride) + 1, or 0.
OpFoldResult windowOutput(IndexMath &im, OpFoldResult in, OpFoldResult kernel,
                          int64_t stride, int64_t dilation) {
  OpFoldResult span = im.sub(
      im.sub(in, im.mul(im.sub(kernel, im.c(1)), im.c(dilation))), im.c(1));
  return im.div(im.max(im.add(span, im.c(stride)), im.c(0)), im.c(stride));
}

//===----------------------------------------------------------------------===//
// MatMulOp
//===----------------------------------------------------------------------===//

bool allOnes(ArrayRef<int64_t> shape) {
  return llvm::all_of(shape, [](int64_t d) { return d == 1; });
}

/// Batch dims of two operands that can be flattened into one batch dim of a
/// batch_matmul: the same after leading 1s are dropped, no broadcasting.
bool sameBatch(ArrayRef<int64_t> lhs, ArrayRef<int64_t> rhs) {
  auto strip = [](ArrayRef<int64_t> s) {
    while (!s.empty() && s.front() == 1)
      s = s.drop_front();
    return s;
  };
  lhs = strip(lhs);
  rhs = strip(rhs);
  if (lhs.empty() || lhs.size() != rhs.size())
    return false;
  return llvm::all_of(llvm::zip(lhs, rhs), [](auto pair) {
    auto [l, r] = pair;
    if (l == r)
      return true;
    // Dynamic against static: equal unless the static one broadcasts.
    return (ShapedType::isDynamic(l) && r != 1) ||
           (ShapedType::isDynamic(r) && l != 1);
  });
}

/// [batch..., M, N] product of `lhs` [lb..., M, K] and `rhs` [rb..., K, N]
/// (ranks >= 2) with numpy batch broadcasting, in `acc` elements.
Value matmulFull(OpBuilder &b, Location loc, Value lhs, Value rhs, Type acc) {
  auto lhsType = cast<RankedTensorType>(lhs.getType());
  auto rhsType = cast<RankedTensorType>(rhs.getType());
  int64_t lr = lhsType.getRank(), rr = rhsType.getRank();
  int64_t lb = lr - 2, rb = rr - 2, nb = std::max(lb, rb);
  ArrayRef<int64_t> lhsBatch = lhsType.getShape().drop_back(2);
  ArrayRef<int64_t> rhsBatch = rhsType.getShape().drop_back(2);
  SmallVector<OpFoldResult> ls = sizesOf(b, loc, lhs), rs = sizesOf(b, loc, rhs);
  OpFoldResult m = ls[lr - 2], n = rs[rr - 1];
  // The result batch sizes: from the operand whose dim is not a static 1.
  SmallVector<OpFoldResult> full;
  for (int64_t i = 0; i < nb; ++i) {
    int64_t li = i - (nb - lb), ri = i - (nb - rb);
    bool fromLhs = li >= 0 && lhsBatch[li] != 1;
    bool fromRhs = ri >= 0 && rhsBatch[ri] != 1;
    if (fromLhs && fromRhs && ShapedType::isDynamic(lhsBatch[li]))
      fromLhs = false; // prefer the static size
    if (fromLhs)
      full.push_back(ls[li]);
    else if (fromRhs)
      full.push_back(rs[ri]);
    else
      full.push_back(b.getIndexAttr(1));
  }
  full.push_back(m);
  full.push_back(n);

  // Reshapes merge at most one dynamic dim per group: LLVM 22's
  // expand-strided-metadata cannot expand a memref group with several.
  auto fewDynamic = [](ArrayRef<int64_t> dims) {
    return llvm::count_if(dims, ShapedType::isDynamic) <= 1;
  };
  // [B..., M, K] x [K, N]: one matmul on [B*...*M, K].
  if (allOnes(rhsBatch) && fewDynamic(lhsType.getShape().drop_back())) {
    Value lhs2 = lb ? collapse(b, loc, lhs, mergeGroups(lr, 0, lb)) : lhs;
    Value rhs2 = rb ? collapse(b, loc, rhs, mergeGroups(rr, 0, rb)) : rhs;
    SmallVector<OpFoldResult> sizes = {sizesOf(b, loc, lhs2)[0], n};
    Value init = zeroFilled(b, loc, sizes, acc);
    Value product = linalg::MatmulOp::create(b, loc, TypeRange{init.getType()},
                                             ValueRange{lhs2, rhs2}, init)
                        .getResult(0);
    return nb ? expand(b, loc, product, mergeGroups(nb + 2, 0, nb), full)
              : product;
  }
  // Same batch dims: one batch_matmul on the flattened batch.
  if (sameBatch(lhsBatch, rhsBatch) && fewDynamic(lhsBatch) &&
      fewDynamic(rhsBatch)) {
    Value lhs3 = lb > 1 ? collapse(b, loc, lhs, mergeGroups(lr, 0, lb - 1)) : lhs;
    Value rhs3 = rb > 1 ? collapse(b, loc, rhs, mergeGroups(rr, 0, rb - 1)) : rhs;
    SmallVector<OpFoldResult> sizes = {sizesOf(b, loc, lhs3)[0], m, n};
    Value init = zeroFilled(b, loc, sizes, acc);
    Value product =
        linalg::BatchMatmulOp::create(b, loc, TypeRange{init.getType()},
                                      ValueRange{lhs3, rhs3}, init)
            .getResult(0);
    return nb > 1 ? expand(b, loc, product, mergeGroups(nb + 2, 0, nb - 1), full)
                  : product;
  }
  // Broadcast batch dims: a generic contraction whose maps read the static
  // size-1 batch dims at 0 (no broadcast copy).
  MLIRContext *ctx = b.getContext();
  auto dim = [&](int64_t d) { return getAffineDimExpr(d, ctx); };
  auto operandMap = [&](ArrayRef<int64_t> batch, AffineExpr rowDim,
                        AffineExpr colDim) {
    SmallVector<AffineExpr> exprs;
    for (auto [i, size] : llvm::enumerate(batch))
      exprs.push_back(size == 1 ? getAffineConstantExpr(0, ctx)
                                : dim(i + nb - batch.size()));
    exprs.push_back(rowDim);
    exprs.push_back(colDim);
    return AffineMap::get(nb + 3, 0, exprs, ctx);
  };
  AffineExpr dm = dim(nb), dn = dim(nb + 1), dk = dim(nb + 2);
  SmallVector<AffineExpr> outExprs;
  for (int64_t d = 0; d < nb + 2; ++d)
    outExprs.push_back(dim(d));
  SmallVector<AffineMap> maps = {operandMap(lhsBatch, dm, dk),
                                 operandMap(rhsBatch, dk, dn),
                                 AffineMap::get(nb + 3, 0, outExprs, ctx)};
  SmallVector<IteratorType> iterators(nb + 2, IteratorType::parallel);
  iterators.push_back(IteratorType::reduction);
  Value init = zeroFilled(b, loc, full, acc);
  return linalg::GenericOp::create(
             b, loc, init.getType(), ValueRange{lhs, rhs}, init, maps,
             iterators,
             [](OpBuilder &body, Location l, ValueRange args) {
               linalg::YieldOp::create(
                   body, l, multiplyAdd(body, l, args[0], args[1], args[2]));
             })
      .getResult(0);
}

/// numpy matmul: 2-D -> linalg.matmul; equal batch dims -> batch_matmul on
/// the flattened batch; a 2-D rhs -> matmul on the flattened lhs; broadcast
/// batch -> linalg.generic contraction; 1-D operands are reshaped to 2-D
/// (1-D x 1-D is linalg.dot).
struct LowerMatMul : OpConversionPattern<MatMulOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(MatMulOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = resultType.getElementType();
    if (!isa<FloatType>(element) &&
        !(isa<IntegerType>(element) && !element.isInteger(1)))
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
  LogicalResult matchAndRewrite(EinsumOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = getContext();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = resultType.getElementType();
    if (element.isInteger(1))
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
    // A label broadcasts where it is a static 1 and not 1 somewhere else.
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
    SmallVector<AffineExpr> outExprs;
    for (size_t d = 0; d < output.size(); ++d)
      outExprs.push_back(getAffineDimExpr(d, ctx));
    maps.push_back(AffineMap::get(numLoops, 0, outExprs, ctx));
    SmallVector<IteratorType> iterators(numLoops, IteratorType::reduction);
    for (size_t d = 0; d < output.size(); ++d)
      iterators[d] = IteratorType::parallel;
    SmallVector<OpFoldResult> outSizes(loopSizes.begin(),
                                       loopSizes.begin() + output.size());
    Value init = zeroFilled(rewriter, loc, outSizes, acc);
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, init.getType(), inputs, init, maps, iterators,
            [&](OpBuilder &b, Location l, ValueRange args) {
              Value product;
              for (Value arg : args.drop_back()) {
                Value x = arg;
                if (x.getType() != acc)
                  x = arith::ExtFOp::create(b, l, acc, x);
                if (!product)
                  product = x;
                else if (isa<FloatType>(acc))
                  product = arith::MulFOp::create(b, l, product, x);
                else
                  product = arith::MulIOp::create(b, l, product, x);
              }
              Value sum = isa<FloatType>(acc)
                              ? arith::AddFOp::create(b, l, args.back(), product)
                                    .getResult()
                              : arith::AddIOp::create(b, l, args.back(), product)
                                    .getResult();
              linalg::YieldOp::create(b, l, sum);
            })
            .getResult(0);
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
Value groupedConvGeneric(OpBuilder &b, Location loc, Value input, Value filter,
                         Value init, ArrayRef<int64_t> strides,
                         ArrayRef<int64_t> dilations) {
  MLIRContext *ctx = b.getContext();
  int64_t r = strides.size();
  int64_t numLoops = 4 + 2 * r; // n, g, f, o..., c, k...
  auto d = [&](int64_t i) { return getAffineDimExpr(i, ctx); };
  SmallVector<AffineExpr> in = {d(0), d(1), d(3 + r)}, w = {d(1), d(2), d(3 + r)},
                          out = {d(0), d(1), d(2)};
  for (int64_t i = 0; i < r; ++i) {
    in.push_back(d(3 + i) * strides[i] + d(4 + r + i) * dilations[i]);
    w.push_back(d(4 + r + i));
    out.push_back(d(3 + i));
  }
  SmallVector<AffineMap> maps = {AffineMap::get(numLoops, 0, in, ctx),
                                 AffineMap::get(numLoops, 0, w, ctx),
                                 AffineMap::get(numLoops, 0, out, ctx)};
  SmallVector<IteratorType> iterators(3 + r, IteratorType::parallel);
  iterators.append(1 + r, IteratorType::reduction);
  return linalg::GenericOp::create(
             b, loc, init.getType(), ValueRange{input, filter}, init, maps,
             iterators,
             [](OpBuilder &nb, Location nl, ValueRange args) {
               linalg::YieldOp::create(
                   nb, nl, multiplyAdd(nb, nl, args[0], args[1], args[2]));
             })
      .getResult(0);
}

/// Convolution of an already padded `input` [N, C, S...] with `filter`
/// [M, C/group, K...], in `acc` elements: [N, M, O...].
Value convolve(OpBuilder &b, Location loc, Value input, Value filter,
               ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations,
               int64_t group, Type acc) {
  IndexMath im{b, loc};
  int64_t r = strides.size();
  SmallVector<OpFoldResult> in = sizesOf(b, loc, input), w = sizesOf(b, loc, filter);
  SmallVector<OpFoldResult> out = {in[0], w[0]};
  for (int64_t i = 0; i < r; ++i)
    out.push_back(windowOutput(im, in[2 + i], w[2 + i], strides[i], dilations[i]));
  auto stridesAttr = i64Vector(b, strides), dilationsAttr = i64Vector(b, dilations);
  Value init = zeroFilled(b, loc, out, acc);
  Type initType = init.getType();
  ValueRange outs = init;

  if (group == 1 && r <= 3) {
    SmallVector<Value> ins = {input, filter};
    Operation *conv;
    if (r == 1)
      conv = linalg::Conv1DNcwFcwOp::create(b, loc, initType, ins, outs,
                                            stridesAttr, dilationsAttr);
    else if (r == 2)
      conv = linalg::Conv2DNchwFchwOp::create(b, loc, initType, ins, outs,
                                              stridesAttr, dilationsAttr);
    else
      conv = linalg::Conv3DNcdhwFcdhwOp::create(b, loc, initType, ins, outs,
                                                stridesAttr, dilationsAttr);
    return conv->getResult(0);
  }
  // Depthwise (one filter per channel): filter [C, 1, K...] -> [C, K...].
  auto filterType = cast<RankedTensorType>(filter.getType());
  auto inputType = cast<RankedTensorType>(input.getType());
  if (r <= 3 && inputType.getDimSize(1) == group &&
      filterType.getDimSize(0) == group && filterType.getDimSize(1) == 1) {
    SmallVector<Value> ins = {input,
                              collapse(b, loc, filter, mergeGroups(r + 2, 0, 1))};
    Operation *conv;
    if (r == 1)
      conv = linalg::DepthwiseConv1DNcwCwOp::create(b, loc, initType, ins, outs,
                                                    stridesAttr, dilationsAttr);
    else if (r == 2)
      conv = linalg::DepthwiseConv2DNchwChwOp::create(
          b, loc, initType, ins, outs, stridesAttr, dilationsAttr);
    else
      conv = linalg::DepthwiseConv3DNcdhwCdhwOp::create(
          b, loc, initType, ins, outs, stridesAttr, dilationsAttr);
    return conv->getResult(0);
  }
  // Grouped: split the channels into G x C/G and the filters into G x M/G.
  OpFoldResult g = im.c(group);
  SmallVector<OpFoldResult> inShape = {in[0], g, w[1]};
  SmallVector<OpFoldResult> wShape = {g, im.div(w[0], g), w[1]};
  SmallVector<OpFoldResult> outShape = {in[0], g, im.div(w[0], g)};
  for (int64_t i = 0; i < r; ++i) {
    inShape.push_back(in[2 + i]);
    wShape.push_back(w[2 + i]);
    outShape.push_back(out[2 + i]);
  }
  auto split = mergeGroups(r + 3, 1, 2);
  Value groupedInput = expand(b, loc, input, split, inShape);
  Value groupedFilter = expand(b, loc, filter, mergeGroups(r + 3, 0, 1), wShape);
  Value groupedInit = zeroFilled(b, loc, outShape, acc);
  Value result;
  if (r == 2)
    result = linalg::Conv2DNgchwGfchwOp::create(
                 b, loc, groupedInit.getType(),
                 ValueRange{groupedInput, groupedFilter}, groupedInit,
                 stridesAttr, dilationsAttr)
                 .getResult(0);
  else
    result = groupedConvGeneric(b, loc, groupedInput, groupedFilter,
                                groupedInit, strides, dilations);
  return collapse(b, loc, result, split);
}

/// result[n, m, ...] = element(acc[n, m, ...] + bias[m]).
Value addBiasAndConvert(OpBuilder &b, Location loc, Value acc, Value bias,
                        Type element) {
  auto type = cast<RankedTensorType>(acc.getType());
  if (!bias && type.getElementType() == element)
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
  SmallVector<IteratorType> iterators(rank, IteratorType::parallel);
  Type accType = type.getElementType();
  return linalg::GenericOp::create(
             b, loc, init.getType(), ins, init, maps, iterators,
             [&](OpBuilder &nb, Location nl, ValueRange args) {
               Value x = args[0];
               if (bias) {
                 Value y = args[1];
                 if (isa<FloatType>(accType)) {
                   if (y.getType() != accType)
                     y = arith::ExtFOp::create(nb, nl, accType, y);
                   x = arith::AddFOp::create(nb, nl, x, y);
                 } else {
                   x = arith::AddIOp::create(nb, nl, x, y);
                 }
               }
               if (accType != element)
                 x = arith::TruncFOp::create(nb, nl, element, x);
               linalg::YieldOp::create(nb, nl, x);
             })
      .getResult(0);
}

bool isNumeric(Type element) {
  return isa<FloatType>(element) ||
         (isa<IntegerType>(element) && !element.isInteger(1));
}

/// Zero-pad, then linalg.conv_{1d_ncw_fcw,2d_nchw_fchw,3d_ncdhw_fcdhw}
/// (group 1), depthwise_conv_* (one filter per channel),
/// conv_2d_ngchw_gfchw (grouped 2-D) or a grouped linalg.generic (other
/// ranks); the bias is added by an elementwise generic after.
struct LowerConv : OpConversionPattern<ConvOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ConvOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = resultType.getElementType();
    if (!isNumeric(element))
      return notSupported(op, rewriter, "boolean convolution");
    int64_t r = resultType.getRank() - 2;
    ArrayRef<int64_t> pads = op.getPads();
    SmallVector<OpFoldResult> low(2, rewriter.getIndexAttr(0)), high = low;
    for (int64_t i = 0; i < r; ++i) {
      low.push_back(rewriter.getIndexAttr(pads[i]));
      high.push_back(rewriter.getIndexAttr(pads[r + i]));
    }
    Value zero = scalarConstant(rewriter, loc, element, 0.0);
    Value input = padWith(rewriter, loc, adaptor.getInput(), low, high, zero);
    Value acc = convolve(rewriter, loc, input, adaptor.getFilter(),
                         op.getStrides(), op.getDilations(), op.getGroup(),
                         accumulatorType(element));
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
  LogicalResult matchAndRewrite(ConvTransposeOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = getContext();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = resultType.getElementType();
    if (!isNumeric(element))
      return notSupported(op, rewriter, "boolean transposed convolution");
    Value input = adaptor.getInput(), filter = adaptor.getFilter();
    auto filterType = cast<RankedTensorType>(filter.getType());
    int64_t r = resultType.getRank() - 2, group = op.getGroup();
    ArrayRef<int64_t> kernel = filterType.getShape().drop_front(2);
    if (ShapedType::isDynamicShape(kernel))
      return notSupported(op, rewriter, "dynamic kernel size (the filter flip)");
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
    auto nonNegative = [](ArrayRef<int64_t> v) {
      return llvm::all_of(v, [](int64_t x) { return x >= 0; });
    };
    SmallVector<OpFoldResult> in = sizesOf(rewriter, loc, input);
    SmallVector<OpFoldResult> zeros(2, im.c(0)), ones(2 + r, im.c(1));
    if (llvm::all_of(strides, [](int64_t s) { return s == 1; }) &&
        nonNegative(padLow) && nonNegative(padHigh)) {
      SmallVector<OpFoldResult> low = zeros, high = zeros;
      for (int64_t i = 0; i < r; ++i) {
        low.push_back(im.c(padLow[i]));
        high.push_back(im.c(padHigh[i]));
      }
      input = padWith(rewriter, loc, input, low, high, zero);
    } else {
      SmallVector<OpFoldResult> bufSizes = {in[0], in[1]}, offsets = zeros,
                                sliceOffsets = zeros, sliceSizes = {in[0], in[1]},
                                steps = {im.c(1), im.c(1)};
      for (int64_t i = 0; i < r; ++i) {
        OpFoldResult dilated =
            im.add(im.mul(im.sub(in[2 + i], im.c(1)), im.c(strides[i])), im.c(1));
        bufSizes.push_back(im.add(
            dilated, im.c(std::max<int64_t>(padLow[i], 0) +
                          std::max<int64_t>(padHigh[i], 0))));
        offsets.push_back(im.c(std::max<int64_t>(padLow[i], 0)));
        steps.push_back(im.c(strides[i]));
        sliceOffsets.push_back(im.c(std::max<int64_t>(-padLow[i], 0)));
        sliceSizes.push_back(im.add(dilated, im.c(padLow[i] + padHigh[i])));
      }
      Value buffer = zeroFilled(rewriter, loc, bufSizes, element);
      input = tensor::InsertSliceOp::create(rewriter, loc, input, buffer, offsets,
                                            in, steps);
      if (!nonNegative(padLow) || !nonNegative(padHigh))
        input = tensor::ExtractSliceOp::create(rewriter, loc, input, sliceOffsets,
                                               sliceSizes, ones);
    }

    // The filter [C, M/G, K...] as a conv filter [M, C/G, K...], flipped:
    // out[g, f, c, k] = filter[g, c, f, K-1-k] on the expanded filter.
    SmallVector<OpFoldResult> w = sizesOf(rewriter, loc, filter);
    OpFoldResult g = im.c(group), cg = im.div(w[0], g);
    bool grouped = group != 1;
    if (grouped) {
      SmallVector<OpFoldResult> shape = {g, cg, w[1]};
      shape.append(w.begin() + 2, w.end());
      filter = expand(rewriter, loc, filter, mergeGroups(r + 3, 0, 1), shape);
    }
    int64_t lead = grouped ? 1 : 0, numLoops = lead + 2 + r;
    auto d = [&](int64_t i) { return getAffineDimExpr(i, ctx); };
    SmallVector<AffineExpr> read, write;
    SmallVector<OpFoldResult> flippedSizes;
    if (grouped) {
      read.push_back(d(0));
      write.push_back(d(0));
      flippedSizes.push_back(g);
    }
    read.append({d(lead + 1), d(lead)});
    write.append({d(lead), d(lead + 1)});
    flippedSizes.append({w[1], cg});
    for (int64_t i = 0; i < r; ++i) {
      read.push_back(kernel[i] - 1 - d(lead + 2 + i));
      write.push_back(d(lead + 2 + i));
      flippedSizes.push_back(im.c(kernel[i]));
    }
    Value flippedInit =
        tensor::EmptyOp::create(rewriter, loc, flippedSizes, element);
    Value flipped =
        linalg::GenericOp::create(
            rewriter, loc, flippedInit.getType(), filter, flippedInit,
            {AffineMap::get(numLoops, 0, read, ctx),
             AffineMap::get(numLoops, 0, write, ctx)},
            SmallVector<IteratorType>(numLoops, IteratorType::parallel),
            [](OpBuilder &b, Location l, ValueRange args) {
              linalg::YieldOp::create(b, l, args[0]);
            })
            .getResult(0);
    if (grouped)
      flipped = collapse(rewriter, loc, flipped, mergeGroups(r + 3, 0, 1));

    SmallVector<int64_t> unitStrides(r, 1);
    Value acc = convolve(rewriter, loc, input, flipped, unitStrides, dilations,
                         group, accumulatorType(element));
    Value result =
        addBiasAndConvert(rewriter, loc, acc, adaptor.getBias(), element);
    rewriter.replaceOp(op, castTo(rewriter, loc, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// PoolOp
//===----------------------------------------------------------------------===//

/// N-d pooling as a linalg.generic: loops n, c, o..., k... over `input`
/// (padded) and a window tensor that only carries the kernel sizes.
Value poolGeneric(OpBuilder &b, Location loc, Value input, Value window,
                  Value init, ArrayRef<int64_t> strides,
                  ArrayRef<int64_t> dilations,
                  function_ref<Value(OpBuilder &, Location, Value, Value)> combine) {
  MLIRContext *ctx = b.getContext();
  int64_t r = strides.size(), numLoops = 2 + 2 * r;
  auto d = [&](int64_t i) { return getAffineDimExpr(i, ctx); };
  SmallVector<AffineExpr> in = {d(0), d(1)}, k, out = {d(0), d(1)};
  for (int64_t i = 0; i < r; ++i) {
    in.push_back(d(2 + i) * strides[i] + d(2 + r + i) * dilations[i]);
    k.push_back(d(2 + r + i));
    out.push_back(d(2 + i));
  }
  SmallVector<IteratorType> iterators(2 + r, IteratorType::parallel);
  iterators.append(r, IteratorType::reduction);
  return linalg::GenericOp::create(
             b, loc, init.getType(), ValueRange{input, window}, init,
             {AffineMap::get(numLoops, 0, in, ctx),
              AffineMap::get(numLoops, 0, k, ctx),
              AffineMap::get(numLoops, 0, out, ctx)},
             iterators,
             [&](OpBuilder &nb, Location nl, ValueRange args) {
               linalg::YieldOp::create(nb, nl, combine(nb, nl, args[2], args[0]));
             })
      .getResult(0);
}

/// Pad (max: lowest value, avg: zero; ceil_mode pads the end further so the
/// last window fits), then linalg.pooling_nc{w,hw}_{max,sum} (1-D/2-D) or a
/// linalg.generic (3-D, unsigned max). Average divides by the window size
/// counted per output position with index arithmetic: positions inside the
/// input, or inside input + pads with count_include_pad (as onnxruntime).
struct LowerPool : OpConversionPattern<PoolOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(PoolOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = resultType.getElementType();
    bool isMax = op.getKind() == PoolKind::Max;
    bool isFloat = isa<FloatType>(element);
    bool isUnsignedInt =
        isUnsigned(op.getInput().getType().getElementType()) || element.isInteger(1);
    if (!isMax && !isFloat)
      return notSupported(op, rewriter, "average pooling of integers");
    if (!isNumeric(element) && !element.isInteger(1))
      return notSupported(op, rewriter, "element type");
    Value input = adaptor.getInput();
    int64_t r = resultType.getRank() - 2;
    ArrayRef<int64_t> kernel = op.getKernelShape(), strides = op.getStrides(),
                      dilations = op.getDilations(), pads = op.getPads();
    bool ceil = op.getCeilMode();
    IndexMath im{rewriter, loc};

    // Output sizes (the verifier's rule, at run time for dynamic dims) and
    // the end padding that makes the last (ceil_mode) window fit.
    SmallVector<OpFoldResult> in = sizesOf(rewriter, loc, input);
    SmallVector<OpFoldResult> out = {in[0], in[1]};
    SmallVector<OpFoldResult> low(2, im.c(0)), high(2, im.c(0));
    for (int64_t i = 0; i < r; ++i) {
      int64_t span = dilations[i] * (kernel[i] - 1);
      OpFoldResult padded = im.add(in[2 + i], im.c(pads[i] + pads[r + i]));
      OpFoldResult size;
      if (!resultType.isDynamicDim(2 + i)) {
        size = im.c(resultType.getDimSize(2 + i));
      } else {
        OpFoldResult x = im.sub(padded, im.c(span + 1));
        if (!ceil) {
          size = im.div(im.max(im.add(x, im.c(strides[i])), im.c(0)),
                        im.c(strides[i]));
        } else {
          // ceil(x / s) + 1, minus one if that window starts past the input.
          OpFoldResult up = im.add(
              im.div(im.add(im.max(x, im.c(0)), im.c(strides[i] - 1)),
                     im.c(strides[i])),
              im.c(1));
          OpFoldResult lastStart = im.mul(im.sub(up, im.c(1)), im.c(strides[i]));
          Value past = im.lt(im.sub(im.add(in[2 + i], im.c(pads[i])), im.c(1)),
                             lastStart);
          up = im.select(past, im.sub(up, im.c(1)), up);
          size = im.select(im.lt(x, im.c(0)), im.c(0), up);
        }
      }
      out.push_back(size);
      OpFoldResult needed = im.add(
          im.mul(im.sub(size, im.c(1)), im.c(strides[i])), im.c(span + 1));
      OpFoldResult extra = im.max(im.sub(needed, padded), im.c(0));
      low.push_back(im.c(pads[i]));
      high.push_back(im.add(im.c(pads[r + i]), extra));
    }

    Value padValue;
    if (!isMax) {
      padValue = scalarConstant(rewriter, loc, element, 0.0);
    } else if (isFloat) {
      auto floatType = cast<FloatType>(element);
      padValue = arith::ConstantOp::create(
          rewriter, loc,
          rewriter.getFloatAttr(
              floatType, APFloat::getInf(floatType.getFloatSemantics(), true)));
    } else {
      unsigned width = element.getIntOrFloatBitWidth();
      APInt lowest = isUnsignedInt ? APInt::getMinValue(width)
                                   : APInt::getSignedMinValue(width);
      padValue = arith::ConstantOp::create(
          rewriter, loc, rewriter.getIntegerAttr(element, lowest));
    }
    Value padded = padWith(rewriter, loc, input, low, high, padValue);

    SmallVector<OpFoldResult> windowSizes =
        llvm::map_to_vector(kernel, [&](int64_t k) { return im.c(k); });
    Value window = tensor::EmptyOp::create(rewriter, loc, windowSizes, element);
    auto stridesAttr = i64Vector(rewriter, strides);
    auto dilationsAttr = i64Vector(rewriter, dilations);
    Type acc = isMax ? element : accumulatorType(element);
    Value init = tensor::EmptyOp::create(rewriter, loc, out, acc);
    init = linalg::FillOp::create(rewriter, loc,
                                  isMax ? padValue
                                        : scalarConstant(rewriter, loc, acc, 0.0),
                                  init)
               .getResult(0);
    Type initType = init.getType();
    SmallVector<Value> ins = {padded, window};
    Value pooled;
    if (isMax && !isUnsignedInt && r == 2)
      pooled = linalg::PoolingNchwMaxOp::create(rewriter, loc, initType, ins, init,
                                                stridesAttr, dilationsAttr)
                   .getResult(0);
    else if (isMax && !isUnsignedInt && r == 1)
      pooled = linalg::PoolingNcwMaxOp::create(rewriter, loc, initType, ins, init,
                                               stridesAttr, dilationsAttr)
                   .getResult(0);
    else if (!isMax && r == 2)
      pooled = linalg::PoolingNchwSumOp::create(rewriter, loc, initType, ins, init,
                                                stridesAttr, dilationsAttr)
                   .getResult(0);
    else if (!isMax && r == 1)
      pooled = linalg::PoolingNcwSumOp::create(rewriter, loc, initType, ins, init,
                                               stridesAttr, dilationsAttr)
                   .getResult(0);
    else
      pooled = poolGeneric(
          rewriter, loc, padded, window, init, strides, dilations,
          [&](OpBuilder &b, Location l, Value accValue, Value x) -> Value {
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
    if (isMax) {
      rewriter.replaceOp(op, castTo(rewriter, loc, pooled, resultType));
      return success();
    }

    // Average: divide by the number of counted window positions.
    bool includePad = op.getCountIncludePad();
    bool constantCount = true;
    int64_t windowSize = 1;
    for (int64_t i = 0; i < r; ++i) {
      windowSize *= kernel[i];
      OpFoldResult extra = im.sub(high[2 + i], im.c(pads[r + i]));
      bool padsCounted = includePad || (pads[i] == 0 && pads[r + i] == 0);
      constantCount &= padsCounted && isConstantIntValue(extra, 0);
    }
    // Counted positions per dim: [lo, hi) = [-pad, in + pad) or [0, in).
    SmallVector<OpFoldResult> lo, hi;
    for (int64_t i = 0; i < r; ++i) {
      lo.push_back(im.c(includePad ? -pads[i] : 0));
      hi.push_back(includePad ? im.add(in[2 + i], im.c(pads[r + i])) : in[2 + i]);
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
            OpFoldResult total = bm.c(1);
            for (int64_t i = 0; i < r; ++i) {
              OpFoldResult o = linalg::IndexOp::create(b, l, 2 + i).getResult();
              OpFoldResult start = bm.sub(bm.mul(o, bm.c(strides[i])), bm.c(pads[i]));
              OpFoldResult d = bm.c(dilations[i]);
              OpFoldResult first = bm.div(
                  bm.add(bm.max(bm.sub(lo[i], start), bm.c(0)), bm.c(dilations[i] - 1)),
                  d);
              OpFoldResult end = bm.min(
                  bm.div(bm.max(bm.add(bm.sub(bm.sub(hi[i], bm.c(1)), start), d),
                                bm.c(0)),
                         d),
                  bm.c(kernel[i]));
              total = bm.mul(total, bm.max(bm.sub(end, first), bm.c(0)));
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
  auto type = cast<RankedTensorType>(source.getType());
  Value init = tensor::EmptyOp::create(b, loc, sizes, type.getElementType());
  AffineMap identity = AffineMap::getMultiDimIdentityMap(4, b.getContext());
  return linalg::GenericOp::create(
             b, loc, init.getType(), ValueRange{}, init, identity,
             SmallVector<IteratorType>(4, IteratorType::parallel),
             [&](OpBuilder &nb, Location nl, ValueRange) {
               SmallVector<Value> index;
               for (int64_t d = 0; d < 4; ++d)
                 index.push_back(linalg::IndexOp::create(nb, nl, d));
               index[1] = arith::MinUIOp::create(
                   nb, nl, arith::DivUIOp::create(nb, nl, index[1], groupValue),
                   lastHead);
               linalg::YieldOp::create(
                   nb, nl, tensor::ExtractOp::create(nb, nl, source, index).getResult());
             })
      .getResult(0);
}

/// Q [B,Hq,Sq,D], K/V [B,Hkv,Skv,D/Dv]. Q is viewed as [B,Hkv,G,Sq,D]
/// (G = Hq/Hkv, skipped when G is statically 1) so that the key/value head
/// of every query head is an affine index (dynamic head counts: K and V are
/// repeated to Hq heads first). Steps, all f32:
///   S = Q K^T (generic contraction over D)
///   T = softcap(S * scale), mask (bool: -inf where false; float: add),
///       causal (-inf where j > i)                       (elementwise)
///   M = max_j T (-inf -> 0 for fully masked rows), E = exp(T - M),
///   L = sum_j E, O = E V (contraction over Skv), out = L == 0 ? 0 : O / L.
struct LowerAttention : OpConversionPattern<AttentionOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(AttentionOp op, OpAdaptor adaptor,
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
      // Dynamic head counts: K and V repeated to the query heads.
      k = repeatHeads(rewriter, loc, k, qs[1], groupSize);
      v = repeatHeads(rewriter, loc, v, qs[1], groupSize);
      ks = sizesOf(rewriter, loc, k);
      groupSize = im.c(1);
    }
    bool grouped = !isConstantIntValue(groupSize, 1);
    // Prefix loops: (b, hkv, g) or (b, h); then i (query), then j or v / d.
    int64_t np = grouped ? 3 : 2;
    SmallVector<OpFoldResult> prefix = {qs[0]};
    if (grouped) {
      prefix.append({ks[1], groupSize});
      q = expand(rewriter, loc, q, mergeGroups(5, 1, 2),
                 {qs[0], ks[1], groupSize, qs[2], qs[3]});
    } else {
      prefix.push_back(qs[1]);
    }
    auto d = [&](int64_t i) { return getAffineDimExpr(i, ctx); };
    auto withPrefix = [&](int64_t numLoops, ArrayRef<AffineExpr> tail) {
      SmallVector<AffineExpr> exprs;
      for (int64_t i = 0; i < np; ++i)
        exprs.push_back(d(i));
      exprs.append(tail.begin(), tail.end());
      return AffineMap::get(numLoops, 0, exprs, ctx);
    };
    auto kvMap = [&](int64_t numLoops, AffineExpr seq, AffineExpr feature) {
      return AffineMap::get(numLoops, 0, {d(0), d(1), seq, feature}, ctx);
    };
    auto sizes = [&](ArrayRef<OpFoldResult> tail) {
      SmallVector<OpFoldResult> all(prefix);
      all.append(tail.begin(), tail.end());
      return all;
    };
    auto iterators = [&](int64_t parallel, int64_t reduction) {
      SmallVector<IteratorType> it(parallel, IteratorType::parallel);
      it.append(reduction, IteratorType::reduction);
      return it;
    };
    int64_t i = np, j = np + 1, x = np + 2; // loop positions

    // S[p, i, j] = sum_d Q[p, i, d] K[b, hkv, j, d].
    Value scoresInit = zeroFilled(rewriter, loc, sizes({qs[2], ks[2]}), f32);
    Value scores =
        linalg::GenericOp::create(
            rewriter, loc, scoresInit.getType(), ValueRange{q, k}, scoresInit,
            {withPrefix(np + 3, {d(i), d(x)}), kvMap(np + 3, d(j), d(x)),
             withPrefix(np + 3, {d(i), d(j)})},
            iterators(np + 2, 1),
            [](OpBuilder &b, Location l, ValueRange args) {
              linalg::YieldOp::create(
                  b, l, multiplyAdd(b, l, args[0], args[1], args[2]));
            })
            .getResult(0);

    // Scale, softcap, mask, causal.
    Value scale;
    std::optional<int64_t> depth = getConstantIntValue(qs[3]);
    if (std::optional<APFloat> attr = op.getScale()) {
      scale = arith::ConstantOp::create(
          rewriter, loc, rewriter.getF32FloatAttr(attr->convertToFloat()));
    } else if (depth) {
      scale = arith::ConstantOp::create(
          rewriter, loc, rewriter.getF32FloatAttr(1.0 / std::sqrt(double(*depth))));
    } else {
      Value depthIndex = arith::IndexCastOp::create(rewriter, loc, rewriter.getI64Type(),
                                               im.value(qs[3]));
      Value depthF = arith::UIToFPOp::create(rewriter, loc, rewriter.getF32Type(), depthIndex);
      Value one = scalarConstant(rewriter, loc, rewriter.getF32Type(), 1.0);
      scale = arith::DivFOp::create(rewriter, loc, one,
                                    math::SqrtOp::create(rewriter, loc, depthF));
    }
    if (f32 != rewriter.getF32Type())
      scale = arith::ExtFOp::create(rewriter, loc, f32, scale);
    SmallVector<Value> biasIns = {scores};
    SmallVector<AffineMap> biasMaps = {withPrefix(np + 2, {d(i), d(j)})};
    bool boolMask = false;
    if (mask) {
      auto maskType = cast<RankedTensorType>(mask.getType());
      boolMask = maskType.getElementType().isInteger(1);
      int64_t mr = maskType.getRank();
      // Mask dims, aligned right to (b, h, i, j); size 1 broadcasts.
      SmallVector<AffineExpr> exprs;
      SmallVector<OpFoldResult> ms = sizesOf(rewriter, loc, mask);
      for (int64_t md = 0; md < mr; ++md) {
        int64_t role = md + 4 - mr;
        if (maskType.getDimSize(md) == 1) {
          exprs.push_back(getAffineConstantExpr(0, ctx));
          continue;
        }
        if (role == 0)
          exprs.push_back(d(0));
        else if (role == 1 && grouped)
          exprs.append({d(1), d(2)});
        else if (role == 1)
          exprs.push_back(d(1));
        else
          exprs.push_back(d(role == 2 ? i : j));
      }
      if (mr >= 3 && grouped && maskType.getDimSize(mr - 3) != 1) {
        int64_t hd = mr - 3;
        SmallVector<OpFoldResult> shape(ms.begin(), ms.begin() + hd);
        shape.append({ks[1], groupSize});
        shape.append(ms.begin() + hd + 1, ms.end());
        mask = expand(rewriter, loc, mask, mergeGroups(mr + 1, hd, hd + 1), shape);
        mr += 1;
      }
      biasIns.push_back(mask);
      biasMaps.push_back(AffineMap::get(np + 2, 0, exprs, ctx));
    }
    biasMaps.push_back(biasMaps.front());
    float softcap = op.getSoftcap().convertToFloat();
    bool causal = op.getIsCausal();
    Value negInf = arith::ConstantOp::create(
        rewriter, loc,
        rewriter.getFloatAttr(f32, APFloat::getInf(cast<FloatType>(f32).getFloatSemantics(),
                                                   /*Negative=*/true)));
    Value biasedInit =
        tensor::EmptyOp::create(rewriter, loc, sizes({qs[2], ks[2]}), f32);
    Value biased =
        linalg::GenericOp::create(
            rewriter, loc, biasedInit.getType(), biasIns, biasedInit, biasMaps,
            iterators(np + 2, 0),
            [&](OpBuilder &b, Location l, ValueRange args) {
              Value t = arith::MulFOp::create(b, l, args[0], scale);
              if (softcap > 0.0f) {
                Value cap = scalarConstant(b, l, f32, softcap);
                t = arith::MulFOp::create(
                    b, l, cap,
                    math::TanhOp::create(b, l, arith::DivFOp::create(b, l, t, cap)));
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
                Value future =
                    arith::CmpIOp::create(b, l, arith::CmpIPredicate::ugt, col, row);
                t = arith::SelectOp::create(b, l, future, negInf, t);
              }
              linalg::YieldOp::create(b, l, t);
            })
            .getResult(0);

    // Row max (-inf for a fully masked row becomes 0), exp, row sum.
    AffineMap rowMap = withPrefix(np + 2, {d(i)});
    AffineMap fullMap = withPrefix(np + 2, {d(i), d(j)});
    Value maxInit = tensor::EmptyOp::create(rewriter, loc, sizes({qs[2]}), f32);
    maxInit = linalg::FillOp::create(rewriter, loc, negInf, maxInit).getResult(0);
    Value rowMax =
        linalg::GenericOp::create(
            rewriter, loc, maxInit.getType(), biased, maxInit, {fullMap, rowMap},
            iterators(np + 1, 1),
            [](OpBuilder &b, Location l, ValueRange args) {
              linalg::YieldOp::create(
                  b, l, arith::MaximumFOp::create(b, l, args[1], args[0]).getResult());
            })
            .getResult(0);
    Value expInit = tensor::EmptyOp::create(rewriter, loc, sizes({qs[2], ks[2]}), f32);
    Value exps =
        linalg::GenericOp::create(
            rewriter, loc, expInit.getType(), ValueRange{biased, rowMax}, expInit,
            {fullMap, rowMap, fullMap}, iterators(np + 2, 0),
            [&](OpBuilder &b, Location l, ValueRange args) {
              Value isInf = arith::CmpFOp::create(b, l, arith::CmpFPredicate::OEQ,
                                                  args[1], negInf);
              Value safeMax = arith::SelectOp::create(
                  b, l, isInf, scalarConstant(b, l, f32, 0.0), args[1]);
              Value shifted = arith::SubFOp::create(b, l, args[0], safeMax);
              linalg::YieldOp::create(b, l, math::ExpOp::create(b, l, shifted).getResult());
            })
            .getResult(0);
    Value sumInit = zeroFilled(rewriter, loc, sizes({qs[2]}), f32);
    Value rowSum =
        linalg::GenericOp::create(
            rewriter, loc, sumInit.getType(), exps, sumInit, {fullMap, rowMap},
            iterators(np + 1, 1),
            [](OpBuilder &b, Location l, ValueRange args) {
              linalg::YieldOp::create(b, l,
                                      arith::AddFOp::create(b, l, args[1], args[0]).getResult());
            })
            .getResult(0);

    // O[p, i, v] = sum_j E[p, i, j] V[b, hkv, j, v]; loops p, i, v, j.
    Value outInit = zeroFilled(rewriter, loc, sizes({qs[2], vs[3]}), f32);
    Value weighted =
        linalg::GenericOp::create(
            rewriter, loc, outInit.getType(), ValueRange{exps, v}, outInit,
            {withPrefix(np + 3, {d(i), d(x)}), kvMap(np + 3, d(x), d(j)),
             withPrefix(np + 3, {d(i), d(j)})},
            iterators(np + 2, 1),
            [](OpBuilder &b, Location l, ValueRange args) {
              linalg::YieldOp::create(
                  b, l, multiplyAdd(b, l, args[0], args[1], args[2]));
            })
            .getResult(0);

    // Normalize: a row whose weights sum to 0 (fully masked) gives zeros.
    Value finalInit =
        tensor::EmptyOp::create(rewriter, loc, sizes({qs[2], vs[3]}), element);
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, finalInit.getType(), ValueRange{weighted, rowSum},
            finalInit, {fullMap, rowMap, fullMap}, iterators(np + 2, 0),
            [&](OpBuilder &b, Location l, ValueRange args) {
              Value zero = scalarConstant(b, l, f32, 0.0);
              Value empty = arith::CmpFOp::create(b, l, arith::CmpFPredicate::OEQ,
                                                  args[1], zero);
              Value mean = arith::DivFOp::create(b, l, args[0], args[1]);
              Value out = arith::SelectOp::create(b, l, empty, zero, mean);
              if (f32 != element)
                out = arith::TruncFOp::create(b, l, element, out);
              linalg::YieldOp::create(b, l, out);
            })
            .getResult(0);
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
  LogicalResult matchAndRewrite(RotaryEmbeddingOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Type element = resultType.getElementType();
    Type f32 = accumulatorType(element);
    Value x = adaptor.getInput(), cosCache = adaptor.getCosCache(),
          sinCache = adaptor.getSinCache(), positions = adaptor.getPositionIds();
    bool interleaved = op.getInterleaved();
    IndexMath im{rewriter, loc};
    SmallVector<OpFoldResult> xs = sizesOf(rewriter, loc, x);
    SmallVector<OpFoldResult> cs = sizesOf(rewriter, loc, cosCache);
    int64_t rotaryDim = op.getRotaryEmbeddingDim();
    Value rot = im.value(rotaryDim ? im.c(rotaryDim) : xs[3]);
    Value half = im.value(im.div(rot, im.c(2)));
    // Largest valid index of each dim read with tensor.extract.
    auto lastOf = [&](OpFoldResult size) {
      return im.value(im.max(im.sub(size, im.c(1)), im.c(0)));
    };
    Value lastFeature = lastOf(xs[3]);
    SmallVector<Value> cacheLast = llvm::map_to_vector(cs, lastOf);
    Value lastPosition;
    if (positions) {
      Value maxPos = arith::IndexCastOp::create(rewriter, loc, rewriter.getI64Type(),
                                                cacheLast[0]);
      lastPosition = maxPos;
    }
    Value init = tensor::EmptyOp::create(rewriter, loc, xs, element);
    MLIRContext *ctx = getContext();
    AffineMap identity = AffineMap::getMultiDimIdentityMap(4, ctx);
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, init.getType(), x, init, {identity, identity},
            SmallVector<IteratorType>(4, IteratorType::parallel),
            [&](OpBuilder &b, Location l, ValueRange args) {
              auto cst = [&](int64_t v) {
                return arith::ConstantIndexOp::create(b, l, v).getResult();
              };
              auto cmp = [&](arith::CmpIPredicate p, Value u, Value w) {
                return arith::CmpIOp::create(b, l, p, u, w).getResult();
              };
              auto sel = [&](Value c, Value t, Value f) {
                return arith::SelectOp::create(b, l, c, t, f).getResult();
              };
              Value bi = linalg::IndexOp::create(b, l, 0);
              Value hi = linalg::IndexOp::create(b, l, 1);
              Value si = linalg::IndexOp::create(b, l, 2);
              Value di = linalg::IndexOp::create(b, l, 3);
              Value rotated = cmp(arith::CmpIPredicate::ult, di, rot);
              // `first`: the element takes -x[partner] * sin.
              Value first, pair, partner;
              if (interleaved) {
                Value odd = arith::RemUIOp::create(b, l, di, cst(2));
                first = cmp(arith::CmpIPredicate::eq, odd, cst(0));
                pair = arith::DivUIOp::create(b, l, di, cst(2));
                partner = sel(first, arith::AddIOp::create(b, l, di, cst(1)),
                              arith::SubIOp::create(b, l, di, cst(1)));
              } else {
                first = cmp(arith::CmpIPredicate::ult, di, half);
                pair = sel(first, di, arith::SubIOp::create(b, l, di, half));
                partner = sel(first, arith::AddIOp::create(b, l, di, half),
                              arith::SubIOp::create(b, l, di, half));
              }
              partner = sel(rotated, partner, di);
              partner = arith::MinUIOp::create(b, l, partner, lastFeature);
              pair = sel(rotated, pair, cst(0));
              pair = arith::MinUIOp::create(b, l, pair, cacheLast.back());
              SmallVector<Value> cacheIndex;
              if (positions) {
                Value pos = tensor::ExtractOp::create(b, l, positions,
                                                      ValueRange{bi, si});
                Value zero64 = arith::ConstantIntOp::create(b, l, 0, 64);
                pos = arith::MaxSIOp::create(b, l, pos, zero64);
                pos = arith::MinSIOp::create(b, l, pos, lastPosition);
                cacheIndex.push_back(
                    arith::IndexCastOp::create(b, l, b.getIndexType(), pos));
              } else {
                cacheIndex.push_back(arith::MinUIOp::create(b, l, bi, cacheLast[0]));
                cacheIndex.push_back(arith::MinUIOp::create(b, l, si, cacheLast[1]));
              }
              cacheIndex.push_back(pair);
              auto toF32 = [&](Value v) -> Value {
                return v.getType() == f32 ? v : arith::ExtFOp::create(b, l, f32, v);
              };
              Value cosV = toF32(tensor::ExtractOp::create(b, l, cosCache, cacheIndex));
              Value sinV = toF32(tensor::ExtractOp::create(b, l, sinCache, cacheIndex));
              Value self = toF32(args[0]);
              Value other = toF32(tensor::ExtractOp::create(
                  b, l, x, ValueRange{bi, hi, si, partner}));
              Value selfCos = arith::MulFOp::create(b, l, self, cosV);
              Value otherSin = arith::MulFOp::create(b, l, other, sinV);
              Value out = sel(first, arith::SubFOp::create(b, l, selfCos, otherSin),
                              arith::AddFOp::create(b, l, selfCos, otherSin));
              out = sel(rotated, out, self);
              if (f32 != element)
                out = arith::TruncFOp::create(b, l, element, out);
              linalg::YieldOp::create(b, l, out);
            })
            .getResult(0);
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
