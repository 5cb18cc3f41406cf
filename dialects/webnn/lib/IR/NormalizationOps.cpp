//===- NormalizationOps.cpp - normalization webnn ops ---------------------===//
//
// Validation and type inference for batchNormalization,
// instanceNormalization and layerNormalization. All three return a tensor
// of the input's shape and data type; what they validate is the shape and
// data type of their per-feature operands (mean, variance, scale, bias).
//
//===----------------------------------------------------------------------===//
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

using namespace mlir;
using namespace mlir::webnn;

/// Checks one per-channel operand of batchNormalization or
/// instanceNormalization: if present, it has the input's data type
/// (`dataTypeRule`) and the shape « input.shape[axis] » (`shapeRule`).
static LogicalResult
validateChannelOperand(const OpDiagnostics &diag, Value operand, StringRef what,
                       RankedTensorType inputType, int64_t axis,
                       StringRef dataTypeRule, StringRef shapeRule) {
  FailureOr<RankedTensorType> type = getOptionalOperandOfInputType(
      diag, operand, what, inputType, dataTypeRule);
  if (failed(type))
    return failure();
  if (!*type)
    return success();
  int64_t channels = inputType.getDimSize(axis);
  if (type->getShape() != ArrayRef<int64_t>{channels})
    return diag.fail(what, " must have shape [", channels,
                     "] (input dimension ", axis, "), got ", *type, " [",
                     shapeRule, "]");
  return success();
}

//===----------------------------------------------------------------------===//
// batchNormalization
//===----------------------------------------------------------------------===//

LogicalResult BatchNormalizationOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> location, Adaptor adaptor,
    SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  // batchNormalization, step 3 (input data type) is the ODS constraint.
  // batchNormalization, step 4: axis in [0, rank).
  uint64_t axis = adaptor.getAxis();
  int64_t rank = inputType->getRank();
  if (axis >= static_cast<uint64_t>(rank))
    return diag.fail("axis ", axis, " must be in [0, ", rank,
                     ") for an input of rank ", rank,
                     " [batchNormalization, step 4]");
  // batchNormalization, steps 5-8, 10 and 11: mean, variance, scale and bias
  // have the input's data type and the shape « input.shape[axis] ».
  if (failed(validateChannelOperand(diag, adaptor.getMean(), "mean", *inputType,
                                    axis, "batchNormalization, step 5",
                                    "batchNormalization, step 6")) ||
      failed(validateChannelOperand(
          diag, adaptor.getVariance(), "variance", *inputType, axis,
          "batchNormalization, step 7", "batchNormalization, step 8")) ||
      failed(validateChannelOperand(
          diag, adaptor.getScale(), "scale", *inputType, axis,
          "batchNormalization, step 10.1", "batchNormalization, step 10.2")) ||
      failed(validateChannelOperand(diag, adaptor.getBias(), "bias", *inputType,
                                    axis, "batchNormalization, step 11.1",
                                    "batchNormalization, step 11.2")))
    return failure();
  // batchNormalization, step 12.2: the output has the input's descriptor.
  inferredTypes.push_back(*inputType);
  return success();
}

//===----------------------------------------------------------------------===//
// instanceNormalization
//===----------------------------------------------------------------------===//

LogicalResult InstanceNormalizationOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> location, Adaptor adaptor,
    SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  // instanceNormalization, step 3 (input data type) is the ODS constraint.
  // instanceNormalization, step 4: the only allowed input rank is 4.
  if (failed(validateRank(diag, *inputType, 4, "input",
                          "instanceNormalization, step 4")))
    return failure();
  // instanceNormalization, step 6: the channel axis the layout names.
  int64_t axis = adaptor.getLayout() == InputOperandLayout::nchw ? 1 : 3;
  // instanceNormalization, steps 7 and 8: scale and bias have the input's
  // data type and the shape « input.shape[axis] ».
  if (failed(validateChannelOperand(diag, adaptor.getScale(), "scale",
                                    *inputType, axis,
                                    "instanceNormalization, step 7.1",
                                    "instanceNormalization, step 7.2")) ||
      failed(validateChannelOperand(diag, adaptor.getBias(), "bias", *inputType,
                                    axis, "instanceNormalization, step 8.1",
                                    "instanceNormalization, step 8.2")))
    return failure();
  // instanceNormalization, step 9.1: the output copies the input.
  inferredTypes.push_back(*inputType);
  return success();
}

//===----------------------------------------------------------------------===//
// layerNormalization
//===----------------------------------------------------------------------===//

/// layerNormalization, steps 7.1/7.2 (scale) and 8.1/8.2 (bias): the
/// operand, if present, has the input's data type and one dimension per
/// axis. `step` is "7" or "8".
static LogicalResult
validateLayerNormOperandType(const OpDiagnostics &diag, RankedTensorType type,
                             StringRef what, RankedTensorType inputType,
                             size_t axesSize, StringRef step) {
  if (!type)
    return success();
  if (failed(validateSameDataType(diag, type, what, inputType, "input",
                                  stepRule("layerNormalization", step + ".1"))))
    return failure();
  if (type.getRank() != static_cast<int64_t>(axesSize))
    return diag.fail(what, " rank ", type.getRank(),
                     " must equal the number of axes ", axesSize,
                     " [layerNormalization, step ", step, ".2]");
  return success();
}

LogicalResult LayerNormalizationOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> location, Adaptor adaptor,
    SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  FailureOr<RankedTensorType> scaleType =
      getOptionalTensorOperand(diag, adaptor.getScale(), "scale");
  FailureOr<RankedTensorType> biasType =
      getOptionalTensorOperand(diag, adaptor.getBias(), "bias");
  if (failed(inputType) || failed(scaleType) || failed(biasType))
    return failure();
  // layerNormalization, step 3 (input data type) is the ODS constraint.
  int64_t rank = inputType->getRank();
  SmallVector<int64_t> axes;
  if (std::optional<ArrayRef<int64_t>> givenAxes = adaptor.getAxes()) {
    // layerNormalization, step 5: no duplicates, each in [0, rank).
    if (failed(validateAxes(diag, *givenAxes, rank, "axes",
                            "layerNormalization, step 5")))
      return failure();
    axes.assign(givenAxes->begin(), givenAxes->end());
  } else if (rank > 1) {
    // layerNormalization, step 4: by default every axis but the first (none
    // for rank 0 and 1).
    axes = llvm::to_vector(llvm::seq<int64_t>(1, rank));
  }
  // layerNormalization, steps 7 and 8: data types and ranks.
  if (failed(validateLayerNormOperandType(diag, *scaleType, "scale", *inputType,
                                          axes.size(), "7")) ||
      failed(validateLayerNormOperandType(diag, *biasType, "bias", *inputType,
                                          axes.size(), "8")))
    return failure();
  // layerNormalization, step 9: scale and bias dimension `index` is the input
  // dimension axes[index] (step 9.2, axis < rank, holds after step 5).
  for (auto [index, axis] : llvm::enumerate(axes)) {
    int64_t size = inputType->getDimSize(axis);
    for (auto [type, what, step] :
         {std::make_tuple(*scaleType, "scale", "9.4.1"),
          std::make_tuple(*biasType, "bias", "9.5.1")}) {
      if (type && type.getDimSize(index) != size)
        return diag.fail(what, " dimension ", index, " is ",
                         type.getDimSize(index), " but input dimension ", axis,
                         " (axes[", index, "]) is ", size,
                         " [layerNormalization, step ", step, "]");
    }
  }
  // layerNormalization, step 10.1: the output copies the input.
  inferredTypes.push_back(*inputType);
  return success();
}

#define GET_OP_CLASSES
#include "webnn/IR/NormalizationOps.cpp.inc"
