//===- RecognizeDecomposed.cpp - layerNorm and GELU from their parts ------===//
#include "webnnc/Transforms/Passes.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "webnn/IR/WebNNOps.h"

namespace mlir::webnnc {
#define GEN_PASS_DEF_RECOGNIZEDECOMPOSED
#include "webnnc/Transforms/Passes.h.inc"

namespace {

/// The value of a one-element (or splat) float constant, or nullopt.
std::optional<double> scalarConstant(Value value) {
  auto constant = value.getDefiningOp<webnn::ConstantOp>();
  if (!constant)
    return std::nullopt;
  auto dense = dyn_cast<DenseFPElementsAttr>(constant.getValue());
  if (!dense || !dense.isSplat())
    return std::nullopt;
  return dense.getSplatValue<APFloat>().convertToDouble();
}

/// `value`'s defining op of type OpT when it has no other user.
template <typename OpT> OpT singleUse(Value value) {
  auto op = value.getDefiningOp<OpT>();
  return op && op->hasOneUse() ? op : OpT();
}

/// The operand of a commutative binary op that is not `known`, or null.
Value otherOperand(Operation *op, Value known) {
  if (op->getOperand(0) == known)
    return op->getOperand(1);
  if (op->getOperand(1) == known)
    return op->getOperand(0);
  return Value();
}

bool isClose(std::optional<double> value, double expected) {
  return value && std::abs(*value - expected) <= 1e-6 * std::abs(expected);
}

/// div(d, sqrt(add(reduceMean(pow(d, 2)), eps))) with
/// d = sub(x, reduceMean(x)), then optionally mul(scale) and add(bias).
struct LayerNormalizationFromParts : OpRewritePattern<webnn::DivOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(webnn::DivOp div,
                                PatternRewriter &rewriter) const override {
    auto centered = div.getA().getDefiningOp<webnn::SubOp>();
    auto sqrt = singleUse<webnn::SqrtOp>(div.getB());
    if (!centered || !sqrt)
      return failure();
    auto mean = singleUse<webnn::ReduceMeanOp>(centered.getB());
    Value x = centered.getA();
    if (!mean || mean.getInput() != x || !mean.getKeepDimensions())
      return failure();
    auto plusEpsilon = singleUse<webnn::AddOp>(sqrt.getInput());
    if (!plusEpsilon)
      return failure();
    auto variance = plusEpsilon.getA().getDefiningOp<webnn::ReduceMeanOp>();
    Value epsilonValue = plusEpsilon.getB();
    if (!variance) {
      variance = plusEpsilon.getB().getDefiningOp<webnn::ReduceMeanOp>();
      epsilonValue = plusEpsilon.getA();
    }
    std::optional<double> epsilon = scalarConstant(epsilonValue);
    if (!variance || !variance->hasOneUse() || !epsilon ||
        !variance.getKeepDimensions() ||
        variance.getAxesAttr() != mean.getAxesAttr())
      return failure();
    auto square = singleUse<webnn::PowOp>(variance.getInput());
    if (!square || square.getA() != centered.getResult() ||
        !isClose(scalarConstant(square.getB()), 2.0))
      return failure();
    // d feeds the square and the division, nothing else.
    if (!llvm::all_of(centered->getUsers(), [&](Operation *user) {
          return user == square.getOperation() || user == div.getOperation();
        }))
      return failure();
    auto inputType = cast<RankedTensorType>(x.getType());
    DenseI64ArrayAttr axesAttr = mean.getAxesAttr();
    if (!axesAttr)
      return failure();
    SmallVector<int64_t> axes(axesAttr.asArrayRef());
    for (int64_t &axis : axes)
      if (axis < 0)
        axis += inputType.getRank();
    SmallVector<int64_t> normalizedShape;
    for (int64_t axis : axes)
      normalizedShape.push_back(inputType.getDimSize(axis));

    // Scale and bias, when they follow and have the normalized shape.
    Operation *last = div;
    Value scale, bias;
    auto hasNormalizedShape = [&](Value value) {
      auto type = dyn_cast<RankedTensorType>(value.getType());
      return type && type.getShape() == ArrayRef<int64_t>(normalizedShape) &&
             llvm::equal(axes, llvm::seq<int64_t>(inputType.getRank() -
                                                      axes.size(),
                                                  inputType.getRank()));
    };
    if (div->hasOneUse())
      if (auto mul = dyn_cast<webnn::MulOp>(*div->getUsers().begin()))
        if (Value other = otherOperand(mul, div.getResult());
            other && hasNormalizedShape(other)) {
          scale = other;
          last = mul;
        }
    if (last->hasOneUse())
      if (auto add = dyn_cast<webnn::AddOp>(*last->getUsers().begin()))
        if (Value other = otherOperand(add, last->getResult(0));
            other && hasNormalizedShape(other)) {
          bias = other;
          last = add;
        }
    if (last->getResult(0).getType() != inputType)
      return failure();
    rewriter.setInsertionPoint(last);
    auto norm = webnn::LayerNormalizationOp::create(
        rewriter, last->getLoc(), inputType, x, scale, bias,
        rewriter.getDenseI64ArrayAttr(axes),
        rewriter.getF32FloatAttr(static_cast<float>(*epsilon)), StringAttr());
    rewriter.replaceOp(last, norm.getResult());
    return success();
  }
};

/// mul(mul(x, add(erf(div(x, sqrt(2))), 1)), 0.5) in any operand order.
struct GeluFromParts : OpRewritePattern<webnn::MulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(webnn::MulOp half,
                                PatternRewriter &rewriter) const override {
    webnn::MulOp product;
    for (Value operand : {half.getA(), half.getB()})
      if (auto mul = singleUse<webnn::MulOp>(operand))
        if (isClose(scalarConstant(otherOperand(half, operand)), 0.5))
          product = mul;
    if (!product)
      return failure();
    for (Value onePlus : {product.getA(), product.getB()}) {
      auto add = singleUse<webnn::AddOp>(onePlus);
      if (!add)
        continue;
      Value x = otherOperand(product, onePlus);
      for (Value erfValue : {add.getA(), add.getB()}) {
        auto erf = singleUse<webnn::ErfOp>(erfValue);
        if (!erf || !isClose(scalarConstant(otherOperand(add, erfValue)), 1.0))
          continue;
        auto scaled = singleUse<webnn::DivOp>(erf.getInput());
        if (!scaled || scaled.getA() != x ||
            !isClose(scalarConstant(scaled.getB()), std::sqrt(2.0)))
          continue;
        if (half.getType() != x.getType())
          return failure();
        rewriter.replaceOpWithNewOp<webnn::GeluOp>(half, half.getType(), x,
                                                   StringAttr());
        return success();
      }
    }
    return failure();
  }
};

struct RecognizeDecomposedPass
    : impl::RecognizeDecomposedBase<RecognizeDecomposedPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<LayerNormalizationFromParts, GeluFromParts>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
} // namespace mlir::webnnc
