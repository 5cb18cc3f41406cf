//===- Tensor.cpp - host tensors of the reference interpreter -------------===//
#include "webnnc/Interpreter/Tensor.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/StringSwitch.h"
#include <cmath>
#include <cstring>
#include <limits>

namespace webnnc::interp {

llvm::StringRef getDataTypeName(DataType type) {
  switch (type) {
  case DataType::Float32:
    return "float32";
  case DataType::Float16:
    return "float16";
  case DataType::Int32:
    return "int32";
  case DataType::Uint32:
    return "uint32";
  case DataType::Int64:
    return "int64";
  case DataType::Uint64:
    return "uint64";
  case DataType::Int8:
    return "int8";
  case DataType::Uint8:
    return "uint8";
  case DataType::Int4:
    return "int4";
  case DataType::Uint4:
    return "uint4";
  }
  return "unknown";
}

std::optional<DataType> parseDataType(llvm::StringRef name) {
  return llvm::StringSwitch<std::optional<DataType>>(name)
      .Case("float32", DataType::Float32)
      .Case("float16", DataType::Float16)
      .Case("int32", DataType::Int32)
      .Case("uint32", DataType::Uint32)
      .Case("int64", DataType::Int64)
      .Case("uint64", DataType::Uint64)
      .Case("int8", DataType::Int8)
      .Case("uint8", DataType::Uint8)
      .Case("int4", DataType::Int4)
      .Case("uint4", DataType::Uint4)
      .Default(std::nullopt);
}

std::optional<DataType> getDataType(mlir::Type elementType) {
  if (elementType.isF32())
    return DataType::Float32;
  if (elementType.isF16())
    return DataType::Float16;
  auto intType = llvm::dyn_cast<mlir::IntegerType>(elementType);
  if (!intType || intType.isSigned())
    return std::nullopt;
  bool isUnsigned = intType.isUnsigned();
  switch (intType.getWidth()) {
  case 64:
    return isUnsigned ? DataType::Uint64 : DataType::Int64;
  case 32:
    return isUnsigned ? DataType::Uint32 : DataType::Int32;
  case 8:
    return isUnsigned ? DataType::Uint8 : DataType::Int8;
  case 4:
    return isUnsigned ? DataType::Uint4 : DataType::Int4;
  default:
    return std::nullopt;
  }
}

mlir::Type getElementType(mlir::MLIRContext *context, DataType type) {
  mlir::Builder b(context);
  switch (type) {
  case DataType::Float32:
    return b.getF32Type();
  case DataType::Float16:
    return b.getF16Type();
  case DataType::Int32:
    return b.getIntegerType(32);
  case DataType::Uint32:
    return b.getIntegerType(32, /*isSigned=*/false);
  case DataType::Int64:
    return b.getIntegerType(64);
  case DataType::Uint64:
    return b.getIntegerType(64, /*isSigned=*/false);
  case DataType::Int8:
    return b.getIntegerType(8);
  case DataType::Uint8:
    return b.getIntegerType(8, /*isSigned=*/false);
  case DataType::Int4:
    return b.getIntegerType(4);
  case DataType::Uint4:
    return b.getIntegerType(4, /*isSigned=*/false);
  }
  return {};
}

size_t getStorageSize(DataType type) {
  return visitDataType(type, [](auto tag) {
    return sizeof(typename StorageOf<decltype(tag)::value>::type);
  });
}

bool isFloat(DataType type) {
  return type == DataType::Float32 || type == DataType::Float16;
}

bool isSigned(DataType type) {
  switch (type) {
  case DataType::Uint32:
  case DataType::Uint64:
  case DataType::Uint8:
  case DataType::Uint4:
    return false;
  default:
    return true;
  }
}

static unsigned getBitWidth(DataType type) {
  switch (type) {
  case DataType::Int4:
  case DataType::Uint4:
    return 4;
  case DataType::Int8:
  case DataType::Uint8:
    return 8;
  case DataType::Float16:
    return 16;
  case DataType::Int32:
  case DataType::Uint32:
  case DataType::Float32:
    return 32;
  case DataType::Int64:
  case DataType::Uint64:
    return 64;
  }
  return 0;
}

int64_t getIntegerMin(DataType type) {
  if (!isSigned(type))
    return 0;
  return -(int64_t(1) << (getBitWidth(type) - 1));
}

uint64_t getIntegerMax(DataType type) {
  unsigned bits = getBitWidth(type) - (isSigned(type) ? 1 : 0);
  return bits >= 64 ? std::numeric_limits<uint64_t>::max()
                    : (uint64_t(1) << bits) - 1;
}

//===----------------------------------------------------------------------===//
// Half
//===----------------------------------------------------------------------===//

Half Half::fromDouble(double value) {
  // Converting from double directly avoids rounding twice (double -> float
  // -> half), which the spec's single ConvertToFloat does not do.
  llvm::APFloat converted(value);
  bool losesInfo = false;
  converted.convert(llvm::APFloat::IEEEhalf(),
                    llvm::APFloat::rmNearestTiesToEven, &losesInfo);
  Half half;
  half.bits =
      static_cast<uint16_t>(converted.bitcastToAPInt().getZExtValue());
  return half;
}

Half Half::fromFloat(float value) { return fromDouble(value); }

float Half::toFloat() const {
  llvm::APFloat value(llvm::APFloat::IEEEhalf(), llvm::APInt(16, bits));
  bool losesInfo = false;
  value.convert(llvm::APFloat::IEEEsingle(),
                llvm::APFloat::rmNearestTiesToEven, &losesInfo);
  return value.convertToFloat();
}

//===----------------------------------------------------------------------===//
// Tensor
//===----------------------------------------------------------------------===//

Tensor::Tensor(DataType type, llvm::ArrayRef<int64_t> shape)
    : type(type), shape(shape.begin(), shape.end()) {
  numElements = 1;
  for (int64_t dim : shape)
    numElements *= dim;
  storage.assign(static_cast<size_t>(numElements) * getStorageSize(type), 0);
}

llvm::SmallVector<int64_t> Tensor::getStrides() const {
  llvm::SmallVector<int64_t> strides(shape.size(), 1);
  for (int64_t i = getRank() - 2; i >= 0; --i)
    strides[i] = strides[i + 1] * shape[i + 1];
  return strides;
}

double Tensor::getDouble(int64_t index) const {
  return visitDataType(type, [&](auto tag) -> double {
    using T = typename StorageOf<decltype(tag)::value>::type;
    T value = data<T>()[index];
    if constexpr (std::is_same_v<T, Half>)
      return value.toFloat();
    else
      return static_cast<double>(value);
  });
}

/// Wraps `value` (already an integer) into `type`'s range modulo 2^bits.
static int64_t wrapInteger(int64_t value, DataType type) {
  unsigned bits = getBitWidth(type);
  if (bits == 64)
    return value;
  uint64_t mask = (uint64_t(1) << bits) - 1;
  uint64_t low = static_cast<uint64_t>(value) & mask;
  if (isSigned(type) && (low >> (bits - 1)))
    return static_cast<int64_t>(low | ~mask);
  return static_cast<int64_t>(low);
}

void Tensor::setDouble(int64_t index, double value) {
  if (type == DataType::Float32) {
    data<float>()[index] = static_cast<float>(value);
    return;
  }
  if (type == DataType::Float16) {
    data<Half>()[index] = Half::fromDouble(value);
    return;
  }
  // Integers: truncate toward zero; NaN becomes 0 and values beyond 64 bits
  // saturate (both implementation-defined in the spec's cast table).
  if (std::isnan(value)) {
    setInt64(index, 0);
    return;
  }
  double truncated = std::trunc(value);
  if (type == DataType::Uint64) {
    uint64_t result =
        truncated <= 0 ? 0
        : truncated >= 18446744073709551616.0
            ? std::numeric_limits<uint64_t>::max()
            : static_cast<uint64_t>(truncated);
    data<uint64_t>()[index] = result;
    return;
  }
  int64_t integer =
      truncated >= 9223372036854775808.0 ? std::numeric_limits<int64_t>::max()
      : truncated < -9223372036854775808.0
          ? std::numeric_limits<int64_t>::min()
          : static_cast<int64_t>(truncated);
  setInt64(index, integer);
}

/// A float truncated toward zero into int64: NaN is 0, out-of-range values
/// saturate (the spec leaves both implementation-defined).
static int64_t floatToInt64(double value) {
  if (std::isnan(value))
    return 0;
  if (value >= 9223372036854775808.0)
    return std::numeric_limits<int64_t>::max();
  if (value < -9223372036854775808.0)
    return std::numeric_limits<int64_t>::min();
  return static_cast<int64_t>(value);
}

int64_t Tensor::getInt64(int64_t index) const {
  return visitDataType(type, [&](auto tag) -> int64_t {
    using T = typename StorageOf<decltype(tag)::value>::type;
    T value = data<T>()[index];
    if constexpr (std::is_same_v<T, Half>)
      return floatToInt64(value.toFloat());
    else if constexpr (std::is_floating_point_v<T>)
      return floatToInt64(value);
    else
      return static_cast<int64_t>(value);
  });
}

void Tensor::setInt64(int64_t index, int64_t value) {
  setInteger(index, static_cast<uint64_t>(value), /*isSigned=*/true);
}

void Tensor::setUint64(int64_t index, uint64_t value) {
  setInteger(index, value, /*isSigned=*/false);
}

void Tensor::setInteger(int64_t index, uint64_t value, bool isSigned) {
  if (isFloat(type)) {
    // One rounding from the exact integer (through double would round
    // twice for magnitudes beyond 2^53: 2^63 + 2^39 + 1 would first round
    // to the float32 tie 2^63 + 2^39, then to even, 2^63).
    llvm::APFloat converted(type == DataType::Float16
                                ? llvm::APFloat::IEEEhalf()
                                : llvm::APFloat::IEEEsingle());
    converted.convertFromAPInt(llvm::APInt(64, value), isSigned,
                               llvm::APFloat::rmNearestTiesToEven);
    uint64_t bits = converted.bitcastToAPInt().getZExtValue();
    if (type == DataType::Float16)
      data<Half>()[index] = Half{static_cast<uint16_t>(bits)};
    else
      data<float>()[index] = converted.convertToFloat();
    return;
  }
  visitDataType(type, [&](auto tag) {
    using T = typename StorageOf<decltype(tag)::value>::type;
    if constexpr (std::is_integral_v<T>)
      data<T>()[index] =
          static_cast<T>(wrapInteger(static_cast<int64_t>(value), type));
  });
}

Tensor Tensor::reshaped(llvm::ArrayRef<int64_t> newShape) const {
  Tensor result = *this;
  result.shape.assign(newShape.begin(), newShape.end());
  return result;
}

//===----------------------------------------------------------------------===//
// BroadcastIndexer
//===----------------------------------------------------------------------===//

BroadcastIndexer::BroadcastIndexer(llvm::ArrayRef<int64_t> from,
                                   llvm::ArrayRef<int64_t> to)
    : toShape(to.begin(), to.end()), fromStrides(to.size(), 0) {
  identity = from == to;
  size_t offset = to.size() - from.size();
  int64_t stride = 1;
  for (int64_t i = static_cast<int64_t>(from.size()) - 1; i >= 0; --i) {
    fromStrides[offset + i] = from[i] == 1 ? 0 : stride;
    stride *= from[i];
  }
}

int64_t BroadcastIndexer::map(int64_t toIndex) const {
  if (identity)
    return toIndex;
  int64_t fromIndex = 0;
  for (int64_t i = static_cast<int64_t>(toShape.size()) - 1; i >= 0; --i) {
    int64_t coordinate = toIndex % toShape[i];
    toIndex /= toShape[i];
    fromIndex += coordinate * fromStrides[i];
  }
  return fromIndex;
}

} // namespace webnnc::interp
