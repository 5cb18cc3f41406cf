// Round trip, shape inference and validation of webnn.add.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @add_same_shape
// CHECK: webnn.add %{{.*}}, %{{.*}} {label = "sum"} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
func.func @add_same_shape(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.add %a, %b {label = "sum"} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Broadcasting: the shorter shape is padded with leading ones, ones stretch.
// CHECK-LABEL: func @add_broadcast
// CHECK: -> tensor<2x3x4xi32>
func.func @add_broadcast(%a: tensor<2x1x4xi32>, %b: tensor<3x1xi32>) -> tensor<2x3x4xi32> {
  %0 = webnn.add %a, %b : (tensor<2x1x4xi32>, tensor<3x1xi32>) -> tensor<2x3x4xi32>
  return %0 : tensor<2x3x4xi32>
}

// -----

// Scalars (rank 0) broadcast to anything.
// CHECK-LABEL: func @add_scalar
// CHECK: -> tensor<5xf16>
func.func @add_scalar(%a: tensor<f16>, %b: tensor<5xf16>) -> tensor<5xf16> {
  %0 = webnn.add %a, %b : (tensor<f16>, tensor<5xf16>) -> tensor<5xf16>
  return %0 : tensor<5xf16>
}

// -----

func.func @add_mismatched_types(%a: tensor<2xf32>, %b: tensor<2xf16>) -> tensor<2xf32> {
  // expected-error @+2 {{b data type float16 must equal a data type float32 [element-wise binary, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<2xf32>, tensor<2xf16>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @add_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<3x2xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{shapes 'tensor<2x3xf32>' and 'tensor<3x2xf32>' are not bidirectionally broadcastable [element-wise binary, step 5.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// The declared result type must be the one the spec's formula gives.
func.func @add_wrong_result_shape(%a: tensor<2x1xf32>, %b: tensor<1x3xf32>) -> tensor<2x1xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<2x1xf32>, tensor<1x3xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// -----

// Zero-size dimensions are not valid WebNN dimensions.
func.func @add_zero_dimension(%a: tensor<0x3xf32>, %b: tensor<0x3xf32>) -> tensor<0x3xf32> {
  // expected-error @+1 {{operand #0 must be static tensor of}}
  %0 = webnn.add %a, %b : (tensor<0x3xf32>, tensor<0x3xf32>) -> tensor<0x3xf32>
  return %0 : tensor<0x3xf32>
}

// -----

func.func @add_dynamic(%a: tensor<?x3xf32>, %b: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{operand #0 must be static tensor of}}
  %0 = webnn.add %a, %b : (tensor<?x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
