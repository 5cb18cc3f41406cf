//===- VerifyGraph.cpp - graph-level checks of a WebNN graph --------------===//
#include "webnnc/Transforms/Passes.h"

#include "webnn/IR/WebNNOps.h"
#include "llvm/ADT/StringMap.h"

namespace mlir::webnnc {
#define GEN_PASS_DEF_VERIFYGRAPH
#include "webnnc/Transforms/Passes.h.inc"
} // namespace mlir::webnnc

using namespace mlir;

namespace {

/// Checks one side of the signature (inputs or outputs): types and names.
LogicalResult verifySignatureSide(func::FuncOp func, TypeRange types,
                                  function_ref<DictionaryAttr(unsigned)> attrs,
                                  StringRef kind) {
  llvm::StringMap<unsigned> firstIndexOfName;
  for (auto [index, type] : llvm::enumerate(types)) {
    auto tensor = dyn_cast<RankedTensorType>(type);
    if (!tensor || !tensor.hasStaticShape() ||
        !webnn::hasValidDimensions(tensor))
      return func.emitError() << "graph " << kind << " #" << index
                              << " has type " << type
                              << "; WebNN operands are statically shaped "
                                 "tensors whose dimensions and element count "
                                 "are in [1, 2147483647] "
                                 "[MLOperandDescriptor, check dimensions]";
    DictionaryAttr dict = attrs(index);
    auto name = dict ? dict.getAs<StringAttr>(webnn::WebNNDialect::kNameAttr)
                     : StringAttr();
    if (!name)
      return func.emitError() << "graph " << kind << " #" << index
                              << " has no '" << webnn::WebNNDialect::kNameAttr
                              << "' attribute";
    auto [it, inserted] = firstIndexOfName.try_emplace(name.getValue(), index);
    if (!inserted)
      return func.emitError() << "graph " << kind << " name '"
                              << name.getValue() << "' is used by " << kind
                              << "s #" << it->second << " and #" << index
                              << " [build, names are unique]";
  }
  return success();
}

struct VerifyGraphPass
    : public webnnc::impl::VerifyGraphBase<VerifyGraphPass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal())
      return;
    FunctionType type = func.getFunctionType();
    if (failed(verifySignatureSide(
            func, type.getInputs(),
            [&](unsigned i) { return func.getArgAttrDict(i); }, "input")) ||
        failed(verifySignatureSide(
            func, type.getResults(),
            [&](unsigned i) { return func.getResultAttrDict(i); }, "output")))
      return signalPassFailure();

    WalkResult walk = func.walk([&](Operation *op) {
      if (op == func || isa<func::ReturnOp>(op) ||
          isa<webnn::WebNNDialect>(op->getDialect()))
        return WalkResult::advance();
      op->emitError() << "op '" << op->getName()
                      << "' is not part of a WebNN graph";
      return WalkResult::interrupt();
    });
    if (walk.wasInterrupted())
      signalPassFailure();
  }
};

} // namespace
