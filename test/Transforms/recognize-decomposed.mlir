// --webnn-recognize-decomposed: PyTorch's exported LayerNorm, GELU (erf
// form), softmax and hardswish chains become layerNormalization, gelu,
// softmax and hardSwish; chains with an intermediate used elsewhere, other
// constants or other axes stay.
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

// -----

// PyTorch's exported softmax chain over the last axis: softmax(x).
// CHECK-LABEL: func.func @softmax_parts
// CHECK: %[[S:.*]] = webnn.softmax %arg0 {axis = 2 : i64} : (tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
// CHECK-NEXT: return %[[S]]
func.func @softmax_parts(%x: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
  %m = webnn.reduceMax %x {axes = array<i64: 2>, keepDimensions = true} : (tensor<2x4x8xf32>) -> tensor<2x4x1xf32>
  %d = webnn.sub %x, %m : (tensor<2x4x8xf32>, tensor<2x4x1xf32>) -> tensor<2x4x8xf32>
  %e = webnn.exp %d : (tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %s = webnn.reduceSum %e {axes = array<i64: 2>, keepDimensions = true} : (tensor<2x4x8xf32>) -> tensor<2x4x1xf32>
  %y = webnn.div %e, %s : (tensor<2x4x8xf32>, tensor<2x4x1xf32>) -> tensor<2x4x8xf32>
  return %y : tensor<2x4x8xf32>
}

// -----

// Without the maximum subtracted, over axis 0.
// CHECK-LABEL: func.func @softmax_unshifted
// CHECK: webnn.softmax %arg0 {axis = 0 : i64}
// CHECK-NOT: webnn.exp
func.func @softmax_unshifted(%x: tensor<5x3xf32>) -> tensor<5x3xf32> {
  %e = webnn.exp %x : (tensor<5x3xf32>) -> tensor<5x3xf32>
  %s = webnn.reduceSum %e {axes = array<i64: 0>, keepDimensions = true} : (tensor<5x3xf32>) -> tensor<1x3xf32>
  %y = webnn.div %e, %s : (tensor<5x3xf32>, tensor<1x3xf32>) -> tensor<5x3xf32>
  return %y : tensor<5x3xf32>
}

// -----

// The maximum is taken over another axis than the sum: the sum's softmax
// of the shifted input (still exact), the shift stays.
// CHECK-LABEL: func.func @softmax_other_max_axis
// CHECK: %[[D:.*]] = webnn.sub
// CHECK: webnn.softmax %[[D]] {axis = 1 : i64}
func.func @softmax_other_max_axis(%x: tensor<5x3xf32>) -> tensor<5x3xf32> {
  %m = webnn.reduceMax %x {axes = array<i64: 0>, keepDimensions = true} : (tensor<5x3xf32>) -> tensor<1x3xf32>
  %d = webnn.sub %x, %m : (tensor<5x3xf32>, tensor<1x3xf32>) -> tensor<5x3xf32>
  %e = webnn.exp %d : (tensor<5x3xf32>) -> tensor<5x3xf32>
  %s = webnn.reduceSum %e {axes = array<i64: 1>, keepDimensions = true} : (tensor<5x3xf32>) -> tensor<5x1xf32>
  %y = webnn.div %e, %s : (tensor<5x3xf32>, tensor<5x1xf32>) -> tensor<5x3xf32>
  return %y : tensor<5x3xf32>
}

// -----

// Not softmax: the exponentials are also returned, or the sum is over two
// axes.
// CHECK-LABEL: func.func @softmax_negative
// CHECK-NOT: webnn.softmax
// CHECK: return
func.func @softmax_negative(%x: tensor<5x3xf32>) -> (tensor<5x3xf32>, tensor<5x3xf32>, tensor<5x3xf32>) {
  %e = webnn.exp %x : (tensor<5x3xf32>) -> tensor<5x3xf32>
  %s = webnn.reduceSum %e {axes = array<i64: 1>, keepDimensions = true} : (tensor<5x3xf32>) -> tensor<5x1xf32>
  %y = webnn.div %e, %s : (tensor<5x3xf32>, tensor<5x1xf32>) -> tensor<5x3xf32>
  %e2 = webnn.exp %x : (tensor<5x3xf32>) -> tensor<5x3xf32>
  %s2 = webnn.reduceSum %e2 {axes = array<i64: 0, 1>, keepDimensions = true} : (tensor<5x3xf32>) -> tensor<1x1xf32>
  %y2 = webnn.div %e2, %s2 : (tensor<5x3xf32>, tensor<1x1xf32>) -> tensor<5x3xf32>
  return %y, %e, %y2 : tensor<5x3xf32>, tensor<5x3xf32>, tensor<5x3xf32>
}

// -----

// hardswish as exported before opset 14: x * hardSigmoid(x; 1/6, 0.5).
// CHECK-LABEL: func.func @hard_swish_sigmoid
// CHECK: %[[H:.*]] = webnn.hardSwish %arg0 : (tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
// CHECK-NEXT: return %[[H]]
func.func @hard_swish_sigmoid(%x: tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32> {
  %g = webnn.hardSigmoid %x {alpha = 0.166666672 : f32, beta = 5.000000e-01 : f32} : (tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %y = webnn.mul %g, %x : (tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  return %y : tensor<1x8x4x4xf32>
}

// -----

// x * relu6(x + 3) / 6 and x * relu6(x + 3) * (1/6).
// CHECK-LABEL: func.func @hard_swish_relu6
// CHECK-DAG: %[[A:.*]] = webnn.hardSwish %arg0 : (tensor<16xf32>) -> tensor<16xf32>
// CHECK-DAG: %[[B:.*]] = webnn.hardSwish %arg1 : (tensor<16xf32>) -> tensor<16xf32>
// CHECK-NOT: webnn.clamp
// CHECK: return %[[A]], %[[B]]
func.func @hard_swish_relu6(%x: tensor<16xf32>, %z: tensor<16xf32>) -> (tensor<16xf32>, tensor<16xf32>) {
  %three = webnn.constant dense<3.0> : tensor<f32>
  %six = webnn.constant dense<6.0> : tensor<f32>
  %sixth = webnn.constant dense<0.166666672> : tensor<f32>
  %a = webnn.add %x, %three : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %c = webnn.clamp %a {minValue = 0.0, maxValue = 6.0} : (tensor<16xf32>) -> tensor<16xf32>
  %m = webnn.mul %x, %c : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %y = webnn.div %m, %six : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %a2 = webnn.add %three, %z : (tensor<f32>, tensor<16xf32>) -> tensor<16xf32>
  %c2 = webnn.clamp %a2 {minValue = 0.0, maxValue = 6.0} : (tensor<16xf32>) -> tensor<16xf32>
  %m2 = webnn.mul %c2, %z : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %y2 = webnn.mul %m2, %sixth : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  return %y, %y2 : tensor<16xf32>, tensor<16xf32>
}

// -----

// Not hardswish: relu5 instead of relu6, and a hardSigmoid with the
// default alpha 0.2.
// CHECK-LABEL: func.func @hard_swish_negative
// CHECK-NOT: webnn.hardSwish
// CHECK: return
func.func @hard_swish_negative(%x: tensor<16xf32>) -> (tensor<16xf32>, tensor<16xf32>) {
  %three = webnn.constant dense<3.0> : tensor<f32>
  %six = webnn.constant dense<6.0> : tensor<f32>
  %a = webnn.add %x, %three : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %c = webnn.clamp %a {minValue = 0.0, maxValue = 5.0} : (tensor<16xf32>) -> tensor<16xf32>
  %m = webnn.mul %x, %c : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %y = webnn.div %m, %six : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %g = webnn.hardSigmoid %x : (tensor<16xf32>) -> tensor<16xf32>
  %y2 = webnn.mul %x, %g : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %y, %y2 : tensor<16xf32>, tensor<16xf32>
}
