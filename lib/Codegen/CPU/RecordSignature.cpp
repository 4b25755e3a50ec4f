//===- RecordSignature.cpp - plinth-codegen-record-signature --------------===//

#include "dialects/Plinth/PlinthDialect.h"
#include "lib/Codegen/Passes.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir::plinth {

#define GEN_PASS_DEF_RECORDSIGNATURE
#include "lib/Codegen/Passes.h.inc"

namespace {

/// Percent-encodes '%', TAB, newline and other control bytes.
void writeEscaped(llvm::raw_ostream &os, llvm::StringRef text) {
  for (unsigned char c : text) {
    if (c == '%' || c < 0x20 || c == 0x7f)
      os << '%' << llvm::format_hex_no_prefix(c, 2, /*Upper=*/true);
    else
      os << c;
  }
}

FailureOr<StringRef> dtypeName(Type type) {
  if (type.isF32())
    return StringRef("f32");
  if (type.isF64())
    return StringRef("f64");
  if (type.isF16())
    return StringRef("f16");
  if (type.isBF16())
    return StringRef("bf16");
  if (type.isInteger(1))
    return StringRef("bool");
  // The small types, stored one element per byte (runtime/README.md).
  if (isa<Float8E4M3FNType>(type))
    return StringRef("f8e4m3fn");
  if (isa<Float8E4M3FNUZType>(type))
    return StringRef("f8e4m3fnuz");
  if (isa<Float8E5M2Type>(type))
    return StringRef("f8e5m2");
  if (isa<Float8E5M2FNUZType>(type))
    return StringRef("f8e5m2fnuz");
  if (isa<Float4E2M1FNType>(type))
    return StringRef("f4e2m1");
  if (auto intType = dyn_cast<IntegerType>(type)) {
    switch (intType.getWidth()) {
    case 2:
      return StringRef(intType.isUnsigned() ? "u2" : "i2");
    case 4:
      return StringRef(intType.isUnsigned() ? "u4" : "i4");
    case 8:
      return StringRef(intType.isUnsigned() ? "u8" : "i8");
    case 16:
      return StringRef(intType.isUnsigned() ? "u16" : "i16");
    case 32:
      return StringRef(intType.isUnsigned() ? "u32" : "i32");
    case 64:
      return StringRef(intType.isUnsigned() ? "u64" : "i64");
    }
  }
  return failure();
}

LogicalResult writeValue(llvm::raw_ostream &os, StringRef kind, Type type,
                         DictionaryAttr attrs, unsigned index, Operation *op) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor)
    return op->emitError("model ") << kind << " " << index
                                   << " is not a ranked tensor: " << type;
  FailureOr<StringRef> dtype = dtypeName(tensor.getElementType());
  if (failed(dtype))
    return op->emitError("model ") << kind << " " << index
                                   << " has an unsupported element type "
                                   << tensor.getElementType();
  auto name = attrs ? attrs.getAs<StringAttr>("plinth.name") : StringAttr();
  auto dimNames = attrs ? attrs.getAs<ArrayAttr>(kDimNamesAttr) : ArrayAttr();
  os << kind << '\t';
  writeEscaped(os, name ? name.getValue() : (kind + std::to_string(index)).str());
  os << '\t' << *dtype << '\t' << tensor.getRank();
  for (int64_t d = 0; d < tensor.getRank(); ++d) {
    os << '\t';
    if (!tensor.isDynamicDim(d)) {
      os << tensor.getDimSize(d);
      continue;
    }
    os << '?';
    if (dimNames && d < int64_t(dimNames.size()))
      if (auto dimName = dyn_cast<StringAttr>(dimNames[d]))
        writeEscaped(os, dimName.getValue());
  }
  os << '\n';
  return success();
}

struct RecordSignaturePass : impl::RecordSignatureBase<RecordSignaturePass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    auto main = module.lookupSymbol<func::FuncOp>("main");
    if (!main) {
      module.emitError("the module has no func.func @main");
      return signalPassFailure();
    }
    std::string text;
    llvm::raw_string_ostream os(text);
    os << "plinth-signature 1\n";
    FunctionType type = main.getFunctionType();
    for (unsigned i = 0; i < type.getNumInputs(); ++i)
      if (failed(writeValue(os, "input", type.getInput(i), main.getArgAttrDict(i),
                            i, main)))
        return signalPassFailure();
    for (unsigned i = 0; i < type.getNumResults(); ++i)
      if (failed(writeValue(os, "output", type.getResult(i),
                            main.getResultAttrDict(i), i, main)))
        return signalPassFailure();
    if (type.getNumResults() == 0) {
      main.emitError("the model has no outputs");
      return signalPassFailure();
    }
    module->setAttr(kSignatureAttr, StringAttr::get(&getContext(), os.str()));
    // The entry point calls main through its C interface, and the inputs
    // belong to the caller: bufferization must never write into them.
    main->setAttr("llvm.emit_c_interface", UnitAttr::get(&getContext()));
    // The names now live in the signature; LLVM has no use for them.
    for (unsigned i = 0; i < type.getNumInputs(); ++i) {
      main.removeArgAttr(i, "plinth.name");
      main.removeArgAttr(i, kDimNamesAttr);
    }
    for (unsigned i = 0; i < type.getNumResults(); ++i) {
      main.removeResultAttr(i, StringAttr::get(&getContext(), "plinth.name"));
      main.removeResultAttr(i, StringAttr::get(&getContext(), kDimNamesAttr));
    }
    for (unsigned i = 0; i < type.getNumInputs(); ++i)
      main.setArgAttr(i, "bufferization.writable",
                      BoolAttr::get(&getContext(), false));
  }
};

} // namespace
} // namespace mlir::plinth
