//===- FoldConstantLayouts.cpp - weights transposed at compile time -------===//
#include "webnnc/Targets/CPU/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::webnnc {
#define GEN_PASS_DEF_FOLDCONSTANTLAYOUTS
#include "webnnc/Targets/CPU/Passes.h.inc"

namespace {

/// The raw bytes of a constant with whole-byte elements, or nullopt.
std::optional<ArrayRef<char>> getRawBytes(ElementsAttr value) {
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return std::nullopt;
    return blob->getData();
  }
  if (auto dense = dyn_cast<DenseElementsAttr>(value))
    if (!dense.isSplat())
      return dense.getRawData();
  return std::nullopt;
}

struct FoldConstantTranspose : OpRewritePattern<linalg::TransposeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::TransposeOp op,
                                PatternRewriter &rewriter) const override {
    auto constant = op.getInput().getDefiningOp<arith::ConstantOp>();
    auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    if (!constant || !resultType || !resultType.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "not a static constant");
    auto value = dyn_cast<ElementsAttr>(constant.getValue());
    unsigned bits = resultType.getElementType().getIntOrFloatBitWidth();
    if (!value || bits % 8 != 0)
      return rewriter.notifyMatchFailure(op, "not byte-sized elements");
    if (auto dense = dyn_cast<DenseElementsAttr>(value);
        dense && dense.isSplat()) {
      rewriter.replaceOpWithNewOp<arith::ConstantOp>(
          op, resultType, dense.resizeSplat(resultType));
      return success();
    }
    std::optional<ArrayRef<char>> bytes = getRawBytes(value);
    size_t elementSize = bits / 8;
    int64_t count = resultType.getNumElements();
    if (!bytes || bytes->size() != size_t(count) * elementSize)
      return rewriter.notifyMatchFailure(op, "constant data unavailable");

    // result[i0..in] = input[j] with j_perm[d] = i_d: walk the result in
    // order, keeping the input offset in step with its strides.
    auto inputType = cast<RankedTensorType>(constant.getType());
    ArrayRef<int64_t> perm = op.getPermutation();
    ArrayRef<int64_t> outShape = resultType.getShape();
    int64_t rank = outShape.size();
    SmallVector<int64_t> inStrides(rank, 1);
    for (int64_t d = rank - 2; d >= 0; --d)
      inStrides[d] = inStrides[d + 1] * inputType.getDimSize(d + 1);
    SmallVector<int64_t> stride(rank); // input stride of result dim d
    for (int64_t d = 0; d < rank; ++d)
      stride[d] = inStrides[perm[d]];
    std::vector<char> out(bytes->size());
    SmallVector<int64_t> index(rank, 0);
    int64_t offset = 0;
    for (int64_t i = 0; i < count; ++i) {
      std::memcpy(out.data() + i * elementSize,
                  bytes->data() + offset * elementSize, elementSize);
      for (int64_t d = rank - 1; d >= 0; --d) {
        offset += stride[d];
        if (++index[d] < outShape[d])
          break;
        offset -= stride[d] * outShape[d];
        index[d] = 0;
      }
    }
    auto blob = HeapAsmResourceBlob::allocateAndCopyWithAlign(
        out, alignof(std::max_align_t));
    auto attr = DenseResourceElementsAttr::get(resultType, "transposed",
                                               std::move(blob));
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, resultType, attr);
    return success();
  }
};

struct FoldConstantLayoutsPass
    : impl::FoldConstantLayoutsBase<FoldConstantLayoutsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FoldConstantTranspose>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
} // namespace mlir::webnnc
