// Round trip, shape inference and validation of webnn.greaterOrEqual.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// The output is uint8 (0 or 1).
// CHECK-LABEL: func @greaterOrEqual_same_shape
// CHECK: webnn.greaterOrEqual %{{.*}}, %{{.*}} {label = "greaterOrEqual_out"} : (tensor<2x3xi8>, tensor<2x3xi8>) -> tensor<2x3xui8>
func.func @greaterOrEqual_same_shape(%a: tensor<2x3xi8>, %b: tensor<2x3xi8>) -> tensor<2x3xui8> {
  %0 = webnn.greaterOrEqual %a, %b {label = "greaterOrEqual_out"} : (tensor<2x3xi8>, tensor<2x3xi8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

// Broadcasting: the shorter shape is padded with leading ones, ones stretch.
// CHECK-LABEL: func @greaterOrEqual_broadcast
// CHECK: webnn.greaterOrEqual %{{.*}}, %{{.*}} : (tensor<1x3xui64>, tensor<2x1xui64>) -> tensor<2x3xui8>
func.func @greaterOrEqual_broadcast(%a: tensor<1x3xui64>, %b: tensor<2x1xui64>) -> tensor<2x3xui8> {
  %0 = webnn.greaterOrEqual %a, %b : (tensor<1x3xui64>, tensor<2x1xui64>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

// Two scalars (rank 0) give a scalar.
// CHECK-LABEL: func @greaterOrEqual_scalars
// CHECK: webnn.greaterOrEqual %{{.*}}, %{{.*}} : (tensor<i8>, tensor<i8>) -> tensor<ui8>
func.func @greaterOrEqual_scalars(%a: tensor<i8>, %b: tensor<i8>) -> tensor<ui8> {
  %0 = webnn.greaterOrEqual %a, %b : (tensor<i8>, tensor<i8>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// -----

// element-wise logical, step 6.2: a and b have the same data type.
func.func @greaterOrEqual_mismatched_types(%a: tensor<2xi8>, %b: tensor<2xf32>) -> tensor<2xui8> {
  // expected-error @+2 {{b data type float32 must equal a data type int8 [element-wise logical, step 6.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.greaterOrEqual %a, %b : (tensor<2xi8>, tensor<2xf32>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}

// -----

// element-wise logical, step 6.3: the shapes must broadcast.
func.func @greaterOrEqual_not_broadcastable(%a: tensor<2x3xi8>, %b: tensor<2x4xi8>) -> tensor<2x4xui8> {
  // expected-error @+2 {{shapes 'tensor<2x3xi8>' and 'tensor<2x4xi8>' are not bidirectionally broadcastable [element-wise logical, step 6.3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.greaterOrEqual %a, %b : (tensor<2x3xi8>, tensor<2x4xi8>) -> tensor<2x4xui8>
  return %0 : tensor<2x4xui8>
}

// -----

// The declared result must be the broadcast shape.
func.func @greaterOrEqual_wrong_result_shape(%a: tensor<2x1xi8>, %b: tensor<1x3xi8>) -> tensor<2x1xui8> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xui8>' are incompatible with return type(s) of operation 'tensor<2x1xui8>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.greaterOrEqual %a, %b : (tensor<2x1xi8>, tensor<1x3xi8>) -> tensor<2x1xui8>
  return %0 : tensor<2x1xui8>
}

// -----

// The output is uint8 whatever the input data type.
func.func @greaterOrEqual_input_typed_result(%a: tensor<2xi8>, %b: tensor<2xi8>) -> tensor<2xi32> {
  // expected-error @+1 {{result #0 must be static tensor of uint8 with valid dimensions}}
  %0 = webnn.greaterOrEqual %a, %b : (tensor<2xi8>, tensor<2xi8>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// f64 is not an allowed data type of a.
func.func @greaterOrEqual_disallowed_type(%a: tensor<2xf64>, %b: tensor<2xf64>) -> tensor<2xui8> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or uint32 or int64 or uint64 or int8 or uint8 or int4 or uint4 with valid dimensions}}
  %0 = webnn.greaterOrEqual %a, %b : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}
