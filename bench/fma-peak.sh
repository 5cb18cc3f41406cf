#!/bin/bash
# Peak fp32 FMA throughput of one core (and, with an argument, of N cores at
# once): builds bench/fma-peak.c for this machine and runs it.
#   bash bench/fma-peak.sh [threads]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${FMA_PEAK_BIN:-/tmp/fma-peak}
clang-22 -O2 -march=native "$here/fma-peak.c" -o "$out" -lpthread
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')," \
  "$(nproc) logical CPUs; clang-22 -march=native =" \
  "$(clang-22 -### -march=native -x c /dev/null 2>&1 | grep -o '"-target-cpu" "[^"]*"' | cut -d'"' -f4)"
"$out" "${1:-1}"
