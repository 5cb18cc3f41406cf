//===- Validation.h - helpers for the spec's validation steps --*- C++ -*-===//
//
// Every webnn op validates its operands and options in `inferReturnTypes`,
// following the "create an MLOperand" steps of the WebNN spec. These helpers
// hold the algorithms the spec shares between ops (broadcasting, axes,
// convolution/pooling output sizes) and the diagnostic form all ops use.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNN_IR_VALIDATION_H
#define WEBNN_IR_VALIDATION_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Value.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

namespace mlir::webnn {

/// Reports a violated validation step from type inference in the shape of
/// Operation::emitOpError ("'webnn.conv2d' op ..."). Builders that pass no
/// location get a silent failure, as InferTypeOpInterface expects.
///
/// Messages state the rule and end with the spec reference in brackets,
/// e.g. `... [conv2d, step 4]`, so a reader can go from a diagnostic to the
/// spec text and back.
class OpDiagnostics {
public:
  OpDiagnostics(std::optional<Location> loc, StringRef opName)
      : loc(loc), opName(opName) {}

  template <typename... Args>
  LogicalResult fail(Args &&...args) const {
    return emitOptionalError(loc, "'", opName, "' op ",
                             std::forward<Args>(args)...);
  }

  std::optional<Location> getLoc() const { return loc; }
  StringRef getOpName() const { return opName; }

private:
  std::optional<Location> loc;
  StringRef opName;
};

//===----------------------------------------------------------------------===//
// Spec definitions
//===----------------------------------------------------------------------===//

/// The largest "valid dimension": the maximum of WebIDL `long`.
constexpr int64_t kMaxDimension = std::numeric_limits<int32_t>::max();

/// The largest "valid tensor count".
constexpr int64_t kMaxTensorCount = 8192;

/// Spec: a "valid dimension" is an integer greater than zero and in the
/// range of `long` (int32): [1, 2^31 - 1].
inline bool isValidDimension(int64_t value) {
  return value > 0 && value <= kMaxDimension;
}

/// Spec: a "valid tensor count" is an integer in [1, 8192].
inline bool isValidTensorCount(int64_t count) {
  return count > 0 && count <= kMaxTensorCount;
}

/// Spec: "cast" (ConvertToFloat) of an MLNumber (an f64 FloatAttr or an i64
/// IntegerAttr) to a float data type: round to nearest even, overflowing to
/// an infinity; NaN stays NaN.
APFloat castNumberToFloat(Attribute number, FloatType type);

/// Spec: "cast" (ConvertToInt) of an MLNumber to an integer data type: NaN
/// is 0, other values (infinities included) are clamped to the type's range
/// and rounded to the nearest integer, ties to even. The result is a signed
/// 128-bit APSInt, wide enough for every bound of a 64-bit type.
APSInt castNumberToInteger(Attribute number, IntegerType type);

//===----------------------------------------------------------------------===//
// Diagnostic text
//===----------------------------------------------------------------------===//

/// "[a, b, c]": an integer list (shape, option values) in diagnostics.
std::string formatList(ArrayRef<int64_t> values);

/// The spec reference of a step, as the helpers below take it:
/// stepRule("conv2d", "16.8") is "conv2d, step 16.8".
std::string stepRule(StringRef op, const Twine &step);

//===----------------------------------------------------------------------===//
// Operands
//===----------------------------------------------------------------------===//

/// The tensor type of operand `value` (named `what` in diagnostics), or a
/// diagnostic when a builder handed in something that is not a statically
/// shaped tensor with valid dimensions. Type inference runs before the ODS
/// operand checks on the builder path, so it must not assume them.
FailureOr<RankedTensorType> getTensorOperand(const OpDiagnostics &diag,
                                             Value value, StringRef what);

/// Same, for an optional operand: std::nullopt-like null type when absent.
FailureOr<RankedTensorType> getOptionalTensorOperand(const OpDiagnostics &diag,
                                                     Value value,
                                                     StringRef what);

/// Same, for an optional operand whose data type must be the input's
/// (`dataTypeRule`): a null type when absent, failure when not a valid
/// tensor or of another data type.
FailureOr<RankedTensorType>
getOptionalOperandOfInputType(const OpDiagnostics &diag, Value value,
                              StringRef what, RankedTensorType inputType,
                              StringRef dataTypeRule);

//===----------------------------------------------------------------------===//
// Shape algorithms
//===----------------------------------------------------------------------===//

/// Spec: "bidirectionally broadcast the shapes". std::nullopt on failure.
std::optional<SmallVector<int64_t>>
broadcastBidirectionally(ArrayRef<int64_t> shapeA, ArrayRef<int64_t> shapeB);

/// Spec: "unidirectionally broadcast the shapes" (from -> to).
std::optional<SmallVector<int64_t>>
broadcastUnidirectionally(ArrayRef<int64_t> shapeFrom,
                          ArrayRef<int64_t> shapeTo);

/// Spec: "blockwise broadcastable" (same rank, each dim divides).
bool isBlockwiseBroadcastable(ArrayRef<int64_t> shapeFrom,
                              ArrayRef<int64_t> shapeTo);

//===----------------------------------------------------------------------===//
// Validation steps
//
// Each takes the spec reference `rule` ("conv2d, step 4") that ends its
// diagnostic in brackets, and names the checked value `what` or
// `optionName` as the spec does.
//===----------------------------------------------------------------------===//

/// Checks that `value` (named `what`) is a valid dimension.
LogicalResult validateDimension(const OpDiagnostics &diag, int64_t value,
                                const Twine &what, StringRef rule);

/// Checks that `count` (named `what`) is a valid tensor count.
LogicalResult validateTensorCount(const OpDiagnostics &diag, int64_t count,
                                  StringRef what, StringRef rule);

/// Checks an `unsigned long axis` option: it names a dimension of a
/// rank-`rank` input (so every axis of a scalar is rejected).
LogicalResult validateAxis(const OpDiagnostics &diag, int64_t axis,
                           int64_t rank, StringRef optionName, StringRef rule);

/// Checks a list of axes against `rank`: each in [0, rank) and no
/// duplicates. `rule` is the spec reference appended to the diagnostic.
LogicalResult validateAxes(const OpDiagnostics &diag, ArrayRef<int64_t> axes,
                           int64_t rank, StringRef optionName, StringRef rule);

/// Checks that `type` has exactly `rank` dimensions.
LogicalResult validateRank(const OpDiagnostics &diag, RankedTensorType type,
                           int64_t rank, StringRef what, StringRef rule);

/// Checks that `type` has at least `minRank` dimensions (the tensor-limits
/// tables' "minRank to N" allowed ranks).
LogicalResult validateMinRank(const OpDiagnostics &diag, RankedTensorType type,
                              int64_t minRank, StringRef what, StringRef rule);

/// Checks that `type` has exactly the shape `expectedShape`.
LogicalResult validateShape(const OpDiagnostics &diag, RankedTensorType type,
                            ArrayRef<int64_t> expectedShape, StringRef what,
                            StringRef rule);

/// Checks that two operands have the same shape.
LogicalResult validateSameShape(const OpDiagnostics &diag,
                                RankedTensorType type, StringRef what,
                                RankedTensorType reference,
                                StringRef referenceName, StringRef rule);

/// Checks that two operands have the same element type.
LogicalResult validateSameDataType(const OpDiagnostics &diag,
                                   RankedTensorType type, StringRef what,
                                   RankedTensorType reference,
                                   StringRef referenceName, StringRef rule);

/// Checks that a list-valued option has `size` entries.
LogicalResult validateOptionSize(const OpDiagnostics &diag,
                                 ArrayRef<int64_t> values, size_t size,
                                 StringRef optionName, StringRef rule);

/// The spec's data type name of an element type ("float32", "uint8", ...).
std::string dataTypeName(Type elementType);

/// Type inference for ops whose output has the input's shape and data type
/// (unary element-wise ops and most activations).
LogicalResult inferSameAsInputType(const OpDiagnostics &diag, Value input,
                                   SmallVectorImpl<Type> &inferredTypes);

/// A ranked tensor type, the form every inferred result has.
inline Type makeTensorType(ArrayRef<int64_t> shape, Type elementType) {
  return RankedTensorType::get(shape, elementType);
}

/// Spec: "calculate conv output size": the unrounded (real-valued) output
/// size of a convolution or pooling window along one spatial dimension:
/// (inputSize - (filterSize - 1) * dilation - 1 + beginningPadding +
/// endingPadding) / stride + 1. std::nullopt when the effective window
/// does not fit the padded input.
std::optional<double> calculateConv2dOutputSize(int64_t inputSize,
                                                int64_t filterSize,
                                                int64_t beginningPadding,
                                                int64_t endingPadding,
                                                int64_t stride,
                                                int64_t dilation);

} // namespace mlir::webnn

#endif // WEBNN_IR_VALIDATION_H
