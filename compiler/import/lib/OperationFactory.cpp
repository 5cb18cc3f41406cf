//===- OperationFactory.cpp - build webnn ops from named arguments --------===//
#include "webnnc/Import/OperationFactory.h"

#include "webnnc/Import/TensorData.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinOps.h"
#include "webnn/IR/WebNNDialect.h"
#include "mlir/IR/Operation.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include <cmath>
#include <limits>

using namespace mlir;

namespace webnnc {


/// An integral JSON number or decimal string that fits in int64.
static std::optional<int64_t> getInt64(const llvm::json::Value &value) {
  if (std::optional<int64_t> integer = value.getAsInteger())
    return integer;
  if (std::optional<double> number = value.getAsNumber()) {
    if (std::trunc(*number) == *number && std::abs(*number) < 9.2e18)
      return static_cast<int64_t>(*number);
    return std::nullopt;
  }
  if (std::optional<llvm::StringRef> text = value.getAsString()) {
    int64_t parsed;
    if (!text->getAsInteger(10, parsed))
      return parsed;
  }
  return std::nullopt;
}

static std::optional<SmallVector<int64_t>>
getInt64Array(const llvm::json::Value &value) {
  const llvm::json::Array *array = value.getAsArray();
  if (!array)
    return std::nullopt;
  SmallVector<int64_t> result;
  for (const llvm::json::Value &element : *array) {
    std::optional<int64_t> integer = getInt64(element);
    if (!integer)
      return std::nullopt;
    result.push_back(*integer);
  }
  return result;
}

FailureOr<Attribute>
attributeFromJson(MLIRContext *context, const AttributeSignature &signature,
                  const llvm::json::Value &value,
                  function_ref<InFlightDiagnostic()> emitError) {
  Builder b(context);
  auto fail = [&](StringRef expected) -> FailureOr<Attribute> {
    std::string text;
    llvm::raw_string_ostream os(text);
    os << value;
    emitError() << "option '" << signature.name << "' must be " << expected
                << ", got " << text;
    return failure();
  };
  switch (signature.kind) {
  case AttrKind::String:
    if (std::optional<StringRef> text = value.getAsString())
      return Attribute(b.getStringAttr(*text));
    return fail("a string");
  case AttrKind::Bool:
    if (std::optional<bool> flag = value.getAsBoolean())
      return Attribute(b.getBoolAttr(*flag));
    return fail("a boolean");
  case AttrKind::Int64:
    if (std::optional<int64_t> integer = getInt64(value))
      return Attribute(b.getI64IntegerAttr(*integer));
    return fail("an integer");
  case AttrKind::Int64Array:
    if (auto array = getInt64Array(value))
      return Attribute(b.getDenseI64ArrayAttr(*array));
    return fail("an array of integers");
  case AttrKind::Float32:
    if (std::optional<double> number = getJsonDouble(value))
      return Attribute(b.getF32FloatAttr(static_cast<float>(*number)));
    return fail("a number");
  case AttrKind::Float64:
    if (std::optional<double> number = getJsonDouble(value))
      return Attribute(b.getF64FloatAttr(*number));
    return fail("a number");
  case AttrKind::Float32Array: {
    const llvm::json::Array *array = value.getAsArray();
    if (!array)
      return fail("an array of numbers");
    SmallVector<float> numbers;
    for (const llvm::json::Value &element : *array) {
      std::optional<double> number = getJsonDouble(element);
      if (!number)
        return fail("an array of numbers");
      numbers.push_back(static_cast<float>(*number));
    }
    return Attribute(b.getDenseF32ArrayAttr(numbers));
  }
  case AttrKind::Number:
    // Integral JSON numbers stay integers, so int64 values beyond 2^53 and
    // integer-typed operands keep their exact value.
    if (value.getAsInteger() ||
        (value.getAsString() && getInt64(value)))
      return Attribute(b.getI64IntegerAttr(*getInt64(value)));
    if (std::optional<double> number = getJsonDouble(value))
      return Attribute(b.getF64FloatAttr(*number));
    return fail("a number");
  case AttrKind::Int64OrInt64Array:
    if (std::optional<int64_t> integer = getInt64(value))
      return Attribute(b.getI64IntegerAttr(*integer));
    if (auto array = getInt64Array(value))
      return Attribute(b.getDenseI64ArrayAttr(*array));
    return fail("an integer or an array of integers");
  case AttrKind::Enum:
    if (std::optional<StringRef> text = value.getAsString())
      if (Attribute attr = signature.codec->parse(context, *text))
        return attr;
    return fail("one of the spec's enum strings");
  case AttrKind::EnumArray: {
    const llvm::json::Array *array = value.getAsArray();
    if (!array)
      return fail("an array of enum strings");
    SmallVector<Attribute> elements;
    for (const llvm::json::Value &element : *array) {
      std::optional<StringRef> text = element.getAsString();
      Attribute attr = text ? signature.codec->parse(context, *text)
                            : Attribute();
      if (!attr)
        return fail("an array of the spec's enum strings");
      elements.push_back(attr);
    }
    return Attribute(b.getArrayAttr(elements));
  }
  case AttrKind::Elements:
    return fail("tensor data, which only constants carry");
  }
  return failure();
}

/// A double as JSON: finite numbers as numbers, the rest (and -0) as
/// strings the importers read back.
static llvm::json::Value doubleToJson(double value) {
  if (std::isnan(value))
    return "NaN";
  if (std::isinf(value))
    return value > 0 ? "Infinity" : "-Infinity";
  // JSON text "-0" reads back as the integer 0; the string keeps the sign.
  if (value == 0 && std::signbit(value))
    return "-0.0";
  return value;
}

llvm::json::Value attributeToJson(const AttributeSignature &signature,
                                  Attribute attribute) {
  if (auto text = dyn_cast<StringAttr>(attribute))
    return text.getValue().str();
  if (auto flag = dyn_cast<BoolAttr>(attribute))
    return flag.getValue();
  if (auto integer = dyn_cast<IntegerAttr>(attribute))
    return integer.getInt();
  if (auto number = dyn_cast<FloatAttr>(attribute)) {
    double value = number.getValueAsDouble();
    // An MLNumber keeps its kind: integral JSON numbers import as int64, so
    // an integral float64 is written as a decimal string with a point.
    if (signature.kind == AttrKind::Number && std::isfinite(value) &&
        std::trunc(value) == value) {
      std::string text = llvm::formatv("{0:f1}", value).str();
      return text;
    }
    return doubleToJson(value);
  }
  if (auto array = dyn_cast<DenseI64ArrayAttr>(attribute))
    return llvm::json::Array(array.asArrayRef());
  if (auto array = dyn_cast<DenseF32ArrayAttr>(attribute)) {
    llvm::json::Array result;
    for (float element : array.asArrayRef())
      result.push_back(doubleToJson(element));
    return result;
  }
  if (auto array = dyn_cast<ArrayAttr>(attribute)) {
    llvm::json::Array result;
    for (Attribute element : array)
      result.push_back(signature.codec->print(element));
    return result;
  }
  if (signature.codec)
    return signature.codec->print(attribute);
  return nullptr;
}

Location getNamedResultsLoc(StringRef id, ArrayRef<std::string> resultNames,
                            Location loc) {
  MLIRContext *context = loc.getContext();
  StringAttr idAttr = StringAttr::get(context, id);
  if (resultNames.size() == 1 && resultNames.front() == id)
    return NameLoc::get(idAttr, loc);
  SmallVector<Attribute> names;
  for (const std::string &name : resultNames)
    names.push_back(StringAttr::get(context, name));
  return NameLoc::get(
      idAttr, FusedLoc::get(context, {loc}, ArrayAttr::get(context, names)));
}

SmallVector<std::string> getNamedResults(Operation *op) {
  SmallVector<std::string> names(op->getNumResults());
  auto nameLoc = dyn_cast<NameLoc>(op->getLoc());
  if (!nameLoc || names.empty())
    return names;
  if (auto fused = dyn_cast<FusedLoc>(nameLoc.getChildLoc())) {
    auto metadata = dyn_cast_or_null<ArrayAttr>(fused.getMetadata());
    if (metadata && metadata.size() == names.size() &&
        llvm::all_of(metadata, llvm::IsaPred<StringAttr>)) {
      for (auto [name, attr] : llvm::zip(names, metadata))
        name = cast<StringAttr>(attr).getValue().str();
      return names;
    }
  }
  names.front() = nameLoc.getName().getValue().str();
  return names;
}

LogicalResult finishGraph(OpBuilder &builder, func::FuncOp graph, Location loc,
                          ArrayRef<std::string> outputNames,
                          ArrayRef<Value> results) {
  func::ReturnOp::create(builder, loc, results);
  graph.setFunctionType(builder.getFunctionType(
      graph.getArgumentTypes(), ValueRange(results).getTypes()));
  for (auto [index, name] : llvm::enumerate(outputNames))
    graph.setResultAttr(index, webnn::WebNNDialect::kNameAttr,
                        builder.getStringAttr(name));
  return verify(graph->getParentOfType<ModuleOp>());
}

FailureOr<SmallVector<Value>>
OperationFactory::create(Location loc, StringRef specName,
                         ArrayRef<NamedOperands> operands,
                         ArrayRef<NamedValue> attributes) {
  const OpSignature *signature = lookupOpSignature(specName);
  if (!signature || specName == "constant")
    return emitError(loc) << "unknown WebNN operator '" << specName << "'";
  auto emitOpError = [&]() {
    return emitError(loc) << "'" << signature->operationName << "' op ";
  };

  // Operands in ODS order, with their segment sizes.
  SmallVector<Value> operandValues;
  SmallVector<int32_t> segmentSizes;
  for (const NamedOperands &given : operands)
    if (!signature->findOperand(given.name))
      return emitOpError() << "has no operand named '" << given.name << "'";
  for (const OperandSignature &slot : signature->operands) {
    const NamedOperands *given = nullptr;
    for (const NamedOperands &candidate : operands)
      if (candidate.name == slot.name)
        given = &candidate;
    size_t count = given ? given->values.size() : 0;
    if (slot.kind == OperandKind::Required && count != 1)
      return emitOpError() << "requires operand '" << slot.name << "'";
    if (slot.kind == OperandKind::Optional && count > 1)
      return emitOpError() << "takes at most one '" << slot.name << "'";
    if (given)
      operandValues.append(given->values.begin(), given->values.end());
    segmentSizes.push_back(static_cast<int32_t>(count));
  }

  NamedAttrList attrs;
  for (const NamedValue &given : attributes) {
    const AttributeSignature *slot = signature->findAttribute(given.name);
    if (!slot) {
      emitWarning(loc) << "'" << signature->operationName
                       << "' op ignores unknown option '" << given.name << "'";
      continue;
    }
    FailureOr<Attribute> attr = attributeFromJson(
        builder.getContext(), *slot, given.value,
        [&]() { return emitOpError(); });
    if (failed(attr))
      return failure();
    attrs.set(given.name, *attr);
  }
  for (const AttributeSignature &slot : signature->attributes)
    if (!slot.optional && !attrs.get(slot.name))
      return emitOpError() << "requires argument '" << slot.name << "'";
  if (signature->attrSizedOperands)
    attrs.set("operandSegmentSizes",
              builder.getDenseI32ArrayAttr(segmentSizes));

  // Build the op without results first so that its properties hold the
  // attributes; type inference (the op's validation steps) reads them there.
  std::optional<RegisteredOperationName> name =
      RegisteredOperationName::lookup(signature->operationName,
                                      builder.getContext());
  if (!name)
    return emitError(loc) << "dialect for '" << signature->operationName
                          << "' is not loaded";
  Operation *probe = Operation::create(loc, *name, TypeRange(), operandValues,
                                       NamedAttrList(attrs), nullptr,
                                       BlockRange(), /*numRegions=*/0);
  SmallVector<Type> resultTypes;
  auto inference = cast<InferTypeOpInterface>(probe);
  LogicalResult inferred = inference.inferReturnTypes(
      builder.getContext(), loc, probe->getOperands(),
      probe->getRawDictionaryAttrs(), probe->getPropertiesStorage(),
      probe->getRegions(), resultTypes);
  if (failed(inferred)) {
    probe->destroy();
    return failure();
  }
  Operation *op = Operation::create(
      loc, *name, resultTypes, operandValues,
      NamedAttrList(probe->getDiscardableAttrDictionary()),
      probe->getPropertiesStorage(), BlockRange(), /*numRegions=*/0);
  probe->destroy();
  builder.insert(op);
  if (failed(verify(op))) {
    op->erase();
    return failure();
  }
  return SmallVector<Value>(op->getResults());
}

} // namespace webnnc
