//===- RecurrentConverters.cpp - ONNX Recurrent ops -> webnn -------------===//
#include "../OnnxConverter.h"

using namespace mlir;

namespace webnnc::onnx_import {

void registerRecurrentConverters(OnnxConverterRegistry &registry) {}

} // namespace webnnc::onnx_import
