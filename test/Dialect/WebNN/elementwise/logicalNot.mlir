// Round trip, shape inference and validation of webnn.logicalNot.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// The output is uint8 with a's shape.
// CHECK-LABEL: func @logicalNot_ui8
// CHECK: webnn.logicalNot %{{.*}} {label = "logicalNot_out"} : (tensor<2x3xui8>) -> tensor<2x3xui8>
func.func @logicalNot_ui8(%a: tensor<2x3xui8>) -> tensor<2x3xui8> {
  %0 = webnn.logicalNot %a {label = "logicalNot_out"} : (tensor<2x3xui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

// A scalar (rank 0) stays a scalar.
// CHECK-LABEL: func @logicalNot_scalar
// CHECK: webnn.logicalNot %{{.*}} : (tensor<ui8>) -> tensor<ui8>
func.func @logicalNot_scalar(%a: tensor<ui8>) -> tensor<ui8> {
  %0 = webnn.logicalNot %a : (tensor<ui8>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// -----

// CHECK-LABEL: func @logicalNot_rank5
// CHECK: webnn.logicalNot %{{.*}} : (tensor<1x2x3x4x5xui8>) -> tensor<1x2x3x4x5xui8>
func.func @logicalNot_rank5(%a: tensor<1x2x3x4x5xui8>) -> tensor<1x2x3x4x5xui8> {
  %0 = webnn.logicalNot %a : (tensor<1x2x3x4x5xui8>) -> tensor<1x2x3x4x5xui8>
  return %0 : tensor<1x2x3x4x5xui8>
}

// -----

// element-wise logical, step 7.1: the output has a's shape.
func.func @logicalNot_wrong_result_shape(%a: tensor<2x3xui8>) -> tensor<3x2xui8> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xui8>' are incompatible with return type(s) of operation 'tensor<3x2xui8>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.logicalNot %a : (tensor<2x3xui8>) -> tensor<3x2xui8>
  return %0 : tensor<3x2xui8>
}

// -----

// element-wise logical, step 4.1: float32 is not an allowed data type of a.
func.func @logicalNot_disallowed_type(%a: tensor<2xf32>) -> tensor<2xui8> {
  // expected-error @+1 {{operand #0 must be static tensor of uint8 with valid dimensions}}
  %0 = webnn.logicalNot %a : (tensor<2xf32>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}
