//===- Passes.td - webnnc conversion passes --------------------*- tablegen -*-===//
#ifndef WEBNNC_CONVERSION_PASSES_TD
#define WEBNNC_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertWebNNToLinalg : Pass<"convert-webnn-to-linalg", "ModuleOp"> {
  let summary = "Lower webnn ops to linalg, tensor, arith and math";
  let description = [{
    The first step of code generation: every webnn op becomes upstream
    tensor-level IR. Element-wise ops and activations become
    `linalg.generic` ops with broadcasting indexing maps; convolutions,
    pooling and matrix products become linalg named ops (TOSA-to-linalg
    style). Unsigned WebNN types (`uiN`) become signless `iN`, with unsigned
    arithmetic (`divui`, `cmpi ult`, `extui`, ...) chosen from the original
    op's types, as arith requires. A webnn op without a lowering is an error
    naming it.
  }];
  let dependentDialects = [
    "::mlir::linalg::LinalgDialect", "::mlir::tensor::TensorDialect",
    "::mlir::arith::ArithDialect", "::mlir::math::MathDialect",
    "::mlir::func::FuncDialect"
  ];
}

#endif // WEBNNC_CONVERSION_PASSES_TD
