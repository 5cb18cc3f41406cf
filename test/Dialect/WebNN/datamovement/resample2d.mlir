// Round trip, shape inference and validation of webnn.resample2d.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Default scales [1, 1] keep the shape; default mode and axes not printed.
// CHECK-LABEL: func @resample2d_default
// CHECK: webnn.resample2d %{{.*}} : (tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32>
func.func @resample2d_default(%x: tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32> {
  %0 = webnn.resample2d %x : (tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32>
  return %0 : tensor<1x3x4x5xf32>
}

// -----

// floor(4 * 2.0) = 8, floor(5 * 0.5) = 2.
// CHECK-LABEL: func @resample2d_scales
// CHECK: webnn.resample2d %{{.*}} {label = "up", mode = #webnn.interpolation_mode<linear>, scales = array<f32: 2.000000e+00, 5.000000e-01>} : (tensor<1x3x4x5xf32>) -> tensor<1x3x8x2xf32>
func.func @resample2d_scales(%x: tensor<1x3x4x5xf32>) -> tensor<1x3x8x2xf32> {
  %0 = webnn.resample2d %x {mode = #webnn.interpolation_mode<linear>, scales = array<f32: 2.0, 0.5>, label = "up"} : (tensor<1x3x4x5xf32>) -> tensor<1x3x8x2xf32>
  return %0 : tensor<1x3x8x2xf32>
}

// -----

// sizes win over scales; an explicit default mode is elided.
// CHECK-LABEL: func @resample2d_sizes_win
// CHECK: webnn.resample2d %{{.*}} {scales = array<f32: 2.000000e+00, 2.000000e+00>, sizes = array<i64: 3, 7>} : (tensor<1x3x4x5xf16>) -> tensor<1x3x3x7xf16>
func.func @resample2d_sizes_win(%x: tensor<1x3x4x5xf16>) -> tensor<1x3x3x7xf16> {
  %0 = webnn.resample2d %x {mode = #webnn.interpolation_mode<"nearest-neighbor">, scales = array<f32: 2.0, 2.0>, sizes = array<i64: 3, 7>} : (tensor<1x3x4x5xf16>) -> tensor<1x3x3x7xf16>
  return %0 : tensor<1x3x3x7xf16>
}

// -----

// Custom axes (NHWC): floor(3 * 1.5) = 4 along axis 1, floor(4 * 2) = 8 along 2.
// CHECK-LABEL: func @resample2d_axes
// CHECK: webnn.resample2d %{{.*}} {axes = array<i64: 1, 2>, scales = array<f32: 1.500000e+00, 2.000000e+00>} : (tensor<1x3x4x5xui8>) -> tensor<1x4x8x5xui8>
func.func @resample2d_axes(%x: tensor<1x3x4x5xui8>) -> tensor<1x4x8x5xui8> {
  %0 = webnn.resample2d %x {axes = array<i64: 1, 2>, scales = array<f32: 1.5, 2.0>} : (tensor<1x3x4x5xui8>) -> tensor<1x4x8x5xui8>
  return %0 : tensor<1x4x8x5xui8>
}

// -----

// Axes in reverse order pair sizes[0] with axis 3.
// CHECK-LABEL: func @resample2d_axes_reversed
// CHECK: webnn.resample2d %{{.*}} {axes = array<i64: 3, 2>, sizes = array<i64: 10, 20>} : (tensor<1x3x4x5xi8>) -> tensor<1x3x20x10xi8>
func.func @resample2d_axes_reversed(%x: tensor<1x3x4x5xi8>) -> tensor<1x3x20x10xi8> {
  %0 = webnn.resample2d %x {axes = array<i64: 3, 2>, sizes = array<i64: 10, 20>} : (tensor<1x3x4x5xi8>) -> tensor<1x3x20x10xi8>
  return %0 : tensor<1x3x20x10xi8>
}

// -----

func.func @resample2d_rank3(%x: tensor<3x4x5xf32>) {
  // expected-error @+2 {{input must be a 4-D tensor, got rank 3 [resample2d, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.resample2d %x : (tensor<3x4x5xf32>) -> tensor<3x4x5xf32>
  return
}

// -----

func.func @resample2d_three_scales(%x: tensor<1x3x4x5xf32>) {
  // expected-error @+2 {{scales must have 2 values, got 3 [resample2d, step 6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.resample2d %x {scales = array<f32: 1.0, 1.0, 1.0>} : (tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32>
  return
}

// -----

func.func @resample2d_zero_scale(%x: tensor<1x3x4x5xf32>) {
  // expected-error @+2 {{scales[1] must be greater than 0, got 0.000000e+00 [resample2d, step 6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.resample2d %x {scales = array<f32: 1.0, 0.0>} : (tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32>
  return
}

// -----

// scales are validated even when sizes are given.
func.func @resample2d_negative_scale(%x: tensor<1x3x4x5xf32>) {
  // expected-error @+2 {{scales[0] must be greater than 0, got -2.000000e+00 [resample2d, step 6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.resample2d %x {scales = array<f32: -2.0, 1.0>, sizes = array<i64: 4, 5>} : (tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32>
  return
}

// -----

func.func @resample2d_one_size(%x: tensor<1x3x4x5xf32>) {
  // expected-error @+2 {{sizes must have 2 values, got 1 [resample2d, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.resample2d %x {sizes = array<i64: 4>} : (tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32>
  return
}

// -----

func.func @resample2d_zero_size(%x: tensor<1x3x4x5xf32>) {
  // expected-error @+2 {{sizes[0] must not be 0 [resample2d, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.resample2d %x {sizes = array<i64: 0, 5>} : (tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32>
  return
}

// -----

func.func @resample2d_duplicate_axes(%x: tensor<1x3x4x5xf32>) {
  // expected-error @+2 {{axes contains axis 2 twice [resample2d, step 9]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.resample2d %x {axes = array<i64: 2, 2>} : (tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32>
  return
}

// -----

func.func @resample2d_axis_out_of_range(%x: tensor<1x3x4x5xf32>) {
  // expected-error @+2 {{axes value 4 is out of range for an input of rank 4 (must be in [0, 4)) [resample2d, step 9]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.resample2d %x {axes = array<i64: 2, 4>} : (tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32>
  return
}

// -----

// axes is "a list of length 2", paired with scales/sizes.
func.func @resample2d_one_axis(%x: tensor<1x3x4x5xf32>) {
  // expected-error @+2 {{axes must have 2 values, got 1 [resample2d, step 9]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.resample2d %x {axes = array<i64: 2>} : (tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32>
  return
}

// -----

// floor(4 * 0.1) = 0 is no valid dimension.
func.func @resample2d_scaled_to_zero(%x: tensor<1x3x4x5xf32>) {
  // expected-error @+2 {{output size along axis 2 = 0 is not a valid dimension (must be in [1, 2147483647]) [resample2d, step 10.3.3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.resample2d %x {scales = array<f32: 0.1, 1.0>} : (tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32>
  return
}

// -----

func.func @resample2d_size_too_large(%x: tensor<1x3x4x5xf32>) {
  // expected-error @+2 {{output size along axis 3 = 2147483648 is not a valid dimension (must be in [1, 2147483647]) [resample2d, step 10.3.3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.resample2d %x {sizes = array<i64: 4, 2147483648>} : (tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32>
  return
}

// -----

func.func @resample2d_wrong_result(%x: tensor<1x3x4x5xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<1x3x8x10xf32>' are incompatible with return type(s) of operation 'tensor<1x3x4x5xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.resample2d %x {scales = array<f32: 2.0, 2.0>} : (tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32>
  return
}

// -----

// int32 is not an allowed data type.
func.func @resample2d_int32(%x: tensor<1x3x4x5xi32>) {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or uint8 or int8 with valid dimensions}}
  %0 = webnn.resample2d %x : (tensor<1x3x4x5xi32>) -> tensor<1x3x4x5xi32>
  return
}
