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

def FoldBatchNorm : Pass<"webnn-fold-batch-norm", "func::FuncOp"> {
  let summary = "Fold batchNormalization into the conv2d that feeds it";
  let description = [{
    `batchNormalization(conv2d(x, W, b), mean, var, scale, beta)` along the
    output channels, with every parameter constant, is one convolution:
    with `s = scale / sqrt(var + epsilon)`,
    `W'[o] = W[o] * s[o]` and `b'[o] = (b[o] - mean[o]) * s[o] + beta[o]`
    (the usual inference-time folding of ONNX Runtime and TFLite). The
    folded weights are computed here in float64 and rounded once.

    It applies to float32 convolutions in nchw/oihw layout (the default and
    what the ONNX importer produces), including depthwise ones, whose
    result is used only by the normalization, with `axis` 1. Anything else
    is left alone.
  }];
  let dependentDialects = ["::mlir::webnn::WebNNDialect"];
}

def FoldConstants : Pass<"webnn-fold-constants", "func::FuncOp"> {
  let summary = "Evaluate ops whose operands are all constants";
  let description = [{
    An op whose operands are all `webnn.constant` (weights dequantized from
    int8, transposed or reshaped filters, shape arithmetic) is computed
    once at compile time with the reference interpreter's kernel, and
    replaced by a constant holding the result; chains fold in order.
    Results of 4-bit types and results larger than `max-elements` stay ops.
  }];
  let options = [
    Option<"maxElements", "max-elements", "int64_t", /*default=*/"1 << 24",
           "Largest result (in elements) to precompute">,
  ];
  let dependentDialects = ["::mlir::webnn::WebNNDialect"];
}

def FuseGemm : Pass<"webnn-fuse-gemm", "func::FuncOp"> {
  let summary = "Fold a matmul's bias add and 2-D transposes into gemm";
  let description = [{
    - `add(matmul(a, b), c)` (either operand order) with matrices `a` and
      `b`, a single-use product and a `c` that broadcasts to the product's
      shape (the spec's condition on gemm's `c`) -> `gemm(a, b, c)`;
    - `matmul(transpose(a), b)`, `matmul(a, transpose(b))` of matrices
      with single-use 2-D transposes -> `gemm` with `aTranspose` /
      `bTranspose`;
    - `gemm(transpose(a), ...)`: the transpose is dropped and the flag
      flipped (likewise for `b`).

    Batched (rank > 2) products and transposes with other users are left
    alone.
  }];
  let dependentDialects = ["::mlir::webnn::WebNNDialect"];
}

def RecognizeDecomposed : Pass<"webnn-recognize-decomposed", "func::FuncOp"> {
  let summary = "Replace decomposed layerNorm, GELU, softmax and hardSwish "
                "by the op";
  let description = [{
    PyTorch exports `LayerNorm`, `GELU`, `softmax` and `hardswish` as chains
    of primitive ops; the spec has one op for each. Recognized (float32
    and float16):

    - layer normalization: `d = x - reduceMean(x)`, then
      `d / sqrt(reduceMean(pow(d, 2)) + eps)` over the same axes (kept
      dimensions), optionally times a scale and plus a bias of the
      normalized dimensions' shape -> `layerNormalization(x, scale, bias)`
      with those axes and epsilon;
    - GELU (erf form): `x * (erf(x / sqrt(2)) + 1) * 0.5` -> `gelu(x)`;
    - softmax: `e / reduceSum(e)` with `e = exp(x - reduceMax(x))` or
      `exp(x)`, one axis, kept dimensions -> `softmax(x, axis)`;
    - hardSwish: `x * hardSigmoid(x)` with alpha 1/6 and beta 0.5 (opsets
      before 14), `x * clamp(x + 3, 0, 6) / 6` and `... * (1/6)` ->
      `hardSwish(x)`.

    Every intermediate value must have no other user; anything else is
    left alone. The tanh form of GELU is not replaced: the spec's gelu is
    the erf form, and the two differ by up to about 5e-4, more than the
    models' tolerances. In the CPU pipeline by default.
  }];
  let dependentDialects = ["::mlir::webnn::WebNNDialect"];
}

#endif // WEBNNC_TRANSFORMS_PASSES_TD
