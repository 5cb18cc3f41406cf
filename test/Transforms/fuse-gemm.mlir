// --webnn-fuse-gemm: a matrix product's bias add and 2-D transposes of its
// operands fold into gemm; batched products, shared intermediates and
// biases that do not broadcast to the product stay.
// RUN: webnnc-opt %s -split-input-file --webnn-fuse-gemm | FileCheck %s

// CHECK-LABEL: func.func @matmul_add
// CHECK-SAME: (%[[A:.*]]: tensor<4x8xf32>, %[[B:.*]]: tensor<8x16xf32>, %[[C:.*]]: tensor<16xf32>)
// CHECK: %[[G:.*]] = webnn.gemm %[[A]], %[[B]] c(%[[C]]) : (tensor<4x8xf32>, tensor<8x16xf32>, tensor<16xf32>) -> tensor<4x16xf32>
// CHECK-NEXT: return %[[G]]
func.func @matmul_add(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<16xf32>) -> tensor<4x16xf32> {
  %p = webnn.matmul %a, %b : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %y = webnn.add %p, %c : (tensor<4x16xf32>, tensor<16xf32>) -> tensor<4x16xf32>
  return %y : tensor<4x16xf32>
}

// -----

// The bias first, a per-row [4, 1] bias.
// CHECK-LABEL: func.func @add_matmul_rows
// CHECK: webnn.gemm %arg0, %arg1 c(%arg2) : (tensor<4x8xf32>, tensor<8x16xf32>, tensor<4x1xf32>) -> tensor<4x16xf32>
// CHECK-NOT: webnn.add
func.func @add_matmul_rows(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x1xf32>) -> tensor<4x16xf32> {
  %p = webnn.matmul %a, %b : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %y = webnn.add %c, %p : (tensor<4x1xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
  return %y : tensor<4x16xf32>
}

// -----

// Transposed operands become gemm's flags (flipped where gemm already
// transposes).
// CHECK-LABEL: func.func @transposes
// CHECK: %[[P:.*]] = webnn.gemm %arg0, %arg1 {bTranspose = true} : (tensor<4x8xf32>, tensor<16x8xf32>) -> tensor<4x16xf32>
// CHECK: %[[Q:.*]] = webnn.gemm %arg2, %arg1 {aTranspose = true, bTranspose = true} : (tensor<8x4xf32>, tensor<16x8xf32>) -> tensor<4x16xf32>
// CHECK-NOT: webnn.transpose
func.func @transposes(%a: tensor<4x8xf32>, %bt: tensor<16x8xf32>, %at: tensor<8x4xf32>) -> (tensor<4x16xf32>, tensor<4x16xf32>) {
  %t = webnn.transpose %bt : (tensor<16x8xf32>) -> tensor<8x16xf32>
  %p = webnn.matmul %a, %t : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %ta = webnn.transpose %at {permutation = array<i64: 1, 0>} : (tensor<8x4xf32>) -> tensor<4x8xf32>
  %q = webnn.gemm %ta, %bt {aTranspose = false, bTranspose = true} : (tensor<4x8xf32>, tensor<16x8xf32>) -> tensor<4x16xf32>
  return %p, %q : tensor<4x16xf32>, tensor<4x16xf32>
}

// -----

// Left alone: a batched product, a product also returned, a bias that does
// not broadcast to [4, 16], a transpose with another user.
// CHECK-LABEL: func.func @left_alone
// CHECK-NOT: webnn.gemm
// CHECK: return
func.func @left_alone(%x: tensor<2x4x8xf32>, %w: tensor<2x8x16xf32>, %bias: tensor<16xf32>, %a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %wide: tensor<4x32xf32>, %w2: tensor<16x8xf32>) -> (tensor<2x4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x32xf32>, tensor<4x16xf32>, tensor<8x16xf32>) {
  %p = webnn.matmul %x, %w : (tensor<2x4x8xf32>, tensor<2x8x16xf32>) -> tensor<2x4x16xf32>
  %y = webnn.add %p, %bias : (tensor<2x4x16xf32>, tensor<16xf32>) -> tensor<2x4x16xf32>
  %q = webnn.matmul %a, %b : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %z = webnn.add %q, %bias : (tensor<4x16xf32>, tensor<16xf32>) -> tensor<4x16xf32>
  %r = webnn.matmul %a, %b : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %s = webnn.concat %r, %r {axis = 1 : i64} : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x32xf32>
  %v = webnn.add %s, %wide : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %bt = webnn.transpose %w2 : (tensor<16x8xf32>) -> tensor<8x16xf32>
  %u = webnn.matmul %a, %bt : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  return %y, %q, %z, %v, %u, %bt : tensor<2x4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x32xf32>, tensor<4x16xf32>, tensor<8x16xf32>
}
