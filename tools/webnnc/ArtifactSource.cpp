//===- ArtifactSource.cpp - the .wnn bytes of a model file ----------------===//
#include "ArtifactSource.h"
#include "Commands.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace webnnc {

llvm::Expected<std::vector<uint8_t>>
loadOrCompileArtifact(const std::string &path, const LoadOptions &options) {
  if (llvm::sys::path::extension(path) != ".wnn") {
    // Compiled for this machine, in memory; the diagnostics are printed.
    mlir::FailureOr<std::string> artifact =
        compileModelToArtifact(path, options, CompileSettings());
    if (failed(artifact))
      return llvm::createStringError("cannot compile '" + path + "'");
    return std::vector<uint8_t>(artifact->begin(), artifact->end());
  }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> file =
      llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                  /*RequiresNullTerminator=*/false);
  if (!file)
    return llvm::createStringError("cannot read '" + path +
                                   "': " + file.getError().message());
  llvm::StringRef bytes = (*file)->getBuffer();
  return std::vector<uint8_t>(bytes.bytes_begin(), bytes.bytes_end());
}

} // namespace webnnc
