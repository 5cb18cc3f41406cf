//===- FuseElementwise.cpp - element-wise producer-consumer fusion --------===//
#include "webnnc/Targets/CPU/Passes.h"

#include "IndexingMaps.h"

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
  if (!reshape || !consumer ||
      consumer.getNumLoops() != consumer.getNumParallelLoops())
    return false;
  return isa_and_nonnull<linalg::MatmulOp>(reshape.getSrc().getDefiningOp());
}

/// Unit dimensions are dropped from generics (a batch-1 epilogue's bias
/// map (n, c, 0, 0) becomes (c), chains line up without reshapes) and
/// pads, except generics whose maps read decreasing indices (a filter
/// flip's -d + k), for which substituting 0 is not sound.
SmallVector<unsigned> unitDimsToDrop(Operation *op) {
  if (auto pad = dyn_cast<tensor::PadOp>(op))
    return llvm::to_vector(llvm::seq<unsigned>(0, pad.getSourceType().getRank()));
  auto generic = dyn_cast<linalg::GenericOp>(op);
  if (!generic || !hasMonotonicMaps(generic))
    return {};
  return llvm::to_vector(llvm::seq<unsigned>(0, generic.getNumLoops()));
}

struct FuseElementwisePass : impl::FuseElementwiseBase<FuseElementwisePass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    // First the unit dimensions go, and the reshapes that leaves behind
    // fold into one another, so that the collapsing below sees an
    // element-wise op reading the expanded product directly.
    RewritePatternSet unitDims(context);
    linalg::ControlDropUnitDims dropUnitDims;
    dropUnitDims.controlFn = unitDimsToDrop;
    linalg::populateFoldUnitExtentDimsPatterns(unitDims, dropUnitDims);
    tensor::ExpandShapeOp::getCanonicalizationPatterns(unitDims, context);
    tensor::CollapseShapeOp::getCanonicalizationPatterns(unitDims, context);
    if (failed(applyPatternsGreedily(getOperation(), std::move(unitDims))))
      return signalPassFailure();

    RewritePatternSet fusion(context);
    linalg::populateElementwiseOpsFusionPatterns(fusion, shouldFuse);
    linalg::populateFoldReshapeOpsByCollapsingPatterns(
        fusion, shouldCollapseOntoProduct);
    tensor::ExpandShapeOp::getCanonicalizationPatterns(fusion, context);
    tensor::CollapseShapeOp::getCanonicalizationPatterns(fusion, context);
    if (failed(applyPatternsGreedily(getOperation(), std::move(fusion))))
      signalPassFailure();
  }
};

} // namespace
} // namespace mlir::webnnc
