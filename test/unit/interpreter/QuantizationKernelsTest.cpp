// Interpreter kernels of the Quantization ops.
#include "InterpreterTestUtils.h"

#include <cmath>
#include <limits>

using namespace webnnc::interp;
using namespace webnnc::interp::testing;

namespace {

/// |actual - expected| <= relative * max(1, |expected|); the WPT cases
/// allow 1 ULP on float32 results.
void expectClose(const Tensor &actual, llvm::ArrayRef<double> expected,
                 double relative = 1e-5) {
  ASSERT_EQ(actual.getNumElements(), static_cast<int64_t>(expected.size()));
  for (size_t i = 0; i < expected.size(); ++i)
    EXPECT_NEAR(actual.getDouble(static_cast<int64_t>(i)), expected[i],
                relative * std::max(1.0, std::abs(expected[i])))
        << "element " << i;
}

} // namespace

// WPT cases translated below (the lead's harness runs them all). Not here:
// the cases whose scale has a lower rank than the input (e.g. scale [2] for
// input [3, 4]), which the dialect rejects (spec: "If scale's rank ... is
// not equal to input's rank, then throw a TypeError"), and quantizeLinear
// case 7, which expects -1 where roundEven(4.2801) + (-4) = 0 (its 1-ULP
// tolerance accepts 0).
// WPT quantizeLinear.json: "quantizeLinear float32 0D scalar tensor with int8 scalar zeroPoint"
TEST(QuantizationKernels, Wpt0_quantizeLinear_float32_0D_scalar_tensor_with_int8_scalar_zeroPoint) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%quantizeLinearInput: tensor<f32>, %quantizeLinearScale: tensor<f32>, %quantizeLinearZeroPoint: tensor<i8>) -> tensor<i8> {
      %res = webnn.quantizeLinear %quantizeLinearInput, %quantizeLinearScale, %quantizeLinearZeroPoint : (tensor<f32>, tensor<f32>, tensor<i8>) -> tensor<i8>
      return %res : tensor<i8>
    })mlir",
      {
       makeTensor(DataType::Float32, {}, {10.794857501983643}),
       makeTensor(DataType::Float32, {}, {1.1202747821807861}),
       makeTensor(DataType::Int8, {}, {1})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {11});
}

// WPT quantizeLinear.json: "quantizeLinear float32 1D constant tensor"
TEST(QuantizationKernels, Wpt1_quantizeLinear_float32_1D_constant_tensor) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%quantizeLinearInput: tensor<4xf32>, %quantizeLinearScale: tensor<4xf32>, %quantizeLinearZeroPoint: tensor<4xui8>) -> tensor<4xui8> {
      %res = webnn.quantizeLinear %quantizeLinearInput, %quantizeLinearScale, %quantizeLinearZeroPoint : (tensor<4xf32>, tensor<4xf32>, tensor<4xui8>) -> tensor<4xui8>
      return %res : tensor<4xui8>
    })mlir",
      {
       makeTensor(DataType::Float32, {4}, {-2.549168109893799, -4.794857501983643, 8.413617134094238, 6.108623504638672}),
       makeTensor(DataType::Float32, {4}, {9.343092918395996, 0.2800687253475189, 4.617084980010986, 1.1202747821807861}),
       makeTensor(DataType::Uint8, {4}, {128, 128, 128, 128})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {128, 111, 130, 133});
}

// WPT quantizeLinear.json: "quantizeLinear float32 1D constant tensor with negative scale"
TEST(QuantizationKernels, Wpt2_quantizeLinear_float32_1D_constant_tensor_with_negative_scale) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%quantizeLinearInput: tensor<4xf32>, %quantizeLinearScale: tensor<4xf32>, %quantizeLinearZeroPoint: tensor<4xui8>) -> tensor<4xui8> {
      %res = webnn.quantizeLinear %quantizeLinearInput, %quantizeLinearScale, %quantizeLinearZeroPoint : (tensor<4xf32>, tensor<4xf32>, tensor<4xui8>) -> tensor<4xui8>
      return %res : tensor<4xui8>
    })mlir",
      {
       makeTensor(DataType::Float32, {4}, {-2.549168109893799, -4.794857501983643, 8.413617134094238, 6.108623504638672}),
       makeTensor(DataType::Float32, {4}, {9.343092918395996, 0.2800687253475189, -4.617084980010986, 1.1202747821807861}),
       makeTensor(DataType::Uint8, {4}, {128, 128, 128, 128})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {128, 111, 126, 133});
}

// WPT quantizeLinear.json: "quantizeLinear float32 tensor with int4 zeroPoint which has even size"
TEST(QuantizationKernels, Wpt8_quantizeLinear_float32_tensor_with_int4_zeroPoint_which_has_even_size) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%quantizeLinearInput: tensor<2xf32>, %quantizeLinearScale: tensor<2xf32>, %quantizeLinearZeroPoint: tensor<2xi4>) -> tensor<2xi4> {
      %res = webnn.quantizeLinear %quantizeLinearInput, %quantizeLinearScale, %quantizeLinearZeroPoint : (tensor<2xf32>, tensor<2xf32>, tensor<2xi4>) -> tensor<2xi4>
      return %res : tensor<2xi4>
    })mlir",
      {
       makeTensor(DataType::Float32, {2}, {4.794857501983643, 3.23434354545}),
       makeTensor(DataType::Float32, {2}, {1.1202747821807861, 1.1202747821807861}),
       makeTensor(DataType::Int4, {2}, {-6, -5})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {-2, -2});
}

// WPT quantizeLinear.json: "quantizeLinear float32 tensor with uint4 zeroPoint which has even size"
TEST(QuantizationKernels, Wpt12_quantizeLinear_float32_tensor_with_uint4_zeroPoint_which_has_even_size) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%quantizeLinearInput: tensor<2xf32>, %quantizeLinearScale: tensor<2xf32>, %quantizeLinearZeroPoint: tensor<2xui4>) -> tensor<2xui4> {
      %res = webnn.quantizeLinear %quantizeLinearInput, %quantizeLinearScale, %quantizeLinearZeroPoint : (tensor<2xf32>, tensor<2xf32>, tensor<2xui4>) -> tensor<2xui4>
      return %res : tensor<2xui4>
    })mlir",
      {
       makeTensor(DataType::Float32, {2}, {4.794857501983643, 3.23434354545}),
       makeTensor(DataType::Float32, {2}, {1.1202747821807861, 1.1202747821807861}),
       makeTensor(DataType::Uint4, {2}, {1, 5})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {5, 8});
}

// WPT quantizeLinear.json: "quantizeLinear uint4 zeroPoint with block_size = 3"
TEST(QuantizationKernels, Wpt13_quantizeLinear_uint4_zeroPoint_with_block_size_3) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%quantizeLinearInput: tensor<6xf32>, %quantizeLinearScale: tensor<2xf32>, %quantizeLinearZeroPoint: tensor<2xui4>) -> tensor<6xui4> {
      %res = webnn.quantizeLinear %quantizeLinearInput, %quantizeLinearScale, %quantizeLinearZeroPoint : (tensor<6xf32>, tensor<2xf32>, tensor<2xui4>) -> tensor<6xui4>
      return %res : tensor<6xui4>
    })mlir",
      {
       makeTensor(DataType::Float32, {6}, {4.794857501983643, 3.23434354545, 1.794857501983643, 2.23434354545, 4.794857501983643, 3.23434354545}),
       makeTensor(DataType::Float32, {2}, {1.1202747821807861, 1.1202747821807861}),
       makeTensor(DataType::Uint4, {2}, {1, 5})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {5, 4, 3, 7, 9, 8});
}

// WPT dequantizeLinear.json: "dequantizeLinear int8 0D tensor with float32 scalar scale"
TEST(QuantizationKernels, Wpt0_dequantizeLinear_int8_0D_tensor_with_float32_scalar_scale) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%dequantizeLinearInput: tensor<i8>, %dequantizeLinearScale: tensor<f32>, %dequantizeLinearZeroPoint: tensor<i8>) -> tensor<f32> {
      %res = webnn.dequantizeLinear %dequantizeLinearInput, %dequantizeLinearScale, %dequantizeLinearZeroPoint : (tensor<i8>, tensor<f32>, tensor<i8>) -> tensor<f32>
      return %res : tensor<f32>
    })mlir",
      {
       makeTensor(DataType::Int8, {}, {123}),
       makeTensor(DataType::Float32, {}, {1.1202747821807861}),
       makeTensor(DataType::Int8, {}, {3})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {134.43296813964844});
}

// WPT dequantizeLinear.json: "dequantizeLinear uint8 1D constant tensor with negative scale"
TEST(QuantizationKernels, Wpt3_dequantizeLinear_uint8_1D_constant_tensor_with_negative_scale) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%dequantizeLinearInput: tensor<4xui8>, %dequantizeLinearScale: tensor<4xf32>, %dequantizeLinearZeroPoint: tensor<4xui8>) -> tensor<4xf32> {
      %res = webnn.dequantizeLinear %dequantizeLinearInput, %dequantizeLinearScale, %dequantizeLinearZeroPoint : (tensor<4xui8>, tensor<4xf32>, tensor<4xui8>) -> tensor<4xf32>
      return %res : tensor<4xf32>
    })mlir",
      {
       makeTensor(DataType::Uint8, {4}, {12, 24, 35, 123}),
       makeTensor(DataType::Float32, {4}, {9.343092918395996, 0.2800687253475189, -4.617084980010986, 1.1202747821807861}),
       makeTensor(DataType::Uint8, {4}, {128, 128, 128, 128})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {-1083.798828125, -29.127147674560547, 429.388916015625, -5.601373672485352});
}

// WPT dequantizeLinear.json: "dequantizeLinear uint8 1D constant tensor with implicit block_size = 2."
TEST(QuantizationKernels, Wpt4_dequantizeLinear_uint8_1D_constant_tensor_with_implicit_block_size_2) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%dequantizeLinearInput: tensor<4xui8>, %dequantizeLinearScale: tensor<2xf32>, %dequantizeLinearZeroPoint: tensor<2xui8>) -> tensor<4xf32> {
      %res = webnn.dequantizeLinear %dequantizeLinearInput, %dequantizeLinearScale, %dequantizeLinearZeroPoint : (tensor<4xui8>, tensor<2xf32>, tensor<2xui8>) -> tensor<4xf32>
      return %res : tensor<4xf32>
    })mlir",
      {
       makeTensor(DataType::Uint8, {4}, {12, 24, 35, 123}),
       makeTensor(DataType::Float32, {2}, {9.343092918395996, -4.617084980010986}),
       makeTensor(DataType::Uint8, {2}, {128, 110})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {-1083.798828125, -971.681640625, 346.2813720703125, -60.0221061706543});
}

// WPT dequantizeLinear.json: "dequantizeLinear int8 4D constant tensor with block_size = [3, 2]"
TEST(QuantizationKernels, Wpt6_dequantizeLinear_int8_4D_constant_tensor_with_block_size_3_2) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%dequantizeLinearInput: tensor<6x4xi8>, %dequantizeLinearScale: tensor<2x2xf32>, %dequantizeLinearZeroPoint: tensor<2x2xi8>) -> tensor<6x4xf32> {
      %res = webnn.dequantizeLinear %dequantizeLinearInput, %dequantizeLinearScale, %dequantizeLinearZeroPoint : (tensor<6x4xi8>, tensor<2x2xf32>, tensor<2x2xi8>) -> tensor<6x4xf32>
      return %res : tensor<6x4xf32>
    })mlir",
      {
       makeTensor(DataType::Int8, {6, 4}, {-124, 0, 23, 122, 12, 23, 45, 36, 67, 78, -22, 0, -34, -45, -56, -67, 89, 30, 12, 23, 56, 67, 56, -12}),
       makeTensor(DataType::Float32, {2, 2}, {0.2800687253475189, -4.617084980010986, 1.280068725347519, -3.617084980010986}),
       makeTensor(DataType::Int8, {2, 2}, {1, 3, 5, 12})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {-35.00859069824219, -0.2800687253475189, -92.3416976928711, -549.43310546875, 3.0807559490203857, 6.1615118980407715, -193.91757202148438, -152.36380004882812, 18.484535217285156, 21.565292358398438, 115.4271240234375, 13.851255416870117, -49.92267990112305, -64.0034408569336, 245.96177673339844, 285.7497253417969, 107.52577209472656, 32.0017204284668, 0, -39.787933349609375, 65.28350830078125, 79.36426544189453, -159.1517333984375, 86.81004333496094});
}

// WPT dequantizeLinear.json: "dequantizeLinear uint4 1D tensor with even input size"
TEST(QuantizationKernels, Wpt7_dequantizeLinear_uint4_1D_tensor_with_even_input_size) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%dequantizeLinearInput: tensor<2xui4>, %dequantizeLinearScale: tensor<2xf32>, %dequantizeLinearZeroPoint: tensor<2xui4>) -> tensor<2xf32> {
      %res = webnn.dequantizeLinear %dequantizeLinearInput, %dequantizeLinearScale, %dequantizeLinearZeroPoint : (tensor<2xui4>, tensor<2xf32>, tensor<2xui4>) -> tensor<2xf32>
      return %res : tensor<2xf32>
    })mlir",
      {
       makeTensor(DataType::Uint4, {2}, {15, 0}),
       makeTensor(DataType::Float32, {2}, {1.1202747821807861, 1.1202747821807861}),
       makeTensor(DataType::Uint4, {2}, {0, 1})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {16.804121017456055, -1.1202747821807861});
}

// WPT dequantizeLinear.json: "dequantizeLinear int4 1D tensor with even size"
TEST(QuantizationKernels, Wpt11_dequantizeLinear_int4_1D_tensor_with_even_size) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%dequantizeLinearInput: tensor<2xi4>, %dequantizeLinearScale: tensor<2xf32>, %dequantizeLinearZeroPoint: tensor<2xi4>) -> tensor<2xf32> {
      %res = webnn.dequantizeLinear %dequantizeLinearInput, %dequantizeLinearScale, %dequantizeLinearZeroPoint : (tensor<2xi4>, tensor<2xf32>, tensor<2xi4>) -> tensor<2xf32>
      return %res : tensor<2xf32>
    })mlir",
      {
       makeTensor(DataType::Int4, {2}, {-8, -3}),
       makeTensor(DataType::Float32, {2}, {1.1202747821807861, 1.1202747821807861}),
       makeTensor(DataType::Int4, {2}, {0, -2})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {-8.962198257446289, -1.1202747821807861});
}

// WPT dequantizeLinear.json: "dequantizeLinear int4 1D tensor with odd size"
TEST(QuantizationKernels, Wpt12_dequantizeLinear_int4_1D_tensor_with_odd_size) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%dequantizeLinearInput: tensor<3xi4>, %dequantizeLinearScale: tensor<1xf32>, %dequantizeLinearZeroPoint: tensor<1xi4>) -> tensor<3xf32> {
      %res = webnn.dequantizeLinear %dequantizeLinearInput, %dequantizeLinearScale, %dequantizeLinearZeroPoint : (tensor<3xi4>, tensor<1xf32>, tensor<1xi4>) -> tensor<3xf32>
      return %res : tensor<3xf32>
    })mlir",
      {
       makeTensor(DataType::Int4, {3}, {-1, 7, 0}),
       makeTensor(DataType::Float32, {1}, {1.1202747821807861}),
       makeTensor(DataType::Int4, {1}, {-3})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {2.2405495643615723, 11.202747344970703, 3.3608243465423584});
}

// WPT dequantizeLinear.json: "dequantizeLinear int32 1D tensor with float32 scalar scale"
TEST(QuantizationKernels, Wpt14_dequantizeLinear_int32_1D_tensor_with_float32_scalar_scale) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%dequantizeLinearInput: tensor<2xi32>, %dequantizeLinearScale: tensor<2xf32>, %dequantizeLinearZeroPoint: tensor<2xi32>) -> tensor<2xf32> {
      %res = webnn.dequantizeLinear %dequantizeLinearInput, %dequantizeLinearScale, %dequantizeLinearZeroPoint : (tensor<2xi32>, tensor<2xf32>, tensor<2xi32>) -> tensor<2xf32>
      return %res : tensor<2xf32>
    })mlir",
      {
       makeTensor(DataType::Int32, {2}, {12345, 23946213}),
       makeTensor(DataType::Float32, {2}, {1.1202747821807861, 0.2800687253475189}),
       makeTensor(DataType::Int32, {2}, {32345, -2445234})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {-22405.495643615723, 7391418.921366602});
}

// Ties round to even, then the sum saturates to the output type; NaN
// becomes 0 (the emulation's final cast), infinities saturate.
TEST(QuantizationKernels, QuantizeRoundsHalfToEvenAndSaturatesInt8) {
  GraphRunner runner;
  double inf = std::numeric_limits<double>::infinity();
  double nan = std::numeric_limits<double>::quiet_NaN();
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<11xf32>, %s: tensor<1xf32>, %z: tensor<1xi8>) -> tensor<11xi8> {
      %0 = webnn.quantizeLinear %x, %s, %z : (tensor<11xf32>, tensor<1xf32>, tensor<1xi8>) -> tensor<11xi8>
      return %0 : tensor<11xi8>
    })mlir",
      {makeTensor(DataType::Float32, {11},
                  {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 1000, -1000, inf, -inf, nan}),
       makeTensor(DataType::Float32, {1}, {1}),
       makeTensor(DataType::Int8, {1}, {0})});
  ASSERT_EQ(outputs.size(), 1u);
  EXPECT_EQ(values(outputs[0]), std::vector<double>({0, 2, 2, 0, -2, -2, 127,
                                                     -128, 127, -128, 0}));
}

TEST(QuantizationKernels, QuantizeUint8SaturatesAtZero) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<4xf32>, %s: tensor<1xf32>, %z: tensor<1xui8>) -> tensor<4xui8> {
      %0 = webnn.quantizeLinear %x, %s, %z : (tensor<4xf32>, tensor<1xf32>, tensor<1xui8>) -> tensor<4xui8>
      return %0 : tensor<4xui8>
    })mlir",
      {makeTensor(DataType::Float32, {4}, {-300, 1.25, 63.5, 300}),
       makeTensor(DataType::Float32, {1}, {0.5}),
       makeTensor(DataType::Uint8, {1}, {128})});
  ASSERT_EQ(outputs.size(), 1u);
  // -600 + 128 -> 0; 2.5 -> 2 (+128); 127 + 128 -> 255; 600 + 128 -> 255.
  EXPECT_EQ(values(outputs[0]), std::vector<double>({0, 130, 255, 255}));
}

TEST(QuantizationKernels, QuantizeSaturatesInt4AndUint4) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<4xf32>, %s: tensor<1xf32>, %z: tensor<1xi4>, %zu: tensor<1xui4>) -> (tensor<4xi4>, tensor<4xui4>) {
      %0 = webnn.quantizeLinear %x, %s, %z : (tensor<4xf32>, tensor<1xf32>, tensor<1xi4>) -> tensor<4xi4>
      %1 = webnn.quantizeLinear %x, %s, %zu : (tensor<4xf32>, tensor<1xf32>, tensor<1xui4>) -> tensor<4xui4>
      return %0, %1 : tensor<4xi4>, tensor<4xui4>
    })mlir",
      {makeTensor(DataType::Float32, {4}, {-100, 100, 3.5, -2}),
       makeTensor(DataType::Float32, {1}, {1}),
       makeTensor(DataType::Int4, {1}, {-1}),
       makeTensor(DataType::Uint4, {1}, {1})});
  ASSERT_EQ(outputs.size(), 2u);
  EXPECT_EQ(values(outputs[0]), std::vector<double>({-8, 7, 3, -3}));
  EXPECT_EQ(values(outputs[1]), std::vector<double>({0, 15, 5, 0}));
}

// 32-bit zero points add exactly (a float32 addition would round them) and
// saturate to the 32-bit ranges.
TEST(QuantizationKernels, QuantizeInt32AndUint32ZeroPointsAreExact) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2xf32>, %s: tensor<1xf32>, %z: tensor<1xi32>, %zu: tensor<1xui32>) -> (tensor<2xi32>, tensor<2xui32>) {
      %0 = webnn.quantizeLinear %x, %s, %z : (tensor<2xf32>, tensor<1xf32>, tensor<1xi32>) -> tensor<2xi32>
      %1 = webnn.quantizeLinear %x, %s, %zu : (tensor<2xf32>, tensor<1xf32>, tensor<1xui32>) -> tensor<2xui32>
      return %0, %1 : tensor<2xi32>, tensor<2xui32>
    })mlir",
      {makeTensor(DataType::Float32, {2}, {-1, 3}),
       makeTensor(DataType::Float32, {1}, {1}),
       makeTensor(DataType::Int32, {1}, {2147483646}),
       makeTensor(DataType::Uint32, {1}, {4294967290})});
  ASSERT_EQ(outputs.size(), 2u);
  EXPECT_EQ(values(outputs[0]), std::vector<double>({2147483645, 2147483647}));
  EXPECT_EQ(values(outputs[1]), std::vector<double>({4294967289, 4294967293}));
}

TEST(QuantizationKernels, QuantizeFloat16) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2x2xf16>, %s: tensor<1x2xf16>, %z: tensor<1x2xi8>) -> tensor<2x2xi8> {
      %0 = webnn.quantizeLinear %x, %s, %z : (tensor<2x2xf16>, tensor<1x2xf16>, tensor<1x2xi8>) -> tensor<2x2xi8>
      return %0 : tensor<2x2xi8>
    })mlir",
      {makeTensor(DataType::Float16, {2, 2}, {1.0, 3.0, -2.0, 0.75}),
       makeTensor(DataType::Float16, {1, 2}, {0.5, 0.25}),
       makeTensor(DataType::Int8, {1, 2}, {-3, 4})});
  ASSERT_EQ(outputs.size(), 1u);
  EXPECT_EQ(values(outputs[0]), std::vector<double>({-1, 16, -7, 7}));
}

// Blocks of 2 x 2: element (r, c) uses scale and zero point (r / 2, c / 2).
TEST(QuantizationKernels, QuantizeBlockwise2D) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<4x6xf32>, %s: tensor<2x3xf32>, %z: tensor<2x3xi8>) -> tensor<4x6xi8> {
      %0 = webnn.quantizeLinear %x, %s, %z : (tensor<4x6xf32>, tensor<2x3xf32>, tensor<2x3xi8>) -> tensor<4x6xi8>
      return %0 : tensor<4x6xi8>
    })mlir",
      {makeTensor(DataType::Float32, {4, 6},
                  {0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11,
                   12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23}),
       makeTensor(DataType::Float32, {2, 3}, {1, 2, 4, 0.5, 0.25, 8}),
       makeTensor(DataType::Int8, {2, 3}, {0, 10, -10, 5, -5, 100})});
  ASSERT_EQ(outputs.size(), 1u);
  EXPECT_EQ(values(outputs[0]),
            std::vector<double>({0,  1,  11, 12, -9, -9, 6,  7,  14, 14, -8, -7,
                                 29, 31, 51, 55, 102, 102, 41, 43, 75, 79, 103,
                                 103}));
}

// (input - zeroPoint) is exact in integers: int8 extremes, and uint32
// values beyond float32's 2^24 whose difference is small.
TEST(QuantizationKernels, DequantizeExactDifferences) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2xi8>, %s: tensor<1xf32>, %z: tensor<1xi8>, %xu: tensor<2xui32>, %zu: tensor<1xui32>) -> (tensor<2xf32>, tensor<2xf32>) {
      %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<2xi8>, tensor<1xf32>, tensor<1xi8>) -> tensor<2xf32>
      %1 = webnn.dequantizeLinear %xu, %s, %zu : (tensor<2xui32>, tensor<1xf32>, tensor<1xui32>) -> tensor<2xf32>
      return %0, %1 : tensor<2xf32>, tensor<2xf32>
    })mlir",
      {makeTensor(DataType::Int8, {2}, {-128, 127}),
       makeTensor(DataType::Float32, {1}, {0.5}),
       makeTensor(DataType::Int8, {1}, {127}),
       makeTensor(DataType::Uint32, {2}, {4294967295, 4294967291}),
       makeTensor(DataType::Uint32, {1}, {4294967293})});
  ASSERT_EQ(outputs.size(), 2u);
  EXPECT_EQ(values(outputs[0]), std::vector<double>({-127.5, 0}));
  // A float32 emulation would see 4294967296 for all three and give 0.
  EXPECT_EQ(values(outputs[1]), std::vector<double>({1, -1}));
}

// float16 scale: float16 output, rounded once.
TEST(QuantizationKernels, DequantizeFloat16Blockwise3D) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2x2x2xui8>, %s: tensor<1x2x1xf16>, %z: tensor<1x2x1xui8>) -> tensor<2x2x2xf16> {
      %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<2x2x2xui8>, tensor<1x2x1xf16>, tensor<1x2x1xui8>) -> tensor<2x2x2xf16>
      return %0 : tensor<2x2x2xf16>
    })mlir",
      {makeTensor(DataType::Uint8, {2, 2, 2}, {0, 255, 128, 129, 10, 20, 30, 40}),
       makeTensor(DataType::Float16, {1, 2, 1}, {0.1, 3}),
       makeTensor(DataType::Uint8, {1, 2, 1}, {128, 30})});
  ASSERT_EQ(outputs.size(), 1u);
  // 0.1 is 0.0999755859375 in float16; -128 * that = -12.796875 exactly,
  // 127 * that = 12.6968994140625 rounds to 12.6953125.
  expectClose(outputs[0], {-12.796875, 12.6953125, 294, 297, -11.796875,
                           -10.796875, 0, 30},
              0);
}
