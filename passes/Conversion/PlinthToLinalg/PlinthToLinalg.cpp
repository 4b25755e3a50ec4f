//===- PlinthToLinalg.cpp - plinth-lower-to-linalg ------------------------===//
//
// The pass and the lowerings of constants. The op families live in
// Elementwise.cpp, Reductions.cpp, DataMovement.cpp and Contractions.cpp.
//
//===----------------------------------------------------------------------===//

#include "passes/Conversion/PlinthToLinalg/LoweringUtils.h"
#include "passes/Conversion/PlinthToLinalg/Transforms.h"
#include "passes/Passes.h"

#include "dialects/Plinth/PlinthOps.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Func/Transforms/FuncConversions.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace mlir::plinth {

#define GEN_PASS_DEF_LOWERTOLINALG
#include "passes/Passes.h.inc"

PlinthToLinalgTypeConverter::PlinthToLinalgTypeConverter() {
  addConversion([](Type type) { return type; });
  addConversion([](RankedTensorType type) -> Type {
    return lowering::toSignless(type);
  });
  auto materialize = [](OpBuilder &b, Type type, ValueRange inputs,
                        Location loc) -> Value {
    if (inputs.size() != 1)
      return Value();
    return UnrealizedConversionCastOp::create(b, loc, type, inputs).getResult(0);
  };
  addSourceMaterialization(materialize);
  addTargetMaterialization(materialize);
}

namespace {

/// The elements of `attr` retyped as `type` (same bits, signless integers).
ElementsAttr retype(ElementsAttr attr, RankedTensorType type) {
  if (attr.getType() == type && !(isa<DenseResourceElementsAttr>(attr) &&
                                  type.getElementType().isInteger(1)))
    return attr;
  if (auto dense = dyn_cast<DenseElementsAttr>(attr)) {
    Type from = dense.getElementType();
    if (lowering::isByteStorageType(from) && from.getIntOrFloatBitWidth() < 8) {
      // 4/2-bit elements widen to their byte: integers by their sign, float
      // bit patterns with zeros.
      SmallVector<APInt> bytes;
      bool isSigned = isa<IntegerType>(from) && !from.isUnsignedInteger();
      for (Attribute element : dense.getValues<Attribute>()) {
        APInt bits = isa<FloatType>(from)
                         ? cast<FloatAttr>(element).getValue().bitcastToAPInt()
                         : cast<IntegerAttr>(element).getValue();
        bytes.push_back(isSigned ? bits.sext(8) : bits.zext(8));
      }
      return DenseElementsAttr::get(type, bytes);
    }
    return dense.bitcast(type.getElementType());
  }
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(attr)) {
    // LLVM translation has no i1 blobs: booleans (one byte each in the blob)
    // become a dense literal.
    if (type.getElementType().isInteger(1)) {
      AsmResourceBlob *blob = resource.getRawHandle().getBlob();
      if (!blob || int64_t(blob->getData().size()) != type.getNumElements())
        return nullptr;
      SmallVector<bool> bits;
      for (char byte : blob->getData())
        bits.push_back(byte != 0);
      return DenseElementsAttr::get(type, bits);
    }
    return DenseResourceElementsAttr::get(type, resource.getRawHandle());
  }
  return nullptr;
}

struct LowerConstant : OpConversionPattern<ConstantOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ConstantOp op, OpAdaptor,
                                ConversionPatternRewriter &rewriter) const override {
    auto type = cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    ElementsAttr value = retype(op.getValue(), type);
    if (!value)
      return rewriter.notifyMatchFailure(op, "unsupported constant attribute");
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, type, cast<TypedAttr>(value));
    return success();
  }
};

/// External weights are mapped from their file (read-only, no copy) into a
/// dense_resource blob, which code generation embeds in the artifact.
struct LowerExternalWeight : OpConversionPattern<ExternalWeightOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ExternalWeightOp op, OpAdaptor,
                                ConversionPatternRewriter &rewriter) const override {
    auto module = op->getParentOfType<ModuleOp>();
    auto dirAttr = module ? module->getAttrOfType<StringAttr>(kModelDirAttr)
                          : StringAttr();
    if (!dirAttr)
      return op.emitOpError("needs the module attribute ") << kModelDirAttr;
    llvm::SmallString<256> dir, path(dirAttr.getValue()), real;
    if (llvm::sys::fs::real_path(dirAttr.getValue(), dir))
      return op.emitOpError("cannot resolve the model folder ") << dirAttr;
    llvm::sys::path::append(path, op.getFile());
    if (llvm::sys::fs::real_path(path, real) ||
        !llvm::StringRef(real).starts_with((dir + "/").str()))
      return op.emitOpError("weight file '")
             << op.getFile() << "' is missing or outside the model folder";
    auto buffer = llvm::MemoryBuffer::getFileSlice(real, op.getLength(),
                                                   op.getOffset(),
                                                   /*IsVolatile=*/false);
    if (!buffer || (*buffer)->getBufferSize() != uint64_t(op.getLength()))
      return op.emitOpError("cannot read ")
             << op.getLength() << " bytes at offset " << op.getOffset()
             << " of '" << op.getFile() << "'";
    auto type = cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    size_t alignment = std::max<size_t>(1, type.getElementTypeBitWidth() / 8);
    llvm::MemoryBuffer *owned = buffer->release();
    ArrayRef<char> bytes(owned->getBufferStart(), owned->getBufferSize());
    AsmResourceBlob blob;
    if (reinterpret_cast<uintptr_t>(bytes.data()) % alignment == 0) {
      blob = AsmResourceBlob(
          bytes, alignment, [owned](void *, size_t, size_t) { delete owned; },
          /*dataIsMutable=*/false);
    } else {
      blob = HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes, alignment);
      delete owned;
    }
    auto attr = DenseResourceElementsAttr::get(type, op.getFile(), std::move(blob));
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, type, cast<TypedAttr>(attr));
    return success();
  }
};

struct LowerToLinalgPass : impl::LowerToLinalgBase<LowerToLinalgPass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    PlinthToLinalgTypeConverter converter;
    RewritePatternSet patterns(context);
    populatePlinthToLinalgPatterns(converter, patterns);
    populateFunctionOpInterfaceTypeConversionPattern<func::FuncOp>(patterns,
                                                                   converter);
    populateReturnOpTypeConversionPattern(patterns, converter);

    ConversionTarget target(*context);
    target.addIllegalDialect<PlinthDialect>();
    target.addLegalDialect<linalg::LinalgDialect, tensor::TensorDialect,
                           arith::ArithDialect, math::MathDialect,
                           scf::SCFDialect, bufferization::BufferizationDialect,
                           cf::ControlFlowDialect>();
    target.addDynamicallyLegalOp<func::FuncOp>([&](func::FuncOp op) {
      return converter.isSignatureLegal(op.getFunctionType()) &&
             converter.isLegal(&op.getBody());
    });
    target.addDynamicallyLegalOp<func::ReturnOp>(
        [&](func::ReturnOp op) { return converter.isLegal(op.getOperandTypes()); });
    if (failed(applyPartialConversion(getOperation(), target, std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace

void populatePlinthToLinalgPatterns(const TypeConverter &converter,
                                    RewritePatternSet &patterns) {
  patterns.add<LowerConstant, LowerExternalWeight>(converter, patterns.getContext());
  populateElementwiseLoweringPatterns(converter, patterns);
  populateReductionLoweringPatterns(converter, patterns);
  populateDataMovementLoweringPatterns(converter, patterns);
  populateIndexingLoweringPatterns(converter, patterns);
  populateContractionLoweringPatterns(converter, patterns);
}

} // namespace mlir::plinth
