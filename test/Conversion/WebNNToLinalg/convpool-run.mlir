// Lowered ConvPool code runs and matches the reference interpreter
// (values from `webnnc run --interpret` on the same graph): batched
// broadcasting matmul, gemm with transposes/alpha/beta/c, conv2d (padding,
// strides, bias; depthwise; grouped; nhwc/ohwi), averagePool2d (padding
// excluded from the count; global), maxPool2d (ceil rounding; int32),
// l2Pool2d (nhwc), convTranspose2d (strides, padding, outputPadding,
// bias; groups, dilations, outputSizes; nhwc/ohwi; cropping padding).
// RUN: webnnc-opt %s --convert-webnn-to-linalg %lower-to-llvm | %run-llvm | FileCheck %s

// matmul
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[}}1, 2],
// CHECK-NEXT: [3, 4]],
// CHECK-NEXT: {{\[\[}}4, 5],
// CHECK-NEXT: [10, 11]]]
// averagePool2d padding
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}1, 1.5, 2.5],
// CHECK-NEXT: [2.5, 3, 4],
// CHECK-NEXT: [5.5, 6, 7]],
// CHECK-NEXT: {{\[\[}}1, 1, 1],
// CHECK-NEXT: [1.5, 1.5, 1.5],
// CHECK-NEXT: [2.5, 2.5, 2.5]]]]
// gemm
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[}}-1, 18],
// CHECK-NEXT: [-1, 23],
// CHECK-NEXT: [-1, 28]]
// conv2d
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}4, 5, 1.5],
// CHECK-NEXT: [18, 20, 9.5]],
// CHECK-NEXT: {{\[\[}}2, 3, 5],
// CHECK-NEXT: [13, 15, 13]],
// CHECK-NEXT: {{\[\[}}6, 8, 6],
// CHECK-NEXT: [27, 31, 18]],
// CHECK-NEXT: {{\[\[}}7, 7, 4],
// CHECK-NEXT: [21, 23, 16]]]]
// depthwise conv2d
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}37, 47],
// CHECK-NEXT: [67, 77]],
// CHECK-NEXT: {{\[\[}}0, 0],
// CHECK-NEXT: [0, 0]]]]
// grouped conv2d
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}1, 2],
// CHECK-NEXT: [4, 5]],
// CHECK-NEXT: {{\[\[}}5, 6],
// CHECK-NEXT: [8, 9]],
// CHECK-NEXT: {{\[\[}}6, 6],
// CHECK-NEXT: [10, 10]],
// CHECK-NEXT: {{\[\[}}2, 2],
// CHECK-NEXT: [4, 4]]]]
// conv2d nhwc ohwi
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}9, -4],
// CHECK-NEXT: [13, -2],
// CHECK-NEXT: [17, 0]],
// CHECK-NEXT: {{\[\[}}21, 2],
// CHECK-NEXT: [25, 4],
// CHECK-NEXT: [29, 6]]]]
// maxPool2d ceil
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}5, 6],
// CHECK-NEXT: [8, 9]],
// CHECK-NEXT: {{\[\[}}2, 2],
// CHECK-NEXT: [3, 3]]]]
// l2Pool2d nhwc
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}11.8322, 13.5647]],
// CHECK-NEXT: {{\[\[}}22.891, 24.8193]]]]
// global averagePool2d
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}0.625]]]]
// maxPool2d int32
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}2, 3],
// CHECK-NEXT: [7, 2]],
// CHECK-NEXT: {{\[\[}}-1, -1],
// CHECK-NEXT: [-2, -2]]]]

// convTranspose2d
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}1, 12, 20],
// CHECK-NEXT: [103, 1234, 2040],
// CHECK-NEXT: [300, 3400, 4000]]]]
// convTranspose2d strides, padding, outputPadding, bias
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}3.5, 0.5, 3, 4, 0.5, 0.5],
// CHECK-NEXT: [2.5, 0.5, 6.75, 9.5, 0.5, 0.5],
// CHECK-NEXT: [4.5, 0.5, 2.5, 10.5, 0.5, 0.5],
// CHECK-NEXT: [16.5, 0.5, 11.5, 12.5, 0.5, 0.5]],
// CHECK-NEXT: {{\[\[}}-1, -1, -0.5, 1.5, -1, -1],
// CHECK-NEXT: [-2, -1, 1.5, -0.5, -1, -1],
// CHECK-NEXT: [4, -1, -3, 1, -1, -1],
// CHECK-NEXT: [1, -1, 1, -3, -1, -1]]]]
// convTranspose2d groups, dilations, outputSizes
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}2, 2],
// CHECK-NEXT: [0, 0],
// CHECK-NEXT: [4, 6],
// CHECK-NEXT: [0, 0]],
// CHECK-NEXT: {{\[\[}}6, -1],
// CHECK-NEXT: [0, 0],
// CHECK-NEXT: [12, -3],
// CHECK-NEXT: [0, 0]],
// CHECK-NEXT: {{\[\[}}0.25, -0.5],
// CHECK-NEXT: [0, 0],
// CHECK-NEXT: [-1, 1],
// CHECK-NEXT: [0, 0]],
// CHECK-NEXT: {{\[\[}}1, 0],
// CHECK-NEXT: [0, 0],
// CHECK-NEXT: [-4, 0],
// CHECK-NEXT: [0, 0]]]]
// convTranspose2d nhwc ohwi
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}1],
// CHECK-NEXT: [7],
// CHECK-NEXT: [10]],
// CHECK-NEXT: {{\[\[}}7],
// CHECK-NEXT: [26],
// CHECK-NEXT: [21]],
// CHECK-NEXT: {{\[\[}}9],
// CHECK-NEXT: [14],
// CHECK-NEXT: [-1]],
// CHECK-NEXT: {{\[\[}}11],
// CHECK-NEXT: [15],
// CHECK-NEXT: [0]]]]
// convTranspose2d padding beyond the filter reach (cropped input)
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}2, 20, 3]]]]

func.func @main() {
  %a = webnn.constant dense<[[[1.0, 2.0], [3.0, 4.0]]]> : tensor<1x2x2xf32>
  %b = webnn.constant dense<[[[1.0, 0.0], [0.0, 1.0]], [[2.0, 1.0], [1.0, 2.0]]]> : tensor<2x2x2xf32>
  %0 = webnn.matmul %a, %b : (tensor<1x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
  %x = webnn.constant dense<[[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], [[1.0, 1.0, 1.0], [2.0, 2.0, 2.0], [3.0, 3.0, 3.0]]]]> : tensor<1x2x3x3xf32>
  %1 = webnn.averagePool2d %x {windowDimensions = array<i64: 2, 2>, padding = array<i64: 1, 0, 1, 0>} : (tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  %ga = webnn.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %gb = webnn.constant dense<[[1.0, -1.0], [2.0, 0.5]]> : tensor<2x2xf32>
  %gc = webnn.constant dense<[10.0, 20.0]> : tensor<2xf32>
  %2 = webnn.gemm %ga, %gb c(%gc) {aTranspose = true, bTranspose = true, alpha = 2.0 : f32, beta = 0.5 : f32} : (tensor<2x3xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<3x2xf32>
  %cf = webnn.constant dense<[[[[1.0, 0.0], [0.0, 1.0]], [[0.5, 0.5], [0.5, 0.5]]], [[[0.0, 1.0], [1.0, 0.0]], [[1.0, 0.0], [0.0, -1.0]]], [[[1.0, 1.0], [1.0, 1.0]], [[0.0, 0.0], [0.0, 0.0]]], [[[2.0, 0.0], [0.0, 0.0]], [[0.0, 0.0], [0.0, 3.0]]]]> : tensor<4x2x2x2xf32>
  %bias = webnn.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %3 = webnn.conv2d %x, %cf bias(%bias) {padding = array<i64: 1, 0, 0, 1>, strides = array<i64: 2, 1>} : (tensor<1x2x3x3xf32>, tensor<4x2x2x2xf32>, tensor<4xf32>) -> tensor<1x4x2x3xf32>
  %df = webnn.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]], [[[1.0, -1.0], [-1.0, 1.0]]]]> : tensor<2x1x2x2xf32>
  %4 = webnn.conv2d %x, %df {groups = 2 : i64} : (tensor<1x2x3x3xf32>, tensor<2x1x2x2xf32>) -> tensor<1x2x2x2xf32>
  %gf = webnn.constant dense<[[[[1.0, 0.0], [0.0, 0.0]]], [[[0.0, 0.0], [0.0, 1.0]]], [[[1.0, 1.0], [1.0, 1.0]]], [[[0.0, 2.0], [0.0, 0.0]]]]> : tensor<4x1x2x2xf32>
  %5 = webnn.conv2d %x, %gf {groups = 2 : i64} : (tensor<1x2x3x3xf32>, tensor<4x1x2x2xf32>) -> tensor<1x4x2x2xf32>
  %xn = webnn.constant dense<[[[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], [[7.0, 8.0], [9.0, 10.0], [11.0, 12.0]], [[13.0, 14.0], [15.0, 16.0], [17.0, 18.0]]]]> : tensor<1x3x3x2xf32>
  %hf = webnn.constant dense<[[[[1.0, 0.0]], [[0.0, 1.0]]], [[[1.0, 1.0]], [[-1.0, 0.0]]]]> : tensor<2x2x1x2xf32>
  %6 = webnn.conv2d %xn, %hf {inputLayout = #webnn.input_layout<nhwc>, filterLayout = #webnn.conv2d_filter_layout<ohwi>} : (tensor<1x3x3x2xf32>, tensor<2x2x1x2xf32>) -> tensor<1x2x3x2xf32>
  %7 = webnn.maxPool2d %x {windowDimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>, outputShapeRounding = #webnn.rounding_type<ceil>} : (tensor<1x2x3x3xf32>) -> tensor<1x2x2x2xf32>
  %8 = webnn.l2Pool2d %xn {layout = #webnn.input_layout<nhwc>, windowDimensions = array<i64: 2, 2>, strides = array<i64: 1, 2>} : (tensor<1x3x3x2xf32>) -> tensor<1x2x1x2xf32>
  %xg = webnn.constant dense<[[[[1.0, -2.0], [3.0, 0.5]]]]> : tensor<1x1x2x2xf32>
  %9 = webnn.averagePool2d %xg : (tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32>
  %xi = webnn.constant dense<[[[[1, -5, 3], [-4, 2, -6], [7, -8, 0]], [[-1, -1, -1], [-2, -2, -2], [-3, -3, -3]]]]> : tensor<1x2x3x3xi32>
  %10 = webnn.maxPool2d %xi {windowDimensions = array<i64: 2, 2>} : (tensor<1x2x3x3xi32>) -> tensor<1x2x2x2xi32>
  %u0 = tensor.cast %0 : tensor<2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %u1 = tensor.cast %1 : tensor<1x2x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  %u2 = tensor.cast %2 : tensor<3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  %u3 = tensor.cast %3 : tensor<1x4x2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()
  %u4 = tensor.cast %4 : tensor<1x2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u4) : (tensor<*xf32>) -> ()
  %u5 = tensor.cast %5 : tensor<1x4x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u5) : (tensor<*xf32>) -> ()
  %u6 = tensor.cast %6 : tensor<1x2x3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u6) : (tensor<*xf32>) -> ()
  %u7 = tensor.cast %7 : tensor<1x2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u7) : (tensor<*xf32>) -> ()
  %u8 = tensor.cast %8 : tensor<1x2x1x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u8) : (tensor<*xf32>) -> ()
  %u9 = tensor.cast %9 : tensor<1x1x1x1xf32> to tensor<*xf32>
  call @printMemrefF32(%u9) : (tensor<*xf32>) -> ()
  %u10 = tensor.cast %10 : tensor<1x2x2x2xi32> to tensor<*xi32>
  call @printMemrefI32(%u10) : (tensor<*xi32>) -> ()
  %ctx = webnn.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]]]> : tensor<1x1x2x2xf32>
  %ctf = webnn.constant dense<[[[[1.0, 10.0], [100.0, 1000.0]]]]> : tensor<1x1x2x2xf32>
  %ct0 = webnn.convTranspose2d %ctx, %ctf : (tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x3x3xf32>
  %ctx1 = webnn.constant dense<[[[[1.0, 2.0], [3.0, 4.0]], [[-1.0, 0.5], [2.0, -2.0]]]]> : tensor<1x2x2x2xf32>
  %ctf1 = webnn.constant dense<[[[[1.0, 2.0], [3.0, 4.0]], [[0.0, 1.0], [1.0, 0.0]]], [[[1.0, -1.0], [0.5, 2.0]], [[1.0, 1.0], [1.0, 1.0]]]]> : tensor<2x2x2x2xf32>
  %ctb1 = webnn.constant dense<[0.5, -1.0]> : tensor<2xf32>
  %ct1 = webnn.convTranspose2d %ctx1, %ctf1 bias(%ctb1) {strides = array<i64: 2, 3>, padding = array<i64: 0, 1, 1, 0>, outputPadding = array<i64: 1, 2>} : (tensor<1x2x2x2xf32>, tensor<2x2x2x2xf32>, tensor<2xf32>) -> tensor<1x2x4x6xf32>
  %ctf2 = webnn.constant dense<[[[[1.0, 2.0]], [[3.0, -1.0]]], [[[0.5, 0.5]], [[2.0, 0.0]]]]> : tensor<2x2x1x2xf32>
  %ct2 = webnn.convTranspose2d %ctx1, %ctf2 {groups = 2 : i64, dilations = array<i64: 1, 2>, padding = array<i64: 0, 0, 1, 1>, outputSizes = array<i64: 4, 2>, strides = array<i64: 2, 1>} : (tensor<1x2x2x2xf32>, tensor<2x2x1x2xf32>) -> tensor<1x4x4x2xf32>
  %ctxn = webnn.constant dense<[[[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]]]> : tensor<1x2x2x2xf32>
  %ctf3 = webnn.constant dense<[[[[1.0, 0.0], [2.0, 1.0]], [[0.0, 1.0], [1.0, -1.0]], [[1.0, 1.0], [0.0, 0.0]]]]> : tensor<1x3x2x2xf32>
  %ct3 = webnn.convTranspose2d %ctxn, %ctf3 {inputLayout = #webnn.input_layout<nhwc>, filterLayout = #webnn.conv_transpose2d_filter_layout<ohwi>} : (tensor<1x2x2x2xf32>, tensor<1x3x2x2xf32>) -> tensor<1x4x3x1xf32>
  %ctu0 = tensor.cast %ct0 : tensor<1x1x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%ctu0) : (tensor<*xf32>) -> ()
  %ctu1 = tensor.cast %ct1 : tensor<1x2x4x6xf32> to tensor<*xf32>
  call @printMemrefF32(%ctu1) : (tensor<*xf32>) -> ()
  %ctu2 = tensor.cast %ct2 : tensor<1x4x4x2xf32> to tensor<*xf32>
  call @printMemrefF32(%ctu2) : (tensor<*xf32>) -> ()
  %ctu3 = tensor.cast %ct3 : tensor<1x4x3x1xf32> to tensor<*xf32>
  call @printMemrefF32(%ctu3) : (tensor<*xf32>) -> ()
  %ctx4 = webnn.constant dense<[[[[1.0, 2.0, 3.0]]]]> : tensor<1x1x1x3xf32>
  %ctf4 = webnn.constant dense<[[[[1.0, 10.0]]]]> : tensor<1x1x1x2xf32>
  %ct4 = webnn.convTranspose2d %ctx4, %ctf4 {strides = array<i64: 1, 2>, padding = array<i64: 0, 0, 2, 1>} : (tensor<1x1x1x3xf32>, tensor<1x1x1x2xf32>) -> tensor<1x1x1x3xf32>
  %ctu4 = tensor.cast %ct4 : tensor<1x1x1x3xf32> to tensor<*xf32>
  call @printMemrefF32(%ctu4) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)

