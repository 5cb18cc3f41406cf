//===- FuseElementwise.cpp - element-wise producer-consumer fusion --------===//
#include "webnnc/Targets/CPU/Passes.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::webnnc {
#define GEN_PASS_DEF_FUSEELEMENTWISE
#include "webnnc/Targets/CPU/Passes.h.inc"

namespace {

/// Fuse only when nothing is computed twice: the producer has this one
/// use, and the consumer is element-wise (every loop parallel).
bool shouldFuse(OpOperand *operand) {
  Operation *producer = operand->get().getDefiningOp();
  auto consumer = dyn_cast<linalg::GenericOp>(operand->getOwner());
  if (!producer || !consumer || !producer->hasOneUse())
    return false;
  return consumer.getNumLoops() == consumer.getNumParallelLoops();
}

/// An element-wise consumer of a reshaped matrix product (a convolution's
/// bias and activation) is collapsed to the product's 2-D shape, so that
/// kernel formation can fuse the product into it as its epilogue.
bool shouldCollapseOntoProduct(OpOperand *operand) {
  auto reshape = operand->get().getDefiningOp<tensor::ExpandShapeOp>();
  auto consumer = dyn_cast<linalg::GenericOp>(operand->getOwner());
  return reshape && consumer &&
         reshape.getSrc().getDefiningOp<linalg::MatmulOp>() &&
         consumer.getNumLoops() == consumer.getNumParallelLoops();
}

struct FuseElementwisePass : impl::FuseElementwiseBase<FuseElementwisePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    linalg::populateElementwiseOpsFusionPatterns(patterns, shouldFuse);
    linalg::populateFoldReshapeOpsByCollapsingPatterns(
        patterns, shouldCollapseOntoProduct);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
} // namespace mlir::webnnc
