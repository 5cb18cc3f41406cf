//===- WptConformance.cpp - the WPT WebNN conformance suite ---------------===//
//
// Runs every case of ../shared/conformance/wpt-webnn/*.json through the WPT
// graph importer and the reference interpreter (or, with --compiled, the
// CPU back end and the runtime; see GraphRunner.h), checks each output with
// the case's own metric (ULP or ATOL, as WPT's utils.js computes it), and
// prints a per-operator table and `N passed, N failed, N skipped`.
//
// Expected-failures lists (`<file>/<case name> :: <reason>` per line)
// record the cases known to fail; the run fails on any other failure and
// on an expected failure that passes, so the lists can only shrink. A
// compiled run reads the interpreter's list and one of its own.
//
//===----------------------------------------------------------------------===//
#include "ConformanceSupport.h"
#include "GraphRunner.h"
#include "webnnc/Import/TensorData.h"
#include "webnnc/Import/WptGraphImporter.h"
#include "webnnc/Interpreter/Interpreter.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/MLIRContext.h"
#include "webnn/IR/WebNNDialect.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <cmath>
#include <cstring>
#include <deque>
#include <map>

using namespace mlir;
using namespace webnnc;
using webnnc::interp::DataType;
using webnnc::interp::Half;
using webnnc::interp::Tensor;

static llvm::cl::opt<std::string>
    suiteDir(llvm::cl::Positional, llvm::cl::desc("<wpt-webnn directory>"),
             llvm::cl::Required);
static llvm::cl::list<std::string> expectedFailuresPaths(
    "expected-failures",
    llvm::cl::desc("file of `<file>/<case> :: <reason>` lines (repeatable)"));
static llvm::cl::opt<std::string>
    filter("filter", llvm::cl::desc("only cases whose id contains this"));
static llvm::cl::opt<bool> verbose("v",
                                   llvm::cl::desc("print every failure"));
static llvm::cl::opt<bool> listFailures(
    "list-failures",
    llvm::cl::desc("print failing cases in expected-failures format"));

namespace {

enum class Outcome { Pass, Fail, Skip };

struct CaseResult {
  Outcome outcome;
  std::string reason;
};

/// ULP distance as utils.js computes it for float32: the bit pattern of
/// |x| as an integer, negated for negative x (so +0 == -0).
int64_t float32Bitwise(float value) {
  uint32_t bits;
  float magnitude = std::fabs(value);
  std::memcpy(&bits, &magnitude, sizeof(bits));
  return value < 0 ? -int64_t(bits) : int64_t(bits);
}

/// Compares one output with the case's metric; on failure, says where.
std::optional<std::string> compare(const Tensor &actual,
                                   const Tensor &expected,
                                   StringRef metric, double tolerance) {
  if (actual.getDataType() != expected.getDataType() ||
      actual.getShape() != expected.getShape()) {
    std::string text;
    llvm::raw_string_ostream os(text);
    os << "output is " << interp::getDataTypeName(actual.getDataType())
       << " [";
    llvm::interleaveComma(actual.getShape(), os);
    os << "], expected " << interp::getDataTypeName(expected.getDataType())
       << " [";
    llvm::interleaveComma(expected.getShape(), os);
    os << "]";
    return text;
  }
  DataType type = actual.getDataType();
  // utils.js validates at most the first 1000 elements of a filled output.
  int64_t count = actual.getNumElements();
  for (int64_t i = 0; i < count; ++i) {
    double distance = 0;
    if (metric == "ATOL") {
      double a = actual.getDouble(i), e = expected.getDouble(i);
      if (std::isnan(a) && std::isnan(e))
        continue;
      if (a == e)
        continue;
      distance = std::fabs(a - e);
      if (std::isnan(distance))
        distance = INFINITY;
    } else if (type == DataType::Float32) {
      float a = actual.data<float>()[i], e = expected.data<float>()[i];
      if (std::isnan(a) && std::isnan(e))
        continue;
      if (a == e)
        continue;
      if (std::isnan(a) || std::isnan(e))
        distance = INFINITY;
      else
        distance = std::fabs(double(float32Bitwise(a) - float32Bitwise(e)));
    } else if (type == DataType::Float16) {
      Half a = actual.data<Half>()[i], e = expected.data<Half>()[i];
      float af = a.toFloat(), ef = e.toFloat();
      if (std::isnan(af) && std::isnan(ef))
        continue;
      if (af == ef)
        continue;
      distance = std::fabs(double(a.bits) - double(e.bits));
    } else if (type == DataType::Int64 || type == DataType::Uint64) {
      int64_t a = actual.getInt64(i), e = expected.getInt64(i);
      if (a == e)
        continue;
      distance = std::fabs(double(a) - double(e));
    } else {
      distance = std::fabs(actual.getDouble(i) - expected.getDouble(i));
    }
    if (distance > tolerance) {
      std::string text;
      llvm::raw_string_ostream os(text);
      os << "element " << i << ": got " << actual.getDouble(i)
         << ", expected " << expected.getDouble(i) << " (" << metric << " "
         << distance << " > " << tolerance << ")";
      return text;
    }
  }
  return std::nullopt;
}

/// A tensor from a `{data, descriptor}` entry of the case.
FailureOr<Tensor> tensorFromEntry(MLIRContext *context,
                                  const llvm::json::Object &entry,
                                  std::string &error) {
  std::string message;
  auto emitError = [&]() {
    return mlir::emitError(UnknownLoc::get(context));
  };
  const llvm::json::Object *descriptor = entry.getObject("descriptor");
  const llvm::json::Value *data = entry.get("data");
  if (!descriptor || !data) {
    error = "entry without descriptor or data";
    return failure();
  }
  FailureOr<RankedTensorType> type =
      tensorTypeFromDescriptor(context, *descriptor, emitError);
  if (failed(type))
    return failure();
  FailureOr<DenseElementsAttr> elements =
      elementsFromJson(*type, *data, emitError);
  if (failed(elements))
    return failure();
  return interp::tensorFromAttr(*elements);
}

/// Imports the case's graph into `context` and reads its inputs; returns
/// "" or why not.
std::string prepareCase(MLIRContext &context,
                        const llvm::json::Object &testCase, StringRef id,
                        conformance::GraphCase &graphCase) {
  std::string diagnostics;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    if (diag.getSeverity() == DiagnosticSeverity::Error) {
      if (!diagnostics.empty())
        diagnostics += "; ";
      diagnostics += diag.str();
    }
    return success();
  });
  const llvm::json::Object *graph = testCase.getObject("graph");
  if (!graph || !testCase.getObject("tolerance"))
    return "case without graph or tolerance";

  FailureOr<OwningOpRef<ModuleOp>> module =
      importWptGraph(&context, *graph, id);
  if (failed(module))
    return "import: " + diagnostics;
  graphCase.module = std::move(*module);
  func::FuncOp func = graphCase.getGraph();

  const llvm::json::Object *inputs = graph->getObject("inputs");
  for (unsigned i = 0; i < func.getNumArguments(); ++i) {
    auto name = func.getArgAttrOfType<StringAttr>(
        i, webnn::WebNNDialect::kNameAttr);
    std::string error;
    FailureOr<Tensor> tensor =
        tensorFromEntry(&context, *inputs->getObject(name.getValue()), error);
    if (failed(tensor))
      return "input data: " + error + diagnostics;
    graphCase.inputs.push_back(std::move(*tensor));
  }
  return "";
}

/// Checks what running the case's graph gave against its expected outputs.
CaseResult checkCase(const llvm::json::Object &testCase,
                     conformance::GraphCase &graphCase,
                     conformance::GraphRun &run) {
  if (!run.failure.empty())
    return {Outcome::Fail, run.failure};
  func::FuncOp func = graphCase.getGraph();
  MLIRContext *context = func.getContext();
  std::string diagnostics;
  ScopedDiagnosticHandler handler(context, [&](Diagnostic &diag) {
    diagnostics += diag.str();
    return success();
  });
  const llvm::json::Object *graph = testCase.getObject("graph");
  const llvm::json::Object *tolerance = testCase.getObject("tolerance");
  StringRef metric = tolerance->getString("metricType").value_or("ULP");
  double limit = tolerance->getNumber("value").value_or(0);
  const llvm::json::Object *expected = graph->getObject("expectedOutputs");
  for (unsigned i = 0; i < func.getNumResults(); ++i) {
    auto name = func.getResultAttrOfType<StringAttr>(
        i, webnn::WebNNDialect::kNameAttr);
    std::string error;
    FailureOr<Tensor> want = tensorFromEntry(
        context, *expected->getObject(name.getValue()), error);
    if (failed(want))
      return {Outcome::Fail, "expected data: " + error + diagnostics};
    if (std::optional<std::string> mismatch =
            compare(run.outputs[i], *want, metric, limit))
      return {Outcome::Fail, "output '" + name.getValue().str() + "' " +
                                 *mismatch};
  }
  return {Outcome::Pass, ""};
}

/// A case to run, and the table row it counts in.
struct PendingCase {
  std::string id, row;
  const llvm::json::Object *testCase;
};

struct FileTally {
  int passed = 0, failed = 0, expectedFailed = 0, skipped = 0;
};

} // namespace

int main(int argc, char **argv) {
  llvm::cl::ParseCommandLineOptions(argc, argv,
                                    "WPT WebNN conformance on the reference "
                                    "interpreter or (--compiled) the CPU "
                                    "back end\n");
  // Compiling resets every llvm::cl option (GraphRunner.h): read them now.
  const bool printEveryFailure = verbose, printFailureList = listFailures;
  const std::string only = filter;
  // `<file>/<case> :: <reason>` lines.
  std::map<std::string, std::string> expectedFailures;
  for (const std::string &path : expectedFailuresPaths)
    webnnc::conformance::readReasonList("webnnc-wpt", path, expectedFailures);

  std::error_code ec;
  SmallVector<std::string> files;
  for (llvm::sys::fs::directory_iterator it(suiteDir, ec), end;
       it != end && !ec; it.increment(ec)) {
    StringRef path = it->path();
    if (path.ends_with(".json") && llvm::sys::path::filename(path) != "index.json")
      files.push_back(path.str());
  }
  if (ec || files.empty()) {
    llvm::errs() << "webnnc-wpt: no case files in " << suiteDir << "\n";
    return 2;
  }
  llvm::sort(files);

  // Every case file stays parsed until the end: a batch of cases can span
  // files. A deque keeps the documents in place as it grows.
  std::deque<llvm::json::Value> documents;
  std::vector<PendingCase> pending;
  std::map<std::string, FileTally> tallies;
  for (const std::string &path : files) {
    std::string stem = llvm::sys::path::stem(path).str();
    llvm::Expected<llvm::json::Value> json =
        webnnc::conformance::readJsonFile(path);
    if (!json) {
      llvm::errs() << "webnnc-wpt: " << path << ": "
                   << llvm::toString(json.takeError()) << "\n";
      return 2;
    }
    documents.push_back(std::move(*json));
    const llvm::json::Object *root = documents.back().getAsObject();
    const llvm::json::Array *cases = root ? root->getArray("cases") : nullptr;
    if (!cases)
      continue;
    for (const llvm::json::Value &value : *cases) {
      const llvm::json::Object *testCase = value.getAsObject();
      // Tally by operator: the one the case tests, or its file for
      // multi-operator graphs.
      const llvm::json::Array *caseOps = testCase->getArray("operators");
      std::string row = stem;
      if (caseOps && caseOps->size() == 1)
        row = caseOps->front().getAsString().value_or(stem).str();
      tallies[row];
      std::string id =
          stem + "/" + testCase->getString("name").value_or("?").str();
      if (!only.empty() && id.find(only) == std::string::npos)
        continue;
      pending.push_back({id, row, testCase});
    }
  }

  int unexpectedFailures = 0, unexpectedPasses = 0;
  std::map<std::string, bool> seenExpected;
  auto record = [&](const PendingCase &pendingCase, const CaseResult &result) {
    const std::string &id = pendingCase.id;
    FileTally &tally = tallies[pendingCase.row];
    auto expected = expectedFailures.find(id);
    bool isExpected = expected != expectedFailures.end();
    if (isExpected)
      seenExpected[id] = true;
    switch (result.outcome) {
    case Outcome::Pass:
      ++tally.passed;
      if (isExpected) {
        ++unexpectedPasses;
        llvm::outs() << "UNEXPECTED PASS: " << id << "\n";
      }
      break;
    case Outcome::Skip:
      ++tally.skipped;
      break;
    case Outcome::Fail:
      if (isExpected) {
        ++tally.expectedFailed;
        break;
      }
      ++tally.failed;
      ++unexpectedFailures;
      if (printFailureList)
        llvm::outs() << id << " :: " << result.reason << "\n";
      else if (printEveryFailure || unexpectedFailures <= 50)
        llvm::outs() << "FAIL: " << id << "\n  " << result.reason << "\n";
      break;
    }
  };
  webnnc::conformance::runInBatches(
      pending.size(),
      [&](MLIRContext &context, size_t index,
          webnnc::conformance::GraphCase &graphCase) {
        return prepareCase(context, *pending[index].testCase,
                           pending[index].id, graphCase);
      },
      [&](size_t index, webnnc::conformance::GraphCase &graphCase,
          webnnc::conformance::GraphRun &run) {
        record(pending[index],
               checkCase(*pending[index].testCase, graphCase, run));
      });

  int passed = 0, failed = 0, skipped = 0;
  llvm::outs() << "\n"
               << llvm::left_justify("operator", 28) << llvm::right_justify("passed", 8)
               << llvm::right_justify("failed", 8)
               << llvm::right_justify("xfail", 8)
               << llvm::right_justify("skipped", 9) << "\n";
  for (const auto &[stem, tally] : tallies) {
    llvm::outs() << llvm::left_justify(stem, 28)
                 << llvm::right_justify(std::to_string(tally.passed), 8)
                 << llvm::right_justify(std::to_string(tally.failed), 8)
                 << llvm::right_justify(std::to_string(tally.expectedFailed), 8)
                 << llvm::right_justify(std::to_string(tally.skipped), 9)
                 << "\n";
    passed += tally.passed;
    failed += tally.failed + tally.expectedFailed;
    skipped += tally.skipped;
  }
  for (const auto &[id, reason] : expectedFailures)
    if (only.empty() && !seenExpected.count(id)) {
      llvm::outs() << "STALE EXPECTED FAILURE (no such case): " << id << "\n";
      ++unexpectedPasses;
    }
  llvm::outs() << "\n"
               << passed << " passed, " << failed << " failed ("
               << failed - unexpectedFailures << " expected), " << skipped
               << " skipped\n";
  return unexpectedFailures || unexpectedPasses ? 1 : 0;
}
