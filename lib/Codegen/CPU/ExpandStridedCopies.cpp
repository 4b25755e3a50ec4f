//===- ExpandStridedCopies.cpp - plinth-cpu-expand-strided-copies ---------===//
//
// memref.copy between contiguous buffers lowers to a memcpy; any other copy
// would lower to a call into MLIR's C runner library, which artifacts must
// not depend on. Those copies become linalg.copy ops, which the pipeline
// then lowers to (parallel) loops like every other linalg op.
//
//===----------------------------------------------------------------------===//

#include "lib/Codegen/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::plinth {

#define GEN_PASS_DEF_CPUEXPANDSTRIDEDCOPIES
#include "lib/Codegen/Passes.h.inc"

namespace {
bool isContiguous(Type type) {
  auto memref = dyn_cast<MemRefType>(type);
  return memref && memref.getLayout().isIdentity();
}

struct CpuExpandStridedCopiesPass
    : impl::CpuExpandStridedCopiesBase<CpuExpandStridedCopiesPass> {
  void runOnOperation() override {
    SmallVector<memref::CopyOp> copies;
    getOperation()->walk([&](memref::CopyOp copy) {
      if (!isContiguous(copy.getSource().getType()) ||
          !isContiguous(copy.getTarget().getType()))
        copies.push_back(copy);
    });
    IRRewriter rewriter(&getContext());
    for (memref::CopyOp copy : copies) {
      rewriter.setInsertionPoint(copy);
      rewriter.replaceOpWithNewOp<linalg::CopyOp>(copy, copy.getSource(),
                                                  copy.getTarget());
    }
  }
};
} // namespace

} // namespace mlir::plinth
