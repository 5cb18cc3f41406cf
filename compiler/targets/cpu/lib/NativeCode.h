//===- NativeCode.h - kernels to an ELF shared object ---------*- C++ -*-===//
#ifndef WEBNNC_TARGETS_CPU_NATIVECODE_H
#define WEBNNC_TARGETS_CPU_NATIVECODE_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/Timing.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"
#include <memory>
#include <string>
#include <vector>

namespace mlir::webnnc {

struct CPUCompileOptions;

/// The LLVM target of a compilation: the host or a named CPU.
struct CPUTargetMachine {
  std::unique_ptr<llvm::TargetMachine> machine;
  /// The features the code may use that the runtime checks before loading
  /// ("avx2", "avx512f", ...).
  std::vector<std::string> requiredFeatures;
};
FailureOr<CPUTargetMachine>
createTargetMachine(MLIRContext *context, const CPUCompileOptions &options);

/// Lowers kernel functions (linalg on tensors, with work-range arguments)
/// to the LLVM dialect, in place.
LogicalResult lowerKernelsToLLVMDialect(ModuleOp kernels, TimingScope &timing);

/// Translates the lowered kernels to LLVM IR, adds one exported entry point
/// `webnnc_<kernel>(void *const *args, int64_t begin, int64_t end)` per
/// kernel and optimizes at O3 for `target`.
std::unique_ptr<llvm::Module>
translateKernelsToLLVMIR(ModuleOp kernels, llvm::LLVMContext &llvmContext,
                         llvm::TargetMachine &target);

/// Assembly or an ELF relocatable object of `module`.
LogicalResult emitMachineCode(llvm::Module &module, llvm::TargetMachine &target,
                              bool assembly, std::string &out,
                              std::string &error);

/// Links an object into a shared object with lld (in process).
LogicalResult linkSharedObject(StringRef object, std::string &sharedObject,
                               std::string &error);

} // namespace mlir::webnnc

#endif // WEBNNC_TARGETS_CPU_NATIVECODE_H
