//===- ActivationOps.td - activation webnn ops -----------------*- tablegen -*-===//
//
// Spec sections: clamp, elu, gelu, hardSigmoid, hardSwish, leakyRelu,
// linear, prelu, relu, sigmoid, softmax, softplus, softsign, tanh.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNN_ACTIVATION_OPS_TD
#define WEBNN_ACTIVATION_OPS_TD

include "webnn/IR/WebNNBase.td"

// Activations whose output has the input's type, with the data types the
// spec's tensor-limits table allows.
class WebNN_UnaryActivationOp<string mnemonic, list<Type> allowedTypes,
                              dag options = (ins)>
    : WebNN_Op<mnemonic> {
  let arguments = !con((ins WebNN_TensorOf<allowedTypes>:$input), options,
                       WebNN_Label);
  let results = (outs WebNN_TensorOf<allowedTypes>:$output);
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &types) {
      return ::mlir::webnn::inferSameAsInputType(
          {location, getOperationName()}, adaptor.getInput(), types);
    }
  }];
}

def WebNN_ReluOp : WebNN_UnaryActivationOp<"relu",
    [WebNN_F32, WebNN_F16, WebNN_I32, WebNN_I64, WebNN_I8]> {
  let summary = "rectified linear unit: max(0, x)";
  let description = [{
    Spec: relu(input). Output has the input's shape and data type.
  }];
}

#endif // WEBNN_ACTIVATION_OPS_TD
