// Round trip, shape inference and validation of webnn.dequantizeLinear.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Blockwise: each 2x2 block of the input shares one scale and zero point;
// the output has the input's shape and the scale's data type.
// CHECK-LABEL: func @dequantize_blockwise
// CHECK: webnn.dequantizeLinear %{{.*}}, %{{.*}}, %{{.*}} {label = "dq"} : (tensor<4x6xi8>, tensor<2x3xf16>, tensor<2x3xi8>) -> tensor<4x6xf16>
func.func @dequantize_blockwise(%x: tensor<4x6xi8>, %s: tensor<2x3xf16>, %z: tensor<2x3xi8>) -> tensor<4x6xf16> {
  %0 = webnn.dequantizeLinear %x, %s, %z {label = "dq"} : (tensor<4x6xi8>, tensor<2x3xf16>, tensor<2x3xi8>) -> tensor<4x6xf16>
  return %0 : tensor<4x6xf16>
}

// -----

// Per-tensor on a scalar (rank 0) input.
// CHECK-LABEL: func @dequantize_scalar
// CHECK: webnn.dequantizeLinear %{{.*}}, %{{.*}}, %{{.*}} : (tensor<ui8>, tensor<f32>, tensor<ui8>) -> tensor<f32>
func.func @dequantize_scalar(%x: tensor<ui8>, %s: tensor<f32>, %z: tensor<ui8>) -> tensor<f32> {
  %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<ui8>, tensor<f32>, tensor<ui8>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// Per-tensor with all-ones scale shape, and per-axis along the last axis.
// CHECK-LABEL: func @dequantize_per_tensor_and_axis
// CHECK: webnn.dequantizeLinear {{.*}} : (tensor<2x3x4xi32>, tensor<1x1x1xf32>, tensor<1x1x1xi32>) -> tensor<2x3x4xf32>
// CHECK: webnn.dequantizeLinear {{.*}} : (tensor<2x3x4xui32>, tensor<1x1x4xf16>, tensor<1x1x4xui32>) -> tensor<2x3x4xf16>
func.func @dequantize_per_tensor_and_axis(%x: tensor<2x3x4xi32>, %s: tensor<1x1x1xf32>, %z: tensor<1x1x1xi32>, %y: tensor<2x3x4xui32>, %s2: tensor<1x1x4xf16>, %z2: tensor<1x1x4xui32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf16>) {
  %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<2x3x4xi32>, tensor<1x1x1xf32>, tensor<1x1x1xi32>) -> tensor<2x3x4xf32>
  %1 = webnn.dequantizeLinear %y, %s2, %z2 : (tensor<2x3x4xui32>, tensor<1x1x4xf16>, tensor<1x1x4xui32>) -> tensor<2x3x4xf16>
  return %0, %1 : tensor<2x3x4xf32>, tensor<2x3x4xf16>
}

// -----

func.func @dequantize_zero_point_type(%x: tensor<4xi8>, %s: tensor<4xf32>, %z: tensor<4xui8>) -> tensor<4xf32> {
  // expected-error @+2 {{zeroPoint data type uint8 must equal input data type int8 [dequantizeLinear, step 6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<4xi8>, tensor<4xf32>, tensor<4xui8>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Scale and zero point must have the input's rank: no implicit broadcasting
// of lower-rank scales.
func.func @dequantize_scale_rank(%x: tensor<3x4xui8>, %s: tensor<4xf32>, %z: tensor<4xui8>) -> tensor<3x4xf32> {
  // expected-error @+2 {{scale must be a 2-D tensor, got rank 1 [dequantizeLinear, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<3x4xui8>, tensor<4xf32>, tensor<4xui8>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

func.func @dequantize_zero_point_rank(%x: tensor<3x4xui8>, %s: tensor<1x4xf32>, %z: tensor<4xui8>) -> tensor<3x4xf32> {
  // expected-error @+2 {{zeroPoint must be a 2-D tensor, got rank 1 [dequantizeLinear, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<3x4xui8>, tensor<1x4xf32>, tensor<4xui8>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// Both shapes are blockwise broadcastable, but they differ.
func.func @dequantize_shape_mismatch(%x: tensor<3x4xui8>, %s: tensor<1x4xf32>, %z: tensor<1x2xui8>) -> tensor<3x4xf32> {
  // expected-error @+2 {{scale shape 'tensor<1x4xf32>' must equal zeroPoint shape 'tensor<1x2xui8>' [dequantizeLinear, step 8]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<3x4xui8>, tensor<1x4xf32>, tensor<1x2xui8>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// 4 % 3 != 0.
func.func @dequantize_not_blockwise(%x: tensor<4x6xi8>, %s: tensor<3x3xf32>, %z: tensor<3x3xi8>) -> tensor<4x6xf32> {
  // expected-error @+2 {{scale shape 'tensor<3x3xf32>' is not blockwise broadcastable to input shape 'tensor<4x6xi8>' [dequantizeLinear, step 9]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<4x6xi8>, tensor<3x3xf32>, tensor<3x3xi8>) -> tensor<4x6xf32>
  return %0 : tensor<4x6xf32>
}

// -----

// A scale larger than the input is not blockwise broadcastable either.
func.func @dequantize_scale_larger(%x: tensor<4x6xi8>, %s: tensor<8x6xf32>, %z: tensor<8x6xi8>) -> tensor<4x6xf32> {
  // expected-error @+2 {{scale shape 'tensor<8x6xf32>' is not blockwise broadcastable to input shape 'tensor<4x6xi8>' [dequantizeLinear, step 9]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<4x6xi8>, tensor<8x6xf32>, tensor<8x6xi8>) -> tensor<4x6xf32>
  return %0 : tensor<4x6xf32>
}

// -----

// The output takes the scale's data type, not float32 by default.
func.func @dequantize_wrong_result(%x: tensor<4xi8>, %s: tensor<4xf16>, %z: tensor<4xi8>) -> tensor<4xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<4xf16>' are incompatible with return type(s) of operation 'tensor<4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<4xi8>, tensor<4xf16>, tensor<4xi8>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @dequantize_float_input(%x: tensor<4xf32>, %s: tensor<4xf32>, %z: tensor<4xi8>) -> tensor<4xf32> {
  // expected-error @+1 {{operand #0 must be static tensor of uint8 or int8 or uint32 or int32 or uint4 or int4 with valid dimensions}}
  %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<4xf32>, tensor<4xf32>, tensor<4xi8>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// int4 data, as the WPT conformance cases use it.
// CHECK-LABEL: func @dequantize_int4_input
// CHECK: webnn.dequantizeLinear %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4xi4>, tensor<4xf32>, tensor<4xi4>) -> tensor<4xf32>
func.func @dequantize_int4_input(%x: tensor<4xi4>, %s: tensor<4xf32>, %z: tensor<4xi4>) -> tensor<4xf32> {
  %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<4xi4>, tensor<4xf32>, tensor<4xi4>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @dequantize_integer_scale(%x: tensor<4xi8>, %s: tensor<4xi32>, %z: tensor<4xi8>) -> tensor<4xi32> {
  // expected-error @+1 {{operand #1 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<4xi8>, tensor<4xi32>, tensor<4xi8>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}
