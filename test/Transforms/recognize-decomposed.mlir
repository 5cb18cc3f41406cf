// --webnn-recognize-decomposed: PyTorch's exported LayerNorm and GELU
// (erf form) chains become layerNormalization and gelu; chains with an
// intermediate used elsewhere, other constants or other axes stay.
// RUN: webnnc-opt %s -split-input-file --webnn-recognize-decomposed | FileCheck %s

// CHECK-LABEL: func.func @layer_norm
// CHECK-SAME: (%[[X:.*]]: tensor<2x4x8xf32>, %[[G:.*]]: tensor<8xf32>, %[[B:.*]]: tensor<8xf32>)
// CHECK: %[[N:.*]] = webnn.layerNormalization %[[X]] scale(%[[G]]) bias(%[[B]]) {axes = array<i64: 2>} :
// CHECK-NEXT: return %[[N]]
func.func @layer_norm(%x: tensor<2x4x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<2x4x8xf32> {
  %m = webnn.reduceMean %x {axes = array<i64: 2>, keepDimensions = true} : (tensor<2x4x8xf32>) -> tensor<2x4x1xf32>
  %d = webnn.sub %x, %m : (tensor<2x4x8xf32>, tensor<2x4x1xf32>) -> tensor<2x4x8xf32>
  %two = webnn.constant dense<2.0> : tensor<f32>
  %p = webnn.pow %d, %two : (tensor<2x4x8xf32>, tensor<f32>) -> tensor<2x4x8xf32>
  %v = webnn.reduceMean %p {axes = array<i64: 2>, keepDimensions = true} : (tensor<2x4x8xf32>) -> tensor<2x4x1xf32>
  %eps = webnn.constant dense<9.99999974E-6> : tensor<f32>
  %ve = webnn.add %v, %eps : (tensor<2x4x1xf32>, tensor<f32>) -> tensor<2x4x1xf32>
  %s = webnn.sqrt %ve : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
  %n = webnn.div %d, %s : (tensor<2x4x8xf32>, tensor<2x4x1xf32>) -> tensor<2x4x8xf32>
  %y = webnn.mul %n, %g : (tensor<2x4x8xf32>, tensor<8xf32>) -> tensor<2x4x8xf32>
  %z = webnn.add %y, %b : (tensor<2x4x8xf32>, tensor<8xf32>) -> tensor<2x4x8xf32>
  return %z : tensor<2x4x8xf32>
}

// -----

// Without scale and bias.
// CHECK-LABEL: func.func @layer_norm_plain
// CHECK: webnn.layerNormalization %arg0 {axes = array<i64: 1>, epsilon = 1.000000e-03 : f32}
func.func @layer_norm_plain(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %m = webnn.reduceMean %x {axes = array<i64: 1>, keepDimensions = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %d = webnn.sub %x, %m : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %two = webnn.constant dense<2.0> : tensor<f32>
  %p = webnn.pow %d, %two : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xf32>
  %v = webnn.reduceMean %p {axes = array<i64: 1>, keepDimensions = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %eps = webnn.constant dense<1.0e-3> : tensor<f32>
  %ve = webnn.add %eps, %v : (tensor<f32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %s = webnn.sqrt %ve : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %n = webnn.div %d, %s : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %n : tensor<4x8xf32>
}

// -----

// The centered value is also returned: not a layer normalization.
// CHECK-LABEL: func.func @layer_norm_shared_intermediate
// CHECK-NOT: webnn.layerNormalization
// CHECK: webnn.div
func.func @layer_norm_shared_intermediate(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %m = webnn.reduceMean %x {axes = array<i64: 1>, keepDimensions = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %d = webnn.sub %x, %m : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %two = webnn.constant dense<2.0> : tensor<f32>
  %p = webnn.pow %d, %two : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xf32>
  %v = webnn.reduceMean %p {axes = array<i64: 1>, keepDimensions = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %eps = webnn.constant dense<1.0e-5> : tensor<f32>
  %ve = webnn.add %v, %eps : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %s = webnn.sqrt %ve : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %n = webnn.div %d, %s : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %n, %d : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

// A cube instead of a square: not a variance.
// CHECK-LABEL: func.func @layer_norm_wrong_power
// CHECK-NOT: webnn.layerNormalization
func.func @layer_norm_wrong_power(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %m = webnn.reduceMean %x {axes = array<i64: 1>, keepDimensions = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %d = webnn.sub %x, %m : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %three = webnn.constant dense<3.0> : tensor<f32>
  %p = webnn.pow %d, %three : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xf32>
  %v = webnn.reduceMean %p {axes = array<i64: 1>, keepDimensions = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %eps = webnn.constant dense<1.0e-5> : tensor<f32>
  %ve = webnn.add %v, %eps : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %s = webnn.sqrt %ve : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %n = webnn.div %d, %s : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %n : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @gelu
// CHECK: %[[G:.*]] = webnn.gelu %arg0 : (tensor<2x16xf32>) -> tensor<2x16xf32>
// CHECK-NEXT: return %[[G]]
func.func @gelu(%x: tensor<2x16xf32>) -> tensor<2x16xf32> {
  %sqrt2 = webnn.constant dense<1.41421354> : tensor<f32>
  %a = webnn.div %x, %sqrt2 : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x16xf32>
  %e = webnn.erf %a : (tensor<2x16xf32>) -> tensor<2x16xf32>
  %one = webnn.constant dense<1.0> : tensor<f32>
  %b = webnn.add %e, %one : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x16xf32>
  %c = webnn.mul %x, %b : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
  %half = webnn.constant dense<0.5> : tensor<f32>
  %y = webnn.mul %c, %half : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x16xf32>
  return %y : tensor<2x16xf32>
}

// -----

// Divided by 2 instead of sqrt(2): not GELU.
// CHECK-LABEL: func.func @not_gelu
// CHECK-NOT: webnn.gelu
// CHECK: webnn.erf
func.func @not_gelu(%x: tensor<2x16xf32>) -> tensor<2x16xf32> {
  %two = webnn.constant dense<2.0> : tensor<f32>
  %a = webnn.div %x, %two : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x16xf32>
  %e = webnn.erf %a : (tensor<2x16xf32>) -> tensor<2x16xf32>
  %one = webnn.constant dense<1.0> : tensor<f32>
  %b = webnn.add %e, %one : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x16xf32>
  %c = webnn.mul %x, %b : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
  %half = webnn.constant dense<0.5> : tensor<f32>
  %y = webnn.mul %c, %half : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x16xf32>
  return %y : tensor<2x16xf32>
}
