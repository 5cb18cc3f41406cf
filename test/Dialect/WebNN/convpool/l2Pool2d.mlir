// Round trip, shape inference and validation of webnn.l2Pool2d (the shared
// pooling rules are tested in averagePool2d.mlir).
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @l2_pool2d_global
// CHECK: webnn.l2Pool2d %{{.*}} {label = "l2"} : (tensor<1x3x4x6xf16>) -> tensor<1x3x1x1xf16>
func.func @l2_pool2d_global(%x: tensor<1x3x4x6xf16>) -> tensor<1x3x1x1xf16> {
  %0 = webnn.l2Pool2d %x {label = "l2"} : (tensor<1x3x4x6xf16>) -> tensor<1x3x1x1xf16>
  return %0 : tensor<1x3x1x1xf16>
}

// -----

// nhwc [h 6, w 6, c 2], ceil: (6 - 3 + 1 + 0) / 2 + 1 = 3, (6 - 3 + 0 + 0) / 2 + 1 = 2.5 -> 3.
// CHECK-LABEL: func @l2_pool2d_options
// CHECK: webnn.l2Pool2d %{{.*}} {layout = #webnn.input_layout<nhwc>, outputShapeRounding = #webnn.rounding_type<ceil>, padding = array<i64: 1, 0, 0, 0>, strides = array<i64: 2, 2>, windowDimensions = array<i64: 3, 3>} : (tensor<1x6x6x2xf32>) -> tensor<1x3x3x2xf32>
func.func @l2_pool2d_options(%x: tensor<1x6x6x2xf32>) -> tensor<1x3x3x2xf32> {
  %0 = webnn.l2Pool2d %x {windowDimensions = array<i64: 3, 3>, padding = array<i64: 1, 0, 0, 0>, strides = array<i64: 2, 2>, layout = #webnn.input_layout<nhwc>, outputShapeRounding = #webnn.rounding_type<ceil>} : (tensor<1x6x6x2xf32>) -> tensor<1x3x3x2xf32>
  return %0 : tensor<1x3x3x2xf32>
}

// -----

// CHECK-LABEL: func @l2_pool2d_output_sizes
// CHECK: -> tensor<1x1x3x3xf32>
func.func @l2_pool2d_output_sizes(%x: tensor<1x1x7x7xf32>) -> tensor<1x1x3x3xf32> {
  %0 = webnn.l2Pool2d %x {windowDimensions = array<i64: 2, 2>, strides = array<i64: 4, 4>, dilations = array<i64: 1, 1>, outputSizes = array<i64: 3, 3>} : (tensor<1x1x7x7xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

func.func @l2_pool2d_window_zero(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32> {
  // expected-error @+2 {{windowDimensions must all be greater than 0, got [3, 0] [pooling, step 9]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.l2Pool2d %x {windowDimensions = array<i64: 3, 0>} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

func.func @l2_pool2d_wrong_result(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x5x5xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<1x1x1x1xf32>' are incompatible with return type(s) of operation 'tensor<1x1x5x5xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.l2Pool2d %x : (tensor<1x1x5x5xf32>) -> tensor<1x1x5x5xf32>
  return %0 : tensor<1x1x5x5xf32>
}

// -----

// uint8 is not an allowed data type of l2Pool2d (tensor limits table).
func.func @l2_pool2d_uint8(%x: tensor<1x1x4x4xui8>) -> tensor<1x1x1x1xui8> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.l2Pool2d %x : (tensor<1x1x4x4xui8>) -> tensor<1x1x1x1xui8>
  return %0 : tensor<1x1x1x1xui8>
}
