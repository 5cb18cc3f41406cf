//===- GraphJsonImporter.cpp - webnn-graph-json graphs --------------------===//
#include "webnnc/Import/GraphJsonImporter.h"

#include "webnnc/Import/OperationFactory.h"
#include "webnnc/Import/TensorData.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Verifier.h"
#include "webnn/IR/WebNNDialect.h"
#include "webnn/IR/WebNNOps.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace mlir;

namespace webnnc {

namespace {

/// Constants of at most this many bytes stay inline (`dense<...>`); larger
/// ones become `dense_resource` blobs so the IR text stays small.
constexpr size_t kMaxInlineConstantBytes = 64;

class GraphJsonImporter {
public:
  GraphJsonImporter(MLIRContext *context, StringRef path,
                    const GraphJsonImportOptions &options)
      : context(context), builder(context), path(path), options(options) {}

  FailureOr<OwningOpRef<ModuleOp>> run();

private:
  Location locFor(const Twine &what) {
    return FileLineColLoc::get(builder.getStringAttr(path + ": " + what), 0,
                               0);
  }
  Location nodeLoc(StringRef id, StringRef op) {
    // The node id travels as the location's name, so the exporter can write
    // the same ids back.
    return NameLoc::get(builder.getStringAttr(id),
                        locFor("node '" + id + "' (" + op + ")"));
  }
  LogicalResult loadWeights();
  FailureOr<Type> inputType(StringRef name, const llvm::json::Object &input);
  FailureOr<Value> importConst(StringRef name, const llvm::json::Object &c);
  LogicalResult importNode(const llvm::json::Object &node, size_t index);

  MLIRContext *context;
  OpBuilder builder;
  std::string path;
  const GraphJsonImportOptions &options;
  llvm::StringMap<Value> values;
  std::unique_ptr<llvm::MemoryBuffer> weights;
  std::optional<llvm::json::Value> manifest;
  std::string weightsFile, manifestFile;
};

} // namespace

/// Reads and parses a JSON file, with errors naming it.
static FailureOr<llvm::json::Value> readJson(StringRef file, Location loc) {
  auto buffer = llvm::MemoryBuffer::getFile(file);
  if (!buffer)
    return emitError(loc) << "cannot read '" << file
                          << "': " << buffer.getError().message();
  llvm::Expected<llvm::json::Value> json =
      llvm::json::parse((*buffer)->getBuffer());
  if (!json)
    return emitError(loc) << "'" << file << "' is not valid JSON: "
                          << llvm::toString(json.takeError());
  return std::move(*json);
}

/// The first existing file among `candidates`, relative to `dir`.
static std::string findBeside(StringRef dir, ArrayRef<std::string> candidates) {
  for (const std::string &candidate : candidates) {
    SmallString<256> full(dir);
    llvm::sys::path::append(full, candidate);
    if (llvm::sys::fs::exists(full))
      return full.str().str();
  }
  return "";
}

LogicalResult GraphJsonImporter::loadWeights() {
  if (weights)
    return success();
  StringRef dir = llvm::sys::path::parent_path(path);
  std::string stem = llvm::sys::path::stem(path).str();
  weightsFile = options.weightsPath.empty()
                    ? findBeside(dir, {stem + ".weights", "model.weights"})
                    : options.weightsPath;
  manifestFile =
      options.manifestPath.empty()
          ? findBeside(dir, {stem + ".manifest.json", "model.manifest.json",
                             "weights.manifest.json"})
          : options.manifestPath;
  Location loc = locFor("weights");
  if (weightsFile.empty() || manifestFile.empty())
    return emitError(loc) << "the graph has weights consts but no weights "
                             "file and manifest were found next to it (tried "
                          << stem << ".weights, model.weights and "
                          << stem << ".manifest.json, model.manifest.json, "
                             "weights.manifest.json)";
  auto buffer = llvm::MemoryBuffer::getFile(weightsFile, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer)
    return emitError(loc) << "cannot read weights file '" << weightsFile
                          << "': " << buffer.getError().message();
  weights = std::move(*buffer);
  FailureOr<llvm::json::Value> json = readJson(manifestFile, loc);
  if (failed(json))
    return failure();
  const llvm::json::Object *object = json->getAsObject();
  if (!object || object->getString("format") != "wg-weights-manifest")
    return emitError(loc) << "'" << manifestFile
                          << "' is not a wg-weights-manifest";
  if (object->getString("endianness").value_or("little") != "little")
    return emitError(loc) << "'" << manifestFile
                          << "': only little-endian weights are supported";
  manifest = std::move(*json);
  return success();
}

FailureOr<Type> GraphJsonImporter::inputType(StringRef name,
                                             const llvm::json::Object &input) {
  Location loc = locFor("input '" + name + "'");
  // Resolve version 2 dynamic dimensions before the common descriptor path.
  llvm::json::Object descriptor = input;
  if (llvm::json::Array *shape = descriptor.getArray("shape")) {
    for (auto [index, dim] : llvm::enumerate(*shape)) {
      const llvm::json::Object *dynamic = dim.getAsObject();
      if (!dynamic)
        continue;
      StringRef dimName = dynamic->getString("name").value_or("");
      auto it = options.dimensions.find(dimName);
      if (it == options.dimensions.end())
        return emitError(loc)
               << "dimension " << index << " is dynamic ('" << dimName
               << "', up to " << dynamic->getInteger("maxSize").value_or(0)
               << "); WebNN graphs are static: give its size (e.g. "
                  "--dim "
               << dimName << "=1)";
      dim = llvm::json::Value(it->second);
    }
  }
  FailureOr<RankedTensorType> type = tensorTypeFromDescriptor(
      context, descriptor, [&]() { return emitError(loc); });
  if (failed(type))
    return failure();
  return Type(*type);
}

/// A resource name from a const name (the blob manager keeps it unique).
static std::string resourceName(StringRef name) {
  std::string result;
  for (char c : name)
    result += (llvm::isAlnum(c) || c == '_' || c == '.') ? c : '_';
  if (result.empty() || llvm::isDigit(result.front()))
    result = "w_" + result;
  return result;
}

FailureOr<Value> GraphJsonImporter::importConst(StringRef name,
                                                const llvm::json::Object &c) {
  Location loc = NameLoc::get(builder.getStringAttr(name),
                              locFor("const '" + name + "'"));
  auto emit = [&]() { return emitError(loc); };
  FailureOr<RankedTensorType> type =
      tensorTypeFromDescriptor(context, c, emit);
  if (failed(type))
    return failure();
  const llvm::json::Object *init = c.getObject("init");
  StringRef kind = init ? init->getString("kind").value_or("") : "";
  ElementsAttr value;
  if (kind == "scalar") {
    const llvm::json::Value *scalar = init->get("value");
    if (!scalar)
      return emit() << "scalar init has no 'value'";
    FailureOr<DenseElementsAttr> elements =
        elementsFromJson(*type, *scalar, emit);
    if (failed(elements))
      return failure();
    value = *elements;
  } else if (kind == "inlineBytes") {
    const llvm::json::Array *array = init->getArray("bytes");
    if (!array)
      return emit() << "inlineBytes init has no 'bytes' array";
    SmallVector<char> bytes;
    for (const llvm::json::Value &byte : *array) {
      std::optional<int64_t> v = byte.getAsInteger();
      if (!v || *v < 0 || *v > 255)
        return emit() << "inlineBytes values must be integers in [0, 255]";
      bytes.push_back(static_cast<char>(*v));
    }
    FailureOr<DenseElementsAttr> elements =
        elementsFromBytes(*type, bytes, emit);
    if (failed(elements))
      return failure();
    value = *elements;
  } else if (kind == "weights") {
    std::optional<StringRef> ref = init->getString("ref");
    if (!ref)
      return emit() << "weights init has no 'ref'";
    if (failed(loadWeights()))
      return failure();
    const llvm::json::Object *tensors =
        manifest->getAsObject()->getObject("tensors");
    const llvm::json::Object *entry =
        tensors ? tensors->getObject(*ref) : nullptr;
    if (!entry)
      return emit() << "weights ref '" << *ref << "' is not in the manifest '"
                    << manifestFile << "'";
    FailureOr<RankedTensorType> entryType =
        tensorTypeFromDescriptor(context, *entry, emit);
    if (failed(entryType))
      return failure();
    if (*entryType != *type)
      return emit() << "the manifest describes '" << *ref << "' as "
                    << *entryType << " but the const is " << *type;
    std::optional<int64_t> offset = entry->getInteger("byteOffset");
    std::optional<int64_t> length = entry->getInteger("byteLength");
    int64_t expected = type->getNumElements() *
                       getElementStorageSize(type->getElementType());
    if (!offset || !length || *offset < 0 || *length != expected)
      return emit() << "manifest entry '" << *ref << "' needs byteOffset and "
                    << "byteLength = " << expected << " bytes";
    if (static_cast<uint64_t>(*offset) + *length > weights->getBufferSize())
      return emit() << "weights '" << *ref << "' end at byte "
                    << *offset + *length << " but '" << weightsFile
                    << "' has only " << weights->getBufferSize()
                    << " bytes (truncated file?)";
    ArrayRef<char> bytes(weights->getBufferStart() + *offset, *length);
    if (bytes.size() <= kMaxInlineConstantBytes) {
      FailureOr<DenseElementsAttr> elements =
          elementsFromBytes(*type, bytes, emit);
      if (failed(elements))
        return failure();
      value = *elements;
    } else {
      value = DenseResourceElementsAttr::get(
          *type, resourceName(*ref),
          HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes,
                                                        alignof(uint64_t)));
    }
  } else {
    return emit() << "const init kind must be 'weights', 'scalar' or "
                     "'inlineBytes', got '"
                  << kind << "'";
  }
  return Value(webnn::ConstantOp::create(builder, loc, value, StringAttr()));
}

LogicalResult GraphJsonImporter::importNode(const llvm::json::Object &node,
                                            size_t index) {
  StringRef id = node.getString("id").value_or("");
  StringRef opName = node.getString("op").value_or("");
  Location loc = nodeLoc(id, opName);
  if (id.empty() || opName.empty())
    return emitError(locFor("node #" + Twine(index)))
           << "node needs an 'id' and an 'op'";
  const OpSignature *signature = lookupOpSignature(opName);
  if (!signature || opName == "constant")
    return emitError(loc) << "unknown WebNN operator '" << opName << "'";

  auto lookup = [&](const llvm::json::Value &ref,
                    StringRef what) -> FailureOr<Value> {
    std::optional<StringRef> name = ref.getAsString();
    Value value = name ? values.lookup(*name) : Value();
    if (!value)
      return emitError(loc) << what << " refers to "
                            << (name ? "'" + name->str() + "'" : "a non-name")
                            << ", which is not an input, a const or an "
                               "earlier node's output";
    return value;
  };

  // Positional inputs fill the operand slots in order; a variadic slot
  // (concat) takes all of them.
  SmallVector<NamedOperands> operands;
  const llvm::json::Array *inputs = node.getArray("inputs");
  size_t slot = 0;
  if (inputs) {
    for (auto [position, ref] : llvm::enumerate(*inputs)) {
      FailureOr<Value> value =
          lookup(ref, "input #" + std::to_string(position));
      if (failed(value))
        return failure();
      if (slot >= signature->operands.size())
        return emitError(loc) << "takes at most "
                              << signature->operands.size()
                              << " operands, got " << inputs->size();
      const OperandSignature &operand = signature->operands[slot];
      if (operands.empty() || operands.back().name != operand.name)
        operands.push_back({operand.name, {}});
      operands.back().values.push_back(*value);
      if (operand.kind != OperandKind::Variadic)
        ++slot;
    }
  }

  SmallVector<NamedValue> attributes;
  if (const llvm::json::Object *nodeOptions = node.getObject("options")) {
    for (const auto &[key, value] : *nodeOptions) {
      if (signature->findOperand(key)) {
        FailureOr<Value> operand = lookup(value, "option '" + key.str() + "'");
        if (failed(operand))
          return failure();
        operands.push_back({key.str(), {*operand}});
        continue;
      }
      attributes.push_back({key.str(), value});
    }
  }

  OperationFactory factory(builder);
  FailureOr<SmallVector<Value>> results =
      factory.create(loc, opName, operands, attributes);
  if (failed(results))
    return failure();

  // One result is named by the node id; several by `outputs`.
  SmallVector<std::string> names;
  const llvm::json::Array *outputs = node.getArray("outputs");
  if (outputs) {
    for (const llvm::json::Value &name : *outputs)
      names.push_back(name.getAsString().value_or("").str());
  } else {
    names.push_back(id.str());
  }
  if (names.size() != results->size())
    return emitError(loc) << "node names " << names.size()
                          << " outputs but the op produces "
                          << results->size();
  for (auto [name, value] : llvm::zip(names, *results)) {
    if (!values.try_emplace(name, value).second)
      return emitError(loc) << "value name '" << name
                            << "' is defined twice";
  }
  // Result names other than the id travel in the location too (set only
  // now, so that diagnostics while building the op read plainly).
  if (!results->empty())
    results->front().getDefiningOp()->setLoc(getNamedResultsLoc(
        id, names, locFor("node '" + id + "' (" + opName + ")")));
  return success();
}

FailureOr<OwningOpRef<ModuleOp>> GraphJsonImporter::run() {
  Location fileLoc = locFor("graph");
  FailureOr<llvm::json::Value> json = readJson(path, fileLoc);
  if (failed(json))
    return failure();
  const llvm::json::Object *graph = json->getAsObject();
  if (!graph || graph->getString("format") != "webnn-graph-json")
    return emitError(fileLoc) << "not a webnn-graph-json graph (\"format\" "
                                 "must be \"webnn-graph-json\")";
  std::optional<int64_t> version = graph->getInteger("version");
  if (!version || (*version != 1 && *version != 2))
    return emitError(fileLoc) << "unsupported webnn-graph-json version; "
                                 "1 and 2 are supported";
  const llvm::json::Object *outputs = graph->getObject("outputs");
  if (!outputs || outputs->empty())
    return emitError(fileLoc) << "the graph has no outputs";

  OwningOpRef<ModuleOp> module = ModuleOp::create(fileLoc);
  builder.setInsertionPointToEnd(module->getBody());

  // Inputs, in name order: the format's maps are unordered.
  SmallVector<std::string> inputNames;
  SmallVector<Type> inputTypes;
  if (const llvm::json::Object *inputs = graph->getObject("inputs")) {
    for (const auto &entry : *inputs)
      inputNames.push_back(entry.first.str());
    llvm::sort(inputNames);
    for (const std::string &name : inputNames) {
      const llvm::json::Object *input = inputs->getObject(name);
      if (!input)
        return emitError(locFor("input '" + name + "'"))
               << "input must be an object with dataType and shape";
      FailureOr<Type> type = inputType(name, *input);
      if (failed(type))
        return failure();
      inputTypes.push_back(*type);
    }
  }
  std::string funcName =
      graph->getString("name").value_or("main").str();
  auto func = func::FuncOp::create(builder, fileLoc, funcName,
                                   builder.getFunctionType(inputTypes, {}));
  Block *body = func.addEntryBlock();
  for (auto [index, name] : llvm::enumerate(inputNames)) {
    func.setArgAttr(index, webnn::WebNNDialect::kNameAttr,
                    builder.getStringAttr(name));
    values[name] = body->getArgument(index);
  }
  builder.setInsertionPointToEnd(body);

  if (const llvm::json::Object *consts = graph->getObject("consts")) {
    SmallVector<std::string> names;
    for (const auto &entry : *consts)
      names.push_back(entry.first.str());
    llvm::sort(names);
    for (const std::string &name : names) {
      const llvm::json::Object *c = consts->getObject(name);
      if (!c)
        return emitError(locFor("const '" + name + "'"))
               << "const must be an object";
      FailureOr<Value> value = importConst(name, *c);
      if (failed(value))
        return failure();
      if (!values.try_emplace(name, *value).second)
        return emitError(locFor("const '" + name + "'"))
               << "name is used by an input too";
    }
  }

  if (const llvm::json::Array *nodes = graph->getArray("nodes")) {
    for (auto [index, node] : llvm::enumerate(*nodes)) {
      const llvm::json::Object *object = node.getAsObject();
      if (!object)
        return emitError(locFor("node #" + Twine(index)))
               << "node must be an object";
      if (failed(importNode(*object, index)))
        return failure();
    }
  }

  SmallVector<std::string> outputNames;
  for (const auto &entry : *outputs)
    outputNames.push_back(entry.first.str());
  llvm::sort(outputNames);
  SmallVector<Value> results;
  for (const std::string &binding : outputNames) {
    std::optional<StringRef> valueName = outputs->getString(binding);
    Value value = valueName ? values.lookup(*valueName) : Value();
    if (!value)
      return emitError(locFor("output '" + binding + "'"))
             << "output refers to "
             << (valueName ? "unknown value '" + valueName->str() + "'"
                           : std::string("a non-name"));
    results.push_back(value);
  }
  if (failed(finishGraph(builder, func, fileLoc, outputNames, results)))
    return failure();
  return module;
}

FailureOr<OwningOpRef<ModuleOp>>
importGraphJsonFile(MLIRContext *context, StringRef path,
                    const GraphJsonImportOptions &options) {
  context->loadDialect<webnn::WebNNDialect, func::FuncDialect>();
  return GraphJsonImporter(context, path, options).run();
}

} // namespace webnnc
