// Round trip, shape inference, folding and validation of webnn.tile.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// CHECK-LABEL: func @tile_2d
// CHECK: webnn.tile %{{.*}} {label = "t", repetitions = array<i64: 2, 3>} : (tensor<2x3xf32>) -> tensor<4x9xf32>
func.func @tile_2d(%x: tensor<2x3xf32>) -> tensor<4x9xf32> {
  %0 = webnn.tile %x {repetitions = array<i64: 2, 3>, label = "t"} : (tensor<2x3xf32>) -> tensor<4x9xf32>
  return %0 : tensor<4x9xf32>
}

// -----

// CHECK-LABEL: func @tile_3d
// CHECK: webnn.tile %{{.*}} {repetitions = array<i64: 1, 4, 2>} : (tensor<3x1x5xi32>) -> tensor<3x4x10xi32>
func.func @tile_3d(%x: tensor<3x1x5xi32>) -> tensor<3x4x10xi32> {
  %0 = webnn.tile %x {repetitions = array<i64: 1, 4, 2>} : (tensor<3x1x5xi32>) -> tensor<3x4x10xi32>
  return %0 : tensor<3x4x10xi32>
}

// -----

// A scalar takes an empty list and is its own tiling.
// CHECK-LABEL: func @tile_scalar
// CHECK: webnn.tile %{{.*}} {repetitions = array<i64>} : (tensor<f16>) -> tensor<f16>
// FOLD-LABEL: func @tile_scalar
// FOLD-NEXT: return %arg0
func.func @tile_scalar(%x: tensor<f16>) -> tensor<f16> {
  %0 = webnn.tile %x {repetitions = array<i64>} : (tensor<f16>) -> tensor<f16>
  return %0 : tensor<f16>
}

// -----

// FOLD-LABEL: func @tile_ones
// FOLD-NEXT: return %arg0
func.func @tile_ones(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.tile %x {repetitions = array<i64: 1, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// FOLD-LABEL: func @tile_not_folded
// FOLD: webnn.tile
func.func @tile_not_folded(%x: tensor<2x3xf32>) -> tensor<2x6xf32> {
  %0 = webnn.tile %x {repetitions = array<i64: 1, 2>} : (tensor<2x3xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

func.func @tile_rank_mismatch(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{repetitions must have 2 values, got 1 [tile, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.tile %x {repetitions = array<i64: 2>} : (tensor<2x3xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @tile_zero(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{repetitions[0] must not be 0 [tile, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.tile %x {repetitions = array<i64: 0, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @tile_too_large(%x: tensor<65536xf32>) {
  // expected-error @+2 {{tiled size of dimension 0 = 4294967296 is not a valid dimension (must be in [1, 2147483647]) [MLOperandDescriptor, check dimensions]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.tile %x {repetitions = array<i64: 65536>} : (tensor<65536xf32>) -> tensor<65536xf32>
  return
}

// -----

func.func @tile_wrong_result(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<6x6xf32>' are incompatible with return type(s) of operation 'tensor<4x9xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.tile %x {repetitions = array<i64: 3, 2>} : (tensor<2x3xf32>) -> tensor<4x9xf32>
  return
}

// -----

func.func @tile_f64(%x: tensor<2xf64>) {
  // expected-error @+1 {{operand #0 must be static tensor of}}
  %0 = webnn.tile %x {repetitions = array<i64: 2>} : (tensor<2xf64>) -> tensor<4xf64>
  return
}
