// conv2d then batchNormalization with constant parameters (webnnc compile
// tests: --emit=optimized folds the normalization into the convolution).
func.func @conv_bn(%x: tensor<1x2x4x4xf32> {webnn.name = "x"}) -> (tensor<1x2x4x4xf32> {webnn.name = "y"}) {
  %w = webnn.constant dense<1.0> : tensor<2x2x1x1xf32>
  %0 = webnn.conv2d %x, %w : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %mean = webnn.constant dense<[0.5, 1.0]> : tensor<2xf32>
  %var = webnn.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %1 = webnn.batchNormalization %0, %mean, %var {epsilon = 1.0 : f32} : (tensor<1x2x4x4xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  %2 = webnn.relu %1 : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  return %2 : tensor<1x2x4x4xf32>
}
