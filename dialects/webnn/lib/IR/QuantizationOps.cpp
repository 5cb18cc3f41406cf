//===- QuantizationOps.cpp - linear quantization webnn ops ----------------===//
//
// Validation and type inference for dequantizeLinear and quantizeLinear,
// which mirror each other: one routine checks both, including the shape
// steps (7 to 10, numbered alike in both algorithms).
//
//===----------------------------------------------------------------------===//
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

using namespace mlir;
using namespace mlir::webnn;

/// Both algorithms. They differ in which operand shares the input's data
/// type and which one gives the output's: quantizeLinear (`isQuantize`)
/// takes a float input of scale's type to zeroPoint's integer type;
/// dequantizeLinear takes an integer input of zeroPoint's type to scale's
/// float type. Steps 7 to 11 are the same in both.
static LogicalResult
inferLinearQuantizationType(const OpDiagnostics &diag, StringRef op,
                            bool isQuantize, Value input, Value scale,
                            Value zeroPoint,
                            SmallVectorImpl<Type> &inferredTypes) {
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, input, "input");
  FailureOr<RankedTensorType> scaleType =
      getTensorOperand(diag, scale, "scale");
  FailureOr<RankedTensorType> zeroPointType =
      getTensorOperand(diag, zeroPoint, "zeroPoint");
  if (failed(inputType) || failed(scaleType) || failed(zeroPointType))
    return failure();
  // quantizeLinear, step 5: scale has the input's (floating point) type.
  // dequantizeLinear, step 6: zeroPoint has the input's (integer) type.
  if (failed(isQuantize
                 ? validateSameDataType(diag, *scaleType, "scale", *inputType,
                                        "input", stepRule(op, "5"))
                 : validateSameDataType(diag, *zeroPointType, "zeroPoint",
                                        *inputType, "input",
                                        stepRule(op, "6"))))
    return failure();
  // <op>, step 7: scale and zeroPoint have the input's rank.
  std::string rankRule = stepRule(op, "7");
  if (failed(validateRank(diag, *scaleType, inputType->getRank(), "scale",
                          rankRule)) ||
      failed(validateRank(diag, *zeroPointType, inputType->getRank(),
                          "zeroPoint", rankRule)))
    return failure();
  // <op>, step 8: scale and zeroPoint have one shape.
  if (failed(validateSameShape(diag, *scaleType, "scale", *zeroPointType,
                               "zeroPoint", stepRule(op, "8"))))
    return failure();
  // <op>, step 9: every input dimension is a multiple of scale's. Step 10
  // (the same for zeroPoint) follows from steps 8 and 9.
  if (!isBlockwiseBroadcastable(scaleType->getShape(), inputType->getShape()))
    return diag.fail("scale shape ", *scaleType,
                     " is not blockwise broadcastable to input shape ",
                     *inputType, " [", op, ", step 9]");
  // <op>, step 11: the output has the input's shape and the other
  // operand's data type.
  Type outputElementType = isQuantize ? zeroPointType->getElementType()
                                      : scaleType->getElementType();
  inferredTypes.push_back(
      makeTensorType(inputType->getShape(), outputElementType));
  return success();
}

namespace mlir::webnn {

LogicalResult inferDequantizeLinearType(const OpDiagnostics &diag, Value input,
                                        Value scale, Value zeroPoint,
                                        SmallVectorImpl<Type> &inferredTypes) {
  return inferLinearQuantizationType(diag, "dequantizeLinear",
                                     /*isQuantize=*/false, input, scale,
                                     zeroPoint, inferredTypes);
}

LogicalResult inferQuantizeLinearType(const OpDiagnostics &diag, Value input,
                                      Value scale, Value zeroPoint,
                                      SmallVectorImpl<Type> &inferredTypes) {
  return inferLinearQuantizationType(diag, "quantizeLinear",
                                     /*isQuantize=*/true, input, scale,
                                     zeroPoint, inferredTypes);
}

} // namespace mlir::webnn

#define GET_OP_CLASSES
#include "webnn/IR/QuantizationOps.cpp.inc"
