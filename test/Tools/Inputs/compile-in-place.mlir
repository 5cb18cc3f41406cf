// r = rowsum(x), e = exp(r), y = sum(e): the exponential is an
// element-wise kernel and the last reader of r, so e is written over r.
func.func @main(%x: tensor<4x8xf32> {webnn.name = "x"}) -> (tensor<f32> {webnn.name = "y"}) {
  %r = webnn.reduceSum %x {axes = array<i64: 1>} : (tensor<4x8xf32>) -> tensor<4xf32>
  %e = webnn.exp %r : (tensor<4xf32>) -> tensor<4xf32>
  %y = webnn.reduceSum %e : (tensor<4xf32>) -> tensor<f32>
  return %y : tensor<f32>
}
