// The interpreter's Tensor: casts, half precision, broadcasting indices.
#include "webnnc/Interpreter/Tensor.h"

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
