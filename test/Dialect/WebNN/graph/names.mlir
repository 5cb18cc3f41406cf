// The webnn.name argument/result attribute is checked by the dialect itself.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | FileCheck %s

// CHECK-LABEL: func @named
// CHECK-SAME: {webnn.name = "in"}
// CHECK-SAME: {webnn.name = "out"}
func.func @named(%x: tensor<2xf32> {webnn.name = "in"}) -> (tensor<2xf32> {webnn.name = "out"}) {
  return %x : tensor<2xf32>
}

// -----

// expected-error @+1 {{graph input #0: 'webnn.name' must be a non-empty string}}
func.func @empty_name(%x: tensor<2xf32> {webnn.name = ""}) -> tensor<2xf32> {
  return %x : tensor<2xf32>
}

// -----

// expected-error @+1 {{graph output #0: 'webnn.name' must be a non-empty string}}
func.func @integer_name(%x: tensor<2xf32>) -> (tensor<2xf32> {webnn.name = 3 : i32}) {
  return %x : tensor<2xf32>
}

// -----

// expected-error @+1 {{unknown webnn input attribute 'webnn.nmae'}}
func.func @misspelled(%x: tensor<2xf32> {webnn.nmae = "x"}) -> tensor<2xf32> {
  return %x : tensor<2xf32>
}
