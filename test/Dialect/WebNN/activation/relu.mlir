// Round trip, shape inference and validation of webnn.relu.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @relu
// CHECK: webnn.relu %{{.*}} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
func.func @relu(%x: tensor<1x2x3xf32>) -> tensor<1x2x3xf32> {
  %0 = webnn.relu %x : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  return %0 : tensor<1x2x3xf32>
}

// -----

// CHECK-LABEL: func @relu_scalar_int8
// CHECK: -> tensor<i8>
func.func @relu_scalar_int8(%x: tensor<i8>) -> tensor<i8> {
  %0 = webnn.relu %x : (tensor<i8>) -> tensor<i8>
  return %0 : tensor<i8>
}

// -----

// uint32 is not an allowed data type of relu (tensor limits table).
func.func @relu_uint32(%x: tensor<2xui32>) -> tensor<2xui32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or int64 or int8 with valid dimensions}}
  %0 = webnn.relu %x : (tensor<2xui32>) -> tensor<2xui32>
  return %0 : tensor<2xui32>
}

// -----

func.func @relu_shape_changed(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.relu %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}
