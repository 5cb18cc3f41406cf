//===- OnnxImporter.h - ONNX models into the webnn dialect ----*- C++ -*-===//
//
// Loads an ONNX model with Debian's libonnx (protobuf parse with size
// limits, external data resolved inside the model's folder, the ONNX checker
// and shape inference) and translates its graph into one func.func of webnn
// ops: one op where WebNN has it, otherwise a decomposition. WebNN graphs
// are static, so dynamic input dimensions are specialized from the options,
// and shape-computing subgraphs fold to constants during import.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_IMPORT_ONNXIMPORTER_H
#define WEBNNC_IMPORT_ONNXIMPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include <string>
#include <vector>

namespace webnnc {

struct OnnxImportOptions {
  /// Shapes for graph inputs (`--input-shape name=1x3x224x224`).
  llvm::StringMap<llvm::SmallVector<int64_t>> inputShapes;
  /// Size of every input's dynamic first dimension (`--batch N`).
  std::optional<int64_t> batch;
};

/// A node the importer cannot translate.
struct UnsupportedOnnxNode {
  std::string name;
  std::string opType;
  std::string domain;
  int64_t opset = 0;
  std::string reason;
};

/// Imports the model at `path`. The first node that cannot be imported is
/// an error naming its name, op_type, domain and opset.
mlir::FailureOr<mlir::OwningOpRef<mlir::ModuleOp>>
importOnnxFile(mlir::MLIRContext *context, llvm::StringRef path,
               const OnnxImportOptions &options = {});

/// Every node of the model that cannot be imported (not just the first);
/// empty when the whole model imports. Failure when the model itself cannot
/// be loaded.
mlir::FailureOr<std::vector<UnsupportedOnnxNode>>
listUnsupportedOnnxNodes(mlir::MLIRContext *context, llvm::StringRef path,
                         const OnnxImportOptions &options = {});

} // namespace webnnc

#endif // WEBNNC_IMPORT_ONNXIMPORTER_H
