// Lowered data movement code runs and matches the interpreter.
// RUN: webnnc-opt %s --convert-webnn-to-linalg %lower-to-llvm | %run-llvm | FileCheck %s

func.func @main() {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>

  // reshape (general: neither a collapse nor an expansion)
  %r = webnn.reshape %x {newShape = array<i64: 3, 2>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %ru = tensor.cast %r : tensor<3x2xf32> to tensor<*xf32>
  // CHECK: [1,   2],
  // CHECK-NEXT: [3,   4],
  // CHECK-NEXT: [5,   6]
  call @printMemrefF32(%ru) : (tensor<*xf32>) -> ()

  // reshape (collapse)
  %rc = webnn.reshape %x {newShape = array<i64: 6>} : (tensor<2x3xf32>) -> tensor<6xf32>
  %rcu = tensor.cast %rc : tensor<6xf32> to tensor<*xf32>
  // CHECK: [1,  2,  3,  4,  5,  6]
  call @printMemrefF32(%rcu) : (tensor<*xf32>) -> ()

  // transpose
  %t = webnn.transpose %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %tu = tensor.cast %t : tensor<3x2xf32> to tensor<*xf32>
  // CHECK: [1,   4],
  // CHECK-NEXT: [2,   5],
  // CHECK-NEXT: [3,   6]
  call @printMemrefF32(%tu) : (tensor<*xf32>) -> ()

  // concat along axis 1
  %c = webnn.concat %x, %x {axis = 1} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x6xf32>
  %cu = tensor.cast %c : tensor<2x6xf32> to tensor<*xf32>
  // CHECK: [1,   2,   3,   1,   2,   3],
  // CHECK-NEXT: [4,   5,   6,   4,   5,   6]
  call @printMemrefF32(%cu) : (tensor<*xf32>) -> ()

  // slice with strides: rows [0, 2) step 1, columns [0, 3) step 2
  %s = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 2, 3>, strides = array<i64: 1, 2>} : (tensor<2x3xf32>) -> tensor<2x2xf32>
  %su = tensor.cast %s : tensor<2x2xf32> to tensor<*xf32>
  // CHECK: [1,   3],
  // CHECK-NEXT: [4,   6]
  call @printMemrefF32(%su) : (tensor<*xf32>) -> ()

  // split into sizes [1, 2] along axis 1
  %p:2 = webnn.split %x {splits = array<i64: 1, 2>, axis = 1} : (tensor<2x3xf32>) -> (tensor<2x1xf32>, tensor<2x2xf32>)
  %p0 = tensor.cast %p#0 : tensor<2x1xf32> to tensor<*xf32>
  %p1 = tensor.cast %p#1 : tensor<2x2xf32> to tensor<*xf32>
  // CHECK: [1],
  // CHECK-NEXT: [4]
  call @printMemrefF32(%p0) : (tensor<*xf32>) -> ()
  // CHECK: [2,   3],
  // CHECK-NEXT: [5,   6]
  call @printMemrefF32(%p1) : (tensor<*xf32>) -> ()

  // pad constant
  %pc = webnn.pad %x {beginningPadding = array<i64: 1, 0>, endingPadding = array<i64: 0, 1>, value = 9.0 : f64} : (tensor<2x3xf32>) -> tensor<3x4xf32>
  %pcu = tensor.cast %pc : tensor<3x4xf32> to tensor<*xf32>
  // CHECK: [9,   9,   9,   9],
  // CHECK-NEXT: [1,   2,   3,   9],
  // CHECK-NEXT: [4,   5,   6,   9]
  call @printMemrefF32(%pcu) : (tensor<*xf32>) -> ()

  // pad edge
  %pe = webnn.pad %x {beginningPadding = array<i64: 0, 2>, endingPadding = array<i64: 1, 1>, mode = #webnn.padding_mode<edge>} : (tensor<2x3xf32>) -> tensor<3x6xf32>
  %peu = tensor.cast %pe : tensor<3x6xf32> to tensor<*xf32>
  // CHECK: [1,   1,   1,   2,   3,   3],
  // CHECK-NEXT: [4,   4,   4,   5,   6,   6],
  // CHECK-NEXT: [4,   4,   4,   5,   6,   6]
  call @printMemrefF32(%peu) : (tensor<*xf32>) -> ()

  // pad reflection
  %pr = webnn.pad %x {beginningPadding = array<i64: 1, 2>, endingPadding = array<i64: 0, 2>, mode = #webnn.padding_mode<reflection>} : (tensor<2x3xf32>) -> tensor<3x7xf32>
  %pru = tensor.cast %pr : tensor<3x7xf32> to tensor<*xf32>
  // CHECK: [6,   5,   4,   5,   6,   5,   4],
  // CHECK-NEXT: [3,   2,   1,   2,   3,   2,   1],
  // CHECK-NEXT: [6,   5,   4,   5,   6,   5,   4]
  call @printMemrefF32(%pru) : (tensor<*xf32>) -> ()

  // expand
  %col = arith.constant dense<[[1.0], [2.0]]> : tensor<2x1xf32>
  %e = webnn.expand %col {newShape = array<i64: 2, 2, 3>} : (tensor<2x1xf32>) -> tensor<2x2x3xf32>
  %eu = tensor.cast %e : tensor<2x2x3xf32> to tensor<*xf32>
  // CHECK: {{\[\[\[}}1,    1,    1],
  // CHECK-NEXT: [2,    2,    2]],
  // CHECK-NEXT: {{\[\[}}1,    1,    1],
  // CHECK-NEXT: [2,    2,    2]]]
  call @printMemrefF32(%eu) : (tensor<*xf32>) -> ()

  // tile
  %ti = webnn.tile %x {repetitions = array<i64: 2, 2>} : (tensor<2x3xf32>) -> tensor<4x6xf32>
  %tiu = tensor.cast %ti : tensor<4x6xf32> to tensor<*xf32>
  // CHECK: [1,   2,   3,   1,   2,   3],
  // CHECK-NEXT: [4,   5,   6,   4,   5,   6],
  // CHECK-NEXT: [1,   2,   3,   1,   2,   3],
  // CHECK-NEXT: [4,   5,   6,   4,   5,   6]
  call @printMemrefF32(%tiu) : (tensor<*xf32>) -> ()

  // reverse all axes
  %rv = webnn.reverse %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %rvu = tensor.cast %rv : tensor<2x3xf32> to tensor<*xf32>
  // CHECK: [6,   5,   4],
  // CHECK-NEXT: [3,   2,   1]
  call @printMemrefF32(%rvu) : (tensor<*xf32>) -> ()

  // triangular upper, diagonal 1; lower, diagonal -1
  %m = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]> : tensor<3x3xf32>
  %tu1 = webnn.triangular %m {diagonal = 1} : (tensor<3x3xf32>) -> tensor<3x3xf32>
  %tu1u = tensor.cast %tu1 : tensor<3x3xf32> to tensor<*xf32>
  // CHECK: [0,   2,   3],
  // CHECK-NEXT: [0,   0,   6],
  // CHECK-NEXT: [0,   0,   0]
  call @printMemrefF32(%tu1u) : (tensor<*xf32>) -> ()
  %tl = webnn.triangular %m {upper = false, diagonal = -1} : (tensor<3x3xf32>) -> tensor<3x3xf32>
  %tlu = tensor.cast %tl : tensor<3x3xf32> to tensor<*xf32>
  // CHECK: [0,   0,   0],
  // CHECK-NEXT: [4,   0,   0],
  // CHECK-NEXT: [7,   8,   0]
  call @printMemrefF32(%tlu) : (tensor<*xf32>) -> ()

  // gather along axis 1: negative (-1 -> 2), out of range (10 -> 2,
  // -10 -> 0) indices clamped as the interpreter does; 2-D indices.
  %idx = arith.constant dense<[[-1, 0], [10, -10]]> : tensor<2x2xi32>
  %g = webnn.gather %x, %idx {axis = 1} : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<2x2x2xf32>
  %gu = tensor.cast %g : tensor<2x2x2xf32> to tensor<*xf32>
  // CHECK: {{\[\[\[}}3,    1],
  // CHECK-NEXT: [3,    1]],
  // CHECK-NEXT: {{\[\[}}6,    4],
  // CHECK-NEXT: [6,    4]]]
  call @printMemrefF32(%gu) : (tensor<*xf32>) -> ()

  // gather along axis 0 with a scalar index
  %i0 = arith.constant dense<1> : tensor<i64>
  %g0 = webnn.gather %x, %i0 : (tensor<2x3xf32>, tensor<i64>) -> tensor<3xf32>
  %g0u = tensor.cast %g0 : tensor<3xf32> to tensor<*xf32>
  // CHECK: [4,  5,  6]
  call @printMemrefF32(%g0u) : (tensor<*xf32>) -> ()

  // gatherElements along axis 1 (clamped: 5 -> 2, -9 -> 0; -1 -> 2)
  %gei = arith.constant dense<[[2, 0, -1], [5, -9, 1]]> : tensor<2x3xi32>
  %ge = webnn.gatherElements %x, %gei {axis = 1} : (tensor<2x3xf32>, tensor<2x3xi32>) -> tensor<2x3xf32>
  %geu = tensor.cast %ge : tensor<2x3xf32> to tensor<*xf32>
  // CHECK: [3,   1,   3],
  // CHECK-NEXT: [6,   4,   5]
  call @printMemrefF32(%geu) : (tensor<*xf32>) -> ()

  // gatherND with full coordinates ([1, 2], [0, -1], [7, 9] clamped)
  %ndi = arith.constant dense<[[1, 2], [0, -1], [7, 9]]> : tensor<3x2xi32>
  %nd = webnn.gatherND %x, %ndi : (tensor<2x3xf32>, tensor<3x2xi32>) -> tensor<3xf32>
  %ndu = tensor.cast %nd : tensor<3xf32> to tensor<*xf32>
  // CHECK: [6,  3,  6]
  call @printMemrefF32(%ndu) : (tensor<*xf32>) -> ()

  // gatherND selecting rows (k = 1, unsigned indices)
  %ndr = arith.constant dense<[[1], [0]]> : tensor<2x1xi32>
  %ndru = webnn.cast %ndr {dataType = #webnn.data_type<uint32>} : (tensor<2x1xi32>) -> tensor<2x1xui32>
  %ndr2 = webnn.gatherND %x, %ndru : (tensor<2x3xf32>, tensor<2x1xui32>) -> tensor<2x3xf32>
  %ndr2u = tensor.cast %ndr2 : tensor<2x3xf32> to tensor<*xf32>
  // CHECK: [4,   5,   6],
  // CHECK-NEXT: [1,   2,   3]
  call @printMemrefF32(%ndr2u) : (tensor<*xf32>) -> ()

  // scatterElements along axis 1; repeated destinations: the last wins
  %sei = arith.constant dense<[[0, 2, 2], [1, 1, -1]]> : tensor<2x3xi32>
  %upd = arith.constant dense<[[10.0, 20.0, 30.0], [40.0, 50.0, 60.0]]> : tensor<2x3xf32>
  %se = webnn.scatterElements %x, %sei, %upd {axis = 1} : (tensor<2x3xf32>, tensor<2x3xi32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %seu = tensor.cast %se : tensor<2x3xf32> to tensor<*xf32>
  // CHECK: [10,   2,   30],
  // CHECK-NEXT: [4,   50,   60]
  call @printMemrefF32(%seu) : (tensor<*xf32>) -> ()

  // scatterND of elements; [1, 0] twice: the last wins
  %sni = arith.constant dense<[[1, 0], [0, 2], [1, 0]]> : tensor<3x2xi32>
  %snu = arith.constant dense<[100.0, 200.0, 300.0]> : tensor<3xf32>
  %sn = webnn.scatterND %x, %sni, %snu : (tensor<2x3xf32>, tensor<3x2xi32>, tensor<3xf32>) -> tensor<2x3xf32>
  %snuu = tensor.cast %sn : tensor<2x3xf32> to tensor<*xf32>
  // CHECK: [1,   2,   200],
  // CHECK-NEXT: [300,   5,   6]
  call @printMemrefF32(%snuu) : (tensor<*xf32>) -> ()

  // scatterND of rows (k = 1, negative index -1 -> 1)
  %snr = arith.constant dense<[[-1]]> : tensor<1x1xi64>
  %snru = arith.constant dense<[[7.0, 8.0, 9.0]]> : tensor<1x3xf32>
  %snr2 = webnn.scatterND %x, %snr, %snru : (tensor<2x3xf32>, tensor<1x1xi64>, tensor<1x3xf32>) -> tensor<2x3xf32>
  %snr2u = tensor.cast %snr2 : tensor<2x3xf32> to tensor<*xf32>
  // CHECK: [1,   2,   3],
  // CHECK-NEXT: [7,   8,   9]
  call @printMemrefF32(%snr2u) : (tensor<*xf32>) -> ()

  // resample2d 2x3 -> 4x5, nearest neighbor and linear
  %img = arith.constant dense<[[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]]]> : tensor<1x1x2x3xf32>
  %rn = webnn.resample2d %img {mode = #webnn.interpolation_mode<"nearest-neighbor">, sizes = array<i64: 4, 5>} : (tensor<1x1x2x3xf32>) -> tensor<1x1x4x5xf32>
  %rnu = tensor.cast %rn : tensor<1x1x4x5xf32> to tensor<*xf32>
  // CHECK: {{\[\[\[\[}}1,     1,     2,     3,     3],
  // CHECK-NEXT: [1,     1,     2,     3,     3],
  // CHECK-NEXT: [4,     4,     5,     6,     6],
  // CHECK-NEXT: [4,     4,     5,     6,     6]]]]
  call @printMemrefF32(%rnu) : (tensor<*xf32>) -> ()
  %rl = webnn.resample2d %img {mode = #webnn.interpolation_mode<linear>, sizes = array<i64: 4, 5>} : (tensor<1x1x2x3xf32>) -> tensor<1x1x4x5xf32>
  %rlu = tensor.cast %rl : tensor<1x1x4x5xf32> to tensor<*xf32>
  // CHECK: {{\[\[\[\[}}1,     1.4,     2,     2.6,     3],
  // CHECK-NEXT: [1.75,     2.15,     2.75,     3.35,     3.75],
  // CHECK-NEXT: [3.25,     3.65,     4.25,     4.85,     5.25],
  // CHECK-NEXT: [4,     4.4,     5,     5.6,     6]]]]
  call @printMemrefF32(%rlu) : (tensor<*xf32>) -> ()

  // resample2d linear on uint8, 2x3 -> 3x4 (rounded to nearest)
  %img8 = arith.constant dense<[[[[1, 2, 3], [4, 5, 250]]]]> : tensor<1x1x2x3xi32>
  %img8u = webnn.cast %img8 {dataType = #webnn.data_type<uint8>} : (tensor<1x1x2x3xi32>) -> tensor<1x1x2x3xui8>
  %r8 = webnn.resample2d %img8u {mode = #webnn.interpolation_mode<linear>, sizes = array<i64: 3, 4>} : (tensor<1x1x2x3xui8>) -> tensor<1x1x3x4xui8>
  %r8f = webnn.cast %r8 {dataType = #webnn.data_type<float32>} : (tensor<1x1x3x4xui8>) -> tensor<1x1x3x4xf32>
  %r8fu = tensor.cast %r8f : tensor<1x1x3x4xf32> to tensor<*xf32>
  // CHECK: {{\[\[\[\[}}1,     2,     2,     3],
  // CHECK-NEXT: [2,     3,     50,     126],
  // CHECK-NEXT: [4,     5,     97,     250]]]]
  call @printMemrefF32(%r8fu) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>)
