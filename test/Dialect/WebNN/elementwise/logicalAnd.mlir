// Round trip, shape inference and validation of webnn.logicalAnd.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// The output is uint8 (0 or 1).
// CHECK-LABEL: func @logicalAnd_same_shape
// CHECK: webnn.logicalAnd %{{.*}}, %{{.*}} {label = "logicalAnd_out"} : (tensor<2x3xui8>, tensor<2x3xui8>) -> tensor<2x3xui8>
func.func @logicalAnd_same_shape(%a: tensor<2x3xui8>, %b: tensor<2x3xui8>) -> tensor<2x3xui8> {
  %0 = webnn.logicalAnd %a, %b {label = "logicalAnd_out"} : (tensor<2x3xui8>, tensor<2x3xui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

// Broadcasting: the shorter shape is padded with leading ones, ones stretch.
// CHECK-LABEL: func @logicalAnd_broadcast
// CHECK: webnn.logicalAnd %{{.*}}, %{{.*}} : (tensor<2x1x4xui8>, tensor<3x1xui8>) -> tensor<2x3x4xui8>
func.func @logicalAnd_broadcast(%a: tensor<2x1x4xui8>, %b: tensor<3x1xui8>) -> tensor<2x3x4xui8> {
  %0 = webnn.logicalAnd %a, %b : (tensor<2x1x4xui8>, tensor<3x1xui8>) -> tensor<2x3x4xui8>
  return %0 : tensor<2x3x4xui8>
}

// -----

// Two scalars (rank 0) give a scalar.
// CHECK-LABEL: func @logicalAnd_scalars
// CHECK: webnn.logicalAnd %{{.*}}, %{{.*}} : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
func.func @logicalAnd_scalars(%a: tensor<ui8>, %b: tensor<ui8>) -> tensor<ui8> {
  %0 = webnn.logicalAnd %a, %b : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// -----

// element-wise logical, step 6.2: a and b have the same data type.
func.func @logicalAnd_mismatched_types(%a: tensor<2xui8>, %b: tensor<2xf32>) -> tensor<2xui8> {
  // expected-error @+2 {{b data type float32 must equal a data type uint8 [element-wise logical, step 6.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.logicalAnd %a, %b : (tensor<2xui8>, tensor<2xf32>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}

// -----

// element-wise logical, step 6.3: the shapes must broadcast.
func.func @logicalAnd_not_broadcastable(%a: tensor<2x3xui8>, %b: tensor<2x4xui8>) -> tensor<2x4xui8> {
  // expected-error @+2 {{shapes 'tensor<2x3xui8>' and 'tensor<2x4xui8>' are not bidirectionally broadcastable [element-wise logical, step 6.3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.logicalAnd %a, %b : (tensor<2x3xui8>, tensor<2x4xui8>) -> tensor<2x4xui8>
  return %0 : tensor<2x4xui8>
}

// -----

// The declared result must be the broadcast shape.
func.func @logicalAnd_wrong_result_shape(%a: tensor<2x1xui8>, %b: tensor<1x3xui8>) -> tensor<2x1xui8> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xui8>' are incompatible with return type(s) of operation 'tensor<2x1xui8>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.logicalAnd %a, %b : (tensor<2x1xui8>, tensor<1x3xui8>) -> tensor<2x1xui8>
  return %0 : tensor<2x1xui8>
}

// -----

// The output is uint8 whatever the input data type.
func.func @logicalAnd_input_typed_result(%a: tensor<2xui8>, %b: tensor<2xui8>) -> tensor<2xi32> {
  // expected-error @+1 {{result #0 must be static tensor of uint8 with valid dimensions}}
  %0 = webnn.logicalAnd %a, %b : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// int8 is not an allowed data type of a.
func.func @logicalAnd_disallowed_type(%a: tensor<2xi8>, %b: tensor<2xi8>) -> tensor<2xui8> {
  // expected-error @+1 {{operand #0 must be static tensor of uint8 with valid dimensions}}
  %0 = webnn.logicalAnd %a, %b : (tensor<2xi8>, tensor<2xi8>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}
