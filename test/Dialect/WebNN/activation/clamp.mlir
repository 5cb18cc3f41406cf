// Round trip, validation (bounds cast to the input's data type) and folding of webnn.clamp.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// CHECK-LABEL: func @clamp_min_max
// CHECK: webnn.clamp %{{.*}} {label = "relu6", maxValue = 6.000000e+00 : f64, minValue = 0.000000e+00 : f64} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
// FOLD-LABEL: func @clamp_min_max
// FOLD: webnn.clamp
func.func @clamp_min_max(%x: tensor<1x2x3xf32>) -> tensor<1x2x3xf32> {
  %0 = webnn.clamp %x {minValue = 0.0, maxValue = 6.0, label = "relu6"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  return %0 : tensor<1x2x3xf32>
}

// -----

// Integer (bigint) bounds on an integer input.
// CHECK-LABEL: func @clamp_int_bounds
// CHECK: webnn.clamp %{{.*}} {maxValue = 7 : i64, minValue = -3 : i64} : (tensor<4xi32>) -> tensor<4xi32>
func.func @clamp_int_bounds(%x: tensor<4xi32>) -> tensor<4xi32> {
  %0 = webnn.clamp %x {minValue = -3, maxValue = 7} : (tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

// CHECK-LABEL: func @clamp_min_only_scalar_uint8
// CHECK: webnn.clamp %{{.*}} {minValue = 1 : i64} : (tensor<ui8>) -> tensor<ui8>
func.func @clamp_min_only_scalar_uint8(%x: tensor<ui8>) -> tensor<ui8> {
  %0 = webnn.clamp %x {minValue = 1} : (tensor<ui8>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// -----

// An absent minValue is unbounded, whatever maxValue is.
// CHECK-LABEL: func @clamp_max_only
// CHECK: webnn.clamp %{{.*}} {maxValue = -1.000000e+03 : f64} : (tensor<2x1x2x1x2xf16>) -> tensor<2x1x2x1x2xf16>
func.func @clamp_max_only(%x: tensor<2x1x2x1x2xf16>) -> tensor<2x1x2x1x2xf16> {
  %0 = webnn.clamp %x {maxValue = -1000.0} : (tensor<2x1x2x1x2xf16>) -> tensor<2x1x2x1x2xf16>
  return %0 : tensor<2x1x2x1x2xf16>
}

// -----

// Cast to int32 rounds half to even: 2.5 -> 2 and 2.4 -> 2, so minValue
// equals maxValue.
// CHECK-LABEL: func @clamp_cast_rounds_to_equal
// CHECK: webnn.clamp %{{.*}} {maxValue = 2.400000e+00 : f64, minValue = 2.500000e+00 : f64} : (tensor<3xi32>) -> tensor<3xi32>
func.func @clamp_cast_rounds_to_equal(%x: tensor<3xi32>) -> tensor<3xi32> {
  %0 = webnn.clamp %x {minValue = 2.5, maxValue = 2.4} : (tensor<3xi32>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// -----

// Cast to uint8 clamps to [0, 255]: both bounds become 0.
// CHECK-LABEL: func @clamp_cast_saturates_uint8
// CHECK: webnn.clamp %{{.*}} {maxValue = -1 : i64, minValue = -5 : i64} : (tensor<3xui8>) -> tensor<3xui8>
func.func @clamp_cast_saturates_uint8(%x: tensor<3xui8>) -> tensor<3xui8> {
  %0 = webnn.clamp %x {minValue = -5, maxValue = -1} : (tensor<3xui8>) -> tensor<3xui8>
  return %0 : tensor<3xui8>
}

// -----

// Cast to float16 overflows both bounds to +Infinity: equal, not greater.
// CHECK-LABEL: func @clamp_cast_overflows_float16
// CHECK: webnn.clamp %{{.*}} {maxValue = 7.000000e+04 : f64, minValue = 1.000000e+05 : f64} : (tensor<3xf16>) -> tensor<3xf16>
func.func @clamp_cast_overflows_float16(%x: tensor<3xf16>) -> tensor<3xf16> {
  %0 = webnn.clamp %x {minValue = 100000.0, maxValue = 70000.0} : (tensor<3xf16>) -> tensor<3xf16>
  return %0 : tensor<3xf16>
}

// -----

// MLNumber is an unrestricted double: a NaN bound is never greater.
// CHECK-LABEL: func @clamp_nan_bound
// CHECK: webnn.clamp %{{.*}} {maxValue = 0.000000e+00 : f64, minValue = 0x7FF8000000000000 : f64} : (tensor<3xf32>) -> tensor<3xf32>
func.func @clamp_nan_bound(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = webnn.clamp %x {minValue = 0x7FF8000000000000 : f64, maxValue = 0.0} : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// Every data type is allowed, int4 included.
// CHECK-LABEL: func @clamp_int4
// CHECK: webnn.clamp %{{.*}} {maxValue = 7 : i64, minValue = -8 : i64} : (tensor<2xi4>) -> tensor<2xi4>
func.func @clamp_int4(%x: tensor<2xi4>) -> tensor<2xi4> {
  %0 = webnn.clamp %x {minValue = -8, maxValue = 7} : (tensor<2xi4>) -> tensor<2xi4>
  return %0 : tensor<2xi4>
}

// -----

// Without bounds clamp is the identity and folds away.
// CHECK-LABEL: func @clamp_no_bounds
// CHECK: webnn.clamp %{{.*}} : (tensor<3xf32>) -> tensor<3xf32>
// FOLD-LABEL: func @clamp_no_bounds
// FOLD-NOT: webnn.clamp
// FOLD: return %arg0
func.func @clamp_no_bounds(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = webnn.clamp %x : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @clamp_min_greater_than_max(%x: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+2 {{minValue 6 is greater than maxValue 1 (both cast to float32) [clamp, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.clamp %x {minValue = 6.0, maxValue = 1.0} : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// The check compares the cast bounds: 300 saturates to 255 for uint8.
func.func @clamp_min_greater_after_uint8_cast(%x: tensor<3xui8>) -> tensor<3xui8> {
  // expected-error @+2 {{minValue 255 is greater than maxValue 100 (both cast to uint8) [clamp, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.clamp %x {minValue = 300, maxValue = 100} : (tensor<3xui8>) -> tensor<3xui8>
  return %0 : tensor<3xui8>
}

// -----

// Cast to int8 rounds 3.5 to 4 (ties to even) and 3.4 to 3.
func.func @clamp_min_greater_after_int8_rounding(%x: tensor<3xi8>) -> tensor<3xi8> {
  // expected-error @+2 {{minValue 4 is greater than maxValue 3 (both cast to int8) [clamp, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.clamp %x {minValue = 3.5, maxValue = 3.4} : (tensor<3xi8>) -> tensor<3xi8>
  return %0 : tensor<3xi8>
}

// -----

// Cast to float16 overflows minValue to +Infinity.
func.func @clamp_min_greater_after_float16_overflow(%x: tensor<3xf16>) -> tensor<3xf16> {
  // expected-error @+2 {{minValue +Inf is greater than maxValue 1000 (both cast to float16) [clamp, step 7]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.clamp %x {minValue = 1.0e6, maxValue = 1000.0} : (tensor<3xf16>) -> tensor<3xf16>
  return %0 : tensor<3xf16>
}

// -----

// MLNumber bounds are f64 or i64 attributes.
func.func @clamp_f32_bound(%x: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{attribute 'minValue' failed to satisfy constraint}}
  %0 = webnn.clamp %x {minValue = 1.0 : f32} : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// bfloat16 is not a WebNN data type.
func.func @clamp_bf16(%x: tensor<2xbf16>) -> tensor<2xbf16> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or uint32 or int64 or uint64 or int8 or uint8 or int4 or uint4 with valid dimensions}}
  %0 = webnn.clamp %x : (tensor<2xbf16>) -> tensor<2xbf16>
  return %0 : tensor<2xbf16>
}

// -----

func.func @clamp_shape_changed(%x: tensor<2x3xi32>) -> tensor<3x2xi32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3xi32>' are incompatible with return type(s) of operation 'tensor<3x2xi32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.clamp %x {minValue = 0} : (tensor<2x3xi32>) -> tensor<3x2xi32>
  return %0 : tensor<3x2xi32>
}
