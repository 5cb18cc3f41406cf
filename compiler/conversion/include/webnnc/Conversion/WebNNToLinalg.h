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
