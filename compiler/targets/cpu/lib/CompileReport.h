//===- CompileReport.h - what the compiler made of a graph ----*- C++ -*-===//
#ifndef WEBNNC_TARGETS_CPU_COMPILEREPORT_H
#define WEBNNC_TARGETS_CPU_COMPILEREPORT_H

#include "ExecutionPlan.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/raw_ostream.h"
#include <string>

namespace mlir::webnnc {

/// Kernel times measured on an artifact of the same model: the "kernels"
/// array of `webnnc bench --profile --json` (name, mean ms per dispatch).
struct MeasuredKernelTimes {
  std::string source; // the file they were read from
  llvm::StringMap<double> milliseconds;
};

/// Reads `path`; the error names the file and what is wrong with it.
FailureOr<MeasuredKernelTimes> readKernelTimes(StringRef path,
                                               std::string &error);

/// The fusion groups (which source ops went into which kernel), each
/// kernel's work items, FLOPs and bytes, measured time and GFLOP/s when
/// `times` has them, and the memory plan (arena size against its lower
/// bound, every buffer's lifetime and offset), as text.
void writeTextReport(const ExecutionPlan &plan,
                     const MeasuredKernelTimes *times, llvm::raw_ostream &os);

/// The same as one self-contained HTML page, with the memory plan drawn
/// as an SVG timeline (buffers as bars over kernel steps and offsets) and
/// measured times as bars in the kernel table.
void writeHtmlReport(const ExecutionPlan &plan, StringRef title,
                     const MeasuredKernelTimes *times, llvm::raw_ostream &os);

} // namespace mlir::webnnc

#endif // WEBNNC_TARGETS_CPU_COMPILEREPORT_H
