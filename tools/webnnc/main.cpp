//===- main.cpp - the webnnc command-line tool ----------------------------===//
//
// One binary for every front end: `webnnc-opt ...` (a symlink, as lit uses
// it) and `webnnc opt ...` run the MLIR opt driver.
//
//===----------------------------------------------------------------------===//
#include "OptMain.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

static constexpr const char *kUsage =
    "usage: webnnc <command> [options]\n"
    "\n"
    "commands:\n"
    "  opt       parse, verify, transform and print webnn IR (also available\n"
    "            as `webnnc-opt`); `webnnc opt --help` lists the passes\n"
    "  --version print the version\n";

int main(int argc, char **argv) {
  llvm::StringRef invokedAs = llvm::sys::path::filename(argv[0]);
  if (invokedAs == "webnnc-opt")
    return webnnc::runOptMain(argc, argv);

  if (argc < 2) {
    llvm::errs() << kUsage;
    return 2;
  }
  llvm::StringRef command = argv[1];
  if (command == "opt") {
    // Drop the subcommand so the driver sees its own options.
    argv[1] = argv[0];
    return webnnc::runOptMain(argc - 1, argv + 1);
  }
  if (command == "--version") {
    llvm::outs() << "webnnc " WEBNNC_VERSION "\n";
    return 0;
  }
  if (command == "--help" || command == "-h") {
    llvm::outs() << kUsage;
    return 0;
  }
  llvm::errs() << "webnnc: unknown command '" << command << "'\n\n" << kUsage;
  return 2;
}
