//===- ElementwiseKernels.cpp - element-wise ops in the interpreter -------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

using namespace mlir;

namespace webnnc::interp {

/// Element-wise binary op: `fn` on the compute type of a's data type.
template <typename Fn>
static LogicalResult runBinary(ArrayRef<const Tensor *> operands,
                               MutableArrayRef<Tensor> results, Fn fn) {
  visitDataType(operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    broadcastBinary<T, T>(*operands[0], *operands[1], results[0],
                          [&](T a, T b) { return store<T>(fn(load(a), load(b))); });
  });
  return success();
}

static LogicalResult runAdd(Operation *, ArrayRef<const Tensor *> operands,
                            MutableArrayRef<Tensor> results) {
  // Integer addition wraps (two's complement), as the spec's integer
  // arithmetic does; unsigned arithmetic in C++ wraps by definition.
  return runBinary(operands, results, [](auto a, auto b) {
    using C = decltype(a);
    if constexpr (std::is_integral_v<C>) {
      using U = std::make_unsigned_t<C>;
      return static_cast<C>(static_cast<U>(a) + static_cast<U>(b));
    } else {
      return a + b;
    }
  });
}

void registerElementwiseKernels(KernelRegistry &registry) {
  registry.add<webnn::AddOp>(runAdd);
}

} // namespace webnnc::interp
