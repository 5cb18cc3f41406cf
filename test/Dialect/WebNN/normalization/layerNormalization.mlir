// Round trip, shape inference and validation of webnn.layerNormalization.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Default axes for rank 4 are [1, 2, 3]: scale and bias are 3x4x5.
// CHECK-LABEL: func @layernorm_default_axes
// CHECK: webnn.layerNormalization %{{.*}} scale(%{{.*}}) bias(%{{.*}}) : (tensor<2x3x4x5xf32>, tensor<3x4x5xf32>, tensor<3x4x5xf32>) -> tensor<2x3x4x5xf32>
func.func @layernorm_default_axes(%x: tensor<2x3x4x5xf32>, %scale: tensor<3x4x5xf32>, %bias: tensor<3x4x5xf32>) -> tensor<2x3x4x5xf32> {
  %0 = webnn.layerNormalization %x scale(%scale) bias(%bias) : (tensor<2x3x4x5xf32>, tensor<3x4x5xf32>, tensor<3x4x5xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// -----

// Non-default, unordered axes [3, 1]: scale dimension i is input dimension
// axes[i], so scale is 5x3. Also epsilon, label and float16.
// CHECK-LABEL: func @layernorm_unordered_axes
// CHECK: webnn.layerNormalization %{{.*}} scale(%{{.*}}) {axes = array<i64: 3, 1>, epsilon = 1.000000e-03 : f32, label = "ln"} : (tensor<2x3x4x5xf16>, tensor<5x3xf16>) -> tensor<2x3x4x5xf16>
func.func @layernorm_unordered_axes(%x: tensor<2x3x4x5xf16>, %scale: tensor<5x3xf16>) -> tensor<2x3x4x5xf16> {
  %0 = webnn.layerNormalization %x scale(%scale) {axes = array<i64: 3, 1>, epsilon = 1.0e-3 : f32, label = "ln"} : (tensor<2x3x4x5xf16>, tensor<5x3xf16>) -> tensor<2x3x4x5xf16>
  return %0 : tensor<2x3x4x5xf16>
}

// -----

// Axis 0 may be normalized too; only bias given.
// CHECK-LABEL: func @layernorm_axis0_bias
// CHECK: webnn.layerNormalization %{{.*}} bias(%{{.*}}) {axes = array<i64: 0>} : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
func.func @layernorm_axis0_bias(%x: tensor<2x3xf32>, %bias: tensor<2xf32>) -> tensor<2x3xf32> {
  %0 = webnn.layerNormalization %x bias(%bias) {axes = array<i64: 0>} : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Empty axes: nothing is reduced, scale and bias are scalars.
// CHECK-LABEL: func @layernorm_empty_axes
// CHECK: webnn.layerNormalization %{{.*}} scale(%{{.*}}) bias(%{{.*}}) {axes = array<i64>} : (tensor<2x3xf32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
func.func @layernorm_empty_axes(%x: tensor<2x3xf32>, %scale: tensor<f32>, %bias: tensor<f32>) -> tensor<2x3xf32> {
  %0 = webnn.layerNormalization %x scale(%scale) bias(%bias) {axes = array<i64>} : (tensor<2x3xf32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// A rank-1 input's default axes are empty (not [0]): scale is a scalar.
// CHECK-LABEL: func @layernorm_rank1_default
// CHECK: webnn.layerNormalization %{{.*}} scale(%{{.*}}) : (tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
func.func @layernorm_rank1_default(%x: tensor<6xf32>, %scale: tensor<f32>) -> tensor<6xf32> {
  %0 = webnn.layerNormalization %x scale(%scale) : (tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

// Scalar input: default axes are empty.
// CHECK-LABEL: func @layernorm_scalar
// CHECK: webnn.layerNormalization %{{.*}} bias(%{{.*}}) : (tensor<f16>, tensor<f16>) -> tensor<f16>
func.func @layernorm_scalar(%x: tensor<f16>, %bias: tensor<f16>) -> tensor<f16> {
  %0 = webnn.layerNormalization %x bias(%bias) : (tensor<f16>, tensor<f16>) -> tensor<f16>
  return %0 : tensor<f16>
}

// -----

func.func @layernorm_axis_out_of_range(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{axes value 2 is out of range for an input of rank 2 (must be in [0, 2)) [layerNormalization, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.layerNormalization %x {axes = array<i64: 1, 2>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @layernorm_duplicate_axes(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{axes contains axis 1 twice [layerNormalization, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.layerNormalization %x {axes = array<i64: 1, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Any axis of a scalar is out of range.
func.func @layernorm_scalar_axis(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+2 {{axes value 0 is out of range for an input of rank 0 (must be in [0, 0)) [layerNormalization, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.layerNormalization %x {axes = array<i64: 0>} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @layernorm_scale_data_type(%x: tensor<2x3xf32>, %scale: tensor<3xf16>) -> tensor<2x3xf32> {
  // expected-error @+2 {{scale data type float16 must equal input data type float32 [layerNormalization, step 7.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.layerNormalization %x scale(%scale) : (tensor<2x3xf32>, tensor<3xf16>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Default axes [1, 2, 3]: scale must be 3-D.
func.func @layernorm_scale_rank(%x: tensor<2x3x4x5xf32>, %scale: tensor<5xf32>) -> tensor<2x3x4x5xf32> {
  // expected-error @+2 {{scale rank 1 must equal the number of axes 3 [layerNormalization, step 7.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.layerNormalization %x scale(%scale) : (tensor<2x3x4x5xf32>, tensor<5xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// -----

// A rank-1 input normalizes no axis by default, so a 1-D scale is rejected.
func.func @layernorm_rank1_scale_rank(%x: tensor<6xf32>, %scale: tensor<6xf32>) -> tensor<6xf32> {
  // expected-error @+2 {{scale rank 1 must equal the number of axes 0 [layerNormalization, step 7.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.layerNormalization %x scale(%scale) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

func.func @layernorm_bias_data_type(%x: tensor<2x3xf16>, %bias: tensor<3xf32>) -> tensor<2x3xf16> {
  // expected-error @+2 {{bias data type float32 must equal input data type float16 [layerNormalization, step 8.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.layerNormalization %x bias(%bias) : (tensor<2x3xf16>, tensor<3xf32>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

func.func @layernorm_bias_rank(%x: tensor<2x3x4xf32>, %bias: tensor<3x4xf32>) -> tensor<2x3x4xf32> {
  // expected-error @+2 {{bias rank 2 must equal the number of axes 1 [layerNormalization, step 8.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.layerNormalization %x bias(%bias) {axes = array<i64: 2>} : (tensor<2x3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// Axes [1, 2] need a 3x4 scale; 4x3 is the transposed shape.
func.func @layernorm_scale_shape(%x: tensor<2x3x4xf32>, %scale: tensor<4x3xf32>) -> tensor<2x3x4xf32> {
  // expected-error @+2 {{scale dimension 0 is 4 but input dimension 1 (axes[0]) is 3 [layerNormalization, step 9.4.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.layerNormalization %x scale(%scale) {axes = array<i64: 1, 2>} : (tensor<2x3x4xf32>, tensor<4x3xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

func.func @layernorm_bias_shape(%x: tensor<2x3x4xf32>, %scale: tensor<3x4xf32>, %bias: tensor<3x5xf32>) -> tensor<2x3x4xf32> {
  // expected-error @+2 {{bias dimension 1 is 5 but input dimension 2 (axes[1]) is 4 [layerNormalization, step 9.5.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.layerNormalization %x scale(%scale) bias(%bias) : (tensor<2x3x4xf32>, tensor<3x4xf32>, tensor<3x5xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// Axes are unsigned: the attribute rejects negative values.
func.func @layernorm_negative_axis(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{attribute 'axes' failed to satisfy constraint}}
  %0 = webnn.layerNormalization %x {axes = array<i64: -1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @layernorm_int_input(%x: tensor<2x3xi32>) -> tensor<2x3xi32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.layerNormalization %x : (tensor<2x3xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

func.func @layernorm_wrong_result(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.layerNormalization %x {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
