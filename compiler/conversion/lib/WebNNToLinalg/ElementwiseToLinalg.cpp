//===- ElementwiseToLinalg.cpp - element-wise webnn ops -> linalg ---------===//
//
// Every op here becomes one broadcasting linalg.generic (buildElementwise)
// whose scalar body follows the interpreter's kernel
// (compiler/interpreter/lib/kernels/ElementwiseKernels.cpp); identity is
// its operand.
//
//===----------------------------------------------------------------------===//
#include "webnnc/Conversion/WebNNToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "webnn/IR/WebNNOps.h"

namespace mlir::webnnc {
namespace {

/// A uint8 0/1 from an i1.
Value toUint8(OpBuilder &b, Location loc, Value flag) {
  return arith::ExtUIOp::create(b, loc, b.getI8Type(), flag);
}
Value cmpf(OpBuilder &b, Location loc, arith::CmpFPredicate p, Value x,
           Value y) {
  return arith::CmpFOp::create(b, loc, p, x, y);
}
Value cmpi(OpBuilder &b, Location loc, arith::CmpIPredicate p, Value x,
           Value y) {
  return arith::CmpIOp::create(b, loc, p, x, y);
}
Value select(OpBuilder &b, Location loc, Value c, Value t, Value f) {
  return arith::SelectOp::create(b, loc, c, t, f);
}

//===----------------------------------------------------------------------===//
// Binary arithmetic
//===----------------------------------------------------------------------===//

template <typename FloatOp, typename IntOp, typename OpT>
Value arithBody(OpBuilder &b, Location loc, ValueRange args, OpT,
                const ElementwiseInfo &) {
  if (isa<FloatType>(args[0].getType()))
    return FloatOp::create(b, loc, args[0], args[1]);
  return IntOp::create(b, loc, args[0], args[1]);
}

/// Integer division truncates toward zero; x / 0 is 0 and (signed) x / -1
/// is the wrapping negation, as the interpreter's integerDiv. The divisor
/// is made safe (1) where those cases apply so no UB is executed.
Value divBody(OpBuilder &b, Location loc, ValueRange args, webnn::DivOp,
              const ElementwiseInfo &info) {
  Value x = args[0], y = args[1];
  Type type = x.getType();
  if (isa<FloatType>(type))
    return arith::DivFOp::create(b, loc, x, y);
  Value zero = constInt(b, loc, type, 0);
  Value one = constInt(b, loc, type, 1);
  Value isZero = cmpi(b, loc, arith::CmpIPredicate::eq, y, zero);
  if (info.inUnsigned) {
    Value q = arith::DivUIOp::create(b, loc, x, select(b, loc, isZero, one, y));
    return select(b, loc, isZero, zero, q);
  }
  Value minusOne = constInt(b, loc, type, -1);
  Value isMinusOne = cmpi(b, loc, arith::CmpIPredicate::eq, y, minusOne);
  Value unsafe = arith::OrIOp::create(b, loc, isZero, isMinusOne);
  Value q = arith::DivSIOp::create(b, loc, x, select(b, loc, unsafe, one, y));
  Value negated = arith::SubIOp::create(b, loc, zero, x);
  return select(b, loc, isZero, zero, select(b, loc, isMinusOne, negated, q));
}

/// Floats: NaN propagates, -0 < +0 (arith.maximumf/minimumf).
template <bool IsMax, typename OpT>
Value maxMinBody(OpBuilder &b, Location loc, ValueRange args, OpT,
                 const ElementwiseInfo &info) {
  Value x = args[0], y = args[1];
  if (isa<FloatType>(x.getType())) {
    if (IsMax)
      return arith::MaximumFOp::create(b, loc, x, y);
    return arith::MinimumFOp::create(b, loc, x, y);
  }
  if (IsMax)
    return info.inUnsigned ? Value(arith::MaxUIOp::create(b, loc, x, y))
                           : Value(arith::MaxSIOp::create(b, loc, x, y));
  return info.inUnsigned ? Value(arith::MinUIOp::create(b, loc, x, y))
                         : Value(arith::MinSIOp::create(b, loc, x, y));
}

/// Floats: math.powf. Integers: repeated squaring over every exponent bit
/// (unrolled), wrapping; a negative signed exponent gives 1 for a = 1, +-1
/// for a = -1 by parity and 0 otherwise (the interpreter's integerPow).
Value powBody(OpBuilder &b, Location loc, ValueRange args, webnn::PowOp,
              const ElementwiseInfo &info) {
  Value x = args[0], y = args[1];
  Type type = x.getType();
  if (isa<FloatType>(type))
    return math::PowFOp::create(b, loc, x, y);
  unsigned width = type.getIntOrFloatBitWidth();
  Value zero = constInt(b, loc, type, 0);
  Value one = constInt(b, loc, type, 1);
  Value result = one, base = x;
  for (unsigned bit = 0; bit < width; ++bit) {
    Value shifted =
        arith::ShRUIOp::create(b, loc, y, constInt(b, loc, type, bit));
    Value set = arith::TruncIOp::create(b, loc, b.getI1Type(), shifted);
    result = select(b, loc, set, arith::MulIOp::create(b, loc, result, base),
                    result);
    if (bit + 1 < width)
      base = arith::MulIOp::create(b, loc, base, base);
  }
  if (info.inUnsigned)
    return result;
  Value minusOne = constInt(b, loc, type, -1);
  Value odd = arith::TruncIOp::create(b, loc, b.getI1Type(), y);
  Value negative = cmpi(b, loc, arith::CmpIPredicate::slt, y, zero);
  Value fromOne = select(
      b, loc, cmpi(b, loc, arith::CmpIPredicate::eq, x, one), one,
      select(b, loc, cmpi(b, loc, arith::CmpIPredicate::eq, x, minusOne),
             select(b, loc, odd, minusOne, one), zero));
  return select(b, loc, negative, fromOne, result);
}

//===----------------------------------------------------------------------===//
// Logical operations (uint8 0/1 results)
//===----------------------------------------------------------------------===//

/// IEEE comparisons for floats (ordered, except notEqual: unordered).
template <arith::CmpFPredicate FP, arith::CmpIPredicate SP,
          arith::CmpIPredicate UP, typename OpT>
Value compareBody(OpBuilder &b, Location loc, ValueRange args, OpT,
                  const ElementwiseInfo &info) {
  Value flag;
  if (isa<FloatType>(args[0].getType()))
    flag = cmpf(b, loc, FP, args[0], args[1]);
  else
    flag = cmpi(b, loc, info.inUnsigned ? UP : SP, args[0], args[1]);
  return toUint8(b, loc, flag);
}

Value isTrue(OpBuilder &b, Location loc, Value x) {
  return cmpi(b, loc, arith::CmpIPredicate::ne, x,
              constInt(b, loc, x.getType(), 0));
}

Value logicalNotBody(OpBuilder &b, Location loc, ValueRange args,
                     webnn::LogicalNotOp, const ElementwiseInfo &) {
  return toUint8(b, loc,
                 cmpi(b, loc, arith::CmpIPredicate::eq, args[0],
                      constInt(b, loc, args[0].getType(), 0)));
}

template <typename LogicOp, typename OpT>
Value logicalBody(OpBuilder &b, Location loc, ValueRange args, OpT,
                  const ElementwiseInfo &) {
  return toUint8(b, loc,
                 LogicOp::create(b, loc, isTrue(b, loc, args[0]),
                                 isTrue(b, loc, args[1])));
}

Value isNaNBody(OpBuilder &b, Location loc, ValueRange args, webnn::IsNaNOp,
                const ElementwiseInfo &) {
  return toUint8(
      b, loc, cmpf(b, loc, arith::CmpFPredicate::UNO, args[0], args[0]));
}

Value isInfiniteBody(OpBuilder &b, Location loc, ValueRange args,
                     webnn::IsInfiniteOp, const ElementwiseInfo &) {
  Type type = args[0].getType();
  Value magnitude = math::AbsFOp::create(b, loc, args[0]);
  Value inf = constFloat(b, loc, type, INFINITY);
  return toUint8(b, loc,
                 cmpf(b, loc, arith::CmpFPredicate::OEQ, magnitude, inf));
}

//===----------------------------------------------------------------------===//
// Unary operations
//===----------------------------------------------------------------------===//

template <typename MathOp, typename OpT>
Value mathBody(OpBuilder &b, Location loc, ValueRange args, OpT,
               const ElementwiseInfo &) {
  return MathOp::create(b, loc, args[0]);
}

/// Integers: the most negative value stays itself (wrapping).
Value absBody(OpBuilder &b, Location loc, ValueRange args, webnn::AbsOp,
              const ElementwiseInfo &) {
  Value x = args[0];
  if (isa<FloatType>(x.getType()))
    return math::AbsFOp::create(b, loc, x);
  Value zero = constInt(b, loc, x.getType(), 0);
  return select(b, loc, cmpi(b, loc, arith::CmpIPredicate::slt, x, zero),
                arith::SubIOp::create(b, loc, zero, x), x);
}

Value negBody(OpBuilder &b, Location loc, ValueRange args, webnn::NegOp,
              const ElementwiseInfo &) {
  Value x = args[0];
  if (isa<FloatType>(x.getType()))
    return arith::NegFOp::create(b, loc, x);
  return arith::SubIOp::create(b, loc, constInt(b, loc, x.getType(), 0), x);
}

Value reciprocalBody(OpBuilder &b, Location loc, ValueRange args,
                     webnn::ReciprocalOp, const ElementwiseInfo &) {
  return arith::DivFOp::create(
      b, loc, constFloat(b, loc, args[0].getType(), 1.0), args[0]);
}

/// 1 if > 0, -1 if < 0, else 0 (NaN and -0 give +0).
Value signBody(OpBuilder &b, Location loc, ValueRange args, webnn::SignOp,
               const ElementwiseInfo &) {
  Value x = args[0];
  Type type = x.getType();
  Value zero = zeroOf(b, loc, type);
  bool isFloat = isa<FloatType>(type);
  Value one = isFloat ? constFloat(b, loc, type, 1) : constInt(b, loc, type, 1);
  Value minusOne =
      isFloat ? constFloat(b, loc, type, -1) : constInt(b, loc, type, -1);
  Value gt = isFloat ? cmpf(b, loc, arith::CmpFPredicate::OGT, x, zero)
                     : cmpi(b, loc, arith::CmpIPredicate::sgt, x, zero);
  Value lt = isFloat ? cmpf(b, loc, arith::CmpFPredicate::OLT, x, zero)
                     : cmpi(b, loc, arith::CmpIPredicate::slt, x, zero);
  return select(b, loc, gt, one, select(b, loc, lt, minusOne, zero));
}

Value whereBody(OpBuilder &b, Location loc, ValueRange args, webnn::WhereOp,
                const ElementwiseInfo &) {
  return select(b, loc, isTrue(b, loc, args[0]), args[1], args[2]);
}

/// The spec's cast table as the interpreter implements it:
///  float -> float: extf/truncf (nearest, +-Inf out of range);
///  float -> int: truncated, NaN -> 0, saturated to 64 bits (uint64: to
///    [0, 2^64 - 1]), then the low bits;
///  int -> float: sitofp/uitofp by the source's signedness;
///  int -> int: sign/zero extension by the source, or the low bits.
Value castBody(OpBuilder &b, Location loc, ValueRange args, webnn::CastOp,
               const ElementwiseInfo &info) {
  Value x = args[0];
  Type from = x.getType();
  Type to = info.outSignless;
  if (from == to)
    return x;
  auto fromFloat = dyn_cast<FloatType>(from);
  auto toFloat = dyn_cast<FloatType>(to);
  if (fromFloat && toFloat) {
    if (fromFloat.getWidth() < toFloat.getWidth())
      return arith::ExtFOp::create(b, loc, to, x);
    return arith::TruncFOp::create(b, loc, to, x);
  }
  if (!fromFloat && toFloat) {
    if (info.inUnsigned)
      return arith::UIToFPOp::create(b, loc, to, x);
    return arith::SIToFPOp::create(b, loc, to, x);
  }
  unsigned toWidth = to.getIntOrFloatBitWidth();
  if (fromFloat) {
    // Compute in f64 (exact for f16/f32 inputs).
    Type f64 = b.getF64Type();
    Type i64 = b.getI64Type();
    Value wide = fromFloat.getWidth() < 64
                     ? Value(arith::ExtFOp::create(b, loc, f64, x))
                     : x;
    Value isNaN = cmpf(b, loc, arith::CmpFPredicate::UNO, wide, wide);
    wide = select(b, loc, isNaN, constFloat(b, loc, f64, 0), wide);
    Value result;
    if (info.outUnsigned && toWidth == 64) {
      Value low = cmpf(b, loc, arith::CmpFPredicate::OLE, wide,
                       constFloat(b, loc, f64, 0));
      Value high = cmpf(b, loc, arith::CmpFPredicate::OGE, wide,
                        constFloat(b, loc, f64, 18446744073709551616.0));
      Value safe = select(b, loc, arith::OrIOp::create(b, loc, low, high),
                          constFloat(b, loc, f64, 0), wide);
      Value converted = arith::FPToUIOp::create(b, loc, i64, safe);
      result = select(b, loc, low, constInt(b, loc, i64, 0),
                      select(b, loc, high, constInt(b, loc, i64, -1),
                             converted));
    } else {
      Value high = cmpf(b, loc, arith::CmpFPredicate::OGE, wide,
                        constFloat(b, loc, f64, 9223372036854775808.0));
      Value low = cmpf(b, loc, arith::CmpFPredicate::OLT, wide,
                       constFloat(b, loc, f64, -9223372036854775808.0));
      Value safe = select(b, loc, arith::OrIOp::create(b, loc, low, high),
                          constFloat(b, loc, f64, 0), wide);
      Value converted = arith::FPToSIOp::create(b, loc, i64, safe);
      result = select(
          b, loc, high, constInt(b, loc, i64, INT64_MAX),
          select(b, loc, low, constInt(b, loc, i64, INT64_MIN), converted));
    }
    if (toWidth < 64)
      result = arith::TruncIOp::create(b, loc, to, result);
    return result;
  }
  unsigned fromWidth = from.getIntOrFloatBitWidth();
  if (fromWidth < toWidth) {
    if (info.inUnsigned)
      return arith::ExtUIOp::create(b, loc, to, x);
    return arith::ExtSIOp::create(b, loc, to, x);
  }
  return arith::TruncIOp::create(b, loc, to, x);
}

/// identity: the operand itself.
struct IdentityLowering : OpConversionPattern<webnn::IdentityOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::IdentityOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, adaptor.getInput());
    return success();
  }
};

} // namespace

void populateElementwiseToLinalgPatterns(const TypeConverter &converter,
                                         RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  using FP = arith::CmpFPredicate;
  using IP = arith::CmpIPredicate;
#define WEBNNC_MAP(OP, BODY)                                                   \
  patterns.add<ElementwiseLowering<webnn::OP>>(                                \
      converter, context, ScalarBody<webnn::OP>(BODY))
  WEBNNC_MAP(AddOp, (arithBody<arith::AddFOp, arith::AddIOp, webnn::AddOp>));
  WEBNNC_MAP(SubOp, (arithBody<arith::SubFOp, arith::SubIOp, webnn::SubOp>));
  WEBNNC_MAP(MulOp, (arithBody<arith::MulFOp, arith::MulIOp, webnn::MulOp>));
  WEBNNC_MAP(DivOp, divBody);
  WEBNNC_MAP(MaxOp, (maxMinBody<true, webnn::MaxOp>));
  WEBNNC_MAP(MinOp, (maxMinBody<false, webnn::MinOp>));
  WEBNNC_MAP(PowOp, powBody);
  WEBNNC_MAP(EqualOp,
             (compareBody<FP::OEQ, IP::eq, IP::eq, webnn::EqualOp>));
  WEBNNC_MAP(NotEqualOp,
             (compareBody<FP::UNE, IP::ne, IP::ne, webnn::NotEqualOp>));
  WEBNNC_MAP(GreaterOp,
             (compareBody<FP::OGT, IP::sgt, IP::ugt, webnn::GreaterOp>));
  WEBNNC_MAP(GreaterOrEqualOp, (compareBody<FP::OGE, IP::sge, IP::uge,
                                            webnn::GreaterOrEqualOp>));
  WEBNNC_MAP(LesserOp,
             (compareBody<FP::OLT, IP::slt, IP::ult, webnn::LesserOp>));
  WEBNNC_MAP(LesserOrEqualOp, (compareBody<FP::OLE, IP::sle, IP::ule,
                                           webnn::LesserOrEqualOp>));
  WEBNNC_MAP(LogicalNotOp, logicalNotBody);
  WEBNNC_MAP(LogicalAndOp, (logicalBody<arith::AndIOp, webnn::LogicalAndOp>));
  WEBNNC_MAP(LogicalOrOp, (logicalBody<arith::OrIOp, webnn::LogicalOrOp>));
  WEBNNC_MAP(LogicalXorOp, (logicalBody<arith::XOrIOp, webnn::LogicalXorOp>));
  WEBNNC_MAP(IsNaNOp, isNaNBody);
  WEBNNC_MAP(IsInfiniteOp, isInfiniteBody);
  WEBNNC_MAP(AbsOp, absBody);
  WEBNNC_MAP(CeilOp, (mathBody<math::CeilOp, webnn::CeilOp>));
  WEBNNC_MAP(CosOp, (mathBody<math::CosOp, webnn::CosOp>));
  WEBNNC_MAP(ErfOp, (mathBody<math::ErfOp, webnn::ErfOp>));
  WEBNNC_MAP(ExpOp, (mathBody<math::ExpOp, webnn::ExpOp>));
  WEBNNC_MAP(FloorOp, (mathBody<math::FloorOp, webnn::FloorOp>));
  WEBNNC_MAP(LogOp, (mathBody<math::LogOp, webnn::LogOp>));
  WEBNNC_MAP(NegOp, negBody);
  WEBNNC_MAP(ReciprocalOp, reciprocalBody);
  WEBNNC_MAP(RoundEvenOp, (mathBody<math::RoundEvenOp, webnn::RoundEvenOp>));
  WEBNNC_MAP(SinOp, (mathBody<math::SinOp, webnn::SinOp>));
  WEBNNC_MAP(SignOp, signBody);
  WEBNNC_MAP(SqrtOp, (mathBody<math::SqrtOp, webnn::SqrtOp>));
  WEBNNC_MAP(TanOp, (mathBody<math::TanOp, webnn::TanOp>));
  WEBNNC_MAP(WhereOp, whereBody);
  WEBNNC_MAP(CastOp, castBody);
#undef WEBNNC_MAP
  patterns.add<IdentityLowering>(converter, context);
}

} // namespace mlir::webnnc
