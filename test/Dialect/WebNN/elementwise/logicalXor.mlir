// Round trip, shape inference and validation of webnn.logicalXor.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// The output is uint8 (0 or 1).
// CHECK-LABEL: func @logicalXor_same_shape
// CHECK: webnn.logicalXor %{{.*}}, %{{.*}} {label = "logicalXor_out"} : (tensor<2x3xui8>, tensor<2x3xui8>) -> tensor<2x3xui8>
func.func @logicalXor_same_shape(%a: tensor<2x3xui8>, %b: tensor<2x3xui8>) -> tensor<2x3xui8> {
  %0 = webnn.logicalXor %a, %b {label = "logicalXor_out"} : (tensor<2x3xui8>, tensor<2x3xui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

// Broadcasting: the shorter shape is padded with leading ones, ones stretch.
// CHECK-LABEL: func @logicalXor_broadcast
// CHECK: webnn.logicalXor %{{.*}}, %{{.*}} : (tensor<4x1xui8>, tensor<2x3x1x5xui8>) -> tensor<2x3x4x5xui8>
func.func @logicalXor_broadcast(%a: tensor<4x1xui8>, %b: tensor<2x3x1x5xui8>) -> tensor<2x3x4x5xui8> {
  %0 = webnn.logicalXor %a, %b : (tensor<4x1xui8>, tensor<2x3x1x5xui8>) -> tensor<2x3x4x5xui8>
  return %0 : tensor<2x3x4x5xui8>
}

// -----

// Two scalars (rank 0) give a scalar.
// CHECK-LABEL: func @logicalXor_scalars
// CHECK: webnn.logicalXor %{{.*}}, %{{.*}} : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
func.func @logicalXor_scalars(%a: tensor<ui8>, %b: tensor<ui8>) -> tensor<ui8> {
  %0 = webnn.logicalXor %a, %b : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// -----

// element-wise logical, step 6.2: a and b have the same data type.
func.func @logicalXor_mismatched_types(%a: tensor<2xui8>, %b: tensor<2xf32>) -> tensor<2xui8> {
  // expected-error @+2 {{b data type float32 must equal a data type uint8 [element-wise logical, step 6.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.logicalXor %a, %b : (tensor<2xui8>, tensor<2xf32>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}

// -----

// element-wise logical, step 6.3: the shapes must broadcast.
func.func @logicalXor_not_broadcastable(%a: tensor<2x3xui8>, %b: tensor<2x4xui8>) -> tensor<2x4xui8> {
  // expected-error @+2 {{shapes 'tensor<2x3xui8>' and 'tensor<2x4xui8>' are not bidirectionally broadcastable [element-wise logical, step 6.3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.logicalXor %a, %b : (tensor<2x3xui8>, tensor<2x4xui8>) -> tensor<2x4xui8>
  return %0 : tensor<2x4xui8>
}

// -----

// The declared result must be the broadcast shape.
func.func @logicalXor_wrong_result_shape(%a: tensor<2x1xui8>, %b: tensor<1x3xui8>) -> tensor<2x1xui8> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xui8>' are incompatible with return type(s) of operation 'tensor<2x1xui8>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.logicalXor %a, %b : (tensor<2x1xui8>, tensor<1x3xui8>) -> tensor<2x1xui8>
  return %0 : tensor<2x1xui8>
}

// -----

// The output is uint8 whatever the input data type.
func.func @logicalXor_input_typed_result(%a: tensor<2xui8>, %b: tensor<2xui8>) -> tensor<2xi32> {
  // expected-error @+1 {{result #0 must be static tensor of uint8 with valid dimensions}}
  %0 = webnn.logicalXor %a, %b : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// int8 is not an allowed data type of a.
func.func @logicalXor_disallowed_type(%a: tensor<2xi8>, %b: tensor<2xi8>) -> tensor<2xui8> {
  // expected-error @+1 {{operand #0 must be static tensor of uint8 with valid dimensions}}
  %0 = webnn.logicalXor %a, %b : (tensor<2xi8>, tensor<2xi8>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}
