/* status.c - names of runtime status codes and the runtime version. */
#include "webnnrt.h"

const char *webnnrt_status_string(webnnrt_status status) {
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
  }
  return "unknown status";
}

const char *webnnrt_version(void) { return WEBNNRT_VERSION_STRING; }
