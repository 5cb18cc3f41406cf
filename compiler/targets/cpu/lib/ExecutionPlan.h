//===- ExecutionPlan.h - what the runtime executes, compiler side -*- C++
//-*-===//
//
// The schedule of a compiled graph in plain data: its signature, its
// constants, the arena plan and the kernel calls with their arguments.
// Read off the graph function after kernel formation; written into the
// artifact by ArtifactWriter.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_TARGETS_CPU_EXECUTIONPLAN_H
#define WEBNNC_TARGETS_CPU_EXECUTIONPLAN_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Support/LLVM.h"
#include "webnnc/Targets/CPU/MemoryPlanner.h"
#include <cstdint>
#include <string>
#include <vector>

namespace mlir::webnnc {

/// A graph input or output as the runtime sees it: the WebNN data type
/// name ("float32", "uint8", ...) and shape.
struct TensorSignature {
  std::string name;
  std::string dataType;
  std::vector<int64_t> shape;
};

/// Where a kernel argument lives (mirrors the schema's ArgKind).
enum class StorageKind { Input, Output, Arena, Constant };

struct KernelArgument {
  StorageKind kind;
  uint32_t index = 0;
  uint64_t offset = 0;
  uint64_t size = 0;
};

struct PlannedKernel {
  std::string function; // the kernel function in the module
  std::string symbol;   // its exported entry point
  std::vector<KernelArgument> arguments;
  int64_t workItems = 1;
  std::vector<std::string> sourceOps;
  int64_t flops = 0;
  int64_t bytes = 0;
};

struct ExecutionPlan {
  std::vector<TensorSignature> inputs, outputs;
  std::vector<PlannedKernel> kernels;
  std::vector<ArenaBuffer> arenaBuffers;
  uint64_t arenaSize = 0;
  /// The largest sum of simultaneously live arena buffers.
  uint64_t arenaLowerBound = 0;
  /// The planning strategy that gave the smallest arena.
  std::string arenaStrategy;
  std::vector<uint8_t> constantData;
};

/// Bytes of a static tensor in memory (sub-byte and i1 elements take a
/// byte each, as LLVM stores them).
uint64_t getStorageSize(Type type);

/// The signature of a webnn graph function (before lowering: unsigned
/// types are still unsigned).
FailureOr<std::vector<TensorSignature>> getInputSignature(func::FuncOp graph);
FailureOr<std::vector<TensorSignature>> getOutputSignature(func::FuncOp graph);

/// Reads the schedule off a graph after kernel formation and plans its
/// arena (greedy by size over lifetimes, 64-byte aligned offsets).
FailureOr<ExecutionPlan> buildExecutionPlan(func::FuncOp graph);

} // namespace mlir::webnnc

#endif // WEBNNC_TARGETS_CPU_EXECUTIONPLAN_H
