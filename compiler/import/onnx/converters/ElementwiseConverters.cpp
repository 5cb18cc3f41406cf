//===- ElementwiseConverters.cpp - ONNX element-wise ops -> webnn ---------===//
//
// Arithmetic, comparisons, logic, math functions, casts and activations.
// Ops WebNN has map one to one; the others are decomposed following ONNX's
// operator definitions (function bodies where ONNX gives one) and the WebNN
// spec's emulation notes.
//
//===----------------------------------------------------------------------===//
#include "../OnnxConverter.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APSInt.h"

#include <cmath>
#include <limits>

using namespace mlir;

namespace webnnc::onnx_import {

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

static Type getElementTypeOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getElementType();
}

static bool isUnsignedInteger(Type type) {
  auto integer = dyn_cast<IntegerType>(type);
  return integer && integer.isUnsigned();
}

namespace {
/// The shared emitter (OnnxEmitter) with the scalars and casts of
/// element-wise decompositions.
class Emitter : public OnnxEmitter {
public:
  using OnnxEmitter::OnnxEmitter;

  /// A rank-0 constant of `like`'s element type. Integers saturate to the
  /// type's range (thresholds beyond it keep their meaning there).
  Value scalarLike(Value like, double value) {
    if (hasFailed() || !like)
      return fail();
    Type type = getElementTypeOf(like);
    auto integerType = dyn_cast<IntegerType>(type);
    if (!integerType)
      return context.scalar(type, value);
    llvm::APSInt integer(integerType.getWidth(), integerType.isUnsigned());
    bool isExact = false;
    (void)llvm::APFloat(value).convertToInteger(
        integer, llvm::APFloat::rmTowardZero, &isExact);
    return context.constant(DenseElementsAttr::get(
        RankedTensorType::get({}, type), IntegerAttr::get(type, integer)));
  }

  /// `value` converted to `type`'s MLOperandDataType.
  Value castTo(Value value, Type type) {
    std::optional<webnn::OperandDataType> dataType = getWebnnDataType(type);
    if (!dataType) {
      context.emitError() << "cannot cast to " << type;
      return fail();
    }
    return op<webnn::CastOp>(
        value, webnn::OperandDataTypeAttr::get(context.getContext(), *dataType));
  }
};
} // namespace

/// The two operands of a binary op. Before opset 7 broadcasting was opt-in
/// (`broadcast` = 1) and unidirectional: B is aligned with A's dimensions
/// from `axis` on, or with A's trailing dimensions without `axis`. Reshaping
/// B to A's rank with 1s around it makes that a numpy broadcast.
static std::pair<Value, Value> getBinaryOperands(Emitter &emitter) {
  Value a = emitter.input(0);
  Value b = emitter.input(1);
  OnnxNodeContext &context = emitter.getContext();
  if (!a || !b || context.getOpset() >= 7)
    return {a, b};
  auto aType = cast<RankedTensorType>(a.getType());
  auto bType = cast<RankedTensorType>(b.getType());
  if (!context.getInt("broadcast", 0)) {
    if (aType.getShape() == bType.getShape())
      return {a, b};
    context.emitError() << "inputs of shapes " << aType << " and " << bType
                        << " differ but attribute 'broadcast' is 0 (before "
                           "opset 7 shapes must match unless broadcast = 1)";
    return {emitter.fail(), Value()};
  }
  if (!context.hasAttribute("axis"))
    return {a, b};
  int64_t rank = aType.getRank();
  int64_t axis = context.getInt("axis", 0);
  if (axis < 0)
    axis += rank;
  if (axis < 0 || axis + bType.getRank() > rank) {
    context.emitError() << "attribute 'axis' = " << context.getInt("axis", 0)
                        << " does not place B " << bType << " inside A "
                        << aType;
    return {emitter.fail(), Value()};
  }
  SmallVector<int64_t> shape(axis, 1);
  llvm::append_range(shape, bType.getShape());
  shape.resize(rank, 1);
  return {a, emitter.op<webnn::ReshapeOp>(
                 b, DenseI64ArrayAttr::get(context.getContext(), shape))};
}

/// The float value of a constant scalar input; error when it is not one.
static FailureOr<double> getConstantScalar(OnnxNodeContext &context,
                                           unsigned index) {
  FailureOr<SmallVector<double>> values = context.getConstantFloats(index);
  if (failed(values))
    return failure();
  if (values->size() != 1)
    return context.emitError()
           << "input #" << index << " must be a scalar, got "
           << values->size() << " values";
  return values->front();
}

static FloatAttr getF32Attr(OnnxNodeContext &context, float value) {
  return Builder(context.getContext()).getF32FloatAttr(value);
}

//===----------------------------------------------------------------------===//
// One-to-one ops
//===----------------------------------------------------------------------===//

/// Binary ops with numpy broadcasting (opset 7+; legacy broadcasting is
/// rewritten by getBinaryOperands): arithmetic, comparisons, logical ops.
template <typename OpTy>
static LogicalResult convertBinary(OnnxNodeContext &context) {
  Emitter emitter(context);
  auto [a, b] = getBinaryOperands(emitter);
  return emitter.finish(emitter.op<OpTy>(a, b));
}

/// Where(condition, x, y): ONNX's bool condition is webnn's uint8.
static LogicalResult convertWhere(OnnxNodeContext &context) {
  Emitter emitter(context);
  return emitter.finish(emitter.op<webnn::WhereOp>(
      emitter.input(0), emitter.input(1), emitter.input(2)));
}

/// Unary ops whose webnn counterpart takes only the input.
template <typename OpTy>
static LogicalResult convertUnary(OnnxNodeContext &context) {
  Emitter emitter(context);
  return emitter.finish(emitter.op<OpTy>(emitter.input(0)));
}

/// Unary ops with ONNX float attributes that are webnn options of the same
/// name and meaning (Elu alpha, LeakyRelu alpha, HardSigmoid alpha/beta).
template <typename OpTy, const char *... Names>
static LogicalResult convertWithFloatOptions(OnnxNodeContext &context,
                                             decltype(Names, 0.0f)... defaults) {
  Emitter emitter(context);
  return emitter.finish(emitter.op<OpTy>(
      emitter.input(0),
      getF32Attr(context, context.getFloat(Names, defaults))...));
}

static constexpr char kAlpha[] = "alpha";
static constexpr char kBeta[] = "beta";

static LogicalResult convertElu(OnnxNodeContext &context) {
  return convertWithFloatOptions<webnn::EluOp, kAlpha>(context, 1.0f);
}

static LogicalResult convertLeakyRelu(OnnxNodeContext &context) {
  return convertWithFloatOptions<webnn::LeakyReluOp, kAlpha>(context, 0.01f);
}

static LogicalResult convertHardSigmoid(OnnxNodeContext &context) {
  return convertWithFloatOptions<webnn::HardSigmoidOp, kAlpha, kBeta>(
      context, 0.2f, 0.5f);
}

//===----------------------------------------------------------------------===//
// Variadic ops
//===----------------------------------------------------------------------===//

/// Folds the inputs with `OpTy` from left to right (each step broadcasts);
/// a single input is copied.
template <typename OpTy> static Value chainInputs(Emitter &emitter) {
  OnnxNodeContext &context = emitter.getContext();
  if (context.getNumInputs() == 0) {
    context.emitError() << "requires at least one input";
    return emitter.fail();
  }
  Value result = emitter.input(0);
  if (context.getNumInputs() == 1)
    return emitter.op<webnn::IdentityOp>(result);
  for (unsigned i = 1; i < context.getNumInputs(); ++i)
    result = emitter.op<OpTy>(result, emitter.input(i));
  return result;
}

/// Max, Min, Sum: a chain of the binary op.
template <typename OpTy>
static LogicalResult convertVariadic(OnnxNodeContext &context) {
  Emitter emitter(context);
  return emitter.finish(chainInputs<OpTy>(emitter));
}

/// Mean = Sum / number of inputs.
static LogicalResult convertMean(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value sum = chainInputs<webnn::AddOp>(emitter);
  if (context.getNumInputs() == 1)
    return emitter.finish(sum);
  return emitter.finish(emitter.op<webnn::DivOp>(
      sum, emitter.scalarLike(sum, context.getNumInputs())));
}

//===----------------------------------------------------------------------===//
// Arithmetic
//===----------------------------------------------------------------------===//

/// True when numpy's promotion of `base` and `exponent` is `exponent`'s
/// type: a float exponent of an integer base, or a wider one of the same
/// kind.
static bool promotesToExponentType(Type base, Type exponent) {
  bool baseIsFloat = isa<FloatType>(base);
  bool exponentIsFloat = isa<FloatType>(exponent);
  if (baseIsFloat != exponentIsFloat)
    return exponentIsFloat;
  return exponent.getIntOrFloatBitWidth() > base.getIntOrFloatBitWidth();
}

/// Pow: since opset 12 the exponent may have another type and the result
/// has the base's. ONNX's reference raises in the promoted type (numpy) and
/// casts back, so a base whose type promotes to the exponent's (an integer
/// base with a float exponent, float16 with float32, int8 with int64) is
/// raised in the exponent's type and cast back; otherwise the exponent takes
/// the base's type.
static LogicalResult convertPow(OnnxNodeContext &context) {
  Emitter emitter(context);
  auto [base, exponent] = getBinaryOperands(emitter);
  if (!base || !exponent)
    return failure();
  Type baseType = getElementTypeOf(base);
  Type exponentType = getElementTypeOf(exponent);
  if (baseType == exponentType)
    return emitter.finish(emitter.op<webnn::PowOp>(base, exponent));
  if (promotesToExponentType(baseType, exponentType)) {
    Value power = emitter.op<webnn::PowOp>(
        emitter.castTo(base, exponentType), exponent);
    return emitter.finish(emitter.castTo(power, baseType));
  }
  return emitter.finish(
      emitter.op<webnn::PowOp>(base, emitter.castTo(exponent, baseType)));
}

/// trunc(x) for floats: WebNN has floor and ceil only.
static Value truncate(Emitter &emitter, Value x) {
  Value isNegative =
      emitter.op<webnn::LesserOp>(x, emitter.scalarLike(x, 0.0));
  return emitter.op<webnn::WhereOp>(isNegative, emitter.op<webnn::CeilOp>(x),
                                    emitter.op<webnn::FloorOp>(x));
}

/// Mod. fmod = 1: the remainder of truncated division, with the dividend's
/// sign (C fmod): a - trunc(a / b) * b (integer div truncates already).
/// fmod = 0 (integers only): the remainder of floored division, with the
/// divisor's sign (Python %): the truncated remainder, plus b when it is
/// non-zero and its sign differs from b's. float16 is computed in float32
/// so the product trunc(a / b) * b does not lose the remainder's bits.
static LogicalResult convertMod(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value a = emitter.input(0);
  Value b = emitter.input(1);
  if (!a || !b)
    return failure();
  Type type = getElementTypeOf(a);
  bool isFloat = isa<FloatType>(type);
  bool isFmod = context.getInt("fmod", 0) != 0;
  if (isFloat && !isFmod)
    return context.emitError()
           << "attribute 'fmod' = 0 with floating-point inputs: ONNX "
              "requires fmod = 1 for them";
  if (type.isF16()) {
    Type f32 = Builder(context.getContext()).getF32Type();
    a = emitter.castTo(a, f32);
    b = emitter.castTo(b, f32);
  }
  Value quotient = emitter.op<webnn::DivOp>(a, b);
  if (isFloat)
    quotient = truncate(emitter, quotient);
  Value remainder = emitter.op<webnn::SubOp>(
      a, emitter.op<webnn::MulOp>(quotient, b));
  if (!isFmod && !isUnsignedInteger(type)) {
    Value zero = emitter.scalarLike(a, 0);
    Value signsDiffer =
        emitter.op<webnn::NotEqualOp>(emitter.op<webnn::LesserOp>(remainder, zero),
                                      emitter.op<webnn::LesserOp>(b, zero));
    Value adjust = emitter.op<webnn::LogicalAndOp>(
        emitter.op<webnn::NotEqualOp>(remainder, zero), signsDiffer);
    remainder = emitter.op<webnn::AddOp>(
        remainder, emitter.op<webnn::WhereOp>(adjust, b, zero));
  }
  if (type.isF16())
    remainder = emitter.castTo(remainder, type);
  return emitter.finish(remainder);
}

/// Abs: unsigned values are their own absolute value (webnn abs takes
/// signed types only).
static LogicalResult convertAbs(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  if (x && isUnsignedInteger(getElementTypeOf(x)))
    return emitter.finish(emitter.op<webnn::IdentityOp>(x));
  return emitter.finish(emitter.op<webnn::AbsOp>(x));
}

/// Sign: unsigned values are 0 or 1 (webnn sign takes signed types only).
static LogicalResult convertSign(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  if (x && isUnsignedInteger(getElementTypeOf(x)))
    return emitter.finish(emitter.castTo(
        emitter.op<webnn::GreaterOp>(x, emitter.scalarLike(x, 0)),
        getElementTypeOf(x)));
  return emitter.finish(emitter.op<webnn::SignOp>(x));
}

/// BitShift on unsigned integers: x * 2^y (LEFT) or x / 2^y (RIGHT, integer
/// division truncates). 2^y wraps to 0 once y reaches the bit width, which
/// makes both 0 there, as shifting every bit out does.
static LogicalResult convertBitShift(OnnxNodeContext &context) {
  Emitter emitter(context);
  std::string direction = context.getString("direction", "");
  if (direction != "LEFT" && direction != "RIGHT")
    return context.emitError() << "attribute 'direction' must be LEFT or "
                                  "RIGHT, got '"
                               << direction << "'";
  auto [x, y] = getBinaryOperands(emitter);
  Value factor = emitter.op<webnn::PowOp>(emitter.scalarLike(x, 2), y);
  if (direction == "LEFT")
    return emitter.finish(emitter.op<webnn::MulOp>(x, factor));
  return emitter.finish(emitter.op<webnn::DivOp>(x, factor));
}

//===----------------------------------------------------------------------===//
// Math functions without a webnn op
//===----------------------------------------------------------------------===//

/// exp(x) and exp(-x), for Sinh and Cosh.
static std::pair<Value, Value> expPair(Emitter &emitter, Value x) {
  return {emitter.op<webnn::ExpOp>(x),
          emitter.op<webnn::ExpOp>(emitter.op<webnn::NegOp>(x))};
}

/// Sinh = (exp(x) - exp(-x)) / 2.
static LogicalResult convertSinh(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  auto [up, down] = expPair(emitter, x);
  return emitter.finish(emitter.op<webnn::DivOp>(
      emitter.op<webnn::SubOp>(up, down), emitter.scalarLike(x, 2)));
}

/// Cosh = (exp(x) + exp(-x)) / 2.
static LogicalResult convertCosh(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  auto [up, down] = expPair(emitter, x);
  return emitter.finish(emitter.op<webnn::DivOp>(
      emitter.op<webnn::AddOp>(up, down), emitter.scalarLike(x, 2)));
}

/// Asinh = sign(x) * log(|x| + sqrt(x^2 + 1)): the odd symmetry avoids the
/// cancellation of x + sqrt(x^2 + 1) for negative x.
static LogicalResult convertAsinh(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  Value magnitude = emitter.op<webnn::AbsOp>(x);
  Value root = emitter.op<webnn::SqrtOp>(emitter.op<webnn::AddOp>(
      emitter.op<webnn::MulOp>(x, x), emitter.scalarLike(x, 1)));
  Value log = emitter.op<webnn::LogOp>(
      emitter.op<webnn::AddOp>(magnitude, root));
  return emitter.finish(
      emitter.op<webnn::MulOp>(emitter.op<webnn::SignOp>(x), log));
}

/// Acosh = log(x + sqrt((x - 1) * (x + 1))) (factored so x near 1 keeps its
/// precision); NaN below 1, as ONNX.
static LogicalResult convertAcosh(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  Value one = emitter.scalarLike(x, 1);
  Value root = emitter.op<webnn::SqrtOp>(
      emitter.op<webnn::MulOp>(emitter.op<webnn::SubOp>(x, one),
                               emitter.op<webnn::AddOp>(x, one)));
  return emitter.finish(
      emitter.op<webnn::LogOp>(emitter.op<webnn::AddOp>(x, root)));
}

/// Atanh = log((1 + x) / (1 - x)) / 2.
static LogicalResult convertAtanh(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  Value one = emitter.scalarLike(x, 1);
  Value ratio = emitter.op<webnn::DivOp>(emitter.op<webnn::AddOp>(one, x),
                                         emitter.op<webnn::SubOp>(one, x));
  return emitter.finish(emitter.op<webnn::DivOp>(
      emitter.op<webnn::LogOp>(ratio), emitter.scalarLike(x, 2)));
}

/// Asin, Acos, Atan: WebNN has no inverse trigonometric function, and none
/// of them is a finite composition of its operators.
static LogicalResult convertInverseTrigonometric(OnnxNodeContext &context) {
  return context.unsupported(
      context.getNode().op_type() +
      ": WebNN has no inverse trigonometric operator and it cannot be "
      "composed exactly from WebNN operators");
}

//===----------------------------------------------------------------------===//
// Tests and casts
//===----------------------------------------------------------------------===//

/// IsInf: both signs is isInfinite; one sign compares with that infinity;
/// neither gives an all-false mask (x < -inf never holds, not even for NaN).
static LogicalResult convertIsInf(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  bool positive = context.getInt("detect_positive", 1) != 0;
  bool negative = context.getInt("detect_negative", 1) != 0;
  double infinity = std::numeric_limits<double>::infinity();
  if (positive && negative)
    return emitter.finish(emitter.op<webnn::IsInfiniteOp>(x));
  if (positive)
    return emitter.finish(
        emitter.op<webnn::EqualOp>(x, emitter.scalarLike(x, infinity)));
  if (negative)
    return emitter.finish(
        emitter.op<webnn::EqualOp>(x, emitter.scalarLike(x, -infinity)));
  return emitter.finish(
      emitter.op<webnn::LesserOp>(x, emitter.scalarLike(x, -infinity)));
}

/// Cast to the ONNX type `to` (a TensorProto data type). BOOL is uint8 in
/// webnn, but a cast to bool is "non-zero", not a truncation to 8 bits.
static Value castToOnnxType(Emitter &emitter, Value x, int64_t to) {
  OnnxNodeContext &context = emitter.getContext();
  if (!x)
    return emitter.fail();
  if (to == onnx::TensorProto::BOOL)
    return emitter.op<webnn::NotEqualOp>(x, emitter.scalarLike(x, 0));
  Type type = getElementType(context.getContext(), static_cast<int32_t>(to));
  if (!type) {
    (void)context.unsupported("attribute 'to' = " +
                              getOnnxTypeName(static_cast<int32_t>(to)) +
                              ", which WebNN has no data type for");
    return emitter.fail();
  }
  return emitter.castTo(x, type);
}

static LogicalResult convertCast(OnnxNodeContext &context) {
  Emitter emitter(context);
  if (!context.hasAttribute("to"))
    return context.emitError() << "requires attribute 'to'";
  return emitter.finish(
      castToOnnxType(emitter, emitter.input(0), context.getInt("to", 0)));
}

/// CastLike: the target is the second input's element type. (A BOOL target
/// arrives as uint8, so it casts like uint8.)
static LogicalResult convertCastLike(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  Value like = emitter.input(1);
  if (!like)
    return failure();
  return emitter.finish(emitter.castTo(x, getElementTypeOf(like)));
}

//===----------------------------------------------------------------------===//
// Clip
//===----------------------------------------------------------------------===//

/// A clamp bound as the webnn MLNumber attribute for `type`.
static Attribute getNumberAttr(MLIRContext *context, Type type, double value) {
  Builder builder(context);
  if (isa<FloatType>(type))
    return builder.getF64FloatAttr(value);
  return builder.getI64IntegerAttr(static_cast<int64_t>(value));
}

/// Clip. Constant bounds (attributes before opset 11, constant inputs
/// after) become clamp; bounds computed at run time become max and min.
/// ONNX clips as min(max(x, lo), hi), so lo > hi gives hi everywhere, which
/// clamp expresses as [hi, hi] (clamp rejects lo > hi).
static LogicalResult convertClip(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  if (!x)
    return failure();
  Type type = getElementTypeOf(x);
  std::optional<double> lo, hi;
  if (context.getOpset() < 11) {
    if (context.hasAttribute("min"))
      lo = context.getFloat("min", 0);
    if (context.hasAttribute("max"))
      hi = context.getFloat("max", 0);
  } else {
    bool runtimeBounds = (context.hasInput(1) && !context.isConstantInput(1)) ||
                         (context.hasInput(2) && !context.isConstantInput(2));
    if (runtimeBounds) {
      Value result = x;
      if (context.hasInput(1))
        result = emitter.op<webnn::MaxOp>(result, emitter.input(1));
      if (context.hasInput(2))
        result = emitter.op<webnn::MinOp>(result, emitter.input(2));
      if (result == x)
        result = emitter.op<webnn::IdentityOp>(x);
      return emitter.finish(result);
    }
    for (unsigned index : {1u, 2u}) {
      if (!context.hasInput(index))
        continue;
      FailureOr<double> bound = getConstantScalar(context, index);
      if (failed(bound))
        return failure();
      (index == 1 ? lo : hi) = *bound;
    }
  }
  if (lo && hi && *lo > *hi)
    lo = hi;
  MLIRContext *mlirContext = context.getContext();
  return emitter.finish(emitter.op<webnn::ClampOp>(
      x, lo ? getNumberAttr(mlirContext, type, *lo) : Attribute(),
      hi ? getNumberAttr(mlirContext, type, *hi) : Attribute()));
}

//===----------------------------------------------------------------------===//
// Activations without a webnn op
//===----------------------------------------------------------------------===//

/// PRelu: webnn prelu, except for unsigned inputs (opset 9+), which are never
/// negative: max(0, x) + slope * min(0, x) = x.
static LogicalResult convertPRelu(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  Value slope = emitter.input(1);
  if (x && isUnsignedInteger(getElementTypeOf(x)))
    return emitter.finish(emitter.op<webnn::IdentityOp>(x));
  return emitter.finish(emitter.op<webnn::PreluOp>(x, slope));
}

/// Selu = gamma * elu(x, alpha).
static LogicalResult convertSelu(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  float alpha = context.getFloat("alpha", 1.67326319217681884765625f);
  float gamma = context.getFloat("gamma", 1.05070102214813232421875f);
  Value elu = emitter.op<webnn::EluOp>(x, getF32Attr(context, alpha));
  return emitter.finish(
      emitter.op<webnn::MulOp>(elu, emitter.scalarLike(x, gamma)));
}

/// Celu = max(0, x) + min(0, alpha * (exp(x / alpha) - 1)) (ONNX's
/// definition).
static LogicalResult convertCelu(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  float alphaValue = context.getFloat("alpha", 1.0f);
  if (alphaValue == 0)
    return context.unsupported("attribute 'alpha' = 0 (Celu divides by it)");
  Value alpha = emitter.scalarLike(x, alphaValue);
  Value expm1 = emitter.op<webnn::SubOp>(
      emitter.op<webnn::ExpOp>(emitter.op<webnn::DivOp>(x, alpha)),
      emitter.scalarLike(x, 1));
  Value negativePart = emitter.op<webnn::MinOp>(
      emitter.scalarLike(x, 0), emitter.op<webnn::MulOp>(alpha, expm1));
  return emitter.finish(
      emitter.op<webnn::AddOp>(emitter.op<webnn::ReluOp>(x), negativePart));
}

/// ThresholdedRelu = x where x > alpha, else 0.
static LogicalResult convertThresholdedRelu(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  Value alpha = emitter.scalarLike(x, context.getFloat("alpha", 1.0f));
  return emitter.finish(
      emitter.op<webnn::WhereOp>(emitter.op<webnn::GreaterOp>(x, alpha), x,
                                 emitter.scalarLike(x, 0)));
}

/// Mish (opset 18) = x * tanh(softplus(x)).
static LogicalResult convertMish(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  return emitter.finish(emitter.op<webnn::MulOp>(
      x, emitter.op<webnn::TanhOp>(emitter.op<webnn::SoftplusOp>(x))));
}

/// Shrink = x + bias where x < -lambd, x - bias where x > lambd, else 0.
/// For integer inputs the float thresholds become the equivalent integer
/// comparisons (x < t <=> x < ceil(t), x > t <=> x > floor(t)); scalarLike
/// saturates them to the type's range, where they keep their meaning (x <
/// min is never true).
static LogicalResult convertShrink(OnnxNodeContext &context) {
  Emitter emitter(context);
  Value x = emitter.input(0);
  if (!x)
    return failure();
  double lambd = context.getFloat("lambd", 0.5f);
  double bias = context.getFloat("bias", 0.0f);
  double lower = -lambd, upper = lambd;
  if (isa<IntegerType>(getElementTypeOf(x))) {
    if (bias != std::trunc(bias))
      return context.unsupported("attribute 'bias' = " + std::to_string(bias) +
                                 " on integer input (only integral biases)");
    lower = std::ceil(lower);
    upper = std::floor(upper);
  }
  Value zero = emitter.scalarLike(x, 0);
  Value biasValue = emitter.scalarLike(x, bias);
  Value aboveOrZero = emitter.op<webnn::WhereOp>(
      emitter.op<webnn::GreaterOp>(x, emitter.scalarLike(x, upper)),
      emitter.op<webnn::SubOp>(x, biasValue), zero);
  return emitter.finish(emitter.op<webnn::WhereOp>(
      emitter.op<webnn::LesserOp>(x, emitter.scalarLike(x, lower)),
      emitter.op<webnn::AddOp>(x, biasValue), aboveOrZero));
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void registerElementwiseConverters(OnnxConverterRegistry &registry) {
  // Opset 1 versions differ from later ones by `consumed_inputs` (a legacy
  // optimization hint, ignored) and, for binary ops, by the `broadcast`/
  // `axis` attributes (getBinaryOperands), so most ops register from 1.
  registry.add("Add", 1, convertBinary<webnn::AddOp>);
  registry.add("Sub", 1, convertBinary<webnn::SubOp>);
  registry.add("Mul", 1, convertBinary<webnn::MulOp>);
  registry.add("Div", 1, convertBinary<webnn::DivOp>);
  registry.add("Pow", 1, convertPow);
  registry.add("Mod", 10, convertMod);
  registry.add("BitShift", 11, convertBitShift);

  // Before opset 8 the variadic ops required equal shapes, which broadcasting
  // accepts too.
  registry.add("Max", 1, convertVariadic<webnn::MaxOp>);
  registry.add("Min", 1, convertVariadic<webnn::MinOp>);
  registry.add("Sum", 1, convertVariadic<webnn::AddOp>);
  registry.add("Mean", 1, convertMean);

  registry.add("Abs", 1, convertAbs);
  registry.add("Neg", 1, convertUnary<webnn::NegOp>);
  registry.add("Ceil", 1, convertUnary<webnn::CeilOp>);
  registry.add("Floor", 1, convertUnary<webnn::FloorOp>);
  registry.add("Round", 11, convertUnary<webnn::RoundEvenOp>);
  registry.add("Sqrt", 1, convertUnary<webnn::SqrtOp>);
  registry.add("Reciprocal", 1, convertUnary<webnn::ReciprocalOp>);
  registry.add("Exp", 1, convertUnary<webnn::ExpOp>);
  registry.add("Log", 1, convertUnary<webnn::LogOp>);
  registry.add("Sin", 7, convertUnary<webnn::SinOp>);
  registry.add("Cos", 7, convertUnary<webnn::CosOp>);
  registry.add("Tan", 7, convertUnary<webnn::TanOp>);
  registry.add("Asin", 7, convertInverseTrigonometric);
  registry.add("Acos", 7, convertInverseTrigonometric);
  registry.add("Atan", 7, convertInverseTrigonometric);
  registry.add("Sinh", 9, convertSinh);
  registry.add("Cosh", 9, convertCosh);
  registry.add("Asinh", 9, convertAsinh);
  registry.add("Acosh", 9, convertAcosh);
  registry.add("Atanh", 9, convertAtanh);
  registry.add("Erf", 9, convertUnary<webnn::ErfOp>);
  registry.add("Sign", 9, convertSign);

  registry.add("Not", 1, convertUnary<webnn::LogicalNotOp>);
  registry.add("And", 1, convertBinary<webnn::LogicalAndOp>);
  registry.add("Or", 1, convertBinary<webnn::LogicalOrOp>);
  registry.add("Xor", 1, convertBinary<webnn::LogicalXorOp>);
  registry.add("Equal", 1, convertBinary<webnn::EqualOp>);
  registry.add("Greater", 1, convertBinary<webnn::GreaterOp>);
  registry.add("Less", 1, convertBinary<webnn::LesserOp>);
  registry.add("GreaterOrEqual", 12, convertBinary<webnn::GreaterOrEqualOp>);
  registry.add("LessOrEqual", 12, convertBinary<webnn::LesserOrEqualOp>);
  registry.add("Where", 9, convertWhere);
  registry.add("IsNaN", 9, convertUnary<webnn::IsNaNOp>);
  registry.add("IsInf", 10, convertIsInf);
  // Opset 1 Cast took the target type as a string.
  registry.add("Cast", 6, convertCast);
  registry.add("CastLike", 15, convertCastLike);
  registry.add("Identity", 1, convertUnary<webnn::IdentityOp>);

  // Opset 1 Clip had the same min/max attributes as opset 6.
  registry.add("Clip", 1, convertClip);
  registry.add("Relu", 1, convertUnary<webnn::ReluOp>);
  registry.add("LeakyRelu", 1, convertLeakyRelu);
  // Opset 6 PRelu's slope was not broadcast with numpy rules.
  registry.add("PRelu", 7, convertPRelu);
  registry.add("Elu", 1, convertElu);
  registry.add("Selu", 1, convertSelu);
  registry.add("Celu", 12, convertCelu);
  registry.add("Sigmoid", 1, convertUnary<webnn::SigmoidOp>);
  registry.add("HardSigmoid", 1, convertHardSigmoid);
  registry.add("HardSwish", 14, convertUnary<webnn::HardSwishOp>);
  registry.add("Softplus", 1, convertUnary<webnn::SoftplusOp>);
  registry.add("Softsign", 1, convertUnary<webnn::SoftsignOp>);
  registry.add("Tanh", 1, convertUnary<webnn::TanhOp>);
  registry.add("ThresholdedRelu", 10, convertThresholdedRelu);
  registry.add("Shrink", 9, convertShrink);
  registry.add("Mish", 18, convertMish);
}

} // namespace webnnc::onnx_import
