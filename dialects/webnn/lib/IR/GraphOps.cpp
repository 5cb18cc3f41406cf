//===- GraphOps.cpp - webnn.constant --------------------------------------===//
#include "webnn/IR/WebNNOps.h"

using namespace mlir;
using namespace mlir::webnn;

OpFoldResult ConstantOp::fold(FoldAdaptor adaptor) { return getValue(); }

#define GET_OP_CLASSES
#include "webnn/IR/GraphOps.cpp.inc"
