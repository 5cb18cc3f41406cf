//===- ImportCommand.cpp - webnnc import ----------------------------------===//
#include "Commands.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"

using namespace mlir;

int webnnc::runImportCommand(const ImportCommandOptions &options) {
  MLIRContext context;
  auto diagnostics = installDiagnosticPrinter(&context);
  if (options.listUnsupported)
    return listUnsupported(&context, options.model, options.load);
  FailureOr<OwningOpRef<ModuleOp>> module =
      loadGraph(&context, options.model, options.load);
  if (failed(module) || failed(verify(**module)))
    return 1;
  if (failed(writeOutput(options.output, options.model,
                         [&](raw_ostream &os) {
                           OpPrintingFlags flags;
                           if (options.elideWeights)
                             flags.elideLargeResourceString(0);
                           (*module)->print(os, flags);
                         })))
    return 1;
  return 0;
}
