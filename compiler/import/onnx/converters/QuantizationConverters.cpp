//===- QuantizationConverters.cpp - ONNX Quantization ops -> webnn -------------===//
#include "../OnnxConverter.h"

using namespace mlir;

namespace webnnc::onnx_import {

void registerQuantizationConverters(OnnxConverterRegistry &registry) {}

} // namespace webnnc::onnx_import
