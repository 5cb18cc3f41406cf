//===- FoldConstants.cpp - evaluate all-constant ops at compile time ------===//
#include "webnnc/Transforms/Passes.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "webnn/IR/WebNNOps.h"
#include "webnnc/Interpreter/Interpreter.h"

namespace mlir::webnnc {
#define GEN_PASS_DEF_FOLDCONSTANTS
#include "webnnc/Transforms/Passes.h.inc"

namespace {
namespace interp = ::webnnc::interp;

struct FoldConstantsPass : impl::FoldConstantsBase<FoldConstantsPass> {
  using FoldConstantsBase::FoldConstantsBase;

  void runOnOperation() override {
    const interp::KernelRegistry &kernels = interp::getDefaultKernels();
    SmallVector<Operation *> ops;
    getOperation().walk([&](Operation *op) {
      if (op->getDialect() &&
          isa<webnn::WebNNDialect>(op->getDialect()) &&
          !isa<webnn::ConstantOp>(op))
        ops.push_back(op);
    });
    for (Operation *op : ops)
      (void)fold(op, kernels);
  }

  LogicalResult fold(Operation *op, const interp::KernelRegistry &kernels) {
    if (op->getNumResults() != 1 || op->getNumRegions() != 0)
      return failure();
    auto type = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    if (!type || !type.hasStaticShape() || type.getNumElements() > maxElements)
      return failure();
    // Sub-byte results have no byte-per-element constant form.
    if (type.getElementType().getIntOrFloatBitWidth() % 8 != 0)
      return failure();
    SmallVector<interp::Tensor> operands;
    SmallVector<const interp::Tensor *> operandPointers;
    operands.reserve(op->getNumOperands());
    for (Value operand : op->getOperands()) {
      auto constant = operand.getDefiningOp<webnn::ConstantOp>();
      if (!constant)
        return failure();
      FailureOr<interp::Tensor> tensor =
          interp::tensorFromAttr(constant.getValue());
      if (failed(tensor))
        return failure();
      operands.push_back(std::move(*tensor));
    }
    for (const interp::Tensor &tensor : operands)
      operandPointers.push_back(&tensor);
    interp::Kernel kernel = kernels.lookup(op);
    std::optional<interp::Tensor> result = interp::allocateFor(type);
    if (!kernel || !result)
      return failure();
    SmallVector<interp::Tensor> results;
    results.push_back(std::move(*result));
    // A kernel that fails (an index out of range) reports it at run time
    // too: leave the op for that.
    ScopedDiagnosticHandler quiet(op->getContext(),
                                  [](Diagnostic &) { return success(); });
    if (failed(kernel(op, operandPointers, results)))
      return failure();
    const interp::Tensor &folded = results.front();
    ArrayRef<char> bytes(reinterpret_cast<const char *>(folded.getBytes()),
                         folded.getByteSize());
    auto blob = HeapAsmResourceBlob::allocateAndCopyWithAlign(
        bytes, alignof(std::max_align_t));
    auto attr = DenseResourceElementsAttr::get(type, "folded", std::move(blob));
    OpBuilder builder(op);
    auto constant = webnn::ConstantOp::create(builder, op->getLoc(), type,
                                              attr, StringAttr());
    op->getResult(0).replaceAllUsesWith(constant.getResult());
    op->erase();
    return success();
  }
};

} // namespace
} // namespace mlir::webnnc
