//===- DataMovementKernels.cpp - DataMovement ops in the interpreter ---------------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

using namespace mlir;

namespace webnnc::interp {

void registerDataMovementKernels(KernelRegistry &registry) {}

} // namespace webnnc::interp
