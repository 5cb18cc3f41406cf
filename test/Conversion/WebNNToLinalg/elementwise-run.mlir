// Lowered element-wise code runs and matches the spec: broadcasting add,
// wrapping unsigned multiply.
// RUN: webnnc-opt %s --convert-webnn-to-linalg %lower-to-llvm | %run-llvm | FileCheck %s

func.func @main() {
  %a = arith.constant dense<[[1.0], [2.0]]> : tensor<2x1xf32>
  %b = arith.constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %0 = webnn.add %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %u = tensor.cast %0 : tensor<2x3xf32> to tensor<*xf32>
  // CHECK: [11,   21,   31],
  // CHECK-NEXT: [12,   22,   32]
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
