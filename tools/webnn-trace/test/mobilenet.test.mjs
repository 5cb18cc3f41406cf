// End to end: trace examples/mobilenet_v2.mjs through the CLI and check the result.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {execFileSync} from 'node:child_process';
import {validateGraph, validateOperandOptions, checkSchema} from '../webnn-trace.mjs';
import {build} from '../examples/mobilenet_v2.mjs';
import {newBuilder, toolDir, loadSchemas} from './helpers.mjs';

// torchvision's MobileNetV2 has 3,504,872 parameters; folding each batch
// normalization (2 parameters per channel) into a conv bias (1 per channel)
// removes one parameter for each of the 17,056 normalized channels.
const PARAMETERS = 3504872 - 17056;

test('MobileNetV2 operand shapes', async () => {
  const b = await newBuilder();
  const {output} = await build(b);
  assert.deepEqual(output.shape, [1, 1000]);
  assert.equal(output.dataType, 'float32');
});

test('MobileNetV2 through trace.mjs', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'webnn-trace-mnv2-'));
  t.after(() => fs.rmSync(dir, {recursive: true, force: true}));
  const stdout = execFileSync(process.execPath, [path.join(toolDir, 'trace.mjs'),
    path.join(toolDir, 'examples/mobilenet_v2.mjs'), dir], {encoding: 'utf8'});
  assert.match(stdout, /101 nodes/);
  const g = JSON.parse(fs.readFileSync(path.join(dir, 'mobilenet_v2.json'), 'utf8'));
  const m = JSON.parse(fs.readFileSync(path.join(dir, 'mobilenet_v2.manifest.json'), 'utf8'));
  const weightsSize = fs.statSync(path.join(dir, 'mobilenet_v2.weights')).size;

  assert.equal(g.name, 'mobilenet_v2');
  assert.deepEqual(g.inputs, {input: {dataType: 'float32', shape: [1, 3, 224, 224]}});
  assert.deepEqual(g.outputs, {output: 'softmax_0'});
  assert.equal(g.nodes.length, 101);
  const count = {};
  for (const n of g.nodes) count[n.op] = (count[n.op] ?? 0) + 1;
  assert.deepEqual(count, {conv2d: 52, clamp: 35, add: 10, averagePool2d: 1, reshape: 1, gemm: 1, softmax: 1});
  // 17 inverted-residual blocks: 16 with an expansion conv, each with one depthwise conv.
  const depthwise = g.nodes.filter((n) => n.op === 'conv2d' && (n.options.groups ?? 1) > 1);
  assert.equal(depthwise.length, 17);
  assert.equal(Object.keys(g.consts).length, 106);   // 52 x (filter, bias) + gemm (b, c)
  assert.deepEqual(validateGraph(g, {manifest: m, weightsSize}), []);
  assert.deepEqual(validateOperandOptions(g), []);

  let elements = 0;
  for (const e of Object.values(m.tensors)) {
    assert.equal(e.byteOffset % 16, 0);
    elements += e.byteLength / 4;
  }
  assert.equal(elements, PARAMETERS);
  assert.ok(weightsSize >= PARAMETERS * 4 && weightsSize < PARAMETERS * 4 + 16 * 106);

  const schemas = loadSchemas();
  if (schemas) {
    assert.deepEqual(checkSchema(schemas.graph, g), []);
    assert.deepEqual(checkSchema(schemas.manifest, m), []);
  } else {
    t.diagnostic('schemas not found; schema check skipped');
  }

  // Deterministic: a second trace gives identical bytes.
  const dir2 = path.join(dir, 'again');
  execFileSync(process.execPath, [path.join(toolDir, 'trace.mjs'), path.join(toolDir, 'examples/mobilenet_v2.mjs'), dir2]);
  for (const f of ['mobilenet_v2.json', 'mobilenet_v2.weights', 'mobilenet_v2.manifest.json']) {
    assert.ok(fs.readFileSync(path.join(dir, f)).equals(fs.readFileSync(path.join(dir2, f))), f);
  }
});

test('trace.mjs reports usage errors', () => {
  assert.throws(() => execFileSync(process.execPath, [path.join(toolDir, 'trace.mjs')], {stdio: 'pipe'}), /usage/);
});
