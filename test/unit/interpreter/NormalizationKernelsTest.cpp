// Interpreter kernels of the Normalization ops: batchNormalization,
// instanceNormalization, layerNormalization. Expected values follow the
// spec's emulation: scale * (x - mean) / sqrt(variance + epsilon) + bias.
#include "InterpreterTestUtils.h"

using namespace webnnc::interp;
using namespace webnnc::interp::testing;

namespace {
Tensor runOne(llvm::StringRef source, llvm::ArrayRef<Tensor> inputs) {
  GraphRunner runner;
  std::vector<Tensor> outputs = runner.run(source, inputs);
  EXPECT_EQ(outputs.size(), 1u);
  return outputs.empty() ? Tensor() : outputs[0];
}
} // namespace

//===----------------------------------------------------------------------===//
// batchNormalization
//===----------------------------------------------------------------------===//

TEST(NormalizationKernels, BatchNormDefaultAxis) {
  // axis 1 (default), epsilon 1e-5, no scale or bias.
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<1x2x2xf32>, %m: tensor<2xf32>, %v: tensor<2xf32>) -> tensor<1x2x2xf32> {
      %0 = webnn.batchNormalization %x, %m, %v : (tensor<1x2x2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x2xf32>
      return %0 : tensor<1x2x2xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {1, 2, 2}, {1, 2, 3, 4}),
                       makeTensor(DataType::Float32, {2}, {1.5, 3.5}),
                       makeTensor(DataType::Float32, {2}, {0.25, 0.25})});
  expectNear(out, {-0.99998000060, 0.99998000060, -0.99998000060,
                   0.99998000060});
}

TEST(NormalizationKernels, BatchNormLastAxisScaleBiasEpsilon) {
  // "nhwc": axis 3; scale, bias and epsilon given.
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<1x1x2x2xf32>, %m: tensor<2xf32>, %v: tensor<2xf32>, %s: tensor<2xf32>, %b: tensor<2xf32>) -> tensor<1x1x2x2xf32> {
      %0 = webnn.batchNormalization %x, %m, %v scale(%s) bias(%b) {axis = 3 : i64, epsilon = 1.0e-3 : f32} : (tensor<1x1x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x1x2x2xf32>
      return %0 : tensor<1x1x2x2xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {1, 1, 2, 2}, {1, 2, 3, 4}),
                       makeTensor(DataType::Float32, {2}, {2, 3}),
                       makeTensor(DataType::Float32, {2}, {1, 4}),
                       makeTensor(DataType::Float32, {2}, {2, 0.5}),
                       makeTensor(DataType::Float32, {2}, {10, -10})});
  expectNear(out, {8.00099925067, -10.2499687559, 11.9990007493,
                   -9.75003124414},
             1e-5);
}

TEST(NormalizationKernels, BatchNormFloat16BiasOnly) {
  // Only bias: it is operand #3 (no scale before it).
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2x2xf16>, %m: tensor<2xf16>, %v: tensor<2xf16>, %b: tensor<2xf16>) -> tensor<2x2xf16> {
      %0 = webnn.batchNormalization %x, %m, %v bias(%b) : (tensor<2x2xf16>, tensor<2xf16>, tensor<2xf16>, tensor<2xf16>) -> tensor<2x2xf16>
      return %0 : tensor<2x2xf16>
    })mlir",
                      {makeTensor(DataType::Float16, {2, 2}, {0.5, -1, 2, 3}),
                       makeTensor(DataType::Float16, {2}, {1, 1}),
                       makeTensor(DataType::Float16, {2}, {2, 0.5}),
                       makeTensor(DataType::Float16, {2}, {0.25, -0.75})});
  EXPECT_EQ(out.getDataType(), DataType::Float16);
  expectNear(out, {-0.10357666015625, -3.578125, 0.95703125, 2.078125},
             2e-3);
}

TEST(NormalizationKernels, EpsilonIsCastToFloat16) {
  // The method steps cast epsilon to the input's data type: 1e-5 becomes
  // the float16 subnormal 168 * 2^-24 = 1.0013580e-5, so 1 / sqrt(0 + eps)
  // is 316.013 -> 316.0 (with an uncast epsilon it would be 316.25).
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<1x1xf16>, %m: tensor<1xf16>, %v: tensor<1xf16>) -> tensor<1x1xf16> {
      %0 = webnn.batchNormalization %x, %m, %v : (tensor<1x1xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x1xf16>
      return %0 : tensor<1x1xf16>
    })mlir",
                      {makeTensor(DataType::Float16, {1, 1}, {1}),
                       makeTensor(DataType::Float16, {1}, {0}),
                       makeTensor(DataType::Float16, {1}, {0})});
  expectNear(out, {316.0}, 0);
}

//===----------------------------------------------------------------------===//
// instanceNormalization
//===----------------------------------------------------------------------===//

TEST(NormalizationKernels, InstanceNormNchw) {
  // Channel 0: mean 2.5, variance 1.25. Channel 1 is constant: variance 0,
  // so (x - mean) is 0 and the output is 0.
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32> {
      %0 = webnn.instanceNormalization %x : (tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
      return %0 : tensor<1x2x2x2xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {1, 2, 2, 2},
                                  {1, 2, 3, 4, 10, 10, 10, 10})});
  expectNear(out, {-1.34163541997, -0.447211806656, 0.447211806656,
                   1.34163541997, 0, 0, 0, 0},
             1e-5);
}

TEST(NormalizationKernels, InstanceNormNhwcScaleBias) {
  // "nhwc": channels on axis 3, statistics over axes 1 and 2.
  // Channel 0 {1, 3}: mean 2, variance 1; channel 1 {5, 9}: mean 7, var 4.
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<1x2x1x2xf32>, %s: tensor<2xf32>, %b: tensor<2xf32>) -> tensor<1x2x1x2xf32> {
      %0 = webnn.instanceNormalization %x scale(%s) bias(%b) {layout = #webnn.input_layout<nhwc>} : (tensor<1x2x1x2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x1x2xf32>
      return %0 : tensor<1x2x1x2xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {1, 2, 1, 2}, {1, 5, 3, 9}),
                       makeTensor(DataType::Float32, {2}, {2, 3}),
                       makeTensor(DataType::Float32, {2}, {1, -1})});
  expectNear(out, {-0.999990000075, -3.99999625001, 2.99999000008,
                   1.99999625001},
             1e-5);
}

TEST(NormalizationKernels, InstanceNormPerSample) {
  // Two samples are normalized independently; epsilon given; scale only.
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2x1x1x2xf32>, %s: tensor<1xf32>) -> tensor<2x1x1x2xf32> {
      %0 = webnn.instanceNormalization %x scale(%s) {epsilon = 0.0 : f32} : (tensor<2x1x1x2xf32>, tensor<1xf32>) -> tensor<2x1x1x2xf32>
      return %0 : tensor<2x1x1x2xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {2, 1, 1, 2},
                                  {0, 2, 100, 50}),
                       makeTensor(DataType::Float32, {1}, {3})});
  expectNear(out, {-3, 3, 3, -3}, 1e-6);
}

//===----------------------------------------------------------------------===//
// layerNormalization
//===----------------------------------------------------------------------===//

TEST(NormalizationKernels, LayerNormDefaultAxes) {
  // Default axes for rank 2: [1]; scale has shape [3].
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2x3xf32>, %s: tensor<3xf32>) -> tensor<2x3xf32> {
      %0 = webnn.layerNormalization %x scale(%s) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
      return %0 : tensor<2x3xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {2, 3}, {1, 2, 3, 2, 4, 9}),
                       makeTensor(DataType::Float32, {3}, {1, 2, 3})});
  expectNear(out, {-1.22473568591, 0, 3.67420705773, -1.01904874282,
                   -0.679365828545, 4.07619497127},
             1e-5);
}

TEST(NormalizationKernels, LayerNormUnorderedAxesScaleLayout) {
  // axes [2, 0] on 2x1x3: scale has shape [shape[2], shape[0]] = [3, 2],
  // so x[i][0][k] is scaled by scale[k][i].
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2x1x3xf32>, %s: tensor<3x2xf32>) -> tensor<2x1x3xf32> {
      %0 = webnn.layerNormalization %x scale(%s) {axes = array<i64: 2, 0>} : (tensor<2x1x3xf32>, tensor<3x2xf32>) -> tensor<2x1x3xf32>
      return %0 : tensor<2x1x3xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {2, 1, 3},
                                  {1, 2, 3, 4, 6, 11}),
                       makeTensor(DataType::Float32, {3, 2},
                                  {1, -1, 2, -2, 3, -3})});
  expectNear(out, {-1.05930938666, -1.51329912380, -1.36196921142,
                   0.151329912380, -0.907979474281, -5.90186658283},
             1e-5);
}

TEST(NormalizationKernels, LayerNormEmptyAxesGivesBias) {
  // An empty axes list normalizes each element by itself: x - mean is 0,
  // so the output is the bias (a scalar: the shape of no dimensions).
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2x3xf32>, %b: tensor<f32>) -> tensor<2x3xf32> {
      %0 = webnn.layerNormalization %x bias(%b) {axes = array<i64>} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
      return %0 : tensor<2x3xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {2, 3}, {1, -2, 3, 4, 5, 6}),
                       makeTensor(DataType::Float32, {}, {7})});
  expectNear(out, {7, 7, 7, 7, 7, 7});
}

TEST(NormalizationKernels, LayerNormLowRankDefaultAxesAreEmpty) {
  // Rank 0 and rank 1: the default axes are empty, so every output is 0.
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<f32>, %y: tensor<3xf32>) -> (tensor<f32>, tensor<3xf32>) {
      %0 = webnn.layerNormalization %x : (tensor<f32>) -> tensor<f32>
      %1 = webnn.layerNormalization %y : (tensor<3xf32>) -> tensor<3xf32>
      return %0, %1 : tensor<f32>, tensor<3xf32>
    })mlir",
                            {makeTensor(DataType::Float32, {}, {-5}),
                             makeTensor(DataType::Float32, {3}, {1, 2, 3})});
  ASSERT_EQ(outputs.size(), 2u);
  expectNear(outputs[0], {0});
  expectNear(outputs[1], {0, 0, 0});
}

TEST(NormalizationKernels, LayerNormFloat16Bias) {
  // Default axes [1, 2] for rank 3: one group; bias has shape [2, 2].
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<1x2x2xf16>, %b: tensor<2x2xf16>) -> tensor<1x2x2xf16> {
      %0 = webnn.layerNormalization %x bias(%b) : (tensor<1x2x2xf16>, tensor<2x2xf16>) -> tensor<1x2x2xf16>
      return %0 : tensor<1x2x2xf16>
    })mlir",
                      {makeTensor(DataType::Float16, {1, 2, 2}, {1, 2, 3, 5}),
                       makeTensor(DataType::Float16, {2, 2},
                                  {0.5, -0.5, 1, 0})});
  EXPECT_EQ(out.getDataType(), DataType::Float16);
  expectNear(out, {-0.68310546875, -1.0068359375, 1.1689453125, 1.521484375},
             1e-3);
}
