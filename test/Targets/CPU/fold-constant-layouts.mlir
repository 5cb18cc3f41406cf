// --webnnc-fold-constant-layouts: a linalg.transpose of an arith.constant
// is replaced by a constant holding the transposed values. Covered: a 2-D
// float32 dense constant, a 3-D int8 constant with a reversing
// permutation, a dense_resource input, a splat (stays a splat dense
// attribute). The folded values are checked in the printed dense_resource
// blob (hex: 16-byte alignment 0x10000000, then the little-endian
// elements). Left alone: the transpose of a function argument, i1
// elements (not whole bytes).
// RUN: webnnc-opt %s -split-input-file --webnnc-fold-constant-layouts | FileCheck %s

// [[1, 2, 3], [4, 5, 6]] transposed = [[1, 4], [2, 5], [3, 6]]
// CHECK-LABEL: func.func @transpose_2d
// CHECK-NEXT: %[[C:.*]] = arith.constant dense_resource<transposed> : tensor<3x2xf32>
// CHECK-NEXT: return %[[C]] : tensor<3x2xf32>
// CHECK: transposed: "0x100000000000803F00008040000000400000A040000040400000C040"
func.func @transpose_2d() -> tensor<3x2xf32> {
  %c = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %e = tensor.empty() : tensor<3x2xf32>
  %0 = linalg.transpose ins(%c : tensor<2x3xf32>) outs(%e : tensor<3x2xf32>) permutation = [1, 0]
  return %0 : tensor<3x2xf32>
}

// -----

// result[i][j][k] = input[k][j][i]:
// [[[1, 7], [3, 9], [5, 11]], [[2, 8], [4, 10], [6, 12]]]
// CHECK-LABEL: func.func @transpose_3d_i8
// CHECK-NEXT: %[[C:.*]] = arith.constant dense_resource<transposed> : tensor<2x3x2xi8>
// CHECK-NOT: linalg.transpose
// CHECK: transposed: "0x1000000001070309050B0208040A060C"
func.func @transpose_3d_i8() -> tensor<2x3x2xi8> {
  %c = arith.constant dense<[[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]]> : tensor<2x3x2xi8>
  %e = tensor.empty() : tensor<2x3x2xi8>
  %0 = linalg.transpose ins(%c : tensor<2x3x2xi8>) outs(%e : tensor<2x3x2xi8>) permutation = [2, 1, 0]
  return %0 : tensor<2x3x2xi8>
}

// -----

// A dense_resource constant [[1, 2], [3, 4]] (as the importers write
// weights) gives [[1, 3], [2, 4]].
// CHECK-LABEL: func.func @transpose_resource
// CHECK-NEXT: %[[C:.*]] = arith.constant dense_resource<transposed> : tensor<2x2xf32>
// CHECK-NOT: linalg.transpose
// CHECK: transposed: "0x100000000000803F000040400000004000008040"
func.func @transpose_resource() -> tensor<2x2xf32> {
  %c = arith.constant dense_resource<weights> : tensor<2x2xf32>
  %e = tensor.empty() : tensor<2x2xf32>
  %0 = linalg.transpose ins(%c : tensor<2x2xf32>) outs(%e : tensor<2x2xf32>) permutation = [1, 0]
  return %0 : tensor<2x2xf32>
}
{-#
  dialect_resources: {
    builtin: {
      weights: "0x040000000000803F000000400000404000008040"
    }
  }
#-}

// -----

// CHECK-LABEL: func.func @transpose_splat
// CHECK-NEXT: %[[C:.*]] = arith.constant dense<1.500000e+00> : tensor<3x2xf32>
// CHECK-NEXT: return %[[C]] : tensor<3x2xf32>
func.func @transpose_splat() -> tensor<3x2xf32> {
  %c = arith.constant dense<1.5> : tensor<2x3xf32>
  %e = tensor.empty() : tensor<3x2xf32>
  %0 = linalg.transpose ins(%c : tensor<2x3xf32>) outs(%e : tensor<3x2xf32>) permutation = [1, 0]
  return %0 : tensor<3x2xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_argument
// CHECK: %[[T:.*]] = linalg.transpose ins(%arg0 : tensor<2x3xf32>)
// CHECK: return %[[T]]
func.func @transpose_argument(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %e = tensor.empty() : tensor<3x2xf32>
  %0 = linalg.transpose ins(%x : tensor<2x3xf32>) outs(%e : tensor<3x2xf32>) permutation = [1, 0]
  return %0 : tensor<3x2xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_i1
// CHECK: %[[C:.*]] = arith.constant dense<{{\[\[}}true, false]]> : tensor<1x2xi1>
// CHECK: linalg.transpose ins(%[[C]] : tensor<1x2xi1>)
func.func @transpose_i1() -> tensor<2x1xi1> {
  %c = arith.constant dense<[[true, false]]> : tensor<1x2xi1>
  %e = tensor.empty() : tensor<2x1xi1>
  %0 = linalg.transpose ins(%c : tensor<1x2xi1>) outs(%e : tensor<2x1xi1>) permutation = [1, 0]
  return %0 : tensor<2x1xi1>
}
