// Round trip, shape inference and validation of webnn.abs.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// The output has the input's shape and data type.
// CHECK-LABEL: func @abs_f32
// CHECK: webnn.abs %{{.*}} {label = "abs_out"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
func.func @abs_f32(%input: tensor<1x2x3xf32>) -> tensor<1x2x3xf32> {
  %0 = webnn.abs %input {label = "abs_out"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  return %0 : tensor<1x2x3xf32>
}

// -----

// CHECK-LABEL: func @abs_f16
// CHECK: webnn.abs %{{.*}} : (tensor<2x3xf16>) -> tensor<2x3xf16>
func.func @abs_f16(%input: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.abs %input : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

// A scalar (rank 0) stays a scalar.
// CHECK-LABEL: func @abs_i64
// CHECK: webnn.abs %{{.*}} : (tensor<i64>) -> tensor<i64>
func.func @abs_i64(%input: tensor<i64>) -> tensor<i64> {
  %0 = webnn.abs %input : (tensor<i64>) -> tensor<i64>
  return %0 : tensor<i64>
}

// -----

// CHECK-LABEL: func @abs_i32
// CHECK: webnn.abs %{{.*}} : (tensor<1x2x3x4x5xi32>) -> tensor<1x2x3x4x5xi32>
func.func @abs_i32(%input: tensor<1x2x3x4x5xi32>) -> tensor<1x2x3x4x5xi32> {
  %0 = webnn.abs %input : (tensor<1x2x3x4x5xi32>) -> tensor<1x2x3x4x5xi32>
  return %0 : tensor<1x2x3x4x5xi32>
}

// -----

// CHECK-LABEL: func @abs_i8
// CHECK: webnn.abs %{{.*}} : (tensor<7xi8>) -> tensor<7xi8>
func.func @abs_i8(%input: tensor<7xi8>) -> tensor<7xi8> {
  %0 = webnn.abs %input : (tensor<7xi8>) -> tensor<7xi8>
  return %0 : tensor<7xi8>
}

// -----

// The output has the input's shape.
func.func @abs_wrong_result_shape(%input: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.abs %input : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

// The output has the input's data type.
func.func @abs_wrong_result_type(%input: tensor<2xf32>) -> tensor<2xf16> {
  // expected-error @+2 {{inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<2xf16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.abs %input : (tensor<2xf32>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

// element-wise unary, step 4: uint32 is not in abs's allowed data types.
func.func @abs_disallowed_type(%input: tensor<2xui32>) -> tensor<2xui32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int64 or int32 or int8 with valid dimensions}}
  %0 = webnn.abs %input : (tensor<2xui32>) -> tensor<2xui32>
  return %0 : tensor<2xui32>
}
