//===- ArtifactWriter.h - the .wnn artifact -------------------*- C++ -*-===//
#ifndef WEBNNC_TARGETS_CPU_ARTIFACTWRITER_H
#define WEBNNC_TARGETS_CPU_ARTIFACTWRITER_H

#include "ExecutionPlan.h"

namespace mlir::webnnc {

struct Provenance {
  std::string compilerVersion;
  std::string sourceFile;
  std::string sourceSha256;
  std::string options;
};

/// Serializes a compiled graph in the runtime's schema
/// (runtime/schema/webnn_artifact.fbs).
std::string writeArtifact(const ExecutionPlan &plan,
                          const std::vector<std::string> &cpuFeatures,
                          const std::string &nativeCode,
                          const Provenance &provenance);

/// The format version this compiler writes.
uint32_t getArtifactFormatVersion();

} // namespace mlir::webnnc

#endif // WEBNNC_TARGETS_CPU_ARTIFACTWRITER_H
