//===- GraphJsonExporter.h - write webnn graphs as webnn-graph-json -*- C++ -*-===//
//
// The inverse of GraphJsonImporter: a webnn graph (func.func) as a
// webnn-graph-json version 2 document, with constants larger than a few
// bytes in a `.weights` file described by a `wg-weights-manifest`. Node ids
// come back from the locations the importer gave the ops, so JSON -> IR ->
// JSON keeps names.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_IMPORT_GRAPHJSONEXPORTER_H
#define WEBNNC_IMPORT_GRAPHJSONEXPORTER_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/Support/JSON.h"

#include <string>
#include <vector>

namespace webnnc {

/// An exported graph: the document, and the weights blob with its manifest
/// (empty when every constant is inline). `weightsFileName` is what the
/// document's consts refer to implicitly (`<stem>.weights`).
struct ExportedGraph {
  llvm::json::Value graph = nullptr;
  std::vector<char> weights;
  llvm::json::Value manifest = nullptr;
};

/// Converts `graph`; diagnostics name the op that cannot be expressed.
mlir::FailureOr<ExportedGraph> exportGraphJson(mlir::func::FuncOp graph);

/// Writes `<dir>/<stem>.json`, and when there are weights `<stem>.weights`
/// and `<stem>.manifest.json`, each atomically (temporary file, rename).
mlir::LogicalResult writeGraphJson(const ExportedGraph &exported,
                                   llvm::StringRef jsonPath);

} // namespace webnnc

#endif // WEBNNC_IMPORT_GRAPHJSONEXPORTER_H
