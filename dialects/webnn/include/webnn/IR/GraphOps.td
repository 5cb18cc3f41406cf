//===- GraphOps.td - graph-level webnn ops ---------------------*- tablegen -*-===//
//
// What a WebNN graph needs besides its operators: constants (the spec's
// MLGraphBuilder.constant()). Inputs are the enclosing func.func's arguments.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNN_GRAPH_OPS_TD
#define WEBNN_GRAPH_OPS_TD

include "webnn/IR/WebNNBase.td"

def WebNN_ConstantOp : Op<WebNN_Dialect, "constant",
    [ConstantLike, Pure, AllTypesMatch<["value", "output"]>]> {
  let summary = "a constant operand (MLGraphBuilder.constant)";
  let description = [{
    A tensor of constant data: weights, biases, scalars. Large weights are
    `dense_resource` attributes, so the IR text stays small and the bytes
    are shared rather than copied.

    ```mlir
    %w = webnn.constant dense_resource<conv1_weight> : tensor<32x3x3x3xf32>
    %s = webnn.constant dense<1.0> : tensor<f32>
    ```
  }];
  let arguments = (ins ElementsAttr:$value, OptionalAttr<StrAttr>:$label);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
}

#endif // WEBNN_GRAPH_OPS_TD
