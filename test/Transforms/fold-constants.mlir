// --webnn-fold-constants: ops whose operands are all constants become
// constants computed by the reference interpreter (int8 weights
// dequantized, chains folded in order); ops reading a graph input, results
// over max-elements and 4-bit results stay.
// RUN: webnnc-opt %s -split-input-file --webnn-fold-constants | FileCheck %s
// RUN: webnnc-opt %s -split-input-file "--webnn-fold-constants=max-elements=2" | FileCheck %s --check-prefix=SMALL
// RUN: webnnc-opt %s -split-input-file --webnn-fold-constants | FileCheck %s --check-prefix=BLOB

// (q - z) * s for q = [10, 20, 30, 40], z = 10, s = 0.5: [0, 5, 10, 15];
// then + 1 folds too. Small results are dense attributes.
// CHECK-LABEL: func.func @dequantize_weights
// CHECK-NOT: webnn.dequantizeLinear
// CHECK-NOT: webnn.add
// CHECK: %[[C:.*]] = webnn.constant dense<[1.000000e+00, 6.000000e+00, 1.100000e+01, 1.600000e+01]> : tensor<4xf32>
// CHECK: webnn.mul %arg0, %[[C]]
// SMALL-LABEL: func.func @dequantize_weights
// SMALL: webnn.dequantizeLinear
func.func @dequantize_weights(%x: tensor<4xf32>) -> tensor<4xf32> {
  %q = webnn.constant dense<[10, 20, 30, 40]> : tensor<4xi8>
  %s = webnn.constant dense<0.5> : tensor<4xf32>
  %z = webnn.constant dense<10> : tensor<4xi8>
  %one = webnn.constant dense<1.0> : tensor<4xf32>
  %w = webnn.dequantizeLinear %q, %s, %z : (tensor<4xi8>, tensor<4xf32>, tensor<4xi8>) -> tensor<4xf32>
  %w1 = webnn.add %w, %one : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %y = webnn.mul %x, %w1 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %y : tensor<4xf32>
}

// -----

// An op that reads a graph input is not a constant.
// CHECK-LABEL: func.func @reads_input
// CHECK: webnn.relu %arg0
func.func @reads_input(%x: tensor<4xf32>) -> tensor<4xf32> {
  %y = webnn.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  return %y : tensor<4xf32>
}

// -----

// 4-bit results have no byte-per-element constant form: they stay ops.
// CHECK-LABEL: func.func @int4_result_stays
// CHECK: webnn.quantizeLinear
func.func @int4_result_stays() -> tensor<2xi4> {
  %x = webnn.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %s = webnn.constant dense<1.0> : tensor<2xf32>
  %z = webnn.constant dense<0> : tensor<2xi4>
  %q = webnn.quantizeLinear %x, %s, %z : (tensor<2xf32>, tensor<2xf32>, tensor<2xi4>) -> tensor<2xi4>
  return %q : tensor<2xi4>
}

// -----

// Results over 4096 elements are dense_resource blobs.
// BLOB-LABEL: func.func @large_result_is_a_blob
// BLOB: webnn.constant dense_resource<folded> : tensor<64x65xf32>
func.func @large_result_is_a_blob() -> tensor<64x65xf32> {
  %a = webnn.constant dense<1.5> : tensor<64x65xf32>
  %y = webnn.relu %a : (tensor<64x65xf32>) -> tensor<64x65xf32>
  return %y : tensor<64x65xf32>
}
