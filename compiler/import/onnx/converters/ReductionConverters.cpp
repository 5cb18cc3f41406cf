//===- ReductionConverters.cpp - ONNX Reduction ops -> webnn -------------===//
#include "../OnnxConverter.h"

using namespace mlir;

namespace webnnc::onnx_import {

void registerReductionConverters(OnnxConverterRegistry &registry) {}

} // namespace webnnc::onnx_import
