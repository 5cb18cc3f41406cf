// Round trip, shape inference, folding and validation of webnn.reduceSum.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// Without axes every dimension is reduced: the output is a scalar.
// CHECK-LABEL: func @sum_all_axes
// CHECK: webnn.reduceSum %{{.*}} : (tensor<2x3x4xf32>) -> tensor<f32>
func.func @sum_all_axes(%x: tensor<2x3x4xf32>) -> tensor<f32> {
  %0 = webnn.reduceSum %x : (tensor<2x3x4xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// keepDimensions keeps reduced dimensions with size 1; uint64 is allowed.
// CHECK-LABEL: func @sum_keep_dimensions
// CHECK: webnn.reduceSum %{{.*}} {axes = array<i64: 0, 2>, keepDimensions = true, label = "r"} : (tensor<2x3x4xui64>) -> tensor<1x3x1xui64>
func.func @sum_keep_dimensions(%x: tensor<2x3x4xui64>) -> tensor<1x3x1xui64> {
  %0 = webnn.reduceSum %x {axes = array<i64: 0, 2>, keepDimensions = true, label = "r"} : (tensor<2x3x4xui64>) -> tensor<1x3x1xui64>
  return %0 : tensor<1x3x1xui64>
}

// -----

// Without keepDimensions the reduced dimensions are removed; axes may be in any order.
// CHECK-LABEL: func @sum_drop_dimensions
// CHECK: webnn.reduceSum %{{.*}} {axes = array<i64: 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3xf32>
func.func @sum_drop_dimensions(%x: tensor<2x3x4xf32>) -> tensor<3xf32> {
  %0 = webnn.reduceSum %x {axes = array<i64: 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// All axes with keepDimensions: every dimension becomes 1.
// CHECK-LABEL: func @sum_all_axes_keep
// CHECK: -> tensor<1x1x1xf32>
func.func @sum_all_axes_keep(%x: tensor<2x3x4xf32>) -> tensor<1x1x1xf32> {
  %0 = webnn.reduceSum %x {keepDimensions = true} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  return %0 : tensor<1x1x1xf32>
}

// -----

// Empty axes: no dimension is reduced, the output has the input's shape.
// CHECK-LABEL: func @sum_empty_axes
// CHECK: webnn.reduceSum %{{.*}} {axes = array<i64>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
func.func @sum_empty_axes(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.reduceSum %x {axes = array<i64>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// A scalar input gives a scalar output, with or without keepDimensions.
// CHECK-LABEL: func @sum_scalar
// CHECK: webnn.reduceSum %{{.*}} : (tensor<f32>) -> tensor<f32>
// CHECK: webnn.reduceSum %{{.*}} {keepDimensions = true} : (tensor<f32>) -> tensor<f32>
func.func @sum_scalar(%x: tensor<f32>) -> (tensor<f32>, tensor<f32>) {
  %0 = webnn.reduceSum %x : (tensor<f32>) -> tensor<f32>
  %1 = webnn.reduceSum %x {keepDimensions = true} : (tensor<f32>) -> tensor<f32>
  return %0, %1 : tensor<f32>, tensor<f32>
}

// -----

func.func @sum_axis_out_of_range(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{axes value 2 is out of range for an input of rank 2 (must be in [0, 2)) [reduction, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reduceSum %x {axes = array<i64: 2>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @sum_duplicate_axes(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{axes contains axis 1 twice [reduction, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reduceSum %x {axes = array<i64: 1, 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// A scalar has no axis 0.
func.func @sum_scalar_axis(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+2 {{axes value 0 is out of range for an input of rank 0 (must be in [0, 0)) [reduction, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reduceSum %x {axes = array<i64: 0>} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// int8 is not an allowed data type of reduceSum (tensor limits table).
func.func @sum_int8(%x: tensor<2xi8>) -> tensor<i8> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or uint32 or int64 or uint64 with valid dimensions}}
  %0 = webnn.reduceSum %x : (tensor<2xi8>) -> tensor<i8>
  return %0 : tensor<i8>
}

// -----

// keepDimensions keeps the reduced dimension.
func.func @sum_wrong_result(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x1xf32>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reduceSum %x {axes = array<i64: 1>, keepDimensions = true} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// The sum of a single value is that value: with nothing reduced the op is the identity.
// FOLD-LABEL: func @sum_fold_empty_axes
// FOLD-NEXT: return %arg0
func.func @sum_fold_empty_axes(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.reduceSum %x {axes = array<i64>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// Reducing a size-1 dimension and keeping it is the identity; dropping it
// changes the shape and is not folded.
// FOLD-LABEL: func @sum_fold_unit_dims
// FOLD: %[[R:.*]] = webnn.reduceSum %arg0 {axes = array<i64: 1>}
// FOLD-NEXT: return %arg0, %[[R]]
func.func @sum_fold_unit_dims(%x: tensor<2x1x4xf32>) -> (tensor<2x1x4xf32>, tensor<2x4xf32>) {
  %0 = webnn.reduceSum %x {axes = array<i64: 1>, keepDimensions = true} : (tensor<2x1x4xf32>) -> tensor<2x1x4xf32>
  %1 = webnn.reduceSum %x {axes = array<i64: 1>} : (tensor<2x1x4xf32>) -> tensor<2x4xf32>
  return %0, %1 : tensor<2x1x4xf32>, tensor<2x4xf32>
}
