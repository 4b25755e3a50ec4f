//===- VectorizeReductions.cpp - plinth-cpu-vectorize-reductions ----------===//
//
// Row reductions (softmax's max and sum, a norm's mean and variance, the
// Reduce* ops) are linalg.generic ops whose parallel loops are outside one
// innermost reduction loop. Lowered as they are, each step loads and stores
// the accumulator and no compiler may reorder the float sums, so they run
// one element at a time. Here every such op on buffers becomes an
// scf.parallel over its rows; each row reduction runs its body on vectors,
// `unroll` independent vector accumulators over `unroll x width` elements per
// step, folds the accumulators into the row's initial value with
// vector.reduction, and finishes the last elements with the scalar body.
//
//===----------------------------------------------------------------------===//

#include "lib/Codegen/CPU/Schedule.h"
#include "lib/Codegen/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/TypeSwitch.h"

namespace mlir::plinth {

#define GEN_PASS_DEF_CPUVECTORIZEREDUCTIONS
#include "lib/Codegen/Passes.h.inc"

namespace {

/// The vector.reduction kind that folds lanes combined by `combiner`.
std::optional<vector::CombiningKind> combiningKind(Operation *combiner) {
  using Kind = vector::CombiningKind;
  return llvm::TypeSwitch<Operation *, std::optional<Kind>>(combiner)
      .Case<arith::AddFOp, arith::AddIOp>([](auto) { return Kind::ADD; })
      .Case<arith::MulFOp, arith::MulIOp>([](auto) { return Kind::MUL; })
      .Case([](arith::MaximumFOp) { return Kind::MAXIMUMF; })
      .Case([](arith::MinimumFOp) { return Kind::MINIMUMF; })
      .Case([](arith::MaxNumFOp) { return Kind::MAXNUMF; })
      .Case([](arith::MinNumFOp) { return Kind::MINNUMF; })
      .Case([](arith::MaxSIOp) { return Kind::MAXSI; })
      .Case([](arith::MinSIOp) { return Kind::MINSI; })
      .Case([](arith::MaxUIOp) { return Kind::MAXUI; })
      .Case([](arith::MinUIOp) { return Kind::MINUI; })
      .Case([](arith::AndIOp) { return Kind::AND; })
      .Case([](arith::OrIOp) { return Kind::OR; })
      .Case([](arith::XOrIOp) { return Kind::XOR; })
      .Default([](Operation *) { return std::nullopt; });
}

/// How a row reduction reads one input along the reduction dim.
enum class Access { Contiguous, Invariant };

/// What the rewrite needs to know about a row reduction it accepts.
struct RowReduction {
  linalg::GenericOp op;
  Operation *combiner;
  vector::CombiningKind kind;
  TypedAttr identity;
  SmallVector<Access> access; // per input
};

/// A scalar type that vectors may carry: f32, f64 and integers of 8 bits
/// or more (narrower floats take conversions this pass does not emit).
bool isVectorElement(Type type) {
  return type.isF32() || type.isF64() ||
         (isa<IntegerType>(type) && type.getIntOrFloatBitWidth() >= 8);
}

/// True when the last dim of `type` has unit stride.
bool hasUnitInnerStride(MemRefType type) {
  SmallVector<int64_t> strides;
  int64_t offset;
  return succeeded(type.getStridesAndOffset(strides, offset)) &&
         !strides.empty() && strides.back() == 1;
}

/// `op` if it is a row reduction this pass vectorizes: on buffers; parallel
/// loops, then one reduction loop; one output, not indexed by the
/// reduction; inputs read along the reduction dim as their last dim or not
/// at all; a body of elementwise arith/math ops on int or float scalars
/// whose output value is used once, by an associative combiner that is
/// yielded.
std::optional<RowReduction> matchRowReduction(linalg::GenericOp op) {
  if (!op.hasPureBufferSemantics() || op.getNumDpsInits() != 1 ||
      op.getNumReductionLoops() != 1 || op.getNumLoops() < 1 ||
      !linalg::isReductionIterator(op.getIteratorTypesArray().back()) ||
      op.hasIndexSemantics())
    return std::nullopt;
  unsigned reductionDim = op.getNumLoops() - 1;
  RowReduction match{op, nullptr, {}, {}, {}};
  for (OpOperand *input : op.getDpsInputOperands()) {
    AffineMap map = op.getMatchingIndexingMap(input);
    auto type = dyn_cast<MemRefType>(input->get().getType());
    if (!type || !map.isProjectedPermutation(/*allowZeroInResults=*/false) ||
        !isVectorElement(type.getElementType()))
      return std::nullopt;
    if (!map.isFunctionOfDim(reductionDim)) {
      match.access.push_back(Access::Invariant);
      continue;
    }
    if (map.getNumResults() == 0 ||
        map.getResults().back() !=
            getAffineDimExpr(reductionDim, op.getContext()) ||
        !hasUnitInnerStride(type))
      return std::nullopt;
    match.access.push_back(Access::Contiguous);
  }
  OpOperand *init = op.getDpsInitOperand(0);
  if (op.getMatchingIndexingMap(init).isFunctionOfDim(reductionDim) ||
      !op.getMatchingIndexingMap(init).isProjectedPermutation() ||
      !isVectorElement(getElementTypeOrSelf(init->get().getType())))
    return std::nullopt;

  Block *body = op.getBlock();
  for (Operation &inner : body->without_terminator()) {
    Dialect *dialect = inner.getDialect();
    if (!isa<arith::ArithDialect, math::MathDialect>(dialect) ||
        (!OpTrait::hasElementwiseMappableTraits(&inner) &&
         !isa<arith::ConstantOp>(inner)) ||
        inner.getNumRegions() != 0)
      return std::nullopt;
    // Reassociated integer sums may overflow where the original order does
    // not: no-wrap flags would make that poison.
    auto overflow = dyn_cast<arith::ArithIntegerOverflowFlagsInterface>(inner);
    if (overflow &&
        (overflow.hasNoSignedWrap() || overflow.hasNoUnsignedWrap()))
      return std::nullopt;
    for (Type type : inner.getResultTypes())
      if (!isVectorElement(type) && !type.isInteger(1))
        return std::nullopt;
  }
  BlockArgument out = op.getMatchingBlockArgument(init);
  if (!out.hasOneUse())
    return std::nullopt;
  match.combiner = *out.getUsers().begin();
  Value yielded = body->getTerminator()->getOperand(0);
  std::optional<vector::CombiningKind> kind = combiningKind(match.combiner);
  std::optional<TypedAttr> identity = arith::getNeutralElement(match.combiner);
  if (!kind || !identity || yielded != match.combiner->getResult(0))
    return std::nullopt;
  match.kind = *kind;
  match.identity = *identity;
  // -0.0, not +0.0: the identity lanes must not turn a sum of -0.0 into +0.0.
  if (isa<arith::AddFOp>(match.combiner))
    match.identity = FloatAttr::get(
        identity->getType(),
        APFloat::getZero(
            cast<FloatType>(identity->getType()).getFloatSemantics(),
            /*Negative=*/true));
  return match;
}

/// Emits the body of `reduction` for the elements [k, k + width) of one row
/// (`width` 0: the scalar body for element k), with `acc` as the output
/// value; returns the combined value.
Value emitBody(OpBuilder &b, Location loc, const RowReduction &reduction,
               ValueRange rowIvs, Value k, int64_t width, Value acc) {
  linalg::GenericOp op = reduction.op;
  IRMapping mapping;
  // Indices of an operand for the loop ivs (rows..., k).
  auto indices = [&](AffineMap map) {
    SmallVector<Value> result;
    for (AffineExpr expr : map.getResults()) {
      unsigned dim = cast<AffineDimExpr>(expr).getPosition();
      result.push_back(dim < rowIvs.size() ? rowIvs[dim] : k);
    }
    return result;
  };
  for (auto [input, access] :
       llvm::zip_equal(op.getDpsInputOperands(), reduction.access)) {
    SmallVector<Value> at = indices(op.getMatchingIndexingMap(input));
    Value value;
    if (width > 0 && access == Access::Contiguous) {
      auto type = VectorType::get({width},
                                  getElementTypeOrSelf(input->get().getType()));
      value = vector::LoadOp::create(b, loc, type, input->get(), at);
    } else {
      value = memref::LoadOp::create(b, loc, input->get(), at);
    }
    mapping.map(op.getMatchingBlockArgument(input), value);
  }
  mapping.map(op.getMatchingBlockArgument(op.getDpsInitOperand(0)), acc);

  // Each body op is cloned; in a vector body its scalar operands (constants,
  // values from outside) are broadcast and its results become vectors.
  for (Operation &inner : op.getBlock()->without_terminator()) {
    Operation *clone = b.clone(inner, mapping);
    if (width == 0 || isa<arith::ConstantOp>(inner))
      continue;
    for (OpOperand &operand : clone->getOpOperands()) {
      Type type = operand.get().getType();
      if (isa<VectorType>(type))
        continue;
      b.setInsertionPoint(clone);
      operand.set(vector::BroadcastOp::create(
          b, loc, VectorType::get({width}, type), operand.get()));
    }
    b.setInsertionPointAfter(clone);
    for (Value result : clone->getResults())
      result.setType(VectorType::get({width}, result.getType()));
  }
  return mapping.lookup(op.getBlock()->getTerminator()->getOperand(0));
}

/// Replaces `reduction` with an scf.parallel over its rows whose body
/// reduces one row with `unroll` vector accumulators of `width` lanes.
void rewriteRowReduction(RewriterBase &rewriter, const RowReduction &reduction,
                         int64_t width, int64_t unroll) {
  linalg::GenericOp op = reduction.op;
  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  SmallVector<Range> ranges =
      cast<linalg::LinalgOp>(op.getOperation()).createLoopRanges(rewriter, loc);
  Value extent =
      getValueOrCreateConstantIndexOp(rewriter, loc, ranges.back().size);
  OpOperand *init = op.getDpsInitOperand(0);
  Type element = getElementTypeOrSelf(init->get().getType());
  auto vectorType = VectorType::get({width}, element);
  AffineMap initMap = op.getMatchingIndexingMap(init);

  auto reduceRow = [&](OpBuilder &b, Location loc, ValueRange rowIvs) {
    SmallVector<Value> at;
    for (AffineExpr expr : initMap.getResults())
      at.push_back(rowIvs[cast<AffineDimExpr>(expr).getPosition()]);
    Value acc = memref::LoadOp::create(b, loc, init->get(), at);
    // Vector steps over whole chunks of unroll x width elements.
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    Value chunk = arith::ConstantIndexOp::create(b, loc, width * unroll);
    Value vectorEnd = arith::MulIOp::create(
        b, loc, arith::DivUIOp::create(b, loc, extent, chunk), chunk);
    Value identity = vector::BroadcastOp::create(
        b, loc, vectorType,
        arith::ConstantOp::create(b, loc, reduction.identity));
    auto vectorLoop = scf::ForOp::create(
        b, loc, zero, vectorEnd, chunk, SmallVector<Value>(unroll, identity),
        [&](OpBuilder &b, Location loc, Value k, ValueRange accs) {
          SmallVector<Value> next;
          for (int64_t u = 0; u < unroll; ++u) {
            Value at = arith::AddIOp::create(
                b, loc, k, arith::ConstantIndexOp::create(b, loc, u * width));
            next.push_back(
                emitBody(b, loc, reduction, rowIvs, at, width, accs[u]));
          }
          scf::YieldOp::create(b, loc, next);
        });
    for (Value partial : vectorLoop.getResults())
      acc = vector::ReductionOp::create(b, loc, reduction.kind, partial, acc);
    // The last elements, one at a time.
    auto tailLoop = scf::ForOp::create(
        b, loc, vectorEnd, extent, one, ValueRange{acc},
        [&](OpBuilder &b, Location loc, Value k, ValueRange accs) {
          scf::YieldOp::create(
              b, loc, emitBody(b, loc, reduction, rowIvs, k, 0, accs[0]));
        });
    memref::StoreOp::create(b, loc, tailLoop.getResult(0), init->get(), at);
  };

  SmallVector<Value> lbs, ubs, steps;
  for (const Range &range : ArrayRef(ranges).drop_back()) {
    lbs.push_back(getValueOrCreateConstantIndexOp(rewriter, loc, range.offset));
    ubs.push_back(getValueOrCreateConstantIndexOp(rewriter, loc, range.size));
    steps.push_back(
        getValueOrCreateConstantIndexOp(rewriter, loc, range.stride));
  }
  if (lbs.empty()) {
    reduceRow(rewriter, loc, {});
  } else {
    scf::ParallelOp::create(rewriter, loc, lbs, ubs, steps,
                            [&](OpBuilder &b, Location loc, ValueRange ivs) {
                              reduceRow(b, loc, ivs);
                            });
  }
  rewriter.eraseOp(op);
}

struct CpuVectorizeReductionsPass
    : impl::CpuVectorizeReductionsBase<CpuVectorizeReductionsPass> {
  using CpuVectorizeReductionsBase::CpuVectorizeReductionsBase;

  void runOnOperation() override {
    CpuSchedule schedule = CpuSchedule::forVectorBits(vectorWidth * 32);
    SmallVector<RowReduction> reductions;
    getOperation()->walk([&](linalg::GenericOp op) {
      if (std::optional<RowReduction> match = matchRowReduction(op))
        reductions.push_back(*match);
    });
    IRRewriter rewriter(&getContext());
    for (const RowReduction &reduction : reductions) {
      // Lanes of the output's element type in one vector register.
      linalg::GenericOp op = reduction.op;
      unsigned bits =
          getElementTypeOrSelf(op.getDpsInitOperand(0)->get().getType())
              .getIntOrFloatBitWidth();
      int64_t width = std::max<int64_t>(1, schedule.vectorWidth * 32 / bits);
      rewriteRowReduction(rewriter, reduction, width,
                          schedule.reductionVectors);
    }
  }
};

} // namespace
} // namespace mlir::plinth
