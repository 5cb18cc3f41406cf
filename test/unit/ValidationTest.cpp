// Unit tests of the spec algorithms shared by op validation
// (webnn/IR/Validation.h).
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNDialect.h"

#include "mlir/IR/Block.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/MLIRContext.h"
#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace mlir;
using namespace mlir::webnn;

namespace {

using Shape = SmallVector<int64_t>;

TEST(Broadcast, BidirectionalPadsTheShorterShapeWithLeadingOnes) {
  EXPECT_EQ(broadcastBidirectionally({2, 3, 4}, {4}), Shape({2, 3, 4}));
  EXPECT_EQ(broadcastBidirectionally({1, 3, 1}, {5, 1, 7}), Shape({5, 3, 7}));
  EXPECT_EQ(broadcastBidirectionally({}, {2, 2}), Shape({2, 2}));
  EXPECT_EQ(broadcastBidirectionally({}, {}), Shape());
}

TEST(Broadcast, BidirectionalFailsOnMismatchedDimensions) {
  EXPECT_FALSE(broadcastBidirectionally({2, 3}, {3, 2}).has_value());
  EXPECT_FALSE(broadcastBidirectionally({4}, {2, 3}).has_value());
}

TEST(Broadcast, UnidirectionalOnlyStretchesTheSource) {
  EXPECT_EQ(broadcastUnidirectionally({3, 1}, {2, 3, 4}), Shape({2, 3, 4}));
  EXPECT_FALSE(broadcastUnidirectionally({2, 3, 4}, {3, 4}).has_value());
  EXPECT_FALSE(broadcastUnidirectionally({4}, {4, 1}).has_value());
}

TEST(Broadcast, Blockwise) {
  EXPECT_TRUE(isBlockwiseBroadcastable({2, 3}, {4, 9}));
  EXPECT_FALSE(isBlockwiseBroadcastable({2, 3}, {4, 8}));
  EXPECT_FALSE(isBlockwiseBroadcastable({2}, {4, 8}));
}

TEST(ConvOutputSize, MatchesTheSpecFormula) {
  // 224 input, 3x3 filter, padding 1/1, stride 2: (224 - 3 + 2) / 2 + 1.
  EXPECT_DOUBLE_EQ(*calculateConv2dOutputSize(224, 3, 1, 1, 2, 1), 112.5);
  // Dilation 2 turns a 3-tap filter into an effective 5-tap one.
  EXPECT_DOUBLE_EQ(*calculateConv2dOutputSize(7, 3, 0, 0, 1, 2), 3.0);
  // The effective window does not fit.
  EXPECT_FALSE(calculateConv2dOutputSize(4, 3, 0, 0, 1, 2).has_value());
  EXPECT_FALSE(calculateConv2dOutputSize(4, 3, 0, 0, 0, 1).has_value());
}

TEST(DataTypeName, UsesTheSpecSpelling) {
  MLIRContext context;
  Builder b(&context);
  EXPECT_EQ(dataTypeName(b.getF32Type()), "float32");
  EXPECT_EQ(dataTypeName(b.getF16Type()), "float16");
  EXPECT_EQ(dataTypeName(b.getIntegerType(64)), "int64");
  EXPECT_EQ(dataTypeName(b.getIntegerType(8, /*isSigned=*/false)), "uint8");
}

TEST(Axes, ReportsOutOfRangeAndDuplicates) {
  MLIRContext context;
  Location loc = UnknownLoc::get(&context);
  std::string message;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    message = diag.str();
    return success();
  });
  OpDiagnostics diag(loc, "webnn.reduceSum");
  EXPECT_TRUE(succeeded(validateAxes(diag, {0, 2}, 3, "axes", "rule")));
  EXPECT_TRUE(failed(validateAxes(diag, {3}, 3, "axes", "rule")));
  EXPECT_NE(message.find("'webnn.reduceSum' op axes value 3 is out of range"),
            std::string::npos)
      << message;
  EXPECT_TRUE(failed(validateAxes(diag, {1, 1}, 3, "axes", "rule")));
  EXPECT_NE(message.find("contains axis 1 twice"), std::string::npos)
      << message;
}

/// A context that keeps the text of its last diagnostic, for the tests of
/// the helpers that report a failed validation step.
class ValidationStep : public ::testing::Test {
protected:
  ValidationStep()
      : handler(&context, [this](Diagnostic &diagnostic) {
          message = diagnostic.str();
          return success();
        }) {}

  OpDiagnostics diag(StringRef opName) {
    return OpDiagnostics(UnknownLoc::get(&context), opName);
  }
  RankedTensorType tensor(ArrayRef<int64_t> shape, Type elementType = {}) {
    return RankedTensorType::get(
        shape, elementType ? elementType : Float32Type::get(&context));
  }

  MLIRContext context;
  std::string message;

private:
  ScopedDiagnosticHandler handler;
};

TEST(ValidDimension, IsInOneToTheMaximumOfLong) {
  EXPECT_FALSE(isValidDimension(0));
  EXPECT_FALSE(isValidDimension(-1));
  EXPECT_FALSE(isValidDimension(ShapedType::kDynamic));
  EXPECT_TRUE(isValidDimension(1));
  EXPECT_TRUE(isValidDimension(2147483647));  // 2^31 - 1
  EXPECT_FALSE(isValidDimension(2147483648)); // 2^31
  EXPECT_FALSE(isValidDimension(std::numeric_limits<int64_t>::max()));
  EXPECT_EQ(kMaxDimension, 2147483647);
}

TEST(CheckDimensions, EveryDimensionAndTheElementCountAreValid) {
  MLIRContext context;
  Type f32 = Float32Type::get(&context);
  auto valid = [&](ArrayRef<int64_t> shape) {
    return hasValidDimensions(RankedTensorType::get(shape, f32));
  };
  EXPECT_TRUE(valid({}));
  EXPECT_TRUE(valid({2147483647}));
  EXPECT_TRUE(valid({1, 2147483647, 1}));
  EXPECT_FALSE(valid({2147483648}));
  EXPECT_FALSE(valid({0, 3}));
  EXPECT_FALSE(valid({ShapedType::kDynamic, 3}));
  // Each dimension is valid; the element count 2^31 is not.
  EXPECT_TRUE(valid({65536, 32767}));
  EXPECT_FALSE(valid({65536, 32768}));
  // A count far past int64 must not wrap around to a valid one.
  EXPECT_FALSE(valid({2147483647, 2147483647, 2147483647, 2147483647}));
  EXPECT_FALSE(valid({65536, 65536, 65536, 65536, 2}));
  // Unranked tensors and non-tensors are not operands.
  EXPECT_FALSE(hasValidDimensions(UnrankedTensorType::get(f32)));
  EXPECT_FALSE(hasValidDimensions(f32));
}

TEST_F(ValidationStep, DimensionNamesValueAndRange) {
  OpDiagnostics reshape = diag("webnn.reshape");
  EXPECT_TRUE(
      succeeded(validateDimension(reshape, 2147483647, "size", "rule")));
  EXPECT_TRUE(message.empty());
  EXPECT_TRUE(failed(validateDimension(reshape, 2147483648, "newShape[0]",
                                       "reshape, step 6")));
  EXPECT_EQ(message, "'webnn.reshape' op newShape[0] = 2147483648 is not a "
                     "valid dimension (must be in [1, 2147483647]) "
                     "[reshape, step 6]");
  EXPECT_TRUE(failed(validateDimension(reshape, 0, "x", "rule")));
  EXPECT_EQ(message, "'webnn.reshape' op x = 0 is not a valid dimension "
                     "(must be in [1, 2147483647]) [rule]");
}

TEST(ValidTensorCount, IsInOneTo8192) {
  EXPECT_FALSE(isValidTensorCount(0));
  EXPECT_FALSE(isValidTensorCount(-1));
  EXPECT_TRUE(isValidTensorCount(1));
  EXPECT_TRUE(isValidTensorCount(8192));
  EXPECT_FALSE(isValidTensorCount(8193));
}

TEST_F(ValidationStep, TensorCountNamesValueAndRange) {
  OpDiagnostics split = diag("webnn.split");
  EXPECT_TRUE(succeeded(validateTensorCount(split, 8192, "count", "rule")));
  EXPECT_TRUE(failed(
      validateTensorCount(split, 8193, "splits count", "split, step 5.1")));
  EXPECT_EQ(message,
            "'webnn.split' op splits count 8193 is not a valid tensor count "
            "(must be in [1, 8192]) [split, step 5.1]");
}

TEST_F(ValidationStep, AxisMustBeLessThanTheRank) {
  OpDiagnostics softmax = diag("webnn.softmax");
  EXPECT_TRUE(succeeded(validateAxis(softmax, 0, 1, "axis", "rule")));
  EXPECT_TRUE(succeeded(validateAxis(softmax, 2, 3, "axis", "rule")));
  EXPECT_TRUE(message.empty());
  // axis == rank is one past the last dimension.
  EXPECT_TRUE(failed(validateAxis(softmax, 3, 3, "axis", "softmax, step 4")));
  EXPECT_EQ(message, "'webnn.softmax' op axis 3 must be less than the input "
                     "rank 3 [softmax, step 4]");
  // A scalar has no axis at all.
  EXPECT_TRUE(failed(validateAxis(softmax, 0, 0, "axis", "rule")));
  EXPECT_EQ(message, "'webnn.softmax' op axis 0 must be less than the input "
                     "rank 0 [rule]");
  // Only a C++ caller can pass a negative axis; it is rejected, not wrapped.
  EXPECT_TRUE(failed(validateAxis(softmax, -1, 3, "axis", "rule")));
}

TEST_F(ValidationStep, MinRank) {
  OpDiagnostics triangular = diag("webnn.triangular");
  EXPECT_TRUE(succeeded(
      validateMinRank(triangular, tensor({2, 3}), 2, "input", "rule")));
  EXPECT_TRUE(failed(validateMinRank(triangular, tensor({3}), 2, "input",
                                     "triangular, step 3")));
  EXPECT_EQ(message, "'webnn.triangular' op input must have rank 2 or more, "
                     "got rank 1 [triangular, step 3]");
}

TEST_F(ValidationStep, ExactShape) {
  OpDiagnostics gru = diag("webnn.gru");
  RankedTensorType weight = tensor({1, 15, 3});
  EXPECT_TRUE(
      succeeded(validateShape(gru, weight, {1, 15, 3}, "weight", "rule")));
  EXPECT_TRUE(
      failed(validateShape(gru, weight, {1, 15, 4}, "weight", "gru, step 9")));
  EXPECT_EQ(message, "'webnn.gru' op weight shape must be [1, 15, 4], got "
                     "'tensor<1x15x3xf32>' [gru, step 9]");
  // A scalar's shape is the empty list.
  EXPECT_TRUE(succeeded(validateShape(gru, tensor({}), {}, "bias", "rule")));
  EXPECT_TRUE(failed(validateShape(gru, tensor({}), {1}, "bias", "rule")));
}

TEST_F(ValidationStep, SameShape) {
  OpDiagnostics scatter = diag("webnn.scatterElements");
  RankedTensorType indices =
      tensor({2, 3}, IntegerType::get(&context, 32));
  EXPECT_TRUE(succeeded(validateSameShape(scatter, tensor({2, 3}), "updates",
                                          indices, "indices", "rule")));
  EXPECT_TRUE(failed(validateSameShape(scatter, tensor({3, 3}), "updates",
                                       indices, "indices",
                                       "scatterElements, step 11")));
  EXPECT_EQ(message,
            "'webnn.scatterElements' op updates shape 'tensor<3x3xf32>' must "
            "equal indices shape 'tensor<2x3xi32>' [scatterElements, step 11]");
}

TEST_F(ValidationStep, OptionalOperandMustHaveTheInputType) {
  OpDiagnostics batchNorm = diag("webnn.batchNormalization");
  RankedTensorType input = tensor({2, 3});
  Block block;
  Location loc = UnknownLoc::get(&context);
  Value f32Mean = block.addArgument(tensor({3}), loc);
  Value f16Mean =
      block.addArgument(tensor({3}, Float16Type::get(&context)), loc);
  // Absent: a null type, no diagnostic.
  FailureOr<RankedTensorType> absent =
      getOptionalOperandOfInputType(batchNorm, Value(), "mean", input, "rule");
  ASSERT_TRUE(succeeded(absent));
  EXPECT_FALSE(*absent);
  EXPECT_TRUE(message.empty());
  FailureOr<RankedTensorType> present =
      getOptionalOperandOfInputType(batchNorm, f32Mean, "mean", input, "rule");
  ASSERT_TRUE(succeeded(present));
  EXPECT_EQ(*present, f32Mean.getType());
  EXPECT_TRUE(failed(getOptionalOperandOfInputType(
      batchNorm, f16Mean, "mean", input, "batchNormalization, step 5")));
  EXPECT_EQ(message,
            "'webnn.batchNormalization' op mean data type float16 must equal "
            "input data type float32 [batchNormalization, step 5]");
}

TEST(DiagnosticText, ListsAndRules) {
  EXPECT_EQ(formatList({}), "[]");
  EXPECT_EQ(formatList({7}), "[7]");
  EXPECT_EQ(formatList({1, -2, 2147483648}), "[1, -2, 2147483648]");
  EXPECT_EQ(stepRule("conv2d", "16.8.1"), "conv2d, step 16.8.1");
  EXPECT_EQ(stepRule("gru", Twine(12) + "." + Twine(2)), "gru, step 12.2");
}

TEST(CastNumber, ToFloatRoundsToNearestEvenAndOverflowsToInfinity) {
  MLIRContext context;
  Builder b(&context);
  auto f32 = b.getF32Type();
  auto f16 = b.getF16Type();
  // Integers: 2^24 + 1 is not a float32; ties round to the even 2^24.
  EXPECT_EQ(castNumberToFloat(b.getI64IntegerAttr(16777217), f32)
                .convertToFloat(),
            16777216.0f);
  EXPECT_EQ(castNumberToFloat(b.getI64IntegerAttr(-3), f16).convertToDouble(),
            -3.0);
  // Past float16's largest finite value (65504): an infinity.
  APFloat overflow = castNumberToFloat(b.getF64FloatAttr(65520.0), f16);
  EXPECT_TRUE(overflow.isInfinity());
  EXPECT_FALSE(overflow.isNegative());
  EXPECT_TRUE(castNumberToFloat(b.getF64FloatAttr(-1e300), f32).isInfinity());
  // NaN and infinities keep their kind.
  EXPECT_TRUE(
      castNumberToFloat(b.getF64FloatAttr(std::nan("")), f32).isNaN());
  APFloat inf = castNumberToFloat(
      b.getF64FloatAttr(-std::numeric_limits<double>::infinity()), f16);
  EXPECT_TRUE(inf.isInfinity());
  EXPECT_TRUE(inf.isNegative());
  EXPECT_EQ(castNumberToFloat(b.getF64FloatAttr(0.1), f32).convertToFloat(),
            0.1f);
}

TEST(CastNumber, ToIntegerClampsAndRoundsHalfToEven) {
  MLIRContext context;
  Builder b(&context);
  auto i8 = b.getIntegerType(8);
  auto ui8 = b.getIntegerType(8, /*isSigned=*/false);
  auto i32 = b.getIntegerType(32);
  auto ui64 = b.getIntegerType(64, /*isSigned=*/false);
  auto i64 = b.getIntegerType(64);
  auto cast = [&](Attribute number, IntegerType type) {
    return castNumberToInteger(number, type);
  };
  auto f64 = [&](double value) { return b.getF64FloatAttr(value); };
  double inf = std::numeric_limits<double>::infinity();
  // Ties to even.
  EXPECT_EQ(cast(f64(2.5), i32), 2);
  EXPECT_EQ(cast(f64(3.5), i32), 4);
  EXPECT_EQ(cast(f64(-2.5), i32), -2);
  EXPECT_EQ(cast(f64(-0.4), ui8), 0);
  // NaN is 0; infinities are the type's bounds.
  EXPECT_EQ(cast(f64(std::nan("")), i8), 0);
  EXPECT_EQ(cast(f64(inf), i8), 127);
  EXPECT_EQ(cast(f64(-inf), i8), -128);
  EXPECT_EQ(cast(f64(-inf), ui8), 0);
  EXPECT_EQ(cast(f64(inf), ui64), APSInt(APInt::getMaxValue(64).zext(128),
                                         /*isUnsigned=*/false));
  // Out of range values clamp.
  EXPECT_EQ(cast(f64(300.0), ui8), 255);
  EXPECT_EQ(cast(b.getI64IntegerAttr(-1), ui8), 0);
  EXPECT_EQ(cast(b.getI64IntegerAttr(300), i8), 127);
  EXPECT_EQ(cast(b.getI64IntegerAttr(std::numeric_limits<int64_t>::max()), i32),
            2147483647);
  EXPECT_EQ(cast(f64(1e30), i64), std::numeric_limits<int64_t>::max());
  EXPECT_EQ(cast(f64(-1e30), i64), std::numeric_limits<int64_t>::min());
  // The result is a signed 128-bit value, so unsigned 64-bit bounds fit.
  EXPECT_EQ(cast(f64(1.0), ui64).getBitWidth(), 128u);
  EXPECT_FALSE(cast(f64(1.0), ui64).isUnsigned());
}

TEST(OpDiagnostics, IsSilentWithoutALocation) {
  OpDiagnostics diag(std::nullopt, "webnn.add");
  EXPECT_TRUE(failed(diag.fail("anything")));
}

} // namespace
