//===- GraphJsonExporter.cpp - write webnn graphs as webnn-graph-json -----===//
#include "webnnc/Import/GraphJsonExporter.h"

#include "webnnc/Import/OpSignature.h"
#include "webnnc/Import/OperationFactory.h"
#include "webnnc/Import/TensorData.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNDialect.h"
#include "webnn/IR/WebNNOps.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <cmath>

using namespace mlir;

namespace webnnc {

namespace {

/// Constants of at most this many bytes are written inline; the importer
/// keeps the same limit for `dense<...>` versus `dense_resource`.
constexpr size_t kMaxInlineBytes = 64;
/// Offsets of tensors in the weights file are multiples of this, so that a
/// reader can map the file and use each tensor in place.
constexpr size_t kWeightsAlignment = 16;
/// Integers beyond this magnitude do not survive a JSON double; they are
/// written as decimal strings, which the importers accept.
constexpr uint64_t kMaxExactJsonInteger = uint64_t(1) << 53;

class GraphJsonExporter {
public:
  explicit GraphJsonExporter(func::FuncOp func) : func(func) {}

  FailureOr<ExportedGraph> run();

private:
  void assignNames(Block &body);
  std::string generateName(StringRef base);
  FailureOr<llvm::json::Value> exportConstant(webnn::ConstantOp op,
                                              StringRef name);
  FailureOr<llvm::json::Value> exportNode(Operation *op,
                                          const OpSignature &signature);

  func::FuncOp func;
  DenseMap<Value, std::string> names;
  /// Every name in use or reserved, so generated names avoid them all.
  llvm::StringSet<> takenNames;
  unsigned nextGeneratedName = 0;
  ExportedGraph exported;
  llvm::json::Object manifestTensors;
};

} // namespace

/// The signature of a webnn operation by its MLIR name.
static const OpSignature *lookupByOperationName(StringRef operationName) {
  static const llvm::StringMap<const OpSignature *> byName = [] {
    llvm::StringMap<const OpSignature *> map;
    for (const OpSignature &signature : getOpSignatures())
      map[signature.operationName] = &signature;
    return map;
  }();
  return byName.lookup(operationName);
}

/// `{dataType, shape}` of a static tensor type of a WebNN data type.
static FailureOr<llvm::json::Object>
descriptorFor(Type type, function_ref<InFlightDiagnostic()> emitError) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor || !tensor.hasStaticShape())
    return emitError() << "has type " << type
                       << ", but webnn-graph-json tensors are static";
  std::string dataType = webnn::dataTypeName(tensor.getElementType());
  if (!webnn::symbolizeOperandDataType(dataType) ||
      webnn::getElementType(type.getContext(),
                            *webnn::symbolizeOperandDataType(dataType)) !=
          tensor.getElementType())
    return emitError() << "has element type " << tensor.getElementType()
                       << ", which is not a WebNN data type";
  return llvm::json::Object{{"dataType", dataType},
                            {"shape", llvm::json::Array(tensor.getShape())}};
}

/// The value of a splat as the JSON number the importer reads back to the
/// same bits; none for values JSON cannot say exactly (-0, NaN payloads).
static std::optional<llvm::json::Value>
splatToJson(DenseElementsAttr elements) {
  Type elementType = elements.getElementType();
  if (auto floatType = dyn_cast<FloatType>(elementType)) {
    APFloat value = elements.getSplatValue<APFloat>();
    if (value.isNaN()) {
      if (value.bitcastToAPInt() !=
          APFloat::getQNaN(floatType.getFloatSemantics()).bitcastToAPInt())
        return std::nullopt;
      return llvm::json::Value("NaN");
    }
    if (value.isInfinity())
      return llvm::json::Value(value.isNegative() ? "-Infinity" : "Infinity");
    if (value.isZero() && value.isNegative())
      return std::nullopt;
    bool losesInfo = false;
    value.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven,
                  &losesInfo);
    return llvm::json::Value(value.convertToDouble());
  }
  APInt bits = elements.getSplatValue<APInt>();
  if (elementType.isUnsignedInteger()) {
    uint64_t value = bits.getZExtValue();
    if (value <= kMaxExactJsonInteger)
      return llvm::json::Value(static_cast<int64_t>(value));
    return llvm::json::Value(std::to_string(value));
  }
  int64_t value = bits.getSExtValue();
  if (static_cast<uint64_t>(value < 0 ? -(value + 1) : value) <
      kMaxExactJsonInteger)
    return llvm::json::Value(value);
  return llvm::json::Value(std::to_string(value));
}

/// Appends the elements in elementsFromBytes' layout: little endian, each
/// in its storage size (int4/uint4 widened to a byte, keeping the sign).
static void appendElementBytes(DenseElementsAttr elements,
                               std::vector<char> &out) {
  Type elementType = elements.getElementType();
  size_t size = getElementStorageSize(elementType);
  unsigned width = elementType.getIntOrFloatBitWidth();
  // Whole-byte elements are stored packed in host order already.
  if (width % 8 == 0 && !elements.isSplat() &&
      llvm::endianness::native == llvm::endianness::little) {
    ArrayRef<char> raw = elements.getRawData();
    out.insert(out.end(), raw.begin(), raw.end());
    return;
  }
  auto append = [&](const APInt &bits) {
    APInt wide = elementType.isUnsignedInteger() || isa<FloatType>(elementType)
                     ? bits.zext(size * 8)
                     : bits.sext(size * 8);
    for (size_t byte = 0; byte < size; ++byte)
      out.push_back(
          static_cast<char>(wide.extractBitsAsZExtValue(8, 8 * byte)));
  };
  if (isa<FloatType>(elementType)) {
    for (const APFloat &value : elements.getValues<APFloat>())
      append(value.bitcastToAPInt());
    return;
  }
  for (const APInt &value : elements.getValues<APInt>())
    append(value);
}

std::string GraphJsonExporter::generateName(StringRef base) {
  std::string stem = base.empty() ? "v" : base.str();
  std::string name;
  do {
    name = stem + "_" + std::to_string(nextGeneratedName++);
  } while (takenNames.contains(name));
  takenNames.insert(name);
  return name;
}

/// Inputs keep their `webnn.name`; op results take the names their op's
/// location holds when no other value claims the same name; every other
/// value gets a generated name.
void GraphJsonExporter::assignNames(Block &body) {
  for (BlockArgument arg : body.getArguments()) {
    auto name = func.getArgAttrOfType<StringAttr>(
        arg.getArgNumber(), webnn::WebNNDialect::kNameAttr);
    std::string text = name ? name.getValue().str()
                            : "input" + std::to_string(arg.getArgNumber());
    if (!takenNames.insert(text).second)
      text = generateName(text);
    names[arg] = text;
  }
  // Count the claims first, so that a name two ops claim goes to neither.
  llvm::StringMap<unsigned> claims;
  SmallVector<std::pair<Value, std::string>> candidates;
  for (Operation &op : body.without_terminator()) {
    SmallVector<std::string> opNames = getNamedResults(&op);
    if (auto constant = dyn_cast<webnn::ConstantOp>(op);
        constant && opNames.front().empty() && constant.getLabel())
      opNames.front() = constant.getLabel()->str();
    for (auto [result, name] : llvm::zip(op.getResults(), opNames)) {
      candidates.push_back({result, name});
      if (!name.empty())
        ++claims[name];
    }
  }
  for (const auto &[value, name] : candidates)
    if (!name.empty() && claims[name] == 1 && !takenNames.contains(name)) {
      names[value] = name;
      takenNames.insert(name);
    }
  for (const auto &[value, name] : candidates)
    if (!names.count(value))
      names[value] = generateName(name);
}

FailureOr<llvm::json::Value>
GraphJsonExporter::exportConstant(webnn::ConstantOp op, StringRef name) {
  auto emit = [&]() { return op.emitOpError() << "(const '" << name << "') "; };
  FailureOr<llvm::json::Object> descriptor = descriptorFor(op.getType(), emit);
  if (failed(descriptor))
    return failure();
  auto type = cast<RankedTensorType>(op.getType());
  size_t byteLength = static_cast<size_t>(type.getNumElements()) *
                      getElementStorageSize(type.getElementType());
  Attribute value = op.getValue();
  if (cast<ElementsAttr>(value).getType() != type)
    return emit() << "value type differs from the result type";

  std::vector<char> bytes;
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    if (dense.isSplat())
      if (std::optional<llvm::json::Value> scalar = splatToJson(dense)) {
        (*descriptor)["init"] =
            llvm::json::Object{{"kind", "scalar"}, {"value", *scalar}};
        return llvm::json::Value(std::move(*descriptor));
      }
    bytes.reserve(byteLength);
    appendElementBytes(dense, bytes);
  } else if (auto resource = dyn_cast<DenseResourceElementsAttr>(value)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return emit() << "has no data for resource '"
                    << resource.getRawHandle().getKey() << "'";
    ArrayRef<char> data = blob->getData();
    if (data.size() != byteLength)
      return emit() << "resource '" << resource.getRawHandle().getKey()
                    << "' holds " << data.size() << " bytes but " << type
                    << " needs " << byteLength;
    bytes.assign(data.begin(), data.end());
  } else {
    return emit() << "has a " << value.getAbstractAttribute().getName()
                  << " value; only dense and dense_resource data can be "
                     "written";
  }

  if (bytes.size() <= kMaxInlineBytes) {
    llvm::json::Array array;
    for (char byte : bytes)
      array.push_back(static_cast<int64_t>(static_cast<uint8_t>(byte)));
    (*descriptor)["init"] = llvm::json::Object{{"kind", "inlineBytes"},
                                               {"bytes", std::move(array)}};
    return llvm::json::Value(std::move(*descriptor));
  }
  std::vector<char> &weights = exported.weights;
  weights.resize(llvm::alignTo(weights.size(), kWeightsAlignment), 0);
  llvm::json::Object entry = *descriptor;
  entry["byteOffset"] = static_cast<int64_t>(weights.size());
  entry["byteLength"] = static_cast<int64_t>(bytes.size());
  entry["layout"] = "row-major";
  manifestTensors[name.str()] = std::move(entry);
  weights.insert(weights.end(), bytes.begin(), bytes.end());
  (*descriptor)["init"] =
      llvm::json::Object{{"kind", "weights"}, {"ref", name.str()}};
  return llvm::json::Value(std::move(*descriptor));
}

FailureOr<llvm::json::Value>
GraphJsonExporter::exportNode(Operation *op, const OpSignature &signature) {
  if (op->getNumResults() == 0)
    return op->emitOpError() << "has no results, so no webnn-graph-json "
                                "node can stand for it";
  // The operands of each slot, in ODS order.
  SmallVector<int32_t> segmentSizes;
  if (signature.attrSizedOperands) {
    std::optional<Attribute> sizes = op->getInherentAttr("operandSegmentSizes");
    auto array = sizes ? dyn_cast_or_null<DenseI32ArrayAttr>(*sizes)
                       : DenseI32ArrayAttr();
    if (!array ||
        array.size() != static_cast<int64_t>(signature.operands.size()))
      return op->emitOpError() << "has no valid operandSegmentSizes";
    segmentSizes.assign(array.asArrayRef().begin(), array.asArrayRef().end());
  } else {
    // Without segment sizes ODS allows at most one optional or variadic
    // slot; it takes what the required slots leave.
    int32_t required =
        llvm::count_if(signature.operands, [](const OperandSignature &operand) {
          return operand.kind == OperandKind::Required;
        });
    int32_t rest = static_cast<int32_t>(op->getNumOperands()) - required;
    if (rest < 0 || signature.operands.size() - required > 1)
      return op->emitOpError() << "operands do not match its signature";
    for (const OperandSignature &operand : signature.operands)
      segmentSizes.push_back(operand.kind == OperandKind::Required ? 1 : rest);
  }

  // Operands are positional up to the first absent optional one; after such
  // a gap they are passed by name in the options, as the importer accepts.
  llvm::json::Array inputs;
  llvm::json::Object options;
  unsigned index = 0;
  bool gap = false;
  for (auto [operand, size] : llvm::zip(signature.operands, segmentSizes)) {
    if (size == 0) {
      gap = true;
      continue;
    }
    for (int32_t i = 0; i < size; ++i, ++index) {
      const std::string &name = names[op->getOperand(index)];
      if (gap)
        options[operand.name] = name;
      else
        inputs.push_back(name);
    }
  }

  // Options: what differs from the ODS defaults (the spec's); required
  // ones always. An attribute set to its default is the same graph, so it
  // is left out, as the importer would fill it in again.
  for (const AttributeSignature &attribute : signature.attributes) {
    std::optional<Attribute> value = op->getInherentAttr(attribute.name);
    if (!value || !*value) {
      if (!attribute.optional)
        return op->emitOpError()
               << "lacks its required attribute '" << attribute.name << "'";
      continue;
    }
    if (attribute.optional && attribute.defaultValue &&
        attribute.defaultValue(op->getContext()) == *value)
      continue;
    llvm::json::Value json = attributeToJson(attribute, *value);
    if (json.kind() == llvm::json::Value::Null)
      return op->emitOpError() << "attribute '" << attribute.name << "' ("
                               << *value << ") cannot be written as JSON";
    options[attribute.name] = std::move(json);
  }

  SmallVector<std::string> resultNames;
  for (Value result : op->getResults())
    resultNames.push_back(names[result]);
  llvm::json::Object node{{"id", resultNames.front()},
                          {"op", signature.specName},
                          {"inputs", std::move(inputs)},
                          {"options", std::move(options)}};
  if (op->getNumResults() == 1 && !signature.variadicResults)
    node["outputs"] = nullptr;
  else
    node["outputs"] = llvm::json::Array(resultNames);
  return llvm::json::Value(std::move(node));
}

FailureOr<ExportedGraph> GraphJsonExporter::run() {
  if (!func.getBody().hasOneBlock())
    return func.emitOpError()
           << "must have one block to be written as webnn-graph-json";
  Block &body = func.getBody().front();
  assignNames(body);

  llvm::json::Object inputs;
  for (BlockArgument arg : body.getArguments()) {
    const std::string &name = names[arg];
    FailureOr<llvm::json::Object> descriptor =
        descriptorFor(arg.getType(), [&]() {
          return func.emitOpError() << "input '" << name << "' ";
        });
    if (failed(descriptor))
      return failure();
    inputs[name] = std::move(*descriptor);
  }

  llvm::json::Object consts;
  llvm::json::Array nodes;
  for (Operation &op : body.without_terminator()) {
    if (auto constant = dyn_cast<webnn::ConstantOp>(op)) {
      const std::string &name = names[constant.getResult()];
      FailureOr<llvm::json::Value> json = exportConstant(constant, name);
      if (failed(json))
        return failure();
      consts[name] = std::move(*json);
      continue;
    }
    const OpSignature *signature =
        lookupByOperationName(op.getName().getStringRef());
    if (!signature || op.getNumRegions() != 0)
      return op.emitOpError()
             << "is not a WebNN operator; webnn-graph-json cannot hold it";
    FailureOr<llvm::json::Value> node = exportNode(&op, *signature);
    if (failed(node))
      return failure();
    nodes.push_back(std::move(*node));
  }

  llvm::json::Object outputs;
  Operation *terminator = body.getTerminator();
  for (auto [index, value] : llvm::enumerate(terminator->getOperands())) {
    auto binding = func.getResultAttrOfType<StringAttr>(
        index, webnn::WebNNDialect::kNameAttr);
    outputs[binding ? binding.getValue().str()
                    : "output" + std::to_string(index)] = names[value];
  }
  if (outputs.empty())
    return func.emitOpError()
           << "has no results; a webnn-graph-json graph needs outputs";

  exported.graph = llvm::json::Object{
      {"format", "webnn-graph-json"},    {"version", 2},
      {"name", func.getSymName().str()}, {"inputs", std::move(inputs)},
      {"consts", std::move(consts)},     {"nodes", std::move(nodes)},
      {"outputs", std::move(outputs)}};
  if (!manifestTensors.empty())
    exported.manifest =
        llvm::json::Object{{"format", "wg-weights-manifest"},
                           {"version", 1},
                           {"endianness", "little"},
                           {"tensors", std::move(manifestTensors)}};
  return std::move(exported);
}

FailureOr<ExportedGraph> exportGraphJson(func::FuncOp graph) {
  return GraphJsonExporter(graph).run();
}

/// Writes `path` through `<path>.tmp` and a rename, so that readers never
/// see a half-written file.
static LogicalResult
writeAtomically(StringRef path, function_ref<void(llvm::raw_ostream &)> write) {
  std::string temporary = (path + ".tmp").str();
  auto fail = [&](const std::error_code &error) {
    llvm::errs() << "error: cannot write '" << path << "': " << error.message()
                 << "\n";
    llvm::sys::fs::remove(temporary);
    return failure();
  };
  {
    std::error_code error;
    llvm::raw_fd_ostream os(temporary, error, llvm::sys::fs::OF_None);
    if (error)
      return fail(error);
    write(os);
    os.close();
    if (os.has_error()) {
      error = os.error();
      os.clear_error();
      return fail(error);
    }
  }
  if (std::error_code error = llvm::sys::fs::rename(temporary, path))
    return fail(error);
  return success();
}

LogicalResult writeGraphJson(const ExportedGraph &exported,
                             StringRef jsonPath) {
  // The weights first: a reader that sees the new graph sees its weights.
  if (exported.manifest.kind() != llvm::json::Value::Null) {
    SmallString<256> weightsPath(llvm::sys::path::parent_path(jsonPath));
    llvm::sys::path::append(weightsPath,
                            llvm::sys::path::stem(jsonPath) + ".weights");
    SmallString<256> manifestPath(llvm::sys::path::parent_path(jsonPath));
    llvm::sys::path::append(manifestPath,
                            llvm::sys::path::stem(jsonPath) + ".manifest.json");
    if (failed(writeAtomically(weightsPath, [&](llvm::raw_ostream &os) {
          os.write(exported.weights.data(), exported.weights.size());
        })))
      return failure();
    if (failed(writeAtomically(manifestPath, [&](llvm::raw_ostream &os) {
          os << llvm::formatv("{0:2}", exported.manifest) << "\n";
        })))
      return failure();
  }
  return writeAtomically(jsonPath, [&](llvm::raw_ostream &os) {
    os << llvm::formatv("{0:2}", exported.graph) << "\n";
  });
}

} // namespace webnnc
