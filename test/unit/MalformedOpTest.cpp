// Every registered webnn op must turn malformed input into diagnostics:
// wrong operand counts, non-tensor, dynamic, unranked or zero-size operands,
// wrong ranks, and attributes of the wrong kind or with absurd values. This
// walks all ops the dialect registers, so ops added later are covered too.
//
// Two paths are exercised: the parser's (full verification of a generic
// operation) and the importers' (type inference called directly, before
// any ODS check has run, with the operand count the typed builders give).
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "webnn/IR/WebNNOps.h"
#include <gtest/gtest.h>

using namespace mlir;

namespace {

class MalformedOpTest : public ::testing::Test {
protected:
  MalformedOpTest() : builder(&context) {
    context.loadDialect<webnn::WebNNDialect>();
    // Every failure is expected; keep the output quiet.
    handler.emplace(&context, [](Diagnostic &) { return success(); });
    block = std::make_unique<Block>();
    Type f32 = builder.getF32Type();
    Type candidates[] = {
        RankedTensorType::get({2, 3}, f32),
        RankedTensorType::get({}, f32),
        RankedTensorType::get({1, 3, 5, 5}, f32),
        RankedTensorType::get({4}, builder.getIntegerType(32)),
        RankedTensorType::get({2, 2, 2, 2, 2, 2}, builder.getF16Type()),
        RankedTensorType::get({1, 8, 4}, builder.getIntegerType(8, false)),
        RankedTensorType::get({ShapedType::kDynamic, 3}, f32),
        UnrankedTensorType::get(f32),
        RankedTensorType::get({0, 3}, f32),
        RankedTensorType::get({3}, builder.getF64Type()),
        f32,
    };
    for (Type type : candidates)
      values.push_back(block->addArgument(type, builder.getUnknownLoc()));
  }

  /// Attribute values of many kinds, including absurd ones, to put in every
  /// attribute slot an op has.
  SmallVector<Attribute> attributeVariants() {
    return {
        builder.getDenseI64ArrayAttr({}),
        builder.getDenseI64ArrayAttr({0, 0, 0, 0}),
        builder.getDenseI64ArrayAttr({1, 1}),
        builder.getDenseI64ArrayAttr({-1, 7, 1LL << 40}),
        builder.getDenseI64ArrayAttr({1LL << 62, 1LL << 62, 1LL << 62,
                                      1LL << 62}),
        builder.getI64IntegerAttr(0),
        builder.getI64IntegerAttr(-1),
        builder.getI64IntegerAttr(1LL << 40),
        builder.getF32FloatAttr(-1.0f),
        builder.getF64FloatAttr(std::numeric_limits<double>::quiet_NaN()),
        builder.getBoolAttr(true),
        builder.getStringAttr("x"),
    };
  }

  /// Builds `name` with `operands`, every attribute set to `attribute`
  /// (when given), one result of type tensor<2x3xf32>.
  Operation *build(RegisteredOperationName name, ValueRange operands,
                   Attribute attribute) {
    OperationState state(builder.getUnknownLoc(), name);
    state.addOperands(operands);
    state.addTypes(values[0].getType());
    Operation *op = Operation::create(state);
    if (!attribute)
      return op;
    for (StringAttr attrName : name.getAttributeNames()) {
      if (attrName.getValue() == "operandSegmentSizes" ||
          attrName.getValue() == "resultSegmentSizes")
        continue;
      // A property only stores attributes of its own kind; a mismatch would
      // leave it null, which no parser or typed builder can produce. Values
      // are what the test varies, within the kind.
      std::optional<Attribute> previous = op->getInherentAttr(attrName);
      op->setInherentAttr(attrName, attribute);
      if (op->getInherentAttr(attrName) != std::optional<Attribute>(attribute))
        op->setInherentAttr(attrName, previous ? *previous : Attribute());
    }
    return op;
  }

  /// The fixed operand count of ops without optional or variadic operands.
  static std::optional<unsigned> fixedOperandCount(RegisteredOperationName n) {
    if (n.hasTrait<OpTrait::ZeroOperands>())
      return 0;
    if (n.hasTrait<OpTrait::OneOperand>())
      return 1;
    if (n.hasTrait<OpTrait::NOperands<2>::Impl>())
      return 2;
    if (n.hasTrait<OpTrait::NOperands<3>::Impl>())
      return 3;
    if (n.hasTrait<OpTrait::NOperands<4>::Impl>())
      return 4;
    return std::nullopt;
  }

  /// Operand lists of `count` values drawn from the candidates.
  SmallVector<SmallVector<Value>> operandLists(unsigned count) {
    SmallVector<SmallVector<Value>> lists;
    for (size_t first = 0; first < values.size(); ++first) {
      SmallVector<Value> list;
      for (unsigned i = 0; i < count; ++i)
        list.push_back(values[(first + i * 3) % values.size()]);
      lists.push_back(list);
      // The same value everywhere: shapes agree, so deeper rules run.
      lists.push_back(SmallVector<Value>(count, values[first]));
    }
    return lists;
  }

  SmallVector<RegisteredOperationName> webnnOps() {
    SmallVector<RegisteredOperationName> ops;
    for (RegisteredOperationName name : context.getRegisteredOperations())
      if (name.getDialectNamespace() == "webnn")
        ops.push_back(name);
    return ops;
  }

  MLIRContext context;
  OpBuilder builder;
  std::optional<ScopedDiagnosticHandler> handler;
  std::unique_ptr<Block> block;
  SmallVector<Value> values;
};

TEST_F(MalformedOpTest, VerifierRejectsWithoutCrashing) {
  SmallVector<Attribute> attributes = attributeVariants();
  attributes.push_back(Attribute());
  size_t checked = 0;
  for (RegisteredOperationName name : webnnOps()) {
    for (unsigned count = 0; count <= 5; ++count) {
      for (const SmallVector<Value> &operands : operandLists(count)) {
        for (Attribute attribute : attributes) {
          Operation *op = build(name, operands, attribute);
          (void)verify(op);
          op->destroy();
          ++checked;
        }
      }
    }
  }
  EXPECT_GT(checked, 1000u);
}

TEST_F(MalformedOpTest, TypeInferenceRejectsWithoutCrashing) {
  SmallVector<Attribute> attributes = attributeVariants();
  attributes.push_back(Attribute());
  size_t inferred = 0;
  for (RegisteredOperationName name : webnnOps()) {
    std::optional<unsigned> count = fixedOperandCount(name);
    if (!count)
      continue;
    for (const SmallVector<Value> &operands : operandLists(*count)) {
      for (Attribute attribute : attributes) {
        Operation *op = build(name, operands, attribute);
        if (auto infer = dyn_cast<InferTypeOpInterface>(op)) {
          SmallVector<Type> types;
          (void)infer.inferReturnTypes(
              &context, op->getLoc(), op->getOperands(),
              op->getRawDictionaryAttrs(), op->getPropertiesStorage(),
              op->getRegions(), types);
          ++inferred;
        }
        op->destroy();
      }
    }
  }
  EXPECT_GT(inferred, 100u);
}

} // namespace
