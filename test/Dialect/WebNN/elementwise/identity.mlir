// Round trip, shape inference, folding and validation of webnn.identity.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// The output has the input's shape and data type.
// CHECK-LABEL: func @identity_f32
// CHECK: webnn.identity %{{.*}} {label = "identity_out"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
func.func @identity_f32(%input: tensor<1x2x3xf32>) -> tensor<1x2x3xf32> {
  %0 = webnn.identity %input {label = "identity_out"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  return %0 : tensor<1x2x3xf32>
}

// -----

// CHECK-LABEL: func @identity_f16
// CHECK: webnn.identity %{{.*}} : (tensor<2x3xf16>) -> tensor<2x3xf16>
func.func @identity_f16(%input: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.identity %input : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

// A scalar (rank 0) stays a scalar.
// CHECK-LABEL: func @identity_i32
// CHECK: webnn.identity %{{.*}} : (tensor<i32>) -> tensor<i32>
func.func @identity_i32(%input: tensor<i32>) -> tensor<i32> {
  %0 = webnn.identity %input : (tensor<i32>) -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

// CHECK-LABEL: func @identity_ui32
// CHECK: webnn.identity %{{.*}} : (tensor<1x2x3x4x5xui32>) -> tensor<1x2x3x4x5xui32>
func.func @identity_ui32(%input: tensor<1x2x3x4x5xui32>) -> tensor<1x2x3x4x5xui32> {
  %0 = webnn.identity %input : (tensor<1x2x3x4x5xui32>) -> tensor<1x2x3x4x5xui32>
  return %0 : tensor<1x2x3x4x5xui32>
}

// -----

// CHECK-LABEL: func @identity_i64
// CHECK: webnn.identity %{{.*}} : (tensor<7xi64>) -> tensor<7xi64>
func.func @identity_i64(%input: tensor<7xi64>) -> tensor<7xi64> {
  %0 = webnn.identity %input : (tensor<7xi64>) -> tensor<7xi64>
  return %0 : tensor<7xi64>
}

// -----

// CHECK-LABEL: func @identity_ui64
// CHECK: webnn.identity %{{.*}} : (tensor<3x1x2xui64>) -> tensor<3x1x2xui64>
func.func @identity_ui64(%input: tensor<3x1x2xui64>) -> tensor<3x1x2xui64> {
  %0 = webnn.identity %input : (tensor<3x1x2xui64>) -> tensor<3x1x2xui64>
  return %0 : tensor<3x1x2xui64>
}

// -----

// CHECK-LABEL: func @identity_i8
// CHECK: webnn.identity %{{.*}} : (tensor<2x3xi8>) -> tensor<2x3xi8>
func.func @identity_i8(%input: tensor<2x3xi8>) -> tensor<2x3xi8> {
  %0 = webnn.identity %input : (tensor<2x3xi8>) -> tensor<2x3xi8>
  return %0 : tensor<2x3xi8>
}

// -----

// A scalar (rank 0) stays a scalar.
// CHECK-LABEL: func @identity_ui8
// CHECK: webnn.identity %{{.*}} : (tensor<ui8>) -> tensor<ui8>
func.func @identity_ui8(%input: tensor<ui8>) -> tensor<ui8> {
  %0 = webnn.identity %input : (tensor<ui8>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// -----

// CHECK-LABEL: func @identity_i4
// CHECK: webnn.identity %{{.*}} : (tensor<1x2x3x4x5xi4>) -> tensor<1x2x3x4x5xi4>
func.func @identity_i4(%input: tensor<1x2x3x4x5xi4>) -> tensor<1x2x3x4x5xi4> {
  %0 = webnn.identity %input : (tensor<1x2x3x4x5xi4>) -> tensor<1x2x3x4x5xi4>
  return %0 : tensor<1x2x3x4x5xi4>
}

// -----

// CHECK-LABEL: func @identity_ui4
// CHECK: webnn.identity %{{.*}} : (tensor<7xui4>) -> tensor<7xui4>
func.func @identity_ui4(%input: tensor<7xui4>) -> tensor<7xui4> {
  %0 = webnn.identity %input : (tensor<7xui4>) -> tensor<7xui4>
  return %0 : tensor<7xui4>
}

// -----

// The output has the input's shape.
func.func @identity_wrong_result_shape(%input: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.identity %input : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

// The output has the input's data type.
func.func @identity_wrong_result_type(%input: tensor<2xf32>) -> tensor<2xf16> {
  // expected-error @+2 {{inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<2xf16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.identity %input : (tensor<2xf32>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

// element-wise unary, step 4: float64 is not in identity's allowed data types.
func.func @identity_disallowed_type(%input: tensor<2xf64>) -> tensor<2xf64> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or uint32 or int64 or uint64 or int8 or uint8 or int4 or uint4 with valid dimensions}}
  %0 = webnn.identity %input : (tensor<2xf64>) -> tensor<2xf64>
  return %0 : tensor<2xf64>
}

// -----

// identity folds to its input.
// FOLD-LABEL: func @identity_folds
// FOLD-NEXT: return %arg0
func.func @identity_folds(%input: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.identity %input : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = webnn.identity %0 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %1 : tensor<2x3xf32>
}
