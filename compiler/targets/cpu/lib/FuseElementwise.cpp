//===- FuseElementwise.cpp - element-wise producer-consumer fusion --------===//
#include "webnnc/Targets/CPU/Passes.h"

#include "ColumnPadding.h"
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
    return llvm::to_vector(
        llvm::seq<unsigned>(0, pad.getSourceType().getRank()));
  auto generic = dyn_cast<linalg::GenericOp>(op);
  if (!generic || !hasMonotonicMaps(generic))
    return {};
  return llvm::to_vector(llvm::seq<unsigned>(0, generic.getNumLoops()));
}

/// An element-wise epilogue of a column-padded product (conv-to-matmul pads
/// a convolution's output columns to a multiple of 32) runs on the padded
/// product, and the padding is cut off after it:
///   generic(expand(extract_slice(P [M, Np] -> [M, N])), bias...)
///     -> expand(extract_slice(generic'(P, bias...)))
/// The extra columns cost a few element-wise operations; in exchange the
/// epilogue reads the product directly, so kernel formation fuses the two.
/// Other inputs must be per-row (their maps read only the row dimension)
/// or un-paddings of the same padded shape (a residual), read padded.
struct EpilogueOnPaddedProduct : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    if (op.getNumDpsInits() != 1 || op.getNumResults() != 1 ||
        op.getNumLoops() != op.getNumParallelLoops() ||
        !op.getMatchingIndexingMap(op.getDpsInitOperand(0)).isIdentity() ||
        op.payloadUsesValueFromOperand(op.getDpsInitOperand(0)))
      return rewriter.notifyMatchFailure(op, "not a plain element-wise op");
    // The one input that is the un-padded product, read element for element.
    OpOperand *productOperand = nullptr;
    tensor::ExtractSliceOp unpad;
    tensor::ExpandShapeOp expand;
    for (OpOperand *operand : op.getDpsInputOperands()) {
      auto reshape = operand->get().getDefiningOp<tensor::ExpandShapeOp>();
      auto slice =
          reshape ? reshape.getSrc().getDefiningOp<tensor::ExtractSliceOp>()
                  : operand->get().getDefiningOp<tensor::ExtractSliceOp>();
      if (!slice || !slice.getSource().getDefiningOp<linalg::MatmulOp>() ||
          !op.getMatchingIndexingMap(operand).isIdentity())
        continue;
      productOperand = operand;
      unpad = slice;
      expand = reshape;
    }
    if (!productOperand)
      return rewriter.notifyMatchFailure(op, "no padded product input");
    auto paddedType = cast<RankedTensorType>(unpad.getSourceType());
    auto unpaddedType = unpad.getResultType();
    if (paddedType.getRank() != 2 || unpaddedType.getRank() != 2 ||
        !unpad.hasUnitStride() || !unpad.hasZeroOffset() ||
        paddedType.getDimSize(0) != unpaddedType.getDimSize(0))
      return rewriter.notifyMatchFailure(op, "not a column un-padding");
    // Loop 0 must be the row: the columns may be reshaped, not the rows.
    if (expand) {
      auto reassociation = expand.getReassociationIndices();
      if (reassociation.size() != 2 || reassociation[0].size() != 1)
        return rewriter.notifyMatchFailure(op, "rows are reshaped");
    }
    SmallVector<Value> inputs;
    SmallVector<AffineMap> maps;
    MLIRContext *context = op.getContext();
    AffineMap rowsAndColumns = AffineMap::getMultiDimIdentityMap(2, context);
    // Another input un-padded the same way (a residual from another padded
    // product) is read padded as well: its padding columns feed only the
    // padding columns of the result.
    auto samePaddedSource = [&](OpOperand *operand) -> Value {
      if (!op.getMatchingIndexingMap(operand).isIdentity())
        return Value();
      Value value = operand->get();
      if (expand) {
        auto reshape = value.getDefiningOp<tensor::ExpandShapeOp>();
        if (!reshape || reshape.getReassociationIndices() !=
                            expand.getReassociationIndices())
          return Value();
        value = reshape.getSrc();
      }
      auto slice = value.getDefiningOp<tensor::ExtractSliceOp>();
      if (!slice || slice.getSourceType() != paddedType ||
          slice.getResultType() != unpaddedType || !slice.hasZeroOffset() ||
          !slice.hasUnitStride())
        return Value();
      return slice.getSource();
    };
    for (OpOperand *operand : op.getDpsInputOperands()) {
      if (operand == productOperand) {
        inputs.push_back(unpad.getSource());
        maps.push_back(rowsAndColumns);
        continue;
      }
      if (Value padded = samePaddedSource(operand)) {
        inputs.push_back(padded);
        maps.push_back(rowsAndColumns);
        continue;
      }
      AffineMap map = op.getMatchingIndexingMap(operand);
      SmallVector<AffineExpr> results;
      for (AffineExpr result : map.getResults()) {
        auto dim = dyn_cast<AffineDimExpr>(result);
        if (auto constant = dyn_cast<AffineConstantExpr>(result)) {
          results.push_back(constant);
          continue;
        }
        if (!dim || dim.getPosition() != 0)
          return rewriter.notifyMatchFailure(op, "an input varies by column");
        results.push_back(getAffineDimExpr(0, context));
      }
      inputs.push_back(operand->get());
      maps.push_back(AffineMap::get(2, 0, results, context));
    }
    maps.push_back(rowsAndColumns);
    Type element =
        cast<RankedTensorType>(op.getResultTypes()[0]).getElementType();
    Location loc = op.getLoc();
    Value empty =
        tensor::EmptyOp::create(rewriter, loc, paddedType.getShape(), element);
    auto padded = linalg::GenericOp::create(
        rewriter, loc, TypeRange{empty.getType()}, inputs, ValueRange{empty},
        maps,
        SmallVector<utils::IteratorType>(2, utils::IteratorType::parallel));
    rewriter.inlineRegionBefore(op.getRegion(), padded.getRegion(),
                                padded.getRegion().begin());
    Value result = tensor::ExtractSliceOp::create(
        rewriter, loc, padded.getResult(0), unpad.getMixedOffsets(),
        unpad.getMixedSizes(), unpad.getMixedStrides());
    if (expand)
      result = tensor::ExpandShapeOp::create(rewriter, loc,
                                             op.getResultTypes()[0], result,
                                             expand.getReassociationIndices());
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// collapse_shape(extract_slice(expand_shape(x))) where the expansion only
/// adds unit dimensions and the collapse removes them again -> one
/// (strided) extract_slice of x. The window taps of a depthwise convolution
/// or pooling are then slices of the padded image itself, so the kernel
/// reading them can pad its own tiles.
struct SliceThroughUnitReshapes : OpRewritePattern<tensor::CollapseShapeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tensor::CollapseShapeOp collapse,
                                PatternRewriter &rewriter) const override {
    auto slice = collapse.getSrc().getDefiningOp<tensor::ExtractSliceOp>();
    auto expand = slice
                      ? slice.getSource().getDefiningOp<tensor::ExpandShapeOp>()
                      : tensor::ExpandShapeOp();
    if (!expand ||
        expand.getReassociationIndices() !=
            collapse.getReassociationIndices() ||
        slice.getSourceType().getRank() != slice.getResultType().getRank())
      return rewriter.notifyMatchFailure(collapse, "not unit reshapes");
    ArrayRef<int64_t> expanded = expand.getResultType().getShape();
    SmallVector<OpFoldResult> offsets, sizes, strides;
    for (const ReassociationIndices &group :
         collapse.getReassociationIndices()) {
      // The one dimension of the group that is not a unit one (the last
      // when all are).
      std::optional<int64_t> kept;
      for (int64_t dim : group)
        if (expanded[dim] != 1)
          kept = kept ? -1 : dim;
      if (kept == -1)
        return rewriter.notifyMatchFailure(collapse, "a real reshape");
      int64_t dim = kept.value_or(group.back());
      for (int64_t other : group)
        if (other != dim && (slice.getStaticOffsets()[other] != 0 ||
                             slice.getStaticSizes()[other] != 1))
          return rewriter.notifyMatchFailure(collapse, "slices a unit dim");
      offsets.push_back(slice.getMixedOffsets()[dim]);
      sizes.push_back(slice.getMixedSizes()[dim]);
      strides.push_back(slice.getMixedStrides()[dim]);
    }
    rewriter.replaceOpWithNewOp<tensor::ExtractSliceOp>(
        collapse, collapse.getResultType(), expand.getSrc(), offsets, sizes,
        strides);
    return success();
  }
};

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
      return signalPassFailure();

    // Then the fused epilogues of padded products move onto the padding,
    // and the next product reads the padded result where it re-padded a
    // slice of it.
    RewritePatternSet padded(context);
    padded.add<EpilogueOnPaddedProduct>(context);
    populateColumnPaddingFoldPatterns(padded);
    padded.add<SliceThroughUnitReshapes>(context);
    tensor::ExpandShapeOp::getCanonicalizationPatterns(padded, context);
    tensor::CollapseShapeOp::getCanonicalizationPatterns(padded, context);
    if (failed(applyPatternsGreedily(getOperation(), std::move(padded))))
      signalPassFailure();
  }
};

} // namespace
} // namespace mlir::webnnc
