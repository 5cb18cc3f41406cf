//===- ColumnPadding.cpp - products padded to whole vectors ---------------===//
#include "ColumnPadding.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Utils/Utils.h"
#include "mlir/Dialect/UB/IR/UBOps.h"

namespace mlir::webnnc {

Value padColumns(OpBuilder &b, Location loc, Value matrix, int64_t columns) {
  auto type = cast<RankedTensorType>(matrix.getType());
  auto paddedType = RankedTensorType::get({type.getDimSize(0), columns},
                                          type.getElementType());
  Value source = matrix;
  if (auto collapse = source.getDefiningOp<tensor::CollapseShapeOp>())
    source = collapse.getSrc();
  if (auto fill = source.getDefiningOp<linalg::FillOp>()) {
    Value empty = tensor::EmptyOp::create(b, loc, paddedType.getShape(),
                                          paddedType.getElementType());
    return linalg::FillOp::create(b, loc, fill.getInputs()[0], empty)
        .getResult(0);
  }
  Value undefined = ub::PoisonOp::create(b, loc, type.getElementType());
  return tensor::createPadHighOp(paddedType, matrix, undefined,
                                 /*nofold=*/false, loc, b);
}

namespace {
struct PadOfSlice : OpRewritePattern<tensor::PadOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tensor::PadOp pad,
                                PatternRewriter &rewriter) const override {
    auto slice = pad.getSource().getDefiningOp<tensor::ExtractSliceOp>();
    Value value = pad.getConstantPaddingValue();
    if (!slice || !value || !value.getDefiningOp<ub::PoisonOp>() ||
        slice.getSource().getType() != pad.getResultType() ||
        !slice.hasZeroOffset() || !slice.hasUnitStride() ||
        slice.getSourceType().getRank() != slice.getResultType().getRank() ||
        !llvm::all_of(pad.getStaticLow(), [](int64_t low) { return low == 0; }))
      return rewriter.notifyMatchFailure(pad, "not a re-pad of a slice");
    rewriter.replaceOp(pad, slice.getSource());
    return success();
  }
};
/// The [C, N] matrix an NCHW image [1, C, H, W] is a view of: the image
/// is expand_shape(M) or expand_shape(extract_slice(M)[0, 0][C, H * W])
/// (a column-padded product seen as an image). Null otherwise.
Value matrixOfImage(Value image) {
  auto expand = image.getDefiningOp<tensor::ExpandShapeOp>();
  if (!expand || expand.getResultType().getRank() != 4 ||
      expand.getSrcType().getRank() != 2 ||
      expand.getReassociationIndices() !=
          SmallVector<ReassociationIndices>{{0, 1}, {2, 3}})
    return Value();
  Value matrix = expand.getSrc();
  if (auto slice = matrix.getDefiningOp<tensor::ExtractSliceOp>())
    if (slice.hasZeroOffset() && slice.hasUnitStride() &&
        slice.getSourceType().getRank() == 2 &&
        slice.getSourceType().getDimSize(0) ==
            slice.getResultType().getDimSize(0))
      matrix = slice.getSource();
  return matrix;
}

/// A channel concatenation of images that are views of [C_i, N] matrices
/// (insert_slice chain into an empty [1, C, H, W]) -> the view of the row
/// concatenation of the matrices: concat(dim 0) [C, N], sliced to H * W
/// columns and expanded. Rows of the padded matrices are whole channels,
/// so the concatenation is contiguous and its operands can be written in
/// place into its slices (the arena plan makes them parts of it).
struct ChannelConcatOfMatrices : OpRewritePattern<tensor::InsertSliceOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tensor::InsertSliceOp last,
                                PatternRewriter &rewriter) const override {
    // The last insert of a chain that starts from an empty image.
    for (Operation *user : last->getUsers())
      if (auto next = dyn_cast<tensor::InsertSliceOp>(user))
        if (next.getDest() == last.getResult())
          return rewriter.notifyMatchFailure(last, "not the chain's end");
    auto imageType = last.getType();
    if (imageType.getRank() != 4 || !imageType.hasStaticShape() ||
        imageType.getDimSize(0) != 1)
      return failure();
    SmallVector<std::pair<int64_t, Value>> parts;
    Value dest = last.getResult();
    while (auto insert = dest.getDefiningOp<tensor::InsertSliceOp>()) {
      ArrayRef<int64_t> offsets = insert.getStaticOffsets();
      ArrayRef<int64_t> sizes = insert.getStaticSizes();
      if (!insert.hasUnitStride() || ShapedType::isDynamic(offsets[1]) ||
          offsets[0] != 0 || offsets[2] != 0 || offsets[3] != 0 ||
          sizes[2] != imageType.getDimSize(2) ||
          sizes[3] != imageType.getDimSize(3))
        return failure();
      parts.push_back({offsets[1], insert.getSource()});
      dest = insert.getDest();
    }
    if (!dest.getDefiningOp<tensor::EmptyOp>() || parts.size() < 2)
      return failure();
    llvm::sort(parts, llvm::less_first());
    SmallVector<Value> matrices;
    int64_t channels = 0, columns = -1;
    for (auto [offset, image] : parts) {
      Value matrix = matrixOfImage(image);
      if (!matrix || offset != channels)
        return failure();
      auto type = cast<RankedTensorType>(matrix.getType());
      if (columns >= 0 && type.getDimSize(1) != columns)
        return failure();
      columns = type.getDimSize(1);
      channels += cast<RankedTensorType>(image.getType()).getDimSize(1);
      matrices.push_back(matrix);
    }
    if (channels != imageType.getDimSize(1))
      return failure();
    Location loc = last.getLoc();
    Value rows = tensor::ConcatOp::create(rewriter, loc, 0, matrices);
    int64_t pixels = imageType.getDimSize(2) * imageType.getDimSize(3);
    MLIRContext *context = rewriter.getContext();
    if (columns != pixels)
      rows = tensor::ExtractSliceOp::create(
          rewriter, loc, rows, getAsIndexOpFoldResult(context, {0, 0}),
          getAsIndexOpFoldResult(context, {channels, pixels}),
          getAsIndexOpFoldResult(context, {1, 1}));
    rewriter.replaceOpWithNewOp<tensor::ExpandShapeOp>(
        last, imageType, rows,
        SmallVector<ReassociationIndices>{{0, 1}, {2, 3}});
    return success();
  }
};

} // namespace

void populateColumnPaddingFoldPatterns(RewritePatternSet &patterns) {
  patterns.add<PadOfSlice, ChannelConcatOfMatrices>(patterns.getContext());
}

} // namespace mlir::webnnc
