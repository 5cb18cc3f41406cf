//===- NnConverters.cpp - ONNX neural-network ops -> webnn ----------------===//
//
// Convolutions, pooling, matrix products, normalizations, the softmax
// family, Dropout and Einsum. WebNN's spatial ops are 2-D only: 1-D ONNX
// forms are lifted to 2-D with a unit height (reshape in, reshape out) and
// 3-D forms are reported as unsupported. auto_pad is resolved to explicit
// padding from the static input shapes.
//
//===----------------------------------------------------------------------===//
#include "../OnnxConverter.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <numeric>

using namespace mlir;

namespace webnnc::onnx_import {

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

static ArrayRef<int64_t> getShape(Value value) {
  return cast<RankedTensorType>(value.getType()).getShape();
}

static Type getElementTypeOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getElementType();
}

template <typename OpTy>
static FailureOr<Value> reduce(OnnxNodeContext &context, FailureOr<Value> value,
                               ArrayRef<int64_t> axes, bool keepDimensions) {
  if (failed(value))
    return failure();
  OpBuilder &builder = context.getBuilder();
  return context.create<OpTy>(*value, builder.getDenseI64ArrayAttr(axes),
                              builder.getBoolAttr(keepDimensions),
                              StringAttr());
}

template <typename OpTy>
static FailureOr<Value> binary(OnnxNodeContext &context, FailureOr<Value> a,
                               FailureOr<Value> b) {
  if (failed(a) || failed(b))
    return failure();
  return context.create<OpTy>(*a, *b, StringAttr());
}

template <typename OpTy>
static FailureOr<Value> unary(OnnxNodeContext &context, FailureOr<Value> a) {
  if (failed(a))
    return failure();
  return context.create<OpTy>(*a, StringAttr());
}

// The generated adaptors read enum attributes without falling back to their
// defaults, so every enum option is passed explicitly.
static webnn::InputOperandLayoutAttr nchw(OnnxNodeContext &context) {
  return webnn::InputOperandLayoutAttr::get(context.getContext(),
                                            webnn::InputOperandLayout::nchw);
}

static webnn::RoundingTypeAttr rounding(OnnxNodeContext &context, bool ceil) {
  return webnn::RoundingTypeAttr::get(context.getContext(),
                                      ceil ? webnn::RoundingType::ceil
                                           : webnn::RoundingType::floor);
}

/// A scalar constant with `like`'s element type.
static Value scalarLike(OnnxNodeContext &context, Value like, double value) {
  return context.scalar(getElementTypeOf(like), value);
}

/// Fails with `unsupported` when any output from `first` on is requested.
static LogicalResult rejectExtraOutputs(OnnxNodeContext &context, int first,
                                        StringRef what) {
  for (int i = first; i < context.getNode().output_size(); ++i)
    if (context.hasOutput(i))
      return context.unsupported("output #" + Twine(i) + " ('" +
                                 context.getNode().output(i) + "'): " + what);
  return success();
}

//===----------------------------------------------------------------------===//
// Windows of convolutions and pooling
//===----------------------------------------------------------------------===//

namespace {
/// The per-spatial-dimension parameters of a convolution or pooling window.
struct Window {
  SmallVector<int64_t> kernel, strides, dilations, padBegin, padEnd;
  SmallVector<int64_t> outputPadding; // ConvTranspose only.

  /// WebNN's [beginHeight, endHeight, beginWidth, endWidth] (2-D only).
  SmallVector<int64_t> webnnPadding() const {
    return {padBegin[0], padEnd[0], padBegin[1], padEnd[1]};
  }
  bool hasPadding() const {
    return llvm::any_of(padBegin, [](int64_t p) { return p != 0; }) ||
           llvm::any_of(padEnd, [](int64_t p) { return p != 0; });
  }
  /// Adds a leading unit dimension: 1-D windows become 2-D with height 1.
  void liftTo2d() {
    kernel.insert(kernel.begin(), 1);
    strides.insert(strides.begin(), 1);
    dilations.insert(dilations.begin(), 1);
    padBegin.insert(padBegin.begin(), 0);
    padEnd.insert(padEnd.begin(), 0);
    if (!outputPadding.empty())
      outputPadding.insert(outputPadding.begin(), 0);
  }
};
} // namespace

/// The int list attribute `name` with `count` entries, or `count` copies of
/// `defaultValue` when absent.
static FailureOr<SmallVector<int64_t>>
getSpatialInts(OnnxNodeContext &context, StringRef name, size_t count,
               int64_t defaultValue) {
  if (!context.hasAttribute(name))
    return SmallVector<int64_t>(count, defaultValue);
  SmallVector<int64_t> values = context.getInts(name);
  if (values.size() != count)
    return context.emitError() << "attribute '" << name << "' has "
                               << values.size() << " values, expected "
                               << count;
  return values;
}

/// Kernel, strides and dilations, and pads / output_padding as given.
static FailureOr<Window> getWindow(OnnxNodeContext &context,
                                   ArrayRef<int64_t> kernel) {
  size_t n = kernel.size();
  Window window;
  window.kernel.assign(kernel.begin(), kernel.end());
  FailureOr<SmallVector<int64_t>> strides =
      getSpatialInts(context, "strides", n, 1);
  FailureOr<SmallVector<int64_t>> dilations =
      getSpatialInts(context, "dilations", n, 1);
  FailureOr<SmallVector<int64_t>> pads =
      getSpatialInts(context, "pads", 2 * n, 0);
  if (failed(strides) || failed(dilations) || failed(pads))
    return failure();
  window.strides = *strides;
  window.dilations = *dilations;
  // ONNX pads are [x1_begin, x2_begin, ..., x1_end, x2_end, ...].
  window.padBegin.assign(pads->begin(), pads->begin() + n);
  window.padEnd.assign(pads->begin() + n, pads->end());
  for (int64_t value : llvm::concat<int64_t>(window.strides, window.dilations))
    if (value < 1)
      return context.emitError()
             << "strides and dilations must be positive, got " << value;
  for (int64_t value : llvm::concat<int64_t>(window.padBegin, window.padEnd))
    if (value < 0)
      return context.unsupported("negative 'pads' value " + Twine(value));
  return window;
}

/// Resolves auto_pad for a convolution or pooling window over `input`
/// (spatial sizes): SAME_* pads so that out = ceil(in / stride), the odd
/// padding at the end (SAME_UPPER) or the beginning (SAME_LOWER).
static LogicalResult resolveAutoPad(OnnxNodeContext &context,
                                    ArrayRef<int64_t> input, Window &window) {
  std::string autoPad = context.getString("auto_pad", "NOTSET");
  if (autoPad == "NOTSET")
    return success();
  if (autoPad == "VALID") {
    llvm::fill(window.padBegin, 0);
    llvm::fill(window.padEnd, 0);
    return success();
  }
  if (autoPad != "SAME_UPPER" && autoPad != "SAME_LOWER")
    return context.unsupported("attribute 'auto_pad' = " + autoPad);
  for (size_t i = 0; i < input.size(); ++i) {
    int64_t out = llvm::divideCeil(input[i], window.strides[i]);
    int64_t dilatedKernel = (window.kernel[i] - 1) * window.dilations[i] + 1;
    int64_t total = std::max<int64_t>(
        0, (out - 1) * window.strides[i] + dilatedKernel - input[i]);
    int64_t small = total / 2;
    window.padBegin[i] = autoPad == "SAME_UPPER" ? small : total - small;
    window.padEnd[i] = total - window.padBegin[i];
  }
  return success();
}

/// The spatial part of an [N, C, spatial...] shape, checking that WebNN's
/// 2-D ops can express it (1 or 2 spatial dimensions).
static FailureOr<SmallVector<int64_t>>
getSpatialShape(OnnxNodeContext &context, Value input, StringRef what) {
  ArrayRef<int64_t> shape = getShape(input);
  if (shape.size() < 3)
    return context.emitError() << "input must be [N, C, spatial...], got rank "
                               << shape.size();
  if (shape.size() > 4)
    return context.unsupported(Twine(shape.size() - 2) + "-D " + what +
                               " (rank-" + Twine(shape.size()) +
                               " input): WebNN has only 2-D " + what);
  return SmallVector<int64_t>(shape.drop_front(2));
}

/// [N, C, W] -> [N, C, 1, W]: the 2-D form of a 1-D tensor.
static FailureOr<Value> liftTo2d(OnnxNodeContext &context, Value value) {
  ArrayRef<int64_t> shape = getShape(value);
  if (shape.size() != 3)
    return value;
  return context.reshape(value, {shape[0], shape[1], 1, shape[2]});
}

/// [N, C, 1, W] -> [N, C, W] when the ONNX input was 1-D.
static FailureOr<Value> lowerTo1d(OnnxNodeContext &context,
                                  FailureOr<Value> value, bool was1d) {
  if (failed(value) || !was1d)
    return value;
  ArrayRef<int64_t> shape = getShape(*value);
  return context.reshape(*value, {shape[0], shape[1], shape[3]});
}

//===----------------------------------------------------------------------===//
// Conv, ConvTranspose
//===----------------------------------------------------------------------===//

namespace {
/// The operands and window of a (transposed) convolution, 1-D forms lifted
/// to 2-D.
struct ConvOperands {
  Value input, filter;
  Window window;
  bool is1d;
};
} // namespace

/// Reads X and W, checks their ranks, reads the window and resolves its
/// padding with `resolvePadding`, and lifts 1-D forms to 2-D.
static FailureOr<ConvOperands>
getConvOperands(OnnxNodeContext &context, StringRef what,
                LogicalResult (*resolvePadding)(OnnxNodeContext &,
                                                ArrayRef<int64_t>, Window &)) {
  FailureOr<Value> x = context.requireInput(0);
  FailureOr<Value> w = context.requireInput(1);
  if (failed(x) || failed(w))
    return failure();
  FailureOr<SmallVector<int64_t>> spatial = getSpatialShape(context, *x, what);
  if (failed(spatial))
    return failure();
  if (getShape(*w).size() != getShape(*x).size())
    return context.emitError() << "W must have the rank of X";
  FailureOr<Window> window = getWindow(context, getShape(*w).drop_front(2));
  if (failed(window) || failed(resolvePadding(context, *spatial, *window)))
    return failure();
  bool is1d = spatial->size() == 1;
  if (is1d)
    window->liftTo2d();
  FailureOr<Value> input = liftTo2d(context, *x);
  FailureOr<Value> filter = liftTo2d(context, *w);
  if (failed(input) || failed(filter))
    return failure();
  return ConvOperands{*input, *filter, std::move(*window), is1d};
}

static LogicalResult convertConv(OnnxNodeContext &context) {
  FailureOr<ConvOperands> operands =
      getConvOperands(context, "convolution", resolveAutoPad);
  if (failed(operands))
    return failure();
  const Window &window = operands->window;
  OpBuilder &builder = context.getBuilder();
  FailureOr<Value> result = context.create<webnn::Conv2dOp>(
      operands->input, operands->filter, context.getInput(2),
      builder.getDenseI64ArrayAttr(window.webnnPadding()),
      builder.getDenseI64ArrayAttr(window.strides),
      builder.getDenseI64ArrayAttr(window.dilations),
      builder.getI64IntegerAttr(context.getInt("group", 1)), nchw(context),
      webnn::Conv2dFilterOperandLayoutAttr::get(
          context.getContext(), webnn::Conv2dFilterOperandLayout::oihw),
      StringAttr());
  return context.setResult(lowerTo1d(context, result, operands->is1d));
}

/// ConvTranspose's padding: from pads, or, with output_shape or SAME_*
/// auto_pad, the total padding that gives the requested output size, split
/// as ONNX specifies. Padding that would be negative at the end (an output
/// larger than the unpadded one) becomes output padding.
static LogicalResult resolveTransposedPadding(OnnxNodeContext &context,
                                              ArrayRef<int64_t> input,
                                              Window &window) {
  size_t n = input.size();
  FailureOr<SmallVector<int64_t>> outputPadding =
      getSpatialInts(context, "output_padding", n, 0);
  if (failed(outputPadding))
    return failure();
  window.outputPadding = *outputPadding;
  std::string autoPad = context.getString("auto_pad", "NOTSET");
  if (autoPad != "NOTSET" && autoPad != "VALID" && autoPad != "SAME_UPPER" &&
      autoPad != "SAME_LOWER")
    return context.unsupported("attribute 'auto_pad' = " + autoPad);
  SmallVector<int64_t> outputShape = context.getInts("output_shape");
  // output_shape may include N and C.
  if (outputShape.size() == n + 2)
    outputShape.erase(outputShape.begin(), outputShape.begin() + 2);
  if (!outputShape.empty() && outputShape.size() != n)
    return context.emitError() << "attribute 'output_shape' has "
                               << outputShape.size() << " values, expected "
                               << n;
  bool same = autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER";
  if (autoPad == "VALID") {
    llvm::fill(window.padBegin, 0);
    llvm::fill(window.padEnd, 0);
  }
  if (outputShape.empty() && !same)
    return success();
  for (size_t i = 0; i < n; ++i) {
    int64_t out = outputShape.empty() ? input[i] * window.strides[i]
                                      : outputShape[i];
    int64_t dilatedKernel = (window.kernel[i] - 1) * window.dilations[i] + 1;
    int64_t total = window.strides[i] * (input[i] - 1) +
                    window.outputPadding[i] + dilatedKernel - out;
    // ONNX's "total_padding / 2" on possibly negative values, as its
    // reference implementation computes it (floor division).
    int64_t half = total >= 0 ? total / 2 : -((-total + 1) / 2);
    int64_t begin = autoPad == "SAME_UPPER" ? half : total - half;
    int64_t end = total - begin;
    if (begin < 0)
      return context.unsupported(
          "ConvTranspose output size " + Twine(out) + " in dimension " +
          Twine(i) + " needs negative padding at the beginning");
    window.padBegin[i] = begin;
    window.padEnd[i] = std::max<int64_t>(end, 0);
    if (end < 0)
      window.outputPadding[i] -= end;
  }
  return success();
}

static LogicalResult convertConvTranspose(OnnxNodeContext &context) {
  FailureOr<ConvOperands> operands = getConvOperands(
      context, "transposed convolution", resolveTransposedPadding);
  if (failed(operands))
    return failure();
  const Window &window = operands->window;
  OpBuilder &builder = context.getBuilder();
  // ONNX's W is [C, M / group, k...]: WebNN's "iohw" filter layout.
  FailureOr<Value> result = context.create<webnn::ConvTranspose2dOp>(
      operands->input, operands->filter, context.getInput(2),
      builder.getDenseI64ArrayAttr(window.webnnPadding()),
      builder.getDenseI64ArrayAttr(window.strides),
      builder.getDenseI64ArrayAttr(window.dilations),
      builder.getDenseI64ArrayAttr(window.outputPadding),
      DenseI64ArrayAttr(),
      builder.getI64IntegerAttr(context.getInt("group", 1)),
      nchw(context),
      webnn::ConvTranspose2dFilterOperandLayoutAttr::get(
          context.getContext(), webnn::ConvTranspose2dFilterOperandLayout::iohw),
      StringAttr());
  return context.setResult(lowerTo1d(context, result, operands->is1d));
}

//===----------------------------------------------------------------------===//
// Pooling
//===----------------------------------------------------------------------===//

namespace {
enum class PoolKind { Average, Max, Lp };
} // namespace

/// Pads the two spatial dimensions of a 4-D tensor with zeros, so that a
/// pool without padding counts them (WebNN averages exclude padding).
static FailureOr<Value> padSpatial(OnnxNodeContext &context, Value value,
                                   const Window &window) {
  if (!window.hasPadding())
    return value;
  OpBuilder &builder = context.getBuilder();
  return context.create<webnn::PadOp>(
      value, builder.getDenseI64ArrayAttr({0, 0, window.padBegin[0],
                                           window.padBegin[1]}),
      builder.getDenseI64ArrayAttr({0, 0, window.padEnd[0], window.padEnd[1]}),
      webnn::PaddingModeAttr::get(context.getContext(),
                                  webnn::PaddingMode::constant),
      builder.getF64FloatAttr(0.0), StringAttr());
}

template <typename OpTy>
static FailureOr<Value> pool2d(OnnxNodeContext &context, Value input,
                               const Window &window, bool withPadding,
                               bool ceil) {
  OpBuilder &builder = context.getBuilder();
  SmallVector<int64_t> padding =
      withPadding ? window.webnnPadding() : SmallVector<int64_t>(4, 0);
  return context.create<OpTy>(
      input, builder.getDenseI64ArrayAttr(window.kernel),
      builder.getDenseI64ArrayAttr(padding),
      builder.getDenseI64ArrayAttr(window.strides),
      builder.getDenseI64ArrayAttr(window.dilations),
      nchw(context), rounding(context, ceil), DenseI64ArrayAttr(),
      StringAttr());
}

/// sum(|x|^p)^(1/p) over each window as an average of the padded |x|^p
/// times the window size (l2Pool2d covers p = 2 directly).
static FailureOr<Value> lpPool(OnnxNodeContext &context, Value input,
                               const Window &window, bool ceil) {
  int64_t p = context.getInt("p", 2);
  if (p == 2)
    return pool2d<webnn::L2Pool2dOp>(context, input, window, true, ceil);
  if (p < 1)
    return context.unsupported("attribute 'p' = " + Twine(p));
  FailureOr<Value> powered = unary<webnn::AbsOp>(context, input);
  if (p != 1)
    powered = binary<webnn::PowOp>(context, powered,
                                   scalarLike(context, input, p));
  if (failed(powered))
    return failure();
  FailureOr<Value> padded = padSpatial(context, *powered, window);
  if (failed(padded))
    return failure();
  FailureOr<Value> average =
      pool2d<webnn::AveragePool2dOp>(context, *padded, window, false, ceil);
  FailureOr<Value> sum = binary<webnn::MulOp>(
      context, average, scalarLike(context, input, getProduct(window.kernel)));
  if (p == 1)
    return sum;
  return binary<webnn::PowOp>(context, sum,
                              scalarLike(context, input, 1.0 / p));
}

template <PoolKind kind>
static LogicalResult convertPool(OnnxNodeContext &context) {
  FailureOr<Value> x = context.requireInput(0);
  if (failed(x))
    return failure();
  if (kind == PoolKind::Max &&
      failed(rejectExtraOutputs(context, 1,
                                "MaxPool's Indices output (flat argmax "
                                "positions) has no WebNN equivalent")))
    return failure();
  FailureOr<SmallVector<int64_t>> spatial =
      getSpatialShape(context, *x, "pooling");
  if (failed(spatial))
    return failure();
  SmallVector<int64_t> kernel = context.getInts("kernel_shape");
  if (kernel.size() != spatial->size())
    return context.emitError() << "attribute 'kernel_shape' must have "
                               << spatial->size() << " values";
  FailureOr<Window> window = getWindow(context, kernel);
  if (failed(window) || failed(resolveAutoPad(context, *spatial, *window)))
    return failure();
  bool is1d = spatial->size() == 1;
  if (is1d)
    window->liftTo2d();
  bool ceil = context.getInt("ceil_mode", 0) != 0;
  FailureOr<Value> input = liftTo2d(context, *x);
  if (failed(input))
    return failure();
  FailureOr<Value> result;
  if constexpr (kind == PoolKind::Max) {
    result = pool2d<webnn::MaxPool2dOp>(context, *input, *window, true, ceil);
  } else if constexpr (kind == PoolKind::Lp) {
    result = lpPool(context, *input, *window, ceil);
  } else if (context.getInt("count_include_pad", 0) != 0) {
    // The padding counts in the average: pad explicitly.
    FailureOr<Value> padded = padSpatial(context, *input, *window);
    if (failed(padded))
      return failure();
    result = pool2d<webnn::AveragePool2dOp>(context, *padded, *window, false,
                                            ceil);
  } else {
    result = pool2d<webnn::AveragePool2dOp>(context, *input, *window, true,
                                            ceil);
  }
  return context.setResult(lowerTo1d(context, result, is1d));
}

/// GlobalAveragePool / GlobalMaxPool: a pool with the default (whole input)
/// window over the spatial dimensions flattened into one.
template <typename OpTy>
static LogicalResult convertGlobalPool(OnnxNodeContext &context) {
  FailureOr<Value> x = context.requireInput(0);
  if (failed(x))
    return failure();
  ArrayRef<int64_t> shape = getShape(*x);
  if (shape.size() < 3)
    return context.emitError() << "input must be [N, C, spatial...], got rank "
                               << shape.size();
  FailureOr<Value> input = context.reshape(
      *x, {shape[0], shape[1], getProduct(shape.drop_front(2)), 1});
  if (failed(input))
    return failure();
  OpBuilder &builder = context.getBuilder();
  FailureOr<Value> pooled = context.create<OpTy>(
      *input, DenseI64ArrayAttr(), builder.getDenseI64ArrayAttr({0, 0, 0, 0}),
      builder.getDenseI64ArrayAttr({1, 1}),
      builder.getDenseI64ArrayAttr({1, 1}), nchw(context),
      rounding(context, false), DenseI64ArrayAttr(), StringAttr());
  if (failed(pooled))
    return failure();
  SmallVector<int64_t> outShape(shape.size(), 1);
  outShape[0] = shape[0];
  outShape[1] = shape[1];
  return context.setResult(context.reshape(*pooled, outShape));
}

//===----------------------------------------------------------------------===//
// Gemm, MatMul
//===----------------------------------------------------------------------===//

static LogicalResult convertGemm(OnnxNodeContext &context) {
  FailureOr<Value> a = context.requireInput(0);
  FailureOr<Value> b = context.requireInput(1);
  if (failed(a) || failed(b))
    return failure();
  OpBuilder &builder = context.getBuilder();
  return context.setResult(context.create<webnn::GemmOp>(
      *a, *b, context.getInput(2),
      builder.getF32FloatAttr(context.getFloat("alpha", 1.0f)),
      builder.getF32FloatAttr(context.getFloat("beta", 1.0f)),
      builder.getBoolAttr(context.getInt("transA", 0) != 0),
      builder.getBoolAttr(context.getInt("transB", 0) != 0), StringAttr()));
}

/// numpy matmul: a 1-D `a` is a row ([1, K]), a 1-D `b` a column ([K, 1]);
/// the added dimension is removed from the result.
static LogicalResult convertMatMul(OnnxNodeContext &context) {
  FailureOr<Value> a = context.requireInput(0);
  FailureOr<Value> b = context.requireInput(1);
  if (failed(a) || failed(b))
    return failure();
  bool aIs1d = getShape(*a).size() == 1, bIs1d = getShape(*b).size() == 1;
  if (getShape(*a).empty() || getShape(*b).empty())
    return context.emitError() << "MatMul inputs must have rank 1 or more";
  if (aIs1d)
    a = context.reshape(*a, {1, getShape(*a)[0]});
  if (bIs1d && succeeded(a))
    b = context.reshape(*b, {getShape(*b)[0], 1});
  FailureOr<Value> result = binary<webnn::MatmulOp>(context, a, b);
  if (failed(result) || (!aIs1d && !bIs1d))
    return context.setResult(result);
  SmallVector<int64_t> shape(getShape(*result));
  if (bIs1d)
    shape.pop_back();
  if (aIs1d)
    shape.erase(shape.end() - (bIs1d ? 1 : 2));
  return context.setResult(context.reshape(*result, shape));
}

//===----------------------------------------------------------------------===//
// Normalizations
//===----------------------------------------------------------------------===//

static LogicalResult convertBatchNormalization(OnnxNodeContext &context) {
  FailureOr<Value> x = context.requireInput(0);
  FailureOr<Value> scale = context.requireInput(1);
  FailureOr<Value> bias = context.requireInput(2);
  FailureOr<Value> mean = context.requireInput(3);
  FailureOr<Value> variance = context.requireInput(4);
  if (failed(x) || failed(scale) || failed(bias) || failed(mean) ||
      failed(variance))
    return failure();
  if (context.getInt("training_mode", 0) != 0)
    return context.unsupported("attribute 'training_mode' = 1 (batch "
                               "statistics and running-stat outputs); "
                               "only inference is expressible");
  if (context.getInt("spatial", 1) == 0)
    return context.unsupported("attribute 'spatial' = 0 (per-activation "
                               "statistics)");
  if (failed(rejectExtraOutputs(context, 1,
                                "training outputs (running / saved "
                                "statistics) are not expressible")))
    return failure();
  OpBuilder &builder = context.getBuilder();
  return context.setResult(context.create<webnn::BatchNormalizationOp>(
      *x, *mean, *variance, *scale, *bias, builder.getI64IntegerAttr(1),
      builder.getF32FloatAttr(context.getFloat("epsilon", 1e-5f)),
      StringAttr()));
}

/// instanceNormalization is 4-D only: other ranks normalize the spatial
/// dimensions flattened into [N, C, S, 1].
static LogicalResult convertInstanceNormalization(OnnxNodeContext &context) {
  FailureOr<Value> x = context.requireInput(0);
  if (failed(x))
    return failure();
  ArrayRef<int64_t> shape = getShape(*x);
  if (shape.size() < 2)
    return context.emitError() << "input must be [N, C, ...], got rank "
                               << shape.size();
  SmallVector<int64_t> originalShape(shape);
  FailureOr<Value> input = x;
  if (shape.size() != 4)
    input = context.reshape(
        *x, {shape[0], shape[1], getProduct(shape.drop_front(2)), 1});
  if (failed(input))
    return failure();
  FailureOr<Value> result = context.create<webnn::InstanceNormalizationOp>(
      *input, context.getInput(1), context.getInput(2),
      context.getBuilder().getF32FloatAttr(context.getFloat("epsilon", 1e-5f)),
      nchw(context), StringAttr());
  if (failed(result))
    return failure();
  return context.setResult(context.reshape(*result, originalShape));
}

/// Brings an optional scale/bias to the normalized dimensions' shape (ONNX
/// allows any shape broadcastable to them).
static FailureOr<Value> broadcastTo(OnnxNodeContext &context, Value value,
                                    ArrayRef<int64_t> shape) {
  if (!value || getShape(value) == shape)
    return value;
  return context.create<webnn::ExpandOp>(
      value, context.getBuilder().getDenseI64ArrayAttr(shape), StringAttr());
}

/// LayerNormalization: layerNormalization over [axis, rank). The Mean and
/// InvStdDev outputs, when used, follow ONNX's function body.
static LogicalResult convertLayerNormalization(OnnxNodeContext &context) {
  FailureOr<Value> x = context.requireInput(0);
  if (failed(x))
    return failure();
  int64_t rank = getShape(*x).size();
  FailureOr<int64_t> axis =
      context.normalizeAxis(context.getInt("axis", -1), rank);
  if (failed(axis))
    return failure();
  SmallVector<int64_t> axes;
  for (int64_t i = *axis; i < rank; ++i)
    axes.push_back(i);
  ArrayRef<int64_t> normalizedShape = getShape(*x).drop_front(*axis);
  FailureOr<Value> scale =
      broadcastTo(context, context.getInput(1), normalizedShape);
  FailureOr<Value> bias =
      broadcastTo(context, context.getInput(2), normalizedShape);
  if (failed(scale) || failed(bias))
    return failure();
  float epsilon = context.getFloat("epsilon", 1e-5f);
  OpBuilder &builder = context.getBuilder();
  FailureOr<Value> result = context.create<webnn::LayerNormalizationOp>(
      *x, *scale, *bias, builder.getDenseI64ArrayAttr(axes),
      builder.getF32FloatAttr(epsilon), StringAttr());
  if (failed(result))
    return failure();
  context.setOutput(0, *result);
  if (!context.hasOutput(1) && !context.hasOutput(2))
    return success();
  // Mean = ReduceMean(X); InvStdDev = 1 / sqrt(ReduceMean((X - Mean)^2) +
  // epsilon), both keeping the reduced dimensions.
  FailureOr<Value> mean =
      reduce<webnn::ReduceMeanOp>(context, *x, axes, /*keepDimensions=*/true);
  if (failed(mean))
    return failure();
  FailureOr<Value> centered = binary<webnn::SubOp>(context, *x, *mean);
  if (failed(centered))
    return failure();
  FailureOr<Value> squared =
      binary<webnn::MulOp>(context, *centered, *centered);
  if (failed(squared))
    return failure();
  FailureOr<Value> variance =
      reduce<webnn::ReduceMeanOp>(context, *squared, axes, true);
  FailureOr<Value> invStdDev = unary<webnn::ReciprocalOp>(
      context, unary<webnn::SqrtOp>(
                   context, binary<webnn::AddOp>(
                                context, variance,
                                scalarLike(context, *x, epsilon))));
  if (failed(invStdDev))
    return failure();
  context.setOutput(1, *mean);
  context.setOutput(2, *invStdDev);
  return success();
}

/// x / ||x||_p along `axis` (p = 1 or 2).
static LogicalResult convertLpNormalization(OnnxNodeContext &context) {
  FailureOr<Value> x = context.requireInput(0);
  if (failed(x))
    return failure();
  FailureOr<int64_t> axis =
      context.normalizeAxis(context.getInt("axis", -1), getShape(*x).size());
  if (failed(axis))
    return failure();
  int64_t p = context.getInt("p", 2);
  FailureOr<Value> norm;
  if (p == 1)
    norm = reduce<webnn::ReduceL1Op>(context, *x, {*axis}, true);
  else if (p == 2)
    norm = reduce<webnn::ReduceL2Op>(context, *x, {*axis}, true);
  else
    return context.unsupported("attribute 'p' = " + Twine(p) +
                               " (ONNX allows 1 and 2)");
  return context.setResult(binary<webnn::DivOp>(context, *x, norm));
}

/// LRN: y = x / (bias + alpha / size * sum of x^2 over a channel window)^beta.
/// The channel window sum is an average pool over [N, 1, C, spatial]
/// (channels as height) of the zero-padded squares, so alpha / size * sum
/// is alpha * average.
static LogicalResult convertLRN(OnnxNodeContext &context) {
  FailureOr<Value> x = context.requireInput(0);
  if (failed(x))
    return failure();
  ArrayRef<int64_t> shape = getShape(*x);
  if (shape.size() < 2)
    return context.emitError() << "input must be [N, C, ...], got rank "
                               << shape.size();
  int64_t size = context.getInt("size", 0);
  if (size < 1)
    return context.emitError() << "attribute 'size' must be positive, got "
                               << size;
  SmallVector<int64_t> originalShape(shape);
  FailureOr<Value> squares = binary<webnn::MulOp>(context, *x, *x);
  if (failed(squares))
    return failure();
  FailureOr<Value> columns = context.reshape(
      *squares, {shape[0], 1, shape[1], getProduct(shape.drop_front(2))});
  if (failed(columns))
    return failure();
  Window window;
  window.kernel = {size, 1};
  window.strides = window.dilations = {1, 1};
  window.padBegin = {(size - 1) / 2, 0};
  window.padEnd = {(size - 1) - (size - 1) / 2, 0};
  FailureOr<Value> padded = padSpatial(context, *columns, window);
  if (failed(padded))
    return failure();
  FailureOr<Value> average = pool2d<webnn::AveragePool2dOp>(
      context, *padded, window, /*withPadding=*/false, /*ceil=*/false);
  if (failed(average))
    return failure();
  FailureOr<Value> sum = context.reshape(*average, originalShape);
  FailureOr<Value> scaled = binary<webnn::MulOp>(
      context, sum, scalarLike(context, *x, context.getFloat("alpha", 1e-4f)));
  FailureOr<Value> base = binary<webnn::AddOp>(
      context, scaled, scalarLike(context, *x, context.getFloat("bias", 1.0f)));
  return context.setResult(binary<webnn::DivOp>(
      context, *x,
      binary<webnn::PowOp>(
          context, base,
          scalarLike(context, *x, context.getFloat("beta", 0.75f)))));
}

//===----------------------------------------------------------------------===//
// Softmax, LogSoftmax, Hardmax
//===----------------------------------------------------------------------===//

namespace {
enum class SoftmaxKind { Softmax, LogSoftmax, Hardmax };
} // namespace

/// The op along a single axis.
template <SoftmaxKind kind>
static FailureOr<Value> softmaxAlong(OnnxNodeContext &context, Value x,
                                     int64_t axis) {
  if constexpr (kind == SoftmaxKind::Softmax) {
    return context.create<webnn::SoftmaxOp>(
        x, context.getBuilder().getI64IntegerAttr(axis), StringAttr());
  } else if constexpr (kind == SoftmaxKind::LogSoftmax) {
    // (x - max) - log(sum(exp(x - max))): stable for large inputs, where
    // log(softmax(x)) would underflow to log(0).
    FailureOr<Value> shifted = binary<webnn::SubOp>(
        context, x, reduce<webnn::ReduceMaxOp>(context, x, {axis}, true));
    if (failed(shifted))
      return failure();
    FailureOr<Value> logSum = unary<webnn::LogOp>(
        context,
        reduce<webnn::ReduceSumOp>(
            context, unary<webnn::ExpOp>(context, *shifted), {axis}, true));
    return binary<webnn::SubOp>(context, *shifted, logSum);
  } else {
    // One-hot of the first maximum: argMax compared with the positions
    // along the axis.
    OpBuilder &builder = context.getBuilder();
    FailureOr<Value> index = context.create<webnn::ArgMaxOp>(
        x, builder.getI64IntegerAttr(axis), builder.getBoolAttr(true),
        webnn::OperandDataTypeAttr::get(context.getContext(),
                                        webnn::OperandDataType::int32),
        StringAttr());
    if (failed(index))
      return failure();
    int64_t size = getShape(x)[axis];
    SmallVector<int64_t> positionShape(getShape(x).size(), 1);
    positionShape[axis] = size;
    SmallVector<int32_t> positions(size);
    std::iota(positions.begin(), positions.end(), 0);
    Value positionTensor = context.constant(DenseElementsAttr::get(
        RankedTensorType::get(positionShape, builder.getIntegerType(32)),
        ArrayRef<int32_t>(positions)));
    FailureOr<Value> isMax =
        binary<webnn::EqualOp>(context, *index, positionTensor);
    if (failed(isMax))
      return failure();
    Value one = scalarLike(context, x, 1);
    Value zero = scalarLike(context, x, 0);
    return context.create<webnn::WhereOp>(*isMax, one, zero, StringAttr());
  }
}

/// Opset 13 applies the op along `axis` (default -1); earlier opsets
/// coerce the input to 2-D [prod(dims before axis), prod(dims from axis)]
/// (default axis 1) and apply it along the second dimension.
template <SoftmaxKind kind>
static LogicalResult convertSoftmax(OnnxNodeContext &context) {
  FailureOr<Value> x = context.requireInput(0);
  if (failed(x))
    return failure();
  ArrayRef<int64_t> shape = getShape(*x);
  int64_t rank = shape.size();
  if (rank == 0)
    return context.emitError() << "input must have rank 1 or more";
  bool coerce = context.getOpset() < 13;
  FailureOr<int64_t> axis =
      context.normalizeAxis(context.getInt("axis", coerce ? 1 : -1), rank);
  if (failed(axis))
    return failure();
  if (!coerce || *axis == rank - 1)
    return context.setResult(softmaxAlong<kind>(context, *x, *axis));
  SmallVector<int64_t> originalShape(shape);
  FailureOr<Value> matrix =
      context.reshape(*x, {getProduct(shape.take_front(*axis)),
                           getProduct(shape.drop_front(*axis))});
  if (failed(matrix))
    return failure();
  FailureOr<Value> result = softmaxAlong<kind>(context, *matrix, 1);
  if (failed(result))
    return failure();
  return context.setResult(context.reshape(*result, originalShape));
}

//===----------------------------------------------------------------------===//
// Dropout
//===----------------------------------------------------------------------===//

/// Inference Dropout is the identity; the mask, when requested, is all
/// ones (true). Training mode is random unless the ratio is 0.
static LogicalResult convertDropout(OnnxNodeContext &context) {
  FailureOr<Value> x = context.requireInput(0);
  if (failed(x))
    return failure();
  if (context.hasInput(2)) {
    if (!context.isConstantInput(2))
      return context.unsupported("input 'training_mode' is not a constant "
                                 "(training-mode dropout is random)");
    FailureOr<SmallVector<int64_t>> training = context.getConstantInts(2);
    if (failed(training))
      return failure();
    if (!training->empty() && (*training)[0] != 0) {
      bool zeroRatio = false;
      if (context.hasInput(1) && context.isConstantInput(1)) {
        FailureOr<SmallVector<double>> ratio = context.getConstantFloats(1);
        zeroRatio = succeeded(ratio) && !ratio->empty() && (*ratio)[0] == 0;
      }
      if (!zeroRatio)
        return context.unsupported(
            "input 'training_mode' = true with a non-zero ratio (random "
            "dropout)");
    }
  }
  context.setOutput(0, *x);
  if (!context.hasOutput(1))
    return success();
  // Opset 10 made the mask boolean; before, it had the input's type.
  Type maskType = context.getOpset() >= 10
                      ? Type(IntegerType::get(context.getContext(), 8,
                                              IntegerType::Unsigned))
                      : getElementTypeOf(*x);
  FailureOr<Value> mask = context.create<webnn::ExpandOp>(
      context.scalar(maskType, 1),
      context.getBuilder().getDenseI64ArrayAttr(getShape(*x)), StringAttr());
  if (failed(mask))
    return failure();
  context.setOutput(1, *mask);
  return success();
}

//===----------------------------------------------------------------------===//
// Einsum
//===----------------------------------------------------------------------===//

namespace {
/// An einsum operand: its value and one label per dimension.
struct EinsumTerm {
  Value value;
  std::string labels;
};
} // namespace

/// Sums away the labels of `term` that `keep` does not contain.
static LogicalResult sumAway(OnnxNodeContext &context, EinsumTerm &term,
                             StringRef keep) {
  SmallVector<int64_t> axes;
  std::string kept;
  for (auto [index, label] : llvm::enumerate(term.labels)) {
    if (keep.contains(label))
      kept += label;
    else
      axes.push_back(index);
  }
  if (axes.empty())
    return success();
  FailureOr<Value> reduced =
      reduce<webnn::ReduceSumOp>(context, term.value, axes, false);
  if (failed(reduced))
    return failure();
  term = {*reduced, kept};
  return success();
}

/// Transposes `term` to the label order `labels` (a permutation of its own).
static FailureOr<Value> permuteTo(OnnxNodeContext &context,
                                  const EinsumTerm &term, StringRef labels) {
  SmallVector<int64_t> permutation;
  for (char label : labels)
    permutation.push_back(term.labels.find(label));
  // No op for the identity permutation.
  bool identity = llvm::all_of(llvm::enumerate(permutation), [](auto entry) {
    return static_cast<int64_t>(entry.index()) == entry.value();
  });
  if (identity)
    return term.value;
  return context.transpose(term.value, permutation);
}

/// The sizes of `labels` in `term`.
static SmallVector<int64_t> sizesOf(const EinsumTerm &term, StringRef labels) {
  SmallVector<int64_t> sizes;
  for (char label : labels)
    sizes.push_back(getShape(term.value)[term.labels.find(label)]);
  return sizes;
}

/// Einsum with one or two operands and no repeated label within an
/// operand: labels only in one operand are summed away, then the two are
/// contracted as a batched matmul ([batch, M, K] x [batch, K, N]) and the
/// result transposed to the output order. "..." becomes digit labels,
/// aligned from the right.
static LogicalResult convertEinsum(OnnxNodeContext &context) {
  std::string equation;
  for (char c : context.getString("equation", ""))
    if (!llvm::isSpace(c))
      equation += c;
  auto reject = [&](const Twine &why) {
    return context.unsupported("Einsum equation '" +
                               context.getString("equation", "") + "': " + why);
  };
  StringRef lhs = equation, rhs;
  bool explicitOutput = false;
  if (size_t arrow = lhs.find("->"); arrow != StringRef::npos) {
    rhs = lhs.substr(arrow + 2);
    lhs = lhs.substr(0, arrow);
    explicitOutput = true;
  }
  SmallVector<StringRef> inputTerms;
  lhs.split(inputTerms, ',');
  if (inputTerms.size() != context.getNumInputs())
    return context.emitError() << "the equation has " << inputTerms.size()
                               << " operands but the node has "
                               << context.getNumInputs() << " inputs";
  if (inputTerms.size() > 2)
    return reject("more than two operands");

  // Expand "..." to digit labels; the widest ellipsis decides the digits.
  SmallVector<EinsumTerm> terms;
  int64_t ellipsisRank = 0;
  for (auto [index, text] : llvm::enumerate(inputTerms)) {
    FailureOr<Value> value = context.requireInput(index);
    if (failed(value))
      return failure();
    int64_t rank = getShape(*value).size();
    size_t dots = text.find("...");
    int64_t letters = text.size() - (dots == StringRef::npos ? 0 : 3);
    if (dots == StringRef::npos ? letters != rank : letters > rank)
      return context.emitError() << "equation term '" << text
                                 << "' does not match input rank " << rank;
    if (dots != StringRef::npos)
      ellipsisRank = std::max(ellipsisRank, rank - letters);
    terms.push_back({*value, text.str()});
  }
  auto expandEllipsis = [&](std::string &labels, int64_t count) {
    size_t dots = labels.find("...");
    if (dots == std::string::npos)
      return;
    std::string digits;
    for (int64_t i = ellipsisRank - count; i < ellipsisRank; ++i)
      digits += static_cast<char>('0' + i);
    labels.replace(dots, 3, digits);
  };
  if (ellipsisRank > 10)
    return reject("too many dimensions under '...'");
  for (EinsumTerm &term : terms) {
    int64_t rank = getShape(term.value).size();
    int64_t letters = term.labels.size() -
                      (term.labels.find("...") == std::string::npos ? 0 : 3);
    expandEllipsis(term.labels, rank - letters);
    for (char label : term.labels)
      if (llvm::count(term.labels, label) > 1)
        return reject(Twine("label '") + Twine(label) +
                      "' repeats within an operand (a diagonal), which is "
                      "not a matmul, transpose or reshape");
    for (char label : term.labels)
      if (!llvm::isAlpha(label) && !llvm::isDigit(label))
        return context.emitError() << "invalid Einsum label '" << label << "'";
  }
  std::string output;
  if (explicitOutput) {
    output = rhs.str();
    expandEllipsis(output, ellipsisRank);
  } else {
    // Implicit output: the ellipsis dimensions, then the labels that occur
    // once, alphabetically.
    for (int64_t i = 0; i < ellipsisRank; ++i)
      output += static_cast<char>('0' + i);
    std::string all;
    for (EinsumTerm &term : terms)
      all += term.labels;
    llvm::sort(all);
    for (char label : all)
      if (llvm::isAlpha(label) && llvm::count(all, label) == 1)
        output += label;
  }
  for (char label : output) {
    if (llvm::count(output, label) > 1)
      return reject("an output label repeats");
    if (llvm::none_of(terms, [&](const EinsumTerm &term) {
          return StringRef(term.labels).contains(label);
        }))
      return context.emitError()
             << "output label '" << label << "' is in no operand";
  }

  if (terms.size() == 1) {
    if (failed(sumAway(context, terms[0], output)))
      return failure();
    return context.setResult(permuteTo(context, terms[0], output));
  }

  EinsumTerm &a = terms[0], &b = terms[1];
  if (failed(sumAway(context, a, b.labels + output)) ||
      failed(sumAway(context, b, a.labels + output)))
    return failure();
  std::string batch, contracted, aOnly, bOnly;
  for (char label : a.labels) {
    bool inB = StringRef(b.labels).contains(label);
    bool inOut = StringRef(output).contains(label);
    if (inB && sizesOf(a, {&label, 1}) != sizesOf(b, {&label, 1}))
      return reject(Twine("label '") + Twine(label) +
                    "' has different sizes in the two operands "
                    "(broadcasting)");
    (inB ? (inOut ? batch : contracted) : aOnly) += label;
  }
  for (char label : b.labels)
    if (!StringRef(a.labels).contains(label))
      bOnly += label;
  SmallVector<int64_t> batchSizes = sizesOf(a, batch);
  SmallVector<int64_t> aSizes = sizesOf(a, aOnly), bSizes = sizesOf(b, bOnly);
  int64_t batchCount = getProduct(batchSizes),
          k = getProduct(sizesOf(a, contracted));
  FailureOr<Value> aMatrix = permuteTo(context, a, batch + aOnly + contracted);
  FailureOr<Value> bMatrix = permuteTo(context, b, batch + contracted + bOnly);
  if (failed(aMatrix) || failed(bMatrix))
    return failure();
  aMatrix = context.reshape(*aMatrix, {batchCount, getProduct(aSizes), k});
  bMatrix = context.reshape(*bMatrix, {batchCount, k, getProduct(bSizes)});
  FailureOr<Value> result = binary<webnn::MatmulOp>(context, aMatrix, bMatrix);
  if (failed(result))
    return failure();
  SmallVector<int64_t> resultShape(batchSizes);
  llvm::append_range(resultShape, aSizes);
  llvm::append_range(resultShape, bSizes);
  result = context.reshape(*result, resultShape);
  if (failed(result))
    return failure();
  return context.setResult(
      permuteTo(context, {*result, batch + aOnly + bOnly}, output));
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void registerNnConverters(OnnxConverterRegistry &registry) {
  registry.add("Conv", 1, convertConv);
  registry.add("ConvTranspose", 1, convertConvTranspose);
  registry.add("AveragePool", 1, convertPool<PoolKind::Average>);
  registry.add("MaxPool", 1, convertPool<PoolKind::Max>);
  registry.add("LpPool", 2, convertPool<PoolKind::Lp>);
  registry.add("GlobalAveragePool", 1,
               convertGlobalPool<webnn::AveragePool2dOp>);
  registry.add("GlobalMaxPool", 1, convertGlobalPool<webnn::MaxPool2dOp>);
  // Gemm before opset 7 had a 'broadcast' attribute with other semantics.
  registry.add("Gemm", 7, convertGemm);
  registry.add("MatMul", 1, convertMatMul);
  registry.add("BatchNormalization", 7, convertBatchNormalization);
  registry.add("InstanceNormalization", 6, convertInstanceNormalization);
  registry.add("LayerNormalization", 17, convertLayerNormalization);
  registry.add("LpNormalization", 1, convertLpNormalization);
  registry.add("LRN", 1, convertLRN);
  registry.add("Softmax", 1, convertSoftmax<SoftmaxKind::Softmax>);
  registry.add("LogSoftmax", 1, convertSoftmax<SoftmaxKind::LogSoftmax>);
  registry.add("Hardmax", 1, convertSoftmax<SoftmaxKind::Hardmax>);
  // Dropout before opset 7 had 'is_test' (training unless set).
  registry.add("Dropout", 7, convertDropout);
  registry.add("Einsum", 12, convertEinsum);
}

} // namespace webnnc::onnx_import
