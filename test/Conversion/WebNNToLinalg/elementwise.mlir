// webnn element-wise ops -> broadcasting linalg.generic; constants with
// unsigned types become signless arith constants.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics --convert-webnn-to-linalg | FileCheck %s

// CHECK-DAG: #[[BCAST:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG: #[[TRAIL:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @add_broadcast
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<2x3xf32>
// CHECK: linalg.generic {indexing_maps = [#[[BCAST]], #[[TRAIL]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%arg0, %arg1 : tensor<2x1xf32>, tensor<3xf32>) outs(%[[INIT]] : tensor<2x3xf32>)
// CHECK: arith.addf
func.func @add_broadcast(%a: tensor<2x1xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.add %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @mul_unsigned(%arg0: tensor<3xi8>) -> tensor<3xi8>
// CHECK: arith.constant dense<[1, 2, -1]> : tensor<3xi8>
// CHECK: arith.muli
func.func @mul_unsigned(%a: tensor<3xui8>) -> tensor<3xui8> {
  %k = webnn.constant dense<[1, 2, 255]> : tensor<3xui8>
  %0 = webnn.mul %a, %k : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  return %0 : tensor<3xui8>
}

// -----

// CHECK-LABEL: func.func @div_signed
// CHECK: linalg.generic
// CHECK: arith.cmpi eq
// CHECK: arith.select
// CHECK: arith.divsi
func.func @div_signed(%a: tensor<3xi32>, %b: tensor<3xi32>) -> tensor<3xi32> {
  %0 = webnn.div %a, %b : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// -----

// CHECK-LABEL: func.func @div_unsigned
// CHECK: arith.divui
// CHECK-NOT: arith.divsi
func.func @div_unsigned(%a: tensor<3xui8>, %b: tensor<3xui8>) -> tensor<3xui8> {
  %0 = webnn.div %a, %b : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  return %0 : tensor<3xui8>
}

// -----

// CHECK-LABEL: func.func @max_min
// CHECK: arith.maximumf
// CHECK: arith.minui
func.func @max_min(%a: tensor<3xf32>, %b: tensor<3xf32>, %c: tensor<3xui32>) -> (tensor<3xf32>, tensor<3xui32>) {
  %0 = webnn.max %a, %b : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %1 = webnn.min %c, %c : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
  return %0, %1 : tensor<3xf32>, tensor<3xui32>
}

// -----

// CHECK-LABEL: func.func @pow_float
// CHECK: math.powf
func.func @pow_float(%a: tensor<3xf16>, %b: tensor<f16>) -> tensor<3xf16> {
  %0 = webnn.pow %a, %b : (tensor<3xf16>, tensor<f16>) -> tensor<3xf16>
  return %0 : tensor<3xf16>
}

// -----

// CHECK-LABEL: func.func @compare_unsigned(%arg0: tensor<2x3xi32>, %arg1: tensor<3xi32>) -> tensor<2x3xi8>
// CHECK: linalg.generic
// CHECK: %[[C:.*]] = arith.cmpi ult
// CHECK: arith.extui %[[C]] : i1 to i8
func.func @compare_unsigned(%a: tensor<2x3xui32>, %b: tensor<3xui32>) -> tensor<2x3xui8> {
  %0 = webnn.lesser %a, %b : (tensor<2x3xui32>, tensor<3xui32>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

// CHECK-LABEL: func.func @compare_float
// CHECK: arith.cmpf une
// CHECK: arith.cmpf oge
// CHECK: arith.cmpf uno
func.func @compare_float(%a: tensor<3xf32>, %b: tensor<3xf32>) -> (tensor<3xui8>, tensor<3xui8>, tensor<3xui8>) {
  %0 = webnn.notEqual %a, %b : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xui8>
  %1 = webnn.greaterOrEqual %a, %b : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xui8>
  %2 = webnn.isNaN %a : (tensor<3xf32>) -> tensor<3xui8>
  return %0, %1, %2 : tensor<3xui8>, tensor<3xui8>, tensor<3xui8>
}

// -----

// CHECK-LABEL: func.func @logical
// CHECK: arith.cmpi ne
// CHECK: arith.cmpi ne
// CHECK: arith.xori
// CHECK: arith.extui
func.func @logical(%a: tensor<3xui8>, %b: tensor<3xui8>) -> tensor<3xui8> {
  %0 = webnn.logicalXor %a, %b : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  return %0 : tensor<3xui8>
}

// -----

// CHECK-LABEL: func.func @unary
// CHECK: math.sqrt
// CHECK: math.roundeven
// CHECK: math.erf
// CHECK: arith.negf
func.func @unary(%a: tensor<3xf32>) -> tensor<3xf32> {
  %0 = webnn.sqrt %a : (tensor<3xf32>) -> tensor<3xf32>
  %1 = webnn.roundEven %0 : (tensor<3xf32>) -> tensor<3xf32>
  %2 = webnn.erf %1 : (tensor<3xf32>) -> tensor<3xf32>
  %3 = webnn.neg %2 : (tensor<3xf32>) -> tensor<3xf32>
  return %3 : tensor<3xf32>
}

// -----

// CHECK-LABEL: func.func @identity(%arg0: tensor<3xi8>) -> tensor<3xi8>
// CHECK-NEXT: return %arg0 : tensor<3xi8>
func.func @identity(%a: tensor<3xui8>) -> tensor<3xui8> {
  %0 = webnn.identity %a : (tensor<3xui8>) -> tensor<3xui8>
  return %0 : tensor<3xui8>
}

// -----

// CHECK-LABEL: func.func @where
// CHECK: linalg.generic
// CHECK: arith.cmpi ne
// CHECK: arith.select
func.func @where(%c: tensor<2x1xui8>, %t: tensor<3xf32>, %f: tensor<f32>) -> tensor<2x3xf32> {
  %0 = webnn.where %c, %t, %f : (tensor<2x1xui8>, tensor<3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @cast
// CHECK: arith.uitofp %{{.*}} : i8 to f32
// CHECK: arith.fptosi %{{.*}} : f64 to i64
// CHECK: arith.trunci %{{.*}} : i64 to i32
func.func @cast(%a: tensor<3xui8>) -> tensor<3xi32> {
  %0 = webnn.cast %a {dataType = #webnn.data_type<float32>} : (tensor<3xui8>) -> tensor<3xf32>
  %1 = webnn.cast %0 {dataType = #webnn.data_type<int32>} : (tensor<3xf32>) -> tensor<3xi32>
  return %1 : tensor<3xi32>
}

// -----

// Constants are lowered from dense and dense_resource data only.
func.func @sparse_constant() -> tensor<2x2xf32> {
  // expected-error @+1 {{failed to legalize operation 'webnn.constant'}}
  %0 = webnn.constant sparse<[[0, 1]], [5.0]> : tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}
