//===- OpSignature.cpp - the generated webnn op signature table -----------===//
#include "webnnc/Import/OpSignature.h"

#include "mlir/IR/Builders.h"
#include "webnn/IR/WebNNOps.h"
#include <algorithm>
#include <cstring>

namespace webnnc {

#include "webnnc/Import/OpSignatures.inc"

const OperandSignature *OpSignature::findOperand(llvm::StringRef name) const {
  for (const OperandSignature &operand : operands)
    if (name == operand.name)
      return &operand;
  return nullptr;
}

const AttributeSignature *
OpSignature::findAttribute(llvm::StringRef name) const {
  for (const AttributeSignature &attribute : attributes)
    if (name == attribute.name)
      return &attribute;
  return nullptr;
}

llvm::ArrayRef<OpSignature> getOpSignatures() {
  return llvm::ArrayRef<OpSignature>(kOpSignatures);
}

const OpSignature *lookupOpSignature(llvm::StringRef specName) {
  llvm::ArrayRef<OpSignature> all = getOpSignatures();
  auto it = std::lower_bound(all.begin(), all.end(), specName,
                             [](const OpSignature &signature,
                                llvm::StringRef name) {
                               return llvm::StringRef(signature.specName) <
                                      name;
                             });
  if (it == all.end() || specName != it->specName)
    return nullptr;
  return &*it;
}

} // namespace webnnc
