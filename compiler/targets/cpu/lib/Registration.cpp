//===- Registration.cpp - what a CPU compilation needs registered ---------===//
#include "webnnc/Targets/CPU/Registration.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "webnn/IR/WebNNDialect.h"
#include "webnnc/Conversion/Passes.h"
#include "webnnc/Targets/CPU/CPUTarget.h"
#include "webnnc/Transforms/Passes.h"

#include <mutex>

namespace mlir::webnnc {

void registerCompilerDialects(DialectRegistry &registry) {
  registry.insert<webnn::WebNNDialect, func::FuncDialect, arith::ArithDialect,
                  tensor::TensorDialect, linalg::LinalgDialect,
                  math::MathDialect, scf::SCFDialect, memref::MemRefDialect,
                  bufferization::BufferizationDialect, vector::VectorDialect,
                  affine::AffineDialect, LLVM::LLVMDialect>();
}

void registerAllCompilerDialects(DialectRegistry &registry) {
  registerCompilerDialects(registry);
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
}

void registerCompilerPasses() {
  // The pass registry is global and rejects a second registration of a
  // pass argument with another allocator, so only the first call counts.
  static std::once_flag once;
  std::call_once(once, [] {
    registerAllPasses();
    registerWebNNCPasses();
    registerWebNNCConversionPasses();
    registerCPUTargetPasses();
  });
}

} // namespace mlir::webnnc
