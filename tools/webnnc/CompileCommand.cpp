//===- CompileCommand.cpp - webnnc compile --------------------------------===//
#include "Commands.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "webnnc/Targets/CPU/CPUTarget.h"
#include "webnnc/Targets/CPU/Registration.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>

using namespace mlir;
using mlir::webnnc::CPUCompileOptions;

namespace webnnc {

static std::string sha256OfFile(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer)
    return "";
  auto hash =
      llvm::SHA256::hash(llvm::arrayRefFromStringRef((*buffer)->getBuffer()));
  return llvm::toHex(hash, /*LowerCase=*/true);
}

/// Prints "webnnc: <phase> (t s)" lines on a terminal, so a long compile
/// shows where it is; silent when stderr is a file or pipe.
class PhaseProgress {
public:
  explicit PhaseProgress(bool enabled) : enabled(enabled) {}
  void operator()(llvm::StringRef phase) {
    if (!enabled)
      return;
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    llvm::errs() << llvm::format("webnnc: [%6.2f s] ", seconds) << phase
                 << "\n";
  }

private:
  bool enabled;
  std::chrono::steady_clock::time_point start =
      std::chrono::steady_clock::now();
};

FailureOr<std::string> compileModelToArtifact(const std::string &model,
                                              const LoadOptions &load,
                                              const CompileSettings &settings,
                                              const std::string &emitName) {
  std::optional<mlir::webnnc::EmitKind> emit =
      mlir::webnnc::parseEmitKind(emitName);
  if (!emit)
    return failure();
  mlir::webnnc::registerCompilerPasses();
  DialectRegistry registry;
  mlir::webnnc::registerAllCompilerDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  auto diagnostics = installDiagnosticPrinter(&context);
  FailureOr<OwningOpRef<ModuleOp>> module = loadGraph(&context, model, load);
  if (failed(module) || failed(verify(**module)))
    return failure();

  CPUCompileOptions options;
  options.targetCPU = settings.targetCPU;
  options.targetFeatures = settings.targetFeatures;
  options.vectorize = !settings.noVectorize;
  options.disabledPasses = settings.disabledPasses;
  options.maxWorkItems = settings.maxWorkItems;
  options.timing = settings.timing;
  options.reportPath = settings.report;
  options.kernelTimesPath = settings.kernelTimes;
  options.sourceFile = model;
  options.sourceSha256 = sha256OfFile(model);
  std::string disabled;
  for (const std::string &pass : settings.disabledPasses)
    disabled += " --disable-pass=" + pass;
  options.optionsText = "--target-cpu=" + settings.targetCPU + disabled +
                        (settings.targetFeatures.empty()
                             ? ""
                             : " --target-features=" + settings.targetFeatures);
  PhaseProgress progress(settings.progress &&
                         llvm::sys::Process::StandardErrIsDisplayed());
  options.progress = [&](llvm::StringRef phase) { progress(phase); };

  std::string out;
  llvm::raw_string_ostream os(out);
  if (failed(compileForCPU(**module, *emit, options, os)))
    return failure();
  progress("done");
  return out;
}

int runCompileCommand(const CompileCommandOptions &options) {
  using mlir::webnnc::EmitKind;
  std::optional<EmitKind> emit = mlir::webnnc::parseEmitKind(options.emit);
  if (!emit) {
    llvm::errs() << "webnnc: unknown --emit '" << options.emit
                 << "' (webnn, optimized, linalg, llvm, asm, obj, wnn)\n";
    return 2;
  }
  bool binary = *emit == EmitKind::Wnn || *emit == EmitKind::Obj;
  std::string output = options.output;
  if (output.empty()) {
    if (binary) {
      llvm::errs() << "webnnc: --emit=" << options.emit
                   << " writes a binary file: give it a path with -o\n";
      return 2;
    }
    output = "-";
  }
  CompileSettings settings = options.settings;
  settings.progress = true;
  FailureOr<std::string> result = compileModelToArtifact(
      options.model, options.load, settings, options.emit);
  if (failed(result))
    return 1;
  if (failed(writeOutput(output, options.model,
                         [&](llvm::raw_ostream &os) { os << *result; })))
    return 1;
  return 0;
}

} // namespace webnnc
