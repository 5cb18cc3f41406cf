// Round trip, three-way broadcasting and validation of webnn.where.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @where_same_shape
// CHECK: webnn.where %{{.*}}, %{{.*}}, %{{.*}} {label = "select"} : (tensor<2x3xui8>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
func.func @where_same_shape(%c: tensor<2x3xui8>, %t: tensor<2x3xf32>, %f: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.where %c, %t, %f {label = "select"} : (tensor<2x3xui8>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Each operand contributes one dimension: condition 2x1x1, trueValue 3x1,
// falseValue 4 broadcast to 2x3x4.
// CHECK-LABEL: func @where_three_way_broadcast
// CHECK: webnn.where %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x1x1xui8>, tensor<3x1xi32>, tensor<4xi32>) -> tensor<2x3x4xi32>
func.func @where_three_way_broadcast(%c: tensor<2x1x1xui8>, %t: tensor<3x1xi32>, %f: tensor<4xi32>) -> tensor<2x3x4xi32> {
  %0 = webnn.where %c, %t, %f : (tensor<2x1x1xui8>, tensor<3x1xi32>, tensor<4xi32>) -> tensor<2x3x4xi32>
  return %0 : tensor<2x3x4xi32>
}

// -----

// The condition may have the highest rank: trueValue/falseValue broadcast
// to 1x5 first, then with the condition to 2x3x5.
// CHECK-LABEL: func @where_condition_widest
// CHECK: webnn.where %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x3x1xui8>, tensor<5xf16>, tensor<1x1xf16>) -> tensor<2x3x5xf16>
func.func @where_condition_widest(%c: tensor<2x3x1xui8>, %t: tensor<5xf16>, %f: tensor<1x1xf16>) -> tensor<2x3x5xf16> {
  %0 = webnn.where %c, %t, %f : (tensor<2x3x1xui8>, tensor<5xf16>, tensor<1x1xf16>) -> tensor<2x3x5xf16>
  return %0 : tensor<2x3x5xf16>
}

// -----

// Scalars (rank 0) broadcast to anything; all scalars give a scalar.
// CHECK-LABEL: func @where_scalars
// CHECK: webnn.where %{{.*}}, %{{.*}}, %{{.*}} : (tensor<ui8>, tensor<i64>, tensor<i64>) -> tensor<i64>
// CHECK: webnn.where %{{.*}}, %{{.*}}, %{{.*}} : (tensor<ui8>, tensor<ui4>, tensor<2x2xui4>) -> tensor<2x2xui4>
func.func @where_scalars(%c: tensor<ui8>, %t: tensor<i64>, %f: tensor<i64>, %t4: tensor<ui4>, %f4: tensor<2x2xui4>) -> tensor<2x2xui4> {
  %s = webnn.where %c, %t, %f : (tensor<ui8>, tensor<i64>, tensor<i64>) -> tensor<i64>
  %0 = webnn.where %c, %t4, %f4 : (tensor<ui8>, tensor<ui4>, tensor<2x2xui4>) -> tensor<2x2xui4>
  return %0 : tensor<2x2xui4>
}

// -----

// where, step 3: the condition must be uint8.
func.func @where_float_condition(%c: tensor<2xf32>, %t: tensor<2xf32>, %f: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{operand #0 must be static tensor of uint8 with valid dimensions}}
  %0 = webnn.where %c, %t, %f : (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// where, step 3: trueValue may be any MLOperandDataType, float64 is none.
func.func @where_float64_value(%c: tensor<2xui8>, %t: tensor<2xf64>, %f: tensor<2xf64>) -> tensor<2xf64> {
  // expected-error @+1 {{operand #1 must be static tensor of}}
  %0 = webnn.where %c, %t, %f : (tensor<2xui8>, tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
  return %0 : tensor<2xf64>
}

// -----

// where, step 3: falseValue has the same data type as trueValue.
func.func @where_mismatched_values(%c: tensor<2xui8>, %t: tensor<2xf32>, %f: tensor<2xf16>) -> tensor<2xf32> {
  // expected-error @+2 {{falseValue data type float16 must equal trueValue data type float32 [where, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<2xui8>, tensor<2xf32>, tensor<2xf16>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// where, step 4.1: trueValue and falseValue must broadcast together, even
// when each alone would broadcast with the condition.
func.func @where_values_not_broadcastable(%c: tensor<2x6xui8>, %t: tensor<2x1xf32>, %f: tensor<3x1xf32>) -> tensor<2x6xf32> {
  // expected-error @+2 {{trueValue shape 'tensor<2x1xf32>' and falseValue shape 'tensor<3x1xf32>' are not bidirectionally broadcastable [where, step 4.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<2x6xui8>, tensor<2x1xf32>, tensor<3x1xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

// where, step 5.1: the condition must broadcast with the values' shape.
func.func @where_condition_not_broadcastable(%c: tensor<3xui8>, %t: tensor<2x1xf32>, %f: tensor<1x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+2 {{condition shape 'tensor<3xui8>' and the broadcast value shape 'tensor<2x4xf32>' are not bidirectionally broadcastable [where, step 5.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<3xui8>, tensor<2x1xf32>, tensor<1x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// The declared result must be the three-way broadcast shape.
func.func @where_wrong_result_shape(%c: tensor<2x1xui8>, %t: tensor<3xf32>, %f: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<2x1xui8>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// The output has trueValue's data type, not the condition's.
func.func @where_condition_typed_result(%c: tensor<2xui8>, %t: tensor<2xi32>, %f: tensor<2xi32>) -> tensor<2xui8> {
  // expected-error @+2 {{inferred type(s) 'tensor<2xi32>' are incompatible with return type(s) of operation 'tensor<2xui8>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<2xui8>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}
