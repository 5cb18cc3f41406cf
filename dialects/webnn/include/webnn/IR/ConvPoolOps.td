//===- ConvPoolOps.td - conv, pooling and matrix webnn ops -*- tablegen -*-===//
//
// Spec sections: conv2d, convTranspose2d, pooling operations (averagePool2d,
// l2Pool2d, maxPool2d), gemm, matmul.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNN_CONV_POOL_OPS_TD
#define WEBNN_CONV_POOL_OPS_TD

include "webnn/IR/WebNNBase.td"

//===----------------------------------------------------------------------===//
// conv2d
//===----------------------------------------------------------------------===//

def WebNN_Conv2dOp : WebNN_Op<"conv2d"> {
  let summary = "2-D convolution of a 4-D input with a 4-D filter";
  let description = [{
    Spec: conv2d(input, filter, options). Computes a 2-D (optionally grouped
    or depthwise) convolution; `bias`, when given, is a 1-D tensor of shape
    [outputChannels] added to the result. Each spatial output size is
    `floor(1 + (inputSize - (filterSize - 1) * dilation - 1 +
    beginningPadding + endingPadding) / stride)`. `inputLayout` gives the
    input and output layout, `filterLayout` the filter's.
  }];
  let arguments = !con((ins
      WebNN_FloatTensor:$input,
      WebNN_FloatTensor:$filter,
      Optional<WebNN_FloatTensor>:$bias,
      WebNN_DefaultUIntArrayAttr<"{0, 0, 0, 0}">:$padding,
      WebNN_DefaultUIntArrayAttr<"{1, 1}">:$strides,
      WebNN_DefaultUIntArrayAttr<"{1, 1}">:$dilations,
      DefaultValuedAttr<WebNN_UIntAttr, "1">:$groups,
      DefaultValuedAttr<WebNN_InputOperandLayoutAttr,
                        "::mlir::webnn::InputOperandLayout::nchw">:$inputLayout,
      DefaultValuedAttr<WebNN_Conv2dFilterOperandLayoutAttr,
          "::mlir::webnn::Conv2dFilterOperandLayout::oihw">:$filterLayout),
      WebNN_Label);
  let results = (outs WebNN_FloatTensor:$output);
  let assemblyFormat = [{
    $input `,` $filter (`bias` `(` $bias^ `)`)? attr-dict `:`
        functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// convTranspose2d
//===----------------------------------------------------------------------===//

def WebNN_ConvTranspose2dOp : WebNN_Op<"convTranspose2d"> {
  let summary = "2-D transposed convolution of a 4-D input with a 4-D filter";
  let description = [{
    Spec: convTranspose2d(input, filter, options). Computes a 2-D transposed
    (optionally grouped) convolution; `bias`, when given, is a 1-D tensor of
    shape [outputChannels]. Unless `outputSizes` is given, each spatial
    output size is `(inputSize - 1) * stride + (filterSize - 1) * dilation +
    1 - beginningPadding - endingPadding + outputPadding`; `outputSizes`
    picks a size in [calculated size, calculated size + stride).
  }];
  let arguments = !con((ins
      WebNN_FloatTensor:$input,
      WebNN_FloatTensor:$filter,
      Optional<WebNN_FloatTensor>:$bias,
      WebNN_DefaultUIntArrayAttr<"{0, 0, 0, 0}">:$padding,
      WebNN_DefaultUIntArrayAttr<"{1, 1}">:$strides,
      WebNN_DefaultUIntArrayAttr<"{1, 1}">:$dilations,
      WebNN_DefaultUIntArrayAttr<"{0, 0}">:$outputPadding,
      OptionalAttr<WebNN_UIntArrayAttr>:$outputSizes,
      DefaultValuedAttr<WebNN_UIntAttr, "1">:$groups,
      DefaultValuedAttr<WebNN_InputOperandLayoutAttr,
                        "::mlir::webnn::InputOperandLayout::nchw">:$inputLayout,
      DefaultValuedAttr<WebNN_ConvTranspose2dFilterOperandLayoutAttr,
          "::mlir::webnn::ConvTranspose2dFilterOperandLayout::iohw">:$filterLayout),
      WebNN_Label);
  let results = (outs WebNN_FloatTensor:$output);
  let assemblyFormat = [{
    $input `,` $filter (`bias` `(` $bias^ `)`)? attr-dict `:`
        functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// Pooling operations
//===----------------------------------------------------------------------===//

// averagePool2d, l2Pool2d, maxPool2d: one option set (MLPool2dOptions) and
// one algorithm ("create a pooling operation"); only the reduction and the
// allowed data types differ.
class WebNN_Pool2dOp<string mnemonic, string reduction,
                     list<Type> allowedTypes>
    : WebNN_Op<mnemonic> {
  let summary = "2-D " # reduction # " pooling over a 4-D input";
  let description = [{
    Spec: pooling operations. Reduces each window of `windowDimensions`
    (default: the input's spatial size, i.e. global pooling) over the
    spatial dimensions of the input. Each spatial output size is
    `1 + (inputSize - (windowSize - 1) * dilation - 1 + beginningPadding +
    endingPadding) / stride`, rounded as `outputShapeRounding` says, unless
    `outputSizes` gives it. The output has the input's data type.
  }];
  let arguments = !con((ins
      WebNN_TensorOf<allowedTypes>:$input,
      OptionalAttr<WebNN_UIntArrayAttr>:$windowDimensions,
      WebNN_DefaultUIntArrayAttr<"{0, 0, 0, 0}">:$padding,
      WebNN_DefaultUIntArrayAttr<"{1, 1}">:$strides,
      WebNN_DefaultUIntArrayAttr<"{1, 1}">:$dilations,
      DefaultValuedAttr<WebNN_InputOperandLayoutAttr,
                        "::mlir::webnn::InputOperandLayout::nchw">:$layout,
      DefaultValuedAttr<WebNN_RoundingTypeAttr,
          "::mlir::webnn::RoundingType::floor">:$outputShapeRounding,
      OptionalAttr<WebNN_UIntArrayAttr>:$outputSizes),
      WebNN_Label);
  let results = (outs WebNN_TensorOf<allowedTypes>:$output);
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &types) {
      return inferPool2dType(
          {location, getOperationName()}, adaptor.getInput(),
          adaptor.getWindowDimensions(), adaptor.getPadding(),
          adaptor.getStrides(), adaptor.getDilations(), adaptor.getLayout(),
          adaptor.getOutputShapeRounding(), adaptor.getOutputSizes(), types);
    }
  }];
}

def WebNN_AveragePool2dOp : WebNN_Pool2dOp<"averagePool2d", "average",
                                           WebNN_FloatTypes>;
def WebNN_L2Pool2dOp : WebNN_Pool2dOp<"l2Pool2d", "L2 norm",
                                      WebNN_FloatTypes>;
def WebNN_MaxPool2dOp : WebNN_Pool2dOp<"maxPool2d", "maximum",
                                       WebNN_AllTypes>;

//===----------------------------------------------------------------------===//
// gemm
//===----------------------------------------------------------------------===//

def WebNN_GemmOp : WebNN_Op<"gemm"> {
  let summary = "general matrix multiplication: alpha * A * B + beta * C";
  let description = [{
    Spec: gemm(a, b, options). `a` is [M, K] ([K, M] when `aTranspose`),
    `b` is [K, N] ([N, K] when `bTranspose`); `c`, when given, is
    unidirectionally broadcastable to [M, N]. The output is [M, N].
  }];
  let arguments = !con((ins
      WebNN_FloatTensor:$a,
      WebNN_FloatTensor:$b,
      Optional<WebNN_FloatTensor>:$c,
      DefaultValuedAttr<F32Attr, "1.0">:$alpha,
      DefaultValuedAttr<F32Attr, "1.0">:$beta,
      DefaultValuedAttr<BoolAttr, "false">:$aTranspose,
      DefaultValuedAttr<BoolAttr, "false">:$bTranspose),
      WebNN_Label);
  let results = (outs WebNN_FloatTensor:$output);
  let assemblyFormat = [{
    $a `,` $b (`c` `(` $c^ `)`)? attr-dict `:`
        functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// matmul
//===----------------------------------------------------------------------===//

def WebNN_MatmulOp : WebNN_Op<"matmul"> {
  let summary = "matrix product with broadcast batch dimensions";
  let description = [{
    Spec: matmul(a, b). Both inputs are at least 2-D; the last two
    dimensions are multiplied as matrices ([..., M, K] x [..., K, N]) and
    the leading (batch) dimensions are bidirectionally broadcast. The output
    is [...broadcast batch, M, N].
  }];
  let arguments = !con((ins WebNN_FloatTensor:$a, WebNN_FloatTensor:$b),
                       WebNN_Label);
  let results = (outs WebNN_FloatTensor:$output);
}

#endif // WEBNN_CONV_POOL_OPS_TD
