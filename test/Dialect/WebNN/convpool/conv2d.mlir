// Round trip, shape inference and validation of webnn.conv2d.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Defaults: no padding, stride 1, nchw input, oihw filter; (5 - 3) / 1 + 1 = 3.
// CHECK-LABEL: func @conv2d_bias
// CHECK: webnn.conv2d %{{.*}}, %{{.*}} bias(%{{.*}}) {label = "conv"} : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x3x3xf32>
func.func @conv2d_bias(%x: tensor<1x3x5x5xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x4x3x3xf32> {
  %0 = webnn.conv2d %x, %w bias(%b) {label = "conv"} : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

// Asymmetric padding [top 1, bottom 0, left 2, right 0]:
// height (5 - 3 + 1 + 0) / 1 + 1 = 4, width (5 - 3 + 2 + 0) / 1 + 1 = 5.
// CHECK-LABEL: func @conv2d_padding
// CHECK: webnn.conv2d %{{.*}}, %{{.*}} {padding = array<i64: 1, 0, 2, 0>} : (tensor<1x1x5x5xf16>, tensor<1x1x3x3xf16>) -> tensor<1x1x4x5xf16>
func.func @conv2d_padding(%x: tensor<1x1x5x5xf16>, %w: tensor<1x1x3x3xf16>) -> tensor<1x1x4x5xf16> {
  %0 = webnn.conv2d %x, %w {padding = array<i64: 1, 0, 2, 0>} : (tensor<1x1x5x5xf16>, tensor<1x1x3x3xf16>) -> tensor<1x1x4x5xf16>
  return %0 : tensor<1x1x4x5xf16>
}

// -----

// Strides round down: height (6 - 3) / 2 + 1 = 2.5 -> 2, width (7 - 3) / 3 + 1 = 2.33 -> 2.
// CHECK-LABEL: func @conv2d_strides_floor
// CHECK: webnn.conv2d %{{.*}}, %{{.*}} {strides = array<i64: 2, 3>} : (tensor<1x1x6x7xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x2x2xf32>
func.func @conv2d_strides_floor(%x: tensor<1x1x6x7xf32>, %w: tensor<1x1x3x3xf32>) -> tensor<1x1x2x2xf32> {
  %0 = webnn.conv2d %x, %w {strides = array<i64: 2, 3>} : (tensor<1x1x6x7xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x2x2xf32>
  return %0 : tensor<1x1x2x2xf32>
}

// -----

// Padding and strides together: (7 - 3 + 2) / 2 + 1 = 4, (5 - 3 + 2) / 2 + 1 = 3.
// CHECK-LABEL: func @conv2d_padding_strides
// CHECK: -> tensor<1x1x4x3xf32>
func.func @conv2d_padding_strides(%x: tensor<1x1x7x5xf32>, %w: tensor<1x1x3x3xf32>) -> tensor<1x1x4x3xf32> {
  %0 = webnn.conv2d %x, %w {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x1x7x5xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x4x3xf32>
  return %0 : tensor<1x1x4x3xf32>
}

// -----

// Dilations: effective filter height (3 - 1) * 2 + 1 = 5, width 3:
// height 9 - 5 + 1 = 5, width 9 - 3 + 1 = 7.
// CHECK-LABEL: func @conv2d_dilations
// CHECK: webnn.conv2d %{{.*}}, %{{.*}} {dilations = array<i64: 2, 1>} : (tensor<1x1x9x9xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x5x7xf32>
func.func @conv2d_dilations(%x: tensor<1x1x9x9xf32>, %w: tensor<1x1x3x3xf32>) -> tensor<1x1x5x7xf32> {
  %0 = webnn.conv2d %x, %w {dilations = array<i64: 2, 1>} : (tensor<1x1x9x9xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x5x7xf32>
  return %0 : tensor<1x1x5x7xf32>
}

// -----

// Grouped: 4 input channels in 2 groups, the filter sees 4 / 2 = 2 of them.
// CHECK-LABEL: func @conv2d_groups
// CHECK: webnn.conv2d %{{.*}}, %{{.*}} {groups = 2 : i64} : (tensor<2x4x5x5xf32>, tensor<6x2x3x3xf32>) -> tensor<2x6x3x3xf32>
func.func @conv2d_groups(%x: tensor<2x4x5x5xf32>, %w: tensor<6x2x3x3xf32>) -> tensor<2x6x3x3xf32> {
  %0 = webnn.conv2d %x, %w {groups = 2 : i64} : (tensor<2x4x5x5xf32>, tensor<6x2x3x3xf32>) -> tensor<2x6x3x3xf32>
  return %0 : tensor<2x6x3x3xf32>
}

// -----

// Depthwise (groups = input channels = output channels), oihw [groups, 1, h, w].
// CHECK-LABEL: func @conv2d_depthwise
// CHECK: -> tensor<1x8x3x3xf32>
func.func @conv2d_depthwise(%x: tensor<1x8x5x5xf32>, %w: tensor<8x1x3x3xf32>, %b: tensor<8xf32>) -> tensor<1x8x3x3xf32> {
  %0 = webnn.conv2d %x, %w bias(%b) {groups = 8 : i64} : (tensor<1x8x5x5xf32>, tensor<8x1x3x3xf32>, tensor<8xf32>) -> tensor<1x8x3x3xf32>
  return %0 : tensor<1x8x3x3xf32>
}

// -----

// nhwc input and output, hwio filter [h 3, w 2, i 3, o 4]: height 5 - 3 + 1 = 3, width 6 - 2 + 1 = 5.
// CHECK-LABEL: func @conv2d_nhwc_hwio
// CHECK: webnn.conv2d %{{.*}}, %{{.*}} {filterLayout = #webnn.conv2d_filter_layout<hwio>, inputLayout = #webnn.input_layout<nhwc>} : (tensor<1x5x6x3xf32>, tensor<3x2x3x4xf32>) -> tensor<1x3x5x4xf32>
func.func @conv2d_nhwc_hwio(%x: tensor<1x5x6x3xf32>, %w: tensor<3x2x3x4xf32>) -> tensor<1x3x5x4xf32> {
  %0 = webnn.conv2d %x, %w {inputLayout = #webnn.input_layout<nhwc>, filterLayout = #webnn.conv2d_filter_layout<hwio>} : (tensor<1x5x6x3xf32>, tensor<3x2x3x4xf32>) -> tensor<1x3x5x4xf32>
  return %0 : tensor<1x3x5x4xf32>
}

// -----

// nhwc input, ohwi filter [o 4, h 3, w 2, i 3].
// CHECK-LABEL: func @conv2d_nhwc_ohwi
// CHECK: webnn.conv2d %{{.*}}, %{{.*}} {filterLayout = #webnn.conv2d_filter_layout<ohwi>, inputLayout = #webnn.input_layout<nhwc>} : (tensor<1x5x6x3xf32>, tensor<4x3x2x3xf32>) -> tensor<1x3x5x4xf32>
func.func @conv2d_nhwc_ohwi(%x: tensor<1x5x6x3xf32>, %w: tensor<4x3x2x3xf32>) -> tensor<1x3x5x4xf32> {
  %0 = webnn.conv2d %x, %w {inputLayout = #webnn.input_layout<nhwc>, filterLayout = #webnn.conv2d_filter_layout<ohwi>} : (tensor<1x5x6x3xf32>, tensor<4x3x2x3xf32>) -> tensor<1x3x5x4xf32>
  return %0 : tensor<1x3x5x4xf32>
}

// -----

// nhwc input, ihwo filter [i 3, h 3, w 2, o 4].
// CHECK-LABEL: func @conv2d_nhwc_ihwo
// CHECK: -> tensor<1x3x5x4xf32>
func.func @conv2d_nhwc_ihwo(%x: tensor<1x5x6x3xf32>, %w: tensor<3x3x2x4xf32>) -> tensor<1x3x5x4xf32> {
  %0 = webnn.conv2d %x, %w {inputLayout = #webnn.input_layout<nhwc>, filterLayout = #webnn.conv2d_filter_layout<ihwo>} : (tensor<1x5x6x3xf32>, tensor<3x3x2x4xf32>) -> tensor<1x3x5x4xf32>
  return %0 : tensor<1x3x5x4xf32>
}

// -----

// nhwc input, oihw filter [o 4, i 3, h 3, w 2].
// CHECK-LABEL: func @conv2d_nhwc_oihw
// CHECK: -> tensor<1x3x5x4xf32>
func.func @conv2d_nhwc_oihw(%x: tensor<1x5x6x3xf32>, %w: tensor<4x3x3x2xf32>) -> tensor<1x3x5x4xf32> {
  %0 = webnn.conv2d %x, %w {inputLayout = #webnn.input_layout<nhwc>} : (tensor<1x5x6x3xf32>, tensor<4x3x3x2xf32>) -> tensor<1x3x5x4xf32>
  return %0 : tensor<1x3x5x4xf32>
}

// -----

// nchw input with an ihwo filter; depthwise in nhwc with ihwo [1, h, w, groups].
// CHECK-LABEL: func @conv2d_nchw_ihwo
// CHECK: -> tensor<1x4x3x5xf32>
// CHECK: -> tensor<1x3x3x8xf32>
func.func @conv2d_nchw_ihwo(%x: tensor<1x3x5x6xf32>, %w: tensor<3x3x2x4xf32>, %y: tensor<1x5x5x8xf32>, %dw: tensor<1x3x3x8xf32>) -> (tensor<1x4x3x5xf32>, tensor<1x3x3x8xf32>) {
  %0 = webnn.conv2d %x, %w {filterLayout = #webnn.conv2d_filter_layout<ihwo>} : (tensor<1x3x5x6xf32>, tensor<3x3x2x4xf32>) -> tensor<1x4x3x5xf32>
  %1 = webnn.conv2d %y, %dw {groups = 8 : i64, inputLayout = #webnn.input_layout<nhwc>, filterLayout = #webnn.conv2d_filter_layout<ihwo>} : (tensor<1x5x5x8xf32>, tensor<1x3x3x8xf32>) -> tensor<1x3x3x8xf32>
  return %0, %1 : tensor<1x4x3x5xf32>, tensor<1x3x3x8xf32>
}

// -----

// Every option at once: nhwc, hwio, groups 2, padding, strides, dilations, bias.
// Height: effective filter 5, (10 - 5 + 1 + 2) / 2 + 1 = 5; width: effective 3, (8 - 3 + 0 + 1) / 3 + 1 = 3.
// CHECK-LABEL: func @conv2d_all_options
// CHECK: webnn.conv2d %{{.*}}, %{{.*}} bias(%{{.*}}) {dilations = array<i64: 2, 1>, filterLayout = #webnn.conv2d_filter_layout<hwio>, groups = 2 : i64, inputLayout = #webnn.input_layout<nhwc>, label = "all", padding = array<i64: 1, 2, 0, 1>, strides = array<i64: 2, 3>} : (tensor<1x10x8x4xf16>, tensor<3x3x2x6xf16>, tensor<6xf16>) -> tensor<1x5x3x6xf16>
func.func @conv2d_all_options(%x: tensor<1x10x8x4xf16>, %w: tensor<3x3x2x6xf16>, %b: tensor<6xf16>) -> tensor<1x5x3x6xf16> {
  %0 = webnn.conv2d %x, %w bias(%b) {padding = array<i64: 1, 2, 0, 1>, strides = array<i64: 2, 3>, dilations = array<i64: 2, 1>, groups = 2 : i64, inputLayout = #webnn.input_layout<nhwc>, filterLayout = #webnn.conv2d_filter_layout<hwio>, label = "all"} : (tensor<1x10x8x4xf16>, tensor<3x3x2x6xf16>, tensor<6xf16>) -> tensor<1x5x3x6xf16>
  return %0 : tensor<1x5x3x6xf16>
}

// -----

func.func @conv2d_input_rank(%x: tensor<3x5x5xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+2 {{input must be a 4-D tensor, got rank 3 [conv2d, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<3x5x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

func.func @conv2d_filter_rank(%x: tensor<1x3x5x5xf32>, %w: tensor<3x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+2 {{filter must be a 4-D tensor, got rank 3 [conv2d, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x5x5xf32>, tensor<3x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

func.func @conv2d_filter_type(%x: tensor<1x3x5x5xf32>, %w: tensor<4x3x3x3xf16>) -> tensor<1x4x3x3xf32> {
  // expected-error @+2 {{filter data type float16 must equal input data type float32 [conv2d, step 6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf16>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

func.func @conv2d_padding_size(%x: tensor<1x3x5x5xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+2 {{padding must have 4 values, got 2 [conv2d, step 8]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {padding = array<i64: 1, 1>} : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

func.func @conv2d_strides_size(%x: tensor<1x3x5x5xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+2 {{strides must have 2 values, got 1 [conv2d, step 10]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {strides = array<i64: 1>} : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

func.func @conv2d_strides_zero(%x: tensor<1x3x5x5xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+2 {{strides must all be greater than 0, got [0, 1] [conv2d, step 11]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {strides = array<i64: 0, 1>} : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

func.func @conv2d_dilations_size(%x: tensor<1x3x5x5xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+2 {{dilations must have 2 values, got 3 [conv2d, step 13]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {dilations = array<i64: 1, 1, 1>} : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

func.func @conv2d_dilations_zero(%x: tensor<1x3x5x5xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+2 {{dilations must all be greater than 0, got [1, 0] [conv2d, step 14]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {dilations = array<i64: 1, 0>} : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

func.func @conv2d_groups_zero(%x: tensor<1x3x5x5xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+2 {{groups must be greater than 0, got 0 [conv2d, step 15]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {groups = 0 : i64} : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

func.func @conv2d_groups_input_channels(%x: tensor<1x3x5x5xf32>, %w: tensor<4x1x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+2 {{input channels 3 must be divisible by groups 2 [conv2d, step 16.5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {groups = 2 : i64} : (tensor<1x3x5x5xf32>, tensor<4x1x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

func.func @conv2d_filter_input_channels(%x: tensor<1x4x5x5xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+2 {{input channels / groups = 4 / 2 must equal the filter's input channels 3 [conv2d, step 16.6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {groups = 2 : i64} : (tensor<1x4x5x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

// nhwc reads the channels from the last input dimension (5 here, not 3).
func.func @conv2d_nhwc_channels(%x: tensor<1x3x3x5xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x1x1x4xf32> {
  // expected-error @+2 {{input channels / groups = 5 / 1 must equal the filter's input channels 3 [conv2d, step 16.6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {inputLayout = #webnn.input_layout<nhwc>} : (tensor<1x3x3x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x1x1x4xf32>
  return %0 : tensor<1x1x1x4xf32>
}

// -----

func.func @conv2d_groups_output_channels(%x: tensor<1x4x5x5xf32>, %w: tensor<3x2x3x3xf32>) -> tensor<1x3x3x3xf32> {
  // expected-error @+2 {{output channels 3 must be divisible by groups 2 [conv2d, step 16.7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {groups = 2 : i64} : (tensor<1x4x5x5xf32>, tensor<3x2x3x3xf32>) -> tensor<1x3x3x3xf32>
  return %0 : tensor<1x3x3x3xf32>
}

// -----

func.func @conv2d_bias_shape(%x: tensor<1x3x5x5xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+2 {{bias shape [3] must be [outputChannels] = [4] [conv2d, step 16.8.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w bias(%b) : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>, tensor<3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

func.func @conv2d_bias_rank(%x: tensor<1x3x5x5xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<1x4xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+2 {{bias shape [1, 4] must be [outputChannels] = [4] [conv2d, step 16.8.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w bias(%b) : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>, tensor<1x4xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

func.func @conv2d_bias_type(%x: tensor<1x3x5x5xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf16>) -> tensor<1x4x3x3xf32> {
  // expected-error @+2 {{bias data type float16 must equal input data type float32 [conv2d, step 16.8.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w bias(%b) : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>, tensor<4xf16>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

// The dilated filter (effective width (3 - 1) * 2 + 1 = 5) is wider than the input (4).
func.func @conv2d_window_too_large(%x: tensor<1x1x5x4xf32>, %w: tensor<1x1x3x3xf32>) -> tensor<1x1x1x1xf32> {
  // expected-error @+2 {{output width is not a valid dimension: the dilated window is larger than the padded input [conv2d, step 16.12]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {dilations = array<i64: 1, 2>} : (tensor<1x1x5x4xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x1x1xf32>
  return %0 : tensor<1x1x1x1xf32>
}

// -----

// The declared result type must be the one the spec's formula gives.
func.func @conv2d_wrong_result(%x: tensor<1x3x5x5xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x5x5xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<1x4x3x3xf32>' are incompatible with return type(s) of operation 'tensor<1x4x5x5xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x5x5xf32>
  return %0 : tensor<1x4x5x5xf32>
}

// -----

// int32 is not an allowed data type of conv2d (tensor limits table).
func.func @conv2d_int32(%x: tensor<1x3x5x5xi32>, %w: tensor<4x3x3x3xi32>) -> tensor<1x4x3x3xi32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x5x5xi32>, tensor<4x3x3x3xi32>) -> tensor<1x4x3x3xi32>
  return %0 : tensor<1x4x3x3xi32>
}

// -----

// Option values are unsigned (WebIDL unsigned long).
func.func @conv2d_negative_padding(%x: tensor<1x3x5x5xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+1 {{attribute 'padding' failed to satisfy constraint}}
  %0 = webnn.conv2d %x, %w {padding = array<i64: -1, 0, 0, 0>} : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}
