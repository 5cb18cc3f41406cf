// Round trip, shape inference, folding and validation of webnn.transpose.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// The default permutation reverses the dimensions; it does not fold.
// CHECK-LABEL: func @transpose_default
// CHECK: webnn.transpose %{{.*}} : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
// FOLD-LABEL: func @transpose_default
// FOLD: webnn.transpose
func.func @transpose_default(%x: tensor<2x3x4xf32>) -> tensor<4x3x2xf32> {
  %0 = webnn.transpose %x : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
  return %0 : tensor<4x3x2xf32>
}

// -----

// CHECK-LABEL: func @transpose_permutation
// CHECK: webnn.transpose %{{.*}} {label = "t", permutation = array<i64: 0, 2, 3, 1>} : (tensor<1x3x4x5xi32>) -> tensor<1x4x5x3xi32>
func.func @transpose_permutation(%x: tensor<1x3x4x5xi32>) -> tensor<1x4x5x3xi32> {
  %0 = webnn.transpose %x {permutation = array<i64: 0, 2, 3, 1>, label = "t"} : (tensor<1x3x4x5xi32>) -> tensor<1x4x5x3xi32>
  return %0 : tensor<1x4x5x3xi32>
}

// -----

// A square matrix keeps its type but is not the identity.
// FOLD-LABEL: func @transpose_square
// FOLD: webnn.transpose
func.func @transpose_square(%x: tensor<3x3xf32>) -> tensor<3x3xf32> {
  %0 = webnn.transpose %x {permutation = array<i64: 1, 0>} : (tensor<3x3xf32>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}

// -----

// The identity permutation folds away.
// CHECK-LABEL: func @transpose_identity
// CHECK: webnn.transpose %{{.*}} {permutation = array<i64: 0, 1, 2>} : (tensor<2x3x4xf16>) -> tensor<2x3x4xf16>
// FOLD-LABEL: func @transpose_identity
// FOLD-NEXT: return %arg0
func.func @transpose_identity(%x: tensor<2x3x4xf16>) -> tensor<2x3x4xf16> {
  %0 = webnn.transpose %x {permutation = array<i64: 0, 1, 2>} : (tensor<2x3x4xf16>) -> tensor<2x3x4xf16>
  return %0 : tensor<2x3x4xf16>
}

// -----

// For a 1-D input the default permutation [0] is the identity.
// FOLD-LABEL: func @transpose_1d
// FOLD-NEXT: return %arg0
func.func @transpose_1d(%x: tensor<5xf32>) -> tensor<5xf32> {
  %0 = webnn.transpose %x : (tensor<5xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// A scalar: the default permutation is empty.
// CHECK-LABEL: func @transpose_scalar
// CHECK: webnn.transpose %{{.*}} : (tensor<ui8>) -> tensor<ui8>
// FOLD-LABEL: func @transpose_scalar
// FOLD-NEXT: return %arg0
func.func @transpose_scalar(%x: tensor<ui8>) -> tensor<ui8> {
  %0 = webnn.transpose %x : (tensor<ui8>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// -----

func.func @transpose_wrong_size(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{permutation must have 3 values, got 2 [transpose, step 4.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.transpose %x {permutation = array<i64: 1, 0>} : (tensor<2x3x4xf32>) -> tensor<3x2x4xf32>
  return
}

// -----

func.func @transpose_out_of_range(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{permutation value 2 is out of range for an input of rank 2 (must be in [0, 2)) [transpose, step 4.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.transpose %x {permutation = array<i64: 2, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @transpose_duplicate(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{permutation contains axis 0 twice [transpose, step 4.3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.transpose %x {permutation = array<i64: 0, 0>} : (tensor<2x3xf32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @transpose_wrong_result(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<4x3x2xf32>' are incompatible with return type(s) of operation 'tensor<2x3x4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.transpose %x : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @transpose_f64(%x: tensor<2x3xf64>) {
  // expected-error @+1 {{operand #0 must be static tensor of}}
  %0 = webnn.transpose %x : (tensor<2x3xf64>) -> tensor<3x2xf64>
  return
}
