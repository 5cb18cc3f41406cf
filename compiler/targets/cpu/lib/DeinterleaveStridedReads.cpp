//===- DeinterleaveStridedReads.cpp - strided rows as lane shuffles -------===//
//
// A stride-2 window tap of a pooling or depthwise convolution reads every
// other element of a row. A vector read of such a row lowers to one scalar
// load per lane; reading the contiguous span the row covers and keeping
// every s-th lane is two loads and a permute on AVX-512.
//
//===----------------------------------------------------------------------===//
#include "webnnc/Targets/CPU/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::webnnc {
#define GEN_PASS_DEF_DEINTERLEAVESTRIDEDREADS
#include "webnnc/Targets/CPU/Passes.h.inc"

namespace {

struct DeinterleaveStridedRead : OpRewritePattern<vector::TransferReadOp> {
  DeinterleaveStridedRead(MLIRContext *context, int64_t maxStride)
      : OpRewritePattern(context), maxStride(maxStride) {}

  LogicalResult matchAndRewrite(vector::TransferReadOp read,
                                PatternRewriter &rewriter) const override {
    auto memrefType = dyn_cast<MemRefType>(read.getBase().getType());
    VectorType vectorType = read.getVectorType();
    if (!memrefType || read.getMask() || vectorType.isScalable() ||
        read.hasOutOfBoundsDim() || isa<vector::MaskOp>(read->getParentOp()) ||
        !read.getPermutationMap().isMinorIdentity())
      return rewriter.notifyMatchFailure(read, "not a plain in-bounds read");
    ArrayRef<int64_t> shape = vectorType.getShape();
    if (shape.empty() ||
        llvm::any_of(shape.drop_back(), [](int64_t d) { return d != 1; }))
      return rewriter.notifyMatchFailure(read, "reads more than one row");
    SmallVector<int64_t> strides;
    int64_t offset;
    if (failed(memrefType.getStridesAndOffset(strides, offset)))
      return rewriter.notifyMatchFailure(read, "no strided layout");
    int64_t stride = strides.back();
    if (ShapedType::isDynamic(stride) || stride < 2 || stride > maxStride)
      return rewriter.notifyMatchFailure(read, "innermost stride not small");

    Location loc = read.getLoc();
    Type elementType = vectorType.getElementType();
    int64_t lanes = shape.back();
    int64_t span = (lanes - 1) * stride + 1;
    // The linear position of the row's first element in the base buffer.
    auto metadata =
        memref::ExtractStridedMetadataOp::create(rewriter, loc, read.getBase());
    Value position = metadata.getOffset();
    for (auto [index, dimStride] :
         llvm::zip(read.getIndices(), metadata.getStrides()))
      position = arith::AddIOp::create(
          rewriter, loc, position,
          arith::MulIOp::create(rewriter, loc, index, dimStride));
    auto spanType =
        MemRefType::get({span}, elementType,
                        StridedLayoutAttr::get(rewriter.getContext(),
                                               ShapedType::kDynamic, {1}));
    Value row = memref::ReinterpretCastOp::create(
        rewriter, loc, spanType, metadata.getBaseBuffer(),
        OpFoldResult(position), {rewriter.getIndexAttr(span)},
        {rewriter.getIndexAttr(1)});
    // lanes * stride lanes with the first `span` loaded: nothing past the
    // row's last element is touched.
    auto wideType = VectorType::get({lanes * stride}, elementType);
    Value mask = vector::ConstantMaskOp::create(
        rewriter, loc, VectorType::get({lanes * stride}, rewriter.getI1Type()),
        ArrayRef<int64_t>{span});
    Value passThrough =
        vector::BroadcastOp::create(rewriter, loc, wideType, read.getPadding());
    Value wide = vector::MaskedLoadOp::create(
        rewriter, loc, wideType, row,
        ValueRange{arith::ConstantIndexOp::create(rewriter, loc, 0)}, mask,
        passThrough);
    SmallVector<int64_t> picks;
    for (int64_t lane = 0; lane < lanes; ++lane)
      picks.push_back(lane * stride);
    Value result = vector::ShuffleOp::create(rewriter, loc, wide, wide, picks);
    if (vectorType.getRank() != 1)
      result = vector::ShapeCastOp::create(rewriter, loc, vectorType, result);
    rewriter.replaceOp(read, result);
    return success();
  }

  int64_t maxStride;
};

struct DeinterleaveStridedReadsPass
    : impl::DeinterleaveStridedReadsBase<DeinterleaveStridedReadsPass> {
  using DeinterleaveStridedReadsBase::DeinterleaveStridedReadsBase;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<DeinterleaveStridedRead>(&getContext(), maxStride);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
} // namespace mlir::webnnc
