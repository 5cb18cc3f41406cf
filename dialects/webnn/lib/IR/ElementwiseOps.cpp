//===- ElementwiseOps.cpp - element-wise webnn ops ------------------------===//
//
// Validation and type inference for the spec's element-wise binary, logical
// and unary operations, where and cast; folders for cast of a constant.
//
//===----------------------------------------------------------------------===//
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/APSInt.h"

using namespace mlir;
using namespace mlir::webnn;

namespace mlir::webnn {

/// Spec: "create an element-wise binary operation".
LogicalResult inferElementwiseBinaryType(const OpDiagnostics &diag, Value a,
                                         Value b,
                                         SmallVectorImpl<Type> &inferredTypes) {
  FailureOr<RankedTensorType> aType = getTensorOperand(diag, a, "a");
  FailureOr<RankedTensorType> bType = getTensorOperand(diag, b, "b");
  if (failed(aType) || failed(bType))
    return failure();
  // Step 3: a and b have the same data type.
  if (failed(validateSameDataType(diag, *bType, "b", *aType, "a",
                                  "element-wise binary, step 3")))
    return failure();
  // Step 4: the output shape is the bidirectional broadcast of both shapes.
  std::optional<SmallVector<int64_t>> outputShape =
      broadcastBidirectionally(aType->getShape(), bType->getShape());
  if (!outputShape)
    return diag.fail("shapes ", *aType, " and ", *bType,
                     " are not bidirectionally broadcastable "
                     "[element-wise binary, step 4]");
  inferredTypes.push_back(
      makeTensorType(*outputShape, aType->getElementType()));
  return success();
}

} // namespace mlir::webnn

//===----------------------------------------------------------------------===//
// cast
//===----------------------------------------------------------------------===//

/// The MLIR element type of an MLOperandDataType.
static Type getElementType(MLIRContext *context, OperandDataType dataType) {
  Builder b(context);
  switch (dataType) {
  case OperandDataType::float32:
    return b.getF32Type();
  case OperandDataType::float16:
    return b.getF16Type();
  case OperandDataType::int32:
    return b.getIntegerType(32);
  case OperandDataType::uint32:
    return b.getIntegerType(32, /*isSigned=*/false);
  case OperandDataType::int64:
    return b.getIntegerType(64);
  case OperandDataType::uint64:
    return b.getIntegerType(64, /*isSigned=*/false);
  case OperandDataType::int8:
    return b.getIntegerType(8);
  case OperandDataType::uint8:
    return b.getIntegerType(8, /*isSigned=*/false);
  case OperandDataType::int4:
    return b.getIntegerType(4);
  case OperandDataType::uint4:
    return b.getIntegerType(4, /*isSigned=*/false);
  }
  llvm_unreachable("unknown MLOperandDataType");
}

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
