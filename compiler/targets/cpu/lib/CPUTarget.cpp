//===- CPUTarget.cpp - the CPU compilation driver -------------------------===//
//
// webnn graph -> (graph optimization) -> linalg -> convolutions as matmuls
// -> kernels -> work ranges, register tiles -> LLVM -> machine code ->
// shared object -> artifact, with an exit after every phase.
//
//===----------------------------------------------------------------------===//
#include "webnnc/Targets/CPU/CPUTarget.h"

#include "ArtifactWriter.h"
#include "ExecutionPlan.h"
#include "NativeCode.h"
#include "webnnc/Targets/CPU/Passes.h"

#include "mlir/IR/IRMapping.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir::webnnc {

std::optional<EmitKind> parseEmitKind(StringRef name) {
  return llvm::StringSwitch<std::optional<EmitKind>>(name)
      .Case("webnn", EmitKind::WebNN)
      .Case("optimized", EmitKind::Optimized)
      .Case("linalg", EmitKind::Linalg)
      .Case("llvm", EmitKind::LLVM)
      .Case("asm", EmitKind::Asm)
      .Case("obj", EmitKind::Obj)
      .Case("wnn", EmitKind::Wnn)
      .Default(std::nullopt);
}

void registerCPUTargetPasses() { registerWebNNCCPUPasses(); }

static FailureOr<func::FuncOp> findGraph(ModuleOp module) {
  func::FuncOp graph;
  for (auto func : module.getOps<func::FuncOp>()) {
    if (func.isExternal() || func->hasAttr(kKernelAttr))
      continue;
    if (graph)
      return emitError(module.getLoc(), "a module to compile must hold one graph "
                              "function; found @")
             << graph.getSymName() << " and @" << func.getSymName();
    graph = func;
  }
  if (!graph)
    return emitError(module.getLoc(), "the module holds no graph function");
  return graph;
}

static LogicalResult runPipeline(ModuleOp module, StringRef pipeline,
                                 const CPUCompileOptions &options) {
  PassManager pm(module.getContext());
  if (options.timing)
    pm.enableTiming();
  std::string error;
  llvm::raw_string_ostream errorStream(error);
  if (failed(parsePassPipeline(pipeline, pm, errorStream)))
    return emitError(module.getLoc(), "bad pass pipeline: ") << error;
  return pm.run(module);
}

static void reportPhase(const CPUCompileOptions &options, StringRef phase) {
  if (options.progress)
    options.progress(phase);
}

/// The kernels alone, public, in a module of their own for code generation.
static OwningOpRef<ModuleOp> extractKernels(ModuleOp module) {
  OpBuilder builder(module.getContext());
  OwningOpRef<ModuleOp> kernels = ModuleOp::create(module.getLoc());
  builder.setInsertionPointToEnd(kernels->getBody());
  for (auto func : module.getOps<func::FuncOp>())
    if (func->hasAttr(kKernelAttr)) {
      auto clone = cast<func::FuncOp>(builder.clone(*func));
      clone.setPublic();
    }
  return kernels;
}

LogicalResult compileForCPU(ModuleOp module, EmitKind emit,
                            const CPUCompileOptions &options,
                            raw_ostream &os) {
  FailureOr<func::FuncOp> graph = findGraph(module);
  if (failed(graph))
    return failure();
  if (emit == EmitKind::WebNN) {
    module.print(os);
    return success();
  }

  reportPhase(options, "optimizing the graph");
  if (failed(runPipeline(module,
                         "canonicalize,cse,func.func(webnn-fold-batch-norm),"
                         "canonicalize,cse",
                         options)))
    return failure();
  if (emit == EmitKind::Optimized) {
    module.print(os);
    return success();
  }
  // The signature keeps WebNN's unsigned types, which lowering drops.
  auto inputs = getInputSignature(*graph);
  auto outputs = getOutputSignature(*graph);
  if (failed(inputs) || failed(outputs))
    return failure();

  reportPhase(options, "lowering to linalg and forming kernels");
  std::string tiling;
  llvm::raw_string_ostream(tiling)
      << "webnnc-tile-and-vectorize{max-work-items=" << options.maxWorkItems
      << " vectorize=" << options.vectorize << "}";
  if (failed(runPipeline(module,
                         "convert-webnn-to-linalg,canonicalize,cse,"
                         "webnnc-fold-constant-layouts,webnnc-conv-to-matmul,canonicalize,cse,"
                         "func.func(webnnc-fuse-elementwise),canonicalize,cse,"
                         "webnnc-form-kernels," +
                             tiling,
                         options)))
    return failure();
  if (emit == EmitKind::Linalg) {
    module.print(os);
    return success();
  }

  FailureOr<ExecutionPlan> plan = buildExecutionPlan(*graph);
  if (failed(plan))
    return failure();
  plan->inputs = std::move(*inputs);
  plan->outputs = std::move(*outputs);

  reportPhase(options, "generating LLVM IR");
  OwningOpRef<ModuleOp> kernels = extractKernels(module);
  if (failed(lowerKernelsToLLVMDialect(*kernels, options)))
    return failure();
  FailureOr<CPUTargetMachine> target =
      createTargetMachine(module.getContext(), options);
  if (failed(target))
    return failure();
  llvm::LLVMContext llvmContext;
  reportPhase(options, "optimizing LLVM IR");
  std::unique_ptr<llvm::Module> llvmModule =
      translateKernelsToLLVMIR(*kernels, llvmContext, *target->machine);
  if (!llvmModule)
    return emitError(module.getLoc(), "translation of the kernels to LLVM IR failed");
  if (emit == EmitKind::LLVM) {
    llvmModule->print(os, nullptr);
    return success();
  }

  reportPhase(options, "generating machine code");
  std::string code, error;
  if (failed(emitMachineCode(*llvmModule, *target->machine,
                             emit == EmitKind::Asm, code, error)))
    return emitError(module.getLoc(), error);
  if (emit == EmitKind::Asm || emit == EmitKind::Obj) {
    os << code;
    return success();
  }
  reportPhase(options, "linking");
  std::string sharedObject;
  if (failed(linkSharedObject(code, sharedObject, error)))
    return emitError(module.getLoc(), error);
  Provenance provenance{WEBNNC_VERSION_STRING, options.sourceFile,
                        options.sourceSha256, options.optionsText};
  os << writeArtifact(*plan, target->requiredFeatures, sharedObject,
                      provenance);
  return success();
}

} // namespace mlir::webnnc
