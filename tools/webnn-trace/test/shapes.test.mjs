// Output shapes and data types of the common ops, as MLOperand.shape reports them.
import test from 'node:test';
import assert from 'node:assert/strict';
import {newBuilder, f32, constF32} from './helpers.mjs';

test('input and constant descriptors', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [1, 3, 4, 4]);
  assert.equal(x.dataType, 'float32');
  assert.deepEqual(x.shape, [1, 3, 4, 4]);
  assert.ok(Object.isFrozen(x.shape));
  const c = b.constant({dataType: 'int32', shape: [2]}, new Int32Array([1, 2]));
  assert.deepEqual([c.dataType, c.shape], ['int32', [2]]);
  const s = b.constant('float16', 0.5);
  assert.deepEqual([s.dataType, s.shape], ['float16', []]);
  const u = b.constant({dataType: 'float32', shape: [2]}, new Uint8Array(8));  // Uint8Array always allowed
  assert.deepEqual(u.shape, [2]);
});

test('conv2d: padding, strides, dilations, groups, layouts', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [1, 4, 10, 12]);
  const w = constF32(b, [8, 4, 3, 3]);
  assert.deepEqual(b.conv2d(x, w).shape, [1, 8, 8, 10]);
  assert.deepEqual(b.conv2d(x, w, {padding: [1, 1, 1, 1]}).shape, [1, 8, 10, 12]);
  assert.deepEqual(b.conv2d(x, w, {padding: [1, 1, 1, 1], strides: [2, 2]}).shape, [1, 8, 5, 6]);
  assert.deepEqual(b.conv2d(x, w, {padding: [0, 1, 2, 0], strides: [3, 2]}).shape, [1, 8, 3, 6]);
  assert.deepEqual(b.conv2d(x, w, {dilations: [2, 3]}).shape, [1, 8, 6, 6]);
  // grouped and depthwise
  const wg = constF32(b, [8, 2, 3, 3]);
  assert.deepEqual(b.conv2d(x, wg, {groups: 2}).shape, [1, 8, 8, 10]);
  const wd = constF32(b, [4, 1, 3, 3]);
  assert.deepEqual(b.conv2d(x, wd, {groups: 4, padding: [1, 1, 1, 1]}).shape, [1, 4, 10, 12]);
  // nhwc input with hwio / ohwi / ihwo filters
  const xn = f32(b, 'xn', [2, 10, 12, 4]);
  assert.deepEqual(b.conv2d(xn, constF32(b, [3, 3, 4, 8]), {inputLayout: 'nhwc', filterLayout: 'hwio'}).shape, [2, 8, 10, 8]);
  assert.deepEqual(b.conv2d(xn, constF32(b, [8, 3, 3, 4]), {inputLayout: 'nhwc', filterLayout: 'ohwi'}).shape, [2, 8, 10, 8]);
  assert.deepEqual(b.conv2d(xn, constF32(b, [1, 3, 3, 4]), {inputLayout: 'nhwc', filterLayout: 'ihwo', groups: 4}).shape, [2, 8, 10, 4]);
  // bias
  assert.deepEqual(b.conv2d(x, w, {bias: constF32(b, [8])}).shape, [1, 8, 8, 10]);
  // 1x1 output from a kernel the size of the input
  assert.deepEqual(b.conv2d(f32(b, 'y', [1, 2, 5, 5]), constF32(b, [3, 2, 5, 5])).shape, [1, 3, 1, 1]);
});

test('convTranspose2d: strides, padding, outputPadding, outputSizes, groups', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [1, 4, 5, 5]);
  const w = constF32(b, [4, 3, 3, 3]);  // iohw
  assert.deepEqual(b.convTranspose2d(x, w).shape, [1, 3, 7, 7]);
  assert.deepEqual(b.convTranspose2d(x, w, {strides: [2, 2]}).shape, [1, 3, 11, 11]);
  assert.deepEqual(b.convTranspose2d(x, w, {strides: [2, 2], padding: [1, 1, 1, 1], outputPadding: [1, 1]}).shape, [1, 3, 10, 10]);
  assert.deepEqual(b.convTranspose2d(x, w, {strides: [2, 2], padding: [1, 1, 1, 1], outputSizes: [10, 9]}).shape, [1, 3, 10, 9]);
  assert.deepEqual(b.convTranspose2d(x, w, {groups: 2}).shape, [1, 6, 7, 7]);
  const xn = f32(b, 'xn', [1, 5, 5, 4]);
  assert.deepEqual(b.convTranspose2d(xn, constF32(b, [3, 3, 3, 4]), {inputLayout: 'nhwc', filterLayout: 'hwoi'}).shape, [1, 7, 7, 3]);
  assert.deepEqual(b.convTranspose2d(xn, constF32(b, [3, 3, 3, 4]), {inputLayout: 'nhwc', filterLayout: 'ohwi'}).shape, [1, 7, 7, 3]);
});

test('pool2d: windows, strides, padding, rounding, outputSizes, global default', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [1, 3, 7, 8]);
  assert.deepEqual(b.averagePool2d(x).shape, [1, 3, 1, 1]);  // window defaults to the whole input
  assert.deepEqual(b.maxPool2d(x, {windowDimensions: [2, 2], strides: [2, 2]}).shape, [1, 3, 3, 4]);
  assert.deepEqual(b.maxPool2d(x, {windowDimensions: [2, 2], strides: [2, 2], outputShapeRounding: 'ceil'}).shape, [1, 3, 4, 4]);
  assert.deepEqual(b.maxPool2d(x, {windowDimensions: [3, 3], strides: [2, 2], padding: [1, 1, 1, 1]}).shape, [1, 3, 4, 4]);
  assert.deepEqual(b.l2Pool2d(x, {windowDimensions: [3, 3], dilations: [2, 2]}).shape, [1, 3, 3, 4]);
  assert.deepEqual(b.maxPool2d(x, {windowDimensions: [2, 2], strides: [2, 2], outputSizes: [4, 4]}).shape, [1, 3, 4, 4]);
  assert.deepEqual(b.maxPool2d(x, {windowDimensions: [2, 2], strides: [2, 2], outputSizes: [3, 4]}).shape, [1, 3, 3, 4]);
  const xn = f32(b, 'xn', [2, 7, 7, 16]);
  assert.deepEqual(b.averagePool2d(xn, {layout: 'nhwc', windowDimensions: [7, 7]}).shape, [2, 1, 1, 16]);
  // integer input is fine for maxPool2d
  const xi = b.input('xi', {dataType: 'int8', shape: [1, 1, 4, 4]});
  assert.equal(b.maxPool2d(xi, {windowDimensions: [2, 2]}).dataType, 'int8');
});

test('elementwise binary broadcasting', async () => {
  const b = await newBuilder();
  const a = f32(b, 'a', [2, 1, 4]);
  assert.deepEqual(b.add(a, f32(b, 'b', [3, 1])).shape, [2, 3, 4]);
  assert.deepEqual(b.mul(a, b.constant('float32', 2)).shape, [2, 1, 4]);
  assert.deepEqual(b.sub(f32(b, 'c', [5, 1, 1, 1]), a).shape, [5, 2, 1, 4]);
  assert.deepEqual(b.max(a, f32(b, 'd', [4])).shape, [2, 1, 4]);
  const eq = b.equal(a, f32(b, 'e', [1, 6, 1]));
  assert.deepEqual([eq.dataType, eq.shape], ['uint8', [2, 6, 4]]);
  const cond = b.input('cond', {dataType: 'uint8', shape: [3, 1, 1, 1]});
  assert.deepEqual(b.where(cond, a, f32(b, 'f', [4])).shape, [3, 2, 1, 4]);
});

test('unary ops, activations, clamp, softmax keep the input descriptor', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [2, 5]);
  for (const op of ['relu', 'sigmoid', 'tanh', 'abs', 'exp', 'neg', 'identity', 'gelu', 'hardSwish', 'softplus', 'softsign', 'erf']) {
    assert.deepEqual(b[op](x).shape, [2, 5], op);
  }
  assert.deepEqual(b.clamp(x, {minValue: 0, maxValue: 6}).shape, [2, 5]);
  assert.deepEqual(b.leakyRelu(x, {alpha: 0.1}).shape, [2, 5]);
  assert.deepEqual(b.softmax(x, 1).shape, [2, 5]);
  assert.equal(b.cast(x, 'int32').dataType, 'int32');
  assert.equal(b.isNaN(x).dataType, 'uint8');
});

test('gemm and matmul', async () => {
  const b = await newBuilder();
  const a = f32(b, 'a', [3, 4]);
  assert.deepEqual(b.gemm(a, constF32(b, [4, 5])).shape, [3, 5]);
  assert.deepEqual(b.gemm(a, constF32(b, [5, 4]), {bTranspose: true, c: constF32(b, [5])}).shape, [3, 5]);
  assert.deepEqual(b.gemm(f32(b, 'at', [4, 3]), constF32(b, [4, 5]), {aTranspose: true}).shape, [3, 5]);
  assert.deepEqual(b.matmul(a, constF32(b, [4, 6])).shape, [3, 6]);
  assert.deepEqual(b.matmul(f32(b, 'm', [2, 1, 3, 4]), constF32(b, [5, 4, 6])).shape, [2, 5, 3, 6]);
});

test('batchNormalization, instance/layer normalization', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [1, 6, 4, 4]);
  const c = () => constF32(b, [6]);
  assert.deepEqual(b.batchNormalization(x, c(), c(), {scale: c(), bias: c(), epsilon: 1e-3}).shape, [1, 6, 4, 4]);
  const xn = f32(b, 'xn', [1, 4, 4, 6]);
  assert.deepEqual(b.batchNormalization(xn, c(), c(), {axis: 3}).shape, [1, 4, 4, 6]);
  assert.deepEqual(b.instanceNormalization(x, {scale: c()}).shape, [1, 6, 4, 4]);
  assert.deepEqual(b.layerNormalization(x, {axes: [1], scale: c()}).shape, [1, 6, 4, 4]);
});

test('reshape, concat, transpose, split, slice, pad, expand, tile', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [2, 3, 4]);
  assert.deepEqual(b.reshape(x, [6, 4]).shape, [6, 4]);
  assert.deepEqual(b.reshape(x, [24]).shape, [24]);
  assert.deepEqual(b.concat([x, f32(b, 'y', [2, 5, 4]), x], 1).shape, [2, 11, 4]);
  assert.deepEqual(b.transpose(x).shape, [4, 3, 2]);
  assert.deepEqual(b.transpose(x, {permutation: [0, 2, 1]}).shape, [2, 4, 3]);
  const parts = b.split(x, 2, {axis: 2});
  assert.deepEqual(parts.map((p) => p.shape), [[2, 3, 2], [2, 3, 2]]);
  assert.deepEqual(b.split(x, [1, 2], {axis: 1}).map((p) => p.shape), [[2, 1, 4], [2, 2, 4]]);
  assert.deepEqual(b.split(x, 2).map((p) => p.shape), [[1, 3, 4], [1, 3, 4]]);
  assert.deepEqual(b.slice(x, [0, 1, 0], [2, 2, 4]).shape, [2, 2, 4]);
  assert.deepEqual(b.slice(x, [0, 0, 0], [2, 3, 3], {strides: [1, 2, 2]}).shape, [2, 2, 2]);
  assert.deepEqual(b.pad(x, [0, 1, 2], [1, 1, 0]).shape, [3, 5, 6]);
  assert.deepEqual(b.expand(f32(b, 'e', [3, 1]), [2, 3, 5]).shape, [2, 3, 5]);
  assert.deepEqual(b.tile(x, [1, 2, 3]).shape, [2, 6, 12]);
});

test('reductions, argMin/argMax, gather family, resample2d', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [2, 3, 4]);
  assert.deepEqual(b.reduceSum(x).shape, []);
  assert.deepEqual(b.reduceMean(x, {axes: [1]}).shape, [2, 4]);
  assert.deepEqual(b.reduceMax(x, {axes: [0, 2], keepDimensions: true}).shape, [1, 3, 1]);
  const am = b.argMax(x, 2);
  assert.deepEqual([am.dataType, am.shape], ['int32', [2, 3]]);
  assert.deepEqual(b.argMin(x, 1, {keepDimensions: true, outputDataType: 'int64'}).shape, [2, 1, 4]);
  const idx = b.input('idx', {dataType: 'int32', shape: [5, 6]});
  assert.deepEqual(b.gather(x, idx, {axis: 1}).shape, [2, 5, 6, 4]);
  assert.deepEqual(b.gatherElements(x, b.input('ie', {dataType: 'int32', shape: [2, 7, 4]}), {axis: 1}).shape, [2, 7, 4]);
  assert.deepEqual(b.gatherND(x, b.input('in', {dataType: 'int32', shape: [5, 2]})).shape, [5, 4]);
  const img = f32(b, 'img', [1, 3, 10, 20]);
  assert.deepEqual(b.resample2d(img, {scales: [2, 0.5]}).shape, [1, 3, 20, 10]);
  assert.deepEqual(b.resample2d(img, {sizes: [7, 9], axes: [1, 2]}).shape, [1, 7, 9, 20]);
});

test('recurrent ops: gru, gruCell, lstm, lstmCell', async () => {
  const b = await newBuilder();
  const steps = 5, batch = 2, inputSize = 3, hidden = 4;
  const x = f32(b, 'x', [steps, batch, inputSize]);
  const g = b.gru(x, constF32(b, [2, 3 * hidden, inputSize]), constF32(b, [2, 3 * hidden, hidden]), steps, hidden,
    {direction: 'both', returnSequence: true});
  assert.deepEqual(g.map((o) => o.shape), [[2, batch, hidden], [steps, 2, batch, hidden]]);
  const l = b.lstm(x, constF32(b, [1, 4 * hidden, inputSize]), constF32(b, [1, 4 * hidden, hidden]), steps, hidden);
  assert.deepEqual(l.map((o) => o.shape), [[1, batch, hidden], [1, batch, hidden]]);
  const x2 = f32(b, 'x2', [batch, inputSize]);
  const h = f32(b, 'h', [batch, hidden]);
  assert.deepEqual(b.gruCell(x2, constF32(b, [3 * hidden, inputSize]), constF32(b, [3 * hidden, hidden]), h, hidden).shape, [batch, hidden]);
  const lc = b.lstmCell(x2, constF32(b, [4 * hidden, inputSize]), constF32(b, [4 * hidden, hidden]), h, f32(b, 'c', [batch, hidden]), hidden);
  assert.deepEqual(lc.map((o) => o.shape), [[batch, hidden], [batch, hidden]]);
});

test('quantization ops', async () => {
  const b = await newBuilder();
  const x = b.input('x', {dataType: 'uint8', shape: [4, 6]});
  const scale = constF32(b, [2, 3]);
  const zp = b.constant({dataType: 'uint8', shape: [2, 3]}, new Uint8Array(6));
  const d = b.dequantizeLinear(x, scale, zp);
  assert.deepEqual([d.dataType, d.shape], ['float32', [4, 6]]);
  const q = b.quantizeLinear(d, scale, zp);
  assert.deepEqual([q.dataType, q.shape], ['uint8', [4, 6]]);
});
