// Runtime.h - the objects behind the C API's opaque handles.
#ifndef WEBNNRT_SRC_RUNTIME_H
#define WEBNNRT_SRC_RUNTIME_H

#include "ThreadPool.h"
#include "webnnrt.h"

#include <atomic>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace webnnrt {

/// Memory aligned for any kernel (64 bytes: an AVX-512 vector, a cache line).
struct AlignedBuffer {
  AlignedBuffer() = default;
  explicit AlignedBuffer(size_t size);
  AlignedBuffer(AlignedBuffer &&other) noexcept;
  AlignedBuffer &operator=(AlignedBuffer &&other) noexcept;
  ~AlignedBuffer();
  bool allocated() const { return data != nullptr || size == 0; }
  uint8_t *data = nullptr;
  size_t size = 0;
};

/// Native code loaded from an artifact (an ELF shared object held in
/// memory, opened through memfd without touching the file system).
class NativeLibrary {
public:
  ~NativeLibrary();
  /// Loads `code`; on failure returns a status with the last error set.
  webnnrt_status load(const uint8_t *code, size_t size);
  void *symbol(const char *name) const;

private:
  void *handle = nullptr;
};

/// The CPU feature names the artifact may require, checked with cpuid.
bool hostSupportsCpuFeature(const char *name, bool &known);

} // namespace webnnrt

struct webnnrt_context {
  webnnrt_context_options options;
  std::unique_ptr<webnnrt::ThreadPool> pool;
};

struct webnnrt_tensor {
  webnnrt_tensor_descriptor descriptor;
  uint32_t usage;
  webnnrt::AlignedBuffer buffer;
};

namespace webnnrt {

using KernelFn = void (*)(void *const *args, int64_t begin, int64_t end);

/// A kernel ready to call: its function and its argument array, where the
/// slots bound to graph inputs/outputs are patched at each dispatch.
struct LoadedKernel {
  KernelFn function = nullptr;
  /// The kernel's name in the artifact (lives as long as the graph).
  const char *name = "";
  /// Time spent in the kernel over profiled dispatches.
  uint64_t profiledNs = 0;
  int64_t workItems = 1;
  std::vector<void *> args;
  /// (slot in args, input or output index, byte offset)
  struct Binding {
    uint32_t slot;
    bool isOutput;
    uint32_t index;
    uint64_t offset;
  };
  std::vector<Binding> bindings;
};

struct Signature {
  std::string name;
  webnnrt_tensor_descriptor descriptor;
  size_t byteLength;
};

} // namespace webnnrt

struct webnnrt_graph {
  webnnrt_context *context = nullptr;
  /// The artifact's bytes, with kArtifactSlack spare bytes after them:
  /// loading moves them up by 32 when that aligns the constants to 64.
  webnnrt::AlignedBuffer artifact;
  size_t artifactSize = 0;
  webnnrt::AlignedBuffer arena;
  webnnrt::NativeLibrary library;
  std::vector<webnnrt::Signature> inputs;
  std::vector<webnnrt::Signature> outputs;
  std::vector<webnnrt::LoadedKernel> kernels;
  /// Bound tensors of the current dispatch (sized at load: no allocation).
  std::vector<uint8_t *> inputData;
  std::vector<uint8_t *> outputData;
  std::atomic_flag busy = ATOMIC_FLAG_INIT;
  /// Per-kernel timing (webnnrt_graph_set_profiling).
  bool profiling = false;
};

#endif // WEBNNRT_SRC_RUNTIME_H
