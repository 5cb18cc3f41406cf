// Round trip, shape inference and validation of webnn.lstm.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Defaults: forward, no sequence: hidden and cell state of the last step.
// CHECK-LABEL: func @lstm_defaults
// CHECK: %{{.*}}:2 = webnn.lstm %{{.*}}, %{{.*}}, %{{.*}} {hiddenSize = 5 : i64, steps = 2 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
func.func @lstm_defaults(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>) {
  %0:2 = webnn.lstm %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64, returnSequence = false, direction = #webnn.recurrent_direction<forward>, layout = #webnn.lstm_weight_layout<iofg>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>, #webnn.recurrent_activation<tanh>]} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return %0#0, %0#1 : tensor<1x3x5xf32>, tensor<1x3x5xf32>
}

// -----

// Every option, both directions and the sequence as third result.
// CHECK-LABEL: func @lstm_all_options
// CHECK: %{{.*}}:3 = webnn.lstm %{{.*}}, %{{.*}}, %{{.*}} bias(%{{.*}}) recurrentBias(%{{.*}}) peepholeWeight(%{{.*}}) initialHiddenState(%{{.*}}) initialCellState(%{{.*}}) {activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<relu>], direction = #webnn.recurrent_direction<both>, hiddenSize = 5 : i64, label = "lstm0", layout = #webnn.lstm_weight_layout<ifgo>, returnSequence = true, steps = 2 : i64} : (tensor<2x3x4xf32>, tensor<2x20x4xf32>, tensor<2x20x5xf32>, tensor<2x20xf32>, tensor<2x20xf32>, tensor<2x15xf32>, tensor<2x3x5xf32>, tensor<2x3x5xf32>) -> (tensor<2x3x5xf32>, tensor<2x3x5xf32>, tensor<2x2x3x5xf32>)
func.func @lstm_all_options(%x: tensor<2x3x4xf32>, %w: tensor<2x20x4xf32>, %r: tensor<2x20x5xf32>, %b: tensor<2x20xf32>, %rb: tensor<2x20xf32>, %p: tensor<2x15xf32>, %h: tensor<2x3x5xf32>, %c: tensor<2x3x5xf32>) -> (tensor<2x3x5xf32>, tensor<2x3x5xf32>, tensor<2x2x3x5xf32>) {
  %0:3 = webnn.lstm %x, %w, %r bias(%b) recurrentBias(%rb) peepholeWeight(%p) initialHiddenState(%h) initialCellState(%c) {steps = 2 : i64, hiddenSize = 5 : i64, returnSequence = true, direction = #webnn.recurrent_direction<both>, layout = #webnn.lstm_weight_layout<ifgo>, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<relu>], label = "lstm0"} : (tensor<2x3x4xf32>, tensor<2x20x4xf32>, tensor<2x20x5xf32>, tensor<2x20xf32>, tensor<2x20xf32>, tensor<2x15xf32>, tensor<2x3x5xf32>, tensor<2x3x5xf32>) -> (tensor<2x3x5xf32>, tensor<2x3x5xf32>, tensor<2x2x3x5xf32>)
  return %0#0, %0#1, %0#2 : tensor<2x3x5xf32>, tensor<2x3x5xf32>, tensor<2x2x3x5xf32>
}

// -----

// CHECK-LABEL: func @lstm_backward_sequence
// CHECK: webnn.lstm %{{.*}}, %{{.*}}, %{{.*}} {direction = #webnn.recurrent_direction<backward>, hiddenSize = 1 : i64, returnSequence = true, steps = 4 : i64} : (tensor<4x2x3xf16>, tensor<1x4x3xf16>, tensor<1x4x1xf16>) -> (tensor<1x2x1xf16>, tensor<1x2x1xf16>, tensor<4x1x2x1xf16>)
func.func @lstm_backward_sequence(%x: tensor<4x2x3xf16>, %w: tensor<1x4x3xf16>, %r: tensor<1x4x1xf16>) -> (tensor<1x2x1xf16>, tensor<1x2x1xf16>, tensor<4x1x2x1xf16>) {
  %0:3 = webnn.lstm %x, %w, %r {steps = 4 : i64, hiddenSize = 1 : i64, returnSequence = true, direction = #webnn.recurrent_direction<backward>} : (tensor<4x2x3xf16>, tensor<1x4x3xf16>, tensor<1x4x1xf16>) -> (tensor<1x2x1xf16>, tensor<1x2x1xf16>, tensor<4x1x2x1xf16>)
  return %0#0, %0#1, %0#2 : tensor<1x2x1xf16>, tensor<1x2x1xf16>, tensor<4x1x2x1xf16>
}

// -----

// CHECK-LABEL: func @lstm_both_last_step_only
// CHECK: -> (tensor<2x4x3xf32>, tensor<2x4x3xf32>)
func.func @lstm_both_last_step_only(%x: tensor<1x4x2xf32>, %w: tensor<2x12x2xf32>, %r: tensor<2x12x3xf32>) -> (tensor<2x4x3xf32>, tensor<2x4x3xf32>) {
  %0:2 = webnn.lstm %x, %w, %r {steps = 1 : i64, hiddenSize = 3 : i64, direction = #webnn.recurrent_direction<both>} : (tensor<1x4x2xf32>, tensor<2x12x2xf32>, tensor<2x12x3xf32>) -> (tensor<2x4x3xf32>, tensor<2x4x3xf32>)
  return %0#0, %0#1 : tensor<2x4x3xf32>, tensor<2x4x3xf32>
}

// -----

// Each optional operand alone.
// CHECK-LABEL: func @lstm_single_options
// CHECK: webnn.lstm %{{.*}}, %{{.*}}, %{{.*}} bias(%{{.*}}) {hiddenSize
// CHECK: webnn.lstm %{{.*}}, %{{.*}}, %{{.*}} recurrentBias(%{{.*}}) {hiddenSize
// CHECK: webnn.lstm %{{.*}}, %{{.*}}, %{{.*}} peepholeWeight(%{{.*}}) {hiddenSize
// CHECK: webnn.lstm %{{.*}}, %{{.*}}, %{{.*}} initialHiddenState(%{{.*}}) {hiddenSize
// CHECK: webnn.lstm %{{.*}}, %{{.*}}, %{{.*}} initialCellState(%{{.*}}) {hiddenSize
func.func @lstm_single_options(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>, %b: tensor<1x20xf32>, %p: tensor<1x15xf32>, %s: tensor<1x3x5xf32>) {
  %0:2 = webnn.lstm %x, %w, %r bias(%b) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>, tensor<1x20xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  %1:2 = webnn.lstm %x, %w, %r recurrentBias(%b) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>, tensor<1x20xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  %2:2 = webnn.lstm %x, %w, %r peepholeWeight(%p) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>, tensor<1x15xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  %3:2 = webnn.lstm %x, %w, %r initialHiddenState(%s) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>, tensor<1x3x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  %4:2 = webnn.lstm %x, %w, %r initialCellState(%s) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>, tensor<1x3x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_weight_type(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf16>, %r: tensor<1x20x5xf32>) {
  // expected-error @+2 {{weight data type float16 must equal input data type float32 [lstm, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf16>, tensor<1x20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_recurrent_weight_type(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf16>) {
  // expected-error @+2 {{recurrentWeight data type float16 must equal input data type float32 [lstm, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf16>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_input_rank(%x: tensor<2x3x4x1xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>) {
  // expected-error @+2 {{input must be a 3-D tensor, got rank 4 [lstm, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4x1xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_weight_rank(%x: tensor<2x3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<1x20x5xf32>) {
  // expected-error @+2 {{weight must be a 3-D tensor, got rank 2 [lstm, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<20x4xf32>, tensor<1x20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_recurrent_weight_rank(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<20x5xf32>) {
  // expected-error @+2 {{recurrentWeight must be a 3-D tensor, got rank 2 [lstm, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_zero_steps(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>) {
  // expected-error @+2 {{steps must be greater than 0 [lstm, step 6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r {steps = 0 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_steps_mismatch(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>) {
  // expected-error @+2 {{input shape[0] 2 must equal steps 1 [lstm, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r {steps = 1 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

// direction "both" needs numDirections = 2 in the weights.
func.func @lstm_weight_directions(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<2x20x5xf32>) {
  // expected-error @+2 {{weight shape must be [2, 20, 4], got 'tensor<1x20x4xf32>' [lstm, step 10]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64, direction = #webnn.recurrent_direction<both>} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<2x20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

// LSTM weights hold 4 gates; a GRU-shaped weight (3 gates) is rejected.
func.func @lstm_weight_gates(%x: tensor<2x3x4xf32>, %w: tensor<1x15x4xf32>, %r: tensor<1x20x5xf32>) {
  // expected-error @+2 {{weight shape must be [1, 20, 4], got 'tensor<1x15x4xf32>' [lstm, step 10]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x15x4xf32>, tensor<1x20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_recurrent_weight_shape(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x4xf32>) {
  // expected-error @+2 {{recurrentWeight shape must be [1, 20, 5], got 'tensor<1x20x4xf32>' [lstm, step 11]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x4xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

// 8 * hiddenSize (bias + recurrentBias) is not a valid dimension, but that step
// cannot fail for valid operands: recurrentWeight, 4 * hiddenSize by
// hiddenSize, already has too many elements (check dimensions).
func.func @lstm_hidden_size_too_large(%x: tensor<1x1x1xf32>, %w: tensor<1x1200000000x1xf32>, %r: tensor<1x1200000000x300000000xf32>) {
  // expected-error @+1 {{operand #2 must be static tensor of float32 or float16 with valid dimensions, but got 'tensor<1x1200000000x300000000xf32>'}}
  %0:2 = webnn.lstm %x, %w, %r {steps = 1 : i64, hiddenSize = 300000000 : i64} : (tensor<1x1x1xf32>, tensor<1x1200000000x1xf32>, tensor<1x1200000000x300000000xf32>) -> (tensor<1x1x300000000xf32>, tensor<1x1x300000000xf32>)
  return
}

// -----

func.func @lstm_bias_type(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>, %o: tensor<1x20xf16>) {
  // expected-error @+2 {{bias data type float16 must equal input data type float32 [lstm, step 13.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r bias(%o) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>, tensor<1x20xf16>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_recurrentBias_type(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>, %o: tensor<1x20xf16>) {
  // expected-error @+2 {{recurrentBias data type float16 must equal input data type float32 [lstm, step 14.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r recurrentBias(%o) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>, tensor<1x20xf16>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_peepholeWeight_type(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>, %o: tensor<1x15xf16>) {
  // expected-error @+2 {{peepholeWeight data type float16 must equal input data type float32 [lstm, step 15.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r peepholeWeight(%o) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>, tensor<1x15xf16>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_bias_shape(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>, %o: tensor<1x15xf32>) {
  // expected-error @+2 {{bias shape must be [1, 20], got 'tensor<1x15xf32>' [lstm, step 13.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r bias(%o) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>, tensor<1x15xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_recurrent_bias_shape(%x: tensor<2x3x4xf32>, %w: tensor<2x20x4xf32>, %r: tensor<2x20x5xf32>, %o: tensor<1x20xf32>) {
  // expected-error @+2 {{recurrentBias shape must be [2, 20], got 'tensor<1x20xf32>' [lstm, step 14.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r recurrentBias(%o) {steps = 2 : i64, hiddenSize = 5 : i64, direction = #webnn.recurrent_direction<both>} : (tensor<2x3x4xf32>, tensor<2x20x4xf32>, tensor<2x20x5xf32>, tensor<1x20xf32>) -> (tensor<2x3x5xf32>, tensor<2x3x5xf32>)
  return
}

// -----

// Peepholes exist for the i, o and f gates only: 3 * hiddenSize.
func.func @lstm_peephole_weight_shape(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>, %o: tensor<1x20xf32>) {
  // expected-error @+2 {{peepholeWeight shape must be [1, 15], got 'tensor<1x20xf32>' [lstm, step 15.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r peepholeWeight(%o) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>, tensor<1x20xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_initial_hidden_state_type(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>, %o: tensor<1x3x5xf16>) {
  // expected-error @+2 {{initialHiddenState data type float16 must equal input data type float32 [lstm, step 16.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r initialHiddenState(%o) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>, tensor<1x3x5xf16>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_initial_hidden_state_shape(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>, %o: tensor<3x5xf32>) {
  // expected-error @+2 {{initialHiddenState shape must be [1, 3, 5], got 'tensor<3x5xf32>' [lstm, step 16.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r initialHiddenState(%o) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>, tensor<3x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_initial_cell_state_type(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>, %o: tensor<1x3x5xf16>) {
  // expected-error @+2 {{initialCellState data type float16 must equal input data type float32 [lstm, step 17.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r initialCellState(%o) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>, tensor<1x3x5xf16>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

func.func @lstm_initial_cell_state_shape(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>, %o: tensor<1x3x4xf32>) {
  // expected-error @+2 {{initialCellState shape must be [1, 3, 5], got 'tensor<1x3x4xf32>' [lstm, step 17.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r initialCellState(%o) {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>, tensor<1x3x4xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

// The GRU-sized default list is not enough.
func.func @lstm_activations_size(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>) {
  // expected-error @+2 {{activations must have 3 values, got 2 [lstm, step 18.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstm %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>]} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

// Without returnSequence there is no third result.
func.func @lstm_extra_sequence_result(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<1x3x5xf32>', 'tensor<1x3x5xf32>' are incompatible with return type(s) of operation 'tensor<1x3x5xf32>', 'tensor<1x3x5xf32>', 'tensor<2x1x3x5xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = webnn.lstm %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>, tensor<2x1x3x5xf32>)
  return
}

// -----

func.func @lstm_integer_input(%x: tensor<2x3x4xi8>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>) {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0:2 = webnn.lstm %x, %w, %r {steps = 2 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xi8>, tensor<1x20x4xf32>, tensor<1x20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}

// -----

// steps is an IDL unsigned long.
func.func @lstm_steps_not_unsigned_long(%x: tensor<2x3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<1x20x5xf32>) {
  // expected-error @+1 {{attribute 'steps' failed to satisfy constraint}}
  %0:2 = webnn.lstm %x, %w, %r {steps = -1 : i64, hiddenSize = 5 : i64} : (tensor<2x3x4xf32>, tensor<1x20x4xf32>, tensor<1x20x5xf32>) -> (tensor<1x3x5xf32>, tensor<1x3x5xf32>)
  return
}
