// Round trip, shape inference and validation of webnn.scatterElements.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Default axis 0: updates have the indices' shape, the output the input's.
// CHECK-LABEL: func @scatter_elements_default_axis
// CHECK: webnn.scatterElements %{{.*}}, %{{.*}}, %{{.*}} : (tensor<3x3xf32>, tensor<2x3xi32>, tensor<2x3xf32>) -> tensor<3x3xf32>
func.func @scatter_elements_default_axis(%x: tensor<3x3xf32>, %i: tensor<2x3xi32>, %u: tensor<2x3xf32>) -> tensor<3x3xf32> {
  %0 = webnn.scatterElements %x, %i, %u : (tensor<3x3xf32>, tensor<2x3xi32>, tensor<2x3xf32>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}

// -----

// CHECK-LABEL: func @scatter_elements_axis1
// CHECK: webnn.scatterElements %{{.*}}, %{{.*}}, %{{.*}} {axis = 1 : i64, label = "se"} : (tensor<1x5xi32>, tensor<1x2xi64>, tensor<1x2xi32>) -> tensor<1x5xi32>
func.func @scatter_elements_axis1(%x: tensor<1x5xi32>, %i: tensor<1x2xi64>, %u: tensor<1x2xi32>) -> tensor<1x5xi32> {
  %0 = webnn.scatterElements %x, %i, %u {axis = 1, label = "se"} : (tensor<1x5xi32>, tensor<1x2xi64>, tensor<1x2xi32>) -> tensor<1x5xi32>
  return %0 : tensor<1x5xi32>
}

// -----

// Along axis, indices may be longer than the input.
// CHECK-LABEL: func @scatter_elements_longer
// CHECK: webnn.scatterElements %{{.*}}, %{{.*}}, %{{.*}} {axis = 2 : i64} : (tensor<2x3x2xf16>, tensor<2x3x5xui32>, tensor<2x3x5xf16>) -> tensor<2x3x2xf16>
func.func @scatter_elements_longer(%x: tensor<2x3x2xf16>, %i: tensor<2x3x5xui32>, %u: tensor<2x3x5xf16>) -> tensor<2x3x2xf16> {
  %0 = webnn.scatterElements %x, %i, %u {axis = 2} : (tensor<2x3x2xf16>, tensor<2x3x5xui32>, tensor<2x3x5xf16>) -> tensor<2x3x2xf16>
  return %0 : tensor<2x3x2xf16>
}

// -----

func.func @scatter_elements_updates_type(%x: tensor<3xf32>, %i: tensor<2xi32>, %u: tensor<2xf16>) {
  // expected-error @+2 {{updates data type float16 must equal input data type float32 [scatterElements, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.scatterElements %x, %i, %u : (tensor<3xf32>, tensor<2xi32>, tensor<2xf16>) -> tensor<3xf32>
  return
}

// -----

func.func @scatter_elements_scalar(%x: tensor<f32>, %i: tensor<i32>, %u: tensor<f32>) {
  // expected-error @+2 {{input must have rank 1 or more, got rank 0 [scatterElements, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.scatterElements %x, %i, %u : (tensor<f32>, tensor<i32>, tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @scatter_elements_indices_rank(%x: tensor<3x3xf32>, %i: tensor<2xi32>, %u: tensor<2xf32>) {
  // expected-error @+2 {{indices must be a 2-D tensor, got rank 1 [scatterElements, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.scatterElements %x, %i, %u : (tensor<3x3xf32>, tensor<2xi32>, tensor<2xf32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @scatter_elements_updates_rank(%x: tensor<3x3xf32>, %i: tensor<2x3xi32>, %u: tensor<6xf32>) {
  // expected-error @+2 {{updates must be a 2-D tensor, got rank 1 [scatterElements, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.scatterElements %x, %i, %u : (tensor<3x3xf32>, tensor<2x3xi32>, tensor<6xf32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @scatter_elements_axis_out_of_range(%x: tensor<3x3xf32>, %i: tensor<3x3xi32>, %u: tensor<3x3xf32>) {
  // expected-error @+2 {{axis value 5 is out of range for an input of rank 2 (must be in [0, 2)) [scatterElements, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.scatterElements %x, %i, %u {axis = 5} : (tensor<3x3xf32>, tensor<3x3xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @scatter_elements_indices_shape(%x: tensor<3x3xf32>, %i: tensor<2x2xi32>, %u: tensor<2x2xf32>) {
  // expected-error @+2 {{indices shape 'tensor<2x2xi32>' must equal the input shape except along axis 0, input is 'tensor<3x3xf32>' [scatterElements, step 10]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.scatterElements %x, %i, %u : (tensor<3x3xf32>, tensor<2x2xi32>, tensor<2x2xf32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @scatter_elements_updates_shape(%x: tensor<3x3xf32>, %i: tensor<2x3xi32>, %u: tensor<3x3xf32>) {
  // expected-error @+2 {{updates shape 'tensor<3x3xf32>' must equal indices shape 'tensor<2x3xi32>' [scatterElements, step 11]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.scatterElements %x, %i, %u : (tensor<3x3xf32>, tensor<2x3xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @scatter_elements_wrong_result(%x: tensor<3x3xf32>, %i: tensor<2x3xi32>, %u: tensor<2x3xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<3x3xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.scatterElements %x, %i, %u : (tensor<3x3xf32>, tensor<2x3xi32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @scatter_elements_float_indices(%x: tensor<3xf32>, %i: tensor<2xf32>, %u: tensor<2xf32>) {
  // expected-error @+1 {{operand #1 must be static tensor of int32 or uint32 or int64 with valid dimensions}}
  %0 = webnn.scatterElements %x, %i, %u : (tensor<3xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<3xf32>
  return
}
