// webnn activations -> element-wise linalg.generic (softmax is not lowered
// here).
// RUN: webnnc-opt %s -split-input-file --convert-webnn-to-linalg | FileCheck %s

// CHECK-LABEL: func.func @relu
// CHECK: linalg.generic
// CHECK: arith.cmpf ugt
// CHECK: arith.select
// CHECK: arith.maxsi
func.func @relu(%a: tensor<2x3xf32>, %b: tensor<4xi32>) -> (tensor<2x3xf32>, tensor<4xi32>) {
  %0 = webnn.relu %a : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = webnn.relu %b : (tensor<4xi32>) -> tensor<4xi32>
  return %0, %1 : tensor<2x3xf32>, tensor<4xi32>
}

// -----

// Unsigned bounds compare unsigned; 300 saturates to 255.
// CHECK-LABEL: func.func @clamp_unsigned(%arg0: tensor<4xi8>) -> tensor<4xi8>
// CHECK: %[[LO:.*]] = arith.constant 1 : i8
// CHECK: arith.maxui %{{.*}}, %[[LO]]
// CHECK: %[[HI:.*]] = arith.constant 255 : i8
// CHECK: arith.minui %{{.*}}, %[[HI]]
func.func @clamp_unsigned(%a: tensor<4xui8>) -> tensor<4xui8> {
  %0 = webnn.clamp %a {minValue = 1, maxValue = 300} : (tensor<4xui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// -----

// CHECK-LABEL: func.func @clamp_float
// CHECK: arith.constant 0.000000e+00 : f16
// CHECK: arith.cmpf olt
// CHECK: arith.select
// CHECK-NOT: arith.minimumf
func.func @clamp_float(%a: tensor<4xf16>) -> tensor<4xf16> {
  %0 = webnn.clamp %a {minValue = 0.0} : (tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

// CHECK-LABEL: func.func @gelu
// CHECK: math.erf
func.func @gelu(%a: tensor<3xf32>) -> tensor<3xf32> {
  %0 = webnn.gelu %a : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// CHECK-LABEL: func.func @elu_sigmoid_tanh
// CHECK: math.expm1
// CHECK: math.exp
// CHECK: math.tanh
func.func @elu_sigmoid_tanh(%a: tensor<3xf32>) -> tensor<3xf32> {
  %0 = webnn.elu %a {alpha = 0.5 : f32} : (tensor<3xf32>) -> tensor<3xf32>
  %1 = webnn.sigmoid %0 : (tensor<3xf32>) -> tensor<3xf32>
  %2 = webnn.tanh %1 : (tensor<3xf32>) -> tensor<3xf32>
  return %2 : tensor<3xf32>
}

// -----

// CHECK-DAG: #[[SLOPE:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @prelu_int
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[SLOPE]], #[[ID]]]
// CHECK: arith.cmpi sge
// CHECK: arith.muli
func.func @prelu_int(%a: tensor<2x3xi8>, %s: tensor<3xi8>) -> tensor<2x3xi8> {
  %0 = webnn.prelu %a, %s : (tensor<2x3xi8>, tensor<3xi8>) -> tensor<2x3xi8>
  return %0 : tensor<2x3xi8>
}

// -----

// CHECK-LABEL: func.func @others
// CHECK-COUNT-6: linalg.generic
func.func @others(%a: tensor<3xf32>) -> tensor<3xf32> {
  %0 = webnn.hardSigmoid %a {alpha = 0.5 : f32, beta = 0.25 : f32} : (tensor<3xf32>) -> tensor<3xf32>
  %1 = webnn.hardSwish %0 : (tensor<3xf32>) -> tensor<3xf32>
  %2 = webnn.leakyRelu %1 : (tensor<3xf32>) -> tensor<3xf32>
  %3 = webnn.linear %2 {alpha = 2.0 : f32, beta = 1.0 : f32} : (tensor<3xf32>) -> tensor<3xf32>
  %4 = webnn.softplus %3 : (tensor<3xf32>) -> tensor<3xf32>
  %5 = webnn.softsign %4 : (tensor<3xf32>) -> tensor<3xf32>
  return %5 : tensor<3xf32>
}
