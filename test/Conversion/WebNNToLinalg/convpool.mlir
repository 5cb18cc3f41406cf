// webnn ConvPool ops -> linalg named ops: matmul / batch_matmul, gemm
// (transposes + epilogue), conv2d (pad + conv_2d_nchw_fchw, depthwise,
// grouped, layout transposes, bias generic), pooling (nchw sum/max, unsigned
// max in nhwc, average divides by a constant count tensor, l2 = sqrt of a
// sum of squares), convTranspose2d (zero insertion with a strided
// insert_slice, pad/extract_slice, flipped filter generic, conv_2d_nchw_fchw
// or conv_2d_ngchw_gfchw).
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics --convert-webnn-to-linalg | FileCheck %s

// CHECK-LABEL: func.func @matmul_2d
// CHECK: linalg.fill
// CHECK: linalg.matmul ins(%arg0, %arg1 : tensor<2x3xf32>, tensor<3x4xf32>)
func.func @matmul_2d(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  %0 = webnn.matmul %a, %b : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// CHECK-LABEL: func.func @matmul_batched
// CHECK: linalg.generic {{.*}} ins(%arg0 : tensor<2x1x4x5xf32>)
// CHECK: linalg.generic {{.*}} ins(%arg1 : tensor<3x5x2xf32>)
// CHECK: tensor.collapse_shape {{.*}} {{\[\[}}0, 1], [2], [3]] : tensor<2x3x4x5xf32> into tensor<6x4x5xf32>
// CHECK: tensor.collapse_shape {{.*}} into tensor<6x5x2xf32>
// CHECK: linalg.batch_matmul {{.*}} -> tensor<6x4x2xf32>
// CHECK: tensor.expand_shape {{.*}} output_shape [2, 3, 4, 2] : tensor<6x4x2xf32> into tensor<2x3x4x2xf32>
func.func @matmul_batched(%a: tensor<2x1x4x5xf32>, %b: tensor<3x5x2xf32>) -> tensor<2x3x4x2xf32> {
  %0 = webnn.matmul %a, %b : (tensor<2x1x4x5xf32>, tensor<3x5x2xf32>) -> tensor<2x3x4x2xf32>
  return %0 : tensor<2x3x4x2xf32>
}

// -----

// CHECK-LABEL: func.func @gemm
// CHECK: linalg.transpose ins(%arg0 : tensor<3x2xf16>) {{.*}} permutation = [1, 0]
// CHECK: linalg.matmul
// CHECK: linalg.generic
// CHECK: arith.mulf
// CHECK: arith.mulf
// CHECK: arith.addf
func.func @gemm(%a: tensor<3x2xf16>, %b: tensor<3x4xf16>, %c: tensor<4xf16>) -> tensor<2x4xf16> {
  %0 = webnn.gemm %a, %b c(%c) {aTranspose = true, alpha = 2.0 : f32, beta = 0.5 : f32} : (tensor<3x2xf16>, tensor<3x4xf16>, tensor<4xf16>) -> tensor<2x4xf16>
  return %0 : tensor<2x4xf16>
}

// -----

// CHECK-LABEL: func.func @conv2d_nchw
// CHECK: tensor.pad %arg0 low[0, 0, 1, 0] high[0, 0, 1, 2]
// CHECK: linalg.conv_2d_nchw_fchw {dilations = dense<[1, 2]> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK: tensor.expand_shape %arg2
// CHECK: linalg.generic
// CHECK: arith.addf
func.func @conv2d_nchw(%x: tensor<1x3x5x5xf32>, %f: tensor<4x3x3x3xf32>, %bias: tensor<4xf32>) -> tensor<1x4x3x2xf32> {
  %0 = webnn.conv2d %x, %f bias(%bias) {padding = array<i64: 1, 1, 0, 2>, strides = array<i64: 2, 2>, dilations = array<i64: 1, 2>} : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x3x2xf32>
  return %0 : tensor<1x4x3x2xf32>
}

// -----

// CHECK-LABEL: func.func @conv2d_depthwise
// CHECK: tensor.collapse_shape %arg1 {{\[\[}}0, 1], [2], [3]] : tensor<3x1x2x2xf32> into tensor<3x2x2xf32>
// CHECK: linalg.depthwise_conv_2d_nchw_chw
func.func @conv2d_depthwise(%x: tensor<1x3x4x4xf32>, %f: tensor<3x1x2x2xf32>) -> tensor<1x3x3x3xf32> {
  %0 = webnn.conv2d %x, %f {groups = 3 : i64} : (tensor<1x3x4x4xf32>, tensor<3x1x2x2xf32>) -> tensor<1x3x3x3xf32>
  return %0 : tensor<1x3x3x3xf32>
}

// -----

// CHECK-LABEL: func.func @conv2d_grouped
// CHECK: tensor.expand_shape %arg0 {{.*}} into tensor<1x2x2x4x4xf32>
// CHECK: tensor.expand_shape %arg1 {{.*}} into tensor<2x3x2x2x2xf32>
// CHECK: linalg.conv_2d_ngchw_gfchw {{.*}} -> tensor<1x2x3x3x3xf32>
// CHECK: tensor.collapse_shape {{.*}} into tensor<1x6x3x3xf32>
func.func @conv2d_grouped(%x: tensor<1x4x4x4xf32>, %f: tensor<6x2x2x2xf32>) -> tensor<1x6x3x3xf32> {
  %0 = webnn.conv2d %x, %f {groups = 2 : i64} : (tensor<1x4x4x4xf32>, tensor<6x2x2x2xf32>) -> tensor<1x6x3x3xf32>
  return %0 : tensor<1x6x3x3xf32>
}

// -----

// CHECK-LABEL: func.func @conv2d_nhwc_hwio
// CHECK: linalg.transpose ins(%arg0 : tensor<1x4x4x3xf32>) {{.*}} permutation = [0, 3, 1, 2]
// CHECK: linalg.transpose ins(%arg1 : tensor<2x2x3x5xf32>) {{.*}} permutation = [3, 2, 0, 1]
// CHECK: linalg.conv_2d_nchw_fchw
// CHECK: linalg.transpose {{.*}} permutation = [0, 2, 3, 1]
func.func @conv2d_nhwc_hwio(%x: tensor<1x4x4x3xf32>, %f: tensor<2x2x3x5xf32>) -> tensor<1x3x3x5xf32> {
  %0 = webnn.conv2d %x, %f {inputLayout = #webnn.input_layout<nhwc>, filterLayout = #webnn.conv2d_filter_layout<hwio>} : (tensor<1x4x4x3xf32>, tensor<2x2x3x5xf32>) -> tensor<1x3x3x5xf32>
  return %0 : tensor<1x3x3x5xf32>
}

// -----

// Average: padded with 0, summed, divided by the number of non-padding
// elements of each window (a constant).
// CHECK-LABEL: func.func @average_pool
// CHECK: tensor.pad %arg0 low[0, 0, 1, 1] high[0, 0, 0, 0]
// CHECK: linalg.pooling_nchw_sum
// CHECK: arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00], [2.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// CHECK: arith.divf
func.func @average_pool(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32> {
  %0 = webnn.averagePool2d %x {windowDimensions = array<i64: 2, 2>, padding = array<i64: 1, 0, 1, 0>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %0 : tensor<1x1x2x2xf32>
}

// -----

// Max pads with -inf; ceil rounding pads past the input.
// CHECK-LABEL: func.func @max_pool_ceil
// CHECK: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: tensor.pad %arg0 low[0, 0, 0, 0] high[0, 0, 1, 1]
// CHECK: tensor.yield %[[NEGINF]]
// CHECK: linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
func.func @max_pool_ceil(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x2x2xf32> {
  %0 = webnn.maxPool2d %x {windowDimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>, outputShapeRounding = #webnn.rounding_type<ceil>} : (tensor<1x2x3x3xf32>) -> tensor<1x2x2x2xf32>
  return %0 : tensor<1x2x2x2xf32>
}

// -----

// Unsigned max: padded with 0 and pooled in nhwc by the unsigned op.
// CHECK-LABEL: func.func @max_pool_unsigned
// CHECK: linalg.transpose {{.*}} permutation = [0, 2, 3, 1]
// CHECK: linalg.pooling_nhwc_max_unsigned
// CHECK: linalg.transpose {{.*}} permutation = [0, 3, 1, 2]
func.func @max_pool_unsigned(%x: tensor<1x1x3x3xui8>) -> tensor<1x1x2x2xui8> {
  %0 = webnn.maxPool2d %x {windowDimensions = array<i64: 2, 2>} : (tensor<1x1x3x3xui8>) -> tensor<1x1x2x2xui8>
  return %0 : tensor<1x1x2x2xui8>
}

// -----

// CHECK-LABEL: func.func @l2_pool_nhwc
// CHECK: linalg.transpose
// CHECK: arith.mulf
// CHECK: linalg.pooling_nchw_sum
// CHECK: math.sqrt
// CHECK: linalg.transpose
func.func @l2_pool_nhwc(%x: tensor<1x3x3x2xf32>) -> tensor<1x1x1x2xf32> {
  %0 = webnn.l2Pool2d %x {layout = #webnn.input_layout<nhwc>} : (tensor<1x3x3x2xf32>) -> tensor<1x1x1x2xf32>
  return %0 : tensor<1x1x1x2xf32>
}

// -----

// CHECK-LABEL: func.func @conv_transpose
// CHECK: linalg.fill
// CHECK: tensor.insert_slice {{.*}} [1, 1, 2, 3] : tensor<1x2x2x2xf32> into tensor<1x2x3x4xf32>
// CHECK: tensor.pad {{.*}} low[0, 0, 1, 0] high[0, 0, 1, 3]
// CHECK: tensor.expand_shape
// CHECK: linalg.generic
// CHECK: tensor.collapse_shape
// CHECK: linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
// CHECK: arith.addf
func.func @conv_transpose(%x: tensor<1x2x2x2xf32>, %f: tensor<2x2x2x2xf32>, %b: tensor<2xf32>) -> tensor<1x2x4x6xf32> {
  %0 = webnn.convTranspose2d %x, %f bias(%b) {strides = array<i64: 2, 3>, padding = array<i64: 0, 1, 1, 0>, outputPadding = array<i64: 1, 2>} : (tensor<1x2x2x2xf32>, tensor<2x2x2x2xf32>, tensor<2xf32>) -> tensor<1x2x4x6xf32>
  return %0 : tensor<1x2x4x6xf32>
}

// -----

// CHECK-DAG: #[[FLIP:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d2, d1, -d3, -d4 + 1)>
// CHECK-LABEL: func.func @conv_transpose_grouped_nhwc
// CHECK: linalg.transpose
// CHECK: linalg.transpose
// CHECK: linalg.generic {indexing_maps = [#[[FLIP]]
// CHECK: linalg.conv_2d_ngchw_gfchw {dilations = dense<[1, 2]> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
// CHECK: linalg.transpose
func.func @conv_transpose_grouped_nhwc(%x: tensor<1x2x2x2xf32>, %f: tensor<2x1x2x2xf32>) -> tensor<1x2x1x4xf32> {
  %0 = webnn.convTranspose2d %x, %f {groups = 2 : i64, dilations = array<i64: 1, 2>, padding = array<i64: 0, 0, 3, 0>, inputLayout = #webnn.input_layout<nhwc>, filterLayout = #webnn.conv_transpose2d_filter_layout<ohwi>} : (tensor<1x2x2x2xf32>, tensor<2x1x2x2xf32>) -> tensor<1x2x1x4xf32>
  return %0 : tensor<1x2x1x4xf32>
}
