#!/usr/bin/env bash
# Configures (once) and builds webnnc in ./build with clang-22, lld and
# Ninja. Usage: tools/scripts/build.sh [ninja targets...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${WEBNNC_BUILD_DIR:-$root/build}"

"$root/tools/scripts/setup-debian.sh"

if [ ! -f "$build/build.ninja" ]; then
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DLLVM_USE_LINKER=lld
fi
ninja -C "$build" "$@"
