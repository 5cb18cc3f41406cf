#!/usr/bin/env bash
# The main job: build webnnc; trace a MobileNetV2 written against the WebNN
# MLGraphBuilder API into webnn-graph-json (tools/webnn-trace); import it
# into the webnn dialect, where every result shape is inferred from the
# spec's formulas (the JSON states none); run it on a sample image with the
# reference interpreter and print the scores and the time.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${WEBNNC_BUILD_DIR:-$root/build}"
work="$build/main-job"

"$root/tools/scripts/build.sh" webnnc
mkdir -p "$work"
node "$root/tools/webnn-trace/trace.mjs" \
  "$root/tools/webnn-trace/examples/mobilenet_v2.mjs" "$work"
node "$root/tools/webnn-trace/examples/sample-input.mjs" "$work/input.npy"

echo "== webnn IR (weights elided; result types inferred by webnnc) =="
"$build/bin/webnnc" import "$work/mobilenet_v2.json" --elide-weights \
  -o "$work/mobilenet_v2.mlir"
grep -m1 'func.func' "$work/mobilenet_v2.mlir"
grep -m4 -E 'webnn\.(conv2d|clamp) ' "$work/mobilenet_v2.mlir"
echo "    ..."
grep -E 'webnn\.(add|averagePool2d|reshape|gemm|softmax) ' "$work/mobilenet_v2.mlir" | tail -5
echo "  ($(grep -c ' = webnn\.' "$work/mobilenet_v2.mlir") webnn ops; full IR in $work/mobilenet_v2.mlir)"

echo "== reference interpreter =="
"$build/bin/webnnc" run --interpret "$work/mobilenet_v2.json" \
  --input input="$work/input.npy" --output-dir "$work/out"
