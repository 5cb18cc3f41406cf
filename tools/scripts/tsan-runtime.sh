#!/usr/bin/env bash
# Builds the runtime on its own with ThreadSanitizer and runs its tests:
# dispatches from several threads, thread pools at 1, 2 and 4 threads,
# two graphs at once, one graph from two threads (busy or run). Kept out of
# the default test run because a sanitized build is a build of its own.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# The sanitizer runtimes of clang-22 (not among the build's packages).
if ! dpkg-query -W -f='${db:Status-Status}' libclang-rt-22-dev 2>/dev/null |
    grep -q '^installed$'; then
  apt-get install -y libclang-rt-22-dev
fi
build="${WEBNNC_TSAN_BUILD_DIR:-$root/build-tsan}"
cmake -G Ninja -S "$root/runtime" -B "$build" \
  -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS="-fsanitize=thread" -DCMAKE_CXX_FLAGS="-fsanitize=thread" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread -fuse-ld=lld" \
  -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=thread -fuse-ld=lld" >/dev/null
ninja -C "$build" webnnrt-tests
# Corrupted-artifact tests ask for absurd arenas on purpose: the runtime
# handles a failed allocation, so the sanitizer must return null too.
TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 allocator_may_return_null=1" \
  "$build/webnnrt-tests" "$@"
