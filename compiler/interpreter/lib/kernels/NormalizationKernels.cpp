//===- NormalizationKernels.cpp - Normalization ops in the interpreter ---------------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

using namespace mlir;

namespace webnnc::interp {

void registerNormalizationKernels(KernelRegistry &registry) {}

} // namespace webnnc::interp
