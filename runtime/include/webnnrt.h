/* webnnrt.h - the webnnc runtime C API.
 *
 * A plain C interface with status codes and caller-owned memory. This
 * header grows with the runtime (contexts, graphs, tensors, dispatch); for
 * now it holds the status vocabulary every later call returns.
 */
#ifndef WEBNNRT_H
#define WEBNNRT_H

#ifdef __cplusplus
extern "C" {
#endif

/* Every API call returns one of these; details go to the caller's message
 * buffer where the call takes one. */
typedef enum webnnrt_status {
  WEBNNRT_OK = 0,
  WEBNNRT_INVALID_ARGUMENT = 1,
  WEBNNRT_NOT_FOUND = 2,
  WEBNNRT_OUT_OF_MEMORY = 3,
  WEBNNRT_INVALID_ARTIFACT = 4,
  WEBNNRT_UNSUPPORTED = 5,
  WEBNNRT_INTERNAL = 6
} webnnrt_status;

/* A static, human-readable name for `status` ("ok", "invalid argument"...);
 * "unknown status" for values outside the enumeration. */
const char *webnnrt_status_string(webnnrt_status status);

/* The runtime's version, "major.minor.patch". */
const char *webnnrt_version(void);

#ifdef __cplusplus
}
#endif

#endif /* WEBNNRT_H */
