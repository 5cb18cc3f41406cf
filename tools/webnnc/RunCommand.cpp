//===- RunCommand.cpp - webnnc run ----------------------------------------===//
//
// Runs a model once on inputs from files: an artifact with the runtime, or
// (--interpret) a graph with the reference interpreter. Both engines share
// the input reading and output writing of TensorFiles.
//
//===----------------------------------------------------------------------===//
#include "Commands.h"
#include "RuntimeGraph.h"
#include "TensorFiles.h"

#include "mlir/IR/MLIRContext.h"
#include "webnn/IR/WebNNDialect.h"
#include "webnnc/Interpreter/Interpreter.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>

using namespace mlir;
using webnnc::interp::Tensor;

namespace webnnc {

static constexpr llvm::StringLiteral kCommand = "webnnc run";

/// The name a graph gives its argument/result `index`.
static std::string nameOf(DictionaryAttr attrs, unsigned index) {
  auto name = attrs ? attrs.getAs<StringAttr>(webnn::WebNNDialect::kNameAttr)
                    : StringAttr();
  return name ? name.getValue().str() : "#" + std::to_string(index);
}

/// Files the outputs must never replace: the model and every input.
static std::vector<std::string>
inputPathsOf(const RunCommandOptions &options,
             const llvm::StringMap<std::string> &files) {
  std::vector<std::string> paths = {options.model};
  for (const auto &entry : files)
    paths.push_back(entry.second);
  return paths;
}

/// Reads every input; each one without a file is an error of its own.
static LogicalResult readAllInputs(const llvm::StringMap<std::string> &files,
                                   ArrayRef<std::string> names,
                                   MutableArrayRef<Tensor> tensors) {
  std::vector<std::string> missing;
  if (failed(readInputs(files, names, tensors, missing, kCommand)))
    return failure();
  for (const std::string &name : missing)
    llvm::errs() << kCommand << ": graph input '" << name
                 << "' needs a value: --input " << name << "=path.npy\n";
  return success(missing.empty());
}

static int interpret(const RunCommandOptions &options,
                     const llvm::StringMap<std::string> &files) {
  MLIRContext context;
  auto diagnostics = installDiagnosticPrinter(&context);
  FailureOr<OwningOpRef<ModuleOp>> module =
      loadGraph(&context, options.model, options.load);
  if (failed(module))
    return 1;
  FailureOr<func::FuncOp> graph = getGraph(**module);
  if (failed(graph))
    return 1;

  std::vector<std::string> inputNames;
  std::vector<Tensor> inputs;
  for (unsigned i = 0; i < graph->getNumArguments(); ++i) {
    inputNames.push_back(nameOf(graph->getArgAttrDict(i), i));
    Type type = graph->getArgument(i).getType();
    std::optional<Tensor> tensor = interp::allocateFor(type);
    if (!tensor) {
      llvm::errs() << kCommand << ": input '" << inputNames.back()
                   << "' has unsupported type " << type << "\n";
      return 1;
    }
    inputs.push_back(std::move(*tensor));
  }
  if (failed(readAllInputs(files, inputNames, inputs)))
    return 1;

  auto start = std::chrono::steady_clock::now();
  FailureOr<SmallVector<Tensor>> outputs = interp::interpret(*graph, inputs);
  double milliseconds = std::chrono::duration<double, std::milli>(
                            std::chrono::steady_clock::now() - start)
                            .count();
  if (failed(outputs))
    return 1;

  std::vector<std::string> outputNames;
  for (unsigned i = 0; i < graph->getFunctionType().getNumResults(); ++i)
    outputNames.push_back(nameOf(graph->getResultAttrDict(i), i));
  if (failed(reportOutputs(outputNames, *outputs, options.outputDir,
                           inputPathsOf(options, files), kCommand)))
    return 1;
  llvm::outs() << llvm::format("interpreted in %.1f ms\n", milliseconds);
  return 0;
}

static int execute(const RunCommandOptions &options,
                   const llvm::StringMap<std::string> &files) {
  std::unique_ptr<RuntimeGraph> graph = RuntimeGraph::open(
      options.model, options.load, options.threads, kCommand);
  if (!graph) {
    if (llvm::sys::path::extension(options.model) != ".wnn")
      llvm::errs() << kCommand
                   << ": (--interpret runs the model on the reference "
                      "interpreter instead of compiling it)\n";
    return 1;
  }
  std::vector<Tensor> inputs = graph->makeInputTensors();
  if (failed(readAllInputs(files, graph->getInputNames(), inputs)) ||
      failed(graph->writeInputs(inputs)))
    return 1;
  FailureOr<double> milliseconds = graph->dispatch();
  if (failed(milliseconds))
    return 1;
  FailureOr<std::vector<Tensor>> outputs = graph->readOutputs();
  if (failed(outputs) ||
      failed(reportOutputs(graph->getOutputNames(), *outputs, options.outputDir,
                           inputPathsOf(options, files), kCommand)))
    return 1;
  llvm::outs() << llvm::format("dispatched in %.4g ms on %u thread%s\n",
                               *milliseconds, graph->getNumThreads(),
                               graph->getNumThreads() == 1 ? "" : "s");
  return 0;
}

int runRunCommand(const RunCommandOptions &options) {
  FailureOr<llvm::StringMap<std::string>> files =
      parseInputSettings(options.inputs, kCommand);
  if (failed(files))
    return 2;
  return options.interpret ? interpret(options, *files)
                           : execute(options, *files);
}

} // namespace webnnc
