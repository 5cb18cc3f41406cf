// Round trip, shape inference and validation of webnn.isInfinite.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// The output is uint8 with a's shape.
// CHECK-LABEL: func @isInfinite_f16
// CHECK: webnn.isInfinite %{{.*}} {label = "isInfinite_out"} : (tensor<2x3xf16>) -> tensor<2x3xui8>
func.func @isInfinite_f16(%a: tensor<2x3xf16>) -> tensor<2x3xui8> {
  %0 = webnn.isInfinite %a {label = "isInfinite_out"} : (tensor<2x3xf16>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

// A scalar (rank 0) stays a scalar.
// CHECK-LABEL: func @isInfinite_scalar
// CHECK: webnn.isInfinite %{{.*}} : (tensor<f32>) -> tensor<ui8>
func.func @isInfinite_scalar(%a: tensor<f32>) -> tensor<ui8> {
  %0 = webnn.isInfinite %a : (tensor<f32>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// -----

// CHECK-LABEL: func @isInfinite_rank5
// CHECK: webnn.isInfinite %{{.*}} : (tensor<1x2x3x4x5xf32>) -> tensor<1x2x3x4x5xui8>
func.func @isInfinite_rank5(%a: tensor<1x2x3x4x5xf32>) -> tensor<1x2x3x4x5xui8> {
  %0 = webnn.isInfinite %a : (tensor<1x2x3x4x5xf32>) -> tensor<1x2x3x4x5xui8>
  return %0 : tensor<1x2x3x4x5xui8>
}

// -----

// element-wise logical, step 7.1: the output has a's shape.
func.func @isInfinite_wrong_result_shape(%a: tensor<2x3xf16>) -> tensor<3x2xui8> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xui8>' are incompatible with return type(s) of operation 'tensor<3x2xui8>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.isInfinite %a : (tensor<2x3xf16>) -> tensor<3x2xui8>
  return %0 : tensor<3x2xui8>
}

// -----

// element-wise logical, step 5.1: uint8 is not an allowed data type of a.
func.func @isInfinite_disallowed_type(%a: tensor<2xui8>) -> tensor<2xui8> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.isInfinite %a : (tensor<2xui8>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}

// -----

// The output is uint8, not a's data type.
func.func @isInfinite_input_typed_result(%a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{result #0 must be static tensor of uint8 with valid dimensions}}
  %0 = webnn.isInfinite %a : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
