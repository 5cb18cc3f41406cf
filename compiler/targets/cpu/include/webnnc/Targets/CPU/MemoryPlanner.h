//===- MemoryPlanner.h - intermediate values in one arena -----*- C++ -*-===//
//
// Static memory planning: every intermediate value of a graph gets an
// offset in one arena, so that values alive at the same time never
// overlap and the arena is as small as the heuristics can make it.
// Lifetimes are in kernel (schedule) steps, inclusive.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_TARGETS_CPU_MEMORYPLANNER_H
#define WEBNNC_TARGETS_CPU_MEMORYPLANNER_H

#include <cstdint>
#include <string>
#include <vector>

namespace mlir::webnnc {

struct ArenaBuffer {
  uint64_t size = 0;
  /// Written by the planner.
  uint64_t offset = 0;
  /// The first kernel that writes it and the last that reads it.
  unsigned firstKernel = 0, lastKernel = 0;
  /// A buffer that lives inside another one (a concatenation's operand,
  /// written in place into its slice of the result): the index of that
  /// buffer and the byte offset within it; -1 for a buffer of its own.
  /// The outermost buffer is placed, alive from the first write of any
  /// part to the last read of any part.
  int64_t parent = -1;
  uint64_t offsetInParent = 0;
};

struct ArenaPlan {
  uint64_t size = 0;
  /// The largest sum of simultaneously live buffers: no plan is smaller.
  uint64_t lowerBound = 0;
  /// The strategy whose plan was kept.
  std::string strategy;
};

/// Places `buffers` (offsets are written back) with every strategy below
/// and keeps the smallest arena. Offsets are multiples of `alignment`.
///  - greedy-by-size (TFLite's): biggest buffer first, each at the lowest
///    offset free during its lifetime (first fit);
///  - greedy-by-size best fit: the same order, each in the smallest gap
///    that holds it;
///  - greedy-by-breadth: buffers of the most crowded step first (TFLite's
///    other strategy), first fit.
ArenaPlan planArena(std::vector<ArenaBuffer> &buffers, uint64_t alignment);

/// True when nothing stored in the outermost buffer that `buffer` lives in
/// (`buffer` itself, the buffers it is part of, their other parts) is
/// read after kernel `step`: from then on the storage may be written over.
bool isFreeAfter(const std::vector<ArenaBuffer> &buffers, size_t buffer,
                 unsigned step);

/// True when no two buffers alive at the same step overlap (for tests and
/// a final check before writing an artifact).
bool isValidArenaPlan(const std::vector<ArenaBuffer> &buffers);

} // namespace mlir::webnnc

#endif // WEBNNC_TARGETS_CPU_MEMORYPLANNER_H
