// Graph.cpp - loading a .wnn artifact and dispatching it.
//
// Loading verifies everything before anything is used: the flatbuffers
// structure (with the generated Verifier), the format version, the target
// and CPU features, and that every kernel argument stays inside its input,
// output, arena or constant bytes. A dispatch then only patches the
// input/output pointers into precomputed argument arrays and calls the
// kernels: no allocation, no lock.
#include "Error.h"
#include "Runtime.h"
#include "webnn_artifact_generated.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <new>

using namespace webnnrt;
namespace fbs = webnnrt::schema;

namespace {

constexpr uint32_t kFormatVersion = 1;

/// Spare bytes after an artifact in its buffer (see loadGraph).
constexpr size_t kArtifactSlack = 32;

webnnrt_status readSignature(
    const flatbuffers::Vector<flatbuffers::Offset<fbs::TensorSignature>> *list,
    const char *kind, std::vector<Signature> &out) {
  if (!list)
    return WEBNNRT_OK;
  for (const fbs::TensorSignature *entry : *list) {
    Signature signature;
    signature.name = entry->name()->str();
    int type = static_cast<int>(entry->data_type());
    if (type < 0 || type > WEBNNRT_UINT4)
      return fail(WEBNNRT_INVALID_ARTIFACT, "%s '%s' has unknown data type %d",
                  kind, signature.name.c_str(), type);
    signature.descriptor.data_type = static_cast<webnnrt_data_type>(type);
    signature.descriptor.rank = entry->shape() ? entry->shape()->size() : 0;
    if (signature.descriptor.rank > WEBNNRT_MAX_RANK)
      return fail(WEBNNRT_INVALID_ARTIFACT, "%s '%s' has rank %u (max %d)",
                  kind, signature.name.c_str(), signature.descriptor.rank,
                  WEBNNRT_MAX_RANK);
    for (uint32_t i = 0; i < signature.descriptor.rank; ++i)
      signature.descriptor.shape[i] = entry->shape()->Get(i);
    signature.byteLength =
        webnnrt_descriptor_byte_length(&signature.descriptor);
    if (signature.byteLength == 0)
      return fail(WEBNNRT_INVALID_ARTIFACT, "%s '%s' has an invalid shape",
                  kind, signature.name.c_str());
    out.push_back(std::move(signature));
  }
  return WEBNNRT_OK;
}

/// FNV-1a, 64 bits: the native code's checksum.
uint64_t fnv1a64(const uint8_t *data, size_t size) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (size_t i = 0; i < size; ++i)
    hash = (hash ^ data[i]) * 0x100000001b3ull;
  return hash;
}

/// True when [offset, offset + size) lies within `limit` bytes.
bool fits(uint64_t offset, uint64_t size, uint64_t limit) {
  return offset <= limit && size <= limit - offset;
}

webnnrt_status loadGraph(webnnrt_graph &graph) {
  uint8_t *data = graph.artifact.data;
  size_t size = graph.artifactSize;
  if (size < 8 || !fbs::ArtifactBufferHasIdentifier(data))
    return fail(WEBNNRT_INVALID_ARTIFACT,
                "not a webnnc artifact (no WNN1 identifier)");
  // Depth and table limits stay at the Verifier's defaults; the buffer
  // size bounds every offset.
  flatbuffers::Verifier verifier(data, size);
  if (!fbs::VerifyArtifactBuffer(verifier))
    return fail(WEBNNRT_INVALID_ARTIFACT,
                "the artifact is corrupt or truncated (flatbuffers "
                "verification failed)");
  const fbs::Artifact *artifact = fbs::GetArtifact(data);
  // Kernels read constants in place with 64-byte vector loads; flatbuffers
  // aligns the constant blob to 32 bytes at most, and a blob at 32 mod 64
  // makes every weight row straddle two cache lines (products measured
  // 10-15% slower). Such an artifact is moved up by 32 bytes within its
  // buffer (the loaders leave the room), which keeps every other field's
  // alignment (at most 32).
  if (const flatbuffers::Vector<uint8_t> *constants = artifact->constant_data();
      constants && constants->size() > 0 &&
      reinterpret_cast<uintptr_t>(constants->data()) % 64 == 32) {
    std::memmove(data + 32, data, size);
    data += 32;
    artifact = fbs::GetArtifact(data);
  }
  if (artifact->format_version() != kFormatVersion)
    return fail(WEBNNRT_INVALID_ARTIFACT,
                "artifact format version %u; this runtime reads version %u",
                artifact->format_version(), kFormatVersion);
  if (artifact->target() != fbs::Target::cpu)
    return fail(WEBNNRT_UNSUPPORTED, "the artifact targets %s, not the CPU",
                fbs::EnumNameTarget(artifact->target()));
  if (artifact->cpu_features())
    for (const flatbuffers::String *feature : *artifact->cpu_features()) {
      bool known = false;
      if (!hostSupportsCpuFeature(feature->c_str(), known))
        return fail(WEBNNRT_UNSUPPORTED,
                    known ? "the artifact needs CPU feature '%s', which this "
                            "machine lacks (compile for this machine, e.g. "
                            "--target-cpu=native)"
                          : "the artifact needs unknown CPU feature '%s'",
                    feature->c_str());
    }

  webnnrt_status status = readSignature(artifact->inputs(), "input",
                                        graph.inputs);
  if (status == WEBNNRT_OK)
    status = readSignature(artifact->outputs(), "output", graph.outputs);
  if (status != WEBNNRT_OK)
    return status;
  graph.inputData.assign(graph.inputs.size(), nullptr);
  graph.outputData.assign(graph.outputs.size(), nullptr);

  uint64_t arenaSize =
      artifact->memory_plan() ? artifact->memory_plan()->arena_size() : 0;
  graph.arena = AlignedBuffer(arenaSize);
  if (!graph.arena.allocated())
    return fail(WEBNNRT_OUT_OF_MEMORY, "cannot allocate the %llu-byte arena",
                static_cast<unsigned long long>(arenaSize));

  const flatbuffers::Vector<uint8_t> *constants = artifact->constant_data();
  uint64_t constantSize = constants ? constants->size() : 0;
  const uint8_t *constantBase = constants ? constants->data() : nullptr;
  if (constantSize > 0 && reinterpret_cast<uintptr_t>(constantBase) % 32 != 0)
    return fail(WEBNNRT_INVALID_ARTIFACT,
                "the artifact's constants are not 32-byte aligned");

  const flatbuffers::Vector<uint8_t> *code = artifact->native_code();
  bool hasKernels = artifact->kernels() && artifact->kernels()->size();
  if (hasKernels && (!code || code->size() == 0))
    return fail(WEBNNRT_INVALID_ARTIFACT,
                "the artifact has kernels but no native code");
  if (hasKernels) {
    if (fnv1a64(code->data(), code->size()) != artifact->native_code_hash())
      return fail(WEBNNRT_INVALID_ARTIFACT,
                  "the artifact's native code is corrupt (checksum "
                  "mismatch)");
    status = graph.library.load(code->data(), code->size());
    if (status != WEBNNRT_OK)
      return status;
  }

  if (!hasKernels)
    return WEBNNRT_OK;
  for (const fbs::Kernel *kernel : *artifact->kernels()) {
    LoadedKernel loaded;
    const char *symbol = kernel->symbol()->c_str();
    loaded.name = kernel->name() ? kernel->name()->c_str() : symbol;
    loaded.function =
        reinterpret_cast<KernelFn>(graph.library.symbol(symbol));
    if (!loaded.function)
      return fail(WEBNNRT_INVALID_ARTIFACT,
                  "kernel symbol '%s' is missing from the native code",
                  symbol);
    loaded.workItems = kernel->work_items();
    if (loaded.workItems < 1)
      return fail(WEBNNRT_INVALID_ARTIFACT,
                  "kernel '%s' has %lld work items", symbol,
                  static_cast<long long>(loaded.workItems));
    if (kernel->args()) {
      for (const fbs::KernelArg *arg : *kernel->args()) {
        uint32_t slot = static_cast<uint32_t>(loaded.args.size());
        switch (arg->kind()) {
        case fbs::ArgKind::arena:
          if (!fits(arg->offset(), arg->size(), arenaSize))
            return fail(WEBNNRT_INVALID_ARTIFACT,
                        "kernel '%s' argument %u lies outside the arena",
                        symbol, slot);
          loaded.args.push_back(graph.arena.data + arg->offset());
          break;
        case fbs::ArgKind::constant:
          if (!fits(arg->offset(), arg->size(), constantSize))
            return fail(WEBNNRT_INVALID_ARTIFACT,
                        "kernel '%s' argument %u lies outside the constants",
                        symbol, slot);
          loaded.args.push_back(
              const_cast<uint8_t *>(constantBase + arg->offset()));
          break;
        case fbs::ArgKind::input:
        case fbs::ArgKind::output: {
          bool isOutput = arg->kind() == fbs::ArgKind::output;
          const std::vector<Signature> &list =
              isOutput ? graph.outputs : graph.inputs;
          if (arg->index() >= list.size() ||
              !fits(arg->offset(), arg->size(), list[arg->index()].byteLength))
            return fail(WEBNNRT_INVALID_ARTIFACT,
                        "kernel '%s' argument %u refers outside graph %s %u",
                        symbol, slot, isOutput ? "output" : "input",
                        arg->index());
          loaded.bindings.push_back(
              {slot, isOutput, arg->index(), arg->offset()});
          loaded.args.push_back(nullptr);
          break;
        }
        default:
          return fail(WEBNNRT_INVALID_ARTIFACT,
                      "kernel '%s' argument %u has unknown kind", symbol,
                      slot);
        }
      }
    }
    graph.kernels.push_back(std::move(loaded));
  }
  return WEBNNRT_OK;
}

webnnrt_status createGraph(webnnrt_context *context, AlignedBuffer artifact,
                           size_t artifactSize, webnnrt_graph **out) {
  auto *graph = new (std::nothrow) webnnrt_graph;
  if (!graph)
    return fail(WEBNNRT_OUT_OF_MEMORY, "cannot allocate a graph");
  graph->context = context;
  graph->artifact = std::move(artifact);
  graph->artifactSize = artifactSize;
  webnnrt_status status = loadGraph(*graph);
  if (status != WEBNNRT_OK) {
    delete graph;
    return status;
  }
  *out = graph;
  return WEBNNRT_OK;
}

/// Runs one kernel's work range on the pool.
void runKernel(void *state, int64_t begin, int64_t end) {
  auto *kernel = static_cast<const LoadedKernel *>(state);
  kernel->function(kernel->args.data(), begin, end);
}

} // namespace

extern "C" webnnrt_status webnnrt_graph_load_memory(webnnrt_context *context,
                                                    const void *data,
                                                    size_t size,
                                                    webnnrt_graph **out) {
  if (!context || !data || !out)
    return fail(WEBNNRT_INVALID_ARGUMENT, "NULL argument to graph_load_memory");
  *out = nullptr;
  // A private, 64-byte aligned copy: constants are used in place from it.
  AlignedBuffer artifact(size + kArtifactSlack);
  if (!artifact.data)
    return fail(WEBNNRT_OUT_OF_MEMORY, "cannot allocate %zu bytes", size);
  std::memcpy(artifact.data, data, size);
  return createGraph(context, std::move(artifact), size, out);
}

extern "C" webnnrt_status webnnrt_graph_load_file(webnnrt_context *context,
                                                  const char *path,
                                                  webnnrt_graph **out) {
  if (!context || !path || !out)
    return fail(WEBNNRT_INVALID_ARGUMENT, "NULL argument to graph_load_file");
  *out = nullptr;
  FILE *file = std::fopen(path, "rb");
  if (!file)
    return fail(WEBNNRT_NOT_FOUND, "cannot open '%s': %s", path,
                std::strerror(errno));
  std::fseek(file, 0, SEEK_END);
  long length = std::ftell(file);
  std::fseek(file, 0, SEEK_SET);
  if (length < 0) {
    std::fclose(file);
    return fail(WEBNNRT_INVALID_ARTIFACT, "cannot size '%s'", path);
  }
  size_t size = static_cast<size_t>(length);
  AlignedBuffer artifact(size + kArtifactSlack);
  if (!artifact.data) {
    std::fclose(file);
    return fail(WEBNNRT_OUT_OF_MEMORY, "cannot allocate %ld bytes", length);
  }
  size_t read = std::fread(artifact.data, 1, size, file);
  std::fclose(file);
  if (read != size)
    return fail(WEBNNRT_INVALID_ARTIFACT, "cannot read '%s'", path);
  webnnrt_status status =
      createGraph(context, std::move(artifact), size, out);
  if (status != WEBNNRT_OK) {
    // Name the file in the message.
    char message[512];
    std::snprintf(message, sizeof(message), "%s", webnnrt_last_error());
    return fail(status, "%s: %s", path, message);
  }
  return WEBNNRT_OK;
}

extern "C" void webnnrt_graph_release(webnnrt_graph *graph) { delete graph; }

extern "C" size_t webnnrt_graph_num_inputs(const webnnrt_graph *graph) {
  return graph ? graph->inputs.size() : 0;
}

extern "C" size_t webnnrt_graph_num_outputs(const webnnrt_graph *graph) {
  return graph ? graph->outputs.size() : 0;
}

extern "C" const char *webnnrt_graph_input_name(const webnnrt_graph *graph,
                                                size_t index) {
  return graph && index < graph->inputs.size()
             ? graph->inputs[index].name.c_str()
             : nullptr;
}

extern "C" const char *webnnrt_graph_output_name(const webnnrt_graph *graph,
                                                 size_t index) {
  return graph && index < graph->outputs.size()
             ? graph->outputs[index].name.c_str()
             : nullptr;
}

static webnnrt_status describe(const std::vector<Signature> *list,
                               size_t index, webnnrt_tensor_descriptor *out) {
  if (!list || !out || index >= list->size())
    return fail(WEBNNRT_INVALID_ARGUMENT, "no such input/output %zu", index);
  *out = (*list)[index].descriptor;
  return WEBNNRT_OK;
}

extern "C" webnnrt_status
webnnrt_graph_input_descriptor(const webnnrt_graph *graph, size_t index,
                               webnnrt_tensor_descriptor *out) {
  return describe(graph ? &graph->inputs : nullptr, index, out);
}

extern "C" webnnrt_status
webnnrt_graph_output_descriptor(const webnnrt_graph *graph, size_t index,
                                webnnrt_tensor_descriptor *out) {
  return describe(graph ? &graph->outputs : nullptr, index, out);
}

extern "C" size_t webnnrt_graph_arena_size(const webnnrt_graph *graph) {
  return graph ? graph->arena.size : 0;
}

/// Binds `given` tensors to `list` by name into `data`; every entry of the
/// list must be bound exactly once.
static webnnrt_status bindTensors(const std::vector<Signature> &list,
                           const webnnrt_named_tensor *given, size_t count,
                           std::vector<uint8_t *> &data, const char *kind) {
  if (count != list.size())
    return fail(WEBNNRT_INVALID_ARGUMENT, "the graph has %zu %ss, %zu given",
                list.size(), kind, count);
  for (uint8_t *&slot : data)
    slot = nullptr;
  for (size_t i = 0; i < count; ++i) {
    if (!given || !given[i].name || !given[i].tensor)
      return fail(WEBNNRT_INVALID_ARGUMENT, "%s #%zu has no name or tensor",
                  kind, i);
    size_t index = 0;
    while (index < list.size() && list[index].name != given[i].name)
      ++index;
    if (index == list.size())
      return fail(WEBNNRT_NOT_FOUND, "the graph has no %s named '%s'", kind,
                  given[i].name);
    if (data[index])
      return fail(WEBNNRT_INVALID_ARGUMENT, "%s '%s' is given twice", kind,
                  given[i].name);
    const webnnrt_tensor_descriptor &want = list[index].descriptor;
    const webnnrt_tensor_descriptor &have = given[i].tensor->descriptor;
    bool same = want.data_type == have.data_type && want.rank == have.rank;
    for (uint32_t d = 0; same && d < want.rank; ++d)
      same = want.shape[d] == have.shape[d];
    if (!same)
      return fail(WEBNNRT_INVALID_ARGUMENT,
                  "%s '%s': the tensor's descriptor differs from the graph's",
                  kind, given[i].name);
    data[index] = given[i].tensor->buffer.data;
  }
  return WEBNNRT_OK;
}

extern "C" webnnrt_status
webnnrt_graph_dispatch(webnnrt_graph *graph, const webnnrt_named_tensor *inputs,
                       size_t numInputs, const webnnrt_named_tensor *outputs,
                       size_t numOutputs) {
  if (!graph)
    return fail(WEBNNRT_INVALID_ARGUMENT, "NULL graph");
  if (graph->busy.test_and_set(std::memory_order_acquire))
    return fail(WEBNNRT_BUSY,
                "the graph is being dispatched on another thread");
  webnnrt_status status =
      bindTensors(graph->inputs, inputs, numInputs, graph->inputData, "input");
  if (status == WEBNNRT_OK)
    status = bindTensors(graph->outputs, outputs, numOutputs, graph->outputData,
                  "output");
  if (status == WEBNNRT_OK) {
    ThreadPool &pool = *graph->context->pool;
    for (LoadedKernel &kernel : graph->kernels) {
      for (const LoadedKernel::Binding &binding : kernel.bindings)
        kernel.args[binding.slot] =
            (binding.isOutput ? graph->outputData
                              : graph->inputData)[binding.index] +
            binding.offset;
      if (!graph->profiling) {
        pool.run(kernel.workItems, runKernel, &kernel);
        continue;
      }
      auto start = std::chrono::steady_clock::now();
      pool.run(kernel.workItems, runKernel, &kernel);
      kernel.profiledNs += uint64_t(
          std::chrono::duration_cast<std::chrono::nanoseconds>(
              std::chrono::steady_clock::now() - start)
              .count());
    }
  }
  graph->busy.clear(std::memory_order_release);
  return status;
}

extern "C" size_t webnnrt_graph_num_kernels(const webnnrt_graph *graph) {
  return graph ? graph->kernels.size() : 0;
}

extern "C" const char *webnnrt_graph_kernel_name(const webnnrt_graph *graph,
                                                 size_t index) {
  return graph && index < graph->kernels.size() ? graph->kernels[index].name
                                                : nullptr;
}

extern "C" webnnrt_status webnnrt_graph_set_profiling(webnnrt_graph *graph,
                                                      int enabled) {
  if (!graph)
    return fail(WEBNNRT_INVALID_ARGUMENT, "NULL graph");
  if (graph->busy.test_and_set(std::memory_order_acquire))
    return fail(WEBNNRT_BUSY,
                "the graph is being dispatched on another thread");
  graph->profiling = enabled != 0;
  if (graph->profiling)
    for (LoadedKernel &kernel : graph->kernels)
      kernel.profiledNs = 0;
  graph->busy.clear(std::memory_order_release);
  return WEBNNRT_OK;
}

extern "C" webnnrt_status webnnrt_graph_kernel_time(const webnnrt_graph *graph,
                                                   size_t index,
                                                   uint64_t *total_ns) {
  if (!graph || !total_ns)
    return fail(WEBNNRT_INVALID_ARGUMENT, "NULL argument to kernel_time");
  if (index >= graph->kernels.size())
    return fail(WEBNNRT_INVALID_ARGUMENT, "kernel index %zu out of range",
                index);
  *total_ns = graph->kernels[index].profiledNs;
  return WEBNNRT_OK;
}
