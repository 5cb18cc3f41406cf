//===- TensorFiles.h - graph inputs and outputs as files ------*- C++ -*-===//
//
// What `run` and `bench` share whichever engine executes the graph (the
// reference interpreter or the runtime): the `--input name=path` settings,
// reading .npy and raw .bin files into tensors checked against the graph's
// signature, and printing and writing the outputs. Tensors live on the host
// as interp::Tensor, one representation for both engines.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_TOOLS_TENSORFILES_H
#define WEBNNC_TOOLS_TENSORFILES_H

#include "mlir/Support/LogicalResult.h"
#include "webnnc/Interpreter/Tensor.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include <string>
#include <vector>

namespace webnnc {

/// The `--input name=path` settings by input name. A malformed setting is a
/// usage error: it is printed, prefixed with `command`, and this fails.
mlir::FailureOr<llvm::StringMap<std::string>>
parseInputSettings(llvm::ArrayRef<std::string> settings,
                   llvm::StringRef command);

/// Fills `tensors`, the graph's inputs in order (named `names`, already of
/// the input's data type and shape), from the files `files` gives for them:
/// a .npy must hold the same data type and shape, a .bin exactly the
/// tensor's bytes (little-endian, row-major). Fails, saying why, on a file
/// that cannot be read or does not match, and on a setting that names no
/// input. Inputs no setting names keep their values; their names go to
/// `missing`.
mlir::LogicalResult readInputs(const llvm::StringMap<std::string> &files,
                               llvm::ArrayRef<std::string> names,
                               llvm::MutableArrayRef<interp::Tensor> tensors,
                               std::vector<std::string> &missing,
                               llvm::StringRef command);

/// Prints each output as `output 'name': float32 [2, 3] [1, 2, ...]` and,
/// when `outputDir` is not empty, writes it to `<outputDir>/<name>.npy`
/// (a temporary file renamed into place), refusing to replace any of
/// `inputPaths`.
mlir::LogicalResult reportOutputs(llvm::ArrayRef<std::string> names,
                                  llvm::ArrayRef<interp::Tensor> outputs,
                                  const std::string &outputDir,
                                  llvm::ArrayRef<std::string> inputPaths,
                                  llvm::StringRef command);

} // namespace webnnc

#endif // WEBNNC_TOOLS_TENSORFILES_H
