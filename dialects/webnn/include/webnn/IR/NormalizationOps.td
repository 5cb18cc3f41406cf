//===- NormalizationOps.td - Normalization webnn ops -----------------*- tablegen -*-===//
#ifndef WEBNN_NORMALIZATION_OPS_TD
#define WEBNN_NORMALIZATION_OPS_TD

include "webnn/IR/WebNNBase.td"

#endif // WEBNN_NORMALIZATION_OPS_TD
