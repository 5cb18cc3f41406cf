// y = a x b with b = [[1, 2], [3, 4], [5, 6]] (webnnc compile tests).
func.func @matmul(%a: tensor<2x3xf32> {webnn.name = "a"}) -> (tensor<2x2xf32> {webnn.name = "y"}) {
  %b = webnn.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>
  %0 = webnn.matmul %a, %b : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}
