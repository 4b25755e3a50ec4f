//===- TileAndVectorize.cpp - plinth-cpu-tile-and-vectorize ---------------===//
//
// Contractions are tiled twice: into thread blocks (scf.forall) and into
// register tiles (scf.for) over M and N; K stays whole. The register-tile
// loops are peeled, so that all but the last iteration see full, static
// tiles; the remainders are cut again into one-row, one-vector tiles. Every
// static tile becomes a register kernel: accumulators carried in vector
// registers through a loop over K, one broadcast-FMA per row and vector.
// Only the last columns of a matrix whose width is not a multiple of the
// vector width stay scalar loops.
//
//===----------------------------------------------------------------------===//

#include "lib/Codegen/CPU/Schedule.h"
#include "lib/Codegen/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/ValueBoundsOpInterface.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::plinth {

#define GEN_PASS_DEF_CPUTILEANDVECTORIZE
#include "lib/Codegen/Passes.h.inc"

namespace {

/// Tiles `op` with `sizes` (0 = not tiled) using `loopType`.
FailureOr<scf::SCFTilingResult> tile(RewriterBase &rewriter, TilingInterface op,
                                     ArrayRef<int64_t> sizes,
                                     scf::SCFTilingOptions::LoopType loopType) {
  scf::SCFTilingOptions options;
  options.setTileSizes(getAsIndexOpFoldResult(rewriter.getContext(), sizes));
  options.setLoopType(loopType);
  rewriter.setInsertionPoint(op);
  FailureOr<scf::SCFTilingResult> result =
      scf::tileUsingSCF(rewriter, op, options);
  if (failed(result))
    return failure();
  rewriter.replaceOp(op, result->replacements);
  return result;
}

/// Peels every scf.for of `loops`: all but the last iteration see full tiles.
void peelLoops(RewriterBase &rewriter, ArrayRef<LoopLikeOpInterface> loops) {
  for (LoopLikeOpInterface loop : loops) {
    auto forOp = dyn_cast<scf::ForOp>(loop.getOperation());
    if (!forOp)
      continue;
    scf::ForOp remainder;
    (void)scf::peelForLoopAndSimplifyBounds(rewriter, forOp, remainder);
  }
}

/// Thread blocks and peeled register tiles for one contraction. `batchDims`
/// leading dims are tiled by one; the reduction dim is not tiled, so that a
/// register tile keeps its accumulators in registers over the whole of K.
LogicalResult tileContraction(RewriterBase &rewriter, linalg::LinalgOp op,
                              int64_t batchDims, const CpuSchedule &schedule) {
  SmallVector<int64_t> block(batchDims, 1), tileSizes(batchDims, 1);
  llvm::append_range(block, ArrayRef<int64_t>{schedule.matmulBlockM,
                                              schedule.matmulBlockN, 0});
  llvm::append_range(tileSizes, ArrayRef<int64_t>{schedule.matmulTileM,
                                                  schedule.matmulTileN(), 0});
  FailureOr<scf::SCFTilingResult> blocked =
      tile(rewriter, cast<TilingInterface>(op.getOperation()), block,
           scf::SCFTilingOptions::LoopType::ForallOp);
  if (failed(blocked))
    return op.emitOpError("could not be tiled into thread blocks");
  Operation *blockOp = blocked->tiledOps.back();
  if (schedule.matmulBlockK > 0) {
    SmallVector<int64_t> chunk(batchDims + 2, 0);
    chunk.push_back(schedule.matmulBlockK);
    FailureOr<scf::SCFTilingResult> chunked =
        tile(rewriter, cast<TilingInterface>(blockOp), chunk,
             scf::SCFTilingOptions::LoopType::ForOp);
    if (failed(chunked))
      return op.emitOpError("could not be tiled along K");
    blockOp = chunked->tiledOps.back();
  }
  FailureOr<scf::SCFTilingResult> tiled =
      tile(rewriter, cast<TilingInterface>(blockOp), tileSizes,
           scf::SCFTilingOptions::LoopType::ForOp);
  if (failed(tiled))
    return op.emitOpError("could not be tiled into register tiles");
  peelLoops(rewriter, tiled->loops);
  return success();
}

/// The static (M, N) of a contraction tile's output, or nullopt.
std::optional<std::pair<int64_t, int64_t>>
staticTileShape(linalg::LinalgOp op) {
  for (OpOperand &operand : op->getOpOperands()) {
    auto type = cast<RankedTensorType>(operand.get().getType());
    for (int64_t d = 0; d + 2 < type.getRank(); ++d)
      if (type.getDimSize(d) != 1)
        return std::nullopt;
  }
  auto type = cast<RankedTensorType>(op.getDpsInitOperand(0)->get().getType());
  int64_t rank = type.getRank();
  int64_t m = type.getDimSize(rank - 2), n = type.getDimSize(rank - 1);
  if (ShapedType::isDynamic(m) || ShapedType::isDynamic(n))
    return std::nullopt;
  return std::make_pair(m, n);
}

/// True when `op` (loops [b,] m, n, k) reads A as [[b,] m, k] and B as
/// [[b,] k, n] and writes C as [[b,] m, n]: no transposed operand. A or B
/// may leave out the batch dim (broadcast over it).
bool hasPlainMatmulMaps(linalg::LinalgOp op) {
  int64_t loops = op.getNumLoops();
  int64_t m = loops - 3, n = loops - 2, k = loops - 1;
  auto isPlain = [&](AffineMap map, int64_t row, int64_t column) {
    unsigned results = map.getNumResults();
    if (results < 2 || results > static_cast<unsigned>(loops - 1))
      return false;
    for (unsigned r = 0; r + 2 < results; ++r)
      if (!map.getResult(r).isFunctionOfDim(r) ||
          !isa<AffineDimExpr>(map.getResult(r)))
        return false;
    return map.getResult(results - 2) ==
               getAffineDimExpr(row, op.getContext()) &&
           map.getResult(results - 1) ==
               getAffineDimExpr(column, op.getContext());
  };
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  return isPlain(maps[0], m, k) && isPlain(maps[1], k, n) &&
         isPlain(maps[2], m, n);
}

/// True when the register-tile kernel below handles `op`: one float element
/// type throughout, unit batch dims, static M and N with N a multiple of the
/// vector width, and at most `maxAccumulators` accumulator vectors.
bool fitsRegisterKernel(linalg::LinalgOp op, int64_t vectorWidth,
                        int64_t maxAccumulators) {
  Type element = getElementTypeOrSelf(op.getDpsInitOperand(0)->get());
  if (!isa<FloatType>(element) ||
      !llvm::all_of(op.getDpsInputs(), [&](Value v) {
        return getElementTypeOrSelf(v) == element;
      }))
    return false;
  std::optional<std::pair<int64_t, int64_t>> shape = staticTileShape(op);
  if (!shape || !hasPlainMatmulMaps(op))
    return false;
  auto [m, n] = *shape;
  return n % vectorWidth == 0 && m * (n / vectorWidth) <= maxAccumulators;
}

/// Constant matmul weights repacked at compile time into column panels
/// [ceil(N/width), K, width] (zero padded): a register tile then streams
/// its panel contiguously instead of striding a whole row of B per K step.
/// A weight used transposed (GPT-2's tied embedding: B = transpose(E)) is
/// packed straight from E, so the transpose is never materialized.
class WeightPacker {
public:
  WeightPacker(func::FuncOp func, int64_t panelWidth)
      : func(func), panelWidth(panelWidth) {}

  /// Makes `op` (a tile of a contraction) read B from the packed panels
  /// when its B operand is a unit-stride slice of a 2-D f32 constant (or of
  /// its transpose) and its columns lie in one panel: a whole panel, or at
  /// most `vectorWidth` columns at a multiple of `vectorWidth` (the tiling
  /// produces only such tiles).
  void rewrite(RewriterBase &rewriter, linalg::LinalgOp op,
               int64_t vectorWidth) {
    OpOperand *operand = op.getDpsInputOperand(1);
    auto tileType = cast<RankedTensorType>(operand->get().getType());
    if (tileType.getRank() != 2)
      return;
    // A remainder tile's width is dynamic but bounded by the step it was
    // peeled from.
    int64_t columns = tileType.getDimSize(1);
    if (ShapedType::isDynamic(columns)) {
      FailureOr<int64_t> bound = ValueBoundsConstraintSet::computeConstantBound(
          presburger::BoundType::UB, {operand->get(), 1}, nullptr,
          /*closedUB=*/true);
      if (failed(bound))
        return;
      columns = *bound;
    }
    if (columns != panelWidth &&
        (columns > vectorWidth || panelWidth % vectorWidth != 0))
      return;
    Value b = operand->get();
    SmallVector<OpFoldResult> rowOffsets, columnOffsets;
    while (auto slice = b.getDefiningOp<tensor::ExtractSliceOp>()) {
      if (slice.getSourceType().getRank() != 2 ||
          slice.getResultType().getRank() != 2 ||
          !llvm::all_of(slice.getMixedStrides(), isOneInteger))
        return;
      rowOffsets.push_back(slice.getMixedOffsets()[0]);
      columnOffsets.push_back(slice.getMixedOffsets()[1]);
      b = slice.getSource();
    }
    bool transposed = false;
    if (Value source = transposeSource(b)) {
      transposed = true;
      b = source;
    }
    auto constant = b.getDefiningOp<arith::ConstantOp>();
    if (!constant)
      return;
    Value panels = packedFor(constant, transposed);
    if (!panels)
      return;

    Location loc = op.getLoc();
    rewriter.setInsertionPoint(op);
    auto sum = [&](ArrayRef<OpFoldResult> offsets) {
      Value total = arith::ConstantIndexOp::create(rewriter, loc, 0);
      for (OpFoldResult offset : offsets)
        total = arith::AddIOp::create(
            rewriter, loc, total,
            getValueOrCreateConstantIndexOp(rewriter, loc, offset));
      return total;
    };
    Value column = sum(columnOffsets);
    Value width = arith::ConstantIndexOp::create(rewriter, loc, panelWidth);
    SmallVector<OpFoldResult> offsets = {
        arith::DivUIOp::create(rewriter, loc, column, width).getResult(),
        sum(rowOffsets),
        arith::RemUIOp::create(rewriter, loc, column, width).getResult()};
    SmallVector<OpFoldResult> sizes = {
        rewriter.getIndexAttr(1),
        tensor::getMixedSize(rewriter, loc, operand->get(), 0),
        tensor::getMixedSize(rewriter, loc, operand->get(), 1)};
    SmallVector<OpFoldResult> strides(3, rewriter.getIndexAttr(1));
    Value packed = tensor::ExtractSliceOp::create(
        rewriter, loc, tileType, panels, offsets, sizes, strides);
    rewriter.modifyOpInPlace(op, [&] { operand->set(packed); });
  }

private:
  /// X when `value` is a 2-D transpose of X: linalg.transpose, or a
  /// linalg.generic copy that reads its input through (d0, d1) -> (d1, d0)
  /// (what fusion makes of a transpose).
  static Value transposeSource(Value value) {
    if (auto transpose = value.getDefiningOp<linalg::TransposeOp>())
      return transpose.getPermutation() == ArrayRef<int64_t>{1, 0}
                 ? transpose.getInput()
                 : Value();
    auto generic = value.getDefiningOp<linalg::GenericOp>();
    if (!generic || generic.getNumDpsInputs() != 1 ||
        generic.getNumDpsInits() != 1 || generic.getNumLoops() != 2 ||
        generic.getNumParallelLoops() != 2)
      return Value();
    MLIRContext *context = generic.getContext();
    AffineMap swapped = AffineMap::get(
        2, 0, {getAffineDimExpr(1, context), getAffineDimExpr(0, context)},
        context);
    SmallVector<AffineMap> maps = generic.getIndexingMapsArray();
    Block &body = generic.getRegion().front();
    auto yield = cast<linalg::YieldOp>(body.getTerminator());
    if (maps[0] != swapped || !maps[1].isIdentity() ||
        body.getOperations().size() != 1 ||
        yield.getValues().front() != body.getArgument(0))
      return Value();
    return generic.getDpsInputs().front();
  }

  /// The packed replica of `constant` (or of its transpose), created once
  /// at the top of the function; null when it is not a 2-D f32 constant.
  Value packedFor(arith::ConstantOp constant, bool transposed) {
    auto key = std::make_pair(constant.getOperation(), unsigned(transposed));
    auto found = packed.find(key);
    if (found != packed.end())
      return found->second;
    Value result = pack(constant, transposed);
    packed[key] = result;
    return result;
  }

  Value pack(arith::ConstantOp constant, bool transposed) {
    auto type = dyn_cast<RankedTensorType>(constant.getType());
    if (!type || type.getRank() != 2 || !type.hasStaticShape() ||
        !type.getElementType().isF32())
      return nullptr;
    int64_t rows = type.getDimSize(0), cols = type.getDimSize(1);
    // The weights are read in place; only a small inline constant (a
    // splat, a test's literal) is materialized first.
    ArrayRef<float> source;
    std::vector<float> inlineValues;
    if (auto resource =
            dyn_cast<DenseF32ResourceElementsAttr>(constant.getValue())) {
      std::optional<ArrayRef<float>> data = resource.tryGetAsArrayRef();
      if (!data)
        return nullptr;
      source = *data;
    } else if (auto dense = dyn_cast<DenseElementsAttr>(constant.getValue())) {
      auto values = dense.getValues<float>();
      inlineValues.assign(values.begin(), values.end());
      source = inlineValues;
    }
    if (static_cast<int64_t>(source.size()) != rows * cols)
      return nullptr;
    // B is [k, n]: the constant itself, or its transpose. The panels are
    // written straight into the blob that the new constant owns.
    int64_t k = transposed ? cols : rows, n = transposed ? rows : cols;
    int64_t panels = llvm::divideCeil(n, panelWidth);
    size_t count = panels * k * panelWidth;
    AsmResourceBlob blob =
        HeapAsmResourceBlob::allocate(count * sizeof(float), alignof(float));
    MutableArrayRef<float> data(
        reinterpret_cast<float *>(blob.getMutableData().data()), count);
    std::fill(data.begin(), data.end(), 0.0f);
    for (int64_t row = 0; row < k; ++row)
      for (int64_t column = 0; column < n; ++column)
        data[((column / panelWidth) * k + row) * panelWidth +
             column % panelWidth] =
            transposed ? source[column * k + row] : source[row * n + column];
    auto packedType =
        RankedTensorType::get({panels, k, panelWidth}, type.getElementType());
    auto attr = DenseResourceElementsAttr::get(packedType, "packed_panels",
                                               std::move(blob));
    OpBuilder builder(func.getContext());
    builder.setInsertionPointToStart(&func.getBody().front());
    return arith::ConstantOp::create(builder, constant.getLoc(), attr);
  }

  func::FuncOp func;
  int64_t panelWidth;
  llvm::DenseMap<std::pair<Operation *, unsigned>, Value> packed;
};

/// Rewrites a register tile `C[M,N] += A[M,K] * B[K,N]` (unit batch dims in
/// front) into native-width vector code: the M x N/width accumulator vectors
/// are loaded once, carried through an scf.for over K as iter_args, and
/// stored once. Each K step loads N/width vectors of B, broadcasts M
/// scalars of A and issues M x N/width FMAs.
Value emitRegisterKernel(RewriterBase &rewriter, linalg::LinalgOp op,
                         int64_t vectorWidth) {
  Location loc = op.getLoc();
  Value a = op.getDpsInputOperand(0)->get();
  Value b = op.getDpsInputOperand(1)->get();
  Value c = op.getDpsInitOperand(0)->get();
  auto [m, n] = *staticTileShape(op);
  int64_t columns = n / vectorWidth;
  auto vectorType =
      VectorType::get({vectorWidth}, getElementTypeOrSelf(c.getType()));
  SmallVector<bool> inBounds = {true};

  rewriter.setInsertionPoint(op);
  auto index = [&](int64_t value) -> Value {
    return arith::ConstantIndexOp::create(rewriter, loc, value);
  };
  Value zero = index(0), one = index(1);
  /// Indices (0, ..., 0, row, column) into `tensor`.
  auto at = [&](Value tensor, Value row, Value column) {
    int64_t rank = cast<RankedTensorType>(tensor.getType()).getRank();
    SmallVector<Value> indices(rank - 2, zero);
    indices.push_back(row);
    indices.push_back(column);
    return indices;
  };
  SmallVector<Value> accumulators;
  for (int64_t i = 0; i < m; ++i)
    for (int64_t j = 0; j < columns; ++j)
      accumulators.push_back(vector::TransferReadOp::create(
          rewriter, loc, vectorType, c, at(c, index(i), index(j * vectorWidth)),
          std::nullopt, inBounds));
  Value kSize = tensor::DimOp::create(
      rewriter, loc, a, cast<RankedTensorType>(a.getType()).getRank() - 1);
  auto loop = scf::ForOp::create(
      rewriter, loc, zero, kSize, one, accumulators,
      [&](OpBuilder &builder, Location loc, Value k, ValueRange acc) {
        SmallVector<Value> rowOfB;
        for (int64_t j = 0; j < columns; ++j) {
          Value column =
              arith::ConstantIndexOp::create(builder, loc, j * vectorWidth);
          rowOfB.push_back(vector::TransferReadOp::create(
              builder, loc, vectorType, b, at(b, k, column), std::nullopt,
              inBounds));
        }
        SmallVector<Value> next;
        for (int64_t i = 0; i < m; ++i) {
          Value row = arith::ConstantIndexOp::create(builder, loc, i);
          Value scalar =
              tensor::ExtractOp::create(builder, loc, a, at(a, row, k));
          Value splat =
              vector::BroadcastOp::create(builder, loc, vectorType, scalar);
          for (int64_t j = 0; j < columns; ++j)
            next.push_back(vector::FMAOp::create(builder, loc, splat, rowOfB[j],
                                                 acc[i * columns + j]));
        }
        scf::YieldOp::create(builder, loc, next);
      });
  Value result = c;
  for (int64_t i = 0; i < m; ++i)
    for (int64_t j = 0; j < columns; ++j)
      result = vector::TransferWriteOp::create(
                   rewriter, loc, loop.getResult(i * columns + j), result,
                   at(c, index(i), index(j * vectorWidth)), inBounds)
                   .getResult();
  return result;
}

/// Canonicalizes `func` with the patterns that make peeled tiles static.
LogicalResult simplifyTiles(func::FuncOp func) {
  MLIRContext *context = func.getContext();
  RewritePatternSet patterns(context);
  for (Dialect *dialect : context->getLoadedDialects())
    dialect->getCanonicalizationPatterns(patterns);
  for (RegisteredOperationName name : context->getRegisteredOperations())
    if (llvm::is_contained({"tensor", "affine", "scf", "linalg", "arith"},
                           name.getDialectNamespace()))
      name.getCanonicalizationPatterns(patterns, context);
  affine::AffineMinOp::getCanonicalizationPatterns(patterns, context);
  return applyPatternsGreedily(func, std::move(patterns));
}

/// True for a linalg.generic that is a plain (batched) matmul: parallel
/// loops then one reduction loop, a multiply-add body, plain maps (what
/// im2col makes of a convolution).
bool isGenericMatmul(linalg::LinalgOp op) {
  auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
  if (!generic || generic.getNumDpsInputs() != 2 ||
      generic.getNumDpsInits() != 1 || generic.getNumLoops() < 3 ||
      generic.getNumReductionLoops() != 1 ||
      !linalg::isReductionIterator(generic.getIteratorTypesArray().back()) ||
      !linalg::isaContractionOpInterface(generic))
    return false;
  return hasPlainMatmulMaps(op);
}

/// The contraction tiles (linalg.matmul / batch_matmul, and generic
/// matmuls, on tensors) in `func`.
SmallVector<linalg::LinalgOp> contractions(func::FuncOp func) {
  SmallVector<linalg::LinalgOp> ops;
  func.walk([&](linalg::LinalgOp op) {
    if (op.hasPureTensorSemantics() &&
        (isa<linalg::MatmulOp, linalg::BatchMatmulOp>(op) ||
         isGenericMatmul(op)))
      ops.push_back(op);
  });
  return ops;
}

/// 2-D convolutions (NCHW) become an im2col copy and a generic matmul,
/// which the contraction schedule tiles and vectorizes.
void convolutionsToMatmuls(RewriterBase &rewriter, func::FuncOp func) {
  SmallVector<linalg::Conv2DNchwFchwOp> convs;
  func.walk([&](linalg::Conv2DNchwFchwOp conv) {
    if (conv.hasPureTensorSemantics() &&
        isa<FloatType>(getElementTypeOrSelf(conv.getDpsInitOperand(0)->get())))
      convs.push_back(conv);
  });
  for (linalg::Conv2DNchwFchwOp conv : convs) {
    rewriter.setInsertionPoint(conv);
    (void)linalg::rewriteInIm2Col(rewriter, conv); // unchanged on failure
  }
}

struct CpuTileAndVectorizePass
    : impl::CpuTileAndVectorizeBase<CpuTileAndVectorizePass> {
  using CpuTileAndVectorizeBase::CpuTileAndVectorizeBase;

  void runOnOperation() override {
    CpuSchedule schedule = CpuSchedule::forVectorBits(vectorWidth * 32);
    func::FuncOp func = getOperation();
    IRRewriter rewriter(&getContext());
    int64_t width = schedule.vectorWidth;
    int64_t maxAccumulators =
        schedule.matmulTileM * schedule.matmulTileNVectors;

    // 1. Tile every contraction into thread blocks and register tiles.
    convolutionsToMatmuls(rewriter, func);
    for (linalg::LinalgOp op : contractions(func))
      if (failed(tileContraction(rewriter, op, op.getNumLoops() - 3, schedule)))
        return signalPassFailure();
    // 2. Let the full tiles' shapes become static.
    if (failed(simplifyTiles(func)))
      return signalPassFailure();
    // 3. Tiles still not static (peeled remainders, dynamic shapes) are cut
    //    again into one row by one vector, so that only the last columns
    //    (fewer than a vector) are left to scalar code.
    for (linalg::LinalgOp op : contractions(func)) {
      if (fitsRegisterKernel(op, width, maxAccumulators) ||
          !hasPlainMatmulMaps(op) ||
          !isa<FloatType>(getElementTypeOrSelf(op.getDpsInitOperand(0)->get())))
        continue;
      int64_t batchDims = op.getNumParallelLoops() - 2;
      SmallVector<int64_t> sizes(batchDims, 1);
      llvm::append_range(sizes, ArrayRef<int64_t>{1, width, 0});
      FailureOr<scf::SCFTilingResult> tiled =
          tile(rewriter, cast<TilingInterface>(op.getOperation()), sizes,
               scf::SCFTilingOptions::LoopType::ForOp);
      if (succeeded(tiled))
        peelLoops(rewriter, tiled->loops);
    }
    if (failed(simplifyTiles(func)))
      return signalPassFailure();
    // 4. Static register tiles become vector FMA kernels; anything else
    //    stays a scalar loop nest (correct, just slower).
    WeightPacker packer(func, schedule.matmulTileN());
    for (linalg::LinalgOp op : contractions(func)) {
      packer.rewrite(rewriter, op, width);
      if (!fitsRegisterKernel(op, width, maxAccumulators))
        continue;
      Value result = emitRegisterKernel(rewriter, op, width);
      rewriter.replaceOp(op, result);
    }
  }
};

} // namespace
} // namespace mlir::plinth
