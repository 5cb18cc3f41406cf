// Round trip, shape inference and validation of webnn.erf.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// The output has the input's shape and data type.
// CHECK-LABEL: func @erf_f32
// CHECK: webnn.erf %{{.*}} {label = "erf_out"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
func.func @erf_f32(%input: tensor<1x2x3xf32>) -> tensor<1x2x3xf32> {
  %0 = webnn.erf %input {label = "erf_out"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  return %0 : tensor<1x2x3xf32>
}

// -----

// CHECK-LABEL: func @erf_f16
// CHECK: webnn.erf %{{.*}} : (tensor<2x3xf16>) -> tensor<2x3xf16>
func.func @erf_f16(%input: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.erf %input : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

// A scalar (rank 0) stays a scalar.
// CHECK-LABEL: func @erf_scalar
// CHECK: webnn.erf %{{.*}} : (tensor<f32>) -> tensor<f32>
func.func @erf_scalar(%input: tensor<f32>) -> tensor<f32> {
  %0 = webnn.erf %input : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// The output has the input's shape.
func.func @erf_wrong_result_shape(%input: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.erf %input : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

// The output has the input's data type.
func.func @erf_wrong_result_type(%input: tensor<2xf32>) -> tensor<2xf16> {
  // expected-error @+2 {{inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<2xf16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.erf %input : (tensor<2xf32>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

// element-wise unary, step 4: int32 is not in erf's allowed data types.
func.func @erf_disallowed_type(%input: tensor<2xi32>) -> tensor<2xi32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.erf %input : (tensor<2xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}
