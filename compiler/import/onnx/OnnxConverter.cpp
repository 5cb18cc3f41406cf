//===- OnnxConverter.cpp - the API of ONNX op converters ------------------===//
#include "OnnxConverter.h"

#include "webnnc/Import/TensorData.h"
#include "webnnc/Interpreter/Interpreter.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;

namespace webnnc::onnx_import {

//===----------------------------------------------------------------------===//
// Types and tensor data
//===----------------------------------------------------------------------===//

Type getElementType(MLIRContext *context, int32_t onnxDataType) {
  Builder b(context);
  switch (onnxDataType) {
  case onnx::TensorProto::FLOAT:
    return b.getF32Type();
  case onnx::TensorProto::FLOAT16:
    return b.getF16Type();
  case onnx::TensorProto::INT32:
    return b.getIntegerType(32);
  case onnx::TensorProto::UINT32:
    return b.getIntegerType(32, /*isSigned=*/false);
  case onnx::TensorProto::INT64:
    return b.getIntegerType(64);
  case onnx::TensorProto::UINT64:
    return b.getIntegerType(64, /*isSigned=*/false);
  case onnx::TensorProto::INT8:
    return b.getIntegerType(8);
  case onnx::TensorProto::UINT8:
  case onnx::TensorProto::BOOL:
    return b.getIntegerType(8, /*isSigned=*/false);
  default:
    return {};
  }
}

std::string getOnnxTypeName(int32_t onnxDataType) {
  if (onnx::TensorProto_DataType_IsValid(onnxDataType))
    return onnx::TensorProto_DataType_Name(
        static_cast<onnx::TensorProto_DataType>(onnxDataType));
  return "type " + std::to_string(onnxDataType);
}

/// Constants of at most this many bytes stay inline, so converters and
/// folding read them directly and the IR shows them.
static constexpr size_t kMaxInlineBytes = 256;

/// A resource name from a tensor name.
static std::string resourceName(const std::string &tensorName) {
  std::string name;
  for (char c : tensorName)
    name += (llvm::isAlnum(c) || c == '_' || c == '.') ? c : '_';
  if (name.empty() || llvm::isDigit(name.front()))
    name = "w_" + name;
  return name;
}

FailureOr<ElementsAttr>
elementsFromTensorProto(MLIRContext *context, const onnx::TensorProto &tensor,
                        function_ref<InFlightDiagnostic()> emitError) {
  Type elementType = getElementType(context, tensor.data_type());
  if (!elementType)
    return emitError() << "tensor '" << tensor.name() << "' has data type "
                       << getOnnxTypeName(tensor.data_type())
                       << ", which WebNN cannot express";
  SmallVector<int64_t> shape(tensor.dims().begin(), tensor.dims().end());
  for (int64_t dim : shape)
    if (dim <= 0)
      return emitError() << "tensor '" << tensor.name()
                         << "' has a dimension of size " << dim
                         << "; WebNN dimensions are greater than zero";
  auto type = RankedTensorType::get(shape, elementType);
  int64_t count = type.getNumElements();
  size_t elementSize = getElementStorageSize(elementType);

  // The bytes in webnn's storage layout (little endian, bool as uint8).
  std::vector<char> bytes;
  if (tensor.has_raw_data()) {
    bytes.assign(tensor.raw_data().begin(), tensor.raw_data().end());
  } else {
    bytes.resize(static_cast<size_t>(count) * elementSize);
    auto put = [&](int64_t index, uint64_t value) {
      for (size_t b = 0; b < elementSize; ++b)
        bytes[index * elementSize + b] = static_cast<char>(value >> (8 * b));
    };
    int64_t given = 0;
    switch (tensor.data_type()) {
    case onnx::TensorProto::FLOAT:
      given = tensor.float_data_size();
      for (int64_t i = 0; i < std::min(given, count); ++i) {
        float value = tensor.float_data(i);
        uint32_t bits;
        std::memcpy(&bits, &value, sizeof(bits));
        put(i, bits);
      }
      break;
    case onnx::TensorProto::INT64:
      given = tensor.int64_data_size();
      for (int64_t i = 0; i < std::min(given, count); ++i)
        put(i, static_cast<uint64_t>(tensor.int64_data(i)));
      break;
    case onnx::TensorProto::UINT32:
    case onnx::TensorProto::UINT64:
      given = tensor.uint64_data_size();
      for (int64_t i = 0; i < std::min(given, count); ++i)
        put(i, tensor.uint64_data(i));
      break;
    default: // INT32, INT8, UINT8, BOOL, FLOAT16 (bits) live in int32_data.
      given = tensor.int32_data_size();
      for (int64_t i = 0; i < std::min(given, count); ++i)
        put(i, static_cast<uint64_t>(static_cast<int64_t>(tensor.int32_data(i))));
      break;
    }
    if (given != count)
      return emitError() << "tensor '" << tensor.name() << "' holds " << given
                         << " values but its shape needs " << count;
  }
  if (bytes.size() != static_cast<size_t>(count) * elementSize)
    return emitError() << "tensor '" << tensor.name() << "' holds "
                       << bytes.size() << " bytes but " << type << " needs "
                       << count * elementSize;
  if (bytes.size() <= kMaxInlineBytes) {
    FailureOr<DenseElementsAttr> elements =
        elementsFromBytes(type, bytes, emitError);
    if (failed(elements))
      return failure();
    return ElementsAttr(*elements);
  }
  return ElementsAttr(DenseResourceElementsAttr::get(
      type, resourceName(tensor.name()),
      HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes,
                                                    alignof(uint64_t))));
}

FailureOr<ElementsAttr>
takeElementsFromTensorProto(MLIRContext *context, onnx::TensorProto &tensor,
                            function_ref<InFlightDiagnostic()> emitError) {
  Type elementType = getElementType(context, tensor.data_type());
  if (!elementType || !tensor.has_raw_data() ||
      tensor.raw_data().size() <= kMaxInlineBytes)
    return elementsFromTensorProto(context, tensor, emitError);
  SmallVector<int64_t> shape(tensor.dims().begin(), tensor.dims().end());
  if (llvm::any_of(shape, [](int64_t dim) { return dim <= 0; }))
    return elementsFromTensorProto(context, tensor, emitError);
  auto type = RankedTensorType::get(shape, elementType);
  size_t expected = static_cast<size_t>(type.getNumElements()) *
                    getElementStorageSize(elementType);
  if (tensor.raw_data().size() != expected)
    return emitError() << "tensor '" << tensor.name() << "' holds "
                       << tensor.raw_data().size() << " bytes but " << type
                       << " needs " << expected;
  // The string's heap buffer (operator new: 16-byte aligned) becomes the
  // blob; the deleter frees the string with it.
  std::string *bytes = tensor.release_raw_data();
  AsmResourceBlob blob(
      ArrayRef<char>(bytes->data(), bytes->size()),
      __STDCPP_DEFAULT_NEW_ALIGNMENT__,
      [bytes](void *, size_t, size_t) { delete bytes; },
      /*dataIsMutable=*/false);
  return ElementsAttr(DenseResourceElementsAttr::get(
      type, resourceName(tensor.name()), std::move(blob)));
}

RankedTensorType getTensorType(Value value) {
  return cast<RankedTensorType>(value.getType());
}

std::optional<webnn::OperandDataType> getWebnnDataType(Type type) {
  using DT = webnn::OperandDataType;
  if (type.isF32())
    return DT::float32;
  if (type.isF16())
    return DT::float16;
  auto integer = dyn_cast<IntegerType>(type);
  if (!integer)
    return std::nullopt;
  bool isUnsigned = integer.isUnsigned();
  switch (integer.getWidth()) {
  case 64:
    return isUnsigned ? DT::uint64 : DT::int64;
  case 32:
    return isUnsigned ? DT::uint32 : DT::int32;
  case 8:
    return isUnsigned ? DT::uint8 : DT::int8;
  case 4:
    return isUnsigned ? DT::uint4 : DT::int4;
  default:
    return std::nullopt;
  }
}

int64_t getProduct(ArrayRef<int64_t> values) {
  int64_t result = 1;
  for (int64_t value : values)
    result *= value;
  return result;
}

std::string formatInts(ArrayRef<int64_t> values, StringRef separator) {
  std::string result;
  for (auto [index, value] : llvm::enumerate(values))
    result += (index ? separator.str() : "") + std::to_string(value);
  return result;
}

//===----------------------------------------------------------------------===//
// Registry
//===----------------------------------------------------------------------===//

void OnnxConverterRegistry::add(StringRef opType, int64_t sinceVersion,
                                OnnxConverter converter, StringRef domain) {
  auto &list = entries[(domain + "::" + opType).str()];
  list.push_back({sinceVersion, converter});
  llvm::sort(list, [](const Entry &a, const Entry &b) {
    return a.sinceVersion < b.sinceVersion;
  });
}

OnnxConverter OnnxConverterRegistry::lookup(StringRef domain, StringRef opType,
                                            int64_t opset) const {
  auto it = entries.find((domain + "::" + opType).str());
  if (it == entries.end())
    return nullptr;
  OnnxConverter found = nullptr;
  for (const Entry &entry : it->second)
    if (entry.sinceVersion <= opset)
      found = entry.converter;
  return found;
}

bool OnnxConverterRegistry::knows(StringRef domain, StringRef opType) const {
  return entries.count((domain + "::" + opType).str());
}

const OnnxConverterRegistry &getOnnxConverters() {
  static const OnnxConverterRegistry registry = [] {
    OnnxConverterRegistry r;
    registerElementwiseConverters(r);
    registerNnConverters(r);
    registerShapeConverters(r);
    registerReductionConverters(r);
    registerRecurrentConverters(r);
    registerQuantizationConverters(r);
    registerMiscConverters(r);
    return r;
  }();
  return registry;
}

//===----------------------------------------------------------------------===//
// OnnxNodeContext
//===----------------------------------------------------------------------===//

bool OnnxNodeContext::hasInput(unsigned index) const {
  return index < static_cast<unsigned>(node.input_size()) &&
         !node.input(index).empty();
}

Value OnnxNodeContext::getInput(unsigned index) const {
  if (!hasInput(index))
    return {};
  return values.lookup(node.input(index));
}

RankedTensorType OnnxNodeContext::getInputType(unsigned index) const {
  Value value = getInput(index);
  return value ? cast<RankedTensorType>(value.getType()) : RankedTensorType();
}

FailureOr<Value> OnnxNodeContext::requireInput(unsigned index) {
  Value value = getInput(index);
  if (!value)
    return emitError() << "requires input #" << index;
  return value;
}

bool OnnxNodeContext::isConstantInput(unsigned index) const {
  Value value = getInput(index);
  return value && value.getDefiningOp<webnn::ConstantOp>();
}

/// The tensor of a constant input, read through the interpreter's reader
/// (dense or dense_resource).
static FailureOr<interp::Tensor> readConstant(Value value) {
  auto constant = value.getDefiningOp<webnn::ConstantOp>();
  if (!constant)
    return failure();
  return interp::tensorFromAttr(constant.getValue());
}

/// The elements of constant input `index` read as T (getInt64 or
/// getDouble); `requirement` ends the error when it is not a constant.
template <typename T>
static FailureOr<SmallVector<T>> readConstantInput(OnnxNodeContext &context,
                                                   unsigned index,
                                                   StringRef requirement) {
  Value value = context.getInput(index);
  if (!value)
    return context.emitError() << "requires input #" << index;
  FailureOr<interp::Tensor> tensor = readConstant(value);
  if (failed(tensor))
    return context.emitError()
           << "input #" << index << " ('" << context.getNode().input(index)
           << "') must be a constant" << requirement;
  SmallVector<T> result;
  for (int64_t i = 0; i < tensor->getNumElements(); ++i) {
    if constexpr (std::is_same_v<T, double>)
      result.push_back(tensor->getDouble(i));
    else
      result.push_back(tensor->getInt64(i));
  }
  return result;
}

FailureOr<SmallVector<int64_t>>
OnnxNodeContext::getConstantInts(unsigned index) {
  return readConstantInput<int64_t>(
      *this, index,
      " (or computable from constants and static shapes): WebNN takes it as "
      "an option");
}

FailureOr<SmallVector<double>>
OnnxNodeContext::getConstantFloats(unsigned index) {
  return readConstantInput<double>(*this, index, "");
}

const onnx::AttributeProto *
OnnxNodeContext::getAttribute(StringRef name) const {
  for (const onnx::AttributeProto &attribute : node.attribute())
    if (attribute.name() == name)
      return &attribute;
  return nullptr;
}

int64_t OnnxNodeContext::getInt(StringRef name, int64_t defaultValue) const {
  const onnx::AttributeProto *attribute = getAttribute(name);
  return attribute ? attribute->i() : defaultValue;
}

float OnnxNodeContext::getFloat(StringRef name, float defaultValue) const {
  const onnx::AttributeProto *attribute = getAttribute(name);
  return attribute ? attribute->f() : defaultValue;
}

std::string OnnxNodeContext::getString(StringRef name,
                                       StringRef defaultValue) const {
  const onnx::AttributeProto *attribute = getAttribute(name);
  return attribute ? attribute->s() : defaultValue.str();
}

SmallVector<int64_t> OnnxNodeContext::getInts(StringRef name) const {
  const onnx::AttributeProto *attribute = getAttribute(name);
  if (!attribute)
    return {};
  return SmallVector<int64_t>(attribute->ints().begin(),
                              attribute->ints().end());
}

SmallVector<float> OnnxNodeContext::getFloats(StringRef name) const {
  const onnx::AttributeProto *attribute = getAttribute(name);
  if (!attribute)
    return {};
  return SmallVector<float>(attribute->floats().begin(),
                            attribute->floats().end());
}

std::vector<std::string> OnnxNodeContext::getStrings(StringRef name) const {
  const onnx::AttributeProto *attribute = getAttribute(name);
  if (!attribute)
    return {};
  return std::vector<std::string>(attribute->strings().begin(),
                                  attribute->strings().end());
}

Value OnnxNodeContext::constant(ElementsAttr value) {
  return webnn::ConstantOp::create(builder, loc, value, StringAttr());
}

Value OnnxNodeContext::scalar(Type elementType, double value) {
  auto type = RankedTensorType::get({}, elementType);
  Attribute element;
  if (auto floatType = dyn_cast<FloatType>(elementType)) {
    APFloat number(value);
    bool losesInfo = false;
    number.convert(floatType.getFloatSemantics(),
                   APFloat::rmNearestTiesToEven, &losesInfo);
    element = FloatAttr::get(elementType, number);
  } else {
    element = IntegerAttr::get(elementType, static_cast<int64_t>(value));
  }
  return constant(DenseElementsAttr::get(type, element));
}

Value OnnxNodeContext::int64Vector(ArrayRef<int64_t> values) {
  auto type = RankedTensorType::get({static_cast<int64_t>(values.size())},
                                    builder.getIntegerType(64));
  return constant(DenseElementsAttr::get(type, values));
}

void OnnxNodeContext::setOutput(unsigned index, Value value) {
  if (index < static_cast<unsigned>(node.output_size()) &&
      !node.output(index).empty())
    values[node.output(index)] = value;
}

LogicalResult OnnxNodeContext::setOutputs(ValueRange results) {
  for (auto [index, value] : llvm::enumerate(results))
    setOutput(index, value);
  return success();
}

LogicalResult OnnxNodeContext::setResult(FailureOr<Value> value) {
  if (failed(value))
    return failure();
  setOutput(0, *value);
  return success();
}

bool OnnxNodeContext::hasOutput(unsigned index) const {
  return index < static_cast<unsigned>(node.output_size()) &&
         !node.output(index).empty();
}

FailureOr<Value> OnnxNodeContext::reshape(Value value,
                                          ArrayRef<int64_t> shape) {
  if (getTensorType(value).getShape() == shape)
    return value;
  return create<webnn::ReshapeOp>(value, builder.getDenseI64ArrayAttr(shape),
                                  StringAttr());
}

FailureOr<Value> OnnxNodeContext::transpose(Value value,
                                            ArrayRef<int64_t> permutation) {
  return create<webnn::TransposeOp>(
      value, builder.getDenseI64ArrayAttr(permutation), StringAttr());
}

FailureOr<Value> OnnxNodeContext::castTo(Value value, Type elementType) {
  if (getTensorType(value).getElementType() == elementType)
    return value;
  std::optional<webnn::OperandDataType> dataType =
      getWebnnDataType(elementType);
  if (!dataType)
    return emitError() << "cannot cast to " << elementType;
  return create<webnn::CastOp>(
      value, webnn::OperandDataTypeAttr::get(getContext(), *dataType),
      StringAttr());
}

FailureOr<int64_t> OnnxNodeContext::normalizeAxis(int64_t axis, int64_t rank,
                                                  const Twine &what) {
  if (axis < -rank || axis >= rank)
    return emitError() << what << " = " << axis
                       << " is out of range for an input of rank " << rank;
  return axis < 0 ? axis + rank : axis;
}

FailureOr<SmallVector<int64_t>>
OnnxNodeContext::normalizeAxes(ArrayRef<int64_t> axes, int64_t rank,
                               const Twine &what) {
  SmallVector<int64_t> result;
  for (int64_t axis : axes) {
    FailureOr<int64_t> normalized = normalizeAxis(axis, rank, what);
    if (failed(normalized))
      return failure();
    if (llvm::is_contained(result, *normalized))
      return emitError() << what << " repeats axis " << axis;
    result.push_back(*normalized);
  }
  return result;
}

InFlightDiagnostic OnnxNodeContext::emitError() {
  return mlir::emitError(loc);
}

LogicalResult OnnxNodeContext::unsupported(const Twine &what) {
  return emitError() << "not supported: " << what;
}

/// Results larger than this stay ops: folding is for shape arithmetic and
/// small parameter tensors, not for precomputing weights.
static constexpr int64_t kMaxFoldedElements = 1 << 16;

Value OnnxNodeContext::foldIfConstant(Operation *op) {
  if (op->getNumResults() != 1)
    return op->getResult(0);
  auto resultType = cast<RankedTensorType>(op->getResult(0).getType());
  if (resultType.getNumElements() > kMaxFoldedElements)
    return op->getResult(0);
  SmallVector<interp::Tensor> operands;
  for (Value operand : op->getOperands()) {
    FailureOr<interp::Tensor> tensor = readConstant(operand);
    if (failed(tensor))
      return op->getResult(0);
    operands.push_back(std::move(*tensor));
  }
  interp::Kernel kernel = interp::getDefaultKernels().lookup(op);
  std::optional<interp::Tensor> result = interp::allocateFor(resultType);
  if (!kernel || !result)
    return op->getResult(0);
  SmallVector<const interp::Tensor *> operandPointers;
  for (const interp::Tensor &tensor : operands)
    operandPointers.push_back(&tensor);
  SmallVector<interp::Tensor> results;
  results.push_back(std::move(*result));
  if (failed(kernel(op, operandPointers, results)))
    return op->getResult(0);
  const interp::Tensor &folded = results.front();
  FailureOr<DenseElementsAttr> elements = elementsFromBytes(
      resultType,
      ArrayRef<char>(reinterpret_cast<const char *>(folded.getBytes()),
                     folded.getByteSize()),
      [&]() { return mlir::emitError(loc); });
  if (failed(elements))
    return op->getResult(0);
  Value replacement = constant(*elements);
  op->getResult(0).replaceAllUsesWith(replacement);
  op->erase();
  return replacement;
}

//===----------------------------------------------------------------------===//
// OnnxEmitter
//===----------------------------------------------------------------------===//

Value OnnxEmitter::input(unsigned index) {
  FailureOr<Value> value = context.requireInput(index);
  return failed(value) ? fail() : *value;
}

Value OnnxEmitter::reshape(Value value, ArrayRef<int64_t> shape) {
  if (!ok || !value)
    return fail();
  FailureOr<Value> result = context.reshape(value, shape);
  return failed(result) ? fail() : *result;
}

Value OnnxEmitter::transpose(Value value, ArrayRef<int64_t> permutation) {
  if (!ok || !value)
    return fail();
  FailureOr<Value> result = context.transpose(value, permutation);
  return failed(result) ? fail() : *result;
}

LogicalResult OnnxEmitter::finish(Value result) {
  if (!ok || !result)
    return failure();
  context.setOutput(0, result);
  return success();
}

} // namespace webnnc::onnx_import
