//===- ConvPoolKernels.cpp - ConvPool ops in the interpreter ---------------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

using namespace mlir;

namespace webnnc::interp {

void registerConvPoolKernels(KernelRegistry &registry) {}

} // namespace webnnc::interp
