//===- GraphJsonImporter.h - webnn-graph-json graphs ----------*- C++ -*-===//
//
// Imports the de-facto "webnn-graph-json" format (versions 1 and 2; see
// ../shared/conformance/webnn-graph-json/README.md): `inputs`, `consts`
// initialized from an external weights file (with its manifest), a scalar
// or inline bytes, `nodes` that call MLGraphBuilder methods by name, and
// named `outputs`. The result is one func.func in the webnn dialect.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_IMPORT_GRAPHJSONIMPORTER_H
#define WEBNNC_IMPORT_GRAPHJSONIMPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/StringMap.h"

namespace webnnc {

struct GraphJsonImportOptions {
  /// The weights file and manifest; empty = found next to the graph:
  /// `<stem>.weights` / `model.weights` and `<stem>.manifest.json` /
  /// `model.manifest.json` / `weights.manifest.json`.
  std::string weightsPath;
  std::string manifestPath;
  /// Sizes for the named dynamic dimensions of version 2 inputs
  /// (`{"name": "batch", "maxSize": 8}`); WebNN graphs are static.
  llvm::StringMap<int64_t> dimensions;
};

/// Imports the graph in file `path`. Errors name the file, the node (its id
/// and op) or the const, and the problem.
mlir::FailureOr<mlir::OwningOpRef<mlir::ModuleOp>>
importGraphJsonFile(mlir::MLIRContext *context, llvm::StringRef path,
                    const GraphJsonImportOptions &options = {});

} // namespace webnnc

#endif // WEBNNC_IMPORT_GRAPHJSONIMPORTER_H
