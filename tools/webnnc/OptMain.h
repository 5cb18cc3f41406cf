//===- OptMain.h - the webnnc-opt driver ----------------------*- C++ -*-===//
#ifndef WEBNNC_TOOLS_OPTMAIN_H
#define WEBNNC_TOOLS_OPTMAIN_H

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace webnnc {
/// Registers the webnn dialect and the upstream dialects later stages use.
void registerCompilerDialects(mlir::DialectRegistry &registry);
/// Everything a full compilation needs: the above, every upstream dialect
/// and interface model, and the LLVM IR translations.
void registerAllCompilerDialects(mlir::DialectRegistry &registry);
/// Registers upstream and webnnc passes (pipelines are parsed by name).
void registerCompilerPasses();
/// Runs the MLIR-style opt driver (what lit tests call as `webnnc-opt`).
int runOptMain(int argc, char **argv);
} // namespace webnnc

#endif // WEBNNC_TOOLS_OPTMAIN_H
