// The README's main job: the bundled graph parses, verifies (every result
// type against the spec's formulas) and passes --webnn-verify-graph.
// RUN: webnnc-opt %S/../../examples/mobilenet_v2_block.mlir --webnn-verify-graph --canonicalize | FileCheck %s

// CHECK-LABEL: func.func @mobilenet_v2_block
// CHECK-SAME: {webnn.name = "input"}
// CHECK-SAME: {webnn.name = "probabilities"}
// CHECK: webnn.conv2d {{.*}} -> tensor<1x32x112x112xf32>
// CHECK: webnn.conv2d {{.*}}groups = 32{{.*}} -> tensor<1x32x112x112xf32>
// CHECK: webnn.averagePool2d {{.*}} -> tensor<1x16x1x1xf32>
// CHECK: webnn.softmax {{.*}} -> tensor<1x1000xf32>
