//===- WriteTestArtifact.cpp - a small .wnn for the CLI tests -------------===//
//
// Writes an artifact built from the runtime's test kernels, so the CLI's
// runtime commands can be tested without the compiler's code generation:
// x, y: float32 [2, 3]; y = 2 * x + 0.5, as two kernels through the arena
// (scale_by_two into the arena, add_constant of a 0.5 constant into y).
//
// Usage: webnnc-write-test-artifact out.wnn
//
//===----------------------------------------------------------------------===//
#include "webnn_artifact_generated.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace fbs = webnnrt::schema;

int main(int argc, char **argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s out.wnn\n", argv[0]);
    return 2;
  }
  std::ifstream kernelsFile(WEBNNRT_TEST_KERNELS_PATH, std::ios::binary);
  std::vector<uint8_t> code((std::istreambuf_iterator<char>(kernelsFile)),
                            std::istreambuf_iterator<char>());
  if (code.empty()) {
    std::fprintf(stderr, "cannot read %s\n", WEBNNRT_TEST_KERNELS_PATH);
    return 1;
  }

  flatbuffers::FlatBufferBuilder b;
  std::vector<int64_t> shape = {2, 3};
  constexpr uint64_t kBytes = 2 * 3 * sizeof(float);
  auto signature = [&](const char *name) {
    return fbs::CreateTensorSignatureDirect(b, name, fbs::DataType::float32,
                                            &shape);
  };
  std::vector<flatbuffers::Offset<fbs::TensorSignature>> inputs = {
      signature("x")};
  std::vector<flatbuffers::Offset<fbs::TensorSignature>> outputs = {
      signature("y")};
  std::vector<fbs::KernelArg> scaleArgs = {
      fbs::KernelArg(fbs::ArgKind::input, 0, 0, kBytes),
      fbs::KernelArg(fbs::ArgKind::arena, 0, 0, kBytes)};
  std::vector<fbs::KernelArg> addArgs = {
      fbs::KernelArg(fbs::ArgKind::arena, 0, 0, kBytes),
      fbs::KernelArg(fbs::ArgKind::constant, 0, 0, 4),
      fbs::KernelArg(fbs::ArgKind::output, 0, 0, kBytes)};
  auto sourceOps = [&](const char *op) {
    return std::vector<flatbuffers::Offset<flatbuffers::String>>{
        b.CreateString(op)};
  };
  std::vector<flatbuffers::Offset<flatbuffers::String>> mul = sourceOps("mul"),
                                                        add = sourceOps("add");
  std::vector<flatbuffers::Offset<fbs::Kernel>> kernels = {
      fbs::CreateKernelDirect(b, "scale", "scale_by_two", &scaleArgs, 6, &mul,
                              /*flops=*/6, /*bytes=*/2 * kBytes),
      fbs::CreateKernelDirect(b, "add", "add_constant", &addArgs, 6, &add,
                              /*flops=*/6, /*bytes=*/2 * kBytes + 4)};

  // Constants start 32-byte aligned, as the compiler lays them out.
  std::vector<uint8_t> constants(32, 0);
  float half = 0.5f;
  std::memcpy(constants.data(), &half, sizeof(half));
  b.ForceVectorAlignment(constants.size(), 1, 32);
  auto constantData = b.CreateVector(constants);
  b.ForceVectorAlignment(code.size(), 1, 32);
  auto nativeCode = b.CreateVector(code);
  uint64_t hash = 0xcbf29ce484222325ull;
  for (uint8_t byte : code)
    hash = (hash ^ byte) * 0x100000001b3ull;
  // A feature every x86-64 machine the tests run on has, so `inspect`
  // shows one and loading still succeeds.
  std::vector<flatbuffers::Offset<flatbuffers::String>> features;
#if defined(__x86_64__)
  features.push_back(b.CreateString("sse4.2"));
#endif
  auto artifact = fbs::CreateArtifact(
      b, /*format_version=*/1, b.CreateVector(inputs), b.CreateVector(outputs),
      fbs::Target::cpu, b.CreateVector(features),
      fbs::CreateMemoryPlan(b, /*arena_size=*/kBytes), b.CreateVector(kernels),
      constantData, nativeCode,
      fbs::CreateProvenanceDirect(
          b, "webnnc-write-test-artifact", "0.1.0", "scale_add.json",
          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
          "--target=cpu"),
      hash);
  fbs::FinishArtifactBuffer(b, artifact);

  std::ofstream out(argv[1], std::ios::binary);
  out.write(reinterpret_cast<const char *>(b.GetBufferPointer()), b.GetSize());
  if (!out) {
    std::fprintf(stderr, "cannot write %s\n", argv[1]);
    return 1;
  }
  return 0;
}
