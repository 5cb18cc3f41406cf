// Round trip, shape inference and validation of webnn.hardSigmoid and its alpha/beta options.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @hardSigmoid_alpha_beta
// CHECK: webnn.hardSigmoid %{{.*}} {alpha = 1.250000e-01 : f32, beta = 2.500000e-01 : f32, label = "hs"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
func.func @hardSigmoid_alpha_beta(%x: tensor<1x2x3xf32>) -> tensor<1x2x3xf32> {
  %0 = webnn.hardSigmoid %x {alpha = 0.125 : f32, beta = 0.25 : f32, label = "hs"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  return %0 : tensor<1x2x3xf32>
}

// -----

// The spec defaults alpha = 0.2 and beta = 0.5 are not printed.
// CHECK-LABEL: func @hardSigmoid_defaults
// CHECK: webnn.hardSigmoid %{{.*}} : (tensor<f16>) -> tensor<f16>
func.func @hardSigmoid_defaults(%x: tensor<f16>) -> tensor<f16> {
  %0 = webnn.hardSigmoid %x {alpha = 0.2 : f32, beta = 0.5 : f32} : (tensor<f16>) -> tensor<f16>
  return %0 : tensor<f16>
}

// -----

// CHECK-LABEL: func @hardSigmoid_beta_only
// CHECK: webnn.hardSigmoid %{{.*}} {beta = -1.000000e+00 : f32} : (tensor<2x3x4x5x6xf16>) -> tensor<2x3x4x5x6xf16>
func.func @hardSigmoid_beta_only(%x: tensor<2x3x4x5x6xf16>) -> tensor<2x3x4x5x6xf16> {
  %0 = webnn.hardSigmoid %x {beta = -1.0 : f32} : (tensor<2x3x4x5x6xf16>) -> tensor<2x3x4x5x6xf16>
  return %0 : tensor<2x3x4x5x6xf16>
}

// -----

// alpha is a WebIDL double: infinities are rejected.
func.func @hardSigmoid_alpha_infinite(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{alpha must be a finite number, got -Inf [hardSigmoid, MLHardSigmoidOptions.alpha is a double]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.hardSigmoid %x {alpha = 0xFF800000 : f32} : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// beta is a WebIDL double: NaN is rejected.
func.func @hardSigmoid_beta_nan(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{beta must be a finite number, got NaN [hardSigmoid, MLHardSigmoidOptions.beta is a double]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.hardSigmoid %x {beta = 0x7FC00000 : f32} : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// int64 is not an allowed data type of hardSigmoid (tensor limits table).
func.func @hardSigmoid_int64(%x: tensor<2xi64>) -> tensor<2xi64> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.hardSigmoid %x : (tensor<2xi64>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

func.func @hardSigmoid_shape_changed(%x: tensor<2x3xf32>) -> tensor<2x1xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.hardSigmoid %x : (tensor<2x3xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}
