//===- DataMovementOps.cpp - data movement webnn ops ----------------------===//
//
// Validation and type inference for concat, expand, gather*, scatter*, pad,
// reshape, reverse, slice, split, tile, transpose, triangular and
// resample2d, following each op's method steps in the WebNN spec; folders
// for the cases where an op provably returns its input or a reshaped
// constant.
//
//===----------------------------------------------------------------------===//
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallBitVector.h"
#include "llvm/Support/CheckedArithmetic.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::webnn;

//===----------------------------------------------------------------------===//
// Shared checks
//===----------------------------------------------------------------------===//

/// The tensor-limits tables allow indices of int32, uint32 or int64. ODS
/// checks this on parsed IR; builders run inference first, so repeat it.
static LogicalResult validateIndicesDataType(const OpDiagnostics &diag,
                                             RankedTensorType indices,
                                             StringRef rule) {
  Type elementType = indices.getElementType();
  if (elementType.isSignlessInteger(32) || elementType.isUnsignedInteger(32) ||
      elementType.isSignlessInteger(64))
    return success();
  return diag.fail("indices data type ", dataTypeName(elementType),
                   " must be int32, uint32 or int64 [", rule, "]");
}

/// An `unsigned long axis` option of a data movement op, checked (and
/// reported) as a one-entry axes list.
static LogicalResult validateAxisOption(const OpDiagnostics &diag,
                                        int64_t axis, int64_t rank,
                                        StringRef rule) {
  return validateAxes(diag, {axis}, rank, "axis", rule);
}

/// gatherElements and scatterElements: `indices` has the input's shape
/// except along `axis`, where it may have any size.
static LogicalResult validateIndicesAlongAxis(const OpDiagnostics &diag,
                                              RankedTensorType input,
                                              RankedTensorType indices,
                                              int64_t axis, StringRef rule) {
  SmallVector<int64_t> expectedShape(input.getShape());
  expectedShape[axis] = indices.getDimSize(axis);
  if (indices.getShape() == ArrayRef<int64_t>(expectedShape))
    return success();
  return diag.fail("indices shape ", indices,
                   " must equal the input shape except along axis ", axis,
                   ", input is ", input, " [", rule, "]");
}

/// gatherND's output shape, which is also scatterND's expected updates
/// shape: indices.shape[0:-1] ++ input.shape[coordinateSize:], where
/// coordinateSize = indices.shape[-1] must not exceed the input's rank.
static FailureOr<SmallVector<int64_t>>
inferCoordinateSliceShape(const OpDiagnostics &diag, RankedTensorType input,
                          RankedTensorType indices, StringRef rule) {
  ArrayRef<int64_t> indicesShape = indices.getShape();
  int64_t coordinateSize = indicesShape.back();
  if (coordinateSize > input.getRank())
    return diag.fail("indices' last dimension (coordinate size) ",
                     coordinateSize, " must not exceed the input rank ",
                     input.getRank(), " [", rule, "]");
  SmallVector<int64_t> shape(indicesShape.drop_back());
  llvm::append_range(shape, input.getShape().drop_front(coordinateSize));
  return shape;
}

/// Folds an op whose output provably equals its input whenever the two
/// types match (expand, reshape, pad, slice, tile, single-input concat).
static OpFoldResult foldToInputIfSameType(Value input, Type resultType) {
  if (input.getType() == resultType)
    return input;
  return {};
}

//===----------------------------------------------------------------------===//
// concat
//===----------------------------------------------------------------------===//

LogicalResult ConcatOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> location,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  ValueRange inputs = adaptor.getInputs();
  // concat, step 3: the number of inputs is a valid tensor count.
  if (failed(validateTensorCount(diag, inputs.size(), "number of inputs",
                                 "concat, step 3")))
    return failure();
  SmallVector<RankedTensorType> types;
  for (auto [index, input] : llvm::enumerate(inputs)) {
    FailureOr<RankedTensorType> type =
        getTensorOperand(diag, input, "inputs[" + std::to_string(index) + "]");
    if (failed(type))
      return failure();
    types.push_back(*type);
  }
  RankedTensorType first = types.front();
  int64_t axis = adaptor.getAxis();
  // concat, step 5: axis < first's rank.
  if (failed(
          validateAxisOption(diag, axis, first.getRank(), "concat, step 5")))
    return failure();
  SmallVector<int64_t> outputShape(first.getShape());
  for (auto [index, type] : llvm::enumerate(types)) {
    if (index == 0)
      continue;
    std::string name = "inputs[" + std::to_string(index) + "]";
    // concat, step 8.2: every input has first's data type.
    if (failed(validateSameDataType(diag, type, name, first, "inputs[0]",
                                    "concat, step 8.2")))
      return failure();
    // concat, step 8.3: every input has first's rank.
    if (type.getRank() != first.getRank())
      return diag.fail(name, " rank ", type.getRank(),
                       " must equal inputs[0] rank ", first.getRank(),
                       " [concat, step 8.3]");
    for (int64_t dim = 0; dim < type.getRank(); ++dim) {
      // concat, step 8.4.1: shapes agree except along axis.
      if (dim != axis) {
        if (type.getDimSize(dim) != first.getDimSize(dim))
          return diag.fail(
              name, " shape ", type, " must equal inputs[0] shape ", first,
              " except along axis ", axis, " [concat, step 8.4.1]");
        continue;
      }
      // concat, step 8.4.2.2: the running size along axis stays valid.
      int64_t size = outputShape[axis] + type.getDimSize(dim);
      if (failed(validateDimension(diag, size, "concatenated size along axis",
                                   "concat, step 8.4.2.2")))
        return failure();
      outputShape[axis] = size;
    }
  }
  inferredTypes.push_back(makeTensorType(outputShape, first.getElementType()));
  return success();
}

OpFoldResult ConcatOp::fold(FoldAdaptor) {
  if (getInputs().size() != 1)
    return {};
  return foldToInputIfSameType(getInputs().front(), getType());
}

//===----------------------------------------------------------------------===//
// expand
//===----------------------------------------------------------------------===//

LogicalResult ExpandOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> location,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  ArrayRef<int64_t> newShape = adaptor.getNewShape();
  // expand, step 3: input's shape unidirectionally broadcasts to newShape.
  std::optional<SmallVector<int64_t>> outputShape =
      broadcastUnidirectionally(inputType->getShape(), newShape);
  if (!outputShape)
    return diag.fail("input shape ", *inputType,
                     " is not unidirectionally broadcastable to newShape ",
                     formatList(newShape), " [expand, step 3]");
  // The output descriptor's dimensions must be valid; a size-1 input
  // dimension "broadcasts" to a 0 in newShape, which is not.
  for (auto [index, size] : llvm::enumerate(*outputShape))
    if (failed(validateDimension(diag, size,
                                 "newShape[" + std::to_string(index) + "]",
                                 "MLOperandDescriptor, check dimensions")))
      return failure();
  inferredTypes.push_back(
      makeTensorType(*outputShape, inputType->getElementType()));
  return success();
}

OpFoldResult ExpandOp::fold(FoldAdaptor) {
  return foldToInputIfSameType(getInput(), getType());
}

//===----------------------------------------------------------------------===//
// gather
//===----------------------------------------------------------------------===//

LogicalResult GatherOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> location,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  FailureOr<RankedTensorType> indicesType =
      getTensorOperand(diag, adaptor.getIndices(), "indices");
  if (failed(inputType) || failed(indicesType))
    return failure();
  // gather, step 3: indices are int32, uint32 or int64.
  if (failed(validateIndicesDataType(diag, *indicesType, "gather, step 3")))
    return failure();
  int64_t axis = adaptor.getAxis();
  // gather, step 7: axis < input's rank (so a scalar input is rejected).
  if (failed(validateAxisOption(diag, axis, inputType->getRank(),
                                "gather, step 7")))
    return failure();
  // gather, steps 11-17: input.shape[0:axis] ++ indices.shape ++
  // input.shape[axis+1:].
  ArrayRef<int64_t> inputShape = inputType->getShape();
  SmallVector<int64_t> outputShape(inputShape.take_front(axis));
  llvm::append_range(outputShape, indicesType->getShape());
  llvm::append_range(outputShape, inputShape.drop_front(axis + 1));
  inferredTypes.push_back(
      makeTensorType(outputShape, inputType->getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// gatherElements
//===----------------------------------------------------------------------===//

LogicalResult GatherElementsOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> location, Adaptor adaptor,
    SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  FailureOr<RankedTensorType> indicesType =
      getTensorOperand(diag, adaptor.getIndices(), "indices");
  if (failed(inputType) || failed(indicesType))
    return failure();
  // gatherElements, step 3: indices are int32, uint32 or int64.
  if (failed(validateIndicesDataType(diag, *indicesType,
                                     "gatherElements, step 3")))
    return failure();
  // gatherElements, step 4: input rank 1 to N, indices of the same rank.
  if (failed(validateMinRank(diag, *inputType, 1, "input",
                             "gatherElements, step 4")) ||
      failed(validateRank(diag, *indicesType, inputType->getRank(), "indices",
                          "gatherElements, step 4")))
    return failure();
  int64_t axis = adaptor.getAxis();
  // gatherElements, step 6: axis < input's rank.
  if (failed(validateAxisOption(diag, axis, inputType->getRank(),
                                "gatherElements, step 6")))
    return failure();
  // gatherElements, step 9: indices has input's shape except along axis.
  if (failed(validateIndicesAlongAxis(diag, *inputType, *indicesType, axis,
                                      "gatherElements, step 9")))
    return failure();
  // The output has the indices' shape (equal to the input's everywhere but
  // along axis) and the input's data type.
  inferredTypes.push_back(
      makeTensorType(indicesType->getShape(), inputType->getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// gatherND
//===----------------------------------------------------------------------===//

LogicalResult
GatherNDOp::inferReturnTypes(MLIRContext *, std::optional<Location> location,
                             Adaptor adaptor,
                             SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  FailureOr<RankedTensorType> indicesType =
      getTensorOperand(diag, adaptor.getIndices(), "indices");
  if (failed(inputType) || failed(indicesType))
    return failure();
  // gatherND, step 3: indices are int32, uint32 or int64.
  if (failed(validateIndicesDataType(diag, *indicesType, "gatherND, step 3")))
    return failure();
  // gatherND, step 4: input and indices have rank 1 to N.
  if (failed(
          validateMinRank(diag, *inputType, 1, "input", "gatherND, step 4")) ||
      failed(validateMinRank(diag, *indicesType, 1, "indices",
                             "gatherND, step 4")))
    return failure();
  // gatherND, steps 10-13: coordinate size <= input rank; the output shape.
  FailureOr<SmallVector<int64_t>> outputShape = inferCoordinateSliceShape(
      diag, *inputType, *indicesType, "gatherND, step 10");
  if (failed(outputShape))
    return failure();
  inferredTypes.push_back(
      makeTensorType(*outputShape, inputType->getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// scatterElements
//===----------------------------------------------------------------------===//

LogicalResult ScatterElementsOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> location, Adaptor adaptor,
    SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  FailureOr<RankedTensorType> indicesType =
      getTensorOperand(diag, adaptor.getIndices(), "indices");
  FailureOr<RankedTensorType> updatesType =
      getTensorOperand(diag, adaptor.getUpdates(), "updates");
  if (failed(inputType) || failed(indicesType) || failed(updatesType))
    return failure();
  // scatterElements, step 3: indices are int32, uint32 or int64.
  if (failed(validateIndicesDataType(diag, *indicesType,
                                     "scatterElements, step 3")))
    return failure();
  // scatterElements, step 4: updates has input's data type.
  if (failed(validateSameDataType(diag, *updatesType, "updates", *inputType,
                                  "input", "scatterElements, step 4")))
    return failure();
  // scatterElements, step 5: input rank 1 to N, indices and updates of the
  // same rank.
  if (failed(validateMinRank(diag, *inputType, 1, "input",
                             "scatterElements, step 5")) ||
      failed(validateRank(diag, *indicesType, inputType->getRank(), "indices",
                          "scatterElements, step 5")) ||
      failed(validateRank(diag, *updatesType, inputType->getRank(), "updates",
                          "scatterElements, step 5")))
    return failure();
  int64_t axis = adaptor.getAxis();
  // scatterElements, step 7: axis < input's rank.
  if (failed(validateAxisOption(diag, axis, inputType->getRank(),
                                "scatterElements, step 7")))
    return failure();
  // scatterElements, step 10: indices has input's shape except along axis.
  if (failed(validateIndicesAlongAxis(diag, *inputType, *indicesType, axis,
                                      "scatterElements, step 10")))
    return failure();
  // scatterElements, step 11: updates has the indices' shape.
  if (failed(validateSameShape(diag, *updatesType, "updates", *indicesType,
                               "indices", "scatterElements, step 11")))
    return failure();
  inferredTypes.push_back(*inputType);
  return success();
}

//===----------------------------------------------------------------------===//
// scatterND
//===----------------------------------------------------------------------===//

LogicalResult
ScatterNDOp::inferReturnTypes(MLIRContext *, std::optional<Location> location,
                              Adaptor adaptor,
                              SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  FailureOr<RankedTensorType> indicesType =
      getTensorOperand(diag, adaptor.getIndices(), "indices");
  FailureOr<RankedTensorType> updatesType =
      getTensorOperand(diag, adaptor.getUpdates(), "updates");
  if (failed(inputType) || failed(indicesType) || failed(updatesType))
    return failure();
  // scatterND, step 3: indices are int32, uint32 or int64.
  if (failed(validateIndicesDataType(diag, *indicesType, "scatterND, step 3")))
    return failure();
  // scatterND, step 4: updates has input's data type.
  if (failed(validateSameDataType(diag, *updatesType, "updates", *inputType,
                                  "input", "scatterND, step 4")))
    return failure();
  // scatterND, step 5: input and indices have rank 1 to N (updates: any).
  if (failed(
          validateMinRank(diag, *inputType, 1, "input", "scatterND, step 5")) ||
      failed(validateMinRank(diag, *indicesType, 1, "indices",
                             "scatterND, step 5")))
    return failure();
  // scatterND, steps 10-13: coordinate size <= input rank; the shape the
  // updates must have.
  FailureOr<SmallVector<int64_t>> expectedUpdatesShape =
      inferCoordinateSliceShape(diag, *inputType, *indicesType,
                                "scatterND, step 10");
  if (failed(expectedUpdatesShape))
    return failure();
  // scatterND, step 14: updates has that shape.
  if (updatesType->getShape() != ArrayRef<int64_t>(*expectedUpdatesShape))
    return diag.fail("updates shape ", *updatesType, " must be ",
                     formatList(*expectedUpdatesShape),
                     " (indices.shape[0:-1] ++ "
                     "input.shape[indices.shape[-1]:]) [scatterND, step 14]");
  inferredTypes.push_back(*inputType);
  return success();
}

//===----------------------------------------------------------------------===//
// pad
//===----------------------------------------------------------------------===//

LogicalResult PadOp::inferReturnTypes(MLIRContext *,
                                      std::optional<Location> location,
                                      Adaptor adaptor,
                                      SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  ArrayRef<int64_t> beginning = adaptor.getBeginningPadding();
  ArrayRef<int64_t> ending = adaptor.getEndingPadding();
  int64_t rank = inputType->getRank();
  // pad, step 3: one beginning and one ending padding per dimension.
  if (failed(validateOptionSize(diag, beginning, rank, "beginningPadding",
                                "pad, step 3")) ||
      failed(validateOptionSize(diag, ending, rank, "endingPadding",
                                "pad, step 3")))
    return failure();
  bool isReflection = adaptor.getMode() == PaddingMode::reflection;
  SmallVector<int64_t> outputShape(inputType->getShape());
  for (int64_t index = 0; index < rank; ++index) {
    int64_t inputSize = outputShape[index];
    // pad, step 6.1: reflection mirrors without repeating the edge, so
    // each side pads fewer elements than the dimension has.
    if (isReflection &&
        (beginning[index] >= inputSize || ending[index] >= inputSize))
      return diag.fail("reflection padding [", beginning[index], ", ",
                       ending[index], "] of dimension ", index,
                       " must be less than its size ", inputSize,
                       " on each side [pad, step 6.1]");
    // pad, step 7: beginning + size + ending is a valid dimension.
    std::optional<int64_t> size = llvm::checkedAdd(inputSize, beginning[index]);
    if (size)
      size = llvm::checkedAdd(*size, ending[index]);
    if (failed(validateDimension(
            diag, size.value_or(std::numeric_limits<int64_t>::max()),
            "padded size of dimension " + std::to_string(index),
            "pad, step 7")))
      return failure();
    outputShape[index] = *size;
  }
  inferredTypes.push_back(
      makeTensorType(outputShape, inputType->getElementType()));
  return success();
}

OpFoldResult PadOp::fold(FoldAdaptor) {
  // Same type means all padding is zero, whatever the mode.
  return foldToInputIfSameType(getInput(), getType());
}

//===----------------------------------------------------------------------===//
// reshape
//===----------------------------------------------------------------------===//

LogicalResult
ReshapeOp::inferReturnTypes(MLIRContext *, std::optional<Location> location,
                            Adaptor adaptor,
                            SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  ArrayRef<int64_t> newShape = adaptor.getNewShape();
  // reshape, step 6: every newShape entry is a valid dimension. (An empty
  // newShape is a scalar, step 5.)
  int64_t outputElementCount = 1;
  for (auto [index, size] : llvm::enumerate(newShape)) {
    if (failed(validateDimension(diag, size,
                                 "newShape[" + std::to_string(index) + "]",
                                 "reshape, step 6")))
      return failure();
    // Valid dimensions are < 2^31, so overflow means "too many elements".
    outputElementCount = llvm::checkedMul(outputElementCount, size)
                             .value_or(std::numeric_limits<int64_t>::max());
  }
  // reshape, step 8: newShape holds as many elements as the input.
  if (outputElementCount != inputType->getNumElements())
    return diag.fail("newShape ", formatList(newShape), " does not hold the ",
                     inputType->getNumElements(), " elements of input ",
                     *inputType, " [reshape, step 8]");
  inferredTypes.push_back(
      makeTensorType(newShape, inputType->getElementType()));
  return success();
}

OpFoldResult ReshapeOp::fold(FoldAdaptor adaptor) {
  if (OpFoldResult identity = foldToInputIfSameType(getInput(), getType()))
    return identity;
  // Reshaping a constant only relabels its shape; dense attributes share
  // their storage, so this copies nothing.
  if (auto elements =
          dyn_cast_if_present<DenseElementsAttr>(adaptor.getInput()))
    return elements.reshape(getType());
  // reshape(reshape(x)) == reshape(x).
  if (auto producer = getInput().getDefiningOp<ReshapeOp>()) {
    getInputMutable().assign(producer.getInput());
    return getResult();
  }
  return {};
}

//===----------------------------------------------------------------------===//
// reverse
//===----------------------------------------------------------------------===//

LogicalResult
ReverseOp::inferReturnTypes(MLIRContext *, std::optional<Location> location,
                            Adaptor adaptor,
                            SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  // reverse, step 6: given axes are distinct and in [0, rank). (Absent
  // axes mean all, step 5, which is always valid.)
  if (std::optional<ArrayRef<int64_t>> axes = adaptor.getAxes())
    if (failed(validateAxes(diag, *axes, inputType->getRank(), "axes",
                            "reverse, step 6")))
      return failure();
  inferredTypes.push_back(*inputType);
  return success();
}

OpFoldResult ReverseOp::fold(FoldAdaptor) {
  // Reversing only size-1 dimensions (or none) changes nothing.
  RankedTensorType type = getType();
  SmallVector<int64_t> allAxes =
      llvm::to_vector(llvm::seq<int64_t>(0, type.getRank()));
  ArrayRef<int64_t> axes = getAxes().value_or(ArrayRef<int64_t>(allAxes));
  if (llvm::all_of(axes,
                   [&](int64_t axis) { return type.getDimSize(axis) == 1; }))
    return getInput();
  return {};
}

//===----------------------------------------------------------------------===//
// slice
//===----------------------------------------------------------------------===//

LogicalResult SliceOp::inferReturnTypes(MLIRContext *,
                                        std::optional<Location> location,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  ArrayRef<int64_t> starts = adaptor.getStarts();
  ArrayRef<int64_t> sizes = adaptor.getSizes();
  int64_t rank = inputType->getRank();
  // slice, step 3 (and 9.4): no size is 0.
  for (auto [index, size] : llvm::enumerate(sizes))
    if (size == 0)
      return diag.fail("sizes[", index, "] must not be 0 [slice, step 3]");
  // slice, step 4: one start and one size per dimension.
  if (failed(
          validateOptionSize(diag, starts, rank, "starts", "slice, step 4")) ||
      failed(validateOptionSize(diag, sizes, rank, "sizes", "slice, step 4")))
    return failure();
  std::optional<ArrayRef<int64_t>> strides = adaptor.getStrides();
  // slice, step 6.2: strides, when given, has one entry per dimension.
  if (strides && failed(validateOptionSize(diag, *strides, rank, "strides",
                                           "slice, step 6.2")))
    return failure();
  SmallVector<int64_t> outputShape;
  for (int64_t index = 0; index < rank; ++index) {
    int64_t inputSize = inputType->getDimSize(index);
    int64_t start = starts[index];
    int64_t size = sizes[index];
    int64_t stride = strides ? (*strides)[index] : 1;
    // slice, step 9.5: strides are at least 1.
    if (stride < 1)
      return diag.fail("strides[", index, "] must be at least 1, got ", stride,
                       " [slice, step 9.5]");
    // slice, step 9.6: the start lies within the dimension.
    if (start > inputSize)
      return diag.fail("starts[", index, "] = ", start,
                       " is beyond the input size ", inputSize,
                       " [slice, step 9.6]");
    // slice, step 9.7: the window ends within the dimension (start <=
    // inputSize, so the subtraction cannot overflow).
    if (size > inputSize - start)
      return diag.fail("starts[", index, "] + sizes[", index, "] = ", start,
                       " + ", size, " exceeds the input size ", inputSize,
                       " [slice, step 9.7]");
    // slice, steps 9.8-9.9: floor(size / stride) + (size % stride != 0).
    outputShape.push_back(size / stride + (size % stride != 0 ? 1 : 0));
  }
  inferredTypes.push_back(
      makeTensorType(outputShape, inputType->getElementType()));
  return success();
}

OpFoldResult SliceOp::fold(FoldAdaptor) {
  // Same type means sizes equal the input shape, so starts are 0 and each
  // stride is 1 or steps over a size-1 dimension: the whole input.
  return foldToInputIfSameType(getInput(), getType());
}

//===----------------------------------------------------------------------===//
// split
//===----------------------------------------------------------------------===//

LogicalResult SplitOp::inferReturnTypes(MLIRContext *,
                                        std::optional<Location> location,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  int64_t axis = adaptor.getAxis();
  // split, step 4: axis < input's rank.
  if (failed(validateAxisOption(diag, axis, inputType->getRank(),
                                "split, step 4")))
    return failure();
  int64_t axisSize = inputType->getDimSize(axis);
  SmallVector<int64_t> partSizes;
  Attribute splits = adaptor.getSplits();
  if (auto count = dyn_cast_if_present<IntegerAttr>(splits)) {
    int64_t splitCount = count.getValue().getSExtValue();
    // split, step 5.1: the count is a valid tensor count.
    if (failed(validateTensorCount(diag, splitCount, "splits count",
                                   "split, step 5.1")))
      return failure();
    // split, step 5.2: the count divides the size along axis.
    if (axisSize % splitCount != 0)
      return diag.fail("input size ", axisSize, " along axis ", axis,
                       " is not divisible by splits count ", splitCount,
                       " [split, step 5.2]");
    partSizes.assign(splitCount, axisSize / splitCount);
  } else if (auto sizes = dyn_cast_if_present<DenseI64ArrayAttr>(splits)) {
    ArrayRef<int64_t> sizeList = sizes.asArrayRef();
    // split, step 6.1: the number of sizes is a valid tensor count.
    if (!isValidTensorCount(sizeList.size()))
      return diag.fail("splits has ", sizeList.size(),
                       " sizes, not a valid tensor count (must be in [1, ",
                       kMaxTensorCount, "]) [split, step 6.1]");
    // split, step 6.2: no size is 0 (nor negative, for builders that skip
    // the attribute constraint).
    int64_t sum = 0;
    for (auto [index, size] : llvm::enumerate(sizeList)) {
      if (size <= 0)
        return diag.fail("splits[", index, "] must be greater than 0, got ",
                         size, " [split, step 6.2]");
      // Stop summing once past the axis size: the sum cannot overflow.
      sum = std::min(sum + size, axisSize + 1);
    }
    // split, step 6.3: the sizes add up to the size along axis.
    if (sum != axisSize)
      return diag.fail("splits sizes ", formatList(sizeList),
                       " must add up to the input size ", axisSize,
                       " along axis ", axis, " [split, step 6.3]");
    partSizes.assign(sizeList.begin(), sizeList.end());
  } else {
    return diag.fail("splits must be an integer count or an array<i64> of "
                     "sizes");
  }
  // split, step 7.3: each output is the input with its size along axis.
  SmallVector<int64_t> shape(inputType->getShape());
  for (int64_t size : partSizes) {
    shape[axis] = size;
    inferredTypes.push_back(makeTensorType(shape, inputType->getElementType()));
  }
  return success();
}

//===----------------------------------------------------------------------===//
// tile
//===----------------------------------------------------------------------===//

LogicalResult TileOp::inferReturnTypes(MLIRContext *,
                                       std::optional<Location> location,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  ArrayRef<int64_t> repetitions = adaptor.getRepetitions();
  // tile, step 3: one repetition count per dimension.
  if (failed(validateOptionSize(diag, repetitions, inputType->getRank(),
                                "repetitions", "tile, step 3")))
    return failure();
  // tile, step 4: no repetition count is 0.
  for (auto [index, repetition] : llvm::enumerate(repetitions))
    if (repetition == 0)
      return diag.fail("repetitions[", index, "] must not be 0 [tile, step 4]");
  // tile, step 6: size * repetitions, which must stay a valid dimension.
  SmallVector<int64_t> outputShape(inputType->getShape());
  for (auto [index, size] : llvm::enumerate(outputShape)) {
    size = llvm::checkedMul(size, repetitions[index])
               .value_or(std::numeric_limits<int64_t>::max());
    if (failed(validateDimension(
            diag, size, "tiled size of dimension " + std::to_string(index),
            "MLOperandDescriptor, check dimensions")))
      return failure();
  }
  inferredTypes.push_back(
      makeTensorType(outputShape, inputType->getElementType()));
  return success();
}

OpFoldResult TileOp::fold(FoldAdaptor) {
  // Same type means every repetition count is 1.
  return foldToInputIfSameType(getInput(), getType());
}

//===----------------------------------------------------------------------===//
// transpose
//===----------------------------------------------------------------------===//

/// The permutation transpose applies: the option, or by default the
/// reversed dimension order [N-1, ..., 0] (transpose, step 3).
static SmallVector<int64_t>
getEffectivePermutation(std::optional<ArrayRef<int64_t>> permutation,
                        int64_t rank) {
  if (permutation)
    return SmallVector<int64_t>(*permutation);
  return llvm::to_vector(llvm::reverse(llvm::seq<int64_t>(0, rank)));
}

LogicalResult
TransposeOp::inferReturnTypes(MLIRContext *, std::optional<Location> location,
                              Adaptor adaptor,
                              SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  int64_t rank = inputType->getRank();
  SmallVector<int64_t> permutation =
      getEffectivePermutation(adaptor.getPermutation(), rank);
  // transpose, step 4.1: one entry per dimension.
  if (failed(validateOptionSize(diag, permutation, rank, "permutation",
                                "transpose, step 4.1")))
    return failure();
  llvm::SmallBitVector seen(rank);
  SmallVector<int64_t> outputShape;
  for (int64_t axis : permutation) {
    // transpose, step 4.2: entries are in [0, rank).
    if (axis < 0 || axis >= rank)
      return diag.fail("permutation value ", axis,
                       " is out of range for an input of rank ", rank,
                       " (must be in [0, ", rank, ")) [transpose, step 4.2]");
    // transpose, step 4.3: no entry repeats.
    if (seen.test(axis))
      return diag.fail("permutation contains axis ", axis,
                       " twice [transpose, step 4.3]");
    seen.set(axis);
    outputShape.push_back(inputType->getDimSize(axis));
  }
  inferredTypes.push_back(
      makeTensorType(outputShape, inputType->getElementType()));
  return success();
}

OpFoldResult TransposeOp::fold(FoldAdaptor) {
  SmallVector<int64_t> permutation =
      getEffectivePermutation(getPermutation(), getType().getRank());
  for (auto [index, axis] : llvm::enumerate(permutation))
    if (axis != static_cast<int64_t>(index))
      return {};
  return getInput();
}

//===----------------------------------------------------------------------===//
// triangular
//===----------------------------------------------------------------------===//

LogicalResult
TriangularOp::inferReturnTypes(MLIRContext *, std::optional<Location> location,
                               Adaptor adaptor,
                               SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  // triangular, step 3: the input is at least a matrix (ranks 2 to N).
  if (failed(
          validateMinRank(diag, *inputType, 2, "input", "triangular, step 3")))
    return failure();
  inferredTypes.push_back(*inputType);
  return success();
}

//===----------------------------------------------------------------------===//
// resample2d
//===----------------------------------------------------------------------===//

LogicalResult
Resample2dOp::inferReturnTypes(MLIRContext *, std::optional<Location> location,
                               Adaptor adaptor,
                               SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  // resample2d, step 4: the input is 4-D.
  if (failed(validateRank(diag, *inputType, 4, "input", "resample2d, step 4")))
    return failure();
  // resample2d, step 6: two scales, each greater than 0 (default [1, 1],
  // step 5).
  ArrayRef<float> scales = adaptor.getScales();
  if (scales.size() != 2)
    return diag.fail("scales must have 2 values, got ", scales.size(),
                     " [resample2d, step 6]");
  for (auto [index, scale] : llvm::enumerate(scales))
    if (scale <= 0.0f)
      return diag.fail("scales[", index, "] must be greater than 0, got ",
                       scale, " [resample2d, step 6]");
  // resample2d, step 7: sizes, when given, are two non-zero sizes.
  std::optional<ArrayRef<int64_t>> sizes = adaptor.getSizes();
  if (sizes) {
    if (failed(
            validateOptionSize(diag, *sizes, 2, "sizes", "resample2d, step 7")))
      return failure();
    for (auto [index, size] : llvm::enumerate(*sizes))
      if (size == 0)
        return diag.fail("sizes[", index,
                         "] must not be 0 [resample2d, step 7]");
  }
  // resample2d, step 9: axes (default [2, 3], step 8) are distinct and in
  // [0, 4). Step 10.3 pairs axes[i] with scales[i] or sizes[i], so axes
  // must also have exactly 2 entries (the option's "a list of length 2").
  ArrayRef<int64_t> axes = adaptor.getAxes();
  if (failed(validateOptionSize(diag, axes, 2, "axes", "resample2d, step 9")) ||
      failed(validateAxes(diag, axes, 4, "axes", "resample2d, step 9")))
    return failure();
  // resample2d, step 10.3: sizes win over scales; otherwise
  // floor(input size * scale). Each must be a valid dimension (10.3.3).
  SmallVector<int64_t> outputShape(inputType->getShape());
  for (auto [index, axis] : llvm::enumerate(axes)) {
    int64_t size;
    if (sizes) {
      size = (*sizes)[index];
    } else {
      // A float option widened to double, as the spec's JS numbers are.
      double scaled =
          std::floor(static_cast<double>(inputType->getDimSize(axis)) *
                     static_cast<double>(scales[index]));
      // Clamp before converting so huge or non-finite products stay
      // defined; anything past int32 is rejected below anyway.
      size = std::isfinite(scaled) && scaled < 4294967296.0
                 ? static_cast<int64_t>(scaled)
                 : std::numeric_limits<int64_t>::max();
    }
    if (failed(validateDimension(
            diag, size, "output size along axis " + std::to_string(axis),
            "resample2d, step 10.3.3")))
      return failure();
    outputShape[axis] = size;
  }
  inferredTypes.push_back(
      makeTensorType(outputShape, inputType->getElementType()));
  return success();
}

#define GET_OP_CLASSES
#include "webnn/IR/DataMovementOps.cpp.inc"
