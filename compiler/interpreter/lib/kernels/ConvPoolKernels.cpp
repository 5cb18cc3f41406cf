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
// Helpers
//===----------------------------------------------------------------------===//

/// All elements of a float32/float16 tensor, row-major, as Acc (exact:
/// Tensor::getDouble).
static std::vector<Acc> loadFloats(const Tensor &tensor) {
  std::vector<Acc> values(tensor.getNumElements());
  for (int64_t i = 0, e = tensor.getNumElements(); i < e; ++i)
    values[i] = tensor.getDouble(i);
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
              tensor.getDouble(a * strides[0] + b * strides[1] +
                               c * strides[2] + d * strides[3]);
  return values;
}

/// Stores `values`, row-major in `canonical` order, into a rank-4 tensor in
/// `layout`, rounding each once to its data type (Tensor::setDouble; float16
/// straight from double).
static void storePermuted(Tensor &tensor, StringRef layout, StringRef canonical,
                          ArrayRef<Acc> values) {
  int64_t shape[4], strides[4];
  getPermutedShape(tensor, layout, canonical, shape, strides);
  int64_t in = 0;
  for (int64_t a = 0; a < shape[0]; ++a)
    for (int64_t b = 0; b < shape[1]; ++b)
      for (int64_t c = 0; c < shape[2]; ++c)
        for (int64_t d = 0; d < shape[3]; ++d)
          tensor.setDouble(a * strides[0] + b * strides[1] + c * strides[2] +
                               d * strides[3],
                           values[in++]);
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
// conv2d and convTranspose2d
//===----------------------------------------------------------------------===//

namespace {
/// What conv2d and convTranspose2d read: the input in nchw order and the
/// filter in the kernel's canonical order (oihw / iohw), as Acc, the bias
/// (empty when absent), and the sizes and windows.
struct Convolution {
  StringRef inputLayout;
  std::vector<Acc> input, filter, bias;
  int64_t batches, inChannels, inHeight, inWidth;
  int64_t outChannels, outHeight, outWidth;
  /// groups, and the canonical filter's dimensions: filterChannels is its
  /// second (inputChannelsPerGroup for oihw, outputChannelsPerGroup for
  /// iohw).
  int64_t groups, filterChannels, kHeight, kWidth;
  Window h, w;
};
} // namespace

template <typename OpTy>
static Convolution loadConvolution(OpTy conv, StringRef filterLayout,
                                   StringRef canonicalFilter,
                                   ArrayRef<const Tensor *> operands,
                                   const Tensor &output) {
  Convolution c;
  c.inputLayout = webnn::stringifyInputOperandLayout(conv.getInputLayout());
  const Tensor &input = *operands[0];
  const Tensor &filter = *operands[1];
  c.input = loadPermuted(input, c.inputLayout, "nchw");
  c.filter = loadPermuted(filter, filterLayout, canonicalFilter);
  if (const Tensor *bias = getOptionalOperand(conv, operands, conv.getBias()))
    c.bias = loadFloats(*bias);

  int64_t inShape[4], outShape[4], filterShape[4], unused[4];
  getPermutedShape(input, c.inputLayout, "nchw", inShape, unused);
  getPermutedShape(output, c.inputLayout, "nchw", outShape, unused);
  getPermutedShape(filter, filterLayout, canonicalFilter, filterShape, unused);
  c.batches = inShape[0];
  c.inChannels = inShape[1];
  c.inHeight = inShape[2];
  c.inWidth = inShape[3];
  c.outChannels = outShape[1];
  c.outHeight = outShape[2];
  c.outWidth = outShape[3];
  c.groups = static_cast<int64_t>(conv.getGroups());
  c.filterChannels = filterShape[1];
  c.kHeight = filterShape[2];
  c.kWidth = filterShape[3];
  ArrayRef<int64_t> padding = conv.getPadding();
  c.h = {padding[0], conv.getStrides()[0], conv.getDilations()[0]};
  c.w = {padding[2], conv.getStrides()[1], conv.getDilations()[1]};
  return c;
}

/// For each of the `taps` filter taps k along one dimension, the range of
/// positions i in [0, count) whose i * stride + k * dilation - begin lies
/// in [0, size) (getValidRange).
static SmallVector<std::pair<int64_t, int64_t>>
getTapRanges(int64_t taps, const Window &window, int64_t count, int64_t size) {
  SmallVector<std::pair<int64_t, int64_t>> ranges;
  for (int64_t k = 0; k < taps; ++k)
    ranges.push_back(getValidRange(count, window.stride,
                                   k * window.dilation - window.begin, size));
  return ranges;
}

/// Adds the bias (if any) to the nchw `result` of a convolution and stores
/// it in the output's layout.
static void storeConvolution(const Convolution &c, std::vector<Acc> &result,
                             Tensor &output) {
  if (!c.bias.empty()) {
    const int64_t outPlane = c.outHeight * c.outWidth;
    for (int64_t n = 0; n < c.batches; ++n)
      for (int64_t o = 0; o < c.outChannels; ++o) {
        Acc *out = &result[(n * c.outChannels + o) * outPlane];
        for (int64_t p = 0; p < outPlane; ++p)
          out[p] += c.bias[o];
      }
  }
  storePermuted(output, c.inputLayout, "nchw", result);
}

/// Spec conv2d: output[n, o, oh, ow] = bias[o] + sum over the group's input
/// channels i and filter taps (kh, kw) of input[n, g * inputChannelsPerGroup
/// + i, oh * strideH - padTop + kh * dilationH, ow * strideW - padLeft + kw
/// * dilationW] * filter[o, i, kh, kw], where g = o / outputChannelsPerGroup
/// and taps that fall in the padding contribute 0. Depthwise convolution is
/// the case groups = input channels.
static LogicalResult runConv2d(Operation *op, ArrayRef<const Tensor *> operands,
                               MutableArrayRef<Tensor> results) {
  auto conv = cast<webnn::Conv2dOp>(op);
  const Convolution c = loadConvolution(
      conv, webnn::stringifyConv2dFilterOperandLayout(conv.getFilterLayout()),
      "oihw", operands, results[0]);
  const int64_t inPerGroup = c.filterChannels;
  const int64_t outPerGroup = c.outChannels / c.groups;
  const int64_t kHeight = c.kHeight, kWidth = c.kWidth;
  const int64_t inWidth = c.inWidth, outWidth = c.outWidth;
  const Window &h = c.h, &w = c.w;

  // For each filter tap, the output rows/columns whose input position lies
  // inside the input (the others read padding, i.e. 0).
  const auto rows = getTapRanges(kHeight, h, c.outHeight, c.inHeight);
  const auto cols = getTapRanges(kWidth, w, outWidth, inWidth);

  const int64_t inPlane = c.inHeight * inWidth;
  const int64_t outPlane = c.outHeight * outWidth;
  std::vector<Acc> result(c.batches * c.outChannels * outPlane, Acc(0));
  for (int64_t n = 0; n < c.batches; ++n) {
    for (int64_t o = 0; o < c.outChannels; ++o) {
      const int64_t g = o / outPerGroup;
      Acc *out = &result[(n * c.outChannels + o) * outPlane];
      for (int64_t i = 0; i < inPerGroup; ++i) {
        const Acc *in =
            &c.input[(n * c.inChannels + g * inPerGroup + i) * inPlane];
        const Acc *taps = &c.filter[(o * inPerGroup + i) * kHeight * kWidth];
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
    }
  }
  storeConvolution(c, result, results[0]);
  return success();
}

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
  const Convolution c = loadConvolution(
      conv,
      webnn::stringifyConvTranspose2dFilterOperandLayout(
          conv.getFilterLayout()),
      "iohw", operands, results[0]);
  const int64_t outPerGroup = c.filterChannels;
  const int64_t inPerGroup = c.inChannels / c.groups;
  const int64_t kHeight = c.kHeight, kWidth = c.kWidth;
  const int64_t inWidth = c.inWidth, outWidth = c.outWidth;
  const Window &h = c.h, &w = c.w;

  // For each filter tap, the input rows/columns that land inside the
  // output.
  const auto rows = getTapRanges(kHeight, h, c.inHeight, c.outHeight);
  const auto cols = getTapRanges(kWidth, w, inWidth, outWidth);

  const int64_t inPlane = c.inHeight * inWidth;
  const int64_t outPlane = c.outHeight * outWidth;
  std::vector<Acc> result(c.batches * c.outChannels * outPlane, Acc(0));
  for (int64_t n = 0; n < c.batches; ++n) {
    for (int64_t o = 0; o < c.outChannels; ++o) {
      const int64_t g = o / outPerGroup, og = o % outPerGroup;
      Acc *out = &result[(n * c.outChannels + o) * outPlane];
      for (int64_t i = 0; i < inPerGroup; ++i) {
        const int64_t channel = g * inPerGroup + i;
        const Acc *in = &c.input[(n * c.inChannels + channel) * inPlane];
        const Acc *taps =
            &c.filter[(channel * outPerGroup + og) * kHeight * kWidth];
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
    }
  }
  storeConvolution(c, result, results[0]);
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
      output.setDouble(out, sum / static_cast<Acc>(window.size()));
    } else {
      // L2 norm: the square root of the sum of the squares.
      for (int64_t index : window)
        sum += values[index] * values[index];
      output.setDouble(out, std::sqrt(sum));
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
  const Tensor *c = getOptionalOperand(op, operands, gemm.getC());
  Tensor &output = results[0];

  const Acc alpha = castToFloatType(gemm.getAlpha(), a.getDataType());
  const Acc beta = castToFloatType(gemm.getBeta(), a.getDataType());

  const int64_t m = output.getShape()[0], n = output.getShape()[1];
  const int64_t k = gemm.getATranspose() ? a.getShape()[0] : a.getShape()[1];
  // A as [M, K] and B as [K, N], transposes applied once.
  std::vector<Acc> matA(m * k), matB(k * n);
  for (int64_t i = 0; i < m; ++i)
    for (int64_t j = 0; j < k; ++j)
      matA[i * k + j] =
          a.getDouble(gemm.getATranspose() ? j * m + i : i * k + j);
  for (int64_t i = 0; i < k; ++i)
    for (int64_t j = 0; j < n; ++j)
      matB[i * n + j] =
          b.getDouble(gemm.getBTranspose() ? j * k + i : i * n + j);

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
        value += beta * c->getDouble(cIndex->map(i * n + j));
      output.setDouble(i * n + j, value);
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
        output.setDouble(outBase + i * n + j, row[j]);
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
