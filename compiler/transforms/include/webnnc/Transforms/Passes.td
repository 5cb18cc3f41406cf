//===- Passes.td - webnnc graph passes -------------------------*- tablegen -*-===//
#ifndef WEBNNC_TRANSFORMS_PASSES_TD
#define WEBNNC_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def VerifyGraph : Pass<"webnn-verify-graph", "func::FuncOp"> {
  let summary = "Check that a function is a well-formed WebNN graph";
  let description = [{
    A WebNN graph is a `func.func` whose arguments are the graph inputs and
    whose results are the graph outputs. This pass checks the graph-level
    rules that no single op verifier can see:

    - every input and output is a statically shaped tensor of a WebNN data
      type with dimensions greater than zero (spec: MLOperandDescriptor,
      check dimensions);
    - every input and output carries a non-empty `webnn.name`, and names are
      unique among inputs and among outputs (spec: build(), step "if any
      name is duplicated");
    - the body holds only `webnn` ops and the `func.return`.

    It changes nothing; it fails with a diagnostic naming the offending
    input, output or op.
  }];
  let dependentDialects = ["::mlir::webnn::WebNNDialect"];
}

#endif // WEBNNC_TRANSFORMS_PASSES_TD
