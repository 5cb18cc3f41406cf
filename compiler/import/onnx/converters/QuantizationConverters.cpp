//===- QuantizationConverters.cpp - ONNX quantization ops -> webnn --------===//
//
// QuantizeLinear and DequantizeLinear map onto webnn's ops of the same
// names once their scale and zero point are reshaped to the input's rank
// (WebNN wants them blockwise broadcastable: same rank, each input
// dimension a multiple of theirs), so per-tensor parameters become all
// ones and per-axis ones keep their length along the axis.
//
// The QLinear* ops (QLinearConv, QLinearMatMul and com.microsoft's
// QLinearAdd, QLinearMul, QLinearSigmoid, QLinearGlobalAveragePool)
// decompose into the QDQ form: dequantizeLinear of each input, the float
// op, quantizeLinear of the result.
//
// ConvInteger and MatMulInteger must be exact in int32, but WebNN's conv2d
// and matmul are floating point only. They compute (x - zeroPoint) as
// float32 (a dequantizeLinear with unit scale), convolve or multiply in
// float32 and cast the result to int32. float32 holds every integer up to
// 2^24 exactly, and an accumulation of integer products is exact while no
// partial sum exceeds 2^24 in magnitude; every partial sum is bounded by
// max|x - xZeroPoint| * sum over the reduction of |w - wZeroPoint|, so the
// converters compute that bound (from the constant weights and zero points
// when known, from the data types' ranges otherwise: K * 255 * 255) and
// reject the node when it exceeds 2^24 (for unknown uint8 data: K > 258).
//
//===----------------------------------------------------------------------===//
#include "../OnnxConverter.h"

#include <optional>

using namespace mlir;

namespace webnnc::onnx_import {

/// float32 represents every integer of magnitude up to 2^24 exactly.
static constexpr double kMaxExactFloat32Integer = 16777216.0;

//===----------------------------------------------------------------------===//
// Small builders
//===----------------------------------------------------------------------===//

/// A constant of `shape` and `elementType` with every element `value`.
static Value splat(OnnxNodeContext &context, Type elementType,
                   ArrayRef<int64_t> shape, double value) {
  auto type = RankedTensorType::get(shape, elementType);
  Attribute element =
      isa<FloatType>(elementType)
          ? Attribute(FloatAttr::get(elementType, value))
          : Attribute(IntegerAttr::get(elementType,
                                       static_cast<int64_t>(value)));
  return context.constant(DenseElementsAttr::get(type, element));
}

//===----------------------------------------------------------------------===//
// Linear quantization with ONNX parameter shapes
//===----------------------------------------------------------------------===//

namespace {
/// How an ONNX scale / zero point of an operand is laid out besides the
/// per-tensor form (one element): 1-D along `axis` (per-axis / per-row /
/// per-column quantization), or, with `blockSize`, the input's rank with
/// ceil(dim / blockSize) along `axis` (opset 21 block quantization).
struct ParameterLayout {
  std::optional<int64_t> axis;
  int64_t blockSize = 0;
};
} // namespace

/// Reshapes an ONNX scale or zero point to the input's rank as WebNN's
/// quantization ops require. A tensor of the input's rank that is neither
/// per-tensor nor per-axis (MatMulInteger's [D1, D2, M, 1] form) is left
/// as is for WebNN's blockwise-broadcast check.
static FailureOr<Value> shapeParameter(OnnxNodeContext &context, Value param,
                                       RankedTensorType inputType,
                                       ParameterLayout layout,
                                       StringRef what) {
  RankedTensorType type = getTensorType(param);
  int64_t rank = inputType.getRank();
  if (type.getNumElements() == 1)
    return context.reshape(param, SmallVector<int64_t>(rank, 1));
  if (layout.blockSize > 0 && layout.axis) {
    int64_t dim = inputType.getDimSize(*layout.axis);
    if (type.getRank() != rank ||
        type.getDimSize(*layout.axis) * layout.blockSize != dim)
      return context.unsupported(
          Twine("block_size ") + Twine(layout.blockSize) + " with " + what +
          " of shape " + formatInts(type.getShape(), "x") +
          ": WebNN needs the blocks to tile dimension " + Twine(dim) +
          " of the input exactly");
    return param;
  }
  if (type.getRank() == 1 && layout.axis) {
    if (type.getDimSize(0) != inputType.getDimSize(*layout.axis))
      return context.emitError()
             << what << " has " << type.getDimSize(0)
             << " elements but input dimension " << *layout.axis << " is "
             << inputType.getDimSize(*layout.axis);
    SmallVector<int64_t> shape(rank, 1);
    shape[*layout.axis] = type.getDimSize(0);
    return context.reshape(param, shape);
  }
  if (type.getRank() == rank)
    return param;
  return context.unsupported(Twine(what) + " of shape " +
                             formatInts(type.getShape(), "x") +
                             " for an input of rank " + Twine(rank) +
                             ": neither per-tensor nor along one axis");
}

/// The scale and zero point of a quantized tensor of type `inputType`,
/// shaped for webnn; without a zero point, zeros of `zeroPointType`.
static FailureOr<std::pair<Value, Value>>
shapeParameters(OnnxNodeContext &context, RankedTensorType inputType,
                Value scale, Value zeroPoint, Type zeroPointType,
                ParameterLayout layout) {
  FailureOr<Value> shapedScale =
      shapeParameter(context, scale, inputType, layout, "scale");
  if (failed(shapedScale))
    return failure();
  if (!zeroPoint)
    return std::make_pair(*shapedScale,
                          splat(context, zeroPointType,
                                getTensorType(*shapedScale).getShape(), 0));
  FailureOr<Value> shapedZeroPoint =
      shapeParameter(context, zeroPoint, inputType, layout, "zero point");
  if (failed(shapedZeroPoint))
    return failure();
  return std::make_pair(*shapedScale, *shapedZeroPoint);
}

/// (input - zeroPoint) * scale; an absent zero point is 0 of the input's
/// type.
static FailureOr<Value> dequantize(OnnxNodeContext &context, Value input,
                                   Value scale, Value zeroPoint,
                                   ParameterLayout layout = {}) {
  RankedTensorType inputType = getTensorType(input);
  auto params = shapeParameters(context, inputType, scale, zeroPoint,
                                inputType.getElementType(), layout);
  if (failed(params))
    return failure();
  return context.create<webnn::DequantizeLinearOp>(input, params->first,
                                                   params->second,
                                                   StringAttr());
}

/// saturate(round(input / scale) + zeroPoint); an absent zero point is 0
/// of `defaultZeroPointType`. A non-float input (QuantizeLinear's int32)
/// is cast to the scale's type first.
static FailureOr<Value> quantize(OnnxNodeContext &context, Value input,
                                 Value scale, Value zeroPoint,
                                 Type defaultZeroPointType,
                                 ParameterLayout layout = {}) {
  FailureOr<Value> floatInput =
      context.castTo(input, getTensorType(scale).getElementType());
  if (failed(floatInput))
    return failure();
  auto params = shapeParameters(context, getTensorType(*floatInput), scale,
                                zeroPoint, defaultZeroPointType, layout);
  if (failed(params))
    return failure();
  return context.create<webnn::QuantizeLinearOp>(*floatInput, params->first,
                                                 params->second, StringAttr());
}

/// The normalized `axis` attribute and `block_size` of (De)QuantizeLinear
/// for an input of `rank` whose scale has `scaleType`.
static FailureOr<ParameterLayout> getAxisLayout(OnnxNodeContext &context,
                                                int64_t rank,
                                                RankedTensorType scaleType) {
  ParameterLayout layout;
  int64_t axis = context.getInt("axis", 1);
  layout.blockSize = context.getInt("block_size", 0);
  if (layout.blockSize < 0)
    return context.emitError() << "attribute 'block_size' = "
                               << layout.blockSize << " is negative";
  if (axis < 0)
    axis += rank;
  if (axis >= 0 && axis < rank) {
    layout.axis = axis;
    return layout;
  }
  // The axis only matters for per-axis and block parameters (the default
  // axis 1 of a 1-D input with a 1-D scale of its length is never used).
  bool perTensor = scaleType.getNumElements() == 1;
  bool sameShape = scaleType.getRank() == rank && layout.blockSize == 0;
  if (perTensor || (sameShape && !context.hasAttribute("axis")))
    return layout;
  return context.emitError() << "attribute 'axis' = "
                             << context.getInt("axis", 1)
                             << " is out of range for an input of rank "
                             << rank;
}

namespace {
/// X and the scale of QuantizeLinear / DequantizeLinear with the scale's
/// layout.
struct LinearOperands {
  Value x, scale;
  ParameterLayout layout;
};
} // namespace

static FailureOr<LinearOperands> getLinearOperands(OnnxNodeContext &context) {
  FailureOr<Value> x = context.requireInput(0);
  FailureOr<Value> scale = context.requireInput(1);
  if (failed(x) || failed(scale))
    return failure();
  FailureOr<ParameterLayout> layout = getAxisLayout(
      context, getTensorType(*x).getRank(), getTensorType(*scale));
  if (failed(layout))
    return failure();
  return LinearOperands{*x, *scale, *layout};
}

/// QuantizeLinear (opset 10: per-tensor; 13: `axis`; 19: float16 scales;
/// 21: `block_size`, `output_dtype`).
static LogicalResult convertQuantizeLinear(OnnxNodeContext &context) {
  FailureOr<LinearOperands> operands = getLinearOperands(context);
  if (failed(operands))
    return failure();
  auto [x, scale, layout] = *operands;
  if (context.getInt("saturate", 1) == 0)
    return context.unsupported("attribute 'saturate' = 0 (float8 outputs)");
  // Without a zero point the output is uint8, or `output_dtype`.
  Type zeroPointType = IntegerType::get(context.getContext(), 8,
                                        IntegerType::Unsigned);
  if (int64_t outputType = context.getInt("output_dtype", 0)) {
    zeroPointType = getElementType(context.getContext(), outputType);
    if (!zeroPointType)
      return context.unsupported("attribute 'output_dtype' = " +
                                 getOnnxTypeName(outputType));
  }
  return context.setResult(
      quantize(context, x, scale, context.getInput(2), zeroPointType, layout));
}

/// DequantizeLinear (same opset history as QuantizeLinear).
static LogicalResult convertDequantizeLinear(OnnxNodeContext &context) {
  FailureOr<LinearOperands> operands = getLinearOperands(context);
  if (failed(operands))
    return failure();
  auto [x, scale, layout] = *operands;
  return context.setResult(
      dequantize(context, x, scale, context.getInput(2), layout));
}

//===----------------------------------------------------------------------===//
// DynamicQuantizeLinear
//===----------------------------------------------------------------------===//

/// DynamicQuantizeLinear (opset 11) following its ONNX function body:
///   scale = (max(0, max(x)) - min(0, min(x))) / 255
///   zeroPoint = cast<uint8>(round(clip(0 - min(0, min(x)) / scale, 0, 255)))
///   y = QuantizeLinear(x, scale, zeroPoint)
static LogicalResult convertDynamicQuantizeLinear(OnnxNodeContext &context) {
  FailureOr<Value> x = context.requireInput(0);
  if (failed(x))
    return failure();
  RankedTensorType xType = getTensorType(*x);
  Type floatType = xType.getElementType();
  if (!floatType.isF32())
    return context.emitError() << "input of type " << floatType
                               << "; DynamicQuantizeLinear takes float32";
  OpBuilder &builder = context.getBuilder();
  BoolAttr dropDimensions = builder.getBoolAttr(false);
  Value zero = context.scalar(floatType, 0.0);
  Value qmax = context.scalar(floatType, 255.0);
  FailureOr<Value> xMin = context.create<webnn::ReduceMinOp>(
      *x, DenseI64ArrayAttr(), dropDimensions, StringAttr());
  FailureOr<Value> xMax = context.create<webnn::ReduceMaxOp>(
      *x, DenseI64ArrayAttr(), dropDimensions, StringAttr());
  if (failed(xMin) || failed(xMax))
    return failure();
  // The range always includes 0, so that 0 is exactly representable.
  FailureOr<Value> minAdjusted =
      context.create<webnn::MinOp>(*xMin, zero, StringAttr());
  FailureOr<Value> maxAdjusted =
      context.create<webnn::MaxOp>(*xMax, zero, StringAttr());
  if (failed(minAdjusted) || failed(maxAdjusted))
    return failure();
  FailureOr<Value> range = context.create<webnn::SubOp>(
      *maxAdjusted, *minAdjusted, StringAttr());
  if (failed(range))
    return failure();
  FailureOr<Value> scale =
      context.create<webnn::DivOp>(*range, qmax, StringAttr());
  if (failed(scale))
    return failure();
  FailureOr<Value> minScaled =
      context.create<webnn::DivOp>(*minAdjusted, *scale, StringAttr());
  if (failed(minScaled))
    return failure();
  FailureOr<Value> initialZeroPoint =
      context.create<webnn::SubOp>(zero, *minScaled, StringAttr());
  if (failed(initialZeroPoint))
    return failure();
  FailureOr<Value> clipped = context.create<webnn::ClampOp>(
      *initialZeroPoint, builder.getF64FloatAttr(0.0),
      builder.getF64FloatAttr(255.0), StringAttr());
  if (failed(clipped))
    return failure();
  FailureOr<Value> rounded =
      context.create<webnn::RoundEvenOp>(*clipped, StringAttr());
  if (failed(rounded))
    return failure();
  Type uint8Type = IntegerType::get(context.getContext(), 8,
                                    IntegerType::Unsigned);
  FailureOr<Value> zeroPoint = context.castTo(*rounded, uint8Type);
  if (failed(zeroPoint))
    return failure();
  FailureOr<Value> y =
      quantize(context, *x, *scale, *zeroPoint, uint8Type);
  if (failed(y))
    return failure();
  context.setOutput(0, *y);
  context.setOutput(1, *scale);
  context.setOutput(2, *zeroPoint);
  return success();
}

//===----------------------------------------------------------------------===//
// Float convolution and matrix multiplication in ONNX's conventions
//===----------------------------------------------------------------------===//

/// The beginning and end padding of one spatial dimension for auto_pad
/// SAME_UPPER / SAME_LOWER: the output is ceil(input / stride).
static std::pair<int64_t, int64_t> samePadding(int64_t input, int64_t kernel,
                                               int64_t stride,
                                               int64_t dilation, bool upper) {
  int64_t output = (input + stride - 1) / stride;
  int64_t effectiveKernel = (kernel - 1) * dilation + 1;
  int64_t total =
      std::max<int64_t>(0, (output - 1) * stride + effectiveKernel - input);
  int64_t small = total / 2;
  return upper ? std::make_pair(small, total - small)
               : std::make_pair(total - small, small);
}

/// An ONNX Conv-style convolution (NCHW input, OIHW filter; `pads`,
/// `strides`, `dilations`, `group`, `auto_pad`, `kernel_shape`) of float
/// operands as webnn conv2d; 1-D convolutions run as 2-D ones of height 1.
static FailureOr<Value> convolve(OnnxNodeContext &context, Value input,
                                 Value filter, Value bias) {
  RankedTensorType inputType = getTensorType(input);
  RankedTensorType filterType = getTensorType(filter);
  int64_t spatialRank = inputType.getRank() - 2;
  if (spatialRank != 1 && spatialRank != 2)
    return context.unsupported(
        "a convolution with " + Twine(spatialRank) +
        " spatial dimensions: WebNN's conv2d is 2-D (1-D is emulated)");
  if (filterType.getRank() != inputType.getRank())
    return context.emitError() << "the filter has rank "
                               << filterType.getRank() << ", the input "
                               << inputType.getRank();
  ArrayRef<int64_t> kernel = filterType.getShape().drop_front(2);
  SmallVector<int64_t> kernelShape = context.getInts("kernel_shape");
  if (!kernelShape.empty() && ArrayRef<int64_t>(kernelShape) != kernel)
    return context.unsupported("attribute 'kernel_shape' = [" +
                               formatInts(kernelShape, ", ") +
                               "] differs from the filter's spatial shape");
  auto getSpatial = [&](StringRef name, int64_t count,
                        int64_t defaultValue) -> FailureOr<SmallVector<int64_t>> {
    SmallVector<int64_t> values = context.getInts(name);
    if (values.empty())
      return SmallVector<int64_t>(count, defaultValue);
    if (static_cast<int64_t>(values.size()) != count)
      return context.emitError() << "attribute '" << name << "' has "
                                 << values.size() << " values, expected "
                                 << count;
    return values;
  };
  FailureOr<SmallVector<int64_t>> strides =
      getSpatial("strides", spatialRank, 1);
  FailureOr<SmallVector<int64_t>> dilations =
      getSpatial("dilations", spatialRank, 1);
  FailureOr<SmallVector<int64_t>> pads =
      getSpatial("pads", 2 * spatialRank, 0);
  if (failed(strides) || failed(dilations) || failed(pads))
    return failure();
  std::string autoPad = context.getString("auto_pad", "NOTSET");
  if (autoPad == "VALID") {
    pads->assign(2 * spatialRank, 0);
  } else if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
    for (int64_t d = 0; d < spatialRank; ++d) {
      auto [begin, end] = samePadding(
          inputType.getDimSize(d + 2), kernel[d], (*strides)[d],
          (*dilations)[d], autoPad == "SAME_UPPER");
      (*pads)[d] = begin;
      (*pads)[d + spatialRank] = end;
    }
  } else if (autoPad != "NOTSET") {
    return context.unsupported("attribute 'auto_pad' = " + autoPad);
  }
  // ONNX pads are [begin..., end...]; WebNN's [beginH, endH, beginW, endW].
  SmallVector<int64_t> padding;
  if (spatialRank == 1) {
    padding = {0, 0, (*pads)[0], (*pads)[1]};
    strides->insert(strides->begin(), 1);
    dilations->insert(dilations->begin(), 1);
    ArrayRef<int64_t> in = inputType.getShape();
    ArrayRef<int64_t> fi = filterType.getShape();
    FailureOr<Value> input2d = context.reshape(input, {in[0], in[1], 1, in[2]});
    FailureOr<Value> filter2d =
        context.reshape(filter, {fi[0], fi[1], 1, fi[2]});
    if (failed(input2d) || failed(filter2d))
      return failure();
    input = *input2d;
    filter = *filter2d;
  } else {
    padding = {(*pads)[0], (*pads)[2], (*pads)[1], (*pads)[3]};
  }
  OpBuilder &builder = context.getBuilder();
  FailureOr<Value> result = context.create<webnn::Conv2dOp>(
      input, filter, bias, builder.getDenseI64ArrayAttr(padding),
      builder.getDenseI64ArrayAttr(*strides),
      builder.getDenseI64ArrayAttr(*dilations),
      builder.getI64IntegerAttr(context.getInt("group", 1)),
      // Explicit layouts: conv2d's type inference reads them unchecked.
      webnn::InputOperandLayoutAttr::get(context.getContext(),
                                         webnn::InputOperandLayout::nchw),
      webnn::Conv2dFilterOperandLayoutAttr::get(
          context.getContext(), webnn::Conv2dFilterOperandLayout::oihw),
      StringAttr());
  if (failed(result) || spatialRank == 2)
    return result;
  ArrayRef<int64_t> out = getTensorType(*result).getShape();
  return context.reshape(*result, {out[0], out[1], out[3]});
}

/// ONNX MatMul semantics (numpy: a 1-D operand gains a dimension that the
/// result then drops) as webnn matmul.
static FailureOr<Value> matmul(OnnxNodeContext &context, Value a, Value b) {
  RankedTensorType aType = getTensorType(a), bType = getTensorType(b);
  if (aType.getRank() == 0 || bType.getRank() == 0)
    return context.emitError() << "matrix multiplication of a scalar";
  bool aVector = aType.getRank() == 1, bVector = bType.getRank() == 1;
  if (aVector) {
    FailureOr<Value> matrix = context.reshape(a, {1, aType.getDimSize(0)});
    if (failed(matrix))
      return failure();
    a = *matrix;
  }
  if (bVector) {
    FailureOr<Value> matrix = context.reshape(b, {bType.getDimSize(0), 1});
    if (failed(matrix))
      return failure();
    b = *matrix;
  }
  FailureOr<Value> result = context.create<webnn::MatmulOp>(a, b, StringAttr());
  if (failed(result) || (!aVector && !bVector))
    return result;
  ArrayRef<int64_t> shape = getTensorType(*result).getShape();
  int64_t rank = shape.size();
  SmallVector<int64_t> squeezed;
  for (int64_t d = 0; d < rank; ++d)
    if (!(aVector && d == rank - 2) && !(bVector && d == rank - 1))
      squeezed.push_back(shape[d]);
  return context.reshape(*result, squeezed);
}

//===----------------------------------------------------------------------===//
// ConvInteger, MatMulInteger: exact integer accumulation in float32
//===----------------------------------------------------------------------===//

/// The value range of an 8-bit quantized element type.
static std::pair<double, double> getQuantizedRange(Type elementType) {
  auto intType = dyn_cast<IntegerType>(elementType);
  if (!intType || intType.getWidth() > 32)
    return {0, 0};
  unsigned width = intType.getWidth();
  if (intType.isUnsigned())
    return {0, std::ldexp(1.0, width) - 1};
  return {-std::ldexp(1.0, width - 1), std::ldexp(1.0, width - 1) - 1};
}

/// The largest |q - zeroPoint| of an operand of `elementType` whose zero
/// point is input `zeroPointIndex`: exact for constant zero points, the
/// width of the type's range otherwise.
static double getMaxShifted(OnnxNodeContext &context, Type elementType,
                            unsigned zeroPointIndex) {
  auto [low, high] = getQuantizedRange(elementType);
  SmallVector<double> zeroPoints = {0};
  if (context.hasInput(zeroPointIndex)) {
    if (!context.isConstantInput(zeroPointIndex))
      return high - low;
    FailureOr<SmallVector<double>> values =
        context.getConstantFloats(zeroPointIndex);
    if (failed(values))
      return high - low;
    zeroPoints = *values;
  }
  double result = 0;
  for (double zeroPoint : zeroPoints)
    result = std::max({result, zeroPoint - low, high - zeroPoint});
  return result;
}

namespace {
/// A weight laid out as [outer, reduced, inner] (conv filter: [M, C/g *
/// kH * kW, 1]; matmul B: [batch, K, N]), each (outer, inner) pair one
/// output's reduction; its zero point element for (o, i) is at
/// o * zeroPointOuterStride + i * zeroPointInnerStride.
struct ReductionLayout {
  int64_t outer, reduced, inner;
  int64_t zeroPointOuterStride = 0, zeroPointInnerStride = 0;
};
} // namespace

/// The bound on any partial sum's magnitude for an operand whose largest
/// |x - zeroPoint| is `maxShiftedInput` and the weight (input `weightIndex`
/// with zero point `zeroPointIndex`) reduces as `layout`: from the
/// constant weights when they are known, K * max|w - zeroPoint| otherwise.
static double getAccumulationBound(OnnxNodeContext &context,
                                   double maxShiftedInput,
                                   unsigned weightIndex,
                                   unsigned zeroPointIndex,
                                   ReductionLayout layout) {
  Type weightElementType = context.getInputType(weightIndex).getElementType();
  double worstCase = maxShiftedInput * static_cast<double>(layout.reduced) *
                     getMaxShifted(context, weightElementType, zeroPointIndex);
  bool zeroPointKnown = !context.hasInput(zeroPointIndex) ||
                        context.isConstantInput(zeroPointIndex);
  if (!context.isConstantInput(weightIndex) || !zeroPointKnown)
    return worstCase;
  FailureOr<SmallVector<double>> weights =
      context.getConstantFloats(weightIndex);
  FailureOr<SmallVector<double>> zeroPoints = SmallVector<double>{0};
  if (context.hasInput(zeroPointIndex))
    zeroPoints = context.getConstantFloats(zeroPointIndex);
  if (failed(weights) || failed(zeroPoints))
    return worstCase;
  double largestSum = 0;
  for (int64_t o = 0; o < layout.outer; ++o) {
    for (int64_t i = 0; i < layout.inner; ++i) {
      size_t zeroPointIndexInTensor = o * layout.zeroPointOuterStride +
                                      i * layout.zeroPointInnerStride;
      if (zeroPointIndexInTensor >= zeroPoints->size())
        return worstCase;
      double zeroPoint = (*zeroPoints)[zeroPointIndexInTensor];
      double sum = 0;
      for (int64_t k = 0; k < layout.reduced; ++k)
        sum += std::abs(
            (*weights)[(o * layout.reduced + k) * layout.inner + i] -
            zeroPoint);
      largestSum = std::max(largestSum, sum);
    }
  }
  return maxShiftedInput * largestSum;
}

/// Fails unless every partial sum of the integer accumulation stays within
/// float32's exact integers.
static LogicalResult checkExactInFloat32(OnnxNodeContext &context,
                                         double bound, int64_t reduced) {
  if (bound <= kMaxExactFloat32Integer)
    return success();
  return context.unsupported(
      "an exact int32 accumulation of " + Twine(reduced) +
      " products whose partial sums may reach " +
      Twine(static_cast<int64_t>(bound)) +
      ": WebNN has no int32 conv2d/matmul, and the float32 emulation is "
      "exact only up to 2^24 = 16777216");
}

/// (q - zeroPoint) as float32, exact: a dequantizeLinear with unit scale.
static FailureOr<Value> shiftToFloat(OnnxNodeContext &context, Value q,
                                     Value zeroPoint,
                                     ParameterLayout layout) {
  Type f32 = Float32Type::get(context.getContext());
  ArrayRef<int64_t> paramShape =
      zeroPoint ? getTensorType(zeroPoint).getShape() : ArrayRef<int64_t>();
  return dequantize(context, q, splat(context, f32, paramShape, 1.0),
                    zeroPoint, layout);
}

/// ConvInteger (opset 10): x, w, x_zero_point (per-tensor), w_zero_point
/// (per-tensor or per output channel) -> int32.
static LogicalResult convertConvInteger(OnnxNodeContext &context) {
  FailureOr<Value> x = context.requireInput(0);
  FailureOr<Value> w = context.requireInput(1);
  if (failed(x) || failed(w))
    return failure();
  RankedTensorType wType = getTensorType(*w);
  if (wType.getRank() < 3)
    return context.emitError() << "the filter has rank " << wType.getRank();
  int64_t outputChannels = wType.getDimSize(0);
  int64_t reduced = getProduct(wType.getShape().drop_front());
  ReductionLayout layout{outputChannels, reduced, 1};
  if (context.hasInput(3) &&
      context.getInputType(3).getNumElements() == outputChannels)
    layout.zeroPointOuterStride = 1;
  double bound = getAccumulationBound(
      context, getMaxShifted(context, getTensorType(*x).getElementType(), 2), 1,
      3, layout);
  if (failed(checkExactInFloat32(context, bound, reduced)))
    return failure();
  FailureOr<Value> xShifted =
      shiftToFloat(context, *x, context.getInput(2), {});
  FailureOr<Value> wShifted = shiftToFloat(
      context, *w, context.getInput(3), {/*axis=*/0});
  if (failed(xShifted) || failed(wShifted))
    return failure();
  FailureOr<Value> result = convolve(context, *xShifted, *wShifted, Value());
  if (failed(result))
    return failure();
  FailureOr<Value> int32Result =
      context.castTo(*result, IntegerType::get(context.getContext(), 32));
  if (failed(int32Result))
    return failure();
  context.setOutput(0, *int32Result);
  return success();
}

/// The per-row axis of A and per-column axis of B for MatMul-style
/// parameters (none for 1-D operands, which are per-tensor only).
static ParameterLayout rowLayout(RankedTensorType type) {
  if (type.getRank() < 2)
    return {};
  return {type.getRank() - 2};
}
static ParameterLayout columnLayout(RankedTensorType type) {
  if (type.getRank() < 2)
    return {};
  return {type.getRank() - 1};
}

/// MatMulInteger (opset 10): A, B, a_zero_point (per-tensor or per row),
/// b_zero_point (per-tensor or per column) -> int32.
static LogicalResult convertMatMulInteger(OnnxNodeContext &context) {
  FailureOr<Value> a = context.requireInput(0);
  FailureOr<Value> b = context.requireInput(1);
  if (failed(a) || failed(b))
    return failure();
  RankedTensorType aType = getTensorType(*a), bType = getTensorType(*b);
  if (aType.getRank() == 0 || bType.getRank() == 0)
    return context.emitError() << "matrix multiplication of a scalar";
  ArrayRef<int64_t> bShape = bType.getShape();
  int64_t reduced = aType.getShape().back();
  int64_t bRank = bType.getRank();
  if (bShape[bRank == 1 ? 0 : bRank - 2] != reduced)
    return context.emitError() << "A has " << reduced
                               << " columns but B has "
                               << bShape[bRank == 1 ? 0 : bRank - 2]
                               << " rows";
  int64_t columns = bRank == 1 ? 1 : bShape.back();
  ReductionLayout layout{bType.getNumElements() / (reduced * columns),
                         reduced, columns};
  if (context.hasInput(3)) {
    int64_t zeroPoints = context.getInputType(3).getNumElements();
    if (zeroPoints == layout.outer * columns && zeroPoints != 1) {
      layout.zeroPointOuterStride = columns;
      layout.zeroPointInnerStride = 1;
    } else if (zeroPoints == columns) {
      layout.zeroPointInnerStride = 1;
    }
  }
  double bound = getAccumulationBound(
      context, getMaxShifted(context, aType.getElementType(), 2), 1, 3,
      layout);
  if (failed(checkExactInFloat32(context, bound, reduced)))
    return failure();
  FailureOr<Value> aShifted =
      shiftToFloat(context, *a, context.getInput(2), rowLayout(aType));
  FailureOr<Value> bShifted =
      shiftToFloat(context, *b, context.getInput(3), columnLayout(bType));
  if (failed(aShifted) || failed(bShifted))
    return failure();
  FailureOr<Value> result = matmul(context, *aShifted, *bShifted);
  if (failed(result))
    return failure();
  FailureOr<Value> int32Result =
      context.castTo(*result, IntegerType::get(context.getContext(), 32));
  if (failed(int32Result))
    return failure();
  context.setOutput(0, *int32Result);
  return success();
}

//===----------------------------------------------------------------------===//
// QLinear* ops: dequantize -> float op -> quantize
//===----------------------------------------------------------------------===//

/// Dequantizes the operand at inputs (value, value + 1, value + 2) =
/// (q, scale, zero point), the order every QLinear op uses.
static FailureOr<Value> dequantizeInput(OnnxNodeContext &context,
                                        unsigned value,
                                        ParameterLayout layout = {}) {
  FailureOr<Value> q = context.requireInput(value);
  FailureOr<Value> scale = context.requireInput(value + 1);
  if (failed(q) || failed(scale))
    return failure();
  return dequantize(context, *q, *scale, context.getInput(value + 2), layout);
}

/// Quantizes the float result by inputs (scale, scale + 1) = (scale, zero
/// point) and sets it as the node's output; without a zero point the
/// output has `defaultType` (the quantized input's type).
static LogicalResult setQuantizedOutput(OnnxNodeContext &context,
                                        FailureOr<Value> result, unsigned scale,
                                        Type defaultType,
                                        ParameterLayout layout = {}) {
  if (failed(result))
    return failure();
  FailureOr<Value> scaleValue = context.requireInput(scale);
  if (failed(scaleValue))
    return failure();
  return context.setResult(quantize(context, *result, *scaleValue,
                                    context.getInput(scale + 1), defaultType,
                                    layout));
}

/// QLinearConv (opset 10): x (0-2), w (3-5, per-tensor or per output
/// channel), y (6-7), optional int32 bias B quantized with scale
/// x_scale * w_scale and zero point 0.
static LogicalResult convertQLinearConv(OnnxNodeContext &context) {
  FailureOr<Value> x = dequantizeInput(context, 0);
  FailureOr<Value> w = dequantizeInput(context, 3, {/*axis=*/0});
  if (failed(x) || failed(w))
    return failure();
  Value bias;
  if (context.hasInput(8)) {
    Value xScale = context.getInput(1), wScale = context.getInput(4);
    FailureOr<Value> xScalar = context.reshape(xScale, {});
    FailureOr<Value> biasFloat = context.castTo(
        context.getInput(8), getTensorType(xScale).getElementType());
    if (failed(xScalar) || failed(biasFloat))
      return failure();
    FailureOr<Value> biasScale =
        context.create<webnn::MulOp>(*xScalar, wScale, StringAttr());
    if (failed(biasScale))
      return failure();
    FailureOr<Value> scaled =
        context.create<webnn::MulOp>(*biasFloat, *biasScale, StringAttr());
    if (failed(scaled))
      return failure();
    bias = *scaled;
  }
  FailureOr<Value> result = convolve(context, *x, *w, bias);
  return setQuantizedOutput(context, result, 6,
                            context.getInputType(0).getElementType());
}

/// QLinearMatMul (opset 10): a (0-2, per-tensor or per row), b (3-5,
/// per-tensor or per column), y (6-7, per-tensor or per column).
static LogicalResult convertQLinearMatMul(OnnxNodeContext &context) {
  RankedTensorType aType = context.getInputType(0);
  RankedTensorType bType = context.getInputType(3);
  if (!aType || !bType)
    return context.emitError() << "requires inputs #0 and #3";
  FailureOr<Value> a = dequantizeInput(context, 0, rowLayout(aType));
  FailureOr<Value> b = dequantizeInput(context, 3, columnLayout(bType));
  if (failed(a) || failed(b))
    return failure();
  FailureOr<Value> result = matmul(context, *a, *b);
  if (failed(result))
    return failure();
  ParameterLayout outputLayout;
  if (getTensorType(*result).getRank() > 0)
    outputLayout.axis = getTensorType(*result).getRank() - 1;
  return setQuantizedOutput(context, *result, 6, aType.getElementType(),
                            outputLayout);
}

/// com.microsoft QLinearAdd / QLinearMul: A (0-2), B (3-5), C (6-7), all
/// per-tensor, broadcasting like Add / Mul.
template <typename OpTy>
static LogicalResult convertQLinearBinary(OnnxNodeContext &context) {
  FailureOr<Value> a = dequantizeInput(context, 0);
  FailureOr<Value> b = dequantizeInput(context, 3);
  if (failed(a) || failed(b))
    return failure();
  FailureOr<Value> result = context.create<OpTy>(*a, *b, StringAttr());
  return setQuantizedOutput(context, result, 6,
                            context.getInputType(0).getElementType());
}

/// com.microsoft QLinearSigmoid: X (0-2), Y (3-4).
static LogicalResult convertQLinearSigmoid(OnnxNodeContext &context) {
  FailureOr<Value> x = dequantizeInput(context, 0);
  if (failed(x))
    return failure();
  FailureOr<Value> result =
      context.create<webnn::SigmoidOp>(*x, StringAttr());
  return setQuantizedOutput(context, result, 3,
                            context.getInputType(0).getElementType());
}

/// com.microsoft QLinearGlobalAveragePool: X (0-2), Y (3-4); the mean over
/// the spatial axes, which come after the channels (NCHW) or, with
/// `channels_last`, between batch and channels (NHWC).
static LogicalResult convertQLinearGlobalAveragePool(OnnxNodeContext &context) {
  FailureOr<Value> x = dequantizeInput(context, 0);
  if (failed(x))
    return failure();
  int64_t rank = getTensorType(*x).getRank();
  if (rank < 3)
    return context.emitError() << "the input has rank " << rank
                               << "; it needs batch, channels and at least "
                                  "one spatial dimension";
  int64_t channelsLast = context.getInt("channels_last", 0);
  SmallVector<int64_t> axes;
  for (int64_t d = channelsLast ? 1 : 2; d < (channelsLast ? rank - 1 : rank);
       ++d)
    axes.push_back(d);
  OpBuilder &builder = context.getBuilder();
  FailureOr<Value> result = context.create<webnn::ReduceMeanOp>(
      *x, builder.getDenseI64ArrayAttr(axes), builder.getBoolAttr(true),
      StringAttr());
  return setQuantizedOutput(context, result, 3,
                            context.getInputType(0).getElementType());
}

void registerQuantizationConverters(OnnxConverterRegistry &registry) {
  registry.add("QuantizeLinear", 10, convertQuantizeLinear);
  registry.add("DequantizeLinear", 10, convertDequantizeLinear);
  registry.add("DynamicQuantizeLinear", 11, convertDynamicQuantizeLinear);
  registry.add("ConvInteger", 10, convertConvInteger);
  registry.add("MatMulInteger", 10, convertMatMulInteger);
  registry.add("QLinearConv", 10, convertQLinearConv);
  registry.add("QLinearMatMul", 10, convertQLinearMatMul);

  // ONNX Runtime's contrib ops (com.microsoft opset 1). Its own
  // QuantizeLinear / DequantizeLinear take the same inputs and `axis`.
  constexpr StringLiteral kMicrosoft = "com.microsoft";
  registry.add("QuantizeLinear", 1, convertQuantizeLinear, kMicrosoft);
  registry.add("DequantizeLinear", 1, convertDequantizeLinear, kMicrosoft);
  registry.add("QLinearAdd", 1, convertQLinearBinary<webnn::AddOp>,
               kMicrosoft);
  registry.add("QLinearMul", 1, convertQLinearBinary<webnn::MulOp>,
               kMicrosoft);
  registry.add("QLinearSigmoid", 1, convertQLinearSigmoid, kMicrosoft);
  registry.add("QLinearGlobalAveragePool", 1, convertQLinearGlobalAveragePool,
               kMicrosoft);
}

} // namespace webnnc::onnx_import
