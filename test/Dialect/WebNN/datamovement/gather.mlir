// Round trip, shape inference and validation of webnn.gather.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Default axis 0: [] ++ indices.shape ++ input.shape[1:].
// CHECK-LABEL: func @gather_default_axis
// CHECK: webnn.gather %{{.*}}, %{{.*}} : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
func.func @gather_default_axis(%x: tensor<4x3xf32>, %i: tensor<2xi32>) -> tensor<2x3xf32> {
  %0 = webnn.gather %x, %i : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// The last axis, with 2-D uint32 indices.
// CHECK-LABEL: func @gather_last_axis
// CHECK: webnn.gather %{{.*}}, %{{.*}} {axis = 1 : i64, label = "g"} : (tensor<4x3xf32>, tensor<2x2xui32>) -> tensor<4x2x2xf32>
func.func @gather_last_axis(%x: tensor<4x3xf32>, %i: tensor<2x2xui32>) -> tensor<4x2x2xf32> {
  %0 = webnn.gather %x, %i {axis = 1, label = "g"} : (tensor<4x3xf32>, tensor<2x2xui32>) -> tensor<4x2x2xf32>
  return %0 : tensor<4x2x2xf32>
}

// -----

// A middle axis: input.shape[0:1] ++ indices.shape ++ input.shape[2:].
// CHECK-LABEL: func @gather_middle_axis
// CHECK: webnn.gather %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<2x3x4xui8>, tensor<5x6xi64>) -> tensor<2x5x6x4xui8>
func.func @gather_middle_axis(%x: tensor<2x3x4xui8>, %i: tensor<5x6xi64>) -> tensor<2x5x6x4xui8> {
  %0 = webnn.gather %x, %i {axis = 1} : (tensor<2x3x4xui8>, tensor<5x6xi64>) -> tensor<2x5x6x4xui8>
  return %0 : tensor<2x5x6x4xui8>
}

// -----

// A scalar index into a 1-D input gives a scalar.
// CHECK-LABEL: func @gather_scalar_index
// CHECK: webnn.gather %{{.*}}, %{{.*}} : (tensor<4xi8>, tensor<i64>) -> tensor<i8>
func.func @gather_scalar_index(%x: tensor<4xi8>, %i: tensor<i64>) -> tensor<i8> {
  %0 = webnn.gather %x, %i : (tensor<4xi8>, tensor<i64>) -> tensor<i8>
  return %0 : tensor<i8>
}

// -----

func.func @gather_axis_out_of_range(%x: tensor<4x3xf32>, %i: tensor<2xi32>) {
  // expected-error @+2 {{axis value 2 is out of range for an input of rank 2 (must be in [0, 2)) [gather, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gather %x, %i {axis = 2} : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<4x3xf32>
  return
}

// -----

// Allowed input ranks are 1 to N: a scalar has no axis 0.
func.func @gather_scalar_input(%x: tensor<f32>, %i: tensor<i32>) {
  // expected-error @+2 {{axis value 0 is out of range for an input of rank 0 (must be in [0, 0)) [gather, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gather %x, %i : (tensor<f32>, tensor<i32>) -> tensor<f32>
  return
}

// -----

func.func @gather_wrong_result(%x: tensor<4x3xf32>, %i: tensor<2xi32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<4x2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gather %x, %i : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<4x2xf32>
  return
}

// -----

// Indices are int32, uint32 or int64 only.
func.func @gather_float_indices(%x: tensor<4x3xf32>, %i: tensor<2xf32>) {
  // expected-error @+1 {{operand #1 must be static tensor of int32 or uint32 or int64 with valid dimensions}}
  %0 = webnn.gather %x, %i : (tensor<4x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @gather_uint64_indices(%x: tensor<4x3xf32>, %i: tensor<2xui64>) {
  // expected-error @+1 {{operand #1 must be static tensor of int32 or uint32 or int64 with valid dimensions}}
  %0 = webnn.gather %x, %i : (tensor<4x3xf32>, tensor<2xui64>) -> tensor<2x3xf32>
  return
}

// -----

func.func @gather_f64(%x: tensor<4xf64>, %i: tensor<2xi32>) {
  // expected-error @+1 {{operand #0 must be static tensor of}}
  %0 = webnn.gather %x, %i : (tensor<4xf64>, tensor<2xi32>) -> tensor<2xf64>
  return
}
