//===- ActivationOps.td - activation webnn ops -----------------*- tablegen -*-===//
//
// Spec sections: clamp, elu, gelu, hardSigmoid, hardSwish, leakyRelu,
// linear, prelu, relu, sigmoid, softmax, softplus, softsign, tanh.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNN_ACTIVATION_OPS_TD
#define WEBNN_ACTIVATION_OPS_TD

include "webnn/IR/WebNNBase.td"

// The element types of the float-only activations' tensor-limits tables.
defvar WebNN_ActivationFloatTypes = [WebNN_F32, WebNN_F16];

// A `double` option of an activation's options dictionary (alpha, beta):
// an F32 attribute with the spec's default.
class WebNN_DoubleOption<string default>
    : DefaultValuedAttr<F32Attr, default>;

// Activations whose output has the input's type, with the data types the
// spec's tensor-limits table allows.
//
// `options` are the op's MLxxxOptions members. By default each one is a
// WebIDL `double` (WebNN_DoubleOption), which rejects NaN and infinities;
// `optionChecks` is the C++ that validates them in inferReturnTypes, with
// `diag` (OpDiagnostics), `adaptor` and `inputType` (RankedTensorType) in
// scope. Ops with other kinds of options override it.
class WebNN_UnaryActivationOp<string mnemonic, list<Type> allowedTypes,
                              dag options = (ins)>
    : WebNN_SameTypeAsInputOp<mnemonic, allowedTypes, options> {
  // The spec's name of the options dictionary, e.g. "MLEluOptions".
  string optionsDictionary = "ML" # firstCharToUpper<mnemonic>.ret # "Options";
  code optionChecks = !interleave(!foreach(i, !range(!size(options)),
      "if (::mlir::failed(validateDoubleOption(diag, adaptor.get" #
      firstCharToUpper<!getdagname(options, i)>.ret # "(), \"" #
      mnemonic # "\", \"" # optionsDictionary # "\", \"" #
      !getdagname(options, i) # "\"))) {\n    return ::mlir::failure();\n  }"),
      "\n  ");
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &types) {
      ::mlir::webnn::OpDiagnostics diag(location, getOperationName());
      if (::mlir::failed(::mlir::webnn::inferSameAsInputType(
              diag, adaptor.getInput(), types)))
        return ::mlir::failure();
      [[maybe_unused]] auto inputType =
          ::llvm::cast<::mlir::RankedTensorType>(types.back());
      }] # optionChecks # [{
      return ::mlir::success();
    }
  }];
}

//===----------------------------------------------------------------------===//
// clamp
//===----------------------------------------------------------------------===//

def WebNN_ClampOp : WebNN_UnaryActivationOp<"clamp", WebNN_AllTypes,
    (ins OptionalAttr<WebNN_NumberAttr>:$minValue,
         OptionalAttr<WebNN_NumberAttr>:$maxValue)> {
  let summary = "element-wise clamp to [minValue, maxValue]";
  let description = [{
    Spec: clamp(input, options). Clamps each element to the range given by
    the MLNumber options `minValue` and `maxValue` (f64 or i64 attributes);
    an absent bound does not clamp. Both bounds are cast to the input's data
    type, after which `minValue` must not exceed `maxValue`. The output has
    the input's shape and data type.
  }];
  // MLNumber options (unrestricted double or bigint): no finiteness rule,
  // but the cast bounds must be ordered.
  let optionChecks = [{
    if (::mlir::failed(validateClampBounds(diag, adaptor.getMinValueAttr(),
                                           adaptor.getMaxValueAttr(),
                                           inputType.getElementType()))) {
      return ::mlir::failure();
    }
  }];
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Activations with double options
//===----------------------------------------------------------------------===//

def WebNN_EluOp : WebNN_UnaryActivationOp<"elu", WebNN_ActivationFloatTypes,
    (ins WebNN_DoubleOption<"1.0">:$alpha)> {
  let summary = "exponential linear unit";
  let description = [{
    Spec: elu(input, options): `max(0, x) + alpha * (exp(min(0, x)) - 1)`,
    alpha defaulting to 1. Output has the input's shape and data type.
  }];
}

def WebNN_HardSigmoidOp : WebNN_UnaryActivationOp<"hardSigmoid",
    WebNN_ActivationFloatTypes,
    (ins WebNN_DoubleOption<"0.2">:$alpha, WebNN_DoubleOption<"0.5">:$beta)> {
  let summary = "hard sigmoid: max(0, min(1, alpha * x + beta))";
  let description = [{
    Spec: hardSigmoid(input, options): `max(0, min(1, alpha * x + beta))`,
    alpha defaulting to 0.2 and beta to 0.5. Output has the input's shape
    and data type.
  }];
}

def WebNN_LeakyReluOp : WebNN_UnaryActivationOp<"leakyRelu",
    WebNN_ActivationFloatTypes, (ins WebNN_DoubleOption<"0.01">:$alpha)> {
  let summary = "leaky rectified linear unit: max(0, x) + alpha * min(0, x)";
  let description = [{
    Spec: leakyRelu(input, options): `max(0, x) + alpha * min(0, x)`, alpha
    defaulting to 0.01. Output has the input's shape and data type.
  }];
}

def WebNN_LinearOp : WebNN_UnaryActivationOp<"linear",
    WebNN_ActivationFloatTypes,
    (ins WebNN_DoubleOption<"1.0">:$alpha, WebNN_DoubleOption<"0.0">:$beta)> {
  let summary = "linear function: alpha * x + beta";
  let description = [{
    Spec: linear(input, options): `alpha * x + beta`, alpha defaulting to 1
    and beta to 0. Output has the input's shape and data type.
  }];
}

//===----------------------------------------------------------------------===//
// Activations without options
//===----------------------------------------------------------------------===//

def WebNN_GeluOp : WebNN_UnaryActivationOp<"gelu", WebNN_ActivationFloatTypes> {
  let summary = "gaussian error linear unit";
  let description = [{
    Spec: gelu(input): `0.5 * x * (1 + erf(x / sqrt(2)))`. Output has the
    input's shape and data type.
  }];
}

def WebNN_HardSwishOp : WebNN_UnaryActivationOp<"hardSwish",
    WebNN_ActivationFloatTypes> {
  let summary = "hard swish: x * max(0, min(6, x + 3)) / 6";
  let description = [{
    Spec: hardSwish(input): `x * max(0, min(6, (x + 3))) / 6`. Output has the
    input's shape and data type.
  }];
}

def WebNN_ReluOp : WebNN_UnaryActivationOp<"relu",
    [WebNN_F32, WebNN_F16, WebNN_I32, WebNN_I64, WebNN_I8]> {
  let summary = "rectified linear unit: max(0, x)";
  let description = [{
    Spec: relu(input). Output has the input's shape and data type.
  }];
}

def WebNN_SigmoidOp : WebNN_UnaryActivationOp<"sigmoid",
    WebNN_ActivationFloatTypes> {
  let summary = "sigmoid: 1 / (exp(-x) + 1)";
  let description = [{
    Spec: sigmoid(input): `1 / (exp(-x) + 1)`. Output has the input's shape
    and data type.
  }];
}

def WebNN_SoftplusOp : WebNN_UnaryActivationOp<"softplus",
    WebNN_ActivationFloatTypes> {
  let summary = "softplus: ln(1 + exp(x))";
  let description = [{
    Spec: softplus(input): `ln(1 + exp(x))`. Output has the input's shape and
    data type.
  }];
}

def WebNN_SoftsignOp : WebNN_UnaryActivationOp<"softsign",
    WebNN_ActivationFloatTypes> {
  let summary = "softsign: x / (1 + |x|)";
  let description = [{
    Spec: softsign(input): `x / (1 + |x|)`. Output has the input's shape and
    data type.
  }];
}

def WebNN_TanhOp : WebNN_UnaryActivationOp<"tanh", WebNN_ActivationFloatTypes> {
  let summary = "hyperbolic tangent";
  let description = [{
    Spec: tanh(input): `(exp(2 * x) - 1) / (exp(2 * x) + 1)`. Output has the
    input's shape and data type.
  }];
}

//===----------------------------------------------------------------------===//
// prelu
//===----------------------------------------------------------------------===//

def WebNN_PreluOp : WebNN_Op<"prelu"> {
  let summary = "parametric rectified linear unit: max(0, x) + slope * min(0, x)";
  let description = [{
    Spec: prelu(input, slope): `max(0, x) + slope * min(0, x)`. `slope` has
    the input's data type; the two shapes are bidirectionally broadcast and
    the output has the broadcast shape and the input's data type.
  }];
  defvar preluTypes = [WebNN_F32, WebNN_F16, WebNN_I64, WebNN_I32, WebNN_I8];
  let arguments = !con((ins WebNN_TensorOf<preluTypes>:$input,
                            WebNN_TensorOf<preluTypes>:$slope), WebNN_Label);
  let results = (outs WebNN_TensorOf<preluTypes>:$output);
}

//===----------------------------------------------------------------------===//
// softmax
//===----------------------------------------------------------------------===//

def WebNN_SoftmaxOp : WebNN_Op<"softmax"> {
  let summary = "softmax along one axis";
  let description = [{
    Spec: softmax(input, axis): `exp(x) / sum(exp(x))` along `axis`, which
    must be less than the input's rank. Output has the input's shape and data
    type.
  }];
  let arguments = !con((ins WebNN_TensorOf<WebNN_ActivationFloatTypes>:$input,
                            WebNN_UIntAttr:$axis), WebNN_Label);
  let results = (outs WebNN_TensorOf<WebNN_ActivationFloatTypes>:$output);
}

#endif // WEBNN_ACTIVATION_OPS_TD
