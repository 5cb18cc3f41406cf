//===- ElementwiseConverters.cpp - ONNX element-wise ops -> webnn ---------===//
#include "../OnnxConverter.h"

using namespace mlir;

namespace webnnc::onnx_import {

/// Binary ops with numpy broadcasting map one to one (ONNX opset 7+ uses
/// multidirectional broadcasting, as WebNN does).
template <typename OpTy>
static LogicalResult convertBinary(OnnxNodeContext &context) {
  FailureOr<Value> a = context.requireInput(0);
  FailureOr<Value> b = context.requireInput(1);
  if (failed(a) || failed(b))
    return failure();
  FailureOr<Value> result = context.create<OpTy>(*a, *b, StringAttr());
  if (failed(result))
    return failure();
  context.setOutput(0, *result);
  return success();
}

/// Unary ops whose webnn counterpart takes only the input.
template <typename OpTy>
static LogicalResult convertUnary(OnnxNodeContext &context) {
  FailureOr<Value> x = context.requireInput(0);
  if (failed(x))
    return failure();
  FailureOr<Value> result = context.create<OpTy>(*x, StringAttr());
  if (failed(result))
    return failure();
  context.setOutput(0, *result);
  return success();
}

void registerElementwiseConverters(OnnxConverterRegistry &registry) {
  registry.add("Add", 7, convertBinary<webnn::AddOp>);
  registry.add("Sub", 7, convertBinary<webnn::SubOp>);
  registry.add("Mul", 7, convertBinary<webnn::MulOp>);
  registry.add("Div", 7, convertBinary<webnn::DivOp>);
  registry.add("Relu", 6, convertUnary<webnn::ReluOp>);
}

} // namespace webnnc::onnx_import
