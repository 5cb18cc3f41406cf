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
// has a's data type.
class WebNN_ElementwiseBinaryOp<string mnemonic, string operation>
    : WebNN_Op<mnemonic> {
  let summary = "element-wise " # operation # " with broadcasting";
  let description = [{
    Spec: "element-wise binary operations". The operands must have the same
    data type and bidirectionally broadcastable shapes; the output shape is
    the broadcast shape.
  }];
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

def WebNN_AddOp : WebNN_ElementwiseBinaryOp<"add", "addition">;

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
