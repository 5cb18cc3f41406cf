//===- QuantizationOps.cpp - linear quantization webnn ops ----------------===//
//
// Validation and type inference for dequantizeLinear and quantizeLinear.
// Each op checks its own data-type steps, then both run the same shape
// steps (7 to 10, numbered alike in both algorithms).
//
//===----------------------------------------------------------------------===//
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

using namespace mlir;
using namespace mlir::webnn;

/// Steps 7 to 11 of both algorithms: scale and zeroPoint have the input's
/// rank and one shape, blockwise broadcastable to the input's; the output
/// has the input's shape and `outputElementType`.
static LogicalResult
inferBlockwiseQuantizationType(const OpDiagnostics &diag, StringRef op,
                               RankedTensorType inputType,
                               RankedTensorType scaleType,
                               RankedTensorType zeroPointType,
                               Type outputElementType,
                               SmallVectorImpl<Type> &inferredTypes) {
  // <op>, step 7: scale and zeroPoint have the input's rank.
  std::string rankRule = (op + ", step 7").str();
  if (failed(validateRank(diag, scaleType, inputType.getRank(), "scale",
                          rankRule)) ||
      failed(validateRank(diag, zeroPointType, inputType.getRank(),
                          "zeroPoint", rankRule)))
    return failure();
  // <op>, step 8: scale and zeroPoint have one shape.
  if (scaleType.getShape() != zeroPointType.getShape())
    return diag.fail("scale shape ", scaleType, " must equal zeroPoint shape ",
                     zeroPointType, " [", op, ", step 8]");
  // <op>, step 9: every input dimension is a multiple of scale's. Step 10
  // (the same for zeroPoint) follows from steps 8 and 9.
  if (!isBlockwiseBroadcastable(scaleType.getShape(), inputType.getShape()))
    return diag.fail("scale shape ", scaleType,
                     " is not blockwise broadcastable to input shape ",
                     inputType, " [", op, ", step 9]");
  // <op>, step 11: the output has the input's shape.
  inferredTypes.push_back(
      makeTensorType(inputType.getShape(), outputElementType));
  return success();
}

namespace mlir::webnn {

LogicalResult inferDequantizeLinearType(const OpDiagnostics &diag, Value input,
                                        Value scale, Value zeroPoint,
                                        SmallVectorImpl<Type> &inferredTypes) {
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, input, "input");
  FailureOr<RankedTensorType> scaleType =
      getTensorOperand(diag, scale, "scale");
  FailureOr<RankedTensorType> zeroPointType =
      getTensorOperand(diag, zeroPoint, "zeroPoint");
  if (failed(inputType) || failed(scaleType) || failed(zeroPointType))
    return failure();
  // dequantizeLinear, step 6: zeroPoint has the input's (integer) type.
  if (failed(validateSameDataType(diag, *zeroPointType, "zeroPoint",
                                  *inputType, "input",
                                  "dequantizeLinear, step 6")))
    return failure();
  // The output is floating point: the scale's data type.
  return inferBlockwiseQuantizationType(
      diag, "dequantizeLinear", *inputType, *scaleType, *zeroPointType,
      scaleType->getElementType(), inferredTypes);
}

LogicalResult inferQuantizeLinearType(const OpDiagnostics &diag, Value input,
                                      Value scale, Value zeroPoint,
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
  if (failed(validateSameDataType(diag, *scaleType, "scale", *inputType,
                                  "input", "quantizeLinear, step 5")))
    return failure();
  // The output is quantized: the zero point's data type.
  return inferBlockwiseQuantizationType(
      diag, "quantizeLinear", *inputType, *scaleType, *zeroPointType,
      zeroPointType->getElementType(), inferredTypes);
}

} // namespace mlir::webnn

#define GET_OP_CLASSES
#include "webnn/IR/QuantizationOps.cpp.inc"
