// --webnn-fold-batch-norm: batchNormalization(conv2d(x, W, b)) with constant
// parameters becomes one conv2d with W' = W * s and b' = (b - mean) * s +
// beta, s = scale / sqrt(var + epsilon). Covered: conv2d with and without
// bias (the folded bias is added), optional scale/bias of the normalization
// absent, depthwise (groups) filters; the folded values are checked in the
// printed dense_resource blobs (hex: 4-byte alignment 0x04000000, then
// little-endian float32). Left alone: a conv2d with another use, a
// non-constant mean or filter, axis other than 1, nhwc input layout, a
// non-oihw filter layout, float16.
// RUN: webnnc-opt %s -split-input-file --webnn-fold-batch-norm | FileCheck %s

// s = [4 / sqrt(3 + 1), 1 / sqrt(0 + 1)] = [2, 1]
// W' = [1 * 2, -2 * 1] = [2, -2]
// b' = [(1 - 3) * 2 + 0.5, (0 - 1) * 1 - 1] = [-3.5, -2]
// CHECK-LABEL: func.func @conv_bias
// CHECK-NOT: webnn.batchNormalization
// CHECK-DAG: %[[W:.*]] = webnn.constant dense_resource<folded_filter> : tensor<2x1x1x1xf32>
// CHECK-DAG: %[[B:.*]] = webnn.constant dense_resource<folded_bias> : tensor<2xf32>
// CHECK: %[[C:.*]] = webnn.conv2d %arg0, %[[W]] bias(%[[B]]) : (tensor<1x1x3x3xf32>, tensor<2x1x1x1xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
// CHECK-NOT: webnn.batchNormalization
// CHECK: return %[[C]]
// CHECK: folded_filter: "0x0400000000000040000000C0"
// CHECK: folded_bias: "0x04000000000060C0000000C0"
func.func @conv_bias(%x: tensor<1x1x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %w = webnn.constant dense<[[[[1.0]]], [[[-2.0]]]]> : tensor<2x1x1x1xf32>
  %b = webnn.constant dense<[1.0, 0.0]> : tensor<2xf32>
  %0 = webnn.conv2d %x, %w bias(%b) : (tensor<1x1x3x3xf32>, tensor<2x1x1x1xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  %mean = webnn.constant dense<[3.0, 1.0]> : tensor<2xf32>
  %var = webnn.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %scale = webnn.constant dense<[4.0, 1.0]> : tensor<2xf32>
  %beta = webnn.constant dense<[0.5, -1.0]> : tensor<2xf32>
  %1 = webnn.batchNormalization %0, %mean, %var scale(%scale) bias(%beta) {epsilon = 1.0 : f32} : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  return %1 : tensor<1x2x3x3xf32>
}

// -----

// No conv2d bias, no normalization scale or bias:
// s = [1 / sqrt(3 + 1), 1 / sqrt(0 + 1)] = [0.5, 1]
// W' = [0.5, -2], b' = [(0 - 3) * 0.5, (0 - 1) * 1] = [-1.5, -1]
// CHECK-LABEL: func.func @conv_no_bias
// CHECK-DAG: %[[W:.*]] = webnn.constant dense_resource<folded_filter> : tensor<2x1x1x1xf32>
// CHECK-DAG: %[[B:.*]] = webnn.constant dense_resource<folded_bias> : tensor<2xf32>
// CHECK: %[[C:.*]] = webnn.conv2d %arg0, %[[W]] bias(%[[B]]) {padding = array<i64: 1, 1, 1, 1>}
// CHECK-NOT: webnn.batchNormalization
// CHECK: return %[[C]]
// CHECK: folded_filter: "0x040000000000003F000000C0"
// CHECK: folded_bias: "0x040000000000C0BF000080BF"
func.func @conv_no_bias(%x: tensor<1x1x3x3xf32>) -> tensor<1x2x5x5xf32> {
  %w = webnn.constant dense<[[[[1.0]]], [[[-2.0]]]]> : tensor<2x1x1x1xf32>
  %0 = webnn.conv2d %x, %w {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x1x3x3xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x5x5xf32>
  %mean = webnn.constant dense<[3.0, 1.0]> : tensor<2xf32>
  %var = webnn.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %1 = webnn.batchNormalization %0, %mean, %var {epsilon = 1.0 : f32} : (tensor<1x2x5x5xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x5x5xf32>
  return %1 : tensor<1x2x5x5xf32>
}

// -----

// Depthwise: s = [1 / sqrt(3 + 1), 1 / sqrt(15 + 1)] = [0.5, 0.25]
// W' = [0.5, 1, 1.5, 2, 1.25, 1.5, 1.75, 2], b' = [-1 * 0.5, -2 * 0.25]
// CHECK-LABEL: func.func @depthwise
// CHECK-DAG: %[[W:.*]] = webnn.constant dense_resource<folded_filter> : tensor<2x1x2x2xf32>
// CHECK-DAG: %[[B:.*]] = webnn.constant dense_resource<folded_bias> : tensor<2xf32>
// CHECK: %[[C:.*]] = webnn.conv2d %arg0, %[[W]] bias(%[[B]]) {groups = 2 : i64}
// CHECK-NOT: webnn.batchNormalization
// CHECK: return %[[C]]
// CHECK: folded_filter: "0x040000000000003F0000803F0000C03F000000400000A03F0000C03F0000E03F00000040"
// CHECK: folded_bias: "0x04000000000000BF000000BF"
func.func @depthwise(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x2x2xf32> {
  %w = webnn.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]], [[[5.0, 6.0], [7.0, 8.0]]]]> : tensor<2x1x2x2xf32>
  %0 = webnn.conv2d %x, %w {groups = 2 : i64} : (tensor<1x2x3x3xf32>, tensor<2x1x2x2xf32>) -> tensor<1x2x2x2xf32>
  %mean = webnn.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %var = webnn.constant dense<[3.0, 15.0]> : tensor<2xf32>
  %1 = webnn.batchNormalization %0, %mean, %var {epsilon = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  return %1 : tensor<1x2x2x2xf32>
}

// -----

// The conv2d result has another use: folding would compute it twice.
// CHECK-LABEL: func.func @conv_two_uses
// CHECK: webnn.conv2d
// CHECK: webnn.batchNormalization
// CHECK-NOT: folded_filter
func.func @conv_two_uses(%x: tensor<1x1x3x3xf32>) -> (tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>) {
  %w = webnn.constant dense<1.0> : tensor<2x1x1x1xf32>
  %0 = webnn.conv2d %x, %w : (tensor<1x1x3x3xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x3x3xf32>
  %mean = webnn.constant dense<0.0> : tensor<2xf32>
  %var = webnn.constant dense<1.0> : tensor<2xf32>
  %1 = webnn.batchNormalization %0, %mean, %var : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  return %0, %1 : tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>
}

// -----

// CHECK-LABEL: func.func @mean_not_constant
// CHECK: webnn.conv2d
// CHECK: webnn.batchNormalization
// CHECK-NOT: folded_filter
func.func @mean_not_constant(%x: tensor<1x1x3x3xf32>, %mean: tensor<2xf32>) -> tensor<1x2x3x3xf32> {
  %w = webnn.constant dense<1.0> : tensor<2x1x1x1xf32>
  %0 = webnn.conv2d %x, %w : (tensor<1x1x3x3xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x3x3xf32>
  %var = webnn.constant dense<1.0> : tensor<2xf32>
  %1 = webnn.batchNormalization %0, %mean, %var : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  return %1 : tensor<1x2x3x3xf32>
}

// -----

// CHECK-LABEL: func.func @filter_not_constant
// CHECK: webnn.conv2d
// CHECK: webnn.batchNormalization
// CHECK-NOT: folded_filter
func.func @filter_not_constant(%x: tensor<1x1x3x3xf32>, %w: tensor<2x1x1x1xf32>) -> tensor<1x2x3x3xf32> {
  %0 = webnn.conv2d %x, %w : (tensor<1x1x3x3xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x3x3xf32>
  %mean = webnn.constant dense<0.0> : tensor<2xf32>
  %var = webnn.constant dense<1.0> : tensor<2xf32>
  %1 = webnn.batchNormalization %0, %mean, %var : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  return %1 : tensor<1x2x3x3xf32>
}

// -----

// Normalization along the rows (axis 2), not the output channels.
// CHECK-LABEL: func.func @axis_not_channels
// CHECK: webnn.conv2d
// CHECK: webnn.batchNormalization {{.*}} {axis = 2 : i64}
// CHECK-NOT: folded_filter
func.func @axis_not_channels(%x: tensor<1x1x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %w = webnn.constant dense<1.0> : tensor<2x1x1x1xf32>
  %0 = webnn.conv2d %x, %w : (tensor<1x1x2x2xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x2x2xf32>
  %mean = webnn.constant dense<0.0> : tensor<2xf32>
  %var = webnn.constant dense<1.0> : tensor<2xf32>
  %1 = webnn.batchNormalization %0, %mean, %var {axis = 2 : i64} : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  return %1 : tensor<1x2x2x2xf32>
}

// -----

// nhwc input, normalized along its channels (axis 3).
// CHECK-LABEL: func.func @nhwc
// CHECK: webnn.conv2d
// CHECK: webnn.batchNormalization
// CHECK-NOT: folded_filter
func.func @nhwc(%x: tensor<1x3x3x1xf32>) -> tensor<1x3x3x2xf32> {
  %w = webnn.constant dense<1.0> : tensor<1x1x1x2xf32>
  %0 = webnn.conv2d %x, %w {inputLayout = #webnn.input_layout<nhwc>, filterLayout = #webnn.conv2d_filter_layout<hwio>} : (tensor<1x3x3x1xf32>, tensor<1x1x1x2xf32>) -> tensor<1x3x3x2xf32>
  %mean = webnn.constant dense<0.0> : tensor<2xf32>
  %var = webnn.constant dense<1.0> : tensor<2xf32>
  %1 = webnn.batchNormalization %0, %mean, %var {axis = 3 : i64} : (tensor<1x3x3x2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x3x3x2xf32>
  return %1 : tensor<1x3x3x2xf32>
}

// -----

// nchw input but an ohwi filter: W[o] is not a contiguous block to scale.
// CHECK-LABEL: func.func @filter_ohwi
// CHECK: webnn.conv2d
// CHECK: webnn.batchNormalization
// CHECK-NOT: folded_filter
func.func @filter_ohwi(%x: tensor<1x1x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %w = webnn.constant dense<1.0> : tensor<2x1x1x1xf32>
  %0 = webnn.conv2d %x, %w {filterLayout = #webnn.conv2d_filter_layout<ohwi>} : (tensor<1x1x3x3xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x3x3xf32>
  %mean = webnn.constant dense<0.0> : tensor<2xf32>
  %var = webnn.constant dense<1.0> : tensor<2xf32>
  %1 = webnn.batchNormalization %0, %mean, %var : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  return %1 : tensor<1x2x3x3xf32>
}

// -----

// CHECK-LABEL: func.func @float16
// CHECK: webnn.conv2d
// CHECK: webnn.batchNormalization
// CHECK-NOT: folded_filter
func.func @float16(%x: tensor<1x1x3x3xf16>) -> tensor<1x2x3x3xf16> {
  %w = webnn.constant dense<1.0> : tensor<2x1x1x1xf16>
  %0 = webnn.conv2d %x, %w : (tensor<1x1x3x3xf16>, tensor<2x1x1x1xf16>) -> tensor<1x2x3x3xf16>
  %mean = webnn.constant dense<0.0> : tensor<2xf16>
  %var = webnn.constant dense<1.0> : tensor<2xf16>
  %1 = webnn.batchNormalization %0, %mean, %var : (tensor<1x2x3x3xf16>, tensor<2xf16>, tensor<2xf16>) -> tensor<1x2x3x3xf16>
  return %1 : tensor<1x2x3x3xf16>
}
