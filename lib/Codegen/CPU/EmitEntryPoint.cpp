//===- EmitEntryPoint.cpp - plinth-cpu-emit-entry-point -------------------===//
//
// The artifact ABI (runtime/README.md): one entry point with a fixed C
// signature whatever the model's inputs, plus the signature text and the ABI
// version as exported globals.
//
//===----------------------------------------------------------------------===//

#include "lib/Codegen/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Builders.h"

namespace mlir::plinth {

#define GEN_PASS_DEF_CPUEMITENTRYPOINT
#include "lib/Codegen/Passes.h.inc"

namespace {

constexpr llvm::StringLiteral kEntryName = "plinth_entry";
constexpr llvm::StringLiteral kCInterfaceName = "_mlir_ciface_main";
constexpr int32_t kAbiVersion = 1;

struct CpuEmitEntryPointPass
    : impl::CpuEmitEntryPointBase<CpuEmitEntryPointPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *context = &getContext();
    auto signature = module->getAttrOfType<StringAttr>(kSignatureAttr);
    auto ciface = module.lookupSymbol<LLVM::LLVMFuncOp>(kCInterfaceName);
    if (!signature || !ciface) {
      module.emitError("expected the module attribute ")
          << kSignatureAttr << " and the function " << kCInterfaceName;
      return signalPassFailure();
    }
    if (module.lookupSymbol(kEntryName)) {
      module.emitError("the module already defines ") << kEntryName;
      return signalPassFailure();
    }

    OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
    Location loc = module.getLoc();
    auto ptr = LLVM::LLVMPointerType::get(context);
    auto i8 = IntegerType::get(context, 8);
    auto i32 = IntegerType::get(context, 32);

    // The globals.
    std::string text = signature.getValue().str();
    text.push_back('\0');
    LLVM::GlobalOp::create(b, loc, LLVM::LLVMArrayType::get(i8, text.size()),
                           /*isConstant=*/true, LLVM::Linkage::External,
                           "plinth_signature", b.getStringAttr(text));
    LLVM::GlobalOp::create(b, loc, i32, /*isConstant=*/true,
                           LLVM::Linkage::External, "plinth_abi_version",
                           b.getI32IntegerAttr(kAbiVersion));

    // int32_t plinth_entry(void **inputs, void *outputs)
    auto entryType = LLVM::LLVMFunctionType::get(i32, {ptr, ptr});
    auto entry = LLVM::LLVMFuncOp::create(b, loc, kEntryName, entryType);
    Block *body = entry.addEntryBlock(b);
    b.setInsertionPointToStart(body);
    Value inputs = body->getArgument(0), outputs = body->getArgument(1);

    // _mlir_ciface_main(outputs, inputs[0], inputs[1], ...): the results come
    // first (a pointer to the descriptor, or to a struct of descriptors).
    LLVM::LLVMFunctionType cifaceType = ciface.getFunctionType();
    if (cifaceType.getNumParams() <
            (module->hasAttr(kStatusSlotAttr) ? 2u : 1u) ||
        !llvm::all_of(cifaceType.getParams(),
                      [&](Type t) { return t == ptr; })) {
      ciface.emitError("expected a C interface taking pointers only");
      return signalPassFailure();
    }
    bool hasStatusSlot = module->hasAttr(kStatusSlotAttr);
    unsigned numInputs =
        cifaceType.getNumParams() - 1 - (hasStatusSlot ? 1 : 0);
    SmallVector<Value> args = {outputs};
    for (unsigned i = 0; i < numInputs; ++i) {
      Value slot = LLVM::GEPOp::create(b, loc, ptr, ptr, inputs,
                                       ArrayRef<LLVM::GEPArg>{int32_t(i)});
      args.push_back(LLVM::LoadOp::create(b, loc, ptr, slot));
    }
    auto i64 = IntegerType::get(context, 64);
    auto constant = [&](Type type, int64_t value) -> Value {
      return LLVM::ConstantOp::create(b, loc, type,
                                      b.getIntegerAttr(type, value));
    };
    Value zero = constant(i32, 0);
    if (!hasStatusSlot) {
      LLVM::CallOp::create(b, loc, ciface, args);
      LLVM::ReturnOp::create(b, loc, zero);
      return;
    }

    // The status slot: two zeroed words on the stack, passed as the
    // descriptor of a memref<2xi64>.
    Value words = LLVM::AllocaOp::create(b, loc, ptr, i64, constant(i64, 2));
    Value second =
        LLVM::GEPOp::create(b, loc, ptr, i64, words, ArrayRef<LLVM::GEPArg>{1});
    LLVM::StoreOp::create(b, loc, constant(i64, 0), words);
    LLVM::StoreOp::create(b, loc, constant(i64, 0), second);
    auto array1 = LLVM::LLVMArrayType::get(i64, 1);
    auto descriptorType = LLVM::LLVMStructType::getLiteral(
        context, {ptr, ptr, i64, array1, array1});
    Value descriptor = LLVM::UndefOp::create(b, loc, descriptorType);
    descriptor = LLVM::InsertValueOp::create(b, loc, descriptor, words,
                                             ArrayRef<int64_t>{0});
    descriptor = LLVM::InsertValueOp::create(b, loc, descriptor, words,
                                             ArrayRef<int64_t>{1});
    descriptor = LLVM::InsertValueOp::create(
        b, loc, descriptor, constant(i64, 0), ArrayRef<int64_t>{2});
    descriptor = LLVM::InsertValueOp::create(
        b, loc, descriptor, constant(i64, 2), ArrayRef<int64_t>{3, 0});
    descriptor = LLVM::InsertValueOp::create(
        b, loc, descriptor, constant(i64, 1), ArrayRef<int64_t>{4, 0});
    Value descriptorSlot =
        LLVM::AllocaOp::create(b, loc, ptr, descriptorType, constant(i64, 1));
    LLVM::StoreOp::create(b, loc, descriptor, descriptorSlot);
    args.push_back(descriptorSlot);
    LLVM::CallOp::create(b, loc, ciface, args);

    // A failed check: its code, and the message address in outputs[0].
    Value code = LLVM::LoadOp::create(b, loc, i64, words);
    Value failed = LLVM::ICmpOp::create(b, loc, LLVM::ICmpPredicate::ne, code,
                                        constant(i64, 0));
    Block *ok = b.createBlock(&entry.getBody());
    LLVM::ReturnOp::create(b, loc, zero);
    Block *fail = b.createBlock(&entry.getBody());
    Value message = LLVM::LoadOp::create(b, loc, i64, second);
    LLVM::StoreOp::create(b, loc, message, outputs);
    LLVM::ReturnOp::create(b, loc, LLVM::TruncOp::create(b, loc, i32, code));
    b.setInsertionPointToEnd(body);
    LLVM::CondBrOp::create(b, loc, failed, fail, ok);
  }
};

} // namespace
} // namespace mlir::plinth
