// Round trip, shape inference, folding and validation of webnn.expand.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// Size-1 dimensions stretch and a leading dimension is added.
// CHECK-LABEL: func @expand_broadcast
// CHECK: webnn.expand %{{.*}} {label = "grow", newShape = array<i64: 2, 3, 4>} : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
func.func @expand_broadcast(%x: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.expand %x {newShape = array<i64: 2, 3, 4>, label = "grow"} : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// A scalar expands to any shape.
// CHECK-LABEL: func @expand_scalar
// CHECK: webnn.expand %{{.*}} {newShape = array<i64: 2, 3>} : (tensor<i32>) -> tensor<2x3xi32>
func.func @expand_scalar(%x: tensor<i32>) -> tensor<2x3xi32> {
  %0 = webnn.expand %x {newShape = array<i64: 2, 3>} : (tensor<i32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

// An empty newShape keeps a scalar a scalar.
// CHECK-LABEL: func @expand_scalar_to_scalar
// CHECK: webnn.expand %{{.*}} {newShape = array<i64>} : (tensor<f16>) -> tensor<f16>
func.func @expand_scalar_to_scalar(%x: tensor<f16>) -> tensor<f16> {
  %0 = webnn.expand %x {newShape = array<i64>} : (tensor<f16>) -> tensor<f16>
  return %0 : tensor<f16>
}

// -----

// Expanding to the input's own shape is the identity.
// CHECK-LABEL: func @expand_same_shape
// CHECK: webnn.expand %{{.*}} {newShape = array<i64: 2, 3>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// FOLD-LABEL: func @expand_same_shape
// FOLD-NEXT: return %arg0
func.func @expand_same_shape(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.expand %x {newShape = array<i64: 2, 3>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// FOLD-LABEL: func @expand_not_folded
// FOLD: webnn.expand
func.func @expand_not_folded(%x: tensor<1x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.expand %x {newShape = array<i64: 2, 3>} : (tensor<1x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @expand_not_broadcastable(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{input shape 'tensor<2x3xf32>' is not unidirectionally broadcastable to newShape [3, 3] [expand, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.expand %x {newShape = array<i64: 3, 3>} : (tensor<2x3xf32>) -> tensor<3x3xf32>
  return
}

// -----

// Broadcasting never drops dimensions.
func.func @expand_lower_rank(%x: tensor<1x3xf32>) {
  // expected-error @+2 {{input shape 'tensor<1x3xf32>' is not unidirectionally broadcastable to newShape [3] [expand, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.expand %x {newShape = array<i64: 3>} : (tensor<1x3xf32>) -> tensor<3xf32>
  return
}

// -----

// A size-1 dimension would broadcast to 0, which is no valid dimension.
func.func @expand_zero(%x: tensor<1xf32>) {
  // expected-error @+2 {{newShape[1] = 0 is not a valid dimension (must be in [1, 2147483647]) [MLOperandDescriptor, check dimensions]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.expand %x {newShape = array<i64: 2, 0>} : (tensor<1xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @expand_negative(%x: tensor<1xf32>) {
  // expected-error @+1 {{attribute 'newShape' failed to satisfy constraint}}
  %0 = webnn.expand %x {newShape = array<i64: -1>} : (tensor<1xf32>) -> tensor<1xf32>
  return
}

// -----

func.func @expand_wrong_result(%x: tensor<3x1xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<3x4xf32>' are incompatible with return type(s) of operation 'tensor<3x1xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.expand %x {newShape = array<i64: 3, 4>} : (tensor<3x1xf32>) -> tensor<3x1xf32>
  return
}

// -----

func.func @expand_bf16(%x: tensor<1xbf16>) {
  // expected-error @+1 {{operand #0 must be static tensor of}}
  %0 = webnn.expand %x {newShape = array<i64: 2>} : (tensor<1xbf16>) -> tensor<2xbf16>
  return
}
