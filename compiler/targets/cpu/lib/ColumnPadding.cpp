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
} // namespace

void populateColumnPaddingFoldPatterns(RewritePatternSet &patterns) {
  patterns.add<PadOfSlice>(patterns.getContext());
}

} // namespace mlir::webnnc
