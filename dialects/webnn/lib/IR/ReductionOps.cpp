//===- ReductionOps.cpp - reduction webnn ops -----------------------------===//
//
// Validation and type inference for the spec's reduction operations,
// argMin/argMax and cumulativeSum; folders for reductions and prefix sums
// that leave their input unchanged.
//
//===----------------------------------------------------------------------===//
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

#include <limits>

using namespace mlir;
using namespace mlir::webnn;

namespace mlir::webnn {

/// Spec: "calculate reduction output sizes". `axes` absent means all axes;
/// `rule` is the step of the calling algorithm that cites it.
static FailureOr<SmallVector<int64_t>>
calculateReductionOutputSizes(const OpDiagnostics &diag,
                              ArrayRef<int64_t> inputShape,
                              std::optional<ArrayRef<int64_t>> axes,
                              bool keepDimensions, StringRef rule) {
  int64_t inputRank = inputShape.size();
  // Step 2: no axes means every axis.
  SmallVector<int64_t> reducedAxes =
      axes ? llvm::to_vector(*axes)
           : llvm::to_vector(llvm::seq<int64_t>(0, inputRank));
  // Step 3: no duplicates, each axis in [0, inputRank).
  if (failed(validateAxes(diag, reducedAxes, inputRank, "axes", rule)))
    return failure();
  // Step 4: reduced dimensions become 1.
  if (keepDimensions) {
    SmallVector<int64_t> outputShape(inputShape);
    for (int64_t axis : reducedAxes)
      outputShape[axis] = 1;
    return outputShape;
  }
  // Step 5: reduced dimensions are dropped.
  SmallVector<int64_t> outputShape;
  for (int64_t index = 0; index < inputRank; ++index)
    if (!llvm::is_contained(reducedAxes, index))
      outputShape.push_back(inputShape[index]);
  return outputShape;
}

/// Spec: "create reduction operation". Step 4 (allowed data types) is the
/// ODS operand constraint of each op.
static LogicalResult inferReductionType(const OpDiagnostics &diag, Value input,
                                        std::optional<ArrayRef<int64_t>> axes,
                                        bool keepDimensions,
                                        SmallVectorImpl<Type> &inferredTypes) {
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, input, "input");
  if (failed(inputType))
    return failure();
  // reduction, step 5: the output shape; fails on duplicate or out-of-range
  // axes.
  FailureOr<SmallVector<int64_t>> outputShape = calculateReductionOutputSizes(
      diag, inputType->getShape(), axes, keepDimensions, "reduction, step 5");
  if (failed(outputShape))
    return failure();
  // reduction, step 6: the output has the input's data type.
  inferredTypes.push_back(
      makeTensorType(*outputShape, inputType->getElementType()));
  return success();
}

/// Reductions whose function of a single value is that value (sum, mean,
/// max, min, product) are the identity when the output keeps the input's
/// type: then every reduced dimension has size 1 (or none is reduced).
static OpFoldResult foldIdentityReduction(Value input, Type outputType) {
  if (input.getType() == outputType)
    return input;
  return {};
}

/// Spec: "create an argMin/argMax operation".
static LogicalResult inferArgMinMaxType(MLIRContext *context,
                                        const OpDiagnostics &diag, Value input,
                                        uint64_t axis, bool keepDimensions,
                                        OperandDataType outputDataType,
                                        SmallVectorImpl<Type> &inferredTypes) {
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, input, "input");
  if (failed(inputType))
    return failure();
  // argMin/argMax, step 4: axis < rank (so scalars are rejected).
  if (failed(validateAxis(diag, axis, inputType->getRank(), "axis",
                          "argMin/argMax, step 4")))
    return failure();
  // argMin/argMax, step 5: the output tensor allows int32 and int64 only.
  Builder builder(context);
  Type elementType;
  int64_t maxIndex;
  switch (outputDataType) {
  case OperandDataType::int32:
    elementType = builder.getIntegerType(32);
    maxIndex = std::numeric_limits<int32_t>::max();
    break;
  case OperandDataType::int64:
    elementType = builder.getIntegerType(64);
    maxIndex = std::numeric_limits<int64_t>::max();
    break;
  default:
    return diag.fail("outputDataType ",
                     stringifyOperandDataType(outputDataType),
                     " must be int32 or int64 [argMin/argMax, step 5]");
  }
  // argMin/argMax, step 6: the reduced dimension's size must be representable
  // in the output data type. Valid dimensions are below 2^31, so this holds
  // for every operand that passed check dimensions; kept for the spec step.
  int64_t axisSize = inputType->getDimSize(axis);
  if (axisSize > maxIndex)
    return diag.fail("input dimension ", axis, " of size ", axisSize,
                     " exceeds the maximum value ", maxIndex, " of ",
                     stringifyOperandDataType(outputDataType),
                     " [argMin/argMax, step 6]");
  // argMin/argMax, step 7: reduce the single axis.
  int64_t axes[] = {static_cast<int64_t>(axis)};
  FailureOr<SmallVector<int64_t>> outputShape =
      calculateReductionOutputSizes(diag, inputType->getShape(), axes,
                                    keepDimensions, "argMin/argMax, step 7");
  if (failed(outputShape))
    return failure();
  // argMin/argMax, step 8: the output has outputDataType.
  inferredTypes.push_back(makeTensorType(*outputShape, elementType));
  return success();
}

} // namespace mlir::webnn

//===----------------------------------------------------------------------===//
// cumulativeSum
//===----------------------------------------------------------------------===//

LogicalResult CumulativeSumOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> location, Adaptor adaptor,
    SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  // cumulativeSum, step 3 (allowed data types) is the ODS constraint.
  // cumulativeSum, step 4: axis < rank (so scalars are rejected).
  if (failed(validateAxis(diag, adaptor.getAxis(), inputType->getRank(),
                          "axis", "cumulativeSum, step 4")))
    return failure();
  // cumulativeSum, step 5.1: the output copies the input's descriptor.
  inferredTypes.push_back(*inputType);
  return success();
}

/// An inclusive prefix sum along an axis of size 1 sums one value: the
/// identity, in either direction.
OpFoldResult CumulativeSumOp::fold(FoldAdaptor) {
  if (!getExclusive() && getInput().getType().getDimSize(getAxis()) == 1)
    return getInput();
  return {};
}

#define GET_OP_CLASSES
#include "webnn/IR/ReductionOps.cpp.inc"
