// Lowered reductions, argMin/argMax, softmax, cumulativeSum and the
// normalizations run and match the interpreter (webnnc run --interpret).
// RUN: webnnc-opt %s --convert-webnn-to-linalg %lower-to-llvm | %run-llvm | FileCheck %s

func.func @main() {
  %a = arith.constant dense<[[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %p = arith.constant dense<[[0.5, 2.0, 1.5], [4.0, 1.0, 3.0]]> : tensor<2x3xf32>
  %t = arith.constant dense<[[1.0, 3.0, 3.0], [2.0, 0x7FC00000, -1.0]]> : tensor<2x3xf32>
  %i = arith.constant dense<[[2147483647, 1, 5], [-4, 7, 7]]> : tensor<2x3xi32>
  %x = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0]], [[-1.0, 0.0], [5.0, 2.0]]]]> : tensor<1x2x2x2xf32>
  %h = arith.constant dense<[[1.5, 2.5, -1.0], [0.25, 3.0, 8.0]]> : tensor<2x3xf16>
  %c2 = arith.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %v2 = arith.constant dense<[1.0, 4.0]> : tensor<2xf32>
  %s2 = arith.constant dense<[2.0, -1.0]> : tensor<2xf32>
  %b2 = arith.constant dense<[0.5, 1.0]> : tensor<2xf32>
  %s3 = arith.constant dense<[1.0, 2.0, 0.5]> : tensor<3xf32>
  %b3 = arith.constant dense<[0.0, -1.0, 1.0]> : tensor<3xf32>
  %s32 = arith.constant dense<[[1.0, 2.0], [3.0, 4.0], [0.5, -1.0]]> : tensor<3x2xf32>
  %bb = arith.constant dense<[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]]> : tensor<1x2x3xf32>
  // reduceSum
  %r0 = webnn.reduceSum %a {axes = array<i64: 1>, keepDimensions = true} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}2],
  // CHECK-NEXT:  [3]]
  %u0 = tensor.cast %r0 : tensor<2x1xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  // reduceMean
  %r1 = webnn.reduceMean %a : (tensor<2x3xf32>) -> tensor<f32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: [0.833333]
  %u1 = tensor.cast %r1 : tensor<f32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  // reduceMax
  %r2 = webnn.reduceMax %a {axes = array<i64: 0>} : (tensor<2x3xf32>) -> tensor<3xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: [4,  5,  3]
  %u2 = tensor.cast %r2 : tensor<3xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  // reduceMin
  %r3 = webnn.reduceMin %a {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: [-2,  -6]
  %u3 = tensor.cast %r3 : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()
  // reduceProduct
  %r4 = webnn.reduceProduct %a {axes = array<i64: 0>} : (tensor<2x3xf32>) -> tensor<3xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: [4,  -10,  -18]
  %u4 = tensor.cast %r4 : tensor<3xf32> to tensor<*xf32>
  call @printMemrefF32(%u4) : (tensor<*xf32>) -> ()
  // reduceL1
  %r5 = webnn.reduceL1 %a {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: [6,  15]
  %u5 = tensor.cast %r5 : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%u5) : (tensor<*xf32>) -> ()
  // reduceL2
  %r6 = webnn.reduceL2 %a {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: [3.74166,  8.77496]
  %u6 = tensor.cast %r6 : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%u6) : (tensor<*xf32>) -> ()
  // reduceSumSquare
  %r7 = webnn.reduceSumSquare %a {axes = array<i64: 0>, keepDimensions = true} : (tensor<2x3xf32>) -> tensor<1x3xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}17,   29,   45]]
  %u7 = tensor.cast %r7 : tensor<1x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u7) : (tensor<*xf32>) -> ()
  // reduceLogSum
  %r8 = webnn.reduceLogSum %p {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: [1.38629,  2.07944]
  %u8 = tensor.cast %r8 : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%u8) : (tensor<*xf32>) -> ()
  // reduceLogSumExp
  %r9 = webnn.reduceLogSumExp %a {axes = array<i64: 1>, keepDimensions = true} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}3.13285],
  // CHECK-NEXT:  [5.31327]]
  %u9 = tensor.cast %r9 : tensor<2x1xf32> to tensor<*xf32>
  call @printMemrefF32(%u9) : (tensor<*xf32>) -> ()
  // reduceL1
  %r10 = webnn.reduceL1 %a {axes = array<i64>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}1,   2,   3],
  // CHECK-NEXT:  [4,   5,   6]]
  %u10 = tensor.cast %r10 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u10) : (tensor<*xf32>) -> ()
  // reduceMax
  %r11 = webnn.reduceMax %t {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: [3,  nan]
  %u11 = tensor.cast %r11 : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%u11) : (tensor<*xf32>) -> ()
  // reduceSum
  %r12 = webnn.reduceSum %i {axes = array<i64: 1>} : (tensor<2x3xi32>) -> tensor<2xi32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: [-2147483643,  10]
  %u12 = tensor.cast %r12 : tensor<2xi32> to tensor<*xi32>
  call @printMemrefI32(%u12) : (tensor<*xi32>) -> ()
  // reduceL1
  %r13 = webnn.reduceL1 %i {axes = array<i64: 0>} : (tensor<2x3xi32>) -> tensor<3xi32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: [-2147483645,  8,  12]
  %u13 = tensor.cast %r13 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%u13) : (tensor<*xi32>) -> ()
  // reduceMin
  %r14 = webnn.reduceMin %i : (tensor<2x3xi32>) -> tensor<i32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: [-4]
  %u14 = tensor.cast %r14 : tensor<i32> to tensor<*xi32>
  call @printMemrefI32(%u14) : (tensor<*xi32>) -> ()
  // reduceMean
  %r15 = webnn.reduceMean %h {axes = array<i64: 1>} : (tensor<2x3xf16>) -> tensor<2xf16>
  // CHECK: Unranked Memref
  // CHECK-NEXT: [1,  3.75]
  call @print16(%r15) : (tensor<2xf16>) -> ()
  // argMax
  %r16 = webnn.argMax %t {axis = 1} : (tensor<2x3xf32>) -> tensor<2xi32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: [1,  1]
  %u16 = tensor.cast %r16 : tensor<2xi32> to tensor<*xi32>
  call @printMemrefI32(%u16) : (tensor<*xi32>) -> ()
  // argMin
  %r17 = webnn.argMin %i {axis = 0, keepDimensions = true, outputDataType = #webnn.data_type<int64>} : (tensor<2x3xi32>) -> tensor<1x3xi64>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}1,   0,   0]]
  %u17 = tensor.cast %r17 : tensor<1x3xi64> to tensor<*xi64>
  call @printMemrefI64(%u17) : (tensor<*xi64>) -> ()
  // argMax
  %r18 = webnn.argMax %i {axis = 1} : (tensor<2x3xi32>) -> tensor<2xi32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: [0,  1]
  %u18 = tensor.cast %r18 : tensor<2xi32> to tensor<*xi32>
  call @printMemrefI32(%u18) : (tensor<*xi32>) -> ()
  // softmax
  %r19 = webnn.softmax %a {axis = 1} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}0.1185,   0.00589975,   0.875601],
  // CHECK-NEXT:  [0.268938,   0.73105,   1.22098e-05]]
  %u19 = tensor.cast %r19 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u19) : (tensor<*xf32>) -> ()
  // softmax
  %r20 = webnn.softmax %a {axis = 0} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}0.0474259,   0.000911051,   0.999877],
  // CHECK-NEXT:  [0.952574,   0.999089,   0.000123395]]
  %u20 = tensor.cast %r20 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u20) : (tensor<*xf32>) -> ()
  // cumulativeSum
  %r21 = webnn.cumulativeSum %a {axis = 1} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}1,   -1,   2],
  // CHECK-NEXT:  [4,   9,   3]]
  %u21 = tensor.cast %r21 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u21) : (tensor<*xf32>) -> ()
  // cumulativeSum
  %r22 = webnn.cumulativeSum %a {axis = 1, exclusive = true, reversed = true} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}1,   3,   0],
  // CHECK-NEXT:  [-1,   -6,   0]]
  %u22 = tensor.cast %r22 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u22) : (tensor<*xf32>) -> ()
  // cumulativeSum
  %r23 = webnn.cumulativeSum %i {axis = 0, exclusive = true} : (tensor<2x3xi32>) -> tensor<2x3xi32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}0,   0,   0],
  // CHECK-NEXT:  [2147483647,   1,   5]]
  %u23 = tensor.cast %r23 : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u23) : (tensor<*xi32>) -> ()
  // batchNormalization
  %r24 = webnn.batchNormalization %bb, %c2, %v2 scale(%s2) bias(%b2) : (tensor<1x2x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}[1.49999,    3.49998,    5.49998],
  // CHECK-NEXT:   [1.19209e-06,    -0.499998,    -0.999998]]]
  %u24 = tensor.cast %r24 : tensor<1x2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u24) : (tensor<*xf32>) -> ()
  // batchNormalization
  %r25 = webnn.batchNormalization %a, %c2, %v2 {axis = 0, epsilon = 1.0e-2 : f32} : (tensor<2x3xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}0.497519,   -2.48759,   2.48759],
  // CHECK-NEXT:  [0.998752,   1.49813,   -3.99501]]
  %u25 = tensor.cast %r25 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u25) : (tensor<*xf32>) -> ()
  // instanceNormalization
  %r26 = webnn.instanceNormalization %x scale(%s2) bias(%b2) : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}{{\[\[}}-2.18327,     -0.394424],
  // CHECK-NEXT:    [1.39442,     3.18327]],
  // CHECK-NEXT:   {{\[\[}}2.09109,     1.65465],
  // CHECK-NEXT:    [-0.527524,     0.781782]]]]
  %u26 = tensor.cast %r26 : tensor<1x2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u26) : (tensor<*xf32>) -> ()
  // instanceNormalization
  %r27 = webnn.instanceNormalization %x {layout = #webnn.input_layout<nhwc>} : (tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}{{\[\[}}-0.447213,     0],
  // CHECK-NEXT:    [0.447213,     1.41421]],
  // CHECK-NEXT:   {{\[\[}}-1.34164,     -1.41421],
  // CHECK-NEXT:    [1.34164,     0]]]]
  %u27 = tensor.cast %r27 : tensor<1x2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u27) : (tensor<*xf32>) -> ()
  // layerNormalization
  %r28 = webnn.layerNormalization %a scale(%s3) bias(%b3) : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}0.162221,   -3.59554,   1.56777],
  // CHECK-NEXT:  [0.60404,   0.610774,   0.295286]]
  %u28 = tensor.cast %r28 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u28) : (tensor<*xf32>) -> ()
  // layerNormalization
  %r29 = webnn.layerNormalization %a scale(%s32) {axes = array<i64: 1, 0>} : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x3xf32>
  // CHECK: Unranked Memref
  // CHECK-NEXT: {{\[\[}}0.0438108,   -2.23435,   0.28477],
  // CHECK-NEXT:  [1.66481,   4.38108,   1.79624]]
  %u29 = tensor.cast %r29 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u29) : (tensor<*xf32>) -> ()
  return
}

// float16 results printed as float32.
func.func @print16(%t: tensor<2xf16>) {
  %e = tensor.empty() : tensor<2xf32>
  %f = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%t : tensor<2xf16>) outs(%e : tensor<2xf32>) {
  ^bb0(%in: f16, %out: f32):
    %x = arith.extf %in : f16 to f32
    linalg.yield %x : f32
  } -> tensor<2xf32>
  %u = tensor.cast %f : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
func.func private @printMemrefI64(tensor<*xi64>)
