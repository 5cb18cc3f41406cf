//===- ReductionOps.td - Reduction webnn ops -----------------*- tablegen -*-===//
#ifndef WEBNN_REDUCTION_OPS_TD
#define WEBNN_REDUCTION_OPS_TD

include "webnn/IR/WebNNBase.td"

#endif // WEBNN_REDUCTION_OPS_TD
