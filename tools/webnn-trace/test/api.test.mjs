// API surface: every MLGraphBuilder operator method of the spec exists and
// records a node; navigator.ml / new MLGraphBuilder(context) work.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {MLGraphBuilder, MLContext, MLOperand, OP_NAMES, createContext, install, validateGraph, validateOperandOptions} from '../webnn-trace.mjs';
import {newBuilder, f32, constF32, specPath} from './helpers.mjs';

// One minimal valid call per operator method.
function calls(b) {
  const x = f32(b, 'x', [1, 2, 4, 4]);
  const m = f32(b, 'm', [2, 3]);
  const u8 = b.input('u8', {dataType: 'uint8', shape: [2, 3]});
  const i32 = b.input('i32', {dataType: 'int32', shape: [2]});
  const c2 = () => constF32(b, [2]);
  const seq = f32(b, 'seq', [3, 1, 2]);   // steps 3, batch 1, inputSize 2
  const h = f32(b, 'h', [1, 2]);           // batch 1, hidden 2
  const unary = (op) => () => b[op](m);
  const binary = (op) => () => b[op](m, m);
  const reduce = (op) => () => b[op](m, {axes: [1]});
  const c = {
    argMin: () => b.argMin(m, 1), argMax: () => b.argMax(m, 0),
    batchNormalization: () => b.batchNormalization(x, c2(), c2(), {scale: c2(), bias: c2()}),
    cast: () => b.cast(m, 'float16'), clamp: () => b.clamp(m, {minValue: -1, maxValue: 1}),
    concat: () => b.concat([m, m], 0),
    conv2d: () => b.conv2d(x, constF32(b, [3, 2, 3, 3]), {padding: [1, 1, 1, 1], bias: constF32(b, [3])}),
    convTranspose2d: () => b.convTranspose2d(x, constF32(b, [2, 3, 3, 3]), {strides: [2, 2]}),
    cumulativeSum: () => b.cumulativeSum(m, 1, {exclusive: true}),
    logicalNot: () => b.logicalNot(u8), logicalAnd: () => b.logicalAnd(u8, u8), logicalOr: () => b.logicalOr(u8, u8),
    logicalXor: () => b.logicalXor(u8, u8),
    dequantizeLinear: () => b.dequantizeLinear(u8, constF32(b, [1, 3]), b.constant({dataType: 'uint8', shape: [1, 3]}, new Uint8Array(3))),
    quantizeLinear: () => b.quantizeLinear(m, constF32(b, [2, 1]), b.constant({dataType: 'int8', shape: [2, 1]}, new Int8Array(2))),
    elu: () => b.elu(m, {alpha: 0.5}), expand: () => b.expand(m, [4, 2, 3]),
    gather: () => b.gather(m, i32, {axis: 1}),
    gatherElements: () => b.gatherElements(m, b.input('ge', {dataType: 'int32', shape: [1, 3]})),
    gatherND: () => b.gatherND(m, b.input('gn', {dataType: 'int32', shape: [4, 2]})),
    gemm: () => b.gemm(m, constF32(b, [3, 4]), {c: constF32(b, [4]), alpha: 2}),
    gru: () => b.gru(seq, constF32(b, [1, 6, 2]), constF32(b, [1, 6, 2]), 3, 2,
      {bias: constF32(b, [1, 6]), initialHiddenState: constF32(b, [1, 1, 2]), returnSequence: true, activations: ['sigmoid', 'tanh']}),
    gruCell: () => b.gruCell(h, constF32(b, [6, 2]), constF32(b, [6, 2]), h, 2, {recurrentBias: constF32(b, [6])}),
    hardSigmoid: () => b.hardSigmoid(m, {alpha: 0.1}),
    instanceNormalization: () => b.instanceNormalization(x, {bias: c2()}),
    layerNormalization: () => b.layerNormalization(m, {axes: [1], scale: constF32(b, [3])}),
    leakyRelu: () => b.leakyRelu(m), linear: () => b.linear(m, {alpha: 2, beta: 1}),
    lstm: () => b.lstm(seq, constF32(b, [2, 8, 2]), constF32(b, [2, 8, 2]), 3, 2,
      {direction: 'both', peepholeWeight: constF32(b, [2, 6]), initialCellState: constF32(b, [2, 1, 2])}),
    lstmCell: () => b.lstmCell(h, constF32(b, [8, 2]), constF32(b, [8, 2]), h, h, 2, {bias: constF32(b, [8])}),
    matmul: () => b.matmul(m, constF32(b, [3, 2])),
    pad: () => b.pad(m, [1, 0], [0, 2], {mode: 'reflection'}),
    averagePool2d: () => b.averagePool2d(x), l2Pool2d: () => b.l2Pool2d(x, {windowDimensions: [2, 2]}),
    maxPool2d: () => b.maxPool2d(x, {windowDimensions: [3, 3], padding: [1, 1, 1, 1]}),
    prelu: () => b.prelu(m, constF32(b, [3])),
    resample2d: () => b.resample2d(x, {mode: 'linear', scales: [2, 2]}),
    reshape: () => b.reshape(m, [3, 2]), reverse: () => b.reverse(m, {axes: [0]}),
    scatterElements: () => b.scatterElements(m, b.input('se', {dataType: 'int32', shape: [1, 3]}), f32(b, 'su', [1, 3])),
    scatterND: () => b.scatterND(m, b.input('sn', {dataType: 'int32', shape: [1, 1]}), f32(b, 'snu', [1, 3])),
    slice: () => b.slice(m, [0, 1], [2, 2]), softmax: () => b.softmax(m, 1),
    split: () => b.split(m, [1, 2], {axis: 1}),
    tile: () => b.tile(m, [2, 2]), transpose: () => b.transpose(m),
    triangular: () => b.triangular(m, {upper: false, diagonal: -1}),
    where: () => b.where(u8, m, m),
  };
  for (const op of ['add', 'sub', 'mul', 'div', 'max', 'min', 'pow', 'equal', 'notEqual', 'greater', 'greaterOrEqual',
    'lesser', 'lesserOrEqual']) c[op] = binary(op);
  for (const op of ['isNaN', 'isInfinite', 'abs', 'ceil', 'cos', 'erf', 'exp', 'floor', 'identity', 'log', 'neg',
    'reciprocal', 'roundEven', 'sin', 'sign', 'sqrt', 'tan', 'gelu', 'hardSwish', 'relu', 'sigmoid', 'softplus',
    'softsign', 'tanh']) c[op] = unary(op);
  for (const op of ['reduceL1', 'reduceL2', 'reduceLogSum', 'reduceLogSumExp', 'reduceMax', 'reduceMean', 'reduceMin',
    'reduceProduct', 'reduceSum', 'reduceSumSquare']) c[op] = reduce(op);
  return c;
}

test('95 operator methods, matching the spec IDL when it is available', (t) => {
  assert.equal(OP_NAMES.length, 95);
  for (const op of OP_NAMES) assert.equal(typeof MLGraphBuilder.prototype[op], 'function', op);
  const spec = specPath();
  if (!spec) { t.diagnostic('WebNN spec not found; IDL comparison skipped'); return; }
  const text = fs.readFileSync(spec, 'utf8');
  const idlOps = new Set();
  for (const block of text.matchAll(/^partial interface MLGraphBuilder \{([\s\S]*?)^\};/gm)) {
    for (const m of block[1].matchAll(/(?:MLOperand|sequence<MLOperand>)\s+(\w+)\s*\(/g)) idlOps.add(m[1]);
  }
  assert.deepEqual([...idlOps].sort(), [...OP_NAMES].sort());
});

test('every operator records a node and builds a valid graph', async () => {
  const b = await newBuilder();
  const c = calls(b);
  assert.deepEqual(Object.keys(c).sort(), [...OP_NAMES].sort());
  const outputs = {};
  for (const [op, f] of Object.entries(c)) {
    const r = f();
    const list = Array.isArray(r) ? r : [r];
    list.forEach((o, i) => {
      assert.ok(o instanceof MLOperand, op);
      assert.ok(Array.isArray(o.shape) && typeof o.dataType === 'string', op);
      outputs[`${op}${i}`] = o;
    });
  }
  const g = (await b.build(outputs)).toJSON();
  assert.deepEqual([...new Set(g.nodes.map((n) => n.op))].sort(), [...OP_NAMES].sort());
  assert.deepEqual(validateGraph(g), []);
  assert.deepEqual(validateOperandOptions(g), []);
});

test('navigator.ml.createContext() and new MLGraphBuilder(context), browser style', async () => {
  const global = {};
  install(global);
  const context = await global.navigator.ml.createContext({powerPreference: 'low-power'});
  assert.ok(context instanceof MLContext);
  const builder = new global.MLGraphBuilder(context);
  const y = builder.relu(builder.input('x', {dataType: 'float32', shape: [2]}));
  const graph = await builder.build({y});
  assert.equal(graph.toJSON().nodes.length, 1);
  assert.ok((await createContext()).createGraphBuilder() instanceof MLGraphBuilder);
  assert.throws(() => new MLGraphBuilder({}), TypeError);
  assert.throws(() => new MLOperand(), TypeError);
});
