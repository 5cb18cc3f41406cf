//===- RecurrentKernels.cpp - Recurrent ops in the interpreter ---------------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

using namespace mlir;

namespace webnnc::interp {

void registerRecurrentKernels(KernelRegistry &registry) {}

} // namespace webnnc::interp
