//===- Passes.h - webnnc conversion passes --------------------*- C++ -*-===//
#ifndef WEBNNC_CONVERSION_PASSES_H
#define WEBNNC_CONVERSION_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::webnnc {

#define GEN_PASS_DECL
#include "webnnc/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "webnnc/Conversion/Passes.h.inc"

} // namespace mlir::webnnc

#endif // WEBNNC_CONVERSION_PASSES_H
