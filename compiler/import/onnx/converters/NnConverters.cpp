//===- NnConverters.cpp - ONNX Nn ops -> webnn -------------===//
#include "../OnnxConverter.h"

using namespace mlir;

namespace webnnc::onnx_import {

void registerNnConverters(OnnxConverterRegistry &registry) {}

} // namespace webnnc::onnx_import
