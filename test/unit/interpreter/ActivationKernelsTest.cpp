// Interpreter kernels of the activations.
#include "InterpreterTestUtils.h"

using namespace webnnc::interp;
using namespace webnnc::interp::testing;

TEST(ActivationKernels, ReluOnFloat16RoundsOnce) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<3xf16>) -> tensor<3xf16> {
      %0 = webnn.relu %x : (tensor<3xf16>) -> tensor<3xf16>
      return %0 : tensor<3xf16>
    })mlir",
                            {makeTensor(DataType::Float16, {3}, {-1.5, 0, 0.333})});
  ASSERT_EQ(outputs.size(), 1u);
  expectNear(outputs[0], {0, 0, 0.3330078125}); // nearest half to 0.333
}
