// --webnnc-conv-to-matmul on linalg on tensors: a batch-1
// linalg.conv_2d_nchw_fchw becomes filter [F, C*KH*KW] x windows matmul.
// Covered: 1x1 unit-stride (input collapsed to [C, H*W], no gather, the
// fill folds through the collapsed destination), 3x3 (im2col
// linalg.generic with strided/dilated maps), a 1x1 strided conv (im2col
// too), columns not a multiple of column-multiple (windows tensor.pad'ed, a fill
// destination refilled at the padded shape or a tensor destination padded,
// result extract_slice'd back), depthwise (one linalg.generic over
// kh*kw strided tensor.extract_slice taps with a math.fma chain). Left
// alone: batch 2, dynamic shapes, depthwise windows over 49 taps, integer
// depthwise.
// The cases use column-multiple=16; the default (32, the register tile's
// width) is checked under DEFAULT.
// RUN: webnnc-opt %s -split-input-file "--webnnc-conv-to-matmul=column-multiple=16" | FileCheck %s
// RUN: webnnc-opt %s -split-input-file --webnnc-conv-to-matmul | FileCheck %s --check-prefix=DEFAULT

// CHECK-LABEL: func.func @pointwise
// CHECK-NOT: linalg.generic
// CHECK-DAG: %[[X:.*]] = tensor.collapse_shape %arg0 {{\[\[}}0, 1], [2, 3]] : tensor<1x8x4x4xf32> into tensor<8x16xf32>
// CHECK-DAG: %[[W:.*]] = tensor.collapse_shape %arg1 {{\[\[}}0], [1, 2, 3]] : tensor<16x8x1x1xf32> into tensor<16x8xf32>
// CHECK-DAG: %[[E:.*]] = tensor.collapse_shape %{{.*}} {{\[\[}}0, 1], [2, 3]] : tensor<1x16x4x4xf32> into tensor<16x16xf32>
// CHECK: %[[F:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[E]] : tensor<16x16xf32>)
// CHECK: %[[M:.*]] = linalg.matmul ins(%[[W]], %[[X]] : tensor<16x8xf32>, tensor<8x16xf32>) outs(%[[F]] : tensor<16x16xf32>)
// CHECK: %[[R:.*]] = tensor.expand_shape %[[M]] {{\[\[}}0, 1], [2, 3]] output_shape [1, 16, 4, 4] : tensor<16x16xf32> into tensor<1x16x4x4xf32>
// CHECK-NOT: linalg.conv_2d_nchw_fchw
// CHECK: return %[[R]]
// By default 16 columns are padded to 32.
// DEFAULT-LABEL: func.func @pointwise
// DEFAULT: tensor.pad %{{.*}} low[0, 0] high[0, 16]
// DEFAULT: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<16x8xf32>, tensor<8x32xf32>) outs(%{{.*}} : tensor<16x32xf32>)
// DEFAULT: tensor.extract_slice %{{.*}}[0, 0] [16, 16] [1, 1] : tensor<16x32xf32> to tensor<16x16xf32>
func.func @pointwise(%x: tensor<1x8x4x4xf32>, %w: tensor<16x8x1x1xf32>) -> tensor<1x16x4x4xf32> {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x16x4x4xf32>
  %f = linalg.fill ins(%cst : f32) outs(%e : tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x8x4x4xf32>, tensor<16x8x1x1xf32>) outs(%f : tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
  return %0 : tensor<1x16x4x4xf32>
}

// -----

// 3x3, 4x4 = 16 output columns: no padding.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (0, d0, d1 + d3, d2 + d4)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
// CHECK-LABEL: func.func @im2col
// CHECK: %[[E:.*]] = tensor.empty() : tensor<3x3x3x4x4xf32>
// CHECK: %[[G:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x3x6x6xf32>) outs(%[[E]] : tensor<3x3x3x4x4xf32>)
// CHECK-NEXT: ^bb0(%[[IN_ARG:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: linalg.yield %[[IN_ARG]] : f32
// CHECK: %[[COLS:.*]] = tensor.collapse_shape %[[G]] {{\[\[}}0, 1, 2], [3, 4]] : tensor<3x3x3x4x4xf32> into tensor<27x16xf32>
// CHECK: %[[W:.*]] = tensor.collapse_shape %arg1 {{\[\[}}0], [1, 2, 3]] : tensor<4x3x3x3xf32> into tensor<4x27xf32>
// CHECK: %[[INIT:.*]] = tensor.collapse_shape %arg2 {{\[\[}}0, 1], [2, 3]] : tensor<1x4x4x4xf32> into tensor<4x16xf32>
// CHECK-NOT: tensor.pad
// CHECK: %[[M:.*]] = linalg.matmul ins(%[[W]], %[[COLS]] : tensor<4x27xf32>, tensor<27x16xf32>) outs(%[[INIT]] : tensor<4x16xf32>)
// CHECK-NOT: tensor.extract_slice
// CHECK: tensor.expand_shape %[[M]] {{.*}} output_shape [1, 4, 4, 4]
func.func @im2col(%x: tensor<1x3x6x6xf32>, %w: tensor<4x3x3x3xf32>, %init: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x3x6x6xf32>, tensor<4x3x3x3xf32>) outs(%init : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// -----

// A 1x1 filter with stride 2 is not the input itself: im2col.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (0, d0, d3 * 2 + d1, d4 * 2 + d2)>
// CHECK-LABEL: func.func @pointwise_strided
// CHECK: linalg.generic {indexing_maps = [#[[IN]], {{.*}}]{{.*}} ins(%arg0 : tensor<1x16x8x8xf32>) outs(%{{.*}} : tensor<16x1x1x4x4xf32>)
// CHECK: tensor.collapse_shape {{.*}} into tensor<16x16xf32>
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<8x16xf32>, tensor<16x16xf32>) outs(%{{.*}} : tensor<8x16xf32>)
func.func @pointwise_strided(%x: tensor<1x16x8x8xf32>, %w: tensor<8x16x1x1xf32>, %init: tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32> {
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%x, %w : tensor<1x16x8x8xf32>, tensor<8x16x1x1xf32>) outs(%init : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  return %0 : tensor<1x8x4x4xf32>
}

// -----

// 2x4 = 8 output columns, padded to 16 with undefined values (ub.poison:
// the padding columns of the product are sliced off, and column j of the
// product reads only column j of the windows); the zero fill is made
// again at the padded shape instead of padding it.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (0, d0, d3 * 2 + d1, d2 + d4)>
// CHECK-LABEL: func.func @pad_columns_fill
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[UNDEF:.*]] = ub.poison : f32
// CHECK: %[[G:.*]] = linalg.generic {indexing_maps = [#[[IN]], {{.*}}]{{.*}} outs(%{{.*}} : tensor<3x3x3x2x4xf32>)
// CHECK: %[[COLS:.*]] = tensor.collapse_shape %[[G]] {{.*}} into tensor<27x8xf32>
// CHECK: %[[W:.*]] = tensor.collapse_shape %arg1 {{.*}} into tensor<4x27xf32>
// CHECK: %[[P:.*]] = tensor.pad %[[COLS]] low[0, 0] high[0, 8]
// CHECK: tensor.yield %[[UNDEF]] : f32
// CHECK: } : tensor<27x8xf32> to tensor<27x16xf32>
// CHECK: %[[E:.*]] = tensor.empty() : tensor<4x16xf32>
// CHECK: %[[F:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[E]] : tensor<4x16xf32>)
// CHECK: %[[M:.*]] = linalg.matmul ins(%[[W]], %[[P]] : tensor<4x27xf32>, tensor<27x16xf32>) outs(%[[F]] : tensor<4x16xf32>)
// CHECK: %[[S:.*]] = tensor.extract_slice %[[M]][0, 0] [4, 8] [1, 1] : tensor<4x16xf32> to tensor<4x8xf32>
// CHECK: %[[R:.*]] = tensor.expand_shape %[[S]] {{.*}} output_shape [1, 4, 2, 4] : tensor<4x8xf32> into tensor<1x4x2x4xf32>
// CHECK: return %[[R]]
func.func @pad_columns_fill(%x: tensor<1x3x6x6xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x2x4xf32> {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4x2x4xf32>
  %f = linalg.fill ins(%cst : f32) outs(%e : tensor<1x4x2x4xf32>) -> tensor<1x4x2x4xf32>
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<[2, 1]> : tensor<2xi64>} ins(%x, %w : tensor<1x3x6x6xf32>, tensor<4x3x3x3xf32>) outs(%f : tensor<1x4x2x4xf32>) -> tensor<1x4x2x4xf32>
  return %0 : tensor<1x4x2x4xf32>
}

// -----

// Same with dilations [2, 1] and a destination that is not a fill: it is
// padded like the windows.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (0, d0, d3 + d1 * 2, d2 + d4)>
// CHECK-LABEL: func.func @pad_columns_init
// CHECK: linalg.generic {indexing_maps = [#[[IN]], {{.*}}]
// CHECK: %[[INIT:.*]] = tensor.collapse_shape %arg2 {{.*}} into tensor<4x8xf32>
// CHECK: %[[P:.*]] = tensor.pad %{{.*}} low[0, 0] high[0, 8]
// CHECK: } : tensor<27x8xf32> to tensor<27x16xf32>
// CHECK: %[[PI:.*]] = tensor.pad %[[INIT]] low[0, 0] high[0, 8]
// CHECK: } : tensor<4x8xf32> to tensor<4x16xf32>
// CHECK-NOT: linalg.fill
// CHECK: %[[M:.*]] = linalg.matmul ins(%{{.*}}, %[[P]] : tensor<4x27xf32>, tensor<27x16xf32>) outs(%[[PI]] : tensor<4x16xf32>)
// CHECK: tensor.extract_slice %[[M]][0, 0] [4, 8] [1, 1]
func.func @pad_columns_init(%x: tensor<1x3x6x6xf32>, %w: tensor<4x3x3x3xf32>, %init: tensor<1x4x2x4xf32>) -> tensor<1x4x2x4xf32> {
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<[2, 1]> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x3x6x6xf32>, tensor<4x3x3x3xf32>) outs(%init : tensor<1x4x2x4xf32>) -> tensor<1x4x2x4xf32>
  return %0 : tensor<1x4x2x4xf32>
}

// -----

// Depthwise 2x2, strides [2, 1], dilations [1, 2]: four taps at input
// offsets (0, 0), (0, 2), (1, 0), (1, 2), each a strided view of the
// output's shape, and four per-channel weight slices filter[:, y, x]
// broadcast along the output (so the generic vectorizes along its rows).
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[C:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func.func @depthwise
// CHECK: %[[T0:.*]] = tensor.extract_slice %arg0[0, 0, 0, 0] [1, 2, 2, 4] [1, 1, 2, 1] : tensor<1x2x5x6xf32> to tensor<1x2x2x4xf32>
// CHECK: %[[T1:.*]] = tensor.extract_slice %arg0[0, 0, 0, 2] [1, 2, 2, 4] [1, 1, 2, 1]
// CHECK: %[[T2:.*]] = tensor.extract_slice %arg0[0, 0, 1, 0] [1, 2, 2, 4] [1, 1, 2, 1]
// CHECK: %[[T3:.*]] = tensor.extract_slice %arg0[0, 0, 1, 2] [1, 2, 2, 4] [1, 1, 2, 1]
// CHECK: %[[W00:.*]] = tensor.extract_slice %arg1[0, 0, 0] [2, 1, 1] [1, 1, 1] : tensor<2x2x2xf32> to tensor<2xf32>
// CHECK: %[[W01:.*]] = tensor.extract_slice %arg1[0, 0, 1] [2, 1, 1] [1, 1, 1]
// CHECK: %[[W10:.*]] = tensor.extract_slice %arg1[0, 1, 0] [2, 1, 1] [1, 1, 1]
// CHECK: %[[W11:.*]] = tensor.extract_slice %arg1[0, 1, 1] [2, 1, 1] [1, 1, 1]
// CHECK-NOT: tensor.extract_slice
// The initial value is an input, the result a fresh tensor.
// CHECK: %[[E:.*]] = tensor.empty() : tensor<1x2x2x4xf32>
// CHECK: %[[G:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ID]], #[[ID]], #[[ID]], #[[C]], #[[C]], #[[C]], #[[C]], #[[ID]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[T0]], %[[T1]], %[[T2]], %[[T3]], %[[W00]], %[[W01]], %[[W10]], %[[W11]], %arg2 :
// CHECK-SAME: outs(%[[E]] : tensor<1x2x2x4xf32>)
// CHECK-NEXT: ^bb0(%[[I0:[^:]*]]: f32, %[[I1:[^:]*]]: f32, %[[I2:[^:]*]]: f32, %[[I3:[^:]*]]: f32, %[[K0:[^:]*]]: f32, %[[K1:[^:]*]]: f32, %[[K2:[^:]*]]: f32, %[[K3:[^:]*]]: f32, %[[INIT:[^:]*]]: f32, %[[OUT:[^:]*]]: f32):
// CHECK-NEXT: %[[S0:.*]] = math.fma %[[I0]], %[[K0]], %[[INIT]] : f32
// CHECK-NEXT: %[[S1:.*]] = math.fma %[[I1]], %[[K1]], %[[S0]] : f32
// CHECK-NEXT: %[[S2:.*]] = math.fma %[[I2]], %[[K2]], %[[S1]] : f32
// CHECK-NEXT: %[[S3:.*]] = math.fma %[[I3]], %[[K3]], %[[S2]] : f32
// CHECK-NEXT: linalg.yield %[[S3]] : f32
// CHECK-NOT: linalg.depthwise_conv_2d_nchw_chw
// CHECK: return %[[G]]
func.func @depthwise(%x: tensor<1x2x5x6xf32>, %w: tensor<2x2x2xf32>, %init: tensor<1x2x2x4xf32>) -> tensor<1x2x2x4xf32> {
  %0 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<[1, 2]> : tensor<2xi64>, strides = dense<[2, 1]> : tensor<2xi64>} ins(%x, %w : tensor<1x2x5x6xf32>, tensor<2x2x2xf32>) outs(%init : tensor<1x2x2x4xf32>) -> tensor<1x2x2x4xf32>
  return %0 : tensor<1x2x2x4xf32>
}

// -----

// CHECK-LABEL: func.func @batch_two
// CHECK-NOT: linalg.matmul
// CHECK: linalg.conv_2d_nchw_fchw
// CHECK-NOT: linalg.matmul
func.func @batch_two(%x: tensor<2x8x4x4xf32>, %w: tensor<16x8x1x1xf32>, %init: tensor<2x16x4x4xf32>) -> tensor<2x16x4x4xf32> {
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<2x8x4x4xf32>, tensor<16x8x1x1xf32>) outs(%init : tensor<2x16x4x4xf32>) -> tensor<2x16x4x4xf32>
  return %0 : tensor<2x16x4x4xf32>
}

// -----

// CHECK-LABEL: func.func @dynamic
// CHECK-NOT: linalg.matmul
// CHECK: linalg.conv_2d_nchw_fchw
// CHECK-NOT: linalg.matmul
func.func @dynamic(%x: tensor<1x8x?x?xf32>, %w: tensor<16x8x1x1xf32>, %init: tensor<1x16x?x?xf32>) -> tensor<1x16x?x?xf32> {
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x8x?x?xf32>, tensor<16x8x1x1xf32>) outs(%init : tensor<1x16x?x?xf32>) -> tensor<1x16x?x?xf32>
  return %0 : tensor<1x16x?x?xf32>
}

// -----

// CHECK-LABEL: func.func @depthwise_dynamic
// CHECK-NOT: linalg.generic
// CHECK: linalg.depthwise_conv_2d_nchw_chw
func.func @depthwise_dynamic(%x: tensor<1x2x?x?xf32>, %w: tensor<2x2x2xf32>, %init: tensor<1x2x?x?xf32>) -> tensor<1x2x?x?xf32> {
  %0 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x2x?x?xf32>, tensor<2x2x2xf32>) outs(%init : tensor<1x2x?x?xf32>) -> tensor<1x2x?x?xf32>
  return %0 : tensor<1x2x?x?xf32>
}

// -----

// 8x8 = 64 taps: too many operands to unroll.
// CHECK-LABEL: func.func @depthwise_large_window
// CHECK-NOT: linalg.generic
// CHECK: linalg.depthwise_conv_2d_nchw_chw
func.func @depthwise_large_window(%x: tensor<1x2x9x9xf32>, %w: tensor<2x8x8xf32>, %init: tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %0 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x2x9x9xf32>, tensor<2x8x8xf32>) outs(%init : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %0 : tensor<1x2x2x2xf32>
}

// -----

// math.fma needs floats.
// CHECK-LABEL: func.func @depthwise_integer
// CHECK-NOT: math.fma
// CHECK: linalg.depthwise_conv_2d_nchw_chw
func.func @depthwise_integer(%x: tensor<1x2x3x3xi32>, %w: tensor<2x2x2xi32>, %init: tensor<1x2x2x2xi32>) -> tensor<1x2x2x2xi32> {
  %0 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x2x3x3xi32>, tensor<2x2x2xi32>) outs(%init : tensor<1x2x2x2xi32>) -> tensor<1x2x2x2xi32>
  return %0 : tensor<1x2x2x2xi32>
}

// -----

// Max pooling 2x2 stride 2: one element-wise generic over four strided
// taps of the input combined with maximumf; the -inf init is max's
// identity, so it is not read (three maximumf, no fill).
// CHECK-LABEL: func.func @max_pool_taps
// CHECK-NOT: linalg.fill
// CHECK-COUNT-4: tensor.extract_slice %arg0{{.*}} [1, 1, 2, 2] : tensor<1x3x8x8xf32> to tensor<1x3x4x4xf32>
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel", "parallel"]
// CHECK-SAME: ins(%{{[^,]*}}, %{{[^,]*}}, %{{[^,]*}}, %{{[^,]*}} : tensor<1x3x4x4xf32>, tensor<1x3x4x4xf32>, tensor<1x3x4x4xf32>, tensor<1x3x4x4xf32>)
// CHECK-COUNT-3: arith.maximumf
// CHECK-NOT: arith.maximumf
// CHECK-NOT: linalg.pooling
func.func @max_pool_taps(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %e = tensor.empty() : tensor<1x3x4x4xf32>
  %init = linalg.fill ins(%ninf : f32) outs(%e : tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32>
  %w = tensor.empty() : tensor<2x2xf32>
  %r = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%x, %w : tensor<1x3x8x8xf32>, tensor<2x2xf32>) outs(%init : tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32>
  return %r : tensor<1x3x4x4xf32>
}

// -----

// Sum pooling 3x3 stride 1: nine taps added up; the zero init is not read
// (eight addf).
// CHECK-LABEL: func.func @sum_pool_taps
// CHECK-COUNT-9: tensor.extract_slice
// CHECK: linalg.generic
// CHECK-COUNT-8: arith.addf
// CHECK-NOT: arith.addf
func.func @sum_pool_taps(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x3x3xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  %w = tensor.empty() : tensor<3x3xf32>
  %r = linalg.pooling_nchw_sum {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x2x5x5xf32>, tensor<3x3xf32>) outs(%init : tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  return %r : tensor<1x2x3x3xf32>
}

// -----

// An integer max pooling is left to the loops.
// CHECK-LABEL: func.func @int_pool_untouched
// CHECK: linalg.pooling_nchw_max
func.func @int_pool_untouched(%x: tensor<1x1x4x4xi32>, %init: tensor<1x1x2x2xi32>) -> tensor<1x1x2x2xi32> {
  %w = tensor.empty() : tensor<2x2xi32>
  %r = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%x, %w : tensor<1x1x4x4xi32>, tensor<2x2xi32>) outs(%init : tensor<1x1x2x2xi32>) -> tensor<1x1x2x2xi32>
  return %r : tensor<1x1x2x2xi32>
}

// -----

// A max pooling whose init is not -inf (a caller's tensor) still folds the
// taps into it.
// CHECK-LABEL: func.func @max_pool_given_init
// CHECK: linalg.generic
// CHECK-SAME: ins(%{{[^,]*}}, %{{[^,]*}}, %{{[^,]*}}, %{{[^,]*}}, %arg1 :
// CHECK-COUNT-4: arith.maximumf
func.func @max_pool_given_init(%x: tensor<1x3x8x8xf32>, %init: tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32> {
  %w = tensor.empty() : tensor<2x2xf32>
  %r = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%x, %w : tensor<1x3x8x8xf32>, tensor<2x2xf32>) outs(%init : tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32>
  return %r : tensor<1x3x4x4xf32>
}

// -----

// A depthwise convolution into a zero fill starts from the first product
// (mulf) instead of reading the zeros.
// CHECK-LABEL: func.func @depthwise_zero_init
// CHECK-NOT: linalg.fill
// CHECK: linalg.generic
// CHECK: arith.mulf
// CHECK-COUNT-3: math.fma
// CHECK-NEXT: linalg.yield
func.func @depthwise_zero_init(%x: tensor<1x2x5x6xf32>, %w: tensor<2x2x2xf32>) -> tensor<1x2x4x5xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x4x5xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x4x5xf32>) -> tensor<1x2x4x5xf32>
  %0 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x2x5x6xf32>, tensor<2x2x2xf32>) outs(%init : tensor<1x2x4x5xf32>) -> tensor<1x2x4x5xf32>
  return %0 : tensor<1x2x4x5xf32>
}

// -----

// A pointwise convolution of a column-padded product's result (un-padded,
// reshaped to the image and back) reads the padded product directly: the
// re-pad of its slice folds away.
// CHECK-LABEL: func.func @repad_folds
// CHECK: %[[FIRST:.*]] = linalg.matmul {{.*}} -> tensor<4x16xf32>
// CHECK-NOT: tensor.pad
// CHECK: linalg.matmul ins(%{{.*}}, %[[FIRST]] : tensor<8x4xf32>, tensor<4x16xf32>)
func.func @repad_folds(%x: tensor<1x3x6x6xf32>, %w: tensor<4x3x3x3xf32>, %w2: tensor<8x4x1x1xf32>) -> tensor<1x8x2x4xf32> {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4x2x4xf32>
  %f = linalg.fill ins(%cst : f32) outs(%e : tensor<1x4x2x4xf32>) -> tensor<1x4x2x4xf32>
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<[2, 1]> : tensor<2xi64>} ins(%x, %w : tensor<1x3x6x6xf32>, tensor<4x3x3x3xf32>) outs(%f : tensor<1x4x2x4xf32>) -> tensor<1x4x2x4xf32>
  %e2 = tensor.empty() : tensor<1x8x2x4xf32>
  %f2 = linalg.fill ins(%cst : f32) outs(%e2 : tensor<1x8x2x4xf32>) -> tensor<1x8x2x4xf32>
  %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%0, %w2 : tensor<1x4x2x4xf32>, tensor<8x4x1x1xf32>) outs(%f2 : tensor<1x8x2x4xf32>) -> tensor<1x8x2x4xf32>
  return %1 : tensor<1x8x2x4xf32>
}
