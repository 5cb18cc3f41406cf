//===- ArtifactSource.cpp - the .wnn bytes of a model file ----------------===//
#include "ArtifactSource.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace webnnc {

llvm::Expected<std::vector<uint8_t>>
loadOrCompileArtifact(const std::string &path, const LoadOptions &options) {
  (void)options; // Only compilation needs the model's loading options.
  if (llvm::sys::path::extension(path) != ".wnn")
    return llvm::createStringError("compiling '" + path +
                                   "' on the fly is not available yet");
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
