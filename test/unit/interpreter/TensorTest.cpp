// The interpreter's Tensor: casts, half precision, broadcasting indices.
#include "webnnc/Interpreter/Tensor.h"
// The shared kernel helpers (a private header of the interpreter library).
#include "KernelUtils.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace webnnc::interp;

TEST(Half, RoundsToNearestEven) {
  EXPECT_EQ(Half::fromDouble(1.0).bits, 0x3C00);
  EXPECT_EQ(Half::fromDouble(65504.0).bits, 0x7BFF);
  EXPECT_EQ(Half::fromDouble(65520.0).bits, 0x7C00); // overflows to inf
  EXPECT_EQ(Half::fromDouble(-0.0).bits, 0x8000);
  // 1 + 2^-11 is halfway between 1 and the next half: ties to even (1).
  EXPECT_EQ(Half::fromDouble(1.0 + std::ldexp(1.0, -11)).bits, 0x3C00);
  EXPECT_FLOAT_EQ(Half{0x3555}.toFloat(), 0.333251953125f);
}

TEST(Tensor, SetDoubleCastsAsTheSpecSays) {
  Tensor ints(DataType::Int8, {4});
  ints.setDouble(0, 2.9);
  ints.setDouble(1, -2.9);
  ints.setDouble(2, 300.0);
  ints.setDouble(3, NAN);
  EXPECT_EQ(ints.getInt64(0), 2);
  EXPECT_EQ(ints.getInt64(1), -2);
  EXPECT_EQ(ints.getInt64(2), 44); // 300 mod 256
  EXPECT_EQ(ints.getInt64(3), 0);

  Tensor int4(DataType::Int4, {2});
  int4.setInt64(0, 7);
  int4.setInt64(1, 8); // wraps to -8
  EXPECT_EQ(int4.getInt64(0), 7);
  EXPECT_EQ(int4.getInt64(1), -8);

  Tensor uint64(DataType::Uint64, {1});
  uint64.setDouble(0, 18446744073709549568.0);
  EXPECT_EQ(uint64.data<uint64_t>()[0], 18446744073709549568ull);
}

TEST(Tensor, RowMajorStrides) {
  Tensor t(DataType::Float32, {2, 3, 4});
  EXPECT_EQ(t.getStrides(), (llvm::SmallVector<int64_t>{12, 4, 1}));
  EXPECT_EQ(t.getNumElements(), 24);
  EXPECT_EQ(t.getByteSize(), 96u);
  Tensor scalar(DataType::Float16, {});
  EXPECT_EQ(scalar.getNumElements(), 1);
}

TEST(BroadcastIndexer, MapsStretchedDimensionsToZeroStride) {
  // [3, 1] broadcast to [2, 3, 4]: element (i, j, k) reads (j, 0).
  BroadcastIndexer indexer({3, 1}, {2, 3, 4});
  EXPECT_EQ(indexer.map(0), 0);
  EXPECT_EQ(indexer.map(5), 1);  // (0, 1, 1)
  EXPECT_EQ(indexer.map(23), 2); // (1, 2, 3)
  BroadcastIndexer scalar({}, {2, 2});
  EXPECT_EQ(scalar.map(3), 0);
}

TEST(DataType, NamesRoundTrip) {
  for (DataType type :
       {DataType::Float32, DataType::Float16, DataType::Int32,
        DataType::Uint32, DataType::Int64, DataType::Uint64, DataType::Int8,
        DataType::Uint8, DataType::Int4, DataType::Uint4})
    EXPECT_EQ(parseDataType(getDataTypeName(type)), type);
  EXPECT_EQ(getIntegerMin(DataType::Int4), -8);
  EXPECT_EQ(getIntegerMax(DataType::Uint4), 15u);
}

TEST(Tensor, SetUint64RoundsOnceAndKeepsLowBits) {
  Tensor floats(DataType::Float32, {2});
  floats.setUint64(0, std::numeric_limits<uint64_t>::max());
  // 2^63 + 2^39 + 1 rounds once, up to 2^63 + 2^40 (through double it would
  // round to the tie 2^63 + 2^39 and then to even, 2^63).
  floats.setUint64(1, (uint64_t(1) << 63) + (uint64_t(1) << 39) + 1);
  EXPECT_EQ(floats.getDouble(0), 18446744073709551616.0);
  EXPECT_EQ(floats.getDouble(1), 9223373136366403584.0);
  Tensor ints(DataType::Uint64, {1});
  ints.setUint64(0, 10000000000000000000ull);
  EXPECT_EQ(ints.data<uint64_t>()[0], 10000000000000000000ull);
  Tensor uint4(DataType::Uint4, {1});
  uint4.setUint64(0, 17); // wraps to 1
  EXPECT_EQ(uint4.getInt64(0), 1);
}

TEST(KernelUtils, StoreByDataTypeWrapsInt4AndUint4) {
  EXPECT_EQ((store<DataType::Int4>(int8_t(7))), 7);
  EXPECT_EQ((store<DataType::Int4>(int8_t(8))), -8);
  EXPECT_EQ((store<DataType::Int4>(int8_t(-9))), 7);
  EXPECT_EQ((store<DataType::Uint4>(uint8_t(16))), 0);
  EXPECT_EQ((store<DataType::Uint4>(uint8_t(255))), 15);
  EXPECT_EQ((store<DataType::Int8>(int8_t(100))), 100); // plain store<T>
  EXPECT_EQ((store<DataType::Float16>(1.0f)).bits, 0x3C00);
}

TEST(KernelUtils, RoundToGoesStraightFromDouble) {
  // 1 + 2^-11 + 2^-30 is just above a half tie: straight from double it
  // rounds up; through float (which drops 2^-30) it would tie to even (1).
  double value = 1.0 + std::ldexp(1.0, -11) + std::ldexp(1.0, -30);
  EXPECT_EQ(roundTo<Half>(value).bits, 0x3C01);
  EXPECT_EQ(roundTo<float>(0.1), 0.1f);
}

TEST(KernelUtils, CastToFloatTypeRoundsFloat16Options) {
  llvm::APFloat third(1.0f / 3.0f);
  EXPECT_EQ(castToFloatType(third, DataType::Float32), 1.0f / 3.0f);
  EXPECT_EQ(castToFloatType(third, DataType::Float16), 0.333251953125f);
}

TEST(KernelUtils, WrappingArithmetic) {
  EXPECT_EQ(wrapAdd<int8_t>(127, 1), -128);
  EXPECT_EQ(wrapSub<uint8_t>(0, 1), 255);
  EXPECT_EQ(wrapMul<int8_t>(-128, -1), -128);
  EXPECT_EQ(wrapMul<int64_t>(std::numeric_limits<int64_t>::min(), -1),
            std::numeric_limits<int64_t>::min());
  EXPECT_EQ(wrapAbs<int32_t>(std::numeric_limits<int32_t>::min()),
            std::numeric_limits<int32_t>::min());
  EXPECT_EQ(wrapAbs<int32_t>(-5), 5);
  EXPECT_EQ(wrapAbs<uint32_t>(5u), 5u);
  EXPECT_EQ(wrapAdd(0.5f, 0.25f), 0.75f);
  EXPECT_EQ(wrapAbs(-2.5f), 2.5f);
}

TEST(KernelUtils, ProjectIndicesWalksAnOdometer) {
  // [2, 3] onto strides [1, 0]: the row index; [0, 1]: the column index.
  EXPECT_EQ(projectIndices({2, 3}, {1, 0}),
            (std::vector<int64_t>{0, 0, 0, 1, 1, 1}));
  EXPECT_EQ(projectIndices({2, 3}, {0, 1}),
            (std::vector<int64_t>{0, 1, 2, 0, 1, 2}));
  // Transposed strides of a [3, 2] tensor.
  EXPECT_EQ(projectIndices({2, 3}, {1, 2}),
            (std::vector<int64_t>{0, 2, 4, 1, 3, 5}));
  EXPECT_EQ(projectIndices({}, {}), (std::vector<int64_t>{0}));
}

TEST(KernelUtils, ReductionGroupsNumberTheKeptCoordinates) {
  bool reduced[] = {false, true, false};
  ReductionGroups groups = computeReductionGroups({2, 3, 2}, reduced);
  EXPECT_EQ(groups.numGroups, 4);
  EXPECT_EQ(groups.groupSize, 3);
  EXPECT_EQ(groups.groupOf, (std::vector<int64_t>{0, 1, 0, 1, 0, 1, 2, 3, 2,
                                                  3, 2, 3}));
}

TEST(KernelUtils, SplitAtAxis) {
  AxisSplit split = splitAtAxis({2, 3, 4, 5}, 2);
  EXPECT_EQ(split.outer, 6);
  EXPECT_EQ(split.size, 4);
  EXPECT_EQ(split.inner, 5);
  split = splitAtAxis({7}, 0);
  EXPECT_EQ(split.outer, 1);
  EXPECT_EQ(split.size, 7);
  EXPECT_EQ(split.inner, 1);
}
