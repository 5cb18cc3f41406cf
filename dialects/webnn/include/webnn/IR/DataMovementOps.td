//===- DataMovementOps.td - data movement webnn ops ------------*- tablegen -*-===//
//
// Spec sections: concat, expand, gather, gatherElements, gatherND,
// scatterElements, scatterND, pad, reshape, reverse, slice, split, tile,
// transpose, triangular, resample2d: ops that copy, select or rearrange
// elements without arithmetic on them (resample2d and triangular included,
// as the spec groups them with the shape-changing ops).
//
//===----------------------------------------------------------------------===//
#ifndef WEBNN_DATA_MOVEMENT_OPS_TD
#define WEBNN_DATA_MOVEMENT_OPS_TD

include "webnn/IR/WebNNBase.td"

// pad's MLNumber `value`, defaulting to the spec's 0 (stored as 0.0 : f64).
def WebNN_PadValueAttr : AnyAttrOf<[F64Attr, I64Attr]> {
  let constBuilderCall = "$_builder.getF64FloatAttr($0)";
}

// split's `(unsigned long or sequence<unsigned long>) splits`: an integer
// (`splits = 3`: that many equal parts) or a list of sizes
// (`splits = array<i64: 2, 4>`). The two are told apart by attribute kind,
// never by list length, so a one-element list stays a list of sizes.
def WebNN_SplitsAttr : AnyAttrOf<[WebNN_UIntAttr, WebNN_UIntArrayAttr],
    "split count (non-negative integer) or split sizes (array of "
    "non-negative i64)">;

// triangular's `[EnforceRange] long diagonal`.
def WebNN_LongAttr : ConfinedAttr<I64Attr,
    [IntMinValue<-2147483648>, IntMaxValue<2147483647>]>;

//===----------------------------------------------------------------------===//
// concat
//===----------------------------------------------------------------------===//

def WebNN_ConcatOp : WebNN_Op<"concat"> {
  let summary = "concatenates tensors along an axis";
  let description = [{
    Spec: concat(inputs, axis). All inputs have the same data type and rank
    and the same shape except along `axis`; the output's size along `axis`
    is the sum of the inputs' sizes there.

    ```mlir
    %0 = webnn.concat %a, %b {axis = 1} : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<2x7xf32>
    ```
  }];
  let arguments = !con((ins Variadic<WebNN_Tensor>:$inputs,
                            WebNN_UIntAttr:$axis), WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// expand
//===----------------------------------------------------------------------===//

def WebNN_ExpandOp : WebNN_Op<"expand"> {
  let summary = "broadcasts a tensor to a new shape";
  let description = [{
    Spec: expand(input, newShape). The input shape must be unidirectionally
    broadcastable to `newShape` (numpy rules: size-1 dimensions stretch,
    missing leading dimensions are added); the output has shape `newShape`.
  }];
  let arguments = !con((ins WebNN_Tensor:$input,
                            WebNN_UIntArrayAttr:$newShape), WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// gather, gatherElements, gatherND
//===----------------------------------------------------------------------===//

def WebNN_GatherOp : WebNN_Op<"gather"> {
  let summary = "gathers slices along an axis by index";
  let description = [{
    Spec: gather(input, indices, {axis}). Selects entries of `input` along
    `axis` (default 0) at the positions in `indices` (negative values count
    from the end). Output shape: input.shape[0:axis] ++ indices.shape ++
    input.shape[axis+1:].
  }];
  let arguments = !con((ins WebNN_Tensor:$input, WebNN_IndexTensor:$indices,
                            DefaultValuedAttr<WebNN_UIntAttr, "0">:$axis),
                       WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
}

def WebNN_GatherElementsOp : WebNN_Op<"gatherElements"> {
  let summary = "gathers single elements along an axis by index";
  let description = [{
    Spec: gatherElements(input, indices, {axis}). output[i0, .., ia, ..] =
    input[i0, .., indices[i0, .., ia, ..], ..] with the index replacing the
    `axis` coordinate. `indices` has input's shape except along `axis`; the
    output has the indices' shape.
  }];
  let arguments = !con((ins WebNN_Tensor:$input, WebNN_IndexTensor:$indices,
                            DefaultValuedAttr<WebNN_UIntAttr, "0">:$axis),
                       WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
}

def WebNN_GatherNDOp : WebNN_Op<"gatherND"> {
  let summary = "gathers slices by N-dimensional coordinates";
  let description = [{
    Spec: gatherND(input, indices). The last dimension of `indices` holds
    coordinates into the leading dimensions of `input`; each selects a
    slice. Output shape: indices.shape[0:-1] ++ input.shape[k:] where k is
    indices.shape[-1].
  }];
  let arguments = !con((ins WebNN_Tensor:$input, WebNN_IndexTensor:$indices),
                       WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
}

//===----------------------------------------------------------------------===//
// scatterElements, scatterND
//===----------------------------------------------------------------------===//

def WebNN_ScatterElementsOp : WebNN_Op<"scatterElements"> {
  let summary = "scatters single elements along an axis by index";
  let description = [{
    Spec: scatterElements(input, indices, updates, {axis}). A copy of
    `input` in which output[.., indices[i], ..] = updates[i] along `axis`
    (the inverse of gatherElements). `updates` has the indices' shape.
  }];
  let arguments = !con((ins WebNN_Tensor:$input, WebNN_IndexTensor:$indices,
                            WebNN_Tensor:$updates,
                            DefaultValuedAttr<WebNN_UIntAttr, "0">:$axis),
                       WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
}

def WebNN_ScatterNDOp : WebNN_Op<"scatterND"> {
  let summary = "scatters slices by N-dimensional coordinates";
  let description = [{
    Spec: scatterND(input, indices, updates). A copy of `input` in which the
    slices addressed by the coordinates in the last dimension of `indices`
    are replaced by `updates` (the inverse of gatherND). `updates` has the
    shape gatherND(input, indices) would produce.
  }];
  let arguments = !con((ins WebNN_Tensor:$input, WebNN_IndexTensor:$indices,
                            WebNN_Tensor:$updates), WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
}

//===----------------------------------------------------------------------===//
// pad
//===----------------------------------------------------------------------===//

def WebNN_PadOp : WebNN_Op<"pad"> {
  let summary = "pads a tensor with a constant, edge or mirrored values";
  let description = [{
    Spec: pad(input, beginningPadding, endingPadding, {mode, value}). Each
    output dimension is beginningPadding[d] + input size + endingPadding[d].
    `mode` (default constant) picks the fill: `value` (an MLNumber, default
    0, cast to the input's data type), the nearest edge element, or the
    mirror image without repeating the edge (reflection).
  }];
  let arguments = !con((ins WebNN_Tensor:$input,
      WebNN_UIntArrayAttr:$beginningPadding,
      WebNN_UIntArrayAttr:$endingPadding,
      DefaultValuedAttr<WebNN_PaddingModeAttr,
                        "::mlir::webnn::PaddingMode::constant">:$mode,
      DefaultValuedOptionalAttr<WebNN_PadValueAttr, "0.0">:$value),
      WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// reshape
//===----------------------------------------------------------------------===//

def WebNN_ReshapeOp : WebNN_Op<"reshape"> {
  let summary = "gives a tensor a new shape with the same elements";
  let description = [{
    Spec: reshape(input, newShape). The elements in row-major order are
    unchanged; `newShape` (empty for a scalar) must hold as many elements as
    the input.
  }];
  let arguments = !con((ins WebNN_Tensor:$input,
                            WebNN_UIntArrayAttr:$newShape), WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// reverse
//===----------------------------------------------------------------------===//

def WebNN_ReverseOp : WebNN_Op<"reverse"> {
  let summary = "reverses a tensor along the given axes";
  let description = [{
    Spec: reverse(input, {axes}). The output has the input's shape, with the
    element order reversed along each axis in `axes`. Absent `axes` means
    all axes; an empty list reverses nothing.
  }];
  let arguments = !con((ins WebNN_Tensor:$input,
                            OptionalAttr<WebNN_UIntArrayAttr>:$axes),
                       WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// slice
//===----------------------------------------------------------------------===//

def WebNN_SliceOp : WebNN_Op<"slice"> {
  let summary = "extracts a strided window of a tensor";
  let description = [{
    Spec: slice(input, starts, sizes, {strides}). Along each dimension d the
    window [starts[d], starts[d] + sizes[d]) is read every strides[d]
    elements (absent `strides`: all 1), so the output size is
    ceil(sizes[d] / strides[d]).
  }];
  let arguments = !con((ins WebNN_Tensor:$input,
                            WebNN_UIntArrayAttr:$starts,
                            WebNN_UIntArrayAttr:$sizes,
                            OptionalAttr<WebNN_UIntArrayAttr>:$strides),
                       WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// split
//===----------------------------------------------------------------------===//

def WebNN_SplitOp : WebNN_Op<"split"> {
  let summary = "splits a tensor into several along an axis";
  let description = [{
    Spec: split(input, splits, {axis}). With an integer `splits`, the input
    is cut along `axis` (default 0) into that many equal parts; with a list,
    into parts of the listed sizes. One result per part.

    ```mlir
    %0:3 = webnn.split %x {splits = 3} : (tensor<6x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>)
    %1:2 = webnn.split %x {splits = array<i64: 1, 5>} : (tensor<6x2xf32>) -> (tensor<1x2xf32>, tensor<5x2xf32>)
    ```
  }];
  let arguments = !con((ins WebNN_Tensor:$input, WebNN_SplitsAttr:$splits,
                            DefaultValuedAttr<WebNN_UIntAttr, "0">:$axis),
                       WebNN_Label);
  let results = (outs Variadic<WebNN_Tensor>:$outputs);
}

//===----------------------------------------------------------------------===//
// tile
//===----------------------------------------------------------------------===//

def WebNN_TileOp : WebNN_Op<"tile"> {
  let summary = "repeats a tensor along each dimension";
  let description = [{
    Spec: tile(input, repetitions). Output dimension d is
    input.shape[d] * repetitions[d], the input repeated that many times.
  }];
  let arguments = !con((ins WebNN_Tensor:$input,
                            WebNN_UIntArrayAttr:$repetitions), WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// transpose
//===----------------------------------------------------------------------===//

def WebNN_TransposeOp : WebNN_Op<"transpose"> {
  let summary = "permutes the dimensions of a tensor";
  let description = [{
    Spec: transpose(input, {permutation}). Output dimension i is input
    dimension permutation[i]; absent `permutation` means [N-1, ..., 0].
  }];
  let arguments = !con((ins WebNN_Tensor:$input,
                            OptionalAttr<WebNN_UIntArrayAttr>:$permutation),
                       WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// triangular
//===----------------------------------------------------------------------===//

def WebNN_TriangularOp : WebNN_Op<"triangular"> {
  let summary = "keeps the upper or lower triangle of the innermost matrices";
  let description = [{
    Spec: triangular(input, {upper, diagonal}). For each matrix in the last
    two dimensions, keeps the elements on and above (upper = true, the
    default) or on and below the diagonal shifted by `diagonal` (default 0,
    positive = above the main diagonal) and zeroes the rest.
  }];
  let arguments = !con((ins WebNN_FloatTensor:$input,
                            DefaultValuedAttr<BoolAttr, "true">:$upper,
                            DefaultValuedAttr<WebNN_LongAttr, "0">:$diagonal),
                       WebNN_Label);
  let results = (outs WebNN_FloatTensor:$output);
}

//===----------------------------------------------------------------------===//
// resample2d
//===----------------------------------------------------------------------===//

def WebNN_Resample2dOp : WebNN_Op<"resample2d"> {
  let summary = "resizes two dimensions of a 4-D tensor by interpolation";
  let description = [{
    Spec: resample2d(input, {mode, scales, sizes, axes}). The two `axes`
    (default [2, 3]) are resized to `sizes` when given, else to
    floor(input size * scales[i]) (default scales [1.0, 1.0]); values are
    interpolated by `mode` (default nearest-neighbor, or linear).
  }];
  let arguments = !con((ins
      WebNN_TensorOf<[WebNN_F32, WebNN_F16, WebNN_UI8, WebNN_I8]>:$input,
      DefaultValuedAttr<WebNN_InterpolationModeAttr,
          "::mlir::webnn::InterpolationMode::nearest_neighbor">:$mode,
      DefaultValuedOptionalAttr<DenseF32ArrayAttr, "{1.0f, 1.0f}">:$scales,
      OptionalAttr<WebNN_UIntArrayAttr>:$sizes,
      WebNN_DefaultUIntArrayAttr<"{2, 3}">:$axes), WebNN_Label);
  let results = (outs
      WebNN_TensorOf<[WebNN_F32, WebNN_F16, WebNN_UI8, WebNN_I8]>:$output);
}

#endif // WEBNN_DATA_MOVEMENT_OPS_TD
