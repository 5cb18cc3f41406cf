//===- ElementwiseKernels.cpp - element-wise ops in the interpreter -------===//
//
// Spec sections "element-wise binary operations" (add, sub, mul, div, max,
// min, pow), "element-wise logical operations" (comparisons, logicalNot/And/
// Or/Xor, isNaN, isInfinite), "element-wise unary operations", "where" and
// "cast".
//
// Two helpers carry every op: runBinary (bidirectional broadcasting of a and
// b) and runUnary. The per-op lambda gets elements in the compute type
// (float for float32/float16, the storage type for integers) and returns
//   - bool: stored as uint8 0/1 (comparisons, logical ops, isNaN, ...);
//   - double: stored with the spec's cast to the output data type, i.e. one
//     rounding from double (the transcendental functions: they are evaluated
//     in double so the oracle is as close as possible to the exact result,
//     and float16 is rounded once, not double -> float -> half);
//   - the compute type: stored in the operand's data type (arithmetic).
// Integer results wrap modulo 2^bits (two's complement); int4/uint4 (stored
// one per byte) are wrapped to 4 bits on store so they stay in range.
//
//===----------------------------------------------------------------------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

#include <cstring>
#include <limits>
#include <type_traits>

using namespace mlir;

namespace webnnc::interp {

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// Stores `fn`'s result (bool, double or the compute type, see the file
/// comment) as element `index` of `result`.
template <DataType DT, typename R>
static void storeResult(Tensor &result, int64_t index, R value) {
  using T = typename StorageOf<DT>::type;
  if constexpr (std::is_same_v<R, bool>) {
    result.data<uint8_t>()[index] = value ? 1 : 0;
  } else if constexpr (std::is_same_v<R, double>) {
    result.setDouble(index, value);
  } else {
    result.data<T>()[index] = store<DT>(value);
  }
}

/// The one element-wise binary helper: a and b have the same data type and
/// broadcast bidirectionally to the result's shape (spec "bidirectionally
/// broadcasting"). `fn(a, b)` on compute-type values.
template <typename Fn>
static LogicalResult runBinary(ArrayRef<const Tensor *> operands,
                               MutableArrayRef<Tensor> results, Fn fn) {
  const Tensor &a = *operands[0];
  const Tensor &b = *operands[1];
  Tensor &result = results[0];
  visitDataType(a.getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    BroadcastIndexer aIndex(a.getShape(), result.getShape());
    BroadcastIndexer bIndex(b.getShape(), result.getShape());
    const T *aData = a.data<T>();
    const T *bData = b.data<T>();
    for (int64_t i = 0, e = result.getNumElements(); i < e; ++i)
      storeResult<decltype(tag)::value>(
          result, i, fn(load(aData[aIndex.map(i)]), load(bData[bIndex.map(i)])));
  });
  return success();
}

/// The one element-wise unary helper: `fn(x)` on compute-type values.
template <typename Fn>
static LogicalResult runUnary(ArrayRef<const Tensor *> operands,
                              MutableArrayRef<Tensor> results, Fn fn) {
  const Tensor &input = *operands[0];
  Tensor &result = results[0];
  visitDataType(input.getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    const T *in = input.data<T>();
    for (int64_t i = 0, e = input.getNumElements(); i < e; ++i)
      storeResult<decltype(tag)::value>(result, i, fn(load(in[i])));
  });
  return success();
}

/// Integer division truncated toward zero (spec: "Integer types are
/// truncated toward zero"). The spec does not define division by zero; we
/// return 0 (as numpy does). The most negative value divided by -1 wraps to
/// itself (two's complement negation), which the int4 store wrap also gives.
template <typename C> static C integerDiv(C a, C b) {
  if (b == 0)
    return 0;
  if constexpr (std::is_signed_v<C>) {
    if (b == -1)
      return wrapSub<C>(0, a);
  }
  return static_cast<C>(a / b);
}

/// Integer power: a^b by repeated squaring, wrapping modulo 2^bits like
/// mul. The spec defines pow only as "the values of the first input tensor
/// to the power of the values of the second"; for a negative exponent we
/// take the exact value 1/a^|b| truncated toward zero like div: 1 for a = 1,
/// +-1 for a = -1 (by parity), 0 for |a| > 1, and 0 for a = 0 (division by
/// zero, as div).
template <typename C> static C integerPow(C a, C b) {
  if constexpr (std::is_signed_v<C>) {
    if (b < 0) {
      if (a == 1)
        return 1;
      if (a == -1)
        return (b & 1) ? C(-1) : C(1);
      return 0;
    }
  }
  C result = 1;
  C base = a;
  using N = std::make_unsigned_t<C>;
  for (N exponent = static_cast<N>(b); exponent; exponent >>= 1) {
    if (exponent & 1)
      result = wrapMul(result, base);
    base = wrapMul(base, base);
  }
  return result;
}

/// max/min of floats: NaN if either is NaN (NaN propagates, as JavaScript's
/// Math.max/min and IEEE 754-2019 maximum/minimum); max(-0, +0) = +0 and
/// min(-0, +0) = -0. The spec does not say; this is what most backends do.
template <typename C> static C maximum(C a, C b) {
  if constexpr (std::is_floating_point_v<C>) {
    if (std::isnan(a) || std::isnan(b))
      return std::numeric_limits<C>::quiet_NaN();
    if (a == b)
      return std::signbit(a) ? b : a;
  }
  return a > b ? a : b;
}
template <typename C> static C minimum(C a, C b) {
  if constexpr (std::is_floating_point_v<C>) {
    if (std::isnan(a) || std::isnan(b))
      return std::numeric_limits<C>::quiet_NaN();
    if (a == b)
      return std::signbit(a) ? a : b;
  }
  return a < b ? a : b;
}

//===----------------------------------------------------------------------===//
// Element-wise binary operations
//===----------------------------------------------------------------------===//

static LogicalResult runAdd(Operation *, ArrayRef<const Tensor *> operands,
                            MutableArrayRef<Tensor> results) {
  // Integer addition wraps (two's complement).
  return runBinary(operands, results,
                   [](auto a, auto b) { return wrapAdd(a, b); });
}

static LogicalResult runSub(Operation *, ArrayRef<const Tensor *> operands,
                            MutableArrayRef<Tensor> results) {
  return runBinary(operands, results,
                   [](auto a, auto b) { return wrapSub(a, b); });
}

static LogicalResult runMul(Operation *, ArrayRef<const Tensor *> operands,
                            MutableArrayRef<Tensor> results) {
  return runBinary(operands, results,
                   [](auto a, auto b) { return wrapMul(a, b); });
}

static LogicalResult runDiv(Operation *, ArrayRef<const Tensor *> operands,
                            MutableArrayRef<Tensor> results) {
  // Floats: IEEE division (x/0 is +-Inf, 0/0 NaN), correctly rounded in
  // float, which is also correctly rounded for float16 (24 >= 2*11+2 bits).
  return runBinary(operands, results, [](auto a, auto b) {
    if constexpr (std::is_integral_v<decltype(a)>)
      return integerDiv(a, b);
    else
      return a / b;
  });
}

static LogicalResult runMax(Operation *, ArrayRef<const Tensor *> operands,
                            MutableArrayRef<Tensor> results) {
  return runBinary(operands, results,
                   [](auto a, auto b) { return maximum(a, b); });
}

static LogicalResult runMin(Operation *, ArrayRef<const Tensor *> operands,
                            MutableArrayRef<Tensor> results) {
  return runBinary(operands, results,
                   [](auto a, auto b) { return minimum(a, b); });
}

static LogicalResult runPow(Operation *, ArrayRef<const Tensor *> operands,
                            MutableArrayRef<Tensor> results) {
  // Floats: C's pow in double, rounded once to the data type.
  return runBinary(operands, results, [](auto a, auto b) {
    if constexpr (std::is_integral_v<decltype(a)>)
      return integerPow(a, b);
    else
      return std::pow(static_cast<double>(a), static_cast<double>(b));
  });
}

//===----------------------------------------------------------------------===//
// Element-wise logical operations
//===----------------------------------------------------------------------===//
// Comparisons are IEEE comparisons on floats: any comparison with NaN is
// false except notEqual, and greaterOrEqual/lesserOrEqual are not the
// negation of lesser/greater (the spec's note on NaN handling).

static LogicalResult runEqual(Operation *, ArrayRef<const Tensor *> operands,
                              MutableArrayRef<Tensor> results) {
  return runBinary(operands, results,
                   [](auto a, auto b) -> bool { return a == b; });
}

static LogicalResult runNotEqual(Operation *,
                                 ArrayRef<const Tensor *> operands,
                                 MutableArrayRef<Tensor> results) {
  return runBinary(operands, results,
                   [](auto a, auto b) -> bool { return a != b; });
}

static LogicalResult runGreater(Operation *, ArrayRef<const Tensor *> operands,
                                MutableArrayRef<Tensor> results) {
  return runBinary(operands, results,
                   [](auto a, auto b) -> bool { return a > b; });
}

static LogicalResult runGreaterOrEqual(Operation *,
                                       ArrayRef<const Tensor *> operands,
                                       MutableArrayRef<Tensor> results) {
  return runBinary(operands, results,
                   [](auto a, auto b) -> bool { return a >= b; });
}

static LogicalResult runLesser(Operation *, ArrayRef<const Tensor *> operands,
                               MutableArrayRef<Tensor> results) {
  return runBinary(operands, results,
                   [](auto a, auto b) -> bool { return a < b; });
}

static LogicalResult runLesserOrEqual(Operation *,
                                      ArrayRef<const Tensor *> operands,
                                      MutableArrayRef<Tensor> results) {
  return runBinary(operands, results,
                   [](auto a, auto b) -> bool { return a <= b; });
}

// Logical ops: "treating any non-zero value as true".
static LogicalResult runLogicalNot(Operation *,
                                   ArrayRef<const Tensor *> operands,
                                   MutableArrayRef<Tensor> results) {
  return runUnary(operands, results,
                  [](auto x) -> bool { return x == decltype(x)(0); });
}

static LogicalResult runLogicalAnd(Operation *,
                                   ArrayRef<const Tensor *> operands,
                                   MutableArrayRef<Tensor> results) {
  return runBinary(operands, results, [](auto a, auto b) -> bool {
    return a != decltype(a)(0) && b != decltype(b)(0);
  });
}

static LogicalResult runLogicalOr(Operation *,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  return runBinary(operands, results, [](auto a, auto b) -> bool {
    return a != decltype(a)(0) || b != decltype(b)(0);
  });
}

static LogicalResult runLogicalXor(Operation *,
                                   ArrayRef<const Tensor *> operands,
                                   MutableArrayRef<Tensor> results) {
  return runBinary(operands, results, [](auto a, auto b) -> bool {
    return (a != decltype(a)(0)) != (b != decltype(b)(0));
  });
}

static LogicalResult runIsNaN(Operation *, ArrayRef<const Tensor *> operands,
                              MutableArrayRef<Tensor> results) {
  return runUnary(operands, results, [](auto x) -> bool {
    if constexpr (std::is_floating_point_v<decltype(x)>)
      return std::isnan(x);
    else
      return false;
  });
}

static LogicalResult runIsInfinite(Operation *,
                                   ArrayRef<const Tensor *> operands,
                                   MutableArrayRef<Tensor> results) {
  return runUnary(operands, results, [](auto x) -> bool {
    if constexpr (std::is_floating_point_v<decltype(x)>)
      return std::isinf(x);
    else
      return false;
  });
}

//===----------------------------------------------------------------------===//
// Element-wise unary operations
//===----------------------------------------------------------------------===//

/// A unary op that is a function of real numbers: evaluated in double and
/// rounded once to the data type (float32/float16 only, by the ODS).
#define WEBNNC_DOUBLE_UNARY(NAME, EXPR)                                       \
  static LogicalResult NAME(Operation *, ArrayRef<const Tensor *> operands,   \
                            MutableArrayRef<Tensor> results) {                \
    return runUnary(operands, results, [](auto value) {                       \
      double x = static_cast<double>(value);                                  \
      return static_cast<double>(EXPR);                                       \
    });                                                                       \
  }

WEBNNC_DOUBLE_UNARY(runCeil, std::ceil(x))
WEBNNC_DOUBLE_UNARY(runCos, std::cos(x))
WEBNNC_DOUBLE_UNARY(runErf, std::erf(x))
WEBNNC_DOUBLE_UNARY(runExp, std::exp(x))
WEBNNC_DOUBLE_UNARY(runFloor, std::floor(x))
WEBNNC_DOUBLE_UNARY(runLog, std::log(x))
WEBNNC_DOUBLE_UNARY(runReciprocal, 1.0 / x)
WEBNNC_DOUBLE_UNARY(runSin, std::sin(x))
WEBNNC_DOUBLE_UNARY(runSqrt, std::sqrt(x))
WEBNNC_DOUBLE_UNARY(runTan, std::tan(x))
#undef WEBNNC_DOUBLE_UNARY

/// Round half to even, independent of the floating-point environment's
/// rounding mode (spec example: -2.5 -> -2, -3.5 -> -4, 2.5 -> 2).
static double roundHalfToEven(double x) {
  double rounded = std::round(x); // Halves away from zero.
  if (std::fabs(x - std::trunc(x)) == 0.5)
    rounded = 2.0 * std::round(x / 2.0);
  return rounded;
}

static LogicalResult runRoundEven(Operation *,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  return runUnary(operands, results, [](auto x) {
    return roundHalfToEven(static_cast<double>(x));
  });
}

static LogicalResult runAbs(Operation *, ArrayRef<const Tensor *> operands,
                            MutableArrayRef<Tensor> results) {
  // Integers: abs of the most negative value wraps to itself.
  return runUnary(operands, results, [](auto x) { return wrapAbs(x); });
}

static LogicalResult runNeg(Operation *, ArrayRef<const Tensor *> operands,
                            MutableArrayRef<Tensor> results) {
  // Integers: negation wraps (the most negative value stays itself).
  return runUnary(operands, results, [](auto x) {
    using C = decltype(x);
    if constexpr (std::is_integral_v<C>)
      return wrapSub<C>(0, x);
    else
      return -x;
  });
}

static LogicalResult runSign(Operation *, ArrayRef<const Tensor *> operands,
                             MutableArrayRef<Tensor> results) {
  // Spec: "returning 1 if > 0, -1 if < 0, and 0 otherwise", and its
  // emulation where(greater(x, 0), 1, where(lesser(x, 0), -1, 0)): NaN and
  // -0 give +0.
  return runUnary(operands, results, [](auto x) {
    using C = decltype(x);
    return x > C(0) ? C(1) : x < C(0) ? C(-1) : C(0);
  });
}

static LogicalResult runIdentity(Operation *,
                                 ArrayRef<const Tensor *> operands,
                                 MutableArrayRef<Tensor> results) {
  std::memcpy(results[0].getBytes(), operands[0]->getBytes(),
              operands[0]->getByteSize());
  return success();
}

//===----------------------------------------------------------------------===//
// where
//===----------------------------------------------------------------------===//

static LogicalResult runWhere(Operation *, ArrayRef<const Tensor *> operands,
                              MutableArrayRef<Tensor> results) {
  // "where non-zero is true and zero is false"; the three shapes broadcast
  // bidirectionally to the output's. trueValue and falseValue share the
  // output's data type, so elements are copied bytewise.
  const Tensor &condition = *operands[0];
  const Tensor &trueValue = *operands[1];
  const Tensor &falseValue = *operands[2];
  Tensor &result = results[0];
  ArrayRef<int64_t> shape = result.getShape();
  BroadcastIndexer conditionIndex(condition.getShape(), shape);
  BroadcastIndexer trueIndex(trueValue.getShape(), shape);
  BroadcastIndexer falseIndex(falseValue.getShape(), shape);
  size_t size = getStorageSize(result.getDataType());
  const uint8_t *conditionData = condition.data<uint8_t>();
  for (int64_t i = 0, e = result.getNumElements(); i < e; ++i) {
    const Tensor &from =
        conditionData[conditionIndex.map(i)] ? trueValue : falseValue;
    int64_t index = (&from == &trueValue ? trueIndex : falseIndex).map(i);
    std::memcpy(result.getBytes() + i * size, from.getBytes() + index * size,
                size);
  }
  return success();
}

//===----------------------------------------------------------------------===//
// cast
//===----------------------------------------------------------------------===//

static LogicalResult runCast(Operation *, ArrayRef<const Tensor *> operands,
                             MutableArrayRef<Tensor> results) {
  // The spec's cast table:
  //  - float -> float: nearest representable, +-Infinity out of range
  //    (setDouble: float32 and float16 values are exact in double, so one
  //    rounding);
  //  - float -> integer: truncated; out of range is implementation-defined
  //    (setDouble: NaN -> 0, beyond 64 bits saturates, then the low bits);
  //  - integer -> float: nearest representable, +-Infinity out of range
  //    (setInt64/setUint64 round the exact integer once, never through
  //    double);
  //  - integer -> integer: same value, else the lowest N bits reinterpreted
  //    (getInt64 reinterprets uint64 as int64 and setInt64/setUint64 keep
  //    the low bits).
  const Tensor &input = *operands[0];
  Tensor &result = results[0];
  DataType from = input.getDataType();
  for (int64_t i = 0, e = input.getNumElements(); i < e; ++i) {
    if (isFloat(from))
      result.setDouble(i, input.getDouble(i));
    else if (from == DataType::Uint64)
      result.setUint64(i, static_cast<uint64_t>(input.getInt64(i)));
    else
      result.setInt64(i, input.getInt64(i));
  }
  return success();
}

void registerElementwiseKernels(KernelRegistry &registry) {
  registry.add<webnn::AddOp>(runAdd);
  registry.add<webnn::SubOp>(runSub);
  registry.add<webnn::MulOp>(runMul);
  registry.add<webnn::DivOp>(runDiv);
  registry.add<webnn::MaxOp>(runMax);
  registry.add<webnn::MinOp>(runMin);
  registry.add<webnn::PowOp>(runPow);
  registry.add<webnn::EqualOp>(runEqual);
  registry.add<webnn::NotEqualOp>(runNotEqual);
  registry.add<webnn::GreaterOp>(runGreater);
  registry.add<webnn::GreaterOrEqualOp>(runGreaterOrEqual);
  registry.add<webnn::LesserOp>(runLesser);
  registry.add<webnn::LesserOrEqualOp>(runLesserOrEqual);
  registry.add<webnn::LogicalNotOp>(runLogicalNot);
  registry.add<webnn::LogicalAndOp>(runLogicalAnd);
  registry.add<webnn::LogicalOrOp>(runLogicalOr);
  registry.add<webnn::LogicalXorOp>(runLogicalXor);
  registry.add<webnn::IsNaNOp>(runIsNaN);
  registry.add<webnn::IsInfiniteOp>(runIsInfinite);
  registry.add<webnn::AbsOp>(runAbs);
  registry.add<webnn::CeilOp>(runCeil);
  registry.add<webnn::CosOp>(runCos);
  registry.add<webnn::ErfOp>(runErf);
  registry.add<webnn::ExpOp>(runExp);
  registry.add<webnn::FloorOp>(runFloor);
  registry.add<webnn::IdentityOp>(runIdentity);
  registry.add<webnn::LogOp>(runLog);
  registry.add<webnn::NegOp>(runNeg);
  registry.add<webnn::ReciprocalOp>(runReciprocal);
  registry.add<webnn::RoundEvenOp>(runRoundEven);
  registry.add<webnn::SinOp>(runSin);
  registry.add<webnn::SignOp>(runSign);
  registry.add<webnn::SqrtOp>(runSqrt);
  registry.add<webnn::TanOp>(runTan);
  registry.add<webnn::WhereOp>(runWhere);
  registry.add<webnn::CastOp>(runCast);
}

} // namespace webnnc::interp
