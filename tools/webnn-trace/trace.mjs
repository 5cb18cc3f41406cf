#!/usr/bin/env node
// Trace a WebNN program into webnn-graph-json.
//
//   node tools/webnn-trace/trace.mjs program.mjs outdir [--name NAME]
//
// program.mjs exports `async function build(builder, context)` that returns
// the named outputs ({name: MLOperand}) or an already built graph. Writes
// outdir/NAME.json, NAME.weights and NAME.manifest.json (NAME defaults to the
// program's file name without extension).
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {createContext, install, MLGraphBuilder, TracedGraph, validateGraph} from './webnn-trace.mjs';

function usage(msg) {
  if (msg) console.error(`trace.mjs: ${msg}`);
  console.error('usage: node trace.mjs program.mjs outdir [--name NAME]');
  process.exit(2);
}

const args = process.argv.slice(2);
let name;
const i = args.indexOf('--name');
if (i >= 0) {
  name = args[i + 1];
  if (!name) usage('--name needs a value');
  args.splice(i, 2);
}
if (args.length !== 2) usage();
const [program, outdir] = args;
name ??= path.basename(program).replace(/\.[cm]?js$/, '');

install(globalThis);
const mod = await import(pathToFileURL(path.resolve(program)).href);
if (typeof mod.build !== 'function') usage(`${program} does not export a build(builder) function`);
const context = await createContext();
const builder = new MLGraphBuilder(context);
const result = await mod.build(builder, context);
const graph = result instanceof TracedGraph ? result : await builder.build(result);
const files = graph.save(outdir, name);
const json = graph.toJSON();
const errors = validateGraph(json, {manifest: graph.manifest(), weightsSize: graph.weights().byteLength});
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log(`${files.json}: ${json.nodes.length} nodes, ${Object.keys(json.inputs).length} inputs, ` +
  `${Object.keys(json.consts).length} consts, ${graph.weights().byteLength} weight bytes`);
