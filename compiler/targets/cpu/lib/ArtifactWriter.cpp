//===- ArtifactWriter.cpp - serialize a compiled graph as .wnn ------------===//
#include "ArtifactWriter.h"

#include "webnn_artifact_generated.h"

namespace mlir::webnnc {
namespace schema = webnnrt::schema;

uint32_t getArtifactFormatVersion() { return 1; }

static schema::DataType toSchemaType(const std::string &name) {
  static const std::pair<const char *, schema::DataType> table[] = {
      {"float32", schema::DataType::float32},
      {"float16", schema::DataType::float16},
      {"int32", schema::DataType::int32},
      {"uint32", schema::DataType::uint32},
      {"int64", schema::DataType::int64},
      {"uint64", schema::DataType::uint64},
      {"int8", schema::DataType::int8},
      {"uint8", schema::DataType::uint8},
      {"int4", schema::DataType::int4},
      {"uint4", schema::DataType::uint4}};
  for (auto [key, type] : table)
    if (name == key)
      return type;
  return schema::DataType::float32; // the dialect admits no other type
}

static schema::ArgKind toSchemaKind(StorageKind kind) {
  switch (kind) {
  case StorageKind::Input:
    return schema::ArgKind::input;
  case StorageKind::Output:
    return schema::ArgKind::output;
  case StorageKind::Arena:
    return schema::ArgKind::arena;
  case StorageKind::Constant:
    return schema::ArgKind::constant;
  }
  return schema::ArgKind::arena;
}

/// FNV-1a, 64 bits, as the runtime checks it.
static uint64_t fnv1a64(const std::string &data) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (unsigned char byte : data) {
    hash ^= byte;
    hash *= 0x100000001b3ull;
  }
  return hash;
}

std::string writeArtifact(const ExecutionPlan &plan,
                          const std::vector<std::string> &cpuFeatures,
                          const std::string &nativeCode,
                          const Provenance &provenance) {
  flatbuffers::FlatBufferBuilder builder(1 << 20);
  auto signature = [&](const std::vector<TensorSignature> &tensors) {
    std::vector<flatbuffers::Offset<schema::TensorSignature>> offsets;
    for (const TensorSignature &tensor : tensors)
      offsets.push_back(schema::CreateTensorSignature(
          builder, builder.CreateString(tensor.name),
          toSchemaType(tensor.dataType), builder.CreateVector(tensor.shape)));
    return builder.CreateVector(offsets);
  };
  auto inputs = signature(plan.inputs);
  auto outputs = signature(plan.outputs);
  auto features = builder.CreateVectorOfStrings(cpuFeatures);

  std::vector<flatbuffers::Offset<schema::Kernel>> kernels;
  for (const PlannedKernel &kernel : plan.kernels) {
    std::vector<schema::KernelArg> args;
    for (const KernelArgument &arg : kernel.arguments)
      args.emplace_back(toSchemaKind(arg.kind), arg.index, arg.offset,
                        arg.size);
    kernels.push_back(schema::CreateKernel(
        builder, builder.CreateString(kernel.function),
        builder.CreateString(kernel.symbol),
        builder.CreateVectorOfStructs(args), kernel.workItems,
        builder.CreateVectorOfStrings(kernel.sourceOps), kernel.flops,
        kernel.bytes));
  }
  auto kernelVector = builder.CreateVector(kernels);
  auto memoryPlan = schema::CreateMemoryPlan(builder, plan.arenaSize, 64);
  // Both byte vectors start 32-byte aligned, as the schema promises.
  flatbuffers::Offset<flatbuffers::Vector<uint8_t>> constants;
  if (!plan.constantData.empty()) {
    builder.ForceVectorAlignment(plan.constantData.size(), 1, 32);
    constants = builder.CreateVector(plan.constantData);
  }
  builder.ForceVectorAlignment(nativeCode.size(), 1, 32);
  auto code = builder.CreateVector(
      reinterpret_cast<const uint8_t *>(nativeCode.data()), nativeCode.size());
  auto provenanceTable =
      schema::CreateProvenance(builder, builder.CreateString("webnnc"),
                               builder.CreateString(provenance.compilerVersion),
                               builder.CreateString(provenance.sourceFile),
                               builder.CreateString(provenance.sourceSha256),
                               builder.CreateString(provenance.options));
  auto artifact = schema::CreateArtifact(
      builder, getArtifactFormatVersion(), inputs, outputs, schema::Target::cpu,
      features, memoryPlan, kernelVector, constants, code, provenanceTable,
      fnv1a64(nativeCode));
  schema::FinishArtifactBuffer(builder, artifact);
  return std::string(reinterpret_cast<const char *>(builder.GetBufferPointer()),
                     builder.GetSize());
}

} // namespace mlir::webnnc
