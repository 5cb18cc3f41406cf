// JSON text output, the webnn-graph structural rules (validate.rs, as summarized
// in shared/conformance/webnn-graph-json/README.md), and a small JSON Schema
// checker for the keywords the webnn-graph-json schemas use.

// JSON.stringify with 2-space indentation, except that BigInt values are
// written as plain integer literals (int64/uint64 beyond 2^53).
export function stringify(value) {
  const marker = '@@webnn-trace-bigint@@';
  const text = JSON.stringify(value, (k, v) => (typeof v === 'bigint' ? marker + v.toString() : v), 2);
  return text.replace(/"@@webnn-trace-bigint@@(-?\d+)"/g, '$1');
}

export const ELEMENT_SIZE = {float32: 4, float16: 2, int4: 1, uint4: 1, int32: 4, uint32: 4, int64: 8, uint64: 8, int8: 1, uint8: 1};

// Structural rules of webnn-graph validate.rs; returns a list of error strings.
// With `manifest`, also the weights rules (each weights const has an entry with
// the same dataType and shape, byteLength = numel x element size); with
// `weightsSize`, every entry must lie inside the weights file.
export function validateGraph(g, {manifest, weightsSize} = {}) {
  const errors = [];
  if (g.format !== 'webnn-graph-json') errors.push(`format is ${JSON.stringify(g.format)}`);
  if (g.version !== 1 && g.version !== 2) errors.push(`unsupported version ${g.version}`);
  if (!g.outputs || Object.keys(g.outputs).length === 0) errors.push('outputs must not be empty');
  const known = new Set([...Object.keys(g.inputs ?? {}), ...Object.keys(g.consts ?? {})]);
  const ids = new Set();
  for (const [i, n] of (g.nodes ?? []).entries()) {
    if (ids.has(n.id)) errors.push(`duplicate node id '${n.id}'`);
    ids.add(n.id);
    for (const x of n.inputs) if (!known.has(x)) errors.push(`node '${n.id}' (#${i}) uses undefined value '${x}'`);
    if (n.outputs != null) {
      if (n.outputs.length === 0) errors.push(`node '${n.id}' has an empty outputs list`);
      else if (n.outputs[0] !== n.id) errors.push(`node '${n.id}': id must equal the first output name`);
      for (const o of n.outputs) {
        if (known.has(o)) errors.push(`node '${n.id}' redefines '${o}'`);
        known.add(o);
      }
    } else {
      if (known.has(n.id)) errors.push(`node '${n.id}' redefines a value`);
      known.add(n.id);
    }
  }
  for (const [k, v] of Object.entries(g.outputs ?? {})) {
    if (!known.has(v)) errors.push(`output '${k}' references unknown value '${v}'`);
  }
  if (manifest) {
    for (const [name, c] of Object.entries(g.consts ?? {})) {
      if (c.init?.kind !== 'weights') continue;
      const t = manifest.tensors?.[c.init.ref];
      if (!t) { errors.push(`const '${name}': no manifest entry '${c.init.ref}'`); continue; }
      if (t.dataType !== c.dataType) errors.push(`const '${name}': manifest dataType ${t.dataType} != ${c.dataType}`);
      if (JSON.stringify(t.shape) !== JSON.stringify(c.shape)) errors.push(`const '${name}': manifest shape differs`);
      const numel = c.shape.reduce((a, b) => a * b, 1);
      if (t.byteLength !== numel * ELEMENT_SIZE[c.dataType]) errors.push(`const '${name}': byteLength ${t.byteLength} != ${numel} x ${ELEMENT_SIZE[c.dataType]}`);
      if (weightsSize !== undefined && t.byteOffset + t.byteLength > weightsSize) errors.push(`const '${name}': past the end of the weights file`);
    }
  }
  return errors;
}

// Operand-valued option keys per op (the MLOperand members of the options
// dictionaries); webnn-trace writes them as value names inside `options`.
export const OPERAND_OPTIONS = {
  batchNormalization: ['scale', 'bias'],
  conv2d: ['bias'],
  convTranspose2d: ['bias'],
  gemm: ['c'],
  gru: ['bias', 'recurrentBias', 'initialHiddenState'],
  gruCell: ['bias', 'recurrentBias'],
  instanceNormalization: ['scale', 'bias'],
  layerNormalization: ['scale', 'bias'],
  lstm: ['bias', 'recurrentBias', 'peepholeWeight', 'initialHiddenState', 'initialCellState'],
  lstmCell: ['bias', 'recurrentBias', 'peepholeWeight'],
};

// Extra rule for webnn-trace output: operand-valued options must name a value
// defined before the node.
export function validateOperandOptions(g) {
  const errors = [];
  const known = new Set([...Object.keys(g.inputs ?? {}), ...Object.keys(g.consts ?? {})]);
  for (const n of g.nodes) {
    for (const key of OPERAND_OPTIONS[n.op] ?? []) {
      const v = n.options?.[key];
      if (v !== undefined && (typeof v !== 'string' || !known.has(v))) {
        errors.push(`node '${n.id}': options.${key} = ${JSON.stringify(v)} is not a value defined earlier`);
      }
    }
    for (const o of n.outputs ?? [n.id]) known.add(o);
  }
  return errors;
}

// A JSON Schema checker for the subset the two webnn-graph-json schemas use:
// $ref (local "#/$defs/..."), type, const, enum, required, properties,
// additionalProperties, items, oneOf, minProperties, minItems, minimum,
// maximum. Returns a list of "path: message" strings.
export function checkSchema(schema, value, root = schema, where = '$') {
  const errors = [];
  const typeOf = (v) => {
    if (v === null) return 'null';
    if (Array.isArray(v)) return 'array';
    if (typeof v === 'number' || typeof v === 'bigint') return Number.isInteger(Number(v)) ? 'integer' : 'number';
    return typeof v;
  };
  const typeMatches = (t, v) => t === typeOf(v) || (t === 'number' && typeOf(v) === 'integer');
  if (schema.$ref) {
    if (!schema.$ref.startsWith('#/')) throw new Error(`unsupported $ref ${schema.$ref}`);
    const target = schema.$ref.slice(2).split('/').reduce((o, k) => o[k], root);
    errors.push(...checkSchema(target, value, root, where));
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeMatches(t, value))) {
      errors.push(`${where}: expected ${types.join('|')}, got ${typeOf(value)}`);
      return errors;
    }
  }
  if ('const' in schema && value !== schema.const) errors.push(`${where}: must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${where}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === 'number' || typeof value === 'bigint') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${where}: below minimum ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${where}: above maximum ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${where}: fewer than ${schema.minItems} items`);
    if (schema.items) value.forEach((v, i) => errors.push(...checkSchema(schema.items, v, root, `${where}[${i}]`)));
  } else if (value !== null && typeof value === 'object') {
    for (const k of schema.required ?? []) if (!(k in value)) errors.push(`${where}: missing required '${k}'`);
    if (schema.minProperties !== undefined && Object.keys(value).length < schema.minProperties) {
      errors.push(`${where}: fewer than ${schema.minProperties} properties`);
    }
    for (const [k, v] of Object.entries(value)) {
      const sub = schema.properties?.[k] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : null);
      if (schema.properties?.[k] === undefined && schema.additionalProperties === false) errors.push(`${where}: unexpected '${k}'`);
      if (sub) errors.push(...checkSchema(sub, v, root, `${where}.${k}`));
    }
  }
  if (schema.oneOf) {
    const matching = schema.oneOf.filter((s) => checkSchema(s, value, root, where).length === 0).length;
    if (matching !== 1) errors.push(`${where}: matches ${matching} of the oneOf alternatives, expected exactly 1`);
  }
  return errors;
}
