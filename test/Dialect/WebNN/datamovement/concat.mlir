// Round trip, shape inference, folding and validation of webnn.concat.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// CHECK-LABEL: func @concat_axis1
// CHECK: webnn.concat %{{.*}}, %{{.*}} {axis = 1 : i64, label = "cat"} : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<2x7xf32>
func.func @concat_axis1(%a: tensor<2x3xf32>, %b: tensor<2x4xf32>) -> tensor<2x7xf32> {
  %0 = webnn.concat %a, %b {axis = 1, label = "cat"} : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<2x7xf32>
  return %0 : tensor<2x7xf32>
}

// -----

// Many inputs: the sizes along axis add up.
// CHECK-LABEL: func @concat_many
// CHECK: webnn.concat %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {axis = 0 : i64} : (tensor<1x2x3xi32>, tensor<2x2x3xi32>, tensor<3x2x3xi32>, tensor<1x2x3xi32>, tensor<5x2x3xi32>) -> tensor<12x2x3xi32>
func.func @concat_many(%a: tensor<1x2x3xi32>, %b: tensor<2x2x3xi32>, %c: tensor<3x2x3xi32>, %d: tensor<1x2x3xi32>, %e: tensor<5x2x3xi32>) -> tensor<12x2x3xi32> {
  %0 = webnn.concat %a, %b, %c, %d, %e {axis = 0} : (tensor<1x2x3xi32>, tensor<2x2x3xi32>, tensor<3x2x3xi32>, tensor<1x2x3xi32>, tensor<5x2x3xi32>) -> tensor<12x2x3xi32>
  return %0 : tensor<12x2x3xi32>
}

// -----

// The last axis of a 3-D tensor; the same operand may appear twice.
// CHECK-LABEL: func @concat_last_axis
// CHECK: webnn.concat %{{.*}}, %{{.*}}, %{{.*}} {axis = 2 : i64} : (tensor<2x3x1xf16>, tensor<2x3x4xf16>, tensor<2x3x1xf16>) -> tensor<2x3x6xf16>
func.func @concat_last_axis(%a: tensor<2x3x1xf16>, %b: tensor<2x3x4xf16>) -> tensor<2x3x6xf16> {
  %0 = webnn.concat %a, %b, %a {axis = 2} : (tensor<2x3x1xf16>, tensor<2x3x4xf16>, tensor<2x3x1xf16>) -> tensor<2x3x6xf16>
  return %0 : tensor<2x3x6xf16>
}

// -----

// A single input is a copy of it.
// CHECK-LABEL: func @concat_single
// CHECK: webnn.concat %{{.*}} {axis = 0 : i64} : (tensor<5xui8>) -> tensor<5xui8>
// FOLD-LABEL: func @concat_single
// FOLD-NEXT: return %arg0
func.func @concat_single(%a: tensor<5xui8>) -> tensor<5xui8> {
  %0 = webnn.concat %a {axis = 0} : (tensor<5xui8>) -> tensor<5xui8>
  return %0 : tensor<5xui8>
}

// -----

// Two inputs are not folded.
// FOLD-LABEL: func @concat_not_folded
// FOLD: webnn.concat
func.func @concat_not_folded(%a: tensor<1xf32>) -> tensor<2xf32> {
  %0 = webnn.concat %a, %a {axis = 0} : (tensor<1xf32>, tensor<1xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @concat_no_inputs() {
  // expected-error @+2 {{number of inputs 0 is not a valid tensor count (must be in [1, 8192]) [concat, step 3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.concat {axis = 0} : () -> tensor<1xf32>
  return
}

// -----

func.func @concat_axis_out_of_range(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{axis value 2 is out of range for an input of rank 2 (must be in [0, 2)) [concat, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.concat %a, %a {axis = 2} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x6xf32>
  return
}

// -----

// Scalars have no axis to concatenate along.
func.func @concat_scalars(%a: tensor<f32>) {
  // expected-error @+2 {{axis value 0 is out of range for an input of rank 0 (must be in [0, 0)) [concat, step 5]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.concat %a, %a {axis = 0} : (tensor<f32>, tensor<f32>) -> tensor<2xf32>
  return
}

// -----

func.func @concat_mixed_types(%a: tensor<2xf32>, %b: tensor<2xf16>) {
  // expected-error @+2 {{inputs[1] data type float16 must equal inputs[0] data type float32 [concat, step 8.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 0} : (tensor<2xf32>, tensor<2xf16>) -> tensor<4xf32>
  return
}

// -----

func.func @concat_mixed_ranks(%a: tensor<2x3xf32>, %b: tensor<2x3x1xf32>) {
  // expected-error @+2 {{inputs[1] rank 3 must equal inputs[0] rank 2 [concat, step 8.3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 0} : (tensor<2x3xf32>, tensor<2x3x1xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @concat_shape_mismatch(%a: tensor<2x3xf32>, %b: tensor<2x4xf32>, %c: tensor<3x3xf32>) {
  // expected-error @+2 {{inputs[2] shape 'tensor<3x3xf32>' must equal inputs[0] shape 'tensor<2x3xf32>' except along axis 1 [concat, step 8.4.1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.concat %a, %b, %c {axis = 1} : (tensor<2x3xf32>, tensor<2x4xf32>, tensor<3x3xf32>) -> tensor<2x10xf32>
  return
}

// -----

func.func @concat_size_overflow(%a: tensor<2147483647xi8>) {
  // expected-error @+2 {{concatenated size along axis = 4294967294 is not a valid dimension (must be in [1, 2147483647]) [concat, step 8.4.2.2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.concat %a, %a {axis = 0} : (tensor<2147483647xi8>, tensor<2147483647xi8>) -> tensor<2147483647xi8>
  return
}

// -----

func.func @concat_wrong_result(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<2x6xf32>' are incompatible with return type(s) of operation 'tensor<4x3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.concat %a, %a {axis = 1} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @concat_f64(%a: tensor<2xf64>) {
  // expected-error @+1 {{operand #0 must be variadic of static tensor of}}
  %0 = webnn.concat %a, %a {axis = 0} : (tensor<2xf64>, tensor<2xf64>) -> tensor<4xf64>
  return
}
