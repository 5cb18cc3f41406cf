// Round trip, shape inference and validation of webnn.tanh.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @tanh
// CHECK: webnn.tanh %{{.*}} {label = "act"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
func.func @tanh(%x: tensor<1x2x3xf32>) -> tensor<1x2x3xf32> {
  %0 = webnn.tanh %x {label = "act"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  return %0 : tensor<1x2x3xf32>
}

// -----

// CHECK-LABEL: func @tanh_scalar_float16
// CHECK: webnn.tanh %{{.*}} : (tensor<f16>) -> tensor<f16>
func.func @tanh_scalar_float16(%x: tensor<f16>) -> tensor<f16> {
  %0 = webnn.tanh %x : (tensor<f16>) -> tensor<f16>
  return %0 : tensor<f16>
}

// -----

// CHECK-LABEL: func @tanh_rank5
// CHECK: webnn.tanh %{{.*}} : (tensor<1x2x1x3x4xf32>) -> tensor<1x2x1x3x4xf32>
func.func @tanh_rank5(%x: tensor<1x2x1x3x4xf32>) -> tensor<1x2x1x3x4xf32> {
  %0 = webnn.tanh %x : (tensor<1x2x1x3x4xf32>) -> tensor<1x2x1x3x4xf32>
  return %0 : tensor<1x2x1x3x4xf32>
}

// -----

// int32 is not an allowed data type of tanh (tensor limits table).
func.func @tanh_int32(%x: tensor<2xi32>) -> tensor<2xi32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.tanh %x : (tensor<2xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

func.func @tanh_data_type_changed(%x: tensor<2x3xf32>) -> tensor<2x3xf16> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.tanh %x : (tensor<2x3xf32>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

func.func @tanh_shape_changed(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.tanh %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}
