#!/usr/bin/env node
// ONNX Runtime (CPU) latency of one model, measured the way `webnnc bench`
// measures a compiled artifact, so that the two can be compared.
//
//   node ort-bench.mjs --model m.onnx [--threads N] [--warmup W]
//       [--iterations I] [--min-time S] [--input name=path.bin|.npy ...]
//       [--shape name=1,3,224,224 ...] [--manifest manifest.json] [--json]
//
// Session options: graphOptimizationLevel 'all', intraOpNumThreads N,
// interOpNumThreads 1, executionMode 'sequential', CPU execution provider.
// Input tensors are created once, before any timing: from raw little-endian
// .bin files (dtype and shape from the model's input metadata, or from the
// manifest.json next to the model when the model's shape is symbolic), from
// .npy files, or zeros when an input is not given.
//
// Timing: load_ms is InferenceSession.create; first_run_ms is the first
// session.run(); then W warm-up runs; then I timed runs (more if --min-time
// S asks for at least S seconds of timed runs), each one
// `await session.run(feeds)` timed with process.hrtime.bigint().
// Statistics: median (mean of the two middle samples for an even count),
// mean, p95 (nearest rank: sorted[ceil(0.95 n) - 1]), min, max.
// peak_rss_bytes is process.resourceUsage().maxRSS * 1024 at the end.

import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { createRequire } from 'node:module';
import * as ort from 'onnxruntime-node';

const require = createRequire(import.meta.url);

function usage(msg) {
  if (msg) process.stderr.write(`ort-bench: ${msg}\n`);
  process.stderr.write(
    'usage: node ort-bench.mjs --model m.onnx [--threads N] [--warmup W] ' +
    '[--iterations I] [--min-time S] [--input name=path ...] ' +
    '[--shape name=d0,d1,... ...] [--manifest file] [--json]\n');
  process.exit(2);
}

function parseArgs(argv) {
  const a = { threads: 1, warmup: 10, iterations: 100, minTime: 0,
              inputs: new Map(), shapes: new Map(), json: false,
              model: null, manifest: null };
  const int = (s, name, min) => {
    if (!/^\d+$/.test(s) || Number(s) < min) usage(`bad ${name}: ${s}`);
    return Number(s);
  };
  const pair = (s, flag) => {
    const k = s.indexOf('=');
    if (k <= 0) usage(`${flag} expects name=value, got ${s}`);
    return [s.slice(0, k), s.slice(k + 1)];
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value = null;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {  // --flag=value
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const val = () => {
      if (value !== null) return value;
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case '--model': a.model = val(); break;
      case '--manifest': a.manifest = val(); break;
      case '--threads': a.threads = int(val(), 'threads', 1); break;
      case '--warmup': a.warmup = int(val(), 'warmup', 0); break;
      case '--iterations': a.iterations = int(val(), 'iterations', 1); break;
      case '--min-time': {
        const s = val();
        const v = Number(s);
        if (!Number.isFinite(v) || v < 0) usage(`bad min-time: ${s}`);
        a.minTime = v;
        break;
      }
      case '--input': { const [n, p] = pair(val(), '--input'); a.inputs.set(n, p); break; }
      case '--shape': {
        const [n, s] = pair(val(), '--shape');
        a.shapes.set(n, s.split(/[,x]/).map((d) => int(d, 'shape', 0)));
        break;
      }
      case '--json': a.json = true; break;
      case '-h': case '--help': usage(); break;
      default:
        if (!a.model && !arg.startsWith('-') && value === null) a.model = arg;
        else usage(`unknown argument ${argv[i]}`);
    }
  }
  if (!a.model) usage('--model is required');
  return a;
}

// dtype name (ORT / numpy style) -> [TypedArray, bytes per element]
const DTYPES = {
  float32: [Float32Array, 4], float: [Float32Array, 4],
  float64: [Float64Array, 8], double: [Float64Array, 8],
  float16: [Uint16Array, 2],
  int8: [Int8Array, 1], uint8: [Uint8Array, 1], bool: [Uint8Array, 1],
  int16: [Int16Array, 2], uint16: [Uint16Array, 2],
  int32: [Int32Array, 4], uint32: [Uint32Array, 4],
  int64: [BigInt64Array, 8], uint64: [BigUint64Array, 8],
};
const NPY_DESCR = {
  '<f4': 'float32', '<f8': 'float64', '<f2': 'float16', '|i1': 'int8',
  '|u1': 'uint8', '|b1': 'bool', '<i2': 'int16', '<u2': 'uint16',
  '<i4': 'int32', '<u4': 'uint32', '<i8': 'int64', '<u8': 'uint64',
};

function typedFromBuffer(buf, Ctor) {
  // Copy into a fresh, aligned ArrayBuffer.
  const ab = new ArrayBuffer(buf.length);
  new Uint8Array(ab).set(buf);
  return new Ctor(ab);
}

function readNpy(file) {
  const buf = fs.readFileSync(file);
  if (buf.toString('latin1', 0, 6) !== '\x93NUMPY') throw new Error(`${file}: not a .npy file`);
  const major = buf[6];
  const hlen = major === 1 ? buf.readUInt16LE(8) : buf.readUInt32LE(8);
  const hstart = major === 1 ? 10 : 12;
  const header = buf.toString('latin1', hstart, hstart + hlen);
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*True/.test(header);
  const shapeStr = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1] ?? '';
  const shape = shapeStr.split(',').map((s) => s.trim()).filter((s) => s).map(Number);
  const dtype = NPY_DESCR[descr];
  if (!dtype) throw new Error(`${file}: unsupported dtype ${descr}`);
  if (fortran) throw new Error(`${file}: Fortran order is not supported`);
  return { dtype, shape, data: buf.subarray(hstart + hlen) };
}

function loadManifest(a) {
  const file = a.manifest ?? path.join(path.dirname(a.model), 'manifest.json');
  if (!fs.existsSync(file)) return null;
  try {
    const m = JSON.parse(fs.readFileSync(file, 'utf8'));
    const map = new Map();
    for (const e of m.inputs ?? m.graph_inputs ?? []) {
      map.set(e.name, { dtype: e.dtype ?? e.elem_type, shape: e.shape });
    }
    return map;
  } catch (e) {
    if (a.manifest) throw e;
    return null;
  }
}

function makeFeeds(session, a) {
  const manifest = loadManifest(a);
  const meta = session.inputMetadata;
  const known = new Set(session.inputNames);
  for (const n of a.inputs.keys()) {
    if (!known.has(n)) throw new Error(`model has no input named ${n} (inputs: ${[...known].join(', ')})`);
  }
  const feeds = {};
  session.inputNames.forEach((name, idx) => {
    const md = Array.isArray(meta) ? meta[idx] : undefined;
    const man = manifest?.get(name);
    let dtype = md?.type ?? man?.dtype;
    let shape = a.shapes.get(name);
    if (!shape) {
      const ms = md?.shape;
      if (ms && ms.every((d) => typeof d === 'number' && d >= 0)) shape = ms;
      else if (man?.shape) shape = man.shape;
    }
    const file = a.inputs.get(name);
    let data = null;
    if (file && file.endsWith('.npy')) {
      const npy = readNpy(file);
      data = npy.data;
      if (dtype && npy.dtype !== dtype && !(dtype === 'bool' && npy.dtype === 'uint8')) {
        throw new Error(`${file}: dtype ${npy.dtype}, input ${name} wants ${dtype}`);
      }
      dtype = dtype ?? npy.dtype;
      shape = a.shapes.get(name) ?? npy.shape;
    } else if (file) {
      data = fs.readFileSync(file);
    }
    if (!dtype || !DTYPES[dtype]) throw new Error(`input ${name}: unsupported or unknown dtype ${dtype}`);
    if (!shape || !shape.every((d) => typeof d === 'number' && d >= 0)) {
      throw new Error(`input ${name}: shape ${JSON.stringify(md?.shape)} is not static; give --shape ${name}=d0,d1,...`);
    }
    const [Ctor, size] = DTYPES[dtype];
    const count = shape.reduce((p, d) => p * d, 1);
    let arr;
    if (data) {
      if (data.length !== count * size) {
        throw new Error(`${file}: ${data.length} bytes, input ${name} (${dtype} ${JSON.stringify(shape)}) needs ${count * size}`);
      }
      arr = typedFromBuffer(data, Ctor);
    } else {
      arr = new Ctor(count); // zeros
    }
    feeds[name] = new ort.Tensor(dtype === 'float' ? 'float32' : dtype, arr, shape);
  });
  return feeds;
}

const nsToMs = (ns) => Number(ns) / 1e6;

function stats(samples) {
  const s = [...samples].sort((x, y) => x - y);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  const mean = s.reduce((p, x) => p + x, 0) / n;
  const p95 = s[Math.min(n - 1, Math.max(0, Math.ceil(0.95 * n) - 1))];
  return { min: s[0], median, mean, p95, max: s[n - 1] };
}

const r6 = (x) => Math.round(x * 1e6) / 1e6;

async function main() {
  const a = parseArgs(process.argv.slice(2));
  const options = {
    executionProviders: ['cpu'],
    graphOptimizationLevel: 'all',
    intraOpNumThreads: a.threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
  };
  const t0 = process.hrtime.bigint();
  const session = await ort.InferenceSession.create(a.model, options);
  const loadMs = nsToMs(process.hrtime.bigint() - t0);

  const feeds = makeFeeds(session, a);

  let t = process.hrtime.bigint();
  await session.run(feeds);
  const firstRunMs = nsToMs(process.hrtime.bigint() - t);

  for (let i = 0; i < a.warmup; i++) await session.run(feeds);

  const samples = [];
  const minNs = BigInt(Math.round(a.minTime * 1e9));
  const start = process.hrtime.bigint();
  for (;;) {
    t = process.hrtime.bigint();
    await session.run(feeds);
    const now = process.hrtime.bigint();
    samples.push(nsToMs(now - t));
    if (samples.length >= a.iterations && now - start >= minNs) break;
  }
  const st = stats(samples);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  let ortVersion = ort.env?.versions?.node ?? null;
  try {
    ortVersion = require('onnxruntime-node/package.json').version;
  } catch { /* keep env version */ }

  const result = {
    model: a.model,
    threads: a.threads,
    iterations: samples.length,
    warmup: a.warmup,
    first_run_ms: r6(firstRunMs),
    load_ms: r6(loadMs),
    min_ms: r6(st.min),
    median_ms: r6(st.median),
    mean_ms: r6(st.mean),
    p95_ms: r6(st.p95),
    max_ms: r6(st.max),
    peak_rss_bytes: peakRss,
  };
  if (a.json) {
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    const f = (x) => x.toFixed(3);
    process.stdout.write(
      `${a.model}: onnxruntime-node ${ortVersion}, ${a.threads} thread(s)\n` +
      `  load ${f(loadMs)} ms, first run ${f(firstRunMs)} ms, ` +
      `${a.warmup} warm-up, ${samples.length} timed runs\n` +
      `  min ${f(st.min)}  median ${f(st.median)}  mean ${f(st.mean)}  ` +
      `p95 ${f(st.p95)}  max ${f(st.max)} ms\n` +
      `  peak RSS ${(peakRss / 1048576).toFixed(1)} MiB\n`);
  }
  await session.release?.();
}

main().catch((e) => {
  process.stderr.write(`ort-bench: ${e?.message ?? e}\n`);
  process.exit(1);
});
