// Round trip, shape inference, folding and validation of webnn.cast.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics -canonicalize | FileCheck %s --check-prefix=FOLD

// CHECK-LABEL: func @cast_to_int32
// CHECK: webnn.cast %{{.*}} {dataType = #webnn.data_type<int32>} : (tensor<2x3xf32>) -> tensor<2x3xi32>
func.func @cast_to_int32(%x: tensor<2x3xf32>) -> tensor<2x3xi32> {
  %0 = webnn.cast %x {dataType = #webnn.data_type<int32>} : (tensor<2x3xf32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

// CHECK-LABEL: func @cast_to_uint8
// CHECK: -> tensor<4xui8>
func.func @cast_to_uint8(%x: tensor<4xi64>) -> tensor<4xui8> {
  %0 = webnn.cast %x {dataType = #webnn.data_type<uint8>} : (tensor<4xi64>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// -----

// float -> int truncates toward zero; int -> float is exact here.
// FOLD-LABEL: func @cast_constant
// FOLD: %[[C:.*]] = webnn.constant dense<[1, -2, 3]> : tensor<3xi32>
// FOLD-NOT: webnn.cast
// FOLD: return %[[C]]
func.func @cast_constant() -> tensor<3xi32> {
  %c = webnn.constant dense<[1.9, -2.7, 3.0]> : tensor<3xf32>
  %0 = webnn.cast %c {dataType = #webnn.data_type<int32>} : (tensor<3xf32>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// -----

// A cast to the input's own type is the identity.
// FOLD-LABEL: func @cast_identity
// FOLD-NEXT: return %arg0
func.func @cast_identity(%x: tensor<3xf16>) -> tensor<3xf16> {
  %0 = webnn.cast %x {dataType = #webnn.data_type<float16>} : (tensor<3xf16>) -> tensor<3xf16>
  return %0 : tensor<3xf16>
}

// -----

// int64 -> int8 keeps the low bits.
// FOLD-LABEL: func @cast_wraps
// FOLD: webnn.constant dense<[44, -1]> : tensor<2xi8>
func.func @cast_wraps() -> tensor<2xi8> {
  %c = webnn.constant dense<[300, -1]> : tensor<2xi64>
  %0 = webnn.cast %c {dataType = #webnn.data_type<int8>} : (tensor<2xi64>) -> tensor<2xi8>
  return %0 : tensor<2xi8>
}

// -----

func.func @cast_wrong_result(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2xi32>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.cast %x {dataType = #webnn.data_type<int32>} : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @cast_unknown_type(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{expected ::mlir::webnn::OperandDataType to be one of}}
  // expected-error @+1 {{failed to parse WebNN_OperandDataTypeAttr parameter 'value'}}
  %0 = webnn.cast %x {dataType = #webnn.data_type<float64>} : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
