//===- KernelUtils.h - helpers shared by interpreter kernels --*- C++ -*-===//
#ifndef WEBNNC_INTERPRETER_KERNELUTILS_H
#define WEBNNC_INTERPRETER_KERNELUTILS_H

#include "webnnc/Interpreter/Interpreter.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/STLExtras.h"

#include <cmath>
#include <type_traits>
#include <vector>

namespace webnnc::interp {

/// The storage type of a visitDataType tag.
template <typename Tag>
using StorageType = typename StorageOf<Tag::value>::type;

/// The type arithmetic happens in for a storage type: float for float32 and
/// float16 (float16 results are rounded to half once, on store), the
/// storage type itself for integers.
template <typename T> struct ComputeOf { using type = T; };
template <> struct ComputeOf<Half> { using type = float; };
template <typename T> using ComputeType = typename ComputeOf<T>::type;

template <typename T> inline ComputeType<T> load(const T &value) {
  if constexpr (std::is_same_v<T, Half>)
    return value.toFloat();
  else
    return value;
}

template <typename T> inline T store(ComputeType<T> value) {
  if constexpr (std::is_same_v<T, Half>)
    return Half::fromFloat(value);
  else
    return static_cast<T>(value);
}

/// Rounds an exact (double) result once to the float storage type T:
/// float16 rounds to nearest even straight from double (store<Half> would
/// round to float first), overflowing to infinity.
template <typename T> inline T roundTo(double value) {
  static_assert(std::is_same_v<T, Half> || std::is_same_v<T, float>);
  if constexpr (std::is_same_v<T, Half>)
    return Half::fromDouble(value);
  else
    return static_cast<T>(value);
}

/// store<T> keyed by the data type, for results that can leave an integer
/// type's range: int4/uint4 share int8/uint8 storage, so only the data type
/// tells that they wrap to their 4 bits (two's complement), as the wider
/// integer types wrap by conversion. Every other type stores as store<T>.
template <DataType DT, typename T = typename StorageOf<DT>::type>
inline T store(ComputeType<T> value) {
  if constexpr (DT == DataType::Int4) {
    // Sign-extend the low 4 bits.
    auto low = static_cast<int>(static_cast<unsigned>(value) & 0xFu);
    return static_cast<T>(low >= 8 ? low - 16 : low);
  } else if constexpr (DT == DataType::Uint4) {
    return static_cast<T>(static_cast<unsigned>(value) & 0xFu);
  } else {
    return store<T>(value);
  }
}

/// Calls `fn(tag)` (a visitDataType tag) for a float32 or float16 `type`,
/// the only data types of the float-only ops; any other type (which the
/// dialect rejects) is an error on `op`.
template <typename Fn>
mlir::LogicalResult visitFloatType(mlir::Operation *op, DataType type,
                                   Fn &&fn) {
  if (type == DataType::Float32)
    fn(std::integral_constant<DataType, DataType::Float32>{});
  else if (type == DataType::Float16)
    fn(std::integral_constant<DataType, DataType::Float16>{});
  else
    return op->emitOpError("expects a float32 or float16 input, got ")
           << getDataTypeName(type);
  return mlir::success();
}

/// The spec's cast of a float option (an F32Attr: already float32) to the
/// float data type `type`: float16 rounds it to half. As a float.
inline float castToFloatType(const llvm::APFloat &option, DataType type) {
  float value = option.convertToFloat();
  return type == DataType::Float16 ? Half::fromFloat(value).toFloat() : value;
}

/// The tensor of `value`, an operand of `op` (in practice the typed getter
/// of an optional operand): null when `value` is null (the operand is
/// absent). `operands[i]` is `op->getOperand(i)`; a Value used twice is the
/// same tensor, so the first match is right.
inline const Tensor *getOptionalOperand(mlir::Operation *op,
                                        llvm::ArrayRef<const Tensor *> operands,
                                        mlir::Value value) {
  if (!value)
    return nullptr;
  for (auto [index, operand] : llvm::enumerate(op->getOperands()))
    if (operand == value)
      return operands[index];
  return nullptr;
}

/// For every element of a row-major tensor of `shape`, in order, the offset
/// sum(coordinate[d] * strides[d]): the flat index of the element it maps
/// to in another tensor (a stride of 0 drops the dimension). Computed with
/// an odometer, O(1) amortized per element.
inline std::vector<int64_t> projectIndices(llvm::ArrayRef<int64_t> shape,
                                           llvm::ArrayRef<int64_t> strides) {
  int64_t count = 1;
  for (int64_t size : shape)
    count *= size;
  std::vector<int64_t> result(count);
  int64_t rank = static_cast<int64_t>(shape.size());
  llvm::SmallVector<int64_t> coordinate(rank, 0);
  int64_t offset = 0;
  for (int64_t i = 0; i < count; ++i) {
    result[i] = offset;
    for (int64_t d = rank - 1; d >= 0; --d) {
      offset += strides[d];
      if (++coordinate[d] < shape[d])
        break;
      offset -= strides[d] * shape[d];
      coordinate[d] = 0;
    }
  }
  return result;
}

/// How the elements of a tensor fall into groups when the dimensions marked
/// in `reduced` are reduced: one group per combination of the kept
/// coordinates, numbered row-major in the kept dimensions (the flat order
/// of a reduction's output, with or without keepDimensions).
struct ReductionGroups {
  /// Per element (row-major), the flat index of its group.
  std::vector<int64_t> groupOf;
  int64_t numGroups = 1;
  /// Elements per group (the product of the reduced dimensions).
  int64_t groupSize = 1;
};
inline ReductionGroups computeReductionGroups(llvm::ArrayRef<int64_t> shape,
                                              llvm::ArrayRef<bool> reduced) {
  int64_t rank = static_cast<int64_t>(shape.size());
  ReductionGroups groups;
  llvm::SmallVector<int64_t> strides(rank, 0);
  for (int64_t d = rank - 1; d >= 0; --d) {
    if (reduced[d]) {
      groups.groupSize *= shape[d];
    } else {
      strides[d] = groups.numGroups;
      groups.numGroups *= shape[d];
    }
  }
  groups.groupOf = projectIndices(shape, strides);
  return groups;
}

/// A shape seen as [outer, size, inner] around dimension `axis`: element
/// (o, k, i) is at flat index (o * size + k) * inner + i.
struct AxisSplit {
  int64_t outer = 1, size = 1, inner = 1;
};
inline AxisSplit splitAtAxis(llvm::ArrayRef<int64_t> shape, int64_t axis) {
  AxisSplit split;
  split.size = shape[axis];
  for (int64_t d = 0; d < axis; ++d)
    split.outer *= shape[d];
  for (int64_t d = axis + 1, e = static_cast<int64_t>(shape.size()); d < e;
       ++d)
    split.inner *= shape[d];
  return split;
}

/// Integer arithmetic that wraps modulo 2^bits (two's complement), done in
/// the unsigned type (at least `unsigned` wide so small types do not
/// promote to signed int); floats use plain IEEE arithmetic.
template <typename C>
using WrapType = std::conditional_t<(sizeof(C) < sizeof(unsigned)), unsigned,
                                    std::make_unsigned_t<C>>;
template <typename C> inline C wrapAdd(C a, C b) {
  if constexpr (std::is_integral_v<C>) {
    using U = WrapType<C>;
    return static_cast<C>(static_cast<U>(a) + static_cast<U>(b));
  } else {
    return a + b;
  }
}
template <typename C> inline C wrapSub(C a, C b) {
  if constexpr (std::is_integral_v<C>) {
    using U = WrapType<C>;
    return static_cast<C>(static_cast<U>(a) - static_cast<U>(b));
  } else {
    return a - b;
  }
}
template <typename C> inline C wrapMul(C a, C b) {
  if constexpr (std::is_integral_v<C>) {
    using U = WrapType<C>;
    // Truncate both to C's width first: the product modulo 2^bits of C
    // only depends on the low bits, and it keeps the unsigned product exact
    // mod 2^32 or 2^64.
    using N = std::make_unsigned_t<C>;
    return static_cast<C>(static_cast<U>(static_cast<N>(a)) *
                          static_cast<U>(static_cast<N>(b)));
  } else {
    return a * b;
  }
}
/// |x|; for signed integers the minimum value wraps to itself.
template <typename C> inline C wrapAbs(C x) {
  if constexpr (std::is_unsigned_v<C>)
    return x;
  else if constexpr (std::is_integral_v<C>)
    return x < C(0) ? wrapSub<C>(0, x) : x;
  else
    return std::fabs(x);
}

/// Applies `fn(a, b)` element-wise with bidirectional broadcasting;
/// operands and result share the data type of `a` (binary ops) unless the
/// caller's fn returns another type handled by `Out`.
template <typename In, typename Out, typename Fn>
void broadcastBinary(const Tensor &a, const Tensor &b, Tensor &result,
                     Fn &&fn) {
  BroadcastIndexer aIndex(a.getShape(), result.getShape());
  BroadcastIndexer bIndex(b.getShape(), result.getShape());
  const In *aData = a.data<In>();
  const In *bData = b.data<In>();
  Out *out = result.data<Out>();
  for (int64_t i = 0, e = result.getNumElements(); i < e; ++i)
    out[i] = fn(aData[aIndex.map(i)], bData[bIndex.map(i)]);
}

/// Applies `fn(x)` to every element, same data type in and out.
template <typename T, typename Fn>
void mapUnary(const Tensor &input, Tensor &result, Fn &&fn) {
  const T *in = input.data<T>();
  T *out = result.data<T>();
  for (int64_t i = 0, e = input.getNumElements(); i < e; ++i)
    out[i] = store<T>(fn(load(in[i])));
}

} // namespace webnnc::interp

#endif // WEBNNC_INTERPRETER_KERNELUTILS_H
