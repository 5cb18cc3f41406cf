//===- NormalizationOps.td - normalization webnn ops ----------*- tablegen -*-===//
//
// Spec sections: batchNormalization, instanceNormalization,
// layerNormalization.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNN_NORMALIZATION_OPS_TD
#define WEBNN_NORMALIZATION_OPS_TD

include "webnn/IR/WebNNBase.td"

// The spec's `double epsilon = 1e-5` option every normalization carries.
defvar WebNN_Epsilon = (ins DefaultValuedAttr<F32Attr, "1e-5">:$epsilon);

// The optional `scale` and `bias` operands, printed with keywords so that
// either can be given without the other.
defvar WebNN_ScaleBiasFormat = [{
  (`scale` `(` $scale^ `)`)? (`bias` `(` $bias^ `)`)?
  attr-dict `:` functional-type(operands, results)
}];

//===----------------------------------------------------------------------===//
// batchNormalization
//===----------------------------------------------------------------------===//

def WebNN_BatchNormalizationOp : WebNN_Op<"batchNormalization",
    [AttrSizedOperandSegments]> {
  let summary = "batch normalization with precomputed mean and variance";
  let description = [{
    Spec: batchNormalization(input, mean, variance, options). Computes
    `scale * (input - mean) / sqrt(variance + epsilon) + bias` along the
    feature dimension `axis` (default 1, the "c" of "nchw"). `mean`,
    `variance` and the optional `scale` and `bias` are 1-D tensors of
    size `input.shape[axis]` with the input's data type; the output has the
    input's shape and data type.
  }];
  // mean/variance/scale/bias are "same as input" in the tensor-limits table;
  // that rule is checked (and cited) in inferReturnTypes.
  let arguments = !con((ins WebNN_FloatTensor:$input, WebNN_Tensor:$mean,
                            WebNN_Tensor:$variance,
                            Optional<WebNN_Tensor>:$scale,
                            Optional<WebNN_Tensor>:$bias,
                            DefaultValuedAttr<WebNN_UIntAttr, "1">:$axis),
                       WebNN_Epsilon, WebNN_Label);
  let results = (outs WebNN_FloatTensor:$output);
  let assemblyFormat = !strconcat("$input `,` $mean `,` $variance ",
                                   WebNN_ScaleBiasFormat);
}

//===----------------------------------------------------------------------===//
// instanceNormalization
//===----------------------------------------------------------------------===//

def WebNN_InstanceNormalizationOp : WebNN_Op<"instanceNormalization",
    [AttrSizedOperandSegments]> {
  let summary = "instance normalization over the spatial dimensions";
  let description = [{
    Spec: instanceNormalization(input, options). For each sample and
    channel of the 4-D `input`, normalizes over the spatial dimensions:
    `scale * (input - mean) / sqrt(variance + epsilon) + bias`. `layout`
    ("nchw" or "nhwc") says which dimension holds the channels; the optional
    `scale` and `bias` are 1-D tensors of the channel count with the input's
    data type. The output has the input's shape and data type.
  }];
  let arguments = !con((ins WebNN_FloatTensor:$input,
                            Optional<WebNN_Tensor>:$scale,
                            Optional<WebNN_Tensor>:$bias),
                       WebNN_Epsilon,
                       (ins DefaultValuedAttr<WebNN_InputOperandLayoutAttr,
                              "::mlir::webnn::InputOperandLayout::nchw">:$layout),
                       WebNN_Label);
  let results = (outs WebNN_FloatTensor:$output);
  let assemblyFormat = !strconcat("$input ", WebNN_ScaleBiasFormat);
}

//===----------------------------------------------------------------------===//
// layerNormalization
//===----------------------------------------------------------------------===//

def WebNN_LayerNormalizationOp : WebNN_Op<"layerNormalization",
    [AttrSizedOperandSegments]> {
  let summary = "layer normalization over the given axes";
  let description = [{
    Spec: layerNormalization(input, options). Normalizes `input` over the
    dimensions in `axes`: `scale * (input - mean) / sqrt(variance + epsilon)
    + bias`. Without `axes`, all dimensions but the first are normalized (no
    dimension for inputs of rank 0 or 1); an empty `axes` normalizes none.
    The optional `scale` and `bias` have the shape of the input dimensions
    named by `axes`, in that order, and the input's data type. The output
    has the input's shape and data type.
  }];
  // axes' default depends on the input's rank: absent means the default.
  let arguments = !con((ins WebNN_FloatTensor:$input,
                            Optional<WebNN_Tensor>:$scale,
                            Optional<WebNN_Tensor>:$bias,
                            OptionalAttr<WebNN_UIntArrayAttr>:$axes),
                       WebNN_Epsilon, WebNN_Label);
  let results = (outs WebNN_FloatTensor:$output);
  let assemblyFormat = !strconcat("$input ", WebNN_ScaleBiasFormat);
}

#endif // WEBNN_NORMALIZATION_OPS_TD
