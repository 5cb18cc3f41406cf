// MLOperandDescriptor "check dimensions": every dimension and the element count in [1, 2^31 - 1].
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// The largest valid dimension, 2^31 - 1.
// CHECK-LABEL: func @largest_dimension
// CHECK: webnn.relu %{{.*}} : (tensor<2147483647xf32>) -> tensor<2147483647xf32>
func.func @largest_dimension(%x: tensor<2147483647xf32>) -> tensor<2147483647xf32> {
  %0 = webnn.relu %x : (tensor<2147483647xf32>) -> tensor<2147483647xf32>
  return %0 : tensor<2147483647xf32>
}

// -----

// The largest valid element count, 2^31 - 1 (a prime, so one dimension
// holds it all), with size-1 dimensions around it.
// CHECK-LABEL: func @largest_element_count
// CHECK: webnn.relu %{{.*}} : (tensor<1x2147483647x1xi8>) -> tensor<1x2147483647x1xi8>
func.func @largest_element_count(%x: tensor<1x2147483647x1xi8>) -> tensor<1x2147483647x1xi8> {
  %0 = webnn.relu %x : (tensor<1x2147483647x1xi8>) -> tensor<1x2147483647x1xi8>
  return %0 : tensor<1x2147483647x1xi8>
}

// -----

// A dimension of 2^31 is past the range of long.
func.func @dimension_too_large(%x: tensor<2147483648xf32>) -> tensor<2147483648xf32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or int64 or int8 with valid dimensions, but got 'tensor<2147483648xf32>'}}
  %0 = webnn.relu %x : (tensor<2147483648xf32>) -> tensor<2147483648xf32>
  return %0 : tensor<2147483648xf32>
}

// -----

// Each dimension is valid, but 65536 * 32768 = 2^31 elements are not.
func.func @element_count_too_large(%x: tensor<65536x32768xf32>) -> tensor<65536x32768xf32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or int64 or int8 with valid dimensions, but got 'tensor<65536x32768xf32>'}}
  %0 = webnn.relu %x : (tensor<65536x32768xf32>) -> tensor<65536x32768xf32>
  return %0 : tensor<65536x32768xf32>
}

// -----

// The element count overflows int64 unless the check stops at the first
// excess: 2^31 - 1 cubed is about 2^93.
func.func @element_count_overflow(%x: tensor<2147483647x2147483647x2147483647xf32>) -> tensor<2147483647x2147483647x2147483647xf32> {
  // expected-error @+1 {{operand #0 must be static tensor of float32 or float16 or int32 or int64 or int8 with valid dimensions, but got 'tensor<2147483647x2147483647x2147483647xf32>'}}
  %0 = webnn.relu %x : (tensor<2147483647x2147483647x2147483647xf32>) -> tensor<2147483647x2147483647x2147483647xf32>
  return %0 : tensor<2147483647x2147483647x2147483647xf32>
}

// -----

// A valid operand whose result has too many elements: each newShape entry
// is a valid dimension, so inference succeeds and the result type is
// rejected.
func.func @result_element_count_too_large(%x: tensor<1x1xf32>) -> tensor<65536x32768xf32> {
  // expected-error @+1 {{result #0 must be static tensor of float32 or float16 or int32 or uint32 or int64 or uint64 or int8 or uint8 or int4 or uint4 with valid dimensions, but got 'tensor<65536x32768xf32>'}}
  %0 = webnn.expand %x {newShape = array<i64: 65536, 32768>} : (tensor<1x1xf32>) -> tensor<65536x32768xf32>
  return %0 : tensor<65536x32768xf32>
}
