//===- ElementwiseOps.cpp - element-wise webnn ops ------------------------===//
//
// Validation and type inference for the spec's element-wise binary, logical
// and unary operations, where and cast; folders for identity and cast.
//
//===----------------------------------------------------------------------===//
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/APSInt.h"

using namespace mlir;
using namespace mlir::webnn;

namespace mlir::webnn {

// The shared inferences below are called from the `extraClassDefinition`s
// of the family base classes in ElementwiseOps.td, which the generated code
// at the end of this file expands.

/// Spec: "create an element-wise binary operation".
LogicalResult inferElementwiseBinaryType(const OpDiagnostics &diag, Value a,
                                         Value b,
                                         SmallVectorImpl<Type> &inferredTypes) {
  FailureOr<RankedTensorType> aType = getTensorOperand(diag, a, "a");
  FailureOr<RankedTensorType> bType = getTensorOperand(diag, b, "b");
  if (failed(aType) || failed(bType))
    return failure();
  // element-wise binary, step 4: a and b have the same data type.
  if (failed(validateSameDataType(diag, *bType, "b", *aType, "a",
                                  "element-wise binary, step 4")))
    return failure();
  // element-wise binary, step 5.1: the output shape is the bidirectional
  // broadcast of both shapes.
  std::optional<SmallVector<int64_t>> outputShape =
      broadcastBidirectionally(aType->getShape(), bType->getShape());
  if (!outputShape)
    return diag.fail("shapes ", *aType, " and ", *bType,
                     " are not bidirectionally broadcastable "
                     "[element-wise binary, step 5.1]");
  inferredTypes.push_back(
      makeTensorType(*outputShape, aType->getElementType()));
  return success();
}

/// Spec: "create an element-wise logical operation". `b` is null for the
/// single-operand ops (logicalNot, isNaN, isInfinite).
LogicalResult inferElementwiseLogicalType(MLIRContext *context,
                                          const OpDiagnostics &diag, Value a,
                                          Value b,
                                          SmallVectorImpl<Type> &inferredTypes) {
  FailureOr<RankedTensorType> aType = getTensorOperand(diag, a, "a");
  if (failed(aType))
    return failure();
  // Steps 4.1 (uint8 for logicalNot/And/Or/Xor) and 5.1 (float32/float16 for
  // isNaN/isInfinite) are the ops' ODS operand types.
  // element-wise logical, step 7.1: a single operand keeps its shape.
  SmallVector<int64_t> outputShape(aType->getShape());
  if (b) {
    FailureOr<RankedTensorType> bType = getTensorOperand(diag, b, "b");
    if (failed(bType))
      return failure();
    // element-wise logical, step 6.2: a and b have the same data type.
    if (failed(validateSameDataType(diag, *bType, "b", *aType, "a",
                                    "element-wise logical, step 6.2")))
      return failure();
    // element-wise logical, step 6.3: the output shape is the bidirectional
    // broadcast of both shapes.
    std::optional<SmallVector<int64_t>> broadcastShape =
        broadcastBidirectionally(aType->getShape(), bType->getShape());
    if (!broadcastShape)
      return diag.fail("shapes ", *aType, " and ", *bType,
                       " are not bidirectionally broadcastable "
                       "[element-wise logical, step 6.3]");
    outputShape = std::move(*broadcastShape);
  }
  // element-wise logical, step 8: the output is uint8 (0 or 1).
  inferredTypes.push_back(makeTensorType(
      outputShape, IntegerType::get(context, 8, IntegerType::Unsigned)));
  return success();
}

} // namespace mlir::webnn

//===----------------------------------------------------------------------===//
// identity
//===----------------------------------------------------------------------===//

OpFoldResult IdentityOp::fold(FoldAdaptor) {
  // The output is a copy of the input's descriptor and values.
  return getInput();
}

//===----------------------------------------------------------------------===//
// where
//===----------------------------------------------------------------------===//

LogicalResult WhereOp::inferReturnTypes(MLIRContext *,
                                        std::optional<Location> location,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> conditionType =
      getTensorOperand(diag, adaptor.getCondition(), "condition");
  FailureOr<RankedTensorType> trueType =
      getTensorOperand(diag, adaptor.getTrueValue(), "trueValue");
  FailureOr<RankedTensorType> falseType =
      getTensorOperand(diag, adaptor.getFalseValue(), "falseValue");
  if (failed(conditionType) || failed(trueType) || failed(falseType))
    return failure();
  // where, step 3: condition is uint8 and trueValue any type (ODS operand
  // types); falseValue's allowed data type is "same as trueValue".
  if (failed(validateSameDataType(diag, *falseType, "falseValue", *trueType,
                                  "trueValue", "where, step 3")))
    return failure();
  // where, step 4.1: trueValue and falseValue broadcast bidirectionally.
  std::optional<SmallVector<int64_t>> valueShape =
      broadcastBidirectionally(trueType->getShape(), falseType->getShape());
  if (!valueShape)
    return diag.fail("trueValue shape ", *trueType, " and falseValue shape ",
                     *falseType,
                     " are not bidirectionally broadcastable [where, step 4.1]");
  // where, step 5.1: condition broadcasts bidirectionally with their
  // broadcast shape.
  std::optional<SmallVector<int64_t>> outputShape =
      broadcastBidirectionally(conditionType->getShape(), *valueShape);
  if (!outputShape)
    return diag.fail("condition shape ", *conditionType,
                     " and the broadcast value shape ",
                     makeTensorType(*valueShape, trueType->getElementType()),
                     " are not bidirectionally broadcastable [where, step 5.1]");
  // where, step 6: the output has trueValue's data type.
  inferredTypes.push_back(
      makeTensorType(*outputShape, trueType->getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// cast
//===----------------------------------------------------------------------===//

LogicalResult CastOp::inferReturnTypes(MLIRContext *context,
                                       std::optional<Location> location,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferredTypes) {
  OpDiagnostics diag(location, getOperationName());
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, adaptor.getInput(), "input");
  if (failed(inputType))
    return failure();
  // cast: the output has input's shape and the requested data type.
  inferredTypes.push_back(makeTensorType(
      inputType->getShape(), getElementType(context, adaptor.getDataType())));
  return success();
}

/// Converts one element as the spec's cast table says: float -> float
/// rounds to nearest (overflow to infinity), float -> integer truncates
/// toward zero, integer -> float rounds to nearest, integer -> integer keeps
/// the low bits (two's complement wrap).
static Attribute castElement(Attribute value, Type toType) {
  if (auto floatValue = dyn_cast<FloatAttr>(value)) {
    APFloat converted = floatValue.getValue();
    bool losesInfo = false;
    if (auto toFloat = dyn_cast<FloatType>(toType)) {
      converted.convert(toFloat.getFloatSemantics(),
                        APFloat::rmNearestTiesToEven, &losesInfo);
      return FloatAttr::get(toType, converted);
    }
    auto toInt = cast<IntegerType>(toType);
    if (converted.isNaN() || converted.isInfinity())
      return {}; // Implementation-defined; leave it to the target.
    APSInt result(toInt.getWidth(), toInt.isUnsigned());
    bool isExact = false;
    if (converted.convertToInteger(result, APFloat::rmTowardZero, &isExact) &
        APFloat::opInvalidOp)
      return {}; // Out of range: implementation-defined.
    return IntegerAttr::get(toType, result);
  }
  auto intValue = cast<IntegerAttr>(value);
  auto fromInt = cast<IntegerType>(intValue.getType());
  APInt bits = intValue.getValue();
  if (auto toFloat = dyn_cast<FloatType>(toType)) {
    APFloat result(toFloat.getFloatSemantics());
    result.convertFromAPInt(bits, /*IsSigned=*/!fromInt.isUnsigned(),
                            APFloat::rmNearestTiesToEven);
    return FloatAttr::get(toType, result);
  }
  auto toInt = cast<IntegerType>(toType);
  APInt result = fromInt.isUnsigned() ? bits.zextOrTrunc(toInt.getWidth())
                                      : bits.sextOrTrunc(toInt.getWidth());
  return IntegerAttr::get(toType, result);
}

OpFoldResult CastOp::fold(FoldAdaptor adaptor) {
  if (getInput().getType() == getType())
    return getInput();
  auto elements = dyn_cast_if_present<DenseElementsAttr>(adaptor.getInput());
  if (!elements)
    return {};
  Type toType = getType().getElementType();
  // Fold splats and small tensors only: big constants stay as resources.
  constexpr int64_t kMaxFoldedElements = 1 << 16;
  if (!elements.isSplat() && elements.getNumElements() > kMaxFoldedElements)
    return {};
  SmallVector<Attribute> converted;
  auto values = elements.isSplat()
                    ? SmallVector<Attribute>{elements.getSplatValue<Attribute>()}
                    : llvm::to_vector(elements.getValues<Attribute>());
  for (Attribute value : values) {
    Attribute result = castElement(value, toType);
    if (!result)
      return {};
    converted.push_back(result);
  }
  if (elements.isSplat())
    return SplatElementsAttr::get(getType(), converted.front());
  return DenseElementsAttr::get(getType(), converted);
}

#define GET_OP_CLASSES
#include "webnn/IR/ElementwiseOps.cpp.inc"
