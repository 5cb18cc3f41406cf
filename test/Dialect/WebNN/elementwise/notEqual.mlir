// Round trip, shape inference and validation of webnn.notEqual.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// The output is uint8 (0 or 1).
// CHECK-LABEL: func @notEqual_same_shape
// CHECK: webnn.notEqual %{{.*}}, %{{.*}} {label = "notEqual_out"} : (tensor<2x3xi64>, tensor<2x3xi64>) -> tensor<2x3xui8>
func.func @notEqual_same_shape(%a: tensor<2x3xi64>, %b: tensor<2x3xi64>) -> tensor<2x3xui8> {
  %0 = webnn.notEqual %a, %b {label = "notEqual_out"} : (tensor<2x3xi64>, tensor<2x3xi64>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

// Broadcasting: the shorter shape is padded with leading ones, ones stretch.
// CHECK-LABEL: func @notEqual_broadcast
// CHECK: webnn.notEqual %{{.*}}, %{{.*}} : (tensor<f16>, tensor<5xf16>) -> tensor<5xui8>
func.func @notEqual_broadcast(%a: tensor<f16>, %b: tensor<5xf16>) -> tensor<5xui8> {
  %0 = webnn.notEqual %a, %b : (tensor<f16>, tensor<5xf16>) -> tensor<5xui8>
  return %0 : tensor<5xui8>
}

// -----

// Two scalars (rank 0) give a scalar.
// CHECK-LABEL: func @notEqual_scalars
// CHECK: webnn.notEqual %{{.*}}, %{{.*}} : (tensor<i64>, tensor<i64>) -> tensor<ui8>
func.func @notEqual_scalars(%a: tensor<i64>, %b: tensor<i64>) -> tensor<ui8> {
  %0 = webnn.notEqual %a, %b : (tensor<i64>, tensor<i64>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// -----

// element-wise logical, step 6.2: a and b have the same data type.
func.func @notEqual_mismatched_types(%a: tensor<2xi64>, %b: tensor<2xf32>) -> tensor<2xui8> {
  // expected-error @+2 {{b data type float32 must equal a data type int64 [element-wise logical, step 6.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.notEqual %a, %b : (tensor<2xi64>, tensor<2xf32>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}

// -----

// element-wise logical, step 6.3: the shapes must broadcast.
func.func @notEqual_not_broadcastable(%a: tensor<2x3xi64>, %b: tensor<2x4xi64>) -> tensor<2x4xui8> {
  // expected-error @+2 {{shapes 'tensor<2x3xi64>' and 'tensor<2x4xi64>' are not bidirectionally broadcastable [element-wise logical, step 6.3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.notEqual %a, %b : (tensor<2x3xi64>, tensor<2x4xi64>) -> tensor<2x4xui8>
  return %0 : tensor<2x4xui8>
}

// -----

// The declared result must be the broadcast shape.
func.func @notEqual_wrong_result_shape(%a: tensor<2x1xi64>, %b: tensor<1x3xi64>) -> tensor<2x1xui8> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xui8>' are incompatible with return type(s) of operation 'tensor<2x1xui8>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.notEqual %a, %b : (tensor<2x1xi64>, tensor<1x3xi64>) -> tensor<2x1xui8>
  return %0 : tensor<2x1xui8>
}

// -----

// The output is uint8 whatever the input data type.
func.func @notEqual_input_typed_result(%a: tensor<2xi64>, %b: tensor<2xi64>) -> tensor<2xi32> {
  // expected-error @+1 {{result #0 must be static tensor of uint8 with valid dimensions}}
  %0 = webnn.notEqual %a, %b : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// f64 is not an allowed data type of a.
func.func @notEqual_disallowed_type(%a: tensor<2xf64>, %b: tensor<2xf64>) -> tensor<2xui8> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or uint32 or int64 or uint64 or int8 or uint8 or int4 or uint4 with valid dimensions}}
  %0 = webnn.notEqual %a, %b : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}
