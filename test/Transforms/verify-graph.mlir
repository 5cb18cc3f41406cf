// --webnn-verify-graph: graph signature and body checks.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics --webnn-verify-graph | FileCheck %s

// CHECK-LABEL: func @graph
func.func @graph(%x: tensor<1x4xf32> {webnn.name = "x"}, %y: tensor<f32> {webnn.name = "y"})
    -> (tensor<1x4xf32> {webnn.name = "sum"}, tensor<1x4xf32> {webnn.name = "relu"}) {
  %0 = webnn.add %x, %y : (tensor<1x4xf32>, tensor<f32>) -> tensor<1x4xf32>
  %1 = webnn.relu %0 : (tensor<1x4xf32>) -> tensor<1x4xf32>
  return %0, %1 : tensor<1x4xf32>, tensor<1x4xf32>
}

// -----

// expected-error @+1 {{graph input #1 has no 'webnn.name' attribute}}
func.func @unnamed_input(%x: tensor<2xf32> {webnn.name = "x"}, %y: tensor<2xf32>) -> (tensor<2xf32> {webnn.name = "out"}) {
  %0 = webnn.add %x, %y : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// expected-error @+1 {{graph output name 'out' is used by outputs #0 and #1 [build, names are unique]}}
func.func @duplicate_output(%x: tensor<2xf32> {webnn.name = "x"}) -> (tensor<2xf32> {webnn.name = "out"}, tensor<2xf32> {webnn.name = "out"}) {
  %0 = webnn.relu %x : (tensor<2xf32>) -> tensor<2xf32>
  return %0, %0 : tensor<2xf32>, tensor<2xf32>
}

// -----

// expected-error @+1 {{graph input #0 has type 'tensor<?x4xf32>'; WebNN operands are statically shaped tensors}}
func.func @dynamic_input(%x: tensor<?x4xf32> {webnn.name = "x"}) -> (tensor<?x4xf32> {webnn.name = "out"}) {
  return %x : tensor<?x4xf32>
}

// -----

// expected-error @+1 {{graph input #0 has type 'f32'}}
func.func @scalar_output(%x: f32 {webnn.name = "x"}) -> (f32 {webnn.name = "out"}) {
  return %x : f32
}

// -----

func.func @foreign_op(%x: tensor<2xf32> {webnn.name = "x"}) -> (tensor<2xf32> {webnn.name = "out"}) {
  // expected-error @+1 {{op 'arith.addf' is not part of a WebNN graph}}
  %0 = arith.addf %x, %x : tensor<2xf32>
  return %0 : tensor<2xf32>
}
