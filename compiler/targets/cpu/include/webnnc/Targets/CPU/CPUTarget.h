//===- CPUTarget.h - compile a webnn graph for the CPU --------*- C++ -*-===//
//
// The CPU back end: a graph in the webnn dialect -> kernels on linalg ->
// tiled, vectorized LLVM code -> a shared object -> a .wnn artifact the
// webnnrt runtime loads. Every phase can be stopped after, MLIR style.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_TARGETS_CPU_CPUTARGET_H
#define WEBNNC_TARGETS_CPU_CPUTARGET_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"
#include "llvm/Support/raw_ostream.h"
#include <functional>
#include <string>
#include <vector>

namespace mlir::webnnc {

/// Where compilation stops and what it writes.
enum class EmitKind {
  WebNN,     // the imported graph (webnn dialect)
  Optimized, // after graph-level optimization
  Linalg,    // kernels on linalg/tensor, the graph as their schedule
  LLVM,      // LLVM IR of the kernels
  Asm,       // target assembly
  Obj,       // the ELF relocatable object
  Wnn,       // the artifact
};
std::optional<EmitKind> parseEmitKind(StringRef name);

struct CPUCompileOptions {
  /// "native", an LLVM CPU name ("znver4", "skylake-avx512") or an x86-64
  /// micro-architecture level ("x86-64-v3").
  std::string targetCPU = "native";
  /// Extra LLVM features ("+avx512f,-avx512bf16").
  std::string targetFeatures;
  /// Vectorize contractions (off: plain loops for LLVM to vectorize).
  bool vectorize = true;
  /// Optimization passes to leave out (to measure what each one does):
  /// webnn-fold-constants, webnn-fold-batch-norm,
  /// webnn-recognize-decomposed, webnn-fuse-gemm,
  /// webnnc-fold-constant-layouts, webnnc-conv-to-matmul,
  /// webnnc-fuse-elementwise.
  std::vector<std::string> disabledPasses;
  /// Upper bound of a kernel's work items (threading granularity).
  int64_t maxWorkItems = 64;
  /// Provenance recorded in the artifact.
  std::string sourceFile;
  std::string sourceSha256;
  std::string optionsText;
  /// Per-pass timing report to llvm::errs().
  bool timing = false;
  /// Where to write the compile report: "" none, "-" text on stdout, a
  /// path ending in .html an HTML page, any other path text.
  std::string reportPath;
  /// Per-kernel times measured on an artifact of the same model
  /// (`webnnc bench --profile --json` output), shown in the report.
  std::string kernelTimesPath;
  /// Called at the start of each phase ("lowering to linalg", ...).
  std::function<void(StringRef)> progress;
};

/// Compiles the graph in `module` (webnn dialect) and writes `emit`'s form
/// to `os`. The module is transformed in place. Errors are reported as
/// diagnostics on the module's context.
LogicalResult compileForCPU(ModuleOp module, EmitKind emit,
                            const CPUCompileOptions &options, raw_ostream &os);

/// Compiles every graph function of `module` at once (one LLVM module, one
/// shared object) into one artifact per graph, in module order. Made for
/// test suites of many small graphs: each artifact carries the shared
/// object with every graph's kernels.
FailureOr<std::vector<std::string>>
compileGraphsForCPU(ModuleOp module, const CPUCompileOptions &options);

/// Registers the CPU target's passes (for webnnc-opt).
void registerCPUTargetPasses();

} // namespace mlir::webnnc

#endif // WEBNNC_TARGETS_CPU_CPUTARGET_H
