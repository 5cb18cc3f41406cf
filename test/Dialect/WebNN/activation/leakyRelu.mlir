// Round trip, shape inference and validation of webnn.leakyRelu and its alpha option.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @leakyRelu_alpha
// CHECK: webnn.leakyRelu %{{.*}} {alpha = 2.000000e-01 : f32, label = "lrelu"} : (tensor<1x2x3xf16>) -> tensor<1x2x3xf16>
func.func @leakyRelu_alpha(%x: tensor<1x2x3xf16>) -> tensor<1x2x3xf16> {
  %0 = webnn.leakyRelu %x {alpha = 0.2 : f32, label = "lrelu"} : (tensor<1x2x3xf16>) -> tensor<1x2x3xf16>
  return %0 : tensor<1x2x3xf16>
}

// -----

// The spec default alpha = 0.01 is not printed.
// CHECK-LABEL: func @leakyRelu_default_alpha
// CHECK: webnn.leakyRelu %{{.*}} : (tensor<f32>) -> tensor<f32>
func.func @leakyRelu_default_alpha(%x: tensor<f32>) -> tensor<f32> {
  %0 = webnn.leakyRelu %x {alpha = 0.01 : f32} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// CHECK-LABEL: func @leakyRelu_no_options
// CHECK: webnn.leakyRelu %{{.*}} : (tensor<4x1x2x3x5xf32>) -> tensor<4x1x2x3x5xf32>
func.func @leakyRelu_no_options(%x: tensor<4x1x2x3x5xf32>) -> tensor<4x1x2x3x5xf32> {
  %0 = webnn.leakyRelu %x : (tensor<4x1x2x3x5xf32>) -> tensor<4x1x2x3x5xf32>
  return %0 : tensor<4x1x2x3x5xf32>
}

// -----

// alpha is a WebIDL double: NaN is rejected.
func.func @leakyRelu_alpha_nan(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{alpha must be a finite number, got NaN [leakyRelu, MLLeakyReluOptions.alpha is a double]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.leakyRelu %x {alpha = 0x7FC00000 : f32} : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// int32 is not an allowed data type of leakyRelu (tensor limits table).
func.func @leakyRelu_int32(%x: tensor<2xi32>) -> tensor<2xi32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.leakyRelu %x : (tensor<2xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

func.func @leakyRelu_data_type_changed(%x: tensor<2x3xf16>) -> tensor<2x3xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf16>' are incompatible with return type(s) of operation 'tensor<2x3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.leakyRelu %x : (tensor<2x3xf16>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
