//===- QuantizationOps.td - linear quantization webnn ops ------*- tablegen -*-===//
//
// Spec sections: dequantizeLinear, quantizeLinear. Both take a scale and a
// zero point that are blockwise broadcast to the input's shape; they differ
// in which operand is floating point and which operand's data type the
// output takes.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNN_QUANTIZATION_OPS_TD
#define WEBNN_QUANTIZATION_OPS_TD

include "webnn/IR/WebNNBase.td"

// The quantized data types the tensor-limits tables allow, plus int4/uint4:
// the pinned spec's MLOperandDataType dropped them, but the WPT conformance
// cases (../shared/conformance/wpt-webnn/{quantize,dequantize}Linear.json)
// and the spec's own history quantize to 4 bits, and ONNX QDQ models use
// them too.
defvar WebNN_QuantizedTypes = [WebNN_UI8, WebNN_I8, WebNN_UI32, WebNN_I32,
                               WebNN_UI4, WebNN_I4];
def WebNN_QuantizedTensor : WebNN_TensorOf<WebNN_QuantizedTypes>;

// Operands as in the spec's tables; `inferCall` checks the op's data-type
// steps and the shared shape steps.
class WebNN_LinearQuantizationOp<string mnemonic, Type inputType,
                                 Type scaleType, Type zeroPointType,
                                 Type outputType, string inferCall>
    : WebNN_Op<mnemonic> {
  let arguments = !con((ins inputType:$input, scaleType:$scale,
                            zeroPointType:$zeroPoint), WebNN_Label);
  let results = (outs outputType:$output);
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &types) {
      return ::mlir::webnn::}] # inferCall # [{(
          {location, getOperationName()}, adaptor.getInput(),
          adaptor.getScale(), adaptor.getZeroPoint(), types);
    }
  }];
}

def WebNN_DequantizeLinearOp : WebNN_LinearQuantizationOp<"dequantizeLinear",
    WebNN_QuantizedTensor, WebNN_FloatTensor, WebNN_QuantizedTensor,
    WebNN_FloatTensor, "inferDequantizeLinearType"> {
  let summary = "integer to floating point: (input - zeroPoint) * scale";
  let description = [{
    Spec: dequantizeLinear(input, scale, zeroPoint). `scale` and `zeroPoint`
    have the input's rank and one shape that is blockwise broadcastable to
    the input's (each input dimension a multiple of theirs); each block of
    input elements shares one scale and zero point. The output has the
    input's shape and the scale's data type.
  }];
}

def WebNN_QuantizeLinearOp : WebNN_LinearQuantizationOp<"quantizeLinear",
    WebNN_FloatTensor, WebNN_FloatTensor, WebNN_QuantizedTensor,
    WebNN_QuantizedTensor, "inferQuantizeLinearType"> {
  let summary =
      "floating point to integer: saturate(roundEven(input / scale) + zeroPoint)";
  let description = [{
    Spec: quantizeLinear(input, scale, zeroPoint). `scale` and `zeroPoint`
    have the input's rank and one shape that is blockwise broadcastable to
    the input's. The result is rounded half to even and clamped to the
    range of the zero point's data type, which is also the output's data
    type; the output has the input's shape.
  }];
}

#endif // WEBNN_QUANTIZATION_OPS_TD
