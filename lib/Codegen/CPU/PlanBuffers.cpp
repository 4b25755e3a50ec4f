//===- PlanBuffers.cpp - plinth-cpu-plan-buffers --------------------------===//
//
// After bufferization every intermediate tensor is its own memref.alloc: a
// model run would call malloc and free once per intermediate, and big ones
// would be mapped and faulted in afresh every run. Here the allocations of a
// function's body that do not escape it (outputs do) share memory: each
// buffer lives from its allocation to the last use of any of its aliases,
// and buffers whose lifetimes do not overlap get the same bytes.
//
// - Statically shaped buffers share one arena. Offsets are assigned
//   greedily, largest buffer first, at the lowest 64-byte aligned offset
//   that no live buffer occupies.
// - Dynamically shaped buffers (symbolic batch or sequence) share slots:
//   buffers with disjoint lifetimes take turns in one allocation, which
//   grows at run time when a later buffer needs more. A slot is preferably
//   shared by buffers whose sizes are provably the same products (the same
//   SSA values, or memref.dim of the same function argument, seen through
//   allocations, views and expand_shapes), so that it seldom grows.
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

/// One size that a dynamic dim is known to equal: a value, or dim `index`
/// of a memref the pass cannot see through (a function argument).
using SizeKey = std::pair<const void *, int64_t>;

/// One allocation of the body: its bytes are `staticBytes` (element bytes
/// times the static dims) times its dynamic sizes.
struct Buffer {
  memref::AllocOp alloc;
  int64_t staticBytes;
  SmallVector<SizeKey> dynamicKeys; // sorted; empty for a static shape
  unsigned start, end;              // positions in the body, both live
  int64_t offset = 0;               // in the static arena
};

/// Element bytes times static dims of a contiguous, default-space memref
/// with integer or float elements, or nullopt.
std::optional<int64_t> staticBytes(MemRefType type) {
  if (!type.getLayout().isIdentity() || type.getMemorySpace() ||
      !type.getElementType().isIntOrFloat())
    return std::nullopt;
  // LLVM stores an iN or a float in the next power-of-two bytes (i1 and i8
  // in one, i24 in four, f80 in sixteen).
  int64_t bytes =
      llvm::PowerOf2Ceil(std::max<uint64_t>(type.getElementTypeBitWidth(), 8)) /
      8;
  for (int64_t dim : type.getShape())
    if (!ShapedType::isDynamic(dim))
      bytes *= dim;
  return bytes;
}

/// What `size` is known to equal: `memref.dim` of an allocation, a view or
/// an expand_shape is that op's size operand, followed further; `memref.dim`
/// of anything else is (memref, dim).
SizeKey sizeKey(Value size) {
  while (auto dim = size.getDefiningOp<memref::DimOp>()) {
    std::optional<int64_t> index = dim.getConstantIndex();
    auto type = dyn_cast<MemRefType>(dim.getSource().getType());
    if (!index || !type || *index < 0 || *index >= type.getRank())
      break;
    Operation *source = dim.getSource().getDefiningOp();
    Value next;
    if (type.isDynamicDim(*index)) {
      if (auto alloc = dyn_cast_or_null<memref::AllocOp>(source))
        next = alloc.getDynamicSizes()[type.getDynamicDimIndex(*index)];
      else if (auto view = dyn_cast_or_null<memref::ViewOp>(source))
        next = view.getSizes()[type.getDynamicDimIndex(*index)];
      else if (auto expand = dyn_cast_or_null<memref::ExpandShapeOp>(source))
        next = dyn_cast<Value>(expand.getMixedOutputShape()[*index]);
    }
    if (!next)
      return {dim.getSource().getAsOpaquePointer(), *index};
    size = next;
  }
  return {size.getAsOpaquePointer(), -1};
}

/// The buffers of `body` that may be planned: contiguous allocations whose
/// aliases are all used inside `body` and never returned or passed to a
/// call, in body order.
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
    Buffer buffer{alloc, *bytes, {}, position[alloc], position[alloc]};
    for (Value size : alloc.getDynamicSizes())
      buffer.dynamicKeys.push_back(sizeKey(size));
    llvm::sort(buffer.dynamicKeys);
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

/// Gives every static buffer an offset: largest first, at the lowest aligned
/// offset not taken by a placed buffer whose lifetime overlaps. Returns the
/// arena size.
int64_t assignOffsets(ArrayRef<Buffer *> buffers) {
  auto size = [](const Buffer *b) {
    return int64_t(llvm::alignTo(b->staticBytes, kAlignment));
  };
  SmallVector<Buffer *> order(buffers);
  llvm::stable_sort(order, [&](const Buffer *a, const Buffer *b) {
    return size(a) > size(b);
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
      if (offset + size(buffer) <= other->offset)
        break;
      offset = std::max(offset, other->offset + size(other));
    }
    buffer->offset = offset;
    total = std::max(total, offset + size(buffer));
    placed.push_back(buffer);
  }
  return total;
}

/// Static buffers: one arena, allocated where the first of them was (not
/// at the top: a run-time check that fails before it returns without
/// leaking it).
void planStatic(RewriterBase &rewriter, ArrayRef<Buffer *> buffers) {
  if (buffers.size() < 2)
    return;
  int64_t total = assignOffsets(buffers);
  memref::AllocOp first = buffers.front()->alloc;
  rewriter.setInsertionPoint(first);
  auto arenaType = MemRefType::get({total}, rewriter.getIntegerType(8));
  Value arena = memref::AllocOp::create(rewriter, first.getLoc(), arenaType,
                                        rewriter.getI64IntegerAttr(kAlignment));
  for (Buffer *buffer : buffers) {
    rewriter.setInsertionPoint(buffer->alloc);
    Value offset = arith::ConstantIndexOp::create(
        rewriter, buffer->alloc.getLoc(), buffer->offset);
    rewriter.replaceOpWithNewOp<memref::ViewOp>(
        buffer->alloc, buffer->alloc.getType(), arena, offset, ValueRange{});
  }
}

/// Bytes of `buffer` at run time, computed before its allocation.
Value dynamicBytes(RewriterBase &rewriter, const Buffer &buffer) {
  memref::AllocOp alloc = buffer.alloc;
  Value bytes = arith::ConstantIndexOp::create(rewriter, alloc.getLoc(),
                                               buffer.staticBytes);
  for (Value size : alloc.getDynamicSizes())
    bytes = arith::MulIOp::create(rewriter, alloc.getLoc(), bytes, size);
  return bytes;
}

/// Dynamically shaped buffers with disjoint lifetimes share slots. A slot
/// is allocated where its first buffer was, with that buffer's bytes; each
/// later buffer takes it as it is when it is large enough, or else a larger
/// allocation (the smaller is dead by then; deallocation frees it when the
/// function returns, so peak memory is at most that of separate buffers).
/// Every buffer is a view of its slot at offset 0. A buffer goes to a free
/// slot whose last buffer had the same dynamic sizes, the smallest that
/// holds it if one does; else to any free slot; else to a new one.
void planDynamic(RewriterBase &rewriter, ArrayRef<Buffer *> buffers) {
  SmallVector<SmallVector<Buffer *>> slots; // members in body order
  for (Buffer *buffer : buffers) {
    SmallVector<Buffer *> *best = nullptr;
    auto rank = [&](Buffer *last) {
      if (last->dynamicKeys != buffer->dynamicKeys)
        return 0;
      return last->staticBytes >= buffer->staticBytes ? 2 : 1;
    };
    for (SmallVector<Buffer *> &slot : slots) {
      Buffer *last = slot.back();
      if (last->end >= buffer->start)
        continue;
      if (!best || rank(last) > rank(best->back()) ||
          (rank(last) == 2 && rank(best->back()) == 2 &&
           last->staticBytes < best->back()->staticBytes))
        best = &slot;
    }
    if (!best)
      best = &slots.emplace_back();
    best->push_back(buffer);
  }

  auto bytesType =
      MemRefType::get({ShapedType::kDynamic}, rewriter.getIntegerType(8));
  IntegerAttr alignment = rewriter.getI64IntegerAttr(kAlignment);
  for (ArrayRef<Buffer *> slot : slots) {
    if (slot.size() < 2)
      continue;
    Value memory;
    for (Buffer *buffer : slot) {
      memref::AllocOp alloc = buffer->alloc;
      Location loc = alloc.getLoc();
      rewriter.setInsertionPoint(alloc);
      Value bytes = dynamicBytes(rewriter, *buffer);
      Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
      if (!memory) {
        memory = memref::AllocOp::create(rewriter, loc, bytesType,
                                         ValueRange{bytes}, alignment);
      } else {
        Value capacity = memref::DimOp::create(rewriter, loc, memory, zero);
        Value grow = arith::CmpIOp::create(
            rewriter, loc, arith::CmpIPredicate::ugt, bytes, capacity);
        Type resultType = bytesType;
        auto ifOp = scf::IfOp::create(rewriter, loc, resultType, grow,
                                      /*addThenBlock=*/true,
                                      /*addElseBlock=*/true);
        rewriter.setInsertionPointToStart(ifOp.thenBlock());
        Value larger = memref::AllocOp::create(rewriter, loc, bytesType,
                                               ValueRange{bytes}, alignment);
        scf::YieldOp::create(rewriter, loc, larger);
        rewriter.setInsertionPointToStart(ifOp.elseBlock());
        scf::YieldOp::create(rewriter, loc, memory);
        rewriter.setInsertionPoint(alloc);
        memory = ifOp.getResult(0);
      }
      rewriter.replaceOpWithNewOp<memref::ViewOp>(
          alloc, alloc.getType(), memory, zero, alloc.getDynamicSizes());
    }
  }
}

struct CpuPlanBuffersPass : impl::CpuPlanBuffersBase<CpuPlanBuffersPass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal())
      return;
    Block &body = func.getBody().front();
    BufferViewFlowAnalysis aliases(func);
    SmallVector<Buffer> buffers = plannableBuffers(body, aliases);
    SmallVector<Buffer *> staticBuffers, dynamicBuffers;
    for (Buffer &buffer : buffers)
      (buffer.dynamicKeys.empty() ? staticBuffers : dynamicBuffers)
          .push_back(&buffer);
    IRRewriter rewriter(&getContext());
    planStatic(rewriter, staticBuffers);
    planDynamic(rewriter, dynamicBuffers);
  }
};

} // namespace
} // namespace mlir::plinth
