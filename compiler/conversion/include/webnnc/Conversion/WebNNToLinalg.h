//===- WebNNToLinalg.h - lowering webnn to linalg -------------*- C++ -*-===//
//
// The pieces the per-family lowering files share: the type converter
// (unsigned -> signless), the broadcasting element-wise generic builder,
// and one populate function per op family.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_CONVERSION_WEBNNTOLINALG_H
#define WEBNNC_CONVERSION_WEBNNTOLINALG_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::webnnc {

/// WebNN tensors as upstream tensors: `uiN` elements become signless `iN`
/// (arith only knows signless integers); everything else is unchanged.
class WebNNTypeConverter : public TypeConverter {
public:
  WebNNTypeConverter();
};

/// True for the unsigned integer element types of a (webnn-side) type.
bool isUnsignedElement(Type type);

/// The body of an element-wise linalg.generic: scalar block arguments (one
/// per operand, in their converted signless types) -> the scalar result.
using ElementwiseBody =
    function_ref<Value(OpBuilder &builder, Location loc, ValueRange args)>;

/// Builds `linalg.generic` computing `resultType` element by element from
/// `operands`, which broadcast to it numpy-style (missing leading
/// dimensions and size-1 dimensions read index 0).
Value buildElementwise(OpBuilder &builder, Location loc,
                       RankedTensorType resultType, ValueRange operands,
                       ElementwiseBody body);

/// The converted type of a webnn value as a ranked tensor, or null when it
/// does not convert to one.
RankedTensorType convertedType(const TypeConverter *converter, Type type);

/// `value`'s type when it is a ranked tensor of static shape, else null.
RankedTensorType getStaticType(Value value);

/// Scalar constants for linalg bodies: a float of `type`, an integer of
/// `type`, or zero of either kind.
Value constFloat(OpBuilder &builder, Location loc, Type type, double value);
Value constInt(OpBuilder &builder, Location loc, Type type, int64_t value);
Value zeroOf(OpBuilder &builder, Location loc, Type type);

/// What an element-wise scalar body needs besides its arguments: the
/// converted result element type and the webnn-side signedness (which
/// arith op to pick).
struct ElementwiseInfo {
  Type outSignless;
  bool inUnsigned;
  bool outUnsigned;
};

/// A scalar body of op `OpT`: block arguments -> one element.
template <typename OpT>
using ScalarBody = Value (*)(OpBuilder &, Location, ValueRange, OpT,
                             const ElementwiseInfo &);

/// Lowers any element-wise op: all operands broadcast to the result through
/// buildElementwise, `body` computes one element.
template <typename OpT>
struct ElementwiseLowering : OpConversionPattern<OpT> {
  using OpAdaptor = typename OpConversionPattern<OpT>::OpAdaptor;
  ElementwiseLowering(const TypeConverter &converter, MLIRContext *context,
                      ScalarBody<OpT> body)
      : OpConversionPattern<OpT>(converter, context), body(body) {}

  LogicalResult
  matchAndRewrite(OpT op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = dyn_cast_or_null<RankedTensorType>(
        this->getTypeConverter()->convertType(op.getType()));
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    ElementwiseInfo info{resultType.getElementType(),
                         isUnsignedElement(op->getOperand(0).getType()),
                         isUnsignedElement(op.getType())};
    Value result = buildElementwise(
        rewriter, op.getLoc(), resultType, adaptor.getOperands(),
        [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
          return body(b, loc, args, op, info);
        });
    rewriter.replaceOp(op, result);
    return success();
  }

  ScalarBody<OpT> body;
};

/// One populate function per op family; each adds its patterns.
void populateGraphToLinalgPatterns(const TypeConverter &converter,
                                   RewritePatternSet &patterns);
void populateElementwiseToLinalgPatterns(const TypeConverter &converter,
                                         RewritePatternSet &patterns);
void populateActivationToLinalgPatterns(const TypeConverter &converter,
                                        RewritePatternSet &patterns);
void populateConvPoolToLinalgPatterns(const TypeConverter &converter,
                                      RewritePatternSet &patterns);
void populateNormReduceToLinalgPatterns(const TypeConverter &converter,
                                        RewritePatternSet &patterns);
void populateDataMovementToLinalgPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns);
void populateQuantizationToLinalgPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns);
void populateRecurrentToLinalgPatterns(const TypeConverter &converter,
                                       RewritePatternSet &patterns);

} // namespace mlir::webnnc

#endif // WEBNNC_CONVERSION_WEBNNTOLINALG_H
