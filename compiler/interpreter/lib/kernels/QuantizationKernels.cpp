//===- QuantizationKernels.cpp - Quantization ops in the interpreter ---------------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

using namespace mlir;

namespace webnnc::interp {

void registerQuantizationKernels(KernelRegistry &registry) {}

} // namespace webnnc::interp
