// The webnn-graph-json output: README structural rules, the JSON schemas,
// weights/manifest consistency, naming and option conventions.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {validateGraph, validateOperandOptions, checkSchema, stringify} from '../webnn-trace.mjs';
import {newBuilder, f32, constF32, loadSchemas} from './helpers.mjs';

async function smallGraph() {
  const b = await newBuilder();
  const x = f32(b, 'x', [1, 2, 6, 6]);
  const w = constF32(b, [4, 2, 3, 3]);
  const bias = constF32(b, [4]);
  const y = b.conv2d(x, w, {padding: [1, 1, 1, 1], bias});
  const r = b.clamp(y, {minValue: 0, maxValue: 6});
  const [p, q] = b.split(r, [1, 3], {axis: 1});
  const s = b.add(b.mul(q, b.constant('float32', 0.5)), p);
  const out = b.softmax(b.reshape(s, [1, 108]), 1);
  return {graph: await b.build({out, side: q}), w, bias};
}

test('README structural rules hold (unique ids, defined-before-use, non-empty outputs)', async () => {
  const {graph} = await smallGraph();
  const g = graph.toJSON();
  assert.equal(g.format, 'webnn-graph-json');
  assert.equal(g.version, 2);
  assert.deepEqual(validateGraph(g, {manifest: graph.manifest(), weightsSize: graph.weights().byteLength}), []);
  assert.deepEqual(validateOperandOptions(g), []);
  const ids = g.nodes.map((n) => n.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(Object.keys(g.outputs).length > 0);
  for (const n of g.nodes) {
    assert.deepEqual(Object.keys(n), ['id', 'op', 'inputs', 'options', 'outputs']);
    assert.deepEqual(Object.keys(n.options), Object.keys(n.options).sort(), 'options keys sorted');
  }
});

test('validateGraph catches broken graphs', () => {
  const base = () => ({format: 'webnn-graph-json', version: 2, inputs: {x: {dataType: 'float32', shape: [1]}}, consts: {},
    nodes: [{id: 'a', op: 'relu', inputs: ['x'], options: {}, outputs: null}], outputs: {a: 'a'}});
  assert.deepEqual(validateGraph(base()), []);
  let g = base(); g.outputs = {};
  assert.match(validateGraph(g).join(), /outputs must not be empty/);
  g = base(); g.nodes.push({id: 'a', op: 'relu', inputs: ['x'], options: {}, outputs: null});
  assert.match(validateGraph(g).join(), /duplicate node id/);
  g = base(); g.nodes.unshift({id: 'b', op: 'relu', inputs: ['a'], options: {}, outputs: null});
  assert.match(validateGraph(g).join(), /undefined value 'a'/);
  g = base(); g.outputs = {o: 'nope'};
  assert.match(validateGraph(g).join(), /unknown value/);
  g = base(); g.version = 3;
  assert.match(validateGraph(g).join(), /version/);
});

test('graph and manifest validate against the JSON schemas', async (t) => {
  const schemas = loadSchemas();
  if (!schemas) { t.skip('webnn-graph-json schemas not found (set WEBNN_GRAPH_JSON_DIR)'); return; }
  const {graph} = await smallGraph();
  // Check the parsed text, i.e. what a reader sees.
  assert.deepEqual(checkSchema(schemas.graph, JSON.parse(graph.toString())), []);
  assert.deepEqual(checkSchema(schemas.manifest, graph.manifest()), []);
  // The checker accepts the conformance samples and rejects broken documents.
  for (const f of ['examples/resnet_head.json', 'generated/resnet_head.json', 'generated/format_reference.json']) {
    const p = path.join(schemas.dir, f);
    if (fs.existsSync(p)) assert.deepEqual(checkSchema(schemas.graph, JSON.parse(fs.readFileSync(p, 'utf8'))), [], f);
  }
  for (const f of ['examples/weights.manifest.json', 'examples/resnet_head.manifest.json']) {
    const p = path.join(schemas.dir, f);
    if (fs.existsSync(p)) assert.deepEqual(checkSchema(schemas.manifest, JSON.parse(fs.readFileSync(p, 'utf8'))), [], f);
  }
  const g = graph.toJSON();
  const bad = [
    {...g, format: 'onnx'},
    {...g, version: 7},
    {...g, outputs: {}},
    {...g, inputs: {x: {dataType: 'float64', shape: [1]}}},
    {...g, inputs: {x: {dataType: 'float32', shape: [-1]}}},
    {...g, consts: {c: {dataType: 'float32', shape: [1], init: {kind: 'weights'}}}},
    {...g, nodes: [{id: 'n', op: 'relu', inputs: ['x'], outputs: []}]},
    {...g, nodes: [{op: 'relu', inputs: ['x']}]},
  ];
  for (const doc of bad) assert.notDeepEqual(checkSchema(schemas.graph, doc), [], JSON.stringify(doc).slice(0, 120));
});

test('weights file and manifest are consistent', async () => {
  const {graph, w, bias} = await smallGraph();
  const g = graph.toJSON();
  const m = graph.manifest();
  const bytes = graph.weights();
  assert.deepEqual(Object.keys(m), ['format', 'version', 'endianness', 'tensors']);
  assert.equal(m.endianness, 'little');
  const weightConsts = Object.entries(g.consts).filter(([, c]) => c.init.kind === 'weights');
  assert.equal(weightConsts.length, 2);
  assert.deepEqual(Object.keys(m.tensors).sort(), weightConsts.map(([, c]) => c.init.ref).sort());
  let end = 0;
  const entries = Object.values(m.tensors).sort((a, b) => a.byteOffset - b.byteOffset);
  for (const e of entries) {
    assert.equal(e.byteOffset % 16, 0);
    assert.ok(e.byteOffset >= end, 'no overlap');
    assert.equal(e.byteLength, e.shape.reduce((a, b) => a * b, 1) * 4);
    end = e.byteOffset + e.byteLength;
  }
  assert.equal(bytes.byteLength, end);
  // The bytes are the constants' little-endian float32 data.
  const conv = g.nodes.find((n) => n.op === 'conv2d');
  const filter = m.tensors[g.consts[conv.inputs[1]].init.ref];
  const data = new Float32Array(bytes.buffer.slice(bytes.byteOffset + filter.byteOffset, bytes.byteOffset + filter.byteOffset + filter.byteLength));
  assert.equal(data.length, 72);
  assert.equal(data[5], Math.fround(0.005));
  assert.deepEqual(filter.shape, [...w.shape]);
  const b = m.tensors[g.consts[conv.options.bias].init.ref];
  assert.deepEqual(b.shape, [...bias.shape]);
  assert.equal(b.byteOffset, 288);  // 72 * 4 = 288, already aligned
});

test('multi-output nodes: id is the first output, the others are <id>_out<i>', async () => {
  const {graph} = await smallGraph();
  const g = graph.toJSON();
  const split = g.nodes.find((n) => n.op === 'split');
  assert.equal(split.id, 'split_0');
  assert.deepEqual(split.outputs, ['split_0', 'split_0_out1']);
  assert.deepEqual(split.options, {axis: 1, splits: [1, 3]});
  assert.equal(g.outputs.side, 'split_0_out1');
  const add = g.nodes.find((n) => n.op === 'add');
  assert.equal(add.inputs[1], 'split_0');
  for (const n of g.nodes.filter((x) => x.op !== 'split')) assert.equal(n.outputs, null);

  const b = await newBuilder();
  const x = f32(b, 'x', [3, 1, 2]);
  const [h, c, seq] = b.lstm(x, constF32(b, [1, 8, 2]), constF32(b, [1, 8, 2]), 3, 2, {returnSequence: true});
  const g2 = (await b.build({c, seq, h2: b.relu(h)})).toJSON();
  assert.deepEqual(g2.nodes[0].outputs, ['lstm_0', 'lstm_0_out1', 'lstm_0_out2']);
  assert.deepEqual(g2.outputs, {c: 'lstm_0_out1', seq: 'lstm_0_out2', h2: 'relu_0'});
  assert.deepEqual(g2.nodes[0].options, {hiddenSize: 2, returnSequence: true, steps: 3});
});

test('operand-valued options are value names inside options, never extra inputs', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [2, 3]);
  const c = f32(b, 'cin', [4]);
  const y = b.gemm(x, constF32(b, [3, 4]), {c, alpha: 0.5});
  const ln = b.layerNormalization(y, {scale: constF32(b, [4]), bias: b.relu(c), axes: [1]});
  const g = (await b.build({ln})).toJSON();
  const gemm = g.nodes.find((n) => n.op === 'gemm');
  assert.deepEqual(gemm.inputs, ['x', 'gemm_0_b']);
  assert.deepEqual(gemm.options, {alpha: 0.5, c: 'cin'});
  const norm = g.nodes.find((n) => n.op === 'layerNormalization');
  assert.deepEqual(norm.inputs, ['gemm_0']);
  assert.deepEqual(norm.options, {axes: [1], bias: 'relu_0', scale: 'layerNormalization_0_scale'});
  assert.deepEqual(validateOperandOptions(g), []);
  // relu_0 (feeding only an option) is kept and ordered before its user.
  assert.ok(g.nodes.findIndex((n) => n.id === 'relu_0') < g.nodes.indexOf(norm));
});

test('positional non-operand arguments become named options', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [2, 3]);
  const outs = {
    r: b.reshape(x, [3, 2]), s: b.softmax(x, 1), c: b.concat([x, x], 0), t: b.cast(x, 'int32'),
    p: b.pad(x, [0, 1], [1, 0], {mode: 'edge'}), sl: b.slice(x, [0, 1], [1, 2]), tl: b.tile(x, [1, 2]),
    a: b.argMax(x, 1, {keepDimensions: true}), e: b.expand(x, [2, 2, 3]), cs: b.cumulativeSum(x, 0),
  };
  const g = (await b.build(outs)).toJSON();
  const opt = Object.fromEntries(g.nodes.map((n) => [n.op, n.options]));
  assert.deepEqual(opt.reshape, {newShape: [3, 2]});
  assert.deepEqual(opt.softmax, {axis: 1});
  assert.deepEqual(opt.concat, {axis: 0});
  assert.deepEqual(opt.cast, {dataType: 'int32'});
  assert.deepEqual(opt.pad, {beginningPadding: [0, 1], endingPadding: [1, 0], mode: 'edge'});
  assert.deepEqual(opt.slice, {sizes: [1, 2], starts: [0, 1]});
  assert.deepEqual(opt.tile, {repetitions: [1, 2]});
  assert.deepEqual(opt.argMax, {axis: 1, keepDimensions: true});
  assert.deepEqual(opt.expand, {newShape: [2, 2, 3]});
  assert.deepEqual(opt.cumulativeSum, {axis: 0});
  assert.deepEqual(g.nodes.find((n) => n.op === 'concat').inputs, ['x', 'x']);
});

test('scalar constants: kind scalar, spec casting, BigInt and non-finite values', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [2]);
  const i64 = b.input('i64', {dataType: 'int64', shape: [2]});
  const i8 = b.input('i8', {dataType: 'int8', shape: [2]});
  const h = b.input('h', {dataType: 'float16', shape: [2]});
  const outs = {
    a: b.add(x, b.constant('float32', 0.1)),
    m: b.max(x, b.constant('float32', -Infinity)),
    big: b.add(i64, b.constant('int64', 2n ** 62n + 1n)),
    small: b.add(i64, b.constant('int64', 7)),
    sat: b.add(i8, b.constant('int8', 300.7)),
    even: b.add(i8, b.constant('int8', 2.5)),
    half: b.add(h, b.constant('float16', 0.1)),
    cl: b.clamp(x, {minValue: -Infinity, maxValue: 6}),
  };
  const graph = await b.build(outs);
  const text = graph.toString();
  const g = JSON.parse(text);
  const scalar = (node) => g.consts[g.nodes.find((n) => n.id === node).inputs[1]];
  assert.deepEqual(scalar('add_0'), {dataType: 'float32', shape: [], init: {kind: 'scalar', value: Math.fround(0.1)}});
  assert.equal(scalar('max_0').init.value, '-Infinity');
  assert.match(text, /"value": 4611686018427387905\b/);   // exact int64, not a string or a rounded double
  assert.equal(scalar('add_2').init.value, 7);
  assert.equal(scalar('add_3').init.value, 127);
  assert.equal(scalar('add_4').init.value, 2);
  assert.equal(scalar('add_5').init.value, 0.0999755859375);
  assert.deepEqual(g.nodes.find((n) => n.op === 'clamp').options, {maxValue: 6, minValue: '-Infinity'});
  assert.equal(Object.values(graph.manifest().tensors).length, 0);
  assert.equal(stringify({v: -5n}), '{\n  "v": -5\n}');
});

test('build() keeps only what the outputs depend on; names never collide', async () => {
  const b = await newBuilder();
  const x = f32(b, 'x', [2]);
  f32(b, 'unused', [3]);
  const dead = b.sigmoid(x);
  b.add(dead, constF32(b, [2]));
  const relu0 = f32(b, 'relu_0', [2]);          // an input named like a generated id
  const y = b.add(b.relu(x), relu0);
  const g = (await b.build({y})).toJSON();
  assert.deepEqual(Object.keys(g.inputs), ['x', 'relu_0']);
  assert.deepEqual(g.nodes.map((n) => n.op), ['relu', 'add']);
  assert.deepEqual(Object.keys(g.consts), []);
  assert.equal(g.nodes[0].id, 'relu_1');
  assert.deepEqual(g.nodes[1].inputs, ['relu_1', 'relu_0']);
  assert.deepEqual(validateGraph(g), []);
});

test('save() writes <name>.json, <name>.weights and <name>.manifest.json', async () => {
  const {graph} = await smallGraph();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'webnn-trace-'));
  try {
    const files = graph.save(dir, 'small');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['small.json', 'small.manifest.json', 'small.weights']);
    const g = JSON.parse(fs.readFileSync(files.json, 'utf8'));
    assert.equal(g.name, 'small');
    const m = JSON.parse(fs.readFileSync(files.manifest, 'utf8'));
    const size = fs.statSync(files.weights).size;
    assert.deepEqual(validateGraph(g, {manifest: m, weightsSize: size}), []);
    assert.deepEqual(new Uint8Array(fs.readFileSync(files.weights)), graph.weights());
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
