// NativeCode.cpp - loading an artifact's shared object and checking the
// CPU features it was compiled for.
#include "Error.h"
#include "Runtime.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <sys/mman.h>
#include <unistd.h>

namespace webnnrt {

NativeLibrary::~NativeLibrary() {
  if (handle)
    dlclose(handle);
}

webnnrt_status NativeLibrary::load(const uint8_t *code, size_t size) {
  // memfd: the code never lands in a file another process could swap, and
  // nothing is left behind when the graph is released.
  int fd = memfd_create("webnnrt-kernels", MFD_CLOEXEC);
  if (fd < 0)
    return fail(WEBNNRT_INTERNAL, "memfd_create failed: %s",
                std::strerror(errno));
  size_t written = 0;
  while (written < size) {
    ssize_t n = write(fd, code + written, size - written);
    if (n <= 0) {
      close(fd);
      return fail(WEBNNRT_INTERNAL, "writing the kernels to memory failed");
    }
    written += static_cast<size_t>(n);
  }
  char path[64];
  std::snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
  handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  close(fd);
  if (!handle)
    return fail(WEBNNRT_INVALID_ARTIFACT,
                "the artifact's native code does not load: %s", dlerror());
  return WEBNNRT_OK;
}

void *NativeLibrary::symbol(const char *name) const {
  return handle ? dlsym(handle, name) : nullptr;
}

bool hostSupportsCpuFeature(const char *name, bool &known) {
  known = true;
  __builtin_cpu_init();
#define WEBNNRT_FEATURE(text)                                                 \
  if (std::strcmp(name, text) == 0)                                           \
    return __builtin_cpu_supports(text);
  WEBNNRT_FEATURE("sse4.2")
  WEBNNRT_FEATURE("avx")
  WEBNNRT_FEATURE("avx2")
  WEBNNRT_FEATURE("fma")
  WEBNNRT_FEATURE("f16c")
  WEBNNRT_FEATURE("avx512f")
  WEBNNRT_FEATURE("avx512bw")
  WEBNNRT_FEATURE("avx512dq")
  WEBNNRT_FEATURE("avx512vl")
  WEBNNRT_FEATURE("avx512vnni")
  WEBNNRT_FEATURE("avx512bf16")
#undef WEBNNRT_FEATURE
  known = false;
  return false;
}

} // namespace webnnrt
