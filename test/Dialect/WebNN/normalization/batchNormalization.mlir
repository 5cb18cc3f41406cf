// Round trip, shape inference and validation of webnn.batchNormalization.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// Defaults (axis 1, epsilon 1e-5) with scale and bias on an nchw input.
// CHECK-LABEL: func @batchnorm_nchw
// CHECK: webnn.batchNormalization %{{.*}}, %{{.*}}, %{{.*}} scale(%{{.*}}) bias(%{{.*}}) : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
func.func @batchnorm_nchw(%x: tensor<2x3x4x5xf32>, %mean: tensor<3xf32>, %variance: tensor<3xf32>, %scale: tensor<3xf32>, %bias: tensor<3xf32>) -> tensor<2x3x4x5xf32> {
  %0 = webnn.batchNormalization %x, %mean, %variance scale(%scale) bias(%bias) : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// -----

// Channels last (axis 3), non-default epsilon, a label, float16, no scale or
// bias.
// CHECK-LABEL: func @batchnorm_nhwc_f16
// CHECK: webnn.batchNormalization %{{.*}}, %{{.*}}, %{{.*}} {axis = 3 : i64, epsilon = 1.000000e-03 : f32, label = "bn"} : (tensor<2x4x5x3xf16>, tensor<3xf16>, tensor<3xf16>) -> tensor<2x4x5x3xf16>
func.func @batchnorm_nhwc_f16(%x: tensor<2x4x5x3xf16>, %mean: tensor<3xf16>, %variance: tensor<3xf16>) -> tensor<2x4x5x3xf16> {
  %0 = webnn.batchNormalization %x, %mean, %variance {axis = 3 : i64, epsilon = 1.0e-3 : f32, label = "bn"} : (tensor<2x4x5x3xf16>, tensor<3xf16>, tensor<3xf16>) -> tensor<2x4x5x3xf16>
  return %0 : tensor<2x4x5x3xf16>
}

// -----

// Only scale: the keyword tells which optional operand is present.
// CHECK-LABEL: func @batchnorm_scale_only
// CHECK: webnn.batchNormalization %{{.*}}, %{{.*}}, %{{.*}} scale(%{{.*}}) : (tensor<4x6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<4x6xf32>
func.func @batchnorm_scale_only(%x: tensor<4x6xf32>, %mean: tensor<6xf32>, %variance: tensor<6xf32>, %scale: tensor<6xf32>) -> tensor<4x6xf32> {
  %0 = webnn.batchNormalization %x, %mean, %variance scale(%scale) : (tensor<4x6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<4x6xf32>
  return %0 : tensor<4x6xf32>
}

// -----

// Only bias, on a 1-D input normalized along axis 0.
// CHECK-LABEL: func @batchnorm_bias_only_rank1
// CHECK: webnn.batchNormalization %{{.*}}, %{{.*}}, %{{.*}} bias(%{{.*}}) {axis = 0 : i64} : (tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>) -> tensor<7xf32>
func.func @batchnorm_bias_only_rank1(%x: tensor<7xf32>, %mean: tensor<7xf32>, %variance: tensor<7xf32>, %bias: tensor<7xf32>) -> tensor<7xf32> {
  %0 = webnn.batchNormalization %x, %mean, %variance bias(%bias) {axis = 0 : i64} : (tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>) -> tensor<7xf32>
  return %0 : tensor<7xf32>
}

// -----

func.func @batchnorm_axis_out_of_range(%x: tensor<2x3xf32>, %mean: tensor<3xf32>, %variance: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{axis 2 must be in [0, 2) for an input of rank 2 [batchNormalization, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.batchNormalization %x, %mean, %variance {axis = 2 : i64} : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// A scalar has no feature dimension: axis 1 (the default) is out of range.
func.func @batchnorm_scalar(%x: tensor<f32>, %mean: tensor<1xf32>, %variance: tensor<1xf32>) -> tensor<f32> {
  // expected-error @+2 {{axis 1 must be in [0, 0) for an input of rank 0 [batchNormalization, step 4]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.batchNormalization %x, %mean, %variance : (tensor<f32>, tensor<1xf32>, tensor<1xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @batchnorm_mean_data_type(%x: tensor<2x3xf32>, %mean: tensor<3xf16>, %variance: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{mean data type float16 must equal input data type float32 [batchNormalization, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.batchNormalization %x, %mean, %variance : (tensor<2x3xf32>, tensor<3xf16>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @batchnorm_mean_shape(%x: tensor<2x3xf32>, %mean: tensor<2xf32>, %variance: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{mean must have shape [3] (input dimension 1), got 'tensor<2xf32>' [batchNormalization, step 6]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.batchNormalization %x, %mean, %variance : (tensor<2x3xf32>, tensor<2xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @batchnorm_variance_data_type(%x: tensor<2x3xf16>, %mean: tensor<3xf16>, %variance: tensor<3xi32>) -> tensor<2x3xf16> {
  // expected-error @+2 {{variance data type int32 must equal input data type float16 [batchNormalization, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.batchNormalization %x, %mean, %variance : (tensor<2x3xf16>, tensor<3xf16>, tensor<3xi32>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

// variance must be 1-D, not merely hold the right number of values.
func.func @batchnorm_variance_rank(%x: tensor<2x3xf32>, %mean: tensor<3xf32>, %variance: tensor<1x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{variance must have shape [3] (input dimension 1), got 'tensor<1x3xf32>' [batchNormalization, step 8]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.batchNormalization %x, %mean, %variance : (tensor<2x3xf32>, tensor<3xf32>, tensor<1x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @batchnorm_scale_data_type(%x: tensor<2x3xf32>, %mean: tensor<3xf32>, %variance: tensor<3xf32>, %scale: tensor<3xf16>) -> tensor<2x3xf32> {
  // expected-error @+2 {{scale data type float16 must equal input data type float32 [batchNormalization, step 10.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.batchNormalization %x, %mean, %variance scale(%scale) : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf16>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// With axis 0 the feature size is 2, not 3.
func.func @batchnorm_scale_shape(%x: tensor<2x3xf32>, %mean: tensor<2xf32>, %variance: tensor<2xf32>, %scale: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{scale must have shape [2] (input dimension 0), got 'tensor<3xf32>' [batchNormalization, step 10.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.batchNormalization %x, %mean, %variance scale(%scale) {axis = 0 : i64} : (tensor<2x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @batchnorm_bias_data_type(%x: tensor<2x3xf32>, %mean: tensor<3xf32>, %variance: tensor<3xf32>, %bias: tensor<3xi64>) -> tensor<2x3xf32> {
  // expected-error @+2 {{bias data type int64 must equal input data type float32 [batchNormalization, step 11.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.batchNormalization %x, %mean, %variance bias(%bias) : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xi64>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @batchnorm_bias_shape(%x: tensor<2x3xf32>, %mean: tensor<3xf32>, %variance: tensor<3xf32>, %scale: tensor<3xf32>, %bias: tensor<4xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{bias must have shape [3] (input dimension 1), got 'tensor<4xf32>' [batchNormalization, step 11.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.batchNormalization %x, %mean, %variance scale(%scale) bias(%bias) : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// int32 is not an allowed input data type (tensor limits table).
func.func @batchnorm_int_input(%x: tensor<2x3xi32>, %mean: tensor<3xi32>, %variance: tensor<3xi32>) -> tensor<2x3xi32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 with valid dimensions}}
  %0 = webnn.batchNormalization %x, %mean, %variance : (tensor<2x3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

func.func @batchnorm_wrong_result(%x: tensor<2x3xf32>, %mean: tensor<3xf32>, %variance: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.batchNormalization %x, %mean, %variance : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}
