//===- NativeCode.cpp - kernels to machine code and a shared object -------===//
//
// In process, no external tools: MLIR's bufferization and LLVM conversions,
// LLVM's O3 pipeline and code generator through a TargetMachine, and lld as
// a library for the shared object the runtime dlopens.
//
//===----------------------------------------------------------------------===//
#include "NativeCode.h"
#include "PassPipeline.h"

#include "webnnc/Targets/CPU/CPUTarget.h"
#include "webnnc/Targets/CPU/Passes.h"

#include "lld/Common/Driver.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Hoisting.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/X86TargetParser.h"

LLD_HAS_DRIVER(elf)

namespace mlir::webnnc {

/// CPU features the runtime can check (runtime/src/NativeCode.cpp).
static constexpr const char *kCheckableFeatures[] = {
    "sse4.2",   "avx",      "avx2",     "fma",        "f16c",      "avx512f",
    "avx512bw", "avx512dq", "avx512vl", "avx512vnni", "avx512bf16"};

FailureOr<CPUTargetMachine>
createTargetMachine(MLIRContext *context, const CPUCompileOptions &options) {
  LLVMInitializeX86TargetInfo();
  LLVMInitializeX86Target();
  LLVMInitializeX86TargetMC();
  LLVMInitializeX86AsmPrinter();
  LLVMInitializeX86AsmParser();

  llvm::Triple triple(llvm::sys::getDefaultTargetTriple());
  std::string error;
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return emitError(UnknownLoc::get(context)) << "no LLVM target: " << error;

  std::string cpu = options.targetCPU;
  llvm::StringMap<bool> features;
  if (cpu == "native" || cpu.empty()) {
    cpu = llvm::sys::getHostCPUName().str();
    features = llvm::sys::getHostCPUFeatures();
  } else {
    if (!llvm::X86::parseArchX86(cpu, /*Only64Bit=*/true) ||
        !target->hasTargetMachine())
      return emitError(UnknownLoc::get(context))
             << "unknown target CPU '" << cpu
             << "' (use native, an LLVM x86-64 CPU name such as znver4, or "
                "x86-64-v2/v3/v4)";
    llvm::SmallVector<llvm::StringRef> names;
    llvm::X86::getFeaturesForCPU(cpu, names, /*NeedPlus=*/false);
    for (llvm::StringRef name : names)
      features[name] = true;
  }
  llvm::SmallVector<llvm::StringRef> extra;
  llvm::StringRef(options.targetFeatures)
      .split(extra, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef feature : extra) {
    if (feature.size() < 2 || (feature[0] != '+' && feature[0] != '-'))
      return emitError(UnknownLoc::get(context))
             << "target feature '" << feature << "' must start with '+' or '-'";
    features[feature.drop_front()] = feature[0] == '+';
  }
  std::string featureString;
  CPUTargetMachine result;
  for (const auto &feature : features) {
    featureString += (feature.second ? "+" : "-") + feature.first().str() + ",";
  }
  for (const char *name : kCheckableFeatures)
    if (features.lookup(name))
      result.requiredFeatures.push_back(name);

  llvm::TargetOptions targetOptions;
  // Multiply-adds become FMAs, as in every other NN runtime's kernels.
  targetOptions.AllowFPOpFusion = llvm::FPOpFusion::Fast;
  result.machine.reset(target->createTargetMachine(
      triple, cpu, featureString, targetOptions, llvm::Reloc::PIC_,
      std::nullopt, llvm::CodeGenOptLevel::Aggressive));
  if (!result.machine)
    return emitError(UnknownLoc::get(context))
           << "cannot create an LLVM target machine for '" << cpu << "'";
  return result;
}

LogicalResult lowerKernelsToLLVMDialect(ModuleOp kernels, TimingScope &timing) {
  MLIRContext *context = kernels.getContext();
  // Kernels must not write into what they read: inputs and constants are
  // shared with the rest of the graph.
  for (auto kernel : kernels.getOps<func::FuncOp>())
    for (unsigned i = 0; i < kernel.getNumArguments(); ++i)
      if (isa<TensorType>(kernel.getArgument(i).getType()))
        kernel.setArgAttr(
            i, bufferization::BufferizationDialect::kWritableAttrName,
            BoolAttr::get(context, false));
  if (failed(runPassPipeline(
          kernels,
          "func.func(canonicalize,cse,lower-vector-mask),"
          "one-shot-bufferize{bufferize-function-boundaries=1 "
          "function-boundary-type-conversion=identity-layout-map},"
          "buffer-results-to-out-params{hoist-static-allocs=1 "
          "modify-public-functions=1},"
          "canonicalize,cse",
          timing)))
    return failure();
  // The result's buffer is the caller's: a kernel that computes into a
  // fresh allocation and copies it out at the end writes in place instead
  // (nothing is allocated while a graph runs).
  kernels.walk([&](memref::CopyOp copy) {
    auto alloc = copy.getSource().getDefiningOp<memref::AllocOp>();
    auto target = dyn_cast<BlockArgument>(copy.getTarget());
    if (!alloc || !target || alloc.getType() != copy.getTarget().getType() ||
        !isa<func::ReturnOp>(copy->getNextNode()))
      return;
    alloc.getResult().replaceAllUsesWith(copy.getTarget());
    copy.erase();
    alloc.erase();
  });
  // Tiles written in place leave copies of a view onto itself; views of
  // the accumulator leave the K loop, so that its transfers can follow.
  if (failed(runPassPipeline(
          kernels, "cse,canonicalize,func.func(loop-invariant-code-motion)",
          timing)))
    return failure();
  kernels.walk([&](memref::CopyOp copy) {
    if (copy.getSource() == copy.getTarget())
      copy.erase();
  });
  // erf and exp as polynomials LLVM can vectorize (libm's erff and expf
  // are a scalar call per element: GELU epilogues and softmax spent most
  // of their time there); both stay within the conformance tolerances.
  {
    RewritePatternSet patterns(context);
    populatePolynomialApproximateErfPattern(patterns);
    populateMathPolynomialApproximationPatterns(patterns, [](StringRef name) {
      return name == math::ExpOp::getOperationName();
    });
    if (failed(applyPatternsGreedily(kernels, std::move(patterns))))
      return failure();
  }
  // With buffers, the accumulator's reads and writes leave the K loop.
  for (auto kernel : kernels.getOps<func::FuncOp>())
    linalg::hoistRedundantVectorTransfers(kernel, /*verifyNonZeroTrip=*/true);
  // Copies between strided views would lower to a call into MLIR's runner
  // library, which the runtime does not have: make them loops.
  IRRewriter rewriter(context);
  kernels.walk([&](memref::CopyOp copy) {
    rewriter.setInsertionPoint(copy);
    rewriter.replaceOpWithNewOp<linalg::CopyOp>(copy, copy.getSource(),
                                                copy.getTarget());
  });
  // Scratch tiles (a product tile an epilogue reads) leave the loops and
  // live on the stack: a dispatch allocates nothing. Whatever is too large
  // for the stack is freed where ownership says so.
  return runPassPipeline(
      kernels,
      "func.func(buffer-loop-hoisting),"
      "func.func(promote-buffers-to-stack{max-alloc-size-in-bytes=262144}),"
      "buffer-deallocation-pipeline,"
      "canonicalize,cse,func.func(webnnc-deinterleave-strided-reads),"
      "convert-linalg-to-loops,"
      "func.func(convert-vector-to-scf{full-unroll=1}),"
      "lower-affine,convert-scf-to-cf,canonicalize,expand-strided-metadata,"
      "lower-affine,finalize-memref-to-llvm,"
      "convert-vector-to-llvm{vector-contract-lowering=outerproduct},"
      "convert-math-to-llvm,convert-math-to-libm,arith-expand,"
      "convert-arith-to-llvm,"
      "convert-func-to-llvm{use-bare-ptr-memref-call-conv=1},"
      "convert-cf-to-llvm,convert-index-to-llvm,convert-ub-to-llvm,"
      "reconcile-unrealized-casts",
      timing);
}

/// webnnc_<kernel>(void *const *args, int64_t begin, int64_t end): loads
/// the buffer pointers and calls the kernel, whose bare-pointer signature
/// is (buffers of its operands..., begin, end, buffers of its results...).
static void addEntryPoint(llvm::Function &kernel) {
  llvm::Module &module = *kernel.getParent();
  llvm::LLVMContext &context = module.getContext();
  llvm::Type *ptr = llvm::PointerType::getUnqual(context);
  llvm::Type *i64 = llvm::Type::getInt64Ty(context);
  auto *type = llvm::FunctionType::get(llvm::Type::getVoidTy(context),
                                       {ptr, i64, i64}, false);
  auto *entry = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage,
                                       "webnnc_" + kernel.getName(), module);
  entry->setVisibility(llvm::GlobalValue::DefaultVisibility);
  llvm::IRBuilder<> builder(llvm::BasicBlock::Create(context, "entry", entry));
  llvm::SmallVector<llvm::Value *> arguments;
  unsigned buffer = 0, scalar = 0;
  for (llvm::Type *param : kernel.getFunctionType()->params()) {
    if (param->isPointerTy()) {
      llvm::Value *slot =
          builder.CreateConstInBoundsGEP1_64(ptr, entry->getArg(0), buffer++);
      arguments.push_back(builder.CreateLoad(ptr, slot));
    } else {
      arguments.push_back(entry->getArg(1 + std::min(scalar++, 1u)));
    }
  }
  builder.CreateCall(&kernel, arguments);
  builder.CreateRetVoid();
  kernel.setLinkage(llvm::GlobalValue::InternalLinkage);
}

std::unique_ptr<llvm::Module>
translateKernelsToLLVMIR(ModuleOp kernels, llvm::LLVMContext &llvmContext,
                         llvm::TargetMachine &target) {
  // Kernels the arena plan may run in place (their result over an
  // argument) keep their pointers free of noalias.
  llvm::StringSet<> mayAlias;
  for (auto function : kernels.getOps<LLVM::LLVMFuncOp>())
    if (function->hasAttr(kInPlaceAttr))
      mayAlias.insert(function.getName());
  std::unique_ptr<llvm::Module> module =
      translateModuleToLLVMIR(kernels, llvmContext, "webnnc_kernels");
  if (!module)
    return nullptr;
  module->setDataLayout(target.createDataLayout());
  module->setTargetTriple(target.getTargetTriple());
  llvm::SmallVector<llvm::Function *> functions;
  for (llvm::Function &function : *module)
    if (!function.isDeclaration() && function.getName().starts_with("kernel"))
      functions.push_back(&function);
  for (llvm::Function *function : functions) {
    // Kernel buffers never overlap a buffer the kernel writes (the arena
    // plan keeps live values apart; inputs and constants are read-only).
    if (!mayAlias.contains(function->getName()))
      for (llvm::Argument &argument : function->args())
        if (argument.getType()->isPointerTy())
          argument.addAttr(llvm::Attribute::NoAlias);
    function->addFnAttr("target-cpu", target.getTargetCPU());
    function->addFnAttr("target-features", target.getTargetFeatureString());
    addEntryPoint(*function);
  }
  for (llvm::Function &function : *module)
    if (!function.isDeclaration()) {
      function.addFnAttr("target-cpu", target.getTargetCPU());
      function.addFnAttr("target-features", target.getTargetFeatureString());
      function.addFnAttr(llvm::Attribute::NoUnwind);
    }

  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PipelineTuningOptions tuning;
  tuning.LoopVectorization = true;
  tuning.SLPVectorization = true;
  llvm::PassBuilder passBuilder(&target, tuning);
  passBuilder.registerModuleAnalyses(mam);
  passBuilder.registerCGSCCAnalyses(cgam);
  passBuilder.registerFunctionAnalyses(fam);
  passBuilder.registerLoopAnalyses(lam);
  passBuilder.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::ModulePassManager passes =
      passBuilder.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O3);
  passes.run(*module, mam);
  return module;
}

LogicalResult emitMachineCode(llvm::Module &module, llvm::TargetMachine &target,
                              bool assembly, std::string &out,
                              std::string &error) {
  llvm::SmallVector<char, 0> buffer;
  llvm::raw_svector_ostream stream(buffer);
  llvm::legacy::PassManager passes;
  if (target.addPassesToEmitFile(passes, stream, nullptr,
                                 assembly
                                     ? llvm::CodeGenFileType::AssemblyFile
                                     : llvm::CodeGenFileType::ObjectFile)) {
    error = "the LLVM target cannot emit this file type";
    return failure();
  }
  passes.run(module);
  out.assign(buffer.begin(), buffer.end());
  return success();
}

LogicalResult linkSharedObject(StringRef object, std::string &sharedObject,
                               std::string &error) {
  llvm::SmallString<128> objectPath, libraryPath;
  int fd;
  if (llvm::sys::fs::createTemporaryFile("webnnc-kernels", "o", fd,
                                         objectPath)) {
    error = "cannot create a temporary file";
    return failure();
  }
  {
    llvm::raw_fd_ostream os(fd, /*shouldClose=*/true);
    os << object;
  }
  if (llvm::sys::fs::createTemporaryFile("webnnc-kernels", "so", libraryPath)) {
    llvm::sys::fs::remove(objectPath);
    error = "cannot create a temporary file";
    return failure();
  }
  const char *args[] = {"ld.lld",
                        "-shared",
                        "--hash-style=gnu",
                        "-z",
                        "noexecstack",
                        "-z",
                        "now",
                        "--build-id=none",
                        "-o",
                        libraryPath.c_str(),
                        objectPath.c_str()};
  std::string messages;
  llvm::raw_string_ostream messageStream(messages);
  lld::Result result = lld::lldMain(args, messageStream, messageStream,
                                    {{lld::Gnu, &lld::elf::link}});
  llvm::sys::fs::remove(objectPath);
  if (result.retCode != 0) {
    llvm::sys::fs::remove(libraryPath);
    error = "lld: " + messages;
    return failure();
  }
  auto file = llvm::MemoryBuffer::getFile(libraryPath);
  llvm::sys::fs::remove(libraryPath);
  if (!file) {
    error = "cannot read the linked shared object";
    return failure();
  }
  sharedObject = (*file)->getBuffer().str();
  return success();
}

} // namespace mlir::webnnc
