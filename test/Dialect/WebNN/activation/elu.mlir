// Round trip, shape inference and validation of webnn.elu and its alpha option.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @elu_alpha
// CHECK: webnn.elu %{{.*}} {alpha = 5.000000e-01 : f32, label = "elu"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
func.func @elu_alpha(%x: tensor<1x2x3xf32>) -> tensor<1x2x3xf32> {
  %0 = webnn.elu %x {alpha = 0.5 : f32, label = "elu"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  return %0 : tensor<1x2x3xf32>
}

// -----

// The spec default alpha = 1 is not printed.
// CHECK-LABEL: func @elu_default_alpha
// CHECK: webnn.elu %{{.*}} : (tensor<f16>) -> tensor<f16>
func.func @elu_default_alpha(%x: tensor<f16>) -> tensor<f16> {
  %0 = webnn.elu %x {alpha = 1.0 : f32} : (tensor<f16>) -> tensor<f16>
  return %0 : tensor<f16>
}

// -----

// CHECK-LABEL: func @elu_negative_alpha_rank5
// CHECK: webnn.elu %{{.*}} {alpha = -2.000000e+00 : f32} : (tensor<2x1x1x3x4xf16>) -> tensor<2x1x1x3x4xf16>
func.func @elu_negative_alpha_rank5(%x: tensor<2x1x1x3x4xf16>) -> tensor<2x1x1x3x4xf16> {
  %0 = webnn.elu %x {alpha = -2.0 : f32} : (tensor<2x1x1x3x4xf16>) -> tensor<2x1x1x3x4xf16>
  return %0 : tensor<2x1x1x3x4xf16>
}

// -----

// alpha is a WebIDL double: infinities are rejected.
func.func @elu_alpha_infinite(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{alpha must be a finite number, got +Inf [elu, MLEluOptions.alpha is a double]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.elu %x {alpha = 0x7F800000 : f32} : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// int8 is not an allowed data type of elu (tensor limits table).
func.func @elu_int8(%x: tensor<2xi8>) -> tensor<2xi8> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.elu %x : (tensor<2xi8>) -> tensor<2xi8>
  return %0 : tensor<2xi8>
}

// -----

func.func @elu_shape_changed(%x: tensor<2x3xf32>) -> tensor<6xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<6xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.elu %x : (tensor<2x3xf32>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}
