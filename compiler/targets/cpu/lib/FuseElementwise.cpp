//===- FuseElementwise.cpp - element-wise producer-consumer fusion --------===//
#include "webnnc/Targets/CPU/Passes.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
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

struct FuseElementwisePass : impl::FuseElementwiseBase<FuseElementwisePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    linalg::populateElementwiseOpsFusionPatterns(patterns, shouldFuse);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
} // namespace mlir::webnnc
