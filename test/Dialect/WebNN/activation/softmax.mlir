// Round trip, shape inference and validation of webnn.softmax and its axis.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @softmax_last_axis
// CHECK: webnn.softmax %{{.*}} {axis = 1 : i64, label = "probs"} : (tensor<2x10xf32>) -> tensor<2x10xf32>
func.func @softmax_last_axis(%x: tensor<2x10xf32>) -> tensor<2x10xf32> {
  %0 = webnn.softmax %x {axis = 1, label = "probs"} : (tensor<2x10xf32>) -> tensor<2x10xf32>
  return %0 : tensor<2x10xf32>
}

// -----

// CHECK-LABEL: func @softmax_axis0_rank1_float16
// CHECK: webnn.softmax %{{.*}} {axis = 0 : i64} : (tensor<7xf16>) -> tensor<7xf16>
func.func @softmax_axis0_rank1_float16(%x: tensor<7xf16>) -> tensor<7xf16> {
  %0 = webnn.softmax %x {axis = 0} : (tensor<7xf16>) -> tensor<7xf16>
  return %0 : tensor<7xf16>
}

// -----

// CHECK-LABEL: func @softmax_rank5_last_axis
// CHECK: webnn.softmax %{{.*}} {axis = 4 : i64} : (tensor<1x2x3x4x5xf32>) -> tensor<1x2x3x4x5xf32>
func.func @softmax_rank5_last_axis(%x: tensor<1x2x3x4x5xf32>) -> tensor<1x2x3x4x5xf32> {
  %0 = webnn.softmax %x {axis = 4} : (tensor<1x2x3x4x5xf32>) -> tensor<1x2x3x4x5xf32>
  return %0 : tensor<1x2x3x4x5xf32>
}

// -----

func.func @softmax_axis_out_of_range(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{axis 2 must be less than the input rank 2 [softmax, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.softmax %x {axis = 2} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Scalars have no axis (allowed ranks start at 1).
func.func @softmax_scalar(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+2 {{axis 0 must be less than the input rank 0 [softmax, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.softmax %x {axis = 0} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// axis is an unsigned long.
func.func @softmax_negative_axis(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{attribute 'axis' failed to satisfy constraint: 64-bit signless integer attribute whose value is non-negative}}
  %0 = webnn.softmax %x {axis = -1} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// axis is a required argument.
func.func @softmax_missing_axis(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{requires attribute 'axis'}}
  %0 = webnn.softmax %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// int32 is not an allowed data type of softmax (tensor limits table).
func.func @softmax_int32(%x: tensor<2xi32>) -> tensor<2xi32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.softmax %x {axis = 0} : (tensor<2xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

func.func @softmax_shape_changed(%x: tensor<2x3xf32>) -> tensor<2x1xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.softmax %x {axis = 1} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}
