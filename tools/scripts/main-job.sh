#!/usr/bin/env bash
# The main job, for now: build webnnc, then parse, verify and print the
# bundled MobileNetV2-style graph. Every result type in the printed IR comes
# from the WebNN spec's output-shape formulas; --webnn-verify-graph checks
# the graph signature (names, static shapes) and --canonicalize folds the
# obvious (identity, constant reshapes and casts).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${WEBNNC_BUILD_DIR:-$root/build}"

"$root/tools/scripts/build.sh" webnnc
"$build/bin/webnnc-opt" "$root/examples/mobilenet_v2_block.mlir" \
  --webnn-verify-graph --canonicalize
