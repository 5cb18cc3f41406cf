//===- WptGraphImporter.h - WPT WebNN conformance graphs ------*- C++ -*-===//
//
// The web-platform-tests WebNN conformance cases describe each graph as
// `{inputs: {name: {data, descriptor, constant?}}, operators: [{name,
// arguments, outputs}], expectedOutputs: {name: {data, descriptor}}}` (see
// ../shared/conformance/wpt-webnn/README.md). This importer turns one into a
// `webnn` graph: non-constant inputs become arguments, constant inputs
// `webnn.constant`s, the expected outputs the results, all named with
// `webnn.name`.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_IMPORT_WPTGRAPHIMPORTER_H
#define WEBNNC_IMPORT_WPTGRAPHIMPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/Support/JSON.h"

namespace webnnc {

/// Imports `graph` as a module holding one func.func named `name`.
/// Arguments follow the inputs' names in sorted order, results the expected
/// outputs' names in sorted order. Errors name the operator and argument.
mlir::FailureOr<mlir::OwningOpRef<mlir::ModuleOp>>
importWptGraph(mlir::MLIRContext *context, const llvm::json::Object &graph,
               llvm::StringRef name);

} // namespace webnnc

#endif // WEBNNC_IMPORT_WPTGRAPHIMPORTER_H
