// Round trip, shape inference and validation of webnn.gruCell.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Output [batchSize, hiddenSize]; defaults are elided when printed.
// CHECK-LABEL: func @gru_cell_defaults
// CHECK: webnn.gruCell %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
func.func @gru_cell_defaults(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xf32>) -> tensor<3x5xf32> {
  %0 = webnn.gruCell %x, %w, %r, %h {hiddenSize = 5 : i64, resetAfter = true, layout = #webnn.gru_weight_layout<zrn>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>]} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// CHECK-LABEL: func @gru_cell_all_options
// CHECK: webnn.gruCell %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} bias(%{{.*}}) recurrentBias(%{{.*}}) {activations = [#webnn.recurrent_activation<tanh>, #webnn.recurrent_activation<relu>], hiddenSize = 2 : i64, label = "cell", layout = #webnn.gru_weight_layout<rzn>, resetAfter = false} : (tensor<1x3xf16>, tensor<6x3xf16>, tensor<6x2xf16>, tensor<1x2xf16>, tensor<6xf16>, tensor<6xf16>) -> tensor<1x2xf16>
func.func @gru_cell_all_options(%x: tensor<1x3xf16>, %w: tensor<6x3xf16>, %r: tensor<6x2xf16>, %h: tensor<1x2xf16>, %b: tensor<6xf16>, %rb: tensor<6xf16>) -> tensor<1x2xf16> {
  %0 = webnn.gruCell %x, %w, %r, %h bias(%b) recurrentBias(%rb) {hiddenSize = 2 : i64, resetAfter = false, layout = #webnn.gru_weight_layout<rzn>, activations = [#webnn.recurrent_activation<tanh>, #webnn.recurrent_activation<relu>], label = "cell"} : (tensor<1x3xf16>, tensor<6x3xf16>, tensor<6x2xf16>, tensor<1x2xf16>, tensor<6xf16>, tensor<6xf16>) -> tensor<1x2xf16>
  return %0 : tensor<1x2xf16>
}

// -----

// CHECK-LABEL: func @gru_cell_single_options
// CHECK: webnn.gruCell %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} bias(%{{.*}}) {hiddenSize
// CHECK: webnn.gruCell %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} recurrentBias(%{{.*}}) {hiddenSize
func.func @gru_cell_single_options(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xf32>, %b: tensor<15xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>) {
  %0 = webnn.gruCell %x, %w, %r, %h bias(%b) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>, tensor<15xf32>) -> tensor<3x5xf32>
  %1 = webnn.gruCell %x, %w, %r, %h recurrentBias(%b) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>, tensor<15xf32>) -> tensor<3x5xf32>
  return %0, %1 : tensor<3x5xf32>, tensor<3x5xf32>
}

// -----

func.func @gru_cell_hidden_state_type(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xf16>) -> tensor<3x5xf32> {
  // expected-error @+2 {{hiddenState data type float16 must equal input data type float32 [gruCell, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gruCell %x, %w, %r, %h {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xf16>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gru_cell_weight_type(%x: tensor<3x4xf32>, %w: tensor<15x4xf16>, %r: tensor<15x5xf32>, %h: tensor<3x5xf32>) -> tensor<3x5xf32> {
  // expected-error @+2 {{weight data type float16 must equal input data type float32 [gruCell, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gruCell %x, %w, %r, %h {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf16>, tensor<15x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gru_cell_input_rank(%x: tensor<1x3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xf32>) -> tensor<3x5xf32> {
  // expected-error @+2 {{input must be a 2-D tensor, got rank 3 [gruCell, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gruCell %x, %w, %r, %h {hiddenSize = 5 : i64} : (tensor<1x3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gru_cell_hidden_state_rank(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<1x3x5xf32>) -> tensor<3x5xf32> {
  // expected-error @+2 {{hiddenState must be a 2-D tensor, got rank 3 [gruCell, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gruCell %x, %w, %r, %h {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<1x3x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gru_cell_weight_shape(%x: tensor<3x4xf32>, %w: tensor<5x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xf32>) -> tensor<3x5xf32> {
  // expected-error @+2 {{weight shape must be [15, 4], got 'tensor<5x4xf32>' [gruCell, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gruCell %x, %w, %r, %h {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<5x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gru_cell_recurrent_weight_shape(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x15xf32>, %h: tensor<3x5xf32>) -> tensor<3x5xf32> {
  // expected-error @+2 {{recurrentWeight shape must be [15, 5], got 'tensor<15x15xf32>' [gruCell, step 8]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gruCell %x, %w, %r, %h {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x15xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gru_cell_hidden_state_shape(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<1x5xf32>) -> tensor<3x5xf32> {
  // expected-error @+2 {{hiddenState shape must be [3, 5], got 'tensor<1x5xf32>' [gruCell, step 9]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gruCell %x, %w, %r, %h {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<1x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// 6 * hiddenSize (bias + recurrentBias) is not a valid dimension, but that step
// cannot fail for valid operands: recurrentWeight, 3 * hiddenSize by
// hiddenSize, already has too many elements (check dimensions).
func.func @gru_cell_hidden_size_too_large(%x: tensor<1x1xf32>, %w: tensor<1200000000x1xf32>, %r: tensor<1200000000x400000000xf32>, %h: tensor<1x400000000xf32>) -> tensor<1x400000000xf32> {
  // expected-error @+1 {{operand #2 must be static tensor of float32 or float16 with valid dimensions, but got 'tensor<1200000000x400000000xf32>'}}
  %0 = webnn.gruCell %x, %w, %r, %h {hiddenSize = 400000000 : i64} : (tensor<1x1xf32>, tensor<1200000000x1xf32>, tensor<1200000000x400000000xf32>, tensor<1x400000000xf32>) -> tensor<1x400000000xf32>
  return %0 : tensor<1x400000000xf32>
}

// -----

func.func @gru_cell_bias_type(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xf32>, %b: tensor<15xf16>) -> tensor<3x5xf32> {
  // expected-error @+2 {{bias data type float16 must equal input data type float32 [gruCell, step 11.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gruCell %x, %w, %r, %h bias(%b) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>, tensor<15xf16>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gru_cell_bias_shape(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xf32>, %b: tensor<1x15xf32>) -> tensor<3x5xf32> {
  // expected-error @+2 {{bias shape must be [15], got 'tensor<1x15xf32>' [gruCell, step 11.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gruCell %x, %w, %r, %h bias(%b) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>, tensor<1x15xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gru_cell_recurrent_bias_type(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xf32>, %b: tensor<15xf16>) -> tensor<3x5xf32> {
  // expected-error @+2 {{recurrentBias data type float16 must equal input data type float32 [gruCell, step 12.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gruCell %x, %w, %r, %h recurrentBias(%b) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>, tensor<15xf16>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gru_cell_recurrent_bias_shape(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xf32>, %b: tensor<20xf32>) -> tensor<3x5xf32> {
  // expected-error @+2 {{recurrentBias shape must be [15], got 'tensor<20xf32>' [gruCell, step 12.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gruCell %x, %w, %r, %h recurrentBias(%b) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>, tensor<20xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gru_cell_activations_size(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xf32>) -> tensor<3x5xf32> {
  // expected-error @+2 {{activations must have 2 values, got 1 [gruCell, step 13.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gruCell %x, %w, %r, %h {hiddenSize = 5 : i64, activations = [#webnn.recurrent_activation<sigmoid>]} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gru_cell_wrong_result(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xf32>) -> tensor<3x4xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<3x5xf32>' are incompatible with return type(s) of operation 'tensor<3x4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gruCell %x, %w, %r, %h {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

func.func @gru_cell_integer_hidden_state(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xi8>) -> tensor<3x5xf32> {
  // expected-error @+1 {{operand #3 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.gruCell %x, %w, %r, %h {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xi8>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// activations are MLRecurrentNetworkActivation values.
func.func @gru_cell_activation_kind(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xf32>) -> tensor<3x5xf32> {
  // expected-error @+1 {{attribute 'activations' failed to satisfy constraint: array of MLRecurrentNetworkActivation}}
  %0 = webnn.gruCell %x, %w, %r, %h {hiddenSize = 5 : i64, activations = ["sigmoid", "tanh"]} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}
