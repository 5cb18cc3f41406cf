// Interpreter kernels of the Reduction ops: reduceL1 ... reduceSumSquare,
// argMin/argMax, cumulativeSum.
#include "InterpreterTestUtils.h"

#include <cmath>
#include <limits>

using namespace webnnc::interp;
using namespace webnnc::interp::testing;

namespace {
/// Runs a one-output graph; an empty tensor when it failed.
Tensor runOne(llvm::StringRef source, llvm::ArrayRef<Tensor> inputs) {
  GraphRunner runner;
  std::vector<Tensor> outputs = runner.run(source, inputs);
  EXPECT_EQ(outputs.size(), 1u);
  return outputs.empty() ? Tensor() : outputs[0];
}

/// 0 .. 23 as a 2x3x4 tensor.
Tensor iota234(DataType type) {
  std::vector<double> data;
  for (int i = 0; i < 24; ++i)
    data.push_back(i);
  return makeTensor(type, {2, 3, 4}, data);
}
} // namespace

//===----------------------------------------------------------------------===//
// The reduction driver: axes and keepDimensions
//===----------------------------------------------------------------------===//

TEST(ReductionKernels, SumAllAxesByDefault) {
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2x3x4xf32>) -> tensor<f32> {
      %0 = webnn.reduceSum %x : (tensor<2x3x4xf32>) -> tensor<f32>
      return %0 : tensor<f32>
    })mlir",
                      {iota234(DataType::Float32)});
  EXPECT_EQ(out.getRank(), 0);
  expectNear(out, {276});
}

TEST(ReductionKernels, SumAxesKeepDimensions) {
  // axes [0, 2]: out[j] = sum over i, k of (12 i + 4 j + k).
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2x3x4xf32>) -> tensor<1x3x1xf32> {
      %0 = webnn.reduceSum %x {axes = array<i64: 0, 2>, keepDimensions = true} : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
      return %0 : tensor<1x3x1xf32>
    })mlir",
                      {iota234(DataType::Float32)});
  expectNear(out, {60, 92, 124});
}

TEST(ReductionKernels, SumUnorderedAxesDropDimensions) {
  // axes [2, 0] (any order), without keepDimensions: shape [3].
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2x3x4xf32>) -> tensor<3xf32> {
      %0 = webnn.reduceSum %x {axes = array<i64: 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3xf32>
      return %0 : tensor<3xf32>
    })mlir",
                      {iota234(DataType::Float32)});
  expectNear(out, {60, 92, 124});
}

TEST(ReductionKernels, SumMiddleAxis) {
  // axis 1 only: out[i][k] = sum over j; keeps the order of i, k.
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2x3x4xf32>) -> tensor<2x4xf32> {
      %0 = webnn.reduceSum %x {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
      return %0 : tensor<2x4xf32>
    })mlir",
                      {iota234(DataType::Float32)});
  expectNear(out, {12, 15, 18, 21, 48, 51, 54, 57});
}

TEST(ReductionKernels, EmptyAxesAppliesFunctionPerElement) {
  // "If present and empty, ... the reduction function is applied to each
  // value in the tensor individually": L1 gives |x|, SumSquare x^2.
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) {
      %0 = webnn.reduceL1 %x {axes = array<i64>} : (tensor<3xf32>) -> tensor<3xf32>
      %1 = webnn.reduceSumSquare %x {axes = array<i64>} : (tensor<3xf32>) -> tensor<3xf32>
      %2 = webnn.reduceSum %x {axes = array<i64>} : (tensor<3xf32>) -> tensor<3xf32>
      return %0, %1, %2 : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>
    })mlir",
                            {makeTensor(DataType::Float32, {3}, {-2, 0.5, 3})});
  ASSERT_EQ(outputs.size(), 3u);
  expectNear(outputs[0], {2, 0.5, 3});
  expectNear(outputs[1], {4, 0.25, 9});
  expectNear(outputs[2], {-2, 0.5, 3});
}

TEST(ReductionKernels, ScalarInput) {
  // WPT "reduceLogSumExp float32 0D constant tensor default options".
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<f32>) -> tensor<f32> {
      %0 = webnn.reduceLogSumExp %x : (tensor<f32>) -> tensor<f32>
      return %0 : tensor<f32>
    })mlir",
                      {makeTensor(DataType::Float32, {}, {0.7974132895469666})});
  expectNear(out, {0.7974132895469666}, 1e-6);
}

//===----------------------------------------------------------------------===//
// Each reduction function
//===----------------------------------------------------------------------===//

TEST(ReductionKernels, L1L2) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2x2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
      %0 = webnn.reduceL1 %x {axes = array<i64: 1>} : (tensor<2x2xf32>) -> tensor<2xf32>
      %1 = webnn.reduceL2 %x {axes = array<i64: 1>} : (tensor<2x2xf32>) -> tensor<2xf32>
      return %0, %1 : tensor<2xf32>, tensor<2xf32>
    })mlir",
                            {makeTensor(DataType::Float32, {2, 2},
                                        {3, -4, -5, 12})});
  ASSERT_EQ(outputs.size(), 2u);
  expectNear(outputs[0], {7, 17});
  expectNear(outputs[1], {5, 13});
}

TEST(ReductionKernels, LogSumAndLogSumExp) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<4xf32>) -> (tensor<f32>, tensor<f32>) {
      %0 = webnn.reduceLogSum %x : (tensor<4xf32>) -> tensor<f32>
      %1 = webnn.reduceLogSumExp %x : (tensor<4xf32>) -> tensor<f32>
      return %0, %1 : tensor<f32>, tensor<f32>
    })mlir",
                            {makeTensor(DataType::Float32, {4}, {1, 2, 3, 4})});
  ASSERT_EQ(outputs.size(), 2u);
  expectNear(outputs[0], {std::log(10.0)}, 1e-6);
  expectNear(outputs[1],
             {std::log(std::exp(1.0) + std::exp(2.0) + std::exp(3.0) +
                       std::exp(4.0))},
             1e-5);
}

TEST(ReductionKernels, LogSumExpDoesNotOverflow) {
  // exp(100) overflows float; log(e^100 + e^100) = 100 + log 2. A group of
  // -inf gives -inf, one with +inf gives +inf.
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<3x2xf32>) -> tensor<3xf32> {
      %0 = webnn.reduceLogSumExp %x {axes = array<i64: 1>} : (tensor<3x2xf32>) -> tensor<3xf32>
      return %0 : tensor<3xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {3, 2},
                                  {100, 100, -INFINITY, -INFINITY, INFINITY,
                                   1})});
  EXPECT_NEAR(out.getDouble(0), 100 + std::log(2.0), 1e-4);
  EXPECT_EQ(out.getDouble(1), -INFINITY);
  EXPECT_EQ(out.getDouble(2), INFINITY);
}

TEST(ReductionKernels, MeanFloat16) {
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2x3xf16>) -> tensor<2x1xf16> {
      %0 = webnn.reduceMean %x {axes = array<i64: 1>, keepDimensions = true} : (tensor<2x3xf16>) -> tensor<2x1xf16>
      return %0 : tensor<2x1xf16>
    })mlir",
                      {makeTensor(DataType::Float16, {2, 3},
                                  {1, 2, 4, -1.5, 0.5, 0.25})});
  EXPECT_EQ(out.getDataType(), DataType::Float16);
  // 7/3 rounded to half: 2.333984375.
  expectNear(out, {2.333984375, -0.25});
}

TEST(ReductionKernels, ProductAndSumSquareFloat16) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<4xf16>) -> (tensor<f16>, tensor<f16>) {
      %0 = webnn.reduceProduct %x : (tensor<4xf16>) -> tensor<f16>
      %1 = webnn.reduceSumSquare %x : (tensor<4xf16>) -> tensor<f16>
      return %0, %1 : tensor<f16>, tensor<f16>
    })mlir",
                            {makeTensor(DataType::Float16, {4},
                                        {1.5, -2, 0.5, 3})});
  ASSERT_EQ(outputs.size(), 2u);
  expectNear(outputs[0], {-4.5});
  expectNear(outputs[1], {15.5});
}

TEST(ReductionKernels, MaxMinAllTypes) {
  // reduceMax/reduceMin allow every data type, int8 and uint4 included.
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%a: tensor<2x3xi8>, %b: tensor<4xui4>, %c: tensor<3xi64>) -> (tensor<2xi8>, tensor<2xi8>, tensor<ui4>, tensor<i64>) {
      %0 = webnn.reduceMax %a {axes = array<i64: 1>} : (tensor<2x3xi8>) -> tensor<2xi8>
      %1 = webnn.reduceMin %a {axes = array<i64: 1>} : (tensor<2x3xi8>) -> tensor<2xi8>
      %2 = webnn.reduceMax %b : (tensor<4xui4>) -> tensor<ui4>
      %3 = webnn.reduceMin %c : (tensor<3xi64>) -> tensor<i64>
      return %0, %1, %2, %3 : tensor<2xi8>, tensor<2xi8>, tensor<ui4>, tensor<i64>
    })mlir",
                            {makeTensor(DataType::Int8, {2, 3},
                                        {-128, -5, -7, 127, 0, -1}),
                             makeTensor(DataType::Uint4, {4}, {3, 15, 0, 9}),
                             makeTensor(DataType::Int64, {3}, {5, -9, 2})});
  ASSERT_EQ(outputs.size(), 4u);
  expectNear(outputs[0], {-5, 127});
  expectNear(outputs[1], {-128, -1});
  expectNear(outputs[2], {15});
  expectNear(outputs[3], {-9});
}

TEST(ReductionKernels, MaxMinPropagateNaN) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<3xf32>) -> (tensor<f32>, tensor<f32>) {
      %0 = webnn.reduceMax %x : (tensor<3xf32>) -> tensor<f32>
      %1 = webnn.reduceMin %x : (tensor<3xf32>) -> tensor<f32>
      return %0, %1 : tensor<f32>, tensor<f32>
    })mlir",
                            {makeTensor(DataType::Float32, {3}, {1, NAN, 3})});
  ASSERT_EQ(outputs.size(), 2u);
  EXPECT_TRUE(std::isnan(outputs[0].getDouble(0)));
  EXPECT_TRUE(std::isnan(outputs[1].getDouble(0)));
}

TEST(ReductionKernels, IntegerSumAndProductWrap) {
  // Integer arithmetic wraps modulo 2^bits.
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2xi32>, %y: tensor<3xi32>) -> (tensor<i32>, tensor<i32>, tensor<i32>) {
      %0 = webnn.reduceSum %x : (tensor<2xi32>) -> tensor<i32>
      %1 = webnn.reduceProduct %y : (tensor<3xi32>) -> tensor<i32>
      %2 = webnn.reduceL1 %x : (tensor<2xi32>) -> tensor<i32>
      return %0, %1, %2 : tensor<i32>, tensor<i32>, tensor<i32>
    })mlir",
                            {makeTensor(DataType::Int32, {2}, {2147483647, 1}),
                             makeTensor(DataType::Int32, {3},
                                        {65536, 65536, 3})});
  ASSERT_EQ(outputs.size(), 3u);
  expectNear(outputs[0], {-2147483648.0});
  expectNear(outputs[1], {0});
  // |2147483647| + |1| wraps too.
  expectNear(outputs[2], {-2147483648.0});
}

TEST(ReductionKernels, L1OfMinimumIntegerWraps) {
  // |INT32_MIN| is not representable: it wraps to itself; then + |-1|.
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2xi32>) -> tensor<i32> {
      %0 = webnn.reduceL1 %x : (tensor<2xi32>) -> tensor<i32>
      return %0 : tensor<i32>
    })mlir",
                      {makeTensor(DataType::Int32, {2}, {-2147483648.0, -1})});
  expectNear(out, {-2147483647.0});
}

TEST(ReductionKernels, Uint64SumAndSumSquareWrap) {
  Tensor input(DataType::Uint64, {2});
  input.data<uint64_t>()[0] = std::numeric_limits<uint64_t>::max();
  input.data<uint64_t>()[1] = 3;
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2xui64>) -> (tensor<ui64>, tensor<ui64>) {
      %0 = webnn.reduceSum %x : (tensor<2xui64>) -> tensor<ui64>
      %1 = webnn.reduceSumSquare %x : (tensor<2xui64>) -> tensor<ui64>
      return %0, %1 : tensor<ui64>, tensor<ui64>
    })mlir",
                            {input});
  ASSERT_EQ(outputs.size(), 2u);
  EXPECT_EQ(outputs[0].data<uint64_t>()[0], 2u);
  // (2^64 - 1)^2 = 1 (mod 2^64); + 9.
  EXPECT_EQ(outputs[1].data<uint64_t>()[0], 10u);
}

TEST(ReductionKernels, Uint32SumSquare) {
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2x2xui32>) -> tensor<2xui32> {
      %0 = webnn.reduceSumSquare %x {axes = array<i64: 0>} : (tensor<2x2xui32>) -> tensor<2xui32>
      return %0 : tensor<2xui32>
    })mlir",
                      {makeTensor(DataType::Uint32, {2, 2},
                                  {65536, 2, 1, 3})});
  // 65536^2 wraps to 0; + 1.
  expectNear(out, {1, 13});
}

//===----------------------------------------------------------------------===//
// argMin/argMax
//===----------------------------------------------------------------------===//

TEST(ReductionKernels, ArgMinFirstIndexOnTies) {
  // From WPT "argMin float32 1D tensor, axis=0": the minimum -96.509...
  // appears at 7, 13 and 19; the expected index is the first.
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<8xf32>) -> tensor<i32> {
      %0 = webnn.argMin %x {axis = 0 : i64} : (tensor<8xf32>) -> tensor<i32>
      return %0 : tensor<i32>
    })mlir",
                      {makeTensor(DataType::Float32, {8},
                                  {3, -96.5, 5, -96.5, 4, -96.5, 0, 1})});
  EXPECT_EQ(out.getDataType(), DataType::Int32);
  expectNear(out, {1});
}

TEST(ReductionKernels, ArgMaxMiddleAxisInt64KeepDimensions) {
  // x[i][j][k] over axis 1; int64 output with the axis kept as 1.
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2x3x2xi32>) -> tensor<2x1x2xi64> {
      %0 = webnn.argMax %x {axis = 1 : i64, keepDimensions = true, outputDataType = #webnn.data_type<int64>} : (tensor<2x3x2xi32>) -> tensor<2x1x2xi64>
      return %0 : tensor<2x1x2xi64>
    })mlir",
                      {makeTensor(DataType::Int32, {2, 3, 2},
                                  {1, 9, 7, 9, 3, 2,   // i = 0
                                   -4, -1, -5, -3, -4, -2})});
  EXPECT_EQ(out.getDataType(), DataType::Int64);
  expectNear(out, {1, 0, 0, 0});
}

TEST(ReductionKernels, ArgMinArgMaxFloat16LastAxis) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2x3xf16>) -> (tensor<2xi32>, tensor<2xi32>) {
      %0 = webnn.argMin %x {axis = 1 : i64} : (tensor<2x3xf16>) -> tensor<2xi32>
      %1 = webnn.argMax %x {axis = 1 : i64} : (tensor<2x3xf16>) -> tensor<2xi32>
      return %0, %1 : tensor<2xi32>, tensor<2xi32>
    })mlir",
                            {makeTensor(DataType::Float16, {2, 3},
                                        {0.5, -1, 2, 7, 7, -7})});
  ASSERT_EQ(outputs.size(), 2u);
  expectNear(outputs[0], {1, 2});
  expectNear(outputs[1], {2, 0});
}

TEST(ReductionKernels, ArgMaxNaNWins) {
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<4xf32>) -> tensor<i32> {
      %0 = webnn.argMax %x {axis = 0 : i64} : (tensor<4xf32>) -> tensor<i32>
      return %0 : tensor<i32>
    })mlir",
                      {makeTensor(DataType::Float32, {4}, {1, 5, NAN, NAN})});
  expectNear(out, {2});
}

TEST(ReductionKernels, ArgMinUint8) {
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2x2xui8>) -> tensor<2xi32> {
      %0 = webnn.argMin %x {axis = 0 : i64} : (tensor<2x2xui8>) -> tensor<2xi32>
      return %0 : tensor<2xi32>
    })mlir",
                      {makeTensor(DataType::Uint8, {2, 2}, {255, 0, 254, 0})});
  expectNear(out, {1, 0});
}

//===----------------------------------------------------------------------===//
// cumulativeSum
//===----------------------------------------------------------------------===//

TEST(ReductionKernels, CumulativeSumOptions) {
  // The spec's examples on [1, 2, 3, 4].
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
      %0 = webnn.cumulativeSum %x {axis = 0 : i64} : (tensor<4xf32>) -> tensor<4xf32>
      %1 = webnn.cumulativeSum %x {axis = 0 : i64, exclusive = true} : (tensor<4xf32>) -> tensor<4xf32>
      %2 = webnn.cumulativeSum %x {axis = 0 : i64, reversed = true} : (tensor<4xf32>) -> tensor<4xf32>
      %3 = webnn.cumulativeSum %x {axis = 0 : i64, exclusive = true, reversed = true} : (tensor<4xf32>) -> tensor<4xf32>
      return %0, %1, %2, %3 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
    })mlir",
                            {makeTensor(DataType::Float32, {4}, {1, 2, 3, 4})});
  ASSERT_EQ(outputs.size(), 4u);
  expectNear(outputs[0], {1, 3, 6, 10});
  expectNear(outputs[1], {0, 1, 3, 6});
  expectNear(outputs[2], {10, 9, 7, 4});
  expectNear(outputs[3], {9, 7, 4, 0});
}

TEST(ReductionKernels, CumulativeSumMiddleAxis) {
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<2x3x4xf16>) -> tensor<2x3x4xf16> {
      %0 = webnn.cumulativeSum %x {axis = 1 : i64} : (tensor<2x3x4xf16>) -> tensor<2x3x4xf16>
      return %0 : tensor<2x3x4xf16>
    })mlir",
                      {iota234(DataType::Float16)});
  expectNear(out, {0,  1,  2,  3,  4,  6,  8,  10, 12, 15, 18, 21,
                   12, 13, 14, 15, 28, 30, 32, 34, 48, 51, 54, 57});
}

TEST(ReductionKernels, CumulativeSumIntegerWraps) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<3xi32>, %y: tensor<2x2xui32>) -> (tensor<3xi32>, tensor<2x2xui32>) {
      %0 = webnn.cumulativeSum %x {axis = 0 : i64} : (tensor<3xi32>) -> tensor<3xi32>
      %1 = webnn.cumulativeSum %y {axis = 0 : i64, reversed = true} : (tensor<2x2xui32>) -> tensor<2x2xui32>
      return %0, %1 : tensor<3xi32>, tensor<2x2xui32>
    })mlir",
                            {makeTensor(DataType::Int32, {3},
                                        {2147483647, 1, 5}),
                             makeTensor(DataType::Uint32, {2, 2},
                                        {4294967295.0, 1, 2, 3})});
  ASSERT_EQ(outputs.size(), 2u);
  expectNear(outputs[0], {2147483647, -2147483648.0, -2147483643.0});
  expectNear(outputs[1], {1, 4, 2, 3});
}

TEST(ReductionKernels, MaxAndMinOfInfinitiesAreInfinite) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2xf32>) -> (tensor<f32>, tensor<f32>) {
      %0 = webnn.reduceMax %x : (tensor<2xf32>) -> tensor<f32>
      %1 = webnn.reduceMin %x : (tensor<2xf32>) -> tensor<f32>
      return %0, %1 : tensor<f32>, tensor<f32>
    })mlir",
                            {makeTensor(DataType::Float32, {2},
                                        {-INFINITY, -INFINITY})});
  ASSERT_EQ(outputs.size(), 2u);
  EXPECT_EQ(outputs[0].getDouble(0), -INFINITY);
  EXPECT_EQ(outputs[1].getDouble(0), -INFINITY);
  auto positive = runner.run(R"mlir(
    func.func @g(%x: tensor<2xf16>) -> tensor<f16> {
      %0 = webnn.reduceMin %x : (tensor<2xf16>) -> tensor<f16>
      return %0 : tensor<f16>
    })mlir",
                             {makeTensor(DataType::Float16, {2},
                                         {INFINITY, INFINITY})});
  ASSERT_EQ(positive.size(), 1u);
  EXPECT_EQ(positive[0].getDouble(0), INFINITY);
}
