//===- MemoryPlanner.cpp - intermediate values in one arena ---------------===//
#include "webnnc/Targets/CPU/MemoryPlanner.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <numeric>

namespace mlir::webnnc {
namespace {

uint64_t alignTo(uint64_t value, uint64_t alignment) {
  return (value + alignment - 1) / alignment * alignment;
}

bool overlapInTime(const ArenaBuffer &a, const ArenaBuffer &b) {
  return a.firstKernel <= b.lastKernel && b.firstKernel <= a.lastKernel;
}

/// Places buffers in `order`; each goes into a free interval of the
/// buffers already placed and alive with it: the first that fits, or the
/// smallest that fits. Returns the arena size.
uint64_t placeInOrder(std::vector<ArenaBuffer> &buffers,
                      const std::vector<size_t> &order, uint64_t alignment,
                      bool bestFit) {
  uint64_t arena = 0;
  std::vector<size_t> placed;
  std::vector<std::pair<uint64_t, uint64_t>> busy;
  for (size_t index : order) {
    ArenaBuffer &buffer = buffers[index];
    busy.clear();
    for (size_t other : placed)
      if (overlapInTime(buffers[other], buffer))
        busy.push_back({buffers[other].offset,
                        buffers[other].offset + buffers[other].size});
    std::sort(busy.begin(), busy.end());
    // Candidate gaps: before, between and after the busy intervals.
    uint64_t cursor = 0, chosen = UINT64_MAX, chosenGap = UINT64_MAX;
    for (auto [start, end] : busy) {
      if (start > cursor && start - cursor >= buffer.size) {
        uint64_t gap = start - cursor;
        if (!bestFit) {
          chosen = cursor;
          break;
        }
        if (gap < chosenGap) {
          chosen = cursor;
          chosenGap = gap;
        }
      }
      cursor = std::max(cursor, alignTo(end, alignment));
    }
    if (chosen == UINT64_MAX)
      chosen = cursor;
    buffer.offset = chosen;
    arena = std::max(arena, chosen + buffer.size);
    placed.push_back(index);
  }
  return alignTo(arena, alignment);
}

/// Bytes alive at each kernel step.
std::vector<uint64_t>
liveBytesPerStep(const std::vector<ArenaBuffer> &buffers) {
  unsigned steps = 0;
  for (const ArenaBuffer &buffer : buffers)
    steps = std::max(steps, buffer.lastKernel + 1);
  std::vector<uint64_t> live(steps, 0);
  for (const ArenaBuffer &buffer : buffers)
    for (unsigned k = buffer.firstKernel; k <= buffer.lastKernel; ++k)
      live[k] += buffer.size;
  return live;
}

std::vector<size_t> bySize(const std::vector<ArenaBuffer> &buffers) {
  std::vector<size_t> order(buffers.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return buffers[a].size > buffers[b].size;
  });
  return order;
}

/// Steps from the most to the least memory alive, each step's buffers by
/// size: the tightest moment of the schedule is packed first.
std::vector<size_t> byBreadth(const std::vector<ArenaBuffer> &buffers) {
  std::vector<uint64_t> live = liveBytesPerStep(buffers);
  unsigned steps = live.size();
  std::vector<unsigned> stepOrder(steps);
  std::iota(stepOrder.begin(), stepOrder.end(), 0);
  std::stable_sort(stepOrder.begin(), stepOrder.end(),
                   [&](unsigned a, unsigned b) { return live[a] > live[b]; });
  std::vector<size_t> order;
  std::vector<bool> taken(buffers.size(), false);
  for (unsigned step : stepOrder) {
    std::vector<size_t> here;
    for (size_t i = 0; i < buffers.size(); ++i)
      if (!taken[i] && buffers[i].firstKernel <= step &&
          step <= buffers[i].lastKernel)
        here.push_back(i);
    std::stable_sort(here.begin(), here.end(), [&](size_t a, size_t b) {
      return buffers[a].size > buffers[b].size;
    });
    for (size_t i : here) {
      taken[i] = true;
      order.push_back(i);
    }
  }
  return order;
}

/// The outermost buffer `index` lives in and its byte offset there.
std::pair<size_t, uint64_t> rootOf(const std::vector<ArenaBuffer> &buffers,
                                   size_t index) {
  uint64_t offset = 0;
  // At most buffers.size() steps: a malformed cycle ends the walk.
  for (size_t steps = 0; buffers[index].parent >= 0 && steps < buffers.size();
       ++steps) {
    offset += buffers[index].offsetInParent;
    index = static_cast<size_t>(buffers[index].parent);
  }
  return {index, offset};
}

/// Places buffers that have no parent.
ArenaPlan planRoots(std::vector<ArenaBuffer> &buffers, uint64_t alignment) {
  ArenaPlan plan;
  for (uint64_t bytes : liveBytesPerStep(buffers))
    plan.lowerBound = std::max(plan.lowerBound, bytes);

  struct Strategy {
    const char *name;
    std::vector<size_t> (*order)(const std::vector<ArenaBuffer> &);
    bool bestFit;
  };
  const Strategy strategies[] = {{"greedy-by-size", bySize, false},
                                 {"greedy-by-size-best-fit", bySize, true},
                                 {"greedy-by-breadth", byBreadth, false}};
  std::vector<ArenaBuffer> best;
  for (const Strategy &strategy : strategies) {
    std::vector<ArenaBuffer> trial = buffers;
    uint64_t size =
        placeInOrder(trial, strategy.order(trial), alignment, strategy.bestFit);
    if (best.empty() || size < plan.size) {
      plan.size = size;
      plan.strategy = strategy.name;
      best = std::move(trial);
    }
  }
  if (!best.empty())
    buffers = std::move(best);
  return plan;
}

/// The outermost buffers, each alive whenever any of its parts is, and
/// for every buffer the index of its outermost one in that list.
std::vector<ArenaBuffer> mergeParts(const std::vector<ArenaBuffer> &buffers,
                                    std::vector<size_t> &rootIndex) {
  std::vector<ArenaBuffer> roots;
  std::vector<size_t> position(buffers.size(), SIZE_MAX);
  for (size_t i = 0; i < buffers.size(); ++i)
    if (buffers[i].parent < 0) {
      position[i] = roots.size();
      roots.push_back(buffers[i]);
    }
  rootIndex.assign(buffers.size(), SIZE_MAX);
  for (size_t i = 0; i < buffers.size(); ++i) {
    rootIndex[i] = position[rootOf(buffers, i).first];
    if (rootIndex[i] == SIZE_MAX)
      continue; // a cycle: reported by isValidArenaPlan
    ArenaBuffer &root = roots[rootIndex[i]];
    root.firstKernel = std::min(root.firstKernel, buffers[i].firstKernel);
    root.lastKernel = std::max(root.lastKernel, buffers[i].lastKernel);
  }
  return roots;
}

} // namespace

ArenaPlan planArena(std::vector<ArenaBuffer> &buffers, uint64_t alignment) {
  std::vector<size_t> rootIndex;
  std::vector<ArenaBuffer> roots = mergeParts(buffers, rootIndex);
  ArenaPlan plan = planRoots(roots, alignment);
  for (size_t i = 0; i < buffers.size(); ++i)
    if (rootIndex[i] != SIZE_MAX)
      buffers[i].offset =
          roots[rootIndex[i]].offset + rootOf(buffers, i).second;
  return plan;
}

bool isFreeAfter(const std::vector<ArenaBuffer> &buffers, size_t buffer,
                 unsigned step) {
  size_t root = rootOf(buffers, buffer).first;
  for (size_t i = 0; i < buffers.size(); ++i)
    if (buffers[i].lastKernel > step && rootOf(buffers, i).first == root)
      return false;
  return true;
}

bool isValidArenaPlan(const std::vector<ArenaBuffer> &buffers) {
  std::vector<size_t> rootIndex;
  std::vector<ArenaBuffer> roots = mergeParts(buffers, rootIndex);
  // Every part lies inside its outermost buffer, where the offsets say.
  for (size_t i = 0; i < buffers.size(); ++i) {
    if (rootIndex[i] == SIZE_MAX)
      return false;
    uint64_t offset = rootOf(buffers, i).second;
    const ArenaBuffer &root = roots[rootIndex[i]];
    if (offset + buffers[i].size > root.size ||
        buffers[i].offset != root.offset + offset)
      return false;
  }
  // Outermost buffers alive at the same step do not overlap.
  for (size_t i = 0; i < roots.size(); ++i)
    for (size_t j = i + 1; j < roots.size(); ++j) {
      const ArenaBuffer &a = roots[i], &b = roots[j];
      if (overlapInTime(a, b) && a.offset < b.offset + b.size &&
          b.offset < a.offset + a.size)
        return false;
    }
  return true;
}

} // namespace mlir::webnnc
