//===- Tensor.h - host tensors of the reference interpreter ---*- C++ -*-===//
//
// A dense, row-major host buffer of one WebNN data type. The interpreter
// stores every element unpacked in its C++ type (float16 as IEEE half bits,
// int4/uint4 one per byte) so kernels index it directly.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_INTERPRETER_TENSOR_H
#define WEBNNC_INTERPRETER_TENSOR_H

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <vector>

namespace webnnc::interp {

/// MLOperandDataType, plus the int4/uint4 the WPT cases use.
enum class DataType : uint8_t {
  Float32,
  Float16,
  Int32,
  Uint32,
  Int64,
  Uint64,
  Int8,
  Uint8,
  Int4,
  Uint4,
};

/// The spec's name ("float32", "uint8", ...).
llvm::StringRef getDataTypeName(DataType type);
std::optional<DataType> parseDataType(llvm::StringRef name);
/// The data type of an MLIR element type; nullopt for non-WebNN types.
std::optional<DataType> getDataType(mlir::Type elementType);
mlir::Type getElementType(mlir::MLIRContext *context, DataType type);
/// Bytes one element takes in a Tensor (int4/uint4: 1, unpacked).
size_t getStorageSize(DataType type);
bool isFloat(DataType type);
bool isSigned(DataType type);
/// The smallest and largest value of an integer type (int4: -8, 7).
int64_t getIntegerMin(DataType type);
uint64_t getIntegerMax(DataType type);

/// IEEE 754 binary16, the storage of float16 tensors.
struct Half {
  uint16_t bits = 0;
  /// Round to nearest, ties to even; overflow to infinity.
  static Half fromFloat(float value);
  static Half fromDouble(double value);
  float toFloat() const;
};

/// The C++ storage type of each data type.
template <DataType T> struct StorageOf;
template <> struct StorageOf<DataType::Float32> { using type = float; };
template <> struct StorageOf<DataType::Float16> { using type = Half; };
template <> struct StorageOf<DataType::Int32> { using type = int32_t; };
template <> struct StorageOf<DataType::Uint32> { using type = uint32_t; };
template <> struct StorageOf<DataType::Int64> { using type = int64_t; };
template <> struct StorageOf<DataType::Uint64> { using type = uint64_t; };
template <> struct StorageOf<DataType::Int8> { using type = int8_t; };
template <> struct StorageOf<DataType::Uint8> { using type = uint8_t; };
template <> struct StorageOf<DataType::Int4> { using type = int8_t; };
template <> struct StorageOf<DataType::Uint4> { using type = uint8_t; };

/// Calls `fn(std::integral_constant<DataType, T>{})` for the runtime data
/// type, so generic kernels get the storage type as
/// `typename StorageOf<decltype(tag)::value>::type`.
template <typename Fn>
decltype(auto) visitDataType(DataType type, Fn &&fn) {
  switch (type) {
#define WEBNNC_VISIT(T)                                                       \
  case DataType::T:                                                           \
    return fn(std::integral_constant<DataType, DataType::T>{});
    WEBNNC_VISIT(Float32)
    WEBNNC_VISIT(Float16)
    WEBNNC_VISIT(Int32)
    WEBNNC_VISIT(Uint32)
    WEBNNC_VISIT(Int64)
    WEBNNC_VISIT(Uint64)
    WEBNNC_VISIT(Int8)
    WEBNNC_VISIT(Uint8)
    WEBNNC_VISIT(Int4)
    WEBNNC_VISIT(Uint4)
#undef WEBNNC_VISIT
  }
  __builtin_unreachable();
}

class Tensor {
public:
  Tensor() = default;
  /// A zero-filled tensor.
  Tensor(DataType type, llvm::ArrayRef<int64_t> shape);

  DataType getDataType() const { return type; }
  llvm::ArrayRef<int64_t> getShape() const { return shape; }
  int64_t getRank() const { return static_cast<int64_t>(shape.size()); }
  int64_t getNumElements() const { return numElements; }
  /// Row-major strides in elements.
  llvm::SmallVector<int64_t> getStrides() const;

  uint8_t *getBytes() { return storage.data(); }
  const uint8_t *getBytes() const { return storage.data(); }
  size_t getByteSize() const { return storage.size(); }

  /// Typed element access; T must be the storage type of the data type.
  template <typename T> T *data() { return reinterpret_cast<T *>(getBytes()); }
  template <typename T> const T *data() const {
    return reinterpret_cast<const T *>(getBytes());
  }

  /// Element `index` (flat, row-major) as a double: exact for floats and
  /// integers up to 2^53.
  double getDouble(int64_t index) const;
  /// Stores `value` with the spec's cast to this data type: floats round to
  /// nearest (float16 overflows to infinity), integers truncate toward zero
  /// and wrap modulo 2^bits (NaN becomes 0).
  void setDouble(int64_t index, double value);
  /// Integer element access without going through double (int64/uint64
  /// beyond 2^53, indices).
  int64_t getInt64(int64_t index) const;
  /// Stores the integer `value` with the spec's cast: floats round once to
  /// nearest (float16 overflows to infinity), integers keep the low bits
  /// (wrap modulo 2^bits).
  void setInt64(int64_t index, int64_t value);
  /// setInt64 of an unsigned value (uint64 beyond 2^63 included).
  void setUint64(int64_t index, uint64_t value);

  /// The same data with another shape of the same element count.
  Tensor reshaped(llvm::ArrayRef<int64_t> newShape) const;

private:
  /// setInt64/setUint64: `value` is the integer's 64 bits, read as signed
  /// or unsigned.
  void setInteger(int64_t index, uint64_t value, bool isSigned);

  DataType type = DataType::Float32;
  llvm::SmallVector<int64_t, 4> shape;
  int64_t numElements = 0;
  std::vector<uint8_t> storage;
};

/// The flat index into a tensor of shape `from` that an element of a tensor
/// of shape `to` reads when `from` is broadcast to `to` (numpy rules; `from`
/// may have fewer dimensions).
class BroadcastIndexer {
public:
  BroadcastIndexer(llvm::ArrayRef<int64_t> from, llvm::ArrayRef<int64_t> to);
  int64_t map(int64_t toIndex) const;

private:
  llvm::SmallVector<int64_t> toShape;
  /// Per dimension of `to`: the stride in `from` (0 where broadcast).
  llvm::SmallVector<int64_t> fromStrides;
  bool identity = false;
};

} // namespace webnnc::interp

#endif // WEBNNC_INTERPRETER_TENSOR_H
