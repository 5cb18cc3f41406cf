// Interpreter kernels of the element-wise ops.
#include "InterpreterTestUtils.h"

using namespace webnnc::interp;
using namespace webnnc::interp::testing;

TEST(ElementwiseKernels, AddBroadcasts) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%a: tensor<2x1xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
      %0 = webnn.add %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
      return %0 : tensor<2x3xf32>
    })mlir",
                            {makeTensor(DataType::Float32, {2, 1}, {1, 2}),
                             makeTensor(DataType::Float32, {3}, {10, 20, 30})});
  ASSERT_EQ(outputs.size(), 1u);
  expectNear(outputs[0], {11, 21, 31, 12, 22, 32});
}

TEST(ElementwiseKernels, AddWrapsIntegers) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%a: tensor<2xi8>, %b: tensor<2xi8>) -> tensor<2xi8> {
      %0 = webnn.add %a, %b : (tensor<2xi8>, tensor<2xi8>) -> tensor<2xi8>
      return %0 : tensor<2xi8>
    })mlir",
                            {makeTensor(DataType::Int8, {2}, {127, -128}),
                             makeTensor(DataType::Int8, {2}, {1, -1})});
  ASSERT_EQ(outputs.size(), 1u);
  expectNear(outputs[0], {-128, 127});
}
