//===- OptMain.cpp - the webnnc-opt driver --------------------------------===//
#include "OptMain.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "webnnc/Targets/CPU/Registration.h"

int webnnc::runOptMain(int argc, char **argv) {
  // Every upstream dialect, interface model and pass: lit tests drive the
  // lowering pipeline (bufferization, to-LLVM) stage by stage.
  mlir::webnnc::registerCompilerPasses();
  mlir::DialectRegistry registry;
  mlir::webnnc::registerAllCompilerDialects(registry);
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "webnnc-opt: the webnn dialect and webnnc passes\n",
      registry));
}
