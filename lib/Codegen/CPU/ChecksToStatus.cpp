//===- ChecksToStatus.cpp - plinth-cpu-checks-to-status -------------------===//
//
// The lowering checks sizes that only the run can know (a reshape's element
// count, concat inputs that must agree) with cf.assert, which would abort
// the process. A model must report such an error instead: @main gets one
// more argument, a memref<2xi64> status slot, and every check at the top of
// @main becomes a branch to a block that stores the failure code and the
// address of the message there and returns. plinth_entry (emit-entry-point)
// passes the slot and turns it into its return code.
//
// Buffers allocated before the failing check are not freed on that path
// (deallocation has run already); an error run may leak them.
//
//===----------------------------------------------------------------------===//

#include "lib/Codegen/Passes.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::plinth {

#define GEN_PASS_DEF_CPUCHECKSTOSTATUS
#include "lib/Codegen/Passes.h.inc"

namespace {

/// "node 'NAME': MESSAGE" when the check carries the node's name.
std::string describe(cf::AssertOp check) {
  std::string message = check.getMsg().str();
  Location loc = check.getLoc();
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location inner : fused.getLocations())
      if (isa<NameLoc>(inner))
        loc = inner;
  if (auto name = dyn_cast<NameLoc>(loc))
    return "node '" + name.getName().str() + "': " + message;
  return message;
}

struct CpuChecksToStatusPass
    : impl::CpuChecksToStatusBase<CpuChecksToStatusPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    auto main = module.lookupSymbol<func::FuncOp>("main");
    if (!main || main.isExternal())
      return;
    SmallVector<cf::AssertOp> checks;
    main.walk([&](cf::AssertOp check) {
      if (check->getParentOp() == main)
        checks.push_back(check);
    });
    if (checks.empty())
      return;

    MLIRContext *context = &getContext();
    IRRewriter rewriter(context);
    auto slotType = MemRefType::get({2}, rewriter.getI64Type());
    Region &body = main.getBody();
    Value slot = body.addArgument(slotType, main.getLoc());
    SmallVector<Type> inputs(main.getFunctionType().getInputs());
    inputs.push_back(slotType);
    main.setFunctionType(FunctionType::get(
        context, inputs, main.getFunctionType().getResults()));
    module->setAttr(kStatusSlotAttr, rewriter.getUnitAttr());

    auto ptr = LLVM::LLVMPointerType::get(context);
    for (auto [index, check] : llvm::enumerate(checks)) {
      Location loc = check.getLoc();
      // The message: a constant global string.
      std::string text = describe(check);
      text.push_back('\0');
      rewriter.setInsertionPointToStart(module.getBody());
      std::string symbol = "plinth_check_message_" + std::to_string(index);
      LLVM::GlobalOp::create(
          rewriter, loc,
          LLVM::LLVMArrayType::get(rewriter.getI8Type(), text.size()),
          /*isConstant=*/true, LLVM::Linkage::Internal, symbol,
          rewriter.getStringAttr(text));

      // The failure block: store code and message, return poison results.
      Block *before = check->getBlock();
      Block *after =
          rewriter.splitBlock(before, std::next(check->getIterator()));
      Block *fail = rewriter.createBlock(&body, body.end());
      rewriter.setInsertionPointToStart(fail);
      auto index0 = arith::ConstantIndexOp::create(rewriter, loc, 0);
      auto index1 = arith::ConstantIndexOp::create(rewriter, loc, 1);
      Value code =
          arith::ConstantIntOp::create(rewriter, loc, kCheckFailedCode, 64);
      memref::StoreOp::create(rewriter, loc, code, slot, ValueRange{index0});
      Value address = LLVM::AddressOfOp::create(rewriter, loc, ptr, symbol);
      Value word = LLVM::PtrToIntOp::create(rewriter, loc,
                                            rewriter.getI64Type(), address);
      memref::StoreOp::create(rewriter, loc, word, slot, ValueRange{index1});
      SmallVector<Value> results;
      for (Type type : main.getFunctionType().getResults())
        results.push_back(ub::PoisonOp::create(rewriter, loc, type));
      func::ReturnOp::create(rewriter, loc, results);

      rewriter.setInsertionPoint(check);
      cf::CondBranchOp::create(rewriter, loc, check.getArg(), after,
                               ValueRange{}, fail, ValueRange{});
      rewriter.eraseOp(check);
    }
  }
};

} // namespace
} // namespace mlir::plinth
