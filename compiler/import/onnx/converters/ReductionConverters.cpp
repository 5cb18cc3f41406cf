//===- ReductionConverters.cpp - ONNX reduction ops -> webnn --------------===//
//
// ReduceSum ... ReduceSumSquare map to the webnn reduction of the same
// function, ArgMax/ArgMin to argMax/argMin (select_last_index through a
// reversed input), CumSum to cumulativeSum. The function-bodied ops built on
// reductions (MeanVarianceNormalization, NegativeLogLikelihoodLoss,
// SoftmaxCrossEntropyLoss) decompose as their ONNX definitions do.
//
//===----------------------------------------------------------------------===//
#include "../OnnxConverter.h"

using namespace mlir;

namespace webnnc::onnx_import {

/// webnn.reduceL2, reduceLogSum and reduceLogSumExp take float inputs only,
/// where ONNX also allows integers (whose results ONNX computes in float64
/// and truncates, which float32 cannot reproduce). The other reductions,
/// argMin/argMax and cumulativeSum accept every type ONNX allows them that
/// WebNN has; integer ReduceMean is a sum and a division.
static LogicalResult checkFloatInput(OnnxNodeContext &context, Type type,
                                     StringRef opName) {
  if (isa<FloatType>(type))
    return success();
  std::string name;
  llvm::raw_string_ostream os(name);
  os << type;
  return context.unsupported("input data type " + name + ": webnn." + opName +
                             " takes float32 and float16 only");
}

/// Normalizes a possibly negative ONNX axis in [-rank, rank).
static FailureOr<int64_t> normalizeAxis(OnnxNodeContext &context, int64_t axis,
                                        int64_t rank) {
  if (axis < -rank || axis >= rank) {
    context.emitError() << "axis " << axis << " is out of range for rank "
                        << rank;
    return failure();
  }
  return axis < 0 ? axis + rank : axis;
}

/// The axes to reduce, normalized. ONNX gives them as the `axes` attribute
/// (up to ReduceSum-11 and the other reductions' opset 17) or as the
/// optional input #1 (ReduceSum-13, the others from opset 18), which WebNN
/// needs as a constant. No axes means all axes, except with
/// noop_with_empty_axes (input form only), which means none: webnn then
/// applies the function to each value alone (identity for sum, mean, max,
/// min, product; |x|, x^2, log x ... for the others, as the ONNX function
/// bodies compute).
static FailureOr<SmallVector<int64_t>>
getReductionAxes(OnnxNodeContext &context, int64_t rank, bool axesFromInput) {
  SmallVector<int64_t> axes;
  if (axesFromInput) {
    if (context.hasInput(1)) {
      FailureOr<SmallVector<int64_t>> given = context.getConstantInts(1);
      if (failed(given))
        return failure();
      axes = std::move(*given);
    }
    if (axes.empty() && context.getInt("noop_with_empty_axes", 0))
      return axes;
  } else {
    axes = context.getInts("axes");
  }
  if (axes.empty())
    return llvm::to_vector(llvm::seq<int64_t>(0, rank));
  for (int64_t &axis : axes) {
    FailureOr<int64_t> normalized = normalizeAxis(context, axis, rank);
    if (failed(normalized))
      return failure();
    axis = *normalized;
  }
  return axes;
}

/// Creates a webnn reduction of `input` over `axes`.
template <typename OpTy>
static FailureOr<Value> reduce(OnnxNodeContext &context, Value input,
                               ArrayRef<int64_t> axes, bool keepDimensions) {
  return context.create<OpTy>(
      input, DenseI64ArrayAttr::get(context.getContext(), axes),
      keepDimensions, StringAttr());
}

/// webnn.reduceMean is float only; ONNX's integer mean (numpy's mean
/// truncated toward zero) is the sum divided by the element count, which
/// webnn's integer division truncates toward zero too.
static LogicalResult convertIntegerMean(OnnxNodeContext &context, Value input,
                                        ArrayRef<int64_t> axes,
                                        bool keepDimensions) {
  auto type = cast<RankedTensorType>(input.getType());
  int64_t count = 1;
  for (int64_t axis : axes)
    count *= type.getDimSize(axis);
  FailureOr<Value> sum =
      reduce<webnn::ReduceSumOp>(context, input, axes, keepDimensions);
  if (failed(sum))
    return failure();
  FailureOr<Value> mean = context.create<webnn::DivOp>(
      *sum, context.scalar(type.getElementType(), static_cast<double>(count)),
      StringAttr());
  if (failed(mean))
    return failure();
  context.setOutput(0, *mean);
  return success();
}

/// ReduceXxx(data[, axes]) -> webnn.reduceXxx(data, axes, keepDimensions).
template <typename OpTy, bool FloatOnly, bool AxesFromInput>
static LogicalResult convertReduce(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  if (failed(input))
    return failure();
  RankedTensorType type = context.getInputType(0);
  if (FloatOnly &&
      failed(checkFloatInput(context, type.getElementType(),
                             OpTy::getOperationName().drop_front(6))))
    return failure();
  FailureOr<SmallVector<int64_t>> axes =
      getReductionAxes(context, type.getRank(), AxesFromInput);
  if (failed(axes))
    return failure();
  bool keepDimensions = context.getInt("keepdims", 1) != 0;
  if constexpr (std::is_same_v<OpTy, webnn::ReduceMeanOp>) {
    if (!isa<FloatType>(type.getElementType()))
      return convertIntegerMean(context, *input, *axes, keepDimensions);
  }
  FailureOr<Value> result =
      reduce<OpTy>(context, *input, *axes, keepDimensions);
  if (failed(result))
    return failure();
  context.setOutput(0, *result);
  return success();
}

/// ArgMax/ArgMin(data) -> webnn.argMax/argMin(data, axis, keepDimensions,
/// int64). webnn picks the first extreme index on ties (what ONNX's
/// default select_last_index = 0 asks); the last one is the first one of
/// the input reversed along the axis, counted from the end:
/// (size - 1) - argMax(reverse(data)).
template <typename OpTy>
static LogicalResult convertArgMinMax(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  if (failed(input))
    return failure();
  RankedTensorType type = context.getInputType(0);
  FailureOr<int64_t> axis =
      normalizeAxis(context, context.getInt("axis", 0), type.getRank());
  if (failed(axis))
    return failure();
  int64_t size = type.getDimSize(*axis);
  bool selectLast = context.getInt("select_last_index", 0) != 0 && size > 1;
  Value data = *input;
  if (selectLast) {
    FailureOr<Value> reversed = context.create<webnn::ReverseOp>(
        data, DenseI64ArrayAttr::get(context.getContext(), {*axis}),
        StringAttr());
    if (failed(reversed))
      return failure();
    data = *reversed;
  }
  FailureOr<Value> index = context.create<OpTy>(
      data, static_cast<uint64_t>(*axis), context.getInt("keepdims", 1) != 0,
      webnn::OperandDataType::int64, StringAttr());
  if (failed(index))
    return failure();
  if (selectLast) {
    Value last = context.scalar(context.getBuilder().getIntegerType(64),
                                static_cast<double>(size - 1));
    index = context.create<webnn::SubOp>(last, *index, StringAttr());
    if (failed(index))
      return failure();
  }
  context.setOutput(0, *index);
  return success();
}

/// CumSum(x, axis) -> webnn.cumulativeSum(x, axis, exclusive, reversed);
/// the axis (a scalar or one-element tensor) must be a constant.
static LogicalResult convertCumSum(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  if (failed(input))
    return failure();
  RankedTensorType type = context.getInputType(0);
  FailureOr<SmallVector<int64_t>> axisValues = context.getConstantInts(1);
  if (failed(axisValues))
    return failure();
  if (axisValues->size() != 1)
    return context.emitError()
           << "input 'axis' must hold one value, got " << axisValues->size();
  FailureOr<int64_t> axis =
      normalizeAxis(context, axisValues->front(), type.getRank());
  if (failed(axis))
    return failure();
  FailureOr<Value> result = context.create<webnn::CumulativeSumOp>(
      *input, static_cast<uint64_t>(*axis),
      context.getInt("exclusive", 0) != 0, context.getInt("reverse", 0) != 0,
      StringAttr());
  if (failed(result))
    return failure();
  context.setOutput(0, *result);
  return success();
}

//===----------------------------------------------------------------------===//
// Function-bodied ops built on reductions
//===----------------------------------------------------------------------===//

/// MeanVarianceNormalization(X) = (X - E[X]) / (sqrt(E[X^2] - E[X]^2) + 1e-9)
/// over `axes` (default N, H, W), as its ONNX function body computes it.
static LogicalResult convertMeanVarianceNormalization(
    OnnxNodeContext &context) {
  FailureOr<Value> x = context.requireInput(0);
  if (failed(x))
    return failure();
  RankedTensorType type = context.getInputType(0);
  SmallVector<int64_t> axes = context.hasAttribute("axes")
                                  ? context.getInts("axes")
                                  : SmallVector<int64_t>{0, 2, 3};
  for (int64_t &axis : axes) {
    FailureOr<int64_t> normalized =
        normalizeAxis(context, axis, type.getRank());
    if (failed(normalized))
      return failure();
    axis = *normalized;
  }
  FailureOr<Value> mean =
      reduce<webnn::ReduceMeanOp>(context, *x, axes, /*keepDimensions=*/true);
  if (failed(mean))
    return failure();
  FailureOr<Value> meanSquared =
      context.create<webnn::MulOp>(*mean, *mean, StringAttr());
  FailureOr<Value> squares = context.create<webnn::MulOp>(*x, *x, StringAttr());
  if (failed(meanSquared) || failed(squares))
    return failure();
  FailureOr<Value> meanOfSquares = reduce<webnn::ReduceMeanOp>(
      context, *squares, axes, /*keepDimensions=*/true);
  if (failed(meanOfSquares))
    return failure();
  FailureOr<Value> variance =
      context.create<webnn::SubOp>(*meanOfSquares, *meanSquared, StringAttr());
  if (failed(variance))
    return failure();
  FailureOr<Value> deviation = context.create<webnn::SqrtOp>(*variance,
                                                             StringAttr());
  if (failed(deviation))
    return failure();
  deviation = context.create<webnn::AddOp>(
      *deviation, context.scalar(type.getElementType(), 1e-9), StringAttr());
  FailureOr<Value> centered =
      context.create<webnn::SubOp>(*x, *mean, StringAttr());
  if (failed(deviation) || failed(centered))
    return failure();
  FailureOr<Value> result =
      context.create<webnn::DivOp>(*centered, *deviation, StringAttr());
  if (failed(result))
    return failure();
  context.setOutput(0, *result);
  return success();
}

/// The negative log likelihood loss of log-probabilities `logProb` [N, C,
/// d1...] for class indices `target` [N, d1...], with optional class
/// weights (input #2) and the ignore_index and reduction attributes, as
/// NegativeLogLikelihoodLoss defines it:
///   loss[n, d] = -logProb[n, target[n, d], d] * w[n, d],
///   w[n, d] = weight[target[n, d]] (1 without weights), 0 where target is
///   ignore_index;
///   "sum" adds the losses, "mean" divides the sum by the sum of w (or
///   averages when there is neither weight nor ignore_index).
/// The target's class is picked with a comparison against the class indices
/// and a sum over C of where(hit, value, 0) rather than a gather, so targets
/// equal to an ignore_index outside [0, C) pick nothing instead of indexing
/// out of bounds.
static FailureOr<Value> negativeLogLikelihood(OnnxNodeContext &context,
                                              Value logProb, Value target) {
  auto type = cast<RankedTensorType>(logProb.getType());
  auto targetType = cast<RankedTensorType>(target.getType());
  Type elementType = type.getElementType();
  int64_t rank = type.getRank();
  if (rank < 2 || targetType.getRank() != rank - 1) {
    context.emitError() << "the scores must be [N, C, d1...] and the target "
                           "[N, d1...], got "
                        << type << " and " << targetType;
    return failure();
  }
  std::string reduction = context.getString("reduction", "mean");
  if (reduction != "none" && reduction != "sum" && reduction != "mean") {
    context.emitError() << "unknown reduction '" << reduction << "'";
    return failure();
  }
  int64_t classes = type.getDimSize(1);

  // hit[n, c, d] = target[n, d] == c.
  SmallVector<int64_t> classShape(rank, 1);
  classShape[1] = classes;
  Type indexType = targetType.getElementType();
  SmallVector<APInt> classValues;
  for (int64_t c = 0; c < classes; ++c)
    classValues.push_back(APInt(indexType.getIntOrFloatBitWidth(), c));
  Value classIndices = context.constant(DenseElementsAttr::get(
      RankedTensorType::get(classShape, indexType), classValues));
  SmallVector<int64_t> targetShape(targetType.getShape());
  targetShape.insert(targetShape.begin() + 1, 1);
  FailureOr<Value> targetColumn = context.create<webnn::ReshapeOp>(
      target, DenseI64ArrayAttr::get(context.getContext(), targetShape),
      StringAttr());
  if (failed(targetColumn))
    return failure();
  FailureOr<Value> hit = context.create<webnn::EqualOp>(
      *targetColumn, classIndices, StringAttr());
  if (failed(hit))
    return failure();
  Value zero = context.scalar(elementType, 0);
  // The value at the target's class: sum over C of where(hit, x, 0).
  auto pick = [&](Value values) -> FailureOr<Value> {
    FailureOr<Value> picked =
        context.create<webnn::WhereOp>(*hit, values, zero, StringAttr());
    if (failed(picked))
      return failure();
    return reduce<webnn::ReduceSumOp>(context, *picked, {1},
                                      /*keepDimensions=*/false);
  };

  FailureOr<Value> loss = pick(logProb);
  if (failed(loss))
    return failure();
  loss = context.create<webnn::NegOp>(*loss, StringAttr());
  if (failed(loss))
    return failure();
  Value weight;
  if (context.hasInput(2)) {
    FailureOr<Value> classWeight = context.create<webnn::ReshapeOp>(
        context.getInput(2),
        DenseI64ArrayAttr::get(context.getContext(), classShape),
        StringAttr());
    if (failed(classWeight))
      return failure();
    FailureOr<Value> picked = pick(*classWeight);
    if (failed(picked))
      return failure();
    weight = *picked;
  }
  if (context.hasAttribute("ignore_index")) {
    Value ignored =
        context.scalar(indexType, context.getInt("ignore_index", 0));
    FailureOr<Value> kept =
        context.create<webnn::NotEqualOp>(target, ignored, StringAttr());
    if (failed(kept))
      return failure();
    FailureOr<Value> masked = context.create<webnn::WhereOp>(
        *kept, weight ? weight : context.scalar(elementType, 1), zero,
        StringAttr());
    if (failed(masked))
      return failure();
    weight = *masked;
  }
  if (weight) {
    loss = context.create<webnn::MulOp>(*loss, weight, StringAttr());
    if (failed(loss))
      return failure();
  }
  if (reduction == "none")
    return loss;
  auto allAxes = llvm::to_vector(llvm::seq<int64_t>(0, rank - 1));
  if (reduction == "mean" && !weight)
    return reduce<webnn::ReduceMeanOp>(context, *loss, allAxes, false);
  FailureOr<Value> total =
      reduce<webnn::ReduceSumOp>(context, *loss, allAxes, false);
  if (failed(total) || reduction == "sum")
    return total;
  FailureOr<Value> totalWeight =
      reduce<webnn::ReduceSumOp>(context, weight, allAxes, false);
  if (failed(totalWeight))
    return failure();
  return context.create<webnn::DivOp>(*total, *totalWeight, StringAttr());
}

/// NegativeLogLikelihoodLoss(input, target[, weight]).
static LogicalResult convertNegativeLogLikelihoodLoss(
    OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  FailureOr<Value> target = context.requireInput(1);
  if (failed(input) || failed(target))
    return failure();
  FailureOr<Value> loss = negativeLogLikelihood(context, *input, *target);
  if (failed(loss))
    return failure();
  context.setOutput(0, *loss);
  return success();
}

/// SoftmaxCrossEntropyLoss(scores, labels[, weights]) is the negative log
/// likelihood loss of log_prob = scores - logSumExp(scores) over C, its
/// optional second output.
static LogicalResult convertSoftmaxCrossEntropyLoss(OnnxNodeContext &context) {
  FailureOr<Value> scores = context.requireInput(0);
  FailureOr<Value> labels = context.requireInput(1);
  if (failed(scores) || failed(labels))
    return failure();
  if (context.getInputType(0).getRank() < 2)
    return context.emitError() << "the scores must be [N, C, d1...]";
  FailureOr<Value> logSumExp = reduce<webnn::ReduceLogSumExpOp>(
      context, *scores, {1}, /*keepDimensions=*/true);
  if (failed(logSumExp))
    return failure();
  FailureOr<Value> logProb =
      context.create<webnn::SubOp>(*scores, *logSumExp, StringAttr());
  if (failed(logProb))
    return failure();
  FailureOr<Value> loss = negativeLogLikelihood(context, *logProb, *labels);
  if (failed(loss))
    return failure();
  context.setOutput(0, *loss);
  context.setOutput(1, *logProb);
  return success();
}

/// Registers a reduction with its axes attribute form from opset 1 and its
/// axes input form from `axesInputSince`.
template <typename OpTy, bool FloatOnly = false>
static void addReduce(OnnxConverterRegistry &registry, StringRef opType,
                      int64_t axesInputSince) {
  registry.add(opType, 1, convertReduce<OpTy, FloatOnly, false>);
  registry.add(opType, axesInputSince, convertReduce<OpTy, FloatOnly, true>);
}

void registerReductionConverters(OnnxConverterRegistry &registry) {
  constexpr bool floatOnly = true;
  addReduce<webnn::ReduceSumOp>(registry, "ReduceSum", 13);
  addReduce<webnn::ReduceMeanOp>(registry, "ReduceMean", 18);
  addReduce<webnn::ReduceMaxOp>(registry, "ReduceMax", 18);
  addReduce<webnn::ReduceMinOp>(registry, "ReduceMin", 18);
  addReduce<webnn::ReduceProductOp>(registry, "ReduceProd", 18);
  addReduce<webnn::ReduceL1Op>(registry, "ReduceL1", 18);
  addReduce<webnn::ReduceL2Op, floatOnly>(registry, "ReduceL2", 18);
  addReduce<webnn::ReduceLogSumOp, floatOnly>(registry, "ReduceLogSum", 18);
  addReduce<webnn::ReduceLogSumExpOp, floatOnly>(registry, "ReduceLogSumExp",
                                                 18);
  addReduce<webnn::ReduceSumSquareOp>(registry, "ReduceSumSquare", 18);
  registry.add("ArgMax", 1, convertArgMinMax<webnn::ArgMaxOp>);
  registry.add("ArgMin", 1, convertArgMinMax<webnn::ArgMinOp>);
  registry.add("CumSum", 11, convertCumSum);
  registry.add("MeanVarianceNormalization", 9,
               convertMeanVarianceNormalization);
  registry.add("NegativeLogLikelihoodLoss", 12,
               convertNegativeLogLikelihoodLoss);
  registry.add("SoftmaxCrossEntropyLoss", 12, convertSoftmaxCrossEntropyLoss);
}

} // namespace webnnc::onnx_import
