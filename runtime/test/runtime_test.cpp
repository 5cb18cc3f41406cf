// Tests of the webnnrt C API: loading and verifying artifacts, tensors,
// dispatch on one or several threads, double buffering, several graphs at
// once, and every kind of bad artifact.
#include "webnnrt.h"
#include "webnn_artifact_generated.h"

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <iterator>
#include <random>
#include <thread>
#include <vector>

namespace fbs = webnnrt::schema;

namespace {

constexpr int64_t kCount = 1000;

std::vector<uint8_t> readFile(const char *path) {
  std::ifstream file(path, std::ios::binary);
  return std::vector<uint8_t>((std::istreambuf_iterator<char>(file)),
                              std::istreambuf_iterator<char>());
}

/// What to break in the artifact a test builds.
struct ArtifactOptions {
  uint32_t version = 1;
  std::string secondSymbol = "add_constant";
  uint64_t arenaSize = kCount * 4;
  uint64_t arenaArgOffset = 0;
  std::vector<std::string> cpuFeatures;
  fbs::Target target = fbs::Target::cpu;
  uint64_t hashDelta = 0;
};

/// y = 2 * x + 0.5 over kCount floats, as two kernels through the arena.
std::vector<uint8_t> buildArtifact(const ArtifactOptions &options = {}) {
  flatbuffers::FlatBufferBuilder b;
  std::vector<int64_t> shape = {kCount};
  auto signature = [&](const char *name) {
    return fbs::CreateTensorSignatureDirect(b, name, fbs::DataType::float32,
                                            &shape);
  };
  std::vector<flatbuffers::Offset<fbs::TensorSignature>> inputs = {
      signature("x")};
  std::vector<flatbuffers::Offset<fbs::TensorSignature>> outputs = {
      signature("y")};
  uint64_t bytes = kCount * 4;
  std::vector<fbs::KernelArg> scaleArgs = {
      fbs::KernelArg(fbs::ArgKind::input, 0, 0, bytes),
      fbs::KernelArg(fbs::ArgKind::arena, 0, options.arenaArgOffset, bytes)};
  std::vector<fbs::KernelArg> addArgs = {
      fbs::KernelArg(fbs::ArgKind::arena, 0, 0, bytes),
      fbs::KernelArg(fbs::ArgKind::constant, 0, 0, 4),
      fbs::KernelArg(fbs::ArgKind::output, 0, 0, bytes)};
  std::vector<flatbuffers::Offset<fbs::Kernel>> kernels = {
      fbs::CreateKernelDirect(b, "scale", "scale_by_two", &scaleArgs, kCount),
      fbs::CreateKernelDirect(b, "add", options.secondSymbol.c_str(), &addArgs,
                              kCount)};
  float half = 0.5f;
  std::vector<uint8_t> constants(64, 0);
  std::memcpy(constants.data(), &half, 4);
  b.ForceVectorAlignment(constants.size(), 1, 32);
  auto constantData = b.CreateVector(constants);
  std::vector<uint8_t> code = readFile(WEBNNRT_TEST_KERNELS_PATH);
  b.ForceVectorAlignment(code.size(), 1, 32);
  auto nativeCode = b.CreateVector(code);
  std::vector<flatbuffers::Offset<flatbuffers::String>> features;
  for (const std::string &feature : options.cpuFeatures)
    features.push_back(b.CreateString(feature));
  uint64_t hash = 0xcbf29ce484222325ull;
  for (uint8_t byte : code)
    hash = (hash ^ byte) * 0x100000001b3ull;
  auto artifact = fbs::CreateArtifact(
      b, options.version, b.CreateVector(inputs), b.CreateVector(outputs),
      options.target, b.CreateVector(features),
      fbs::CreateMemoryPlan(b, options.arenaSize), b.CreateVector(kernels),
      constantData, nativeCode,
      fbs::CreateProvenanceDirect(b, "webnnrt-test", "0"),
      hash + options.hashDelta);
  fbs::FinishArtifactBuffer(b, artifact);
  return std::vector<uint8_t>(b.GetBufferPointer(),
                              b.GetBufferPointer() + b.GetSize());
}

webnnrt_tensor_descriptor vectorDescriptor() {
  webnnrt_tensor_descriptor descriptor{};
  descriptor.data_type = WEBNNRT_FLOAT32;
  descriptor.rank = 1;
  descriptor.shape[0] = kCount;
  return descriptor;
}

class Runtime : public ::testing::TestWithParam<uint32_t> {
protected:
  void SetUp() override {
    webnnrt_context_options options = webnnrt_context_options_default();
    options.num_threads = GetParam();
    ASSERT_EQ(webnnrt_context_create(&options, &context), WEBNNRT_OK)
        << webnnrt_last_error();
  }
  void TearDown() override { webnnrt_context_release(context); }

  webnnrt_status load(const std::vector<uint8_t> &artifact,
                      webnnrt_graph **graph) {
    return webnnrt_graph_load_memory(context, artifact.data(),
                                     artifact.size(), graph);
  }

  /// A write tensor x and a read tensor y of the test graph's shape.
  static void createVectorTensors(webnnrt_context *owner, webnnrt_tensor **x,
                                  webnnrt_tensor **y) {
    webnnrt_tensor_descriptor vector = vectorDescriptor();
    ASSERT_EQ(webnnrt_tensor_create(owner, &vector, WEBNNRT_TENSOR_WRITE, x),
              WEBNNRT_OK);
    ASSERT_EQ(webnnrt_tensor_create(owner, &vector, WEBNNRT_TENSOR_READ, y),
              WEBNNRT_OK);
  }

  /// Runs y = 2x + 0.5 on x = i and checks y.
  void runAndCheck(webnnrt_graph *graph, webnnrt_tensor *x, webnnrt_tensor *y,
                   float shift = 0) {
    std::vector<float> input(kCount), output(kCount);
    for (int64_t i = 0; i < kCount; ++i)
      input[i] = static_cast<float>(i) + shift;
    ASSERT_EQ(webnnrt_tensor_write(x, input.data(), kCount * 4), WEBNNRT_OK);
    webnnrt_named_tensor inputs[] = {{"x", x}};
    webnnrt_named_tensor outputs[] = {{"y", y}};
    ASSERT_EQ(webnnrt_graph_dispatch(graph, inputs, 1, outputs, 1),
              WEBNNRT_OK)
        << webnnrt_last_error();
    ASSERT_EQ(webnnrt_tensor_read(y, output.data(), kCount * 4), WEBNNRT_OK);
    for (int64_t i = 0; i < kCount; ++i)
      ASSERT_EQ(output[i], 2 * input[i] + 0.5f) << "element " << i;
  }

  webnnrt_context *context = nullptr;
};

TEST_P(Runtime, LoadsAndDispatches) {
  EXPECT_EQ(webnnrt_context_num_threads(context), GetParam());
  webnnrt_graph *graph = nullptr;
  ASSERT_EQ(load(buildArtifact(), &graph), WEBNNRT_OK) << webnnrt_last_error();
  EXPECT_EQ(webnnrt_graph_num_inputs(graph), 1u);
  EXPECT_STREQ(webnnrt_graph_input_name(graph, 0), "x");
  EXPECT_STREQ(webnnrt_graph_output_name(graph, 0), "y");
  EXPECT_EQ(webnnrt_graph_input_name(graph, 1), nullptr);
  EXPECT_EQ(webnnrt_graph_arena_size(graph), static_cast<size_t>(kCount * 4));
  webnnrt_tensor_descriptor descriptor;
  ASSERT_EQ(webnnrt_graph_output_descriptor(graph, 0, &descriptor),
            WEBNNRT_OK);
  EXPECT_EQ(descriptor.rank, 1u);
  EXPECT_EQ(descriptor.shape[0], kCount);

  webnnrt_tensor *x, *y;
  createVectorTensors(context, &x, &y);
  runAndCheck(graph, x, y);
  runAndCheck(graph, x, y, 7); // reuse: nothing left over from the last run
  webnnrt_tensor_release(x);
  webnnrt_tensor_release(y);
  webnnrt_graph_release(graph);
}

TEST_P(Runtime, DoubleBuffering) {
  webnnrt_graph *graph = nullptr;
  ASSERT_EQ(load(buildArtifact(), &graph), WEBNNRT_OK);
  webnnrt_tensor_descriptor vector = vectorDescriptor();
  webnnrt_tensor *x[2], *y[2];
  for (int set = 0; set < 2; ++set) {
    ASSERT_EQ(webnnrt_tensor_create(context, &vector, WEBNNRT_TENSOR_WRITE,
                                    &x[set]),
              WEBNNRT_OK);
    ASSERT_EQ(webnnrt_tensor_create(context, &vector, WEBNNRT_TENSOR_READ,
                                    &y[set]),
              WEBNNRT_OK);
  }
  for (int round = 0; round < 6; ++round)
    runAndCheck(graph, x[round % 2], y[round % 2], round);
  for (int set = 0; set < 2; ++set) {
    webnnrt_tensor_release(x[set]);
    webnnrt_tensor_release(y[set]);
  }
  webnnrt_graph_release(graph);
}

TEST_P(Runtime, SeveralGraphsOnSeveralThreads) {
  std::vector<uint8_t> artifact = buildArtifact();
  auto worker = [&](int seed) {
    webnnrt_context *own = nullptr;
    webnnrt_context_options options = webnnrt_context_options_default();
    options.num_threads = 1;
    ASSERT_EQ(webnnrt_context_create(&options, &own), WEBNNRT_OK);
    webnnrt_graph *graph = nullptr;
    ASSERT_EQ(webnnrt_graph_load_memory(own, artifact.data(), artifact.size(),
                                        &graph),
              WEBNNRT_OK);
    webnnrt_tensor *x, *y;
    createVectorTensors(own, &x, &y);
    std::vector<float> input(kCount, static_cast<float>(seed)), output(kCount);
    for (int round = 0; round < 50; ++round) {
      webnnrt_tensor_write(x, input.data(), kCount * 4);
      webnnrt_named_tensor in[] = {{"x", x}}, out[] = {{"y", y}};
      ASSERT_EQ(webnnrt_graph_dispatch(graph, in, 1, out, 1), WEBNNRT_OK);
      webnnrt_tensor_read(y, output.data(), kCount * 4);
      ASSERT_EQ(output[kCount - 1], 2.0f * seed + 0.5f);
    }
    webnnrt_tensor_release(x);
    webnnrt_tensor_release(y);
    webnnrt_graph_release(graph);
    webnnrt_context_release(own);
  };
  std::thread a(worker, 1), b(worker, 2);
  a.join();
  b.join();
}

TEST_P(Runtime, ProfilingTimesEachKernel) {
  webnnrt_graph *graph = nullptr;
  ASSERT_EQ(load(buildArtifact(), &graph), WEBNNRT_OK);
  size_t kernels = webnnrt_graph_num_kernels(graph);
  ASSERT_GT(kernels, 0u);
  EXPECT_NE(webnnrt_graph_kernel_name(graph, 0), nullptr);
  EXPECT_EQ(webnnrt_graph_kernel_name(graph, kernels), nullptr);
  uint64_t nanoseconds = 1;
  EXPECT_EQ(webnnrt_graph_kernel_time(graph, kernels, &nanoseconds),
            WEBNNRT_INVALID_ARGUMENT);
  EXPECT_EQ(webnnrt_graph_set_profiling(nullptr, 1), WEBNNRT_INVALID_ARGUMENT);

  // Off by default: dispatches leave the totals at zero.
  webnnrt_tensor *x, *y;
  createVectorTensors(context, &x, &y);
  runAndCheck(graph, x, y);
  ASSERT_EQ(webnnrt_graph_kernel_time(graph, 0, &nanoseconds), WEBNNRT_OK);
  EXPECT_EQ(nanoseconds, 0u);

  ASSERT_EQ(webnnrt_graph_set_profiling(graph, 1), WEBNNRT_OK);
  for (int round = 0; round < 20; ++round)
    runAndCheck(graph, x, y, round); // results unchanged while profiling
  uint64_t total = 0;
  for (size_t i = 0; i < kernels; ++i) {
    ASSERT_EQ(webnnrt_graph_kernel_time(graph, i, &nanoseconds), WEBNNRT_OK);
    total += nanoseconds;
  }
  EXPECT_GT(total, 0u);
  // Turning it on again starts from zero.
  ASSERT_EQ(webnnrt_graph_set_profiling(graph, 1), WEBNNRT_OK);
  ASSERT_EQ(webnnrt_graph_kernel_time(graph, 0, &nanoseconds), WEBNNRT_OK);
  EXPECT_EQ(nanoseconds, 0u);
  webnnrt_tensor_release(x);
  webnnrt_tensor_release(y);
  webnnrt_graph_release(graph);
}

TEST_P(Runtime, OneGraphFromTwoThreadsIsRunOrBusy) {
  webnnrt_graph *graph = nullptr;
  ASSERT_EQ(load(buildArtifact(), &graph), WEBNNRT_OK);
  auto worker = [&](float seed, int *busy) {
    webnnrt_tensor *x, *y;
    createVectorTensors(context, &x, &y);
    std::vector<float> input(kCount, seed), output(kCount);
    ASSERT_EQ(webnnrt_tensor_write(x, input.data(), kCount * 4), WEBNNRT_OK);
    webnnrt_named_tensor in[] = {{"x", x}}, out[] = {{"y", y}};
    for (int round = 0; round < 200; ++round) {
      webnnrt_status status = webnnrt_graph_dispatch(graph, in, 1, out, 1);
      if (status == WEBNNRT_BUSY) {
        ++*busy;
        continue;
      }
      ASSERT_EQ(status, WEBNNRT_OK);
      ASSERT_EQ(webnnrt_tensor_read(y, output.data(), kCount * 4), WEBNNRT_OK);
      ASSERT_EQ(output[0], 2 * seed + 0.5f); // never the other thread's data
    }
    webnnrt_tensor_release(x);
    webnnrt_tensor_release(y);
  };
  int busyA = 0, busyB = 0;
  std::thread a(worker, 1.0f, &busyA), b(worker, 2.0f, &busyB);
  a.join();
  b.join();
  EXPECT_LT(busyA + busyB, 400); // some dispatches ran
  webnnrt_graph_release(graph);
}

TEST_P(Runtime, DispatchChecksNamesAndDescriptors) {
  webnnrt_graph *graph = nullptr;
  ASSERT_EQ(load(buildArtifact(), &graph), WEBNNRT_OK);
  webnnrt_tensor_descriptor vector = vectorDescriptor();
  webnnrt_tensor_descriptor other = vector;
  other.shape[0] = kCount + 1;
  webnnrt_tensor *x, *y, *wrong;
  webnnrt_tensor_create(context, &vector, WEBNNRT_TENSOR_WRITE, &x);
  webnnrt_tensor_create(context, &vector, WEBNNRT_TENSOR_READ, &y);
  webnnrt_tensor_create(context, &other, WEBNNRT_TENSOR_READ, &wrong);
  webnnrt_named_tensor in[] = {{"x", x}};
  webnnrt_named_tensor unknown[] = {{"z", x}};
  webnnrt_named_tensor out[] = {{"y", y}};
  webnnrt_named_tensor badOut[] = {{"y", wrong}};
  EXPECT_EQ(webnnrt_graph_dispatch(graph, unknown, 1, out, 1),
            WEBNNRT_NOT_FOUND);
  EXPECT_NE(std::string(webnnrt_last_error()).find("no input named 'z'"),
            std::string::npos);
  EXPECT_EQ(webnnrt_graph_dispatch(graph, in, 1, badOut, 1),
            WEBNNRT_INVALID_ARGUMENT);
  EXPECT_EQ(webnnrt_graph_dispatch(graph, in, 0, out, 1),
            WEBNNRT_INVALID_ARGUMENT);
  std::vector<float> small(3);
  EXPECT_EQ(webnnrt_tensor_write(x, small.data(), 12),
            WEBNNRT_INVALID_ARGUMENT);
  EXPECT_EQ(webnnrt_tensor_read(x, small.data(), 12),
            WEBNNRT_INVALID_ARGUMENT); // not readable, and wrong size
  webnnrt_tensor_release(x);
  webnnrt_tensor_release(y);
  webnnrt_tensor_release(wrong);
  webnnrt_graph_release(graph);
}

INSTANTIATE_TEST_SUITE_P(Threads, Runtime, ::testing::Values(1u, 2u, 4u));

/// Loading must fail with `status` and a message containing `message`.
void expectLoadFails(const std::vector<uint8_t> &artifact,
                     webnnrt_status status, const char *message) {
  webnnrt_context *context = nullptr;
  ASSERT_EQ(webnnrt_context_create(nullptr, &context), WEBNNRT_OK);
  webnnrt_graph *graph = nullptr;
  EXPECT_EQ(webnnrt_graph_load_memory(context, artifact.data(),
                                      artifact.size(), &graph),
            status);
  EXPECT_EQ(graph, nullptr);
  EXPECT_NE(std::string(webnnrt_last_error()).find(message),
            std::string::npos)
      << webnnrt_last_error();
  webnnrt_context_release(context);
}

TEST(RuntimeArtifact, RejectsWhatIsNotAnArtifact) {
  expectLoadFails({1, 2, 3}, WEBNNRT_INVALID_ARTIFACT, "no WNN1 identifier");
  std::vector<uint8_t> artifact = buildArtifact();
  artifact.resize(artifact.size() / 2);
  expectLoadFails(artifact, WEBNNRT_INVALID_ARTIFACT, "corrupt or truncated");
}

TEST(RuntimeArtifact, RejectsUnknownVersionsTargetsAndFeatures) {
  ArtifactOptions version;
  version.version = 99;
  expectLoadFails(buildArtifact(version), WEBNNRT_INVALID_ARTIFACT,
                  "format version 99");
  ArtifactOptions gpu;
  gpu.target = fbs::Target::gpu;
  expectLoadFails(buildArtifact(gpu), WEBNNRT_UNSUPPORTED, "targets gpu");
  ArtifactOptions feature;
  feature.cpuFeatures = {"quantum-entanglement"};
  expectLoadFails(buildArtifact(feature), WEBNNRT_UNSUPPORTED,
                  "unknown CPU feature 'quantum-entanglement'");
}

TEST(RuntimeArtifact, RejectsArgumentsOutsideTheirMemory) {
  ArtifactOptions outside;
  outside.arenaArgOffset = 64; // 64 + 4000 bytes > the 4000-byte arena
  expectLoadFails(buildArtifact(outside), WEBNNRT_INVALID_ARTIFACT,
                  "outside the arena");
  ArtifactOptions small;
  small.arenaSize = 16;
  expectLoadFails(buildArtifact(small), WEBNNRT_INVALID_ARTIFACT,
                  "outside the arena");
}

TEST(RuntimeArtifact, RejectsCorruptNativeCode) {
  ArtifactOptions corrupt;
  corrupt.hashDelta = 1;
  expectLoadFails(buildArtifact(corrupt), WEBNNRT_INVALID_ARTIFACT,
                  "native code is corrupt");
}

TEST(RuntimeArtifact, RejectsMissingKernelSymbols) {
  ArtifactOptions missing;
  missing.secondSymbol = "no_such_kernel";
  expectLoadFails(buildArtifact(missing), WEBNNRT_INVALID_ARTIFACT,
                  "'no_such_kernel' is missing");
}

TEST(RuntimeArtifact, CorruptedBytesNeverCrash) {
  // Flip bytes all over a valid artifact: loading either succeeds (the
  // flip hit padding or data) or fails cleanly; it never crashes.
  std::vector<uint8_t> artifact = buildArtifact();
  std::mt19937 random(1234);
  webnnrt_context *context = nullptr;
  ASSERT_EQ(webnnrt_context_create(nullptr, &context), WEBNNRT_OK);
  // Flips in the embedded shared object are caught by its checksum before
  // the dynamic loader sees it.
  int loaded = 0;
  for (int trial = 0; trial < 300; ++trial) {
    std::vector<uint8_t> corrupt = artifact;
    for (int flips = 0; flips < 4; ++flips) {
      size_t at = random() % artifact.size();
      corrupt[at] ^= static_cast<uint8_t>(1 + random() % 255);
    }
    webnnrt_graph *graph = nullptr;
    if (webnnrt_graph_load_memory(context, corrupt.data(), corrupt.size(),
                                  &graph) == WEBNNRT_OK) {
      ++loaded;
      webnnrt_graph_release(graph);
    }
  }
  SUCCEED() << loaded << " of 300 corrupted artifacts still loaded";
  webnnrt_context_release(context);
}

TEST(RuntimeContext, RejectsDevicesItDoesNotRun) {
  webnnrt_context_options options = webnnrt_context_options_default();
  options.device_type = WEBNNRT_DEVICE_GPU;
  webnnrt_context *context = nullptr;
  EXPECT_EQ(webnnrt_context_create(&options, &context), WEBNNRT_UNSUPPORTED);
  EXPECT_EQ(context, nullptr);
}

TEST(RuntimeTensor, DescriptorsAreValidated) {
  webnnrt_tensor_descriptor descriptor = vectorDescriptor();
  EXPECT_EQ(webnnrt_descriptor_byte_length(&descriptor),
            static_cast<size_t>(kCount * 4));
  descriptor.shape[0] = 0;
  EXPECT_EQ(webnnrt_descriptor_byte_length(&descriptor), 0u);
  descriptor.shape[0] = 2147483648LL;
  EXPECT_EQ(webnnrt_descriptor_byte_length(&descriptor), 0u);
  descriptor.rank = WEBNNRT_MAX_RANK + 1;
  EXPECT_EQ(webnnrt_descriptor_byte_length(&descriptor), 0u);
  webnnrt_context *context = nullptr;
  ASSERT_EQ(webnnrt_context_create(nullptr, &context), WEBNNRT_OK);
  webnnrt_tensor *tensor = nullptr;
  EXPECT_EQ(webnnrt_tensor_create(context, &descriptor, WEBNNRT_TENSOR_READ,
                                  &tensor),
            WEBNNRT_INVALID_ARGUMENT);
  webnnrt_context_release(context);
}

TEST(RuntimeFile, MissingFileIsNotFound) {
  webnnrt_context *context = nullptr;
  ASSERT_EQ(webnnrt_context_create(nullptr, &context), WEBNNRT_OK);
  webnnrt_graph *graph = nullptr;
  EXPECT_EQ(webnnrt_graph_load_file(context, "/nonexistent/model.wnn", &graph),
            WEBNNRT_NOT_FOUND);
  EXPECT_NE(std::string(webnnrt_last_error()).find("/nonexistent/model.wnn"),
            std::string::npos);
  webnnrt_context_release(context);
}

} // namespace
