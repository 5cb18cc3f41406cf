// Round trip, shape inference and validation of webnn.linear and its alpha/beta options.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @linear_alpha_beta
// CHECK: webnn.linear %{{.*}} {alpha = 2.000000e+00 : f32, beta = -1.000000e+00 : f32, label = "lin"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
func.func @linear_alpha_beta(%x: tensor<1x2x3xf32>) -> tensor<1x2x3xf32> {
  %0 = webnn.linear %x {alpha = 2.0 : f32, beta = -1.0 : f32, label = "lin"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  return %0 : tensor<1x2x3xf32>
}

// -----

// The spec defaults alpha = 1 and beta = 0 are not printed.
// CHECK-LABEL: func @linear_defaults
// CHECK: webnn.linear %{{.*}} : (tensor<f16>) -> tensor<f16>
func.func @linear_defaults(%x: tensor<f16>) -> tensor<f16> {
  %0 = webnn.linear %x {alpha = 1.0 : f32, beta = 0.0 : f32} : (tensor<f16>) -> tensor<f16>
  return %0 : tensor<f16>
}

// -----

// CHECK-LABEL: func @linear_alpha_only
// CHECK: webnn.linear %{{.*}} {alpha = 0.000000e+00 : f32} : (tensor<5x4x3x2x1xf16>) -> tensor<5x4x3x2x1xf16>
func.func @linear_alpha_only(%x: tensor<5x4x3x2x1xf16>) -> tensor<5x4x3x2x1xf16> {
  %0 = webnn.linear %x {alpha = 0.0 : f32} : (tensor<5x4x3x2x1xf16>) -> tensor<5x4x3x2x1xf16>
  return %0 : tensor<5x4x3x2x1xf16>
}

// -----

// alpha is a WebIDL double: NaN is rejected.
func.func @linear_alpha_nan(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{alpha must be a finite number, got NaN [linear, MLLinearOptions.alpha is a double]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.linear %x {alpha = 0x7FC00000 : f32} : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// beta is a WebIDL double: infinities are rejected.
func.func @linear_beta_infinite(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{beta must be a finite number, got +Inf [linear, MLLinearOptions.beta is a double]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.linear %x {beta = 0x7F800000 : f32} : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// uint8 is not an allowed data type of linear (tensor limits table).
func.func @linear_uint8(%x: tensor<2xui8>) -> tensor<2xui8> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.linear %x : (tensor<2xui8>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}

// -----

func.func @linear_data_type_changed(%x: tensor<2x3xf32>) -> tensor<2x3xf16> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.linear %x : (tensor<2x3xf32>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}
