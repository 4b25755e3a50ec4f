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
    if (cifaceType.getNumParams() < 1 ||
        !llvm::all_of(cifaceType.getParams(),
                      [&](Type t) { return t == ptr; })) {
      ciface.emitError("expected a C interface taking pointers only");
      return signalPassFailure();
    }
    SmallVector<Value> args = {outputs};
    for (unsigned i = 1; i < cifaceType.getNumParams(); ++i) {
      Value slot = LLVM::GEPOp::create(b, loc, ptr, ptr, inputs,
                                       ArrayRef<LLVM::GEPArg>{int32_t(i - 1)});
      args.push_back(LLVM::LoadOp::create(b, loc, ptr, slot));
    }
    LLVM::CallOp::create(b, loc, ciface, args);
    Value zero = LLVM::ConstantOp::create(b, loc, i32, b.getI32IntegerAttr(0));
    LLVM::ReturnOp::create(b, loc, zero);
  }
};

} // namespace
} // namespace mlir::plinth
