//===- PlinthOps.h - Plinth operations --------------------------*- C++ -*-===//

#ifndef PLINTH_DIALECTS_PLINTH_PLINTHOPS_H
#define PLINTH_DIALECTS_PLINTH_PLINTHOPS_H

#include "dialects/Plinth/PlinthDialect.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "dialects/Plinth/PlinthEnums.h.inc"

#define GET_OP_CLASSES
#include "dialects/Plinth/PlinthOps.h.inc"

#endif // PLINTH_DIALECTS_PLINTH_PLINTHOPS_H
