// Round trip, shape inference (bidirectional broadcasting) and validation of webnn.prelu.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @prelu_same_shape
// CHECK: webnn.prelu %{{.*}}, %{{.*}} {label = "prelu"} : (tensor<1x2x3xf32>, tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
func.func @prelu_same_shape(%x: tensor<1x2x3xf32>, %slope: tensor<1x2x3xf32>) -> tensor<1x2x3xf32> {
  %0 = webnn.prelu %x, %slope {label = "prelu"} : (tensor<1x2x3xf32>, tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  return %0 : tensor<1x2x3xf32>
}

// -----

// A per-channel slope broadcast over the leading dimensions.
// CHECK-LABEL: func @prelu_channel_slope
// CHECK: webnn.prelu %{{.*}}, %{{.*}} : (tensor<2x4x3xf16>, tensor<3xf16>) -> tensor<2x4x3xf16>
func.func @prelu_channel_slope(%x: tensor<2x4x3xf16>, %slope: tensor<3xf16>) -> tensor<2x4x3xf16> {
  %0 = webnn.prelu %x, %slope : (tensor<2x4x3xf16>, tensor<3xf16>) -> tensor<2x4x3xf16>
  return %0 : tensor<2x4x3xf16>
}

// -----

// Bidirectional: input's 1 broadcasts to slope's 3.
// CHECK-LABEL: func @prelu_bidirectional
// CHECK: webnn.prelu %{{.*}}, %{{.*}} : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
func.func @prelu_bidirectional(%x: tensor<2x1xf32>, %slope: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.prelu %x, %slope : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// The output rank is the larger rank, here slope's.
// CHECK-LABEL: func @prelu_slope_higher_rank
// CHECK: webnn.prelu %{{.*}}, %{{.*}} : (tensor<3xi32>, tensor<2x1x3xi32>) -> tensor<2x1x3xi32>
func.func @prelu_slope_higher_rank(%x: tensor<3xi32>, %slope: tensor<2x1x3xi32>) -> tensor<2x1x3xi32> {
  %0 = webnn.prelu %x, %slope : (tensor<3xi32>, tensor<2x1x3xi32>) -> tensor<2x1x3xi32>
  return %0 : tensor<2x1x3xi32>
}

// -----

// A scalar slope.
// CHECK-LABEL: func @prelu_scalar_slope_int8
// CHECK: webnn.prelu %{{.*}}, %{{.*}} : (tensor<2x2xi8>, tensor<i8>) -> tensor<2x2xi8>
func.func @prelu_scalar_slope_int8(%x: tensor<2x2xi8>, %slope: tensor<i8>) -> tensor<2x2xi8> {
  %0 = webnn.prelu %x, %slope : (tensor<2x2xi8>, tensor<i8>) -> tensor<2x2xi8>
  return %0 : tensor<2x2xi8>
}

// -----

// CHECK-LABEL: func @prelu_scalars_int64
// CHECK: webnn.prelu %{{.*}}, %{{.*}} : (tensor<i64>, tensor<i64>) -> tensor<i64>
func.func @prelu_scalars_int64(%x: tensor<i64>, %slope: tensor<i64>) -> tensor<i64> {
  %0 = webnn.prelu %x, %slope : (tensor<i64>, tensor<i64>) -> tensor<i64>
  return %0 : tensor<i64>
}

// -----

func.func @prelu_data_type_mismatch(%x: tensor<3xf32>, %slope: tensor<3xf16>) -> tensor<3xf32> {
  // expected-error @+2 {{slope data type float16 must equal input data type float32 [prelu, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.prelu %x, %slope : (tensor<3xf32>, tensor<3xf16>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @prelu_not_broadcastable(%x: tensor<2x3xf32>, %slope: tensor<2xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{slope shape 'tensor<2xf32>' and input shape 'tensor<2x3xf32>' are not bidirectionally broadcastable [prelu, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.prelu %x, %slope : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// uint8 is not an allowed data type of prelu (tensor limits table).
func.func @prelu_uint8(%x: tensor<2xui8>, %slope: tensor<2xui8>) -> tensor<2xui8> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int64 or int32 or int8 with valid dimensions}}
  %0 = webnn.prelu %x, %slope : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}

// -----

// The output has the broadcast shape, not input's.
func.func @prelu_wrong_result_shape(%x: tensor<2x1xf32>, %slope: tensor<3xf32>) -> tensor<2x1xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.prelu %x, %slope : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}
