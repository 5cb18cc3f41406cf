// MobileNetV2 (width 1.0, 224x224, NCHW), written the way WebNN samples build
// it: batch normalization folded into conv2d biases, ReLU6 as clamp(0, 6),
// residual add, global average pooling, reshape, gemm and softmax.
// 17 inverted-residual blocks, 3.5 M parameters.
//
// The weights are not trained: they come from a seeded linear congruential
// generator so that the graph and its weights file are reproducible.
//
// Runs unchanged in a browser with WebNN:
//   const context = await navigator.ml.createContext();
//   const builder = new MLGraphBuilder(context);
//   const graph = await builder.build(await build(builder));
// and with webnn-trace:
//   node tools/webnn-trace/trace.mjs tools/webnn-trace/examples/mobilenet_v2.mjs out/

// Numerical Recipes LCG; uniform floats in [-1, 1).
function makeRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2147483648 - 1;
  };
}

export async function build(builder) {
  const random = makeRandom(20240601);

  // He-uniform style initialization keeps activations in a sane range.
  function weights(shape, fanIn) {
    const data = new Float32Array(shape.reduce((a, b) => a * b, 1));
    const scale = Math.sqrt(6 / fanIn) * 0.5;
    for (let i = 0; i < data.length; i++) data[i] = random() * scale;
    return builder.constant({dataType: 'float32', shape}, data);
  }
  function bias(n) {
    const data = new Float32Array(n);
    for (let i = 0; i < n; i++) data[i] = random() * 0.01;
    return builder.constant({dataType: 'float32', shape: [n]}, data);
  }

  // conv2d with folded batch normalization, optionally followed by ReLU6.
  function conv(input, outChannels, kernel, {strides = [1, 1], groups = 1, relu6 = true} = {}) {
    const inChannels = input.shape[1];
    const filter = weights([outChannels, inChannels / groups, kernel, kernel], (inChannels / groups) * kernel * kernel);
    const pad = (kernel - 1) / 2;
    const y = builder.conv2d(input, filter, {
      padding: [pad, pad, pad, pad], strides, groups, bias: bias(outChannels),
    });
    return relu6 ? builder.clamp(y, {minValue: 0, maxValue: 6}) : y;
  }

  function invertedResidual(input, expansion, outChannels, stride) {
    const inChannels = input.shape[1];
    const hidden = inChannels * expansion;
    let x = input;
    if (expansion !== 1) x = conv(x, hidden, 1);                                  // expand 1x1
    x = conv(x, hidden, 3, {strides: [stride, stride], groups: hidden});          // depthwise 3x3
    x = conv(x, outChannels, 1, {relu6: false});                                  // project 1x1 (linear)
    return stride === 1 && inChannels === outChannels ? builder.add(input, x) : x;
  }

  const input = builder.input('input', {dataType: 'float32', shape: [1, 3, 224, 224]});
  let x = conv(input, 32, 3, {strides: [2, 2]});
  // [expansion t, output channels c, repeats n, first stride s]
  const settings = [[1, 16, 1, 1], [6, 24, 2, 2], [6, 32, 3, 2], [6, 64, 4, 2], [6, 96, 3, 1], [6, 160, 3, 2], [6, 320, 1, 1]];
  for (const [t, c, n, s] of settings) {
    for (let i = 0; i < n; i++) x = invertedResidual(x, t, c, i === 0 ? s : 1);
  }
  x = conv(x, 1280, 1);
  x = builder.averagePool2d(x, {windowDimensions: [7, 7]});                      // [1, 1280, 1, 1]
  x = builder.reshape(x, [1, 1280]);
  const fcWeight = weights([1000, 1280], 1280);                                  // [out, in], as in PyTorch
  x = builder.gemm(x, fcWeight, {c: bias(1000), bTranspose: true});
  const output = builder.softmax(x, 1);
  return {output};
}
