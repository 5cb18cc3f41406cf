// Unit tests of the spec algorithms shared by op validation
// (webnn/IR/Validation.h).
#include "webnn/IR/Validation.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/MLIRContext.h"
#include <gtest/gtest.h>

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

TEST(OpDiagnostics, IsSilentWithoutALocation) {
  OpDiagnostics diag(std::nullopt, "webnn.add");
  EXPECT_TRUE(failed(diag.fail("anything")));
}

} // namespace
