//===- ActivationKernels.cpp - activations in the interpreter -------------===//
//
// The 14 activations of the WebNN spec (clamp, elu, gelu, hardSigmoid,
// hardSwish, leakyRelu, linear, prelu, relu, sigmoid, softmax, softplus,
// softsign, tanh), each following its spec section: the operator's
// expression, its method steps (options are cast to the input's data type)
// and its emulation note.
//
// Numerics. Float kernels evaluate the spec's expression in double on the
// (exactly representable) float32/float16 inputs and options, and round once
// to the output type: the result is the exact function to within the
// rounding of the output, the best an oracle can give (the WPT expected
// values are computed in double as well). Where the expression as written
// would overflow an intermediate although the function does not (softplus's
// exp, gelu's 1 + erf), a mathematically identical form is used.
//
// Special values, uniformly:
//  - a NaN input gives a NaN output (every expression, including the max/min
//    of the emulations, propagates NaN; so does clamp, see runClamp);
//  - a product with an exact zero factor is zero, even against an infinity
//    (`0 * Infinity`), i.e. the expressions take their limits at +-Infinity
//    (hardSwish(-Infinity) = 0, gelu(-Infinity) = 0, linear with alpha 0 is
//    beta everywhere, ...) where the emulations' IEEE arithmetic would give
//    NaN; likewise softsign(+-Infinity) = +-1 and tanh(+-Infinity) = +-1
//    (limits; the emulations' Infinity / Infinity is NaN).
//  - softmax follows its emulation literally: a row holding NaN or +Infinity,
//    or only -Infinity, is NaN (Infinity - Infinity); other -Infinity
//    elements give 0.
//
//===----------------------------------------------------------------------===//
#include "KernelUtils.h"

#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APSInt.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace mlir;

namespace webnnc::interp {

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// `a * b` where a zero factor gives zero even against an infinity: the
/// limit of the spec's expressions (see the file comment). Neither operand
/// may be NaN.
static double scale(double a, double b) {
  if (a == 0 || b == 0)
    return 0;
  return a * b;
}

template <typename T, typename Fn>
static void mapFloatAs(const Tensor &input, Tensor &result, Fn &fn) {
  const T *in = input.data<T>();
  T *out = result.data<T>();
  for (int64_t i = 0, e = input.getNumElements(); i < e; ++i) {
    double x = load(in[i]);
    out[i] = roundTo<T>(std::isnan(x) ? x : fn(x));
  }
}

/// Applies `fn(double x) -> double` to every element of a float32/float16
/// tensor, rounding once on store; NaN elements stay NaN without calling fn.
template <typename Fn>
static LogicalResult mapFloat(Operation *op, const Tensor &input,
                              Tensor &result, Fn fn) {
  return visitFloatType(op, input.getDataType(), [&](auto tag) {
    mapFloatAs<StorageType<decltype(tag)>>(input, result, fn);
  });
}

//===----------------------------------------------------------------------===//
// clamp
//===----------------------------------------------------------------------===//

// The bounds are cast with the dialect's castNumberToFloat and
// castNumberToInteger (webnn/IR/Validation.h), so that the interpreter uses
// exactly the bounds validateClampBounds checked.

/// Spec ConvertToFloat of an MLNumber to a float type, widened (exactly) to
/// double.
static double castBoundToFloat(Attribute number, FloatType type) {
  APFloat result = webnn::castNumberToFloat(number, type);
  bool losesInfo = false;
  result.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven,
                 &losesInfo);
  return result.convertToDouble();
}

template <typename T>
static void clampFloats(const Tensor &input, Tensor &result, double lower,
                        double upper) {
  const T *in = input.data<T>();
  T *out = result.data<T>();
  for (int64_t i = 0, e = input.getNumElements(); i < e; ++i) {
    double x = load(in[i]);
    if (!std::isnan(x))
      x = std::min(std::max(x, lower), upper);
    out[i] = roundTo<T>(x); // Exact: x and the cast bounds are T values.
  }
}

template <typename T>
static void clampIntegers(const Tensor &input, Tensor &result,
                          Attribute minValue, Attribute maxValue,
                          IntegerType type) {
  // Signed types compare in int64, unsigned ones in uint64; the cast bounds
  // are within the type's range, so they fit.
  using Wide = std::conditional_t<std::is_signed_v<T>, int64_t, uint64_t>;
  auto toWide = [](const llvm::APSInt &value) -> Wide {
    if constexpr (std::is_signed_v<T>)
      return value.getSExtValue();
    else
      return value.getZExtValue();
  };
  Wide lower = minValue ? toWide(webnn::castNumberToInteger(minValue, type))
                        : std::numeric_limits<Wide>::min();
  Wide upper = maxValue ? toWide(webnn::castNumberToInteger(maxValue, type))
                        : std::numeric_limits<Wide>::max();
  const T *in = input.data<T>();
  T *out = result.data<T>();
  for (int64_t i = 0, e = input.getNumElements(); i < e; ++i) {
    Wide x = static_cast<Wide>(in[i]);
    out[i] = static_cast<T>(std::min(std::max(x, lower), upper));
  }
}

/// clamp: min(max(x, minValue), maxValue) after casting both bounds to the
/// input's data type (method steps 3 to 6, the emulation note).
///  - An absent bound does not clamp (the spec's steps 3 and 5 default
///    minValue to Infinity and maxValue to -Infinity, which would make step
///    7 reject every clamp without options: an evident typo for -Infinity /
///    +Infinity; the option descriptions and the emulation say "not
///    clamped").
///  - Float types: a NaN bound (ConvertToFloat keeps NaN) is treated as
///    absent, as proposed in webmachinelearning/webnn#874 (backends
///    disagree; "passing not a number" = "not passing a number"). Integer
///    types: ConvertToInt makes a NaN bound 0, as the dialect's validation
///    does.
///  - Integer bounds saturate to the type's range with its own signedness;
///    the spec's cast table says ConvertToInt(x, 32, "signed") for uint32,
///    an evident typo (WPT clamps uint32 to 4294967290).
///  - A NaN input element stays NaN.
static LogicalResult runClamp(Operation *op, ArrayRef<const Tensor *> operands,
                              MutableArrayRef<Tensor> results) {
  auto clamp = cast<webnn::ClampOp>(op);
  Attribute minValue = clamp.getMinValueAttr();
  Attribute maxValue = clamp.getMaxValueAttr();
  Type elementType =
      cast<ShapedType>(clamp.getInput().getType()).getElementType();
  const Tensor &input = *operands[0];
  Tensor &result = results[0];

  if (auto floatType = dyn_cast<FloatType>(elementType)) {
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    double lower = minValue ? castBoundToFloat(minValue, floatType) : -kInfinity;
    double upper = maxValue ? castBoundToFloat(maxValue, floatType) : kInfinity;
    if (std::isnan(lower))
      lower = -kInfinity;
    if (std::isnan(upper))
      upper = kInfinity;
    if (input.getDataType() == DataType::Float16)
      clampFloats<Half>(input, result, lower, upper);
    else
      clampFloats<float>(input, result, lower, upper);
    return success();
  }

  auto intType = cast<IntegerType>(elementType);
  visitDataType(input.getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    if constexpr (std::is_integral_v<T>)
      clampIntegers<T>(input, result, minValue, maxValue, intType);
  });
  return success();
}

//===----------------------------------------------------------------------===//
// Activations with options
//===----------------------------------------------------------------------===//

/// elu: max(0, x) + alpha * (exp(min(0, x)) - 1), alpha cast to the input's
/// data type (step 4). exp(y) - 1 is computed as expm1(y).
static LogicalResult runElu(Operation *op, ArrayRef<const Tensor *> operands,
                            MutableArrayRef<Tensor> results) {
  double alpha = castToFloatType(cast<webnn::EluOp>(op).getAlpha(),
                            operands[0]->getDataType());
  return mapFloat(op, *operands[0], results[0], [&](double x) {
    return std::max(0.0, x) + alpha * std::expm1(std::min(0.0, x));
  });
}

/// hardSigmoid: max(min(alpha * x + beta, 1), 0), alpha and beta cast to the
/// input's data type.
static LogicalResult runHardSigmoid(Operation *op,
                                    ArrayRef<const Tensor *> operands,
                                    MutableArrayRef<Tensor> results) {
  auto hardSigmoid = cast<webnn::HardSigmoidOp>(op);
  DataType type = operands[0]->getDataType();
  double alpha = castToFloatType(hardSigmoid.getAlpha(), type);
  double beta = castToFloatType(hardSigmoid.getBeta(), type);
  return mapFloat(op, *operands[0], results[0], [&](double x) {
    return std::max(std::min(scale(alpha, x) + beta, 1.0), 0.0);
  });
}

/// leakyRelu: max(0, x) + alpha * min(0, x), alpha cast to the input's data
/// type.
static LogicalResult runLeakyRelu(Operation *op,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  double alpha = castToFloatType(cast<webnn::LeakyReluOp>(op).getAlpha(),
                            operands[0]->getDataType());
  return mapFloat(op, *operands[0], results[0], [&](double x) {
    return std::max(0.0, x) + scale(alpha, std::min(0.0, x));
  });
}

/// linear: alpha * x + beta, alpha and beta cast to the input's data type.
static LogicalResult runLinear(Operation *op, ArrayRef<const Tensor *> operands,
                               MutableArrayRef<Tensor> results) {
  auto linear = cast<webnn::LinearOp>(op);
  DataType type = operands[0]->getDataType();
  double alpha = castToFloatType(linear.getAlpha(), type);
  double beta = castToFloatType(linear.getBeta(), type);
  return mapFloat(op, *operands[0], results[0],
                  [&](double x) { return scale(alpha, x) + beta; });
}

//===----------------------------------------------------------------------===//
// Activations without options
//===----------------------------------------------------------------------===//

/// gelu: 0.5 * x * (1 + erf(x / sqrt(2))). 1 + erf(y) is computed as
/// erfc(-y), which does not cancel for large negative x.
static constexpr double kSqrtHalf = 0.70710678118654752440; // 1 / sqrt(2)

static LogicalResult runGelu(Operation *op, ArrayRef<const Tensor *> operands,
                             MutableArrayRef<Tensor> results) {
  return mapFloat(op, *operands[0], results[0], [](double x) {
    return scale(0.5 * x, std::erfc(-x * kSqrtHalf));
  });
}

/// hardSwish: x * max(0, min(6, x + 3)) / 6.
static LogicalResult runHardSwish(Operation *op,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  return mapFloat(op, *operands[0], results[0], [](double x) {
    return scale(x, std::max(0.0, std::min(6.0, x + 3.0))) / 6.0;
  });
}

/// relu: max(0, x) (the emulation note), for float32, float16, int32, int64
/// and int8; NaN stays NaN.
static LogicalResult runRelu(Operation *, ArrayRef<const Tensor *> operands,
                             MutableArrayRef<Tensor> results) {
  visitDataType(operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    mapUnary<T>(*operands[0], results[0], [](auto x) {
      using C = decltype(x);
      if constexpr (std::is_floating_point_v<C>)
        if (std::isnan(x))
          return x;
      return x > C(0) ? x : C(0);
    });
  });
  return success();
}

/// sigmoid: 1 / (exp(-x) + 1).
static LogicalResult runSigmoid(Operation *op,
                                ArrayRef<const Tensor *> operands,
                                MutableArrayRef<Tensor> results) {
  return mapFloat(op, *operands[0], results[0],
                  [](double x) { return 1.0 / (std::exp(-x) + 1.0); });
}

/// softplus: ln(1 + exp(x)), as x + log1p(exp(-x)) for positive x so that
/// exp does not overflow (softplus(x) ~ x there).
static LogicalResult runSoftplus(Operation *op,
                                 ArrayRef<const Tensor *> operands,
                                 MutableArrayRef<Tensor> results) {
  return mapFloat(op, *operands[0], results[0], [](double x) {
    return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
  });
}

/// softsign: x / (1 + |x|); +-1 at +-Infinity (the limit).
static LogicalResult runSoftsign(Operation *op,
                                 ArrayRef<const Tensor *> operands,
                                 MutableArrayRef<Tensor> results) {
  return mapFloat(op, *operands[0], results[0], [](double x) {
    if (std::isinf(x))
      return std::copysign(1.0, x);
    return x / (1.0 + std::fabs(x));
  });
}

/// tanh: (exp(2x) - 1) / (exp(2x) + 1), i.e. the hyperbolic tangent, which
/// std::tanh computes without the expression's overflow at large |x|.
static LogicalResult runTanh(Operation *op, ArrayRef<const Tensor *> operands,
                             MutableArrayRef<Tensor> results) {
  return mapFloat(op, *operands[0], results[0],
                  [](double x) { return std::tanh(x); });
}

//===----------------------------------------------------------------------===//
// prelu
//===----------------------------------------------------------------------===//

/// prelu: max(0, x) + slope * min(0, x), input and slope bidirectionally
/// broadcast to the output shape (step 4).
///  - float32/float16: in double, rounded once; NaN in either operand gives
///    NaN; slope * 0 is 0 even for an infinite slope (see file comment).
///  - int32/int64/int8: x for x >= 0, else slope * x with two's complement
///    wrap-around (e.g. int8 -128 * -1 = -128).
static LogicalResult runPrelu(Operation *, ArrayRef<const Tensor *> operands,
                              MutableArrayRef<Tensor> results) {
  visitDataType(operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    broadcastBinary<T, T>(
        *operands[0], *operands[1], results[0], [](T inValue, T slopeValue) {
          if constexpr (std::is_integral_v<T>) {
            return inValue >= 0 ? inValue : wrapMul(slopeValue, inValue);
          } else {
            double x = load(inValue);
            double slope = load(slopeValue);
            if (std::isnan(x) || std::isnan(slope))
              return roundTo<T>(std::numeric_limits<double>::quiet_NaN());
            return roundTo<T>(std::max(0.0, x) +
                              scale(slope, std::min(0.0, x)));
          }
        });
  });
  return success();
}

//===----------------------------------------------------------------------===//
// softmax
//===----------------------------------------------------------------------===//

template <typename T>
static void softmaxAs(const Tensor &input, Tensor &result, int64_t axis) {
  const AxisSplit split = splitAtAxis(input.getShape(), axis);
  const int64_t outer = split.outer, length = split.size, inner = split.inner;
  const T *in = input.data<T>();
  T *out = result.data<T>();
  std::vector<double> exps(length);
  for (int64_t o = 0; o < outer; ++o) {
    for (int64_t i = 0; i < inner; ++i) {
      const int64_t base = o * length * inner + i;
      // reduceMax (NaN-propagating: a NaN row is NaN either way).
      double maxValue = -std::numeric_limits<double>::infinity();
      for (int64_t k = 0; k < length; ++k) {
        double x = load(in[base + k * inner]);
        if (std::isnan(x) || x > maxValue)
          maxValue = x;
        if (std::isnan(x))
          break;
      }
      double sum = 0;
      for (int64_t k = 0; k < length; ++k) {
        exps[k] = std::exp(load(in[base + k * inner]) - maxValue);
        sum += exps[k];
      }
      for (int64_t k = 0; k < length; ++k)
        out[base + k * inner] = roundTo<T>(exps[k] / sum);
    }
  }
}

/// softmax: exp(x - max) / sum(exp(x - max)) along `axis`, the emulation's
/// numerically stable form, accumulated in double and rounded once.
static LogicalResult runSoftmax(Operation *op,
                                ArrayRef<const Tensor *> operands,
                                MutableArrayRef<Tensor> results) {
  int64_t axis = static_cast<int64_t>(cast<webnn::SoftmaxOp>(op).getAxis());
  return visitFloatType(op, operands[0]->getDataType(), [&](auto tag) {
    softmaxAs<StorageType<decltype(tag)>>(*operands[0], results[0], axis);
  });
}

void registerActivationKernels(KernelRegistry &registry) {
  registry.add<webnn::ClampOp>(runClamp);
  registry.add<webnn::EluOp>(runElu);
  registry.add<webnn::GeluOp>(runGelu);
  registry.add<webnn::HardSigmoidOp>(runHardSigmoid);
  registry.add<webnn::HardSwishOp>(runHardSwish);
  registry.add<webnn::LeakyReluOp>(runLeakyRelu);
  registry.add<webnn::LinearOp>(runLinear);
  registry.add<webnn::PreluOp>(runPrelu);
  registry.add<webnn::ReluOp>(runRelu);
  registry.add<webnn::SigmoidOp>(runSigmoid);
  registry.add<webnn::SoftmaxOp>(runSoftmax);
  registry.add<webnn::SoftplusOp>(runSoftplus);
  registry.add<webnn::SoftsignOp>(runSoftsign);
  registry.add<webnn::TanhOp>(runTanh);
}

} // namespace webnnc::interp
