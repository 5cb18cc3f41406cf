// The interpreter driver: constants, inputs, outputs, errors.
#include "InterpreterTestUtils.h"

using namespace webnnc::interp;
using namespace webnnc::interp::testing;

TEST(GraphKernels, ConstantsDenseSplatAndResource) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g() -> (tensor<2xf32>, tensor<3xi64>, tensor<2xf16>, tensor<2xf32>) {
      %0 = webnn.constant dense<[1.5, -2.0]> : tensor<2xf32>
      %1 = webnn.constant dense<7> : tensor<3xi64>
      %2 = webnn.constant dense<[0.5, 65504.0]> : tensor<2xf16>
      %3 = webnn.constant dense_resource<blob> : tensor<2xf32>
      return %0, %1, %2, %3 : tensor<2xf32>, tensor<3xi64>, tensor<2xf16>, tensor<2xf32>
    }
    {-#
      dialect_resources: { builtin: { blob: "0x040000000000803F00000040" } }
    #-})mlir",
                            {});
  ASSERT_EQ(outputs.size(), 4u);
  expectNear(outputs[0], {1.5, -2.0});
  expectNear(outputs[1], {7, 7, 7});
  expectNear(outputs[2], {0.5, 65504.0});
  expectNear(outputs[3], {1.0, 2.0});
}

TEST(GraphKernels, PassesInputsThrough) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2xf32>) -> tensor<2xf32> {
      return %x : tensor<2xf32>
    })mlir",
                            {makeTensor(DataType::Float32, {2}, {1, 2})});
  ASSERT_EQ(outputs.size(), 1u);
  expectNear(outputs[0], {1, 2});
}

TEST(GraphKernels, RejectsInputsOfTheWrongShape) {
  mlir::MLIRContext context;
  context.loadDialect<mlir::webnn::WebNNDialect, mlir::func::FuncDialect>();
  std::string error;
  mlir::ScopedDiagnosticHandler handler(&context, [&](mlir::Diagnostic &d) {
    error = d.str();
    return mlir::success();
  });
  auto module = mlir::parseSourceString<mlir::ModuleOp>(R"mlir(
    func.func @g(%x: tensor<2xf32>) -> tensor<2xf32> {
      return %x : tensor<2xf32>
    })mlir",
                                                        &context);
  ASSERT_TRUE(module);
  auto graph = *module->getOps<mlir::func::FuncOp>().begin();
  auto outputs =
      interpret(graph, {makeTensor(DataType::Float32, {3}, {1, 2, 3})});
  EXPECT_TRUE(mlir::failed(outputs));
  EXPECT_NE(error.find("input #0 has type 'tensor<2xf32>' but the tensor "
                       "given is float32 of shape [3]"),
            std::string::npos)
      << error;
}
