//===- ExportCommand.cpp - webnnc export ----------------------------------===//
#include "Commands.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "webnnc/Import/GraphJsonExporter.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

int webnnc::runExportCommand(const ExportCommandOptions &options) {
  MLIRContext context;
  auto diagnostics = installDiagnosticPrinter(&context);
  bool same = false;
  if (!llvm::sys::fs::equivalent(options.output, options.model, same) &&
      same) {
    llvm::errs() << "webnnc export: refusing to overwrite the input '"
                 << options.model << "'\n";
    return 1;
  }
  FailureOr<OwningOpRef<ModuleOp>> module =
      loadGraph(&context, options.model, options.load);
  if (failed(module) || failed(verify(**module)))
    return 1;
  FailureOr<func::FuncOp> graph = getGraph(**module);
  if (failed(graph))
    return 1;
  FailureOr<ExportedGraph> exported = exportGraphJson(*graph);
  if (failed(exported) || failed(writeGraphJson(*exported, options.output)))
    return 1;
  return 0;
}
