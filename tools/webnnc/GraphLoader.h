//===- GraphLoader.h - load a model file as webnn IR ----------*- C++ -*-===//
#ifndef WEBNNC_TOOLS_GRAPHLOADER_H
#define WEBNNC_TOOLS_GRAPHLOADER_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/StringMap.h"
#include <memory>
#include <string>
#include <vector>

namespace webnnc {

struct LoadOptions {
  std::string weightsPath;
  std::string manifestPath;
  /// `name=size` settings for dynamic dimensions (webnn-graph-json).
  std::vector<std::string> dimensions;
  /// `name=1x3x224x224` input shapes (ONNX).
  std::vector<std::string> inputShapes;
  /// Size of dynamic first (batch) dimensions (ONNX); 0 = not given.
  int64_t batch = 0;
};

/// Prints the context's diagnostics as `<where>: error: <message>`, where
/// <where> is the file and the node or const the importer recorded (not
/// MLIR's raw location syntax). Lives as long as the returned handler.
std::unique_ptr<mlir::ScopedDiagnosticHandler>
installDiagnosticPrinter(mlir::MLIRContext *context);

/// Loads `path` by its kind: ONNX (.onnx), webnn-graph-json (.json) or
/// webnn IR (.mlir).
/// Errors go to the context's diagnostics and name the file.
mlir::FailureOr<mlir::OwningOpRef<mlir::ModuleOp>>
loadGraph(mlir::MLIRContext *context, const std::string &path,
          const LoadOptions &options);

/// `webnnc import --list-unsupported`: prints every ONNX node that cannot be
/// imported; returns the exit code (0 when there is none).
int listUnsupported(mlir::MLIRContext *context, const std::string &path,
                    const LoadOptions &options);

/// The graph of a loaded module: its one func.func with a body.
mlir::FailureOr<mlir::func::FuncOp> getGraph(mlir::ModuleOp module);

/// Writes `text` to `path` ("-" = stdout) through a temporary file and a
/// rename, refusing to overwrite any of `inputPaths`.
mlir::LogicalResult
writeOutput(const std::string &path, llvm::ArrayRef<std::string> inputPaths,
            llvm::function_ref<void(llvm::raw_ostream &)> write);

} // namespace webnnc

#endif // WEBNNC_TOOLS_GRAPHLOADER_H
