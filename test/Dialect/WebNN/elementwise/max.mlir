// Round trip, shape inference and validation of webnn.max.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @max_same_shape
// CHECK: webnn.max %{{.*}}, %{{.*}} {label = "max_out"} : (tensor<2x3xi8>, tensor<2x3xi8>) -> tensor<2x3xi8>
func.func @max_same_shape(%a: tensor<2x3xi8>, %b: tensor<2x3xi8>) -> tensor<2x3xi8> {
  %0 = webnn.max %a, %b {label = "max_out"} : (tensor<2x3xi8>, tensor<2x3xi8>) -> tensor<2x3xi8>
  return %0 : tensor<2x3xi8>
}

// -----

// Broadcasting: the shorter shape is padded with leading ones, ones stretch.
// CHECK-LABEL: func @max_broadcast
// CHECK: webnn.max %{{.*}}, %{{.*}} : (tensor<1x3xui32>, tensor<2x1xui32>) -> tensor<2x3xui32>
func.func @max_broadcast(%a: tensor<1x3xui32>, %b: tensor<2x1xui32>) -> tensor<2x3xui32> {
  %0 = webnn.max %a, %b : (tensor<1x3xui32>, tensor<2x1xui32>) -> tensor<2x3xui32>
  return %0 : tensor<2x3xui32>
}

// -----

// Two scalars (rank 0) give a scalar.
// CHECK-LABEL: func @max_scalars
// CHECK: webnn.max %{{.*}}, %{{.*}} : (tensor<i4>, tensor<i4>) -> tensor<i4>
func.func @max_scalars(%a: tensor<i4>, %b: tensor<i4>) -> tensor<i4> {
  %0 = webnn.max %a, %b : (tensor<i4>, tensor<i4>) -> tensor<i4>
  return %0 : tensor<i4>
}

// -----

// element-wise binary, step 4: a and b have the same data type.
func.func @max_mismatched_types(%a: tensor<2xf32>, %b: tensor<2xi32>) -> tensor<2xf32> {
  // expected-error @+2 {{b data type int32 must equal a data type float32 [element-wise binary, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.max %a, %b : (tensor<2xf32>, tensor<2xi32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// element-wise binary, step 5.1: the shapes must broadcast.
func.func @max_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+2 {{shapes 'tensor<2x3xf32>' and 'tensor<2x4xf32>' are not bidirectionally broadcastable [element-wise binary, step 5.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.max %a, %b : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// The declared result must be the broadcast shape.
func.func @max_wrong_result_shape(%a: tensor<2x1xf32>, %b: tensor<1x3xf32>) -> tensor<2x1xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.max %a, %b : (tensor<2x1xf32>, tensor<1x3xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// -----

// The output has a's data type.
func.func @max_wrong_result_type(%a: tensor<2xi32>, %b: tensor<2xi32>) -> tensor<2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2xi32>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.max %a, %b : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// float64 is not an MLOperandDataType.
func.func @max_float64(%a: tensor<2xf64>, %b: tensor<2xf64>) -> tensor<2xf64> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or uint32 or int64 or uint64 or int8 or uint8 or int4 or uint4 with valid dimensions}}
  %0 = webnn.max %a, %b : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
  return %0 : tensor<2xf64>
}
