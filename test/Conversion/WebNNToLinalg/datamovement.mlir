// webnn data movement ops -> tensor ops, linalg named ops, and
// linalg.generic ops that compute input coordinates from linalg.index.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics --convert-webnn-to-linalg | FileCheck %s

// CHECK-LABEL: func.func @reshape_collapse
// CHECK: tensor.collapse_shape %arg0 {{\[\[}}0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
func.func @reshape_collapse(%a: tensor<2x3x4xf32>) -> tensor<6x4xf32> {
  %0 = webnn.reshape %a {newShape = array<i64: 6, 4>} : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
  return %0 : tensor<6x4xf32>
}

// -----

// CHECK-LABEL: func.func @reshape_expand
// CHECK: tensor.expand_shape %arg0 {{\[\[}}0, 1]] output_shape [2, 3] : tensor<6xf32> into tensor<2x3xf32>
func.func @reshape_expand(%a: tensor<6xf32>) -> tensor<2x3xf32> {
  %0 = webnn.reshape %a {newShape = array<i64: 2, 3>} : (tensor<6xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @reshape_general
// CHECK: %[[SHAPE:.*]] = arith.constant dense<[3, 2]> : tensor<2xi64>
// CHECK: tensor.reshape %arg0(%[[SHAPE]]) : (tensor<2x3xi8>, tensor<2xi64>) -> tensor<3x2xi8>
func.func @reshape_general(%a: tensor<2x3xui8>) -> tensor<3x2xui8> {
  %0 = webnn.reshape %a {newShape = array<i64: 3, 2>} : (tensor<2x3xui8>) -> tensor<3x2xui8>
  return %0 : tensor<3x2xui8>
}

// -----

// CHECK-LABEL: func.func @transpose_default
// CHECK: linalg.transpose ins(%arg0 : tensor<2x3x4xf32>) outs(%{{.*}} : tensor<4x3x2xf32>) permutation = [2, 1, 0]
func.func @transpose_default(%a: tensor<2x3x4xf32>) -> tensor<4x3x2xf32> {
  %0 = webnn.transpose %a : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
  return %0 : tensor<4x3x2xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_perm
// CHECK: linalg.transpose ins(%arg0 : tensor<2x3x4xf32>) outs(%{{.*}} : tensor<3x2x4xf32>) permutation = [1, 0, 2]
func.func @transpose_perm(%a: tensor<2x3x4xf32>) -> tensor<3x2x4xf32> {
  %0 = webnn.transpose %a {permutation = array<i64: 1, 0, 2>} : (tensor<2x3x4xf32>) -> tensor<3x2x4xf32>
  return %0 : tensor<3x2x4xf32>
}

// -----

// CHECK-LABEL: func.func @concat
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x7xf32>
// CHECK: %[[I0:.*]] = tensor.insert_slice %arg0 into %[[E]][0, 0] [2, 3] [1, 1]
// CHECK: tensor.insert_slice %arg1 into %[[I0]][0, 3] [2, 4] [1, 1]
func.func @concat(%a: tensor<2x3xf32>, %b: tensor<2x4xf32>) -> tensor<2x7xf32> {
  %0 = webnn.concat %a, %b {axis = 1} : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<2x7xf32>
  return %0 : tensor<2x7xf32>
}

// -----

// CHECK-LABEL: func.func @slice_strided
// CHECK: tensor.extract_slice %arg0[1, 0] [2, 2] [2, 3] : tensor<5x6xf32> to tensor<2x2xf32>
func.func @slice_strided(%a: tensor<5x6xf32>) -> tensor<2x2xf32> {
  %0 = webnn.slice %a {starts = array<i64: 1, 0>, sizes = array<i64: 4, 6>, strides = array<i64: 2, 3>} : (tensor<5x6xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

// CHECK-LABEL: func.func @split_sizes
// CHECK: tensor.extract_slice %arg0[0, 0] [1, 2] [1, 1] : tensor<6x2xf32> to tensor<1x2xf32>
// CHECK: tensor.extract_slice %arg0[1, 0] [5, 2] [1, 1] : tensor<6x2xf32> to tensor<5x2xf32>
func.func @split_sizes(%a: tensor<6x2xf32>) -> (tensor<1x2xf32>, tensor<5x2xf32>) {
  %0:2 = webnn.split %a {splits = array<i64: 1, 5>} : (tensor<6x2xf32>) -> (tensor<1x2xf32>, tensor<5x2xf32>)
  return %0#0, %0#1 : tensor<1x2xf32>, tensor<5x2xf32>
}

// -----

// CHECK-LABEL: func.func @pad_constant_int
// The value 300.0 cast to uint8 saturates to 255 (-1 as signless i8).
// CHECK: %[[V:.*]] = arith.constant -1 : i8
// CHECK: tensor.pad %arg0 low[1, 0] high[0, 2]
// CHECK: tensor.yield %[[V]] : i8
func.func @pad_constant_int(%a: tensor<2x2xui8>) -> tensor<3x4xui8> {
  %0 = webnn.pad %a {beginningPadding = array<i64: 1, 0>, endingPadding = array<i64: 0, 2>, value = 300.0 : f64} : (tensor<2x2xui8>) -> tensor<3x4xui8>
  return %0 : tensor<3x4xui8>
}

// -----

// CHECK-LABEL: func.func @pad_reflection
// CHECK: linalg.generic
// CHECK: linalg.index 0
// CHECK: arith.select
// CHECK: arith.maxsi
// CHECK: arith.minsi
// CHECK: tensor.extract %arg0
func.func @pad_reflection(%a: tensor<3xf32>) -> tensor<7xf32> {
  %0 = webnn.pad %a {beginningPadding = array<i64: 2>, endingPadding = array<i64: 2>, mode = #webnn.padding_mode<reflection>} : (tensor<3xf32>) -> tensor<7xf32>
  return %0 : tensor<7xf32>
}

// -----

// CHECK-DAG: #[[BCAST:.*]] = affine_map<(d0, d1) -> (0, d1)>
// CHECK-LABEL: func.func @expand
// CHECK: linalg.generic {indexing_maps = [#[[BCAST]], #{{.*}}], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<1x3xf32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: linalg.yield %[[IN]] : f32
func.func @expand(%a: tensor<1x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.expand %a {newShape = array<i64: 2, 3>} : (tensor<1x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @tile
// CHECK: linalg.generic
// CHECK: arith.remui
// CHECK: tensor.extract %arg0
func.func @tile(%a: tensor<2x3xf32>) -> tensor<4x3xf32> {
  %0 = webnn.tile %a {repetitions = array<i64: 2, 1>} : (tensor<2x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// CHECK-LABEL: func.func @reverse_axis
// CHECK: %[[I0:.*]] = linalg.index 0 : index
// CHECK: %[[I1:.*]] = linalg.index 1 : index
// CHECK: %[[R:.*]] = arith.subi %{{.*}}, %[[I1]] : index
// CHECK: tensor.extract %arg0[%[[I0]], %[[R]]]
func.func @reverse_axis(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.reverse %a {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @triangular_lower
// CHECK: linalg.generic
// CHECK: linalg.index 0
// CHECK: linalg.index 1
// CHECK: arith.cmpi sle
// CHECK: arith.select
func.func @triangular_lower(%a: tensor<3x3xf32>) -> tensor<3x3xf32> {
  %0 = webnn.triangular %a {upper = false, diagonal = -1} : (tensor<3x3xf32>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}

// -----

// CHECK-LABEL: func.func @gather_unsigned
// CHECK: linalg.generic
// CHECK: %[[RAW:.*]] = tensor.extract %arg1[%{{.*}}] : tensor<2xi32>
// CHECK: arith.extui %[[RAW]] : i32 to i64
// CHECK: arith.maxsi
// CHECK: arith.minsi
// CHECK: arith.index_cast
// CHECK: tensor.extract %arg0[%{{.*}}, %{{.*}}] : tensor<3x4xf32>
func.func @gather_unsigned(%a: tensor<3x4xf32>, %i: tensor<2xui32>) -> tensor<3x2xf32> {
  %0 = webnn.gather %a, %i {axis = 1} : (tensor<3x4xf32>, tensor<2xui32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

// CHECK-LABEL: func.func @gather_elements
// CHECK: linalg.generic {{.*}} ins(%arg1 : tensor<3x4xi32>)
// CHECK: arith.extsi
// CHECK: tensor.extract %arg0[%{{.*}}, %{{.*}}] : tensor<3x4xf32>
func.func @gather_elements(%a: tensor<3x4xf32>, %i: tensor<3x4xi32>) -> tensor<3x4xf32> {
  %0 = webnn.gatherElements %a, %i {axis = 1} : (tensor<3x4xf32>, tensor<3x4xi32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// CHECK-LABEL: func.func @gather_nd
// CHECK: linalg.generic
// CHECK: tensor.extract %arg1[%{{.*}}, %{{.*}}] : tensor<2x1xi64>
// CHECK: tensor.extract %arg0[%{{.*}}, %{{.*}}] : tensor<3x4xf32>
func.func @gather_nd(%a: tensor<3x4xf32>, %i: tensor<2x1xi64>) -> tensor<2x4xf32> {
  %0 = webnn.gatherND %a, %i : (tensor<3x4xf32>, tensor<2x1xi64>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// CHECK-DAG: #[[UPD:.*]] = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1)>
// CHECK-LABEL: func.func @scatter_elements
// CHECK: linalg.generic {indexing_maps = [#[[UPD]], #[[OUT]]], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%arg2 : tensor<2x4xf32>) outs(%arg0 : tensor<3x4xf32>)
// CHECK: tensor.extract %arg1
// CHECK: arith.extui
// CHECK: arith.select
func.func @scatter_elements(%a: tensor<3x4xf32>, %i: tensor<2x4xui32>, %u: tensor<2x4xf32>) -> tensor<3x4xf32> {
  %0 = webnn.scatterElements %a, %i, %u : (tensor<3x4xf32>, tensor<2x4xui32>, tensor<2x4xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// CHECK-DAG: #[[UPD:.*]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @scatter_nd
// CHECK: linalg.generic {indexing_maps = [#[[UPD]], #[[OUT]]], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg2 : tensor<2x4xf32>) outs(%arg0 : tensor<3x4xf32>)
// CHECK: tensor.extract %arg1[%{{.*}}, %{{.*}}] : tensor<2x1xi32>
// CHECK: arith.select
func.func @scatter_nd(%a: tensor<3x4xf32>, %i: tensor<2x1xi32>, %u: tensor<2x4xf32>) -> tensor<3x4xf32> {
  %0 = webnn.scatterND %a, %i, %u : (tensor<3x4xf32>, tensor<2x1xi32>, tensor<2x4xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// CHECK-LABEL: func.func @resample_nearest
// CHECK: linalg.generic
// CHECK: arith.ceildivsi
// CHECK: tensor.extract %arg0
func.func @resample_nearest(%a: tensor<1x1x2x3xf32>) -> tensor<1x1x4x6xf32> {
  %0 = webnn.resample2d %a {scales = array<f32: 2.0, 2.0>} : (tensor<1x1x2x3xf32>) -> tensor<1x1x4x6xf32>
  return %0 : tensor<1x1x4x6xf32>
}

// -----

// CHECK-LABEL: func.func @resample_linear_f16
// CHECK: linalg.generic
// CHECK: math.floor
// CHECK: math.ceil
// CHECK: arith.extf %{{.*}} : f16 to f64
// CHECK: arith.truncf %{{.*}} : f64 to f16
func.func @resample_linear_f16(%a: tensor<1x1x2x3xf16>) -> tensor<1x1x4x6xf16> {
  %0 = webnn.resample2d %a {mode = #webnn.interpolation_mode<linear>, scales = array<f32: 2.0, 2.0>} : (tensor<1x1x2x3xf16>) -> tensor<1x1x4x6xf16>
  return %0 : tensor<1x1x4x6xf16>
}

// -----

// A constant-mode pad without a value pads with 0 (the spec's default).
// CHECK-LABEL: func.func @pad_default_value
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: tensor.pad
// CHECK: tensor.yield %[[ZERO]]
func.func @pad_default_value(%x: tensor<9xf32>) -> tensor<11xf32> {
  %0 = webnn.pad %x {beginningPadding = array<i64: 1>, endingPadding = array<i64: 1>} : (tensor<9xf32>) -> tensor<11xf32>
  return %0 : tensor<11xf32>
}
