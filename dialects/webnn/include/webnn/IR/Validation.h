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

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Value.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

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

/// Checks a list of axes against `rank`: each in [0, rank) and no
/// duplicates. `rule` is the spec reference appended to the diagnostic.
LogicalResult validateAxes(const OpDiagnostics &diag, ArrayRef<int64_t> axes,
                           int64_t rank, StringRef optionName, StringRef rule);

/// Checks that `type` has exactly `rank` dimensions.
LogicalResult validateRank(const OpDiagnostics &diag, RankedTensorType type,
                           int64_t rank, StringRef what, StringRef rule);

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
