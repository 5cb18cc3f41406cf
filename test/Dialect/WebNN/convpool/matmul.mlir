// Round trip, shape inference and validation of webnn.matmul.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @matmul_2d
// CHECK: webnn.matmul %{{.*}}, %{{.*}} {label = "mm"} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
func.func @matmul_2d(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  %0 = webnn.matmul %a, %b {label = "mm"} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// A stack of matrices times one matrix: the batch shape [5] broadcasts with [].
// CHECK-LABEL: func @matmul_batch
// CHECK: webnn.matmul %{{.*}}, %{{.*}} : (tensor<5x2x3xf16>, tensor<3x4xf16>) -> tensor<5x2x4xf16>
func.func @matmul_batch(%a: tensor<5x2x3xf16>, %b: tensor<3x4xf16>) -> tensor<5x2x4xf16> {
  %0 = webnn.matmul %a, %b : (tensor<5x2x3xf16>, tensor<3x4xf16>) -> tensor<5x2x4xf16>
  return %0 : tensor<5x2x4xf16>
}

// -----

// Batch shapes [2, 1] and [3] broadcast both ways to [2, 3].
// CHECK-LABEL: func @matmul_broadcast
// CHECK: -> tensor<2x3x2x4xf32>
func.func @matmul_broadcast(%a: tensor<2x1x2x3xf32>, %b: tensor<3x3x4xf32>) -> tensor<2x3x2x4xf32> {
  %0 = webnn.matmul %a, %b : (tensor<2x1x2x3xf32>, tensor<3x3x4xf32>) -> tensor<2x3x2x4xf32>
  return %0 : tensor<2x3x2x4xf32>
}

// -----

// Batch shapes [1] and [6]: b's batch dimension wins.
// CHECK-LABEL: func @matmul_broadcast_b
// CHECK: -> tensor<6x2x4xf32>
func.func @matmul_broadcast_b(%a: tensor<1x2x3xf32>, %b: tensor<6x3x4xf32>) -> tensor<6x2x4xf32> {
  %0 = webnn.matmul %a, %b : (tensor<1x2x3xf32>, tensor<6x3x4xf32>) -> tensor<6x2x4xf32>
  return %0 : tensor<6x2x4xf32>
}

// -----

// This spec has no 1-D promotion: both operands are at least 2-D.
func.func @matmul_rank1(%a: tensor<3xf32>, %b: tensor<3x4xf32>) -> tensor<4xf32> {
  // expected-error @+2 {{a and b must have rank 2 or more, got ranks 1 and 2 [matmul, step 4.5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<3xf32>, tensor<3x4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @matmul_scalar(%a: tensor<2x3xf32>, %b: tensor<f32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{a and b must have rank 2 or more, got ranks 2 and 0 [matmul, step 4.5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @matmul_k_mismatch(%a: tensor<2x3xf32>, %b: tensor<4x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+2 {{a's columns 3 must equal b's rows 4 [matmul, step 4.10]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x3xf32>, tensor<4x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @matmul_batch_mismatch(%a: tensor<2x2x3xf32>, %b: tensor<3x3x4xf32>) -> tensor<3x2x4xf32> {
  // expected-error @+2 {{batch shapes [2] and [3] are not bidirectionally broadcastable [matmul, step 4.13]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x2x3xf32>, tensor<3x3x4xf32>) -> tensor<3x2x4xf32>
  return %0 : tensor<3x2x4xf32>
}

// -----

func.func @matmul_b_type(%a: tensor<2x3xf32>, %b: tensor<3x4xf16>) -> tensor<2x4xf32> {
  // expected-error @+2 {{b data type float16 must equal a data type float32 [matmul, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x3xf32>, tensor<3x4xf16>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @matmul_wrong_result(%a: tensor<2x1x2x3xf32>, %b: tensor<3x3x4xf32>) -> tensor<2x1x2x4xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3x2x4xf32>' are incompatible with return type(s) of operation 'tensor<2x1x2x4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x1x2x3xf32>, tensor<3x3x4xf32>) -> tensor<2x1x2x4xf32>
  return %0 : tensor<2x1x2x4xf32>
}

// -----

// int32 is not an allowed data type of matmul (tensor limits table).
func.func @matmul_int32(%a: tensor<2x3xi32>, %b: tensor<3x4xi32>) -> tensor<2x4xi32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.matmul %a, %b : (tensor<2x3xi32>, tensor<3x4xi32>) -> tensor<2x4xi32>
  return %0 : tensor<2x4xi32>
}
