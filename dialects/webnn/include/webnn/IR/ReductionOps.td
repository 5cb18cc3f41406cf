//===- ReductionOps.td - reduction webnn ops -------------------*- tablegen -*-===//
//
// Spec sections: reduction operations (reduceL1 ... reduceSumSquare),
// argMin/argMax operations, cumulativeSum.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNN_REDUCTION_OPS_TD
#define WEBNN_REDUCTION_OPS_TD

include "webnn/IR/WebNNBase.td"

// Allowed input data types of the reductions (spec: the "tensor limits"
// tables of the reduction operations) and of cumulativeSum.
defvar WebNN_ReduceSumTypes = [WebNN_F32, WebNN_F16, WebNN_I32, WebNN_UI32,
                               WebNN_I64, WebNN_UI64];

//===----------------------------------------------------------------------===//
// Reduction operations
//===----------------------------------------------------------------------===//

// reduceL1 ... reduceSumSquare: "create reduction operation". The output
// has the input's data type and the shape "calculate reduction output
// sizes" gives. `foldsToInput` marks reductions whose function applied to a
// single value is that value (sum, mean, max, min, product): when nothing
// is reduced, or only dimensions of size 1, they fold to their input.
class WebNN_ReductionOp<string mnemonic, string function,
                        list<Type> allowedTypes, bit foldsToInput = 0>
    : WebNN_Op<mnemonic> {
  let summary = "reduce the input by the " # function # " over `axes`";
  let description = !strconcat("Spec: ", mnemonic, [{(input, options),
    "reduction operations". Computes the }], function, [{ of the input
    values along each axis in `axes` (all axes when absent; none when empty,
    applying the function to each value individually). Reduced dimensions are
    removed, or kept with size 1 when `keepDimensions` is true. A scalar input
    gives a scalar output.
  }]);
  let arguments = !con((ins WebNN_TensorOf<allowedTypes>:$input,
                            OptionalAttr<WebNN_UIntArrayAttr>:$axes,
                            DefaultValuedAttr<BoolAttr, "false">:$keepDimensions),
                       WebNN_Label);
  let results = (outs WebNN_TensorOf<allowedTypes>:$output);
  let hasFolder = foldsToInput;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &types) {
      return ::mlir::webnn::inferReductionType(
          {location, getOperationName()}, adaptor.getInput(),
          adaptor.getAxes(), adaptor.getKeepDimensions(), types);
    }
  }] # !if(foldsToInput, [{
    ::mlir::OpFoldResult $cppClass::fold(FoldAdaptor) {
      return ::mlir::webnn::foldIdentityReduction(getInput(), getType());
    }
  }], "");
}

def WebNN_ReduceL1Op : WebNN_ReductionOp<"reduceL1",
    "L1 norm (sum of absolute values)", WebNN_ReduceSumTypes>;
def WebNN_ReduceL2Op : WebNN_ReductionOp<"reduceL2",
    "L2 norm (square root of the sum of squares)", WebNN_FloatTypes>;
def WebNN_ReduceLogSumOp : WebNN_ReductionOp<"reduceLogSum",
    "log of the sum", WebNN_FloatTypes>;
def WebNN_ReduceLogSumExpOp : WebNN_ReductionOp<"reduceLogSumExp",
    "log of the sum of exponentials", WebNN_FloatTypes>;
def WebNN_ReduceMaxOp : WebNN_ReductionOp<"reduceMax",
    "maximum", WebNN_AllTypes, /*foldsToInput=*/1>;
def WebNN_ReduceMeanOp : WebNN_ReductionOp<"reduceMean",
    "mean", WebNN_FloatTypes, /*foldsToInput=*/1>;
def WebNN_ReduceMinOp : WebNN_ReductionOp<"reduceMin",
    "minimum", WebNN_AllTypes, /*foldsToInput=*/1>;
def WebNN_ReduceProductOp : WebNN_ReductionOp<"reduceProduct",
    "product", WebNN_ReduceSumTypes, /*foldsToInput=*/1>;
def WebNN_ReduceSumOp : WebNN_ReductionOp<"reduceSum",
    "sum", WebNN_ReduceSumTypes, /*foldsToInput=*/1>;
def WebNN_ReduceSumSquareOp : WebNN_ReductionOp<"reduceSumSquare",
    "sum of squares", WebNN_ReduceSumTypes>;

//===----------------------------------------------------------------------===//
// argMin/argMax operations
//===----------------------------------------------------------------------===//

// "create an argMin/argMax operation": the index of the extreme value along
// `axis`, as int32 or int64 (`outputDataType`).
class WebNN_ArgMinMaxOp<string mnemonic, string extreme> : WebNN_Op<mnemonic> {
  let summary = "index of the " # extreme # " value along an axis";
  let description = !strconcat("Spec: ", mnemonic, [{(input, axis, options),
    "argMin/argMax operations". Returns the index of the }], extreme, [{ input
    value along `axis` (ties: implementation dependent). The axis is removed
    from the shape, or kept with size 1 when `keepDimensions` is true. The
    output data type is `outputDataType`, "int32" (default) or "int64".
  }]);
  let arguments = !con((ins WebNN_Tensor:$input, WebNN_UIntAttr:$axis,
                            DefaultValuedAttr<BoolAttr, "false">:$keepDimensions,
                            DefaultValuedAttr<WebNN_OperandDataTypeAttr,
                              "::mlir::webnn::OperandDataType::int32">:$outputDataType),
                       WebNN_Label);
  let results = (outs WebNN_TensorOf<[WebNN_I32, WebNN_I64]>:$output);
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *context, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &types) {
      return ::mlir::webnn::inferArgMinMaxType(
          context, {location, getOperationName()}, adaptor.getInput(),
          adaptor.getAxis(), adaptor.getKeepDimensions(),
          adaptor.getOutputDataType(), types);
    }
  }];
}

def WebNN_ArgMinOp : WebNN_ArgMinMaxOp<"argMin", "minimum">;
def WebNN_ArgMaxOp : WebNN_ArgMinMaxOp<"argMax", "maximum">;

//===----------------------------------------------------------------------===//
// cumulativeSum
//===----------------------------------------------------------------------===//

def WebNN_CumulativeSumOp : WebNN_Op<"cumulativeSum"> {
  let summary = "prefix sum along an axis";
  let description = [{
    Spec: cumulativeSum(input, axis, options). Accumulates the input values
    along `axis`: inclusive (`[1,2,3,4]` -> `[1,3,6,10]`) or, when `exclusive`
    is true, excluding the current value (`[0,1,3,6]`); from the high index
    down when `reversed` is true. The output has the input's shape and data
    type.
  }];
  let arguments = !con((ins WebNN_TensorOf<WebNN_ReduceSumTypes>:$input,
                            WebNN_UIntAttr:$axis,
                            DefaultValuedAttr<BoolAttr, "false">:$exclusive,
                            DefaultValuedAttr<BoolAttr, "false">:$reversed),
                       WebNN_Label);
  let results = (outs WebNN_TensorOf<WebNN_ReduceSumTypes>:$output);
  let hasFolder = 1;
}

#endif // WEBNN_REDUCTION_OPS_TD
