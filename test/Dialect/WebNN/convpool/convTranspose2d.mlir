// Round trip, shape inference and validation of webnn.convTranspose2d.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Defaults: nchw input, iohw filter [i 3, o 2, h 3, w 3]; (3 - 1) * 1 + 3 = 5.
// CHECK-LABEL: func @conv_transpose2d_bias
// CHECK: webnn.convTranspose2d %{{.*}}, %{{.*}} bias(%{{.*}}) {label = "deconv"} : (tensor<1x3x3x3xf32>, tensor<3x2x3x3xf32>, tensor<2xf32>) -> tensor<1x2x5x5xf32>
func.func @conv_transpose2d_bias(%x: tensor<1x3x3x3xf32>, %w: tensor<3x2x3x3xf32>, %b: tensor<2xf32>) -> tensor<1x2x5x5xf32> {
  %0 = webnn.convTranspose2d %x, %w bias(%b) {label = "deconv"} : (tensor<1x3x3x3xf32>, tensor<3x2x3x3xf32>, tensor<2xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

// Strides: (3 - 1) * 2 + 3 = 7.
// CHECK-LABEL: func @conv_transpose2d_strides
// CHECK: webnn.convTranspose2d %{{.*}}, %{{.*}} {strides = array<i64: 2, 2>} : (tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x7x7xf32>
func.func @conv_transpose2d_strides(%x: tensor<1x1x3x3xf32>, %w: tensor<1x1x3x3xf32>) -> tensor<1x1x7x7xf32> {
  %0 = webnn.convTranspose2d %x, %w {strides = array<i64: 2, 2>} : (tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x7x7xf32>
  return %0 : tensor<1x1x7x7xf32>
}

// -----

// Padding is subtracted, outputPadding added:
// height (3 - 1) * 2 + 3 - 1 - 1 + 1 = 6, width (3 - 1) * 2 + 3 - 1 - 1 + 0 = 5.
// CHECK-LABEL: func @conv_transpose2d_output_padding
// CHECK: webnn.convTranspose2d %{{.*}}, %{{.*}} {outputPadding = array<i64: 1, 0>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x6x5xf32>
func.func @conv_transpose2d_output_padding(%x: tensor<1x1x3x3xf32>, %w: tensor<1x1x3x3xf32>) -> tensor<1x1x6x5xf32> {
  %0 = webnn.convTranspose2d %x, %w {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>, outputPadding = array<i64: 1, 0>} : (tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x6x5xf32>
  return %0 : tensor<1x1x6x5xf32>
}

// -----

// Dilations: effective filter height (3 - 1) * 2 + 1 = 5: height 2 + 5 = 7, width 2 + 3 = 5.
// CHECK-LABEL: func @conv_transpose2d_dilations
// CHECK: webnn.convTranspose2d %{{.*}}, %{{.*}} {dilations = array<i64: 2, 1>} : (tensor<1x1x3x3xf16>, tensor<1x1x3x3xf16>) -> tensor<1x1x7x5xf16>
func.func @conv_transpose2d_dilations(%x: tensor<1x1x3x3xf16>, %w: tensor<1x1x3x3xf16>) -> tensor<1x1x7x5xf16> {
  %0 = webnn.convTranspose2d %x, %w {dilations = array<i64: 2, 1>} : (tensor<1x1x3x3xf16>, tensor<1x1x3x3xf16>) -> tensor<1x1x7x5xf16>
  return %0 : tensor<1x1x7x5xf16>
}

// -----

// outputSizes picks a size in [calculated, calculated + stride): calculated
// height (3 - 1) * 3 + 3 = 9 (11 < 12), width (3 - 1) * 2 + 3 = 7 (8 < 9).
// CHECK-LABEL: func @conv_transpose2d_output_sizes
// CHECK: webnn.convTranspose2d %{{.*}}, %{{.*}} {outputSizes = array<i64: 11, 8>, strides = array<i64: 3, 2>} : (tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x11x8xf32>
func.func @conv_transpose2d_output_sizes(%x: tensor<1x1x3x3xf32>, %w: tensor<1x1x3x3xf32>) -> tensor<1x1x11x8xf32> {
  %0 = webnn.convTranspose2d %x, %w {strides = array<i64: 3, 2>, outputSizes = array<i64: 11, 8>} : (tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x11x8xf32>
  return %0 : tensor<1x1x11x8xf32>
}

// -----

// With outputSizes, outputPadding is ignored (steps 17-18): [4, 4] is not
// checked against strides and does not change the size.
// CHECK-LABEL: func @conv_transpose2d_output_sizes_ignore_output_padding
// CHECK: -> tensor<1x1x9x7xf32>
func.func @conv_transpose2d_output_sizes_ignore_output_padding(%x: tensor<1x1x3x3xf32>, %w: tensor<1x1x3x3xf32>) -> tensor<1x1x9x7xf32> {
  %0 = webnn.convTranspose2d %x, %w {strides = array<i64: 3, 2>, outputPadding = array<i64: 4, 4>, outputSizes = array<i64: 9, 7>} : (tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x9x7xf32>
  return %0 : tensor<1x1x9x7xf32>
}

// -----

// Groups: output channels = filter output channels 3 * groups 2 = 6.
// CHECK-LABEL: func @conv_transpose2d_groups
// CHECK: webnn.convTranspose2d %{{.*}}, %{{.*}} {groups = 2 : i64} : (tensor<1x4x3x3xf32>, tensor<4x3x3x3xf32>) -> tensor<1x6x5x5xf32>
func.func @conv_transpose2d_groups(%x: tensor<1x4x3x3xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x6x5x5xf32> {
  %0 = webnn.convTranspose2d %x, %w {groups = 2 : i64} : (tensor<1x4x3x3xf32>, tensor<4x3x3x3xf32>) -> tensor<1x6x5x5xf32>
  return %0 : tensor<1x6x5x5xf32>
}

// -----

// nhwc input [h 3, w 4, c 2]; hwoi filter [h 2, w 3, o 5, i 2]: height 2 + 2 = 4, width 3 + 3 = 6.
// CHECK-LABEL: func @conv_transpose2d_nhwc_hwoi
// CHECK: webnn.convTranspose2d %{{.*}}, %{{.*}} {filterLayout = #webnn.conv_transpose2d_filter_layout<hwoi>, inputLayout = #webnn.input_layout<nhwc>} : (tensor<1x3x4x2xf32>, tensor<2x3x5x2xf32>) -> tensor<1x4x6x5xf32>
func.func @conv_transpose2d_nhwc_hwoi(%x: tensor<1x3x4x2xf32>, %w: tensor<2x3x5x2xf32>) -> tensor<1x4x6x5xf32> {
  %0 = webnn.convTranspose2d %x, %w {inputLayout = #webnn.input_layout<nhwc>, filterLayout = #webnn.conv_transpose2d_filter_layout<hwoi>} : (tensor<1x3x4x2xf32>, tensor<2x3x5x2xf32>) -> tensor<1x4x6x5xf32>
  return %0 : tensor<1x4x6x5xf32>
}

// -----

// nhwc input, ohwi filter [o 5, h 2, w 3, i 2].
// CHECK-LABEL: func @conv_transpose2d_nhwc_ohwi
// CHECK: webnn.convTranspose2d %{{.*}}, %{{.*}} {filterLayout = #webnn.conv_transpose2d_filter_layout<ohwi>, inputLayout = #webnn.input_layout<nhwc>} : (tensor<1x3x4x2xf32>, tensor<5x2x3x2xf32>) -> tensor<1x4x6x5xf32>
func.func @conv_transpose2d_nhwc_ohwi(%x: tensor<1x3x4x2xf32>, %w: tensor<5x2x3x2xf32>) -> tensor<1x4x6x5xf32> {
  %0 = webnn.convTranspose2d %x, %w {inputLayout = #webnn.input_layout<nhwc>, filterLayout = #webnn.conv_transpose2d_filter_layout<ohwi>} : (tensor<1x3x4x2xf32>, tensor<5x2x3x2xf32>) -> tensor<1x4x6x5xf32>
  return %0 : tensor<1x4x6x5xf32>
}

// -----

// nhwc input, iohw filter [i 2, o 5, h 2, w 3].
// CHECK-LABEL: func @conv_transpose2d_nhwc_iohw
// CHECK: -> tensor<1x4x6x5xf32>
func.func @conv_transpose2d_nhwc_iohw(%x: tensor<1x3x4x2xf32>, %w: tensor<2x5x2x3xf32>) -> tensor<1x4x6x5xf32> {
  %0 = webnn.convTranspose2d %x, %w {inputLayout = #webnn.input_layout<nhwc>} : (tensor<1x3x4x2xf32>, tensor<2x5x2x3xf32>) -> tensor<1x4x6x5xf32>
  return %0 : tensor<1x4x6x5xf32>
}

// -----

// nchw input [c 2, h 3, w 4] with the ohwi and hwoi filters.
// CHECK-LABEL: func @conv_transpose2d_nchw_filters
// CHECK: -> tensor<1x5x4x6xf32>
// CHECK: -> tensor<1x5x4x6xf32>
func.func @conv_transpose2d_nchw_filters(%x: tensor<1x2x3x4xf32>, %w: tensor<5x2x3x2xf32>, %v: tensor<2x3x5x2xf32>) -> (tensor<1x5x4x6xf32>, tensor<1x5x4x6xf32>) {
  %0 = webnn.convTranspose2d %x, %w {filterLayout = #webnn.conv_transpose2d_filter_layout<ohwi>} : (tensor<1x2x3x4xf32>, tensor<5x2x3x2xf32>) -> tensor<1x5x4x6xf32>
  %1 = webnn.convTranspose2d %x, %v {filterLayout = #webnn.conv_transpose2d_filter_layout<hwoi>} : (tensor<1x2x3x4xf32>, tensor<2x3x5x2xf32>) -> tensor<1x5x4x6xf32>
  return %0, %1 : tensor<1x5x4x6xf32>, tensor<1x5x4x6xf32>
}

// -----

// Every option at once. nhwc input [h 4, w 5, c 6], hwoi filter [h 3, w 2, o 3, i 6], groups 2 -> 6 channels.
// Height (4 - 1) * 2 + (3 - 1) * 2 + 1 - 1 - 0 + 1 = 11; width (5 - 1) * 3 + (2 - 1) * 1 + 1 - 2 - 1 + 2 = 13.
// CHECK-LABEL: func @conv_transpose2d_all_options
// CHECK: webnn.convTranspose2d %{{.*}}, %{{.*}} bias(%{{.*}}) {dilations = array<i64: 2, 1>, filterLayout = #webnn.conv_transpose2d_filter_layout<hwoi>, groups = 2 : i64, inputLayout = #webnn.input_layout<nhwc>, label = "all", outputPadding = array<i64: 1, 2>, padding = array<i64: 1, 0, 2, 1>, strides = array<i64: 2, 3>} : (tensor<1x4x5x6xf16>, tensor<3x2x3x6xf16>, tensor<6xf16>) -> tensor<1x11x13x6xf16>
func.func @conv_transpose2d_all_options(%x: tensor<1x4x5x6xf16>, %w: tensor<3x2x3x6xf16>, %b: tensor<6xf16>) -> tensor<1x11x13x6xf16> {
  %0 = webnn.convTranspose2d %x, %w bias(%b) {padding = array<i64: 1, 0, 2, 1>, strides = array<i64: 2, 3>, dilations = array<i64: 2, 1>, outputPadding = array<i64: 1, 2>, groups = 2 : i64, inputLayout = #webnn.input_layout<nhwc>, filterLayout = #webnn.conv_transpose2d_filter_layout<hwoi>, label = "all"} : (tensor<1x4x5x6xf16>, tensor<3x2x3x6xf16>, tensor<6xf16>) -> tensor<1x11x13x6xf16>
  return %0 : tensor<1x11x13x6xf16>
}

// -----

func.func @conv_transpose2d_input_rank(%x: tensor<1x3x3xf32>, %w: tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32> {
  // expected-error @+2 {{input must be a 4-D tensor, got rank 3 [convTranspose2d, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w : (tensor<1x3x3xf32>, tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

func.func @conv_transpose2d_filter_rank(%x: tensor<1x3x3x3xf32>, %w: tensor<3x2x3x3x1xf32>) -> tensor<1x2x5x5xf32> {
  // expected-error @+2 {{filter must be a 4-D tensor, got rank 5 [convTranspose2d, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w : (tensor<1x3x3x3xf32>, tensor<3x2x3x3x1xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

func.func @conv_transpose2d_filter_type(%x: tensor<1x3x3x3xf16>, %w: tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf16> {
  // expected-error @+2 {{filter data type float32 must equal input data type float16 [convTranspose2d, step 6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w : (tensor<1x3x3x3xf16>, tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf16>
  return %0 : tensor<1x2x5x5xf16>
}

// -----

func.func @conv_transpose2d_padding_size(%x: tensor<1x3x3x3xf32>, %w: tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32> {
  // expected-error @+2 {{padding must have 4 values, got 3 [convTranspose2d, step 8]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {padding = array<i64: 0, 0, 0>} : (tensor<1x3x3x3xf32>, tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

func.func @conv_transpose2d_strides_size(%x: tensor<1x3x3x3xf32>, %w: tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32> {
  // expected-error @+2 {{strides must have 2 values, got 4 [convTranspose2d, step 10]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {strides = array<i64: 1, 1, 1, 1>} : (tensor<1x3x3x3xf32>, tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

func.func @conv_transpose2d_strides_zero(%x: tensor<1x3x3x3xf32>, %w: tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32> {
  // expected-error @+2 {{strides must all be greater than 0, got [1, 0] [convTranspose2d, step 11]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {strides = array<i64: 1, 0>} : (tensor<1x3x3x3xf32>, tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

func.func @conv_transpose2d_dilations_size(%x: tensor<1x3x3x3xf32>, %w: tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32> {
  // expected-error @+2 {{dilations must have 2 values, got 1 [convTranspose2d, step 13]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {dilations = array<i64: 2>} : (tensor<1x3x3x3xf32>, tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

func.func @conv_transpose2d_dilations_zero(%x: tensor<1x3x3x3xf32>, %w: tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32> {
  // expected-error @+2 {{dilations must all be greater than 0, got [0, 0] [convTranspose2d, step 14]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {dilations = array<i64: 0, 0>} : (tensor<1x3x3x3xf32>, tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

func.func @conv_transpose2d_output_padding_size(%x: tensor<1x3x3x3xf32>, %w: tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32> {
  // expected-error @+2 {{outputPadding must have 2 values, got 4 [convTranspose2d, step 16]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {outputPadding = array<i64: 0, 0, 0, 0>} : (tensor<1x3x3x3xf32>, tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

func.func @conv_transpose2d_output_sizes_size(%x: tensor<1x3x3x3xf32>, %w: tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32> {
  // expected-error @+2 {{outputSizes must have 2 values, got 3 [convTranspose2d, step 17.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {outputSizes = array<i64: 1, 5, 5>} : (tensor<1x3x3x3xf32>, tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

// Without outputSizes, each outputPadding item must be smaller than its stride.
func.func @conv_transpose2d_output_padding_stride(%x: tensor<1x3x3x3xf32>, %w: tensor<3x2x3x3xf32>) -> tensor<1x2x8x7xf32> {
  // expected-error @+2 {{outputPadding [0, 2] must be smaller than strides [2, 2] [convTranspose2d, step 18.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {strides = array<i64: 2, 2>, outputPadding = array<i64: 0, 2>} : (tensor<1x3x3x3xf32>, tensor<3x2x3x3xf32>) -> tensor<1x2x8x7xf32>
  return %0 : tensor<1x2x8x7xf32>
}

// -----

func.func @conv_transpose2d_groups_zero(%x: tensor<1x3x3x3xf32>, %w: tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32> {
  // expected-error @+2 {{groups must be greater than 0, got 0 [convTranspose2d, step 19]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {groups = 0 : i64} : (tensor<1x3x3x3xf32>, tensor<3x2x3x3xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

// The filter takes all input channels, whatever groups is.
func.func @conv_transpose2d_input_channels(%x: tensor<1x4x3x3xf32>, %w: tensor<2x3x3x3xf32>) -> tensor<1x6x5x5xf32> {
  // expected-error @+2 {{input channels 4 must equal the filter's input channels 2 [convTranspose2d, step 20.5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {groups = 2 : i64} : (tensor<1x4x3x3xf32>, tensor<2x3x3x3xf32>) -> tensor<1x6x5x5xf32>
  return %0 : tensor<1x6x5x5xf32>
}

// -----

// hwoi reads the input channels from the filter's last dimension (3 here).
func.func @conv_transpose2d_hwoi_channels(%x: tensor<1x2x3x3xf32>, %w: tensor<3x3x2x3xf32>) -> tensor<1x2x5x5xf32> {
  // expected-error @+2 {{input channels 2 must equal the filter's input channels 3 [convTranspose2d, step 20.5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {filterLayout = #webnn.conv_transpose2d_filter_layout<hwoi>} : (tensor<1x2x3x3xf32>, tensor<3x3x2x3xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

func.func @conv_transpose2d_output_channels(%x: tensor<1x1x3x3xf32>, %w: tensor<1x1x3x3xf32>) -> tensor<1x1x5x5xf32> {
  // expected-error @+2 {{output channels = filter output channels 1 * groups 3000000000 is not a valid dimension [convTranspose2d, step 20.7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {groups = 3000000000 : i64} : (tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x5x5xf32>
  return %0 : tensor<1x1x5x5xf32>
}

// -----

func.func @conv_transpose2d_bias_shape(%x: tensor<1x4x3x3xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<3xf32>) -> tensor<1x6x5x5xf32> {
  // expected-error @+2 {{bias shape [3] must be [outputChannels] = [6] [convTranspose2d, step 20.8.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w bias(%b) {groups = 2 : i64} : (tensor<1x4x3x3xf32>, tensor<4x3x3x3xf32>, tensor<3xf32>) -> tensor<1x6x5x5xf32>
  return %0 : tensor<1x6x5x5xf32>
}

// -----

func.func @conv_transpose2d_bias_type(%x: tensor<1x3x3x3xf32>, %w: tensor<3x2x3x3xf32>, %b: tensor<2xf16>) -> tensor<1x2x5x5xf32> {
  // expected-error @+2 {{bias data type float16 must equal input data type float32 [convTranspose2d, step 20.8.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w bias(%b) : (tensor<1x3x3x3xf32>, tensor<3x2x3x3xf32>, tensor<2xf16>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

// Calculated height (3 - 1) * 3 + 3 = 9: 8 is too small.
func.func @conv_transpose2d_output_sizes_small(%x: tensor<1x1x3x3xf32>, %w: tensor<1x1x3x3xf32>) -> tensor<1x1x8x7xf32> {
  // expected-error @+2 {{outputSizes height 8 must be in [9, 9 + stride 3) [convTranspose2d, step 20.11.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {strides = array<i64: 3, 2>, outputSizes = array<i64: 8, 7>} : (tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x8x7xf32>
  return %0 : tensor<1x1x8x7xf32>
}

// -----

// Calculated width (3 - 1) * 2 + 3 = 7: 9 is one stride above.
func.func @conv_transpose2d_output_sizes_large(%x: tensor<1x1x3x3xf32>, %w: tensor<1x1x3x3xf32>) -> tensor<1x1x9x9xf32> {
  // expected-error @+2 {{outputSizes width 9 must be in [7, 7 + stride 2) [convTranspose2d, step 20.11.3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {strides = array<i64: 3, 2>, outputSizes = array<i64: 9, 9>} : (tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x9x9xf32>
  return %0 : tensor<1x1x9x9xf32>
}

// -----

// Padding can shrink the output to nothing: (2 - 1) * 1 + 1 - 1 - 1 = 0.
func.func @conv_transpose2d_empty_output(%x: tensor<1x1x2x2xf32>, %w: tensor<1x1x1x1xf32>) -> tensor<1x1x1x2xf32> {
  // expected-error @+2 {{output height 0 is not a valid dimension [convTranspose2d, step 20.13]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {padding = array<i64: 1, 1, 0, 0>} : (tensor<1x1x2x2xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x1x2xf32>
  return %0 : tensor<1x1x1x2xf32>
}

// -----

func.func @conv_transpose2d_wrong_result(%x: tensor<1x1x3x3xf32>, %w: tensor<1x1x3x3xf32>) -> tensor<1x1x6x6xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<1x1x7x7xf32>' are incompatible with return type(s) of operation 'tensor<1x1x6x6xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.convTranspose2d %x, %w {strides = array<i64: 2, 2>} : (tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x6x6xf32>
  return %0 : tensor<1x1x6x6xf32>
}

// -----

// int8 is not an allowed data type of convTranspose2d (tensor limits table).
func.func @conv_transpose2d_int8(%x: tensor<1x3x3x3xi8>, %w: tensor<3x2x3x3xi8>) -> tensor<1x2x5x5xi8> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.convTranspose2d %x, %w : (tensor<1x3x3x3xi8>, tensor<3x2x3x3xi8>) -> tensor<1x2x5x5xi8>
  return %0 : tensor<1x2x5x5xi8>
}
