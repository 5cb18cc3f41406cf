// Interpreter kernels of the ConvPool ops: conv2d, convTranspose2d,
// averagePool2d, l2Pool2d, maxPool2d, gemm, matmul.
//
// WPT-derived cases (translated from
// /work/shared/conformance/wpt-webnn/<op>.json) are checked with the case's
// ULP tolerance; layouts and groups are also checked against a naive
// reference written straight from the spec's definitions.
#include "InterpreterTestUtils.h"

#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace webnnc::interp;
using namespace webnnc::interp::testing;

namespace {

/// The element's bits as an integer that grows with the value (so two
/// values' distance is their ULP distance).
int64_t orderedBits(DataType type, double value) {
  if (type == DataType::Float16) {
    int64_t bits = Half::fromDouble(value).bits;
    return bits & 0x8000 ? -(bits & 0x7fff) : bits;
  }
  float f = static_cast<float>(value);
  uint32_t bits;
  std::memcpy(&bits, &f, sizeof(bits));
  return bits & 0x80000000u ? -int64_t(bits & 0x7fffffffu) : int64_t(bits);
}

/// WPT's ULP comparison: each element within `ulps` of the expected value
/// cast to the tensor's data type.
void expectUlp(const Tensor &actual, llvm::ArrayRef<double> expected,
               int64_t ulps) {
  ASSERT_EQ(actual.getNumElements(), static_cast<int64_t>(expected.size()));
  for (size_t i = 0; i < expected.size(); ++i) {
    double value = actual.getDouble(static_cast<int64_t>(i));
    int64_t distance =
        std::llabs(orderedBits(actual.getDataType(), value) -
                   orderedBits(actual.getDataType(), expected[i]));
    EXPECT_LE(distance, ulps)
        << "element " << i << ": " << value << " vs expected " << expected[i];
  }
}

std::vector<double> randomValues(int64_t count, unsigned seed) {
  std::mt19937 generator(seed);
  std::uniform_real_distribution<double> distribution(-1.0, 1.0);
  std::vector<double> values(count);
  for (double &value : values)
    value = distribution(generator);
  return values;
}

std::string tensorType(llvm::ArrayRef<int64_t> shape,
                       const char *element = "f32") {
  std::string text = "tensor<";
  for (int64_t size : shape)
    text += std::to_string(size) + "x";
  return text + element + ">";
}

/// `shape` permuted from "nchw"-style `from` letters to `to` letters.
std::vector<int64_t> permuteShape(llvm::ArrayRef<int64_t> shape,
                                  llvm::StringRef from, llvm::StringRef to) {
  std::vector<int64_t> result;
  for (char dim : to)
    result.push_back(shape[from.find(dim)]);
  return result;
}

/// `values` of a tensor of `shape` in `from` layout, rearranged into `to`.
std::vector<double> permuteValues(llvm::ArrayRef<double> values,
                                  llvm::ArrayRef<int64_t> shape,
                                  llvm::StringRef from, llvm::StringRef to) {
  std::vector<int64_t> toShape = permuteShape(shape, from, to);
  std::vector<double> result(values.size());
  int64_t index[4];
  for (int64_t flat = 0; flat < static_cast<int64_t>(values.size()); ++flat) {
    int64_t rest = flat;
    for (int d = 3; d >= 0; --d) {
      index[d] = rest % shape[d];
      rest /= shape[d];
    }
    int64_t target = 0;
    for (int d = 0; d < 4; ++d)
      target = target * toShape[d] + index[from.find(to[d])];
    result[target] = values[flat];
  }
  return result;
}

//===----------------------------------------------------------------------===//
// Naive references, straight from the definitions (nchw, oihw / iohw)
//===----------------------------------------------------------------------===//

struct ConvParams {
  int64_t padding[4] = {0, 0, 0, 0};
  int64_t strides[2] = {1, 1};
  int64_t dilations[2] = {1, 1};
  int64_t groups = 1;
};

/// conv2d: every output element is a gather over its window.
std::vector<double> referenceConv2d(llvm::ArrayRef<double> input,
                                    llvm::ArrayRef<int64_t> inShape,
                                    llvm::ArrayRef<double> filter,
                                    llvm::ArrayRef<int64_t> filterShape,
                                    llvm::ArrayRef<double> bias,
                                    const ConvParams &p,
                                    std::vector<int64_t> &outShape) {
  int64_t N = inShape[0], C = inShape[1], H = inShape[2], W = inShape[3];
  int64_t O = filterShape[0], I = filterShape[1], KH = filterShape[2],
          KW = filterShape[3];
  int64_t OH =
      (H + p.padding[0] + p.padding[1] - (KH - 1) * p.dilations[0] - 1) /
          p.strides[0] +
      1;
  int64_t OW =
      (W + p.padding[2] + p.padding[3] - (KW - 1) * p.dilations[1] - 1) /
          p.strides[1] +
      1;
  outShape = {N, O, OH, OW};
  std::vector<double> out(N * O * OH * OW);
  for (int64_t n = 0; n < N; ++n)
    for (int64_t o = 0; o < O; ++o)
      for (int64_t oh = 0; oh < OH; ++oh)
        for (int64_t ow = 0; ow < OW; ++ow) {
          double sum = bias.empty() ? 0 : bias[o];
          int64_t g = o / (O / p.groups);
          for (int64_t i = 0; i < I; ++i)
            for (int64_t kh = 0; kh < KH; ++kh)
              for (int64_t kw = 0; kw < KW; ++kw) {
                int64_t ih =
                    oh * p.strides[0] - p.padding[0] + kh * p.dilations[0];
                int64_t iw =
                    ow * p.strides[1] - p.padding[2] + kw * p.dilations[1];
                if (ih < 0 || ih >= H || iw < 0 || iw >= W)
                  continue;
                sum += input[((n * C + g * I + i) * H + ih) * W + iw] *
                       filter[((o * I + i) * KH + kh) * KW + kw];
              }
          out[((n * O + o) * OH + oh) * OW + ow] = sum;
        }
  return out;
}

/// convTranspose2d: every output element gathers the input elements whose
/// scattered window covers it.
std::vector<double> referenceConvTranspose2d(
    llvm::ArrayRef<double> input, llvm::ArrayRef<int64_t> inShape,
    llvm::ArrayRef<double> filter, llvm::ArrayRef<int64_t> filterShape,
    llvm::ArrayRef<double> bias, const ConvParams &p, int64_t OH, int64_t OW) {
  int64_t N = inShape[0], C = inShape[1], H = inShape[2], W = inShape[3];
  int64_t Og = filterShape[1], KH = filterShape[2], KW = filterShape[3];
  int64_t O = Og * p.groups, Cg = C / p.groups;
  std::vector<double> out(N * O * OH * OW);
  for (int64_t n = 0; n < N; ++n)
    for (int64_t o = 0; o < O; ++o)
      for (int64_t oh = 0; oh < OH; ++oh)
        for (int64_t ow = 0; ow < OW; ++ow) {
          double sum = bias.empty() ? 0 : bias[o];
          int64_t g = o / Og;
          for (int64_t i = 0; i < Cg; ++i)
            for (int64_t kh = 0; kh < KH; ++kh)
              for (int64_t kw = 0; kw < KW; ++kw) {
                int64_t th = oh + p.padding[0] - kh * p.dilations[0];
                int64_t tw = ow + p.padding[2] - kw * p.dilations[1];
                if (th < 0 || tw < 0 || th % p.strides[0] || tw % p.strides[1])
                  continue;
                int64_t ih = th / p.strides[0], iw = tw / p.strides[1];
                if (ih >= H || iw >= W)
                  continue;
                int64_t c = g * Cg + i;
                sum += input[((n * C + c) * H + ih) * W + iw] *
                       filter[((c * Og + o % Og) * KH + kh) * KW + kw];
              }
          out[((n * O + o) * OH + oh) * OW + ow] = sum;
        }
  return out;
}

std::string arrayAttr(llvm::ArrayRef<int64_t> values) {
  std::string text = "array<i64: ";
  for (size_t i = 0; i < values.size(); ++i)
    text += (i ? ", " : "") + std::to_string(values[i]);
  return text + ">";
}

/// Runs conv2d with the given layouts on random data and compares it with
/// the naive nchw/oihw reference.
void checkConv2d(llvm::ArrayRef<int64_t> inShape,
                 llvm::ArrayRef<int64_t> filterShape, const ConvParams &p,
                 llvm::StringRef inputLayout, llvm::StringRef filterLayout,
                 bool withBias) {
  SCOPED_TRACE((inputLayout + "/" + filterLayout).str());
  std::vector<double> input =
      randomValues(inShape[0] * inShape[1] * inShape[2] * inShape[3], 1);
  std::vector<double> filter = randomValues(
      filterShape[0] * filterShape[1] * filterShape[2] * filterShape[3], 2);
  std::vector<double> bias;
  if (withBias)
    bias = randomValues(filterShape[0], 3);
  std::vector<int64_t> outShape;
  std::vector<double> expected =
      referenceConv2d(input, inShape, filter, filterShape, bias, p, outShape);

  std::vector<int64_t> inLaid = permuteShape(inShape, "nchw", inputLayout);
  std::vector<int64_t> filterLaid =
      permuteShape(filterShape, "oihw", filterLayout);
  std::vector<int64_t> outLaid = permuteShape(outShape, "nchw", inputLayout);
  std::string source =
      "func.func @g(%x: " + tensorType(inLaid) +
      ", %w: " + tensorType(filterLaid) +
      (withBias ? ", %b: " + tensorType({filterShape[0]}) : "") + ") -> " +
      tensorType(outLaid) + " {\n  %0 = webnn.conv2d %x, %w" +
      (withBias ? " bias(%b)" : "") + " {padding = " + arrayAttr(p.padding) +
      ", strides = " + arrayAttr(p.strides) +
      ", dilations = " + arrayAttr(p.dilations) +
      ", groups = " + std::to_string(p.groups) +
      " : i64, inputLayout = #webnn.input_layout<" + inputLayout.str() +
      ">, filterLayout = #webnn.conv2d_filter_layout<" + filterLayout.str() +
      ">} : (" + tensorType(inLaid) + ", " + tensorType(filterLaid) +
      (withBias ? ", " + tensorType({filterShape[0]}) : "") + ") -> " +
      tensorType(outLaid) + "\n  return %0 : " + tensorType(outLaid) + "\n}";
  std::vector<Tensor> inputs = {
      makeTensor(DataType::Float32, inLaid,
                 permuteValues(input, inShape, "nchw", inputLayout)),
      makeTensor(DataType::Float32, filterLaid,
                 permuteValues(filter, filterShape, "oihw", filterLayout))};
  if (withBias)
    inputs.push_back(makeTensor(DataType::Float32, {filterShape[0]}, bias));
  GraphRunner runner;
  auto outputs = runner.run(source, inputs);
  ASSERT_EQ(outputs.size(), 1u);
  expectNear(outputs[0], permuteValues(expected, outShape, "nchw", inputLayout),
             1e-5);
}

void checkConvTranspose2d(llvm::ArrayRef<int64_t> inShape,
                          llvm::ArrayRef<int64_t> filterShape,
                          const ConvParams &p, int64_t outHeight,
                          int64_t outWidth, llvm::StringRef extraAttrs,
                          llvm::StringRef inputLayout,
                          llvm::StringRef filterLayout, bool withBias) {
  SCOPED_TRACE((inputLayout + "/" + filterLayout).str());
  std::vector<double> input =
      randomValues(inShape[0] * inShape[1] * inShape[2] * inShape[3], 4);
  std::vector<double> filter = randomValues(
      filterShape[0] * filterShape[1] * filterShape[2] * filterShape[3], 5);
  int64_t outChannels = filterShape[1] * p.groups;
  std::vector<double> bias;
  if (withBias)
    bias = randomValues(outChannels, 6);
  std::vector<double> expected = referenceConvTranspose2d(
      input, inShape, filter, filterShape, bias, p, outHeight, outWidth);
  std::vector<int64_t> outShape = {inShape[0], outChannels, outHeight,
                                   outWidth};

  std::vector<int64_t> inLaid = permuteShape(inShape, "nchw", inputLayout);
  std::vector<int64_t> filterLaid =
      permuteShape(filterShape, "iohw", filterLayout);
  std::vector<int64_t> outLaid = permuteShape(outShape, "nchw", inputLayout);
  std::string source =
      "func.func @g(%x: " + tensorType(inLaid) +
      ", %w: " + tensorType(filterLaid) +
      (withBias ? ", %b: " + tensorType({outChannels}) : "") + ") -> " +
      tensorType(outLaid) + " {\n  %0 = webnn.convTranspose2d %x, %w" +
      (withBias ? " bias(%b)" : "") + " {padding = " + arrayAttr(p.padding) +
      ", strides = " + arrayAttr(p.strides) +
      ", dilations = " + arrayAttr(p.dilations) +
      ", groups = " + std::to_string(p.groups) + " : i64" + extraAttrs.str() +
      ", inputLayout = #webnn.input_layout<" + inputLayout.str() +
      ">, filterLayout = #webnn.conv_transpose2d_filter_layout<" +
      filterLayout.str() + ">} : (" + tensorType(inLaid) + ", " +
      tensorType(filterLaid) +
      (withBias ? ", " + tensorType({outChannels}) : "") + ") -> " +
      tensorType(outLaid) + "\n  return %0 : " + tensorType(outLaid) + "\n}";
  std::vector<Tensor> inputs = {
      makeTensor(DataType::Float32, inLaid,
                 permuteValues(input, inShape, "nchw", inputLayout)),
      makeTensor(DataType::Float32, filterLaid,
                 permuteValues(filter, filterShape, "iohw", filterLayout))};
  if (withBias)
    inputs.push_back(makeTensor(DataType::Float32, {outChannels}, bias));
  GraphRunner runner;
  auto outputs = runner.run(source, inputs);
  ASSERT_EQ(outputs.size(), 1u);
  expectNear(outputs[0], permuteValues(expected, outShape, "nchw", inputLayout),
             1e-5);
}

} // namespace

//===----------------------------------------------------------------------===//
// conv2d
//===----------------------------------------------------------------------===//

// WPT "conv2d float32 4D input and filter tensors options.padding".
TEST(ConvPoolKernels, Conv2dPaddingWpt) {
  GraphRunner runner;
  auto outputs = runner.run(
      R"mlir(func.func @g(%conv2dInput: tensor<1x1x5x5xf32>, %conv2dFilter: tensor<1x1x3x3xf32>) -> tensor<1x1x5x5xf32> {
  %0 = webnn.conv2d %conv2dInput, %conv2dFilter {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x1x5x5xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x5x5xf32>
  return %0 : tensor<1x1x5x5xf32>
})mlir",
      {makeTensor(
           DataType::Float32, {1, 1, 5, 5},
           {0.6124474406242371,  0.8857858777046204,  0.13667134940624237,
            0.5645291209220886,  0.8965172171592712,  0.36792829632759094,
            0.6811466217041016,  0.0479511022567749,  0.33355462551116943,
            0.19882695376873016, 0.41167140007019043, 0.07934240251779556,
            0.4272463321685791,  0.535800576210022,   0.5910806059837341,
            0.28415432572364807, 0.4147258698940277,  0.026906268671154976,
            0.3621256649494171,  0.9945681691169739,  0.07184549421072006,
            0.12204372137784958, 0.8422137498855591,  0.4537501037120819,
            0.21529443562030792}),
       makeTensor(DataType::Float32, {1, 1, 3, 3},
                  {0.3804761469364166, 0.5280312299728394, 0.21947036683559418,
                   0.36689770221710205, 0.33974137902259827, 0.4200059771537781,
                   0.3805030882358551, 0.19443586468696594,
                   0.5686976909637451})});
  ASSERT_EQ(outputs.size(), 1u);
  expectUlp(outputs[0],
            {1.0390141010284424, 0.882753312587738,  1.0667248964309692,
             0.8146538734436035, 0.6772860884666443, 1.0540467500686646,
             1.5323282480239868, 1.3573521375656128, 1.3641656637191772,
             1.1969101428985596, 0.8080586791038513, 1.071682333946228,
             1.1259644031524658, 1.4713115692138672, 0.960464596748352,
             0.5888903141021729, 1.078782320022583,  1.155018925666809,
             1.656954288482666,  1.2012416124343872, 0.3167303800582886,
             0.7545653581619263, 0.7729666829109192, 0.9733180403709412,
             0.9025675058364868},
            18);
}

// Every input/filter layout pair, with groups, strides, dilations,
// asymmetric padding and bias.
TEST(ConvPoolKernels, Conv2dLayoutsMatchReference) {
  ConvParams p;
  p.padding[0] = 1, p.padding[1] = 0, p.padding[2] = 2, p.padding[3] = 1;
  p.strides[0] = 2, p.strides[1] = 1;
  p.dilations[0] = 1, p.dilations[1] = 2;
  p.groups = 2;
  for (const char *inputLayout : {"nchw", "nhwc"})
    for (const char *filterLayout : {"oihw", "hwio", "ohwi", "ihwo"})
      checkConv2d({2, 4, 7, 6}, {6, 2, 3, 2}, p, inputLayout, filterLayout,
                  /*withBias=*/true);
}

TEST(ConvPoolKernels, Conv2dDepthwiseMatchesReference) {
  ConvParams p;
  p.padding[0] = p.padding[1] = p.padding[2] = p.padding[3] = 1;
  p.strides[0] = p.strides[1] = 2;
  p.groups = 4;
  // Channel multiplier 2: 4 input channels, 8 output channels.
  checkConv2d({1, 4, 9, 8}, {8, 1, 3, 3}, p, "nchw", "oihw", false);
  checkConv2d({1, 4, 9, 8}, {8, 1, 3, 3}, p, "nhwc", "ihwo", true);
}

TEST(ConvPoolKernels, Conv2dFloat16RoundsOnce) {
  // 2049 is not a float16 (halfway between 2048 and 2050); the sum
  // 1024 + 1024 + 1 = 2049 rounds to even, 2048.
  GraphRunner runner;
  auto outputs = runner.run(
      R"mlir(
    func.func @g(%x: tensor<1x3x1x1xf16>, %w: tensor<1x3x1x1xf16>, %b: tensor<1xf16>) -> tensor<1x1x1x1xf16> {
      %0 = webnn.conv2d %x, %w bias(%b) : (tensor<1x3x1x1xf16>, tensor<1x3x1x1xf16>, tensor<1xf16>) -> tensor<1x1x1x1xf16>
      return %0 : tensor<1x1x1x1xf16>
    })mlir",
      {makeTensor(DataType::Float16, {1, 3, 1, 1}, {1024, 1024, 0.5}),
       makeTensor(DataType::Float16, {1, 3, 1, 1}, {1, 1, 1}),
       makeTensor(DataType::Float16, {1}, {0.5})});
  ASSERT_EQ(outputs.size(), 1u);
  expectNear(outputs[0], {2048});
}

/// MobileNetV2's first block shape: a 3x3 depthwise conv and a 1x1
/// pointwise conv on 1x32x112x112. Prints the time; asserts only values.
TEST(ConvPoolKernels, Timing) {
  std::vector<double> input = randomValues(32 * 112 * 112, 7);
  std::vector<double> depthwise = randomValues(32 * 9, 8);
  std::vector<double> pointwise = randomValues(64 * 32, 9);
  GraphRunner runner;
  auto start = std::chrono::steady_clock::now();
  auto outputs =
      runner.run(R"mlir(
    func.func @g(%x: tensor<1x32x112x112xf32>, %dw: tensor<32x1x3x3xf32>, %pw: tensor<64x32x1x1xf32>) -> tensor<1x64x112x112xf32> {
      %0 = webnn.conv2d %x, %dw {padding = array<i64: 1, 1, 1, 1>, groups = 32 : i64} : (tensor<1x32x112x112xf32>, tensor<32x1x3x3xf32>) -> tensor<1x32x112x112xf32>
      %1 = webnn.conv2d %0, %pw : (tensor<1x32x112x112xf32>, tensor<64x32x1x1xf32>) -> tensor<1x64x112x112xf32>
      return %1 : tensor<1x64x112x112xf32>
    })mlir",
                 {makeTensor(DataType::Float32, {1, 32, 112, 112}, input),
                  makeTensor(DataType::Float32, {32, 1, 3, 3}, depthwise),
                  makeTensor(DataType::Float32, {64, 32, 1, 1}, pointwise)});
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  // 32*112*112*9 + 64*32*112*112 multiply-adds = 29.3 M.
  std::printf("[ timing ] depthwise 3x3 + 1x1 conv on 1x32x112x112 "
              "(29.3 M MACs): %.3f s\n",
              seconds);
  ASSERT_EQ(outputs.size(), 1u);
  // Spot-check one output against the definition.
  auto at = [&](int64_t c, int64_t y, int64_t x) {
    return y < 0 || y >= 112 || x < 0 || x >= 112
               ? 0.0
               : input[(c * 112 + y) * 112 + x];
  };
  const int64_t o = 5, y = 0, x = 111;
  double expected = 0;
  for (int64_t c = 0; c < 32; ++c) {
    double dw = 0;
    for (int64_t kh = 0; kh < 3; ++kh)
      for (int64_t kw = 0; kw < 3; ++kw)
        dw += at(c, y + kh - 1, x + kw - 1) * depthwise[c * 9 + kh * 3 + kw];
    expected += static_cast<float>(dw) * pointwise[o * 32 + c];
  }
  EXPECT_NEAR(outputs[0].getDouble((o * 112 + y) * 112 + x), expected, 1e-4);
}

//===----------------------------------------------------------------------===//
// convTranspose2d
//===----------------------------------------------------------------------===//

// WPT "convTranspose2d float32 4D input and filter tensors
// options.outputSizes".
TEST(ConvPoolKernels, ConvTranspose2dOutputSizesWpt) {
  GraphRunner runner;
  auto outputs = runner.run(
      R"mlir(func.func @g(%convTranspose2dInput: tensor<1x1x3x3xf32>, %convTranspose2dFilter: tensor<1x2x3x3xf32>) -> tensor<1x2x10x8xf32> {
  %0 = webnn.convTranspose2d %convTranspose2dInput, %convTranspose2dFilter {strides = array<i64: 3, 2>, outputSizes = array<i64: 10, 8>} : (tensor<1x1x3x3xf32>, tensor<1x2x3x3xf32>) -> tensor<1x2x10x8xf32>
  return %0 : tensor<1x2x10x8xf32>
})mlir",
      {makeTensor(DataType::Float32, {1, 1, 3, 3},
                  {0.05605664849281311, 0.7114229798316956, 0.6529743671417236,
                   0.38622909784317017, 0.3870837390422821, 0.9461629390716553,
                   0.09573192149400711, 0.9234652519226074, 0.636277973651886}),
       makeTensor(DataType::Float32, {1, 2, 3, 3},
                  {0.8614422678947449, 0.6267672777175903, 0.6366490125656128,
                   0.8382642269134521, 0.11884837597608566, 0.9921330213546753,
                   0.3285411298274994, 0.8742373585700989, 0.7205492258071899,
                   0.9801966547966003, 0.06169835478067398, 0.3220160901546478,
                   0.7498031854629517, 0.3930714726448059, 0.13811933994293213,
                   0.28385090827941895, 0.4235861301422119,
                   0.1448512077331543})});
  ASSERT_EQ(outputs.size(), 1u);
  expectUlp(outputs[0],
            {0.04828956723213196,
             0.03513447195291519,
             0.6485382318496704,
             0.4458966553211212,
             1.015426516532898,
             0.4092629551887512,
             0.4157154858112335,
             0.0,
             0.0469902828335762,
             0.0066622416488826275,
             0.6519761085510254,
             0.08455146849155426,
             1.2531912326812744,
             0.07760494202375412,
             0.6478374600410461,
             0.0,
             0.018416915088891983,
             0.04900681599974632,
             0.27412328124046326,
             0.6219525337219238,
             0.7271442413330078,
             0.5708546042442322,
             0.4705001711845398,
             0.0,
             0.3327140808105469,
             0.24207575619220734,
             0.5793426632881165,
             0.24261142313480377,
             1.0615012645721436,
             0.593023955821991,
             0.6023737192153931,
             0.0,
             0.32376202940940857,
             0.04590269923210144,
             0.7076690793037415,
             0.0460042729973793,
             1.177173137664795,
             0.11244992911815643,
             0.9387195110321045,
             0.0,
             0.12689214944839478,
             0.3376559019088745,
             0.40547001361846924,
             0.3384030759334564,
             0.5897663235664368,
             0.8271709680557251,
             0.6817569732666016,
             0.0,
             0.08246752619743347,
             0.06000163406133652,
             0.8564596176147461,
             0.5787978172302246,
             1.1360399723052979,
             0.39879822731018066,
             0.4050857424736023,
             0.0,
             0.0802486464381218,
             0.011377583257853985,
             0.8690866827964783,
             0.1097523421049118,
             1.4495694637298584,
             0.0756206065416336,
             0.6312723755836487,
             0.0,
             0.03145187348127365,
             0.08369242399930954,
             0.37237587571144104,
             0.8073278069496155,
             0.8744456768035889,
             0.556257963180542,
             0.45846959948539734,
             0.0,
             0.0,
             0.0,
             0.0,
             0.0,
             0.0,
             0.0,
             0.0,
             0.0,
             0.05494653806090355,
             0.0034586030524224043,
             0.7153855562210083,
             0.04389362782239914,
             0.869132936000824,
             0.04028744250535965,
             0.21026825904846191,
             0.0,
             0.04203145205974579,
             0.02203426882624626,
             0.5411697030067444,
             0.2796400785446167,
             0.5878635048866272,
             0.25666558742523193,
             0.0901883915066719,
             0.0,
             0.015911730006337166,
             0.023744819685816765,
             0.21005792915821075,
             0.30134889483451843,
             0.2883978486061096,
             0.27659088373184204,
             0.09458412230014801,
             0.0,
             0.3785804808139801,
             0.02382970042526722,
             0.5037901997566223,
             0.0238824300467968,
             1.0520728826522827,
             0.05837669596076012,
             0.3046796917915344,
             0.0,
             0.2895958125591278,
             0.15181563794612885,
             0.3435823321342468,
             0.15215156972408295,
             0.7628997564315796,
             0.37190964818000793,
             0.13068340718746185,
             0.0,
             0.1096314787864685,
             0.16360129415988922,
             0.16581982374191284,
             0.16396330296993256,
             0.3246387541294098,
             0.400781512260437,
             0.13705284893512726,
             0.0,
             0.09383610635995865,
             0.00590650225058198,
             0.9360047578811646,
             0.05697628855705261,
             0.9210482239723206,
             0.03925730288028717,
             0.20489174127578735,
             0.0,
             0.07178010046482086,
             0.03762948885560036,
             0.7056396007537842,
             0.36298784613609314,
             0.6046316623687744,
             0.2501027286052704,
             0.08788229525089264,
             0.0,
             0.027173593640327454,
             0.04055071249604225,
             0.27599334716796875,
             0.3911670744419098,
             0.3143731355667114,
             0.26951852440834045,
             0.09216563403606415,
             0.0,
             0.0,
             0.0,
             0.0,
             0.0,
             0.0,
             0.0,
             0.0,
             0.0},
            18);
  // The last row (outputSizes 10 past the calculated 9) and the last
  // column (8 past 7) get no contribution.
  for (int64_t c = 0; c < 2; ++c)
    for (int64_t x = 0; x < 8; ++x)
      EXPECT_EQ(outputs[0].getDouble((c * 10 + 9) * 8 + x), 0.0);
}

TEST(ConvPoolKernels, ConvTranspose2dLayoutsMatchReference) {
  ConvParams p;
  p.padding[0] = 1, p.padding[1] = 0, p.padding[2] = 0, p.padding[3] = 2;
  p.strides[0] = 2, p.strides[1] = 3;
  p.dilations[0] = 2, p.dilations[1] = 1;
  p.groups = 2;
  // Input 1x4x3x4, filter iohw 4x3x2x3 (3 outputs per group, 6 in all).
  // Height: (3-1)*2 + (2-1)*2 + 1 - 1 - 0 = 6, +1 outputPadding = 7.
  // Width: (4-1)*3 + (3-1)*1 + 1 - 0 - 2 = 10, +2 outputPadding = 12.
  for (const char *inputLayout : {"nchw", "nhwc"})
    for (const char *filterLayout : {"iohw", "hwoi", "ohwi"})
      checkConvTranspose2d({1, 4, 3, 4}, {4, 3, 2, 3}, p, 7, 12,
                           ", outputPadding = array<i64: 1, 2>", inputLayout,
                           filterLayout, /*withBias=*/true);
  // outputSizes instead (within one stride above 6x10).
  checkConvTranspose2d({2, 4, 3, 4}, {4, 3, 2, 3}, p, 6, 11,
                       ", outputSizes = array<i64: 6, 11>", "nchw", "iohw",
                       false);
}

//===----------------------------------------------------------------------===//
// Pooling
//===----------------------------------------------------------------------===//

namespace {
/// The 1x2x5x5 input of the WPT averagePool2d cases.
std::vector<double> wptAveragePoolInput() {
  return {22.975555419921875, 78.15438079833984,  9.686111450195312,
          51.298038482666016, 32.193084716796875, 87.65037536621094,
          87.25082397460938,  39.49794006347656,  80.0996322631836,
          10.220142364501953, 52.602699279785156, 1.4128639698028564,
          11.95406436920166,  85.00074768066406,  64.78374481201172,
          88.03128814697266,  11.333850860595703, 70.61659240722656,
          84.90442657470703,  79.06687927246094,  7.3287248611450195,
          35.97796630859375,  10.177306175231934, 1.4140757322311401,
          78.10037994384766,  91.59549713134766,  65.64701080322266,
          55.14215087890625,  18.432437896728516, 49.34624099731445,
          15.648024559020996, 68.02723693847656,  20.342548370361328,
          26.727949142456055, 64.87446594238281,  46.5671501159668,
          79.57833099365234,  4.33846378326416,   38.183837890625,
          45.25398254394531,  80.9718017578125,   67.58124542236328,
          6.0264997482299805, 29.7788143157959,   58.58993148803711,
          2.2384984493255615, 14.50549030303955,  68.72449493408203,
          76.45657348632812,  23.53263282775879};
}
} // namespace

// WPT "averagePool2d float32 4D tensor options.padding": the padding does
// not count in the average (52.4366... = sum of 20 elements / 20).
TEST(ConvPoolKernels, AveragePool2dExcludesPaddingWpt) {
  GraphRunner runner;
  auto outputs = runner.run(
      R"mlir(
    func.func @g(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x2x2xf32> {
      %0 = webnn.averagePool2d %x {padding = array<i64: 1, 0, 0, 1>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x2x2xf32>
      return %0 : tensor<1x2x2x2xf32>
    })mlir",
      {makeTensor(DataType::Float32, {1, 2, 5, 5}, wptAveragePoolInput())});
  ASSERT_EQ(outputs.size(), 1u);
  expectUlp(outputs[0],
            {52.43666076660156, 49.84208297729492, 47.26926803588867,
             46.15715408325195, 46.63268280029297, 43.616947174072266,
             44.72445297241211, 44.05451583862305},
            27);
}

// WPT "averagePool2d float32 4D tensor options.layout=nhwc and
// options.roundingType=ceil": windows past the padded input (ceil) do not
// count either.
TEST(ConvPoolKernels, AveragePool2dCeilNhwcWpt) {
  std::vector<double> nchw = wptAveragePoolInput();
  GraphRunner runner;
  auto outputs = runner.run(
      R"mlir(
    func.func @g(%x: tensor<1x5x5x2xf32>) -> tensor<1x3x3x2xf32> {
      %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 3>, padding = array<i64: 1, 0, 0, 1>, strides = array<i64: 2, 2>, layout = #webnn.input_layout<nhwc>, outputShapeRounding = #webnn.rounding_type<ceil>} : (tensor<1x5x5x2xf32>) -> tensor<1x3x3x2xf32>
      return %0 : tensor<1x3x3x2xf32>
    })mlir",
      {makeTensor(DataType::Float32, {1, 5, 5, 2},
                  permuteValues(nchw, {1, 2, 5, 5}, "nchw", "nhwc"))});
  ASSERT_EQ(outputs.size(), 1u);
  std::vector<double> expected = {
      54.20252990722656,  37.16582489013672, 21.206613540649414,
      50.038944244384766, 58.46046447753906, 51.3569221496582,
      37.24428939819336,  54.04661178588867, 78.58363342285156,
      52.73374557495117,  39.1442985534668,  57.1103515625,
      43.23125457763672,  32.67961120605469, 56.23945999145508,
      40.00800323486328,  43.85149002075195, 41.061283111572266};
  expectUlp(outputs[0], permuteValues(expected, {1, 2, 3, 3}, "nchw", "nhwc"),
            11);
}

TEST(ConvPoolKernels, AveragePool2dFloat16Global) {
  GraphRunner runner;
  auto outputs =
      runner.run(R"mlir(
    func.func @g(%x: tensor<1x1x2x2xf16>) -> tensor<1x1x1x1xf16> {
      %0 = webnn.averagePool2d %x : (tensor<1x1x2x2xf16>) -> tensor<1x1x1x1xf16>
      return %0 : tensor<1x1x1x1xf16>
    })mlir",
                 {makeTensor(DataType::Float16, {1, 1, 2, 2}, {1, 2, 3, 4.5})});
  ASSERT_EQ(outputs.size(), 1u);
  expectNear(outputs[0], {2.625});
}

// A window entirely in the padding has no element to average: 0 / 0.
TEST(ConvPoolKernels, PoolingEmptyWindows) {
  GraphRunner runner;
  auto outputs =
      runner.run(R"mlir(
    func.func @g(%x: tensor<1x1x1x2xf32>, %y: tensor<1x1x1x2xi8>) -> (tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xi8>) {
      %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 1, 1>, padding = array<i64: 0, 0, 1, 1>} : (tensor<1x1x1x2xf32>) -> tensor<1x1x1x4xf32>
      %1 = webnn.l2Pool2d %x {windowDimensions = array<i64: 1, 1>, padding = array<i64: 0, 0, 1, 1>} : (tensor<1x1x1x2xf32>) -> tensor<1x1x1x4xf32>
      %2 = webnn.maxPool2d %x {windowDimensions = array<i64: 1, 1>, padding = array<i64: 0, 0, 1, 1>} : (tensor<1x1x1x2xf32>) -> tensor<1x1x1x4xf32>
      %3 = webnn.maxPool2d %y {windowDimensions = array<i64: 1, 1>, padding = array<i64: 0, 0, 1, 1>} : (tensor<1x1x1x2xi8>) -> tensor<1x1x1x4xi8>
      return %0, %1, %2, %3 : tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xi8>
    })mlir",
                 {makeTensor(DataType::Float32, {1, 1, 1, 2}, {-3, 4}),
                  makeTensor(DataType::Int8, {1, 1, 1, 2}, {-3, 4})});
  ASSERT_EQ(outputs.size(), 4u);
  std::vector<double> average = values(outputs[0]);
  EXPECT_TRUE(std::isnan(average[0]));
  EXPECT_EQ(average[1], -3);
  EXPECT_EQ(average[2], 4);
  EXPECT_TRUE(std::isnan(average[3]));
  expectNear(outputs[1], {0, 3, 4, 0});
  double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(values(outputs[2]), std::vector<double>({-inf, -3, 4, -inf}));
  EXPECT_EQ(values(outputs[3]), std::vector<double>({-128, -3, 4, -128}));
}

// WPT "l2Pool2d float32 4D tensor options.padding".
TEST(ConvPoolKernels, L2Pool2dPaddingWpt) {
  GraphRunner runner;
  auto outputs = runner.run(
      R"mlir(
    func.func @g(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x2x2xf32> {
      %0 = webnn.l2Pool2d %x {padding = array<i64: 1, 0, 0, 1>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x2x2xf32>
      return %0 : tensor<1x2x2x2xf32>
    })mlir",
      {makeTensor(DataType::Float32, {1, 2, 5, 5},
                  {94.07447814941406,   76.55464172363281,   62.71847152709961,
                   83.8726577758789,    73.10235595703125,   41.52470779418945,
                   39.3339729309082,    86.59486389160156,   23.09039306640625,
                   53.650146484375,     0.00902052316814661, 42.78899383544922,
                   81.03960418701172,   33.48585510253906,   33.67196273803711,
                   0.42822372913360596, 80.07991790771484,   5.929991722106934,
                   48.89164733886719,   15.282920837402344,  13.335721969604492,
                   39.06557846069336,   97.06050109863281,   83.68133544921875,
                   21.79571533203125,   52.027313232421875,  6.397815227508545,
                   84.54785919189453,   18.622516632080078,  34.10626220703125,
                   73.96932220458984,   36.1437873840332,    60.73781967163086,
                   55.09187316894531,   63.8924446105957,    59.36124038696289,
                   50.91202926635742,   50.339813232421875,  59.31963348388672,
                   70.78031921386719,   35.56179428100586,   82.53382873535156,
                   7.572360038757324,   61.90089416503906,   14.084012985229492,
                   90.86540985107422,   39.56248474121094,   67.77167510986328,
                   69.69512176513672,   89.54518127441406})});
  ASSERT_EQ(outputs.size(), 1u);
  expectUlp(outputs[0],
            {254.81358337402344, 233.14259338378906, 289.01953125,
             269.777587890625, 241.52200317382812, 212.99337768554688,
             292.6146545410156, 253.77178955078125},
            27);
}

// With "ceil" rounding the last window holds fewer elements; the L2 norm is
// still the square root of their sum of squares. (The WPT cases
// "l2Pool2d float32 4D tensor options.roundingType=ceil" and "...
// options.outputSizes ignores options.roundingType=floor" expect the sum of
// squares, without the root, for windows of two elements: a bug of the
// webnn-baseline reference they were generated with, fixed by
// webmachinelearning/webnn-baseline#125, Chromium issue 383232123.)
TEST(ConvPoolKernels, L2Pool2dCeilPartialWindows) {
  GraphRunner runner;
  auto outputs = runner.run(
      R"mlir(
    func.func @g(%x: tensor<1x1x1x5xf32>) -> tensor<1x1x1x3xf32> {
      %0 = webnn.l2Pool2d %x {windowDimensions = array<i64: 1, 2>, strides = array<i64: 1, 2>, outputShapeRounding = #webnn.rounding_type<ceil>} : (tensor<1x1x1x5xf32>) -> tensor<1x1x1x3xf32>
      return %0 : tensor<1x1x1x3xf32>
    })mlir",
      {makeTensor(DataType::Float32, {1, 1, 1, 5}, {3, 4, -5, 12, -7})});
  ASSERT_EQ(outputs.size(), 1u);
  expectNear(outputs[0], {5, 13, 7});
}

TEST(ConvPoolKernels, MaxPool2dDilationsStrides) {
  // 1x1x5x5 = 0..24 but for [0, 0] = 50 and [0, 1] = 99, which no dilated
  // window reads; window 2x2 dilated by 2 (covers 3x3), strides 2.
  std::vector<double> input(25);
  for (int i = 0; i < 25; ++i)
    input[i] = i;
  input[0] = 50;
  input[1] = 99;
  GraphRunner runner;
  auto outputs =
      runner.run(R"mlir(
    func.func @g(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x2x2xf32> {
      %0 = webnn.maxPool2d %x {windowDimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>, dilations = array<i64: 2, 2>} : (tensor<1x1x5x5xf32>) -> tensor<1x1x2x2xf32>
      return %0 : tensor<1x1x2x2xf32>
    })mlir",
                 {makeTensor(DataType::Float32, {1, 1, 5, 5}, input)});
  ASSERT_EQ(outputs.size(), 1u);
  // Window at (0,0) reads (0,0),(0,2),(2,0),(2,2) = 50, 2, 10, 12.
  // (0,1): (0,2),(0,4),(2,2),(2,4) = 2, 4, 12, 14.
  // (1,0): (2,0),(2,2),(4,0),(4,2) = 10, 12, 20, 22.
  // (1,1): (2,2),(2,4),(4,2),(4,4) = 12, 14, 22, 24.
  expectNear(outputs[0], {50, 14, 22, 24});
}

TEST(ConvPoolKernels, MaxPool2dIntegerTypes) {
  GraphRunner runner;
  auto outputs = runner.run(
      R"mlir(
    func.func @g(%a: tensor<1x1x2x2xi64>, %b: tensor<1x1x2x2xui64>, %c: tensor<1x2x2x1xi4>, %d: tensor<1x1x2x2xui8>, %e: tensor<1x1x2x2xf16>) -> (tensor<1x1x1x1xi64>, tensor<1x1x1x1xui64>, tensor<1x1x2x1xi4>, tensor<1x1x1x1xui8>, tensor<1x1x1x1xf16>) {
      %0 = webnn.maxPool2d %a : (tensor<1x1x2x2xi64>) -> tensor<1x1x1x1xi64>
      %1 = webnn.maxPool2d %b : (tensor<1x1x2x2xui64>) -> tensor<1x1x1x1xui64>
      %2 = webnn.maxPool2d %c {layout = #webnn.input_layout<nhwc>, windowDimensions = array<i64: 2, 1>} : (tensor<1x2x2x1xi4>) -> tensor<1x1x2x1xi4>
      %3 = webnn.maxPool2d %d : (tensor<1x1x2x2xui8>) -> tensor<1x1x1x1xui8>
      %4 = webnn.maxPool2d %e : (tensor<1x1x2x2xf16>) -> tensor<1x1x1x1xf16>
      return %0, %1, %2, %3, %4 : tensor<1x1x1x1xi64>, tensor<1x1x1x1xui64>, tensor<1x1x2x1xi4>, tensor<1x1x1x1xui8>, tensor<1x1x1x1xf16>
    })mlir",
      [] {
        // int64 values that differ only beyond 2^53.
        Tensor a(DataType::Int64, {1, 1, 2, 2});
        a.setInt64(0, (int64_t(1) << 60) + 1);
        a.setInt64(1, (int64_t(1) << 60) + 3);
        a.setInt64(2, (int64_t(1) << 60) + 2);
        a.setInt64(3, std::numeric_limits<int64_t>::min());
        Tensor b(DataType::Uint64, {1, 1, 2, 2});
        b.data<uint64_t>()[0] = 1;
        b.data<uint64_t>()[1] = std::numeric_limits<uint64_t>::max();
        b.data<uint64_t>()[2] = std::numeric_limits<uint64_t>::max() - 1;
        b.data<uint64_t>()[3] = 0;
        return std::vector<Tensor>{
            a, b, makeTensor(DataType::Int4, {1, 2, 2, 1}, {-8, 7, -3, -5}),
            makeTensor(DataType::Uint8, {1, 1, 2, 2}, {200, 255, 0, 17}),
            makeTensor(DataType::Float16, {1, 1, 2, 2},
                       {-65504, 0.0999755859375, -1, 0.0999})};
      }());
  ASSERT_EQ(outputs.size(), 5u);
  EXPECT_EQ(outputs[0].getInt64(0), (int64_t(1) << 60) + 3);
  EXPECT_EQ(outputs[1].data<uint64_t>()[0],
            std::numeric_limits<uint64_t>::max());
  EXPECT_EQ(values(outputs[2]), std::vector<double>({-3, 7}));
  EXPECT_EQ(values(outputs[3]), std::vector<double>({255}));
  // The float16 maximum is stored exactly.
  EXPECT_EQ(outputs[4].data<Half>()[0].bits,
            Half::fromDouble(0.0999755859375).bits);
}

TEST(ConvPoolKernels, MaxPool2dPropagatesNaN) {
  GraphRunner runner;
  double nan = std::numeric_limits<double>::quiet_NaN();
  auto outputs =
      runner.run(R"mlir(
    func.func @g(%x: tensor<1x1x1x4xf32>) -> tensor<1x1x1x2xf32> {
      %0 = webnn.maxPool2d %x {windowDimensions = array<i64: 1, 2>, strides = array<i64: 1, 2>} : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x2xf32>
      return %0 : tensor<1x1x1x2xf32>
    })mlir",
                 {makeTensor(DataType::Float32, {1, 1, 1, 4}, {1, nan, 5, 2})});
  ASSERT_EQ(outputs.size(), 1u);
  EXPECT_TRUE(std::isnan(outputs[0].getDouble(0)));
  EXPECT_EQ(outputs[0].getDouble(1), 5);
}

//===----------------------------------------------------------------------===//
// gemm
//===----------------------------------------------------------------------===//

// WPT "gemm two float16 2D tensors all options" (alpha, beta, both
// transposes, c).
TEST(ConvPoolKernels, GemmFloat16AllOptionsWpt) {
  GraphRunner runner;
  auto outputs = runner.run(
      R"mlir(func.func @g(%inputA: tensor<4x3xf16>, %inputB: tensor<5x4xf16>, %inputC: tensor<3x5xf16>) -> tensor<3x5xf16> {
  %0 = webnn.gemm %inputA, %inputB c(%inputC) {alpha = 74.43204170482103 : f32, beta = 62.01828598608989 : f32, aTranspose = true, bTranspose = true} : (tensor<4x3xf16>, tensor<5x4xf16>, tensor<3x5xf16>) -> tensor<3x5xf16>
  return %0 : tensor<3x5xf16>
})mlir",
      {makeTensor(DataType::Float16, {4, 3},
                  {0.5048828125, 0.583984375, 0.11492919921875, 0.66845703125,
                   0.5654296875, 0.470458984375, 0.76904296875,
                   0.03497314453125, 0.76904296875, 0.413330078125,
                   0.300537109375, 0.73779296875}),
       makeTensor(
           DataType::Float16, {5, 4},
           {0.84814453125,    0.861328125,    0.9736328125,  0.7001953125,
            0.06622314453125, 0.79541015625,  0.5458984375,  0.712890625,
            0.58642578125,    0.219970703125, 0.92236328125, 0.09332275390625,
            0.1328125,        0.25439453125,  0.857421875,   0.794921875,
            0.60009765625,    0.422119140625, 0.5068359375,  0.1951904296875}),
       makeTensor(DataType::Float16, {3, 5},
                  {0.79150390625, 0.434326171875, 0.432861328125, 0.85205078125,
                   0.314453125, 0.07110595703125, 0.8798828125,
                   0.037017822265625, 0.68798828125, 0.84765625, 0.859375,
                   0.285400390625, 0.63720703125, 0.6015625, 0.96826171875})});
  ASSERT_EQ(outputs.size(), 1u);
  expectUlp(outputs[0],
            {201.125, 122.1875, 115.5, 144.0, 98.0625, 95.75, 108.3125,
             41.53125, 79.1875, 102.125, 184.875, 116.5, 110.1875, 140.125,
             119.6875},
            11);
}

TEST(ConvPoolKernels, GemmBroadcastsCAndScales) {
  // A = [[1, 2], [3, 4]], B = [[5, 6], [7, 8]] given transposed; c [2, 1].
  GraphRunner runner;
  auto outputs =
      runner.run(R"mlir(
    func.func @g(%a: tensor<2x2xf32>, %b: tensor<2x2xf32>, %c: tensor<2x1xf32>, %s: tensor<f32>) -> (tensor<2x2xf32>, tensor<2x2xf32>) {
      %0 = webnn.gemm %a, %b c(%c) {alpha = 2.0 : f32, beta = -1.0 : f32, bTranspose = true} : (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x1xf32>) -> tensor<2x2xf32>
      %1 = webnn.gemm %a, %b c(%s) {aTranspose = true} : (tensor<2x2xf32>, tensor<2x2xf32>, tensor<f32>) -> tensor<2x2xf32>
      return %0, %1 : tensor<2x2xf32>, tensor<2x2xf32>
    })mlir",
                 {makeTensor(DataType::Float32, {2, 2}, {1, 2, 3, 4}),
                  makeTensor(DataType::Float32, {2, 2}, {5, 7, 6, 8}),
                  makeTensor(DataType::Float32, {2, 1}, {100, 1000}),
                  makeTensor(DataType::Float32, {}, {0.5})});
  ASSERT_EQ(outputs.size(), 2u);
  // A*B = [[19, 22], [43, 50]]; 2*AB - c.
  expectNear(outputs[0], {-62, -56, -914, -900});
  // A^T * b (b as given) = [[1,3],[2,4]] * [[5,7],[6,8]] + 0.5.
  expectNear(outputs[1], {23.5, 31.5, 34.5, 46.5});
}

//===----------------------------------------------------------------------===//
// matmul
//===----------------------------------------------------------------------===//

TEST(ConvPoolKernels, MatmulBroadcastsBatch) {
  // a: [2, 1, 1, 2], b: [3, 2, 1] -> [2, 3, 1, 1].
  GraphRunner runner;
  auto outputs = runner.run(
      R"mlir(
    func.func @g(%a: tensor<2x1x1x2xf32>, %b: tensor<3x2x1xf32>) -> tensor<2x3x1x1xf32> {
      %0 = webnn.matmul %a, %b : (tensor<2x1x1x2xf32>, tensor<3x2x1xf32>) -> tensor<2x3x1x1xf32>
      return %0 : tensor<2x3x1x1xf32>
    })mlir",
      {makeTensor(DataType::Float32, {2, 1, 1, 2}, {1, 2, 3, 4}),
       makeTensor(DataType::Float32, {3, 2, 1}, {1, 10, 100, 1000, -1, 1})});
  ASSERT_EQ(outputs.size(), 1u);
  expectNear(outputs[0], {21, 2100, 1, 43, 4300, 1});
}

// WPT "matmul float16 3D and 2D tensors".
TEST(ConvPoolKernels, MatmulFloat16Wpt) {
  GraphRunner runner;
  auto outputs = runner.run(
      R"mlir(func.func @g(%inputA: tensor<2x3x4xf16>, %inputB: tensor<4x1xf16>) -> tensor<2x3x1xf16> {
  %0 = webnn.matmul %inputA, %inputB : (tensor<2x3x4xf16>, tensor<4x1xf16>) -> tensor<2x3x1xf16>
  return %0 : tensor<2x3x1xf16>
})mlir",
      {makeTensor(DataType::Float16, {2, 3, 4},
                  {56.46875,  99.875,   71.0625, 32.46875,  17.3125,
                   2.5859375, 92.3125,  97.0,    26.46875,  77.6875,
                   29.28125,  82.125,   89.875,  82.5,      64.375,
                   23.765625, 6.671875, 81.5625, 16.140625, 57.4375,
                   26.828125, 85.0,     36.1875, 89.625}),
       makeTensor(DataType::Float16, {4, 1},
                  {27.828125, 83.125, 34.40625, 83.1875})});
  ASSERT_EQ(outputs.size(), 1u);
  expectUlp(outputs[0], {15016.0, 11944.0, 15032.0, 13552.0, 12296.0, 16512.0},
            8);
}
