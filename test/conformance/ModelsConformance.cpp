//===- ModelsConformance.cpp - real models against ONNX Runtime -----------===//
//
// For every case of ../shared/models (model.onnx, manifest.json, raw input
// and reference output files): import the model, run it in the reference
// interpreter (or, with --compiled, compile it for the CPU and run it in
// the runtime; see GraphRunner.h), and check each output against ONNX Runtime's with the
// manifest's tolerance (fp32: |out - ref| <= atol + rtol * |ref|; int8-qdq:
// |out - ref| <= atol, cosine >= min_cos, same argmax). Prints one line per
// model and `N passed, N failed`.
//
//===----------------------------------------------------------------------===//
#include "ConformanceSupport.h"
#include "GraphRunner.h"
#include "webnnc/Import/OnnxImporter.h"
#include "webnnc/Interpreter/Interpreter.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/MLIRContext.h"
#include "webnn/IR/WebNNDialect.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <cmath>
#include <cstring>
#include <map>

using namespace mlir;
using webnnc::interp::Tensor;

static llvm::cl::opt<std::string>
    modelsDir(llvm::cl::Positional, llvm::cl::desc("<models directory>"),
              llvm::cl::Required);
static llvm::cl::list<std::string> expectedFailuresPaths(
    "expected-failures",
    llvm::cl::desc("file of `<case> :: reason` lines (repeatable)"));
static llvm::cl::opt<std::string>
    filter("filter", llvm::cl::desc("only cases whose name contains this"));

namespace {

/// A raw little-endian file as a tensor of the graph's type.
std::optional<Tensor> readRaw(const std::string &path, Type type,
                              std::string &error) {
  std::optional<Tensor> tensor = webnnc::interp::allocateFor(type);
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!tensor || !buffer) {
    error = "cannot read " + path;
    return std::nullopt;
  }
  if ((*buffer)->getBufferSize() != tensor->getByteSize()) {
    error = path + " holds " + std::to_string((*buffer)->getBufferSize()) +
            " bytes, the graph's type needs " +
            std::to_string(tensor->getByteSize());
    return std::nullopt;
  }
  std::memcpy(tensor->getBytes(), (*buffer)->getBufferStart(),
              tensor->getByteSize());
  return tensor;
}

/// Checks `actual` against `reference` with one output's tolerance object.
std::string check(const Tensor &actual, const Tensor &reference,
                  const llvm::json::Object &tolerance, double &maxAbs) {
  StringRef kind = tolerance.getString("kind").value_or("fp32");
  double atol = tolerance.getNumber("atol").value_or(1e-4);
  double rtol = tolerance.getNumber("rtol").value_or(0);
  maxAbs = 0;
  double dot = 0, normA = 0, normR = 0;
  int64_t worst = -1;
  for (int64_t i = 0; i < actual.getNumElements(); ++i) {
    double a = actual.getDouble(i), r = reference.getDouble(i);
    double diff = std::fabs(a - r);
    if (std::isnan(diff))
      return "NaN at element " + std::to_string(i);
    maxAbs = std::max(maxAbs, diff);
    dot += a * r;
    normA += a * a;
    normR += r * r;
    if (diff > atol + rtol * std::fabs(r) && worst < 0)
      worst = i;
  }
  if (worst >= 0)
    return "element " + std::to_string(worst) + " differs by " +
           std::to_string(std::fabs(actual.getDouble(worst) -
                                    reference.getDouble(worst)));
  if (kind == "int8-qdq") {
    double cosine = dot / std::sqrt(normA * normR);
    if (cosine < tolerance.getNumber("min_cos").value_or(0.98))
      return "cosine similarity " + std::to_string(cosine) + " too low";
    // Same argmax per row (last dimension).
    int64_t rowLength = actual.getShape().empty() ? 1 : actual.getShape().back();
    for (int64_t row = 0; row * rowLength < actual.getNumElements(); ++row) {
      int64_t bestA = row * rowLength, bestR = bestA;
      for (int64_t i = row * rowLength; i < (row + 1) * rowLength; ++i) {
        if (actual.getDouble(i) > actual.getDouble(bestA))
          bestA = i;
        if (reference.getDouble(i) > reference.getDouble(bestR))
          bestR = i;
      }
      if (bestA != bestR)
        return "argmax of row " + std::to_string(row) + " differs";
    }
  }
  return "";
}

} // namespace

int main(int argc, char **argv) {
  llvm::cl::ParseCommandLineOptions(argc, argv,
                                    "shared models on the reference "
                                    "interpreter or (--compiled) the CPU "
                                    "back end vs ONNX Runtime\n");
  std::map<std::string, std::string> expectedFailures;
  for (const std::string &path : expectedFailuresPaths)
    webnnc::conformance::readReasonList("webnnc-models", path,
                                        expectedFailures);
  std::vector<std::string> cases;
  std::error_code ec;
  for (llvm::sys::fs::directory_iterator it(modelsDir, ec), end;
       it != end && !ec; it.increment(ec))
    if (llvm::sys::fs::exists(it->path() + "/manifest.json"))
      cases.push_back(it->path());
  llvm::sort(cases);
  if (cases.empty()) {
    llvm::errs() << "webnnc-models: no cases in " << modelsDir << "\n";
    return 2;
  }
  // Every manifest is read before the first case runs: compiling resets
  // the llvm::cl options (GraphRunner.h), the filter among them.
  struct PendingCase {
    std::string dir, name;
    llvm::json::Value manifest;
  };
  std::vector<PendingCase> pending;
  for (const std::string &dir : cases) {
    std::string name = llvm::sys::path::filename(dir).str();
    if (!filter.empty() && name.find(filter) == std::string::npos)
      continue;
    llvm::Expected<llvm::json::Value> manifest =
        webnnc::conformance::readJsonFile(dir + "/manifest.json");
    if (!manifest || !manifest->getAsObject()) {
      llvm::errs() << name << ": bad manifest: "
                   << (manifest ? "not an object"
                                : llvm::toString(manifest.takeError()))
                   << "\n";
      return 2;
    }
    pending.push_back({dir, name, std::move(*manifest)});
  }

  // Imports a model and reads its inputs; returns "" or why not.
  auto prepare = [&](MLIRContext &context, size_t index,
                     webnnc::conformance::GraphCase &graphCase) {
    const PendingCase &pendingCase = pending[index];
    std::string diagnostics;
    ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
      if (diag.getSeverity() == DiagnosticSeverity::Error &&
          diagnostics.empty())
        diagnostics = diag.str();
      return success();
    });
    FailureOr<OwningOpRef<ModuleOp>> module =
        webnnc::importOnnxFile(&context, pendingCase.dir + "/model.onnx");
    if (failed(module))
      return "import: " + diagnostics;
    graphCase.module = std::move(*module);
    func::FuncOp graph = graphCase.getGraph();
    const llvm::json::Array *inputList =
        pendingCase.manifest.getAsObject()->getArray("inputs");
    for (unsigned i = 0; i < graph.getNumArguments(); ++i) {
      std::string error;
      std::optional<Tensor> tensor = readRaw(
          pendingCase.dir + "/" +
              (*inputList)[i].getAsObject()->getString("file")->str(),
          graph.getArgument(i).getType(), error);
      if (!tensor)
        return error;
      graphCase.inputs.push_back(std::move(*tensor));
    }
    return std::string();
  };

  int passed = 0, failedCount = 0, unexpected = 0;
  auto checkCase = [&](size_t index,
                       webnnc::conformance::GraphCase &graphCase,
                       webnnc::conformance::GraphRun &run) {
    const PendingCase &pendingCase = pending[index];
    const llvm::json::Object &root = *pendingCase.manifest.getAsObject();
    std::string failure = run.failure;
    double worstAbs = 0;
    if (failure.empty()) {
      func::FuncOp graph = graphCase.getGraph();
      const llvm::json::Array *references = root.getArray("ort_outputs");
      const llvm::json::Object *tolerances = root.getObject("tolerance");
      for (unsigned i = 0; failure.empty() && i < graph.getNumResults();
           ++i) {
        const llvm::json::Object &ref = *(*references)[i].getAsObject();
        std::string outputName = ref.getString("name")->str();
        std::string error;
        std::optional<Tensor> want =
            readRaw(pendingCase.dir + "/" + ref.getString("file")->str(),
                    graph.getResultTypes()[i], error);
        if (!want) {
          failure = error;
          break;
        }
        double maxAbs = 0;
        std::string problem = check(run.outputs[i], *want,
                                    *tolerances->getObject(outputName),
                                    maxAbs);
        worstAbs = std::max(worstAbs, maxAbs);
        if (!problem.empty())
          failure = "output '" + outputName + "': " + problem;
      }
    }
    const std::string &name = pendingCase.name;
    bool isExpected = expectedFailures.count(name);
    if (failure.empty()) {
      ++passed;
      llvm::outs() << llvm::format("PASS %-28s max |diff| %.3g, %s in %.0f "
                                   "ms\n",
                                   name.c_str(), worstAbs,
                                   webnnc::conformance::isCompiledRun()
                                       ? "dispatched"
                                       : "interpreted",
                                   run.milliseconds);
      if (isExpected) {
        ++unexpected;
        llvm::outs() << "UNEXPECTED PASS: " << name << "\n";
      }
    } else {
      ++failedCount;
      llvm::outs() << (isExpected ? "XFAIL " : "FAIL ") << name << ": "
                   << failure << "\n";
      if (!isExpected)
        ++unexpected;
    }
  };
  webnnc::conformance::runInBatches(pending.size(), prepare, checkCase);
  llvm::outs() << "\n" << passed << " passed, " << failedCount << " failed\n";
  return unexpected ? 1 : 0;
}
