//===- QuantizationToLinalg.cpp - quantization webnn ops -> linalg -------===//
//
// quantizeLinear and dequantizeLinear lower to one linalg.generic over the
// input's shape. The scale and zero point are blockwise broadcast: input
// element (c0, c1, ...) reads parameter (c0 floordiv block0, ...) with
// blockD = input.shape[D] / scale.shape[D], expressed in the generic's
// indexing maps (a plain dimension where the block is 1, the constant 0
// where the parameter dimension is 1).
//
// Arithmetic as the interpreter (QuantizationKernels.cpp):
//  - dequantize: (input - zeroPoint) exactly in i64, times the scale in
//    f64, rounded once to the output type;
//  - quantize: the quotient input / scale in f32, rounded half to even,
//    plus the zero point in f64, clamped to the output type's range
//    (int4 [-8, 7], uint4 [0, 15], ...), NaN -> 0.
//
//===----------------------------------------------------------------------===//
#include "webnnc/Conversion/WebNNToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "webnn/IR/WebNNOps.h"

namespace mlir::webnnc {
namespace {

/// The indexing map of a blockwise-broadcast parameter of `paramType` read
/// at each element of `inputType` (same rank, each input dimension a
/// multiple of the parameter's); null if the shapes do not fit.
static AffineMap getBlockwiseMap(RankedTensorType inputType,
                                 RankedTensorType paramType,
                                 MLIRContext *context) {
  int64_t rank = inputType.getRank();
  if (paramType.getRank() != rank)
    return AffineMap();
  SmallVector<AffineExpr> exprs;
  for (int64_t d = 0; d < rank; ++d) {
    int64_t size = inputType.getDimSize(d), param = paramType.getDimSize(d);
    if (param <= 0 || size % param)
      return AffineMap();
    if (param == size)
      exprs.push_back(getAffineDimExpr(d, context));
    else if (param == 1)
      exprs.push_back(getAffineConstantExpr(0, context));
    else
      exprs.push_back(getAffineDimExpr(d, context).floorDiv(size / param));
  }
  return AffineMap::get(rank, 0, exprs, context);
}

/// The blockwise generic: `body(input, scale, zeroPoint)` -> output.
static LogicalResult
buildBlockwise(ConversionPatternRewriter &rewriter, Operation *op,
               RankedTensorType resultType, Value input, Value scale,
               Value zeroPoint, ElementwiseBody body, Value &result) {
  auto inputType = dyn_cast<RankedTensorType>(input.getType());
  auto scaleType = dyn_cast<RankedTensorType>(scale.getType());
  auto zeroPointType = dyn_cast<RankedTensorType>(zeroPoint.getType());
  if (!resultType || !resultType.hasStaticShape() || !inputType ||
      !inputType.hasStaticShape() || !scaleType ||
      !scaleType.hasStaticShape() || !zeroPointType ||
      zeroPointType.getShape() != scaleType.getShape())
    return rewriter.notifyMatchFailure(op, "needs static shapes");
  MLIRContext *context = rewriter.getContext();
  AffineMap paramMap = getBlockwiseMap(inputType, scaleType, context);
  if (!paramMap)
    return rewriter.notifyMatchFailure(op, "not blockwise broadcastable");
  int64_t rank = inputType.getRank();
  AffineMap identity = rewriter.getMultiDimIdentityMap(rank);
  SmallVector<AffineMap> maps{identity, paramMap, paramMap, identity};
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  Location loc = op->getLoc();
  Value init = tensor::EmptyOp::create(rewriter, loc, resultType.getShape(),
                                       resultType.getElementType());
  auto generic = linalg::GenericOp::create(
      rewriter, loc, resultType, ValueRange{input, scale, zeroPoint},
      ValueRange{init}, maps, iterators,
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        linalg::YieldOp::create(nested, nestedLoc,
                                body(nested, nestedLoc, args.drop_back()));
      });
  result = generic.getResult(0);
  return success();
}

/// An integer scalar widened to i64 (sign- or zero-extended).
static Value extendToI64(OpBuilder &b, Location loc, Value value,
                         bool isUnsigned) {
  Type i64 = b.getI64Type();
  if (value.getType() == i64)
    return value;
  if (isUnsigned)
    return arith::ExtUIOp::create(b, loc, i64, value);
  return arith::ExtSIOp::create(b, loc, i64, value);
}

static Value toF64(OpBuilder &b, Location loc, Value value) {
  Type f64 = b.getF64Type();
  if (value.getType() == f64)
    return value;
  return arith::ExtFOp::create(b, loc, f64, value);
}

struct DequantizeLinearLowering
    : OpConversionPattern<webnn::DequantizeLinearOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::DequantizeLinearOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    bool inputUnsigned = isUnsignedElement(op.getInput().getType());
    bool zeroPointUnsigned = isUnsignedElement(op.getZeroPoint().getType());
    Type outputElement =
        resultType ? resultType.getElementType() : Type();
    Value result;
    if (failed(buildBlockwise(
            rewriter, op, resultType, adaptor.getInput(), adaptor.getScale(),
            adaptor.getZeroPoint(),
            [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
              // Exact difference in i64, product in f64, one rounding.
              Value x = extendToI64(b, loc, args[0], inputUnsigned);
              Value zp = extendToI64(b, loc, args[2], zeroPointUnsigned);
              Value shifted = arith::SubIOp::create(b, loc, x, zp);
              Value value =
                  arith::SIToFPOp::create(b, loc, b.getF64Type(), shifted);
              value = arith::MulFOp::create(b, loc, value,
                                            toF64(b, loc, args[1]));
              if (outputElement != b.getF64Type())
                value = arith::TruncFOp::create(b, loc, outputElement, value);
              return value;
            },
            result)))
      return failure();
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct QuantizeLinearLowering
    : OpConversionPattern<webnn::QuantizeLinearOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::QuantizeLinearOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "needs a ranked result");
    auto outputElement = dyn_cast<IntegerType>(resultType.getElementType());
    if (!outputElement)
      return rewriter.notifyMatchFailure(op, "needs an integer result");
    bool outputUnsigned = isUnsignedElement(op.getType());
    bool zeroPointUnsigned = isUnsignedElement(op.getZeroPoint().getType());
    unsigned width = outputElement.getWidth();
    // The output type's range, exact in f64 (width <= 32).
    double minValue =
        outputUnsigned ? 0.0 : -static_cast<double>(uint64_t(1) << (width - 1));
    double maxValue =
        outputUnsigned
            ? static_cast<double>((uint64_t(1) << width) - 1)
            : static_cast<double>((uint64_t(1) << (width - 1)) - 1);
    if (width > 32)
      return rewriter.notifyMatchFailure(op, "output wider than 32 bits");
    Value result;
    if (failed(buildBlockwise(
            rewriter, op, resultType, adaptor.getInput(), adaptor.getScale(),
            adaptor.getZeroPoint(),
            [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
              Type f32 = b.getF32Type(), f64 = b.getF64Type();
              auto toF32 = [&](Value v) -> Value {
                if (v.getType() == f32)
                  return v;
                if (cast<FloatType>(v.getType()).getWidth() > 32)
                  return arith::TruncFOp::create(b, loc, f32, v);
                return arith::ExtFOp::create(b, loc, f32, v);
              };
              // Quotient in f32, rounded half to even.
              Value quotient = arith::DivFOp::create(b, loc, toF32(args[0]),
                                                     toF32(args[1]));
              Value rounded = math::RoundEvenOp::create(b, loc, quotient);
              // Zero point added and clamped in f64.
              Value zp = extendToI64(b, loc, args[2], zeroPointUnsigned);
              Value zpF = arith::SIToFPOp::create(b, loc, f64, zp);
              Value value = arith::AddFOp::create(
                  b, loc, arith::ExtFOp::create(b, loc, f64, rounded), zpF);
              Value isNaN = arith::CmpFOp::create(
                  b, loc, arith::CmpFPredicate::UNO, value, value);
              Value low = arith::ConstantOp::create(
                  b, loc, b.getFloatAttr(f64, minValue));
              Value high = arith::ConstantOp::create(
                  b, loc, b.getFloatAttr(f64, maxValue));
              Value zero =
                  arith::ConstantOp::create(b, loc, b.getFloatAttr(f64, 0.0));
              value = arith::MaxNumFOp::create(b, loc, value, low);
              value = arith::MinNumFOp::create(b, loc, value, high);
              value = arith::SelectOp::create(b, loc, isNaN, zero, value);
              // Integral and in range: exact conversion.
              if (outputUnsigned)
                return arith::FPToUIOp::create(b, loc, outputElement, value);
              return arith::FPToSIOp::create(b, loc, outputElement, value);
            },
            result)))
      return failure();
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void populateQuantizationToLinalgPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns) {
  patterns.add<DequantizeLinearLowering, QuantizeLinearLowering>(
      converter, patterns.getContext());
}

} // namespace mlir::webnnc
