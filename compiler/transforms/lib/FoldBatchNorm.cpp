//===- FoldBatchNorm.cpp - batchNormalization folded into conv2d ----------===//
#include "webnnc/Transforms/Passes.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "webnn/IR/WebNNOps.h"
#include "webnnc/Interpreter/Interpreter.h"

namespace mlir::webnnc {
#define GEN_PASS_DEF_FOLDBATCHNORM
#include "webnnc/Transforms/Passes.h.inc"

namespace {

/// The float32 values of a constant operand, or nullopt (read through the
/// interpreter, which reads dense and dense_resource constants alike).
std::optional<std::vector<double>> readFloats(Value value) {
  auto constant = value.getDefiningOp<webnn::ConstantOp>();
  if (!constant ||
      !cast<ShapedType>(constant.getType()).getElementType().isF32())
    return std::nullopt;
  FailureOr<::webnnc::interp::Tensor> tensor =
      ::webnnc::interp::tensorFromAttr(constant.getValue());
  if (failed(tensor))
    return std::nullopt;
  std::vector<double> values(tensor->getNumElements());
  for (int64_t i = 0, e = tensor->getNumElements(); i < e; ++i)
    values[i] = tensor->getDouble(i);
  return values;
}

/// A float32 constant of `shape` holding `values` (rounded once).
Value makeConstant(PatternRewriter &rewriter, Location loc,
                   ArrayRef<int64_t> shape, ArrayRef<double> values,
                   StringRef name) {
  auto type = RankedTensorType::get(shape, rewriter.getF32Type());
  std::vector<float> floats(values.begin(), values.end());
  auto blob =
      HeapAsmResourceBlob::allocateAndCopyInferAlign(ArrayRef<float>(floats));
  auto attr = DenseResourceElementsAttr::get(type, name, std::move(blob));
  return webnn::ConstantOp::create(rewriter, loc, type, attr, StringAttr());
}

struct FoldBatchNormIntoConv : OpRewritePattern<webnn::BatchNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(webnn::BatchNormalizationOp norm,
                                PatternRewriter &rewriter) const override {
    auto conv = norm.getInput().getDefiningOp<webnn::Conv2dOp>();
    if (!conv || !conv->hasOneUse() || norm.getAxis() != 1)
      return rewriter.notifyMatchFailure(norm, "not after a conv2d's channels");
    if (conv.getInputLayout() != webnn::InputOperandLayout::nchw ||
        conv.getFilterLayout() != webnn::Conv2dFilterOperandLayout::oihw)
      return rewriter.notifyMatchFailure(norm, "conv2d layout not nchw/oihw");
    auto filterType = cast<RankedTensorType>(conv.getFilter().getType());
    int64_t channels = filterType.getDimSize(0);
    std::optional<std::vector<double>> filter = readFloats(conv.getFilter());
    std::optional<std::vector<double>> mean = readFloats(norm.getMean());
    std::optional<std::vector<double>> variance =
        readFloats(norm.getVariance());
    if (!filter || !mean || !variance)
      return rewriter.notifyMatchFailure(norm, "operands not f32 constants");
    auto optionalOr = [&](Value value,
                          double fill) -> std::optional<std::vector<double>> {
      if (!value)
        return std::vector<double>(channels, fill);
      return readFloats(value);
    };
    std::optional<std::vector<double>> scale = optionalOr(norm.getScale(), 1);
    std::optional<std::vector<double>> beta = optionalOr(norm.getBias(), 0);
    std::optional<std::vector<double>> bias = optionalOr(conv.getBias(), 0);
    if (!scale || !beta || !bias)
      return rewriter.notifyMatchFailure(norm, "operands not f32 constants");
    for (const std::vector<double> *v :
         {&*mean, &*variance, &*scale, &*beta, &*bias})
      if (int64_t(v->size()) != channels)
        return rewriter.notifyMatchFailure(norm, "per-channel size mismatch");

    double epsilon = norm.getEpsilon().convertToDouble();
    int64_t perChannel = filterType.getNumElements() / channels;
    std::vector<double> newFilter(filter->size()), newBias(channels);
    for (int64_t o = 0; o < channels; ++o) {
      double s = (*scale)[o] / std::sqrt((*variance)[o] + epsilon);
      for (int64_t i = 0; i < perChannel; ++i)
        newFilter[o * perChannel + i] = (*filter)[o * perChannel + i] * s;
      newBias[o] = ((*bias)[o] - (*mean)[o]) * s + (*beta)[o];
    }
    Location loc = norm.getLoc();
    Value filterValue = makeConstant(rewriter, loc, filterType.getShape(),
                                     newFilter, "folded_filter");
    Value biasValue =
        makeConstant(rewriter, loc, {channels}, newBias, "folded_bias");
    auto folded = cast<webnn::Conv2dOp>(rewriter.clone(*conv));
    folded->setLoc(rewriter.getFusedLoc({conv.getLoc(), norm.getLoc()}));
    folded.getFilterMutable().assign(filterValue);
    if (conv.getBias())
      folded.getBiasMutable().assign(biasValue);
    else
      folded.getBiasMutable().append(biasValue);
    rewriter.replaceOp(norm, folded.getResult());
    rewriter.eraseOp(conv);
    return success();
  }
};

struct FoldBatchNormPass : impl::FoldBatchNormBase<FoldBatchNormPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FoldBatchNormIntoConv>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
} // namespace mlir::webnnc
