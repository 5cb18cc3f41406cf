//===- ConformanceSupport.h - shared pieces of the conformance drivers ----===//
//
// The suite drivers (WPT, WPT round trip, ONNX node tests, shared models)
// read the same kinds of files: `<case> :: <reason>` lists of skips and
// expected failures, and JSON case files or manifests.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_TEST_CONFORMANCE_CONFORMANCESUPPORT_H
#define WEBNNC_TEST_CONFORMANCE_CONFORMANCESUPPORT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"

#include <map>
#include <string>

namespace webnnc::conformance {

/// Adds the `<case> :: <reason>` lines of `path` to `entries` (blank lines
/// and lines starting with '#' are skipped). An empty path adds nothing; an
/// unreadable file is reported under `tool` and exits with status 2, since
/// a suite run without its lists would report the wrong verdicts.
void readReasonList(llvm::StringRef tool, llvm::StringRef path,
                    std::map<std::string, std::string> &entries);

/// The parsed JSON document in `path`, or an error saying why not.
llvm::Expected<llvm::json::Value> readJsonFile(llvm::StringRef path);

} // namespace webnnc::conformance

#endif // WEBNNC_TEST_CONFORMANCE_CONFORMANCESUPPORT_H
