//===- ActivationToLinalg.cpp - Activation webnn ops -> linalg ---------===//
//
// Every activation (softmax excepted: not lowered here) becomes one
// broadcasting linalg.generic whose scalar body follows the interpreter
// (compiler/interpreter/lib/kernels/ActivationKernels.cpp): float options
// are rounded to the element type, std::max/std::min are compare+select
// (their sign-of-zero behaviour), and a NaN input element stays NaN.
// Float bodies compute in the element type (f32 or f16), not in double.
//
//===----------------------------------------------------------------------===//
#include "webnnc/Conversion/WebNNToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

#include <cmath>

namespace mlir::webnnc {
namespace {

/// An option (F32) rounded to the element type (castToFloatType).
Value option(OpBuilder &b, Location loc, Type type, const APFloat &value) {
  return constFloat(b, loc, type, value.convertToDouble());
}
Value cmpf(OpBuilder &b, Location loc, arith::CmpFPredicate p, Value x,
           Value y) {
  return arith::CmpFOp::create(b, loc, p, x, y);
}
Value select(OpBuilder &b, Location loc, Value c, Value t, Value f) {
  return arith::SelectOp::create(b, loc, c, t, f);
}
/// std::max(x, y): x < y ? y : x.
Value stdMax(OpBuilder &b, Location loc, Value x, Value y) {
  return select(b, loc, cmpf(b, loc, arith::CmpFPredicate::OLT, x, y), y, x);
}
/// std::min(x, y): y < x ? y : x.
Value stdMin(OpBuilder &b, Location loc, Value x, Value y) {
  return select(b, loc, cmpf(b, loc, arith::CmpFPredicate::OLT, y, x), y, x);
}
/// NaN inputs stay NaN (the interpreter's mapFloat).
Value keepNaN(OpBuilder &b, Location loc, Value x, Value result) {
  return select(b, loc, cmpf(b, loc, arith::CmpFPredicate::UNO, x, x), x,
                result);
}
/// The interpreter's scale(a, y): 0 when y is 0 even against an infinite
/// a; `a` is a constant option, so a = 0 is handled by the caller.
Value scaleBy(OpBuilder &b, Location loc, Value a, Value y) {
  Value zero = constFloat(b, loc, y.getType(), 0.0);
  return select(b, loc, cmpf(b, loc, arith::CmpFPredicate::OEQ, y, zero), zero,
                arith::MulFOp::create(b, loc, a, y));
}

/// relu: x > 0 ? x : 0; NaN stays NaN. Integers: max(x, 0).
Value reluBody(OpBuilder &b, Location loc, ValueRange args, webnn::ReluOp) {
  Value x = args[0];
  Type type = x.getType();
  if (isa<FloatType>(type)) {
    Value zero = constFloat(b, loc, type, 0.0);
    return select(b, loc, cmpf(b, loc, arith::CmpFPredicate::UGT, x, zero), x,
                  zero);
  }
  Value zero =
      arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, 0));
  return arith::MaxSIOp::create(b, loc, x, zero);
}

/// clamp: min(max(x, minValue), maxValue), the bounds cast to the input's
/// type with the dialect's castNumberTo*; an absent (or, for floats, NaN)
/// bound does not clamp; NaN stays NaN.
Value clampBody(OpBuilder &b, Location loc, ValueRange args,
                webnn::ClampOp op) {
  Value x = args[0];
  Type type = x.getType();
  Type webnnElement =
      cast<ShapedType>(op.getInput().getType()).getElementType();
  Attribute minValue = op.getMinValueAttr(), maxValue = op.getMaxValueAttr();
  if (auto floatType = dyn_cast<FloatType>(webnnElement)) {
    if (minValue) {
      APFloat lower = webnn::castNumberToFloat(minValue, floatType);
      if (!lower.isNaN())
        x = stdMax(b, loc, x,
                   arith::ConstantOp::create(
                       b, loc, b.getFloatAttr(type, lower)));
    }
    if (maxValue) {
      APFloat upper = webnn::castNumberToFloat(maxValue, floatType);
      if (!upper.isNaN())
        x = stdMin(b, loc, x,
                   arith::ConstantOp::create(
                       b, loc, b.getFloatAttr(type, upper)));
    }
    return x;
  }
  auto intType = cast<IntegerType>(webnnElement);
  bool isUnsigned = intType.isUnsigned();
  auto bound = [&](Attribute number) -> Value {
    APSInt value = webnn::castNumberToInteger(number, intType);
    return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, value));
  };
  if (minValue)
    x = isUnsigned ? Value(arith::MaxUIOp::create(b, loc, x, bound(minValue)))
                   : Value(arith::MaxSIOp::create(b, loc, x, bound(minValue)));
  if (maxValue)
    x = isUnsigned ? Value(arith::MinUIOp::create(b, loc, x, bound(maxValue)))
                   : Value(arith::MinSIOp::create(b, loc, x, bound(maxValue)));
  return x;
}

/// elu: max(0, x) + alpha * expm1(min(0, x)).
Value eluBody(OpBuilder &b, Location loc, ValueRange args, webnn::EluOp op) {
  Value x = args[0];
  Type type = x.getType();
  Value zero = constFloat(b, loc, type, 0.0);
  Value alpha = option(b, loc, type, op.getAlpha());
  Value negative =
      math::ExpM1Op::create(b, loc, stdMin(b, loc, zero, x));
  Value result = arith::AddFOp::create(
      b, loc, stdMax(b, loc, zero, x),
      arith::MulFOp::create(b, loc, alpha, negative));
  return keepNaN(b, loc, x, result);
}

/// hardSigmoid: max(min(alpha * x + beta, 1), 0).
Value hardSigmoidBody(OpBuilder &b, Location loc, ValueRange args,
                      webnn::HardSigmoidOp op) {
  Value x = args[0];
  Type type = x.getType();
  Value beta = option(b, loc, type, op.getBeta());
  Value linear = op.getAlpha().isZero()
                     ? beta
                     : Value(arith::AddFOp::create(
                           b, loc,
                           scaleBy(b, loc, option(b, loc, type, op.getAlpha()),
                                   x),
                           beta));
  Value result =
      stdMax(b, loc, stdMin(b, loc, linear, constFloat(b, loc, type, 1.0)),
             constFloat(b, loc, type, 0.0));
  return keepNaN(b, loc, x, result);
}

/// leakyRelu: max(0, x) + alpha * min(0, x).
Value leakyReluBody(OpBuilder &b, Location loc, ValueRange args,
                    webnn::LeakyReluOp op) {
  Value x = args[0];
  Type type = x.getType();
  Value zero = constFloat(b, loc, type, 0.0);
  Value result = stdMax(b, loc, zero, x);
  if (!op.getAlpha().isZero())
    result = arith::AddFOp::create(
        b, loc, result,
        scaleBy(b, loc, option(b, loc, type, op.getAlpha()),
                stdMin(b, loc, zero, x)));
  return keepNaN(b, loc, x, result);
}

/// linear: alpha * x + beta.
Value linearBody(OpBuilder &b, Location loc, ValueRange args,
                 webnn::LinearOp op) {
  Value x = args[0];
  Type type = x.getType();
  Value beta = option(b, loc, type, op.getBeta());
  Value product = op.getAlpha().isZero()
                      ? constFloat(b, loc, type, 0.0)
                      : scaleBy(b, loc, option(b, loc, type, op.getAlpha()), x);
  return keepNaN(b, loc, x, arith::AddFOp::create(b, loc, product, beta));
}

/// gelu: 0.5 * x * (1 + erf(x / sqrt(2))), 0 where the second factor is 0.
Value geluBody(OpBuilder &b, Location loc, ValueRange args, webnn::GeluOp) {
  Value x = args[0];
  Type type = x.getType();
  Value scaled = arith::MulFOp::create(
      b, loc, x, constFloat(b, loc, type, 0.70710678118654752440));
  Value factor = arith::AddFOp::create(b, loc, constFloat(b, loc, type, 1.0),
                                       math::ErfOp::create(b, loc, scaled));
  Value half = arith::MulFOp::create(b, loc, constFloat(b, loc, type, 0.5), x);
  return keepNaN(b, loc, x, scaleBy(b, loc, half, factor));
}

/// hardSwish: x * max(0, min(6, x + 3)) / 6.
Value hardSwishBody(OpBuilder &b, Location loc, ValueRange args,
                    webnn::HardSwishOp) {
  Value x = args[0];
  Type type = x.getType();
  Value shifted =
      arith::AddFOp::create(b, loc, x, constFloat(b, loc, type, 3.0));
  Value gate = stdMax(b, loc, constFloat(b, loc, type, 0.0),
                      stdMin(b, loc, constFloat(b, loc, type, 6.0), shifted));
  Value result = arith::DivFOp::create(b, loc, scaleBy(b, loc, x, gate),
                                       constFloat(b, loc, type, 6.0));
  return keepNaN(b, loc, x, result);
}

/// sigmoid: 1 / (exp(-x) + 1).
Value sigmoidBody(OpBuilder &b, Location loc, ValueRange args,
                  webnn::SigmoidOp) {
  Value x = args[0];
  Type type = x.getType();
  Value one = constFloat(b, loc, type, 1.0);
  Value e = math::ExpOp::create(b, loc, arith::NegFOp::create(b, loc, x));
  return arith::DivFOp::create(b, loc, one,
                               arith::AddFOp::create(b, loc, e, one));
}

/// softplus: x > 0 ? x + log1p(exp(-x)) : log1p(exp(x)).
Value softplusBody(OpBuilder &b, Location loc, ValueRange args,
                   webnn::SoftplusOp) {
  Value x = args[0];
  Type type = x.getType();
  Value zero = constFloat(b, loc, type, 0.0);
  Value positive = cmpf(b, loc, arith::CmpFPredicate::OGT, x, zero);
  Value magnitude = math::AbsFOp::create(b, loc, x);
  // log1p(exp(-|x|)), plus x where x > 0.
  Value tail = math::Log1pOp::create(
      b, loc,
      math::ExpOp::create(b, loc, arith::NegFOp::create(b, loc, magnitude)));
  Value result =
      select(b, loc, positive, arith::AddFOp::create(b, loc, x, tail), tail);
  return keepNaN(b, loc, x, result);
}

/// softsign: x / (1 + |x|); +-1 at +-Infinity.
Value softsignBody(OpBuilder &b, Location loc, ValueRange args,
                   webnn::SoftsignOp) {
  Value x = args[0];
  Type type = x.getType();
  Value one = constFloat(b, loc, type, 1.0);
  Value magnitude = math::AbsFOp::create(b, loc, x);
  Value result = arith::DivFOp::create(
      b, loc, x, arith::AddFOp::create(b, loc, one, magnitude));
  Value isInf = cmpf(b, loc, arith::CmpFPredicate::OEQ, magnitude,
                     constFloat(b, loc, type, INFINITY));
  Value sign = select(b, loc, cmpf(b, loc, arith::CmpFPredicate::OGT, x,
                                   constFloat(b, loc, type, 0.0)),
                     one, constFloat(b, loc, type, -1.0));
  return select(b, loc, isInf, sign, result);
}

Value tanhBody(OpBuilder &b, Location loc, ValueRange args, webnn::TanhOp) {
  return math::TanhOp::create(b, loc, args[0]);
}

/// prelu: max(0, x) + slope * min(0, x); NaN in either gives NaN.
/// Integers: x >= 0 ? x : slope * x (wrapping).
Value preluBody(OpBuilder &b, Location loc, ValueRange args, webnn::PreluOp) {
  Value x = args[0], slope = args[1];
  Type type = x.getType();
  if (!isa<FloatType>(type)) {
    Value zero =
        arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, 0));
    Value nonNegative =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, x, zero);
    return select(b, loc, nonNegative, x,
                  arith::MulIOp::create(b, loc, slope, x));
  }
  Value zero = constFloat(b, loc, type, 0.0);
  Value result =
      arith::AddFOp::create(b, loc, stdMax(b, loc, zero, x),
                            scaleBy(b, loc, slope, stdMin(b, loc, zero, x)));
  Value anyNaN = cmpf(b, loc, arith::CmpFPredicate::UNO, x, slope);
  return select(b, loc, anyNaN, arith::AddFOp::create(b, loc, x, slope),
                result);
}

} // namespace

void populateActivationToLinalgPatterns(const TypeConverter &converter,
                                        RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  // Activation bodies need no signedness information.
#define WEBNNC_ACTIVATION(OP, BODY)                                            \
  patterns.add<ElementwiseLowering<webnn::OP>>(                                \
      converter, context,                                                      \
      [](OpBuilder &b, Location loc, ValueRange args, webnn::OP op,            \
         const ElementwiseInfo &) { return BODY(b, loc, args, op); })
  WEBNNC_ACTIVATION(ReluOp, reluBody);
  WEBNNC_ACTIVATION(ClampOp, clampBody);
  WEBNNC_ACTIVATION(EluOp, eluBody);
  WEBNNC_ACTIVATION(GeluOp, geluBody);
  WEBNNC_ACTIVATION(HardSigmoidOp, hardSigmoidBody);
  WEBNNC_ACTIVATION(HardSwishOp, hardSwishBody);
  WEBNNC_ACTIVATION(LeakyReluOp, leakyReluBody);
  WEBNNC_ACTIVATION(LinearOp, linearBody);
  WEBNNC_ACTIVATION(PreluOp, preluBody);
  WEBNNC_ACTIVATION(SigmoidOp, sigmoidBody);
  WEBNNC_ACTIVATION(SoftplusOp, softplusBody);
  WEBNNC_ACTIVATION(SoftsignOp, softsignBody);
  WEBNNC_ACTIVATION(TanhOp, tanhBody);
#undef WEBNNC_ACTIVATION
}

} // namespace mlir::webnnc
