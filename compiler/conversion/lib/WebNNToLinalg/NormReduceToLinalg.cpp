//===- NormReduceToLinalg.cpp - NormReduce webnn ops -> linalg ---------===//
//
// Reductions (reduceL1 ... reduceSumSquare), argMin/argMax, softmax,
// cumulativeSum and the normalizations (batch, instance, layer) as
// linalg.generic ops with reduction iterators, following the interpreter's
// numerics (compiler/interpreter/lib/kernels/{Reduction,Normalization,
// Activation}Kernels.cpp): float16 and float32 accumulate in f32 and round
// once on store; integers accumulate in their own type, wrapping.
//
//===----------------------------------------------------------------------===//
#include "webnnc/Conversion/WebNNToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/AffineMap.h"
#include "webnn/IR/WebNNOps.h"
#include "llvm/ADT/APFloat.h"

namespace mlir::webnnc {
namespace {

using utils::IteratorType;
using BodyFn = function_ref<Value(OpBuilder &, Location, ValueRange)>;

/// The type arithmetic happens in: f32 for float16/float32, the (signless)
/// storage type for integers.
static Type computeType(Type element) {
  if (isa<FloatType>(element))
    return Float32Type::get(element.getContext());
  return element;
}

static Value toCompute(OpBuilder &b, Location loc, Value x) {
  Type target = computeType(x.getType());
  if (x.getType() == target)
    return x;
  return arith::ExtFOp::create(b, loc, target, x);
}

static Value fromCompute(OpBuilder &b, Location loc, Value x, Type element) {
  if (x.getType() == element)
    return x;
  return arith::TruncFOp::create(b, loc, element, x);
}

/// The dimensions `reduced` leaves, as affine dims of a rank-`rank` loop.
static AffineMap keptMap(MLIRContext *ctx, ArrayRef<bool> reduced) {
  SmallVector<AffineExpr> exprs;
  for (auto [d, r] : llvm::enumerate(reduced))
    if (!r)
      exprs.push_back(getAffineDimExpr(d, ctx));
  return AffineMap::get(reduced.size(), 0, exprs, ctx);
}

static SmallVector<int64_t> keptShape(ArrayRef<int64_t> shape,
                                      ArrayRef<bool> reduced) {
  SmallVector<int64_t> kept;
  for (auto [d, r] : llvm::enumerate(reduced))
    if (!r)
      kept.push_back(shape[d]);
  return kept;
}

/// A linalg.generic whose single output is `outType`, filled with `init`
/// (or empty when null); `maps` hold one map per input and then the
/// output's. The body gets the inputs' and the output's scalars.
static SmallVector<Value>
buildGeneric(OpBuilder &b, Location loc, ArrayRef<RankedTensorType> outTypes,
             ArrayRef<Value> inits, ValueRange inputs, ArrayRef<AffineMap> maps,
             ArrayRef<IteratorType> iterators,
             function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange)>
                 body) {
  SmallVector<Value> outs;
  SmallVector<Type> types;
  for (auto [type, init] : llvm::zip(outTypes, inits)) {
    Value out = tensor::EmptyOp::create(b, loc, type.getShape(),
                                        type.getElementType());
    if (init)
      out = linalg::FillOp::create(b, loc, ValueRange{init}, ValueRange{out})
                .getResult(0);
    outs.push_back(out);
    types.push_back(type);
  }
  auto generic = linalg::GenericOp::create(
      b, loc, types, inputs, outs, maps, iterators,
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        linalg::YieldOp::create(nested, nestedLoc,
                                body(nested, nestedLoc, args));
      });
  return SmallVector<Value>(generic.getResults());
}

/// Reduces `input` over the dimensions marked in `reduced` into a tensor of
/// the kept dimensions with element type `accType`, from `init`:
/// `step(b, loc, {x, extras..., acc})` gives the new accumulator. `extras`
/// are tensors of the kept shape read alongside each element.
static Value buildReduction(OpBuilder &b, Location loc, Value input,
                            ArrayRef<bool> reduced, Value init,
                            ValueRange extras, BodyFn step) {
  MLIRContext *ctx = b.getContext();
  auto inType = cast<RankedTensorType>(input.getType());
  int64_t rank = inType.getRank();
  auto outType = RankedTensorType::get(keptShape(inType.getShape(), reduced),
                                       init.getType());
  SmallVector<IteratorType> iterators;
  for (bool r : reduced)
    iterators.push_back(r ? IteratorType::reduction : IteratorType::parallel);
  AffineMap kept = keptMap(ctx, reduced);
  SmallVector<AffineMap> maps{b.getMultiDimIdentityMap(rank)};
  for (size_t i = 0; i < extras.size(); ++i)
    maps.push_back(kept);
  maps.push_back(kept);
  SmallVector<Value> inputs{input};
  llvm::append_range(inputs, extras);
  return buildGeneric(b, loc, {outType}, {init}, inputs, maps, iterators,
                      [&](OpBuilder &nb, Location nl, ValueRange args) {
                        return SmallVector<Value>{step(nb, nl, args)};
                      })[0];
}

/// A parallel generic over `outType`'s shape; `maps` one per input.
static Value buildMapped(OpBuilder &b, Location loc, RankedTensorType outType,
                         ValueRange inputs, SmallVector<AffineMap> maps,
                         BodyFn body) {
  int64_t rank = outType.getRank();
  maps.push_back(b.getMultiDimIdentityMap(rank));
  SmallVector<IteratorType> iterators(rank, IteratorType::parallel);
  return buildGeneric(b, loc, {outType}, {Value()}, inputs, maps, iterators,
                      [&](OpBuilder &nb, Location nl, ValueRange args) {
                        return SmallVector<Value>{
                            body(nb, nl, args.drop_back())};
                      })[0];
}

/// tensor.expand_shape of a reduced tensor (the kept dimensions) back to
/// `resultType`, where the reduced dimensions have size 1.
static Value expandKept(OpBuilder &b, Location loc, Value value,
                        RankedTensorType resultType, ArrayRef<bool> reduced) {
  SmallVector<ReassociationIndices> groups;
  SmallVector<int64_t> leading;
  for (auto [d, r] : llvm::enumerate(reduced)) {
    if (r) {
      if (groups.empty())
        leading.push_back(d);
      else
        groups.back().push_back(d);
      continue;
    }
    ReassociationIndices group(leading.begin(), leading.end());
    leading.clear();
    group.push_back(d);
    groups.push_back(group);
  }
  return tensor::ExpandShapeOp::create(b, loc, resultType, value, groups);
}

static bool allStatic(Operation *op) {
  for (Type type : op->getOperandTypes())
    if (auto ranked = dyn_cast<RankedTensorType>(type);
        !ranked || !ranked.hasStaticShape())
      return false;
  return true;
}

//===----------------------------------------------------------------------===//
// reduceL1 ... reduceSumSquare
//===----------------------------------------------------------------------===//

enum class Kind { Sum, L1, SumSquare, Product, Max, Min, Mean, L2, LogSum,
                  LogSumExp };

/// The accumulator's start value: the interpreter's Start (Zero, One,
/// Lowest, Highest) in the compute type.
static Value startValue(OpBuilder &b, Location loc, Kind kind, Type type,
                        bool isUnsigned) {
  if (auto f = dyn_cast<FloatType>(type)) {
    const llvm::fltSemantics &sem = f.getFloatSemantics();
    APFloat value = APFloat::getZero(sem);
    if (kind == Kind::Product)
      value = APFloat::getOne(sem);
    else if (kind == Kind::Max)
      value = APFloat::getInf(sem, /*Negative=*/true);
    else if (kind == Kind::Min)
      value = APFloat::getInf(sem, /*Negative=*/false);
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(f, value));
  }
  unsigned width = type.getIntOrFloatBitWidth();
  APInt value = APInt::getZero(width);
  if (kind == Kind::Product)
    value = APInt(width, 1);
  else if (kind == Kind::Max)
    value = isUnsigned ? APInt::getMinValue(width)
                       : APInt::getSignedMinValue(width);
  else if (kind == Kind::Min)
    value = isUnsigned ? APInt::getMaxValue(width)
                       : APInt::getSignedMaxValue(width);
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, value));
}

template <typename OpTy, Kind K>
struct ReductionLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  using OpAdaptor = typename OpConversionPattern<OpTy>::OpAdaptor;
  LogicalResult
  matchAndRewrite(OpTy op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(this->getTypeConverter(), op.getType());
    if (!resultType || !allStatic(op))
      return rewriter.notifyMatchFailure(op, "needs static ranked tensors");
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    int64_t rank = inType.getRank();
    bool isUnsigned = isUnsignedElement(op.getInput().getType());
    Type element = inType.getElementType();
    Type ct = computeType(element);
    bool isFloat = isa<FloatType>(ct);

    SmallVector<bool> reduced(rank, !op.getAxes().has_value());
    if (auto axes = op.getAxes())
      for (int64_t axis : *axes)
        reduced[axis] = true;
    int64_t count = 1;
    for (int64_t d = 0; d < rank; ++d)
      if (reduced[d])
        count *= inType.getDimSize(d);

    auto add = [&](OpBuilder &b, Location l, Value x, Value y) -> Value {
      if (isFloat)
        return arith::AddFOp::create(b, l, x, y);
      return arith::AddIOp::create(b, l, x, y);
    };
    auto mul = [&](OpBuilder &b, Location l, Value x, Value y) -> Value {
      if (isFloat)
        return arith::MulFOp::create(b, l, x, y);
      return arith::MulIOp::create(b, l, x, y);
    };

    Value shift; // reduceLogSumExp: the per-group shift
    SmallVector<Value> extras;
    if constexpr (K == Kind::LogSumExp) {
      // The maximum (NaN propagating, from -inf); 0 where not finite.
      Value negInf = arith::ConstantOp::create(
          rewriter, loc,
          rewriter.getF32FloatAttr(-std::numeric_limits<float>::infinity()));
      Value max = buildReduction(
          rewriter, loc, input, reduced, negInf, {},
          [&](OpBuilder &b, Location l, ValueRange args) -> Value {
            return arith::MaximumFOp::create(b, l, toCompute(b, l, args[0]),
                                             args[1]);
          });
      auto maxType = cast<RankedTensorType>(max.getType());
      shift = buildElementwise(
          rewriter, loc, maxType, {max},
          [&](OpBuilder &b, Location l, ValueRange args) -> Value {
            Value abs = math::AbsFOp::create(b, l, args[0]);
            Value inf = arith::ConstantOp::create(
                b, l,
                b.getF32FloatAttr(std::numeric_limits<float>::infinity()));
            // ult: true for NaN too (unordered), so NaN is not finite.
            Value finite = arith::CmpFOp::create(
                b, l, arith::CmpFPredicate::OLT, abs, inf);
            return arith::SelectOp::create(
                b, l, finite, args[0], constFloat(b, l, b.getF32Type(), 0.0));
          });
      extras.push_back(shift);
    }

    Value init = startValue(rewriter, loc, K, ct, isUnsigned);
    Value acc = buildReduction(
        rewriter, loc, input, reduced, init, extras,
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value x = toCompute(b, l, args[0]);
          Value a = args.back();
          switch (K) {
          case Kind::Sum:
          case Kind::Mean:
          case Kind::LogSum:
            return add(b, l, a, x);
          case Kind::L1: {
            Value abs = x;
            if (isFloat)
              abs = math::AbsFOp::create(b, l, x);
            else if (!isUnsigned)
              abs = math::AbsIOp::create(b, l, x);
            return add(b, l, a, abs);
          }
          case Kind::SumSquare:
          case Kind::L2:
            return add(b, l, a, mul(b, l, x, x));
          case Kind::Product:
            return mul(b, l, a, x);
          case Kind::Max:
            if (isFloat)
              return arith::MaximumFOp::create(b, l, a, x);
            if (isUnsigned)
              return arith::MaxUIOp::create(b, l, a, x);
            return arith::MaxSIOp::create(b, l, a, x);
          case Kind::Min:
            if (isFloat)
              return arith::MinimumFOp::create(b, l, a, x);
            if (isUnsigned)
              return arith::MinUIOp::create(b, l, a, x);
            return arith::MinSIOp::create(b, l, a, x);
          case Kind::LogSumExp: {
            Value e = math::ExpOp::create(
                b, l, arith::SubFOp::create(b, l, x, args[1]));
            return arith::AddFOp::create(b, l, a, e);
          }
          }
          return a;
        });

    bool needsFinish = K == Kind::Mean || K == Kind::L2 ||
                       K == Kind::LogSum || K == Kind::LogSumExp ||
                       ct != resultType.getElementType();
    auto accType = cast<RankedTensorType>(acc.getType());
    auto finishType = accType.clone(resultType.getElementType());
    SmallVector<Value> finishInputs{acc};
    if (shift)
      finishInputs.push_back(shift);
    Value result = acc;
    if (needsFinish)
      result = buildElementwise(
        rewriter, loc, finishType, finishInputs,
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value v = args[0];
          switch (K) {
          case Kind::Mean:
            v = arith::DivFOp::create(
                b, l, v, constFloat(b, l, b.getF32Type(), double(count)));
            break;
          case Kind::L2:
            v = math::SqrtOp::create(b, l, v);
            break;
          case Kind::LogSum:
            v = math::LogOp::create(b, l, v);
            break;
          case Kind::LogSumExp:
            v = arith::AddFOp::create(b, l, args[1],
                                      math::LogOp::create(b, l, v));
            break;
          default:
            break;
          }
          return fromCompute(b, l, v, resultType.getElementType());
        });
    if (result.getType() != resultType)
      result = expandKept(rewriter, loc, result, resultType, reduced);
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// argMin/argMax
//===----------------------------------------------------------------------===//

/// The first index of the extreme value along the axis; a NaN counts as the
/// extreme value (the first NaN wins), as the interpreter does.
template <typename OpTy, bool IsMax>
struct ArgMinMaxLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  using OpAdaptor = typename OpConversionPattern<OpTy>::OpAdaptor;
  LogicalResult
  matchAndRewrite(OpTy op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(this->getTypeConverter(), op.getType());
    if (!resultType || !allStatic(op))
      return rewriter.notifyMatchFailure(op, "needs static ranked tensors");
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    int64_t rank = inType.getRank();
    int64_t axis = static_cast<int64_t>(op.getAxis());
    bool isUnsigned = isUnsignedElement(op.getInput().getType());
    Type element = inType.getElementType();
    Type indexType = resultType.getElementType();

    SmallVector<bool> reduced(rank, false);
    reduced[axis] = true;
    SmallVector<int64_t> kept = keptShape(inType.getShape(), reduced);
    Value init;
    if (auto f = dyn_cast<FloatType>(element)) {
      init = arith::ConstantOp::create(
          rewriter, loc,
          rewriter.getFloatAttr(
              f, APFloat::getInf(f.getFloatSemantics(), /*Negative=*/IsMax)));
    } else {
      unsigned width = element.getIntOrFloatBitWidth();
      APInt value = IsMax ? (isUnsigned ? APInt::getMinValue(width)
                                        : APInt::getSignedMinValue(width))
                          : (isUnsigned ? APInt::getMaxValue(width)
                                        : APInt::getSignedMaxValue(width));
      init = arith::ConstantOp::create(rewriter, loc,
                                       rewriter.getIntegerAttr(element, value));
    }
    Value zero = arith::ConstantOp::create(
        rewriter, loc, rewriter.getIntegerAttr(indexType, 0));
    SmallVector<IteratorType> iterators(rank, IteratorType::parallel);
    iterators[axis] = IteratorType::reduction;
    AffineMap keptM = keptMap(ctx, reduced);
    SmallVector<Value> results = buildGeneric(
        rewriter, loc,
        {RankedTensorType::get(kept, element),
         RankedTensorType::get(kept, indexType)},
        {init, zero}, {input},
        {rewriter.getMultiDimIdentityMap(rank), keptM, keptM}, iterators,
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value x = args[0], best = args[1], bestIndex = args[2];
          Value take;
          if (isa<FloatType>(element)) {
            Value better = arith::CmpFOp::create(
                b, l,
                IsMax ? arith::CmpFPredicate::OGT : arith::CmpFPredicate::OLT,
                x, best);
            Value xNaN = arith::CmpFOp::create(b, l, arith::CmpFPredicate::UNO,
                                               x, x);
            Value bestOrdered = arith::CmpFOp::create(
                b, l, arith::CmpFPredicate::ORD, best, best);
            take = arith::AndIOp::create(
                b, l, bestOrdered, arith::OrIOp::create(b, l, xNaN, better));
          } else {
            arith::CmpIPredicate pred =
                IsMax ? (isUnsigned ? arith::CmpIPredicate::ugt
                                    : arith::CmpIPredicate::sgt)
                      : (isUnsigned ? arith::CmpIPredicate::ult
                                    : arith::CmpIPredicate::slt);
            take = arith::CmpIOp::create(b, l, pred, x, best);
          }
          Value k = linalg::IndexOp::create(b, l, axis);
          Value kCast = arith::IndexCastOp::create(b, l, indexType, k);
          return SmallVector<Value>{
              arith::SelectOp::create(b, l, take, x, best),
              arith::SelectOp::create(b, l, take, kCast, bestIndex)};
        });
    Value result = results[1];
    if (result.getType() != resultType)
      result = expandKept(rewriter, loc, result, resultType, reduced);
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// softmax
//===----------------------------------------------------------------------===//

/// exp(x - max) / sum(exp(x - max)) along the axis, in f32.
struct SoftmaxLowering : OpConversionPattern<webnn::SoftmaxOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::SoftmaxOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType || !allStatic(op))
      return rewriter.notifyMatchFailure(op, "needs static ranked tensors");
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Value input = adaptor.getInput();
    int64_t rank = resultType.getRank();
    SmallVector<bool> reduced(rank, false);
    reduced[op.getAxis()] = true;
    Value negInf = arith::ConstantOp::create(
        rewriter, loc,
        rewriter.getF32FloatAttr(-std::numeric_limits<float>::infinity()));
    Value max = buildReduction(
        rewriter, loc, input, reduced, negInf, {},
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          return arith::MaximumFOp::create(b, l, toCompute(b, l, args[0]),
                                           args[1]);
        });
    Value sum = buildReduction(
        rewriter, loc, input, reduced,
        constFloat(rewriter, loc, rewriter.getF32Type(), 0.0), {max},
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value e = math::ExpOp::create(
              b, l,
              arith::SubFOp::create(b, l, toCompute(b, l, args[0]), args[1]));
          return arith::AddFOp::create(b, l, args[2], e);
        });
    AffineMap kept = keptMap(ctx, reduced);
    Value result = buildMapped(
        rewriter, loc, resultType, {input, max, sum},
        {rewriter.getMultiDimIdentityMap(rank), kept, kept},
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value e = math::ExpOp::create(
              b, l,
              arith::SubFOp::create(b, l, toCompute(b, l, args[0]), args[1]));
          return fromCompute(b, l, arith::DivFOp::create(b, l, e, args[2]),
                             resultType.getElementType());
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// cumulativeSum
//===----------------------------------------------------------------------===//

/// out[.., k, ..] = sum over j of in[.., j, ..] where j <= k (j < k when
/// exclusive; j >= k, j > k when reversed): a generic with an extra
/// reduction loop j. Quadratic in the axis size.
struct CumulativeSumLowering : OpConversionPattern<webnn::CumulativeSumOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::CumulativeSumOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType || !allStatic(op))
      return rewriter.notifyMatchFailure(op, "needs static ranked tensors");
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Value input = adaptor.getInput();
    int64_t rank = resultType.getRank();
    int64_t axis = static_cast<int64_t>(op.getAxis());
    bool exclusive = op.getExclusive(), reversed = op.getReversed();
    Type element = resultType.getElementType();
    Type ct = computeType(element);
    bool isFloat = isa<FloatType>(ct);
    // Loops d0..d(rank-1) over the output, d(rank) = j.
    SmallVector<AffineExpr> inExprs, outExprs;
    for (int64_t d = 0; d < rank; ++d) {
      outExprs.push_back(getAffineDimExpr(d, ctx));
      inExprs.push_back(getAffineDimExpr(d == axis ? rank : d, ctx));
    }
    SmallVector<IteratorType> iterators(rank, IteratorType::parallel);
    iterators.push_back(IteratorType::reduction);
    Value zero = isFloat ? constFloat(rewriter, loc, rewriter.getF32Type(), 0.0)
                         : arith::ConstantOp::create(
                               rewriter, loc, rewriter.getIntegerAttr(ct, 0));
    auto accType = RankedTensorType::get(resultType.getShape(), ct);
    Value acc = buildGeneric(
        rewriter, loc, {accType}, {zero}, {input},
        {AffineMap::get(rank + 1, 0, inExprs, ctx),
         AffineMap::get(rank + 1, 0, outExprs, ctx)},
        iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          Value k = linalg::IndexOp::create(b, l, axis);
          Value j = linalg::IndexOp::create(b, l, rank);
          arith::CmpIPredicate pred =
              reversed ? (exclusive ? arith::CmpIPredicate::ugt
                                    : arith::CmpIPredicate::uge)
                       : (exclusive ? arith::CmpIPredicate::ult
                                    : arith::CmpIPredicate::ule);
          Value in = arith::CmpIOp::create(b, l, pred, j, k);
          Value x = toCompute(b, l, args[0]);
          Value sum = isFloat ? Value(arith::AddFOp::create(b, l, args[1], x))
                              : Value(arith::AddIOp::create(b, l, args[1], x));
          return SmallVector<Value>{
              arith::SelectOp::create(b, l, in, sum, args[1])};
        })[0];
    Value result = acc;
    if (ct != element)
      result = buildElementwise(
          rewriter, loc, resultType, {acc},
          [&](OpBuilder &b, Location l, ValueRange args) -> Value {
            return fromCompute(b, l, args[0], element);
          });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Normalizations
//===----------------------------------------------------------------------===//

/// epsilon cast to the input's float type (method steps), as f32.
static Value epsilonConstant(OpBuilder &b, Location loc, float epsilon,
                             Type element) {
  APFloat value(epsilon);
  bool lost;
  value.convert(cast<FloatType>(element).getFloatSemantics(),
                APFloat::rmNearestTiesToEven, &lost);
  value.convert(APFloat::IEEEsingle(), APFloat::rmNearestTiesToEven, &lost);
  return arith::ConstantOp::create(b, loc, b.getF32FloatAttr(
                                               value.convertToFloat()));
}

/// scale * (x - mean) / sqrt(variance + epsilon) + bias over the input's
/// shape; mean and variance are read with `statMap`, scale and bias (when
/// present) with `paramMap`.
static Value buildNormalize(OpBuilder &b, Location loc,
                            RankedTensorType resultType, Value input,
                            Value mean, Value variance, AffineMap statMap,
                            Value scale, Value bias, AffineMap paramMap,
                            Value epsilon) {
  int64_t rank = resultType.getRank();
  SmallVector<Value> inputs{input, mean, variance};
  SmallVector<AffineMap> maps{b.getMultiDimIdentityMap(rank), statMap,
                              statMap};
  if (scale) {
    inputs.push_back(scale);
    maps.push_back(paramMap);
  }
  if (bias) {
    inputs.push_back(bias);
    maps.push_back(paramMap);
  }
  return buildMapped(
      b, loc, resultType, inputs, maps,
      [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
        Value x = toCompute(nb, l, args[0]);
        Value m = toCompute(nb, l, args[1]);
        Value v = toCompute(nb, l, args[2]);
        Value value = arith::DivFOp::create(
            nb, l, arith::SubFOp::create(nb, l, x, m),
            math::SqrtOp::create(nb, l,
                                 arith::AddFOp::create(nb, l, v, epsilon)));
        unsigned next = 3;
        if (scale)
          value = arith::MulFOp::create(nb, l,
                                        toCompute(nb, l, args[next++]), value);
        if (bias)
          value = arith::AddFOp::create(nb, l, value,
                                        toCompute(nb, l, args[next++]));
        return fromCompute(nb, l, value, resultType.getElementType());
      });
}

/// Mean and variance over `reduced` (f32, the kept shape) and the
/// normalization with them.
static Value normalizeOverAxes(OpBuilder &b, Location loc,
                               RankedTensorType resultType, Value input,
                               ArrayRef<bool> reduced, Value scale, Value bias,
                               AffineMap paramMap, Value epsilon) {
  auto inType = cast<RankedTensorType>(input.getType());
  int64_t count = 1;
  for (auto [d, r] : llvm::enumerate(reduced))
    if (r)
      count *= inType.getDimSize(d);
  Value zero = constFloat(b, loc, b.getF32Type(), 0.0);
  Value countValue = constFloat(b, loc, b.getF32Type(), double(count));
  auto divide = [&](Value sums) {
    return buildElementwise(
        b, loc, cast<RankedTensorType>(sums.getType()), {sums},
        [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
          return arith::DivFOp::create(nb, l, args[0], countValue);
        });
  };
  Value mean = divide(buildReduction(
      b, loc, input, reduced, zero, {},
      [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
        return arith::AddFOp::create(nb, l, args[1],
                                     toCompute(nb, l, args[0]));
      }));
  Value variance = divide(buildReduction(
      b, loc, input, reduced, zero, {mean},
      [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
        Value dev =
            arith::SubFOp::create(nb, l, toCompute(nb, l, args[0]), args[1]);
        return arith::AddFOp::create(nb, l, args[2],
                                     arith::MulFOp::create(nb, l, dev, dev));
      }));
  return buildNormalize(b, loc, resultType, input, mean, variance,
                        keptMap(b.getContext(), reduced), scale, bias,
                        paramMap, epsilon);
}

static AffineMap dimsMap(MLIRContext *ctx, int64_t rank,
                         ArrayRef<int64_t> dims) {
  SmallVector<AffineExpr> exprs;
  for (int64_t d : dims)
    exprs.push_back(getAffineDimExpr(d, ctx));
  return AffineMap::get(rank, 0, exprs, ctx);
}

struct BatchNormalizationLowering
    : OpConversionPattern<webnn::BatchNormalizationOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::BatchNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType || !allStatic(op))
      return rewriter.notifyMatchFailure(op, "needs static ranked tensors");
    Location loc = op.getLoc();
    int64_t rank = resultType.getRank();
    int64_t axis = static_cast<int64_t>(op.getAxis());
    AffineMap channel = dimsMap(rewriter.getContext(), rank, {axis});
    Value epsilon = epsilonConstant(rewriter, loc,
                                    op.getEpsilon().convertToFloat(),
                                    resultType.getElementType());
    Value result = buildNormalize(rewriter, loc, resultType,
                                  adaptor.getInput(), adaptor.getMean(),
                                  adaptor.getVariance(), channel,
                                  adaptor.getScale(), adaptor.getBias(),
                                  channel, epsilon);
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct InstanceNormalizationLowering
    : OpConversionPattern<webnn::InstanceNormalizationOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::InstanceNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType || !allStatic(op) || resultType.getRank() != 4)
      return rewriter.notifyMatchFailure(op, "needs static 4-D tensors");
    Location loc = op.getLoc();
    int64_t channelAxis =
        op.getLayout() == webnn::InputOperandLayout::nchw ? 1 : 3;
    SmallVector<bool> reduced(4, true);
    reduced[0] = false;
    reduced[channelAxis] = false;
    Value epsilon = epsilonConstant(rewriter, loc,
                                    op.getEpsilon().convertToFloat(),
                                    resultType.getElementType());
    Value result = normalizeOverAxes(
        rewriter, loc, resultType, adaptor.getInput(), reduced,
        adaptor.getScale(), adaptor.getBias(),
        dimsMap(rewriter.getContext(), 4, {channelAxis}), epsilon);
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct LayerNormalizationLowering
    : OpConversionPattern<webnn::LayerNormalizationOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::LayerNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType || !allStatic(op))
      return rewriter.notifyMatchFailure(op, "needs static ranked tensors");
    Location loc = op.getLoc();
    int64_t rank = resultType.getRank();
    SmallVector<int64_t> axes;
    if (auto given = op.getAxes())
      axes.assign(given->begin(), given->end());
    else
      for (int64_t d = 1; d < rank; ++d)
        axes.push_back(d);
    SmallVector<bool> reduced(rank, false);
    for (int64_t axis : axes)
      reduced[axis] = true;
    Value epsilon = epsilonConstant(rewriter, loc,
                                    op.getEpsilon().convertToFloat(),
                                    resultType.getElementType());
    Value result = normalizeOverAxes(
        rewriter, loc, resultType, adaptor.getInput(), reduced,
        adaptor.getScale(), adaptor.getBias(),
        dimsMap(rewriter.getContext(), rank, axes), epsilon);
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void populateNormReduceToLinalgPatterns(const TypeConverter &converter,
                                        RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  patterns.add<
      ReductionLowering<webnn::ReduceSumOp, Kind::Sum>,
      ReductionLowering<webnn::ReduceL1Op, Kind::L1>,
      ReductionLowering<webnn::ReduceSumSquareOp, Kind::SumSquare>,
      ReductionLowering<webnn::ReduceProductOp, Kind::Product>,
      ReductionLowering<webnn::ReduceMaxOp, Kind::Max>,
      ReductionLowering<webnn::ReduceMinOp, Kind::Min>,
      ReductionLowering<webnn::ReduceMeanOp, Kind::Mean>,
      ReductionLowering<webnn::ReduceL2Op, Kind::L2>,
      ReductionLowering<webnn::ReduceLogSumOp, Kind::LogSum>,
      ReductionLowering<webnn::ReduceLogSumExpOp, Kind::LogSumExp>,
      ArgMinMaxLowering<webnn::ArgMaxOp, true>,
      ArgMinMaxLowering<webnn::ArgMinOp, false>, SoftmaxLowering,
      CumulativeSumLowering, BatchNormalizationLowering,
      InstanceNormalizationLowering, LayerNormalizationLowering>(converter,
                                                                 context);
}

} // namespace mlir::webnnc
