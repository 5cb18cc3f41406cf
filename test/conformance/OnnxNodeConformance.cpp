//===- OnnxNodeConformance.cpp - the ONNX backend node tests --------------===//
//
// Runs every test of ../shared/conformance/onnx-node (model.onnx plus
// test_data_set_0/{input,output}_N.pb) through the ONNX importer and the
// reference interpreter (or, with --compiled, the CPU back end and the
// runtime; see GraphRunner.h) and compares with ONNX's own defaults
// (numpy.testing.assert_allclose, rtol 1e-3, atol 1e-7). Prints a per-op
// table and `N passed, N failed, N skipped`.
//
// Two checked-in lists steer it:
// - skips (`op:<OpType> :: reason` or `<test> :: reason`): what WebNN
//   cannot express (sequences, strings, float64, training ops, dynamic
//   output shapes...); these count as skipped and never run;
// - expected failures (`<test> :: reason`): the run fails on any other
//   failure and on an expected failure that passes. A compiled run reads
//   the interpreter's lists and one of its own.
//
//===----------------------------------------------------------------------===//
#include "ConformanceSupport.h"
#include "GraphRunner.h"
#include "webnnc/Import/OnnxImporter.h"
#include "webnnc/Interpreter/Interpreter.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/MLIRContext.h"
#include "onnx/onnx_pb.h"
#include "webnn/IR/WebNNDialect.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <set>

using namespace mlir;
using webnnc::interp::DataType;
using webnnc::interp::Tensor;

static llvm::cl::opt<std::string>
    suiteDir(llvm::cl::Positional, llvm::cl::desc("<onnx-node directory>"),
             llvm::cl::Required);
static llvm::cl::list<std::string>
    skipsPaths("skips", llvm::cl::desc("file of skip lines (repeatable)"));
static llvm::cl::list<std::string> expectedFailuresPaths(
    "expected-failures",
    llvm::cl::desc("file of `<test> :: reason` lines (repeatable)"));
static llvm::cl::opt<std::string>
    filter("filter", llvm::cl::desc("only tests whose name contains this"));
static llvm::cl::opt<bool> verbose("v",
                                   llvm::cl::desc("print every failure"));
static llvm::cl::opt<bool> listFailures(
    "list-failures",
    llvm::cl::desc("print failing tests in expected-failures format"));

namespace {

bool readProto(const std::string &path, google::protobuf::Message &message) {
  std::ifstream file(path, std::ios::binary);
  return file && message.ParseFromIstream(&file);
}

/// A TensorProto's data as an interpreter tensor of `type` (the graph's
/// webnn type for that input or output).
std::optional<Tensor> tensorFromProto(const onnx::TensorProto &proto,
                                      Type type, std::string &error) {
  std::optional<Tensor> tensor = webnnc::interp::allocateFor(type);
  if (!tensor) {
    error = "no WebNN tensor for the graph's type";
    return std::nullopt;
  }
  int64_t count = tensor->getNumElements();
  size_t size = webnnc::interp::getStorageSize(tensor->getDataType());
  if (proto.has_raw_data()) {
    if (proto.raw_data().size() != static_cast<size_t>(count) * size) {
      error = "raw data size does not match the shape";
      return std::nullopt;
    }
    std::memcpy(tensor->getBytes(), proto.raw_data().data(),
                proto.raw_data().size());
    return tensor;
  }
  auto fill = [&](auto getter, int64_t given) -> bool {
    if (given != count) {
      error = "typed data count does not match the shape";
      return false;
    }
    for (int64_t i = 0; i < count; ++i)
      getter(i);
    return true;
  };
  bool ok = false;
  switch (proto.data_type()) {
  case onnx::TensorProto::FLOAT:
    ok = fill([&](int64_t i) { tensor->setDouble(i, proto.float_data(i)); },
              proto.float_data_size());
    break;
  case onnx::TensorProto::INT64:
    ok = fill([&](int64_t i) { tensor->setInt64(i, proto.int64_data(i)); },
              proto.int64_data_size());
    break;
  case onnx::TensorProto::UINT32:
  case onnx::TensorProto::UINT64:
    ok = fill(
        [&](int64_t i) {
          tensor->setInt64(i, static_cast<int64_t>(proto.uint64_data(i)));
        },
        proto.uint64_data_size());
    break;
  case onnx::TensorProto::FLOAT16:
    ok = fill(
        [&](int64_t i) {
          tensor->data<webnnc::interp::Half>()[i] =
              webnnc::interp::Half{static_cast<uint16_t>(proto.int32_data(i))};
        },
        proto.int32_data_size());
    break;
  default:
    ok = fill([&](int64_t i) { tensor->setInt64(i, proto.int32_data(i)); },
              proto.int32_data_size());
    break;
  }
  if (!ok)
    return std::nullopt;
  return tensor;
}

/// assert_allclose(actual, expected, rtol=1e-3, atol=1e-7) with NaNs equal.
std::optional<std::string> compare(const Tensor &actual,
                                   const Tensor &expected) {
  if (actual.getShape() != expected.getShape() ||
      actual.getDataType() != expected.getDataType())
    return std::string("type or shape differs");
  bool isFloat = webnnc::interp::isFloat(actual.getDataType());
  for (int64_t i = 0; i < actual.getNumElements(); ++i) {
    if (!isFloat) {
      if (actual.getInt64(i) != expected.getInt64(i))
        return "element " + std::to_string(i) + ": got " +
               std::to_string(actual.getInt64(i)) + ", expected " +
               std::to_string(expected.getInt64(i));
      continue;
    }
    double a = actual.getDouble(i), e = expected.getDouble(i);
    if (std::isnan(a) && std::isnan(e))
      continue;
    if (a == e)
      continue;
    if (!(std::fabs(a - e) <= 1e-7 + 1e-3 * std::fabs(e)))
      return "element " + std::to_string(i) + ": got " + std::to_string(a) +
             ", expected " + std::to_string(e);
  }
  return std::nullopt;
}

/// Why a test cannot be expressed in WebNN from its model alone, or "".
std::string inexpressible(const onnx::ModelProto &model) {
  auto typeProblem = [](const onnx::TypeProto &type) -> std::string {
    if (!type.has_tensor_type())
      return "uses sequence/optional/map values, which WebNN has no type for";
    switch (type.tensor_type().elem_type()) {
    case onnx::TensorProto::DOUBLE:
      return "uses float64, which WebNN has no data type for";
    case onnx::TensorProto::STRING:
      return "uses strings, which WebNN has no data type for";
    case onnx::TensorProto::INT16:
    case onnx::TensorProto::UINT16:
      return "uses 16-bit integers, which WebNN has no data type for";
    case onnx::TensorProto::BFLOAT16:
      return "uses bfloat16, which WebNN has no data type for";
    case onnx::TensorProto::COMPLEX64:
    case onnx::TensorProto::COMPLEX128:
      return "uses complex numbers, which WebNN has no data type for";
    default:
      return "";
    }
  };
  for (const onnx::OperatorSetIdProto &opset : model.opset_import())
    if (opset.domain() == "ai.onnx.preview.training")
      return "a training operator (ai.onnx.preview.training)";
  for (const auto &values : {model.graph().input(), model.graph().output()})
    for (const onnx::ValueInfoProto &value : values)
      if (std::string problem = typeProblem(value.type()); !problem.empty())
        return problem;
  return "";
}

struct Tally {
  int passed = 0, failed = 0, expected = 0, skipped = 0;
};

} // namespace

int main(int argc, char **argv) {
  llvm::cl::ParseCommandLineOptions(argc, argv,
                                    "ONNX backend node tests on the reference "
                                    "interpreter or (--compiled) the CPU "
                                    "back end\n");
  // Compiling resets every llvm::cl option (GraphRunner.h): read them now.
  const bool printEveryFailure = verbose, printFailureList = listFailures;
  const std::string only = filter;
  std::map<std::string, std::string> skips, expectedFailures;
  for (const std::string &path : skipsPaths)
    webnnc::conformance::readReasonList("webnnc-onnx-node", path, skips);
  for (const std::string &path : expectedFailuresPaths)
    webnnc::conformance::readReasonList("webnnc-onnx-node", path,
                                        expectedFailures);

  std::vector<std::string> tests;
  std::error_code ec;
  for (llvm::sys::fs::directory_iterator it(suiteDir, ec), end;
       it != end && !ec; it.increment(ec))
    if (llvm::sys::fs::exists(it->path() + "/model.onnx"))
      tests.push_back(it->path());
  if (tests.empty()) {
    llvm::errs() << "webnnc-onnx-node: no tests in " << suiteDir << "\n";
    return 2;
  }
  llvm::sort(tests);

  // Tests whose model WebNN can express, and the op each counts under.
  struct PendingTest {
    std::string dir, name, opType;
  };
  std::vector<PendingTest> pending;
  std::map<std::string, Tally> tallies;
  std::map<std::string, int> skipReasons;
  int unexpectedFailures = 0, unexpectedPasses = 0;
  std::set<std::string> seen;
  for (const std::string &dir : tests) {
    std::string name = llvm::sys::path::filename(dir).str();
    if (!only.empty() && name.find(only) == std::string::npos)
      continue;
    seen.insert(name);
    onnx::ModelProto model;
    if (!readProto(dir + "/model.onnx", model)) {
      llvm::errs() << name << ": cannot read model.onnx\n";
      return 2;
    }
    // The op the test is about: its first node's type.
    std::string opType = model.graph().node_size()
                             ? model.graph().node(0).op_type()
                             : "?";
    Tally &tally = tallies[opType];
    std::string skipReason;
    if (auto it = skips.find(name); it != skips.end())
      skipReason = it->second;
    else if (auto it = skips.find("op:" + opType); it != skips.end())
      skipReason = it->second;
    else
      skipReason = inexpressible(model);
    if (!skipReason.empty()) {
      ++tally.skipped;
      // Group "Resize: scales is a runtime input ..." style reasons by
      // their text up to the first ';' or ':' after 40 characters.
      std::string group = skipReason.substr(0, skipReason.find(';'));
      ++skipReasons[group];
      continue;
    }
    pending.push_back({dir, name, opType});
  }
  int expressible = pending.size();

  // Imports a test's model and reads its inputs; returns "" or why not.
  auto prepare = [&](MLIRContext &context, size_t index,
                     webnnc::conformance::GraphCase &graphCase) {
    const std::string &dir = pending[index].dir;
    std::string diagnostics;
    ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
      if (diag.getSeverity() == DiagnosticSeverity::Error &&
          diagnostics.empty())
        diagnostics = diag.str();
      return success();
    });
    FailureOr<OwningOpRef<ModuleOp>> module =
        webnnc::importOnnxFile(&context, dir + "/model.onnx");
    if (failed(module))
      return "import: " + diagnostics;
    graphCase.module = std::move(*module);
    func::FuncOp graph = graphCase.getGraph();
    for (unsigned i = 0; i < graph.getNumArguments(); ++i) {
      onnx::TensorProto proto;
      std::string path =
          dir + "/test_data_set_0/input_" + std::to_string(i) + ".pb";
      std::string error;
      std::optional<Tensor> tensor;
      if (readProto(path, proto))
        tensor = tensorFromProto(proto, graph.getArgument(i).getType(), error);
      if (!tensor)
        return "input " + std::to_string(i) + ": " + error;
      graphCase.inputs.push_back(std::move(*tensor));
    }
    return std::string();
  };

  // Compares a test's outputs with its reference outputs; "" or why not.
  auto check = [&](size_t index, webnnc::conformance::GraphCase &graphCase,
                   webnnc::conformance::GraphRun &run) -> std::string {
    if (!run.failure.empty())
      return run.failure;
    func::FuncOp graph = graphCase.getGraph();
    for (unsigned i = 0; i < graph.getNumResults(); ++i) {
      onnx::TensorProto proto;
      std::string path = pending[index].dir + "/test_data_set_0/output_" +
                         std::to_string(i) + ".pb";
      std::string error;
      std::optional<Tensor> want;
      if (readProto(path, proto))
        want = tensorFromProto(proto, graph.getResultTypes()[i], error);
      if (!want)
        return "output " + std::to_string(i) + ": " + error;
      if (std::optional<std::string> mismatch =
              compare(run.outputs[i], *want))
        return "output " + std::to_string(i) + " " + *mismatch;
    }
    return "";
  };

  auto record = [&](size_t index, const std::string &failure) {
    const std::string &name = pending[index].name;
    Tally &tally = tallies[pending[index].opType];
    bool isExpected = expectedFailures.count(name);
    if (failure.empty()) {
      ++tally.passed;
      if (isExpected) {
        ++unexpectedPasses;
        llvm::outs() << "UNEXPECTED PASS: " << name << "\n";
      }
      return;
    }
    if (isExpected) {
      ++tally.expected;
      return;
    }
    ++tally.failed;
    ++unexpectedFailures;
    if (printFailureList)
      llvm::outs() << name << " :: " << failure << "\n";
    else if (printEveryFailure || unexpectedFailures <= 40)
      llvm::outs() << "FAIL: " << name << "\n  " << failure << "\n";
  };
  webnnc::conformance::runInBatches(
      pending.size(), prepare,
      [&](size_t index, webnnc::conformance::GraphCase &graphCase,
          webnnc::conformance::GraphRun &run) {
        record(index, check(index, graphCase, run));
      });

  int passed = 0, failed = 0, skipped = 0;
  llvm::outs() << "\n"
               << llvm::left_justify("operator", 28)
               << llvm::right_justify("passed", 8)
               << llvm::right_justify("failed", 8)
               << llvm::right_justify("xfail", 8)
               << llvm::right_justify("skipped", 9) << "\n";
  for (const auto &[op, tally] : tallies) {
    llvm::outs() << llvm::left_justify(op, 28)
                 << llvm::right_justify(std::to_string(tally.passed), 8)
                 << llvm::right_justify(std::to_string(tally.failed), 8)
                 << llvm::right_justify(std::to_string(tally.expected), 8)
                 << llvm::right_justify(std::to_string(tally.skipped), 9)
                 << "\n";
    passed += tally.passed;
    failed += tally.failed + tally.expected;
    skipped += tally.skipped;
  }
  for (const auto &[name, reason] : expectedFailures)
    if (only.empty() && !seen.count(name)) {
      llvm::outs() << "STALE EXPECTED FAILURE (no such test): " << name
                   << "\n";
      ++unexpectedPasses;
    }
  llvm::outs() << "\nskipped, by reason:\n";
  std::vector<std::pair<int, std::string>> reasons;
  for (const auto &[reason, count] : skipReasons)
    reasons.push_back({count, reason});
  llvm::sort(reasons, [](const auto &a, const auto &b) { return a > b; });
  for (const auto &[count, reason] : reasons)
    llvm::outs() << llvm::format("%5d  ", count) << reason << "\n";
  llvm::outs() << "\nexpressible in WebNN: " << expressible << " of "
               << passed + failed + skipped << " tests; pass rate "
               << llvm::format("%.1f",
                               expressible ? 100.0 * passed / expressible : 0.0)
               << "%\n";
  llvm::outs() << passed << " passed, " << failed << " failed ("
               << failed - unexpectedFailures << " expected), " << skipped
               << " skipped\n";
  return unexpectedFailures || unexpectedPasses ? 1 : 0;
}
