//===- WebNNOps.td - every webnn op family ---------------------*- tablegen -*-===//
//
// All op families in one TableGen input, for tools that need the whole op
// set (the op signature table of the JSON importer/exporter).
//
//===----------------------------------------------------------------------===//
#ifndef WEBNN_OPS_TD
#define WEBNN_OPS_TD

include "webnn/IR/GraphOps.td"
include "webnn/IR/ElementwiseOps.td"
include "webnn/IR/ActivationOps.td"
include "webnn/IR/ConvPoolOps.td"
include "webnn/IR/NormalizationOps.td"
include "webnn/IR/ReductionOps.td"
include "webnn/IR/DataMovementOps.td"
include "webnn/IR/RecurrentOps.td"
include "webnn/IR/QuantizationOps.td"

#endif // WEBNN_OPS_TD
