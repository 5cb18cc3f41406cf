// webnn recurrent ops -> linalg: the static time loop is unrolled; each
// step slices its input (tensor.extract_slice), multiplies by the weights
// transposed once per direction (linalg.transpose + linalg.matmul in f32),
// combines gates in element-wise linalg.generic ops and writes the state
// into the outputs with tensor.insert_slice. Every form lowers (the ops
// only accept static float tensors), so there is no negative case.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics --convert-webnn-to-linalg | FileCheck %s

// CHECK-LABEL: func.func @gru_cell
// CHECK-COUNT-2: linalg.transpose
// CHECK: linalg.matmul {{.*}} outs({{.*}} : tensor<3x15xf32>)
// CHECK: linalg.matmul {{.*}} outs({{.*}} : tensor<3x15xf32>)
// CHECK: tensor.extract_slice {{.*}}[0, 0] [3, 5] [1, 1] : tensor<3x15xf32> to tensor<3x5xf32>
// CHECK: math.exp
// CHECK: math.tanh
// CHECK-NOT: webnn.
func.func @gru_cell(%x: tensor<3x4xf32>, %w: tensor<15x4xf32>, %r: tensor<15x5xf32>, %h: tensor<3x5xf32>, %b: tensor<15xf32>) -> tensor<3x5xf32> {
  %0 = webnn.gruCell %x, %w, %r, %h bias(%b) {hiddenSize = 5 : i64} : (tensor<3x4xf32>, tensor<15x4xf32>, tensor<15x5xf32>, tensor<3x5xf32>, tensor<15xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// Reset before: (r * h) . Rn is its own matmul; float16 computes in f32 and
// rounds the new state.
// CHECK-LABEL: func.func @gru_cell_reset_before_f16
// CHECK-COUNT-3: linalg.matmul
// CHECK: arith.truncf {{.*}} : f32 to f16
func.func @gru_cell_reset_before_f16(%x: tensor<1x2xf16>, %w: tensor<6x2xf16>, %r: tensor<6x2xf16>, %h: tensor<1x2xf16>) -> tensor<1x2xf16> {
  %0 = webnn.gruCell %x, %w, %r, %h {hiddenSize = 2 : i64, resetAfter = false} : (tensor<1x2xf16>, tensor<6x2xf16>, tensor<6x2xf16>, tensor<1x2xf16>) -> tensor<1x2xf16>
  return %0 : tensor<1x2xf16>
}

// -----

// CHECK-LABEL: func.func @gru_sequence
// CHECK: tensor.empty() : tensor<1x1x4xf32>
// CHECK: tensor.empty() : tensor<2x1x1x4xf32>
// CHECK: tensor.extract_slice %arg0[0, 0, 0] [1, 1, 3] [1, 1, 1] : tensor<2x1x3xf32> to tensor<1x3xf32>
// CHECK: tensor.insert_slice {{.*}}[0, 0, 0, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x4xf32> into tensor<2x1x1x4xf32>
// CHECK: tensor.extract_slice %arg0[1, 0, 0] [1, 1, 3] [1, 1, 1] : tensor<2x1x3xf32> to tensor<1x3xf32>
// CHECK: tensor.insert_slice {{.*}}[1, 0, 0, 0] [1, 1, 1, 4] [1, 1, 1, 1] : tensor<1x4xf32> into tensor<2x1x1x4xf32>
// CHECK: tensor.insert_slice {{.*}}[0, 0, 0] [1, 1, 4] [1, 1, 1] : tensor<1x4xf32> into tensor<1x1x4xf32>
func.func @gru_sequence(%x: tensor<2x1x3xf32>, %w: tensor<1x12x3xf32>, %r: tensor<1x12x4xf32>) -> (tensor<1x1x4xf32>, tensor<2x1x1x4xf32>) {
  %0:2 = webnn.gru %x, %w, %r {steps = 2 : i64, hiddenSize = 4 : i64, returnSequence = true} : (tensor<2x1x3xf32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>) -> (tensor<1x1x4xf32>, tensor<2x1x1x4xf32>)
  return %0#0, %0#1 : tensor<1x1x4xf32>, tensor<2x1x1x4xf32>
}

// -----

// CHECK-LABEL: func.func @lstm_cell
// CHECK-COUNT-2: linalg.transpose
// CHECK-COUNT-2: linalg.matmul
// CHECK: return {{.*}} : tensor<2x2xf32>, tensor<2x2xf32>
func.func @lstm_cell(%x: tensor<2x3xf32>, %w: tensor<8x3xf32>, %r: tensor<8x2xf32>, %h: tensor<2x2xf32>, %c: tensor<2x2xf32>, %p: tensor<6xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>) {
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c peepholeWeight(%p) {hiddenSize = 2 : i64} : (tensor<2x3xf32>, tensor<8x3xf32>, tensor<8x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>, tensor<6xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>)
  return %0#0, %0#1 : tensor<2x2xf32>, tensor<2x2xf32>
}

// -----

// Both directions: the backward direction walks time from the end.
// CHECK-LABEL: func.func @lstm_both
// CHECK: tensor.extract_slice %arg1[0, 0, 0] [1, 8, 3]
// CHECK: tensor.extract_slice %arg0[0, 0, 0] [1, 1, 3]
// CHECK: tensor.extract_slice %arg0[1, 0, 0] [1, 1, 3]
// CHECK: tensor.extract_slice %arg1[1, 0, 0] [1, 8, 3]
// CHECK: tensor.extract_slice %arg0[1, 0, 0] [1, 1, 3]
// CHECK: tensor.insert_slice {{.*}}[1, 1, 0, 0] [1, 1, 1, 2]
// CHECK: tensor.extract_slice %arg0[0, 0, 0] [1, 1, 3]
// CHECK: tensor.insert_slice {{.*}}[0, 1, 0, 0] [1, 1, 1, 2]
func.func @lstm_both(%x: tensor<2x1x3xf32>, %w: tensor<2x8x3xf32>, %r: tensor<2x8x2xf32>) -> (tensor<2x1x2xf32>, tensor<2x1x2xf32>, tensor<2x2x1x2xf32>) {
  %0:3 = webnn.lstm %x, %w, %r {steps = 2 : i64, hiddenSize = 2 : i64, returnSequence = true, direction = #webnn.recurrent_direction<both>} : (tensor<2x1x3xf32>, tensor<2x8x3xf32>, tensor<2x8x2xf32>) -> (tensor<2x1x2xf32>, tensor<2x1x2xf32>, tensor<2x2x1x2xf32>)
  return %0#0, %0#1, %0#2 : tensor<2x1x2xf32>, tensor<2x1x2xf32>, tensor<2x2x1x2xf32>
}
