#!/usr/bin/env bash
# The main job: build webnnc; trace a MobileNetV2 written against the WebNN
# MLGraphBuilder API into webnn-graph-json (tools/webnn-trace); import it
# into the webnn dialect, where every result shape is inferred from the
# spec's formulas (the JSON states none); compile it for this CPU into a
# .wnn artifact; run the artifact through the webnnrt runtime on a sample
# image, print the scores and the latency, and check them against the
# reference interpreter.
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

echo "== compile for this CPU =="
"$build/bin/webnnc" compile "$work/mobilenet_v2.json" -o "$work/mobilenet_v2.wnn"
"$build/bin/webnnc" inspect "$work/mobilenet_v2.wnn" | sed -n '2,7p'

echo "== run the artifact (webnnrt) =="
"$build/bin/webnnc" run "$work/mobilenet_v2.wnn" \
  --input input="$work/input.npy" --output-dir "$work/out"
"$build/bin/webnnc" bench "$work/mobilenet_v2.wnn" \
  --input input="$work/input.npy" --iterations 50 | grep -E 'first run|latency'

echo "== reference interpreter (the oracle) =="
"$build/bin/webnnc" run --interpret "$work/mobilenet_v2.json" \
  --input input="$work/input.npy" --output-dir "$work/out-interpreter"
/usr/bin/python3 - "$work/out" "$work/out-interpreter" <<'PY'
import os, sys
import numpy as np
for name in sorted(os.listdir(sys.argv[1])):
    compiled = np.load(os.path.join(sys.argv[1], name))
    reference = np.load(os.path.join(sys.argv[2], name))
    print(f"{name}: compiled vs interpreter max |diff| = "
          f"{np.abs(compiled - reference).max():.3g}, top-1 "
          f"{'agrees' if compiled.argmax() == reference.argmax() else 'DIFFERS'}")
PY
