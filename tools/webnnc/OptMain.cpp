//===- OptMain.cpp - the webnnc-opt driver --------------------------------===//
#include "OptMain.h"

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
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"
#include "webnn/IR/WebNNDialect.h"
#include "webnnc/Conversion/Passes.h"
#include "webnnc/Targets/CPU/CPUTarget.h"
#include "webnnc/Transforms/Passes.h"

void webnnc::registerCompilerDialects(mlir::DialectRegistry &registry) {
  registry.insert<mlir::webnn::WebNNDialect, mlir::func::FuncDialect,
                  mlir::arith::ArithDialect, mlir::tensor::TensorDialect,
                  mlir::linalg::LinalgDialect, mlir::math::MathDialect,
                  mlir::scf::SCFDialect, mlir::memref::MemRefDialect,
                  mlir::bufferization::BufferizationDialect,
                  mlir::vector::VectorDialect, mlir::affine::AffineDialect,
                  mlir::LLVM::LLVMDialect>();
}

void webnnc::registerAllCompilerDialects(mlir::DialectRegistry &registry) {
  registerCompilerDialects(registry);
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  mlir::registerAllToLLVMIRTranslations(registry);
}

void webnnc::registerCompilerPasses() {
  mlir::registerAllPasses();
  mlir::webnnc::registerWebNNCPasses();
  mlir::webnnc::registerWebNNCConversionPasses();
  mlir::webnnc::registerCPUTargetPasses();
}

int webnnc::runOptMain(int argc, char **argv) {
  // Every upstream dialect, interface model and pass: lit tests drive the
  // lowering pipeline (bufferization, to-LLVM) stage by stage.
  registerCompilerPasses();
  mlir::DialectRegistry registry;
  registerAllCompilerDialects(registry);
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "webnnc-opt: the webnn dialect and webnnc passes\n",
      registry));
}
