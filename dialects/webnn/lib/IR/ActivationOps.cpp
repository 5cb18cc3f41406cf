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
    APFloat castMin = castNumberToFloat(minValue, floatType);
    APFloat castMax = castNumberToFloat(maxValue, floatType);
    // NaN bounds compare unordered: not greater.
    isGreater = castMin.compare(castMax) == APFloat::cmpGreaterThan;
    SmallString<16> text;
    castMin.toString(text);
    minText = text.str().str();
    text.clear();
    castMax.toString(text);
    maxText = text.str().str();
  } else if (auto intType = dyn_cast<IntegerType>(elementType)) {
    APSInt castMin = castNumberToInteger(minValue, intType);
    APSInt castMax = castNumberToInteger(maxValue, intType);
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
  if (failed(validateAxis(diag, axisAttr.getValue().getZExtValue(),
                          inputType->getRank(), "axis", "softmax, step 4")))
    return failure();
  inferredTypes.push_back(*inputType);
  return success();
}

#define GET_OP_CLASSES
#include "webnn/IR/ActivationOps.cpp.inc"
