//===- QuantizationOps.td - Quantization webnn ops -----------------*- tablegen -*-===//
#ifndef WEBNN_QUANTIZATION_OPS_TD
#define WEBNN_QUANTIZATION_OPS_TD

include "webnn/IR/WebNNBase.td"

#endif // WEBNN_QUANTIZATION_OPS_TD
