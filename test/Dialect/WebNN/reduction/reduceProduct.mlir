// Round trip, shape inference, folding and validation of webnn.reduceProduct.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// Without axes every dimension is reduced: the output is a scalar.
// CHECK-LABEL: func @product_all_axes
// CHECK: webnn.reduceProduct %{{.*}} : (tensor<2x3x4xf32>) -> tensor<f32>
func.func @product_all_axes(%x: tensor<2x3x4xf32>) -> tensor<f32> {
  %0 = webnn.reduceProduct %x : (tensor<2x3x4xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// keepDimensions keeps reduced dimensions with size 1; int64 is allowed.
// CHECK-LABEL: func @product_keep_dimensions
// CHECK: webnn.reduceProduct %{{.*}} {axes = array<i64: 0, 2>, keepDimensions = true, label = "r"} : (tensor<2x3x4xi64>) -> tensor<1x3x1xi64>
func.func @product_keep_dimensions(%x: tensor<2x3x4xi64>) -> tensor<1x3x1xi64> {
  %0 = webnn.reduceProduct %x {axes = array<i64: 0, 2>, keepDimensions = true, label = "r"} : (tensor<2x3x4xi64>) -> tensor<1x3x1xi64>
  return %0 : tensor<1x3x1xi64>
}

// -----

// Without keepDimensions the reduced dimensions are removed; axes may be in any order.
// CHECK-LABEL: func @product_drop_dimensions
// CHECK: webnn.reduceProduct %{{.*}} {axes = array<i64: 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3xf32>
func.func @product_drop_dimensions(%x: tensor<2x3x4xf32>) -> tensor<3xf32> {
  %0 = webnn.reduceProduct %x {axes = array<i64: 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// All axes with keepDimensions: every dimension becomes 1.
// CHECK-LABEL: func @product_all_axes_keep
// CHECK: -> tensor<1x1x1xf32>
func.func @product_all_axes_keep(%x: tensor<2x3x4xf32>) -> tensor<1x1x1xf32> {
  %0 = webnn.reduceProduct %x {keepDimensions = true} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  return %0 : tensor<1x1x1xf32>
}

// -----

// Empty axes: no dimension is reduced, the output has the input's shape.
// CHECK-LABEL: func @product_empty_axes
// CHECK: webnn.reduceProduct %{{.*}} {axes = array<i64>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
func.func @product_empty_axes(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.reduceProduct %x {axes = array<i64>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// A scalar input gives a scalar output, with or without keepDimensions.
// CHECK-LABEL: func @product_scalar
// CHECK: webnn.reduceProduct %{{.*}} : (tensor<f32>) -> tensor<f32>
// CHECK: webnn.reduceProduct %{{.*}} {keepDimensions = true} : (tensor<f32>) -> tensor<f32>
func.func @product_scalar(%x: tensor<f32>) -> (tensor<f32>, tensor<f32>) {
  %0 = webnn.reduceProduct %x : (tensor<f32>) -> tensor<f32>
  %1 = webnn.reduceProduct %x {keepDimensions = true} : (tensor<f32>) -> tensor<f32>
  return %0, %1 : tensor<f32>, tensor<f32>
}

// -----

func.func @product_axis_out_of_range(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{axes value 2 is out of range for an input of rank 2 (must be in [0, 2)) [reduction, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reduceProduct %x {axes = array<i64: 2>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @product_duplicate_axes(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{axes contains axis 1 twice [reduction, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reduceProduct %x {axes = array<i64: 1, 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// A scalar has no axis 0.
func.func @product_scalar_axis(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+2 {{axes value 0 is out of range for an input of rank 0 (must be in [0, 0)) [reduction, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reduceProduct %x {axes = array<i64: 0>} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// uint8 is not an allowed data type of reduceProduct (tensor limits table).
func.func @product_uint8(%x: tensor<2xui8>) -> tensor<ui8> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or uint32 or int64 or uint64 with valid dimensions}}
  %0 = webnn.reduceProduct %x : (tensor<2xui8>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// -----

// keepDimensions keeps the reduced dimension.
func.func @product_wrong_result(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x1xf32>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.reduceProduct %x {axes = array<i64: 1>, keepDimensions = true} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// The product of a single value is that value: with nothing reduced the op is the identity.
// FOLD-LABEL: func @product_fold_empty_axes
// FOLD-NEXT: return %arg0
func.func @product_fold_empty_axes(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.reduceProduct %x {axes = array<i64>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// Reducing a size-1 dimension and keeping it is the identity; dropping it
// changes the shape and is not folded.
// FOLD-LABEL: func @product_fold_unit_dims
// FOLD: %[[R:.*]] = webnn.reduceProduct %arg0 {axes = array<i64: 1>}
// FOLD-NEXT: return %arg0, %[[R]]
func.func @product_fold_unit_dims(%x: tensor<2x1x4xf32>) -> (tensor<2x1x4xf32>, tensor<2x4xf32>) {
  %0 = webnn.reduceProduct %x {axes = array<i64: 1>, keepDimensions = true} : (tensor<2x1x4xf32>) -> tensor<2x1x4xf32>
  %1 = webnn.reduceProduct %x {axes = array<i64: 1>} : (tensor<2x1x4xf32>) -> tensor<2x4xf32>
  return %0, %1 : tensor<2x1x4xf32>, tensor<2x4xf32>
}
