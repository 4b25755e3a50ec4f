//===- PlinthDialect.cpp - Plinth dialect ---------------------------------===//

#include "dialects/Plinth/PlinthDialect.h"
#include "dialects/Plinth/PlinthOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"

using namespace mlir;
using namespace mlir::plinth;

#include "dialects/Plinth/PlinthDialect.cpp.inc"

void PlinthDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "dialects/Plinth/PlinthOps.cpp.inc"
      >();
}

Operation *PlinthDialect::materializeConstant(OpBuilder &builder,
                                              Attribute value, Type type,
                                              Location loc) {
  auto elements = dyn_cast<ElementsAttr>(value);
  if (!elements || elements.getType() != type)
    return nullptr;
  return ConstantOp::create(builder, loc, elements);
}
