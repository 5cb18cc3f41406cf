// Lowered recurrent ops run and match the reference interpreter (values from
// `webnnc run --interpret` on the same graphs): gruCell (resetAfter, zrn),
// gruCell (reset before, rzn, relu), gru forward 2 steps with
// returnSequence, lstmCell with peephole, lstm in both directions (ifgo)
// with returnSequence.
// RUN: webnnc-opt %s --convert-webnn-to-linalg %lower-to-llvm | %run-llvm | FileCheck %s

// gruCell
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[}}0.459387, -0.102818],
// CHECK-NEXT: [0.201793, 0.177731]]
// gruCell reset before, rzn, relu
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[}}-0.258714, 0.0860908],
// CHECK-NEXT: [-0.062094, 0.220143]]
// gru hidden
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[}}0.467558, -0.422583],
// CHECK-NEXT: [0.199836, -0.097944]]]
// gru sequence
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}0.374598, -0.395399],
// CHECK-NEXT: [0.447306, -0.184077]]],
// CHECK-NEXT: {{\[\[\[}}0.467558, -0.422583],
// CHECK-NEXT: [0.199836, -0.097944]]]]
// lstmCell hidden
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[}}-0.214935, 0.126984],
// CHECK-NEXT: [-0.151573, -0.0511925]]
// lstmCell cell
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[}}-0.397, 0.270988],
// CHECK-NEXT: [-0.279026, -0.104857]]
// lstm hidden
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[}}0.00840781, 0.146024]],
// CHECK-NEXT: {{\[\[}}0.0626161, 0.0931912]]]
// lstm cell
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[}}0.0214124, 0.219306]],
// CHECK-NEXT: {{\[\[}}0.174982, 0.213103]]]
// lstm sequence
// CHECK: Unranked Memref
// CHECK-NEXT: {{\[\[\[\[}}-0.041167, 0.0354316]],
// CHECK-NEXT: {{\[\[}}0.0626161, 0.0931912]]],
// CHECK-NEXT: {{\[\[\[}}0.00840781, 0.146024]],
// CHECK-NEXT: {{\[\[}}-0.00448714, 0.0333234]]]]

func.func @grucell() -> (tensor<2x2xf32>) {
  %x = webnn.constant dense<[[-0.2, 0.5, 0.1], [-0.3, 0.4, 0.0]]> : tensor<2x3xf32>
  %w = webnn.constant dense<[[0.0, -0.4, 0.3], [-0.1, -0.5, 0.2], [-0.2, 0.5, 0.1], [-0.3, 0.4, 0.0], [-0.4, 0.3, -0.1], [-0.5, 0.2, -0.2]]> : tensor<6x3xf32>
  %r = webnn.constant dense<[[0.2, -0.2], [0.5, 0.1], [-0.3, 0.4], [0.0, -0.4], [0.3, -0.1], [-0.5, 0.2]]> : tensor<6x2xf32>
  %h = webnn.constant dense<[[0.4, 0.0], [-0.4, 0.3]]> : tensor<2x2xf32>
  %b = webnn.constant dense<[-0.5, 0.2, -0.2, 0.5, 0.1, -0.3]> : tensor<6xf32>
  %rb = webnn.constant dense<[-0.3, 0.4, 0.0, -0.4, 0.3, -0.1]> : tensor<6xf32>
  %0 = webnn.gruCell %x, %w, %r, %h bias(%b) recurrentBias(%rb) {hiddenSize = 2 : i64} : (tensor<2x3xf32>, tensor<6x3xf32>, tensor<6x2xf32>, tensor<2x2xf32>, tensor<6xf32>, tensor<6xf32>) -> (tensor<2x2xf32>)
  return %0 : tensor<2x2xf32>
}

func.func @grucell2() -> (tensor<2x2xf32>) {
  %x = webnn.constant dense<[[0.0, -0.4, 0.3], [-0.1, -0.5, 0.2]]> : tensor<2x3xf32>
  %w = webnn.constant dense<[[0.2, -0.2, 0.5], [0.1, -0.3, 0.4], [0.0, -0.4, 0.3], [-0.1, -0.5, 0.2], [-0.2, 0.5, 0.1], [-0.3, 0.4, 0.0]]> : tensor<6x3xf32>
  %r = webnn.constant dense<[[0.4, 0.0], [-0.4, 0.3], [-0.1, -0.5], [0.2, -0.2], [0.5, 0.1], [-0.3, 0.4]]> : tensor<6x2xf32>
  %h = webnn.constant dense<[[-0.5, 0.2], [-0.2, 0.5]]> : tensor<2x2xf32>
  %b = webnn.constant dense<[-0.3, 0.4, 0.0, -0.4, 0.3, -0.1]> : tensor<6xf32>
  %0 = webnn.gruCell %x, %w, %r, %h bias(%b) {hiddenSize = 2 : i64, resetAfter = false, layout = #webnn.gru_weight_layout<rzn>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<relu>]} : (tensor<2x3xf32>, tensor<6x3xf32>, tensor<6x2xf32>, tensor<2x2xf32>, tensor<6xf32>) -> (tensor<2x2xf32>)
  return %0 : tensor<2x2xf32>
}

func.func @gru() -> (tensor<1x2x2xf32>, tensor<2x1x2x2xf32>) {
  %x = webnn.constant dense<[[[0.1, -0.3, 0.4], [0.0, -0.4, 0.3]], [[-0.1, -0.5, 0.2], [-0.2, 0.5, 0.1]]]> : tensor<2x2x3xf32>
  %w = webnn.constant dense<[[[0.3, -0.1, -0.5], [0.2, -0.2, 0.5], [0.1, -0.3, 0.4], [0.0, -0.4, 0.3], [-0.1, -0.5, 0.2], [-0.2, 0.5, 0.1]]]> : tensor<1x6x3xf32>
  %r = webnn.constant dense<[[[0.5, 0.1], [-0.3, 0.4], [0.0, -0.4], [0.3, -0.1], [-0.5, 0.2], [-0.2, 0.5]]]> : tensor<1x6x2xf32>
  %b = webnn.constant dense<[[-0.4, 0.3, -0.1, -0.5, 0.2, -0.2]]> : tensor<1x6xf32>
  %rb = webnn.constant dense<[[-0.2, 0.5, 0.1, -0.3, 0.4, 0.0]]> : tensor<1x6xf32>
  %h0 = webnn.constant dense<[[[0.0, -0.4], [0.3, -0.1]]]> : tensor<1x2x2xf32>
  %0:2 = webnn.gru %x, %w, %r bias(%b) recurrentBias(%rb) initialHiddenState(%h0) {steps = 2 : i64, hiddenSize = 2 : i64, returnSequence = true} : (tensor<2x2x3xf32>, tensor<1x6x3xf32>, tensor<1x6x2xf32>, tensor<1x6xf32>, tensor<1x6xf32>, tensor<1x2x2xf32>) -> (tensor<1x2x2xf32>, tensor<2x1x2x2xf32>)
  return %0#0, %0#1 : tensor<1x2x2xf32>, tensor<2x1x2x2xf32>
}

func.func @lstmcell() -> (tensor<2x2xf32>, tensor<2x2xf32>) {
  %x = webnn.constant dense<[[0.0, -0.4, 0.3], [-0.1, -0.5, 0.2]]> : tensor<2x3xf32>
  %w = webnn.constant dense<[[0.2, -0.2, 0.5], [0.1, -0.3, 0.4], [0.0, -0.4, 0.3], [-0.1, -0.5, 0.2], [-0.2, 0.5, 0.1], [-0.3, 0.4, 0.0], [-0.4, 0.3, -0.1], [-0.5, 0.2, -0.2]]> : tensor<8x3xf32>
  %r = webnn.constant dense<[[0.4, 0.0], [-0.4, 0.3], [-0.1, -0.5], [0.2, -0.2], [0.5, 0.1], [-0.3, 0.4], [0.0, -0.4], [0.3, -0.1]]> : tensor<8x2xf32>
  %h = webnn.constant dense<[[-0.5, 0.2], [-0.2, 0.5]]> : tensor<2x2xf32>
  %c = webnn.constant dense<[[-0.3, 0.4], [0.0, -0.4]]> : tensor<2x2xf32>
  %b = webnn.constant dense<[-0.1, -0.5, 0.2, -0.2, 0.5, 0.1, -0.3, 0.4]> : tensor<8xf32>
  %p = webnn.constant dense<[0.1, -0.3, 0.4, 0.0, -0.4, 0.3]> : tensor<6xf32>
  %0:2 = webnn.lstmCell %x, %w, %r, %h, %c bias(%b) peepholeWeight(%p) {hiddenSize = 2 : i64} : (tensor<2x3xf32>, tensor<8x3xf32>, tensor<8x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>, tensor<8xf32>, tensor<6xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>)
  return %0#0, %0#1 : tensor<2x2xf32>, tensor<2x2xf32>
}

func.func @lstm() -> (tensor<2x1x2xf32>, tensor<2x1x2xf32>, tensor<2x2x1x2xf32>) {
  %x = webnn.constant dense<[[[0.3, -0.1, -0.5]], [[0.2, -0.2, 0.5]]]> : tensor<2x1x3xf32>
  %w = webnn.constant dense<[[[0.5, 0.1, -0.3], [0.4, 0.0, -0.4], [0.3, -0.1, -0.5], [0.2, -0.2, 0.5], [0.1, -0.3, 0.4], [0.0, -0.4, 0.3], [-0.1, -0.5, 0.2], [-0.2, 0.5, 0.1]], [[-0.3, 0.4, 0.0], [-0.4, 0.3, -0.1], [-0.5, 0.2, -0.2], [0.5, 0.1, -0.3], [0.4, 0.0, -0.4], [0.3, -0.1, -0.5], [0.2, -0.2, 0.5], [0.1, -0.3, 0.4]]]> : tensor<2x8x3xf32>
  %r = webnn.constant dense<[[[-0.4, 0.3], [-0.1, -0.5], [0.2, -0.2], [0.5, 0.1], [-0.3, 0.4], [0.0, -0.4], [0.3, -0.1], [-0.5, 0.2]], [[-0.2, 0.5], [0.1, -0.3], [0.4, 0.0], [-0.4, 0.3], [-0.1, -0.5], [0.2, -0.2], [0.5, 0.1], [-0.3, 0.4]]]> : tensor<2x8x2xf32>
  %b = webnn.constant dense<[[-0.2, 0.5, 0.1, -0.3, 0.4, 0.0, -0.4, 0.3], [-0.1, -0.5, 0.2, -0.2, 0.5, 0.1, -0.3, 0.4]]> : tensor<2x8xf32>
  %rb = webnn.constant dense<[[0.0, -0.4, 0.3, -0.1, -0.5, 0.2, -0.2, 0.5], [0.1, -0.3, 0.4, 0.0, -0.4, 0.3, -0.1, -0.5]]> : tensor<2x8xf32>
  %0:3 = webnn.lstm %x, %w, %r bias(%b) recurrentBias(%rb) {steps = 2 : i64, hiddenSize = 2 : i64, returnSequence = true, direction = #webnn.recurrent_direction<both>, layout = #webnn.lstm_weight_layout<ifgo>} : (tensor<2x1x3xf32>, tensor<2x8x3xf32>, tensor<2x8x2xf32>, tensor<2x8xf32>, tensor<2x8xf32>) -> (tensor<2x1x2xf32>, tensor<2x1x2xf32>, tensor<2x2x1x2xf32>)
  return %0#0, %0#1, %0#2 : tensor<2x1x2xf32>, tensor<2x1x2xf32>, tensor<2x2x1x2xf32>
}

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %grucell_0 = call @grucell() : () -> (tensor<2x2xf32>)
  %u0 = tensor.cast %grucell_0 : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %grucell2_0 = call @grucell2() : () -> (tensor<2x2xf32>)
  %u1 = tensor.cast %grucell2_0 : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  %gru_0, %gru_1 = call @gru() : () -> (tensor<1x2x2xf32>, tensor<2x1x2x2xf32>)
  %u2 = tensor.cast %gru_0 : tensor<1x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  %u3 = tensor.cast %gru_1 : tensor<2x1x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()
  %lstmcell_0, %lstmcell_1 = call @lstmcell() : () -> (tensor<2x2xf32>, tensor<2x2xf32>)
  %u4 = tensor.cast %lstmcell_0 : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u4) : (tensor<*xf32>) -> ()
  %u5 = tensor.cast %lstmcell_1 : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u5) : (tensor<*xf32>) -> ()
  %lstm_0, %lstm_1, %lstm_2 = call @lstm() : () -> (tensor<2x1x2xf32>, tensor<2x1x2xf32>, tensor<2x2x1x2xf32>)
  %u6 = tensor.cast %lstm_0 : tensor<2x1x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u6) : (tensor<*xf32>) -> ()
  %u7 = tensor.cast %lstm_1 : tensor<2x1x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u7) : (tensor<*xf32>) -> ()
  %u8 = tensor.cast %lstm_2 : tensor<2x2x1x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u8) : (tensor<*xf32>) -> ()
  return
}
