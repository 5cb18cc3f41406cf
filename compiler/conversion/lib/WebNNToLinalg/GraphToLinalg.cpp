//===- GraphToLinalg.cpp - webnn.constant -> arith.constant ---------------===//
#include "webnnc/Conversion/WebNNToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "webnn/IR/WebNNOps.h"

namespace mlir::webnnc {
namespace {

/// Constants keep their bytes; only an unsigned element type becomes
/// signless (the same bits).
struct ConstantLowering : OpConversionPattern<webnn::ConstantOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::ConstantOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = convertedType(getTypeConverter(), op.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    ElementsAttr value = op.getValue();
    TypedAttr converted;
    if (auto dense = dyn_cast<DenseElementsAttr>(value))
      converted = dense.bitcast(type.getElementType());
    else if (auto resource = dyn_cast<DenseResourceElementsAttr>(value))
      converted =
          DenseResourceElementsAttr::get(type, resource.getRawHandle());
    else
      return rewriter.notifyMatchFailure(op, "unsupported constant kind");
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, type, converted);
    return success();
  }
};

} // namespace

void populateGraphToLinalgPatterns(const TypeConverter &converter,
                                   RewritePatternSet &patterns) {
  patterns.add<ConstantLowering>(converter, patterns.getContext());
}

} // namespace mlir::webnnc
