//===- TensorData.cpp - tensor data from JSON graph formats ---------------===//
#include "webnnc/Import/TensorData.h"

#include "webnn/IR/WebNNDialect.h"
#include "llvm/ADT/APSInt.h"
#include <cmath>
#include <limits>

using namespace mlir;

namespace webnnc {

std::optional<double> getJsonDouble(const llvm::json::Value &value) {
  if (std::optional<double> number = value.getAsNumber())
    return number;
  std::optional<StringRef> text = value.getAsString();
  if (!text)
    return std::nullopt;
  if (*text == "NaN")
    return std::numeric_limits<double>::quiet_NaN();
  if (*text == "Infinity")
    return std::numeric_limits<double>::infinity();
  if (*text == "-Infinity")
    return -std::numeric_limits<double>::infinity();
  double parsed;
  if (!text->getAsDouble(parsed))
    return parsed;
  return std::nullopt;
}

FailureOr<RankedTensorType>
tensorTypeFromDescriptor(MLIRContext *context,
                         const llvm::json::Object &descriptor,
                         function_ref<InFlightDiagnostic()> emitError) {
  std::optional<StringRef> dataType = descriptor.getString("dataType");
  if (!dataType)
    return emitError() << "descriptor has no 'dataType' string";
  std::optional<webnn::OperandDataType> parsed =
      webnn::symbolizeOperandDataType(*dataType);
  if (!parsed)
    return emitError() << "unknown data type '" << *dataType << "'";
  const llvm::json::Array *shapeArray = descriptor.getArray("shape");
  if (!shapeArray)
    return emitError() << "descriptor has no 'shape' array";
  SmallVector<int64_t> shape;
  for (const llvm::json::Value &dim : *shapeArray) {
    std::optional<int64_t> size = dim.getAsInteger();
    if (!size || *size <= 0 || *size > std::numeric_limits<int32_t>::max())
      return emitError() << "shape dimensions must be integers in [1, 2^31-1]"
                         << " [MLOperandDescriptor, check dimensions]";
    shape.push_back(*size);
  }
  return RankedTensorType::get(shape,
                               webnn::getElementType(context, *parsed));
}

/// Appends the leaves of a (possibly nested) JSON array.
static void flatten(const llvm::json::Value &value,
                    SmallVectorImpl<const llvm::json::Value *> &leaves) {
  if (const llvm::json::Array *array = value.getAsArray()) {
    for (const llvm::json::Value &element : *array)
      flatten(element, leaves);
    return;
  }
  leaves.push_back(&value);
}


/// An integer element of `width` bits; decimal strings keep 64-bit values
/// exact. Out-of-range values wrap, as typed arrays do.
static std::optional<APInt> getInteger(const llvm::json::Value &value,
                                       unsigned width, bool isUnsigned) {
  if (std::optional<StringRef> text = value.getAsString()) {
    APInt parsed;
    StringRef digits = *text;
    bool negative = digits.consume_front("-");
    if (digits.getAsInteger(10, parsed))
      return std::nullopt;
    parsed = parsed.zextOrTrunc(std::max(parsed.getBitWidth(), 65u));
    if (negative)
      parsed.negate();
    return parsed.trunc(width);
  }
  if (std::optional<int64_t> integer = value.getAsInteger())
    return APInt(64, static_cast<uint64_t>(*integer), /*isSigned=*/true)
        .trunc(width);
  if (std::optional<uint64_t> unsignedInteger = value.getAsUINT64())
    return APInt(64, *unsignedInteger).trunc(width);
  if (std::optional<double> number = value.getAsNumber()) {
    if (std::isnan(*number) || std::isinf(*number))
      return std::nullopt;
    APSInt result(64, /*isUnsigned=*/false);
    bool exact = false;
    APFloat(std::trunc(*number))
        .convertToInteger(result, APFloat::rmTowardZero, &exact);
    return APInt(result).trunc(width);
  }
  return std::nullopt;
}

FailureOr<DenseElementsAttr>
elementsFromJson(RankedTensorType type, const llvm::json::Value &data,
                 function_ref<InFlightDiagnostic()> emitError) {
  SmallVector<const llvm::json::Value *> leaves;
  flatten(data, leaves);
  int64_t count = type.getNumElements();
  bool fill = leaves.size() == 1 && !data.getAsArray();
  if (!fill && static_cast<int64_t>(leaves.size()) != count)
    return emitError() << "data has " << leaves.size()
                       << " values but the shape holds " << count;
  Type elementType = type.getElementType();
  if (auto floatType = dyn_cast<FloatType>(elementType)) {
    SmallVector<APFloat> values;
    for (const llvm::json::Value *leaf : leaves) {
      std::optional<double> number = getJsonDouble(*leaf);
      if (!number)
        return emitError() << "data value is not a number";
      APFloat value(*number);
      bool losesInfo = false;
      value.convert(floatType.getFloatSemantics(),
                    APFloat::rmNearestTiesToEven, &losesInfo);
      values.push_back(value);
    }
    if (fill)
      return DenseElementsAttr::get(type, values.front());
    return DenseElementsAttr::get(type, values);
  }
  auto intType = cast<IntegerType>(elementType);
  SmallVector<APInt> values;
  for (const llvm::json::Value *leaf : leaves) {
    std::optional<APInt> value =
        getInteger(*leaf, intType.getWidth(), intType.isUnsigned());
    if (!value)
      return emitError() << "data value is not an integer";
    values.push_back(*value);
  }
  if (fill)
    return DenseElementsAttr::get(type, values.front());
  return DenseElementsAttr::get(type, values);
}

size_t getElementStorageSize(Type elementType) {
  return std::max<size_t>(1, elementType.getIntOrFloatBitWidth() / 8);
}

FailureOr<DenseElementsAttr>
elementsFromBytes(RankedTensorType type, ArrayRef<char> bytes,
                  function_ref<InFlightDiagnostic()> emitError) {
  Type elementType = type.getElementType();
  size_t elementSize = getElementStorageSize(elementType);
  size_t expected = static_cast<size_t>(type.getNumElements()) * elementSize;
  if (bytes.size() != expected)
    return emitError() << "data has " << bytes.size() << " bytes but "
                       << type << " needs " << expected;
  unsigned width = elementType.getIntOrFloatBitWidth();
  SmallVector<APInt> values;
  values.reserve(type.getNumElements());
  for (int64_t i = 0, e = type.getNumElements(); i < e; ++i) {
    uint64_t word = 0;
    for (size_t b = 0; b < elementSize; ++b)
      word |= uint64_t(static_cast<uint8_t>(bytes[i * elementSize + b]))
              << (8 * b);
    values.push_back(APInt(elementSize * 8, word).trunc(width));
  }
  if (auto floatType = dyn_cast<FloatType>(elementType)) {
    SmallVector<APFloat> floats;
    for (const APInt &bits : values)
      floats.push_back(APFloat(floatType.getFloatSemantics(), bits));
    return DenseElementsAttr::get(type, floats);
  }
  return DenseElementsAttr::get(type, values);
}

} // namespace webnnc
