#!/usr/bin/env bash
# Installs, with apt-get, the Debian 12 packages webnnc needs to build and
# test. Idempotent: when everything is present it only checks and exits
# (well under a second).
set -euo pipefail

packages=(
  cmake ninja-build ccache python3
  clang-22 lld-22 liblld-22-dev llvm-22-dev llvm-22-tools libmlir-22-dev mlir-22-tools
  libgtest-dev libgmock-dev libbenchmark-dev libcli11-dev
  libonnx-dev libprotobuf-dev protobuf-compiler libflatbuffers-dev
  flatbuffers-compiler python3-onnx python3-numpy
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$package")
done

# Node.js runs the webnn-trace tool and its tests; any recent node will do
# (the machines here carry nodesource's), Debian's nodejs otherwise.
command -v node >/dev/null 2>&1 || missing+=(nodejs)

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
  --no-install-recommends "${missing[@]}"
