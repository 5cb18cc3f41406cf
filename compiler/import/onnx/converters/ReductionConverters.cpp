//===- ReductionConverters.cpp - ONNX reduction ops -> webnn --------------===//
//
// ReduceSum ... ReduceSumSquare map to the webnn reduction of the same
// function, ArgMax/ArgMin to argMax/argMin (select_last_index through a
// reversed input), CumSum to cumulativeSum.
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
  FailureOr<Value> sum = context.create<webnn::ReduceSumOp>(
      input, DenseI64ArrayAttr::get(context.getContext(), axes),
      keepDimensions, StringAttr());
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
  auto axesAttr = DenseI64ArrayAttr::get(context.getContext(), *axes);
  bool keepDimensions = context.getInt("keepdims", 1) != 0;
  if constexpr (std::is_same_v<OpTy, webnn::ReduceMeanOp>) {
    if (!isa<FloatType>(type.getElementType()))
      return convertIntegerMean(context, *input, *axes, keepDimensions);
  }
  FailureOr<Value> result =
      context.create<OpTy>(*input, axesAttr, keepDimensions, StringAttr());
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
}

} // namespace webnnc::onnx_import
