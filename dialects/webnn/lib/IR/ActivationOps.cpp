//===- ActivationOps.cpp - activation webnn ops ---------------------------===//
//
// Validation and type inference for the spec's activations: the option
// checks of the unary activations (clamp bounds, double options), prelu's
// broadcasting and softmax's axis; the identity folder of an unbounded clamp.
//
//===----------------------------------------------------------------------===//
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::webnn;

//===----------------------------------------------------------------------===//
// Option checks of WebNN_UnaryActivationOp
//===----------------------------------------------------------------------===//

/// A `double` dictionary member (WebIDL restricted double): converting a
/// NaN or an infinity to it throws a TypeError before the method steps run.
static LogicalResult validateDoubleOption(const OpDiagnostics &diag,
                                          const APFloat &value,
                                          StringRef opName,
                                          StringRef dictionaryName,
                                          StringRef optionName) {
  if (value.isFinite())
    return success();
  SmallString<16> text;
  value.toString(text);
  return diag.fail(optionName, " must be a finite number, got ", text, " [",
                   opName, ", ", dictionaryName, ".", optionName,
                   " is a double]");
}

//===----------------------------------------------------------------------===//
// clamp
//===----------------------------------------------------------------------===//

/// Spec "cast" (ConvertToFloat) of an MLNumber to a float data type: round
/// to nearest even, overflowing to an infinity.
static APFloat castToFloat(Attribute number, FloatType type) {
  const llvm::fltSemantics &semantics = type.getFloatSemantics();
  if (auto intNumber = dyn_cast<IntegerAttr>(number)) {
    APFloat result(semantics);
    result.convertFromAPInt(intNumber.getValue(), /*IsSigned=*/true,
                            APFloat::rmNearestTiesToEven);
    return result;
  }
  APFloat result = cast<FloatAttr>(number).getValue();
  bool losesInfo = false;
  result.convert(semantics, APFloat::rmNearestTiesToEven, &losesInfo);
  return result;
}

/// Spec "cast" (ConvertToInt) of an MLNumber to an integer data type: NaN
/// is 0, other values are clamped to the type's range and rounded to the
/// nearest integer, ties to even. Computed in 128 bits, wide enough for
/// every bound of a 64-bit type.
static APSInt castToInteger(Attribute number, IntegerType type) {
  constexpr unsigned kWidth = 128;
  unsigned bits = type.getWidth();
  APSInt lowerBound(kWidth, /*isUnsigned=*/false);
  APSInt upperBound(kWidth, /*isUnsigned=*/false);
  if (type.isUnsigned()) {
    lowerBound = APSInt(APInt::getZero(kWidth), /*isUnsigned=*/false);
    upperBound =
        APSInt(APInt::getMaxValue(bits).zext(kWidth), /*isUnsigned=*/false);
  } else {
    lowerBound = APSInt(APInt::getSignedMinValue(bits).sext(kWidth), false);
    upperBound = APSInt(APInt::getSignedMaxValue(bits).sext(kWidth), false);
  }

  APSInt value(kWidth, /*isUnsigned=*/false);
  if (auto intNumber = dyn_cast<IntegerAttr>(number)) {
    // WebNN_NumberAttr integers are i64: a signed 64-bit value.
    value = APSInt(intNumber.getValue().sextOrTrunc(kWidth), false);
  } else {
    APFloat x = cast<FloatAttr>(number).getValue();
    bool losesInfo = false;
    x.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &losesInfo);
    if (x.isNaN())
      return APSInt(APInt::getZero(kWidth), false);
    // Far outside every data type's range (infinities included): the clamp
    // alone decides, and the value need not fit the 128-bit conversion.
    constexpr double kFarOut = 0x1p100;
    double asDouble = x.convertToDouble();
    if (asDouble <= -kFarOut)
      return lowerBound;
    if (asDouble >= kFarOut)
      return upperBound;
    bool isExact = false;
    x.convertToInteger(value, APFloat::rmNearestTiesToEven, &isExact);
  }
  // Rounding before clamping is the same as after: the bounds are integers.
  if (value < lowerBound)
    return lowerBound;
  if (value > upperBound)
    return upperBound;
  return value;
}

/// clamp, steps 3 to 7: cast both bounds to the input's data type; the
/// minimum must not be greater than the maximum. An absent bound is
/// unbounded (-Infinity / +Infinity), which can never violate the order.
static LogicalResult validateClampBounds(const OpDiagnostics &diag,
                                         Attribute minValue, Attribute maxValue,
                                         Type elementType) {
  if (!minValue || !maxValue)
    return success();
  // Builders may hand in anything; ODS has not checked it yet.
  auto isNumber = [](Attribute value) {
    return isa<FloatAttr, IntegerAttr>(value);
  };
  if (!isNumber(minValue) || !isNumber(maxValue))
    return diag.fail("minValue and maxValue must be numbers [MLNumber]");

  std::string minText, maxText;
  bool isGreater = false;
  if (auto floatType = dyn_cast<FloatType>(elementType)) {
    APFloat castMin = castToFloat(minValue, floatType);
    APFloat castMax = castToFloat(maxValue, floatType);
    // NaN bounds compare unordered: not greater.
    isGreater = castMin.compare(castMax) == APFloat::cmpGreaterThan;
    SmallString<16> text;
    castMin.toString(text);
    minText = text.str().str();
    text.clear();
    castMax.toString(text);
    maxText = text.str().str();
  } else if (auto intType = dyn_cast<IntegerType>(elementType)) {
    APSInt castMin = castToInteger(minValue, intType);
    APSInt castMax = castToInteger(maxValue, intType);
    isGreater = castMin > castMax;
    minText = llvm::toString(castMin, 10);
    maxText = llvm::toString(castMax, 10);
  } else {
    return success(); // Not a WebNN data type; ODS rejects the operand.
  }
  // clamp, step 7: minValue > maxValue after the casts of steps 4 and 6.
  if (isGreater)
    return diag.fail("minValue ", minText, " is greater than maxValue ",
                     maxText, " (both cast to ", dataTypeName(elementType),
                     ") [clamp, step 7]");
  return success();
}

OpFoldResult ClampOp::fold(FoldAdaptor) {
  // Neither bound given: clamp is the identity (the spec's emulation
  // returns input).
  if (!getMinValueAttr() && !getMaxValueAttr())
    return getInput();
  return {};
}

//===----------------------------------------------------------------------===//
// prelu
//===----------------------------------------------------------------------===//

LogicalResult PreluOp::inferReturnTypes(MLIRContext *,
                                        std::optional<Location> location,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  FailureOr<RankedTensorType> slopeType =
      getTensorOperand(diag, adaptor.getSlope(), "slope");
  if (failed(inputType) || failed(slopeType))
    return failure();
  // prelu, step 3: slope's allowed data type is "same as input".
  if (failed(validateSameDataType(diag, *slopeType, "slope", *inputType,
                                  "input", "prelu, step 3")))
    return failure();
  // prelu, step 4: the output shape is the bidirectional broadcast of slope's
  // and input's shapes.
  std::optional<SmallVector<int64_t>> outputShape =
      broadcastBidirectionally(slopeType->getShape(), inputType->getShape());
  if (!outputShape)
    return diag.fail("slope shape ", *slopeType, " and input shape ",
                     *inputType,
                     " are not bidirectionally broadcastable [prelu, step 4]");
  inferredTypes.push_back(
      makeTensorType(*outputShape, inputType->getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// softmax
//===----------------------------------------------------------------------===//

LogicalResult
SoftmaxOp::inferReturnTypes(MLIRContext *, std::optional<Location> location,
                            Adaptor adaptor,
                            SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  // softmax, step 4: axis must name a dimension of input (this also rejects
  // scalars, whose allowed ranks start at 1).
  IntegerAttr axisAttr = adaptor.getAxisAttr();
  if (!axisAttr)
    return diag.fail("missing required attribute 'axis'");
  uint64_t axis = axisAttr.getValue().getZExtValue();
  if (axis >= static_cast<uint64_t>(inputType->getRank()))
    return diag.fail("axis ", axis, " must be less than the input rank ",
                     inputType->getRank(), " [softmax, step 4]");
  inferredTypes.push_back(*inputType);
  return success();
}

#define GET_OP_CLASSES
#include "webnn/IR/ActivationOps.cpp.inc"
