//===- GraphLoader.cpp - load a model file as webnn IR --------------------===//
#include "GraphLoader.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Parser/Parser.h"
#include "webnnc/Import/GraphJsonImporter.h"
#include "webnnc/Import/OnnxImporter.h"
#include "webnnc/Targets/CPU/Registration.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace webnnc {

/// The readable part of a location: the file (with line and column when
/// known) or the description an importer put in its place.
static void printWhere(Location loc, raw_ostream &os) {
  if (auto name = dyn_cast<NameLoc>(loc)) {
    printWhere(name.getChildLoc(), os);
    return;
  }
  if (auto file = dyn_cast<FileLineColLoc>(loc)) {
    os << file.getFilename().getValue();
    if (file.getLine())
      os << ":" << file.getLine() << ":" << file.getColumn();
    return;
  }
  if (auto fused = dyn_cast<FusedLoc>(loc)) {
    if (!fused.getLocations().empty())
      printWhere(fused.getLocations().front(), os);
    return;
  }
  if (isa<UnknownLoc>(loc)) {
    os << "webnnc";
    return;
  }
  loc.print(os);
}

std::unique_ptr<ScopedDiagnosticHandler>
installDiagnosticPrinter(MLIRContext *context) {
  return std::make_unique<ScopedDiagnosticHandler>(
      context, [](Diagnostic &diag) {
        raw_ostream &os = llvm::errs();
        printWhere(diag.getLocation(), os);
        switch (diag.getSeverity()) {
        case DiagnosticSeverity::Error:
          os << ": error: ";
          break;
        case DiagnosticSeverity::Warning:
          os << ": warning: ";
          break;
        case DiagnosticSeverity::Note:
          os << ": note: ";
          break;
        case DiagnosticSeverity::Remark:
          os << ": remark: ";
          break;
        }
        os << diag << "\n";
        for (Diagnostic &note : diag.getNotes()) {
          printWhere(note.getLocation(), os);
          os << ": note: " << note << "\n";
        }
        return success();
      });
}

/// `--input-shape name=1x3x224x224` and `--batch N` as importer options.
static FailureOr<OnnxImportOptions> getOnnxOptions(Location loc,
                                                   const LoadOptions &options) {
  OnnxImportOptions result;
  if (options.batch > 0)
    result.batch = options.batch;
  for (const std::string &setting : options.inputShapes) {
    auto [name, dims] = StringRef(setting).split('=');
    SmallVector<StringRef> parts;
    dims.split(parts, 'x');
    SmallVector<int64_t> shape;
    for (StringRef part : parts) {
      int64_t dim;
      if (part.getAsInteger(10, dim) || dim <= 0)
        return emitError(loc) << "--input-shape expects name=AxBxC with "
                                 "positive sizes, got '"
                              << setting << "'";
      shape.push_back(dim);
    }
    if (name.empty() || dims.empty())
      return emitError(loc) << "--input-shape expects name=AxBxC, got '"
                            << setting << "'";
    result.inputShapes[name] = shape;
  }
  return result;
}

int listUnsupported(MLIRContext *context, const std::string &path,
                    const LoadOptions &options) {
  Location loc = FileLineColLoc::get(context, path, 0, 0);
  if (llvm::sys::path::extension(path) != ".onnx") {
    emitError(loc) << "--list-unsupported applies to ONNX models";
    return 2;
  }
  FailureOr<OnnxImportOptions> onnxOptions = getOnnxOptions(loc, options);
  if (failed(onnxOptions))
    return 2;
  FailureOr<std::vector<UnsupportedOnnxNode>> nodes =
      listUnsupportedOnnxNodes(context, path, *onnxOptions);
  if (failed(nodes))
    return 1;
  for (const UnsupportedOnnxNode &node : *nodes)
    llvm::outs() << "node '" << node.name << "' (" << node.opType << ", "
                 << node.domain << " opset " << node.opset
                 << "): " << node.reason << "\n";
  llvm::outs() << nodes->size() << " unsupported node"
               << (nodes->size() == 1 ? "" : "s") << "\n";
  return nodes->empty() ? 0 : 1;
}

FailureOr<OwningOpRef<ModuleOp>> loadGraph(MLIRContext *context,
                                           const std::string &path,
                                           const LoadOptions &options) {
  Location loc = FileLineColLoc::get(context, path, 0, 0);
  if (!llvm::sys::fs::exists(path))
    return emitError(loc) << "no such file";
  StringRef extension = llvm::sys::path::extension(path);
  if (extension == ".mlir") {
    DialectRegistry registry;
    mlir::webnnc::registerCompilerDialects(registry);
    context->appendDialectRegistry(registry);
    OwningOpRef<ModuleOp> module =
        parseSourceFile<ModuleOp>(path, ParserConfig(context));
    if (!module)
      return failure();
    return module;
  }
  if (extension == ".json") {
    GraphJsonImportOptions importOptions;
    importOptions.weightsPath = options.weightsPath;
    importOptions.manifestPath = options.manifestPath;
    for (const std::string &setting : options.dimensions) {
      auto [name, size] = StringRef(setting).split('=');
      int64_t value;
      if (name.empty() || size.getAsInteger(10, value) || value <= 0)
        return emitError(loc) << "--dim expects name=size with a positive "
                                 "size, got '"
                              << setting << "'";
      importOptions.dimensions[name] = value;
    }
    return importGraphJsonFile(context, path, importOptions);
  }
  if (extension == ".onnx") {
    FailureOr<OnnxImportOptions> onnxOptions = getOnnxOptions(loc, options);
    if (failed(onnxOptions))
      return failure();
    return importOnnxFile(context, path, *onnxOptions);
  }
  return emitError(loc) << "unknown model kind '" << extension
                        << "': expected .json (webnn-graph-json) or .mlir";
}

FailureOr<func::FuncOp> getGraph(ModuleOp module) {
  func::FuncOp graph;
  for (func::FuncOp func : module.getOps<func::FuncOp>()) {
    if (func.isExternal())
      continue;
    if (graph)
      return module.emitError("the module holds more than one graph ('")
             << graph.getName() << "' and '" << func.getName() << "')";
    graph = func;
  }
  if (!graph)
    return module.emitError("the module holds no graph (func.func)");
  return graph;
}

LogicalResult writeOutput(const std::string &path,
                          ArrayRef<std::string> inputPaths,
                          function_ref<void(raw_ostream &)> write) {
  if (path == "-") {
    write(llvm::outs());
    return success();
  }
  for (const std::string &inputPath : inputPaths) {
    bool same = false;
    if (!llvm::sys::fs::equivalent(path, inputPath, same) && same) {
      llvm::errs() << "webnnc: refusing to overwrite the input '" << inputPath
                   << "' with the output\n";
      return failure();
    }
  }
  llvm::Error error = llvm::writeToOutput(path, [&](raw_ostream &os) {
    write(os);
    return llvm::Error::success();
  });
  if (error) {
    llvm::errs() << "webnnc: cannot write '" << path
                 << "': " << llvm::toString(std::move(error)) << "\n";
    return failure();
  }
  return success();
}

} // namespace webnnc
