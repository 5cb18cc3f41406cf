// Round trip, shape inference and validation of webnn.quantizeLinear.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Blockwise: each 2x3 block of the input shares one scale and zero point;
// the output has the input's shape and the zero point's data type.
// CHECK-LABEL: func @quantize_blockwise
// CHECK: webnn.quantizeLinear %{{.*}}, %{{.*}}, %{{.*}} {label = "q"} : (tensor<4x6xf32>, tensor<2x2xf32>, tensor<2x2xui8>) -> tensor<4x6xui8>
func.func @quantize_blockwise(%x: tensor<4x6xf32>, %s: tensor<2x2xf32>, %z: tensor<2x2xui8>) -> tensor<4x6xui8> {
  %0 = webnn.quantizeLinear %x, %s, %z {label = "q"} : (tensor<4x6xf32>, tensor<2x2xf32>, tensor<2x2xui8>) -> tensor<4x6xui8>
  return %0 : tensor<4x6xui8>
}

// -----

// Per-tensor on a scalar (rank 0) input.
// CHECK-LABEL: func @quantize_scalar
// CHECK: webnn.quantizeLinear %{{.*}}, %{{.*}}, %{{.*}} : (tensor<f16>, tensor<f16>, tensor<i8>) -> tensor<i8>
func.func @quantize_scalar(%x: tensor<f16>, %s: tensor<f16>, %z: tensor<i8>) -> tensor<i8> {
  %0 = webnn.quantizeLinear %x, %s, %z : (tensor<f16>, tensor<f16>, tensor<i8>) -> tensor<i8>
  return %0 : tensor<i8>
}

// -----

// Per-tensor with an all-ones scale shape, per-axis along the first axis.
// CHECK-LABEL: func @quantize_per_tensor_and_axis
// CHECK: webnn.quantizeLinear {{.*}} : (tensor<2x3x4xf32>, tensor<1x1x1xf32>, tensor<1x1x1xi32>) -> tensor<2x3x4xi32>
// CHECK: webnn.quantizeLinear {{.*}} : (tensor<2x3x4xf16>, tensor<2x1x1xf16>, tensor<2x1x1xui32>) -> tensor<2x3x4xui32>
func.func @quantize_per_tensor_and_axis(%x: tensor<2x3x4xf32>, %s: tensor<1x1x1xf32>, %z: tensor<1x1x1xi32>, %y: tensor<2x3x4xf16>, %s2: tensor<2x1x1xf16>, %z2: tensor<2x1x1xui32>) -> (tensor<2x3x4xi32>, tensor<2x3x4xui32>) {
  %0 = webnn.quantizeLinear %x, %s, %z : (tensor<2x3x4xf32>, tensor<1x1x1xf32>, tensor<1x1x1xi32>) -> tensor<2x3x4xi32>
  %1 = webnn.quantizeLinear %y, %s2, %z2 : (tensor<2x3x4xf16>, tensor<2x1x1xf16>, tensor<2x1x1xui32>) -> tensor<2x3x4xui32>
  return %0, %1 : tensor<2x3x4xi32>, tensor<2x3x4xui32>
}

// -----

func.func @quantize_scale_type(%x: tensor<4xf32>, %s: tensor<4xf16>, %z: tensor<4xui8>) -> tensor<4xui8> {
  // expected-error @+2 {{scale data type float16 must equal input data type float32 [quantizeLinear, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.quantizeLinear %x, %s, %z : (tensor<4xf32>, tensor<4xf16>, tensor<4xui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// -----

// Scale and zero point must have the input's rank: no implicit broadcasting
// of lower-rank scales.
func.func @quantize_scale_rank(%x: tensor<3x2xf32>, %s: tensor<2xf32>, %z: tensor<2xi8>) -> tensor<3x2xi8> {
  // expected-error @+2 {{scale must be a 2-D tensor, got rank 1 [quantizeLinear, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.quantizeLinear %x, %s, %z : (tensor<3x2xf32>, tensor<2xf32>, tensor<2xi8>) -> tensor<3x2xi8>
  return %0 : tensor<3x2xi8>
}

// -----

func.func @quantize_zero_point_rank(%x: tensor<5xf32>, %s: tensor<1xf32>, %z: tensor<i8>) -> tensor<5xi8> {
  // expected-error @+2 {{zeroPoint must be a 1-D tensor, got rank 0 [quantizeLinear, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.quantizeLinear %x, %s, %z : (tensor<5xf32>, tensor<1xf32>, tensor<i8>) -> tensor<5xi8>
  return %0 : tensor<5xi8>
}

// -----

func.func @quantize_shape_mismatch(%x: tensor<6xf32>, %s: tensor<2xf32>, %z: tensor<3xi8>) -> tensor<6xi8> {
  // expected-error @+2 {{scale shape 'tensor<2xf32>' must equal zeroPoint shape 'tensor<3xi8>' [quantizeLinear, step 8]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.quantizeLinear %x, %s, %z : (tensor<6xf32>, tensor<2xf32>, tensor<3xi8>) -> tensor<6xi8>
  return %0 : tensor<6xi8>
}

// -----

// 6 % 4 != 0.
func.func @quantize_not_blockwise(%x: tensor<2x6xf32>, %s: tensor<1x4xf32>, %z: tensor<1x4xi8>) -> tensor<2x6xi8> {
  // expected-error @+2 {{scale shape 'tensor<1x4xf32>' is not blockwise broadcastable to input shape 'tensor<2x6xf32>' [quantizeLinear, step 9]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.quantizeLinear %x, %s, %z : (tensor<2x6xf32>, tensor<1x4xf32>, tensor<1x4xi8>) -> tensor<2x6xi8>
  return %0 : tensor<2x6xi8>
}

// -----

// The output takes the zero point's data type.
func.func @quantize_wrong_result(%x: tensor<4xf32>, %s: tensor<4xf32>, %z: tensor<4xi8>) -> tensor<4xui8> {
  // expected-error @+2 {{inferred type(s) 'tensor<4xi8>' are incompatible with return type(s) of operation 'tensor<4xui8>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.quantizeLinear %x, %s, %z : (tensor<4xf32>, tensor<4xf32>, tensor<4xi8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// -----

func.func @quantize_integer_input(%x: tensor<4xi32>, %s: tensor<4xf32>, %z: tensor<4xi32>) -> tensor<4xi32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.quantizeLinear %x, %s, %z : (tensor<4xi32>, tensor<4xf32>, tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

func.func @quantize_float_zero_point(%x: tensor<4xf32>, %s: tensor<4xf32>, %z: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{operand #2 must be static tensor of uint8 or int8 or uint32 or int32 or uint4 or int4 with valid dimensions}}
  %0 = webnn.quantizeLinear %x, %s, %z : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// uint4 zero point, as the WPT conformance cases use it.
// CHECK-LABEL: func @quantize_uint4_zero_point
// CHECK: -> tensor<4xui4>
func.func @quantize_uint4_zero_point(%x: tensor<4xf32>, %s: tensor<4xf32>, %z: tensor<4xui4>) -> tensor<4xui4> {
  %0 = webnn.quantizeLinear %x, %s, %z : (tensor<4xf32>, tensor<4xf32>, tensor<4xui4>) -> tensor<4xui4>
  return %0 : tensor<4xui4>
}
