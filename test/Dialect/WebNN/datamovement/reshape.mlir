// Round trip, shape inference, folding and validation of webnn.reshape.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// CHECK-LABEL: func @reshape_flatten
// CHECK: webnn.reshape %{{.*}} {label = "r", newShape = array<i64: 6, 4>} : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
func.func @reshape_flatten(%x: tensor<2x3x4xf32>) -> tensor<6x4xf32> {
  %0 = webnn.reshape %x {newShape = array<i64: 6, 4>, label = "r"} : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
  return %0 : tensor<6x4xf32>
}

// -----

// An empty newShape makes a scalar.
// CHECK-LABEL: func @reshape_to_scalar
// CHECK: webnn.reshape %{{.*}} {newShape = array<i64>} : (tensor<1x1xui8>) -> tensor<ui8>
func.func @reshape_to_scalar(%x: tensor<1x1xui8>) -> tensor<ui8> {
  %0 = webnn.reshape %x {newShape = array<i64>} : (tensor<1x1xui8>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// -----

// A scalar has one element.
// CHECK-LABEL: func @reshape_from_scalar
// CHECK: webnn.reshape %{{.*}} {newShape = array<i64: 1, 1, 1>} : (tensor<i32>) -> tensor<1x1x1xi32>
func.func @reshape_from_scalar(%x: tensor<i32>) -> tensor<1x1x1xi32> {
  %0 = webnn.reshape %x {newShape = array<i64: 1, 1, 1>} : (tensor<i32>) -> tensor<1x1x1xi32>
  return %0 : tensor<1x1x1xi32>
}

// -----

// Reshaping to the input's own shape is the identity.
// FOLD-LABEL: func @reshape_identity
// FOLD-NEXT: return %arg0
func.func @reshape_identity(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.reshape %x {newShape = array<i64: 2, 3>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Reshaping a constant reshapes its attribute.
// FOLD-LABEL: func @reshape_constant
// FOLD-NEXT: %[[C:.*]] = webnn.constant dense<{{\[}}[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
// FOLD-NEXT: return %[[C]]
func.func @reshape_constant() -> tensor<2x3xi32> {
  %c = webnn.constant dense<[1, 2, 3, 4, 5, 6]> : tensor<6xi32>
  %0 = webnn.reshape %c {newShape = array<i64: 2, 3>} : (tensor<6xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

// FOLD-LABEL: func @reshape_splat_constant
// FOLD-NEXT: %[[C:.*]] = webnn.constant dense<1.500000e+00> : tensor<f16>
// FOLD-NEXT: return %[[C]]
func.func @reshape_splat_constant() -> tensor<f16> {
  %c = webnn.constant dense<1.5> : tensor<1x1xf16>
  %0 = webnn.reshape %c {newShape = array<i64>} : (tensor<1x1xf16>) -> tensor<f16>
  return %0 : tensor<f16>
}

// -----

// A chain of reshapes is one reshape.
// FOLD-LABEL: func @reshape_chain
// FOLD-NEXT: %[[R:.*]] = webnn.reshape %arg0 {newShape = array<i64: 4, 6>} : (tensor<2x3x4xf32>) -> tensor<4x6xf32>
// FOLD-NEXT: return %[[R]]
func.func @reshape_chain(%x: tensor<2x3x4xf32>) -> tensor<4x6xf32> {
  %0 = webnn.reshape %x {newShape = array<i64: 24>} : (tensor<2x3x4xf32>) -> tensor<24xf32>
  %1 = webnn.reshape %0 {newShape = array<i64: 4, 6>} : (tensor<24xf32>) -> tensor<4x6xf32>
  return %1 : tensor<4x6xf32>
}

// -----

func.func @reshape_zero(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{newShape[1] = 0 is not a valid dimension (must be in [1, 2147483647]) [reshape, step 6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reshape %x {newShape = array<i64: 6, 0>} : (tensor<2x3xf32>) -> tensor<6x1xf32>
  return
}

// -----

func.func @reshape_too_large(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{newShape[0] = 2147483648 is not a valid dimension (must be in [1, 2147483647]) [reshape, step 6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reshape %x {newShape = array<i64: 2147483648>} : (tensor<2x3xf32>) -> tensor<6xf32>
  return
}

// -----

func.func @reshape_element_count(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{newShape [4, 2] does not hold the 6 elements of input 'tensor<2x3xf32>' [reshape, step 8]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reshape %x {newShape = array<i64: 4, 2>} : (tensor<2x3xf32>) -> tensor<4x2xf32>
  return
}

// -----

func.func @reshape_wrong_result(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<3x2xf32>' are incompatible with return type(s) of operation 'tensor<6xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reshape %x {newShape = array<i64: 3, 2>} : (tensor<2x3xf32>) -> tensor<6xf32>
  return
}

// -----

func.func @reshape_i16(%x: tensor<2x3xi16>) {
  // expected-error @+1 {{operand #0 must be static tensor of}}
  %0 = webnn.reshape %x {newShape = array<i64: 6>} : (tensor<2x3xi16>) -> tensor<6xi16>
  return
}
