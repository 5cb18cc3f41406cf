// Round trip, shape inference, folding and validation of webnn.reverse.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// Absent axes reverse every dimension; this is not the identity.
// CHECK-LABEL: func @reverse_all
// CHECK: webnn.reverse %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// FOLD-LABEL: func @reverse_all
// FOLD: webnn.reverse
func.func @reverse_all(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.reverse %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @reverse_axes
// CHECK: webnn.reverse %{{.*}} {axes = array<i64: 2, 0>, label = "rev"} : (tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
func.func @reverse_axes(%x: tensor<2x3x4xi32>) -> tensor<2x3x4xi32> {
  %0 = webnn.reverse %x {axes = array<i64: 2, 0>, label = "rev"} : (tensor<2x3x4xi32>) -> tensor<2x3x4xi32>
  return %0 : tensor<2x3x4xi32>
}

// -----

// An explicitly empty axes list reverses nothing.
// CHECK-LABEL: func @reverse_none
// CHECK: webnn.reverse %{{.*}} {axes = array<i64>} : (tensor<2x3xf16>) -> tensor<2x3xf16>
// FOLD-LABEL: func @reverse_none
// FOLD-NEXT: return %arg0
func.func @reverse_none(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.reverse %x {axes = array<i64>} : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

// A scalar has no axes: reversing all of them is the identity.
// CHECK-LABEL: func @reverse_scalar
// CHECK: webnn.reverse %{{.*}} : (tensor<f32>) -> tensor<f32>
// FOLD-LABEL: func @reverse_scalar
// FOLD-NEXT: return %arg0
func.func @reverse_scalar(%x: tensor<f32>) -> tensor<f32> {
  %0 = webnn.reverse %x : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// Reversing size-1 dimensions changes nothing.
// FOLD-LABEL: func @reverse_unit_dims
// FOLD-NEXT: return %arg0
func.func @reverse_unit_dims(%x: tensor<1x3x1xf32>) -> tensor<1x3x1xf32> {
  %0 = webnn.reverse %x {axes = array<i64: 0, 2>} : (tensor<1x3x1xf32>) -> tensor<1x3x1xf32>
  return %0 : tensor<1x3x1xf32>
}

// -----

func.func @reverse_axis_out_of_range(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{axes value 2 is out of range for an input of rank 2 (must be in [0, 2)) [reverse, step 6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reverse %x {axes = array<i64: 2>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @reverse_duplicate_axis(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{axes contains axis 1 twice [reverse, step 6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reverse %x {axes = array<i64: 1, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @reverse_wrong_result(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reverse %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @reverse_f64(%x: tensor<2xf64>) {
  // expected-error @+1 {{operand #0 must be static tensor of}}
  %0 = webnn.reverse %x : (tensor<2xf64>) -> tensor<2xf64>
  return
}
