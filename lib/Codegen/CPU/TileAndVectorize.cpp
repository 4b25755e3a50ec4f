//===- TileAndVectorize.cpp - plinth-cpu-tile-and-vectorize ---------------===//
//
// Contractions are tiled twice: into thread blocks (scf.forall) and into
// register tiles (scf.for). The register-tile loops are peeled, so that all
// but the last iteration see full, static tiles; those are vectorized without
// masks into vector.contract (lowered later to broadcast-FMA outer products),
// and the remainder tiles stay scalar loops.
//
//===----------------------------------------------------------------------===//

#include "lib/Codegen/CPU/Schedule.h"
#include "lib/Codegen/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/PatternMatch.h"
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
  FailureOr<scf::SCFTilingResult> result = scf::tileUsingSCF(rewriter, op, options);
  if (failed(result))
    return failure();
  rewriter.replaceOp(op, result->replacements);
  return result;
}

/// Thread blocks and peeled register tiles for one contraction. `batchDims`
/// leading dims are tiled by one.
LogicalResult tileContraction(RewriterBase &rewriter, linalg::LinalgOp op,
                              int64_t batchDims, const CpuSchedule &schedule) {
  SmallVector<int64_t> block(batchDims, 1), tileSizes(batchDims, 1);
  llvm::append_range(block, ArrayRef<int64_t>{schedule.matmulBlockM,
                                              schedule.matmulBlockN, 0});
  llvm::append_range(tileSizes,
                     ArrayRef<int64_t>{schedule.matmulTileM,
                                       schedule.matmulTileN(),
                                       schedule.matmulTileK});
  FailureOr<scf::SCFTilingResult> blocked =
      tile(rewriter, cast<TilingInterface>(op.getOperation()), block,
           scf::SCFTilingOptions::LoopType::ForallOp);
  if (failed(blocked))
    return op.emitOpError("could not be tiled into thread blocks");
  FailureOr<scf::SCFTilingResult> tiled =
      tile(rewriter, cast<TilingInterface>(blocked->tiledOps.back()), tileSizes,
           scf::SCFTilingOptions::LoopType::ForOp);
  if (failed(tiled))
    return op.emitOpError("could not be tiled into register tiles");
  // Peel the M and N loops (the K step is 1: always full).
  for (LoopLikeOpInterface loop : tiled->loops) {
    auto forOp = dyn_cast<scf::ForOp>(loop.getOperation());
    if (!forOp)
      continue;
    scf::ForOp remainder;
    (void)scf::peelForLoopAndSimplifyBounds(rewriter, forOp, remainder);
  }
  return success();
}

/// True for a contraction tile with a static iteration space of at most
/// `limit` elements per dim (a register tile, not a whole matrix).
bool isStaticRegisterTile(linalg::LinalgOp op, int64_t limit) {
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  return llvm::all_of(ranges, [&](int64_t r) {
    return !ShapedType::isDynamic(r) && r <= limit;
  });
}

struct CpuTileAndVectorizePass
    : impl::CpuTileAndVectorizeBase<CpuTileAndVectorizePass> {
  using CpuTileAndVectorizeBase::CpuTileAndVectorizeBase;

  void runOnOperation() override {
    CpuSchedule schedule = CpuSchedule::forVectorBits(vectorWidth * 32);
    MLIRContext *context = &getContext();
    func::FuncOp func = getOperation();

    // 1. Tile every contraction.
    SmallVector<std::pair<linalg::LinalgOp, int64_t>> work;
    func.walk([&](linalg::LinalgOp op) {
      if (!op.hasPureTensorSemantics())
        return;
      if (isa<linalg::MatmulOp>(op))
        work.emplace_back(op, 0);
      else if (isa<linalg::BatchMatmulOp>(op))
        work.emplace_back(op, 1);
    });
    IRRewriter rewriter(context);
    for (auto [op, batchDims] : work)
      if (failed(tileContraction(rewriter, op, batchDims, schedule)))
        return signalPassFailure();

    // 2. Let the full tiles' shapes become static.
    RewritePatternSet patterns(context);
    for (RegisteredOperationName name : context->getRegisteredOperations())
      if (llvm::is_contained({"tensor", "affine", "scf", "linalg", "arith"},
                             name.getDialectNamespace()))
        name.getCanonicalizationPatterns(patterns, context);
    affine::AffineMinOp::getCanonicalizationPatterns(patterns, context);
    if (failed(applyPatternsGreedily(func, std::move(patterns))))
      return signalPassFailure();

    // 3. Vectorize the full register tiles.
    int64_t limit = std::max(schedule.matmulTileM, schedule.matmulTileN());
    SmallVector<linalg::LinalgOp> tiles;
    func.walk([&](linalg::LinalgOp op) {
      if (op.hasPureTensorSemantics() &&
          isa<linalg::MatmulOp, linalg::BatchMatmulOp>(op) &&
          isStaticRegisterTile(op, limit))
        tiles.push_back(op);
    });
    for (linalg::LinalgOp op : tiles) {
      rewriter.setInsertionPoint(op);
      FailureOr<linalg::VectorizationResult> vectorized =
          linalg::vectorize(rewriter, op);
      if (failed(vectorized))
        continue; // stays a scalar loop nest: correct, just slower
      rewriter.replaceOp(op, vectorized->replacements);
    }
  }
};

} // namespace
} // namespace mlir::plinth
