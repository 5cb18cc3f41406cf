// Round trip, shape inference and validation of webnn.lstmCell.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Two results, the next hidden and cell state, each [batchSize, hiddenSize].
// CHECK-LABEL: func @lstm_cell_defaults
// CHECK: %{{.*}}:2 = webnn.lstmCell %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
func.func @lstm_cell_defaults(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>) {
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c {hiddenSize = 5 : i64, layout = #webnn.lstm_weight_layout<iofg>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>, #webnn.recurrent_activation<tanh>]} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return %0#0, %0#1 : tensor<3x5xf32>, tensor<3x5xf32>
}

// -----

// CHECK-LABEL: func @lstm_cell_all_options
// CHECK: %{{.*}}:2 = webnn.lstmCell %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} bias(%{{.*}}) recurrentBias(%{{.*}}) peepholeWeight(%{{.*}}) {activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>, #webnn.recurrent_activation<sigmoid>], hiddenSize = 2 : i64, label = "cell", layout = #webnn.lstm_weight_layout<ifgo>} : (tensor<1x3xf16>, tensor<8x3xf16>, tensor<8x2xf16>, tensor<1x2xf16>, tensor<1x2xf16>, tensor<8xf16>, tensor<8xf16>, tensor<6xf16>) -> (tensor<1x2xf16>, tensor<1x2xf16>)
func.func @lstm_cell_all_options(%x: tensor<1x3xf16>, %w: tensor<8x3xf16>, %r: tensor<8x2xf16>, %h: tensor<1x2xf16>, %c: tensor<1x2xf16>, %b: tensor<8xf16>, %rb: tensor<8xf16>, %p: tensor<6xf16>) -> (tensor<1x2xf16>, tensor<1x2xf16>) {
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c bias(%b) recurrentBias(%rb) peepholeWeight(%p) {hiddenSize = 2 : i64, layout = #webnn.lstm_weight_layout<ifgo>, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>, #webnn.recurrent_activation<sigmoid>], label = "cell"} : (tensor<1x3xf16>, tensor<8x3xf16>, tensor<8x2xf16>, tensor<1x2xf16>, tensor<1x2xf16>, tensor<8xf16>, tensor<8xf16>, tensor<6xf16>) -> (tensor<1x2xf16>, tensor<1x2xf16>)
  return %0#0, %0#1 : tensor<1x2xf16>, tensor<1x2xf16>
}

// -----

// Each optional operand alone.
// CHECK-LABEL: func @lstm_cell_single_options
// CHECK: webnn.lstmCell %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} bias(%{{.*}}) {hiddenSize
// CHECK: webnn.lstmCell %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} recurrentBias(%{{.*}}) {hiddenSize
// CHECK: webnn.lstmCell %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} peepholeWeight(%{{.*}}) {hiddenSize
func.func @lstm_cell_single_options(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>, %b: tensor<20xf32>, %p: tensor<15xf32>) {
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c bias(%b) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<20xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  %1:2 = webnn.lstmCell %x, %w, %r, %h, %c recurrentBias(%b) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<20xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  %2:2 = webnn.lstmCell %x, %w, %r, %h, %c peepholeWeight(%p) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<15xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_cell_state_type(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf16>) {
  // expected-error @+2 {{cellState data type float16 must equal input data type float32 [lstmCell, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf16>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_recurrent_weight_type(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf16>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>) {
  // expected-error @+2 {{recurrentWeight data type float16 must equal input data type float32 [lstmCell, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf16>, tensor<3x5xf32>, tensor<3x5xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_input_rank(%x: tensor<4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>) {
  // expected-error @+2 {{input must be a 2-D tensor, got rank 1 [lstmCell, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c {hiddenSize = 5 : i64} : (tensor<4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_weight_rank(%x: tensor<3x4xf32>, %w: tensor<1x20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>) {
  // expected-error @+2 {{weight must be a 2-D tensor, got rank 3 [lstmCell, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<1x20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_cell_state_rank(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<1x3x5xf32>) {
  // expected-error @+2 {{cellState must be a 2-D tensor, got rank 3 [lstmCell, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<1x3x5xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_weight_shape(%x: tensor<3x4xf32>, %w: tensor<20x3xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>) {
  // expected-error @+2 {{weight shape must be [20, 4], got 'tensor<20x3xf32>' [lstmCell, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x3xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_recurrent_weight_shape(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>) {
  // expected-error @+2 {{recurrentWeight shape must be [20, 5], got 'tensor<15x5xf32>' [lstmCell, step 8]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_hidden_state_shape(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<5x3xf32>, %c: tensor<3x5xf32>) {
  // expected-error @+2 {{hiddenState shape must be [3, 5], got 'tensor<5x3xf32>' [lstmCell, step 9]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<5x3xf32>, tensor<3x5xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_cell_state_shape(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x4xf32>) {
  // expected-error @+2 {{cellState shape must be [3, 5], got 'tensor<3x4xf32>' [lstmCell, step 10]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x4xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

// 8 * hiddenSize (bias + recurrentBias) is not a valid dimension, but that step
// cannot fail for valid operands: recurrentWeight, 4 * hiddenSize by
// hiddenSize, already has too many elements (check dimensions).
func.func @lstm_cell_hidden_size_too_large(%x: tensor<1x1xf32>, %w: tensor<1200000000x1xf32>, %r: tensor<1200000000x300000000xf32>, %h: tensor<1x300000000xf32>, %c: tensor<1x300000000xf32>) {
  // expected-error @+1 {{operand #2 must be static tensor of float32 or float16 with valid dimensions, but got 'tensor<1200000000x300000000xf32>'}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c {hiddenSize = 300000000 : i64} : (tensor<1x1xf32>, tensor<1200000000x1xf32>, tensor<1200000000x300000000xf32>, tensor<1x300000000xf32>, tensor<1x300000000xf32>) -> (tensor<1x300000000xf32>, tensor<1x300000000xf32>)
  return
}

// -----

func.func @lstm_cell_bias_type(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>, %o: tensor<20xf16>) {
  // expected-error @+2 {{bias data type float16 must equal input data type float32 [lstmCell, step 12.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c bias(%o) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<20xf16>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_bias_shape(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>, %o: tensor<1x20xf32>) {
  // expected-error @+2 {{bias shape must be [20], got 'tensor<1x20xf32>' [lstmCell, step 12.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c bias(%o) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<1x20xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_recurrent_bias_type(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>, %o: tensor<20xf16>) {
  // expected-error @+2 {{recurrentBias data type float16 must equal input data type float32 [lstmCell, step 13.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c recurrentBias(%o) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<20xf16>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_recurrent_bias_shape(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>, %o: tensor<15xf32>) {
  // expected-error @+2 {{recurrentBias shape must be [20], got 'tensor<15xf32>' [lstmCell, step 13.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c recurrentBias(%o) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<15xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_peephole_weight_type(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>, %o: tensor<15xf16>) {
  // expected-error @+2 {{peepholeWeight data type float16 must equal input data type float32 [lstmCell, step 14.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c peepholeWeight(%o) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<15xf16>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

// Peepholes exist for the i, o and f gates only: 3 * hiddenSize.
func.func @lstm_cell_peephole_weight_shape(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>, %o: tensor<20xf32>) {
  // expected-error @+2 {{peepholeWeight shape must be [15], got 'tensor<20xf32>' [lstmCell, step 14.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c peepholeWeight(%o) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<20xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_activations_size(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>) {
  // expected-error @+2 {{activations must have 3 values, got 4 [lstmCell, step 15.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c {hiddenSize = 5 : i64, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>, #webnn.recurrent_activation<tanh>, #webnn.recurrent_activation<tanh>]} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}

// -----

// lstmCell always returns the hidden and the cell state.
func.func @lstm_cell_one_result(%x: tensor<3x4xf32>, %w: tensor<20x4xf32>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<3x5xf32>', 'tensor<3x5xf32>' are incompatible with return type(s) of operation 'tensor<3x5xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:1 = webnn.lstmCell %x, %w, %r, %h, %c {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xf32>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>) -> (tensor<3x5xf32>)
  return
}

// -----

func.func @lstm_cell_integer_weight(%x: tensor<3x4xf32>, %w: tensor<20x4xui8>, %r: tensor<20x5xf32>, %h: tensor<3x5xf32>, %c: tensor<3x5xf32>) {
  // expected-error @+1 {{operand #1 must be static tensor of float32 or float16 with valid dimensions}}
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<20x4xui8>, tensor<20x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>)
  return
}
