//===- RecognizeDecomposed.cpp - fused ops from their exported parts ------===//
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
             llvm::equal(axes,
                         llvm::seq<int64_t>(inputType.getRank() - axes.size(),
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

/// The single axis a keepDimensions reduction reduces, or nullopt (the
/// dialect's axes are non-negative).
template <typename ReduceOp> std::optional<int64_t> singleAxis(ReduceOp op) {
  DenseI64ArrayAttr axes = op.getAxesAttr();
  if (!op.getKeepDimensions() || !axes || axes.size() != 1)
    return std::nullopt;
  return axes[0];
}

/// div(e, reduceSum(e)) with e = exp(sub(x, reduceMax(x))) or exp(x), both
/// reductions over the same single axis with keepDimensions: softmax(x).
/// (Subtracting the maximum is what the single op does anyway; without it
/// the decomposed form overflows where softmax does not.)
struct SoftmaxFromParts : OpRewritePattern<webnn::DivOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(webnn::DivOp div,
                                PatternRewriter &rewriter) const override {
    auto exp = div.getA().getDefiningOp<webnn::ExpOp>();
    auto sum = singleUse<webnn::ReduceSumOp>(div.getB());
    if (!exp || !sum || sum.getInput() != exp.getResult())
      return failure();
    std::optional<int64_t> axis = singleAxis(sum);
    if (!axis || !llvm::all_of(exp->getUsers(), [&](Operation *user) {
          return user == div.getOperation() || user == sum.getOperation();
        }))
      return failure();
    Value x = exp.getInput();
    if (auto centered = singleUse<webnn::SubOp>(x))
      if (auto max = singleUse<webnn::ReduceMaxOp>(centered.getB()))
        if (max.getInput() == centered.getA() && singleAxis(max) == axis)
          x = centered.getA();
    if (x.getType() != div.getType())
      return failure();
    rewriter.replaceOpWithNewOp<webnn::SoftmaxOp>(
        div, div.getType(), x, rewriter.getI64IntegerAttr(*axis), StringAttr());
    return success();
  }
};

/// Whether `value` is a single-use clamp(add(x, 3), 0, 6) (relu6(x + 3)).
bool isRelu6OfXPlus3(Value value, Value x) {
  auto clamp = singleUse<webnn::ClampOp>(value);
  if (!clamp)
    return false;
  auto bound = [](Attribute attr) -> std::optional<double> {
    if (auto f = dyn_cast_or_null<FloatAttr>(attr))
      return f.getValueAsDouble();
    if (auto i = dyn_cast_or_null<IntegerAttr>(attr))
      return static_cast<double>(i.getInt());
    return std::nullopt;
  };
  std::optional<double> low = bound(clamp.getMinValueAttr());
  std::optional<double> high = bound(clamp.getMaxValueAttr());
  if (!low || *low != 0.0 || !high || *high != 6.0)
    return false;
  auto add = singleUse<webnn::AddOp>(clamp.getInput());
  return add && isClose(scalarConstant(otherOperand(add, x)), 3.0);
}

/// PyTorch's hardswish exports: mul(x, hardSigmoid(x; 1/6, 0.5)) (opsets
/// before 14), x * relu6(x + 3) / 6 and x * relu6(x + 3) * (1/6):
/// hardSwish(x).
struct HardSwishFromParts : OpRewritePattern<webnn::MulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(webnn::MulOp mul,
                                PatternRewriter &rewriter) const override {
    // mul(x, hardSigmoid(x)).
    for (Value gate : {mul.getA(), mul.getB()})
      if (auto sigmoid = singleUse<webnn::HardSigmoidOp>(gate)) {
        Value x = otherOperand(mul, gate);
        if (sigmoid.getInput() == x &&
            isClose(sigmoid.getAlpha().convertToDouble(), 1.0 / 6.0) &&
            isClose(sigmoid.getBeta().convertToDouble(), 0.5))
          return replace(rewriter, mul, x);
      }
    // mul(mul(x, relu6(x + 3)), 1/6).
    for (Value product : {mul.getA(), mul.getB()})
      if (auto inner = singleUse<webnn::MulOp>(product))
        if (isClose(scalarConstant(otherOperand(mul, product)), 1.0 / 6.0))
          if (Value x = xTimesRelu6(inner))
            return replace(rewriter, mul, x);
    return failure();
  }

  /// x when `mul` is mul(x, relu6(x + 3)) in either order.
  static Value xTimesRelu6(webnn::MulOp mul) {
    for (Value gate : {mul.getA(), mul.getB()}) {
      Value x = otherOperand(mul, gate);
      if (isRelu6OfXPlus3(gate, x))
        return x;
    }
    return Value();
  }

  static LogicalResult replace(PatternRewriter &rewriter, Operation *root,
                               Value x) {
    if (x.getType() != root->getResult(0).getType())
      return failure();
    rewriter.replaceOpWithNewOp<webnn::HardSwishOp>(root, x.getType(), x,
                                                    StringAttr());
    return success();
  }
};

/// div(mul(x, relu6(x + 3)), 6): hardSwish(x).
struct HardSwishDivFromParts : OpRewritePattern<webnn::DivOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(webnn::DivOp div,
                                PatternRewriter &rewriter) const override {
    auto product = singleUse<webnn::MulOp>(div.getA());
    if (!product || !isClose(scalarConstant(div.getB()), 6.0))
      return failure();
    Value x = HardSwishFromParts::xTimesRelu6(product);
    if (!x)
      return failure();
    return HardSwishFromParts::replace(rewriter, div, x);
  }
};

struct RecognizeDecomposedPass
    : impl::RecognizeDecomposedBase<RecognizeDecomposedPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<LayerNormalizationFromParts, GeluFromParts, SoftmaxFromParts,
                 HardSwishFromParts, HardSwishDivFromParts>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
} // namespace mlir::webnnc
