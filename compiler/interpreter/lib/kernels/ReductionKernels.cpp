//===- ReductionKernels.cpp - Reduction ops in the interpreter ------------===//
//
// Spec sections: "Reduction operations" (reduceL1 ... reduceSumSquare),
// "argMin/argMax operations" and "cumulativeSum".
//
// Arithmetic happens in the compute type of the input (float for float32
// and float16, rounded once on store; the storage type for integers, with
// two's complement wrap-around for sums and products).
//
//===----------------------------------------------------------------------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

#include <limits>
#include <vector>

using namespace mlir;

namespace webnnc::interp {

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

/// For every element of a row-major tensor of `shape`, in order, the offset
/// sum(coordinate[d] * strides[d]): the flat index of the element it maps
/// to in another tensor (a stride of 0 drops the dimension). Computed with
/// an odometer, O(1) amortized per element.
static std::vector<int64_t> projectIndices(ArrayRef<int64_t> shape,
                                           ArrayRef<int64_t> strides) {
  int64_t count = 1;
  for (int64_t size : shape)
    count *= size;
  std::vector<int64_t> result(count);
  int64_t rank = static_cast<int64_t>(shape.size());
  SmallVector<int64_t> coordinate(rank, 0);
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

/// Integer arithmetic wraps modulo 2^bits (two's complement); unsigned
/// arithmetic in C++ wraps by definition. Floats use plain IEEE arithmetic.
template <typename C> static C wrappingAdd(C a, C b) {
  if constexpr (std::is_integral_v<C>) {
    using U = std::make_unsigned_t<C>;
    return static_cast<C>(
        static_cast<U>(static_cast<U>(a) + static_cast<U>(b)));
  } else {
    return a + b;
  }
}

template <typename C> static C wrappingMul(C a, C b) {
  if constexpr (std::is_integral_v<C>) {
    // Promote to at least unsigned int so that narrow types do not promote
    // to (signed) int and overflow.
    using U = std::common_type_t<std::make_unsigned_t<C>, unsigned>;
    return static_cast<C>(static_cast<U>(a) * static_cast<U>(b));
  } else {
    return a * b;
  }
}

/// |x|; for signed integers the minimum value wraps to itself.
template <typename C> static C wrappingAbs(C x) {
  if constexpr (std::is_unsigned_v<C>) {
    return x;
  } else if constexpr (std::is_integral_v<C>) {
    using U = std::make_unsigned_t<C>;
    return x < 0 ? static_cast<C>(static_cast<U>(0) - static_cast<U>(x)) : x;
  } else {
    return std::fabs(x);
  }
}

template <typename C> static bool isNaN(C x) {
  if constexpr (std::is_floating_point_v<C>)
    return std::isnan(x);
  else
    return false;
}

/// Dispatches only float32/float16 (the float-only reductions); other data
/// types are rejected by the dialect, so reaching them is an error.
template <typename Fn>
static LogicalResult visitFloatType(Operation *op, DataType type, Fn &&fn) {
  if (type == DataType::Float32)
    fn(std::integral_constant<DataType, DataType::Float32>{});
  else if (type == DataType::Float16)
    fn(std::integral_constant<DataType, DataType::Float16>{});
  else
    return op->emitOpError("expects a float32 or float16 input, got ")
           << getDataTypeName(type);
  return success();
}

//===----------------------------------------------------------------------===//
// The reduction driver (reduceL1 ... reduceSumSquare)
//===----------------------------------------------------------------------===//

namespace {
/// How the input elements of a reduction fall into groups, one group per
/// output element ("calculate reduction output sizes": the output keeps
/// the dimensions not in `axes`, in order, so the output's flat order is
/// the order of the kept coordinates whether or not keepDimensions is set).
struct ReductionGroups {
  /// Per input element (row-major), the flat index of its output element.
  std::vector<int64_t> groupOf;
  int64_t numGroups = 1;
  /// Input elements per group (the product of the reduced dimensions).
  int64_t groupSize = 1;
};
} // namespace

/// `axes` absent: every dimension is reduced; present (possibly empty): the
/// dimensions listed (spec: MLReduceOptions.axes).
static ReductionGroups
computeReductionGroups(ArrayRef<int64_t> shape,
                       std::optional<ArrayRef<int64_t>> axes) {
  int64_t rank = static_cast<int64_t>(shape.size());
  SmallVector<bool> reduced(rank, !axes.has_value());
  if (axes)
    for (int64_t axis : *axes)
      reduced[axis] = true;
  ReductionGroups groups;
  SmallVector<int64_t> strides(rank, 0);
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

/// Folds every input element into the accumulator of its group:
/// `step(Acc &acc, C value, int64_t group)`, starting from `init`.
template <typename T, typename Acc, typename Step>
static std::vector<Acc> accumulate(const Tensor &input,
                                   const ReductionGroups &groups, Acc init,
                                   Step &&step) {
  std::vector<Acc> acc(groups.numGroups, init);
  const T *in = input.data<T>();
  for (int64_t i = 0, e = input.getNumElements(); i < e; ++i) {
    int64_t group = groups.groupOf[i];
    step(acc[group], load(in[i]), group);
  }
  return acc;
}

/// The generic reduction: accumulates each group from `init` with
/// `step(acc, value)`, then stores `finish(acc, groupSize)` rounded once to
/// the output's data type.
template <typename T, typename Init, typename Step, typename Finish>
static void reduce(std::optional<ArrayRef<int64_t>> axes, const Tensor &input,
                   Tensor &output, Init init, Step step, Finish finish) {
  using C = ComputeType<T>;
  ReductionGroups groups = computeReductionGroups(input.getShape(), axes);
  std::vector<C> acc =
      accumulate<T>(input, groups, static_cast<C>(init),
                    [&](C &a, C value, int64_t) { a = step(a, value); });
  T *out = output.data<T>();
  for (int64_t g = 0; g < groups.numGroups; ++g)
    out[g] = store<T>(finish(acc[g], groups.groupSize));
}

/// The value itself: the `finish` of reductions without a final step.
static constexpr auto identity = [](auto acc, int64_t) { return acc; };

static LogicalResult runReduceSum(Operation *op,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  auto axes = cast<webnn::ReduceSumOp>(op).getAxes();
  visitDataType(operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    reduce<T>(
        axes, *operands[0], results[0], 0,
        [](auto acc, auto x) { return wrappingAdd(acc, x); }, identity);
  });
  return success();
}

static LogicalResult runReduceL1(Operation *op,
                                 ArrayRef<const Tensor *> operands,
                                 MutableArrayRef<Tensor> results) {
  auto axes = cast<webnn::ReduceL1Op>(op).getAxes();
  visitDataType(operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    reduce<T>(
        axes, *operands[0], results[0], 0,
        [](auto acc, auto x) { return wrappingAdd(acc, wrappingAbs(x)); },
        identity);
  });
  return success();
}

static LogicalResult runReduceSumSquare(Operation *op,
                                        ArrayRef<const Tensor *> operands,
                                        MutableArrayRef<Tensor> results) {
  auto axes = cast<webnn::ReduceSumSquareOp>(op).getAxes();
  visitDataType(operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    reduce<T>(
        axes, *operands[0], results[0], 0,
        [](auto acc, auto x) { return wrappingAdd(acc, wrappingMul(x, x)); },
        identity);
  });
  return success();
}

static LogicalResult runReduceProduct(Operation *op,
                                      ArrayRef<const Tensor *> operands,
                                      MutableArrayRef<Tensor> results) {
  auto axes = cast<webnn::ReduceProductOp>(op).getAxes();
  visitDataType(operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    reduce<T>(
        axes, *operands[0], results[0], 1,
        [](auto acc, auto x) { return wrappingMul(acc, x); }, identity);
  });
  return success();
}

/// reduceMax/reduceMin: a NaN input makes the result NaN (the spec does not
/// say; this matches IEEE 754-2019 maximum/minimum, not fmax/fmin).
static LogicalResult runReduceMax(Operation *op,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  auto axes = cast<webnn::ReduceMaxOp>(op).getAxes();
  visitDataType(operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    using C = ComputeType<T>;
    reduce<T>(
        axes, *operands[0], results[0], std::numeric_limits<C>::lowest(),
        [](C acc, C x) { return isNaN(x) || x > acc ? x : acc; }, identity);
  });
  return success();
}

static LogicalResult runReduceMin(Operation *op,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  auto axes = cast<webnn::ReduceMinOp>(op).getAxes();
  visitDataType(operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    using C = ComputeType<T>;
    reduce<T>(
        axes, *operands[0], results[0], std::numeric_limits<C>::max(),
        [](C acc, C x) { return isNaN(x) || x < acc ? x : acc; }, identity);
  });
  return success();
}

static LogicalResult runReduceMean(Operation *op,
                                   ArrayRef<const Tensor *> operands,
                                   MutableArrayRef<Tensor> results) {
  auto axes = cast<webnn::ReduceMeanOp>(op).getAxes();
  return visitFloatType(op, operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    reduce<T>(
        axes, *operands[0], results[0], 0,
        [](float acc, float x) { return acc + x; },
        [](float acc, int64_t count) {
          return acc / static_cast<float>(count);
        });
  });
}

static LogicalResult runReduceL2(Operation *op,
                                 ArrayRef<const Tensor *> operands,
                                 MutableArrayRef<Tensor> results) {
  auto axes = cast<webnn::ReduceL2Op>(op).getAxes();
  return visitFloatType(op, operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    reduce<T>(
        axes, *operands[0], results[0], 0,
        [](float acc, float x) { return acc + x * x; },
        [](float acc, int64_t) { return std::sqrt(acc); });
  });
}

/// Spec emulation: log(reduceSum(input)); a negative sum gives NaN, zero
/// gives -infinity.
static LogicalResult runReduceLogSum(Operation *op,
                                     ArrayRef<const Tensor *> operands,
                                     MutableArrayRef<Tensor> results) {
  auto axes = cast<webnn::ReduceLogSumOp>(op).getAxes();
  return visitFloatType(op, operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    reduce<T>(
        axes, *operands[0], results[0], 0,
        [](float acc, float x) { return acc + x; },
        [](float acc, int64_t) { return std::log(acc); });
  });
}

/// log(sum(exp(x))) (spec emulation: log(reduceSum(exp(input)))), computed
/// as max + log(sum(exp(x - max))): the same value, without the overflow
/// of exp for large inputs (exp(x) overflows float beyond 88.7, float16
/// beyond 11.1). A group whose maximum is infinite or NaN uses the plain
/// formula, which gives +inf (some +inf), -inf (all -inf) or NaN.
static LogicalResult runReduceLogSumExp(Operation *op,
                                        ArrayRef<const Tensor *> operands,
                                        MutableArrayRef<Tensor> results) {
  auto reduction = cast<webnn::ReduceLogSumExpOp>(op);
  return visitFloatType(op, operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    const Tensor &input = *operands[0];
    ReductionGroups groups =
        computeReductionGroups(input.getShape(), reduction.getAxes());
    std::vector<float> shift =
        accumulate<T>(input, groups, -std::numeric_limits<float>::infinity(),
                      [](float &acc, float x, int64_t) {
                        if (std::isnan(x) || x > acc)
                          acc = x;
                      });
    for (float &s : shift)
      if (!std::isfinite(s))
        s = 0;
    std::vector<float> sums = accumulate<T>(
        input, groups, 0.0f, [&](float &acc, float x, int64_t group) {
          acc += std::exp(x - shift[group]);
        });
    T *out = results[0].data<T>();
    for (int64_t g = 0; g < groups.numGroups; ++g)
      out[g] = store<T>(shift[g] + std::log(sums[g]));
  });
}

//===----------------------------------------------------------------------===//
// argMin/argMax
//===----------------------------------------------------------------------===//

/// The index of the extreme value along `axis`. The spec leaves ties
/// implementation dependent; this returns the first (lowest) index, as the
/// WPT cases expect. NaN counts as the extreme value (the first NaN wins),
/// as numpy's argmin/argmax do. The output data type (int32 or int64,
/// outputDataType) is the result tensor's; indices fit it (validated by the
/// dialect: shape[axis] <= the type's maximum).
template <typename OpTy, bool IsMax>
static LogicalResult runArgMinMax(Operation *op,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  const Tensor &input = *operands[0];
  int64_t axis = static_cast<int64_t>(cast<OpTy>(op).getAxis());
  ArrayRef<int64_t> shape = input.getShape();
  int64_t outer = 1, inner = 1, size = shape[axis];
  for (int64_t d = 0; d < axis; ++d)
    outer *= shape[d];
  for (int64_t d = axis + 1; d < input.getRank(); ++d)
    inner *= shape[d];
  visitDataType(input.getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    using C = ComputeType<T>;
    const T *in = input.data<T>();
    for (int64_t o = 0; o < outer; ++o) {
      for (int64_t i = 0; i < inner; ++i) {
        const T *base = in + o * size * inner + i;
        C best = load(base[0]);
        int64_t bestIndex = 0;
        for (int64_t k = 1; k < size && !isNaN(best); ++k) {
          C value = load(base[k * inner]);
          bool better = IsMax ? value > best : value < best;
          if (isNaN(value) || better) {
            best = value;
            bestIndex = k;
          }
        }
        results[0].setInt64(o * inner + i, bestIndex);
      }
    }
  });
  return success();
}

//===----------------------------------------------------------------------===//
// cumulativeSum
//===----------------------------------------------------------------------===//

/// Running sum along `axis`, from index 0 up (or from the last index down
/// when `reversed`); with `exclusive` each output is the sum of the values
/// before it (0 for the first). Integer sums wrap; float sums accumulate in
/// float.
static LogicalResult runCumulativeSum(Operation *op,
                                      ArrayRef<const Tensor *> operands,
                                      MutableArrayRef<Tensor> results) {
  auto cumsum = cast<webnn::CumulativeSumOp>(op);
  const Tensor &input = *operands[0];
  int64_t axis = static_cast<int64_t>(cumsum.getAxis());
  bool exclusive = cumsum.getExclusive();
  bool reversed = cumsum.getReversed();
  ArrayRef<int64_t> shape = input.getShape();
  int64_t outer = 1, inner = 1, size = shape[axis];
  for (int64_t d = 0; d < axis; ++d)
    outer *= shape[d];
  for (int64_t d = axis + 1; d < input.getRank(); ++d)
    inner *= shape[d];
  visitDataType(input.getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    using C = ComputeType<T>;
    const T *in = input.data<T>();
    T *out = results[0].data<T>();
    for (int64_t o = 0; o < outer; ++o) {
      for (int64_t i = 0; i < inner; ++i) {
        C sum = 0;
        for (int64_t step = 0; step < size; ++step) {
          int64_t k = reversed ? size - 1 - step : step;
          int64_t index = (o * size + k) * inner + i;
          C value = load(in[index]);
          if (exclusive) {
            out[index] = store<T>(sum);
            sum = wrappingAdd(sum, value);
          } else {
            sum = wrappingAdd(sum, value);
            out[index] = store<T>(sum);
          }
        }
      }
    }
  });
  return success();
}

void registerReductionKernels(KernelRegistry &registry) {
  registry.add<webnn::ReduceL1Op>(runReduceL1);
  registry.add<webnn::ReduceL2Op>(runReduceL2);
  registry.add<webnn::ReduceLogSumOp>(runReduceLogSum);
  registry.add<webnn::ReduceLogSumExpOp>(runReduceLogSumExp);
  registry.add<webnn::ReduceMaxOp>(runReduceMax);
  registry.add<webnn::ReduceMeanOp>(runReduceMean);
  registry.add<webnn::ReduceMinOp>(runReduceMin);
  registry.add<webnn::ReduceProductOp>(runReduceProduct);
  registry.add<webnn::ReduceSumOp>(runReduceSum);
  registry.add<webnn::ReduceSumSquareOp>(runReduceSumSquare);
  registry.add<webnn::ArgMinOp>(runArgMinMax<webnn::ArgMinOp, false>);
  registry.add<webnn::ArgMaxOp>(runArgMinMax<webnn::ArgMaxOp, true>);
  registry.add<webnn::CumulativeSumOp>(runCumulativeSum);
}

} // namespace webnnc::interp
