// webnn-graph-json -> IR -> webnn-graph-json -> IR: the exporter writes back
// what the importer read (names, const kinds, options), and a second round
// gives the same IR and the same document.
#include "webnnc/Import/GraphJsonExporter.h"
#include "webnnc/Import/GraphJsonImporter.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "webnn/IR/WebNNDialect.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <cstring>
#include <gtest/gtest.h>

using namespace mlir;
using namespace webnnc;

namespace llvm::json {
/// Failures show JSON values as JSON.
void PrintTo(const Value &value, std::ostream *os) {
  std::string text;
  llvm::raw_string_ostream(text) << value;
  *os << text;
}
} // namespace llvm::json

namespace {

/// A graph with inputs, consts of all three kinds (weights from a headered
/// weights file, scalars, inline bytes), a multi-output split, an optional
/// operand after an absent one (batchNormalization bias without scale) and
/// options of every JSON kind.
constexpr const char *kGraph = R"json({
  "format": "webnn-graph-json",
  "version": 2,
  "name": "mixed",
  "inputs": {
    "x": {"dataType": "float32", "shape": [2, 4]},
    "unused": {"dataType": "int32", "shape": []}
  },
  "consts": {
    "W": {"dataType": "float32", "shape": [4, 8],
          "init": {"kind": "weights", "ref": "W"}},
    "F": {"dataType": "float32", "shape": [2, 3, 3, 4],
          "init": {"kind": "weights", "ref": "F"}},
    "H": {"dataType": "float16", "shape": [39],
          "init": {"kind": "weights", "ref": "H"}},
    "Z": {"dataType": "int64", "shape": [9],
          "init": {"kind": "weights", "ref": "Z"}},
    "small": {"dataType": "float32", "shape": [2],
              "init": {"kind": "weights", "ref": "small"}},
    "bias": {"dataType": "float32", "shape": [],
             "init": {"kind": "scalar", "value": 0.5}},
    "mean": {"dataType": "float32", "shape": [8],
             "init": {"kind": "scalar", "value": 0}},
    "variance": {"dataType": "float32", "shape": [8],
                 "init": {"kind": "scalar", "value": 1}},
    "big": {"dataType": "int64", "shape": [2],
            "init": {"kind": "scalar", "value": "1152921504606846977"}},
    "nan": {"dataType": "float32", "shape": [],
            "init": {"kind": "scalar", "value": "NaN"}},
    "negativeZero": {"dataType": "float32", "shape": [1],
                     "init": {"kind": "inlineBytes", "bytes": [0, 0, 0, 128]}},
    "ones": {"dataType": "uint8", "shape": [3],
             "init": {"kind": "inlineBytes", "bytes": [1, 1, 1]}},
    "mask": {"dataType": "uint8", "shape": [4],
             "init": {"kind": "inlineBytes", "bytes": [1, 1, 0, 0]}},
    "nibbles": {"dataType": "int4", "shape": [4],
                "init": {"kind": "inlineBytes", "bytes": [15, 1, 7, 8]}},
    "bnBias": {"dataType": "float32", "shape": [8],
               "init": {"kind": "inlineBytes", "bytes": [
                 0, 0, 128, 63, 0, 0, 0, 64, 0, 0, 64, 64, 0, 0, 128, 64,
                 0, 0, 160, 64, 0, 0, 192, 64, 0, 0, 224, 64, 0, 0, 0, 65]}}
  },
  "nodes": [
    {"id": "mm", "op": "matmul", "inputs": ["x", "W"]},
    {"id": "sum", "op": "add", "inputs": ["mm", "bias"], "outputs": null},
    {"id": "left", "op": "split", "inputs": ["sum"],
     "options": {"axis": 1, "splits": [3, 5]}, "outputs": ["left", "right"]},
    {"id": "cat", "op": "concat", "inputs": ["right", "left"],
     "options": {"axis": 1}},
    {"id": "r", "op": "reshape", "inputs": ["cat"],
     "options": {"newShape": [1, 2, 2, 4]}},
    {"id": "conv", "op": "conv2d", "inputs": ["r", "F"],
     "options": {"inputLayout": "nhwc", "filterLayout": "ohwi",
                 "padding": [1, 1, 1, 1], "strides": [1, 1],
                 "label": "my conv"}},
    {"id": "clamped", "op": "clamp", "inputs": ["conv"],
     "options": {"minValue": 0, "maxValue": 6.5}},
    {"id": "avg", "op": "reduceMean", "inputs": ["clamped"],
     "options": {"axes": [1, 2], "keepDimensions": true}},
    {"id": "lr", "op": "leakyRelu", "inputs": ["mm"],
     "options": {"alpha": 0.1}},
    {"id": "half", "op": "cast", "inputs": ["lr"],
     "options": {"dataType": "float16"}},
    {"id": "bn", "op": "batchNormalization", "inputs": ["sum", "mean", "variance"],
     "options": {"bias": "bnBias", "epsilon": 0.001}}
  ],
  "outputs": {"avg": "avg", "pieces": "right", "half": "half", "bn": "bn",
              "input": "x"}
})json";

/// The weights of kGraph's `weights` consts, after an 8-byte `WGWT` header
/// (offsets in the manifest are absolute), as upstream's packed form has.
struct TestWeights {
  std::vector<char> bytes;
  llvm::json::Object tensors;

  void add(StringRef name, StringRef dataType, std::vector<int64_t> shape,
           const void *data, size_t size) {
    tensors[name.str()] =
        llvm::json::Object{{"dataType", dataType.str()},
                           {"shape", llvm::json::Array(shape)},
                           {"byteOffset", static_cast<int64_t>(bytes.size())},
                           {"byteLength", static_cast<int64_t>(size)},
                           {"layout", "row-major"}};
    const char *begin = static_cast<const char *>(data);
    bytes.insert(bytes.end(), begin, begin + size);
  }
};

TestWeights makeWeights() {
  TestWeights weights;
  weights.bytes = {'W', 'G', 'W', 'T', 1, 0, 0, 0};
  std::vector<float> w(32), f(72);
  for (size_t i = 0; i < w.size(); ++i)
    w[i] = 0.25f * static_cast<float>(i) - 3.0f;
  for (size_t i = 0; i < f.size(); ++i)
    f[i] = 1.0f / static_cast<float>(i + 1);
  std::vector<uint16_t> h(39);
  for (size_t i = 0; i < h.size(); ++i)
    h[i] = static_cast<uint16_t>(0x3C00 + i * 7); // 1.0 and up, as half
  std::vector<int64_t> z(9);
  for (size_t i = 0; i < z.size(); ++i)
    z[i] = (int64_t(1) << 60) + static_cast<int64_t>(i) - 4;
  float small[2] = {1.5f, -2.0f};
  weights.add("W", "float32", {4, 8}, w.data(), w.size() * 4);
  weights.add("F", "float32", {2, 3, 3, 4}, f.data(), f.size() * 4);
  weights.add("H", "float16", {39}, h.data(), h.size() * 2);
  weights.add("Z", "int64", {9}, z.data(), z.size() * 8);
  weights.add("small", "float32", {2}, small, sizeof(small));
  return weights;
}

std::string printIR(ModuleOp module) {
  std::string text;
  llvm::raw_string_ostream os(text);
  module->print(os, OpPrintingFlags());
  return text;
}

std::string readFile(StringRef path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  return buffer ? (*buffer)->getBuffer().str() : "<cannot read>";
}

class GraphJsonRoundTripTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(
        llvm::sys::fs::createUniqueDirectory("webnnc-graph-json", dir));
  }
  void TearDown() override { llvm::sys::fs::remove_directories(dir); }

  std::string pathOf(StringRef name) {
    SmallString<256> path(dir);
    llvm::sys::path::append(path, name);
    return path.str().str();
  }
  void writeFile(StringRef name, StringRef contents) {
    std::error_code error;
    llvm::raw_fd_ostream os(pathOf(name), error);
    ASSERT_FALSE(error) << error.message();
    os << contents;
  }

  /// Imports `path` in its own context (resource names stay as the const
  /// names), exports the graph, and prints the imported IR.
  struct Round {
    std::unique_ptr<MLIRContext> context;
    OwningOpRef<ModuleOp> module;
    std::string ir;
    ExportedGraph exported;
    std::string errors;
  };
  Round importAndExport(StringRef path) {
    Round round;
    round.context = std::make_unique<MLIRContext>();
    ScopedDiagnosticHandler handler(round.context.get(), [&](Diagnostic &d) {
      round.errors += d.str() + "\n";
      return success();
    });
    FailureOr<OwningOpRef<ModuleOp>> module =
        importGraphJsonFile(round.context.get(), path);
    if (failed(module))
      return round;
    round.module = std::move(*module);
    round.ir = printIR(*round.module);
    auto func = *round.module->getOps<func::FuncOp>().begin();
    FailureOr<ExportedGraph> exported = exportGraphJson(func);
    if (succeeded(exported))
      round.exported = std::move(*exported);
    return round;
  }

  SmallString<128> dir;
};

TEST_F(GraphJsonRoundTripTest, JsonIrJsonIrIsStable) {
  TestWeights weights = makeWeights();
  writeFile("graph.weights",
            StringRef(weights.bytes.data(), weights.bytes.size()));
  std::string manifest;
  llvm::raw_string_ostream(manifest) << llvm::json::Value(
      llvm::json::Object{{"format", "wg-weights-manifest"},
                         {"version", 1},
                         {"endianness", "little"},
                         {"tensors", std::move(weights.tensors)}});
  writeFile("graph.manifest.json", manifest);
  writeFile("graph.json", kGraph);

  Round first = importAndExport(pathOf("graph.json"));
  ASSERT_TRUE(first.module) << first.errors;
  ASSERT_NE(first.exported.graph.kind(), llvm::json::Value::Null)
      << first.errors;
  ASSERT_TRUE(succeeded(writeGraphJson(first.exported, pathOf("out1.json"))));
  EXPECT_FALSE(llvm::sys::fs::exists(pathOf("out1.json.tmp")));
  EXPECT_TRUE(llvm::sys::fs::exists(pathOf("out1.weights")));
  EXPECT_TRUE(llvm::sys::fs::exists(pathOf("out1.manifest.json")));

  Round second = importAndExport(pathOf("out1.json"));
  ASSERT_TRUE(second.module) << second.errors;
  ASSERT_TRUE(succeeded(writeGraphJson(second.exported, pathOf("out2.json"))));

  EXPECT_EQ(first.ir, second.ir);
  EXPECT_EQ(first.exported.graph, second.exported.graph);
  EXPECT_EQ(first.exported.manifest, second.exported.manifest);
  EXPECT_EQ(first.exported.weights, second.exported.weights);
  EXPECT_EQ(readFile(pathOf("out1.json")), readFile(pathOf("out2.json")));
  EXPECT_EQ(readFile(pathOf("out1.weights")), readFile(pathOf("out2.weights")));

  // What the first export says about kGraph.
  const llvm::json::Object &graph = *first.exported.graph.getAsObject();
  EXPECT_EQ(graph.getString("format"), "webnn-graph-json");
  EXPECT_EQ(graph.getInteger("version"), 2);
  EXPECT_EQ(graph.getString("name"), "mixed");
  const llvm::json::Object &inputs = *graph.getObject("inputs");
  EXPECT_EQ(inputs.size(), 2u);
  EXPECT_EQ(*inputs.get("x"),
            llvm::json::Value(llvm::json::Object{
                {"dataType", "float32"}, {"shape", llvm::json::Array{2, 4}}}));

  const llvm::json::Object &consts = *graph.getObject("consts");
  auto init = [&](StringRef name) -> llvm::json::Value {
    const llvm::json::Object *c = consts.getObject(name);
    return c && c->get("init") ? *c->get("init") : llvm::json::Value(nullptr);
  };
  auto scalar = [](llvm::json::Value value) {
    return llvm::json::Value(
        llvm::json::Object{{"kind", "scalar"}, {"value", std::move(value)}});
  };
  auto inlineBytes = [](std::initializer_list<int64_t> values) {
    llvm::json::Array bytes(values);
    return llvm::json::Value(llvm::json::Object{{"kind", "inlineBytes"},
                                                {"bytes", std::move(bytes)}});
  };
  auto weightsRef = [](StringRef ref) {
    return llvm::json::Value(
        llvm::json::Object{{"kind", "weights"}, {"ref", ref.str()}});
  };
  EXPECT_EQ(init("bias"), scalar(0.5));
  EXPECT_EQ(init("mean"), scalar(0.0));
  EXPECT_EQ(init("variance"), scalar(1.0));
  EXPECT_EQ(init("big"), scalar("1152921504606846977"));
  EXPECT_EQ(init("nan"), scalar("NaN"));
  // A splat of -0 or of a small weights tensor: bytes, as JSON numbers
  // cannot say -0 and the inline limit is 64 bytes.
  EXPECT_EQ(init("negativeZero"), inlineBytes({0, 0, 0, 128}));
  EXPECT_EQ(init("ones"), scalar(1));
  EXPECT_EQ(init("mask"), inlineBytes({1, 1, 0, 0}));
  EXPECT_EQ(init("nibbles"), inlineBytes({255, 1, 7, 248}));
  EXPECT_EQ(init("small"), inlineBytes({0, 0, 192, 63, 0, 0, 0, 192}));
  for (StringRef name : {"W", "F", "H", "Z"})
    EXPECT_EQ(init(name), weightsRef(name)) << name.str();

  // The manifest: each tensor 16-byte aligned, with its descriptor, and the
  // bytes are those of the input weights.
  const llvm::json::Object &manifestObject =
      *first.exported.manifest.getAsObject();
  EXPECT_EQ(manifestObject.getString("format"), "wg-weights-manifest");
  EXPECT_EQ(manifestObject.getInteger("version"), 1);
  EXPECT_EQ(manifestObject.getString("endianness"), "little");
  const llvm::json::Object &tensors = *manifestObject.getObject("tensors");
  EXPECT_EQ(tensors.size(), 4u);
  TestWeights original = makeWeights();
  for (StringRef name : {"W", "F", "H", "Z"}) {
    const llvm::json::Object *entry = tensors.getObject(name);
    ASSERT_TRUE(entry) << name.str();
    const llvm::json::Object *source = original.tensors.getObject(name);
    EXPECT_EQ(entry->getString("layout"), "row-major");
    EXPECT_EQ(*entry->get("dataType"), *source->get("dataType"));
    EXPECT_EQ(*entry->get("shape"), *source->get("shape"));
    int64_t offset = *entry->getInteger("byteOffset");
    int64_t length = *entry->getInteger("byteLength");
    EXPECT_EQ(offset % 16, 0) << name.str();
    EXPECT_EQ(length, *source->getInteger("byteLength"));
    ASSERT_LE(static_cast<size_t>(offset + length),
              first.exported.weights.size());
    EXPECT_EQ(0, std::memcmp(first.exported.weights.data() + offset,
                             original.bytes.data() +
                                 *source->getInteger("byteOffset"),
                             length))
        << name.str();
  }

  // Nodes keep their ids and order; options hold what is not a default.
  const llvm::json::Array &nodes = *graph.getArray("nodes");
  ASSERT_EQ(nodes.size(), 11u);
  auto node = [&](size_t index) { return *nodes[index].getAsObject(); };
  SmallVector<std::string> ids;
  for (size_t i = 0; i < nodes.size(); ++i)
    ids.push_back(node(i).getString("id")->str());
  EXPECT_EQ(ids,
            (SmallVector<std::string>{"mm", "sum", "left", "cat", "r", "conv",
                                      "clamped", "avg", "lr", "half", "bn"}));
  EXPECT_EQ(*node(0).get("outputs"), llvm::json::Value(nullptr));
  EXPECT_EQ(*node(0).get("options"), llvm::json::Value(llvm::json::Object{}));
  EXPECT_EQ(*node(2).get("outputs"),
            llvm::json::Value(llvm::json::Array{"left", "right"}));
  EXPECT_EQ(*node(2).get("options"),
            llvm::json::Value(llvm::json::Object{
                {"axis", 1}, {"splits", llvm::json::Array{3, 5}}}));
  EXPECT_EQ(*node(3).get("inputs"),
            llvm::json::Value(llvm::json::Array{"right", "left"}));
  // strides [1, 1] is conv2d's default: dropped; the label stays.
  EXPECT_EQ(*node(5).get("options"),
            llvm::json::Value(
                llvm::json::Object{{"inputLayout", "nhwc"},
                                   {"filterLayout", "ohwi"},
                                   {"padding", llvm::json::Array{1, 1, 1, 1}},
                                   {"label", "my conv"}}));
  EXPECT_EQ(*node(6).get("options"), llvm::json::Value(llvm::json::Object{
                                         {"minValue", 0}, {"maxValue", 6.5}}));
  EXPECT_EQ(*node(7).get("options"),
            llvm::json::Value(llvm::json::Object{
                {"axes", llvm::json::Array{1, 2}}, {"keepDimensions", true}}));
  EXPECT_EQ(*node(8).get("options")->getAsObject()->getNumber("alpha"),
            static_cast<double>(0.1f));
  EXPECT_EQ(*node(9).get("options"),
            llvm::json::Value(llvm::json::Object{{"dataType", "float16"}}));
  // bias follows the absent scale: passed by name.
  EXPECT_EQ(*node(10).get("inputs"),
            llvm::json::Value(llvm::json::Array{"sum", "mean", "variance"}));
  EXPECT_EQ(*node(10).get("options"),
            llvm::json::Value(llvm::json::Object{
                {"bias", "bnBias"}, {"epsilon", static_cast<double>(0.001f)}}));

  EXPECT_EQ(*graph.get("outputs"),
            llvm::json::Value(llvm::json::Object{{"avg", "avg"},
                                                 {"pieces", "right"},
                                                 {"half", "half"},
                                                 {"bn", "bn"},
                                                 {"input", "x"}}));
}

TEST_F(GraphJsonRoundTripTest, GraphWithoutWeightsWritesNoWeightsFiles) {
  writeFile("tiny.json", R"json({
    "format": "webnn-graph-json", "version": 1,
    "inputs": {"a": {"dataType": "float32", "shape": [3]}},
    "consts": {"b": {"dataType": "float32", "shape": [3],
                     "init": {"kind": "scalar", "value": 2}}},
    "nodes": [{"id": "y", "op": "mul", "inputs": ["a", "b"]}],
    "outputs": {"y": "y"}
  })json");
  Round first = importAndExport(pathOf("tiny.json"));
  ASSERT_TRUE(first.module) << first.errors;
  EXPECT_EQ(first.exported.manifest, llvm::json::Value(nullptr));
  EXPECT_TRUE(first.exported.weights.empty());
  ASSERT_TRUE(succeeded(writeGraphJson(first.exported, pathOf("out.json"))));
  EXPECT_FALSE(llvm::sys::fs::exists(pathOf("out.weights")));
  EXPECT_FALSE(llvm::sys::fs::exists(pathOf("out.manifest.json")));
  Round second = importAndExport(pathOf("out.json"));
  ASSERT_TRUE(second.module) << second.errors;
  EXPECT_EQ(first.ir, second.ir);
  EXPECT_EQ(first.exported.graph, second.exported.graph);
  // A graph without a name exports its function's name.
  EXPECT_EQ(first.exported.graph.getAsObject()->getString("name"), "main");
}

TEST_F(GraphJsonRoundTripTest, IrJsonIrKeepsAttributeKinds) {
  // Integral MLNumbers of either kind, -0, and a negative-zero float32
  // option; none of it may change on the way through JSON.
  constexpr const char *kIR = R"mlir(
    func.func @g(%a: tensor<3xf32> {webnn.name = "a"})
        -> (tensor<3xf32> {webnn.name = "out"}) {
      %0 = webnn.clamp %a {minValue = 3.0 : f64, maxValue = 7 : i64}
          : (tensor<3xf32>) -> tensor<3xf32>
      %1 = webnn.clamp %0 {minValue = -0.0 : f64}
          : (tensor<3xf32>) -> tensor<3xf32>
      %2 = webnn.leakyRelu %1 {alpha = -0.0 : f32}
          : (tensor<3xf32>) -> tensor<3xf32>
      return %2 : tensor<3xf32>
    })mlir";
  MLIRContext context;
  context.loadDialect<webnn::WebNNDialect, func::FuncDialect>();
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(kIR, &context);
  ASSERT_TRUE(module);
  FailureOr<ExportedGraph> exported =
      exportGraphJson(*module->getOps<func::FuncOp>().begin());
  ASSERT_TRUE(succeeded(exported));
  ASSERT_TRUE(succeeded(writeGraphJson(*exported, pathOf("kinds.json"))));
  Round round = importAndExport(pathOf("kinds.json"));
  ASSERT_TRUE(round.module) << round.errors;
  EXPECT_EQ(printIR(*module), round.ir);
  EXPECT_EQ(exported->graph, round.exported.graph);
}

/// IR written by hand: names come from locations when unique, are made up
/// otherwise, and what JSON cannot hold is an error naming the op.
class GraphJsonExportIRTest : public ::testing::Test {
protected:
  GraphJsonExportIRTest() {
    context.loadDialect<webnn::WebNNDialect, func::FuncDialect>();
  }
  FailureOr<ExportedGraph> exportText(StringRef text) {
    module = parseSourceString<ModuleOp>(text, &context);
    if (!module)
      return failure();
    return exportGraphJson(*module->getOps<func::FuncOp>().begin());
  }

  MLIRContext context;
  OwningOpRef<ModuleOp> module;
};

TEST_F(GraphJsonExportIRTest, NamesAreUniqueEvenWhenLocationsClash) {
  FailureOr<ExportedGraph> exported = exportText(R"mlir(
    func.func @g(%a: tensor<2xf32> {webnn.name = "a"})
        -> (tensor<2xf32> {webnn.name = "out"}) {
      %0 = webnn.relu %a : (tensor<2xf32>) -> tensor<2xf32> loc("t")
      %1 = webnn.abs %0 : (tensor<2xf32>) -> tensor<2xf32> loc("t")
      %2 = webnn.neg %1 : (tensor<2xf32>) -> tensor<2xf32> loc("a")
      %3 = webnn.exp %2 : (tensor<2xf32>) -> tensor<2xf32>
      return %3 : tensor<2xf32>
    })mlir");
  ASSERT_TRUE(succeeded(exported));
  const llvm::json::Array &nodes =
      *exported->graph.getAsObject()->getArray("nodes");
  ASSERT_EQ(nodes.size(), 4u);
  llvm::StringSet<> ids{"a"};
  for (const llvm::json::Value &node : nodes) {
    std::optional<StringRef> id = node.getAsObject()->getString("id");
    ASSERT_TRUE(id);
    EXPECT_TRUE(ids.insert(*id).second) << id->str();
  }
  // Each node reads the previous one.
  for (size_t i = 1; i < nodes.size(); ++i)
    EXPECT_EQ(*nodes[i].getAsObject()->get("inputs"),
              llvm::json::Value(llvm::json::Array{
                  *nodes[i - 1].getAsObject()->getString("id")}));
  EXPECT_EQ(
      exported->graph.getAsObject()->getObject("outputs")->getString("out"),
      nodes.back().getAsObject()->getString("id"));
}

TEST_F(GraphJsonExportIRTest, DynamicShapesAreRejected) {
  std::string message;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    message = diag.str();
    return success();
  });
  FailureOr<ExportedGraph> exported = exportText(R"mlir(
    func.func @g(%a: tensor<?xf32> {webnn.name = "a"})
        -> (tensor<?xf32> {webnn.name = "out"}) {
      return %a : tensor<?xf32>
    })mlir");
  EXPECT_TRUE(failed(exported));
  EXPECT_NE(message.find("static"), std::string::npos) << message;
}

} // namespace
