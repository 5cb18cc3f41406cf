//===- RunCommand.cpp - webnnc run ----------------------------------------===//
#include "Commands.h"
#include "Npy.h"

#include "mlir/IR/MLIRContext.h"
#include "webnn/IR/WebNNDialect.h"
#include "webnnc/Interpreter/Interpreter.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <cstring>

using namespace mlir;
using webnnc::interp::Tensor;

namespace webnnc {

/// The name a graph gives its argument/result `index`.
static std::string nameOf(DictionaryAttr attrs, unsigned index) {
  auto name = attrs ? attrs.getAs<StringAttr>(webnn::WebNNDialect::kNameAttr)
                    : StringAttr();
  return name ? name.getValue().str() : "#" + std::to_string(index);
}

/// A tensor from a .npy array, checked against the graph input's type.
static FailureOr<Tensor> tensorFromNpy(const npy::Array &array, Type type,
                                       const std::string &name) {
  std::optional<Tensor> tensor = interp::allocateFor(type);
  if (!tensor) {
    llvm::errs() << "webnnc: input '" << name << "' has unsupported type "
                 << type << "\n";
    return failure();
  }
  std::string dataType =
      interp::getDataTypeName(tensor->getDataType()).str();
  bool shapeMatches = llvm::ArrayRef<int64_t>(array.shape) == tensor->getShape();
  if (npy::dataTypeForDescr(array.descr) !=
          npy::dataTypeForDescr(npy::descrForDataType(dataType)) ||
      !shapeMatches) {
    llvm::errs() << "webnnc: input '" << name << "' must be " << dataType
                 << " of shape [";
    llvm::interleaveComma(tensor->getShape(), llvm::errs());
    llvm::errs() << "], the .npy holds "
                 << npy::dataTypeForDescr(array.descr) << " of shape [";
    llvm::interleaveComma(array.shape, llvm::errs());
    llvm::errs() << "]\n";
    return failure();
  }
  std::memcpy(tensor->getBytes(), array.data.data(), array.data.size());
  return std::move(*tensor);
}

/// "[1.5, 2, ...]": the first values of a tensor, for the summary.
static std::string preview(const Tensor &tensor) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "[";
  int64_t shown = std::min<int64_t>(tensor.getNumElements(), 6);
  for (int64_t i = 0; i < shown; ++i)
    os << (i ? ", " : "") << llvm::format("%g", tensor.getDouble(i));
  if (shown < tensor.getNumElements())
    os << ", ...";
  os << "]";
  return text;
}

int runRunCommand(const RunCommandOptions &options) {
  if (!options.interpret) {
    llvm::errs() << "webnnc run: compiled execution is not available yet; "
                    "pass --interpret to run the reference interpreter\n";
    return 2;
  }
  MLIRContext context;
  auto diagnostics = installDiagnosticPrinter(&context);
  FailureOr<OwningOpRef<ModuleOp>> module =
      loadGraph(&context, options.model, options.load);
  if (failed(module))
    return 1;
  FailureOr<func::FuncOp> graph = getGraph(**module);
  if (failed(graph))
    return 1;

  llvm::StringMap<std::string> inputFiles;
  for (const std::string &setting : options.inputs) {
    auto [name, path] = llvm::StringRef(setting).split('=');
    if (name.empty() || path.empty()) {
      llvm::errs() << "webnnc run: --input expects name=path.npy, got '"
                   << setting << "'\n";
      return 2;
    }
    inputFiles[name] = path.str();
  }

  SmallVector<Tensor> inputs;
  llvm::StringMap<bool> used;
  for (unsigned i = 0; i < graph->getNumArguments(); ++i) {
    std::string name = nameOf(graph->getArgAttrDict(i), i);
    auto it = inputFiles.find(name);
    if (it == inputFiles.end()) {
      llvm::errs() << "webnnc run: graph input '" << name
                   << "' needs a value: --input " << name << "=path.npy\n";
      return 1;
    }
    used[name] = true;
    npy::Array array;
    std::string error;
    if (!npy::read(it->second, array, error)) {
      llvm::errs() << "webnnc run: " << error << "\n";
      return 1;
    }
    FailureOr<Tensor> tensor =
        tensorFromNpy(array, graph->getArgument(i).getType(), name);
    if (failed(tensor))
      return 1;
    inputs.push_back(std::move(*tensor));
  }
  for (const auto &entry : inputFiles)
    if (!used.count(entry.first())) {
      llvm::errs() << "webnnc run: the graph has no input named '"
                   << entry.first() << "'\n";
      return 1;
    }

  auto start = std::chrono::steady_clock::now();
  FailureOr<SmallVector<Tensor>> outputs = interp::interpret(*graph, inputs);
  double milliseconds = std::chrono::duration<double, std::milli>(
                            std::chrono::steady_clock::now() - start)
                            .count();
  if (failed(outputs))
    return 1;

  if (!options.outputDir.empty()) {
    if (std::error_code ec =
            llvm::sys::fs::create_directories(options.outputDir)) {
      llvm::errs() << "webnnc run: cannot create '" << options.outputDir
                   << "': " << ec.message() << "\n";
      return 1;
    }
  }
  FunctionType type = graph->getFunctionType();
  for (unsigned i = 0; i < type.getNumResults(); ++i) {
    const Tensor &tensor = (*outputs)[i];
    std::string name = nameOf(graph->getResultAttrDict(i), i);
    llvm::outs() << "output '" << name << "': "
                 << interp::getDataTypeName(tensor.getDataType()) << " [";
    llvm::interleaveComma(tensor.getShape(), llvm::outs());
    llvm::outs() << "] " << preview(tensor) << "\n";
    if (options.outputDir.empty())
      continue;
    npy::Array array;
    array.descr = npy::descrForDataType(
        interp::getDataTypeName(tensor.getDataType()).str());
    array.shape.assign(tensor.getShape().begin(), tensor.getShape().end());
    array.data.assign(tensor.getBytes(),
                      tensor.getBytes() + tensor.getByteSize());
    std::vector<char> bytes = npy::serialize(array);
    SmallString<256> path(options.outputDir);
    llvm::sys::path::append(path, name + ".npy");
    if (failed(writeOutput(path.str().str(), options.model,
                           [&](raw_ostream &os) {
                             os.write(bytes.data(), bytes.size());
                           })))
      return 1;
  }
  llvm::outs() << llvm::format("interpreted in %.1f ms\n", milliseconds);
  return 0;
}

} // namespace webnnc
