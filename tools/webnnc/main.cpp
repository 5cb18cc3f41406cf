//===- main.cpp - the webnnc command-line tool ----------------------------===//
//
// One binary for every front end. `webnnc-opt ...` (a symlink, as lit uses
// it) and `webnnc opt ...` run the MLIR opt driver; the other subcommands
// are CLI11 commands. Exit codes: 0 success, 1 failure, 2 usage error.
//
// CLI11 reports usage errors with exceptions, so this file (alone) is
// compiled with -fexceptions.
//
//===----------------------------------------------------------------------===//
#include "Commands.h"
#include "OptMain.h"

#include "llvm/Support/Path.h"
#include <CLI/CLI.hpp>

/// A usage check for counts and durations (CLI11 then rejects a fraction
/// given for a count). CLI11's own number checks print their range as a
/// 300-digit double.
static CLI::Validator atLeast(int minimum) {
  return CLI::Validator(
      [minimum](std::string &text) -> std::string {
        char *end = nullptr;
        double value = std::strtod(text.c_str(), &end);
        if (text.empty() || *end || !(value >= minimum))
          return "must be a number of at least " + std::to_string(minimum) +
                 ", got '" + text + "'";
        return "";
      },
      ">=" + std::to_string(minimum));
}

int main(int argc, char **argv) {
  llvm::StringRef invokedAs = llvm::sys::path::filename(argv[0]);
  if (invokedAs == "webnnc-opt")
    return webnnc::runOptMain(argc, argv);
  if (argc >= 2 && llvm::StringRef(argv[1]) == "opt") {
    // Drop the subcommand so the driver sees its own options.
    argv[1] = argv[0];
    return webnnc::runOptMain(argc - 1, argv + 1);
  }

  CLI::App app{"webnnc: ahead-of-time compiler for WebNN and ONNX graphs"};
  app.set_version_flag("--version", "webnnc " WEBNNC_VERSION);
  app.require_subcommand(1);
  app.add_subcommand("opt", "Parse, verify, transform and print webnn IR "
                            "(MLIR opt driver; `webnnc opt --help`)");

  webnnc::ImportCommandOptions importOptions;
  CLI::App *import = app.add_subcommand(
      "import", "Import a model (ONNX .onnx, webnn-graph-json .json, or .mlir) "
                "into the webnn dialect; print or write the IR");
  import->add_option("model", importOptions.model, "model file")
      ->required();
  import->add_option("-o,--output", importOptions.output,
                     "output .mlir file ('-' = stdout)")
      ->capture_default_str();
  import->add_flag("--list-unsupported", importOptions.listUnsupported,
                   "list every ONNX node that cannot be imported (exit 1 if "
                   "any) instead of importing");
  import->add_flag("--elide-weights", importOptions.elideWeights,
                   "leave weight blobs out of the output (for reading; the "
                   "result cannot be run)");

  webnnc::ExportCommandOptions exportOptions;
  CLI::App *exportCommand = app.add_subcommand(
      "export", "Write a model (.json or .mlir) as webnn-graph-json, with "
                "its weights file and manifest beside the output");
  exportCommand->add_option("model", exportOptions.model, "model file")
      ->required();
  exportCommand->add_option("-o,--output", exportOptions.output,
                            "output .json file")
      ->required();

  webnnc::CompileCommandOptions compileOptions;
  CLI::App *compile = app.add_subcommand(
      "compile", "Compile a model (.onnx, .json, .mlir) for the CPU into a "
                 ".wnn artifact, or stop after a phase with --emit");
  compile->add_option("model", compileOptions.model, "model file")
      ->required();
  compile->add_option("-o,--output", compileOptions.output,
                      "output file ('-' = stdout; text forms default to "
                      "stdout)");
  compile->add_option("--emit", compileOptions.emit,
                      "webnn|optimized|linalg|llvm|asm|obj|wnn")
      ->capture_default_str();
  compile->add_option("--target-cpu", compileOptions.settings.targetCPU,
                      "native, an LLVM x86-64 CPU (znver4, skylake-avx512) "
                      "or x86-64-v2/v3/v4")
      ->capture_default_str();
  compile->add_option("--target-features",
                      compileOptions.settings.targetFeatures,
                      "LLVM features to add or remove, e.g. -avx512f");
  compile->add_flag("--no-vectorize", compileOptions.settings.noVectorize,
                    "keep contractions as scalar loops");
  compile->add_option("--disable-pass", compileOptions.settings.disabledPasses,
                      "leave out an optimization pass (repeatable): "
                      "webnn-fold-constants, webnn-fold-batch-norm, "
                      "webnn-recognize-decomposed, webnn-fuse-gemm, "
                      "webnnc-fold-constant-layouts, webnnc-conv-to-matmul, "
                      "webnnc-fuse-elementwise");
  compile->add_option("--max-work-items",
                      compileOptions.settings.maxWorkItems,
                      "most work items (thread tasks) per kernel")
      ->capture_default_str()
      ->check(CLI::Range(int64_t(1), int64_t(1) << 20));
  compile->add_flag("--timing", compileOptions.settings.timing,
                    "print per-pass times");
  compile->add_option("--report", compileOptions.settings.report,
                      "write the compile report (kernels and the source ops "
                      "fused into each, FLOPs, memory plan): '-' for text on "
                      "stdout, a .html path for a page with the memory "
                      "timeline, another path for text");
  compile->add_option("--kernel-times", compileOptions.settings.kernelTimes,
                      "per-kernel times for the report: the JSON of `webnnc "
                      "bench --profile --json` on an artifact of the same "
                      "model")
      ->check(CLI::ExistingFile);

  webnnc::RunCommandOptions runOptions;
  CLI::App *run = app.add_subcommand(
      "run", "Run a model once on .npy/.bin inputs and write .npy outputs");
  run->add_option("model", runOptions.model,
                  "artifact (.wnn), or with --interpret a model (.json, "
                  ".mlir, .onnx)")
      ->required();
  run->add_flag("--interpret", runOptions.interpret,
                "execute with the reference interpreter");
  run->add_option("--input", runOptions.inputs,
                  "graph input as name=path.npy or name=path.bin (raw "
                  "little-endian bytes; repeat per input)");
  run->add_option("--output-dir", runOptions.outputDir,
                  "folder for <output>.npy files");
  run->add_option("--threads", runOptions.threads,
                  "runtime threads, the calling one included")
      ->check(atLeast(1))
      ->capture_default_str();

  webnnc::BenchCommandOptions benchOptions;
  CLI::App *bench = app.add_subcommand(
      "bench", "Measure load, first-run and dispatch latency of an artifact");
  bench->add_option("model", benchOptions.model, "artifact (.wnn)")
      ->required();
  bench->add_option("--input", benchOptions.inputs,
                    "graph input as name=path.npy or name=path.bin; inputs "
                    "not given are zeros");
  bench->add_option("--threads", benchOptions.threads,
                    "runtime threads, the calling one included")
      ->check(atLeast(1))
      ->capture_default_str();
  bench->add_option("--warmup", benchOptions.warmup,
                    "dispatches before timing starts")
      ->check(atLeast(0))
      ->capture_default_str();
  bench->add_option("--iterations", benchOptions.iterations,
                    "timed dispatches (at least)")
      ->check(atLeast(1))
      ->capture_default_str();
  bench->add_option("--min-time", benchOptions.minTime,
                    "keep timing dispatches until this many seconds passed")
      ->check(atLeast(0));
  bench->add_flag("--json", benchOptions.json, "print one JSON object");
  bench->add_flag("--profile", benchOptions.profile,
                  "then time each kernel over as many dispatches and list "
                  "the slowest (on stderr)");
  bench->add_option("--profile-report", benchOptions.profileReport,
                    "write every kernel's time (bars in dispatch order and "
                    "a table by time, with GFLOP/s and source ops) as an "
                    "HTML page; implies --profile");
  bench->add_option("--profile-top", benchOptions.profileTop,
                    "kernels the profile lists")
      ->capture_default_str();

  webnnc::InspectCommandOptions inspectOptions;
  CLI::App *inspect = app.add_subcommand(
      "inspect", "Verify an artifact and show its signature, memory plan, "
                 "kernels and provenance");
  inspect->add_option("model", inspectOptions.model, "artifact (.wnn)")
      ->required();
  inspect->add_flag("--json", inspectOptions.json, "print JSON");

  // Loading options shared by the commands that read a model.
  for (auto [command, load] :
       {std::pair{import, &importOptions.load},
        {compile, &compileOptions.load},
        {exportCommand, &exportOptions.load},
        {run, &runOptions.load},
        {bench, &benchOptions.load},
        {inspect, &inspectOptions.load}}) {
    command->add_option("--weights", load->weightsPath,
                        "weights file of a webnn-graph-json model");
    command->add_option("--manifest", load->manifestPath,
                        "weights manifest of a webnn-graph-json model");
    command->add_option("--dim", load->dimensions,
                        "size of a named dynamic dimension, name=size "
                        "(webnn-graph-json)");
    command->add_option("--input-shape", load->inputShapes,
                        "shape of an ONNX input, name=1x3x224x224");
    command->add_option("--batch", load->batch,
                        "size of dynamic first dimensions of ONNX inputs");
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError &error) {
    int code = app.exit(error);
    return code == 0 ? 0 : 2;
  }
  if (import->parsed())
    return webnnc::runImportCommand(importOptions);
  if (exportCommand->parsed())
    return webnnc::runExportCommand(exportOptions);
  if (compile->parsed())
    return webnnc::runCompileCommand(compileOptions);
  if (run->parsed())
    return webnnc::runRunCommand(runOptions);
  if (bench->parsed())
    return webnnc::runBenchCommand(benchOptions);
  if (inspect->parsed())
    return webnnc::runInspectCommand(inspectOptions);
  return 2;
}
