//===- CPUTarget.cpp - the CPU compilation driver -------------------------===//
//
// webnn graph -> (graph optimization) -> linalg -> convolutions as matmuls
// -> kernels -> work ranges, register tiles -> LLVM -> machine code ->
// shared object -> artifact, with an exit after every phase.
//
//===----------------------------------------------------------------------===//
#include "webnnc/Targets/CPU/CPUTarget.h"

#include "ArtifactWriter.h"
#include "CompileReport.h"
#include "ExecutionPlan.h"
#include "NativeCode.h"
#include "PassPipeline.h"
#include "webnnc/Targets/CPU/Passes.h"

#include "mlir/IR/IRMapping.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "webnn/IR/WebNNOps.h"
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

/// The graph functions of a module: those with a body that are not kernels.
static SmallVector<func::FuncOp> findGraphs(ModuleOp module) {
  SmallVector<func::FuncOp> graphs;
  for (auto func : module.getOps<func::FuncOp>())
    if (!func.isExternal() && !func->hasAttr(kKernelAttr))
      graphs.push_back(func);
  return graphs;
}

/// The optimizations `--disable-pass` may switch off (to measure each
/// one's effect); the others are needed to produce code at all.
static constexpr llvm::StringLiteral kOptionalPasses[] = {
    "webnn-fold-constants",         "webnn-fold-batch-norm",
    "webnn-recognize-decomposed",   "webnn-fuse-gemm",
    "webnnc-fold-constant-layouts", "webnnc-conv-to-matmul",
    "webnnc-fuse-elementwise"};

/// A textual pipeline of `stages`, without the passes the options disable.
static std::string buildPipeline(const CPUCompileOptions &options,
                                 ArrayRef<std::string> stages) {
  std::string pipeline;
  for (const std::string &stage : stages) {
    bool disabled = llvm::any_of(options.disabledPasses, [&](StringRef name) {
      return stage == name || stage == ("func.func(" + name + ")").str();
    });
    if (disabled)
      continue;
    if (!pipeline.empty())
      pipeline += ",";
    pipeline += stage;
  }
  return pipeline;
}

static LogicalResult checkDisabledPasses(MLIRContext *context,
                                         const CPUCompileOptions &options) {
  for (const std::string &name : options.disabledPasses)
    if (!llvm::is_contained(kOptionalPasses, name)) {
      std::string known;
      for (StringRef pass : kOptionalPasses)
        known += (known.empty() ? "" : ", ") + pass.str();
      return emitError(UnknownLoc::get(context),
                       "--disable-pass: '" + name +
                           "' is not an optional pass (" + known + ")");
    }
  return success();
}

/// A compilation phase: announced to the progress callback and timed as
/// one node of the --timing tree.
static TimingScope startPhase(const CPUCompileOptions &options,
                              TimingScope &root, StringRef phase) {
  if (options.progress)
    options.progress(phase);
  return root.nest(phase);
}

/// Graph outputs of 4-bit types leave as bytes the runtime's way: int4
/// sign-extended, uint4 zero-extended (a store of an i4 leaves the upper
/// bits of its byte unspecified). A webnn cast to the 8-bit type of the
/// same signedness does that; the signature keeps saying int4.
static void widenSubByteResults(func::FuncOp graph) {
  Operation *terminator = graph.getBody().front().getTerminator();
  OpBuilder builder(terminator);
  SmallVector<Type> resultTypes(graph.getResultTypes());
  for (OpOperand &operand : terminator->getOpOperands()) {
    auto type = cast<RankedTensorType>(operand.get().getType());
    auto element = dyn_cast<IntegerType>(type.getElementType());
    if (!element || element.getWidth() != 4)
      continue;
    bool isUnsigned = element.isUnsigned();
    auto wide = type.clone(IntegerType::get(
        graph.getContext(), 8,
        isUnsigned ? IntegerType::Unsigned : IntegerType::Signless));
    auto dataType = webnn::OperandDataTypeAttr::get(
        graph.getContext(), isUnsigned ? webnn::OperandDataType::uint8
                                       : webnn::OperandDataType::int8);
    operand.set(webnn::CastOp::create(builder, operand.get().getLoc(), wide,
                                      operand.get(), dataType, StringAttr()));
    resultTypes[operand.getOperandNumber()] = wide;
  }
  graph.setFunctionType(
      builder.getFunctionType(graph.getArgumentTypes(), resultTypes));
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

/// Writes the compile report of every graph (CompileReport.h) to `path`.
static LogicalResult writeReport(ArrayRef<ExecutionPlan> plans,
                                 MutableArrayRef<func::FuncOp> graphs,
                                 const CPUCompileOptions &options) {
  StringRef path = options.reportPath;
  std::optional<MeasuredKernelTimes> times;
  if (!options.kernelTimesPath.empty()) {
    std::string error;
    FailureOr<MeasuredKernelTimes> read =
        readKernelTimes(options.kernelTimesPath, error);
    if (failed(read))
      return emitError(UnknownLoc::get(graphs.front().getContext())) << error;
    times = std::move(*read);
  }
  auto write = [&](raw_ostream &os) {
    bool html = path.ends_with(".html");
    for (auto [plan, graph] : llvm::zip(plans, graphs)) {
      // One graph per report page; a batch writes them one after another.
      if (html)
        writeHtmlReport(plan, graph.getSymName(), times ? &*times : nullptr,
                        os);
      else
        writeTextReport(plan, times ? &*times : nullptr, os);
    }
  };
  if (path == "-") {
    write(llvm::outs());
    return success();
  }
  std::error_code error;
  llvm::raw_fd_ostream file(path, error);
  if (error)
    return emitError(UnknownLoc::get(graphs.front().getContext()))
           << "cannot write the report '" << path << "': " << error.message();
  write(file);
  return success();
}

namespace {
/// What one compilation produces before it is serialized.
struct CompiledModule {
  std::vector<ExecutionPlan> plans;
  std::vector<std::string> requiredFeatures;
  std::string sharedObject;
};
} // namespace

/// Runs the phases up to `emit` on every graph of `module`. Forms other
/// than Wnn are written to `os` and leave `compiled` empty.
static LogicalResult compileModule(ModuleOp module, EmitKind emit,
                                   const CPUCompileOptions &options,
                                   raw_ostream &os, CompiledModule &compiled) {
  if (failed(checkDisabledPasses(module.getContext(), options)))
    return failure();
  SmallVector<func::FuncOp> graphs = findGraphs(module);
  if (graphs.empty())
    return emitError(module.getLoc(), "the module holds no graph function");
  if (emit == EmitKind::WebNN) {
    module.print(os);
    return success();
  }

  DefaultTimingManager timingManager;
  timingManager.setEnabled(options.timing);
  TimingScope rootTiming = timingManager.getRootScope();

  TimingScope phase = startPhase(options, rootTiming, "optimizing the graph");
  if (failed(runPassPipeline(
          module,
          buildPipeline(options,
                        {"canonicalize", "cse",
                         "func.func(webnn-fold-constants)",
                         "func.func(webnn-fold-batch-norm)",
                         "func.func(webnn-recognize-decomposed)",
                         "func.func(webnn-fuse-gemm)", "canonicalize", "cse"}),
          phase)))
    return failure();
  phase.stop();
  if (emit == EmitKind::Optimized) {
    module.print(os);
    return success();
  }
  // The signatures keep WebNN's unsigned types, which lowering drops.
  std::vector<std::vector<TensorSignature>> inputs, outputs;
  for (func::FuncOp graph : graphs) {
    auto in = getInputSignature(graph);
    auto out = getOutputSignature(graph);
    if (failed(in) || failed(out))
      return failure();
    inputs.push_back(std::move(*in));
    outputs.push_back(std::move(*out));
    widenSubByteResults(graph);
  }

  phase =
      startPhase(options, rootTiming, "lowering to linalg and forming kernels");
  std::string tiling;
  llvm::raw_string_ostream(tiling)
      << "webnnc-tile-and-vectorize{max-work-items=" << options.maxWorkItems
      << " vectorize=" << options.vectorize << "}";
  if (failed(runPassPipeline(
          module,
          buildPipeline(options,
                        {"convert-webnn-to-linalg", "canonicalize", "cse",
                         "webnnc-fold-constant-layouts",
                         "webnnc-conv-to-matmul", "canonicalize", "cse",
                         "func.func(webnnc-fuse-elementwise)", "canonicalize",
                         "cse", "webnnc-form-kernels", tiling}),
          phase)))
    return failure();
  phase.stop();
  if (emit == EmitKind::Linalg) {
    module.print(os);
    return success();
  }

  phase = startPhase(options, rootTiming, "planning memory");
  for (auto [index, graph] : llvm::enumerate(graphs)) {
    FailureOr<ExecutionPlan> plan = buildExecutionPlan(graph);
    if (failed(plan))
      return failure();
    plan->inputs = std::move(inputs[index]);
    plan->outputs = std::move(outputs[index]);
    compiled.plans.push_back(std::move(*plan));
  }
  if (!options.reportPath.empty() &&
      failed(writeReport(compiled.plans, graphs, options)))
    return failure();
  phase.stop();

  phase = startPhase(options, rootTiming, "generating LLVM IR");
  OwningOpRef<ModuleOp> kernels = extractKernels(module);
  if (failed(lowerKernelsToLLVMDialect(*kernels, phase)))
    return failure();
  FailureOr<CPUTargetMachine> target =
      createTargetMachine(module.getContext(), options);
  if (failed(target))
    return failure();
  llvm::LLVMContext llvmContext;
  phase.stop();
  phase = startPhase(options, rootTiming, "optimizing LLVM IR");
  std::unique_ptr<llvm::Module> llvmModule =
      translateKernelsToLLVMIR(*kernels, llvmContext, *target->machine);
  if (!llvmModule)
    return emitError(module.getLoc(),
                     "translation of the kernels to LLVM IR failed");
  phase.stop();
  if (emit == EmitKind::LLVM) {
    llvmModule->print(os, nullptr);
    return success();
  }

  phase = startPhase(options, rootTiming, "generating machine code");
  std::string code, error;
  if (failed(emitMachineCode(*llvmModule, *target->machine,
                             emit == EmitKind::Asm, code, error)))
    return emitError(module.getLoc(), error);
  phase.stop();
  if (emit == EmitKind::Asm || emit == EmitKind::Obj) {
    os << code;
    return success();
  }
  phase = startPhase(options, rootTiming, "linking");
  if (failed(linkSharedObject(code, compiled.sharedObject, error)))
    return emitError(module.getLoc(), error);
  compiled.requiredFeatures = std::move(target->requiredFeatures);
  return success();
}

static Provenance getProvenance(const CPUCompileOptions &options) {
  return Provenance{WEBNNC_VERSION_STRING, options.sourceFile,
                    options.sourceSha256, options.optionsText};
}

LogicalResult compileForCPU(ModuleOp module, EmitKind emit,
                            const CPUCompileOptions &options, raw_ostream &os) {
  if (findGraphs(module).size() > 1)
    return emitError(module.getLoc(),
                     "a module to compile must hold one graph function");
  CompiledModule compiled;
  if (failed(compileModule(module, emit, options, os, compiled)))
    return failure();
  if (emit == EmitKind::Wnn)
    os << writeArtifact(compiled.plans.front(), compiled.requiredFeatures,
                        compiled.sharedObject, getProvenance(options));
  return success();
}

FailureOr<std::vector<std::string>>
compileGraphsForCPU(ModuleOp module, const CPUCompileOptions &options) {
  CompiledModule compiled;
  std::string unused;
  llvm::raw_string_ostream os(unused);
  if (failed(compileModule(module, EmitKind::Wnn, options, os, compiled)))
    return failure();
  std::vector<std::string> artifacts;
  for (const ExecutionPlan &plan : compiled.plans)
    artifacts.push_back(writeArtifact(plan, compiled.requiredFeatures,
                                      compiled.sharedObject,
                                      getProvenance(options)));
  return artifacts;
}

} // namespace mlir::webnnc
