//===- DataMovementOps.td - DataMovement webnn ops -----------------*- tablegen -*-===//
#ifndef WEBNN_DATA_MOVEMENT_OPS_TD
#define WEBNN_DATA_MOVEMENT_OPS_TD

include "webnn/IR/WebNNBase.td"

#endif // WEBNN_DATA_MOVEMENT_OPS_TD
