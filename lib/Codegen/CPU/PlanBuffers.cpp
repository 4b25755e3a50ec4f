//===- PlanBuffers.cpp - plinth-cpu-plan-buffers --------------------------===//
//
// After bufferization every intermediate tensor is its own memref.alloc: a
// model run would call malloc and free once per intermediate, and big ones
// would be mapped and faulted in afresh every run. Here the statically
// shaped allocations of a function's body share one arena: each buffer lives
// from its allocation to the last use of any of its aliases, and buffers
// whose lifetimes do not overlap get the same bytes. Offsets are assigned
// greedily, largest buffer first, at the lowest 64-byte aligned offset that
// no live buffer occupies. Buffers that escape the function (outputs) keep
// their own allocations; so do buffers with dynamic shapes.
//
//===----------------------------------------------------------------------===//

#include "lib/Codegen/Passes.h"

#include "mlir/Dialect/Bufferization/Transforms/BufferViewFlowAnalysis.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/CallInterfaces.h"

namespace mlir::plinth {

#define GEN_PASS_DEF_CPUPLANBUFFERS
#include "lib/Codegen/Passes.h.inc"

namespace {

constexpr int64_t kAlignment = 64;

/// One allocation's share of the arena.
struct Buffer {
  memref::AllocOp alloc;
  int64_t bytes;
  unsigned start, end; // positions in the body, both live
  int64_t offset = 0;
};

/// Bytes of a statically shaped, contiguous, default-space memref, or
/// nullopt.
std::optional<int64_t> staticBytes(MemRefType type) {
  if (!type.hasStaticShape() || !type.getLayout().isIdentity() ||
      type.getMemorySpace() || !type.getElementType().isIntOrFloat())
    return std::nullopt;
  // LLVM stores an iN or a float in the next power-of-two bytes (i1 and i8
  // in one, i24 in four, f80 in sixteen).
  int64_t elementBytes =
      llvm::PowerOf2Ceil(std::max<uint64_t>(type.getElementTypeBitWidth(), 8)) /
      8;
  return type.getNumElements() * elementBytes;
}

/// The buffers of `body` that may share an arena: statically shaped
/// allocations whose aliases are all used inside `body` and never returned
/// or passed to a call.
SmallVector<Buffer> plannableBuffers(Block &body,
                                     const BufferViewFlowAnalysis &aliases) {
  DenseMap<Operation *, unsigned> position;
  for (auto [index, op] : llvm::enumerate(body))
    position[&op] = index;
  SmallVector<Buffer> buffers;
  for (auto alloc : body.getOps<memref::AllocOp>()) {
    std::optional<int64_t> bytes = staticBytes(alloc.getType());
    if (!bytes || *bytes == 0 || !alloc.getSymbolOperands().empty() ||
        alloc.getAlignment().value_or(0) > kAlignment)
      continue;
    Buffer buffer{alloc, llvm::alignTo(*bytes, kAlignment), position[alloc],
                  position[alloc]};
    bool escapes = false;
    for (Value alias : aliases.resolve(alloc.getResult())) {
      for (OpOperand &use : alias.getUses()) {
        Operation *user = use.getOwner();
        Operation *ancestor = body.findAncestorOpInBlock(*user);
        bool returned = user->hasTrait<OpTrait::ReturnLike>() &&
                        isa<func::FuncOp>(user->getParentOp());
        if (!ancestor || returned || isa<CallOpInterface>(user)) {
          escapes = true;
          break;
        }
        buffer.end = std::max(buffer.end, position[ancestor]);
      }
      if (escapes)
        break;
    }
    if (!escapes)
      buffers.push_back(buffer);
  }
  return buffers;
}

/// Gives every buffer an offset: largest first, at the lowest aligned offset
/// not taken by a placed buffer whose lifetime overlaps. Returns the arena
/// size.
int64_t assignOffsets(MutableArrayRef<Buffer> buffers) {
  SmallVector<Buffer *> order =
      llvm::map_to_vector(buffers, [](Buffer &b) { return &b; });
  llvm::stable_sort(order, [](const Buffer *a, const Buffer *b) {
    return a->bytes > b->bytes;
  });
  SmallVector<Buffer *> placed;
  int64_t total = 0;
  for (Buffer *buffer : order) {
    SmallVector<Buffer *> live;
    for (Buffer *other : placed)
      if (other->start <= buffer->end && buffer->start <= other->end)
        live.push_back(other);
    llvm::sort(live, [](const Buffer *a, const Buffer *b) {
      return a->offset < b->offset;
    });
    int64_t offset = 0;
    for (Buffer *other : live) {
      if (offset + buffer->bytes <= other->offset)
        break;
      offset = std::max(offset, other->offset + other->bytes);
    }
    buffer->offset = offset;
    total = std::max(total, offset + buffer->bytes);
    placed.push_back(buffer);
  }
  return total;
}

struct CpuPlanBuffersPass : impl::CpuPlanBuffersBase<CpuPlanBuffersPass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal())
      return;
    Block &body = func.getBody().front();
    BufferViewFlowAnalysis aliases(func);
    SmallVector<Buffer> buffers = plannableBuffers(body, aliases);
    if (buffers.size() < 2)
      return;
    int64_t total = assignOffsets(buffers);

    IRRewriter rewriter(&getContext());
    // The arena is allocated where the first planned buffer was (buffers
    // are in body order), not at the top: a run-time check that fails before
    // it returns without leaking it.
    rewriter.setInsertionPoint(buffers.front().alloc);
    Location loc = func.getLoc();
    auto arenaType = MemRefType::get({total}, rewriter.getIntegerType(8));
    Value arena = memref::AllocOp::create(
        rewriter, loc, arenaType, rewriter.getI64IntegerAttr(kAlignment));
    for (Buffer &buffer : buffers) {
      rewriter.setInsertionPoint(buffer.alloc);
      Value offset = arith::ConstantIndexOp::create(
          rewriter, buffer.alloc.getLoc(), buffer.offset);
      rewriter.replaceOpWithNewOp<memref::ViewOp>(
          buffer.alloc, buffer.alloc.getType(), arena, offset, ValueRange{});
    }
  }
};

} // namespace
} // namespace mlir::plinth
