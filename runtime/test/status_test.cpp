// Tests of the runtime's status vocabulary.
#include "webnnrt.h"

#include <gtest/gtest.h>
#include <algorithm>
#include <set>
#include <string>

TEST(RuntimeStatus, EveryCodeHasADistinctName) {
  std::set<std::string> names;
  for (int code = WEBNNRT_OK; code <= WEBNNRT_INTERNAL; ++code) {
    std::string name = webnnrt_status_string(static_cast<webnnrt_status>(code));
    EXPECT_NE(name, "unknown status") << "code " << code;
    EXPECT_TRUE(names.insert(name).second) << "duplicate name " << name;
  }
}

TEST(RuntimeStatus, OutOfRangeCodeIsUnknown) {
  EXPECT_STREQ(webnnrt_status_string(static_cast<webnnrt_status>(99)),
               "unknown status");
}

TEST(RuntimeVersion, IsSemanticVersion) {
  std::string version = webnnrt_version();
  EXPECT_EQ(std::count(version.begin(), version.end(), '.'), 2) << version;
}
