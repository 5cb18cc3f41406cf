//===- DataMovementToLinalg.cpp - Data-movement webnn ops -> linalg -----===//
//
// reshape, transpose, concat, slice, split, pad, expand, tile, reverse,
// triangular, gather, gatherElements, gatherND, scatterElements, scatterND
// and resample2d as tensor ops, linalg named ops, or linalg.generic
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

#include <cmath>
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

namespace mlir::webnnc {
namespace {

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
  // No value: the spec's default, 0.
  if (!number)
    return cast<TypedAttr>(
        OpBuilder(element.getContext()).getZeroAttr(element));
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
            Value c = arith::SubIOp::create(b, l, ivs[d],
                                            indexConst(b, l, beginning[d]));
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

/// The element an index of the gather/scatter family refers to along a
/// dimension of `size` elements, as an index value: the raw index (an
/// element of the converted indices tensor, signed or unsigned as the webnn
/// type says) clamped to [-N, N - 1], then a negative one wrapped (the
/// interpreter's resolveIndex).
static Value resolveIndex(OpBuilder &b, Location l, Value raw, int64_t size,
                          bool isUnsigned) {
  Type i64 = b.getI64Type();
  Value index = raw;
  if (raw.getType() != i64)
    index = isUnsigned ? Value(arith::ExtUIOp::create(b, l, i64, raw))
                       : Value(arith::ExtSIOp::create(b, l, i64, raw));
  Value n = arith::ConstantIntOp::create(b, l, size, 64);
  Value minusN = arith::ConstantIntOp::create(b, l, -size, 64);
  Value last = arith::ConstantIntOp::create(b, l, size - 1, 64);
  Value zero = arith::ConstantIntOp::create(b, l, 0, 64);
  index = arith::MaxSIOp::create(b, l, index, minusN);
  index = arith::MinSIOp::create(b, l, index, last);
  Value isNegative =
      arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt, index, zero);
  Value wrapped = arith::AddIOp::create(b, l, index, n);
  index = arith::SelectOp::create(b, l, isNegative, wrapped, index);
  return arith::IndexCastOp::create(b, l, b.getIndexType(), index);
}

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
    Value result = buildIndexed(
        rewriter, op.getLoc(), resultType, ValueRange{},
        [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange) -> Value {
          Value raw = tensor::ExtractOp::create(
              b, l, indices, ivs.slice(axis, indexRank));
          Value index = resolveIndex(b, l, raw, axisSize, unsignedIndices);
          SmallVector<Value> coords(ivs.take_front(axis));
          coords.push_back(index);
          llvm::append_range(coords, ivs.drop_front(axis + indexRank));
          return tensor::ExtractOp::create(b, l, input, coords);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// gatherElements: output[c] = input[c with c[axis] = resolve(indices[c])]
//===----------------------------------------------------------------------===//

struct GatherElementsLowering : OpConversionPattern<webnn::GatherElementsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::GatherElementsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    Value input = adaptor.getInput();
    Value indices = adaptor.getIndices();
    auto inputType = cast<RankedTensorType>(input.getType());
    if (cast<RankedTensorType>(indices.getType()).getShape() !=
        resultType.getShape())
      return rewriter.notifyMatchFailure(op, "indices and output differ");
    bool unsignedIndices = isUnsignedElement(op.getIndices().getType());
    int64_t axis = op.getAxis();
    int64_t axisSize = inputType.getDimSize(axis);
    Value result = buildIndexed(
        rewriter, op.getLoc(), resultType, ValueRange{indices},
        [&](OpBuilder &b, Location l, ValueRange ivs,
            ValueRange args) -> Value {
          SmallVector<Value> coords(ivs);
          coords[axis] =
              resolveIndex(b, l, args[0], axisSize, unsignedIndices);
          return tensor::ExtractOp::create(b, l, input, coords);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// gatherND: output[c..., t...] = input[resolve(indices[c..., 0..k-1]), t...]
//===----------------------------------------------------------------------===//

struct GatherNDLowering : OpConversionPattern<webnn::GatherNDOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::GatherNDOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    Value input = adaptor.getInput();
    Value indices = adaptor.getIndices();
    auto inputType = cast<RankedTensorType>(input.getType());
    auto indicesType = cast<RankedTensorType>(indices.getType());
    bool unsignedIndices = isUnsignedElement(op.getIndices().getType());
    int64_t coordRank = indicesType.getRank() - 1;
    int64_t k = indicesType.getShape().back();
    if (k > inputType.getRank() ||
        resultType.getRank() != coordRank + inputType.getRank() - k)
      return rewriter.notifyMatchFailure(op, "unexpected shapes");
    Value result = buildIndexed(
        rewriter, op.getLoc(), resultType, ValueRange{},
        [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange) -> Value {
          SmallVector<Value> coords;
          SmallVector<Value> at(ivs.take_front(coordRank));
          at.push_back(Value());
          for (int64_t j = 0; j < k; ++j) {
            at.back() = indexConst(b, l, j);
            Value raw = tensor::ExtractOp::create(b, l, indices, at);
            coords.push_back(resolveIndex(b, l, raw, inputType.getDimSize(j),
                                          unsignedIndices));
          }
          llvm::append_range(coords, ivs.drop_front(coordRank));
          return tensor::ExtractOp::create(b, l, input, coords);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// scatterElements, scatterND
//===----------------------------------------------------------------------===//
//
// A linalg.generic over (output coordinates, update coordinates) whose
// update dimensions are reductions: the accumulator starts as the input
// element and each update whose destination is this output element replaces
// it. The reduction visits the updates in row-major order, so the last
// update to a repeated destination wins, as in the interpreter. (One
// generic, no scf: the pass does not load the scf dialect. The cost is
// output size x update count.)

/// The scatter generic: `numOutput` parallel dimensions (the result's) then
/// `numUpdate` reduction dimensions; `updates` is read with `updatesMap`;
/// `body(ivs, update, acc)` yields the new accumulator.
static Value buildScatter(
    OpBuilder &builder, Location loc, RankedTensorType resultType,
    Value input, Value updates, AffineMap updatesMap, int64_t numUpdate,
    function_ref<Value(OpBuilder &, Location, ValueRange, Value, Value)>
        body) {
  int64_t numOutput = resultType.getRank();
  int64_t numDims = numOutput + numUpdate;
  MLIRContext *context = builder.getContext();
  SmallVector<AffineExpr> outputExprs;
  for (int64_t d = 0; d < numOutput; ++d)
    outputExprs.push_back(getAffineDimExpr(d, context));
  AffineMap outputMap = AffineMap::get(numDims, 0, outputExprs, context);
  SmallVector<utils::IteratorType> iterators(numOutput,
                                             utils::IteratorType::parallel);
  iterators.append(numUpdate, utils::IteratorType::reduction);
  auto generic = linalg::GenericOp::create(
      builder, loc, resultType, ValueRange{updates}, ValueRange{input},
      ArrayRef<AffineMap>{updatesMap, outputMap}, iterators,
      [&](OpBuilder &b, Location l, ValueRange args) {
        SmallVector<Value> ivs;
        for (int64_t d = 0; d < numDims; ++d)
          ivs.push_back(linalg::IndexOp::create(b, l, d));
        linalg::YieldOp::create(b, l, body(b, l, ivs, args[0], args[1]));
      });
  return generic.getResult(0);
}

static Value allOf(OpBuilder &b, Location l, ArrayRef<Value> conditions) {
  Value result = arith::ConstantIntOp::create(b, l, 1, 1);
  for (Value c : conditions)
    result = arith::AndIOp::create(b, l, result, c);
  return result;
}

struct ScatterElementsLowering
    : OpConversionPattern<webnn::ScatterElementsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::ScatterElementsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    Value input = adaptor.getInput();
    Value indices = adaptor.getIndices();
    Value updates = adaptor.getUpdates();
    auto indicesType = cast<RankedTensorType>(indices.getType());
    if (indicesType.getShape() !=
            cast<RankedTensorType>(updates.getType()).getShape() ||
        indicesType.getRank() != resultType.getRank())
      return rewriter.notifyMatchFailure(op, "unexpected shapes");
    bool unsignedIndices = isUnsignedElement(op.getIndices().getType());
    int64_t axis = op.getAxis();
    int64_t rank = resultType.getRank();
    int64_t axisSize = resultType.getDimSize(axis);
    MLIRContext *context = rewriter.getContext();
    SmallVector<AffineExpr> updateExprs;
    for (int64_t d = 0; d < rank; ++d)
      updateExprs.push_back(getAffineDimExpr(rank + d, context));
    AffineMap updatesMap = AffineMap::get(2 * rank, 0, updateExprs, context);
    Value result = buildScatter(
        rewriter, op.getLoc(), resultType, input, updates, updatesMap, rank,
        [&](OpBuilder &b, Location l, ValueRange ivs, Value update,
            Value acc) -> Value {
          ValueRange out = ivs.take_front(rank);
          ValueRange at = ivs.drop_front(rank);
          Value raw = tensor::ExtractOp::create(b, l, indices, at);
          SmallVector<Value> conditions;
          for (int64_t d = 0; d < rank; ++d) {
            Value destination =
                d == axis
                    ? resolveIndex(b, l, raw, axisSize, unsignedIndices)
                    : at[d];
            conditions.push_back(arith::CmpIOp::create(
                b, l, arith::CmpIPredicate::eq, destination, out[d]));
          }
          return arith::SelectOp::create(b, l, allOf(b, l, conditions),
                                         update, acc);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct ScatterNDLowering : OpConversionPattern<webnn::ScatterNDOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::ScatterNDOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    Value input = adaptor.getInput();
    Value indices = adaptor.getIndices();
    Value updates = adaptor.getUpdates();
    auto indicesType = cast<RankedTensorType>(indices.getType());
    bool unsignedIndices = isUnsignedElement(op.getIndices().getType());
    int64_t rank = resultType.getRank();
    int64_t coordRank = indicesType.getRank() - 1;
    int64_t k = indicesType.getShape().back();
    if (k > rank || cast<RankedTensorType>(updates.getType()).getRank() !=
                        coordRank + rank - k)
      return rewriter.notifyMatchFailure(op, "unexpected shapes");
    // updates[c..., t...] with c the coordinate dimensions (after the
    // output's) and t the output's dimensions k...
    MLIRContext *context = rewriter.getContext();
    SmallVector<AffineExpr> updateExprs;
    for (int64_t d = 0; d < coordRank; ++d)
      updateExprs.push_back(getAffineDimExpr(rank + d, context));
    for (int64_t d = k; d < rank; ++d)
      updateExprs.push_back(getAffineDimExpr(d, context));
    AffineMap updatesMap =
        AffineMap::get(rank + coordRank, 0, updateExprs, context);
    Value result = buildScatter(
        rewriter, op.getLoc(), resultType, input, updates, updatesMap,
        coordRank,
        [&](OpBuilder &b, Location l, ValueRange ivs, Value update,
            Value acc) -> Value {
          SmallVector<Value> at(ivs.drop_front(rank));
          at.push_back(Value());
          SmallVector<Value> conditions;
          for (int64_t j = 0; j < k; ++j) {
            at.back() = indexConst(b, l, j);
            Value raw = tensor::ExtractOp::create(b, l, indices, at);
            Value destination = resolveIndex(
                b, l, raw, resultType.getDimSize(j), unsignedIndices);
            conditions.push_back(arith::CmpIOp::create(
                b, l, arith::CmpIPredicate::eq, destination, ivs[j]));
          }
          return arith::SelectOp::create(b, l, allOf(b, l, conditions),
                                         update, acc);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// resample2d
//===----------------------------------------------------------------------===//
//
// The interpreter's half-pixel formulas per resized axis, with in/out the
// axis' input and output sizes and o the output coordinate:
//   nearest: clamp(ceildiv((2o + 1) * in - 2 * out, 2 * out), 0, in - 1)
//   linear:  c = clamp(((2o + 1) * in - out) / (2 * out), 0, in - 1) in f64,
//            lerp between floor(c) and ceil(c) with weight c - floor(c),
//            along axes[1] (x) first, then axes[0] (y), in f64, rounded
//            once into the element type.

struct Resample2dLowering : OpConversionPattern<webnn::Resample2dOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::Resample2dOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible type");
    Value input = adaptor.getInput();
    auto inputType = cast<RankedTensorType>(input.getType());
    ArrayRef<int64_t> axes = op.getAxes();
    if (axes.size() != 2)
      return rewriter.notifyMatchFailure(op, "needs two axes");
    int64_t rank = resultType.getRank();
    Type element = resultType.getElementType();
    Type webnnElement =
        cast<ShapedType>(op.getInput().getType()).getElementType();
    bool isUnsigned = isUnsignedElement(op.getInput().getType());
    bool linear = op.getMode() == webnn::InterpolationMode::linear;
    auto resized = [&](int64_t d) { return d == axes[0] || d == axes[1]; };

    if (!linear) {
      Value result = buildIndexed(
          rewriter, op.getLoc(), resultType, ValueRange{},
          [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange) -> Value {
            SmallVector<Value> coords(ivs);
            for (int64_t d = 0; d < rank; ++d) {
              if (!resized(d))
                continue;
              int64_t in = inputType.getDimSize(d);
              int64_t out = resultType.getDimSize(d);
              // (2o + 1) * in - 2 * out = o * 2in + (in - 2out).
              Value numerator = arith::AddIOp::create(
                  b, l,
                  arith::MulIOp::create(b, l, ivs[d],
                                        indexConst(b, l, 2 * in)),
                  indexConst(b, l, in - 2 * out));
              Value c = arith::CeilDivSIOp::create(
                  b, l, numerator, indexConst(b, l, 2 * out));
              c = arith::MaxSIOp::create(b, l, c, indexConst(b, l, 0));
              c = arith::MinSIOp::create(b, l, c, indexConst(b, l, in - 1));
              coords[d] = c;
            }
            return tensor::ExtractOp::create(b, l, input, coords);
          });
      rewriter.replaceOp(op, result);
      return success();
    }

    Value result = buildIndexed(
        rewriter, op.getLoc(), resultType, ValueRange{},
        [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange) -> Value {
          Type f64 = b.getF64Type();
          auto f64Const = [&](double v) -> Value {
            return arith::ConstantOp::create(b, l, b.getF64FloatAttr(v));
          };
          // Per resized axis (y = axes[0], x = axes[1]): low and high input
          // coordinates and the high weight.
          Value low[2], high[2], weight[2];
          for (int a = 0; a < 2; ++a) {
            int64_t d = axes[a];
            int64_t in = inputType.getDimSize(d);
            int64_t out = resultType.getDimSize(d);
            Value o = arith::IndexCastOp::create(b, l, b.getI64Type(), ivs[d]);
            // (2o + 1) * in - out = o * 2in + (in - out), exact in i64.
            Value numerator = arith::AddIOp::create(
                b, l,
                arith::MulIOp::create(
                    b, l, o, arith::ConstantIntOp::create(b, l, 2 * in, 64)),
                arith::ConstantIntOp::create(b, l, in - out, 64));
            Value c = arith::DivFOp::create(
                b, l, arith::SIToFPOp::create(b, l, f64, numerator),
                f64Const(2.0 * static_cast<double>(out)));
            c = arith::MaximumFOp::create(b, l, c, f64Const(0.0));
            c = arith::MinimumFOp::create(
                b, l, c, f64Const(static_cast<double>(in - 1)));
            Value floor = math::FloorOp::create(b, l, c);
            Value ceil = math::CeilOp::create(b, l, c);
            weight[a] = arith::SubFOp::create(b, l, c, floor);
            auto toIndex = [&](Value v) -> Value {
              Value i = arith::FPToSIOp::create(b, l, b.getI64Type(), v);
              return arith::IndexCastOp::create(b, l, b.getIndexType(), i);
            };
            low[a] = toIndex(floor);
            high[a] = toIndex(ceil);
          }
          auto at = [&](Value y, Value x) -> Value {
            SmallVector<Value> coords(ivs);
            coords[axes[0]] = y;
            coords[axes[1]] = x;
            Value v = tensor::ExtractOp::create(b, l, input, coords);
            if (isa<FloatType>(element))
              return arith::ExtFOp::create(b, l, f64, v);
            if (isUnsigned)
              return arith::UIToFPOp::create(b, l, f64, v);
            return arith::SIToFPOp::create(b, l, f64, v);
          };
          auto lerp = [&](Value v0, Value v1, Value w) -> Value {
            Value oneMinus = arith::SubFOp::create(b, l, f64Const(1.0), w);
            return arith::AddFOp::create(
                b, l, arith::MulFOp::create(b, l, v0, oneMinus),
                arith::MulFOp::create(b, l, v1, w));
          };
          Value vy0 = lerp(at(low[0], low[1]), at(low[0], high[1]), weight[1]);
          Value vy1 =
              lerp(at(high[0], low[1]), at(high[0], high[1]), weight[1]);
          Value v = lerp(vy0, vy1, weight[0]);
          if (isa<FloatType>(element))
            return arith::TruncFOp::create(b, l, element, v);
          // Integers: to nearest, ties to even, clamped to the type's range.
          auto intType = cast<IntegerType>(webnnElement);
          unsigned width = intType.getWidth();
          double lowest = isUnsigned ? 0.0 : -std::ldexp(1.0, width - 1);
          double highest = isUnsigned ? std::ldexp(1.0, width) - 1
                                      : std::ldexp(1.0, width - 1) - 1;
          v = math::RoundEvenOp::create(b, l, v);
          v = arith::MaximumFOp::create(b, l, v, f64Const(lowest));
          v = arith::MinimumFOp::create(b, l, v, f64Const(highest));
          if (isUnsigned)
            return arith::FPToUIOp::create(b, l, element, v);
          return arith::FPToSIOp::create(b, l, element, v);
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
               GatherLowering, GatherElementsLowering, GatherNDLowering,
               ScatterElementsLowering, ScatterNDLowering,
               Resample2dLowering>(converter, patterns.getContext());
}

} // namespace mlir::webnnc
