//===- MemoryPlannerTest.cpp - the arena planner
//---------------------------===//
#include "webnnc/Targets/CPU/MemoryPlanner.h"

#include <gtest/gtest.h>
#include <random>

using mlir::webnnc::ArenaBuffer;
using mlir::webnnc::ArenaPlan;
using mlir::webnnc::isValidArenaPlan;
using mlir::webnnc::planArena;

namespace {

ArenaBuffer buffer(uint64_t size, unsigned first, unsigned last) {
  ArenaBuffer b;
  b.size = size;
  b.firstKernel = first;
  b.lastKernel = last;
  return b;
}

TEST(MemoryPlanner, EmptyGraphNeedsNoArena) {
  std::vector<ArenaBuffer> buffers;
  ArenaPlan plan = planArena(buffers, 64);
  EXPECT_EQ(plan.size, 0u);
  EXPECT_EQ(plan.lowerBound, 0u);
}

TEST(MemoryPlanner, DisjointLifetimesShareOffsetZero) {
  // A chain: each value dies when the next is made.
  std::vector<ArenaBuffer> buffers = {buffer(1000, 0, 1), buffer(1000, 2, 3),
                                      buffer(1000, 4, 5)};
  ArenaPlan plan = planArena(buffers, 64);
  EXPECT_TRUE(isValidArenaPlan(buffers));
  for (const ArenaBuffer &b : buffers)
    EXPECT_EQ(b.offset, 0u);
  EXPECT_EQ(plan.size, 1024u); // rounded up to the alignment
  EXPECT_EQ(plan.lowerBound, 1000u);
}

TEST(MemoryPlanner, OverlappingLifetimesAreApartAndAligned) {
  std::vector<ArenaBuffer> buffers = {buffer(100, 0, 2), buffer(200, 1, 3),
                                      buffer(50, 2, 2)};
  ArenaPlan plan = planArena(buffers, 64);
  EXPECT_TRUE(isValidArenaPlan(buffers));
  for (const ArenaBuffer &b : buffers)
    EXPECT_EQ(b.offset % 64, 0u);
  EXPECT_EQ(plan.lowerBound, 350u);
  EXPECT_GE(plan.size, plan.lowerBound);
  EXPECT_LE(plan.size, 512u);
}

TEST(MemoryPlanner, ReusesAGapBetweenLiveBuffers) {
  // A small buffer fits in the hole a dead one left between two live ones.
  std::vector<ArenaBuffer> buffers = {buffer(4096, 0, 4), buffer(1024, 0, 1),
                                      buffer(4096, 0, 4), buffer(512, 2, 3)};
  ArenaPlan plan = planArena(buffers, 64);
  EXPECT_TRUE(isValidArenaPlan(buffers));
  EXPECT_EQ(plan.size, 4096u * 2 + 1024u);
  EXPECT_FALSE(plan.strategy.empty());
}

TEST(MemoryPlanner, DetectsAnOverlap) {
  std::vector<ArenaBuffer> buffers = {buffer(100, 0, 1), buffer(100, 1, 2)};
  buffers[0].offset = 0;
  buffers[1].offset = 64;
  EXPECT_FALSE(isValidArenaPlan(buffers));
  buffers[1].offset = 128;
  EXPECT_TRUE(isValidArenaPlan(buffers));
}

TEST(MemoryPlanner, RandomSchedulesAreValidAndNearTheBound) {
  std::mt19937 random(7);
  double worst = 1.0;
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<ArenaBuffer> buffers;
    unsigned steps = 5 + random() % 60;
    for (unsigned i = 0; i < steps; ++i) {
      unsigned first = i, last = i + random() % 6;
      buffers.push_back(buffer(64 * (1 + random() % 200), first, last));
    }
    ArenaPlan plan = planArena(buffers, 64);
    ASSERT_TRUE(isValidArenaPlan(buffers)) << "trial " << trial;
    ASSERT_GE(plan.size, plan.lowerBound);
    worst = std::max(worst, double(plan.size) / double(plan.lowerBound));
  }
  // Greedy planners are not optimal, but on chain-like schedules they stay
  // close to the bound.
  EXPECT_LT(worst, 1.6);
}

TEST(MemoryPlanner, ConcatenationOperandsLiveInTheirSlices) {
  // Two producers (steps 0 and 1) written straight into the two halves of
  // their concatenation (1024 bytes), read at step 2; a value made at
  // step 1 and read at step 2 must stay out of the whole concatenation,
  // which is alive from step 0.
  std::vector<ArenaBuffer> buffers = {buffer(512, 0, 0), buffer(512, 1, 1),
                                      buffer(1024, 2, 2), buffer(256, 1, 2)};
  buffers[0].parent = 2;
  buffers[1].parent = 2;
  buffers[1].offsetInParent = 512;
  ArenaPlan plan = planArena(buffers, 64);
  ASSERT_TRUE(isValidArenaPlan(buffers));
  EXPECT_EQ(buffers[0].offset, buffers[2].offset);
  EXPECT_EQ(buffers[1].offset, buffers[2].offset + 512);
  bool apart = buffers[3].offset >= buffers[2].offset + 1024 ||
               buffers[3].offset + 256 <= buffers[2].offset;
  EXPECT_TRUE(apart);
  // Operands and result are one storage: 1024 + 256 at steps 1 and 2,
  // not 512 + 512 + 1024 + 256.
  EXPECT_EQ(plan.lowerBound, 1280u);
  EXPECT_EQ(plan.size, 1280u);
}

TEST(MemoryPlanner, PartsOutsideTheirParentAreInvalid) {
  std::vector<ArenaBuffer> buffers = {buffer(512, 0, 0), buffer(1024, 1, 1)};
  buffers[0].parent = 1;
  buffers[0].offsetInParent = 768; // ends past the parent
  planArena(buffers, 64);
  EXPECT_FALSE(isValidArenaPlan(buffers));
  // A cycle of parents is invalid, not a hang.
  std::vector<ArenaBuffer> cycle = {buffer(64, 0, 0), buffer(64, 0, 0)};
  cycle[0].parent = 1;
  cycle[1].parent = 0;
  planArena(cycle, 64);
  EXPECT_FALSE(isValidArenaPlan(cycle));
}

TEST(MemoryPlanner, StorageIsFreeWhenNoPartIsReadLater) {
  // #1 lives inside #0 (a concatenation's operand); #0 is read at step 3.
  std::vector<ArenaBuffer> buffers = {buffer(1024, 2, 3), buffer(512, 1, 2),
                                      buffer(256, 0, 1)};
  buffers[1].parent = 0;
  EXPECT_FALSE(mlir::webnnc::isFreeAfter(buffers, 1, 2)); // #0 is read later
  EXPECT_TRUE(mlir::webnnc::isFreeAfter(buffers, 0, 3));
  EXPECT_TRUE(mlir::webnnc::isFreeAfter(buffers, 2, 1));
  EXPECT_FALSE(mlir::webnnc::isFreeAfter(buffers, 2, 0));
}

} // namespace
