// Shared helpers for the webnn-trace tests.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {createContext, MLGraphBuilder} from '../webnn-trace.mjs';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const toolDir = path.resolve(here, '..');
export const repoDir = path.resolve(toolDir, '../..');

export async function newBuilder() {
  return new MLGraphBuilder(await createContext());
}

export const f32 = (b, name, shape) => b.input(name, {dataType: 'float32', shape});

export function constF32(b, shape, fill = (i) => i * 0.001) {
  const data = new Float32Array(shape.reduce((x, y) => x * y, 1)).map((_, i) => fill(i));
  return b.constant({dataType: 'float32', shape}, data);
}

// Directory of the webnn-graph-json conformance material (README, schema/,
// examples/): $WEBNN_GRAPH_JSON_DIR, else shared/ next to or above the repo.
export function conformanceDir() {
  const candidates = [
    process.env.WEBNN_GRAPH_JSON_DIR,
    path.join(repoDir, 'shared/conformance/webnn-graph-json'),
    path.resolve(repoDir, '../shared/conformance/webnn-graph-json'),
    path.resolve(repoDir, '../../shared/conformance/webnn-graph-json'),
    '/work/shared/conformance/webnn-graph-json',
  ].filter(Boolean);
  return candidates.find((d) => fs.existsSync(path.join(d, 'schema/webnn-graph-json.schema.json'))) ?? null;
}

export function loadSchemas() {
  const dir = conformanceDir();
  if (!dir) return null;
  const read = (f) => JSON.parse(fs.readFileSync(path.join(dir, 'schema', f), 'utf8'));
  return {dir, graph: read('webnn-graph-json.schema.json'), manifest: read('wg-weights-manifest.schema.json')};
}

export function specPath() {
  const candidates = [
    process.env.WEBNN_SPEC,
    path.join(repoDir, 'shared/spec/webnn/index.bs'),
    path.resolve(repoDir, '../shared/spec/webnn/index.bs'),
    path.resolve(repoDir, '../../shared/spec/webnn/index.bs'),
    '/work/shared/spec/webnn/index.bs',
  ].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}
