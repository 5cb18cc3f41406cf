// Round trip, shape inference and validation of webnn.gatherND.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Full coordinates select elements: indices.shape[0:-1] = [3].
// CHECK-LABEL: func @gather_nd_elements
// CHECK: webnn.gatherND %{{.*}}, %{{.*}} {label = "gnd"} : (tensor<2x2xf32>, tensor<3x2xui32>) -> tensor<3xf32>
func.func @gather_nd_elements(%x: tensor<2x2xf32>, %i: tensor<3x2xui32>) -> tensor<3xf32> {
  %0 = webnn.gatherND %x, %i {label = "gnd"} : (tensor<2x2xf32>, tensor<3x2xui32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// Partial coordinates select rows: [2] ++ input.shape[1:].
// CHECK-LABEL: func @gather_nd_rows
// CHECK: webnn.gatherND %{{.*}}, %{{.*}} : (tensor<2x2xf32>, tensor<2x1xi32>) -> tensor<2x2xf32>
func.func @gather_nd_rows(%x: tensor<2x2xf32>, %i: tensor<2x1xi32>) -> tensor<2x2xf32> {
  %0 = webnn.gatherND %x, %i : (tensor<2x2xf32>, tensor<2x1xi32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

// Blocks of a 3-D input: [3] ++ input.shape[1:].
// CHECK-LABEL: func @gather_nd_blocks
// CHECK: webnn.gatherND %{{.*}}, %{{.*}} : (tensor<2x4x5xi8>, tensor<3x1xi64>) -> tensor<3x4x5xi8>
func.func @gather_nd_blocks(%x: tensor<2x4x5xi8>, %i: tensor<3x1xi64>) -> tensor<3x4x5xi8> {
  %0 = webnn.gatherND %x, %i : (tensor<2x4x5xi8>, tensor<3x1xi64>) -> tensor<3x4x5xi8>
  return %0 : tensor<3x4x5xi8>
}

// -----

// Batched 2-coordinates into a 3-D input: [6, 7] ++ input.shape[2:].
// CHECK-LABEL: func @gather_nd_batched
// CHECK: webnn.gatherND %{{.*}}, %{{.*}} : (tensor<2x3x4xf16>, tensor<6x7x2xi32>) -> tensor<6x7x4xf16>
func.func @gather_nd_batched(%x: tensor<2x3x4xf16>, %i: tensor<6x7x2xi32>) -> tensor<6x7x4xf16> {
  %0 = webnn.gatherND %x, %i : (tensor<2x3x4xf16>, tensor<6x7x2xi32>) -> tensor<6x7x4xf16>
  return %0 : tensor<6x7x4xf16>
}

// -----

// One full coordinate gives a scalar.
// CHECK-LABEL: func @gather_nd_scalar_output
// CHECK: webnn.gatherND %{{.*}}, %{{.*}} : (tensor<2x3xi32>, tensor<2xi32>) -> tensor<i32>
func.func @gather_nd_scalar_output(%x: tensor<2x3xi32>, %i: tensor<2xi32>) -> tensor<i32> {
  %0 = webnn.gatherND %x, %i : (tensor<2x3xi32>, tensor<2xi32>) -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

func.func @gather_nd_scalar_input(%x: tensor<f32>, %i: tensor<1xi32>) {
  // expected-error @+2 {{input must have rank 1 or more, got rank 0 [gatherND, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gatherND %x, %i : (tensor<f32>, tensor<1xi32>) -> tensor<f32>
  return
}

// -----

func.func @gather_nd_scalar_indices(%x: tensor<3xf32>, %i: tensor<i32>) {
  // expected-error @+2 {{indices must have rank 1 or more, got rank 0 [gatherND, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gatherND %x, %i : (tensor<3xf32>, tensor<i32>) -> tensor<f32>
  return
}

// -----

func.func @gather_nd_coordinates_too_long(%x: tensor<2x2xf32>, %i: tensor<4x3xi32>) {
  // expected-error @+2 {{indices' last dimension (coordinate size) 3 must not exceed the input rank 2 [gatherND, step 10]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gatherND %x, %i : (tensor<2x2xf32>, tensor<4x3xi32>) -> tensor<4xf32>
  return
}

// -----

func.func @gather_nd_wrong_result(%x: tensor<2x2xf32>, %i: tensor<2x1xi32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<2x2xf32>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gatherND %x, %i : (tensor<2x2xf32>, tensor<2x1xi32>) -> tensor<2xf32>
  return
}

// -----

func.func @gather_nd_uint64_indices(%x: tensor<2x2xf32>, %i: tensor<2x1xui64>) {
  // expected-error @+1 {{operand #1 must be static tensor of int32 or uint32 or int64 with valid dimensions}}
  %0 = webnn.gatherND %x, %i : (tensor<2x2xf32>, tensor<2x1xui64>) -> tensor<2x2xf32>
  return
}
