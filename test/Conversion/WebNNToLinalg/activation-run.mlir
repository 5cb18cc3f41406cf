// Lowered activations run and match the interpreter (values from the
// spec's formulas in double): gelu, elu, hardSwish, softplus, tanh, clamp,
// prelu (broadcast slope), sigmoid, hardSigmoid, leakyRelu, softsign, relu,
// linear on [-3, -1, 0, 0.5, 2, NaN] (NaN stays NaN), and an int8 clamp.
// RUN: webnnc-opt %s --convert-webnn-to-linalg %lower-to-llvm | %run-llvm | FileCheck %s

func.func @main() {
  %x = arith.constant dense<[-3.0, -1.0, 0.0, 0.5, 2.0, 0x7FC00000]> : tensor<6xf32>
  %0 = webnn.gelu %x : (tensor<6xf32>) -> tensor<6xf32>
  %u0 = tensor.cast %0 : tensor<6xf32> to tensor<*xf32>
  // CHECK: [-0.00404969,  -0.158655,  0,  0.345731,  1.9545,  nan]
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %1 = webnn.elu %x {alpha = 0.5 : f32} : (tensor<6xf32>) -> tensor<6xf32>
  %u1 = tensor.cast %1 : tensor<6xf32> to tensor<*xf32>
  // CHECK: [-0.475106,  -0.31606,  0,  0.5,  2,  nan]
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  %2 = webnn.hardSwish %x : (tensor<6xf32>) -> tensor<6xf32>
  %u2 = tensor.cast %2 : tensor<6xf32> to tensor<*xf32>
  // CHECK: [0,  -0.333333,  0,  0.291667,  1.66667,  nan]
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  %3 = webnn.softplus %x : (tensor<6xf32>) -> tensor<6xf32>
  %u3 = tensor.cast %3 : tensor<6xf32> to tensor<*xf32>
  // Last printed digit depends on the log1p implementation (libm or LLVM).
  // CHECK: [0.048587{{[34]}},  0.313262,  0.693147,  0.974077,  2.12693,  nan]
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()
  %4 = webnn.tanh %x : (tensor<6xf32>) -> tensor<6xf32>
  %u4 = tensor.cast %4 : tensor<6xf32> to tensor<*xf32>
  // CHECK: [-0.995055,  -0.761594,  0,  0.462117,  0.964028,  nan]
  call @printMemrefF32(%u4) : (tensor<*xf32>) -> ()
  %5 = webnn.clamp %x {minValue = -1.5, maxValue = 1.0} : (tensor<6xf32>) -> tensor<6xf32>
  %u5 = tensor.cast %5 : tensor<6xf32> to tensor<*xf32>
  // CHECK: [-1.5,  -1,  0,  0.5,  1,  nan]
  call @printMemrefF32(%u5) : (tensor<*xf32>) -> ()
  %s = arith.constant dense<[0.25]> : tensor<1xf32>
  %6 = webnn.prelu %x, %s : (tensor<6xf32>, tensor<1xf32>) -> tensor<6xf32>
  %u6 = tensor.cast %6 : tensor<6xf32> to tensor<*xf32>
  // CHECK: [-0.75,  -0.25,  0,  0.5,  2,  nan]
  call @printMemrefF32(%u6) : (tensor<*xf32>) -> ()
  %7 = webnn.sigmoid %x : (tensor<6xf32>) -> tensor<6xf32>
  %u7 = tensor.cast %7 : tensor<6xf32> to tensor<*xf32>
  // CHECK: [0.0474259,  0.268941,  0.5,  0.622459,  0.880797,  {{-?}}nan]
  call @printMemrefF32(%u7) : (tensor<*xf32>) -> ()
  %8 = webnn.hardSigmoid %x : (tensor<6xf32>) -> tensor<6xf32>
  %u8 = tensor.cast %8 : tensor<6xf32> to tensor<*xf32>
  // CHECK: [0,  0.3,  0.5,  0.6,  0.9,  nan]
  call @printMemrefF32(%u8) : (tensor<*xf32>) -> ()
  %9 = webnn.leakyRelu %x {alpha = 0.1 : f32} : (tensor<6xf32>) -> tensor<6xf32>
  %u9 = tensor.cast %9 : tensor<6xf32> to tensor<*xf32>
  // CHECK: [-0.3,  -0.1,  0,  0.5,  2,  nan]
  call @printMemrefF32(%u9) : (tensor<*xf32>) -> ()
  %10 = webnn.softsign %x : (tensor<6xf32>) -> tensor<6xf32>
  %u10 = tensor.cast %10 : tensor<6xf32> to tensor<*xf32>
  // CHECK: [-0.75,  -0.5,  0,  0.333333,  0.666667,  nan]
  call @printMemrefF32(%u10) : (tensor<*xf32>) -> ()
  %11 = webnn.relu %x : (tensor<6xf32>) -> tensor<6xf32>
  %u11 = tensor.cast %11 : tensor<6xf32> to tensor<*xf32>
  // CHECK: [0,  0,  0,  0.5,  2,  nan]
  call @printMemrefF32(%u11) : (tensor<*xf32>) -> ()
  %12 = webnn.linear %x {alpha = 2.0 : f32, beta = 1.0 : f32} : (tensor<6xf32>) -> tensor<6xf32>
  %u12 = tensor.cast %12 : tensor<6xf32> to tensor<*xf32>
  // CHECK: [-5,  -1,  1,  2,  5,  nan]
  call @printMemrefF32(%u12) : (tensor<*xf32>) -> ()
  %n = arith.constant dense<[-5, 3, 100, -128]> : tensor<4xi8>
  %13 = webnn.clamp %n {minValue = -4, maxValue = 50} : (tensor<4xi8>) -> tensor<4xi8>
  %14 = webnn.cast %13 {dataType = #webnn.data_type<float32>} : (tensor<4xi8>) -> tensor<4xf32>
  %u14 = tensor.cast %14 : tensor<4xf32> to tensor<*xf32>
  // CHECK: [-4,  3,  50,  -4]
  call @printMemrefF32(%u14) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
