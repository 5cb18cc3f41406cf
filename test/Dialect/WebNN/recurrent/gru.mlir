// Round trip, shape inference and validation of webnn.gru.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Defaults: forward, no sequence: one result [1, batchSize, hiddenSize].
// The default options are elided when printed.
// CHECK-LABEL: func @gru_defaults
// CHECK: webnn.gru %{{.*}}, %{{.*}}, %{{.*}} {hiddenSize = 5 : i64, steps = 2 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>) -> tensor<1x3x5xf32>
func.func @gru_defaults(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x5xf32>) -> tensor<1x3x5xf32> {
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64, resetAfter = true, returnSequence = false, direction = #webnn.recurrent_direction<forward>, layout = #webnn.gru_weight_layout<zrn>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>]} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

// Every option, both directions (numDirections = 2) and the sequence output
// [steps, numDirections, batchSize, hiddenSize].
// CHECK-LABEL: func @gru_all_options
// CHECK: %{{.*}}:2 = webnn.gru %{{.*}}, %{{.*}}, %{{.*}} bias(%{{.*}}) recurrentBias(%{{.*}}) initialHiddenState(%{{.*}}) {activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>], direction = #webnn.recurrent_direction<both>, hiddenSize = 5 : i64, label = "gru0", layout = #webnn.gru_weight_layout<rzn>, resetAfter = false, returnSequence = true, steps = 2 : i64} : (tensor<2x3x4xf32>, tensor<2x15x4xf32>, tensor<2x15x5xf32>, tensor<2x15xf32>, tensor<2x15xf32>, tensor<2x3x5xf32>) -> (tensor<2x3x5xf32>, tensor<2x2x3x5xf32>)
func.func @gru_all_options(%x: tensor<2x3x4xf32>, %w: tensor<2x15x4xf32>, %r: tensor<2x15x5xf32>, %b: tensor<2x15xf32>, %rb: tensor<2x15xf32>, %h: tensor<2x3x5xf32>) -> (tensor<2x3x5xf32>, tensor<2x2x3x5xf32>) {
  %0:2 = webnn.gru %x, %w, %r bias(%b) recurrentBias(%rb) initialHiddenState(%h) {steps = 2 : i64, hiddenSize = 5 : i64, resetAfter = false, returnSequence = true, direction = #webnn.recurrent_direction<both>, layout = #webnn.gru_weight_layout<rzn>, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>], label = "gru0"} : (tensor<2x3x4xf32>, tensor<2x15x4xf32>, tensor<2x15x5xf32>, tensor<2x15xf32>, tensor<2x15xf32>, tensor<2x3x5xf32>) -> (tensor<2x3x5xf32>, tensor<2x2x3x5xf32>)
  return %0#0, %0#1 : tensor<2x3x5xf32>, tensor<2x2x3x5xf32>
}

// -----

// Backward is one direction; the sequence keeps steps first.
// CHECK-LABEL: func @gru_backward_sequence
// CHECK: webnn.gru %{{.*}}, %{{.*}}, %{{.*}} {direction = #webnn.recurrent_direction<backward>, hiddenSize = 2 : i64, returnSequence = true, steps = 3 : i64} : (tensor<3x1x6xf16>, tensor<1x6x6xf16>, tensor<1x6x2xf16>) -> (tensor<1x1x2xf16>, tensor<3x1x1x2xf16>)
func.func @gru_backward_sequence(%x: tensor<3x1x6xf16>, %w: tensor<1x6x6xf16>, %r: tensor<1x6x2xf16>) -> (tensor<1x1x2xf16>, tensor<3x1x1x2xf16>) {
  %0:2 = webnn.gru %x, %w, %r {steps = 3 : i64, hiddenSize = 2 : i64, returnSequence = true, direction = #webnn.recurrent_direction<backward>} : (tensor<3x1x6xf16>, tensor<1x6x6xf16>, tensor<1x6x2xf16>) -> (tensor<1x1x2xf16>, tensor<3x1x1x2xf16>)
  return %0#0, %0#1 : tensor<1x1x2xf16>, tensor<3x1x1x2xf16>
}

// -----

// Both directions without the sequence: one result, numDirections first.
// CHECK-LABEL: func @gru_both_last_step_only
// CHECK: -> tensor<2x4x3xf32>
func.func @gru_both_last_step_only(%x: tensor<1x4x2xf32>, %w: tensor<2x9x2xf32>, %r: tensor<2x9x3xf32>) -> tensor<2x4x3xf32> {
  %0 = webnn.gru %x, %w, %r {steps = 1 : i64, hiddenSize = 3 : i64, direction = #webnn.recurrent_direction<both>} : (tensor<1x4x2xf32>, tensor<2x9x2xf32>, tensor<2x9x3xf32>) -> tensor<2x4x3xf32>
  return %0 : tensor<2x4x3xf32>
}

// -----

// Each optional operand alone: the keywords keep the IR unambiguous.
// CHECK-LABEL: func @gru_single_options
// CHECK: webnn.gru %{{.*}}, %{{.*}}, %{{.*}} bias(%{{.*}}) {hiddenSize
// CHECK: webnn.gru %{{.*}}, %{{.*}}, %{{.*}} recurrentBias(%{{.*}}) {hiddenSize
// CHECK: webnn.gru %{{.*}}, %{{.*}}, %{{.*}} initialHiddenState(%{{.*}}) {hiddenSize
func.func @gru_single_options(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x5xf32>, %b: tensor<1x15xf32>, %h: tensor<1x3x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>, tensor<1x3x5xf32>) {
  %0 = webnn.gru %x, %w, %r bias(%b) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>, tensor<1x15xf32>) -> tensor<1x3x5xf32>
  %1 = webnn.gru %x, %w, %r recurrentBias(%b) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>, tensor<1x15xf32>) -> tensor<1x3x5xf32>
  %2 = webnn.gru %x, %w, %r initialHiddenState(%h) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>, tensor<1x3x5xf32>) -> tensor<1x3x5xf32>
  return %0, %1, %2 : tensor<1x3x5xf32>, tensor<1x3x5xf32>, tensor<1x3x5xf32>
}

// -----

func.func @gru_weight_type(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf16>, %r: tensor<1x15x5xf32>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{weight data type float16 must equal input data type float32 [gru, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf16>, tensor<1x15x5xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

func.func @gru_recurrent_weight_type(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x5xf16>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{recurrentWeight data type float16 must equal input data type float32 [gru, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf16>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

func.func @gru_input_rank(%x: tensor<2x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x5xf32>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{input must be a 3-D tensor, got rank 2 [gru, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

func.func @gru_weight_rank(%x: tensor<2x3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<1x15x5xf32>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{weight must be a 3-D tensor, got rank 2 [gru, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<15x4xf32>, tensor<1x15x5xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

func.func @gru_recurrent_weight_rank(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x1x15x5xf32>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{recurrentWeight must be a 3-D tensor, got rank 4 [gru, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x1x15x5xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

func.func @gru_steps_mismatch(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x5xf32>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{input shape[0] 2 must equal steps 3 [gru, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r {steps = 3 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

// steps = 0 never matches a valid input dimension.
func.func @gru_zero_steps(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x5xf32>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{input shape[0] 2 must equal steps 0 [gru, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r {steps = 0 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

// direction "both" needs numDirections = 2 in the weights.
func.func @gru_weight_directions(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<2x15x5xf32>) -> tensor<2x3x5xf32> {
  // expected-error @+2 {{weight shape must be [2, 15, 4], got 'tensor<1x15x4xf32>' [gru, step 9]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64, direction = #webnn.recurrent_direction<both>} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<2x15x5xf32>) -> tensor<2x3x5xf32>
  return %0 : tensor<2x3x5xf32>
}

// -----

func.func @gru_weight_input_size(%x: tensor<2x3x4xf32>, %w: tensor<1x15x3xf32>, %r: tensor<1x15x5xf32>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{weight shape must be [1, 15, 4], got 'tensor<1x15x3xf32>' [gru, step 9]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x3xf32>, tensor<1x15x5xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

// GRU weights hold 3 gates; an LSTM-shaped weight (4 gates) is rejected.
func.func @gru_weight_gates(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x15x5xf32>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{weight shape must be [1, 15, 4], got 'tensor<1x20x4xf32>' [gru, step 9]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x15x5xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

func.func @gru_recurrent_weight_shape(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x4xf32>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{recurrentWeight shape must be [1, 15, 5], got 'tensor<1x15x4xf32>' [gru, step 10]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x4xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

// 6 * hiddenSize (bias + recurrentBias) is not a valid dimension, but that step
// cannot fail for valid operands: recurrentWeight, 3 * hiddenSize by
// hiddenSize, already has too many elements (check dimensions).
func.func @gru_hidden_size_too_large(%x: tensor<1x1x1xf32>, %w: tensor<1x1200000000x1xf32>, %r: tensor<1x1200000000x400000000xf32>) -> tensor<1x1x400000000xf32> {
  // expected-error @+1 {{operand #2 must be static tensor of float32 or float16 with valid dimensions, but got 'tensor<1x1200000000x400000000xf32>'}}
  %0 = webnn.gru %x, %w, %r {steps = 1 : i64, hiddenSize = 400000000 : i64} : (tensor<1x1x1xf32>, tensor<1x1200000000x1xf32>, tensor<1x1200000000x400000000xf32>) -> tensor<1x1x400000000xf32>
  return %0 : tensor<1x1x400000000xf32>
}

// -----

func.func @gru_bias_type(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x5xf32>, %b: tensor<1x15xf16>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{bias data type float16 must equal input data type float32 [gru, step 12.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r bias(%b) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>, tensor<1x15xf16>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

func.func @gru_bias_shape(%x: tensor<2x3x4xf32>, %w: tensor<2x15x4xf32>, %r: tensor<2x15x5xf32>, %b: tensor<1x15xf32>) -> tensor<2x3x5xf32> {
  // expected-error @+2 {{bias shape must be [2, 15], got 'tensor<1x15xf32>' [gru, step 12.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r bias(%b) {steps = 2 : i64, hiddenSize = 5 : i64, direction = #webnn.recurrent_direction<both>} : (tensor<2x3x4xf32>, tensor<2x15x4xf32>, tensor<2x15x5xf32>, tensor<1x15xf32>) -> tensor<2x3x5xf32>
  return %0 : tensor<2x3x5xf32>
}

// -----

func.func @gru_recurrent_bias_type(%x: tensor<2x3x4xf16>, %w: tensor<1x15x4xf16>, %r: tensor<1x15x5xf16>, %b: tensor<1x15xf32>) -> tensor<1x3x5xf16> {
  // expected-error @+2 {{recurrentBias data type float32 must equal input data type float16 [gru, step 13.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r recurrentBias(%b) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf16>, tensor<1x15x4xf16>, tensor<1x15x5xf16>, tensor<1x15xf32>) -> tensor<1x3x5xf16>
  return %0 : tensor<1x3x5xf16>
}

// -----

func.func @gru_recurrent_bias_shape(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x5xf32>, %b: tensor<15xf32>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{recurrentBias shape must be [1, 15], got 'tensor<15xf32>' [gru, step 13.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r recurrentBias(%b) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>, tensor<15xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

func.func @gru_initial_hidden_state_type(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x5xf32>, %h: tensor<1x3x5xf16>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{initialHiddenState data type float16 must equal input data type float32 [gru, step 14.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r initialHiddenState(%h) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>, tensor<1x3x5xf16>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

func.func @gru_initial_hidden_state_shape(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x5xf32>, %h: tensor<1x2x5xf32>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{initialHiddenState shape must be [1, 3, 5], got 'tensor<1x2x5xf32>' [gru, step 14.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r initialHiddenState(%h) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>, tensor<1x2x5xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

func.func @gru_activations_size(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x5xf32>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{activations must have 2 values, got 3 [gru, step 15.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>, #webnn.recurrent_activation<tanh>]} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

// returnSequence adds a second result; declaring one is wrong.
func.func @gru_missing_sequence_result(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x5xf32>) -> tensor<1x3x5xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<1x3x5xf32>', 'tensor<2x1x3x5xf32>' are incompatible with return type(s) of operation 'tensor<1x3x5xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64, returnSequence = true} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}

// -----

func.func @gru_wrong_result_shape(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x5xf32>) -> tensor<3x5xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<1x3x5xf32>' are incompatible with return type(s) of operation 'tensor<3x5xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gru_integer_input(%x: tensor<2x3x4xi32>, %w: tensor<1x15x4xi32>, %r: tensor<1x15x5xi32>) -> tensor<1x3x5xi32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xi32>, tensor<1x15x4xi32>, tensor<1x15x5xi32>) -> tensor<1x3x5xi32>
  return %0 : tensor<1x3x5xi32>
}

// -----

// hiddenSize is an IDL unsigned long.
func.func @gru_hidden_size_not_unsigned_long(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x15x5xf32>) -> tensor<1x3x5xf32> {
  // expected-error @+1 {{attribute 'hiddenSize' failed to satisfy constraint}}
  %0 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 4294967296 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x15x5xf32>) -> tensor<1x3x5xf32>
  return %0 : tensor<1x3x5xf32>
}
