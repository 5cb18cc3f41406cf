// The MLGraphBuilder operator table of the W3C WebNN spec (index.bs, the
// `partial interface MLGraphBuilder` blocks): positional parameters, the
// options dictionary, allowed data types (the spec's "tensor limits" tables)
// and the output-shape rules. 95 operator methods.

export const DATA_TYPES = ['float32', 'float16', 'int32', 'uint32', 'int64', 'uint64', 'int8', 'uint8'];
export const ELEMENT_SIZE = {float32: 4, float16: 2, int32: 4, uint32: 4, int64: 8, uint64: 8, int8: 1, uint8: 1};

const F = ['float32', 'float16'];
const FI = ['float32', 'float16', 'int64', 'int32', 'int8'];          // abs, neg, sign, relu, prelu
const NUM = ['float32', 'float16', 'int32', 'uint32', 'int64', 'uint64'];  // cumulativeSum, reduceSum...
const IDX = ['int32', 'uint32', 'int64'];                              // gather/scatter indices
const QINT = ['uint8', 'int8', 'uint32', 'int32'];

// ---------------------------------------------------------------------------
// Options dictionaries. Member kinds: operand, uint, long, double, bool,
// string, uintList, floatList, number (MLNumber: unrestricted double or
// bigint), dataType, an array of enum strings, or {list: [enum...]}.

const LAYOUT = ['nchw', 'nhwc'];
const ACT = {list: ['relu', 'sigmoid', 'tanh']};
const DIRECTION = ['forward', 'backward', 'both'];

const base = {label: 'string'};
export const DICTIONARIES = {
  MLOperatorOptions: {...base},
  MLArgMinMaxOptions: {...base, keepDimensions: 'bool', outputDataType: 'dataType'},
  MLBatchNormalizationOptions: {...base, scale: 'operand', bias: 'operand', axis: 'uint', epsilon: 'double'},
  MLClampOptions: {...base, minValue: 'number', maxValue: 'number'},
  MLConv2dOptions: {...base, padding: 'uintList', strides: 'uintList', dilations: 'uintList', groups: 'uint',
    inputLayout: LAYOUT, filterLayout: ['oihw', 'hwio', 'ohwi', 'ihwo'], bias: 'operand'},
  MLConvTranspose2dOptions: {...base, padding: 'uintList', strides: 'uintList', dilations: 'uintList',
    outputPadding: 'uintList', outputSizes: 'uintList', groups: 'uint', inputLayout: LAYOUT,
    filterLayout: ['iohw', 'hwoi', 'ohwi'], bias: 'operand'},
  MLCumulativeSumOptions: {...base, exclusive: 'bool', reversed: 'bool'},
  MLEluOptions: {...base, alpha: 'double'},
  MLGatherOptions: {...base, axis: 'uint'},
  MLGemmOptions: {...base, c: 'operand', alpha: 'double', beta: 'double', aTranspose: 'bool', bTranspose: 'bool'},
  MLGruOptions: {...base, bias: 'operand', recurrentBias: 'operand', initialHiddenState: 'operand',
    resetAfter: 'bool', returnSequence: 'bool', direction: DIRECTION, layout: ['zrn', 'rzn'], activations: ACT},
  MLGruCellOptions: {...base, bias: 'operand', recurrentBias: 'operand', resetAfter: 'bool',
    layout: ['zrn', 'rzn'], activations: ACT},
  MLHardSigmoidOptions: {...base, alpha: 'double', beta: 'double'},
  MLInstanceNormalizationOptions: {...base, scale: 'operand', bias: 'operand', epsilon: 'double', layout: LAYOUT},
  MLLayerNormalizationOptions: {...base, scale: 'operand', bias: 'operand', axes: 'uintList', epsilon: 'double'},
  MLLeakyReluOptions: {...base, alpha: 'double'},
  MLLinearOptions: {...base, alpha: 'double', beta: 'double'},
  MLLstmOptions: {...base, bias: 'operand', recurrentBias: 'operand', peepholeWeight: 'operand',
    initialHiddenState: 'operand', initialCellState: 'operand', returnSequence: 'bool', direction: DIRECTION,
    layout: ['iofg', 'ifgo'], activations: ACT},
  MLLstmCellOptions: {...base, bias: 'operand', recurrentBias: 'operand', peepholeWeight: 'operand',
    layout: ['iofg', 'ifgo'], activations: ACT},
  MLPadOptions: {...base, mode: ['constant', 'edge', 'reflection'], value: 'number'},
  MLPool2dOptions: {...base, windowDimensions: 'uintList', padding: 'uintList', strides: 'uintList',
    dilations: 'uintList', layout: LAYOUT, outputShapeRounding: ['floor', 'ceil'], outputSizes: 'uintList'},
  MLReduceOptions: {...base, axes: 'uintList', keepDimensions: 'bool'},
  MLResample2dOptions: {...base, mode: ['nearest-neighbor', 'linear'], scales: 'floatList', sizes: 'uintList',
    axes: 'uintList'},
  MLReverseOptions: {...base, axes: 'uintList'},
  MLScatterOptions: {...base, axis: 'uint'},
  MLSliceOptions: {...base, strides: 'uintList'},
  MLSplitOptions: {...base, axis: 'uint'},
  MLTransposeOptions: {...base, permutation: 'uintList'},
  MLTriangularOptions: {...base, upper: 'bool', diagonal: 'long'},
};

// ---------------------------------------------------------------------------
// Helpers for the shape rules. `fail` throws the TypeError browsers throw.

export function fail(op, msg) { throw new TypeError(`${op}: ${msg}`); }

const eq = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
const prod = (s) => s.reduce((x, y) => x * y, 1);
const validDim = (d) => Number.isInteger(d) && d > 0 && d <= 2147483647;

export function broadcastShapes(a, b) {
  const n = Math.max(a.length, b.length);
  const pa = [...Array(n - a.length).fill(1), ...a];
  const pb = [...Array(n - b.length).fill(1), ...b];
  const out = [];
  for (let i = 0; i < n; i++) {
    if (pa[i] !== pb[i] && pa[i] !== 1 && pb[i] !== 1) return null;
    out.push(Math.max(pa[i], pb[i]));
  }
  return out;
}

// Unidirectional: `from` must broadcast to `to`; the result is `to`.
export function unidirectionalBroadcast(from, to) {
  if (from.length > to.length) return null;
  const pf = [...Array(to.length - from.length).fill(1), ...from];
  for (let i = 0; i < to.length; i++) if (pf[i] !== to[i] && pf[i] !== 1) return null;
  return [...to];
}

const desc = (dataType, shape) => ({dataType, shape});
const same = (x) => desc(x.dataType, [...x.shape]);

function checkAxes(op, axes, rank, what = 'axes') {
  if (new Set(axes).size !== axes.length) fail(op, `${what} contains duplicates`);
  for (const a of axes) if (a >= rank) fail(op, `${what} value ${a} out of range for rank ${rank}`);
}

function list(op, name, v, len, def) {
  if (v === undefined) return def;
  if (v.length !== len) fail(op, `${name} must have ${len} items`);
  return v;
}

function convOutSize(inSize, k, b, e, s, d) {
  return (inSize - ((k - 1) * d + 1) + b + e) / s + 1;
}

function conv2d(op, [input, filter], o) {
  if (input.shape.length !== 4) fail(op, 'input must be 4-D');
  if (filter.shape.length !== 4) fail(op, 'filter must be 4-D');
  const padding = list(op, 'padding', o.padding, 4, [0, 0, 0, 0]);
  const strides = list(op, 'strides', o.strides, 2, [1, 1]);
  const dilations = list(op, 'dilations', o.dilations, 2, [1, 1]);
  if (strides.includes(0)) fail(op, 'strides must be > 0');
  if (dilations.includes(0)) fail(op, 'dilations must be > 0');
  const groups = o.groups ?? 1;
  if (groups === 0) fail(op, 'groups must be > 0');
  const nhwc = o.inputLayout === 'nhwc';
  const [N, C, H, W] = nhwc ? [input.shape[0], input.shape[3], input.shape[1], input.shape[2]] : input.shape;
  const fs = filter.shape;
  let O, I, KH, KW;
  switch (o.filterLayout ?? 'oihw') {
    case 'oihw': [O, I, KH, KW] = fs; break;
    case 'hwio': [KH, KW, I, O] = fs; break;
    case 'ohwi': [O, KH, KW, I] = fs; break;
    case 'ihwo': [I, KH, KW, O] = fs; break;
  }
  if (C % groups !== 0) fail(op, `input channels ${C} not divisible by groups ${groups}`);
  if (C / groups !== I) fail(op, `filter input channels ${I} != input channels ${C} / groups ${groups}`);
  if (O % groups !== 0) fail(op, `output channels ${O} not divisible by groups ${groups}`);
  if (o.bias && !eq(o.bias.shape, [O])) fail(op, `bias shape must be [${O}]`);
  const OH = Math.floor(convOutSize(H, KH, padding[0], padding[1], strides[0], dilations[0]));
  const OW = Math.floor(convOutSize(W, KW, padding[2], padding[3], strides[1], dilations[1]));
  if (!validDim(OH) || !validDim(OW)) fail(op, `invalid output size ${OH}x${OW}`);
  return desc(input.dataType, nhwc ? [N, OH, OW, O] : [N, O, OH, OW]);
}

function convTranspose2d(op, [input, filter], o) {
  if (input.shape.length !== 4) fail(op, 'input must be 4-D');
  if (filter.shape.length !== 4) fail(op, 'filter must be 4-D');
  const padding = list(op, 'padding', o.padding, 4, [0, 0, 0, 0]);
  const strides = list(op, 'strides', o.strides, 2, [1, 1]);
  const dilations = list(op, 'dilations', o.dilations, 2, [1, 1]);
  const outputPadding = list(op, 'outputPadding', o.outputPadding, 2, [0, 0]);
  if (strides.includes(0)) fail(op, 'strides must be > 0');
  if (dilations.includes(0)) fail(op, 'dilations must be > 0');
  if (o.outputSizes !== undefined) list(op, 'outputSizes', o.outputSizes, 2);
  else if (outputPadding[0] >= strides[0] || outputPadding[1] >= strides[1]) fail(op, 'outputPadding must be < strides');
  const groups = o.groups ?? 1;
  if (groups === 0) fail(op, 'groups must be > 0');
  const nhwc = o.inputLayout === 'nhwc';
  const [N, C, H, W] = nhwc ? [input.shape[0], input.shape[3], input.shape[1], input.shape[2]] : input.shape;
  const fs = filter.shape;
  let O, I, KH, KW;
  switch (o.filterLayout ?? 'iohw') {
    case 'iohw': [I, O, KH, KW] = fs; break;
    case 'hwoi': [KH, KW, O, I] = fs; break;
    case 'ohwi': [O, KH, KW, I] = fs; break;
  }
  if (C !== I) fail(op, `filter input channels ${I} != input channels ${C}`);
  const OC = O * groups;
  if (o.bias && !eq(o.bias.shape, [OC])) fail(op, `bias shape must be [${OC}]`);
  const ch = (H - 1) * strides[0] + (KH - 1) * dilations[0] + 1 - padding[0] - padding[1];
  const cw = (W - 1) * strides[1] + (KW - 1) * dilations[1] + 1 - padding[2] - padding[3];
  let OH, OW;
  if (o.outputSizes) {
    [OH, OW] = o.outputSizes;
    if (OH < ch || OH >= ch + strides[0] || OW < cw || OW >= cw + strides[1]) fail(op, 'outputSizes out of range');
  } else {
    OH = ch + outputPadding[0];
    OW = cw + outputPadding[1];
  }
  if (!validDim(OH) || !validDim(OW)) fail(op, `invalid output size ${OH}x${OW}`);
  return desc(input.dataType, nhwc ? [N, OH, OW, OC] : [N, OC, OH, OW]);
}

function pool2d(op, [input], o) {
  if (input.shape.length !== 4) fail(op, 'input must be 4-D');
  const nhwc = o.layout === 'nhwc';
  const [N, C, H, W] = nhwc ? [input.shape[0], input.shape[3], input.shape[1], input.shape[2]] : input.shape;
  const win = list(op, 'windowDimensions', o.windowDimensions, 2, [H, W]);
  if (win.includes(0)) fail(op, 'windowDimensions must be > 0');
  const padding = o.outputSizes !== undefined ? [0, 0, 0, 0] : list(op, 'padding', o.padding, 4, [0, 0, 0, 0]);
  const strides = list(op, 'strides', o.strides, 2, [1, 1]);
  if (strides.includes(0)) fail(op, 'strides must be > 0');
  const dilations = list(op, 'dilations', o.dilations, 2, [1, 1]);
  if (dilations.includes(0)) fail(op, 'dilations must be > 0');
  const ch = convOutSize(H, win[0], padding[0], padding[1], strides[0], dilations[0]);
  const cw = convOutSize(W, win[1], padding[2], padding[3], strides[1], dilations[1]);
  let OH, OW;
  if (o.outputSizes !== undefined) {
    [OH, OW] = list(op, 'outputSizes', o.outputSizes, 2);
    const okFloor = OH === Math.floor(ch) && OW === Math.floor(cw);
    const okCeil = OH === Math.ceil(ch) && OW === Math.ceil(cw);
    if (!okFloor && !okCeil) fail(op, 'outputSizes must match the floor or ceil output size');
  } else {
    const round = o.outputShapeRounding === 'ceil' ? Math.ceil : Math.floor;
    OH = round(ch);
    OW = round(cw);
  }
  if (!validDim(OH) || !validDim(OW)) fail(op, `invalid output size ${OH}x${OW}`);
  return desc(input.dataType, nhwc ? [N, OH, OW, C] : [N, C, OH, OW]);
}

function binary(op, [a, b]) {
  const s = broadcastShapes(a.shape, b.shape);
  if (!s) fail(op, `shapes [${a.shape}] and [${b.shape}] are not broadcastable`);
  return desc(a.dataType, s);
}
const compare = (op, args) => desc('uint8', binary(op, args).shape);

function reduce(op, [input], o) {
  const rank = input.shape.length;
  const axes = o.axes ?? [...Array(rank).keys()];
  checkAxes(op, axes, rank);
  const shape = [];
  input.shape.forEach((d, i) => {
    if (!axes.includes(i)) shape.push(d);
    else if (o.keepDimensions) shape.push(1);
  });
  return desc(input.dataType, shape);
}

function argMinMax(op, [input], o, {axis}) {
  const rank = input.shape.length;
  if (axis >= rank) fail(op, `axis ${axis} out of range`);
  const shape = [];
  input.shape.forEach((d, i) => { if (i !== axis) shape.push(d); else if (o.keepDimensions) shape.push(1); });
  return desc(o.outputDataType ?? 'int32', shape);
}

function gather(op, [input, indices], o) {
  const axis = o.axis ?? 0;
  if (axis >= input.shape.length) fail(op, `axis ${axis} out of range`);
  return desc(input.dataType, [...input.shape.slice(0, axis), ...indices.shape, ...input.shape.slice(axis + 1)]);
}

function recurrentDirections(o) { return o.direction === 'both' ? 2 : 1; }

function gru(op, [input, weight, recurrentWeight], o, {steps, hiddenSize}) {
  if (input.shape.length !== 3) fail(op, 'input must be 3-D');
  if (steps === 0 || hiddenSize === 0) fail(op, 'steps and hiddenSize must be > 0');
  if (input.shape[0] !== steps) fail(op, `input.shape[0] must equal steps ${steps}`);
  const [, batch, inputSize] = input.shape;
  const D = recurrentDirections(o);
  if (!eq(weight.shape, [D, 3 * hiddenSize, inputSize])) fail(op, 'bad weight shape');
  if (!eq(recurrentWeight.shape, [D, 3 * hiddenSize, hiddenSize])) fail(op, 'bad recurrentWeight shape');
  const out = [desc(input.dataType, [D, batch, hiddenSize])];
  if (o.returnSequence) out.push(desc(input.dataType, [steps, D, batch, hiddenSize]));
  return out;
}

function lstm(op, [input, weight, recurrentWeight], o, {steps, hiddenSize}) {
  if (input.shape.length !== 3) fail(op, 'input must be 3-D');
  if (steps === 0 || hiddenSize === 0) fail(op, 'steps and hiddenSize must be > 0');
  if (input.shape[0] !== steps) fail(op, `input.shape[0] must equal steps ${steps}`);
  const [, batch, inputSize] = input.shape;
  const D = recurrentDirections(o);
  if (!eq(weight.shape, [D, 4 * hiddenSize, inputSize])) fail(op, 'bad weight shape');
  if (!eq(recurrentWeight.shape, [D, 4 * hiddenSize, hiddenSize])) fail(op, 'bad recurrentWeight shape');
  const out = [desc(input.dataType, [D, batch, hiddenSize]), desc(input.dataType, [D, batch, hiddenSize])];
  if (o.returnSequence) out.push(desc(input.dataType, [steps, D, batch, hiddenSize]));
  return out;
}

function resample2d(op, [input], o) {
  if (input.shape.length !== 4) fail(op, 'input must be 4-D');
  const axes = list(op, 'axes', o.axes, 2, [2, 3]);
  checkAxes(op, axes, 4);
  const shape = [...input.shape];
  if (o.sizes !== undefined) {
    list(op, 'sizes', o.sizes, 2);
    if (o.sizes.includes(0)) fail(op, 'sizes must be > 0');
    axes.forEach((a, i) => { shape[a] = o.sizes[i]; });
  } else {
    const scales = list(op, 'scales', o.scales, 2, [1, 1]);
    if (scales.some((s) => !(s > 0))) fail(op, 'scales must be > 0');
    axes.forEach((a, i) => {
      const s = Math.floor(input.shape[a] * scales[i]);
      if (!validDim(s)) fail(op, `invalid output size ${s}`);
      shape[a] = s;
    });
  }
  return desc(input.dataType, shape);
}

// ---------------------------------------------------------------------------
// The table. params: [name, kind] with kind operand | operands | uint | uintList
// | uintOrUintList | dataType. types: allowed data types per operand parameter
// (or operand-valued option); 'same:x' means "same data type as x".

const unary = (types) => ({params: [['input', 'operand']], dict: 'MLOperatorOptions', types: {input: types}, shape: (op, [x]) => same(x)});
const binaryOp = {params: [['a', 'operand'], ['b', 'operand']], dict: 'MLOperatorOptions', types: {b: 'same:a'}, shape: binary};
const compareOp = {params: [['a', 'operand'], ['b', 'operand']], dict: 'MLOperatorOptions', types: {b: 'same:a'}, shape: compare};
const logicalOp = {params: [['a', 'operand'], ['b', 'operand']], dict: 'MLOperatorOptions', types: {a: ['uint8'], b: 'same:a'}, shape: compare};
const reduceOp = (types) => ({params: [['input', 'operand']], dict: 'MLReduceOptions', types: {input: types}, shape: reduce});
const poolOp = (types) => ({params: [['input', 'operand']], dict: 'MLPool2dOptions', types: {input: types}, shape: pool2d});
const act = (dict) => ({params: [['input', 'operand']], dict, types: {input: F}, shape: (op, [x]) => same(x)});

export const OPS = {
  argMin: {params: [['input', 'operand'], ['axis', 'uint']], dict: 'MLArgMinMaxOptions',
    types: {}, outputTypes: {outputDataType: ['int32', 'int64']}, shape: argMinMax},
  argMax: {params: [['input', 'operand'], ['axis', 'uint']], dict: 'MLArgMinMaxOptions',
    types: {}, outputTypes: {outputDataType: ['int32', 'int64']}, shape: argMinMax},
  batchNormalization: {params: [['input', 'operand'], ['mean', 'operand'], ['variance', 'operand']],
    dict: 'MLBatchNormalizationOptions',
    types: {input: F, mean: 'same:input', variance: 'same:input', scale: 'same:input', bias: 'same:input'},
    shape(op, [input, mean, variance], o) {
      const axis = o.axis ?? 1;
      if (axis >= input.shape.length) fail(op, `axis ${axis} out of range`);
      const c = [input.shape[axis]];
      for (const [n, v] of [['mean', mean], ['variance', variance], ['scale', o.scale], ['bias', o.bias]]) {
        if (v && !eq(v.shape, c)) fail(op, `${n} shape must be [${c}]`);
      }
      return same(input);
    }},
  cast: {params: [['input', 'operand'], ['dataType', 'dataType']], dict: 'MLOperatorOptions', types: {},
    shape: (op, [x], o, {dataType}) => desc(dataType, [...x.shape])},
  clamp: {params: [['input', 'operand']], dict: 'MLClampOptions', types: {},
    shape(op, [x], o) {
      if (o.minValue !== undefined && o.maxValue !== undefined && Number(o.minValue) > Number(o.maxValue)) {
        fail(op, 'minValue must not exceed maxValue');
      }
      return same(x);
    }},
  concat: {params: [['inputs', 'operands'], ['axis', 'uint']], dict: 'MLOperatorOptions', types: {inputs: 'same:inputs'},
    shape(op, inputs, o, {axis}) {
      if (inputs.length === 0) fail(op, 'inputs must not be empty');
      const first = inputs[0];
      const rank = first.shape.length;
      if (axis >= rank) fail(op, `axis ${axis} out of range`);
      const shape = [...first.shape];
      for (const x of inputs.slice(1)) {
        if (x.shape.length !== rank) fail(op, 'all inputs must have the same rank');
        x.shape.forEach((d, i) => { if (i !== axis && d !== first.shape[i]) fail(op, `dimension ${i} mismatch`); });
        shape[axis] += x.shape[axis];
      }
      return desc(first.dataType, shape);
    }},
  conv2d: {params: [['input', 'operand'], ['filter', 'operand']], dict: 'MLConv2dOptions',
    types: {input: F, filter: 'same:input', bias: 'same:input'}, shape: conv2d},
  convTranspose2d: {params: [['input', 'operand'], ['filter', 'operand']], dict: 'MLConvTranspose2dOptions',
    types: {input: F, filter: 'same:input', bias: 'same:input'}, shape: convTranspose2d},
  cumulativeSum: {params: [['input', 'operand'], ['axis', 'uint']], dict: 'MLCumulativeSumOptions', types: {input: NUM},
    shape(op, [x], o, {axis}) { if (axis >= x.shape.length) fail(op, `axis ${axis} out of range`); return same(x); }},
  add: binaryOp, sub: binaryOp, mul: binaryOp, div: binaryOp, max: binaryOp, min: binaryOp, pow: binaryOp,
  equal: compareOp, notEqual: compareOp, greater: compareOp, greaterOrEqual: compareOp, lesser: compareOp,
  lesserOrEqual: compareOp,
  logicalNot: {params: [['a', 'operand']], dict: 'MLOperatorOptions', types: {a: ['uint8']}, shape: (op, [a]) => same(a)},
  logicalAnd: logicalOp, logicalOr: logicalOp, logicalXor: logicalOp,
  isNaN: {params: [['a', 'operand']], dict: 'MLOperatorOptions', types: {}, shape: (op, [a]) => desc('uint8', [...a.shape])},
  isInfinite: {params: [['a', 'operand']], dict: 'MLOperatorOptions', types: {}, shape: (op, [a]) => desc('uint8', [...a.shape])},
  abs: unary(FI), ceil: unary(F), cos: unary(F), erf: unary(F), exp: unary(F), floor: unary(F), identity: unary(null),
  log: unary(F), neg: unary(FI), reciprocal: unary(F), roundEven: unary(F), sin: unary(F), sign: unary(FI),
  sqrt: unary(F), tan: unary(F),
  dequantizeLinear: {params: [['input', 'operand'], ['scale', 'operand'], ['zeroPoint', 'operand']],
    dict: 'MLOperatorOptions', types: {input: QINT, scale: F, zeroPoint: 'same:input'},
    shape(op, [input, scale, zeroPoint]) {
      for (const [n, v] of [['scale', scale], ['zeroPoint', zeroPoint]]) {
        if (v.shape.length !== input.shape.length || v.shape.some((d, i) => input.shape[i] % d !== 0)) {
          fail(op, `${n} is not blockwise broadcastable to the input`);
        }
      }
      return desc(scale.dataType, [...input.shape]);
    }},
  quantizeLinear: {params: [['input', 'operand'], ['scale', 'operand'], ['zeroPoint', 'operand']],
    dict: 'MLOperatorOptions', types: {input: F, scale: 'same:input', zeroPoint: QINT},
    shape(op, [input, scale, zeroPoint]) {
      for (const [n, v] of [['scale', scale], ['zeroPoint', zeroPoint]]) {
        if (v.shape.length !== input.shape.length || v.shape.some((d, i) => input.shape[i] % d !== 0)) {
          fail(op, `${n} is not blockwise broadcastable to the input`);
        }
      }
      return desc(zeroPoint.dataType, [...input.shape]);
    }},
  elu: act('MLEluOptions'),
  expand: {params: [['input', 'operand'], ['newShape', 'uintList']], dict: 'MLOperatorOptions', types: {},
    shape(op, [x], o, {newShape}) {
      if (!newShape.every(validDim)) fail(op, 'newShape has an invalid dimension');
      const s = unidirectionalBroadcast(x.shape, newShape);
      if (!s) fail(op, `[${x.shape}] cannot be expanded to [${newShape}]`);
      return desc(x.dataType, s);
    }},
  gather: {params: [['input', 'operand'], ['indices', 'operand']], dict: 'MLGatherOptions', types: {indices: IDX}, shape: gather},
  gatherElements: {params: [['input', 'operand'], ['indices', 'operand']], dict: 'MLGatherOptions', types: {indices: IDX},
    shape(op, [input, indices], o) {
      const axis = o.axis ?? 0;
      if (axis >= input.shape.length) fail(op, `axis ${axis} out of range`);
      if (indices.shape.length !== input.shape.length) fail(op, 'indices must have the rank of input');
      indices.shape.forEach((d, i) => { if (i !== axis && d !== input.shape[i]) fail(op, `dimension ${i} mismatch`); });
      return desc(input.dataType, [...indices.shape]);
    }},
  gatherND: {params: [['input', 'operand'], ['indices', 'operand']], dict: 'MLOperatorOptions', types: {indices: IDX},
    shape(op, [input, indices]) {
      if (input.shape.length < 1 || indices.shape.length < 1) fail(op, 'input and indices must have rank >= 1');
      const k = indices.shape[indices.shape.length - 1];
      if (k > input.shape.length) fail(op, 'indices last dimension exceeds input rank');
      return desc(input.dataType, [...indices.shape.slice(0, -1), ...input.shape.slice(k)]);
    }},
  gelu: act('MLOperatorOptions'),
  gemm: {params: [['a', 'operand'], ['b', 'operand']], dict: 'MLGemmOptions', types: {a: F, b: 'same:a', c: 'same:a'},
    shape(op, [a, b], o) {
      if (a.shape.length !== 2 || b.shape.length !== 2) fail(op, 'a and b must be 2-D');
      const sa = o.aTranspose ? [...a.shape].reverse() : a.shape;
      const sb = o.bTranspose ? [...b.shape].reverse() : b.shape;
      if (sa[1] !== sb[0]) fail(op, `inner dimensions ${sa[1]} and ${sb[0]} differ`);
      const out = [sa[0], sb[1]];
      if (o.c && !unidirectionalBroadcast(o.c.shape, out)) fail(op, `c [${o.c.shape}] is not broadcastable to [${out}]`);
      return desc(a.dataType, out);
    }},
  gru: {params: [['input', 'operand'], ['weight', 'operand'], ['recurrentWeight', 'operand'], ['steps', 'uint'], ['hiddenSize', 'uint']],
    dict: 'MLGruOptions', multi: true,
    types: {input: F, weight: 'same:input', recurrentWeight: 'same:input', bias: 'same:input', recurrentBias: 'same:input',
      initialHiddenState: 'same:input'}, shape: gru},
  gruCell: {params: [['input', 'operand'], ['weight', 'operand'], ['recurrentWeight', 'operand'], ['hiddenState', 'operand'], ['hiddenSize', 'uint']],
    dict: 'MLGruCellOptions',
    types: {input: F, weight: 'same:input', recurrentWeight: 'same:input', hiddenState: 'same:input', bias: 'same:input',
      recurrentBias: 'same:input'},
    shape(op, [input, weight, recurrentWeight, hiddenState], o, {hiddenSize}) {
      if (input.shape.length !== 2) fail(op, 'input must be 2-D');
      const [batch, inputSize] = input.shape;
      if (!eq(weight.shape, [3 * hiddenSize, inputSize])) fail(op, 'bad weight shape');
      if (!eq(recurrentWeight.shape, [3 * hiddenSize, hiddenSize])) fail(op, 'bad recurrentWeight shape');
      if (!eq(hiddenState.shape, [batch, hiddenSize])) fail(op, 'bad hiddenState shape');
      return desc(input.dataType, [batch, hiddenSize]);
    }},
  hardSigmoid: act('MLHardSigmoidOptions'),
  hardSwish: act('MLOperatorOptions'),
  instanceNormalization: {params: [['input', 'operand']], dict: 'MLInstanceNormalizationOptions',
    types: {input: F, scale: 'same:input', bias: 'same:input'},
    shape(op, [x], o) {
      if (x.shape.length !== 4) fail(op, 'input must be 4-D');
      const c = [o.layout === 'nhwc' ? x.shape[3] : x.shape[1]];
      if (o.scale && !eq(o.scale.shape, c)) fail(op, `scale shape must be [${c}]`);
      if (o.bias && !eq(o.bias.shape, c)) fail(op, `bias shape must be [${c}]`);
      return same(x);
    }},
  layerNormalization: {params: [['input', 'operand']], dict: 'MLLayerNormalizationOptions',
    types: {input: F, scale: 'same:input', bias: 'same:input'},
    shape(op, [x], o) {
      const rank = x.shape.length;
      const axes = o.axes ?? [...Array(rank).keys()].slice(1);
      checkAxes(op, axes, rank);
      const s = axes.map((a) => x.shape[a]);
      if (o.scale && !eq(o.scale.shape, s)) fail(op, `scale shape must be [${s}]`);
      if (o.bias && !eq(o.bias.shape, s)) fail(op, `bias shape must be [${s}]`);
      return same(x);
    }},
  leakyRelu: act('MLLeakyReluOptions'),
  linear: act('MLLinearOptions'),
  lstm: {params: [['input', 'operand'], ['weight', 'operand'], ['recurrentWeight', 'operand'], ['steps', 'uint'], ['hiddenSize', 'uint']],
    dict: 'MLLstmOptions', multi: true,
    types: {input: F, weight: 'same:input', recurrentWeight: 'same:input', bias: 'same:input', recurrentBias: 'same:input',
      peepholeWeight: 'same:input', initialHiddenState: 'same:input', initialCellState: 'same:input'}, shape: lstm},
  lstmCell: {params: [['input', 'operand'], ['weight', 'operand'], ['recurrentWeight', 'operand'], ['hiddenState', 'operand'],
    ['cellState', 'operand'], ['hiddenSize', 'uint']], dict: 'MLLstmCellOptions', multi: true,
    types: {input: F, weight: 'same:input', recurrentWeight: 'same:input', hiddenState: 'same:input', cellState: 'same:input',
      bias: 'same:input', recurrentBias: 'same:input', peepholeWeight: 'same:input'},
    shape(op, [input, weight, recurrentWeight, hiddenState, cellState], o, {hiddenSize}) {
      if (input.shape.length !== 2) fail(op, 'input must be 2-D');
      const [batch, inputSize] = input.shape;
      if (!eq(weight.shape, [4 * hiddenSize, inputSize])) fail(op, 'bad weight shape');
      if (!eq(recurrentWeight.shape, [4 * hiddenSize, hiddenSize])) fail(op, 'bad recurrentWeight shape');
      if (!eq(hiddenState.shape, [batch, hiddenSize])) fail(op, 'bad hiddenState shape');
      if (!eq(cellState.shape, [batch, hiddenSize])) fail(op, 'bad cellState shape');
      return [desc(input.dataType, [batch, hiddenSize]), desc(input.dataType, [batch, hiddenSize])];
    }},
  matmul: {params: [['a', 'operand'], ['b', 'operand']], dict: 'MLOperatorOptions', types: {a: F, b: 'same:a'},
    shape(op, [a, b]) {
      const ra = a.shape.length, rb = b.shape.length;
      if (ra < 2 || rb < 2) fail(op, 'a and b must have rank >= 2');
      if (a.shape[ra - 1] !== b.shape[rb - 2]) fail(op, `inner dimensions ${a.shape[ra - 1]} and ${b.shape[rb - 2]} differ`);
      const batch = broadcastShapes(a.shape.slice(0, -2), b.shape.slice(0, -2));
      if (!batch) fail(op, 'batch dimensions are not broadcastable');
      return desc(a.dataType, [...batch, a.shape[ra - 2], b.shape[rb - 1]]);
    }},
  pad: {params: [['input', 'operand'], ['beginningPadding', 'uintList'], ['endingPadding', 'uintList']], dict: 'MLPadOptions', types: {},
    shape(op, [x], o, {beginningPadding: b, endingPadding: e}) {
      const r = x.shape.length;
      if (b.length !== r || e.length !== r) fail(op, 'padding lengths must equal the input rank');
      return desc(x.dataType, x.shape.map((d, i) => d + b[i] + e[i]));
    }},
  averagePool2d: poolOp(F), l2Pool2d: poolOp(F), maxPool2d: poolOp(null),
  prelu: {params: [['input', 'operand'], ['slope', 'operand']], dict: 'MLOperatorOptions', types: {input: FI, slope: 'same:input'},
    shape(op, [x, slope]) {
      const s = broadcastShapes(slope.shape, x.shape);
      if (!s) fail(op, 'slope is not broadcastable to input');
      return desc(x.dataType, s);
    }},
  reduceL1: reduceOp(NUM), reduceL2: reduceOp(F), reduceLogSum: reduceOp(F), reduceLogSumExp: reduceOp(F),
  reduceMax: reduceOp(null), reduceMean: reduceOp(F), reduceMin: reduceOp(null), reduceProduct: reduceOp(NUM),
  reduceSum: reduceOp(NUM), reduceSumSquare: reduceOp(NUM),
  relu: unary(FI),
  resample2d: {params: [['input', 'operand']], dict: 'MLResample2dOptions',
    types: {input: ['float32', 'float16', 'uint8', 'int8']}, shape: resample2d},
  reshape: {params: [['input', 'operand'], ['newShape', 'uintList']], dict: 'MLOperatorOptions', types: {},
    shape(op, [x], o, {newShape}) {
      if (!newShape.every(validDim)) fail(op, 'newShape has an invalid dimension');
      if (prod(newShape) !== prod(x.shape)) fail(op, `cannot reshape [${x.shape}] to [${newShape}]`);
      return desc(x.dataType, [...newShape]);
    }},
  reverse: {params: [['input', 'operand']], dict: 'MLReverseOptions', types: {},
    shape(op, [x], o) { if (o.axes) checkAxes(op, o.axes, x.shape.length); return same(x); }},
  scatterElements: {params: [['input', 'operand'], ['indices', 'operand'], ['updates', 'operand']], dict: 'MLScatterOptions',
    types: {indices: IDX, updates: 'same:input'},
    shape(op, [x, indices, updates], o) {
      const axis = o.axis ?? 0;
      if (axis >= x.shape.length) fail(op, `axis ${axis} out of range`);
      if (!eq(indices.shape, updates.shape)) fail(op, 'indices and updates shapes differ');
      if (indices.shape.length !== x.shape.length) fail(op, 'indices must have the rank of input');
      return same(x);
    }},
  scatterND: {params: [['input', 'operand'], ['indices', 'operand'], ['updates', 'operand']], dict: 'MLOperatorOptions',
    types: {indices: IDX, updates: 'same:input'},
    shape(op, [x, indices, updates]) {
      const k = indices.shape[indices.shape.length - 1];
      if (k > x.shape.length) fail(op, 'indices last dimension exceeds input rank');
      const expected = [...indices.shape.slice(0, -1), ...x.shape.slice(k)];
      if (!eq(updates.shape, expected)) fail(op, `updates shape must be [${expected}]`);
      return same(x);
    }},
  sigmoid: act('MLOperatorOptions'),
  slice: {params: [['input', 'operand'], ['starts', 'uintList'], ['sizes', 'uintList']], dict: 'MLSliceOptions', types: {},
    shape(op, [x], o, {starts, sizes}) {
      const r = x.shape.length;
      if (starts.length !== r || sizes.length !== r) fail(op, 'starts and sizes must have the input rank');
      const strides = list(op, 'strides', o.strides, r, Array(r).fill(1));
      return desc(x.dataType, x.shape.map((d, i) => {
        if (sizes[i] === 0) fail(op, 'sizes must be > 0');
        if (strides[i] < 1) fail(op, 'strides must be > 0');
        if (starts[i] + sizes[i] > d) fail(op, `slice [${starts[i]}, +${sizes[i]}) exceeds dimension ${i} (${d})`);
        return Math.ceil(sizes[i] / strides[i]);
      }));
    }},
  softmax: {params: [['input', 'operand'], ['axis', 'uint']], dict: 'MLOperatorOptions', types: {input: F},
    shape(op, [x], o, {axis}) { if (axis >= x.shape.length) fail(op, `axis ${axis} out of range`); return same(x); }},
  softplus: act('MLOperatorOptions'),
  softsign: act('MLOperatorOptions'),
  split: {params: [['input', 'operand'], ['splits', 'uintOrUintList']], dict: 'MLSplitOptions', types: {}, multi: true,
    shape(op, [x], o, {splits}) {
      const axis = o.axis ?? 0;
      if (axis >= x.shape.length) fail(op, `axis ${axis} out of range`);
      const dim = x.shape[axis];
      let sizes;
      if (typeof splits === 'number') {
        if (splits < 1 || splits > 8192) fail(op, 'invalid split count');
        if (dim % splits !== 0) fail(op, `dimension ${dim} is not divisible by ${splits}`);
        sizes = Array(splits).fill(dim / splits);
      } else {
        if (splits.length < 1 || splits.length > 8192) fail(op, 'invalid split count');
        if (splits.includes(0)) fail(op, 'splits must be > 0');
        if (splits.reduce((a, b) => a + b, 0) !== dim) fail(op, `splits must sum to ${dim}`);
        sizes = splits;
      }
      return sizes.map((s) => { const shape = [...x.shape]; shape[axis] = s; return desc(x.dataType, shape); });
    }},
  tanh: act('MLOperatorOptions'),
  tile: {params: [['input', 'operand'], ['repetitions', 'uintList']], dict: 'MLOperatorOptions', types: {},
    shape(op, [x], o, {repetitions}) {
      if (repetitions.length !== x.shape.length) fail(op, 'repetitions must have the input rank');
      if (repetitions.includes(0)) fail(op, 'repetitions must be > 0');
      return desc(x.dataType, x.shape.map((d, i) => d * repetitions[i]));
    }},
  transpose: {params: [['input', 'operand']], dict: 'MLTransposeOptions', types: {},
    shape(op, [x], o) {
      const r = x.shape.length;
      const perm = o.permutation ?? [...Array(r).keys()].reverse();
      if (perm.length !== r) fail(op, 'permutation must have the input rank');
      checkAxes(op, perm, r, 'permutation');
      return desc(x.dataType, perm.map((p) => x.shape[p]));
    }},
  triangular: {params: [['input', 'operand']], dict: 'MLTriangularOptions', types: {},
    shape(op, [x]) { if (x.shape.length < 2) fail(op, 'input must have rank >= 2'); return same(x); }},
  where: {params: [['condition', 'operand'], ['trueValue', 'operand'], ['falseValue', 'operand']], dict: 'MLOperatorOptions',
    types: {condition: ['uint8'], falseValue: 'same:trueValue'},
    shape(op, [c, t, f]) {
      const s1 = broadcastShapes(t.shape, f.shape);
      const s = s1 && broadcastShapes(c.shape, s1);
      if (!s) fail(op, 'condition, trueValue and falseValue are not broadcastable');
      return desc(t.dataType, s);
    }},
};

// Output names for multi-output ops, appended to the node id (see README).
export const OP_NAMES = Object.keys(OPS);
