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

/// Unit dimensions are dropped from element-wise generics whose maps are
/// plain (projected permutations, broadcasts of size-1 dimensions), so a
/// batch-1 epilogue's bias map (c, 0, 0) becomes (c) and the epilogue can
/// collapse onto its product. Maps with other expressions (a filter flip
/// reads -d + k) are left alone: dropping their dimensions is not sound.
SmallVector<unsigned> unitDimsToDrop(Operation *op) {
  auto generic = dyn_cast<linalg::GenericOp>(op);
  if (!generic || !llvm::all_of(generic.getIndexingMapsArray(), [](AffineMap map) {
        return map.isProjectedPermutation(/*allowZeroInResults=*/true);
      }))
    return {};
  return llvm::to_vector(llvm::seq<unsigned>(0, generic.getNumLoops()));
}

struct FuseElementwisePass : impl::FuseElementwiseBase<FuseElementwisePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    linalg::ControlDropUnitDims dropUnitDims;
    dropUnitDims.controlFn = unitDimsToDrop;
    linalg::populateFoldUnitExtentDimsPatterns(patterns, dropUnitDims);
    linalg::populateElementwiseOpsFusionPatterns(patterns, shouldFuse);
    linalg::populateFoldReshapeOpsByCollapsingPatterns(
        patterns, shouldCollapseOntoProduct);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
} // namespace mlir::webnnc
