// Invalid use throws what browsers throw: TypeError for bad arguments,
// InvalidStateError after build().
import test from 'node:test';
import assert from 'node:assert/strict';
import {newBuilder, f32, constF32} from './helpers.mjs';

test('dataType mismatch in binary ops throws TypeError', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [2]);
  const i = b.input('i', {dataType: 'int32', shape: [2]});
  assert.throws(() => b.add(x, i), TypeError);
  assert.throws(() => b.mul(x, b.constant('float16', 1)), TypeError);
  assert.throws(() => b.equal(x, i), TypeError);
  assert.throws(() => b.concat([x, i], 0), TypeError);
  assert.throws(() => b.where(b.input('c', {dataType: 'uint8', shape: [2]}), x, i), TypeError);
});

test('unknown or foreign operands throw TypeError', async () => {
  const b = await newBuilder();
  const other = await newBuilder();
  const x = f32(b, 'x', [2]);
  const y = f32(other, 'y', [2]);
  assert.throws(() => b.add(x, y), TypeError);
  assert.throws(() => b.relu({dataType: 'float32', shape: [2]}), TypeError);
  assert.throws(() => b.relu('x'), TypeError);
  assert.throws(() => b.relu(), TypeError);
  assert.throws(() => b.conv2d(f32(b, 'i', [1, 1, 3, 3]), constF32(b, [1, 1, 1, 1]), {bias: y}), TypeError);
  await assert.rejects(b.build({y}), TypeError);
});

test('allowed data types (spec tensor-limits tables)', async () => {
  const b = await newBuilder();
  const xi = b.input('xi', {dataType: 'int32', shape: [1, 1, 3, 3]});
  assert.throws(() => b.conv2d(xi, b.constant({dataType: 'int32', shape: [1, 1, 1, 1]}, new Int32Array(1))), TypeError);
  assert.throws(() => b.softmax(b.input('s', {dataType: 'int32', shape: [2, 2]}), 1), TypeError);
  assert.throws(() => b.gather(f32(b, 'g', [3]), f32(b, 'gi', [1])), TypeError);   // float indices
  assert.throws(() => b.logicalNot(f32(b, 'l', [1])), TypeError);
  assert.throws(() => b.argMax(f32(b, 'a', [3]), 0, {outputDataType: 'float32'}), TypeError);
});

test('shape errors throw TypeError', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [1, 4, 5, 5]);
  assert.throws(() => b.conv2d(x, constF32(b, [8, 3, 3, 3])), TypeError);                 // channel mismatch
  assert.throws(() => b.conv2d(x, constF32(b, [6, 2, 3, 3]), {groups: 4}), TypeError);   // 6 % 4
  assert.throws(() => b.conv2d(x, constF32(b, [8, 4, 7, 7])), TypeError);                 // kernel > input
  assert.throws(() => b.conv2d(x, constF32(b, [8, 4, 3, 3]), {strides: [0, 1]}), TypeError);
  assert.throws(() => b.conv2d(x, constF32(b, [8, 4, 3, 3]), {padding: [1, 1]}), TypeError);
  assert.throws(() => b.conv2d(x, constF32(b, [8, 4, 3, 3]), {bias: constF32(b, [4])}), TypeError);
  assert.throws(() => b.conv2d(f32(b, 'r3', [4, 5, 5]), constF32(b, [8, 4, 3, 3])), TypeError);
  assert.throws(() => b.add(f32(b, 'p', [2, 3]), f32(b, 'q', [4, 3])), TypeError);
  assert.throws(() => b.reshape(x, [3, 7]), TypeError);
  assert.throws(() => b.matmul(f32(b, 'ma', [2, 3]), f32(b, 'mb', [4, 2])), TypeError);
  assert.throws(() => b.gemm(f32(b, 'ga', [2, 3]), f32(b, 'gb', [2, 3])), TypeError);
  assert.throws(() => b.split(f32(b, 's', [5]), 2), TypeError);
  assert.throws(() => b.split(f32(b, 's2', [5]), [2, 2]), TypeError);
  assert.throws(() => b.softmax(f32(b, 'sm', [2, 2]), 2), TypeError);
  assert.throws(() => b.concat([f32(b, 'c1', [2, 3]), f32(b, 'c2', [3, 3])], 1), TypeError);
  assert.throws(() => b.transpose(f32(b, 't', [2, 3]), {permutation: [0, 0]}), TypeError);
  assert.throws(() => b.maxPool2d(x, {windowDimensions: [2, 2], strides: [2, 2], outputSizes: [5, 5]}), TypeError);
  assert.throws(() => b.clamp(x, {minValue: 2, maxValue: 1}), TypeError);
});

test('WebIDL conversions: enums, EnforceRange, descriptors, buffers', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [1, 4, 5, 5]);
  assert.throws(() => b.conv2d(x, constF32(b, [8, 4, 3, 3]), {inputLayout: 'NCHW'}), TypeError);
  assert.throws(() => b.softmax(x, -1), TypeError);
  assert.throws(() => b.reshape(x, [100, Infinity]), TypeError);
  assert.throws(() => b.input('', {dataType: 'float32', shape: [1]}), TypeError);
  assert.throws(() => b.input('x', {dataType: 'float32', shape: [1]}), TypeError);   // duplicate name
  assert.throws(() => b.input('z', {dataType: 'float64', shape: [1]}), TypeError);
  assert.throws(() => b.input('z', {dataType: 'float32', shape: [0]}), TypeError);
  assert.throws(() => b.input('z', {dataType: 'float32'}), TypeError);
  assert.throws(() => b.constant({dataType: 'float32', shape: [3]}, new Float32Array(2)), TypeError);
  assert.throws(() => b.constant({dataType: 'float32', shape: [2]}, new Int32Array(2)), TypeError);
  assert.throws(() => b.constant({dataType: 'float32', shape: [2]}, [1, 2]), TypeError);
  assert.throws(() => b.constant('bfloat16', 1), TypeError);
});

test('build(): empty outputs, inputs/constants as outputs; InvalidStateError afterwards', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [2]);
  await assert.rejects(b.build({}), TypeError);
  await assert.rejects(b.build({x}), TypeError);
  await assert.rejects(b.build({c: constF32(b, [2])}), TypeError);
  await assert.rejects(b.build({'': b.relu(x)}), TypeError);
  await b.build({y: b.relu(x)});
  const isInvalidState = (e) => e instanceof DOMException && e.name === 'InvalidStateError';
  assert.throws(() => b.relu(x), isInvalidState);
  assert.throws(() => b.input('w', {dataType: 'float32', shape: [1]}), isInvalidState);
  assert.throws(() => b.constant('float32', 1), isInvalidState);
  await assert.rejects(b.build({y: x}), isInvalidState);
});
