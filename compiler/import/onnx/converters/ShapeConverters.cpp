//===- ShapeConverters.cpp - ONNX Shape ops -> webnn -------------===//
#include "../OnnxConverter.h"

using namespace mlir;

namespace webnnc::onnx_import {

void registerShapeConverters(OnnxConverterRegistry &registry) {}

} // namespace webnnc::onnx_import
