//===- GraphRunner.h - conformance graphs, interpreted or compiled -*- C++ -*-//
//
// Every driver turns its cases into the same thing, a module holding one
// webnn graph plus the graph's inputs, and checks the outputs its own way.
// What runs the graphs is shared: the reference interpreter, or with
// --compiled the CPU back end and the webnnrt runtime.
//
// Compiled cases go in batches (--batch-size): the graphs of a batch are
// compiled as one module into one shared object, as most of a compilation
// is a fixed cost (LLVM set-up, code generation, linking) that a batch pays
// once. A batch that fails to compile is split until the failing cases are
// alone, so each failure carries its own diagnostic and the rest still run.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_TEST_CONFORMANCE_GRAPHRUNNER_H
#define WEBNNC_TEST_CONFORMANCE_GRAPHRUNNER_H

#include "webnnc/Interpreter/Tensor.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <string>

namespace webnnc::conformance {

/// Whether --compiled was given.
///
/// Beware: linking a shared object (lld::lldMain) resets every llvm::cl
/// option of the process to its default, so a driver must read its own
/// options before runInBatches, not during or after it.
bool isCompiledRun();

/// One case's graph: the module holding its graph function (with the
/// `webnn.name` argument and result attributes the importers set) and the
/// graph's inputs in argument order.
struct GraphCase {
  mlir::OwningOpRef<mlir::ModuleOp> module;
  llvm::SmallVector<interp::Tensor> inputs;

  /// The module's (first) graph function.
  mlir::func::FuncOp getGraph();
};

/// What running one graph gave.
struct GraphRun {
  /// Empty when the graph ran; else why not ("interpret: ...",
  /// "compile: ...", "runtime: ...").
  std::string failure;
  /// The outputs in result order, of the graph's result types.
  llvm::SmallVector<interp::Tensor> outputs;
  /// Time spent running it (interpretation or dispatch, not compilation).
  double milliseconds = 0;
};

/// Runs cases 0..count-1 in batches. For each case of a batch, `prepare`
/// fills a GraphCase, importing into the batch's context, and returns ""
/// or why it could not; then the batch runs, and `check` sees each case in
/// order with what its run gave (a failed preparation arrives as a failed
/// run, its reason unchanged, with a null module).
void runInBatches(
    size_t count,
    llvm::function_ref<std::string(mlir::MLIRContext &context, size_t index,
                                   GraphCase &graph)>
        prepare,
    llvm::function_ref<void(size_t index, GraphCase &graph, GraphRun &run)>
        check);

} // namespace webnnc::conformance

#endif // WEBNNC_TEST_CONFORMANCE_GRAPHRUNNER_H
