//===- CompileReport.h - what the compiler made of a graph ----*- C++ -*-===//
#ifndef WEBNNC_TARGETS_CPU_COMPILEREPORT_H
#define WEBNNC_TARGETS_CPU_COMPILEREPORT_H

#include "ExecutionPlan.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir::webnnc {

/// The fusion groups (which source ops went into which kernel), each
/// kernel's work items, FLOPs and bytes, and the memory plan (arena size
/// against its lower bound, every buffer's lifetime and offset), as text.
void writeTextReport(const ExecutionPlan &plan, llvm::raw_ostream &os);

/// The same as one self-contained HTML page, with the memory plan drawn
/// as an SVG timeline (buffers as bars over kernel steps and offsets).
void writeHtmlReport(const ExecutionPlan &plan, StringRef title,
                     llvm::raw_ostream &os);

} // namespace mlir::webnnc

#endif // WEBNNC_TARGETS_CPU_COMPILEREPORT_H
