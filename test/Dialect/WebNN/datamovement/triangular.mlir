// Round trip, shape inference and validation of webnn.triangular.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Defaults upper = true, diagonal = 0 are not printed.
// CHECK-LABEL: func @triangular_default
// CHECK: webnn.triangular %{{.*}} : (tensor<3x3xf32>) -> tensor<3x3xf32>
func.func @triangular_default(%x: tensor<3x3xf32>) -> tensor<3x3xf32> {
  %0 = webnn.triangular %x : (tensor<3x3xf32>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}

// -----

// Lower part of a batch of non-square matrices, below the main diagonal.
// CHECK-LABEL: func @triangular_lower
// CHECK: webnn.triangular %{{.*}} {diagonal = -2 : i64, label = "tri", upper = false} : (tensor<2x3x4xf16>) -> tensor<2x3x4xf16>
func.func @triangular_lower(%x: tensor<2x3x4xf16>) -> tensor<2x3x4xf16> {
  %0 = webnn.triangular %x {upper = false, diagonal = -2, label = "tri"} : (tensor<2x3x4xf16>) -> tensor<2x3x4xf16>
  return %0 : tensor<2x3x4xf16>
}

// -----

// CHECK-LABEL: func @triangular_above
// CHECK: webnn.triangular %{{.*}} {diagonal = 1 : i64} : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
func.func @triangular_above(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32> {
  %0 = webnn.triangular %x {diagonal = 1} : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

func.func @triangular_vector(%x: tensor<4xf32>) {
  // expected-error @+2 {{input must have rank 2 or more, got rank 1 [triangular, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.triangular %x : (tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

// diagonal is an [EnforceRange] long.
func.func @triangular_diagonal_range(%x: tensor<3x3xf32>) {
  // expected-error @+1 {{attribute 'diagonal' failed to satisfy constraint: 64-bit signless integer attribute whose minimum value is -2147483648 whose maximum value is 2147483647}}
  %0 = webnn.triangular %x {diagonal = 2147483648} : (tensor<3x3xf32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @triangular_wrong_result(%x: tensor<3x4xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<3x4xf32>' are incompatible with return type(s) of operation 'tensor<4x3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.triangular %x : (tensor<3x4xf32>) -> tensor<4x3xf32>
  return
}

// -----

// Only float32 and float16 are allowed.
func.func @triangular_int32(%x: tensor<3x3xi32>) {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.triangular %x : (tensor<3x3xi32>) -> tensor<3x3xi32>
  return
}
