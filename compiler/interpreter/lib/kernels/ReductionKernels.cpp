//===- ReductionKernels.cpp - Reduction ops in the interpreter ---------------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

using namespace mlir;

namespace webnnc::interp {

void registerReductionKernels(KernelRegistry &registry) {}

} // namespace webnnc::interp
