// Round trip, shape inference and validation of webnn.gatherElements.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// The spec's first example: axis 0 (default), fewer rows than the input.
// CHECK-LABEL: func @gather_elements_default_axis
// CHECK: webnn.gatherElements %{{.*}}, %{{.*}} : (tensor<4x3xf32>, tensor<2x3xui32>) -> tensor<2x3xf32>
func.func @gather_elements_default_axis(%x: tensor<4x3xf32>, %i: tensor<2x3xui32>) -> tensor<2x3xf32> {
  %0 = webnn.gatherElements %x, %i : (tensor<4x3xf32>, tensor<2x3xui32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// The spec's second example: axis 1.
// CHECK-LABEL: func @gather_elements_axis1
// CHECK: webnn.gatherElements %{{.*}}, %{{.*}} {axis = 1 : i64, label = "ge"} : (tensor<4x3xi32>, tensor<4x1xi32>) -> tensor<4x1xi32>
func.func @gather_elements_axis1(%x: tensor<4x3xi32>, %i: tensor<4x1xi32>) -> tensor<4x1xi32> {
  %0 = webnn.gatherElements %x, %i {axis = 1, label = "ge"} : (tensor<4x3xi32>, tensor<4x1xi32>) -> tensor<4x1xi32>
  return %0 : tensor<4x1xi32>
}

// -----

// Indices may be longer than the input along axis (values repeat).
// CHECK-LABEL: func @gather_elements_longer
// CHECK: webnn.gatherElements %{{.*}}, %{{.*}} {axis = 2 : i64} : (tensor<4x2x2xf16>, tensor<4x2x7xi64>) -> tensor<4x2x7xf16>
func.func @gather_elements_longer(%x: tensor<4x2x2xf16>, %i: tensor<4x2x7xi64>) -> tensor<4x2x7xf16> {
  %0 = webnn.gatherElements %x, %i {axis = 2} : (tensor<4x2x2xf16>, tensor<4x2x7xi64>) -> tensor<4x2x7xf16>
  return %0 : tensor<4x2x7xf16>
}

// -----

func.func @gather_elements_scalar(%x: tensor<f32>, %i: tensor<i32>) {
  // expected-error @+2 {{input must have rank 1 or more, got rank 0 [gatherElements, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gatherElements %x, %i : (tensor<f32>, tensor<i32>) -> tensor<f32>
  return
}

// -----

func.func @gather_elements_rank_mismatch(%x: tensor<4x3xf32>, %i: tensor<2xi32>) {
  // expected-error @+2 {{indices must be a 2-D tensor, got rank 1 [gatherElements, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gatherElements %x, %i : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @gather_elements_axis_out_of_range(%x: tensor<4x3xf32>, %i: tensor<4x3xi32>) {
  // expected-error @+2 {{axis value 2 is out of range for an input of rank 2 (must be in [0, 2)) [gatherElements, step 6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gatherElements %x, %i {axis = 2} : (tensor<4x3xf32>, tensor<4x3xi32>) -> tensor<4x3xf32>
  return
}

// -----

// Off the axis, indices must match the input.
func.func @gather_elements_shape_mismatch(%x: tensor<4x3xf32>, %i: tensor<2x2xi32>) {
  // expected-error @+2 {{indices shape 'tensor<2x2xi32>' must equal the input shape except along axis 0, input is 'tensor<4x3xf32>' [gatherElements, step 9]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gatherElements %x, %i : (tensor<4x3xf32>, tensor<2x2xi32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @gather_elements_wrong_result(%x: tensor<4x3xf32>, %i: tensor<2x3xi32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<4x3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gatherElements %x, %i : (tensor<4x3xf32>, tensor<2x3xi32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @gather_elements_int8_indices(%x: tensor<4x3xf32>, %i: tensor<2x3xi8>) {
  // expected-error @+1 {{operand #1 must be static tensor of int32 or uint32 or int64 with valid dimensions}}
  %0 = webnn.gatherElements %x, %i : (tensor<4x3xf32>, tensor<2x3xi8>) -> tensor<2x3xf32>
  return
}
