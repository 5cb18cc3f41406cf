// Status.cpp - status names, the per-thread last error, the version.
#include "Error.h"

#include <cstdarg>
#include <cstdio>

namespace webnnrt {

static thread_local char lastError[512] = "";

webnnrt_status fail(webnnrt_status status, const char *format, ...) {
  va_list args;
  va_start(args, format);
  std::vsnprintf(lastError, sizeof(lastError), format, args);
  va_end(args);
  return status;
}

} // namespace webnnrt

extern "C" const char *webnnrt_last_error(void) {
  return webnnrt::lastError;
}

extern "C" const char *webnnrt_status_string(webnnrt_status status) {
  switch (status) {
  case WEBNNRT_OK:
    return "ok";
  case WEBNNRT_INVALID_ARGUMENT:
    return "invalid argument";
  case WEBNNRT_NOT_FOUND:
    return "not found";
  case WEBNNRT_OUT_OF_MEMORY:
    return "out of memory";
  case WEBNNRT_INVALID_ARTIFACT:
    return "invalid artifact";
  case WEBNNRT_UNSUPPORTED:
    return "unsupported";
  case WEBNNRT_INTERNAL:
    return "internal error";
  case WEBNNRT_BUSY:
    return "busy";
  }
  return "unknown status";
}

extern "C" const char *webnnrt_version(void) { return WEBNNRT_VERSION_STRING; }
