//===- WebNNDialect.h - the webnn dialect ---------------------------------===//
#ifndef WEBNN_IR_WEBNNDIALECT_H
#define WEBNN_IR_WEBNNDIALECT_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"

namespace mlir::webnn {
/// Spec: MLOperandDescriptor "check dimensions": true when `type` is ranked
/// and every dimension, as well as the element count, is a "valid
/// dimension" (in [1, 2^31 - 1]).
bool hasValidDimensions(Type type);
} // namespace mlir::webnn

#include "webnn/IR/WebNNDialect.h.inc"
#include "webnn/IR/WebNNEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "webnn/IR/WebNNAttrs.h.inc"

namespace mlir::webnn {
/// The MLIR element type of an MLOperandDataType (signed integers are
/// signless `iN`, unsigned ones `uiN`).
Type getElementType(MLIRContext *context, OperandDataType dataType);
} // namespace mlir::webnn

#endif // WEBNN_IR_WEBNNDIALECT_H
