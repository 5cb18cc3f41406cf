// The stem and first inverted-residual block of MobileNetV2 plus its
// classifier head, as a WebNN graph: input 1x3x224x224, 1000 class scores.
// Weights are splat constants here (the real model arrives through the
// importers); every result type is checked against the WebNN spec's
// output-shape formula when this file is parsed.
func.func @mobilenet_v2_block(%input: tensor<1x3x224x224xf32> {webnn.name = "input"})
    -> (tensor<1x1000xf32> {webnn.name = "probabilities"}) {
  // Stem: 3x3 conv, stride 2, pad 1 -> 32 channels at 112x112, relu6.
  %w0 = webnn.constant {label = "stem.weight"} dense<0.01> : tensor<32x3x3x3xf32>
  %b0 = webnn.constant {label = "stem.bias"} dense<0.0> : tensor<32xf32>
  %0 = webnn.conv2d %input, %w0 bias(%b0) {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>, label = "stem"}
      : (tensor<1x3x224x224xf32>, tensor<32x3x3x3xf32>, tensor<32xf32>) -> tensor<1x32x112x112xf32>
  %1 = webnn.clamp %0 {minValue = 0.0 : f64, maxValue = 6.0 : f64}
      : (tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32>

  // Depthwise 3x3 (groups = channels), relu6.
  %w1 = webnn.constant {label = "block1.dw.weight"} dense<0.1> : tensor<32x1x3x3xf32>
  %2 = webnn.conv2d %1, %w1 {padding = array<i64: 1, 1, 1, 1>, groups = 32 : i64, label = "block1.dw"}
      : (tensor<1x32x112x112xf32>, tensor<32x1x3x3xf32>) -> tensor<1x32x112x112xf32>
  %3 = webnn.clamp %2 {minValue = 0.0 : f64, maxValue = 6.0 : f64}
      : (tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32>

  // Pointwise projection to 16 channels (linear bottleneck), batch norm.
  %w2 = webnn.constant {label = "block1.pw.weight"} dense<0.05> : tensor<16x32x1x1xf32>
  %4 = webnn.conv2d %3, %w2 {label = "block1.pw"}
      : (tensor<1x32x112x112xf32>, tensor<16x32x1x1xf32>) -> tensor<1x16x112x112xf32>
  %mean = webnn.constant dense<0.0> : tensor<16xf32>
  %var = webnn.constant dense<1.0> : tensor<16xf32>
  %5 = webnn.batchNormalization %4, %mean, %var {epsilon = 1.0e-03 : f32}
      : (tensor<1x16x112x112xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x16x112x112xf32>

  // Head: global average pool, flatten, fully connected, softmax.
  %6 = webnn.averagePool2d %5 : (tensor<1x16x112x112xf32>) -> tensor<1x16x1x1xf32>
  %7 = webnn.reshape %6 {newShape = array<i64: 1, 16>} : (tensor<1x16x1x1xf32>) -> tensor<1x16xf32>
  %fc_w = webnn.constant {label = "classifier.weight"} dense<0.02> : tensor<1000x16xf32>
  %fc_b = webnn.constant {label = "classifier.bias"} dense<0.0> : tensor<1000xf32>
  %8 = webnn.gemm %7, %fc_w c(%fc_b) {bTranspose = true, label = "classifier"}
      : (tensor<1x16xf32>, tensor<1000x16xf32>, tensor<1000xf32>) -> tensor<1x1000xf32>
  %9 = webnn.softmax %8 {axis = 1 : i64} : (tensor<1x1000xf32>) -> tensor<1x1000xf32>
  return %9 : tensor<1x1000xf32>
}
