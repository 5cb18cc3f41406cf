//===- RuntimeGraph.cpp - a .wnn artifact loaded in webnnrt ---------------===//
#include "RuntimeGraph.h"

#include "webnn_artifact_generated.h"
#include "ArtifactSource.h"

#include "llvm/Support/raw_ostream.h"
#include <chrono>

using namespace mlir;
using webnnc::interp::DataType;
using webnnc::interp::Tensor;

namespace webnnc {

static DataType hostDataType(webnnrt_data_type type) {
  switch (type) {
  case WEBNNRT_FLOAT32:
    return DataType::Float32;
  case WEBNNRT_FLOAT16:
    return DataType::Float16;
  case WEBNNRT_INT32:
    return DataType::Int32;
  case WEBNNRT_UINT32:
    return DataType::Uint32;
  case WEBNNRT_INT64:
    return DataType::Int64;
  case WEBNNRT_UINT64:
    return DataType::Uint64;
  case WEBNNRT_INT8:
    return DataType::Int8;
  case WEBNNRT_UINT8:
    return DataType::Uint8;
  case WEBNNRT_INT4:
    return DataType::Int4;
  case WEBNNRT_UINT4:
    return DataType::Uint4;
  }
  llvm_unreachable("the runtime verified the artifact's data types");
}

/// A zero host tensor for a runtime descriptor. Both store int4/uint4
/// unpacked, so the byte lengths agree for every data type.
static Tensor hostTensor(const webnnrt_tensor_descriptor &descriptor) {
  return Tensor(hostDataType(descriptor.data_type),
                llvm::ArrayRef<int64_t>(descriptor.shape, descriptor.rank));
}

LogicalResult RuntimeGraph::fail(StringRef what) const {
  llvm::errs() << command << ": " << what << ": " << webnnrt_last_error()
               << "\n";
  return failure();
}

std::unique_ptr<RuntimeGraph> RuntimeGraph::load(ArrayRef<uint8_t> artifact,
                                                 uint32_t threads,
                                                 StringRef command) {
  std::unique_ptr<RuntimeGraph> self(new RuntimeGraph(command.str()));
  self->artifact.assign(artifact.begin(), artifact.end());
  webnnrt_context_options options = webnnrt_context_options_default();
  options.num_threads = threads;
  if (webnnrt_context_create(&options, &self->context) != WEBNNRT_OK) {
    (void)self->fail("cannot create a runtime context");
    return nullptr;
  }
  auto start = std::chrono::steady_clock::now();
  webnnrt_status status = webnnrt_graph_load_memory(
      self->context, artifact.data(), artifact.size(), &self->graph);
  self->loadMilliseconds = std::chrono::duration<double, std::milli>(
                               std::chrono::steady_clock::now() - start)
                               .count();
  if (status != WEBNNRT_OK) {
    (void)self->fail("cannot load the artifact");
    return nullptr;
  }

  // Every tensor is created before the first binding is taken: the
  // bindings point into the name vectors, which must not grow after.
  auto addTensors = [&](size_t count, auto nameOf, auto descriptorOf,
                        uint32_t usage, std::vector<std::string> &names,
                        std::vector<webnnrt_tensor_descriptor> &descriptors) {
    for (size_t i = 0; i < count; ++i) {
      webnnrt_tensor_descriptor descriptor;
      webnnrt_tensor *tensor = nullptr;
      if (descriptorOf(self->graph, i, &descriptor) != WEBNNRT_OK ||
          webnnrt_tensor_create(self->context, &descriptor, usage, &tensor) !=
              WEBNNRT_OK)
        return self->fail("cannot create the tensor of '" +
                          std::string(nameOf(self->graph, i)) + "'");
      names.push_back(nameOf(self->graph, i));
      descriptors.push_back(descriptor);
      self->tensors.push_back(tensor);
    }
    return success();
  };
  if (failed(addTensors(webnnrt_graph_num_inputs(self->graph),
                        webnnrt_graph_input_name,
                        webnnrt_graph_input_descriptor, WEBNNRT_TENSOR_WRITE,
                        self->inputNames, self->inputDescriptors)) ||
      failed(addTensors(webnnrt_graph_num_outputs(self->graph),
                        webnnrt_graph_output_name,
                        webnnrt_graph_output_descriptor, WEBNNRT_TENSOR_READ,
                        self->outputNames, self->outputDescriptors)))
    return nullptr;
  std::vector<std::string> *names[] = {&self->inputNames, &self->outputNames};
  size_t next = 0;
  for (std::vector<std::string> *list : names)
    for (const std::string &name : *list)
      self->bindings.push_back({name.c_str(), self->tensors[next++]});
  return self;
}

std::unique_ptr<RuntimeGraph> RuntimeGraph::open(const std::string &path,
                                                 const LoadOptions &options,
                                                 uint32_t threads,
                                                 StringRef command) {
  llvm::Expected<std::vector<uint8_t>> artifact =
      loadOrCompileArtifact(path, options);
  if (!artifact) {
    llvm::errs() << command << ": " << llvm::toString(artifact.takeError())
                 << "\n";
    return nullptr;
  }
  return load(*artifact, threads, command);
}

LogicalResult RuntimeGraph::setProfiling(bool enabled) {
  if (webnnrt_graph_set_profiling(graph, enabled) != WEBNNRT_OK)
    return fail("cannot switch profiling");
  return success();
}

std::vector<RuntimeGraph::KernelTime> RuntimeGraph::getKernelTimes() const {
  std::vector<KernelTime> times;
  for (size_t i = 0, e = webnnrt_graph_num_kernels(graph); i < e; ++i) {
    uint64_t nanoseconds = 0;
    (void)webnnrt_graph_kernel_time(graph, i, &nanoseconds);
    times.push_back({webnnrt_graph_kernel_name(graph, i), nanoseconds * 1e-6});
  }
  return times;
}

std::vector<RuntimeGraph::KernelInfo> RuntimeGraph::getKernelInfo() const {
  std::vector<KernelInfo> kernels;
  // The runtime verified the artifact when it loaded it.
  const auto *root = webnnrt::schema::GetArtifact(artifact.data());
  if (!root->kernels())
    return kernels;
  for (const auto *kernel : *root->kernels()) {
    KernelInfo info;
    info.name = kernel->name() ? kernel->name()->str() : "";
    info.flops = kernel->flops();
    if (kernel->source_ops())
      for (const auto *source : *kernel->source_ops())
        info.sources += (info.sources.empty() ? "" : ", ") + source->str();
    kernels.push_back(std::move(info));
  }
  return kernels;
}

RuntimeGraph::~RuntimeGraph() {
  for (webnnrt_tensor *tensor : tensors)
    webnnrt_tensor_release(tensor);
  webnnrt_graph_release(graph);
  webnnrt_context_release(context);
}

std::vector<Tensor> RuntimeGraph::makeInputTensors() const {
  std::vector<Tensor> inputs;
  for (const webnnrt_tensor_descriptor &descriptor : inputDescriptors)
    inputs.push_back(hostTensor(descriptor));
  return inputs;
}

size_t RuntimeGraph::getArenaSize() const {
  return webnnrt_graph_arena_size(graph);
}

uint32_t RuntimeGraph::getNumThreads() const {
  return webnnrt_context_num_threads(context);
}

LogicalResult RuntimeGraph::writeInputs(ArrayRef<Tensor> inputs) {
  for (auto [index, input] : llvm::enumerate(inputs))
    if (webnnrt_tensor_write(tensors[index], input.getBytes(),
                             input.getByteSize()) != WEBNNRT_OK)
      return fail("cannot write input '" + inputNames[index] + "'");
  return success();
}

FailureOr<double> RuntimeGraph::dispatch() {
  size_t numInputs = inputNames.size();
  auto start = std::chrono::steady_clock::now();
  webnnrt_status status =
      webnnrt_graph_dispatch(graph, bindings.data(), numInputs,
                             bindings.data() + numInputs, outputNames.size());
  auto end = std::chrono::steady_clock::now();
  if (status != WEBNNRT_OK)
    return fail("the dispatch failed");
  return std::chrono::duration<double, std::milli>(end - start).count();
}

FailureOr<std::vector<Tensor>> RuntimeGraph::readOutputs() const {
  std::vector<Tensor> outputs;
  size_t numInputs = inputNames.size();
  for (auto [index, descriptor] : llvm::enumerate(outputDescriptors)) {
    Tensor output = hostTensor(descriptor);
    if (webnnrt_tensor_read(tensors[numInputs + index], output.getBytes(),
                            output.getByteSize()) != WEBNNRT_OK)
      return fail("cannot read output '" + outputNames[index] + "'");
    outputs.push_back(std::move(output));
  }
  return outputs;
}

} // namespace webnnc
