//===- ConvPoolOps.cpp - convolution, pooling and matrix webnn ops --------===//
//
// Validation and type inference for conv2d, convTranspose2d, the pooling
// operations, gemm and matmul, following the spec's method steps.
//
//===----------------------------------------------------------------------===//
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CheckedArithmetic.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::webnn;

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

/// Checks a windowing option (strides, dilations, windowDimensions): it has
/// `size` items (rule `sizeRule`) and none is 0 (rule `zeroRule`). Values
/// are also rejected when negative, which only a C++ builder can produce.
static LogicalResult validateWindowOption(const OpDiagnostics &diag,
                                          ArrayRef<int64_t> values, size_t size,
                                          StringRef optionName,
                                          StringRef sizeRule,
                                          StringRef zeroRule) {
  if (failed(validateOptionSize(diag, values, size, optionName, sizeRule)))
    return failure();
  if (llvm::any_of(values, [](int64_t value) { return value <= 0; }))
    return diag.fail(optionName, " must all be greater than 0, got ",
                     formatList(values), " [", zeroRule, "]");
  return success();
}

/// Padding, strides and dilations of conv2d and convTranspose2d, whose
/// algorithms check them in the same steps (8, 10, 11, 13, 14).
static LogicalResult validateConvOptions(const OpDiagnostics &diag,
                                         StringRef op,
                                         ArrayRef<int64_t> padding,
                                         ArrayRef<int64_t> strides,
                                         ArrayRef<int64_t> dilations) {
  if (failed(
          validateOptionSize(diag, padding, 4, "padding", stepRule(op, "8"))) ||
      failed(validateWindowOption(diag, strides, 2, "strides",
                                  stepRule(op, "10"), stepRule(op, "11"))) ||
      failed(validateWindowOption(diag, dilations, 2, "dilations",
                                  stepRule(op, "13"), stepRule(op, "14"))))
    return failure();
  return success();
}

/// `groups` as a signed count; a C++ builder may hand in a value that does
/// not fit, which the spec's "is 0" check rejects like 0.
static FailureOr<int64_t> validateGroups(const OpDiagnostics &diag,
                                         uint64_t groups, StringRef rule) {
  if (groups == 0 || groups > uint64_t(std::numeric_limits<int64_t>::max()))
    return diag.fail("groups must be greater than 0, got ", groups, " [", rule,
                     "]");
  return int64_t(groups);
}

/// The size of the dimension that `layout` names `dim`: layouts spell their
/// dimensions in order ("nhwc", "oihw", "hwoi", ...), so 'h' of "nhwc" is
/// shape[1]. `shape` has one dimension per letter.
static int64_t getLayoutDim(ArrayRef<int64_t> shape, StringRef layout,
                            char dim) {
  return shape[layout.find(dim)];
}

/// The dimensions of an input or output image tensor (MLInputOperandLayout).
struct ImageDims {
  int64_t batches, channels, height, width;
};

static ImageDims getImageDims(ArrayRef<int64_t> shape,
                              InputOperandLayout layout) {
  StringRef name = stringifyInputOperandLayout(layout);
  return {getLayoutDim(shape, name, 'n'), getLayoutDim(shape, name, 'c'),
          getLayoutDim(shape, name, 'h'), getLayoutDim(shape, name, 'w')};
}

/// The shape of an image tensor in `layout`.
static SmallVector<int64_t> makeImageShape(InputOperandLayout layout,
                                           const ImageDims &dims) {
  SmallVector<int64_t> shape;
  for (char dim : stringifyInputOperandLayout(layout)) {
    switch (dim) {
    case 'n':
      shape.push_back(dims.batches);
      break;
    case 'c':
      shape.push_back(dims.channels);
      break;
    case 'h':
      shape.push_back(dims.height);
      break;
    case 'w':
      shape.push_back(dims.width);
      break;
    }
  }
  return shape;
}

/// Spec: "calculate conv2d output sizes": the real-valued output height and
/// width of a convolution or pooling window; std::nullopt for a size whose
/// effective window does not fit the padded input.
struct Conv2dOutputSizes {
  std::optional<double> height, width;
};

static Conv2dOutputSizes
calculateConv2dOutputSizes(int64_t inputHeight, int64_t inputWidth,
                           int64_t filterHeight, int64_t filterWidth,
                           ArrayRef<int64_t> padding, ArrayRef<int64_t> strides,
                           ArrayRef<int64_t> dilations) {
  return {calculateConv2dOutputSize(inputHeight, filterHeight, padding[0],
                                    padding[1], strides[0], dilations[0]),
          calculateConv2dOutputSize(inputWidth, filterWidth, padding[2],
                                    padding[3], strides[1], dilations[1])};
}

/// Rounds a real-valued output size as `rounding` says; std::nullopt when
/// the window did not fit.
static std::optional<double> roundOutputSize(std::optional<double> size,
                                             RoundingType rounding) {
  if (!size)
    return std::nullopt;
  return rounding == RoundingType::floor ? std::floor(*size) : std::ceil(*size);
}

/// The rounded output size `size` (named `what`) as a dimension, or a
/// diagnostic citing `rule` when it is not a valid dimension.
static FailureOr<int64_t> getOutputDimension(const OpDiagnostics &diag,
                                             std::optional<double> size,
                                             StringRef what, StringRef rule) {
  if (!size)
    return diag.fail("output ", what,
                     " is not a valid dimension: the dilated window is "
                     "larger than the padded input [",
                     rule, "]");
  // Sizes here are whole numbers (rounded, or converted from int64); print
  // them as such when they fit.
  if (!(std::fabs(*size) < 0x1p62))
    return diag.fail("output ", what, " ", *size, " is not a valid dimension [",
                     rule, "]");
  int64_t dimension = int64_t(*size);
  if (!isValidDimension(dimension))
    return diag.fail("output ", what, " ", dimension,
                     " is not a valid dimension [", rule, "]");
  return dimension;
}

/// The bias of conv2d/convTranspose2d: shape [outputChannels] (rule
/// `shapeRule`) and the input's data type (rule `typeRule`).
static LogicalResult validateConvBias(const OpDiagnostics &diag,
                                      RankedTensorType biasType,
                                      RankedTensorType inputType,
                                      int64_t outputChannels,
                                      StringRef shapeRule, StringRef typeRule) {
  if (!biasType)
    return success();
  if (biasType.getShape() != ArrayRef<int64_t>{outputChannels})
    return diag.fail("bias shape ", formatList(biasType.getShape()),
                     " must be [outputChannels] = [", outputChannels, "] [",
                     shapeRule, "]");
  return validateSameDataType(diag, biasType, "bias", inputType, "input",
                              typeRule);
}

//===----------------------------------------------------------------------===//
// conv2d
//===----------------------------------------------------------------------===//

LogicalResult Conv2dOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> location,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  FailureOr<RankedTensorType> filterType =
      getTensorOperand(diag, adaptor.getFilter(), "filter");
  FailureOr<RankedTensorType> biasType =
      getOptionalTensorOperand(diag, adaptor.getBias(), "bias");
  if (failed(inputType) || failed(filterType) || failed(biasType))
    return failure();
  // conv2d, steps 4-6: 4-D input and filter of the same data type.
  if (failed(validateRank(diag, *inputType, 4, "input", "conv2d, step 4")) ||
      failed(validateRank(diag, *filterType, 4, "filter", "conv2d, step 5")) ||
      failed(validateSameDataType(diag, *filterType, "filter", *inputType,
                                  "input", "conv2d, step 6")))
    return failure();
  // conv2d, steps 7-14.
  ArrayRef<int64_t> padding = adaptor.getPadding();
  ArrayRef<int64_t> strides = adaptor.getStrides();
  ArrayRef<int64_t> dilations = adaptor.getDilations();
  if (failed(validateConvOptions(diag, "conv2d", padding, strides, dilations)))
    return failure();
  // conv2d, step 15: groups is not 0.
  FailureOr<int64_t> groups =
      validateGroups(diag, adaptor.getGroups(), "conv2d, step 15");
  if (failed(groups))
    return failure();

  // conv2d, steps 16.1-16.4: the dimensions, per layout.
  ImageDims input =
      getImageDims(inputType->getShape(), adaptor.getInputLayout());
  StringRef filterLayout =
      stringifyConv2dFilterOperandLayout(adaptor.getFilterLayout());
  ArrayRef<int64_t> filterShape = filterType->getShape();
  int64_t outputChannels = getLayoutDim(filterShape, filterLayout, 'o');
  int64_t filterInputChannels = getLayoutDim(filterShape, filterLayout, 'i');
  int64_t filterHeight = getLayoutDim(filterShape, filterLayout, 'h');
  int64_t filterWidth = getLayoutDim(filterShape, filterLayout, 'w');

  // conv2d, step 16.5: groups divide the input channels.
  if (input.channels % *groups != 0)
    return diag.fail("input channels ", input.channels,
                     " must be divisible by groups ", *groups,
                     " [conv2d, step 16.5]");
  // conv2d, step 16.6: each group sees filterInputChannels channels.
  if (input.channels / *groups != filterInputChannels)
    return diag.fail("input channels / groups = ", input.channels, " / ",
                     *groups, " must equal the filter's input channels ",
                     filterInputChannels, " [conv2d, step 16.6]");
  // conv2d, step 16.7: groups divide the output channels.
  if (outputChannels % *groups != 0)
    return diag.fail("output channels ", outputChannels,
                     " must be divisible by groups ", *groups,
                     " [conv2d, step 16.7]");
  // conv2d, step 16.8: bias is [outputChannels] of the input's data type.
  if (failed(validateConvBias(diag, *biasType, *inputType, outputChannels,
                              "conv2d, step 16.8.1", "conv2d, step 16.8.2")))
    return failure();

  // conv2d, steps 16.9-16.12: floor of the real-valued sizes, each a valid
  // dimension.
  Conv2dOutputSizes sizes =
      calculateConv2dOutputSizes(input.height, input.width, filterHeight,
                                 filterWidth, padding, strides, dilations);
  FailureOr<int64_t> outputHeight = getOutputDimension(
      diag, roundOutputSize(sizes.height, RoundingType::floor), "height",
      "conv2d, step 16.12");
  if (failed(outputHeight))
    return failure();
  FailureOr<int64_t> outputWidth = getOutputDimension(
      diag, roundOutputSize(sizes.width, RoundingType::floor), "width",
      "conv2d, step 16.12");
  if (failed(outputWidth))
    return failure();

  // conv2d, steps 16.13-16.14: the output in the input's layout and type.
  inferredTypes.push_back(makeTensorType(
      makeImageShape(adaptor.getInputLayout(), {input.batches, outputChannels,
                                                *outputHeight, *outputWidth}),
      inputType->getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// convTranspose2d
//===----------------------------------------------------------------------===//

/// Spec: "calculate convtranspose output size": (inputSize - 1) * stride +
/// effectiveFilterSize - beginningPadding - endingPadding, which may be
/// negative. std::nullopt when it overflows int64 (only absurd option
/// values get there, and they are not valid dimensions either).
static std::optional<int64_t> calculateConvTransposeOutputSize(
    int64_t inputSize, int64_t filterSize, int64_t beginningPadding,
    int64_t endingPadding, int64_t stride, int64_t dilation) {
  std::optional<int64_t> effectiveFilterSize =
      llvm::checkedMulAdd<int64_t>(filterSize - 1, dilation, 1);
  if (!effectiveFilterSize)
    return std::nullopt;
  std::optional<int64_t> size =
      llvm::checkedMulAdd<int64_t>(inputSize - 1, stride, *effectiveFilterSize);
  if (size)
    size = llvm::checkedSub<int64_t>(*size, beginningPadding);
  if (size)
    size = llvm::checkedSub<int64_t>(*size, endingPadding);
  return size;
}

LogicalResult ConvTranspose2dOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> location, Adaptor adaptor,
    SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  FailureOr<RankedTensorType> filterType =
      getTensorOperand(diag, adaptor.getFilter(), "filter");
  FailureOr<RankedTensorType> biasType =
      getOptionalTensorOperand(diag, adaptor.getBias(), "bias");
  if (failed(inputType) || failed(filterType) || failed(biasType))
    return failure();
  // convTranspose2d, steps 3-6: 4-D input and filter of the same data type.
  if (failed(validateRank(diag, *inputType, 4, "input",
                          "convTranspose2d, step 3")) ||
      failed(validateRank(diag, *filterType, 4, "filter",
                          "convTranspose2d, step 5")) ||
      failed(validateSameDataType(diag, *filterType, "filter", *inputType,
                                  "input", "convTranspose2d, step 6")))
    return failure();
  // convTranspose2d, steps 7-14.
  ArrayRef<int64_t> padding = adaptor.getPadding();
  ArrayRef<int64_t> strides = adaptor.getStrides();
  ArrayRef<int64_t> dilations = adaptor.getDilations();
  if (failed(validateConvOptions(diag, "convTranspose2d", padding, strides,
                                 dilations)))
    return failure();
  // convTranspose2d, steps 15-16: outputPadding has 2 items.
  ArrayRef<int64_t> outputPadding = adaptor.getOutputPadding();
  if (failed(validateOptionSize(diag, outputPadding, 2, "outputPadding",
                                "convTranspose2d, step 16")))
    return failure();
  std::optional<ArrayRef<int64_t>> outputSizes = adaptor.getOutputSizes();
  if (outputSizes) {
    // convTranspose2d, step 17.1: outputSizes has 2 items.
    if (failed(validateOptionSize(diag, *outputSizes, 2, "outputSizes",
                                  "convTranspose2d, step 17.1")))
      return failure();
  } else {
    // convTranspose2d, step 18.1: without outputSizes, outputPadding only
    // disambiguates within one stride.
    if (outputPadding[0] >= strides[0] || outputPadding[1] >= strides[1])
      return diag.fail("outputPadding ", formatList(outputPadding),
                       " must be smaller than strides ", formatList(strides),
                       " [convTranspose2d, step 18.1]");
  }
  // convTranspose2d, step 19: groups is not 0.
  FailureOr<int64_t> groups =
      validateGroups(diag, adaptor.getGroups(), "convTranspose2d, step 19");
  if (failed(groups))
    return failure();

  // convTranspose2d, steps 20.1-20.4: the dimensions, per layout.
  ImageDims input =
      getImageDims(inputType->getShape(), adaptor.getInputLayout());
  StringRef filterLayout =
      stringifyConvTranspose2dFilterOperandLayout(adaptor.getFilterLayout());
  ArrayRef<int64_t> filterShape = filterType->getShape();
  int64_t filterInputChannels = getLayoutDim(filterShape, filterLayout, 'i');
  int64_t filterOutputChannels = getLayoutDim(filterShape, filterLayout, 'o');
  int64_t filterHeight = getLayoutDim(filterShape, filterLayout, 'h');
  int64_t filterWidth = getLayoutDim(filterShape, filterLayout, 'w');

  // convTranspose2d, step 20.5: the filter takes all input channels.
  if (input.channels != filterInputChannels)
    return diag.fail("input channels ", input.channels,
                     " must equal the filter's input channels ",
                     filterInputChannels, " [convTranspose2d, step 20.5]");
  // convTranspose2d, steps 20.6-20.7: outputChannels = filterOutputChannels
  // * groups, a valid dimension.
  std::optional<int64_t> outputChannels =
      llvm::checkedMul<int64_t>(filterOutputChannels, *groups);
  if (!outputChannels || !isValidDimension(*outputChannels))
    return diag.fail("output channels = filter output channels ",
                     filterOutputChannels, " * groups ", *groups,
                     " is not a valid dimension [convTranspose2d, step 20.7]");
  // convTranspose2d, step 20.8: bias is [outputChannels] of the input's type.
  if (failed(validateConvBias(diag, *biasType, *inputType, *outputChannels,
                              "convTranspose2d, step 20.8.1",
                              "convTranspose2d, step 20.8.2")))
    return failure();

  // convTranspose2d, steps 20.9-20.10.
  std::optional<int64_t> calculatedHeight =
      calculateConvTransposeOutputSize(input.height, filterHeight, padding[0],
                                       padding[1], strides[0], dilations[0]);
  std::optional<int64_t> calculatedWidth =
      calculateConvTransposeOutputSize(input.width, filterWidth, padding[2],
                                       padding[3], strides[1], dilations[1]);
  if (!calculatedHeight || !calculatedWidth)
    return diag.fail("the output size overflows [convTranspose2d, step 20.13]");

  std::optional<int64_t> outputHeight, outputWidth;
  if (outputSizes) {
    // convTranspose2d, steps 20.11.2-20.11.3: outputSizes lies within one
    // stride above the calculated size.
    auto validateOutputSize = [&](int64_t size, int64_t calculated,
                                  int64_t stride, StringRef what,
                                  StringRef step) -> LogicalResult {
      if (size < calculated || size - calculated >= stride)
        return diag.fail("outputSizes ", what, " ", size, " must be in [",
                         calculated, ", ", calculated, " + stride ", stride,
                         ") [convTranspose2d, step ", step, "]");
      return success();
    };
    if (failed(validateOutputSize((*outputSizes)[0], *calculatedHeight,
                                  strides[0], "height", "20.11.2")) ||
        failed(validateOutputSize((*outputSizes)[1], *calculatedWidth,
                                  strides[1], "width", "20.11.3")))
      return failure();
    outputHeight = (*outputSizes)[0];
    outputWidth = (*outputSizes)[1];
  } else {
    // convTranspose2d, step 20.12: calculated size plus outputPadding.
    outputHeight =
        llvm::checkedAdd<int64_t>(*calculatedHeight, outputPadding[0]);
    outputWidth = llvm::checkedAdd<int64_t>(*calculatedWidth, outputPadding[1]);
  }
  // convTranspose2d, step 20.13: both are valid dimensions.
  FailureOr<int64_t> height = getOutputDimension(
      diag, outputHeight ? std::optional<double>(*outputHeight) : std::nullopt,
      "height", "convTranspose2d, step 20.13");
  if (failed(height))
    return failure();
  FailureOr<int64_t> width = getOutputDimension(
      diag, outputWidth ? std::optional<double>(*outputWidth) : std::nullopt,
      "width", "convTranspose2d, step 20.13");
  if (failed(width))
    return failure();

  // convTranspose2d, steps 20.14-20.15: the output in the input's layout.
  inferredTypes.push_back(makeTensorType(
      makeImageShape(adaptor.getInputLayout(),
                     {input.batches, *outputChannels, *height, *width}),
      inputType->getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// Pooling operations
//===----------------------------------------------------------------------===//

/// Spec: "create a pooling operation", shared by averagePool2d, l2Pool2d and
/// maxPool2d (step 4, the allowed data types, is checked by ODS).
static LogicalResult
inferPool2dType(const OpDiagnostics &diag, Value inputValue,
                std::optional<ArrayRef<int64_t>> windowDimensions,
                ArrayRef<int64_t> padding, ArrayRef<int64_t> strides,
                ArrayRef<int64_t> dilations, InputOperandLayout layout,
                RoundingType outputShapeRounding,
                std::optional<ArrayRef<int64_t>> outputSizes,
                SmallVectorImpl<Type> &inferredTypes) {
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, inputValue, "input");
  if (failed(inputType))
    return failure();
  // pooling, step 5: the input is 4-D.
  if (failed(validateRank(diag, *inputType, 4, "input", "pooling, step 5")))
    return failure();
  // pooling, step 6: the dimensions, per layout.
  ImageDims input = getImageDims(inputType->getShape(), layout);
  // pooling, steps 7-9: the window defaults to the whole spatial extent
  // (global pooling); 2 items, none 0.
  int64_t globalWindow[] = {input.height, input.width};
  ArrayRef<int64_t> window =
      windowDimensions ? *windowDimensions : ArrayRef<int64_t>(globalWindow);
  if (failed(validateWindowOption(diag, window, 2, "windowDimensions",
                                  "pooling, step 8", "pooling, step 9")))
    return failure();
  // pooling, steps 11-14. Deviation (docs/spec-deviations.md): step 10
  // would zero the padding whenever outputSizes is given; the WPT
  // conformance cases ("options.outputSizes ignores options.roundingType")
  // and browsers keep the padding, and so do we.
  if (failed(validateOptionSize(diag, padding, 4, "padding",
                                "pooling, step 11")) ||
      failed(validateWindowOption(diag, strides, 2, "strides",
                                  "pooling, step 13", "pooling, step 14")))
    return failure();
  // pooling, step 15.1: outputSizes has 2 items. Deviation: step 15.2
  // (each item smaller than its stride, a rule copied from convTranspose2d's
  // outputPadding) contradicts the WPT cases, which use outputSizes [3, 3]
  // with strides [2, 2]; outputSizes is checked against the rounded output
  // sizes in step 20.3.2 instead.
  if (outputSizes &&
      failed(validateOptionSize(diag, *outputSizes, 2, "outputSizes",
                                "pooling, step 15.1")))
    return failure();
  // pooling, steps 16-18.
  if (failed(validateWindowOption(diag, dilations, 2, "dilations",
                                  "pooling, step 17", "pooling, step 18")))
    return failure();

  // pooling, step 20.2: the real-valued output sizes.
  Conv2dOutputSizes sizes =
      calculateConv2dOutputSizes(input.height, input.width, window[0],
                                 window[1], padding, strides, dilations);
  std::optional<double> outputHeight, outputWidth;
  if (outputSizes) {
    // pooling, step 20.3.2: outputSizes are both the floor or both the
    // ceiling of the calculated sizes.
    auto roundsTo = [&](RoundingType rounding) {
      return roundOutputSize(sizes.height, rounding) ==
                 double((*outputSizes)[0]) &&
             roundOutputSize(sizes.width, rounding) ==
                 double((*outputSizes)[1]);
    };
    if (!roundsTo(RoundingType::floor) && !roundsTo(RoundingType::ceil))
      return diag.fail("outputSizes ", formatList(*outputSizes),
                       " must be the floor or the ceiling of the calculated "
                       "output sizes [pooling, step 20.3.2]");
    outputHeight = double((*outputSizes)[0]);
    outputWidth = double((*outputSizes)[1]);
  } else {
    // pooling, step 20.4: rounded as outputShapeRounding says.
    outputHeight = roundOutputSize(sizes.height, outputShapeRounding);
    outputWidth = roundOutputSize(sizes.width, outputShapeRounding);
  }
  // pooling, step 20.5: both are valid dimensions.
  FailureOr<int64_t> height =
      getOutputDimension(diag, outputHeight, "height", "pooling, step 20.5");
  if (failed(height))
    return failure();
  FailureOr<int64_t> width =
      getOutputDimension(diag, outputWidth, "width", "pooling, step 20.5");
  if (failed(width))
    return failure();

  // pooling, steps 19 and 20.6-20.7: the input's data type, the output shape
  // in the input's layout.
  inferredTypes.push_back(makeTensorType(
      makeImageShape(layout, {input.batches, input.channels, *height, *width}),
      inputType->getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// gemm
//===----------------------------------------------------------------------===//

LogicalResult GemmOp::inferReturnTypes(MLIRContext *,
                                       std::optional<Location> location,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> aType =
      getTensorOperand(diag, adaptor.getA(), "a");
  FailureOr<RankedTensorType> bType =
      getTensorOperand(diag, adaptor.getB(), "b");
  FailureOr<RankedTensorType> cType =
      getOptionalTensorOperand(diag, adaptor.getC(), "c");
  if (failed(aType) || failed(bType) || failed(cType))
    return failure();
  // gemm, step 3: b has a's data type (ODS checks a's allowed types).
  // gemm, step 4: a and b are 2-D.
  if (failed(validateSameDataType(diag, *bType, "b", *aType, "a",
                                  "gemm, step 3")) ||
      failed(validateRank(diag, *aType, 2, "a", "gemm, step 4")) ||
      failed(validateRank(diag, *bType, 2, "b", "gemm, step 4")))
    return failure();
  // gemm, steps 7-10: the shapes as multiplied, transposes applied.
  SmallVector<int64_t, 2> shapeA(aType->getShape());
  SmallVector<int64_t, 2> shapeB(bType->getShape());
  if (adaptor.getATranspose())
    std::reverse(shapeA.begin(), shapeA.end());
  if (adaptor.getBTranspose())
    std::reverse(shapeB.begin(), shapeB.end());
  // gemm, step 11: the inner dimensions (K) match.
  if (shapeA[1] != shapeB[0])
    return diag.fail("a's shape ", formatList(shapeA), " and b's shape ",
                     formatList(shapeB),
                     " (after transposes) do not agree on K [gemm, step 11]");
  SmallVector<int64_t, 2> outputShape = {shapeA[0], shapeB[1]};
  if (*cType) {
    // gemm, step 12.1: c is unidirectionally broadcastable to [M, N].
    if (!broadcastUnidirectionally(cType->getShape(), outputShape))
      return diag.fail("c's shape ", formatList(cType->getShape()),
                       " is not unidirectionally broadcastable to [M, N] = ",
                       formatList(outputShape), " [gemm, step 12.1]");
    // gemm, step 12.2: c has a's data type.
    if (failed(validateSameDataType(diag, *cType, "c", *aType, "a",
                                    "gemm, step 12.2")))
      return failure();
  }
  // gemm, step 13.
  inferredTypes.push_back(makeTensorType(outputShape, aType->getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// matmul
//===----------------------------------------------------------------------===//

LogicalResult MatmulOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> location,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> aType =
      getTensorOperand(diag, adaptor.getA(), "a");
  FailureOr<RankedTensorType> bType =
      getTensorOperand(diag, adaptor.getB(), "b");
  if (failed(aType) || failed(bType))
    return failure();
  // matmul, step 3: b has a's data type (ODS checks a's allowed types).
  if (failed(validateSameDataType(diag, *bType, "b", *aType, "a",
                                  "matmul, step 3")))
    return failure();
  // matmul, step 4.5: both are at least 2-D (this spec has no 1-D
  // promotion).
  ArrayRef<int64_t> shapeA = aType->getShape();
  ArrayRef<int64_t> shapeB = bType->getShape();
  if (shapeA.size() < 2 || shapeB.size() < 2)
    return diag.fail("a and b must have rank 2 or more, got ranks ",
                     shapeA.size(), " and ", shapeB.size(),
                     " [matmul, step 4.5]");
  // matmul, steps 4.6-4.10: [..., M, K] x [..., K, N].
  int64_t colsA = shapeA.back(), rowsA = shapeA[shapeA.size() - 2];
  int64_t colsB = shapeB.back(), rowsB = shapeB[shapeB.size() - 2];
  if (colsA != rowsB)
    return diag.fail("a's columns ", colsA, " must equal b's rows ", rowsB,
                     " [matmul, step 4.10]");
  // matmul, steps 4.11-4.13: the batch dimensions broadcast both ways.
  std::optional<SmallVector<int64_t>> outputShape =
      broadcastBidirectionally(shapeA.drop_back(2), shapeB.drop_back(2));
  if (!outputShape)
    return diag.fail("batch shapes ", formatList(shapeA.drop_back(2)), " and ",
                     formatList(shapeB.drop_back(2)),
                     " are not bidirectionally broadcastable "
                     "[matmul, step 4.13]");
  // matmul, steps 4.14-4.15.
  outputShape->append({rowsA, colsB});
  inferredTypes.push_back(
      makeTensorType(*outputShape, aType->getElementType()));
  return success();
}

#define GET_OP_CLASSES
#include "webnn/IR/ConvPoolOps.cpp.inc"
