//===- Validation.cpp - helpers for the spec's validation steps -----------===//
#include "webnn/IR/Validation.h"

#include "webnn/IR/WebNNDialect.h"
#include "llvm/ADT/SmallSet.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir::webnn {

FailureOr<RankedTensorType> getTensorOperand(const OpDiagnostics &diag,
                                             Value value, StringRef what) {
  if (!value)
    return diag.fail("missing required operand '", what, "'");
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || !type.hasStaticShape() || !hasValidDimensions(type))
    return diag.fail("operand '", what,
                     "' must be a statically shaped tensor whose dimensions "
                     "are all greater than zero, got ",
                     value.getType(), " [MLOperandDescriptor, check dimensions]");
  return type;
}

FailureOr<RankedTensorType> getOptionalTensorOperand(const OpDiagnostics &diag,
                                                     Value value,
                                                     StringRef what) {
  if (!value)
    return RankedTensorType();
  return getTensorOperand(diag, value, what);
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
