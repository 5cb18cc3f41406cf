#!/bin/bash
# Installs the pinned ONNX Runtime baseline (onnxruntime-node, CPU binary
# shipped in the npm package) into bench/ort/node_modules. Idempotent: does
# nothing when the installed version already matches package-lock.json.
# The package's install script would download GPU binaries from outside the
# registry; ONNXRUNTIME_NODE_INSTALL=skip (and .npmrc) turn it off.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "setup.sh: node and npm are required (Debian: apt-get install nodejs npm)" >&2
  exit 1
fi
want=$(node -p "require('./package-lock.json').packages['node_modules/onnxruntime-node'].version")
have=$(node -p "try { require('./node_modules/onnxruntime-node/package.json').version } catch { '' }")
if [[ "$have" == "$want" ]] && node -e "require('onnxruntime-node')" 2>/dev/null; then
  echo "onnxruntime-node $have already installed ($(node --version))"
  exit 0
fi
ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund
node -e "const o = require('onnxruntime-node'); console.log('onnxruntime-node', o.env.versions.node, 'node', process.version)"
