// webnn reductions, argMin/argMax, softmax, cumulativeSum and the
// normalizations -> linalg.generic with reduction iterators (static shapes
// only: the dialect has no others, so no form is refused).
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics --convert-webnn-to-linalg | FileCheck %s

// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @reduce_sum_keep
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<2xf32>
// CHECK: %[[FILL:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY]] : tensor<2xf32>)
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[ROW]]], iterator_types = ["parallel", "reduction"]} ins(%arg0 : tensor<2x3xf32>) outs(%[[FILL]] : tensor<2xf32>)
// CHECK: arith.addf
// CHECK: tensor.expand_shape %[[SUM]] {{\[\[}}0, 1]] output_shape [2, 1] : tensor<2xf32> into tensor<2x1xf32>
func.func @reduce_sum_keep(%a: tensor<2x3xf32>) -> tensor<2x1xf32> {
  %0 = webnn.reduceSum %a {axes = array<i64: 1>, keepDimensions = true} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// -----

// All axes reduced (axes absent) with keepDimensions: a rank-0 accumulator
// expanded to all ones.
// CHECK-LABEL: func.func @reduce_product_all
// CHECK: arith.constant 1 : i64
// CHECK: linalg.generic {{.*}}iterator_types = ["reduction", "reduction"]{{.*}}outs(%{{.*}} : tensor<i64>)
// CHECK: arith.muli
// CHECK: tensor.expand_shape %{{.*}} [] output_shape [1, 1] : tensor<i64> into tensor<1x1xi64>
func.func @reduce_product_all(%a: tensor<2x3xi64>) -> tensor<1x1xi64> {
  %0 = webnn.reduceProduct %a {keepDimensions = true} : (tensor<2x3xi64>) -> tensor<1x1xi64>
  return %0 : tensor<1x1xi64>
}

// -----

// Unsigned maximum from 0; signed minimum from INT_MAX.
// CHECK-LABEL: func.func @reduce_max_unsigned(%arg0: tensor<4xi32>) -> tensor<i32>
// CHECK: arith.constant 0 : i32
// CHECK: arith.maxui
func.func @reduce_max_unsigned(%a: tensor<4xui32>) -> tensor<ui32> {
  %0 = webnn.reduceMax %a : (tensor<4xui32>) -> tensor<ui32>
  return %0 : tensor<ui32>
}

// -----

// CHECK-LABEL: func.func @reduce_min_signed
// CHECK: arith.constant 2147483647 : i32
// CHECK: arith.minsi
func.func @reduce_min_signed(%a: tensor<4xi32>) -> tensor<i32> {
  %0 = webnn.reduceMin %a : (tensor<4xi32>) -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

// Float maximum: NaN propagating, from -infinity (the interpreter's
// start value, so a maximum over -inf values is -inf).
// CHECK-LABEL: func.func @reduce_max_float
// CHECK: arith.constant 0xFF800000 : f32
// CHECK: arith.maximumf
func.func @reduce_max_float(%a: tensor<4xf32>) -> tensor<f32> {
  %0 = webnn.reduceMax %a : (tensor<4xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// float16 accumulates in f32 and rounds once.
// CHECK-LABEL: func.func @reduce_mean_f16
// CHECK: linalg.generic
// CHECK: ^bb0(%[[X:.*]]: f16, %[[ACC:.*]]: f32):
// CHECK: %[[E:.*]] = arith.extf %[[X]] : f16 to f32
// CHECK: arith.addf %[[ACC]], %[[E]] : f32
// CHECK: linalg.generic
// CHECK: arith.divf %{{.*}}, %{{.*}} : f32
// CHECK: arith.truncf %{{.*}} : f32 to f16
func.func @reduce_mean_f16(%a: tensor<2x3xf16>) -> tensor<2xf16> {
  %0 = webnn.reduceMean %a {axes = array<i64: 1>} : (tensor<2x3xf16>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

// CHECK-LABEL: func.func @reduce_l1_int
// CHECK: math.absi
// CHECK: arith.addi
func.func @reduce_l1_int(%a: tensor<2x3xi32>) -> tensor<3xi32> {
  %0 = webnn.reduceL1 %a {axes = array<i64: 0>} : (tensor<2x3xi32>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// -----

// CHECK-LABEL: func.func @reduce_l2
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: math.sqrt
func.func @reduce_l2(%a: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = webnn.reduceL2 %a {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// CHECK-LABEL: func.func @reduce_sum_square
// CHECK: arith.muli
// CHECK: arith.addi
func.func @reduce_sum_square(%a: tensor<2x3xi64>) -> tensor<2xi64> {
  %0 = webnn.reduceSumSquare %a {axes = array<i64: 1>} : (tensor<2x3xi64>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// CHECK-LABEL: func.func @reduce_log_sum
// CHECK: arith.addf
// CHECK: math.log
func.func @reduce_log_sum(%a: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = webnn.reduceLogSum %a {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// max + log(sum(exp(x - max))), the max replaced by 0 where not finite.
// CHECK-LABEL: func.func @reduce_log_sum_exp
// CHECK: arith.maximumf
// CHECK: math.absf
// CHECK: arith.cmpf olt
// CHECK: arith.select
// CHECK: arith.subf
// CHECK: math.exp
// CHECK: math.log
// CHECK: arith.addf
func.func @reduce_log_sum_exp(%a: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = webnn.reduceLogSumExp %a {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// argMax: a two-result reduction (value, index); the first index wins ties,
// the first NaN wins.
// CHECK-LABEL: func.func @arg_max
// CHECK: %[[R:.*]]:2 = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]{{.*}}outs(%{{.*}}, %{{.*}} : tensor<2xf32>, tensor<2xi64>)
// CHECK: arith.cmpf ogt
// CHECK: arith.cmpf uno
// CHECK: arith.cmpf ord
// CHECK: linalg.index 1 : index
// CHECK: arith.index_cast %{{.*}} : index to i64
// CHECK: tensor.expand_shape %[[R]]#1
func.func @arg_max(%a: tensor<2x3xf32>) -> tensor<2x1xi64> {
  %0 = webnn.argMax %a {axis = 1, keepDimensions = true, outputDataType = #webnn.data_type<int64>} : (tensor<2x3xf32>) -> tensor<2x1xi64>
  return %0 : tensor<2x1xi64>
}

// -----

// CHECK-LABEL: func.func @arg_min_unsigned
// CHECK: arith.constant -1 : i32
// CHECK: arith.cmpi ult
func.func @arg_min_unsigned(%a: tensor<2x3xui32>) -> tensor<2xi32> {
  %0 = webnn.argMin %a {axis = 1} : (tensor<2x3xui32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// CHECK-LABEL: func.func @softmax
// CHECK: arith.maximumf
// CHECK: math.exp
// CHECK: arith.addf
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]
// CHECK: math.exp
// CHECK: arith.divf
// CHECK: arith.truncf
func.func @softmax(%a: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.softmax %a {axis = 0} : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

// CHECK-DAG: #[[CIN:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[COUT:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @cumulative_sum
// CHECK: linalg.generic {indexing_maps = [#[[CIN]], #[[COUT]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK: linalg.index 1
// CHECK: linalg.index 2
// CHECK: arith.cmpi ugt
// CHECK: arith.addi
func.func @cumulative_sum(%a: tensor<2x3xi32>) -> tensor<2x3xi32> {
  %0 = webnn.cumulativeSum %a {axis = 1, exclusive = true, reversed = true} : (tensor<2x3xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

// CHECK-DAG: #[[ID4:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func.func @batch_normalization
// CHECK: linalg.generic {indexing_maps = [#[[ID4]], #[[CH]], #[[CH]], #[[CH]], #[[CH]], #[[ID4]]]
// CHECK: arith.subf
// CHECK: arith.addf
// CHECK: math.sqrt
// CHECK: arith.divf
// CHECK: arith.mulf
// CHECK: arith.addf
func.func @batch_normalization(%x: tensor<1x2x3x3xf32>, %m: tensor<2xf32>, %v: tensor<2xf32>, %s: tensor<2xf32>, %b: tensor<2xf32>) -> tensor<1x2x3x3xf32> {
  %0 = webnn.batchNormalization %x, %m, %v scale(%s) bias(%b) : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// -----

// nhwc: statistics per (n, c) over h and w.
// CHECK-DAG: #[[NC:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d3)>
// CHECK-LABEL: func.func @instance_normalization_nhwc
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "reduction", "reduction", "parallel"]
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "reduction", "reduction", "parallel"]
// CHECK: math.sqrt
func.func @instance_normalization_nhwc(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32> {
  %0 = webnn.instanceNormalization %x {layout = #webnn.input_layout<nhwc>} : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  return %0 : tensor<1x3x3x2xf32>
}

// -----

// scale is indexed by the input dimensions named in axes, in axes order.
// CHECK-DAG: #[[SCALE:.*]] = affine_map<(d0, d1, d2) -> (d2, d0)>
// CHECK-LABEL: func.func @layer_normalization
// CHECK: arith.constant 8.000000e+00 : f32
// CHECK: linalg.generic {{.*}}iterator_types = ["reduction", "parallel", "reduction"]
// CHECK: linalg.generic {{.*}}#[[SCALE]]
// CHECK: arith.mulf
func.func @layer_normalization(%a: tensor<2x3x4xf32>, %s: tensor<4x2xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.layerNormalization %a scale(%s) {axes = array<i64: 2, 0>} : (tensor<2x3x4xf32>, tensor<4x2xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}
