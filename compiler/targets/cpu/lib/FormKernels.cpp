//===- FormKernels.cpp - group graph ops into kernel functions ------------===//
//
// Kernel formation in the manner of IREE's dispatch regions, at the
// granularity the runtime schedules: one root compute op per kernel, plus
// the ops that only build its destination. What remains in the graph is a
// schedule the artifact writer reads directly: calls in order, views
// (reshapes, which alias their operand's storage), concatenations built in
// place by their operands' kernels, and constants.
//
//===----------------------------------------------------------------------===//
#include "webnnc/Targets/CPU/Passes.h"

#include "IndexingMaps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/SetVector.h"

namespace mlir::webnnc {
#define GEN_PASS_DEF_FORMKERNELS
#include "webnnc/Targets/CPU/Passes.h.inc"

namespace {

/// Ops whose result shares its operand's storage: reshapes of contiguous
/// tensors. They stay in the graph.
bool isView(Operation *op) {
  return isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp>(op) ||
         (isa<tensor::ReshapeOp>(op) &&
          op->getOperand(1).getDefiningOp<arith::ConstantOp>());
}

/// A concatenation along the outermost dimension whose operands are all
/// computed by kernels for it alone: it stays in the graph, and the arena
/// plan places each operand inside its slice of the result, so the
/// producers write the concatenation in place (nothing is copied). Graph
/// results are written by kernels of their own, so neither the operands
/// nor the result may be returned.
bool isInPlaceConcat(tensor::ConcatOp concat) {
  if (concat.getDim() != 0 || !concat.getResultType().hasStaticShape())
    return false;
  auto returned = [](Value value) {
    return llvm::any_of(value.getUsers(), [](Operation *user) {
      return user->hasTrait<OpTrait::IsTerminator>();
    });
  };
  if (returned(concat.getResult()))
    return false;
  llvm::SmallPtrSet<Value, 4> seen;
  for (Value input : concat.getInputs()) {
    Operation *def = input.getDefiningOp();
    if (!def || !isa<linalg::LinalgOp>(def) || !input.hasOneUse() ||
        !seen.insert(input).second || isa<linalg::FillOp>(def))
      return false;
  }
  return true;
}

/// Ops cheap enough to be copied into every kernel that uses them.
bool isClonable(Operation *op, int64_t inlineConstantLimit) {
  if (isa<tensor::EmptyOp>(op))
    return true;
  // A reshaped empty tensor is still only a shape.
  if (isView(op)) {
    Operation *source = op->getOperand(0).getDefiningOp();
    return source && isa<tensor::EmptyOp>(source);
  }
  // Scalar computations (an extracted element, index arithmetic) travel
  // with their users: kernel arguments are tensors.
  if (op->getNumResults() > 0 &&
      llvm::none_of(op->getResultTypes(), llvm::IsaPred<ShapedType>) &&
      op->getNumRegions() == 0)
    return true;
  if (auto fill = dyn_cast<linalg::FillOp>(op))
    return fill.getInputs()[0].getDefiningOp<arith::ConstantOp>() &&
           fill.getOutputs()[0].getDefiningOp() &&
           isClonable(fill.getOutputs()[0].getDefiningOp(),
                      inlineConstantLimit);
  if (auto constant = dyn_cast<arith::ConstantOp>(op)) {
    auto shaped = dyn_cast<ShapedType>(constant.getType());
    if (!shaped)
      return true;
    if (auto dense = dyn_cast<DenseElementsAttr>(constant.getValue()))
      if (dense.isSplat())
        return true;
    return shaped.hasStaticShape() &&
           shaped.getNumElements() <= inlineConstantLimit;
  }
  return false;
}

/// Ops absorbed by the kernel of their only user: steps that write into a
/// destination it finishes, and slices it reads (views once bufferized).
bool isAbsorbable(Operation *op) {
  if (isa<tensor::InsertSliceOp, linalg::FillOp, tensor::ExtractSliceOp>(op))
    return true;
  // A pad only one kernel reads through slices (a depthwise convolution's
  // or pooling's window taps): that kernel pads each tile where it is
  // used, instead of a pass over the whole padded image through memory.
  if (isa<tensor::PadOp>(op))
    return llvm::all_of(op->getUsers(), llvm::IsaPred<tensor::ExtractSliceOp>);
  // A product whose only user is element-wise: that user is its epilogue.
  if (isa<linalg::MatmulOp>(op) && op->hasOneUse()) {
    auto user = dyn_cast<linalg::GenericOp>(*op->getUsers().begin());
    return user && user.getNumLoops() == user.getNumParallelLoops();
  }
  return false;
}

/// The webnn op names a kernel came from, read from the importer's
/// locations (the node names) for reports.
void collectSourceNames(Operation *op, llvm::SetVector<StringRef> &names) {
  op->getLoc()->walk([&](Location loc) {
    if (auto named = dyn_cast<NameLoc>(loc))
      names.insert(named.getName().getValue());
    return WalkResult::advance();
  });
}

/// FLOPs for reports: 2 per multiply-accumulate of a contraction or
/// convolution, one per iteration of any other linalg op.
int64_t countFlops(Operation *op) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  if (!linalgOp)
    return 0;
  int64_t iterations = 1;
  for (int64_t range : linalgOp.getStaticLoopRanges())
    iterations *= ShapedType::isDynamic(range) ? 1 : range;
  bool multiplyAccumulate = linalg::isaContractionOpInterface(linalgOp) ||
                            isa<linalg::ConvolutionOpInterface>(op);
  return multiplyAccumulate ? 2 * iterations : iterations;
}

/// Erases the ops of `block` whose results nobody uses, users first.
void eraseDeadOps(Block &block) {
  for (Operation &op : llvm::make_early_inc_range(llvm::reverse(block)))
    if (isOpTriviallyDead(&op))
      op.erase();
}

struct KernelGroup {
  Operation *root;
  /// Ops moved into the kernel, in program order (root last).
  llvm::SetVector<Operation *> ops;
};

struct FormKernelsPass : impl::FormKernelsBase<FormKernelsPass> {
  using FormKernelsBase::FormKernelsBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<func::FuncOp> graphs;
    for (auto func : module.getOps<func::FuncOp>())
      if (!func.isExternal() && !func->hasAttr(kKernelAttr))
        graphs.push_back(func);
    unsigned counter = 0;
    for (func::FuncOp graph : graphs)
      if (failed(formKernels(graph, counter)))
        return signalPassFailure();
  }

  /// Graph results must be written by a kernel of their own: a result that
  /// is an argument, a constant, a view or a value returned twice gets a
  /// copy.
  void copyUnownedResults(func::FuncOp graph) {
    Operation *terminator = graph.getBody().front().getTerminator();
    llvm::SmallPtrSet<Value, 8> returned;
    OpBuilder builder(terminator);
    for (OpOperand &operand : terminator->getOpOperands()) {
      Value value = operand.get();
      Operation *def = value.getDefiningOp();
      bool owned = def && !isView(def) && !isa<arith::ConstantOp>(def) &&
                   returned.insert(value).second;
      if (owned)
        continue;
      auto type = cast<RankedTensorType>(value.getType());
      Value empty = tensor::EmptyOp::create(
          builder, value.getLoc(), type.getShape(), type.getElementType());
      operand.set(linalg::CopyOp::create(builder, value.getLoc(), value, empty)
                      .getResult(0));
    }
  }

  LogicalResult formKernels(func::FuncOp graph, unsigned &counter) {
    if (!graph.getBody().hasOneBlock())
      return graph.emitError("a graph must have one block");
    copyUnownedResults(graph);
    Block &body = graph.getBody().front();
    // Nothing uses a dead op's result: it would be a kernel run for nothing.
    eraseDeadOps(body);
    // The operands of an in-place concatenation are computed right before
    // it: the buffer that holds them all is alive from the first one on.
    for (auto concat :
         llvm::make_early_inc_range(body.getOps<tensor::ConcatOp>()))
      if (isInPlaceConcat(concat))
        for (Value input : concat.getInputs())
          moveLate(input.getDefiningOp(), concat);

    // Roots, latest first; each absorbs the destination steps only it uses.
    llvm::DenseMap<Operation *, KernelGroup *> groupOf;
    std::vector<std::unique_ptr<KernelGroup>> groups;
    for (Operation &op : llvm::reverse(body)) {
      if (op.hasTrait<OpTrait::IsTerminator>() || groupOf.count(&op) ||
          isa<arith::ConstantOp>(op) || isClonable(&op, inlineConstantLimit))
        continue;
      // A reshape only one kernel reads goes into it (so do the slices it
      // reshapes); others stay in the graph as views.
      if (isView(&op)) {
        absorb(&op, groupOf);
        continue;
      }
      if (auto concat = dyn_cast<tensor::ConcatOp>(op);
          concat && isInPlaceConcat(concat))
        continue;
      if (op.getNumResults() == 0)
        return op.emitError("graph op without results cannot be scheduled");
      if (isAbsorbable(&op) && absorb(&op, groupOf))
        continue;
      if (isStatistic(&op, groupOf) && absorb(&op, groupOf))
        continue;
      groups.push_back(std::make_unique<KernelGroup>());
      groups.back()->root = &op;
      groupOf[&op] = groups.back().get();
    }
    for (auto &group : groups)
      for (Operation &op : body)
        if (groupOf.lookup(&op) == group.get())
          group->ops.insert(&op);

    // Outline in program order so the kernels are numbered as they run.
    std::reverse(groups.begin(), groups.end());
    for (auto &group : groups)
      outline(graph, *group, counter++);
    // Producers that were copied into kernels are left without users.
    eraseDeadOps(body);
    return success();
  }

  /// Moves `op` right before `user`, with the producers its kernel will
  /// absorb (a product it is the epilogue of, its destination's fill).
  /// Other producers stay where they are: they run first, while the
  /// concatenation is not alive yet.
  static void moveLate(Operation *op, Operation *user) {
    op->moveBefore(user);
    for (Value operand : op->getOperands()) {
      Operation *def = operand.getDefiningOp();
      if (def && def->getBlock() == op->getBlock() && def->hasOneUse() &&
          isAbsorbable(def))
        moveLate(def, op);
    }
  }

  /// A statistic (isStatisticOf) of the root of the kernel its users
  /// belong to joins that kernel: a softmax or a layer normalization is
  /// one kernel.
  static bool
  isStatistic(Operation *op,
              const llvm::DenseMap<Operation *, KernelGroup *> &groupOf) {
    if (op->use_empty())
      return false;
    KernelGroup *group = groupOf.lookup(*op->getUsers().begin());
    auto root = group ? dyn_cast<linalg::GenericOp>(group->root) : nullptr;
    return root && isStatisticOf(op, root);
  }

  /// The arguments a kernel may overwrite with its result: the kernel is
  /// one element-wise generic (and views, constants) that reads such an
  /// argument element for element (and nowhere else), with its result's
  /// type, and never reads its destination, so each element is read
  /// before it is written and by the same iteration.
  static SmallVector<int64_t> inPlaceArguments(func::FuncOp kernel) {
    auto ret = cast<func::ReturnOp>(kernel.getBody().front().getTerminator());
    if (ret.getNumOperands() != 1)
      return {};
    auto root = ret.getOperand(0).getDefiningOp<linalg::GenericOp>();
    if (!root || root.getNumResults() != 1 ||
        root.getNumParallelLoops() != root.getNumLoops() ||
        root.payloadUsesValueFromOperand(root.getDpsInitOperand(0)) ||
        !root.getMatchingIndexingMap(root.getDpsInitOperand(0)).isIdentity())
      return {};
    bool onlyRoot = true;
    kernel.walk([&](linalg::LinalgOp op) {
      onlyRoot &= op.getOperation() == root.getOperation();
    });
    if (!onlyRoot)
      return {};
    SmallVector<int64_t> candidates;
    for (OpOperand *input : root.getDpsInputOperands()) {
      auto argument = dyn_cast<BlockArgument>(input->get());
      if (argument && argument.hasOneUse() &&
          argument.getType() == root.getResult(0).getType() &&
          root.getMatchingIndexingMap(input).isIdentity())
        candidates.push_back(argument.getArgNumber());
    }
    return candidates;
  }

  /// Adds `op` to the group of its users if they all belong to one.
  bool absorb(Operation *op,
              llvm::DenseMap<Operation *, KernelGroup *> &groupOf) {
    KernelGroup *group = nullptr;
    for (Operation *user : op->getUsers()) {
      KernelGroup *userGroup = groupOf.lookup(user);
      if (!userGroup || (group && group != userGroup))
        return false;
      group = userGroup;
    }
    if (!group)
      return false;
    groupOf[op] = group;
    return true;
  }

  void outline(func::FuncOp graph, KernelGroup &group, unsigned index) {
    Operation *root = group.root;
    // Operands from outside: clonable producers are copied in, the rest
    // become arguments (in first-use order).
    llvm::SetVector<Value> arguments;
    llvm::SetVector<Operation *> clones;
    std::function<void(Operation *)> collect;
    auto use = [&](Value value) {
      Operation *def = value.getDefiningOp();
      if (def && (group.ops.contains(def) || clones.contains(def)))
        return;
      if (def && isClonable(def, inlineConstantLimit)) {
        collect(def);
        clones.insert(def);
        return;
      }
      arguments.insert(value);
    };
    collect = [&](Operation *op) {
      for (Value operand : op->getOperands())
        use(operand);
      // Values a region captures from the graph (constants, usually).
      op->walk([&](Operation *nested) {
        if (nested == op)
          return;
        for (Value operand : nested->getOperands()) {
          Operation *def = operand.getDefiningOp();
          bool inside = op->isAncestor(
              def ? def : operand.getParentBlock()->getParentOp());
          if (!inside)
            use(operand);
        }
      });
    };
    for (Operation *op : group.ops)
      collect(op);

    OpBuilder builder(graph);
    builder.setInsertionPointAfter(graph);
    auto argumentTypes = llvm::to_vector(
        llvm::map_range(arguments, [](Value v) { return v.getType(); }));
    auto kernelType =
        builder.getFunctionType(argumentTypes, root->getResultTypes());
    std::string name = ("kernel" + Twine(index)).str();
    auto kernel =
        func::FuncOp::create(builder, root->getLoc(), name, kernelType);
    kernel.setPrivate();
    kernel->setAttr(kKernelAttr, builder.getUnitAttr());
    llvm::SetVector<StringRef> sourceNames;
    int64_t flops = 0;
    for (Operation *op : group.ops) {
      collectSourceNames(op, sourceNames);
      flops += countFlops(op);
    }
    kernel->setAttr(kFlopsAttr, builder.getI64IntegerAttr(flops));
    kernel->setAttr(kSourceOpsAttr,
                    builder.getStrArrayAttr(sourceNames.getArrayRef()));

    Block *entry = kernel.addEntryBlock();
    IRMapping mapping;
    for (auto [value, argument] : llvm::zip(arguments, entry->getArguments()))
      mapping.map(value, argument);
    builder.setInsertionPointToStart(entry);
    // Clones before the group ops: they only depend on one another.
    SmallVector<Operation *> orderedClones(clones.begin(), clones.end());
    llvm::sort(orderedClones, [](Operation *a, Operation *b) {
      return a->isBeforeInBlock(b);
    });
    for (Operation *op : orderedClones)
      builder.clone(*op, mapping);
    for (Operation *op : group.ops)
      builder.clone(*op, mapping);
    func::ReturnOp::create(
        builder, root->getLoc(),
        llvm::to_vector(llvm::map_range(
            root->getResults(), [&](Value v) { return mapping.lookup(v); })));

    SmallVector<int64_t> inPlace = inPlaceArguments(kernel);
    if (!inPlace.empty())
      kernel->setAttr(kInPlaceAttr, builder.getDenseI64ArrayAttr(inPlace));

    builder.setInsertionPoint(root);
    auto call = func::CallOp::create(builder, root->getLoc(), kernel,
                                     arguments.getArrayRef());
    root->replaceAllUsesWith(call.getResults());
    for (Operation *op : llvm::reverse(group.ops))
      op->erase();
    for (Operation *op : llvm::reverse(orderedClones))
      if (op->use_empty())
        op->erase();
  }
};

} // namespace
} // namespace mlir::webnnc
