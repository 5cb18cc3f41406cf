//===- ConvPoolToLinalg.cpp - ConvPool webnn ops -> linalg -------------===//
//
// matmul, gemm, conv2d, averagePool2d, maxPool2d and l2Pool2d lower to
// linalg named ops (matmul, batch_matmul, conv_2d_nchw_fchw,
// depthwise_conv_2d_nchw_chw, conv_2d_ngchw_gfchw, pooling_nchw_*), with
// tensor.pad for padding, linalg.transpose for other layouts and
// broadcasting linalg.generic epilogues. convTranspose2d is a stride-1
// (grouped) convolution of the zero-inserted, padded input with the
// flipped filter.
//
// Computation happens in the element type (float16 in f16), not in the
// interpreter's double accumulation.
//
//===----------------------------------------------------------------------===//
#include "webnnc/Conversion/WebNNToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "webnn/IR/WebNNOps.h"

#include <limits>

namespace mlir::webnnc {
namespace {

//===----------------------------------------------------------------------===//
// Helpers (static to this file)
//===----------------------------------------------------------------------===//

/// A zero-filled (or `fillValue`-filled) init tensor.
static Value createFilled(OpBuilder &b, Location loc, RankedTensorType type,
                          Value fillValue) {
  Value empty = tensor::EmptyOp::create(b, loc, type.getShape(),
                                        type.getElementType());
  return linalg::FillOp::create(b, loc, fillValue, empty).getResult(0);
}

/// Adds a [C] bias to an NCHW result along its channel dimension: the bias
/// is viewed as [C, 1, 1] so trailing-aligned broadcasting puts it on dim 1.
static Value addChannelBias(OpBuilder &b, Location loc, Value nchw,
                            Value bias) {
  auto type = cast<RankedTensorType>(nchw.getType());
  auto biasType = RankedTensorType::get({type.getDimSize(1), 1, 1},
                                        type.getElementType());
  Value bias3 = tensor::ExpandShapeOp::create(
      b, loc, biasType, bias, SmallVector<ReassociationIndices>{{0, 1, 2}});
  return buildElementwise(
      b, loc, type, ValueRange{nchw, bias3},
      [](OpBuilder &nested, Location l, ValueRange args) -> Value {
        return arith::AddFOp::create(nested, l, args[0], args[1]);
      });
}

/// linalg.transpose: result dimension i is `value`'s dimension perm[i].
static Value transpose(OpBuilder &b, Location loc, Value value,
                       ArrayRef<int64_t> perm) {
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> shape;
  for (int64_t dim : perm)
    shape.push_back(type.getDimSize(dim));
  Value init = tensor::EmptyOp::create(b, loc, shape, type.getElementType());
  return linalg::TransposeOp::create(b, loc, value, init, perm).getResult()[0];
}

/// The permutation taking a tensor whose dimensions are named by `from` to
/// the order `to` (both permutations of the same letters).
static SmallVector<int64_t> getPermutation(StringRef from, StringRef to) {
  SmallVector<int64_t> perm;
  for (char c : to)
    perm.push_back(static_cast<int64_t>(from.find(c)));
  return perm;
}

static bool isIdentity(ArrayRef<int64_t> perm) {
  for (auto [i, p] : llvm::enumerate(perm))
    if (p != static_cast<int64_t>(i))
      return false;
  return true;
}

static Value permute(OpBuilder &b, Location loc, Value value, StringRef from,
                     StringRef to) {
  SmallVector<int64_t> perm = getPermutation(from, to);
  return isIdentity(perm) ? value : transpose(b, loc, value, perm);
}

/// Pads the two trailing (spatial) dimensions of a rank-4 tensor.
static Value padSpatial(OpBuilder &b, Location loc, Value value,
                        ArrayRef<int64_t> low, ArrayRef<int64_t> high,
                        Value padValue) {
  if (llvm::all_of(low, [](int64_t v) { return v == 0; }) &&
      llvm::all_of(high, [](int64_t v) { return v == 0; }))
    return value;
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> shape(type.getShape());
  SmallVector<OpFoldResult> lowOfr, highOfr;
  for (int i = 0; i < 4; ++i) {
    int64_t l = i < 2 ? 0 : low[i - 2], h = i < 2 ? 0 : high[i - 2];
    shape[i] += l + h;
    lowOfr.push_back(b.getIndexAttr(l));
    highOfr.push_back(b.getIndexAttr(h));
  }
  auto resultType = RankedTensorType::get(shape, type.getElementType());
  return tensor::PadOp::create(b, loc, resultType, value, lowOfr, highOfr,
                               padValue);
}

//===----------------------------------------------------------------------===//
// matmul
//===----------------------------------------------------------------------===//

struct MatmulLowering : OpConversionPattern<webnn::MatmulOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::MatmulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = convertedType(getTypeConverter(), op.getType());
    RankedTensorType aType = getStaticType(adaptor.getA());
    RankedTensorType bType = getStaticType(adaptor.getB());
    if (!resultType || !resultType.hasStaticShape() || !aType || !bType ||
        aType.getRank() < 2 || bType.getRank() < 2)
      return rewriter.notifyMatchFailure(op, "needs static shapes, rank >= 2");
    Type elementType = resultType.getElementType();
    Value zero = zeroOf(rewriter, loc, elementType);
    int64_t rank = resultType.getRank();
    if (rank == 2 && aType.getRank() == 2 && bType.getRank() == 2) {
      Value init = createFilled(rewriter, loc, resultType, zero);
      Value result =
          linalg::MatmulOp::create(rewriter, loc, TypeRange{resultType},
                                   ValueRange{adaptor.getA(), adaptor.getB()},
                                   ValueRange{init})
              .getResult(0);
      rewriter.replaceOp(op, result);
      return success();
    }
    // A shared 2-D right operand (a weight): the batches of `a` are just
    // more rows of one matrix product; no copy of `b` per batch.
    if (bType.getRank() == 2 && aType.getRank() == rank) {
      int64_t rows = aType.getNumElements() / aType.getDimSize(rank - 1);
      SmallVector<ReassociationIndices> rowsAndColumns(2);
      for (int64_t i = 0; i < rank - 1; ++i)
        rowsAndColumns[0].push_back(i);
      rowsAndColumns[1].push_back(rank - 1);
      Value a = tensor::CollapseShapeOp::create(
          rewriter, loc,
          RankedTensorType::get({rows, aType.getDimSize(rank - 1)},
                                elementType),
          adaptor.getA(), rowsAndColumns);
      auto productType = RankedTensorType::get(
          {rows, bType.getDimSize(1)}, elementType);
      Value init = createFilled(rewriter, loc, productType, zero);
      Value product =
          linalg::MatmulOp::create(rewriter, loc, TypeRange{productType},
                                   ValueRange{a, adaptor.getB()},
                                   ValueRange{init})
              .getResult(0);
      rewriter.replaceOpWithNewOp<tensor::ExpandShapeOp>(
          op, resultType, product, rowsAndColumns);
      return success();
    }
    // Broadcast both operands to the full batch shape, collapse the batch
    // dimensions into one, batch_matmul, expand back.
    ArrayRef<int64_t> batch = resultType.getShape().drop_back(2);
    int64_t m = aType.getDimSize(aType.getRank() - 2);
    int64_t k = aType.getDimSize(aType.getRank() - 1);
    int64_t n = bType.getDimSize(bType.getRank() - 1);
    auto broadcastTo = [&](Value value, int64_t rows, int64_t cols) -> Value {
      SmallVector<int64_t> shape(batch);
      shape.push_back(rows);
      shape.push_back(cols);
      auto type = RankedTensorType::get(shape, elementType);
      if (type == value.getType())
        return value;
      return buildElementwise(
          rewriter, loc, type, ValueRange{value},
          [](OpBuilder &, Location, ValueRange args) { return args[0]; });
    };
    Value a = broadcastTo(adaptor.getA(), m, k);
    Value b = broadcastTo(adaptor.getB(), k, n);
    int64_t batches = 1;
    for (int64_t size : batch)
      batches *= size;
    SmallVector<ReassociationIndices> reassociation(3);
    for (int64_t i = 0; i < rank - 2; ++i)
      reassociation[0].push_back(i);
    reassociation[1].push_back(rank - 2);
    reassociation[2].push_back(rank - 1);
    auto collapse = [&](Value value, int64_t rows, int64_t cols) -> Value {
      if (rank == 3)
        return value;
      auto type = RankedTensorType::get({batches, rows, cols}, elementType);
      return tensor::CollapseShapeOp::create(rewriter, loc, type, value,
                                             reassociation);
    };
    a = collapse(a, m, k);
    b = collapse(b, k, n);
    auto bmmType = RankedTensorType::get({batches, m, n}, elementType);
    Value init = createFilled(rewriter, loc, bmmType, zero);
    Value result = linalg::BatchMatmulOp::create(rewriter, loc,
                                                 TypeRange{bmmType},
                                                 ValueRange{a, b},
                                                 ValueRange{init})
                       .getResult(0);
    if (rank != 3)
      result = tensor::ExpandShapeOp::create(rewriter, loc, resultType, result,
                                             reassociation);
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// gemm
//===----------------------------------------------------------------------===//

struct GemmLowering : OpConversionPattern<webnn::GemmOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::GemmOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType || !resultType.hasStaticShape() ||
        !getStaticType(adaptor.getA()) || !getStaticType(adaptor.getB()) ||
        (adaptor.getC() && !getStaticType(adaptor.getC())))
      return rewriter.notifyMatchFailure(op, "needs static shapes");
    Type elementType = resultType.getElementType();
    Value a = adaptor.getA(), b = adaptor.getB();
    if (op.getATranspose())
      a = transpose(rewriter, loc, a, {1, 0});
    if (op.getBTranspose())
      b = transpose(rewriter, loc, b, {1, 0});
    Value init = createFilled(rewriter, loc, resultType,
                              zeroOf(rewriter, loc, elementType));
    Value result = linalg::MatmulOp::create(rewriter, loc,
                                            TypeRange{resultType},
                                            ValueRange{a, b}, ValueRange{init})
                       .getResult(0);
    // Spec steps 5-6: alpha and beta cast to the data type.
    double alphaValue = op.getAlpha().convertToDouble();
    double betaValue = op.getBeta().convertToDouble();
    Value c = adaptor.getC();
    if (alphaValue == 1.0 && !c) {
      rewriter.replaceOp(op, result);
      return success();
    }
    SmallVector<Value> operands{result};
    if (c)
      operands.push_back(c);
    result = buildElementwise(
        rewriter, loc, resultType, operands,
        [&](OpBuilder &builder, Location l, ValueRange args) -> Value {
          Value value = args[0];
          if (alphaValue != 1.0)
            value = arith::MulFOp::create(
                builder, l, constFloat(builder, l, elementType, alphaValue),
                value);
          if (args.size() > 1) {
            Value cValue = args[1];
            if (betaValue != 1.0)
              cValue = arith::MulFOp::create(
                  builder, l, constFloat(builder, l, elementType, betaValue),
                  cValue);
            value = arith::AddFOp::create(builder, l, value, cValue);
          }
          return value;
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// conv2d
//===----------------------------------------------------------------------===//

struct Conv2dLowering : OpConversionPattern<webnn::Conv2dOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::Conv2dOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType || !resultType.hasStaticShape() ||
        !getStaticType(adaptor.getInput()) ||
        !getStaticType(adaptor.getFilter()) ||
        (adaptor.getBias() && !getStaticType(adaptor.getBias())))
      return rewriter.notifyMatchFailure(op, "needs static shapes");
    Type elementType = resultType.getElementType();
    StringRef inputLayout =
        webnn::stringifyInputOperandLayout(op.getInputLayout());
    StringRef filterLayout =
        webnn::stringifyConv2dFilterOperandLayout(op.getFilterLayout());

    Value input = permute(rewriter, loc, adaptor.getInput(), inputLayout,
                          "nchw");
    Value filter = permute(rewriter, loc, adaptor.getFilter(), filterLayout,
                           "oihw");
    ArrayRef<int64_t> padding = op.getPadding();
    Value zero = zeroOf(rewriter, loc, elementType);
    input = padSpatial(rewriter, loc, input, {padding[0], padding[2]},
                       {padding[1], padding[3]}, zero);

    auto inType = cast<RankedTensorType>(input.getType());
    auto filterType = cast<RankedTensorType>(filter.getType());
    int64_t batches = inType.getDimSize(0), inChannels = inType.getDimSize(1);
    int64_t outChannels = filterType.getDimSize(0);
    int64_t inPerGroup = filterType.getDimSize(1);
    int64_t kh = filterType.getDimSize(2), kw = filterType.getDimSize(3);
    int64_t groups = static_cast<int64_t>(op.getGroups());
    SmallVector<int64_t> outShape{batches, outChannels};
    {
      SmallVector<int64_t> perm = getPermutation(inputLayout, "nchw");
      outShape.push_back(resultType.getDimSize(perm[2]));
      outShape.push_back(resultType.getDimSize(perm[3]));
    }
    auto nchwType = RankedTensorType::get(outShape, elementType);
    auto strides = rewriter.getI64TensorAttr(op.getStrides());
    auto dilations = rewriter.getI64TensorAttr(op.getDilations());
    if (groups <= 0 || inChannels % groups || outChannels % groups ||
        inPerGroup * groups != inChannels)
      return rewriter.notifyMatchFailure(op, "inconsistent groups");

    Value result;
    if (groups == 1) {
      Value init = createFilled(rewriter, loc, nchwType, zero);
      result = linalg::Conv2DNchwFchwOp::create(
                   rewriter, loc, TypeRange{nchwType},
                   ValueRange{input, filter}, ValueRange{init}, strides,
                   dilations)
                   .getResult(0);
    } else if (groups == inChannels && outChannels == inChannels) {
      // Depthwise, multiplier 1: filter [C, 1, kh, kw] -> [C, kh, kw].
      auto chwType = RankedTensorType::get({outChannels, kh, kw}, elementType);
      Value chw = tensor::CollapseShapeOp::create(
          rewriter, loc, chwType, filter,
          SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}});
      Value init = createFilled(rewriter, loc, nchwType, zero);
      result = linalg::DepthwiseConv2DNchwChwOp::create(
                   rewriter, loc, TypeRange{nchwType}, ValueRange{input, chw},
                   ValueRange{init}, strides, dilations)
                   .getResult(0);
    } else {
      // Grouped: input [N, G, C/G, H, W], filter [G, O/G, C/G, kh, kw],
      // output [N, G, O/G, H, W].
      SmallVector<ReassociationIndices> split{{0}, {1, 2}, {3}, {4}};
      SmallVector<ReassociationIndices> splitFirst{{0, 1}, {2}, {3}, {4}};
      auto groupedInType = RankedTensorType::get(
          {batches, groups, inPerGroup, inType.getDimSize(2),
           inType.getDimSize(3)},
          elementType);
      Value groupedIn = tensor::ExpandShapeOp::create(
          rewriter, loc, groupedInType, input, split);
      auto groupedFilterType = RankedTensorType::get(
          {groups, outChannels / groups, inPerGroup, kh, kw}, elementType);
      Value groupedFilter = tensor::ExpandShapeOp::create(
          rewriter, loc, groupedFilterType, filter, splitFirst);
      auto groupedOutType = RankedTensorType::get(
          {batches, groups, outChannels / groups, outShape[2], outShape[3]},
          elementType);
      Value init = createFilled(rewriter, loc, groupedOutType, zero);
      Value grouped = linalg::Conv2DNgchwGfchwOp::create(
                          rewriter, loc, TypeRange{groupedOutType},
                          ValueRange{groupedIn, groupedFilter},
                          ValueRange{init}, strides, dilations)
                          .getResult(0);
      result = tensor::CollapseShapeOp::create(rewriter, loc, nchwType,
                                               grouped, split);
    }

    if (Value bias = adaptor.getBias())
      result = addChannelBias(rewriter, loc, result, bias);
    result = permute(rewriter, loc, result, "nchw", inputLayout);
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Pooling
//===----------------------------------------------------------------------===//

enum class PoolKind { Average, L2, Max };

template <typename OpTy, PoolKind kind>
struct PoolLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  using OpAdaptor = typename OpConversionPattern<OpTy>::OpAdaptor;
  LogicalResult
  matchAndRewrite(OpTy op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = convertedType(this->getTypeConverter(), op.getType());
    RankedTensorType inputType = getStaticType(adaptor.getInput());
    if (!resultType || !resultType.hasStaticShape() || !inputType ||
        inputType.getRank() != 4)
      return rewriter.notifyMatchFailure(op, "needs static 4-D shapes");
    Type elementType = resultType.getElementType();
    StringRef layout = webnn::stringifyInputOperandLayout(op.getLayout());

    Value input = permute(rewriter, loc, adaptor.getInput(), layout, "nchw");
    auto nchwIn = cast<RankedTensorType>(input.getType());
    SmallVector<int64_t> toNchw = getPermutation(layout, "nchw");
    int64_t outH = resultType.getDimSize(toNchw[2]);
    int64_t outW = resultType.getDimSize(toNchw[3]);
    int64_t inH = nchwIn.getDimSize(2), inW = nchwIn.getDimSize(3);
    std::optional<ArrayRef<int64_t>> window = op.getWindowDimensions();
    int64_t winH = window ? (*window)[0] : inH;
    int64_t winW = window ? (*window)[1] : inW;
    ArrayRef<int64_t> padding = op.getPadding();
    ArrayRef<int64_t> strides = op.getStrides();
    ArrayRef<int64_t> dilations = op.getDilations();
    // The padded input covers every window exactly (ceil rounding and
    // outputSizes can reach past the given ending padding; those positions
    // are not part of the window, as padding is not).
    int64_t beginH = padding[0], beginW = padding[2];
    int64_t endH = std::max<int64_t>(
        0, (outH - 1) * strides[0] + (winH - 1) * dilations[0] + 1 - beginH -
               inH);
    int64_t endW = std::max<int64_t>(
        0, (outW - 1) * strides[1] + (winW - 1) * dilations[1] + 1 - beginW -
               inW);

    bool isUnsigned = isUnsignedElement(op.getInput().getType());
    Value padValue;
    if constexpr (kind == PoolKind::Max) {
      if (auto floatType = dyn_cast<FloatType>(elementType)) {
        padValue = arith::ConstantOp::create(
            rewriter, loc,
            rewriter.getFloatAttr(
                floatType, APFloat::getInf(floatType.getFloatSemantics(),
                                           /*Negative=*/true)));
      } else {
        unsigned width = elementType.getIntOrFloatBitWidth();
        APInt lowest = isUnsigned ? APInt::getZero(width)
                                  : APInt::getSignedMinValue(width);
        padValue = arith::ConstantOp::create(
            rewriter, loc, rewriter.getIntegerAttr(elementType, lowest));
      }
    } else {
      if (!isa<FloatType>(elementType))
        return rewriter.notifyMatchFailure(op, "float pooling only");
      padValue = zeroOf(rewriter, loc, elementType);
    }

    if constexpr (kind == PoolKind::L2) {
      input = buildElementwise(
          rewriter, loc, nchwIn, ValueRange{input},
          [](OpBuilder &b, Location l, ValueRange args) -> Value {
            return arith::MulFOp::create(b, l, args[0], args[0]);
          });
    }
    input = padSpatial(rewriter, loc, input, {beginH, beginW}, {endH, endW},
                       padValue);

    auto nchwType = RankedTensorType::get(
        {nchwIn.getDimSize(0), nchwIn.getDimSize(1), outH, outW}, elementType);
    Value windowTensor =
        tensor::EmptyOp::create(rewriter, loc, ArrayRef<int64_t>{winH, winW},
                                elementType);
    auto stridesAttr = rewriter.getI64TensorAttr(strides);
    auto dilationsAttr = rewriter.getI64TensorAttr(dilations);
    Value init = createFilled(rewriter, loc, nchwType, padValue);
    Value result;
    if constexpr (kind == PoolKind::Max) {
      if (isUnsigned) {
        // No unsigned nchw pooling op: pool in nhwc.
        Value nhwc = transpose(rewriter, loc, input, {0, 2, 3, 1});
        auto nhwcType = RankedTensorType::get(
            {nchwIn.getDimSize(0), outH, outW, nchwIn.getDimSize(1)},
            elementType);
        Value nhwcInit = createFilled(rewriter, loc, nhwcType, padValue);
        Value pooled = linalg::PoolingNhwcMaxUnsignedOp::create(
                           rewriter, loc, TypeRange{nhwcType},
                           ValueRange{nhwc, windowTensor},
                           ValueRange{nhwcInit}, stridesAttr, dilationsAttr)
                           .getResult(0);
        result = transpose(rewriter, loc, pooled, {0, 3, 1, 2});
      } else {
        result = linalg::PoolingNchwMaxOp::create(
                     rewriter, loc, TypeRange{nchwType},
                     ValueRange{input, windowTensor}, ValueRange{init},
                     stridesAttr, dilationsAttr)
                     .getResult(0);
      }
    } else {
      result = linalg::PoolingNchwSumOp::create(
                   rewriter, loc, TypeRange{nchwType},
                   ValueRange{input, windowTensor}, ValueRange{init},
                   stridesAttr, dilationsAttr)
                   .getResult(0);
    }

    if constexpr (kind == PoolKind::Average) {
      // The number of input (non-padding) elements of each window, known
      // at compile time; an empty window divides by 0 (NaN, as the
      // interpreter).
      auto countRow = [](int64_t o, int64_t stride, int64_t dilation,
                         int64_t begin, int64_t taps, int64_t size) {
        int64_t count = 0;
        for (int64_t k = 0; k < taps; ++k) {
          int64_t i = o * stride + k * dilation - begin;
          if (i >= 0 && i < size)
            ++count;
        }
        return count;
      };
      SmallVector<Attribute> counts;
      auto floatType = cast<FloatType>(elementType);
      for (int64_t oh = 0; oh < outH; ++oh) {
        int64_t rows =
            countRow(oh, strides[0], dilations[0], beginH, winH, inH);
        for (int64_t ow = 0; ow < outW; ++ow) {
          int64_t cols =
              countRow(ow, strides[1], dilations[1], beginW, winW, inW);
          counts.push_back(rewriter.getFloatAttr(
              floatType, static_cast<double>(rows * cols)));
        }
      }
      auto countType = RankedTensorType::get({outH, outW}, elementType);
      Value count = arith::ConstantOp::create(
          rewriter, loc, DenseElementsAttr::get(countType, counts));
      result = buildElementwise(
          rewriter, loc, nchwType, ValueRange{result, count},
          [](OpBuilder &b, Location l, ValueRange args) -> Value {
            return arith::DivFOp::create(b, l, args[0], args[1]);
          });
    } else if constexpr (kind == PoolKind::L2) {
      result = buildElementwise(
          rewriter, loc, nchwType, ValueRange{result},
          [](OpBuilder &b, Location l, ValueRange args) -> Value {
            return math::SqrtOp::create(b, l, args[0]);
          });
    }
    result = permute(rewriter, loc, result, "nchw", layout);
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// convTranspose2d
//===----------------------------------------------------------------------===//

/// convTranspose2d as a stride-1 convolution of the zero-inserted input
/// with the flipped, group-transposed filter:
///  1. the nchw input gets stride-1 zeros between its rows/columns
///     (tensor.insert_slice with strides into a zero tensor);
///  2. it is padded by dilation * (kernel - 1) - beginningPadding in front
///     and as much behind as the output size needs (outputPadding /
///     outputSizes included); negative amounts become an extract_slice;
///  3. the iohw filter [G*I/G, O/G, kh, kw] becomes [G, O/G, I/G, kh, kw]
///     with kh, kw reversed (one linalg.generic);
///  4. conv_2d_nchw_fchw (groups = 1) or conv_2d_ngchw_gfchw with the op's
///     dilations and unit strides; bias and layout as conv2d.
struct ConvTranspose2dLowering
    : OpConversionPattern<webnn::ConvTranspose2dOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::ConvTranspose2dOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = convertedType(getTypeConverter(), op.getType());
    if (!resultType || !resultType.hasStaticShape() ||
        !getStaticType(adaptor.getInput()) ||
        !getStaticType(adaptor.getFilter()) ||
        (adaptor.getBias() && !getStaticType(adaptor.getBias())))
      return rewriter.notifyMatchFailure(op, "needs static shapes");
    Type elementType = resultType.getElementType();
    MLIRContext *context = rewriter.getContext();
    StringRef inputLayout =
        webnn::stringifyInputOperandLayout(op.getInputLayout());
    StringRef filterLayout =
        webnn::stringifyConvTranspose2dFilterOperandLayout(
            op.getFilterLayout());
    Value input = permute(rewriter, loc, adaptor.getInput(), inputLayout,
                          "nchw");
    Value filter = permute(rewriter, loc, adaptor.getFilter(), filterLayout,
                           "iohw");
    auto inType = cast<RankedTensorType>(input.getType());
    auto filterType = cast<RankedTensorType>(filter.getType());
    int64_t batches = inType.getDimSize(0), inChannels = inType.getDimSize(1);
    int64_t inH = inType.getDimSize(2), inW = inType.getDimSize(3);
    int64_t outPerGroup = filterType.getDimSize(1);
    int64_t kh = filterType.getDimSize(2), kw = filterType.getDimSize(3);
    int64_t groups = static_cast<int64_t>(op.getGroups());
    if (groups <= 0 || inChannels % groups ||
        filterType.getDimSize(0) != inChannels)
      return rewriter.notifyMatchFailure(op, "inconsistent groups");
    int64_t inPerGroup = inChannels / groups;
    int64_t outChannels = outPerGroup * groups;
    SmallVector<int64_t> toNchw = getPermutation(inputLayout, "nchw");
    int64_t outH = resultType.getDimSize(toNchw[2]);
    int64_t outW = resultType.getDimSize(toNchw[3]);
    if (resultType.getDimSize(toNchw[1]) != outChannels ||
        inH <= 0 || inW <= 0 || kh <= 0 || kw <= 0)
      return rewriter.notifyMatchFailure(op, "unexpected shapes");
    ArrayRef<int64_t> padding = op.getPadding();
    ArrayRef<int64_t> strides = op.getStrides();
    ArrayRef<int64_t> dilations = op.getDilations();
    Value zero = zeroOf(rewriter, loc, elementType);

    // 1. Zero insertion.
    int64_t dilH = (inH - 1) * strides[0] + 1;
    int64_t dilW = (inW - 1) * strides[1] + 1;
    if (strides[0] != 1 || strides[1] != 1) {
      auto dilatedType = RankedTensorType::get(
          {batches, inChannels, dilH, dilW}, elementType);
      Value dest = createFilled(rewriter, loc, dilatedType, zero);
      SmallVector<OpFoldResult> offsets(4, rewriter.getIndexAttr(0));
      SmallVector<OpFoldResult> sizes, steps;
      for (int64_t size : inType.getShape())
        sizes.push_back(rewriter.getIndexAttr(size));
      steps = {rewriter.getIndexAttr(1), rewriter.getIndexAttr(1),
               rewriter.getIndexAttr(strides[0]),
               rewriter.getIndexAttr(strides[1])};
      input = tensor::InsertSliceOp::create(rewriter, loc, input, dest,
                                            offsets, sizes, steps);
    }

    // 2. Full padding, trimmed where negative.
    int64_t spanH = outH + dilations[0] * (kh - 1);
    int64_t spanW = outW + dilations[1] * (kw - 1);
    int64_t lowH = dilations[0] * (kh - 1) - padding[0];
    int64_t lowW = dilations[1] * (kw - 1) - padding[2];
    int64_t highH = spanH - lowH - dilH, highW = spanW - lowW - dilW;
    input = padSpatial(rewriter, loc, input,
                       {std::max<int64_t>(lowH, 0), std::max<int64_t>(lowW, 0)},
                       {std::max<int64_t>(highH, 0),
                        std::max<int64_t>(highW, 0)},
                       zero);
    if (lowH < 0 || lowW < 0 || highH < 0 || highW < 0) {
      SmallVector<OpFoldResult> offsets{
          rewriter.getIndexAttr(0), rewriter.getIndexAttr(0),
          rewriter.getIndexAttr(std::max<int64_t>(-lowH, 0)),
          rewriter.getIndexAttr(std::max<int64_t>(-lowW, 0))};
      SmallVector<OpFoldResult> sizes{
          rewriter.getIndexAttr(batches), rewriter.getIndexAttr(inChannels),
          rewriter.getIndexAttr(spanH), rewriter.getIndexAttr(spanW)};
      SmallVector<OpFoldResult> steps(4, rewriter.getIndexAttr(1));
      auto slicedType = RankedTensorType::get(
          {batches, inChannels, spanH, spanW}, elementType);
      input = tensor::ExtractSliceOp::create(rewriter, loc, slicedType, input,
                                             offsets, sizes, steps);
    }

    // 3. The flipped filter [G, O/G, I/G, kh, kw].
    auto splitType = RankedTensorType::get(
        {groups, inPerGroup, outPerGroup, kh, kw}, elementType);
    Value split = tensor::ExpandShapeOp::create(
        rewriter, loc, splitType, filter,
        SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}, {4}});
    auto flippedType = RankedTensorType::get(
        {groups, outPerGroup, inPerGroup, kh, kw}, elementType);
    auto d = [&](unsigned i) { return getAffineDimExpr(i, context); };
    AffineMap readMap = AffineMap::get(
        5, 0,
        {d(0), d(2), d(1), getAffineConstantExpr(kh - 1, context) - d(3),
         getAffineConstantExpr(kw - 1, context) - d(4)},
        context);
    Value flippedInit = tensor::EmptyOp::create(
        rewriter, loc, flippedType.getShape(), elementType);
    Value flipped =
        linalg::GenericOp::create(
            rewriter, loc, flippedType, ValueRange{split},
            ValueRange{flippedInit},
            SmallVector<AffineMap>{readMap,
                                   rewriter.getMultiDimIdentityMap(5)},
            SmallVector<utils::IteratorType>(5, utils::IteratorType::parallel),
            [](OpBuilder &b, Location l, ValueRange args) {
              linalg::YieldOp::create(b, l, args[0]);
            })
            .getResult(0);

    // 4. The convolution.
    auto nchwType =
        RankedTensorType::get({batches, outChannels, outH, outW}, elementType);
    auto unitStrides = rewriter.getI64TensorAttr({1, 1});
    auto dilationsAttr = rewriter.getI64TensorAttr(dilations);
    Value result;
    if (groups == 1) {
      auto fchwType = RankedTensorType::get({outPerGroup, inPerGroup, kh, kw},
                                            elementType);
      Value fchw = tensor::CollapseShapeOp::create(
          rewriter, loc, fchwType, flipped,
          SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}, {4}});
      Value init = createFilled(rewriter, loc, nchwType, zero);
      result = linalg::Conv2DNchwFchwOp::create(
                   rewriter, loc, TypeRange{nchwType}, ValueRange{input, fchw},
                   ValueRange{init}, unitStrides, dilationsAttr)
                   .getResult(0);
    } else {
      SmallVector<ReassociationIndices> splitChannels{{0}, {1, 2}, {3}, {4}};
      auto groupedInType = RankedTensorType::get(
          {batches, groups, inPerGroup, spanH, spanW}, elementType);
      Value groupedIn = tensor::ExpandShapeOp::create(
          rewriter, loc, groupedInType, input, splitChannels);
      auto groupedOutType = RankedTensorType::get(
          {batches, groups, outPerGroup, outH, outW}, elementType);
      Value init = createFilled(rewriter, loc, groupedOutType, zero);
      Value grouped = linalg::Conv2DNgchwGfchwOp::create(
                          rewriter, loc, TypeRange{groupedOutType},
                          ValueRange{groupedIn, flipped}, ValueRange{init},
                          unitStrides, dilationsAttr)
                          .getResult(0);
      result = tensor::CollapseShapeOp::create(rewriter, loc, nchwType,
                                               grouped, splitChannels);
    }

    if (Value bias = adaptor.getBias())
      result = addChannelBias(rewriter, loc, result, bias);
    result = permute(rewriter, loc, result, "nchw", inputLayout);
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void populateConvPoolToLinalgPatterns(const TypeConverter &converter,
                                      RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  patterns.add<MatmulLowering, GemmLowering, Conv2dLowering,
               PoolLowering<webnn::AveragePool2dOp, PoolKind::Average>,
               PoolLowering<webnn::L2Pool2dOp, PoolKind::L2>,
               PoolLowering<webnn::MaxPool2dOp, PoolKind::Max>,
               ConvTranspose2dLowering>(converter, context);
}

} // namespace mlir::webnnc
