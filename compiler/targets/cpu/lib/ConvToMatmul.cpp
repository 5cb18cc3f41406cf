//===- ConvToMatmul.cpp - NCHW convolutions as matrix products ------------===//
//
// out[f, oh*OW+ow] = sum_k filter[f, k] * windows[k, oh*OW+ow], with
// k = (c, kh, kw): the filter is already that matrix in OIHW order (a
// collapse, no copy) and the windows matrix is the input itself for a
// 1x1 unit-stride convolution, an im2col gather otherwise. The product
// then takes the CPU target's register-tiled matmul path.
//
//===----------------------------------------------------------------------===//
#include "webnnc/Targets/CPU/Passes.h"

#include "ColumnPadding.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Utils/Utils.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/Support/MathExtras.h"

namespace mlir::webnnc {
#define GEN_PASS_DEF_CONVTOMATMUL
#include "webnnc/Targets/CPU/Passes.h.inc"

namespace {

/// The im2col matrix [C*KH*KW, OH*OW] of a batch-1 NCHW input.
Value buildIm2Col(OpBuilder &b, Location loc, Value input,
                  ArrayRef<int64_t> filterShape, ArrayRef<int64_t> outShape,
                  ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations) {
  auto inputType = cast<RankedTensorType>(input.getType());
  int64_t channels = filterShape[1], kh = filterShape[2], kw = filterShape[3];
  int64_t oh = outShape[2], ow = outShape[3];
  auto windowsType = RankedTensorType::get({channels, kh, kw, oh, ow},
                                           inputType.getElementType());
  Value empty = tensor::EmptyOp::create(b, loc, windowsType.getShape(),
                                        windowsType.getElementType());
  MLIRContext *context = b.getContext();
  AffineExpr c, y, x, oy, ox;
  bindDims(context, c, y, x, oy, ox);
  AffineMap inputMap = AffineMap::get(5, 0,
                                      {getAffineConstantExpr(0, context), c,
                                       oy * strides[0] + y * dilations[0],
                                       ox * strides[1] + x * dilations[1]},
                                      context);
  SmallVector<AffineMap> maps{inputMap, b.getMultiDimIdentityMap(5)};
  SmallVector<utils::IteratorType> iterators(5, utils::IteratorType::parallel);
  auto gather = linalg::GenericOp::create(
      b, loc, TypeRange{windowsType}, ValueRange{input}, ValueRange{empty},
      maps, iterators, [](OpBuilder &nb, Location nloc, ValueRange args) {
        linalg::YieldOp::create(nb, nloc, args[0]);
      });
  return tensor::CollapseShapeOp::create(
      b, loc, gather.getResult(0),
      SmallVector<ReassociationIndices>{{0, 1, 2}, {3, 4}});
}

struct Conv2DNchwToMatmul : OpRewritePattern<linalg::Conv2DNchwFchwOp> {
  Conv2DNchwToMatmul(MLIRContext *context, int64_t columnMultiple)
      : OpRewritePattern(context), columnMultiple(columnMultiple) {}
  /// Products get a column count that is a multiple of this.
  int64_t columnMultiple;

  LogicalResult matchAndRewrite(linalg::Conv2DNchwFchwOp conv,
                                PatternRewriter &rewriter) const override {
    Value input = conv.getInputs()[0], filter = conv.getInputs()[1];
    Value init = conv.getOutputs()[0];
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto filterType = dyn_cast<RankedTensorType>(filter.getType());
    auto outType = dyn_cast<RankedTensorType>(init.getType());
    if (!inputType || !filterType || !outType || !conv.hasPureTensorSemantics())
      return rewriter.notifyMatchFailure(conv, "needs ranked tensors");
    if (!inputType.hasStaticShape() || !filterType.hasStaticShape() ||
        !outType.hasStaticShape())
      return rewriter.notifyMatchFailure(conv, "needs static shapes");
    if (inputType.getDimSize(0) != 1)
      return rewriter.notifyMatchFailure(conv, "batch other than 1");
    SmallVector<int64_t> strides(conv.getStrides().getValues<int64_t>());
    SmallVector<int64_t> dilations(conv.getDilations().getValues<int64_t>());
    ArrayRef<int64_t> filterShape = filterType.getShape();
    ArrayRef<int64_t> outShape = outType.getShape();

    Location loc = conv.getLoc();
    SmallVector<ReassociationIndices> imageToMatrix{{0, 1}, {2, 3}};
    Value windows;
    bool pointwise = filterShape[2] == 1 && filterShape[3] == 1 &&
                     strides[0] == 1 && strides[1] == 1 &&
                     inputType.getDimSize(2) == outShape[2] &&
                     inputType.getDimSize(3) == outShape[3];
    if (pointwise)
      windows =
          tensor::CollapseShapeOp::create(rewriter, loc, input, imageToMatrix);
    else
      windows = buildIm2Col(rewriter, loc, input, filterShape, outShape,
                            strides, dilations);
    Value filterMatrix = tensor::CollapseShapeOp::create(
        rewriter, loc, filter,
        SmallVector<ReassociationIndices>{{0}, {1, 2, 3}});
    Value initMatrix =
        tensor::CollapseShapeOp::create(rewriter, loc, init, imageToMatrix);
    // Columns padded to a multiple of the register tile's width: every
    // tile is then whole and static, its accumulator stays in registers
    // with the epilogue applied there (a masked partial tile reloads it at
    // every K step; 14x14 maps have 196 columns, 7x7 maps 49).
    int64_t columns = outShape[2] * outShape[3];
    int64_t padded =
        llvm::alignTo(columns, std::max<int64_t>(columnMultiple, 1));
    if (padded != columns) {
      windows = padColumns(rewriter, loc, windows, padded);
      initMatrix = padColumns(rewriter, loc, initMatrix, padded);
    }
    Value product =
        linalg::MatmulOp::create(rewriter, loc, TypeRange{initMatrix.getType()},
                                 ValueRange{filterMatrix, windows},
                                 ValueRange{initMatrix})
            .getResult(0);
    if (padded != columns)
      product = tensor::ExtractSliceOp::create(
          rewriter, loc, product,
          getAsIndexOpFoldResult(rewriter.getContext(), {0, 0}),
          getAsIndexOpFoldResult(rewriter.getContext(),
                                 {filterShape[0], columns}),
          getAsIndexOpFoldResult(rewriter.getContext(), {1, 1}));
    rewriter.replaceOpWithNewOp<tensor::ExpandShapeOp>(conv, outType, product,
                                                       imageToMatrix);
    return success();
  }
};

/// The windows of an NCHW sliding-window op as strided views of its input,
/// one per tap (kh, kw), each of the output's shape: tap t reads
/// input[n, c, oh*sh + kh*dh, ow*sw + kw*dw] at output position
/// (n, c, oh, ow). An op over the taps is then element-wise, with the
/// output column loop innermost and unit-stride in the output, which
/// LLVM's loop vectorizer turns into vector code.
SmallVector<Value> buildWindowTaps(OpBuilder &b, Location loc, Value input,
                                   ArrayRef<int64_t> outShape,
                                   ArrayRef<int64_t> window,
                                   ArrayRef<int64_t> strides,
                                   ArrayRef<int64_t> dilations) {
  MLIRContext *context = b.getContext();
  SmallVector<Value> taps;
  for (int64_t y = 0; y < window[0]; ++y)
    for (int64_t x = 0; x < window[1]; ++x)
      taps.push_back(tensor::ExtractSliceOp::create(
          b, loc, input,
          getAsIndexOpFoldResult(context,
                                 {0, 0, y * dilations[0], x * dilations[1]}),
          getAsIndexOpFoldResult(context, outShape),
          getAsIndexOpFoldResult(context, {1, 1, strides[0], strides[1]})));
  return taps;
}

/// Whether `init` is a fill with a value `isIdentity` accepts (looking
/// through reshapes): a window op then starts from its first tap instead
/// of reading a freshly filled tensor (one fill and one read less).
bool isFilledWith(Value init, llvm::function_ref<bool(Value)> isIdentity) {
  while (Operation *def = init.getDefiningOp()) {
    if (auto fill = dyn_cast<linalg::FillOp>(def))
      return isIdentity(fill.value());
    if (!isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp>(def))
      return false;
    init = def->getOperand(0);
  }
  return false;
}

/// Windows small enough to unroll into taps.
constexpr int64_t kMaxTaps = 49;

/// A depthwise NCHW convolution as one element-wise generic over its taps
/// (buildWindowTaps), each multiplied by its [C] slice of the filter in a
/// chain of `math.fma`.
struct DepthwiseNchwToTaps
    : OpRewritePattern<linalg::DepthwiseConv2DNchwChwOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::DepthwiseConv2DNchwChwOp conv,
                                PatternRewriter &rewriter) const override {
    Value input = conv.getInputs()[0], filter = conv.getInputs()[1];
    Value init = conv.getOutputs()[0];
    auto filterType = dyn_cast<RankedTensorType>(filter.getType());
    auto outType = dyn_cast<RankedTensorType>(init.getType());
    if (!filterType || !outType || !filterType.hasStaticShape() ||
        !outType.hasStaticShape() || !conv.hasPureTensorSemantics() ||
        !isa<FloatType>(outType.getElementType()))
      return rewriter.notifyMatchFailure(conv, "needs static float tensors");
    int64_t kh = filterType.getDimSize(1), kw = filterType.getDimSize(2);
    if (kh * kw > kMaxTaps)
      return rewriter.notifyMatchFailure(conv, "window too large to unroll");
    SmallVector<int64_t> strides(conv.getStrides().getValues<int64_t>());
    SmallVector<int64_t> dilations(conv.getDilations().getValues<int64_t>());

    MLIRContext *context = rewriter.getContext();
    SmallVector<Value> operands =
        buildWindowTaps(rewriter, conv.getLoc(), input, outType.getShape(),
                        {kh, kw}, strides, dilations);
    SmallVector<AffineMap> maps(operands.size(),
                                rewriter.getMultiDimIdentityMap(4));
    // Each tap's weights are a [C] slice of the filter, broadcast along
    // the output rows: the generic stays vectorizable along its rows.
    AffineMap perChannel =
        AffineMap::get(4, 0, getAffineDimExpr(1, context), context);
    auto weightsType = RankedTensorType::get({filterType.getDimSize(0)},
                                             filterType.getElementType());
    for (int64_t y = 0; y < kh; ++y)
      for (int64_t x = 0; x < kw; ++x) {
        operands.push_back(tensor::ExtractSliceOp::create(
            rewriter, conv.getLoc(), weightsType, filter,
            getAsIndexOpFoldResult(context, {0, y, x}),
            getAsIndexOpFoldResult(context, {filterType.getDimSize(0), 1, 1}),
            getAsIndexOpFoldResult(context, {1, 1, 1})));
        maps.push_back(perChannel);
      }
    // The initial value is read as an input and the result written to a
    // fresh tensor: a payload that reads its output would keep producer
    // results alive through element-wise fusion. A zero initial value is
    // not read at all.
    bool zeroInit = isFilledWith(
        init, [](Value v) { return matchPattern(v, m_AnyZeroFloat()); });
    if (!zeroInit) {
      operands.push_back(init);
      maps.push_back(rewriter.getMultiDimIdentityMap(4));
    }
    maps.push_back(rewriter.getMultiDimIdentityMap(4));
    int64_t taps = kh * kw;
    SmallVector<utils::IteratorType> iterators(4,
                                               utils::IteratorType::parallel);
    Value empty = tensor::EmptyOp::create(
        rewriter, conv.getLoc(), outType.getShape(), outType.getElementType());
    rewriter.replaceOpWithNewOp<linalg::GenericOp>(
        conv, TypeRange{outType}, operands, ValueRange{empty}, maps, iterators,
        [taps, zeroInit](OpBuilder &b, Location loc, ValueRange args) {
          Value sum =
              zeroInit
                  ? Value(arith::MulFOp::create(b, loc, args[0], args[taps]))
                  : Value(math::FmaOp::create(b, loc, args[0], args[taps],
                                              args[2 * taps]));
          for (int64_t t = 1; t < taps; ++t)
            sum = math::FmaOp::create(b, loc, args[t], args[taps + t], sum);
          linalg::YieldOp::create(b, loc, sum);
        });
    return success();
  }
};

/// Float max and sum pooling in NCHW as one element-wise generic folding
/// its taps (buildWindowTaps) into the initial value with the pooling's own
/// combiner (maximumf, as linalg's max pooling; addf).
template <typename PoolOp, typename CombineOp>
struct PoolingNchwToTaps : OpRewritePattern<PoolOp> {
  using OpRewritePattern<PoolOp>::OpRewritePattern;

  LogicalResult matchAndRewrite(PoolOp pool,
                                PatternRewriter &rewriter) const override {
    Value input = pool.getInputs()[0], window = pool.getInputs()[1];
    Value init = pool.getOutputs()[0];
    auto windowType = dyn_cast<RankedTensorType>(window.getType());
    auto outType = dyn_cast<RankedTensorType>(init.getType());
    if (!windowType || !outType || !windowType.hasStaticShape() ||
        !outType.hasStaticShape() || !pool.hasPureTensorSemantics() ||
        !isa<FloatType>(outType.getElementType()))
      return rewriter.notifyMatchFailure(pool, "needs static float tensors");
    if (windowType.getNumElements() > kMaxTaps)
      return rewriter.notifyMatchFailure(pool, "window too large to unroll");
    SmallVector<int64_t> strides(
        pool.getStrides().template getValues<int64_t>());
    SmallVector<int64_t> dilations(
        pool.getDilations().template getValues<int64_t>());
    SmallVector<Value> operands =
        buildWindowTaps(rewriter, pool.getLoc(), input, outType.getShape(),
                        windowType.getShape(), strides, dilations);
    // The initial value is an input (see DepthwiseNchwToTaps), unless it
    // is the combiner's identity (-inf for max, 0 for sum).
    int64_t taps = operands.size();
    bool identityInit = isFilledWith(init, [](Value v) {
      return std::is_same_v<CombineOp, arith::MaximumFOp>
                 ? matchPattern(v, m_NegInfFloat())
                 : matchPattern(v, m_AnyZeroFloat());
    });
    if (!identityInit)
      operands.push_back(init);
    SmallVector<AffineMap> maps(operands.size() + 1,
                                rewriter.getMultiDimIdentityMap(4));
    SmallVector<utils::IteratorType> iterators(4,
                                               utils::IteratorType::parallel);
    Value empty = tensor::EmptyOp::create(
        rewriter, pool.getLoc(), outType.getShape(), outType.getElementType());
    rewriter.replaceOpWithNewOp<linalg::GenericOp>(
        pool, TypeRange{outType}, operands, ValueRange{empty}, maps, iterators,
        [taps, identityInit](OpBuilder &b, Location loc, ValueRange args) {
          Value result = identityInit ? args[0] : args[taps];
          for (Value tap : args.take_front(taps).drop_front(identityInit))
            result = CombineOp::create(b, loc, result, tap);
          linalg::YieldOp::create(b, loc, result);
        });
    return success();
  }
};

struct ConvToMatmulPass : impl::ConvToMatmulBase<ConvToMatmulPass> {
  using ConvToMatmulBase::ConvToMatmulBase;
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<Conv2DNchwToMatmul>(&getContext(), columnMultiple);
    patterns.add<DepthwiseNchwToTaps,
                 PoolingNchwToTaps<linalg::PoolingNchwMaxOp, arith::MaximumFOp>,
                 PoolingNchwToTaps<linalg::PoolingNchwSumOp, arith::AddFOp>>(
        &getContext());
    populateColumnPaddingFoldPatterns(patterns);
    // A fill feeding the collapsed destination folds through the collapse;
    // a matrix re-collapsed from the image it was expanded into is the
    // matrix again.
    linalg::FillOp::getCanonicalizationPatterns(patterns, &getContext());
    tensor::CollapseShapeOp::getCanonicalizationPatterns(patterns,
                                                         &getContext());
    tensor::ExpandShapeOp::getCanonicalizationPatterns(patterns, &getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
} // namespace mlir::webnnc
