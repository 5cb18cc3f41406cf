//===- PassPipeline.cpp - textual pass pipelines, timed -------------------===//
#include "PassPipeline.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

namespace mlir::webnnc {

LogicalResult runPassPipeline(ModuleOp module, StringRef pipeline,
                              TimingScope &timing) {
  PassManager pm(module.getContext());
  pm.enableTiming(timing);
  std::string error;
  llvm::raw_string_ostream errorStream(error);
  if (failed(parsePassPipeline(pipeline, pm, errorStream)))
    return emitError(module.getLoc(), "bad pass pipeline: ") << error;
  return pm.run(module);
}

} // namespace mlir::webnnc
