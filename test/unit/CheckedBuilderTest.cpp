// createChecked turns a violated validation step into a diagnostic where the
// ODS builders would abort.
#include "webnn/IR/CheckedBuilder.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "webnn/IR/WebNNOps.h"
#include <gtest/gtest.h>

using namespace mlir;

namespace {

class CheckedBuilderTest : public ::testing::Test {
protected:
  CheckedBuilderTest() : builder(&context) {
    context.loadDialect<webnn::WebNNDialect>();
    module = ModuleOp::create(builder.getUnknownLoc());
    builder.setInsertionPointToEnd(module->getBody());
  }

  /// A block argument of the given type to use as an operand.
  Value makeValue(ArrayRef<int64_t> shape, Type elementType) {
    Block *block = new Block();
    module->getBodyRegion().push_back(block);
    return block->addArgument(RankedTensorType::get(shape, elementType),
                              builder.getUnknownLoc());
  }

  MLIRContext context;
  OpBuilder builder;
  OwningOpRef<ModuleOp> module;
};

TEST_F(CheckedBuilderTest, InfersTheBroadcastShape) {
  Value a = makeValue({2, 1, 4}, builder.getF32Type());
  Value b = makeValue({3, 1}, builder.getF32Type());
  FailureOr<webnn::AddOp> add = webnn::createChecked<webnn::AddOp>(
      builder, builder.getUnknownLoc(), a, b, StringAttr());
  ASSERT_TRUE(succeeded(add));
  EXPECT_EQ(add->getType(),
            RankedTensorType::get({2, 3, 4}, builder.getF32Type()));
}

TEST_F(CheckedBuilderTest, ReportsAViolatedRuleInsteadOfAborting) {
  std::string message;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    message = diag.str();
    return success();
  });
  Value a = makeValue({2, 3}, builder.getF32Type());
  Value b = makeValue({3, 2}, builder.getF32Type());
  FailureOr<webnn::AddOp> add = webnn::createChecked<webnn::AddOp>(
      builder, builder.getUnknownLoc(), a, b, StringAttr());
  EXPECT_TRUE(failed(add));
  EXPECT_NE(message.find("'webnn.add' op shapes"), std::string::npos)
      << message;
  EXPECT_NE(message.find("not bidirectionally broadcastable"),
            std::string::npos)
      << message;
}

TEST_F(CheckedBuilderTest, RejectsOperandsThatAreNotWebNNTensors) {
  std::string message;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    message = diag.str();
    return success();
  });
  Value dynamic = makeValue({ShapedType::kDynamic}, builder.getF32Type());
  FailureOr<webnn::ReluOp> relu = webnn::createChecked<webnn::ReluOp>(
      builder, builder.getUnknownLoc(), dynamic, StringAttr());
  EXPECT_TRUE(failed(relu));
  EXPECT_NE(message.find("must be a statically shaped tensor"),
            std::string::npos)
      << message;
}

TEST_F(CheckedBuilderTest, CastTakesItsTypeFromTheDataTypeOption) {
  Value x = makeValue({4}, builder.getF32Type());
  FailureOr<webnn::CastOp> cast = webnn::createChecked<webnn::CastOp>(
      builder, builder.getUnknownLoc(), x,
      webnn::OperandDataTypeAttr::get(&context, webnn::OperandDataType::uint8),
      StringAttr());
  ASSERT_TRUE(succeeded(cast));
  EXPECT_EQ(cast->getType(),
            RankedTensorType::get(
                {4}, builder.getIntegerType(8, /*isSigned=*/false)));
}

} // namespace
