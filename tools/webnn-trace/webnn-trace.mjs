// webnn-trace: run a WebNN (MLGraphBuilder) program under Node.js and record
// the graph as webnn-graph-json. See README.md.
export {
  createContext, ml, install, MLContext, MLGraphBuilder, MLOperand, TracedGraph, castScalar,
} from './src/builder.mjs';
export {OPS, OP_NAMES, DICTIONARIES, DATA_TYPES, broadcastShapes} from './src/ops.mjs';
export {stringify, validateGraph, validateOperandOptions, checkSchema, OPERAND_OPTIONS} from './src/json.mjs';
