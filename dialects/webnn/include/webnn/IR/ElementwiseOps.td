//===- ElementwiseOps.td - element-wise webnn ops --------------*- tablegen -*-===//
//
// Spec sections: element-wise binary operations, element-wise logical
// operations (comparisons and logic), element-wise unary operations, where,
// cast.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNN_ELEMENTWISE_OPS_TD
#define WEBNN_ELEMENTWISE_OPS_TD

include "webnn/IR/WebNNBase.td"

//===----------------------------------------------------------------------===//
// Element-wise binary operations
//===----------------------------------------------------------------------===//

// add, sub, mul, div, max, min, pow: bidirectional broadcasting, the output
// has a's data type. `semantics` quotes the spec's "operation types" entry.
class WebNN_ElementwiseBinaryOp<string mnemonic, string operation,
                                string semantics = "">
    : WebNN_Op<mnemonic> {
  let summary = "element-wise " # operation # " with broadcasting";
  let description = [{
    Spec: "element-wise binary operations". The operands must have the same
    data type and bidirectionally broadcastable shapes; the output shape is
    the broadcast shape.
  }] # semantics;
  let arguments = !con((ins WebNN_Tensor:$a, WebNN_Tensor:$b), WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &types) {
      return ::mlir::webnn::inferElementwiseBinaryType(
          {location, getOperationName()}, adaptor.getA(), adaptor.getB(),
          types);
    }
  }];
}

def WebNN_AddOp : WebNN_ElementwiseBinaryOp<"add", "addition", [{
    "Add the values of the two input tensors, element-wise."
  }]>;
def WebNN_SubOp : WebNN_ElementwiseBinaryOp<"sub", "subtraction", [{
    "Subtract the values of the second input tensor from the values of the
    first input tensor, element-wise."
  }]>;
def WebNN_MulOp : WebNN_ElementwiseBinaryOp<"mul", "multiplication", [{
    "Multiply the values of the two input tensors, element-wise."
  }]>;
def WebNN_DivOp : WebNN_ElementwiseBinaryOp<"div", "division", [{
    "Divide the values of the first input tensor with the values of the
    second tensor, element-wise. Integer types are truncated toward zero."
  }]>;
def WebNN_MaxOp : WebNN_ElementwiseBinaryOp<"max", "maximum", [{
    "Select the greater values of the two input tensors, element-wise."
  }]>;
def WebNN_MinOp : WebNN_ElementwiseBinaryOp<"min", "minimum", [{
    "Select the lesser values of the two input tensors, element-wise."
  }]>;
def WebNN_PowOp : WebNN_ElementwiseBinaryOp<"pow", "power", [{
    "Compute the values of the first input tensor to the power of the values
    of the second input tensor, element-wise."
  }]>;

//===----------------------------------------------------------------------===//
// Element-wise logical operations
//===----------------------------------------------------------------------===//

// The spec's "create an element-wise logical operation": a uint8 (0/1)
// output, shaped like `a` or, when `b` is passed, like the bidirectional
// broadcast of both. `operands` is `a` alone or `a` and `b`; `bValue` is how
// the adaptor hands `b` (or its absence) to the shared inference.
class WebNN_ElementwiseLogicalOpBase<string mnemonic, dag operands,
                                     string bValue, string semantics>
    : WebNN_Op<mnemonic> {
  let description = [{
    Spec: "element-wise logical operations". The output is a uint8 tensor of
    0 (false) and 1 (true).
  }] # semantics;
  let arguments = !con(operands, WebNN_Label);
  let results = (outs WebNN_Uint8Tensor:$output);
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *context, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &types) {
      return ::mlir::webnn::inferElementwiseLogicalType(
          context, {location, getOperationName()}, adaptor.getA(), }] #
          bValue # [{, types);
    }
  }];
}

// Comparisons and logicalAnd/Or/Xor. `a`'s allowed data types come from the
// tensor-limits table; `b` is "same as a", checked in C++.
class WebNN_ElementwiseLogicalBinaryOp<string mnemonic,
                                       list<Type> allowedTypes,
                                       string semantics>
    : WebNN_ElementwiseLogicalOpBase<mnemonic,
          (ins WebNN_TensorOf<allowedTypes>:$a, WebNN_Tensor:$b),
          "adaptor.getB()", semantics>;

// logicalNot, isNaN, isInfinite: the output has `a`'s shape.
class WebNN_ElementwiseLogicalUnaryOp<string mnemonic,
                                      list<Type> allowedTypes,
                                      string semantics>
    : WebNN_ElementwiseLogicalOpBase<mnemonic,
          (ins WebNN_TensorOf<allowedTypes>:$a), "::mlir::Value()",
          semantics>;

def WebNN_EqualOp : WebNN_ElementwiseLogicalBinaryOp<"equal", WebNN_AllTypes, [{
    "Compare if the values of the two input tensors are equal, element-wise."
  }]> {
  let summary = "element-wise a == b with broadcasting";
}
def WebNN_NotEqualOp : WebNN_ElementwiseLogicalBinaryOp<"notEqual",
    WebNN_AllTypes, [{
    "Compare if the values of the two input tensors are not equal,
    element-wise."
  }]> {
  let summary = "element-wise a != b with broadcasting";
}
def WebNN_GreaterOp : WebNN_ElementwiseLogicalBinaryOp<"greater",
    WebNN_AllTypes, [{
    "Compare if the values of the first input tensor is greater,
    element-wise."
  }]> {
  let summary = "element-wise a > b with broadcasting";
}
def WebNN_GreaterOrEqualOp : WebNN_ElementwiseLogicalBinaryOp<"greaterOrEqual",
    WebNN_AllTypes, [{
    "Compare if the values of the first input tensor is greater or equal,
    element-wise."
  }]> {
  let summary = "element-wise a >= b with broadcasting";
}
def WebNN_LesserOp : WebNN_ElementwiseLogicalBinaryOp<"lesser",
    WebNN_AllTypes, [{
    "Compare if the values of the first input tensor is lesser, element-wise."
  }]> {
  let summary = "element-wise a < b with broadcasting";
}
def WebNN_LesserOrEqualOp : WebNN_ElementwiseLogicalBinaryOp<"lesserOrEqual",
    WebNN_AllTypes, [{
    "Compare if the values of the first input tensor is lesser or equal,
    element-wise."
  }]> {
  let summary = "element-wise a <= b with broadcasting";
}
def WebNN_LogicalNotOp : WebNN_ElementwiseLogicalUnaryOp<"logicalNot",
    [WebNN_UI8], [{
    "Invert the values of the input tensor to values 0 or 1, element-wise.
    Specifically, when the input value is non-zero, invert it to 0.
    Conversely, for a zero input value, invert it to 1."
  }]> {
  let summary = "element-wise logical not";
}
def WebNN_LogicalAndOp : WebNN_ElementwiseLogicalBinaryOp<"logicalAnd",
    [WebNN_UI8], [{
    "Compute the logical and of the two input tensors, element-wise, treating
    any non-zero value as true and returning elements of 0 or 1."
  }]> {
  let summary = "element-wise logical and with broadcasting";
}
def WebNN_LogicalOrOp : WebNN_ElementwiseLogicalBinaryOp<"logicalOr",
    [WebNN_UI8], [{
    "Compute the logical or of the two input tensors, element-wise, treating
    any non-zero value as true and returning elements of 0 or 1."
  }]> {
  let summary = "element-wise logical or with broadcasting";
}
def WebNN_LogicalXorOp : WebNN_ElementwiseLogicalBinaryOp<"logicalXor",
    [WebNN_UI8], [{
    "Compute the logical xor of the two input tensors, element-wise, treating
    any non-zero value as true and returning elements of 0 or 1."
  }]> {
  let summary = "element-wise logical xor with broadcasting";
}
// The tensor-limits table says "any" for `a`, but the algorithm (step 5.1)
// only accepts float32 and float16; the algorithm is what builders enforce.
def WebNN_IsNaNOp : WebNN_ElementwiseLogicalUnaryOp<"isNaN",
    WebNN_FloatTypes, [{
    "Check if the values of the input tensor are invalid numeric
    representations (NaN's), element-wise, returning 1's for NaN's and 0
    otherwise."
  }]> {
  let summary = "element-wise NaN test";
}
def WebNN_IsInfiniteOp : WebNN_ElementwiseLogicalUnaryOp<"isInfinite",
    WebNN_FloatTypes, [{
    "Check if the values of the input tensor are infinite, element-wise,
    returning 1's for positive or negative infinity and 0 otherwise."
  }]> {
  let summary = "element-wise infinity test";
}

//===----------------------------------------------------------------------===//
// Element-wise unary operations
//===----------------------------------------------------------------------===//

// The spec's "create an element-wise unary operation": the output is a copy
// of the input's descriptor; `allowedTypes` is the op's allowedDataTypes
// list (step 4), enforced by ODS.
class WebNN_ElementwiseUnaryOp<string mnemonic, list<Type> allowedTypes,
                               string operation, string semantics>
    : WebNN_SameTypeAsInputOp<mnemonic, allowedTypes> {
  let summary = "element-wise " # operation;
  let description = [{
    Spec: "element-wise unary operations". The output has the input's shape
    and data type.
  }] # semantics;
}

// abs, neg and sign also accept signed integers.
defvar WebNN_SignedNumericTypes = [WebNN_F32, WebNN_F16, WebNN_I64, WebNN_I32,
                                   WebNN_I8];

def WebNN_AbsOp : WebNN_ElementwiseUnaryOp<"abs", WebNN_SignedNumericTypes,
    "absolute value", [{
    "Compute the absolute value of the input tensor, element-wise."
  }]>;
def WebNN_CeilOp : WebNN_ElementwiseUnaryOp<"ceil", WebNN_FloatTypes,
    "ceiling", [{
    "Compute the ceiling of the input tensor, element-wise."
  }]>;
def WebNN_CosOp : WebNN_ElementwiseUnaryOp<"cos", WebNN_FloatTypes,
    "cosine", [{
    "Compute the cosine of the input tensor, element-wise."
  }]>;
def WebNN_ErfOp : WebNN_ElementwiseUnaryOp<"erf", WebNN_FloatTypes,
    "error function", [{
    "Compute the error function of the input tensor, element-wise."
  }]>;
def WebNN_ExpOp : WebNN_ElementwiseUnaryOp<"exp", WebNN_FloatTypes,
    "exponential", [{
    "Compute the exponential of the input tensor, element-wise."
  }]>;
def WebNN_FloorOp : WebNN_ElementwiseUnaryOp<"floor", WebNN_FloatTypes,
    "floor", [{
    "Compute the floor of the input tensor, element-wise."
  }]>;
def WebNN_IdentityOp : WebNN_ElementwiseUnaryOp<"identity", WebNN_AllTypes,
    "copy", [{
    "Copy the value of the input tensor to the output tensor, element-wise."
  }]> {
  let hasFolder = 1;
}
def WebNN_LogOp : WebNN_ElementwiseUnaryOp<"log", WebNN_FloatTypes,
    "natural logarithm", [{
    "Compute the natural logarithm of the input tensor, element-wise."
  }]>;
def WebNN_NegOp : WebNN_ElementwiseUnaryOp<"neg", WebNN_SignedNumericTypes,
    "negation", [{
    "Compute the numerical negative value of the input tensor, element-wise."
  }]>;
def WebNN_ReciprocalOp : WebNN_ElementwiseUnaryOp<"reciprocal",
    WebNN_FloatTypes, "reciprocal", [{
    "Compute the reciprocal of the input tensor, element-wise."
  }]>;
def WebNN_RoundEvenOp : WebNN_ElementwiseUnaryOp<"roundEven",
    WebNN_FloatTypes, "round half to even", [{
    "Round the input tensor with halves to the nearest even value,
    element-wise."
  }]>;
def WebNN_SinOp : WebNN_ElementwiseUnaryOp<"sin", WebNN_FloatTypes,
    "sine", [{
    "Compute the sine of the input tensor, element-wise."
  }]>;
def WebNN_SignOp : WebNN_ElementwiseUnaryOp<"sign", WebNN_SignedNumericTypes,
    "sign", [{
    "Compute the sign (-1, 0, 1) of the input tensor, element-wise, returning
    1 if > 0, -1 if < 0, and 0 otherwise."
  }]>;
def WebNN_SqrtOp : WebNN_ElementwiseUnaryOp<"sqrt", WebNN_FloatTypes,
    "square root", [{
    "Compute the square root of the input tensor, element-wise."
  }]>;
def WebNN_TanOp : WebNN_ElementwiseUnaryOp<"tan", WebNN_FloatTypes,
    "tangent", [{
    "Compute the tangent of the input tensor, element-wise."
  }]>;

//===----------------------------------------------------------------------===//
// where
//===----------------------------------------------------------------------===//

def WebNN_WhereOp : WebNN_Op<"where"> {
  let summary = "element-wise select with three-way broadcasting";
  let description = [{
    Spec: where(condition, trueValue, falseValue). "Select the values from the
    trueValue or the falseValue tensor depending on the corresponding values
    of the condition tensor, where non-zero is true and zero is false." The
    three shapes broadcast bidirectionally; the output has trueValue's data
    type.
  }];
  let arguments = !con((ins WebNN_Uint8Tensor:$condition,
                            WebNN_Tensor:$trueValue,
                            WebNN_Tensor:$falseValue), WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
}

//===----------------------------------------------------------------------===//
// cast
//===----------------------------------------------------------------------===//

def WebNN_CastOp : WebNN_Op<"cast"> {
  let summary = "element-wise data type conversion";
  let description = [{
    Spec: cast(input, type). The output has the input's shape and the data
    type given by `type`.
  }];
  let arguments = !con((ins WebNN_Tensor:$input,
                            WebNN_OperandDataTypeAttr:$dataType), WebNN_Label);
  let results = (outs WebNN_Tensor:$output);
  let hasFolder = 1;
}

#endif // WEBNN_ELEMENTWISE_OPS_TD
