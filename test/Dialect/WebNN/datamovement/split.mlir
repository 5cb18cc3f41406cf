// Round trip, shape inference and validation of webnn.split.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// An integer splits into that many equal parts along axis 0 (default).
// CHECK-LABEL: func @split_count
// CHECK: webnn.split %{{.*}} {label = "parts", splits = 3 : i64} : (tensor<6x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>)
func.func @split_count(%x: tensor<6x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>) {
  %0:3 = webnn.split %x {splits = 3, label = "parts"} : (tensor<6x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>)
  return %0#0, %0#1, %0#2 : tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>
}

// -----

// A list gives the part sizes.
// CHECK-LABEL: func @split_sizes
// CHECK: webnn.split %{{.*}} {axis = 1 : i64, splits = array<i64: 1, 4, 2>} : (tensor<2x7x3xi32>) -> (tensor<2x1x3xi32>, tensor<2x4x3xi32>, tensor<2x2x3xi32>)
func.func @split_sizes(%x: tensor<2x7x3xi32>) -> tensor<2x4x3xi32> {
  %0:3 = webnn.split %x {axis = 1, splits = array<i64: 1, 4, 2>} : (tensor<2x7x3xi32>) -> (tensor<2x1x3xi32>, tensor<2x4x3xi32>, tensor<2x2x3xi32>)
  return %0#1 : tensor<2x4x3xi32>
}

// -----

// splits = 6 (six parts of 1) and splits = [6] (one part of 6) differ.
// CHECK-LABEL: func @split_count_vs_list
// CHECK: webnn.split %{{.*}} {splits = 6 : i64} : (tensor<6xf16>) -> (tensor<1xf16>, tensor<1xf16>, tensor<1xf16>, tensor<1xf16>, tensor<1xf16>, tensor<1xf16>)
// CHECK: webnn.split %{{.*}} {splits = array<i64: 6>} : (tensor<6xf16>) -> tensor<6xf16>
func.func @split_count_vs_list(%x: tensor<6xf16>) -> (tensor<1xf16>, tensor<6xf16>) {
  %0:6 = webnn.split %x {splits = 6} : (tensor<6xf16>) -> (tensor<1xf16>, tensor<1xf16>, tensor<1xf16>, tensor<1xf16>, tensor<1xf16>, tensor<1xf16>)
  %1 = webnn.split %x {splits = array<i64: 6>} : (tensor<6xf16>) -> tensor<6xf16>
  return %0#5, %1 : tensor<1xf16>, tensor<6xf16>
}

// -----

// The last axis; a count of 1 is one copy.
// CHECK-LABEL: func @split_last_axis_one
// CHECK: webnn.split %{{.*}} {axis = 2 : i64, splits = 1 : i64} : (tensor<1x2x5xui8>) -> tensor<1x2x5xui8>
func.func @split_last_axis_one(%x: tensor<1x2x5xui8>) -> tensor<1x2x5xui8> {
  %0 = webnn.split %x {axis = 2, splits = 1} : (tensor<1x2x5xui8>) -> tensor<1x2x5xui8>
  return %0 : tensor<1x2x5xui8>
}

// -----

func.func @split_axis_out_of_range(%x: tensor<6x2xf32>) {
  // expected-error @+2 {{axis value 2 is out of range for an input of rank 2 (must be in [0, 2)) [split, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.split %x {axis = 2, splits = 2} : (tensor<6x2xf32>) -> (tensor<3x2xf32>, tensor<3x2xf32>)
  return
}

// -----

// Allowed input ranks are 1 to N.
func.func @split_scalar(%x: tensor<f32>) {
  // expected-error @+2 {{axis value 0 is out of range for an input of rank 0 (must be in [0, 0)) [split, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.split %x {splits = 1} : (tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @split_zero_count(%x: tensor<6x2xf32>) {
  // expected-error @+2 {{splits count 0 is not a valid tensor count (must be in [1, 8192]) [split, step 5.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.split %x {splits = 0} : (tensor<6x2xf32>) -> tensor<6x2xf32>
  return
}

// -----

func.func @split_not_divisible(%x: tensor<6x2xf32>) {
  // expected-error @+2 {{input size 6 along axis 0 is not divisible by splits count 4 [split, step 5.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:4 = webnn.split %x {splits = 4} : (tensor<6x2xf32>) -> (tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>)
  return
}

// -----

func.func @split_empty_list(%x: tensor<6x2xf32>) {
  // expected-error @+2 {{splits has 0 sizes, not a valid tensor count (must be in [1, 8192]) [split, step 6.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.split %x {splits = array<i64>} : (tensor<6x2xf32>) -> tensor<6x2xf32>
  return
}

// -----

func.func @split_zero_size(%x: tensor<6x2xf32>) {
  // expected-error @+2 {{splits[1] must be greater than 0, got 0 [split, step 6.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.split %x {splits = array<i64: 6, 0>} : (tensor<6x2xf32>) -> (tensor<6x2xf32>, tensor<1x2xf32>)
  return
}

// -----

func.func @split_sum_mismatch(%x: tensor<6x2xf32>) {
  // expected-error @+2 {{splits sizes [2, 3] must add up to the input size 6 along axis 0 [split, step 6.3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.split %x {splits = array<i64: 2, 3>} : (tensor<6x2xf32>) -> (tensor<2x2xf32>, tensor<3x2xf32>)
  return
}

// -----

func.func @split_negative(%x: tensor<6x2xf32>) {
  // expected-error @+1 {{attribute 'splits' failed to satisfy constraint: split count (non-negative integer) or split sizes (array of non-negative i64)}}
  %0 = webnn.split %x {splits = -1} : (tensor<6x2xf32>) -> tensor<6x2xf32>
  return
}

// -----

// The number of results is part of the inferred types.
func.func @split_wrong_result_count(%x: tensor<6x2xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<2x2xf32>', 'tensor<2x2xf32>', 'tensor<2x2xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>', 'tensor<3x2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = webnn.split %x {splits = 3} : (tensor<6x2xf32>) -> (tensor<3x2xf32>, tensor<3x2xf32>)
  return
}

// -----

func.func @split_f64(%x: tensor<6xf64>) {
  // expected-error @+1 {{operand #0 must be static tensor of}}
  %0:2 = webnn.split %x {splits = 2} : (tensor<6xf64>) -> (tensor<3xf64>, tensor<3xf64>)
  return
}
