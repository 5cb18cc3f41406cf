// Round trip, shape inference, folding and validation of webnn.slice.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// Without strides the output shape is sizes.
// CHECK-LABEL: func @slice_window
// CHECK: webnn.slice %{{.*}} {label = "s", sizes = array<i64: 2, 3>, starts = array<i64: 1, 2>} : (tensor<4x5xf32>) -> tensor<2x3xf32>
func.func @slice_window(%x: tensor<4x5xf32>) -> tensor<2x3xf32> {
  %0 = webnn.slice %x {starts = array<i64: 1, 2>, sizes = array<i64: 2, 3>, label = "s"} : (tensor<4x5xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Strides round up: ceil(4 / 2) = 2, ceil(5 / 2) = 3, ceil(4 / 3) = 2.
// CHECK-LABEL: func @slice_strides
// CHECK: webnn.slice %{{.*}} {sizes = array<i64: 4, 5, 4>, starts = array<i64: 0, 0, 2>, strides = array<i64: 2, 2, 3>} : (tensor<4x5x6xi8>) -> tensor<2x3x2xi8>
func.func @slice_strides(%x: tensor<4x5x6xi8>) -> tensor<2x3x2xi8> {
  %0 = webnn.slice %x {starts = array<i64: 0, 0, 2>, sizes = array<i64: 4, 5, 4>, strides = array<i64: 2, 2, 3>} : (tensor<4x5x6xi8>) -> tensor<2x3x2xi8>
  return %0 : tensor<2x3x2xi8>
}

// -----

// A stride larger than the window picks one element.
// CHECK-LABEL: func @slice_big_stride
// CHECK: webnn.slice %{{.*}} {sizes = array<i64: 3>, starts = array<i64: 4>, strides = array<i64: 10>} : (tensor<7xui8>) -> tensor<1xui8>
func.func @slice_big_stride(%x: tensor<7xui8>) -> tensor<1xui8> {
  %0 = webnn.slice %x {starts = array<i64: 4>, sizes = array<i64: 3>, strides = array<i64: 10>} : (tensor<7xui8>) -> tensor<1xui8>
  return %0 : tensor<1xui8>
}

// -----

// A scalar takes empty lists and is its own slice.
// CHECK-LABEL: func @slice_scalar
// CHECK: webnn.slice %{{.*}} {sizes = array<i64>, starts = array<i64>} : (tensor<f32>) -> tensor<f32>
// FOLD-LABEL: func @slice_scalar
// FOLD-NEXT: return %arg0
func.func @slice_scalar(%x: tensor<f32>) -> tensor<f32> {
  %0 = webnn.slice %x {starts = array<i64>, sizes = array<i64>} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// The whole input (a stride over a size-1 dimension included) folds away.
// FOLD-LABEL: func @slice_whole
// FOLD-NEXT: return %arg0
func.func @slice_whole(%x: tensor<4x1xf32>) -> tensor<4x1xf32> {
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 4, 1>, strides = array<i64: 1, 5>} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  return %0 : tensor<4x1xf32>
}

// -----

// FOLD-LABEL: func @slice_not_folded
// FOLD: webnn.slice
func.func @slice_not_folded(%x: tensor<4xf32>) -> tensor<3xf32> {
  %0 = webnn.slice %x {starts = array<i64: 1>, sizes = array<i64: 3>} : (tensor<4xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @slice_zero_size(%x: tensor<4x5xf32>) {
  // expected-error @+2 {{sizes[1] must not be 0 [slice, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 4, 0>} : (tensor<4x5xf32>) -> tensor<4x1xf32>
  return
}

// -----

func.func @slice_starts_size(%x: tensor<4x5xf32>) {
  // expected-error @+2 {{starts must have 2 values, got 1 [slice, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0>, sizes = array<i64: 4, 5>} : (tensor<4x5xf32>) -> tensor<4x5xf32>
  return
}

// -----

func.func @slice_sizes_size(%x: tensor<4x5xf32>) {
  // expected-error @+2 {{sizes must have 2 values, got 3 [slice, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 4, 5, 1>} : (tensor<4x5xf32>) -> tensor<4x5xf32>
  return
}

// -----

func.func @slice_strides_size(%x: tensor<4x5xf32>) {
  // expected-error @+2 {{strides must have 2 values, got 1 [slice, step 6.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 4, 5>, strides = array<i64: 2>} : (tensor<4x5xf32>) -> tensor<2x5xf32>
  return
}

// -----

func.func @slice_zero_stride(%x: tensor<4x5xf32>) {
  // expected-error @+2 {{strides[1] must be at least 1, got 0 [slice, step 9.5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 4, 5>, strides = array<i64: 1, 0>} : (tensor<4x5xf32>) -> tensor<4x5xf32>
  return
}

// -----

func.func @slice_start_beyond(%x: tensor<4x5xf32>) {
  // expected-error @+2 {{starts[0] = 5 is beyond the input size 4 [slice, step 9.6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 5, 0>, sizes = array<i64: 1, 5>} : (tensor<4x5xf32>) -> tensor<1x5xf32>
  return
}

// -----

func.func @slice_window_beyond(%x: tensor<4x5xf32>) {
  // expected-error @+2 {{starts[1] + sizes[1] = 2 + 4 exceeds the input size 5 [slice, step 9.7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 2>, sizes = array<i64: 4, 4>} : (tensor<4x5xf32>) -> tensor<4x4xf32>
  return
}

// -----

func.func @slice_wrong_result(%x: tensor<4x5xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 4, 5>, strides = array<i64: 2, 2>} : (tensor<4x5xf32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @slice_f64(%x: tensor<4xf64>) {
  // expected-error @+1 {{operand #0 must be static tensor of}}
  %0 = webnn.slice %x {starts = array<i64: 0>, sizes = array<i64: 2>} : (tensor<4xf64>) -> tensor<2xf64>
  return
}
