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

template <typename C> static bool isNaN(C x) {
  if constexpr (std::is_floating_point_v<C>)
    return std::isnan(x);
  else
    return false;
}

//===----------------------------------------------------------------------===//
// The reduction driver (reduceL1 ... reduceSumSquare)
//===----------------------------------------------------------------------===//

/// The groups of a reduction over `axes`: absent, every dimension is
/// reduced; present (possibly empty), the dimensions listed (spec:
/// MLReduceOptions.axes). The output keeps the dimensions not in `axes`, in
/// order ("calculate reduction output sizes"), so its flat order is the
/// groups' whether or not keepDimensions is set.
static ReductionGroups groupsOverAxes(ArrayRef<int64_t> shape,
                                      std::optional<ArrayRef<int64_t>> axes) {
  SmallVector<bool> reduced(shape.size(), !axes.has_value());
  if (axes)
    for (int64_t axis : *axes)
      reduced[axis] = true;
  return computeReductionGroups(shape, ArrayRef<bool>(reduced));
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
  ReductionGroups groups = groupsOverAxes(input.getShape(), axes);
  std::vector<C> acc =
      accumulate<T>(input, groups, static_cast<C>(init),
                    [&](C &a, C value, int64_t) { a = step(a, value); });
  T *out = output.data<T>();
  for (int64_t g = 0; g < groups.numGroups; ++g)
    out[g] = store<T>(finish(acc[g], groups.groupSize));
}

/// The value itself: the `finish` of reductions without a final step.
static constexpr auto identity = [](auto acc, int64_t) { return acc; };

/// The start value of a reduction's accumulator, in its compute type C.
enum class Start { Zero, One, Lowest, Highest };
template <typename C> static C startValue(Start start) {
  switch (start) {
  case Start::Zero:
    return static_cast<C>(0);
  case Start::One:
    return static_cast<C>(1);
  // Floats start from the infinities, so a reduction over -inf (or +inf)
  // values returns them rather than the largest finite value.
  case Start::Lowest:
    if constexpr (std::numeric_limits<C>::has_infinity)
      return -std::numeric_limits<C>::infinity();
    return std::numeric_limits<C>::lowest();
  case Start::Highest:
    if constexpr (std::numeric_limits<C>::has_infinity)
      return std::numeric_limits<C>::infinity();
    return std::numeric_limits<C>::max();
  }
  __builtin_unreachable();
}

/// The kernel of a reduction op OpTy: reduce() over the op's axes in the
/// input's data type, from `start` with `step(acc, x)` and `finish(acc,
/// groupSize)` (generic lambdas, called with the compute type). FloatOnly
/// reductions take float32/float16 only.
template <typename OpTy, bool FloatOnly = false, typename Step,
          typename Finish>
static LogicalResult runReduction(Operation *op,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results, Start start,
                                  Step step, Finish finish) {
  auto axes = cast<OpTy>(op).getAxes();
  const Tensor &input = *operands[0];
  auto body = [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    reduce<T>(axes, input, results[0], startValue<ComputeType<T>>(start), step,
              finish);
  };
  if constexpr (FloatOnly) {
    return visitFloatType(op, input.getDataType(), body);
  } else {
    visitDataType(input.getDataType(), body);
    return success();
  }
}

static LogicalResult runReduceSum(Operation *op,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  return runReduction<webnn::ReduceSumOp>(
      op, operands, results, Start::Zero,
      [](auto acc, auto x) { return wrapAdd(acc, x); }, identity);
}

static LogicalResult runReduceL1(Operation *op,
                                 ArrayRef<const Tensor *> operands,
                                 MutableArrayRef<Tensor> results) {
  return runReduction<webnn::ReduceL1Op>(
      op, operands, results, Start::Zero,
      [](auto acc, auto x) { return wrapAdd(acc, wrapAbs(x)); }, identity);
}

static LogicalResult runReduceSumSquare(Operation *op,
                                        ArrayRef<const Tensor *> operands,
                                        MutableArrayRef<Tensor> results) {
  return runReduction<webnn::ReduceSumSquareOp>(
      op, operands, results, Start::Zero,
      [](auto acc, auto x) { return wrapAdd(acc, wrapMul(x, x)); }, identity);
}

static LogicalResult runReduceProduct(Operation *op,
                                      ArrayRef<const Tensor *> operands,
                                      MutableArrayRef<Tensor> results) {
  return runReduction<webnn::ReduceProductOp>(
      op, operands, results, Start::One,
      [](auto acc, auto x) { return wrapMul(acc, x); }, identity);
}

/// reduceMax/reduceMin: a NaN input makes the result NaN (the spec does not
/// say; this matches IEEE 754-2019 maximum/minimum, not fmax/fmin).
static LogicalResult runReduceMax(Operation *op,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  return runReduction<webnn::ReduceMaxOp>(
      op, operands, results, Start::Lowest,
      [](auto acc, auto x) { return isNaN(x) || x > acc ? x : acc; },
      identity);
}

static LogicalResult runReduceMin(Operation *op,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  return runReduction<webnn::ReduceMinOp>(
      op, operands, results, Start::Highest,
      [](auto acc, auto x) { return isNaN(x) || x < acc ? x : acc; },
      identity);
}

static LogicalResult runReduceMean(Operation *op,
                                   ArrayRef<const Tensor *> operands,
                                   MutableArrayRef<Tensor> results) {
  return runReduction<webnn::ReduceMeanOp, /*FloatOnly=*/true>(
      op, operands, results, Start::Zero,
      [](float acc, float x) { return acc + x; },
      [](float acc, int64_t count) { return acc / static_cast<float>(count); });
}

static LogicalResult runReduceL2(Operation *op,
                                 ArrayRef<const Tensor *> operands,
                                 MutableArrayRef<Tensor> results) {
  return runReduction<webnn::ReduceL2Op, /*FloatOnly=*/true>(
      op, operands, results, Start::Zero,
      [](float acc, float x) { return acc + x * x; },
      [](float acc, int64_t) { return std::sqrt(acc); });
}

/// Spec emulation: log(reduceSum(input)); a negative sum gives NaN, zero
/// gives -infinity.
static LogicalResult runReduceLogSum(Operation *op,
                                     ArrayRef<const Tensor *> operands,
                                     MutableArrayRef<Tensor> results) {
  return runReduction<webnn::ReduceLogSumOp, /*FloatOnly=*/true>(
      op, operands, results, Start::Zero,
      [](float acc, float x) { return acc + x; },
      [](float acc, int64_t) { return std::log(acc); });
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
        groupsOverAxes(input.getShape(), reduction.getAxes());
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
  const AxisSplit split = splitAtAxis(input.getShape(), axis);
  const int64_t outer = split.outer, size = split.size, inner = split.inner;
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
  const AxisSplit split = splitAtAxis(input.getShape(), axis);
  const int64_t outer = split.outer, size = split.size, inner = split.inner;
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
            sum = wrapAdd(sum, value);
          } else {
            sum = wrapAdd(sum, value);
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
