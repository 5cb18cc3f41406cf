// Round trip, shape inference and validation of webnn.instanceNormalization.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Defaults (nchw, epsilon 1e-5): scale and bias have input.shape[1] values.
// CHECK-LABEL: func @instancenorm_nchw
// CHECK: webnn.instanceNormalization %{{.*}} scale(%{{.*}}) bias(%{{.*}}) : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
func.func @instancenorm_nchw(%x: tensor<2x3x4x5xf32>, %scale: tensor<3xf32>, %bias: tensor<3xf32>) -> tensor<2x3x4x5xf32> {
  %0 = webnn.instanceNormalization %x scale(%scale) bias(%bias) : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// -----

// nhwc: the channels are input.shape[3]; non-default epsilon, label, float16.
// CHECK-LABEL: func @instancenorm_nhwc
// CHECK: webnn.instanceNormalization %{{.*}} scale(%{{.*}}) bias(%{{.*}}) {epsilon = 9.99999974E-5 : f32, label = "in", layout = #webnn.input_layout<nhwc>} : (tensor<2x4x5x3xf16>, tensor<3xf16>, tensor<3xf16>) -> tensor<2x4x5x3xf16>
func.func @instancenorm_nhwc(%x: tensor<2x4x5x3xf16>, %scale: tensor<3xf16>, %bias: tensor<3xf16>) -> tensor<2x4x5x3xf16> {
  %0 = webnn.instanceNormalization %x scale(%scale) bias(%bias) {epsilon = 1.0e-4 : f32, label = "in", layout = #webnn.input_layout<nhwc>} : (tensor<2x4x5x3xf16>, tensor<3xf16>, tensor<3xf16>) -> tensor<2x4x5x3xf16>
  return %0 : tensor<2x4x5x3xf16>
}

// -----

// Neither scale nor bias.
// CHECK-LABEL: func @instancenorm_plain
// CHECK: webnn.instanceNormalization %{{.*}} : (tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
func.func @instancenorm_plain(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %0 = webnn.instanceNormalization %x : (tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// -----

// Only bias, nhwc.
// CHECK-LABEL: func @instancenorm_bias_only
// CHECK: webnn.instanceNormalization %{{.*}} bias(%{{.*}}) {layout = #webnn.input_layout<nhwc>} : (tensor<1x2x3x6xf32>, tensor<6xf32>) -> tensor<1x2x3x6xf32>
func.func @instancenorm_bias_only(%x: tensor<1x2x3x6xf32>, %bias: tensor<6xf32>) -> tensor<1x2x3x6xf32> {
  %0 = webnn.instanceNormalization %x bias(%bias) {layout = #webnn.input_layout<nhwc>} : (tensor<1x2x3x6xf32>, tensor<6xf32>) -> tensor<1x2x3x6xf32>
  return %0 : tensor<1x2x3x6xf32>
}

// -----

func.func @instancenorm_rank3(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  // expected-error @+2 {{input must be a 4-D tensor, got rank 3 [instanceNormalization, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.instanceNormalization %x : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

func.func @instancenorm_scale_data_type(%x: tensor<2x3x4x5xf32>, %scale: tensor<3xf16>) -> tensor<2x3x4x5xf32> {
  // expected-error @+2 {{scale data type float16 must equal input data type float32 [instanceNormalization, step 7.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.instanceNormalization %x scale(%scale) : (tensor<2x3x4x5xf32>, tensor<3xf16>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// -----

// With the default nchw layout the channels are dimension 1 (3), not 3 (5).
func.func @instancenorm_scale_shape(%x: tensor<2x3x4x5xf32>, %scale: tensor<5xf32>) -> tensor<2x3x4x5xf32> {
  // expected-error @+2 {{scale must have shape [3] (input dimension 1), got 'tensor<5xf32>' [instanceNormalization, step 7.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.instanceNormalization %x scale(%scale) : (tensor<2x3x4x5xf32>, tensor<5xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// -----

func.func @instancenorm_bias_data_type(%x: tensor<2x3x4x5xf16>, %bias: tensor<3xf32>) -> tensor<2x3x4x5xf16> {
  // expected-error @+2 {{bias data type float32 must equal input data type float16 [instanceNormalization, step 8.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.instanceNormalization %x bias(%bias) : (tensor<2x3x4x5xf16>, tensor<3xf32>) -> tensor<2x3x4x5xf16>
  return %0 : tensor<2x3x4x5xf16>
}

// -----

// With nhwc the channels are dimension 3 (5), not 1 (3).
func.func @instancenorm_bias_shape_nhwc(%x: tensor<2x3x4x5xf32>, %bias: tensor<3xf32>) -> tensor<2x3x4x5xf32> {
  // expected-error @+2 {{bias must have shape [5] (input dimension 3), got 'tensor<3xf32>' [instanceNormalization, step 8.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.instanceNormalization %x bias(%bias) {layout = #webnn.input_layout<nhwc>} : (tensor<2x3x4x5xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// -----

func.func @instancenorm_int_input(%x: tensor<2x3x4x5xi8>) -> tensor<2x3x4x5xi8> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.instanceNormalization %x : (tensor<2x3x4x5xi8>) -> tensor<2x3x4x5xi8>
  return %0 : tensor<2x3x4x5xi8>
}

// -----

func.func @instancenorm_wrong_result(%x: tensor<2x3x4x5xf32>) -> tensor<2x3x4x5xf16> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3x4x5xf32>' are incompatible with return type(s) of operation 'tensor<2x3x4x5xf16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.instanceNormalization %x : (tensor<2x3x4x5xf32>) -> tensor<2x3x4x5xf16>
  return %0 : tensor<2x3x4x5xf16>
}
