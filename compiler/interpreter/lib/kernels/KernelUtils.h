//===- KernelUtils.h - helpers shared by interpreter kernels --*- C++ -*-===//
#ifndef WEBNNC_INTERPRETER_KERNELUTILS_H
#define WEBNNC_INTERPRETER_KERNELUTILS_H

#include "webnnc/Interpreter/Interpreter.h"

#include <cmath>

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
