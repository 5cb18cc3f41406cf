//===- ArtifactSource.h - the .wnn bytes of a model file ------*- C++ -*-===//
#ifndef WEBNNC_TOOLS_ARTIFACTSOURCE_H
#define WEBNNC_TOOLS_ARTIFACTSOURCE_H

#include "GraphLoader.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <string>
#include <vector>

namespace webnnc {

/// The artifact `run` and `bench` execute: a .wnn file as it is, any other
/// model (.onnx, .json, .mlir) compiled in memory. The error names the
/// file.
llvm::Expected<std::vector<uint8_t>>
loadOrCompileArtifact(const std::string &path, const LoadOptions &options);

} // namespace webnnc

#endif // WEBNNC_TOOLS_ARTIFACTSOURCE_H
