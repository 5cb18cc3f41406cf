// Lowered quantizeLinear / dequantizeLinear run and match the reference
// interpreter (values from `webnnc run --interpret` on the same graph):
// blockwise scale/zero point (per block, per row, scalar), round half to
// even, saturation to uint8 / int4 / uint4 / int32, NaN -> 0; dequantize
// of uint8, int4 (negative scale) and int8 to float16.
// RUN: webnnc-opt %s --convert-webnn-to-linalg %lower-to-llvm | %run-llvm | FileCheck %s

// quantize uint8, 2x2 blocks of 1x2
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[}}128,   130,   5,   0],
// CHECK-NEXT: [160,   8,   0,   255]]
// quantize int4, scalar scale
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[}}0,   2,   4,   -7],
// CHECK-NEXT: [7,   -8,   0,   7]]
// quantize uint4
// CHECK: Unranked Memref
// CHECK-NEXT: [0,  2,  15,  15]
// dequantize uint8 per row
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[}}-64,   63.5,   0,   -60.5],
// CHECK-NEXT: [-24.75,   -24.5,   25,   0]]
// dequantize int4
// CHECK: Unranked Memref
// CHECK-NEXT: [-13.5,  9,  -14,  -22]
// dequantize int8 -> float16
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[}}0.699707,   -1.2998],
// CHECK-NEXT: [64,   -63.5]]
// quantize int32 saturation
// CHECK: Unranked Memref
// CHECK-NEXT: [2147483647,  -2147483648,  3]

func.func @main() {
  %x = webnn.constant dense<[[0.5, 1.5, 2.5, -3.0], [300.0, -4.0, 0x7FC00000, 7.49]]> : tensor<2x4xf32>
  %s = webnn.constant dense<[[1.0, 0.5], [2.0, 1.0]]> : tensor<2x2xf32>
  %z = webnn.constant dense<[[128, 0], [10, 250]]> : tensor<2x2xui8>
  %0 = webnn.quantizeLinear %x, %s, %z : (tensor<2x4xf32>, tensor<2x2xf32>, tensor<2x2xui8>) -> tensor<2x4xui8>
  %s1 = webnn.constant dense<[[0.5]]> : tensor<1x1xf32>
  %z1 = webnn.constant dense<[[-1]]> : tensor<1x1xi4>
  %1 = webnn.quantizeLinear %x, %s1, %z1 : (tensor<2x4xf32>, tensor<1x1xf32>, tensor<1x1xi4>) -> tensor<2x4xi4>
  %x2 = webnn.constant dense<[-1.0, 0.25, 3.0, 20.0]> : tensor<4xf32>
  %s2 = webnn.constant dense<[0.5, 0.25]> : tensor<2xf32>
  %z2 = webnn.constant dense<[2, 15]> : tensor<2xui4>
  %2 = webnn.quantizeLinear %x2, %s2, %z2 : (tensor<4xf32>, tensor<2xf32>, tensor<2xui4>) -> tensor<4xui4>
  %qi = webnn.constant dense<[[0, 255, 128, 7], [1, 2, 200, 100]]> : tensor<2x4xui8>
  %ds = webnn.constant dense<[[0.5], [0.25]]> : tensor<2x1xf32>
  %dz = webnn.constant dense<[[128], [100]]> : tensor<2x1xui8>
  %3 = webnn.dequantizeLinear %qi, %ds, %dz : (tensor<2x4xui8>, tensor<2x1xf32>, tensor<2x1xui8>) -> tensor<2x4xf32>
  %q4 = webnn.constant dense<[-8, 7, -1, 3]> : tensor<4xi4>
  %s4 = webnn.constant dense<[1.5, -2.0]> : tensor<2xf32>
  %z4 = webnn.constant dense<[1, -8]> : tensor<2xi4>
  %4 = webnn.dequantizeLinear %q4, %s4, %z4 : (tensor<4xi4>, tensor<2xf32>, tensor<2xi4>) -> tensor<4xf32>
  %q5 = webnn.constant dense<[[10, -10], [127, -128]]> : tensor<2x2xi8>
  %s5 = webnn.constant dense<[[0.1], [0.5]]> : tensor<2x1xf16>
  %z5 = webnn.constant dense<[[3], [-1]]> : tensor<2x1xi8>
  %5 = webnn.dequantizeLinear %q5, %s5, %z5 : (tensor<2x2xi8>, tensor<2x1xf16>, tensor<2x1xi8>) -> tensor<2x2xf16>
  %x6 = webnn.constant dense<[3.0e9, -3.0e9, 2.5]> : tensor<3xf32>
  %s6 = webnn.constant dense<[1.0]> : tensor<1xf32>
  %z6 = webnn.constant dense<[1]> : tensor<1xi32>
  %6 = webnn.quantizeLinear %x6, %s6, %z6 : (tensor<3xf32>, tensor<1xf32>, tensor<1xi32>) -> tensor<3xi32>
  %c0 = webnn.cast %0 {dataType = #webnn.data_type<float32>} : (tensor<2x4xui8>) -> tensor<2x4xf32>
  %u0 = tensor.cast %c0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %c1 = webnn.cast %1 {dataType = #webnn.data_type<float32>} : (tensor<2x4xi4>) -> tensor<2x4xf32>
  %u1 = tensor.cast %c1 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  %c2 = webnn.cast %2 {dataType = #webnn.data_type<float32>} : (tensor<4xui4>) -> tensor<4xf32>
  %u2 = tensor.cast %c2 : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  %u3 = tensor.cast %3 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()
  %u4 = tensor.cast %4 : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u4) : (tensor<*xf32>) -> ()
  %c5 = webnn.cast %5 {dataType = #webnn.data_type<float32>} : (tensor<2x2xf16>) -> tensor<2x2xf32>
  %u5 = tensor.cast %c5 : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u5) : (tensor<*xf32>) -> ()
  %u6 = tensor.cast %6 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%u6) : (tensor<*xi32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
