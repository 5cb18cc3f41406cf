//===- ConvPoolOps.td - ConvPool webnn ops -----------------*- tablegen -*-===//
#ifndef WEBNN_CONV_POOL_OPS_TD
#define WEBNN_CONV_POOL_OPS_TD

include "webnn/IR/WebNNBase.td"

#endif // WEBNN_CONV_POOL_OPS_TD
