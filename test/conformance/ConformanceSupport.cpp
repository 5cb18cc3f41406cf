//===- ConformanceSupport.cpp - shared pieces of the conformance drivers --===//

#include "ConformanceSupport.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

namespace webnnc::conformance {

void readReasonList(llvm::StringRef tool, llvm::StringRef path,
                    std::map<std::string, std::string> &entries) {
  if (path.empty())
    return;
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer) {
    llvm::errs() << tool << ": cannot read " << path << "\n";
    std::exit(2);
  }
  llvm::SmallVector<llvm::StringRef> lines;
  (*buffer)->getBuffer().split(lines, '\n');
  for (llvm::StringRef line : lines) {
    line = line.trim();
    if (line.empty() || line.starts_with("#"))
      continue;
    auto [key, reason] = line.split(" :: ");
    entries[key.trim().str()] = reason.trim().str();
  }
}

llvm::Expected<llvm::json::Value> readJsonFile(llvm::StringRef path) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer)
    return llvm::createStringError(buffer.getError(), "cannot read");
  return llvm::json::parse((*buffer)->getBuffer());
}

} // namespace webnnc::conformance
