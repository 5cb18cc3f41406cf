//===- Validation.cpp - helpers for the spec's validation steps -----------===//
#include "webnn/IR/Validation.h"

#include "webnn/IR/WebNNDialect.h"
#include "llvm/ADT/SmallSet.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir::webnn {

APFloat castNumberToFloat(Attribute number, FloatType type) {
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

APSInt castNumberToInteger(Attribute number, IntegerType type) {
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

std::string formatList(ArrayRef<int64_t> values) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << '[';
  llvm::interleaveComma(values, os);
  os << ']';
  return text;
}

std::string stepRule(StringRef op, const Twine &step) {
  return (op + ", step " + step).str();
}

FailureOr<RankedTensorType> getTensorOperand(const OpDiagnostics &diag,
                                             Value value, StringRef what) {
  if (!value)
    return diag.fail("missing required operand '", what, "'");
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || !type.hasStaticShape() || !hasValidDimensions(type))
    return diag.fail("operand '", what,
                     "' must be a statically shaped tensor whose dimensions "
                     "and element count are valid dimensions (in [1, ",
                     kMaxDimension, "]), got ", value.getType(),
                     " [MLOperandDescriptor, check dimensions]");
  return type;
}

FailureOr<RankedTensorType> getOptionalTensorOperand(const OpDiagnostics &diag,
                                                     Value value,
                                                     StringRef what) {
  if (!value)
    return RankedTensorType();
  return getTensorOperand(diag, value, what);
}

FailureOr<RankedTensorType>
getOptionalOperandOfInputType(const OpDiagnostics &diag, Value value,
                              StringRef what, RankedTensorType inputType,
                              StringRef dataTypeRule) {
  FailureOr<RankedTensorType> type =
      getOptionalTensorOperand(diag, value, what);
  if (failed(type) || !*type)
    return type;
  if (failed(validateSameDataType(diag, *type, what, inputType, "input",
                                  dataTypeRule)))
    return failure();
  return type;
}

std::optional<SmallVector<int64_t>>
broadcastBidirectionally(ArrayRef<int64_t> shapeA, ArrayRef<int64_t> shapeB) {
  size_t outputSize = std::max(shapeA.size(), shapeB.size());
  SmallVector<int64_t> outputShape(outputSize);
  for (size_t i = 0; i < outputSize; ++i) {
    // Walk from the back: the shorter shape is padded with leading ones.
    int64_t dimA = i < shapeA.size() ? shapeA[shapeA.size() - 1 - i] : 1;
    int64_t dimB = i < shapeB.size() ? shapeB[shapeB.size() - 1 - i] : 1;
    if (dimA != dimB && dimA != 1 && dimB != 1)
      return std::nullopt;
    outputShape[outputSize - 1 - i] = std::max(dimA, dimB);
  }
  return outputShape;
}

std::optional<SmallVector<int64_t>>
broadcastUnidirectionally(ArrayRef<int64_t> shapeFrom,
                          ArrayRef<int64_t> shapeTo) {
  if (shapeFrom.size() > shapeTo.size())
    return std::nullopt;
  size_t offset = shapeTo.size() - shapeFrom.size();
  for (size_t i = 0; i < shapeFrom.size(); ++i)
    if (shapeFrom[i] != shapeTo[offset + i] && shapeFrom[i] != 1)
      return std::nullopt;
  return SmallVector<int64_t>(shapeTo.begin(), shapeTo.end());
}

bool isBlockwiseBroadcastable(ArrayRef<int64_t> shapeFrom,
                              ArrayRef<int64_t> shapeTo) {
  if (shapeFrom.size() != shapeTo.size())
    return false;
  for (auto [from, to] : llvm::zip_equal(shapeFrom, shapeTo))
    if (from <= 0 || to % from != 0)
      return false;
  return true;
}

LogicalResult validateDimension(const OpDiagnostics &diag, int64_t value,
                                const Twine &what, StringRef rule) {
  if (isValidDimension(value))
    return success();
  return diag.fail(what, " = ", value,
                   " is not a valid dimension (must be in [1, ", kMaxDimension,
                   "]) [", rule, "]");
}

LogicalResult validateTensorCount(const OpDiagnostics &diag, int64_t count,
                                  StringRef what, StringRef rule) {
  if (isValidTensorCount(count))
    return success();
  return diag.fail(what, " ", count,
                   " is not a valid tensor count (must be in [1, ",
                   kMaxTensorCount, "]) [", rule, "]");
}

LogicalResult validateAxis(const OpDiagnostics &diag, int64_t axis,
                           int64_t rank, StringRef optionName, StringRef rule) {
  if (axis >= 0 && axis < rank)
    return success();
  return diag.fail(optionName, " ", axis, " must be less than the input rank ",
                   rank, " [", rule, "]");
}

LogicalResult validateAxes(const OpDiagnostics &diag, ArrayRef<int64_t> axes,
                           int64_t rank, StringRef optionName, StringRef rule) {
  llvm::SmallSet<int64_t, 8> seen;
  for (int64_t axis : axes) {
    if (axis < 0 || axis >= rank)
      return diag.fail(optionName, " value ", axis,
                       " is out of range for an input of rank ", rank,
                       " (must be in [0, ", rank, ")) [", rule, "]");
    if (!seen.insert(axis).second)
      return diag.fail(optionName, " contains axis ", axis, " twice [", rule,
                       "]");
  }
  return success();
}

LogicalResult validateRank(const OpDiagnostics &diag, RankedTensorType type,
                           int64_t rank, StringRef what, StringRef rule) {
  if (type.getRank() != rank)
    return diag.fail(what, " must be a ", rank, "-D tensor, got rank ",
                     type.getRank(), " [", rule, "]");
  return success();
}

LogicalResult validateMinRank(const OpDiagnostics &diag, RankedTensorType type,
                              int64_t minRank, StringRef what, StringRef rule) {
  if (type.getRank() >= minRank)
    return success();
  return diag.fail(what, " must have rank ", minRank, " or more, got rank ",
                   type.getRank(), " [", rule, "]");
}

LogicalResult validateShape(const OpDiagnostics &diag, RankedTensorType type,
                            ArrayRef<int64_t> expectedShape, StringRef what,
                            StringRef rule) {
  if (type.getShape() == expectedShape)
    return success();
  return diag.fail(what, " shape must be ", formatList(expectedShape),
                   ", got ", type, " [", rule, "]");
}

LogicalResult validateSameShape(const OpDiagnostics &diag,
                                RankedTensorType type, StringRef what,
                                RankedTensorType reference,
                                StringRef referenceName, StringRef rule) {
  if (type.getShape() == reference.getShape())
    return success();
  return diag.fail(what, " shape ", type, " must equal ", referenceName,
                   " shape ", reference, " [", rule, "]");
}

LogicalResult validateSameDataType(const OpDiagnostics &diag,
                                   RankedTensorType type, StringRef what,
                                   RankedTensorType reference,
                                   StringRef referenceName, StringRef rule) {
  if (type.getElementType() != reference.getElementType())
    return diag.fail(what, " data type ", dataTypeName(type.getElementType()),
                     " must equal ", referenceName, " data type ",
                     dataTypeName(reference.getElementType()), " [", rule, "]");
  return success();
}

LogicalResult validateOptionSize(const OpDiagnostics &diag,
                                 ArrayRef<int64_t> values, size_t size,
                                 StringRef optionName, StringRef rule) {
  if (values.size() != size)
    return diag.fail(optionName, " must have ", size, " values, got ",
                     values.size(), " [", rule, "]");
  return success();
}

LogicalResult inferSameAsInputType(const OpDiagnostics &diag, Value input,
                                   SmallVectorImpl<Type> &inferredTypes) {
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, input, "input");
  if (failed(inputType))
    return failure();
  inferredTypes.push_back(*inputType);
  return success();
}

std::string dataTypeName(Type elementType) {
  if (elementType.isF32())
    return "float32";
  if (elementType.isF16())
    return "float16";
  if (auto intType = dyn_cast<IntegerType>(elementType)) {
    std::string name = intType.isUnsigned() ? "uint" : "int";
    return name + std::to_string(intType.getWidth());
  }
  std::string text;
  llvm::raw_string_ostream os(text);
  os << elementType;
  return text;
}

std::optional<double> calculateConv2dOutputSize(int64_t inputSize,
                                                int64_t filterSize,
                                                int64_t beginningPadding,
                                                int64_t endingPadding,
                                                int64_t stride,
                                                int64_t dilation) {
  if (stride <= 0 || dilation <= 0 || filterSize <= 0)
    return std::nullopt;
  int64_t effectiveFilterSize = (filterSize - 1) * dilation + 1;
  int64_t paddedSize = inputSize + beginningPadding + endingPadding;
  if (paddedSize < effectiveFilterSize)
    return std::nullopt;
  return double(paddedSize - effectiveFilterSize) / double(stride) + 1.0;
}

} // namespace mlir::webnn
