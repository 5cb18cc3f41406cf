//===- WebNNOps.h - all webnn ops ------------------------------------------===//
#ifndef WEBNN_IR_WEBNNOPS_H
#define WEBNN_IR_WEBNNOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "webnn/IR/WebNNDialect.h"

// One generated header per op family; see WebNNBase.td.
#define GET_OP_CLASSES
#include "webnn/IR/GraphOps.h.inc"
#define GET_OP_CLASSES
#include "webnn/IR/ElementwiseOps.h.inc"
#define GET_OP_CLASSES
#include "webnn/IR/ActivationOps.h.inc"
#define GET_OP_CLASSES
#include "webnn/IR/ConvPoolOps.h.inc"
#define GET_OP_CLASSES
#include "webnn/IR/NormalizationOps.h.inc"
#define GET_OP_CLASSES
#include "webnn/IR/ReductionOps.h.inc"
#define GET_OP_CLASSES
#include "webnn/IR/DataMovementOps.h.inc"
#define GET_OP_CLASSES
#include "webnn/IR/RecurrentOps.h.inc"
#define GET_OP_CLASSES
#include "webnn/IR/QuantizationOps.h.inc"

#endif // WEBNN_IR_WEBNNOPS_H
