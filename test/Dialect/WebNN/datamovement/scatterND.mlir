// Round trip, shape inference and validation of webnn.scatterND.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Element updates of a 1-D input: updates shape [4] ++ [].
// CHECK-LABEL: func @scatter_nd_elements
// CHECK: webnn.scatterND %{{.*}}, %{{.*}}, %{{.*}} {label = "snd"} : (tensor<8xf32>, tensor<4x1xi32>, tensor<4xf32>) -> tensor<8xf32>
func.func @scatter_nd_elements(%x: tensor<8xf32>, %i: tensor<4x1xi32>, %u: tensor<4xf32>) -> tensor<8xf32> {
  %0 = webnn.scatterND %x, %i, %u {label = "snd"} : (tensor<8xf32>, tensor<4x1xi32>, tensor<4xf32>) -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

// Slice updates: [2] ++ input.shape[1:].
// CHECK-LABEL: func @scatter_nd_slices
// CHECK: webnn.scatterND %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4x4x4xi32>, tensor<2x1xi64>, tensor<2x4x4xi32>) -> tensor<4x4x4xi32>
func.func @scatter_nd_slices(%x: tensor<4x4x4xi32>, %i: tensor<2x1xi64>, %u: tensor<2x4x4xi32>) -> tensor<4x4x4xi32> {
  %0 = webnn.scatterND %x, %i, %u : (tensor<4x4x4xi32>, tensor<2x1xi64>, tensor<2x4x4xi32>) -> tensor<4x4x4xi32>
  return %0 : tensor<4x4x4xi32>
}

// -----

// One full coordinate: the updates are a scalar (rank 0 is allowed).
// CHECK-LABEL: func @scatter_nd_scalar_update
// CHECK: webnn.scatterND %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x3xf16>, tensor<2xui32>, tensor<f16>) -> tensor<2x3xf16>
func.func @scatter_nd_scalar_update(%x: tensor<2x3xf16>, %i: tensor<2xui32>, %u: tensor<f16>) -> tensor<2x3xf16> {
  %0 = webnn.scatterND %x, %i, %u : (tensor<2x3xf16>, tensor<2xui32>, tensor<f16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

func.func @scatter_nd_updates_type(%x: tensor<8xf32>, %i: tensor<4x1xi32>, %u: tensor<4xi32>) {
  // expected-error @+2 {{updates data type int32 must equal input data type float32 [scatterND, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.scatterND %x, %i, %u : (tensor<8xf32>, tensor<4x1xi32>, tensor<4xi32>) -> tensor<8xf32>
  return
}

// -----

func.func @scatter_nd_scalar_input(%x: tensor<f32>, %i: tensor<1xi32>, %u: tensor<f32>) {
  // expected-error @+2 {{input must have rank 1 or more, got rank 0 [scatterND, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.scatterND %x, %i, %u : (tensor<f32>, tensor<1xi32>, tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @scatter_nd_scalar_indices(%x: tensor<8xf32>, %i: tensor<i32>, %u: tensor<f32>) {
  // expected-error @+2 {{indices must have rank 1 or more, got rank 0 [scatterND, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.scatterND %x, %i, %u : (tensor<8xf32>, tensor<i32>, tensor<f32>) -> tensor<8xf32>
  return
}

// -----

func.func @scatter_nd_coordinates_too_long(%x: tensor<8xf32>, %i: tensor<4x2xi32>, %u: tensor<4xf32>) {
  // expected-error @+2 {{indices' last dimension (coordinate size) 2 must not exceed the input rank 1 [scatterND, step 10]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.scatterND %x, %i, %u : (tensor<8xf32>, tensor<4x2xi32>, tensor<4xf32>) -> tensor<8xf32>
  return
}

// -----

func.func @scatter_nd_updates_shape(%x: tensor<4x4x4xf32>, %i: tensor<2x1xi32>, %u: tensor<2x4xf32>) {
  // expected-error @+2 {{updates shape 'tensor<2x4xf32>' must be [2, 4, 4] (indices.shape[0:-1] ++ input.shape[indices.shape[-1]:]) [scatterND, step 14]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.scatterND %x, %i, %u : (tensor<4x4x4xf32>, tensor<2x1xi32>, tensor<2x4xf32>) -> tensor<4x4x4xf32>
  return
}

// -----

func.func @scatter_nd_wrong_result(%x: tensor<8xf32>, %i: tensor<4x1xi32>, %u: tensor<4xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<8xf32>' are incompatible with return type(s) of operation 'tensor<4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.scatterND %x, %i, %u : (tensor<8xf32>, tensor<4x1xi32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @scatter_nd_f64(%x: tensor<8xf64>, %i: tensor<4x1xi32>, %u: tensor<4xf64>) {
  // expected-error @+1 {{operand #0 must be static tensor of}}
  %0 = webnn.scatterND %x, %i, %u : (tensor<8xf64>, tensor<4x1xi32>, tensor<4xf64>) -> tensor<8xf64>
  return
}
