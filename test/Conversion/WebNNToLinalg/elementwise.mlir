// webnn element-wise ops -> broadcasting linalg.generic; constants with
// unsigned types become signless arith constants.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics --convert-webnn-to-linalg | FileCheck %s

// CHECK-DAG: #[[BCAST:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG: #[[TRAIL:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @add_broadcast
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<2x3xf32>
// CHECK: linalg.generic {indexing_maps = [#[[BCAST]], #[[TRAIL]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%arg0, %arg1 : tensor<2x1xf32>, tensor<3xf32>) outs(%[[INIT]] : tensor<2x3xf32>)
// CHECK: arith.addf
func.func @add_broadcast(%a: tensor<2x1xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.add %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @mul_unsigned(%arg0: tensor<3xi8>) -> tensor<3xi8>
// CHECK: arith.constant dense<[1, 2, -1]> : tensor<3xi8>
// CHECK: arith.muli
func.func @mul_unsigned(%a: tensor<3xui8>) -> tensor<3xui8> {
  %k = webnn.constant dense<[1, 2, 255]> : tensor<3xui8>
  %0 = webnn.mul %a, %k : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  return %0 : tensor<3xui8>
}

// -----

func.func @not_lowered(%a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{failed to legalize operation 'webnn.gelu'}}
  %0 = webnn.gelu %a : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
