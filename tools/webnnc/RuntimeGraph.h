//===- RuntimeGraph.h - a .wnn artifact loaded in webnnrt -----*- C++ -*-===//
//
// `run` and `bench` execute an artifact the same way, through the runtime's
// C API: a context with the requested threads, the graph loaded from
// memory, one runtime tensor per input and output created once from the
// graph's descriptors, and dispatches that bind all of them. Errors are
// printed with the runtime's message.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_TOOLS_RUNTIMEGRAPH_H
#define WEBNNC_TOOLS_RUNTIMEGRAPH_H

#include "GraphLoader.h"
#include "mlir/Support/LogicalResult.h"
#include "webnnc/Interpreter/Tensor.h"
#include "webnnrt.h"
#include "llvm/ADT/ArrayRef.h"
#include <memory>
#include <string>
#include <vector>

namespace webnnc {

class RuntimeGraph {
public:
  /// Loads `artifact` on a new CPU context of `threads` threads; null after
  /// printing why not (prefixed with `command`).
  static std::unique_ptr<RuntimeGraph> load(llvm::ArrayRef<uint8_t> artifact,
                                            uint32_t threads,
                                            llvm::StringRef command);
  /// load() of the artifact of the model file `path` (loadOrCompileArtifact).
  static std::unique_ptr<RuntimeGraph> open(const std::string &path,
                                            const LoadOptions &options,
                                            uint32_t threads,
                                            llvm::StringRef command);
  ~RuntimeGraph();

  llvm::ArrayRef<std::string> getInputNames() const { return inputNames; }
  llvm::ArrayRef<std::string> getOutputNames() const { return outputNames; }
  /// Zero-filled host tensors of the inputs' data types and shapes.
  std::vector<interp::Tensor> makeInputTensors() const;
  /// Milliseconds webnnrt_graph_load_memory took (verification and loading
  /// the native code; not reading the file).
  double getLoadMilliseconds() const { return loadMilliseconds; }
  size_t getArenaSize() const;
  uint32_t getNumThreads() const;

  /// Copies the host tensors (in input order) into the runtime's.
  mlir::LogicalResult writeInputs(llvm::ArrayRef<interp::Tensor> inputs);
  /// One dispatch on the bound tensors; its milliseconds, measured around
  /// webnnrt_graph_dispatch alone.
  mlir::FailureOr<double> dispatch();
  /// Per-kernel time of the dispatches made while profiling is on.
  struct KernelTime {
    std::string name;
    double milliseconds;
  };
  mlir::LogicalResult setProfiling(bool enabled);
  /// What the artifact says of each kernel: its FLOPs and the webnn ops
  /// it came from (comma-separated).
  struct KernelInfo {
    std::string name;
    int64_t flops = 0;
    std::string sources;
  };
  std::vector<KernelInfo> getKernelInfo() const;
  std::vector<KernelTime> getKernelTimes() const;

  /// The outputs of the last dispatch, in output order.
  mlir::FailureOr<std::vector<interp::Tensor>> readOutputs() const;

private:
  RuntimeGraph(std::string command) : command(std::move(command)) {}
  mlir::LogicalResult fail(llvm::StringRef what) const;

  std::string command;
  webnnrt_context *context = nullptr;
  webnnrt_graph *graph = nullptr;
  std::vector<std::string> inputNames, outputNames;
  std::vector<webnnrt_tensor_descriptor> inputDescriptors, outputDescriptors;
  std::vector<webnnrt_tensor *> tensors;
  /// Inputs then outputs, bound to `tensors` once: the names point into
  /// inputNames/outputNames.
  std::vector<webnnrt_named_tensor> bindings;
  double loadMilliseconds = 0;
  /// The loaded artifact's bytes (for getKernelInfo).
  std::vector<uint8_t> artifact;
};

} // namespace webnnc

#endif // WEBNNC_TOOLS_RUNTIMEGRAPH_H
