// MLContext / MLGraphBuilder / MLOperand that record a WebNN graph instead of
// executing it. build() resolves to a TracedGraph that serializes to
// webnn-graph-json (version 2) plus a headerless weights file and manifest.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {OPS, DICTIONARIES, DATA_TYPES, ELEMENT_SIZE, fail} from './ops.mjs';
import {stringify} from './json.mjs';

const STATE = Symbol('webnn-trace.state');
const WEIGHTS_ALIGNMENT = 16;

// ---------------------------------------------------------------------------
// WebIDL-style argument conversion.

function enforceRange(v, lo, hi, what) {
  if (typeof v === 'bigint') throw new TypeError(`${what}: a BigInt is not an integer of this type`);
  const n = Number(v);
  if (!Number.isFinite(n)) throw new TypeError(`${what}: ${String(v)} is not a finite number`);
  const t = Math.trunc(n);
  if (t < lo || t > hi) throw new TypeError(`${what}: ${t} is out of range`);
  return t === 0 ? 0 : t;  // no -0
}
const toUint = (v, what) => enforceRange(v, 0, 4294967295, what);
const toLong = (v, what) => enforceRange(v, -2147483648, 2147483647, what);

function toSequence(v, what) {
  if (v === null || typeof v !== 'object' || typeof v[Symbol.iterator] !== 'function') {
    throw new TypeError(`${what}: expected a sequence`);
  }
  return [...v];
}

function toDouble(v, what) {
  if (typeof v === 'bigint') throw new TypeError(`${what}: expected a number`);
  const n = Number(v);
  if (!Number.isFinite(n)) throw new TypeError(`${what}: ${String(v)} is not a finite number`);
  return n;
}

function toMLNumber(v) {
  return typeof v === 'bigint' ? v : Number(v);
}

function toDataType(v, what) {
  const s = String(v);
  if (!DATA_TYPES.includes(s)) throw new TypeError(`${what}: '${s}' is not a valid MLOperandDataType`);
  return s;
}

function toEnum(v, values, what) {
  const s = String(v);
  if (!values.includes(s)) throw new TypeError(`${what}: '${s}' is not one of ${values.join(', ')}`);
  return s;
}

function toDescriptor(d, what) {
  if (d === null || typeof d !== 'object') throw new TypeError(`${what}: expected an MLOperandDescriptor`);
  if (d.dataType === undefined) throw new TypeError(`${what}: descriptor.dataType is required`);
  if (d.shape === undefined) throw new TypeError(`${what}: descriptor.shape is required`);
  const dataType = toDataType(d.dataType, what);
  const shape = toSequence(d.shape, `${what}: shape`).map((x) => toUint(x, `${what}: shape`));
  // "check dimensions": every dimension and the element count must be valid.
  if (shape.some((x) => x === 0 || x > 2147483647)) throw new TypeError(`${what}: invalid dimension in [${shape}]`);
  const count = shape.reduce((a, b) => a * b, 1);
  if (count > 2147483647) throw new TypeError(`${what}: too many elements`);
  return {dataType, shape};
}

// Spec "cast" of an MLNumber to a data type (scalar constants).
function roundHalfEven(x) {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function roundFloat16(x) {
  if (!Number.isFinite(x) || x === 0) return x;
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  if (a >= 65520) return sign * Infinity;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  if (e < -14) e = -14;                       // subnormal spacing
  const q = 2 ** (e - 10);
  return sign * roundHalfEven(a / q) * q;
}

export function castScalar(value, dataType) {
  if (dataType === 'float32' || dataType === 'float16') {
    const x = Number(value);
    return dataType === 'float32' ? Math.fround(x) : roundFloat16(x);
  }
  const bits = {int64: 64, uint64: 64, int32: 32, uint32: 32, int8: 8, uint8: 8}[dataType];
  const signed = dataType.startsWith('int');
  const lo = signed ? -(2n ** BigInt(bits - 1)) : 0n;
  const hi = signed ? 2n ** BigInt(bits - 1) - 1n : 2n ** BigInt(bits) - 1n;
  let v;
  if (typeof value === 'bigint') {
    v = value;
  } else {
    const x = Number(value);
    if (Number.isNaN(x)) v = 0n;
    else if (x === Infinity) v = hi;
    else if (x === -Infinity) v = lo;
    else v = BigInt(roundHalfEven(Math.min(Math.max(x, Number(lo)), Number(hi))));
  }
  if (v < lo) v = lo;
  if (v > hi) v = hi;
  return bits === 64 && (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) ? v : Number(v);
}

// ---------------------------------------------------------------------------

export class MLContext {
  constructor(options = {}) {
    this.powerPreference = options.powerPreference ?? 'default';
    this.accelerated = options.accelerated ?? true;
  }
  createGraphBuilder() { return new MLGraphBuilder(this); }
  opSupportLimits() { return {preferredInputLayout: 'nchw'}; }
  destroy() {}
  get lost() { return new Promise(() => {}); }
}

export async function createContext(options = {}) {
  return new MLContext(options);
}

export const ml = {createContext};

// Make `navigator.ml.createContext()` and `new MLGraphBuilder(context)` work
// for programs written for the browser.
export function install(global = globalThis) {
  if (global.navigator === undefined) {
    Object.defineProperty(global, 'navigator', {value: {}, configurable: true, writable: true});
  }
  if (global.navigator.ml === undefined) {
    try {
      Object.defineProperty(global.navigator, 'ml', {value: ml, configurable: true});
    } catch { /* navigator not extensible */ }
  }
  for (const [k, v] of Object.entries({MLContext, MLGraphBuilder, MLOperand, MLGraph: TracedGraph})) {
    if (global[k] === undefined) global[k] = v;
  }
}

export class MLOperand {
  constructor() { throw new TypeError('Illegal constructor'); }
  get dataType() { return this[STATE].dataType; }
  get shape() { return this[STATE].shape; }
  get [Symbol.toStringTag]() { return 'MLOperand'; }
}

function newOperand(builder, dataType, shape, extra) {
  const o = Object.create(MLOperand.prototype);
  Object.defineProperty(o, STATE, {value: {builder, dataType, shape: Object.freeze([...shape]), ...extra}});
  return o;
}

function isOperand(v) { return v !== null && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, STATE); }

export class MLGraphBuilder {
  #context;
  #built = false;
  #inputs = [];     // operands, in call order
  #nodes = [];      // operator records, in call order (a topological order)

  constructor(context) {
    if (!(context instanceof MLContext)) throw new TypeError('MLGraphBuilder: argument is not an MLContext');
    this.#context = context;
  }

  #checkCanBuild() {
    if (this.#built) throw new DOMException('The MLGraphBuilder has already built a graph', 'InvalidStateError');
  }

  #operand(v, what) {
    if (!isOperand(v)) throw new TypeError(`${what} is not an MLOperand`);
    if (v[STATE].builder !== this) throw new TypeError(`${what} was created by a different MLGraphBuilder`);
    return v;
  }

  input(name, descriptor) {
    this.#checkCanBuild();
    if (arguments.length < 2) throw new TypeError('input: 2 arguments required');
    name = String(name);
    if (name === '') throw new TypeError('input: name must not be empty');
    if (this.#inputs.some((x) => x[STATE].name === name)) throw new TypeError(`input: duplicate input name '${name}'`);
    const d = toDescriptor(descriptor, 'input');
    const operand = newOperand(this, d.dataType, d.shape, {kind: 'input', name});
    this.#inputs.push(operand);
    return operand;
  }

  constant(a, b) {
    if (a !== null && typeof a === 'object' && b === undefined && arguments.length === 1) {
      throw new TypeError('constant(tensor): MLTensor constants are not supported by webnn-trace');
    }
    this.#checkCanBuild();
    if (typeof a === 'string') {
      // constant(dataType, value): a rank-0 scalar.
      const dataType = toDataType(a, 'constant');
      if (b === undefined) throw new TypeError('constant: value is required');
      const value = castScalar(toMLNumber(b), dataType);
      return newOperand(this, dataType, [], {kind: 'constant', scalar: true, value});
    }
    const d = toDescriptor(a, 'constant');
    let bytes;
    if (b instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && b instanceof SharedArrayBuffer)) {
      bytes = new Uint8Array(b);
    } else if (ArrayBuffer.isView(b)) {
      const ctor = b.constructor.name;
      const ok = {float32: ['Float32Array'], float16: ['Float16Array', 'Uint16Array'], int64: ['BigInt64Array'],
        uint64: ['BigUint64Array'], int32: ['Int32Array'], uint32: ['Uint32Array'], int8: ['Int8Array'],
        uint8: ['Uint8Array']}[d.dataType];
      if (ctor !== 'Uint8Array' && !ok.includes(ctor)) {
        throw new TypeError(`constant: a ${ctor} does not match dataType ${d.dataType}`);
      }
      bytes = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    } else {
      throw new TypeError('constant: buffer must be an ArrayBuffer or ArrayBufferView');
    }
    const byteLength = d.shape.reduce((x, y) => x * y, 1) * ELEMENT_SIZE[d.dataType];
    if (bytes.byteLength !== byteLength) {
      throw new TypeError(`constant: buffer has ${bytes.byteLength} bytes, descriptor needs ${byteLength}`);
    }
    return newOperand(this, d.dataType, d.shape, {kind: 'constant', scalar: false, bytes: new Uint8Array(bytes)});
  }

  // Generic operator method; the per-op methods are installed on the prototype below.
  _op(op, args) {
    this.#checkCanBuild();
    const spec = OPS[op];
    const nParams = spec.params.length;
    if (args.length < nParams) {
      throw new TypeError(`${op}: ${nParams} argument(s) required, but only ${args.length} present`);
    }
    const operands = [];     // {param, operand} in positional order
    const positional = {};   // non-operand positional arguments, by IDL parameter name
    spec.params.forEach(([name, kind], i) => {
      const v = args[i];
      const what = `${op}: ${name}`;
      switch (kind) {
        case 'operand': operands.push({param: name, operand: this.#operand(v, what)}); break;
        case 'operands':
          toSequence(v, what).forEach((x, j) => operands.push({param: `${name}${j}`, operand: this.#operand(x, `${what}[${j}]`)}));
          break;
        case 'uint': positional[name] = toUint(v, what); break;
        case 'uintList': positional[name] = toSequence(v, what).map((x) => toUint(x, what)); break;
        case 'uintOrUintList':
          positional[name] = (v !== null && typeof v === 'object') ? toSequence(v, what).map((x) => toUint(x, what)) : toUint(v, what);
          break;
        case 'dataType': positional[name] = toDataType(v, what); break;
        default: throw new Error(`bad param kind ${kind}`);
      }
    });
    const options = this.#convertOptions(op, spec.dict, args[nParams]);

    // Data type rules from the spec's tensor-limits tables.
    const byName = {};
    for (const {param, operand} of operands) byName[param] = operand;
    for (const [k, v] of Object.entries(options)) if (isOperand(v)) byName[k] = v;
    if (op === 'concat') {
      for (const {operand} of operands) {
        if (operand.dataType !== operands[0].operand.dataType) fail(op, 'all inputs must have the same dataType');
      }
    }
    for (const [name, rule] of Object.entries(spec.types)) {
      const x = byName[name];
      if (!x || rule === null) continue;
      if (typeof rule === 'string') {
        const ref = byName[rule.slice(5)];
        if (ref && x.dataType !== ref.dataType) {
          fail(op, `${name} has dataType ${x.dataType}, but ${rule.slice(5)} has ${ref.dataType}`);
        }
      } else if (!rule.includes(x.dataType)) {
        fail(op, `${name} dataType ${x.dataType} is not one of ${rule.join(', ')}`);
      }
    }
    for (const [name, allowed] of Object.entries(spec.outputTypes ?? {})) {
      if (options[name] !== undefined && !allowed.includes(options[name])) {
        fail(op, `${name} must be one of ${allowed.join(', ')}`);
      }
    }

    const inputs = operands.map((x) => x.operand);
    const result = spec.shape(op, inputs, options, positional);
    const descs = Array.isArray(result) ? result : [result];
    const node = {op, operands, positional, options, outputs: null};
    node.outputs = descs.map((d, i) => newOperand(this, d.dataType, d.shape, {kind: 'output', node, index: i}));
    this.#nodes.push(node);
    return spec.multi ? [...node.outputs] : node.outputs[0];
  }

  #convertOptions(op, dictName, v) {
    if (v === undefined || v === null) return {};
    if (typeof v !== 'object' && typeof v !== 'function') throw new TypeError(`${op}: options must be an object`);
    const dict = DICTIONARIES[dictName];
    const out = {};
    for (const key of Object.keys(dict).sort()) {   // WebIDL reads dictionary members in sorted order
      const value = v[key];
      if (value === undefined) continue;
      const kind = dict[key];
      const what = `${op}: options.${key}`;
      if (Array.isArray(kind)) out[key] = toEnum(value, kind, what);
      else if (typeof kind === 'object') out[key] = toSequence(value, what).map((x) => toEnum(x, kind.list, what));
      else {
        switch (kind) {
          case 'operand': out[key] = this.#operand(value, what); break;
          case 'uint': out[key] = toUint(value, what); break;
          case 'long': out[key] = toLong(value, what); break;
          case 'double': out[key] = toDouble(value, what); break;
          case 'bool': out[key] = Boolean(value); break;
          case 'string': out[key] = String(value); break;
          case 'uintList': out[key] = toSequence(value, what).map((x) => toUint(x, what)); break;
          case 'floatList': out[key] = toSequence(value, what).map((x) => Math.fround(toDouble(x, what))); break;
          case 'number': out[key] = toMLNumber(value); break;
          case 'dataType': out[key] = toDataType(value, what); break;
          default: throw new Error(`bad member kind ${kind}`);
        }
      }
    }
    return out;
  }

  async build(outputs) {
    if (this.#built) throw new DOMException('The MLGraphBuilder has already built a graph', 'InvalidStateError');
    if (outputs === null || typeof outputs !== 'object') throw new TypeError('build: outputs must be a record of MLOperands');
    const entries = Object.entries(outputs);
    if (entries.length === 0) throw new TypeError('build: outputs must not be empty');
    for (const [name, operand] of entries) {
      if (name === '') throw new TypeError('build: output names must not be empty');
      this.#operand(operand, `build: outputs['${name}']`);
      if (operand[STATE].kind !== 'output') {
        throw new TypeError(`build: outputs['${name}'] is an input or constant; insert identity()`);
      }
    }
    const graph = serialize(this.#inputs, this.#nodes, entries);
    this.#built = true;
    return graph;
  }
}

// One method per operator, so `builder.conv2d(...)`, `typeof builder.relu`,
// and `'gelu' in builder` behave as in browsers.
for (const op of Object.keys(OPS)) {
  Object.defineProperty(MLGraphBuilder.prototype, op, {
    value: {[op](...args) { return this._op(op, args); }}[op],
    writable: true, configurable: true, enumerable: false,
  });
}
Object.defineProperty(MLGraphBuilder.prototype, '_op', {enumerable: false});

// ---------------------------------------------------------------------------
// Serialization.

function serialize(allInputs, allNodes, outputEntries) {
  // Keep only what the outputs depend on (spec build(): operands reachable
  // from the outputs).
  const liveNodes = new Set();
  const liveInputs = new Set();
  const stack = outputEntries.map(([, o]) => o);
  const seen = new Set();
  while (stack.length) {
    const o = stack.pop();
    if (seen.has(o)) continue;
    seen.add(o);
    const st = o[STATE];
    if (st.kind === 'input') liveInputs.add(o);
    if (st.kind !== 'output') continue;
    liveNodes.add(st.node);
    for (const {operand} of st.node.operands) stack.push(operand);
    for (const v of Object.values(st.node.options)) if (isOperand(v)) stack.push(v);
  }

  const names = new Map();   // operand -> value name
  const used = new Set();
  const unique = (base) => {
    let n = base;
    for (let i = 1; used.has(n); i++) n = `${base}_${i}`;
    used.add(n);
    return n;
  };
  const json = {format: 'webnn-graph-json', version: 2, name: 'graph', inputs: {}, consts: {}, nodes: [], outputs: {}};
  for (const o of allInputs) {
    if (!liveInputs.has(o)) continue;
    const st = o[STATE];
    used.add(st.name);
    names.set(o, st.name);
    json.inputs[st.name] = {dataType: st.dataType, shape: [...st.shape]};
  }

  const constants = [];     // weights constants, in first-use order
  const counters = {};
  const nodes = allNodes.filter((n) => liveNodes.has(n));
  // Reserve node ids first so constant names never take them.
  const ids = nodes.map((n) => {
    let id;
    do { id = `${n.op}_${counters[n.op] = (counters[n.op] ?? -1) + 1}`; } while (used.has(id));
    used.add(id);
    return id;
  });
  const nameOf = (operand, id, param) => {
    if (names.has(operand)) return names.get(operand);
    const st = operand[STATE];
    if (st.kind !== 'constant') throw new Error('internal: operand used before definition');
    const name = unique(`${id}_${param}`);
    names.set(operand, name);
    json.consts[name] = {dataType: st.dataType, shape: [...st.shape],
      init: st.scalar ? {kind: 'scalar', value: jsonNumber(st.value)} : {kind: 'weights', ref: name}};
    if (!st.scalar) constants.push({name, st});
    return name;
  };

  nodes.forEach((n, k) => {
    const id = ids[k];
    const inputs = n.operands.map(({param, operand}) => nameOf(operand, id, param));
    const options = {};
    for (const [key, v] of Object.entries(n.options)) options[key] = isOperand(v) ? nameOf(v, id, key) : jsonValue(v);
    for (const [key, v] of Object.entries(n.positional)) options[key] = jsonValue(v);
    let outs = null;
    if (OPS[n.op].multi) {
      outs = n.outputs.map((o, i) => (i === 0 ? id : unique(`${id}_out${i}`)));
      n.outputs.forEach((o, i) => names.set(o, outs[i]));
    } else {
      names.set(n.outputs[0], id);
    }
    json.nodes.push({id, op: n.op, inputs, options: sortKeys(options), outputs: outs});
  });
  for (const [name, o] of outputEntries) json.outputs[name] = names.get(o);

  // Weights: concatenated, each tensor starting at a 16-byte aligned offset.
  const manifest = {format: 'wg-weights-manifest', version: 1, endianness: 'little', tensors: {}};
  let size = 0;
  for (const {name, st} of constants) {
    size = Math.ceil(size / WEIGHTS_ALIGNMENT) * WEIGHTS_ALIGNMENT;
    manifest.tensors[name] = {dataType: st.dataType, shape: [...st.shape], byteOffset: size,
      byteLength: st.bytes.byteLength, layout: 'row-major'};
    size += st.bytes.byteLength;
  }
  const weights = new Uint8Array(size);
  for (const {name, st} of constants) weights.set(st.bytes, manifest.tensors[name].byteOffset);
  if (os.endianness() !== 'LE') throw new Error('webnn-trace: big-endian hosts are not supported');
  return new TracedGraph(json, manifest, weights);
}

// JSON has no NaN/Infinity: write them as strings (see README).
function jsonNumber(v) {
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v;
}

function jsonValue(v) {
  if (Array.isArray(v)) return v.map(jsonValue);
  return jsonNumber(v);
}

function sortKeys(o) {
  const out = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k];
  return out;
}

export class TracedGraph {
  #json; #manifest; #weights;
  constructor(json, manifest, weights) {
    this.#json = json;
    this.#manifest = manifest;
    this.#weights = weights;
    this.name = json.name;
  }
  // The graph as a plain object. int64/uint64 values beyond 2^53 stay BigInt;
  // use toString() for the exact JSON text.
  toJSON() { return structuredClone({...this.#json, name: this.name}); }
  toString() { return stringify(this.toJSON()); }
  manifest() { return structuredClone(this.#manifest); }
  weights() { return this.#weights; }
  destroy() {}
  save(dir, name = this.name) {
    this.name = name;
    fs.mkdirSync(dir, {recursive: true});
    const base = path.join(dir, name);
    const files = {json: `${base}.json`, weights: `${base}.weights`, manifest: `${base}.manifest.json`};
    fs.writeFileSync(files.json, this.toString() + '\n');
    fs.writeFileSync(files.weights, this.#weights);
    fs.writeFileSync(files.manifest, stringify(this.#manifest) + '\n');
    return files;
  }
}
