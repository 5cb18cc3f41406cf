// Round trip, shape inference, folding and validation of webnn.cumulativeSum.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// Defaults (inclusive, forward): the output has the input's shape and type.
// CHECK-LABEL: func @cumsum_default
// CHECK: webnn.cumulativeSum %{{.*}} {axis = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
func.func @cumsum_default(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.cumulativeSum %x {axis = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Exclusive, reversed, a label, int32.
// CHECK-LABEL: func @cumsum_exclusive_reversed
// CHECK: webnn.cumulativeSum %{{.*}} {axis = 0 : i64, exclusive = true, label = "cs", reversed = true} : (tensor<4x2x3xi32>) -> tensor<4x2x3xi32>
func.func @cumsum_exclusive_reversed(%x: tensor<4x2x3xi32>) -> tensor<4x2x3xi32> {
  %0 = webnn.cumulativeSum %x {axis = 0 : i64, exclusive = true, label = "cs", reversed = true} : (tensor<4x2x3xi32>) -> tensor<4x2x3xi32>
  return %0 : tensor<4x2x3xi32>
}

// -----

// A 1-D uint64 input along its only axis.
// CHECK-LABEL: func @cumsum_rank1_uint64
// CHECK: webnn.cumulativeSum %{{.*}} {axis = 0 : i64, reversed = true} : (tensor<8xui64>) -> tensor<8xui64>
func.func @cumsum_rank1_uint64(%x: tensor<8xui64>) -> tensor<8xui64> {
  %0 = webnn.cumulativeSum %x {axis = 0 : i64, reversed = true} : (tensor<8xui64>) -> tensor<8xui64>
  return %0 : tensor<8xui64>
}

// -----

func.func @cumsum_axis_out_of_range(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{axis 2 must be less than the input rank 2 [cumulativeSum, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.cumulativeSum %x {axis = 2 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// A scalar has no axis to sum along.
func.func @cumsum_scalar(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+2 {{axis 0 must be less than the input rank 0 [cumulativeSum, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.cumulativeSum %x {axis = 0 : i64} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @cumsum_missing_axis(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{requires attribute 'axis'}}
  %0 = webnn.cumulativeSum %x : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// int8 is not an allowed data type (tensor limits table).
func.func @cumsum_int8(%x: tensor<2xi8>) -> tensor<2xi8> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or uint32 or int64 or uint64 with valid dimensions}}
  %0 = webnn.cumulativeSum %x {axis = 0 : i64} : (tensor<2xi8>) -> tensor<2xi8>
  return %0 : tensor<2xi8>
}

// -----

func.func @cumsum_wrong_result(%x: tensor<2x3xf32>) -> tensor<2x1xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.cumulativeSum %x {axis = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// -----

// An inclusive sum along a size-1 axis is the identity, in either direction;
// an exclusive one yields zeros and stays.
// FOLD-LABEL: func @cumsum_fold_unit_axis
// FOLD-NEXT: %[[E:.*]] = webnn.cumulativeSum %arg0 {axis = 1 : i64, exclusive = true}
// FOLD-NEXT: return %arg0, %arg0, %[[E]]
func.func @cumsum_fold_unit_axis(%x: tensor<3x1xf32>) -> (tensor<3x1xf32>, tensor<3x1xf32>, tensor<3x1xf32>) {
  %0 = webnn.cumulativeSum %x {axis = 1 : i64} : (tensor<3x1xf32>) -> tensor<3x1xf32>
  %1 = webnn.cumulativeSum %x {axis = 1 : i64, reversed = true} : (tensor<3x1xf32>) -> tensor<3x1xf32>
  %2 = webnn.cumulativeSum %x {axis = 1 : i64, exclusive = true} : (tensor<3x1xf32>) -> tensor<3x1xf32>
  return %0, %1, %2 : tensor<3x1xf32>, tensor<3x1xf32>, tensor<3x1xf32>
}

// -----

// Along an axis of size 3 nothing folds.
// FOLD-LABEL: func @cumsum_no_fold
// FOLD-NEXT: %[[S:.*]] = webnn.cumulativeSum %arg0 {axis = 0 : i64}
// FOLD-NEXT: return %[[S]]
func.func @cumsum_no_fold(%x: tensor<3x1xf32>) -> tensor<3x1xf32> {
  %0 = webnn.cumulativeSum %x {axis = 0 : i64} : (tensor<3x1xf32>) -> tensor<3x1xf32>
  return %0 : tensor<3x1xf32>
}
