//===- Commands.h - webnnc subcommands ------------------------*- C++ -*-===//
#ifndef WEBNNC_TOOLS_COMMANDS_H
#define WEBNNC_TOOLS_COMMANDS_H

#include "GraphLoader.h"

namespace webnnc {

struct ImportCommandOptions {
  std::string model;
  std::string output = "-";
  /// Leave weight blobs out of the printed IR (for reading, not reloading).
  bool elideWeights = false;
  /// List every ONNX node that cannot be imported instead of importing.
  bool listUnsupported = false;
  LoadOptions load;
};
/// `webnnc import`: a model as webnn IR, verified, printed.
int runImportCommand(const ImportCommandOptions &options);

struct ExportCommandOptions {
  std::string model;
  /// The .json to write; `<stem>.weights` and `<stem>.manifest.json` go
  /// beside it.
  std::string output;
  LoadOptions load;
};
/// `webnnc export`: a model as webnn-graph-json (+ weights).
int runExportCommand(const ExportCommandOptions &options);

struct RunCommandOptions {
  std::string model;
  bool interpret = false;
  /// `name=path.npy` or `name=path.bin`.
  std::vector<std::string> inputs;
  std::string outputDir;
  /// Runtime threads (not the interpreter's).
  uint32_t threads = 1;
  LoadOptions load;
};
/// `webnnc run`: executes an artifact with the runtime, or a graph with the
/// reference interpreter (--interpret), on .npy/.bin inputs.
int runRunCommand(const RunCommandOptions &options);

/// Code generation settings shared by compile, run and bench.
struct CompileSettings {
  std::string targetCPU = "native";
  std::string targetFeatures;
  bool noVectorize = false;
  /// --disable-pass: optimization passes to leave out.
  std::vector<std::string> disabledPasses;
  int64_t maxWorkItems = 64;
  bool timing = false;
  /// --report: "-" for text on stdout, a .html path, or a text file path.
  std::string report;
  /// --kernel-times: `webnnc bench --profile --json` output shown in the
  /// report.
  std::string kernelTimes;
  /// Phase lines on a terminal.
  bool progress = false;
};

struct CompileCommandOptions {
  std::string model;
  /// Empty: stdout for text forms, an error for binary ones.
  std::string output;
  std::string emit = "wnn";
  CompileSettings settings;
  LoadOptions load;
};
/// `webnnc compile`: a model to a .wnn artifact (or an earlier phase).
int runCompileCommand(const CompileCommandOptions &options);

/// Loads and compiles `model` to the form `emit` names (a valid --emit
/// value); diagnostics go to stderr.
mlir::FailureOr<std::string>
compileModelToArtifact(const std::string &model, const LoadOptions &load,
                       const CompileSettings &settings,
                       const std::string &emit = "wnn");

struct BenchCommandOptions {
  std::string model;
  /// `name=path.npy` or `name=path.bin`; inputs not given are zeros.
  std::vector<std::string> inputs;
  uint32_t threads = 1;
  uint32_t warmup = 10;
  uint32_t iterations = 100;
  /// Keep measuring until this many seconds have passed, too.
  double minTime = 0;
  bool json = false;
  /// Per-kernel times after the timed dispatches, the `profileTop` slowest.
  bool profile = false;
  uint32_t profileTop = 25;
  /// An HTML page of every kernel's time (implies profiling).
  std::string profileReport;
  LoadOptions load;
};
/// `webnnc bench`: dispatch latency statistics of an artifact.
int runBenchCommand(const BenchCommandOptions &options);

struct InspectCommandOptions {
  std::string model;
  bool json = false;
  LoadOptions load;
};
/// `webnnc inspect`: what a .wnn artifact holds, verified first.
int runInspectCommand(const InspectCommandOptions &options);

} // namespace webnnc

#endif // WEBNNC_TOOLS_COMMANDS_H
