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

/// Folded results up to this many elements are dense attributes.
constexpr int64_t kMaxDenseElements = 4096;

struct FoldConstantsPass : impl::FoldConstantsBase<FoldConstantsPass> {
  using FoldConstantsBase::FoldConstantsBase;

  void runOnOperation() override {
    const interp::KernelRegistry &kernels = interp::getDefaultKernels();
    SmallVector<Operation *> ops;
    getOperation().walk([&](Operation *op) {
      if (op->getDialect() && isa<webnn::WebNNDialect>(op->getDialect()) &&
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
    // Small results become dense attributes, which every folder and
    // pattern can read; large ones stay blobs, shared rather than copied.
    ElementsAttr attr;
    if (type.getNumElements() <= kMaxDenseElements)
      attr = DenseElementsAttr::getFromRawBuffer(type, bytes);
    else
      attr = DenseResourceElementsAttr::get(
          type, "folded",
          HeapAsmResourceBlob::allocateAndCopyWithAlign(
              bytes, alignof(std::max_align_t)));
    OpBuilder builder(op);
    auto constant = webnn::ConstantOp::create(builder, op->getLoc(), type, attr,
                                              StringAttr());
    op->getResult(0).replaceAllUsesWith(constant.getResult());
    op->erase();
    return success();
  }
};

} // namespace
} // namespace mlir::webnnc
