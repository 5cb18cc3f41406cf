//===- TensorFiles.cpp - graph inputs and outputs as files ----------------===//
#include "TensorFiles.h"
#include "GraphLoader.h"
#include "Npy.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <cstring>

using namespace mlir;
using webnnc::interp::Tensor;

namespace webnnc {

FailureOr<llvm::StringMap<std::string>>
parseInputSettings(ArrayRef<std::string> settings, StringRef command) {
  llvm::StringMap<std::string> files;
  for (const std::string &setting : settings) {
    auto [name, path] = StringRef(setting).split('=');
    if (name.empty() || path.empty()) {
      llvm::errs() << command << ": --input expects name=path.npy, got '"
                   << setting << "'\n";
      return failure();
    }
    files[name] = path.str();
  }
  return files;
}

static std::string dataTypeOf(const Tensor &tensor) {
  return interp::getDataTypeName(tensor.getDataType()).str();
}

/// A .npy must hold the tensor's data type (int4/uint4 as int8/uint8, as
/// the .npy files the tool writes) and shape.
static LogicalResult readNpy(const std::string &path, StringRef name,
                             Tensor &tensor, StringRef command) {
  npy::Array array;
  std::string error;
  if (!npy::read(path, array, error)) {
    llvm::errs() << command << ": " << error << "\n";
    return failure();
  }
  std::string dataType = dataTypeOf(tensor);
  if (npy::dataTypeForDescr(array.descr) !=
          npy::dataTypeForDescr(npy::descrForDataType(dataType)) ||
      ArrayRef<int64_t>(array.shape) != tensor.getShape()) {
    llvm::errs() << command << ": input '" << name << "' must be " << dataType
                 << " of shape [";
    llvm::interleaveComma(tensor.getShape(), llvm::errs());
    llvm::errs() << "], " << path << " holds "
                 << npy::dataTypeForDescr(array.descr) << " of shape [";
    llvm::interleaveComma(array.shape, llvm::errs());
    llvm::errs() << "]\n";
    return failure();
  }
  std::memcpy(tensor.getBytes(), array.data.data(), array.data.size());
  return success();
}

/// A .bin has no header to check, so its size must be exactly the
/// tensor's: anything else is a file for another shape or type.
static LogicalResult readBin(const std::string &path, StringRef name,
                             Tensor &tensor, StringRef command) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> file =
      llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                  /*RequiresNullTerminator=*/false);
  if (!file) {
    llvm::errs() << command << ": cannot read '" << path
                 << "': " << file.getError().message() << "\n";
    return failure();
  }
  size_t size = (*file)->getBufferSize();
  if (size != tensor.getByteSize()) {
    llvm::errs() << command << ": input '" << name << "' ("
                 << dataTypeOf(tensor) << " [";
    llvm::interleaveComma(tensor.getShape(), llvm::errs());
    llvm::errs() << "]) takes " << tensor.getByteSize() << " bytes, " << path
                 << " holds " << size << "\n";
    return failure();
  }
  std::memcpy(tensor.getBytes(), (*file)->getBufferStart(), size);
  return success();
}

LogicalResult readInputs(const llvm::StringMap<std::string> &files,
                         ArrayRef<std::string> names,
                         MutableArrayRef<Tensor> tensors,
                         std::vector<std::string> &missing, StringRef command) {
  // A misspelt name is reported before any file is read.
  for (const auto &entry : files)
    if (!llvm::is_contained(names, entry.first())) {
      llvm::errs() << command << ": the graph has no input named '"
                   << entry.first() << "' (inputs: ";
      llvm::interleaveComma(names, llvm::errs());
      llvm::errs() << ")\n";
      return failure();
    }
  for (auto [name, tensor] : llvm::zip_equal(names, tensors)) {
    auto it = files.find(name);
    if (it == files.end()) {
      missing.push_back(name);
      continue;
    }
    const std::string &path = it->second;
    if (failed(llvm::sys::path::extension(path) == ".bin"
                   ? readBin(path, name, tensor, command)
                   : readNpy(path, name, tensor, command)))
      return failure();
  }
  return success();
}

/// "[1.5, 2, ...]": the first values of a tensor, for the summary.
static std::string preview(const Tensor &tensor) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "[";
  int64_t shown = std::min<int64_t>(tensor.getNumElements(), 6);
  for (int64_t i = 0; i < shown; ++i)
    os << (i ? ", " : "") << llvm::format("%g", tensor.getDouble(i));
  if (shown < tensor.getNumElements())
    os << ", ...";
  os << "]";
  return text;
}

LogicalResult reportOutputs(ArrayRef<std::string> names,
                            ArrayRef<Tensor> outputs,
                            const std::string &outputDir,
                            ArrayRef<std::string> inputPaths,
                            StringRef command) {
  if (!outputDir.empty())
    if (std::error_code ec = llvm::sys::fs::create_directories(outputDir)) {
      llvm::errs() << command << ": cannot create '" << outputDir
                   << "': " << ec.message() << "\n";
      return failure();
    }
  for (auto [name, tensor] : llvm::zip_equal(names, outputs)) {
    llvm::outs() << "output '" << name << "': " << dataTypeOf(tensor) << " [";
    llvm::interleaveComma(tensor.getShape(), llvm::outs());
    llvm::outs() << "] " << preview(tensor) << "\n";
    if (outputDir.empty())
      continue;
    npy::Array array;
    array.descr = npy::descrForDataType(dataTypeOf(tensor));
    array.shape.assign(tensor.getShape().begin(), tensor.getShape().end());
    array.data.assign(tensor.getBytes(),
                      tensor.getBytes() + tensor.getByteSize());
    std::vector<char> bytes = npy::serialize(array);
    SmallString<256> path(outputDir);
    llvm::sys::path::append(path, name + ".npy");
    if (failed(writeOutput(path.str().str(), inputPaths, [&](raw_ostream &os) {
          os.write(bytes.data(), bytes.size());
        })))
      return failure();
  }
  return success();
}

} // namespace webnnc
