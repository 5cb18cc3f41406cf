//===- DataMovementToLinalg.cpp - DataMovement webnn ops -> linalg -------------===//
//
// reshape, transpose, concat, slice, split, pad, expand, tile, reverse,
// triangular and gather as tensor ops, linalg named ops, or linalg.generic
// ops that compute their input coordinates from linalg.index and read with
// tensor.extract.
//
//===----------------------------------------------------------------------===//
#include "webnnc/Conversion/WebNNToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/ReshapeOpsUtils.h"
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

namespace mlir::webnnc {
namespace {

/// The converted result type of a one-result op, or null.
static RankedTensorType convertedType(const TypeConverter *converter,
                                      Type type) {
  return dyn_cast_or_null<RankedTensorType>(converter->convertType(type));
}

/// The body of an index-computing generic: the output coordinates (index
/// values) and the scalar block arguments of `inputs` -> the element.
using IndexedBody = function_ref<Value(OpBuilder &, Location, ValueRange ivs,
                                       ValueRange args)>;

/// A linalg.generic over `resultType` whose `inputs` are read with identity
/// maps (they have the result's shape) and whose body sees the output
/// coordinates.
static Value buildIndexed(OpBuilder &builder, Location loc,
                          RankedTensorType resultType, ValueRange inputs,
                          IndexedBody body) {
  int64_t rank = resultType.getRank();
  SmallVector<AffineMap> maps(inputs.size() + 1,
                              builder.getMultiDimIdentityMap(rank));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  Value init = tensor::EmptyOp::create(builder, loc, resultType.getShape(),
                                       resultType.getElementType());
  auto generic = linalg::GenericOp::create(
      builder, loc, resultType, inputs, ValueRange{init}, maps, iterators,
      [&](OpBuilder &b, Location l, ValueRange args) {
        SmallVector<Value> ivs;
        for (int64_t d = 0; d < rank; ++d)
          ivs.push_back(linalg::IndexOp::create(b, l, d));
        Value result = body(b, l, ivs, args.drop_back());
        linalg::YieldOp::create(b, l, result);
      });
  return generic.getResult(0);
}

static Value indexConst(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIndexOp::create(b, loc, v);
}

//===----------------------------------------------------------------------===//
// reshape
//===----------------------------------------------------------------------===//

struct ReshapeLowering : OpConversionPattern<webnn::ReshapeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::ReshapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    Value input = adaptor.getInput();
    auto inputType = cast<RankedTensorType>(input.getType());
    Location loc = op.getLoc();
    if (inputType == resultType) {
      rewriter.replaceOp(op, input);
      return success();
    }
    // A pure collapse or expansion of adjacent dimensions.
    if (resultType.getRank() < inputType.getRank() &&
        resultType.getRank() > 0) {
      if (auto reassociation =
              getReassociationIndicesForCollapse(inputType.getShape(),
                                                 resultType.getShape())) {
        rewriter.replaceOpWithNewOp<tensor::CollapseShapeOp>(
            op, resultType, input, *reassociation);
        return success();
      }
    }
    if (resultType.getRank() > inputType.getRank() &&
        inputType.getRank() > 0) {
      if (auto reassociation =
              getReassociationIndicesForCollapse(resultType.getShape(),
                                                 inputType.getShape())) {
        rewriter.replaceOpWithNewOp<tensor::ExpandShapeOp>(
            op, resultType, input, *reassociation);
        return success();
      }
    }
    // Otherwise tensor.reshape with a constant shape.
    auto shapeType =
        RankedTensorType::get({resultType.getRank()}, rewriter.getI64Type());
    Value shape = arith::ConstantOp::create(
        rewriter, loc,
        DenseIntElementsAttr::get(shapeType, resultType.getShape()));
    rewriter.replaceOpWithNewOp<tensor::ReshapeOp>(op, resultType, input,
                                                   shape);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// transpose
//===----------------------------------------------------------------------===//

struct TransposeLowering : OpConversionPattern<webnn::TransposeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::TransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    int64_t rank = resultType.getRank();
    SmallVector<int64_t> permutation;
    if (auto attr = op.getPermutation())
      permutation.assign(attr->begin(), attr->end());
    else
      for (int64_t d = rank - 1; d >= 0; --d)
        permutation.push_back(d);
    Location loc = op.getLoc();
    Value init = tensor::EmptyOp::create(rewriter, loc, resultType.getShape(),
                                         resultType.getElementType());
    auto transpose = linalg::TransposeOp::create(
        rewriter, loc, adaptor.getInput(), init, permutation);
    rewriter.replaceOp(op, transpose.getResult());
    return success();
  }
};

//===----------------------------------------------------------------------===//
// concat: tensor.insert_slice of each input into an empty result
//===----------------------------------------------------------------------===//

struct ConcatLowering : OpConversionPattern<webnn::ConcatOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::ConcatOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    int64_t axis = op.getAxis();
    int64_t rank = resultType.getRank();
    Location loc = op.getLoc();
    Value result = tensor::EmptyOp::create(
        rewriter, loc, resultType.getShape(), resultType.getElementType());
    int64_t offset = 0;
    for (Value input : adaptor.getInputs()) {
      auto type = cast<RankedTensorType>(input.getType());
      SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
      offsets[axis] = rewriter.getIndexAttr(offset);
      SmallVector<OpFoldResult> sizes;
      for (int64_t size : type.getShape())
        sizes.push_back(rewriter.getIndexAttr(size));
      SmallVector<OpFoldResult> strides(rank, rewriter.getIndexAttr(1));
      result = tensor::InsertSliceOp::create(rewriter, loc, input, result,
                                             offsets, sizes, strides);
      offset += type.getDimSize(axis);
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// slice, split: tensor.extract_slice
//===----------------------------------------------------------------------===//

struct SliceLowering : OpConversionPattern<webnn::SliceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::SliceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    int64_t rank = resultType.getRank();
    SmallVector<OpFoldResult> offsets, sizes, strides;
    for (int64_t d = 0; d < rank; ++d) {
      offsets.push_back(rewriter.getIndexAttr(op.getStarts()[d]));
      // The output size is ceil(sizes[d] / strides[d]).
      sizes.push_back(rewriter.getIndexAttr(resultType.getDimSize(d)));
      strides.push_back(
          rewriter.getIndexAttr(op.getStrides() ? (*op.getStrides())[d] : 1));
    }
    rewriter.replaceOpWithNewOp<tensor::ExtractSliceOp>(
        op, resultType, adaptor.getInput(), offsets, sizes, strides);
    return success();
  }
};

struct SplitLowering : OpConversionPattern<webnn::SplitOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::SplitOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    int64_t axis = op.getAxis();
    Location loc = op.getLoc();
    SmallVector<Value> results;
    int64_t offset = 0;
    for (Type type : op.getResultTypes()) {
      auto resultType = convertedType(getTypeConverter(), type);
      if (!resultType)
        return rewriter.notifyMatchFailure(op, "unconvertible type");
      int64_t rank = resultType.getRank();
      SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
      offsets[axis] = rewriter.getIndexAttr(offset);
      SmallVector<OpFoldResult> sizes;
      for (int64_t size : resultType.getShape())
        sizes.push_back(rewriter.getIndexAttr(size));
      SmallVector<OpFoldResult> strides(rank, rewriter.getIndexAttr(1));
      results.push_back(tensor::ExtractSliceOp::create(
          rewriter, loc, resultType, adaptor.getInput(), offsets, sizes,
          strides));
      offset += resultType.getDimSize(axis);
    }
    rewriter.replaceOp(op, results);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// pad
//===----------------------------------------------------------------------===//

/// The pad value cast to the element type as the interpreter does (spec
/// "cast": ConvertToFloat / ConvertToInt), as a typed attribute of the
/// converted (signless) element type.
static TypedAttr padValueAttr(Attribute number, Type webnnElement,
                              Type element) {
  if (auto floatType = dyn_cast<FloatType>(webnnElement))
    return FloatAttr::get(element,
                          webnn::castNumberToFloat(number, floatType));
  auto intType = cast<IntegerType>(webnnElement);
  APSInt value = webnn::castNumberToInteger(number, intType);
  return IntegerAttr::get(element, value.trunc(intType.getWidth()));
}

struct PadLowering : OpConversionPattern<webnn::PadOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::PadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    Value input = adaptor.getInput();
    auto inputType = cast<RankedTensorType>(input.getType());
    Location loc = op.getLoc();
    ArrayRef<int64_t> beginning = op.getBeginningPadding();
    ArrayRef<int64_t> ending = op.getEndingPadding();
    int64_t rank = resultType.getRank();
    webnn::PaddingMode mode = op.getMode();

    if (mode == webnn::PaddingMode::constant) {
      TypedAttr valueAttr = padValueAttr(
          op.getValueAttr(),
          cast<ShapedType>(op.getInput().getType()).getElementType(),
          resultType.getElementType());
      Value value = arith::ConstantOp::create(rewriter, loc, valueAttr);
      SmallVector<OpFoldResult> low, high;
      for (int64_t d = 0; d < rank; ++d) {
        low.push_back(rewriter.getIndexAttr(beginning[d]));
        high.push_back(rewriter.getIndexAttr(ending[d]));
      }
      rewriter.replaceOpWithNewOp<tensor::PadOp>(op, resultType, input, low,
                                                 high, value);
      return success();
    }

    // edge / reflection: each output coordinate reads one input element.
    bool edge = mode == webnn::PaddingMode::edge;
    Value result = buildIndexed(
        rewriter, loc, resultType, ValueRange{},
        [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange) -> Value {
          SmallVector<Value> coords;
          Value zero = indexConst(b, l, 0);
          for (int64_t d = 0; d < rank; ++d) {
            int64_t size = inputType.getDimSize(d);
            Value last = indexConst(b, l, size - 1);
            // c = o - beginning (signed).
            Value c =
                arith::SubIOp::create(b, l, ivs[d], indexConst(b, l, beginning[d]));
            if (!edge) {
              // Before the start: -c; past the end: 2 * (size - 1) - c.
              Value isLow = arith::CmpIOp::create(
                  b, l, arith::CmpIPredicate::slt, c, zero);
              Value isHigh = arith::CmpIOp::create(
                  b, l, arith::CmpIPredicate::sgt, c, last);
              Value neg = arith::SubIOp::create(b, l, zero, c);
              Value mirrored = arith::SubIOp::create(
                  b, l, indexConst(b, l, 2 * (size - 1)), c);
              c = arith::SelectOp::create(b, l, isHigh, mirrored, c);
              c = arith::SelectOp::create(b, l, isLow, neg, c);
            }
            c = arith::MaxSIOp::create(b, l, c, zero);
            c = arith::MinSIOp::create(b, l, c, last);
            coords.push_back(c);
          }
          return tensor::ExtractOp::create(b, l, input, coords);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// expand: the broadcasting element-wise generic with an identity body
//===----------------------------------------------------------------------===//

struct ExpandLowering : OpConversionPattern<webnn::ExpandOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::ExpandOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    Value result = buildElementwise(
        rewriter, op.getLoc(), resultType, ValueRange{adaptor.getInput()},
        [](OpBuilder &, Location, ValueRange args) { return args[0]; });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// tile, reverse: generic reading input[f(o)]
//===----------------------------------------------------------------------===//

struct TileLowering : OpConversionPattern<webnn::TileOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::TileOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    Value input = adaptor.getInput();
    auto inputType = cast<RankedTensorType>(input.getType());
    if (resultType.getNumElements() == 0) {
      rewriter.replaceOpWithNewOp<tensor::EmptyOp>(
          op, resultType.getShape(), resultType.getElementType());
      return success();
    }
    Value result = buildIndexed(
        rewriter, op.getLoc(), resultType, ValueRange{},
        [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange) -> Value {
          SmallVector<Value> coords;
          for (auto [d, iv] : llvm::enumerate(ivs))
            coords.push_back(arith::RemUIOp::create(
                b, l, iv, indexConst(b, l, inputType.getDimSize(d))));
          return tensor::ExtractOp::create(b, l, input, coords);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct ReverseLowering : OpConversionPattern<webnn::ReverseOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::ReverseOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    Value input = adaptor.getInput();
    int64_t rank = resultType.getRank();
    SmallVector<bool> reversed(rank, !op.getAxes().has_value());
    if (auto axes = op.getAxes())
      for (int64_t axis : *axes)
        reversed[axis] = true;
    Value result = buildIndexed(
        rewriter, op.getLoc(), resultType, ValueRange{},
        [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange) -> Value {
          SmallVector<Value> coords;
          for (int64_t d = 0; d < rank; ++d)
            coords.push_back(
                reversed[d]
                    ? arith::SubIOp::create(
                          b, l,
                          indexConst(b, l, resultType.getDimSize(d) - 1),
                          ivs[d])
                    : ivs[d]);
          return tensor::ExtractOp::create(b, l, input, coords);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// triangular: select(j - i >= diagonal (upper) / <= diagonal (lower), x, 0)
//===----------------------------------------------------------------------===//

struct TriangularLowering : OpConversionPattern<webnn::TriangularOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::TriangularOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType || resultType.getRank() < 2)
      return rewriter.notifyMatchFailure(op, "needs a ranked matrix");
    bool upper = op.getUpper();
    // The generated getDiagonal() zero-extends; the attribute is signed.
    int64_t diagonal = op.getDiagonalAttr().getValue().getSExtValue();
    int64_t rank = resultType.getRank();
    Type element = resultType.getElementType();
    Value result = buildIndexed(
        rewriter, op.getLoc(), resultType, ValueRange{adaptor.getInput()},
        [&](OpBuilder &b, Location l, ValueRange ivs,
            ValueRange args) -> Value {
          Value i = arith::IndexCastOp::create(b, l, b.getI64Type(),
                                               ivs[rank - 2]);
          Value j = arith::IndexCastOp::create(b, l, b.getI64Type(),
                                               ivs[rank - 1]);
          Value diff = arith::SubIOp::create(b, l, j, i);
          Value diag = arith::ConstantIntOp::create(b, l, diagonal, 64);
          Value keep = arith::CmpIOp::create(
              b, l,
              upper ? arith::CmpIPredicate::sge : arith::CmpIPredicate::sle,
              diff, diag);
          Value zero = arith::ConstantOp::create(b, l, b.getZeroAttr(element));
          return arith::SelectOp::create(b, l, keep, args[0], zero);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// gather: output[o..., j..., k...] = input[o..., resolve(indices[j...]), k...]
//===----------------------------------------------------------------------===//

struct GatherLowering : OpConversionPattern<webnn::GatherOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::GatherOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    Value input = adaptor.getInput();
    Value indices = adaptor.getIndices();
    auto inputType = cast<RankedTensorType>(input.getType());
    auto indicesType = cast<RankedTensorType>(indices.getType());
    bool unsignedIndices = isUnsignedElement(op.getIndices().getType());
    int64_t axis = op.getAxis();
    int64_t indexRank = indicesType.getRank();
    int64_t axisSize = inputType.getDimSize(axis);
    if (resultType.getNumElements() == 0) {
      rewriter.replaceOpWithNewOp<tensor::EmptyOp>(
          op, resultType.getShape(), resultType.getElementType());
      return success();
    }
    Value result = buildIndexed(
        rewriter, op.getLoc(), resultType, ValueRange{},
        [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange) -> Value {
          Value raw = tensor::ExtractOp::create(
              b, l, indices, ivs.slice(axis, indexRank));
          Type i64 = b.getI64Type();
          Value index = raw;
          if (raw.getType() != i64)
            index = unsignedIndices
                        ? Value(arith::ExtUIOp::create(b, l, i64, raw))
                        : Value(arith::ExtSIOp::create(b, l, i64, raw));
          // Clamp to [-N, N - 1], then wrap a negative index.
          Value n = arith::ConstantIntOp::create(b, l, axisSize, 64);
          Value minusN = arith::ConstantIntOp::create(b, l, -axisSize, 64);
          Value last = arith::ConstantIntOp::create(b, l, axisSize - 1, 64);
          Value zero = arith::ConstantIntOp::create(b, l, 0, 64);
          index = arith::MaxSIOp::create(b, l, index, minusN);
          index = arith::MinSIOp::create(b, l, index, last);
          Value isNegative = arith::CmpIOp::create(
              b, l, arith::CmpIPredicate::slt, index, zero);
          Value wrapped = arith::AddIOp::create(b, l, index, n);
          index = arith::SelectOp::create(b, l, isNegative, wrapped, index);
          SmallVector<Value> coords(ivs.take_front(axis));
          coords.push_back(
              arith::IndexCastOp::create(b, l, b.getIndexType(), index));
          llvm::append_range(coords, ivs.drop_front(axis + indexRank));
          return tensor::ExtractOp::create(b, l, input, coords);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void populateDataMovementToLinalgPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns) {
  patterns.add<ReshapeLowering, TransposeLowering, ConcatLowering,
               SliceLowering, SplitLowering, PadLowering, ExpandLowering,
               TileLowering, ReverseLowering, TriangularLowering,
               GatherLowering>(converter, patterns.getContext());
}

} // namespace mlir::webnnc
