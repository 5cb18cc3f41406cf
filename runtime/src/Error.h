// Error.h - failing with a status and a per-thread message.
#ifndef WEBNNRT_SRC_ERROR_H
#define WEBNNRT_SRC_ERROR_H

#include "webnnrt.h"

namespace webnnrt {

/// Records `message` (printf-style) as this thread's last error and returns
/// `status`, so a failing call reads `return fail(STATUS, "...", ...)`.
webnnrt_status fail(webnnrt_status status, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

} // namespace webnnrt

#endif // WEBNNRT_SRC_ERROR_H
