//===- Interpreter.h - the webnn reference interpreter --------*- C++ -*-===//
//
// Executes a `webnn` graph (a func.func) on host tensors with the WebNN
// specification's semantics. It is the oracle every compiled target is
// checked against: clarity over speed.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_INTERPRETER_INTERPRETER_H
#define WEBNNC_INTERPRETER_INTERPRETER_H

#include "webnnc/Interpreter/Tensor.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "mlir/IR/Operation.h"
#include "mlir/Support/TypeID.h"
#include "llvm/ADT/DenseMap.h"

namespace webnnc::interp {

/// Computes one op: `operands` in op order (null for an absent optional
/// operand), `results` pre-allocated with the op's result types. Returns
/// failure after emitting a diagnostic on `op` (e.g. an index out of range
/// at run time).
using Kernel = mlir::LogicalResult (*)(mlir::Operation *op,
                                       llvm::ArrayRef<const Tensor *> operands,
                                       llvm::MutableArrayRef<Tensor> results);

/// Op -> kernel. Each op family registers its kernels in its own file.
class KernelRegistry {
public:
  template <typename OpTy> void add(Kernel kernel) {
    kernels[mlir::TypeID::get<OpTy>()] = kernel;
  }
  Kernel lookup(mlir::Operation *op) const;
  size_t size() const { return kernels.size(); }
  bool contains(mlir::TypeID id) const { return kernels.count(id); }

private:
  llvm::DenseMap<mlir::TypeID, Kernel> kernels;
};

void registerGraphKernels(KernelRegistry &registry);
void registerElementwiseKernels(KernelRegistry &registry);
void registerActivationKernels(KernelRegistry &registry);
void registerConvPoolKernels(KernelRegistry &registry);
void registerNormalizationKernels(KernelRegistry &registry);
void registerReductionKernels(KernelRegistry &registry);
void registerDataMovementKernels(KernelRegistry &registry);
void registerRecurrentKernels(KernelRegistry &registry);
void registerQuantizationKernels(KernelRegistry &registry);

/// Every kernel of every family.
const KernelRegistry &getDefaultKernels();

/// The data of a constant (dense or dense_resource) as a tensor.
mlir::FailureOr<Tensor> tensorFromAttr(mlir::ElementsAttr value);

/// The tensor type of an op operand/result as (data type, shape).
std::optional<Tensor> allocateFor(mlir::Type type);

/// Runs `graph` on `inputs` (in argument order; data types and shapes must
/// match the signature). Diagnostics go to the graph's context.
mlir::FailureOr<llvm::SmallVector<Tensor>>
interpret(mlir::func::FuncOp graph, llvm::ArrayRef<Tensor> inputs,
          const KernelRegistry &kernels = getDefaultKernels());

} // namespace webnnc::interp

#endif // WEBNNC_INTERPRETER_INTERPRETER_H
