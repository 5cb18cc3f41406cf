//===- Passes.h - webnnc graph passes -------------------------*- C++ -*-===//
#ifndef WEBNNC_TRANSFORMS_PASSES_H
#define WEBNNC_TRANSFORMS_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"
#include "webnn/IR/WebNNDialect.h"

namespace mlir::webnnc {

#define GEN_PASS_DECL
#include "webnnc/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "webnnc/Transforms/Passes.h.inc"

} // namespace mlir::webnnc

#endif // WEBNNC_TRANSFORMS_PASSES_H
