//===- ElementwiseToLinalg.cpp - element-wise webnn ops -> linalg ---------===//
#include "webnnc/Conversion/WebNNToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "webnn/IR/WebNNOps.h"

namespace mlir::webnnc {
namespace {

/// A binary element-wise op: `floatOp` for floats, `intOp` for integers
/// (signed and unsigned alike: two's complement add/sub/mul wrap).
template <typename WebNNOp, typename FloatOp, typename IntOp>
struct BinaryLowering : OpConversionPattern<WebNNOp> {
  using OpConversionPattern<WebNNOp>::OpConversionPattern;
  using OpAdaptor = typename OpConversionPattern<WebNNOp>::OpAdaptor;
  LogicalResult
  matchAndRewrite(WebNNOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = dyn_cast_or_null<RankedTensorType>(
        this->getTypeConverter()->convertType(op.getType()));
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    bool isFloat = isa<FloatType>(resultType.getElementType());
    Value result = buildElementwise(
        rewriter, op.getLoc(), resultType,
        ValueRange{adaptor.getA(), adaptor.getB()},
        [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
          if (isFloat)
            return FloatOp::create(b, loc, args[0], args[1]);
          return IntOp::create(b, loc, args[0], args[1]);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void populateElementwiseToLinalgPatterns(const TypeConverter &converter,
                                         RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  patterns.add<BinaryLowering<webnn::AddOp, arith::AddFOp, arith::AddIOp>,
               BinaryLowering<webnn::SubOp, arith::SubFOp, arith::SubIOp>,
               BinaryLowering<webnn::MulOp, arith::MulFOp, arith::MulIOp>>(
      converter, context);
}

} // namespace mlir::webnnc
