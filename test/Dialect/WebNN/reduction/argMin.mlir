// Round trip, shape inference and validation of webnn.argMin.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Defaults: the axis is removed, the output is int32.
// CHECK-LABEL: func @argmin_default
// CHECK: webnn.argMin %{{.*}} {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x4xi32>
func.func @argmin_default(%x: tensor<2x3x4xf32>) -> tensor<2x4xi32> {
  %0 = webnn.argMin %x {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x4xi32>
  return %0 : tensor<2x4xi32>
}

// -----

// keepDimensions keeps the axis with size 1; int64 output; a label.
// CHECK-LABEL: func @argmin_keep_int64
// CHECK: webnn.argMin %{{.*}} {axis = 2 : i64, keepDimensions = true, label = "am", outputDataType = #webnn.data_type<int64>} : (tensor<2x3x4xf16>) -> tensor<2x3x1xi64>
func.func @argmin_keep_int64(%x: tensor<2x3x4xf16>) -> tensor<2x3x1xi64> {
  %0 = webnn.argMin %x {axis = 2 : i64, keepDimensions = true, label = "am", outputDataType = #webnn.data_type<int64>} : (tensor<2x3x4xf16>) -> tensor<2x3x1xi64>
  return %0 : tensor<2x3x1xi64>
}

// -----

// A 1-D input reduces to a scalar index.
// CHECK-LABEL: func @argmin_rank1
// CHECK: webnn.argMin %{{.*}} {axis = 0 : i64} : (tensor<5xi32>) -> tensor<i32>
func.func @argmin_rank1(%x: tensor<5xi32>) -> tensor<i32> {
  %0 = webnn.argMin %x {axis = 0 : i64} : (tensor<5xi32>) -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

// A 1-D input with keepDimensions keeps one element.
// CHECK-LABEL: func @argmin_rank1_keep
// CHECK: webnn.argMin %{{.*}} {axis = 0 : i64, keepDimensions = true} : (tensor<5xi8>) -> tensor<1xi32>
func.func @argmin_rank1_keep(%x: tensor<5xi8>) -> tensor<1xi32> {
  %0 = webnn.argMin %x {axis = 0 : i64, keepDimensions = true} : (tensor<5xi8>) -> tensor<1xi32>
  return %0 : tensor<1xi32>
}

// -----

// The input may have any data type (here uint4).
// CHECK-LABEL: func @argmin_any_type
// CHECK: webnn.argMin %{{.*}} {axis = 0 : i64} : (tensor<3x2xui4>) -> tensor<2xi32>
func.func @argmin_any_type(%x: tensor<3x2xui4>) -> tensor<2xi32> {
  %0 = webnn.argMin %x {axis = 0 : i64} : (tensor<3x2xui4>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// The largest valid dimension, 2^31 - 1, along the axis: its indices fit
// int64 (and int32, see below).
// CHECK-LABEL: func @argmin_large_axis_int64
// CHECK: webnn.argMin %{{.*}} {axis = 0 : i64, outputDataType = #webnn.data_type<int64>} : (tensor<2147483647xf16>) -> tensor<i64>
func.func @argmin_large_axis_int64(%x: tensor<2147483647xf16>) -> tensor<i64> {
  %0 = webnn.argMin %x {axis = 0 : i64, outputDataType = #webnn.data_type<int64>} : (tensor<2147483647xf16>) -> tensor<i64>
  return %0 : tensor<i64>
}

// -----

func.func @argmin_axis_out_of_range(%x: tensor<2x3xf32>) -> tensor<2xi32> {
  // expected-error @+2 {{axis 2 must be less than the input rank 2 [argMin/argMax, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.argMin %x {axis = 2 : i64} : (tensor<2x3xf32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// A scalar has no axis to reduce.
func.func @argmin_scalar(%x: tensor<f32>) -> tensor<i32> {
  // expected-error @+2 {{axis 0 must be less than the input rank 0 [argMin/argMax, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.argMin %x {axis = 0 : i64} : (tensor<f32>) -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

// Only int32 and int64 are allowed output data types.
func.func @argmin_float_output(%x: tensor<2x3xf32>) -> tensor<2xi32> {
  // expected-error @+2 {{outputDataType float32 must be int32 or int64 [argMin/argMax, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.argMin %x {axis = 1 : i64, outputDataType = #webnn.data_type<float32>} : (tensor<2x3xf32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

func.func @argmin_uint32_output(%x: tensor<2x3xf32>) -> tensor<2xi32> {
  // expected-error @+2 {{outputDataType uint32 must be int32 or int64 [argMin/argMax, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.argMin %x {axis = 1 : i64, outputDataType = #webnn.data_type<uint32>} : (tensor<2x3xf32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// 2^31 indices would not fit int32, but 2^31 is not a valid dimension: the
// operand is rejected first, so step 6 cannot fail for a valid input.
func.func @argmin_int32_overflow(%x: tensor<2147483648xf16>) -> tensor<i32> {
  // expected-error @+1 {{operand #0 must be static tensor of}}
  %0 = webnn.argMin %x {axis = 0 : i64} : (tensor<2147483648xf16>) -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

// axis is a required argument.
func.func @argmin_missing_axis(%x: tensor<2xf32>) -> tensor<i32> {
  // expected-error @+1 {{requires attribute 'axis'}}
  %0 = webnn.argMin %x : (tensor<2xf32>) -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

// axis is unsigned.
func.func @argmin_negative_axis(%x: tensor<2xf32>) -> tensor<i32> {
  // expected-error @+1 {{attribute 'axis' failed to satisfy constraint}}
  %0 = webnn.argMin %x {axis = -1 : i64} : (tensor<2xf32>) -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

// float64 is not an MLOperandDataType.
func.func @argmin_float64(%x: tensor<2xf64>) -> tensor<i32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or uint32 or int64 or uint64 or int8 or uint8 or int4 or uint4 with valid dimensions}}
  %0 = webnn.argMin %x {axis = 0 : i64} : (tensor<2xf64>) -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

// The default output data type is int32.
func.func @argmin_wrong_result(%x: tensor<2x3xf32>) -> tensor<3xi64> {
  // expected-error @+2 {{inferred type(s) 'tensor<3xi32>' are incompatible with return type(s) of operation 'tensor<3xi64>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.argMin %x {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<3xi64>
  return %0 : tensor<3xi64>
}
