//===- PassPipeline.h - textual pass pipelines, timed ---------*- C++ -*-===//
#ifndef WEBNNC_TARGETS_CPU_PASSPIPELINE_H
#define WEBNNC_TARGETS_CPU_PASSPIPELINE_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/Timing.h"

namespace mlir::webnnc {

/// Runs the textual pass pipeline `pipeline` (module-level, not wrapped in
/// builtin.module(...)) on `module`, timing its passes under `timing`
/// (a no-op scope when timing is off).
LogicalResult runPassPipeline(ModuleOp module, StringRef pipeline,
                              TimingScope &timing);

} // namespace mlir::webnnc

#endif // WEBNNC_TARGETS_CPU_PASSPIPELINE_H
