// Round trip, shape inference, folding and validation of webnn.pad.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// Default mode constant with the default value 0: neither is printed.
// CHECK-LABEL: func @pad_constant_default
// CHECK: webnn.pad %{{.*}} {beginningPadding = array<i64: 1, 2>, endingPadding = array<i64: 3, 4>} : (tensor<2x3xf32>) -> tensor<6x9xf32>
func.func @pad_constant_default(%x: tensor<2x3xf32>) -> tensor<6x9xf32> {
  %0 = webnn.pad %x {beginningPadding = array<i64: 1, 2>, endingPadding = array<i64: 3, 4>} : (tensor<2x3xf32>) -> tensor<6x9xf32>
  return %0 : tensor<6x9xf32>
}

// -----

// A floating-point MLNumber value; an explicit default mode is elided.
// CHECK-LABEL: func @pad_constant_value
// CHECK: webnn.pad %{{.*}} {beginningPadding = array<i64: 0, 1>, endingPadding = array<i64: 2, 0>, label = "p", value = -1.500000e+00 : f64} : (tensor<2x3xf16>) -> tensor<4x4xf16>
func.func @pad_constant_value(%x: tensor<2x3xf16>) -> tensor<4x4xf16> {
  %0 = webnn.pad %x {beginningPadding = array<i64: 0, 1>, endingPadding = array<i64: 2, 0>, mode = #webnn.padding_mode<constant>, value = -1.5, label = "p"} : (tensor<2x3xf16>) -> tensor<4x4xf16>
  return %0 : tensor<4x4xf16>
}

// -----

// An integer MLNumber value keeps all 64 bits.
// CHECK-LABEL: func @pad_integer_value
// CHECK: webnn.pad %{{.*}} {beginningPadding = array<i64: 1>, endingPadding = array<i64: 1>, value = 9007199254740993 : i64} : (tensor<3xi64>) -> tensor<5xi64>
func.func @pad_integer_value(%x: tensor<3xi64>) -> tensor<5xi64> {
  %0 = webnn.pad %x {beginningPadding = array<i64: 1>, endingPadding = array<i64: 1>, value = 9007199254740993 : i64} : (tensor<3xi64>) -> tensor<5xi64>
  return %0 : tensor<5xi64>
}

// -----

// edge may pad more than the dimension size.
// CHECK-LABEL: func @pad_edge
// CHECK: webnn.pad %{{.*}} {beginningPadding = array<i64: 5, 0>, endingPadding = array<i64: 0, 7>, mode = #webnn.padding_mode<edge>} : (tensor<2x3xi32>) -> tensor<7x10xi32>
func.func @pad_edge(%x: tensor<2x3xi32>) -> tensor<7x10xi32> {
  %0 = webnn.pad %x {beginningPadding = array<i64: 5, 0>, endingPadding = array<i64: 0, 7>, mode = #webnn.padding_mode<edge>} : (tensor<2x3xi32>) -> tensor<7x10xi32>
  return %0 : tensor<7x10xi32>
}

// -----

// reflection pads at most size - 1 on each side.
// CHECK-LABEL: func @pad_reflection
// CHECK: webnn.pad %{{.*}} {beginningPadding = array<i64: 2, 3>, endingPadding = array<i64: 2, 3>, mode = #webnn.padding_mode<reflection>} : (tensor<3x4xf32>) -> tensor<7x10xf32>
func.func @pad_reflection(%x: tensor<3x4xf32>) -> tensor<7x10xf32> {
  %0 = webnn.pad %x {beginningPadding = array<i64: 2, 3>, endingPadding = array<i64: 2, 3>, mode = #webnn.padding_mode<reflection>} : (tensor<3x4xf32>) -> tensor<7x10xf32>
  return %0 : tensor<7x10xf32>
}

// -----

// A scalar takes empty paddings; with zero padding pad is the identity.
// CHECK-LABEL: func @pad_scalar
// CHECK: webnn.pad %{{.*}} {beginningPadding = array<i64>, endingPadding = array<i64>} : (tensor<f32>) -> tensor<f32>
// FOLD-LABEL: func @pad_scalar
// FOLD-NEXT: return %arg0
func.func @pad_scalar(%x: tensor<f32>) -> tensor<f32> {
  %0 = webnn.pad %x {beginningPadding = array<i64>, endingPadding = array<i64>} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// FOLD-LABEL: func @pad_zero
// FOLD-NEXT: return %arg0
func.func @pad_zero(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.pad %x {beginningPadding = array<i64: 0, 0>, endingPadding = array<i64: 0, 0>, mode = #webnn.padding_mode<reflection>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// FOLD-LABEL: func @pad_not_folded
// FOLD: webnn.pad
func.func @pad_not_folded(%x: tensor<2x3xf32>) -> tensor<2x4xf32> {
  %0 = webnn.pad %x {beginningPadding = array<i64: 0, 1>, endingPadding = array<i64: 0, 0>} : (tensor<2x3xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @pad_beginning_size(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{beginningPadding must have 2 values, got 1 [pad, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.pad %x {beginningPadding = array<i64: 1>, endingPadding = array<i64: 1, 1>} : (tensor<2x3xf32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @pad_ending_size(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{endingPadding must have 2 values, got 3 [pad, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.pad %x {beginningPadding = array<i64: 1, 1>, endingPadding = array<i64: 1, 1, 1>} : (tensor<2x3xf32>) -> tensor<4x5xf32>
  return
}

// -----

func.func @pad_reflection_beginning_too_big(%x: tensor<3x4xf32>) {
  // expected-error @+2 {{reflection padding [3, 0] of dimension 0 must be less than its size 3 on each side [pad, step 6.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.pad %x {beginningPadding = array<i64: 3, 0>, endingPadding = array<i64: 0, 0>, mode = #webnn.padding_mode<reflection>} : (tensor<3x4xf32>) -> tensor<6x4xf32>
  return
}

// -----

func.func @pad_reflection_ending_too_big(%x: tensor<3x4xf32>) {
  // expected-error @+2 {{reflection padding [1, 4] of dimension 1 must be less than its size 4 on each side [pad, step 6.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.pad %x {beginningPadding = array<i64: 0, 1>, endingPadding = array<i64: 0, 4>, mode = #webnn.padding_mode<reflection>} : (tensor<3x4xf32>) -> tensor<3x9xf32>
  return
}

// -----

func.func @pad_too_large(%x: tensor<2147483647xf32>) {
  // expected-error @+2 {{padded size of dimension 0 = 2147483648 is not a valid dimension (must be in [1, 2147483647]) [pad, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.pad %x {beginningPadding = array<i64: 1>, endingPadding = array<i64: 0>} : (tensor<2147483647xf32>) -> tensor<2147483647xf32>
  return
}

// -----

func.func @pad_value_not_a_number(%x: tensor<2xf32>) {
  // expected-error @+1 {{attribute 'value' failed to satisfy constraint: 64-bit float attribute or 64-bit signless integer attribute}}
  %0 = webnn.pad %x {beginningPadding = array<i64: 1>, endingPadding = array<i64: 1>, value = "zero"} : (tensor<2xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @pad_wrong_result(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<3x5xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.pad %x {beginningPadding = array<i64: 1, 0>, endingPadding = array<i64: 0, 2>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @pad_f64(%x: tensor<2xf64>) {
  // expected-error @+1 {{operand #0 must be static tensor of}}
  %0 = webnn.pad %x {beginningPadding = array<i64: 1>, endingPadding = array<i64: 1>} : (tensor<2xf64>) -> tensor<4xf64>
  return
}
