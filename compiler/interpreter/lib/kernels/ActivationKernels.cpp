//===- ActivationKernels.cpp - activations in the interpreter -------------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

using namespace mlir;

namespace webnnc::interp {

static LogicalResult runRelu(Operation *, ArrayRef<const Tensor *> operands,
                             MutableArrayRef<Tensor> results) {
  visitDataType(operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    mapUnary<T>(*operands[0], results[0], [](auto x) {
      return x > decltype(x)(0) ? x : decltype(x)(0);
    });
  });
  return success();
}

void registerActivationKernels(KernelRegistry &registry) {
  registry.add<webnn::ReluOp>(runRelu);
}

} // namespace webnnc::interp
