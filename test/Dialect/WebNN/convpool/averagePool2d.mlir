// Round trip, shape inference and validation of webnn.averagePool2d; also the
// rules all pooling operations share ("create a pooling operation").
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Global pooling: the window defaults to the input's spatial size.
// CHECK-LABEL: func @average_pool2d_global
// CHECK: webnn.averagePool2d %{{.*}} {label = "gap"} : (tensor<2x3x5x7xf32>) -> tensor<2x3x1x1xf32>
func.func @average_pool2d_global(%x: tensor<2x3x5x7xf32>) -> tensor<2x3x1x1xf32> {
  %0 = webnn.averagePool2d %x {label = "gap"} : (tensor<2x3x5x7xf32>) -> tensor<2x3x1x1xf32>
  return %0 : tensor<2x3x1x1xf32>
}

// -----

// Global pooling in nhwc takes the window from dimensions 1 and 2.
// CHECK-LABEL: func @average_pool2d_global_nhwc
// CHECK: webnn.averagePool2d %{{.*}} {layout = #webnn.input_layout<nhwc>} : (tensor<1x5x6x3xf32>) -> tensor<1x1x1x3xf32>
func.func @average_pool2d_global_nhwc(%x: tensor<1x5x6x3xf32>) -> tensor<1x1x1x3xf32> {
  %0 = webnn.averagePool2d %x {layout = #webnn.input_layout<nhwc>} : (tensor<1x5x6x3xf32>) -> tensor<1x1x1x3xf32>
  return %0 : tensor<1x1x1x3xf32>
}

// -----

// CHECK-LABEL: func @average_pool2d_window
// CHECK: webnn.averagePool2d %{{.*}} {windowDimensions = array<i64: 3, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x4xf32>
func.func @average_pool2d_window(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x3x4xf32> {
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x4xf32>
  return %0 : tensor<1x2x3x4xf32>
}

// -----

// Asymmetric padding: height 5 - 3 + 0 + 1 + 1 = 4, width 5 - 3 + 2 + 0 + 1 = 5.
// CHECK-LABEL: func @average_pool2d_padding
// CHECK: webnn.averagePool2d %{{.*}} {padding = array<i64: 0, 1, 2, 0>, windowDimensions = array<i64: 3, 3>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x4x5xf32>
func.func @average_pool2d_padding(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x4x5xf32> {
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 3>, padding = array<i64: 0, 1, 2, 0>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x4x5xf32>
  return %0 : tensor<1x2x4x5xf32>
}

// -----

// Strides, floor (the default): (6 - 3) / 2 + 1 = 2.5 -> 2.
// CHECK-LABEL: func @average_pool2d_strides_floor
// CHECK: webnn.averagePool2d %{{.*}} {strides = array<i64: 2, 2>, windowDimensions = array<i64: 3, 3>} : (tensor<1x1x6x6xf32>) -> tensor<1x1x2x2xf32>
func.func @average_pool2d_strides_floor(%x: tensor<1x1x6x6xf32>) -> tensor<1x1x2x2xf32> {
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x1x6x6xf32>) -> tensor<1x1x2x2xf32>
  return %0 : tensor<1x1x2x2xf32>
}

// -----

// Ceil rounding: (6 - 3) / 2 + 1 = 2.5 -> 3; a whole size stays: (7 - 3) / 2 + 1 = 3.
// CHECK-LABEL: func @average_pool2d_ceil
// CHECK: webnn.averagePool2d %{{.*}} {outputShapeRounding = #webnn.rounding_type<ceil>, strides = array<i64: 2, 2>, windowDimensions = array<i64: 3, 3>} : (tensor<1x1x6x7xf32>) -> tensor<1x1x3x3xf32>
func.func @average_pool2d_ceil(%x: tensor<1x1x6x7xf32>) -> tensor<1x1x3x3xf32> {
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 3>, strides = array<i64: 2, 2>, outputShapeRounding = #webnn.rounding_type<ceil>} : (tensor<1x1x6x7xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

// Explicit floor rounding round-trips (printed only when not the default).
// CHECK-LABEL: func @average_pool2d_floor_explicit
// CHECK: webnn.averagePool2d %{{.*}} {strides = array<i64: 2, 2>, windowDimensions = array<i64: 3, 3>} : (tensor<1x1x6x7xf32>) -> tensor<1x1x2x3xf32>
func.func @average_pool2d_floor_explicit(%x: tensor<1x1x6x7xf32>) -> tensor<1x1x2x3xf32> {
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 3>, strides = array<i64: 2, 2>, outputShapeRounding = #webnn.rounding_type<floor>} : (tensor<1x1x6x7xf32>) -> tensor<1x1x2x3xf32>
  return %0 : tensor<1x1x2x3xf32>
}

// -----

// Dilations: effective window (3 - 1) * 2 + 1 = 5, 7 - 5 + 1 = 3.
// CHECK-LABEL: func @average_pool2d_dilations
// CHECK: webnn.averagePool2d %{{.*}} {dilations = array<i64: 2, 2>, windowDimensions = array<i64: 3, 3>} : (tensor<1x1x7x7xf32>) -> tensor<1x1x3x3xf32>
func.func @average_pool2d_dilations(%x: tensor<1x1x7x7xf32>) -> tensor<1x1x3x3xf32> {
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 3>, dilations = array<i64: 2, 2>} : (tensor<1x1x7x7xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

// Dilations with ceil: height, effective window 3: (6 - 3) / 2 + 1 = 2.5 -> 3;
// width, effective window 2: (6 - 2) / 2 + 1 = 3.
// CHECK-LABEL: func @average_pool2d_dilations_ceil
// CHECK: -> tensor<1x1x3x3xf32>
func.func @average_pool2d_dilations_ceil(%x: tensor<1x1x6x6xf32>) -> tensor<1x1x3x3xf32> {
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>, dilations = array<i64: 2, 1>, outputShapeRounding = #webnn.rounding_type<ceil>} : (tensor<1x1x6x6xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

// nhwc: [h 5, w 6, c 3], window 2x2: 4x5.
// CHECK-LABEL: func @average_pool2d_nhwc
// CHECK: webnn.averagePool2d %{{.*}} {layout = #webnn.input_layout<nhwc>, windowDimensions = array<i64: 2, 2>} : (tensor<1x5x6x3xf32>) -> tensor<1x4x5x3xf32>
func.func @average_pool2d_nhwc(%x: tensor<1x5x6x3xf32>) -> tensor<1x4x5x3xf32> {
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 2, 2>, layout = #webnn.input_layout<nhwc>} : (tensor<1x5x6x3xf32>) -> tensor<1x4x5x3xf32>
  return %0 : tensor<1x4x5x3xf32>
}

// -----

// outputSizes may be the floor or the ceiling of (7 - 2) / 4 + 1 = 2.25, in
// both dimensions, whatever outputShapeRounding says.
// CHECK-LABEL: func @average_pool2d_output_sizes
// CHECK: webnn.averagePool2d %{{.*}} {outputSizes = array<i64: 2, 2>, strides = array<i64: 4, 4>, windowDimensions = array<i64: 2, 2>} : (tensor<1x1x7x7xf32>) -> tensor<1x1x2x2xf32>
// CHECK: webnn.averagePool2d %{{.*}} {outputSizes = array<i64: 3, 3>, strides = array<i64: 4, 4>, windowDimensions = array<i64: 2, 2>} : (tensor<1x1x7x7xf32>) -> tensor<1x1x3x3xf32>
func.func @average_pool2d_output_sizes(%x: tensor<1x1x7x7xf32>) -> (tensor<1x1x2x2xf32>, tensor<1x1x3x3xf32>) {
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 2, 2>, strides = array<i64: 4, 4>, outputSizes = array<i64: 2, 2>} : (tensor<1x1x7x7xf32>) -> tensor<1x1x2x2xf32>
  %1 = webnn.averagePool2d %x {windowDimensions = array<i64: 2, 2>, strides = array<i64: 4, 4>, outputSizes = array<i64: 3, 3>} : (tensor<1x1x7x7xf32>) -> tensor<1x1x3x3xf32>
  return %0, %1 : tensor<1x1x2x2xf32>, tensor<1x1x3x3xf32>
}

// -----

// Padding applies with outputSizes (a deviation from step 10, as WPT and
// browsers do): (6 - 2 + 4) / 4 + 1 = 3.
// CHECK-LABEL: func @average_pool2d_output_sizes_padding
// CHECK: -> tensor<1x1x3x3xf32>
func.func @average_pool2d_output_sizes_padding(%x: tensor<1x1x6x6xf32>) -> tensor<1x1x3x3xf32> {
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 2, 2>, padding = array<i64: 2, 2, 2, 2>, strides = array<i64: 4, 4>, outputSizes = array<i64: 3, 3>} : (tensor<1x1x6x6xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

// Every option at once. nhwc [h 9, w 8, c 2]; height: effective window 5,
// (9 - 5 + 1 + 0) / 2 + 1 = 3.5 -> 4; width: effective window 2, (8 - 2 + 0 + 1) / 3 + 1 = 3.33 -> 4.
// CHECK-LABEL: func @average_pool2d_all_options
// CHECK: webnn.averagePool2d %{{.*}} {dilations = array<i64: 2, 1>, label = "all", layout = #webnn.input_layout<nhwc>, outputShapeRounding = #webnn.rounding_type<ceil>, padding = array<i64: 1, 0, 0, 1>, strides = array<i64: 2, 3>, windowDimensions = array<i64: 3, 2>} : (tensor<1x9x8x2xf16>) -> tensor<1x4x4x2xf16>
func.func @average_pool2d_all_options(%x: tensor<1x9x8x2xf16>) -> tensor<1x4x4x2xf16> {
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 2>, padding = array<i64: 1, 0, 0, 1>, strides = array<i64: 2, 3>, dilations = array<i64: 2, 1>, layout = #webnn.input_layout<nhwc>, outputShapeRounding = #webnn.rounding_type<ceil>, label = "all"} : (tensor<1x9x8x2xf16>) -> tensor<1x4x4x2xf16>
  return %0 : tensor<1x4x4x2xf16>
}

// -----

func.func @average_pool2d_rank(%x: tensor<3x5x5xf32>) -> tensor<3x1x1xf32> {
  // expected-error @+2 {{input must be a 4-D tensor, got rank 3 [pooling, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.averagePool2d %x : (tensor<3x5x5xf32>) -> tensor<3x1x1xf32>
  return %0 : tensor<3x1x1xf32>
}

// -----

func.func @average_pool2d_window_size(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32> {
  // expected-error @+2 {{windowDimensions must have 2 values, got 1 [pooling, step 8]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3>} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

func.func @average_pool2d_window_zero(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32> {
  // expected-error @+2 {{windowDimensions must all be greater than 0, got [0, 3] [pooling, step 9]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 0, 3>} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

func.func @average_pool2d_padding_size(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32> {
  // expected-error @+2 {{padding must have 4 values, got 2 [pooling, step 11]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 3>, padding = array<i64: 1, 1>} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

func.func @average_pool2d_strides_size(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32> {
  // expected-error @+2 {{strides must have 2 values, got 3 [pooling, step 13]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 3>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

func.func @average_pool2d_strides_zero(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32> {
  // expected-error @+2 {{strides must all be greater than 0, got [1, 0] [pooling, step 14]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 3>, strides = array<i64: 1, 0>} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

func.func @average_pool2d_output_sizes_size(%x: tensor<1x1x7x7xf32>) -> tensor<1x1x2x2xf32> {
  // expected-error @+2 {{outputSizes must have 2 values, got 1 [pooling, step 15.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 2, 2>, strides = array<i64: 4, 4>, outputSizes = array<i64: 2>} : (tensor<1x1x7x7xf32>) -> tensor<1x1x2x2xf32>
  return %0 : tensor<1x1x2x2xf32>
}

// -----

// The WPT case "options.outputSizes ignores options.roundingType": outputSizes
// larger than the strides (a deviation from step 15.2), padding kept:
// (5 - 3 + 1) / 2 + 1 = 2.5, so 3 is its ceiling.
// CHECK-LABEL: func @average_pool2d_output_sizes_wpt
// CHECK: -> tensor<1x2x3x3xf32>
func.func @average_pool2d_output_sizes_wpt(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32> {
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 3>, padding = array<i64: 1, 0, 0, 1>, strides = array<i64: 2, 2>, outputSizes = array<i64: 3, 3>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// -----

func.func @average_pool2d_dilations_size(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32> {
  // expected-error @+2 {{dilations must have 2 values, got 1 [pooling, step 17]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 3>, dilations = array<i64: 1>} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

func.func @average_pool2d_dilations_zero(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32> {
  // expected-error @+2 {{dilations must all be greater than 0, got [0, 1] [pooling, step 18]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 3>, dilations = array<i64: 0, 1>} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

// Floor in one dimension and ceiling in the other is neither rounding.
func.func @average_pool2d_output_sizes_mixed(%x: tensor<1x1x7x7xf32>) -> tensor<1x1x2x3xf32> {
  // expected-error @+2 {{outputSizes [2, 3] must be the floor or the ceiling of the calculated output sizes [pooling, step 20.3.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 2, 2>, strides = array<i64: 4, 4>, outputSizes = array<i64: 2, 3>} : (tensor<1x1x7x7xf32>) -> tensor<1x1x2x3xf32>
  return %0 : tensor<1x1x2x3xf32>
}

// -----

// Padding applies with outputSizes: (6 - 2 + 4) / 4 + 1 = 3 exactly, so 2 is
// neither its floor nor its ceiling.
func.func @average_pool2d_output_sizes_padding_mismatch(%x: tensor<1x1x6x6xf32>) -> tensor<1x1x2x2xf32> {
  // expected-error @+2 {{outputSizes [2, 2] must be the floor or the ceiling of the calculated output sizes [pooling, step 20.3.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 2, 2>, padding = array<i64: 2, 2, 2, 2>, strides = array<i64: 4, 4>, outputSizes = array<i64: 2, 2>} : (tensor<1x1x6x6xf32>) -> tensor<1x1x2x2xf32>
  return %0 : tensor<1x1x2x2xf32>
}

// -----

// A window larger than the input: (3 - 4) / 1 + 1 = 0.
func.func @average_pool2d_window_too_large(%x: tensor<1x1x3x5xf32>) -> tensor<1x1x1x2xf32> {
  // expected-error @+2 {{output height is not a valid dimension: the dilated window is larger than the padded input [pooling, step 20.5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 4, 4>} : (tensor<1x1x3x5xf32>) -> tensor<1x1x1x2xf32>
  return %0 : tensor<1x1x1x2xf32>
}

// -----

func.func @average_pool2d_wrong_result(%x: tensor<1x1x6x6xf32>) -> tensor<1x1x3x3xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<1x1x2x2xf32>' are incompatible with return type(s) of operation 'tensor<1x1x3x3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x1x6x6xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

// int32 is not an allowed data type of averagePool2d (tensor limits table).
func.func @average_pool2d_int32(%x: tensor<1x1x4x4xi32>) -> tensor<1x1x1x1xi32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.averagePool2d %x : (tensor<1x1x4x4xi32>) -> tensor<1x1x1x1xi32>
  return %0 : tensor<1x1x1x1xi32>
}
