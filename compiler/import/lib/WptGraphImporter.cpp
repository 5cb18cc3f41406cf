//===- WptGraphImporter.cpp - WPT WebNN conformance graphs ----------------===//
#include "webnnc/Import/WptGraphImporter.h"

#include "webnnc/Import/OperationFactory.h"
#include "webnnc/Import/TensorData.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Verifier.h"
#include "webnn/IR/WebNNDialect.h"
#include "webnn/IR/WebNNOps.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;

namespace webnnc {

/// Argument and option names of the WPT snapshot that the pinned spec has
/// since renamed (WebIDL passes positional arguments by position, so the
/// WPT sources' names are labels; options are matched by name).
static StringRef canonicalArgumentName(StringRef op, StringRef name) {
  if (op == "cast" && name == "type")
    return "dataType";
  if (op == "logicalNot" && name == "input")
    return "a";
  if (name == "roundingType" &&
      (op == "averagePool2d" || op == "l2Pool2d" || op == "maxPool2d"))
    return "outputShapeRounding";
  return name;
}

static SmallVector<std::string> sortedKeys(const llvm::json::Object &object) {
  SmallVector<std::string> keys;
  for (const auto &entry : object)
    keys.push_back(entry.first.str());
  llvm::sort(keys);
  return keys;
}

namespace {

/// Imports one graph; `values` maps every name seen so far to its value.
class WptImporter {
public:
  WptImporter(MLIRContext *context, StringRef graphName)
      : context(context), builder(context), graphName(graphName) {}

  FailureOr<OwningOpRef<ModuleOp>> run(const llvm::json::Object &graph);

private:
  Location locFor(const Twine &what) {
    return NameLoc::get(builder.getStringAttr(graphName + ": " + what));
  }
  LogicalResult importOperator(const llvm::json::Object &op, size_t index);
  /// The value named `name`, or null.
  Value lookup(StringRef name) const { return values.lookup(name); }

  MLIRContext *context;
  OpBuilder builder;
  std::string graphName;
  llvm::StringMap<Value> values;
};

} // namespace

FailureOr<OwningOpRef<ModuleOp>>
WptImporter::run(const llvm::json::Object &graph) {
  Location graphLoc = locFor("graph");
  const llvm::json::Object *inputs = graph.getObject("inputs");
  const llvm::json::Array *operators = graph.getArray("operators");
  const llvm::json::Object *expected = graph.getObject("expectedOutputs");
  if (!inputs || !operators || !expected)
    return emitError(graphLoc)
           << "graph needs 'inputs', 'operators' and 'expectedOutputs'";

  OwningOpRef<ModuleOp> module = ModuleOp::create(graphLoc);
  builder.setInsertionPointToEnd(module->getBody());

  // Inputs: graph arguments (sorted by name) and constants.
  SmallVector<std::string> argumentNames;
  SmallVector<Type> argumentTypes;
  for (const std::string &name : sortedKeys(*inputs)) {
    const llvm::json::Object *input = inputs->getObject(name);
    const llvm::json::Object *descriptor =
        input ? input->getObject("descriptor") : nullptr;
    Location loc = locFor("input '" + name + "'");
    if (!descriptor)
      return emitError(loc) << "input has no descriptor";
    FailureOr<RankedTensorType> type = tensorTypeFromDescriptor(
        context, *descriptor, [&]() { return emitError(loc); });
    if (failed(type))
      return failure();
    if (input->getBoolean("constant").value_or(false))
      continue;
    argumentNames.push_back(name);
    argumentTypes.push_back(*type);
  }

  SmallVector<std::string> outputNames = sortedKeys(*expected);
  SmallVector<Type> placeholderResults;
  auto func = func::FuncOp::create(
      builder, graphLoc, "main",
      builder.getFunctionType(argumentTypes, placeholderResults));
  Block *body = func.addEntryBlock();
  for (auto [index, name] : llvm::enumerate(argumentNames)) {
    func.setArgAttr(index, webnn::WebNNDialect::kNameAttr,
                    builder.getStringAttr(name));
    values[name] = body->getArgument(index);
  }
  builder.setInsertionPointToEnd(body);

  for (const std::string &name : sortedKeys(*inputs)) {
    const llvm::json::Object *input = inputs->getObject(name);
    if (!input->getBoolean("constant").value_or(false))
      continue;
    Location loc = locFor("constant '" + name + "'");
    FailureOr<RankedTensorType> type = tensorTypeFromDescriptor(
        context, *input->getObject("descriptor"),
        [&]() { return emitError(loc); });
    const llvm::json::Value *data = input->get("data");
    if (!data)
      return emitError(loc) << "constant has no data";
    FailureOr<DenseElementsAttr> elements =
        elementsFromJson(*type, *data, [&]() { return emitError(loc); });
    if (failed(elements))
      return failure();
    // The constant's name travels as the location's name, as the
    // webnn-graph-json importer does, so exporters can write it back.
    values[name] = webnn::ConstantOp::create(
        builder, getNamedResultsLoc(name, {name}, loc), *elements,
        builder.getStringAttr(name));
  }

  for (auto [index, op] : llvm::enumerate(*operators)) {
    const llvm::json::Object *object = op.getAsObject();
    if (!object)
      return emitError(locFor("operator #" + Twine(index)))
             << "operator is not an object";
    if (failed(importOperator(*object, index)))
      return failure();
  }

  SmallVector<Value> results;
  for (const std::string &name : outputNames) {
    Value value = lookup(name);
    if (!value)
      return emitError(locFor("output '" + name + "'"))
             << "no operator produces the expected output";
    results.push_back(value);
  }
  if (failed(finishGraph(builder, func, graphLoc, outputNames, results)))
    return failure();
  return module;
}

LogicalResult WptImporter::importOperator(const llvm::json::Object &op,
                                          size_t index) {
  std::optional<StringRef> opName = op.getString("name");
  Location loc = locFor("operator #" + Twine(index) + " (" +
                        opName.value_or("?") + ")");
  if (!opName)
    return emitError(loc) << "operator has no 'name'";
  const OpSignature *signature = lookupOpSignature(*opName);
  if (!signature || *opName == "constant")
    return emitError(loc) << "unknown WebNN operator '" << *opName << "'";

  // Resolves an operand reference: a name, or (concat) a list of names.
  auto resolve = [&](StringRef argName, const llvm::json::Value &value,
                     NamedOperands &out) -> LogicalResult {
    out.name = argName.str();
    SmallVector<const llvm::json::Value *> refs;
    if (const llvm::json::Array *array = value.getAsArray())
      for (const llvm::json::Value &element : *array)
        refs.push_back(&element);
    else
      refs.push_back(&value);
    for (const llvm::json::Value *ref : refs) {
      std::optional<StringRef> refName = ref->getAsString();
      Value resolved = refName ? lookup(*refName) : Value();
      if (!resolved)
        return emitError(loc) << "operand '" << argName << "' refers to "
                              << (refName ? "unknown value '" + *refName + "'"
                                          : std::string("a non-name"));
      out.values.push_back(resolved);
    }
    return success();
  };

  SmallVector<NamedOperands> operands;
  SmallVector<NamedValue> attributes;
  auto addArgument = [&](StringRef rawName,
                         const llvm::json::Value &value) -> LogicalResult {
    StringRef argName = canonicalArgumentName(*opName, rawName);
    if (signature->findOperand(argName)) {
      NamedOperands named;
      if (failed(resolve(argName, value, named)))
        return failure();
      operands.push_back(std::move(named));
      return success();
    }
    attributes.push_back({argName.str(), value});
    return success();
  };

  const llvm::json::Array *arguments = op.getArray("arguments");
  if (!arguments)
    return emitError(loc) << "operator has no 'arguments'";
  for (const llvm::json::Value &argument : *arguments) {
    const llvm::json::Object *object = argument.getAsObject();
    if (!object)
      return emitError(loc) << "argument is not an object";
    for (const auto &[key, value] : *object) {
      if (key == "options") {
        const llvm::json::Object *options = value.getAsObject();
        if (!options)
          return emitError(loc) << "'options' is not an object";
        for (const std::string &optionName : sortedKeys(*options))
          if (failed(addArgument(optionName, *options->get(optionName))))
            return failure();
        continue;
      }
      if (failed(addArgument(key, value)))
        return failure();
    }
  }

  // The WPT snapshot predates quantizeLinear/dequantizeLinear step 7 (scale
  // and zeroPoint have the input's rank): it broadcasts lower-rank ones
  // numpy-style. Prepending ones reproduces that within the pinned spec.
  if (*opName == "quantizeLinear" || *opName == "dequantizeLinear") {
    auto rankOf = [](Value v) {
      return cast<RankedTensorType>(v.getType()).getRank();
    };
    Value input;
    for (const NamedOperands &named : operands)
      if (named.name == "input" && named.values.size() == 1)
        input = named.values.front();
    for (NamedOperands &named : operands) {
      if (!input || named.name == "input" || named.values.size() != 1 ||
          rankOf(named.values.front()) >= rankOf(input))
        continue;
      auto type = cast<RankedTensorType>(named.values.front().getType());
      llvm::json::Array newShape;
      for (int64_t i = type.getRank(); i < rankOf(input); ++i)
        newShape.push_back(1);
      for (int64_t dim : type.getShape())
        newShape.push_back(dim);
      OperationFactory factory(builder);
      FailureOr<SmallVector<Value>> reshaped = factory.create(
          loc, "reshape", {{"input", {named.values.front()}}},
          {{"newShape", llvm::json::Value(std::move(newShape))}});
      if (failed(reshaped))
        return failure();
      named.values.front() = reshaped->front();
    }
  }

  // The WPT snapshot still has the older softmax(input) of 2-D inputs,
  // which normalized along dimension 1; the pinned spec made `axis` a
  // required argument.
  if (*opName == "softmax" &&
      llvm::none_of(attributes,
                    [](const NamedValue &v) { return v.name == "axis"; }))
    attributes.push_back({"axis", llvm::json::Value(1)});

  OperationFactory factory(builder);
  FailureOr<SmallVector<Value>> results =
      factory.create(loc, *opName, operands, attributes);
  if (failed(results))
    return failure();

  const llvm::json::Value *outputs = op.get("outputs");
  SmallVector<std::string> outputNames;
  if (outputs) {
    if (std::optional<StringRef> single = outputs->getAsString())
      outputNames.push_back(single->str());
    else if (const llvm::json::Array *many = outputs->getAsArray())
      for (const llvm::json::Value &name : *many)
        if (std::optional<StringRef> text = name.getAsString())
          outputNames.push_back(text->str());
  }
  if (outputNames.size() != results->size())
    return emitError(loc) << "operator names " << outputNames.size()
                          << " outputs but produces " << results->size();
  for (auto [name, value] : llvm::zip(outputNames, *results))
    values[name] = value;
  // Name the op by its outputs (after building it, so that diagnostics
  // while building read plainly).
  if (!outputNames.empty())
    results->front().getDefiningOp()->setLoc(
        getNamedResultsLoc(outputNames.front(), outputNames, loc));
  return success();
}

FailureOr<OwningOpRef<ModuleOp>>
importWptGraph(MLIRContext *context, const llvm::json::Object &graph,
               StringRef name) {
  context->loadDialect<webnn::WebNNDialect, func::FuncDialect>();
  return WptImporter(context, name).run(graph);
}

} // namespace webnnc
