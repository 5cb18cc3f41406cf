// Round trip, shape inference and validation of webnn.reduceSumSquare (computes the sum of squares).
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// Without axes every dimension is reduced: the output is a scalar.
// CHECK-LABEL: func @sumsquare_all_axes
// CHECK: webnn.reduceSumSquare %{{.*}} : (tensor<2x3x4xf32>) -> tensor<f32>
func.func @sumsquare_all_axes(%x: tensor<2x3x4xf32>) -> tensor<f32> {
  %0 = webnn.reduceSumSquare %x : (tensor<2x3x4xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// keepDimensions keeps reduced dimensions with size 1; int32 is allowed.
// CHECK-LABEL: func @sumsquare_keep_dimensions
// CHECK: webnn.reduceSumSquare %{{.*}} {axes = array<i64: 0, 2>, keepDimensions = true, label = "r"} : (tensor<2x3x4xi32>) -> tensor<1x3x1xi32>
func.func @sumsquare_keep_dimensions(%x: tensor<2x3x4xi32>) -> tensor<1x3x1xi32> {
  %0 = webnn.reduceSumSquare %x {axes = array<i64: 0, 2>, keepDimensions = true, label = "r"} : (tensor<2x3x4xi32>) -> tensor<1x3x1xi32>
  return %0 : tensor<1x3x1xi32>
}

// -----

// Without keepDimensions the reduced dimensions are removed; axes may be in any order.
// CHECK-LABEL: func @sumsquare_drop_dimensions
// CHECK: webnn.reduceSumSquare %{{.*}} {axes = array<i64: 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3xf32>
func.func @sumsquare_drop_dimensions(%x: tensor<2x3x4xf32>) -> tensor<3xf32> {
  %0 = webnn.reduceSumSquare %x {axes = array<i64: 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// All axes with keepDimensions: every dimension becomes 1.
// CHECK-LABEL: func @sumsquare_all_axes_keep
// CHECK: -> tensor<1x1x1xf32>
func.func @sumsquare_all_axes_keep(%x: tensor<2x3x4xf32>) -> tensor<1x1x1xf32> {
  %0 = webnn.reduceSumSquare %x {keepDimensions = true} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  return %0 : tensor<1x1x1xf32>
}

// -----

// Empty axes: no dimension is reduced, the output has the input's shape.
// CHECK-LABEL: func @sumsquare_empty_axes
// CHECK: webnn.reduceSumSquare %{{.*}} {axes = array<i64>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
func.func @sumsquare_empty_axes(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.reduceSumSquare %x {axes = array<i64>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// A scalar input gives a scalar output, with or without keepDimensions.
// CHECK-LABEL: func @sumsquare_scalar
// CHECK: webnn.reduceSumSquare %{{.*}} : (tensor<f32>) -> tensor<f32>
// CHECK: webnn.reduceSumSquare %{{.*}} {keepDimensions = true} : (tensor<f32>) -> tensor<f32>
func.func @sumsquare_scalar(%x: tensor<f32>) -> (tensor<f32>, tensor<f32>) {
  %0 = webnn.reduceSumSquare %x : (tensor<f32>) -> tensor<f32>
  %1 = webnn.reduceSumSquare %x {keepDimensions = true} : (tensor<f32>) -> tensor<f32>
  return %0, %1 : tensor<f32>, tensor<f32>
}

// -----

func.func @sumsquare_axis_out_of_range(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{axes value 2 is out of range for an input of rank 2 (must be in [0, 2)) [reduction, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reduceSumSquare %x {axes = array<i64: 2>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @sumsquare_duplicate_axes(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{axes contains axis 1 twice [reduction, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reduceSumSquare %x {axes = array<i64: 1, 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// A scalar has no axis 0.
func.func @sumsquare_scalar_axis(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+2 {{axes value 0 is out of range for an input of rank 0 (must be in [0, 0)) [reduction, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reduceSumSquare %x {axes = array<i64: 0>} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// int4 is not an allowed data type of reduceSumSquare (tensor limits table).
func.func @sumsquare_int4(%x: tensor<2xi4>) -> tensor<i4> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or uint32 or int64 or uint64 with valid dimensions}}
  %0 = webnn.reduceSumSquare %x : (tensor<2xi4>) -> tensor<i4>
  return %0 : tensor<i4>
}

// -----

// keepDimensions keeps the reduced dimension.
func.func @sumsquare_wrong_result(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x1xf32>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reduceSumSquare %x {axes = array<i64: 1>, keepDimensions = true} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// With empty axes the sum of squares is still applied to each value: not an identity, not folded.
// FOLD-LABEL: func @sumsquare_no_fold_empty_axes
// FOLD-NEXT: %[[R:.*]] = webnn.reduceSumSquare %arg0 {axes = array<i64>}
// FOLD-NEXT: return %[[R]]
func.func @sumsquare_no_fold_empty_axes(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.reduceSumSquare %x {axes = array<i64>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}
