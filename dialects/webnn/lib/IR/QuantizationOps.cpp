//===- QuantizationOps.cpp - Quantization webnn ops ---------------------------===//
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

using namespace mlir;
using namespace mlir::webnn;

#define GET_OP_CLASSES
#include "webnn/IR/QuantizationOps.cpp.inc"
