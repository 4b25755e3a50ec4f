//===- PlinthFolds.cpp - Plinth folders and canonicalizations -------------===//
//
// Folders that `-canonicalize` applies. Besides the algebraic identities,
// they evaluate the small integer subgraphs that ONNX exporters emit for
// shape arithmetic (Shape -> Gather -> Concat -> Reshape and friends), so
// that static shapes become constants. Large tensors are never folded: a
// folder only touches dense literals below kMaxFoldElements.
//
//===----------------------------------------------------------------------===//

#include "dialects/Plinth/PlinthOps.h"
#include "dialects/Plinth/ShapeUtils.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

#include <cmath>

using namespace mlir;
using namespace mlir::plinth;

namespace {

/// Folding evaluates at most this many elements.
constexpr int64_t kMaxFoldElements = 1 << 16;

/// A small dense integer literal, or null. `index` literals are not folded:
/// the results are built with `intLiteral`, which needs an IntegerType.
DenseIntElementsAttr smallIntLiteral(Attribute attr) {
  auto dense = dyn_cast_or_null<DenseIntElementsAttr>(attr);
  if (!dense || !isa<IntegerType>(dense.getElementType()) ||
      dense.getNumElements() > kMaxFoldElements)
    return nullptr;
  return dense;
}

/// True when `attr` is a dense splat equal to `value`. For floats the sign of
/// a zero counts: x + (-0.0) is x for every x, x + (+0.0) is not (-0.0 + 0.0
/// is +0.0).
bool isSplatOf(Attribute attr, double value) {
  auto dense = dyn_cast_or_null<DenseElementsAttr>(attr);
  if (!dense || !dense.isSplat())
    return false;
  Type element = dense.getElementType();
  if (isa<FloatType>(element)) {
    APFloat splat = dense.getSplatValue<APFloat>();
    return splat.convertToDouble() == value &&
           splat.isNegative() == std::signbit(value);
  }
  if (element.isInteger(1))
    return false;
  if (isa<IntegerType>(element))
    return dense.getSplatValue<APInt>().getSExtValue() == int64_t(value);
  return false;
}

/// Values of a small integer literal as int64 (sign-extended).
SmallVector<int64_t> intValues(DenseIntElementsAttr attr) {
  SmallVector<int64_t> values;
  for (const APInt &value : attr.getValues<APInt>())
    values.push_back(value.getSExtValue());
  return values;
}

DenseElementsAttr intLiteral(RankedTensorType type, ArrayRef<int64_t> values) {
  auto element = cast<IntegerType>(type.getElementType());
  SmallVector<APInt> bits;
  for (int64_t value : values)
    bits.push_back(APInt(element.getWidth(), value, /*isSigned=*/true,
                         /*implicitTrunc=*/true));
  return DenseElementsAttr::get(type, bits);
}

} // namespace

//===----------------------------------------------------------------------===//
// ConstantOp, UnaryOp
//===----------------------------------------------------------------------===//

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

OpFoldResult UnaryOp::fold(FoldAdaptor) {
  auto inner = getInput().getDefiningOp<UnaryOp>();
  if (inner && inner.getKind() == getKind() &&
      (getKind() == UnaryKind::Neg || getKind() == UnaryKind::Not))
    return inner.getInput();
  return {};
}

//===----------------------------------------------------------------------===//
// BinaryOp
//===----------------------------------------------------------------------===//

/// Evaluates an integer binary op on small literals whose shapes are equal or
/// where one side is a splat.
static Attribute foldIntBinary(BinaryKind kind, RankedTensorType type,
                               DenseIntElementsAttr lhs,
                               DenseIntElementsAttr rhs) {
  if (!type.hasStaticShape() || type.getElementType().isInteger(1))
    return nullptr;
  // The values are read sign-extended: right for the modular add, sub and mul
  // of any integer type, wrong for unsigned division and ordering.
  bool isUnsigned = type.getElementType().isUnsignedInteger();
  if (isUnsigned && (kind == BinaryKind::Div || kind == BinaryKind::Max ||
                     kind == BinaryKind::Min))
    return nullptr;
  int64_t count = type.getNumElements();
  auto at = [count](DenseIntElementsAttr attr, SmallVector<int64_t> &values,
                    int64_t i) -> std::optional<int64_t> {
    if (attr.isSplat())
      return values[0];
    if (attr.getNumElements() != count)
      return std::nullopt;
    return values[i];
  };
  SmallVector<int64_t> l = intValues(lhs), r = intValues(rhs), out;
  for (int64_t i = 0; i < count; ++i) {
    auto a = at(lhs, l, i), b = at(rhs, r, i);
    if (!a || !b)
      return nullptr;
    int64_t value;
    switch (kind) {
    case BinaryKind::Add:
      if (llvm::AddOverflow(*a, *b, value))
        return nullptr;
      break;
    case BinaryKind::Sub:
      if (llvm::SubOverflow(*a, *b, value))
        return nullptr;
      break;
    case BinaryKind::Mul:
      if (llvm::MulOverflow(*a, *b, value))
        return nullptr;
      break;
    case BinaryKind::Div:
      if (*b == 0 || (*a == INT64_MIN && *b == -1))
        return nullptr;
      value = *a / *b;
      break;
    case BinaryKind::Max:
      value = std::max(*a, *b);
      break;
    case BinaryKind::Min:
      value = std::min(*a, *b);
      break;
    default:
      return nullptr;
    }
    out.push_back(value);
  }
  return intLiteral(type, out);
}

OpFoldResult BinaryOp::fold(FoldAdaptor adaptor) {
  DenseIntElementsAttr lhs = smallIntLiteral(adaptor.getLhs());
  DenseIntElementsAttr rhs = smallIntLiteral(adaptor.getRhs());
  if (lhs && rhs)
    if (Attribute folded = foldIntBinary(getKind(), getType(), lhs, rhs))
      return folded;
  // x + 0, x - 0, x * 1, x / 1 when that does not broadcast x. For floats
  // the identities are x + (-0.0) and x - (+0.0).
  if (getLhs().getType() != getType())
    return {};
  BinaryKind kind = getKind();
  bool isFloat = isa<FloatType>(getType().getElementType());
  if ((kind == BinaryKind::Add &&
       isSplatOf(adaptor.getRhs(), isFloat ? -0.0 : 0.0)) ||
      (kind == BinaryKind::Sub && isSplatOf(adaptor.getRhs(), 0.0)) ||
      ((kind == BinaryKind::Mul || kind == BinaryKind::Div) &&
       isSplatOf(adaptor.getRhs(), 1.0)))
    return getLhs();
  return {};
}

//===----------------------------------------------------------------------===//
// SelectOp, CastOp
//===----------------------------------------------------------------------===//

OpFoldResult SelectOp::fold(FoldAdaptor adaptor) {
  auto condition = dyn_cast_or_null<DenseElementsAttr>(adaptor.getCondition());
  if (!condition || !condition.isSplat())
    return {};
  Value chosen = condition.getSplatValue<bool>() ? getTrueValue() : getFalseValue();
  return chosen.getType() == getType() ? OpFoldResult(chosen) : OpFoldResult();
}

OpFoldResult CastOp::fold(FoldAdaptor adaptor) {
  if (getInput().getType() == getType())
    return getInput();
  // Integer-to-integer casts of small literals (shape arithmetic).
  DenseIntElementsAttr input = smallIntLiteral(adaptor.getInput());
  auto target = dyn_cast<IntegerType>(getType().getElementType());
  if (!input || !target || target.getWidth() == 1 || !getType().hasStaticShape() ||
      input.getElementType().isInteger(1))
    return {};
  bool isUnsigned = cast<IntegerType>(input.getElementType()).isUnsigned();
  SmallVector<APInt> values;
  for (const APInt &value : input.getValues<APInt>())
    values.push_back(isUnsigned ? value.zextOrTrunc(target.getWidth())
                                : value.sextOrTrunc(target.getWidth()));
  return DenseElementsAttr::get(getType(), values);
}

//===----------------------------------------------------------------------===//
// ReduceOp
//===----------------------------------------------------------------------===//

OpFoldResult ReduceOp::fold(FoldAdaptor adaptor) {
  ReduceKind kind = getKind();
  bool identityOnEmpty = kind == ReduceKind::Sum || kind == ReduceKind::Mean ||
                         kind == ReduceKind::Max || kind == ReduceKind::Min ||
                         kind == ReduceKind::Prod;
  if (getAxes().empty() && identityOnEmpty && getInput().getType() == getType())
    return getInput();
  // Product or sum of a small 1-D integer literal (ONNX Size, numel).
  DenseIntElementsAttr input = smallIntLiteral(adaptor.getInput());
  if (!input || getInput().getType().getRank() != 1 ||
      (kind != ReduceKind::Prod && kind != ReduceKind::Sum) ||
      !getType().hasStaticShape())
    return {};
  int64_t result = kind == ReduceKind::Prod ? 1 : 0;
  for (int64_t value : intValues(input))
    if (kind == ReduceKind::Prod ? llvm::MulOverflow(result, value, result)
                                 : llvm::AddOverflow(result, value, result))
      return {};
  return intLiteral(getType(), {result});
}

//===----------------------------------------------------------------------===//
// ReshapeOp
//===----------------------------------------------------------------------===//

OpFoldResult ReshapeOp::fold(FoldAdaptor adaptor) {
  RankedTensorType type = getType();
  if (getInput().getType() == type && type.hasStaticShape())
    return getInput();
  auto dense = dyn_cast_or_null<DenseElementsAttr>(adaptor.getInput());
  if (dense && type.hasStaticShape() &&
      (dense.isSplat() || dense.getNumElements() <= kMaxFoldElements))
    return dense.reshape(type);
  return {};
}

namespace {
/// reshape(reshape(x)) -> reshape(x): only the last shape matters.
struct FoldReshapeChain : OpRewritePattern<ReshapeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ReshapeOp op, PatternRewriter &rewriter) const override {
    auto inner = op.getInput().getDefiningOp<ReshapeOp>();
    if (!inner)
      return failure();
    // Without its own shape operand, the dynamic dims of `op` regroup the
    // dims of `inner`, whose values only `inner`'s shape operand knows.
    if (inner.getShape() && !op.getShape() && !op.getType().hasStaticShape())
      return failure();
    rewriter.replaceOpWithNewOp<ReshapeOp>(op, op.getType(), inner.getInput(),
                                           op.getShape());
    return success();
  }
};

/// A shape operand is redundant once the result type is static.
struct DropStaticReshapeShape : OpRewritePattern<ReshapeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ReshapeOp op, PatternRewriter &rewriter) const override {
    if (!op.getShape() || !op.getType().hasStaticShape())
      return failure();
    rewriter.replaceOpWithNewOp<ReshapeOp>(op, op.getType(), op.getInput(), Value());
    return success();
  }
};
} // namespace

void ReshapeOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                            MLIRContext *context) {
  patterns.add<FoldReshapeChain, DropStaticReshapeShape>(context);
}

//===----------------------------------------------------------------------===//
// TransposeOp
//===----------------------------------------------------------------------===//

OpFoldResult TransposeOp::fold(FoldAdaptor adaptor) {
  ArrayRef<int64_t> perm = getPermutation();
  bool identity = llvm::all_of(llvm::enumerate(perm), [](auto entry) {
    return int64_t(entry.index()) == entry.value();
  });
  if (identity)
    return getInput();
  auto dense = dyn_cast_or_null<DenseElementsAttr>(adaptor.getInput());
  if (dense && dense.isSplat())
    return dense.resizeSplat(getType());
  return {};
}

namespace {
/// transpose(transpose(x, p1), p2) -> transpose(x, p1 o p2).
struct ComposeTransposes : OpRewritePattern<TransposeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(TransposeOp op, PatternRewriter &rewriter) const override {
    auto inner = op.getInput().getDefiningOp<TransposeOp>();
    if (!inner)
      return failure();
    SmallVector<int64_t> composed;
    for (int64_t p : op.getPermutation())
      composed.push_back(inner.getPermutation()[p]);
    rewriter.replaceOpWithNewOp<TransposeOp>(op, op.getType(), inner.getInput(),
                                             composed);
    return success();
  }
};
} // namespace

void TransposeOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                              MLIRContext *context) {
  patterns.add<ComposeTransposes>(context);
}

//===----------------------------------------------------------------------===//
// ExpandOp, SliceOp, ConcatOp, GatherOp
//===----------------------------------------------------------------------===//

OpFoldResult ExpandOp::fold(FoldAdaptor adaptor) {
  if (getInput().getType() == getType() && getType().hasStaticShape())
    return getInput();
  auto dense = dyn_cast_or_null<DenseElementsAttr>(adaptor.getInput());
  if (dense && dense.isSplat() && getType().hasStaticShape())
    return dense.resizeSplat(getType());
  return {};
}

OpFoldResult SliceOp::fold(FoldAdaptor adaptor) {
  if (getDynStarts() || getDynEnds())
    return {};
  RankedTensorType in = getInput().getType();
  if (in == getType() && in.hasStaticShape() &&
      llvm::all_of(getSteps(), [](int64_t s) { return s == 1; }))
    return getInput();
  // 1-D integer literals (slices of shapes).
  DenseIntElementsAttr input = smallIntLiteral(adaptor.getInput());
  if (!input || in.getRank() != 1 || !getType().hasStaticShape() ||
      !in.hasStaticShape())
    return {};
  SmallVector<int64_t> values = intValues(input), out;
  int64_t start = getStarts()[0], end = getEnds()[0], step = getSteps()[0];
  int64_t length = clampedSliceLength(in.getDimSize(0), start, end, step);
  for (int64_t i = 0; i < length; ++i)
    out.push_back(values[start + i * step]);
  if (int64_t(out.size()) != getType().getDimSize(0))
    return {};
  return intLiteral(getType(), out);
}

OpFoldResult ConcatOp::fold(FoldAdaptor adaptor) {
  if (getInputs().size() == 1 && getInputs().front().getType() == getType())
    return getInputs().front();
  if (getType().getRank() != 1 || !getType().hasStaticShape() ||
      !isa<IntegerType>(getType().getElementType()))
    return {};
  SmallVector<int64_t> values;
  for (Attribute operand : adaptor.getInputs()) {
    DenseIntElementsAttr literal = smallIntLiteral(operand);
    if (!literal)
      return {};
    llvm::append_range(values, intValues(literal));
  }
  if (int64_t(values.size()) != getType().getDimSize(0))
    return {};
  return intLiteral(getType(), values);
}

OpFoldResult GatherOp::fold(FoldAdaptor adaptor) {
  DenseIntElementsAttr data = smallIntLiteral(adaptor.getData());
  DenseIntElementsAttr indices = smallIntLiteral(adaptor.getIndices());
  if (!data || !indices || getData().getType().getRank() != 1 ||
      !getType().hasStaticShape())
    return {};
  SmallVector<int64_t> table = intValues(data), out;
  int64_t size = table.size();
  for (int64_t index : intValues(indices)) {
    if (index < -size || index >= size)
      return {};
    out.push_back(table[index < 0 ? index + size : index]);
  }
  return intLiteral(getType(), out);
}

//===----------------------------------------------------------------------===//
// ShapeOfOp, FillOp, RangeOp
//===----------------------------------------------------------------------===//

OpFoldResult ShapeOfOp::fold(FoldAdaptor) {
  RankedTensorType in = getInput().getType();
  if (!in.hasStaticShape())
    return {};
  return intLiteral(getType(), in.getShape());
}

OpFoldResult FillOp::fold(FoldAdaptor) {
  if (!getType().hasStaticShape())
    return {};
  return SplatElementsAttr::get(getType(), getValue());
}

OpFoldResult RangeOp::fold(FoldAdaptor adaptor) {
  auto start = dyn_cast_or_null<DenseElementsAttr>(adaptor.getStart());
  auto limit = dyn_cast_or_null<DenseElementsAttr>(adaptor.getLimit());
  auto delta = dyn_cast_or_null<DenseElementsAttr>(adaptor.getDelta());
  if (!start || !limit || !delta || !getType().hasStaticShape())
    return {};
  int64_t length = getType().getDimSize(0);
  if (length > kMaxFoldElements)
    return {};
  // Fold only when the operands give the length of the result type:
  // max(ceil((limit - start) / delta), 0).
  Type element = getType().getElementType();
  if (auto floatType = dyn_cast<FloatType>(element)) {
    double s = start.getSplatValue<APFloat>().convertToDouble();
    double l = limit.getSplatValue<APFloat>().convertToDouble();
    double d = delta.getSplatValue<APFloat>().convertToDouble();
    double expected = std::max(std::ceil((l - s) / d), 0.0);
    if (d == 0.0 || !std::isfinite(expected) || expected != double(length))
      return {};
    SmallVector<APFloat> values;
    for (int64_t i = 0; i < length; ++i) {
      APFloat value(s + double(i) * d);
      bool lost;
      value.convert(floatType.getFloatSemantics(), APFloat::rmNearestTiesToEven, &lost);
      values.push_back(value);
    }
    return DenseElementsAttr::get(getType(), values);
  }
  if (!isa<IntegerType>(element) || element.isUnsignedInteger())
    return {};
  int64_t s = start.getSplatValue<APInt>().getSExtValue();
  int64_t l = limit.getSplatValue<APInt>().getSExtValue();
  int64_t d = delta.getSplatValue<APInt>().getSExtValue();
  int64_t span;
  if (d == 0 || llvm::SubOverflow(l, s, span) || (span == INT64_MIN && d == -1))
    return {};
  // ceil(span / d) for either sign of d (C++ division truncates).
  int64_t steps = span / d + ((span % d != 0) && ((span < 0) == (d < 0)));
  if (std::max<int64_t>(steps, 0) != length)
    return {};
  SmallVector<int64_t> values;
  for (int64_t i = 0; i < length; ++i)
    values.push_back(s + i * d);
  return intLiteral(getType(), values);
}
