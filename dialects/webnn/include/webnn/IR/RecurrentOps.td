//===- RecurrentOps.td - recurrent network webnn ops -----------*- tablegen -*-===//
//
// Spec sections: gru, gruCell, lstm, lstmCell. The four share one validation
// routine (RecurrentOps.cpp): their algorithms check the same operands in the
// same way and differ only in the gate count (GRU 3, LSTM 4), in whether a
// leading numDirections dimension is present (networks) and in step numbers.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNN_RECURRENT_OPS_TD
#define WEBNN_RECURRENT_OPS_TD

include "webnn/IR/WebNNBase.td"

// steps and hiddenSize are IDL `[EnforceRange] unsigned long`: values that do
// not fit 32 bits are a TypeError before the method steps run.
def WebNN_UnsignedLongAttr : ConfinedAttr<I64Attr,
    [IntNonNegative, IntMaxValue<4294967295>]>;

// The spec's default activation lists, built as attributes.
class WebNN_ActivationList<list<string> names> {
  string value = "{" # !interleave(!foreach(name, names,
      "::mlir::webnn::RecurrentNetworkActivationAttr::get("
      "$_builder.getContext(), "
      "::mlir::webnn::RecurrentNetworkActivation::" # name # ")"), ", ") # "}";
}
defvar WebNN_GruActivations =
    WebNN_ActivationList<["sigmoid", "tanh"]>.value;
defvar WebNN_LstmActivations =
    WebNN_ActivationList<["sigmoid", "tanh", "tanh"]>.value;

// All four ops infer their results in one place; each op states its own spec
// name and calls the shared routine with its operands.
class WebNN_RecurrentOp<string mnemonic, string inferCall>
    : WebNN_Op<mnemonic, [AttrSizedOperandSegments]> {
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &types) {
      return ::mlir::webnn::}] # inferCall # [{(
          {location, getOperationName()}, adaptor, types);
    }
  }];
}

//===----------------------------------------------------------------------===//
// gru
//===----------------------------------------------------------------------===//

def WebNN_GruOp : WebNN_RecurrentOp<"gru", "inferGruTypes"> {
  let summary = "gated recurrent unit network over a sequence";
  let description = [{
    Spec: gru(input, weight, recurrentWeight, steps, hiddenSize, options).
    Runs a GRU cell (update z, reset r and new n gates) over the `steps`
    time steps of `input` ([steps, batchSize, inputSize]), forward, backward
    or in both directions. The first result is the hidden state of the last
    time step, [numDirections, batchSize, hiddenSize]; with `returnSequence`
    a second result holds every step's hidden state,
    [steps, numDirections, batchSize, hiddenSize].

    ```mlir
    %h = webnn.gru %x, %w, %r bias(%b) {steps = 2 : i64, hiddenSize = 4 : i64}
        : (tensor<2x1x3xf32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>,
           tensor<1x12xf32>) -> tensor<1x1x4xf32>
    ```
  }];
  let arguments = !con((ins
      WebNN_FloatTensor:$input,
      WebNN_FloatTensor:$weight,
      WebNN_FloatTensor:$recurrentWeight,
      WebNN_UnsignedLongAttr:$steps,
      WebNN_UnsignedLongAttr:$hiddenSize,
      Optional<WebNN_FloatTensor>:$bias,
      Optional<WebNN_FloatTensor>:$recurrentBias,
      Optional<WebNN_FloatTensor>:$initialHiddenState,
      DefaultValuedAttr<BoolAttr, "true">:$resetAfter,
      DefaultValuedAttr<BoolAttr, "false">:$returnSequence,
      DefaultValuedAttr<WebNN_RecurrentNetworkDirectionAttr,
          "::mlir::webnn::RecurrentNetworkDirection::forward">:$direction,
      DefaultValuedAttr<WebNN_GruWeightLayoutAttr,
          "::mlir::webnn::GruWeightLayout::zrn">:$layout,
      DefaultValuedOptionalAttr<WebNN_RecurrentNetworkActivationArrayAttr,
          WebNN_GruActivations>:$activations),
      WebNN_Label);
  let results = (outs Variadic<WebNN_FloatTensor>:$outputs);
  let assemblyFormat = [{
    $input `,` $weight `,` $recurrentWeight
    (`bias` `(` $bias^ `)`)?
    (`recurrentBias` `(` $recurrentBias^ `)`)?
    (`initialHiddenState` `(` $initialHiddenState^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// gruCell
//===----------------------------------------------------------------------===//

def WebNN_GruCellOp : WebNN_RecurrentOp<"gruCell", "inferGruCellTypes"> {
  let summary = "one time step of a gated recurrent unit";
  let description = [{
    Spec: gruCell(input, weight, recurrentWeight, hiddenState, hiddenSize,
    options). Computes the next hidden state, [batchSize, hiddenSize], from
    `input` ([batchSize, inputSize]) and `hiddenState`
    ([batchSize, hiddenSize]).
  }];
  let arguments = !con((ins
      WebNN_FloatTensor:$input,
      WebNN_FloatTensor:$weight,
      WebNN_FloatTensor:$recurrentWeight,
      WebNN_FloatTensor:$hiddenState,
      WebNN_UnsignedLongAttr:$hiddenSize,
      Optional<WebNN_FloatTensor>:$bias,
      Optional<WebNN_FloatTensor>:$recurrentBias,
      DefaultValuedAttr<BoolAttr, "true">:$resetAfter,
      DefaultValuedAttr<WebNN_GruWeightLayoutAttr,
          "::mlir::webnn::GruWeightLayout::zrn">:$layout,
      DefaultValuedOptionalAttr<WebNN_RecurrentNetworkActivationArrayAttr,
          WebNN_GruActivations>:$activations),
      WebNN_Label);
  let results = (outs WebNN_FloatTensor:$output);
  let assemblyFormat = [{
    $input `,` $weight `,` $recurrentWeight `,` $hiddenState
    (`bias` `(` $bias^ `)`)?
    (`recurrentBias` `(` $recurrentBias^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// lstm
//===----------------------------------------------------------------------===//

def WebNN_LstmOp : WebNN_RecurrentOp<"lstm", "inferLstmTypes"> {
  let summary = "long short-term memory network over a sequence";
  let description = [{
    Spec: lstm(input, weight, recurrentWeight, steps, hiddenSize, options).
    Runs an LSTM cell (input i, output o, forget f and cell g gates) over the
    `steps` time steps of `input` ([steps, batchSize, inputSize]). The first
    two results are the hidden and cell state of the last time step, each
    [numDirections, batchSize, hiddenSize]; with `returnSequence` a third
    result holds every step's hidden state,
    [steps, numDirections, batchSize, hiddenSize].
  }];
  let arguments = !con((ins
      WebNN_FloatTensor:$input,
      WebNN_FloatTensor:$weight,
      WebNN_FloatTensor:$recurrentWeight,
      WebNN_UnsignedLongAttr:$steps,
      WebNN_UnsignedLongAttr:$hiddenSize,
      Optional<WebNN_FloatTensor>:$bias,
      Optional<WebNN_FloatTensor>:$recurrentBias,
      Optional<WebNN_FloatTensor>:$peepholeWeight,
      Optional<WebNN_FloatTensor>:$initialHiddenState,
      Optional<WebNN_FloatTensor>:$initialCellState,
      DefaultValuedAttr<BoolAttr, "false">:$returnSequence,
      DefaultValuedAttr<WebNN_RecurrentNetworkDirectionAttr,
          "::mlir::webnn::RecurrentNetworkDirection::forward">:$direction,
      DefaultValuedAttr<WebNN_LstmWeightLayoutAttr,
          "::mlir::webnn::LstmWeightLayout::iofg">:$layout,
      DefaultValuedOptionalAttr<WebNN_RecurrentNetworkActivationArrayAttr,
          WebNN_LstmActivations>:$activations),
      WebNN_Label);
  let results = (outs Variadic<WebNN_FloatTensor>:$outputs);
  let assemblyFormat = [{
    $input `,` $weight `,` $recurrentWeight
    (`bias` `(` $bias^ `)`)?
    (`recurrentBias` `(` $recurrentBias^ `)`)?
    (`peepholeWeight` `(` $peepholeWeight^ `)`)?
    (`initialHiddenState` `(` $initialHiddenState^ `)`)?
    (`initialCellState` `(` $initialCellState^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// lstmCell
//===----------------------------------------------------------------------===//

def WebNN_LstmCellOp : WebNN_RecurrentOp<"lstmCell", "inferLstmCellTypes"> {
  let summary = "one time step of a long short-term memory network";
  let description = [{
    Spec: lstmCell(input, weight, recurrentWeight, hiddenState, cellState,
    hiddenSize, options). Computes the next hidden state and the next cell
    state, each [batchSize, hiddenSize], from `input`
    ([batchSize, inputSize]), `hiddenState` and `cellState`
    ([batchSize, hiddenSize]).
  }];
  let arguments = !con((ins
      WebNN_FloatTensor:$input,
      WebNN_FloatTensor:$weight,
      WebNN_FloatTensor:$recurrentWeight,
      WebNN_FloatTensor:$hiddenState,
      WebNN_FloatTensor:$cellState,
      WebNN_UnsignedLongAttr:$hiddenSize,
      Optional<WebNN_FloatTensor>:$bias,
      Optional<WebNN_FloatTensor>:$recurrentBias,
      Optional<WebNN_FloatTensor>:$peepholeWeight,
      DefaultValuedAttr<WebNN_LstmWeightLayoutAttr,
          "::mlir::webnn::LstmWeightLayout::iofg">:$layout,
      DefaultValuedOptionalAttr<WebNN_RecurrentNetworkActivationArrayAttr,
          WebNN_LstmActivations>:$activations),
      WebNN_Label);
  let results = (outs Variadic<WebNN_FloatTensor>:$outputs);
  let assemblyFormat = [{
    $input `,` $weight `,` $recurrentWeight `,` $hiddenState `,` $cellState
    (`bias` `(` $bias^ `)`)?
    (`recurrentBias` `(` $recurrentBias^ `)`)?
    (`peepholeWeight` `(` $peepholeWeight^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
}

#endif // WEBNN_RECURRENT_OPS_TD
