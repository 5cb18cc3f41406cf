// Lowered element-wise code runs and matches the interpreter: broadcasting
// add; integer div (truncation, x / 0 = 0, -128 / -1 wraps); integer pow
// (negative exponents); erf (via libm); roundEven; float comparisons with
// NaN and Inf; cast.
// RUN: webnnc-opt %s --convert-webnn-to-linalg %lower-to-llvm | %run-llvm | FileCheck %s

func.func @main() {
  %a0 = arith.constant dense<[[1.0], [2.0]]> : tensor<2x1xf32>
  %b0 = arith.constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %0 = webnn.add %a0, %b0 : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %u = tensor.cast %0 : tensor<2x3xf32> to tensor<*xf32>
  // CHECK: [11,   21,   31],
  // CHECK-NEXT: [12,   22,   32]
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  %a = arith.constant dense<[7, -7, 7, -128, 5, 0]> : tensor<6xi8>
  %b = arith.constant dense<[2, 2, -2, -1, 0, 3]> : tensor<6xi8>
  %d = webnn.div %a, %b : (tensor<6xi8>, tensor<6xi8>) -> tensor<6xi8>
  %df = webnn.cast %d {dataType = #webnn.data_type<float32>} : (tensor<6xi8>) -> tensor<6xf32>
  %u0 = tensor.cast %df : tensor<6xf32> to tensor<*xf32>
  // CHECK: [3,  -3,  -3,  -128,  0,  0]
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %p = webnn.pow %b, %b : (tensor<6xi8>, tensor<6xi8>) -> tensor<6xi8>
  %pf = webnn.cast %p {dataType = #webnn.data_type<float32>} : (tensor<6xi8>) -> tensor<6xf32>
  %u1 = tensor.cast %pf : tensor<6xf32> to tensor<*xf32>
  // CHECK: [4,  4,  0,  -1,  1,  27]
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  %x = arith.constant dense<[-2.5, -0.5, 0.5, 2.5, 1.0, 0x7FC00000]> : tensor<6xf32>
  %y = arith.constant dense<[1.0, 1.0, 1.0, 1.0, 0x7F800000, 1.0]> : tensor<6xf32>
  %e = webnn.erf %x : (tensor<6xf32>) -> tensor<6xf32>
  %u2 = tensor.cast %e : tensor<6xf32> to tensor<*xf32>
  // CHECK: [-0.999593,  -0.5205,  0.5205,  0.999593,  0.842701,  nan]
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  %r = webnn.roundEven %x : (tensor<6xf32>) -> tensor<6xf32>
  %u3 = tensor.cast %r : tensor<6xf32> to tensor<*xf32>
  // CHECK: [-2,  -0,  0,  2,  1,  nan]
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()
  %g = webnn.greaterOrEqual %x, %y : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xui8>
  %gf = webnn.cast %g {dataType = #webnn.data_type<float32>} : (tensor<6xui8>) -> tensor<6xf32>
  %u4 = tensor.cast %gf : tensor<6xf32> to tensor<*xf32>
  // CHECK: [0,  0,  0,  1,  0,  0]
  call @printMemrefF32(%u4) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
