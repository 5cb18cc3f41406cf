//===- OptMain.h - the webnnc-opt driver ----------------------*- C++ -*-===//
#ifndef WEBNNC_TOOLS_OPTMAIN_H
#define WEBNNC_TOOLS_OPTMAIN_H

namespace webnnc {
/// Runs the MLIR-style opt driver (what lit tests call as `webnnc-opt`).
int runOptMain(int argc, char **argv);
} // namespace webnnc

#endif // WEBNNC_TOOLS_OPTMAIN_H
