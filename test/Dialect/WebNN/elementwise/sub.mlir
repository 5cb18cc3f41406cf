// Round trip, shape inference and validation of webnn.sub.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @sub_same_shape
// CHECK: webnn.sub %{{.*}}, %{{.*}} {label = "sub_out"} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
func.func @sub_same_shape(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.sub %a, %b {label = "sub_out"} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Broadcasting: the shorter shape is padded with leading ones, ones stretch.
// CHECK-LABEL: func @sub_broadcast
// CHECK: webnn.sub %{{.*}}, %{{.*}} : (tensor<2x1x4xi32>, tensor<3x1xi32>) -> tensor<2x3x4xi32>
func.func @sub_broadcast(%a: tensor<2x1x4xi32>, %b: tensor<3x1xi32>) -> tensor<2x3x4xi32> {
  %0 = webnn.sub %a, %b : (tensor<2x1x4xi32>, tensor<3x1xi32>) -> tensor<2x3x4xi32>
  return %0 : tensor<2x3x4xi32>
}

// -----

// Two scalars (rank 0) give a scalar.
// CHECK-LABEL: func @sub_scalars
// CHECK: webnn.sub %{{.*}}, %{{.*}} : (tensor<i4>, tensor<i4>) -> tensor<i4>
func.func @sub_scalars(%a: tensor<i4>, %b: tensor<i4>) -> tensor<i4> {
  %0 = webnn.sub %a, %b : (tensor<i4>, tensor<i4>) -> tensor<i4>
  return %0 : tensor<i4>
}

// -----

// element-wise binary, step 4: a and b have the same data type.
func.func @sub_mismatched_types(%a: tensor<2xf32>, %b: tensor<2xi32>) -> tensor<2xf32> {
  // expected-error @+2 {{b data type int32 must equal a data type float32 [element-wise binary, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.sub %a, %b : (tensor<2xf32>, tensor<2xi32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// element-wise binary, step 5.1: the shapes must broadcast.
func.func @sub_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+2 {{shapes 'tensor<2x3xf32>' and 'tensor<2x4xf32>' are not bidirectionally broadcastable [element-wise binary, step 5.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.sub %a, %b : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// The declared result must be the broadcast shape.
func.func @sub_wrong_result_shape(%a: tensor<2x1xf32>, %b: tensor<1x3xf32>) -> tensor<2x1xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.sub %a, %b : (tensor<2x1xf32>, tensor<1x3xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// -----

// The output has a's data type.
func.func @sub_wrong_result_type(%a: tensor<2xi32>, %b: tensor<2xi32>) -> tensor<2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2xi32>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.sub %a, %b : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// float64 is not an MLOperandDataType.
func.func @sub_float64(%a: tensor<2xf64>, %b: tensor<2xf64>) -> tensor<2xf64> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or uint32 or int64 or uint64 or int8 or uint8 or int4 or uint4 with valid dimensions}}
  %0 = webnn.sub %a, %b : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
  return %0 : tensor<2xf64>
}
