// Round trip, shape inference and validation of webnn.gemm.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @gemm
// CHECK: webnn.gemm %{{.*}}, %{{.*}} {label = "mm"} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
func.func @gemm(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  %0 = webnn.gemm %a, %b {label = "mm"} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// aTranspose: a is [K 3, M 2].
// CHECK-LABEL: func @gemm_a_transpose
// CHECK: webnn.gemm %{{.*}}, %{{.*}} {aTranspose = true} : (tensor<3x2xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
func.func @gemm_a_transpose(%a: tensor<3x2xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  %0 = webnn.gemm %a, %b {aTranspose = true} : (tensor<3x2xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// bTranspose: b is [N 4, K 3].
// CHECK-LABEL: func @gemm_b_transpose
// CHECK: webnn.gemm %{{.*}}, %{{.*}} {bTranspose = true} : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<2x4xf32>
func.func @gemm_b_transpose(%a: tensor<2x3xf32>, %b: tensor<4x3xf32>) -> tensor<2x4xf32> {
  %0 = webnn.gemm %a, %b {bTranspose = true} : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// Both transposed: [K 3, M 5] x [N 2, K 3] -> [5, 2].
// CHECK-LABEL: func @gemm_both_transposes
// CHECK: -> tensor<5x2xf16>
func.func @gemm_both_transposes(%a: tensor<3x5xf16>, %b: tensor<2x3xf16>) -> tensor<5x2xf16> {
  %0 = webnn.gemm %a, %b {aTranspose = true, bTranspose = true} : (tensor<3x5xf16>, tensor<2x3xf16>) -> tensor<5x2xf16>
  return %0 : tensor<5x2xf16>
}

// -----

// c of rank 0, 1 and 2, each unidirectionally broadcastable to [M 2, N 4].
// CHECK-LABEL: func @gemm_c
// CHECK: webnn.gemm %{{.*}}, %{{.*}} c(%{{.*}}) {alpha = 5.000000e-01 : f32, beta = 2.000000e+00 : f32} : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<f32>) -> tensor<2x4xf32>
// CHECK: webnn.gemm %{{.*}}, %{{.*}} c(%{{.*}}) : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<4xf32>) -> tensor<2x4xf32>
// CHECK: webnn.gemm %{{.*}}, %{{.*}} c(%{{.*}}) : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<2x1xf32>) -> tensor<2x4xf32>
// CHECK: webnn.gemm %{{.*}}, %{{.*}} c(%{{.*}}) : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
func.func @gemm_c(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c0: tensor<f32>, %c1: tensor<4xf32>, %c2: tensor<2x1xf32>, %c3: tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) {
  %0 = webnn.gemm %a, %b c(%c0) {alpha = 0.5 : f32, beta = 2.0 : f32} : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<f32>) -> tensor<2x4xf32>
  %1 = webnn.gemm %a, %b c(%c1) : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  %2 = webnn.gemm %a, %b c(%c2) : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<2x1xf32>) -> tensor<2x4xf32>
  %3 = webnn.gemm %a, %b c(%c3) : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return %0, %1, %2, %3 : tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>
}

// -----

// c broadcasts to [M, N] after the transposes: [K 3, M 2] x [N 4, K 3] -> [2, 4].
// CHECK-LABEL: func @gemm_c_transposed
// CHECK: webnn.gemm %{{.*}}, %{{.*}} c(%{{.*}}) {aTranspose = true, alpha = 2.000000e+00 : f32, bTranspose = true, beta = 0.000000e+00 : f32, label = "all"} : (tensor<3x2xf16>, tensor<4x3xf16>, tensor<1x4xf16>) -> tensor<2x4xf16>
func.func @gemm_c_transposed(%a: tensor<3x2xf16>, %b: tensor<4x3xf16>, %c: tensor<1x4xf16>) -> tensor<2x4xf16> {
  %0 = webnn.gemm %a, %b c(%c) {alpha = 2.0 : f32, beta = 0.0 : f32, aTranspose = true, bTranspose = true, label = "all"} : (tensor<3x2xf16>, tensor<4x3xf16>, tensor<1x4xf16>) -> tensor<2x4xf16>
  return %0 : tensor<2x4xf16>
}

// -----

func.func @gemm_b_type(%a: tensor<2x3xf32>, %b: tensor<3x4xf16>) -> tensor<2x4xf32> {
  // expected-error @+2 {{b data type float16 must equal a data type float32 [gemm, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<2x3xf32>, tensor<3x4xf16>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @gemm_a_rank(%a: tensor<1x2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+2 {{a must be a 2-D tensor, got rank 3 [gemm, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<1x2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @gemm_b_rank(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{b must be a 2-D tensor, got rank 1 [gemm, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @gemm_k_mismatch(%a: tensor<2x3xf32>, %b: tensor<4x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+2 {{a's shape [2, 3] and b's shape [4, 4] (after transposes) do not agree on K [gemm, step 11]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<2x3xf32>, tensor<4x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// Without aTranspose these shapes would agree; transposed, a is [3, 2].
func.func @gemm_k_mismatch_transposed(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<3x4xf32> {
  // expected-error @+2 {{a's shape [3, 2] and b's shape [3, 4] (after transposes) do not agree on K [gemm, step 11]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gemm %a, %b {aTranspose = true} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

func.func @gemm_c_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<2xf32>) -> tensor<2x4xf32> {
  // expected-error @+2 {{c's shape [2] is not unidirectionally broadcastable to [M, N] = [2, 4] [gemm, step 12.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gemm %a, %b c(%c) : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<2xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// c may not have more dimensions than [M, N].
func.func @gemm_c_rank(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<1x2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+2 {{c's shape [1, 2, 4] is not unidirectionally broadcastable to [M, N] = [2, 4] [gemm, step 12.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gemm %a, %b c(%c) : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<1x2x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @gemm_c_type(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<4xf16>) -> tensor<2x4xf32> {
  // expected-error @+2 {{c data type float16 must equal a data type float32 [gemm, step 12.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gemm %a, %b c(%c) : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<4xf16>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @gemm_wrong_result(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<4x2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x4xf32>' are incompatible with return type(s) of operation 'tensor<4x2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

// int32 is not an allowed data type of gemm (tensor limits table).
func.func @gemm_int32(%a: tensor<2x3xi32>, %b: tensor<3x4xi32>) -> tensor<2x4xi32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.gemm %a, %b : (tensor<2x3xi32>, tensor<3x4xi32>) -> tensor<2x4xi32>
  return %0 : tensor<2x4xi32>
}
