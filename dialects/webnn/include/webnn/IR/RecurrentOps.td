//===- RecurrentOps.td - Recurrent webnn ops -----------------*- tablegen -*-===//
#ifndef WEBNN_RECURRENT_OPS_TD
#define WEBNN_RECURRENT_OPS_TD

include "webnn/IR/WebNNBase.td"

#endif // WEBNN_RECURRENT_OPS_TD
