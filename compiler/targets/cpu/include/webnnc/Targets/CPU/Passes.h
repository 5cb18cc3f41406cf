//===- Passes.h - CPU code generation passes ------------------*- C++ -*-===//
#ifndef WEBNNC_TARGETS_CPU_PASSES_H
#define WEBNNC_TARGETS_CPU_PASSES_H

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::webnnc {

/// Marks kernel functions (unit attribute) and records their work items
/// (i64) and the webnn ops they came from.
constexpr llvm::StringLiteral kKernelAttr = "webnnc.kernel";
constexpr llvm::StringLiteral kWorkItemsAttr = "webnnc.work_items";
constexpr llvm::StringLiteral kSourceOpsAttr = "webnnc.source_ops";
constexpr llvm::StringLiteral kFlopsAttr = "webnnc.flops";
/// On a kernel that may write its result over one of its arguments (the
/// candidate arguments' indices): the arena plan reuses the buffer of the
/// first one this kernel is the last reader of.
constexpr llvm::StringLiteral kInPlaceAttr = "webnnc.in_place";

#define GEN_PASS_DECL
#include "webnnc/Targets/CPU/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "webnnc/Targets/CPU/Passes.h.inc"

} // namespace mlir::webnnc

#endif // WEBNNC_TARGETS_CPU_PASSES_H
