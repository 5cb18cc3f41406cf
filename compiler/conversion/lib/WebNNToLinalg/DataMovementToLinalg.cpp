//===- DataMovementToLinalg.cpp - DataMovement webnn ops -> linalg -------------===//
#include "webnnc/Conversion/WebNNToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "webnn/IR/WebNNOps.h"

namespace mlir::webnnc {

void populateDataMovementToLinalgPatterns(const TypeConverter &converter,
                                  RewritePatternSet &patterns) {}

} // namespace mlir::webnnc
