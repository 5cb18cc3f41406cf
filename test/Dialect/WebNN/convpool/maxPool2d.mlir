// Round trip, shape inference and validation of webnn.maxPool2d (the shared
// pooling rules are tested in averagePool2d.mlir).
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @max_pool2d_global
// CHECK: webnn.maxPool2d %{{.*}} {label = "gmp"} : (tensor<1x3x4x6xf32>) -> tensor<1x3x1x1xf32>
func.func @max_pool2d_global(%x: tensor<1x3x4x6xf32>) -> tensor<1x3x1x1xf32> {
  %0 = webnn.maxPool2d %x {label = "gmp"} : (tensor<1x3x4x6xf32>) -> tensor<1x3x1x1xf32>
  return %0 : tensor<1x3x1x1xf32>
}

// -----

// maxPool2d allows any data type; the output keeps it.
// 2x2 window, stride 2, ceil: (5 - 2) / 2 + 1 = 2.5 -> 3.
// CHECK-LABEL: func @max_pool2d_integers
// CHECK: -> tensor<1x1x3x3xi8>
// CHECK: -> tensor<1x3x3x1xui8>
// CHECK: -> tensor<1x1x3x3xi64>
// CHECK: -> tensor<1x1x3x3xui4>
func.func @max_pool2d_integers(%a: tensor<1x1x5x5xi8>, %b: tensor<1x5x5x1xui8>, %c: tensor<1x1x5x5xi64>, %d: tensor<1x1x5x5xui4>) -> (tensor<1x1x3x3xi8>, tensor<1x3x3x1xui8>, tensor<1x1x3x3xi64>, tensor<1x1x3x3xui4>) {
  %0 = webnn.maxPool2d %a {windowDimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>, outputShapeRounding = #webnn.rounding_type<ceil>} : (tensor<1x1x5x5xi8>) -> tensor<1x1x3x3xi8>
  %1 = webnn.maxPool2d %b {windowDimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>, layout = #webnn.input_layout<nhwc>, outputShapeRounding = #webnn.rounding_type<ceil>} : (tensor<1x5x5x1xui8>) -> tensor<1x3x3x1xui8>
  %2 = webnn.maxPool2d %c {windowDimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>, outputShapeRounding = #webnn.rounding_type<ceil>} : (tensor<1x1x5x5xi64>) -> tensor<1x1x3x3xi64>
  %3 = webnn.maxPool2d %d {windowDimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>, outputShapeRounding = #webnn.rounding_type<ceil>} : (tensor<1x1x5x5xui4>) -> tensor<1x1x3x3xui4>
  return %0, %1, %2, %3 : tensor<1x1x3x3xi8>, tensor<1x3x3x1xui8>, tensor<1x1x3x3xi64>, tensor<1x1x3x3xui4>
}

// -----

// Padding and dilations: effective window (2 - 1) * 2 + 1 = 3, (4 - 3 + 1 + 1) / 1 + 1 = 4.
// CHECK-LABEL: func @max_pool2d_padding_dilations
// CHECK: webnn.maxPool2d %{{.*}} {dilations = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>, windowDimensions = array<i64: 2, 2>} : (tensor<1x2x4x4xi32>) -> tensor<1x2x4x4xi32>
func.func @max_pool2d_padding_dilations(%x: tensor<1x2x4x4xi32>) -> tensor<1x2x4x4xi32> {
  %0 = webnn.maxPool2d %x {windowDimensions = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>, dilations = array<i64: 2, 2>} : (tensor<1x2x4x4xi32>) -> tensor<1x2x4x4xi32>
  return %0 : tensor<1x2x4x4xi32>
}

// -----

func.func @max_pool2d_rank(%x: tensor<1x1x1x5x5xf32>) -> tensor<1x1x1x1x1xf32> {
  // expected-error @+2 {{input must be a 4-D tensor, got rank 5 [pooling, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.maxPool2d %x : (tensor<1x1x1x5x5xf32>) -> tensor<1x1x1x1x1xf32>
  return %0 : tensor<1x1x1x1x1xf32>
}

// -----

func.func @max_pool2d_wrong_result(%x: tensor<1x1x5x5xi8>) -> tensor<1x1x1x1xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<1x1x1x1xi8>' are incompatible with return type(s) of operation 'tensor<1x1x1x1xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.maxPool2d %x : (tensor<1x1x5x5xi8>) -> tensor<1x1x1x1xf32>
  return %0 : tensor<1x1x1x1xf32>
}

// -----

// f64 is not an MLOperandDataType.
func.func @max_pool2d_f64(%x: tensor<1x1x4x4xf64>) -> tensor<1x1x1x1xf64> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32}}
  %0 = webnn.maxPool2d %x : (tensor<1x1x4x4xf64>) -> tensor<1x1x1x1xf64>
  return %0 : tensor<1x1x1x1xf64>
}
