#!/usr/bin/env bash
# Builds everything (compiler, runtime, tests) and runs every test through
# ctest: the lit suite and the GoogleTest binaries.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${WEBNNC_BUILD_DIR:-$root/build}"

"$root/tools/scripts/build.sh"
ctest --test-dir "$build" --output-on-failure
