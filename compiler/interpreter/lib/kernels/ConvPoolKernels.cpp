//===- ConvPoolKernels.cpp - ConvPool ops in the interpreter
//---------------===//
//
// conv2d, convTranspose2d, averagePool2d, l2Pool2d, maxPool2d, gemm and
// matmul (spec sections of the same names and "create a pooling
// operation").
//
// Float ops (all of these but maxPool2d, which takes every data type) load
// their operands once into `Acc` buffers in one canonical layout (nchw
// images, oihw conv2d filters, iohw convTranspose2d filters, row-major
// [M, K] x [K, N] matrices), accumulate in `Acc`, and round once to the
// result's data type on store (float16 straight from double, so there is
// no double rounding).
//
// Accumulation is in double: it is the most accurate oracle for the WPT
// cases (whose expected values come from double-precision references) and
// is fast enough for MobileNetV2 (see the ConvPoolKernels.Timing test).
//
//===----------------------------------------------------------------------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

#include <limits>
#include <vector>

using namespace mlir;

namespace webnnc::interp {

namespace {

/// The accumulation type of the float kernels.
using Acc = double;

/// Padding, strides and dilations of one spatial dimension; `begin` is the
/// beginning padding (the spec's padding lists are [beginningHeight,
/// endingHeight, beginningWidth, endingWidth]).
struct Window {
  int64_t begin, stride, dilation;
};

} // namespace

//===----------------------------------------------------------------------===//
// Helpers (static here; candidates for KernelUtils.h)
//===----------------------------------------------------------------------===//

/// Element `index` of a float32/float16 tensor as Acc.
static Acc loadFloat(const Tensor &tensor, int64_t index) {
  if (tensor.getDataType() == DataType::Float16)
    return tensor.data<Half>()[index].toFloat();
  return tensor.data<float>()[index];
}

/// All elements of a float32/float16 tensor, row-major, as Acc.
static std::vector<Acc> loadFloats(const Tensor &tensor) {
  std::vector<Acc> values(tensor.getNumElements());
  for (int64_t i = 0, e = tensor.getNumElements(); i < e; ++i)
    values[i] = loadFloat(tensor, i);
  return values;
}

/// For a rank-4 tensor whose dimensions are named by `layout` ("nhwc",
/// "ohwi", ...), the shape and element strides in the dimension order of
/// `canonical` (a permutation of the same letters).
static void getPermutedShape(const Tensor &tensor, StringRef layout,
                             StringRef canonical, int64_t shape[4],
                             int64_t strides[4]) {
  SmallVector<int64_t> tensorStrides = tensor.getStrides();
  for (int i = 0; i < 4; ++i) {
    size_t dim = layout.find(canonical[i]);
    assert(dim < 4 && "layouts name the same dimensions");
    shape[i] = tensor.getShape()[dim];
    strides[i] = tensorStrides[dim];
  }
}

/// The elements of a rank-4 float32/float16 tensor in `layout`, as Acc in
/// row-major `canonical` order (the one layout conversion of a kernel).
static std::vector<Acc> loadPermuted(const Tensor &tensor, StringRef layout,
                                     StringRef canonical) {
  int64_t shape[4], strides[4];
  getPermutedShape(tensor, layout, canonical, shape, strides);
  std::vector<Acc> values(tensor.getNumElements());
  int64_t out = 0;
  for (int64_t a = 0; a < shape[0]; ++a)
    for (int64_t b = 0; b < shape[1]; ++b)
      for (int64_t c = 0; c < shape[2]; ++c)
        for (int64_t d = 0; d < shape[3]; ++d)
          values[out++] =
              loadFloat(tensor, a * strides[0] + b * strides[1] +
                                    c * strides[2] + d * strides[3]);
  return values;
}

/// Stores Acc `value` into element `index` of a float32/float16 tensor,
/// rounding once to nearest even.
static void storeFloat(Tensor &tensor, int64_t index, Acc value) {
  if (tensor.getDataType() == DataType::Float16)
    tensor.data<Half>()[index] = Half::fromDouble(value);
  else
    tensor.data<float>()[index] = static_cast<float>(value);
}

/// Stores `values`, row-major in `canonical` order, into a rank-4 tensor in
/// `layout`.
static void storePermuted(Tensor &tensor, StringRef layout, StringRef canonical,
                          ArrayRef<Acc> values) {
  int64_t shape[4], strides[4];
  getPermutedShape(tensor, layout, canonical, shape, strides);
  int64_t in = 0;
  for (int64_t a = 0; a < shape[0]; ++a)
    for (int64_t b = 0; b < shape[1]; ++b)
      for (int64_t c = 0; c < shape[2]; ++c)
        for (int64_t d = 0; d < shape[3]; ++d)
          storeFloat(tensor,
                     a * strides[0] + b * strides[1] + c * strides[2] +
                         d * strides[3],
                     values[in++]);
}

/// The tensor of operand `value` of `op` (an optional operand's getter
/// value; null when absent): `operands[i]` is `op->getOperand(i)`.
static const Tensor *getOperandTensor(Operation *op,
                                      ArrayRef<const Tensor *> operands,
                                      Value value) {
  if (!value)
    return nullptr;
  for (auto [index, operand] : llvm::enumerate(op->getOperands()))
    if (operand == value)
      return operands[index];
  return nullptr;
}

/// The range [begin, end) of positions `i` in [0, count) for which
/// `i * stride + offset` lies in [0, size): a loop over `i` then needs no
/// bounds check. Empty (begin == end) when there are none.
static std::pair<int64_t, int64_t> getValidRange(int64_t count, int64_t stride,
                                                 int64_t offset, int64_t size) {
  int64_t begin = 0;
  while (begin < count && begin * stride + offset < 0)
    ++begin;
  int64_t end = begin;
  while (end < count && end * stride + offset < size)
    ++end;
  return {begin, end};
}

//===----------------------------------------------------------------------===//
// conv2d
//===----------------------------------------------------------------------===//

/// Spec conv2d: output[n, o, oh, ow] = bias[o] + sum over the group's input
/// channels i and filter taps (kh, kw) of input[n, g * inputChannelsPerGroup
/// + i, oh * strideH - padTop + kh * dilationH, ow * strideW - padLeft + kw
/// * dilationW] * filter[o, i, kh, kw], where g = o / outputChannelsPerGroup
/// and taps that fall in the padding contribute 0. Depthwise convolution is
/// the case groups = input channels.
static LogicalResult runConv2d(Operation *op, ArrayRef<const Tensor *> operands,
                               MutableArrayRef<Tensor> results) {
  auto conv = cast<webnn::Conv2dOp>(op);
  StringRef inputLayout =
      webnn::stringifyInputOperandLayout(conv.getInputLayout());
  StringRef filterLayout =
      webnn::stringifyConv2dFilterOperandLayout(conv.getFilterLayout());
  const Tensor &inputTensor = *operands[0];
  const Tensor &filterTensor = *operands[1];
  const Tensor *biasTensor = getOperandTensor(op, operands, conv.getBias());
  Tensor &output = results[0];

  std::vector<Acc> input = loadPermuted(inputTensor, inputLayout, "nchw");
  std::vector<Acc> filter = loadPermuted(filterTensor, filterLayout, "oihw");
  std::vector<Acc> bias;
  if (biasTensor)
    bias = loadFloats(*biasTensor);

  int64_t inShape[4], outShape[4], filterShape[4], unused[4];
  getPermutedShape(inputTensor, inputLayout, "nchw", inShape, unused);
  getPermutedShape(output, inputLayout, "nchw", outShape, unused);
  getPermutedShape(filterTensor, filterLayout, "oihw", filterShape, unused);
  const int64_t batches = inShape[0], inChannels = inShape[1],
                inHeight = inShape[2], inWidth = inShape[3];
  const int64_t outChannels = outShape[1], outHeight = outShape[2],
                outWidth = outShape[3];
  const int64_t groups = static_cast<int64_t>(conv.getGroups());
  const int64_t inPerGroup = filterShape[1], kHeight = filterShape[2],
                kWidth = filterShape[3];
  const int64_t outPerGroup = outChannels / groups;
  ArrayRef<int64_t> padding = conv.getPadding();
  const Window h{padding[0], conv.getStrides()[0], conv.getDilations()[0]};
  const Window w{padding[2], conv.getStrides()[1], conv.getDilations()[1]};

  // For each filter tap, the output rows/columns whose input position lies
  // inside the input (the others read padding, i.e. 0).
  SmallVector<std::pair<int64_t, int64_t>> rows, cols;
  for (int64_t kh = 0; kh < kHeight; ++kh)
    rows.push_back(getValidRange(outHeight, h.stride, kh * h.dilation - h.begin,
                                 inHeight));
  for (int64_t kw = 0; kw < kWidth; ++kw)
    cols.push_back(
        getValidRange(outWidth, w.stride, kw * w.dilation - w.begin, inWidth));

  const int64_t inPlane = inHeight * inWidth, outPlane = outHeight * outWidth;
  std::vector<Acc> result(batches * outChannels * outPlane, Acc(0));
  for (int64_t n = 0; n < batches; ++n) {
    for (int64_t o = 0; o < outChannels; ++o) {
      const int64_t g = o / outPerGroup;
      Acc *out = &result[(n * outChannels + o) * outPlane];
      for (int64_t i = 0; i < inPerGroup; ++i) {
        const Acc *in = &input[(n * inChannels + g * inPerGroup + i) * inPlane];
        const Acc *taps = &filter[(o * inPerGroup + i) * kHeight * kWidth];
        for (int64_t kh = 0; kh < kHeight; ++kh) {
          for (int64_t kw = 0; kw < kWidth; ++kw) {
            const Acc weight = taps[kh * kWidth + kw];
            const auto [owBegin, owEnd] = cols[kw];
            const int64_t colOffset = kw * w.dilation - w.begin;
            for (int64_t oh = rows[kh].first; oh < rows[kh].second; ++oh) {
              const int64_t ih = oh * h.stride + kh * h.dilation - h.begin;
              const Acc *inRow = in + ih * inWidth;
              Acc *outRow = out + oh * outWidth;
              if (w.stride == 1) {
                for (int64_t ow = owBegin; ow < owEnd; ++ow)
                  outRow[ow] += weight * inRow[ow + colOffset];
              } else {
                for (int64_t ow = owBegin; ow < owEnd; ++ow)
                  outRow[ow] += weight * inRow[ow * w.stride + colOffset];
              }
            }
          }
        }
      }
      if (biasTensor)
        for (int64_t p = 0; p < outPlane; ++p)
          out[p] += bias[o];
    }
  }
  storePermuted(output, inputLayout, "nchw", result);
  return success();
}

//===----------------------------------------------------------------------===//
// convTranspose2d
//===----------------------------------------------------------------------===//

/// Spec convTranspose2d: each input element input[n, c, ih, iw] (c in group
/// g = c / inputChannelsPerGroup) adds input * filter[c, o', kh, kw] to
/// output[n, g * filterOutputChannels + o', ih * strideH - padTop + kh *
/// dilationH, iw * strideW - padLeft + kw * dilationW] when that position
/// lies in the output; bias[o] is added to every output element. Rows and
/// columns that outputPadding/outputSizes add past the last contribution
/// hold only the bias.
static LogicalResult runConvTranspose2d(Operation *op,
                                        ArrayRef<const Tensor *> operands,
                                        MutableArrayRef<Tensor> results) {
  auto conv = cast<webnn::ConvTranspose2dOp>(op);
  StringRef inputLayout =
      webnn::stringifyInputOperandLayout(conv.getInputLayout());
  StringRef filterLayout = webnn::stringifyConvTranspose2dFilterOperandLayout(
      conv.getFilterLayout());
  const Tensor &inputTensor = *operands[0];
  const Tensor &filterTensor = *operands[1];
  const Tensor *biasTensor = getOperandTensor(op, operands, conv.getBias());
  Tensor &output = results[0];

  std::vector<Acc> input = loadPermuted(inputTensor, inputLayout, "nchw");
  std::vector<Acc> filter = loadPermuted(filterTensor, filterLayout, "iohw");
  std::vector<Acc> bias;
  if (biasTensor)
    bias = loadFloats(*biasTensor);

  int64_t inShape[4], outShape[4], filterShape[4], unused[4];
  getPermutedShape(inputTensor, inputLayout, "nchw", inShape, unused);
  getPermutedShape(output, inputLayout, "nchw", outShape, unused);
  getPermutedShape(filterTensor, filterLayout, "iohw", filterShape, unused);
  const int64_t batches = inShape[0], inChannels = inShape[1],
                inHeight = inShape[2], inWidth = inShape[3];
  const int64_t outChannels = outShape[1], outHeight = outShape[2],
                outWidth = outShape[3];
  const int64_t groups = static_cast<int64_t>(conv.getGroups());
  const int64_t outPerGroup = filterShape[1], kHeight = filterShape[2],
                kWidth = filterShape[3];
  const int64_t inPerGroup = inChannels / groups;
  ArrayRef<int64_t> padding = conv.getPadding();
  const Window h{padding[0], conv.getStrides()[0], conv.getDilations()[0]};
  const Window w{padding[2], conv.getStrides()[1], conv.getDilations()[1]};

  // For each filter tap, the input rows/columns that land inside the
  // output.
  SmallVector<std::pair<int64_t, int64_t>> rows, cols;
  for (int64_t kh = 0; kh < kHeight; ++kh)
    rows.push_back(getValidRange(inHeight, h.stride, kh * h.dilation - h.begin,
                                 outHeight));
  for (int64_t kw = 0; kw < kWidth; ++kw)
    cols.push_back(
        getValidRange(inWidth, w.stride, kw * w.dilation - w.begin, outWidth));

  const int64_t inPlane = inHeight * inWidth, outPlane = outHeight * outWidth;
  std::vector<Acc> result(batches * outChannels * outPlane, Acc(0));
  for (int64_t n = 0; n < batches; ++n) {
    for (int64_t o = 0; o < outChannels; ++o) {
      const int64_t g = o / outPerGroup, og = o % outPerGroup;
      Acc *out = &result[(n * outChannels + o) * outPlane];
      for (int64_t i = 0; i < inPerGroup; ++i) {
        const int64_t c = g * inPerGroup + i;
        const Acc *in = &input[(n * inChannels + c) * inPlane];
        const Acc *taps = &filter[(c * outPerGroup + og) * kHeight * kWidth];
        for (int64_t kh = 0; kh < kHeight; ++kh) {
          for (int64_t kw = 0; kw < kWidth; ++kw) {
            const Acc weight = taps[kh * kWidth + kw];
            const auto [iwBegin, iwEnd] = cols[kw];
            const int64_t colOffset = kw * w.dilation - w.begin;
            for (int64_t ih = rows[kh].first; ih < rows[kh].second; ++ih) {
              const int64_t oh = ih * h.stride + kh * h.dilation - h.begin;
              const Acc *inRow = in + ih * inWidth;
              Acc *outRow = out + oh * outWidth;
              for (int64_t iw = iwBegin; iw < iwEnd; ++iw)
                outRow[iw * w.stride + colOffset] += weight * inRow[iw];
            }
          }
        }
      }
      if (biasTensor)
        for (int64_t p = 0; p < outPlane; ++p)
          out[p] += bias[o];
    }
  }
  storePermuted(output, inputLayout, "nchw", result);
  return success();
}

//===----------------------------------------------------------------------===//
// Pooling operations
//===----------------------------------------------------------------------===//

namespace {
enum class PoolKind { Average, L2, Max };

/// The geometry of a pooling op: sizes, windows, and the element strides of
/// the input and output in their layout, so kernels index either layout
/// directly (no conversion).
struct PoolGeometry {
  int64_t batches, channels, inHeight, inWidth, outHeight, outWidth;
  int64_t windowHeight, windowWidth;
  Window h, w;
  int64_t inStrides[4], outStrides[4]; // n, c, h, w
};
} // namespace

template <typename OpTy>
static PoolGeometry getPoolGeometry(OpTy pool, const Tensor &input,
                                    const Tensor &output) {
  StringRef layout = webnn::stringifyInputOperandLayout(pool.getLayout());
  PoolGeometry geometry;
  int64_t inShape[4], outShape[4];
  getPermutedShape(input, layout, "nchw", inShape, geometry.inStrides);
  getPermutedShape(output, layout, "nchw", outShape, geometry.outStrides);
  geometry.batches = inShape[0];
  geometry.channels = inShape[1];
  geometry.inHeight = inShape[2];
  geometry.inWidth = inShape[3];
  geometry.outHeight = outShape[2];
  geometry.outWidth = outShape[3];
  // pooling, step 7: the window defaults to the input's spatial size.
  std::optional<ArrayRef<int64_t>> window = pool.getWindowDimensions();
  geometry.windowHeight = window ? (*window)[0] : geometry.inHeight;
  geometry.windowWidth = window ? (*window)[1] : geometry.inWidth;
  // The output size (outputShapeRounding, outputSizes) is already in the
  // result type; the padding is used even with outputSizes (the dialect's
  // documented deviation from pooling step 10, following WPT).
  ArrayRef<int64_t> padding = pool.getPadding();
  geometry.h = {padding[0], pool.getStrides()[0], pool.getDilations()[0]};
  geometry.w = {padding[2], pool.getStrides()[1], pool.getDilations()[1]};
  return geometry;
}

/// Calls `fn(outIndex, inIndices)` for every output element, with the flat
/// input indices of the window's elements that lie inside the input.
/// Window positions in the padding (or, with "ceil" rounding or
/// outputSizes, past the padded input) are not part of the window: they do
/// not count in an average and never win a maximum.
template <typename Fn>
static void forEachPoolWindow(const PoolGeometry &g, Fn &&fn) {
  SmallVector<int64_t> window;
  window.reserve(g.windowHeight * g.windowWidth);
  for (int64_t n = 0; n < g.batches; ++n)
    for (int64_t c = 0; c < g.channels; ++c)
      for (int64_t oh = 0; oh < g.outHeight; ++oh)
        for (int64_t ow = 0; ow < g.outWidth; ++ow) {
          window.clear();
          const int64_t base = n * g.inStrides[0] + c * g.inStrides[1];
          for (int64_t kh = 0; kh < g.windowHeight; ++kh) {
            const int64_t ih = oh * g.h.stride + kh * g.h.dilation - g.h.begin;
            if (ih < 0 || ih >= g.inHeight)
              continue;
            for (int64_t kw = 0; kw < g.windowWidth; ++kw) {
              const int64_t iw =
                  ow * g.w.stride + kw * g.w.dilation - g.w.begin;
              if (iw < 0 || iw >= g.inWidth)
                continue;
              window.push_back(base + ih * g.inStrides[2] +
                               iw * g.inStrides[3]);
            }
          }
          fn(n * g.outStrides[0] + c * g.outStrides[1] + oh * g.outStrides[2] +
                 ow * g.outStrides[3],
             ArrayRef<int64_t>(window));
        }
}

/// averagePool2d / l2Pool2d (float32, float16). The average divides by the
/// number of input elements in the window, padding excluded: the WPT case
/// "averagePool2d float32 4D tensor options.padding" expects 52.4366... =
/// sum / 20 for a 5x5 window with one padded row (the spec does not say).
/// An average over a window with no input element (only possible with
/// padding at least as large as the dilated window) is 0 / 0 = NaN.
template <typename OpTy, PoolKind kind>
static LogicalResult runFloatPool(Operation *op,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  const Tensor &input = *operands[0];
  Tensor &output = results[0];
  PoolGeometry geometry = getPoolGeometry(cast<OpTy>(op), input, output);
  std::vector<Acc> values = loadFloats(input);
  forEachPoolWindow(geometry, [&](int64_t out, ArrayRef<int64_t> window) {
    Acc sum = 0;
    if constexpr (kind == PoolKind::Average) {
      for (int64_t index : window)
        sum += values[index];
      storeFloat(output, out, sum / static_cast<Acc>(window.size()));
    } else {
      // L2 norm: the square root of the sum of the squares.
      for (int64_t index : window)
        sum += values[index] * values[index];
      storeFloat(output, out, std::sqrt(sum));
    }
  });
  return success();
}

/// maxPool2d, every data type. Values are compared in their own type
/// (exact for int64/uint64); a NaN in the window makes the result NaN. An
/// empty window (padding only) yields the lowest value of the type (-inf
/// for floats), the identity of max.
static LogicalResult runMaxPool2d(Operation *op,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  const Tensor &input = *operands[0];
  Tensor &output = results[0];
  PoolGeometry geometry =
      getPoolGeometry(cast<webnn::MaxPool2dOp>(op), input, output);
  visitDataType(input.getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    using C = ComputeType<T>;
    const T *in = input.data<T>();
    T *out = output.data<T>();
    C lowest;
    if constexpr (std::is_floating_point_v<C>)
      lowest = -std::numeric_limits<C>::infinity();
    else
      lowest = static_cast<C>(getIntegerMin(input.getDataType()));
    forEachPoolWindow(geometry, [&](int64_t o, ArrayRef<int64_t> window) {
      C best = lowest;
      for (int64_t index : window) {
        C value = load(in[index]);
        if constexpr (std::is_floating_point_v<C>) {
          if (std::isnan(value)) {
            best = value;
            break;
          }
        }
        if (value > best)
          best = value;
      }
      out[o] = store<T>(best);
    });
  });
  return success();
}

//===----------------------------------------------------------------------===//
// gemm
//===----------------------------------------------------------------------===//

/// Spec gemm: alpha * A * B + beta * C, with A = transpose(a) when
/// aTranspose and B = transpose(b) when bTranspose; C (absent: 0)
/// unidirectionally broadcast to [M, N]. Steps 5-6 cast alpha and beta to
/// a's data type first (float16: rounded to half). The emulation applies
/// alpha to a before the matmul; alpha * sum(a * b) is the same value up to
/// rounding, which here happens once, on store.
static LogicalResult runGemm(Operation *op, ArrayRef<const Tensor *> operands,
                             MutableArrayRef<Tensor> results) {
  auto gemm = cast<webnn::GemmOp>(op);
  const Tensor &a = *operands[0];
  const Tensor &b = *operands[1];
  const Tensor *c = getOperandTensor(op, operands, gemm.getC());
  Tensor &output = results[0];

  auto castToType = [&](llvm::APFloat value) -> Acc {
    double scalar = value.convertToDouble();
    if (a.getDataType() == DataType::Float16)
      return Half::fromDouble(scalar).toFloat();
    return static_cast<float>(scalar);
  };
  const Acc alpha = castToType(gemm.getAlpha());
  const Acc beta = castToType(gemm.getBeta());

  const int64_t m = output.getShape()[0], n = output.getShape()[1];
  const int64_t k = gemm.getATranspose() ? a.getShape()[0] : a.getShape()[1];
  // A as [M, K] and B as [K, N], transposes applied once.
  std::vector<Acc> matA(m * k), matB(k * n);
  for (int64_t i = 0; i < m; ++i)
    for (int64_t j = 0; j < k; ++j)
      matA[i * k + j] =
          loadFloat(a, gemm.getATranspose() ? j * m + i : i * k + j);
  for (int64_t i = 0; i < k; ++i)
    for (int64_t j = 0; j < n; ++j)
      matB[i * n + j] =
          loadFloat(b, gemm.getBTranspose() ? j * k + i : i * n + j);

  std::optional<BroadcastIndexer> cIndex;
  if (c)
    cIndex.emplace(c->getShape(), output.getShape());
  std::vector<Acc> row(n);
  for (int64_t i = 0; i < m; ++i) {
    std::fill(row.begin(), row.end(), Acc(0));
    for (int64_t p = 0; p < k; ++p) {
      const Acc lhs = matA[i * k + p];
      const Acc *rhs = &matB[p * n];
      for (int64_t j = 0; j < n; ++j)
        row[j] += lhs * rhs[j];
    }
    for (int64_t j = 0; j < n; ++j) {
      Acc value = alpha * row[j];
      if (c)
        value += beta * loadFloat(*c, cIndex->map(i * n + j));
      storeFloat(output, i * n + j, value);
    }
  }
  return success();
}

//===----------------------------------------------------------------------===//
// matmul
//===----------------------------------------------------------------------===//

/// Spec matmul: [..., M, K] x [..., K, N] -> [..., M, N], the batch
/// dimensions (all but the last two) bidirectionally broadcast.
static LogicalResult runMatmul(Operation *, ArrayRef<const Tensor *> operands,
                               MutableArrayRef<Tensor> results) {
  const Tensor &a = *operands[0];
  const Tensor &b = *operands[1];
  Tensor &output = results[0];
  ArrayRef<int64_t> aShape = a.getShape(), bShape = b.getShape(),
                    outShape = output.getShape();
  const int64_t m = aShape[aShape.size() - 2], k = aShape.back(),
                n = bShape.back();
  ArrayRef<int64_t> outBatch = outShape.drop_back(2);
  BroadcastIndexer aBatch(aShape.drop_back(2), outBatch);
  BroadcastIndexer bBatch(bShape.drop_back(2), outBatch);
  int64_t batches = 1;
  for (int64_t size : outBatch)
    batches *= size;

  std::vector<Acc> matA = loadFloats(a), matB = loadFloats(b);
  std::vector<Acc> row(n);
  for (int64_t batch = 0; batch < batches; ++batch) {
    const Acc *lhs = &matA[aBatch.map(batch) * m * k];
    const Acc *rhs = &matB[bBatch.map(batch) * k * n];
    const int64_t outBase = batch * m * n;
    for (int64_t i = 0; i < m; ++i) {
      std::fill(row.begin(), row.end(), Acc(0));
      for (int64_t p = 0; p < k; ++p) {
        const Acc scale = lhs[i * k + p];
        const Acc *rhsRow = rhs + p * n;
        for (int64_t j = 0; j < n; ++j)
          row[j] += scale * rhsRow[j];
      }
      for (int64_t j = 0; j < n; ++j)
        storeFloat(output, outBase + i * n + j, row[j]);
    }
  }
  return success();
}

void registerConvPoolKernels(KernelRegistry &registry) {
  registry.add<webnn::Conv2dOp>(runConv2d);
  registry.add<webnn::ConvTranspose2dOp>(runConvTranspose2d);
  registry.add<webnn::AveragePool2dOp>(
      runFloatPool<webnn::AveragePool2dOp, PoolKind::Average>);
  registry.add<webnn::L2Pool2dOp>(
      runFloatPool<webnn::L2Pool2dOp, PoolKind::L2>);
  registry.add<webnn::MaxPool2dOp>(runMaxPool2d);
  registry.add<webnn::GemmOp>(runGemm);
  registry.add<webnn::MatmulOp>(runMatmul);
}

} // namespace webnnc::interp
