//===- WptRoundTrip.cpp - WPT graphs through webnn-graph-json and back ----===//
//
// For every case of ../shared/conformance/wpt-webnn/*.json: import the graph
// with the WPT importer, export it as webnn-graph-json (with weights and
// manifest when it has large constants), write it, import that file again
// and compare the printed IR of both modules; then export the re-imported
// module and check that the document and weights come out the same.
// Cases the WPT importer rejects are skipped, with its reason.
//
// What the comparison normalizes, and why:
// - locations: the importers describe their sources differently (and the
//   WPT one names the case); printing without debug info drops them;
// - constant labels that repeat the constant's name: the WPT importer
//   labels each constant with its input name, while a webnn-graph-json
//   const has no label, only its name, which the exporter writes as the
//   const's key and the importer keeps in the location. Any other label
//   (an operator's `label` option) must survive;
// - dense_resource versus dense: the importer keeps constants larger than
//   64 bytes as resource blobs; both are compared as dense elements.
//
//===----------------------------------------------------------------------===//
#include "ConformanceSupport.h"
#include "webnnc/Import/GraphJsonExporter.h"
#include "webnnc/Import/GraphJsonImporter.h"
#include "webnnc/Import/OperationFactory.h"
#include "webnnc/Import/TensorData.h"
#include "webnnc/Import/WptGraphImporter.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/MLIRContext.h"
#include "webnn/IR/WebNNOps.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

using namespace mlir;
using namespace webnnc;

static llvm::cl::opt<std::string>
    suiteDir(llvm::cl::Positional, llvm::cl::desc("<wpt-webnn directory>"),
             llvm::cl::Required);
static llvm::cl::opt<std::string>
    filter("filter", llvm::cl::desc("only cases whose id contains this"));
static llvm::cl::opt<bool> verbose("v",
                                   llvm::cl::desc("print every skipped case"));
static llvm::cl::opt<std::string>
    keepDir("keep",
            llvm::cl::desc("write the exported graphs into this directory "
                           "and keep them"));

namespace {

enum class Outcome { Pass, Fail, Skip };

struct CaseResult {
  Outcome outcome;
  std::string reason;
};

/// Collects error diagnostics of a context as one line.
class ErrorCollector {
public:
  explicit ErrorCollector(MLIRContext &context)
      : handler(&context, [this](Diagnostic &diag) {
          if (diag.getSeverity() == DiagnosticSeverity::Error) {
            if (!text.empty())
              text += "; ";
            text += diag.str();
          }
          return success();
        }) {}
  std::string take() { return std::exchange(text, ""); }

private:
  std::string text;
  ScopedDiagnosticHandler handler;
};

/// The module's IR with the normalizations described at the top.
std::string normalizedIR(ModuleOp module) {
  module.walk([](webnn::ConstantOp constant) {
    SmallVector<std::string> names = getNamedResults(constant);
    if (constant.getLabel() && *constant.getLabel() == names.front())
      constant.removeLabelAttr();
    auto resource = dyn_cast<DenseResourceElementsAttr>(constant.getValue());
    AsmResourceBlob *blob =
        resource ? resource.getRawHandle().getBlob() : nullptr;
    if (!blob)
      return;
    FailureOr<DenseElementsAttr> dense = elementsFromBytes(
        cast<RankedTensorType>(resource.getType()), blob->getData(),
        [&]() { return constant.emitError(); });
    if (succeeded(dense))
      constant.setValueAttr(*dense);
  });
  std::string text;
  llvm::raw_string_ostream os(text);
  module->print(os, OpPrintingFlags());
  return text;
}

/// The first line where `a` and `b` differ, for the failure message.
std::string firstDifference(StringRef a, StringRef b) {
  SmallVector<StringRef> linesA, linesB;
  a.split(linesA, '\n');
  b.split(linesB, '\n');
  for (size_t i = 0; i < std::max(linesA.size(), linesB.size()); ++i) {
    StringRef lineA = i < linesA.size() ? linesA[i] : "<end>";
    StringRef lineB = i < linesB.size() ? linesB[i] : "<end>";
    if (lineA != lineB)
      return ("line " + Twine(i + 1) + ": WPT `" + lineA.trim() +
              "` vs round trip `" + lineB.trim() + "`")
          .str();
  }
  return "no difference";
}

CaseResult runCase(const llvm::json::Object &graph, StringRef id,
                   StringRef jsonPath) {
  MLIRContext wptContext;
  ErrorCollector wptErrors(wptContext);
  FailureOr<OwningOpRef<ModuleOp>> original =
      importWptGraph(&wptContext, graph, id);
  if (failed(original))
    return {Outcome::Skip, "WPT import: " + wptErrors.take()};
  auto func = *(*original)->getOps<func::FuncOp>().begin();
  FailureOr<ExportedGraph> exported = exportGraphJson(func);
  if (failed(exported))
    return {Outcome::Fail, "export: " + wptErrors.take()};
  if (failed(writeGraphJson(*exported, jsonPath)))
    return {Outcome::Fail, "cannot write " + jsonPath.str()};

  MLIRContext jsonContext;
  ErrorCollector jsonErrors(jsonContext);
  FailureOr<OwningOpRef<ModuleOp>> reimported =
      importGraphJsonFile(&jsonContext, jsonPath);
  if (failed(reimported))
    return {Outcome::Fail, "re-import: " + jsonErrors.take()};

  // The second export must reproduce the first exactly.
  auto reimportedFunc = *(*reimported)->getOps<func::FuncOp>().begin();
  FailureOr<ExportedGraph> again = exportGraphJson(reimportedFunc);
  if (failed(again))
    return {Outcome::Fail, "second export: " + jsonErrors.take()};
  if (again->graph != exported->graph || again->weights != exported->weights ||
      again->manifest != exported->manifest)
    return {Outcome::Fail, "the second export differs from the first"};

  std::string before = normalizedIR(**original);
  std::string after = normalizedIR(**reimported);
  if (before != after)
    return {Outcome::Fail, "IR differs, " + firstDifference(before, after)};
  return {Outcome::Pass, ""};
}

} // namespace

int main(int argc, char **argv) {
  llvm::cl::ParseCommandLineOptions(
      argc, argv, "WPT WebNN graphs: WPT -> IR -> webnn-graph-json -> IR\n");

  std::error_code ec;
  SmallVector<std::string> files;
  for (llvm::sys::fs::directory_iterator it(suiteDir, ec), end;
       it != end && !ec; it.increment(ec)) {
    StringRef path = it->path();
    if (path.ends_with(".json") &&
        llvm::sys::path::filename(path) != "index.json")
      files.push_back(path.str());
  }
  if (ec || files.empty()) {
    llvm::errs() << "webnnc-wpt-roundtrip: no case files in " << suiteDir
                 << "\n";
    return 2;
  }
  llvm::sort(files);

  SmallString<128> outDir(keepDir.getValue());
  if (outDir.empty()) {
    if (std::error_code error = llvm::sys::fs::createUniqueDirectory(
            "webnnc-wpt-roundtrip", outDir)) {
      llvm::errs() << "webnnc-wpt-roundtrip: cannot create a temporary "
                      "directory: "
                   << error.message() << "\n";
      return 2;
    }
  } else if (std::error_code error =
                 llvm::sys::fs::create_directories(outDir)) {
    llvm::errs() << "webnnc-wpt-roundtrip: cannot create " << outDir << ": "
                 << error.message() << "\n";
    return 2;
  }

  int passed = 0, failed = 0, skipped = 0;
  std::map<std::string, int> skipReasons;
  for (const std::string &path : files) {
    std::string stem = llvm::sys::path::stem(path).str();
    llvm::Expected<llvm::json::Value> json =
        webnnc::conformance::readJsonFile(path);
    if (!json) {
      llvm::errs() << "webnnc-wpt-roundtrip: " << path << ": "
                   << llvm::toString(json.takeError()) << "\n";
      return 2;
    }
    const llvm::json::Array *cases =
        json->getAsObject() ? json->getAsObject()->getArray("cases") : nullptr;
    if (!cases)
      continue;
    for (auto [index, value] : llvm::enumerate(*cases)) {
      const llvm::json::Object *testCase = value.getAsObject();
      std::string id =
          stem + "/" + testCase->getString("name").value_or("?").str();
      if (!filter.empty() && id.find(filter) == std::string::npos)
        continue;
      const llvm::json::Object *graph = testCase->getObject("graph");
      if (!graph) {
        ++failed;
        llvm::outs() << "FAIL: " << id << "\n  case without graph\n";
        continue;
      }
      SmallString<256> jsonPath(outDir);
      llvm::sys::path::append(jsonPath,
                              stem + "-" + std::to_string(index) + ".json");
      CaseResult result = runCase(*graph, id, jsonPath);
      switch (result.outcome) {
      case Outcome::Pass:
        ++passed;
        break;
      case Outcome::Skip:
        ++skipped;
        ++skipReasons[result.reason];
        if (verbose)
          llvm::outs() << "SKIP: " << id << "\n  " << result.reason << "\n";
        break;
      case Outcome::Fail:
        ++failed;
        llvm::outs() << "FAIL: " << id << "\n  " << result.reason << "\n";
        break;
      }
    }
  }
  if (keepDir.empty())
    llvm::sys::fs::remove_directories(outDir);

  for (const auto &[reason, count] : skipReasons)
    llvm::outs() << "skipped " << count << "x: " << reason << "\n";
  llvm::outs() << "\n"
               << passed << " passed, " << failed << " failed, " << skipped
               << " skipped\n";
  return failed ? 1 : 0;
}
