//===- ExecutionPlan.cpp - schedule, constants and arena of a graph -------===//
#include "ExecutionPlan.h"

#include "webnnc/Targets/CPU/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNDialect.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/MathExtras.h"

namespace mlir::webnnc {

static constexpr uint64_t kArenaAlignment = 64;
static constexpr uint64_t kConstantAlignment = 64;

uint64_t getStorageSize(Type type) {
  auto shaped = cast<ShapedType>(type);
  unsigned bits = shaped.getElementType().getIntOrFloatBitWidth();
  return uint64_t(shaped.getNumElements()) * std::max(1u, (bits + 7) / 8);
}

static FailureOr<std::vector<TensorSignature>>
getSignature(func::FuncOp graph, TypeRange types, bool results) {
  std::vector<TensorSignature> signature;
  for (auto [index, type] : llvm::enumerate(types)) {
    auto tensor = dyn_cast<RankedTensorType>(type);
    if (!tensor || !tensor.hasStaticShape())
      return graph.emitError() << (results ? "output " : "input ") << index
                               << " needs a static shape to be compiled";
    DictionaryAttr attrs =
        results ? graph.getResultAttrDict(index) : graph.getArgAttrDict(index);
    auto name = attrs ? attrs.getAs<StringAttr>(webnn::WebNNDialect::kNameAttr)
                      : StringAttr();
    signature.push_back(
        {name ? name.getValue().str() : "#" + std::to_string(index),
         webnn::dataTypeName(tensor.getElementType()),
         std::vector<int64_t>(tensor.getShape().begin(),
                              tensor.getShape().end())});
  }
  return signature;
}

FailureOr<std::vector<TensorSignature>> getInputSignature(func::FuncOp graph) {
  return getSignature(graph, graph.getArgumentTypes(), /*results=*/false);
}
FailureOr<std::vector<TensorSignature>> getOutputSignature(func::FuncOp graph) {
  return getSignature(graph, graph.getResultTypes(), /*results=*/true);
}

/// The bytes of a constant as kernels read them.
static FailureOr<std::vector<uint8_t>> constantBytes(arith::ConstantOp op) {
  uint64_t size = getStorageSize(op.getType());
  std::vector<uint8_t> bytes;
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(op.getValue())) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob || blob->getData().size() != size)
      return op.emitError("constant blob is missing or has the wrong size");
    bytes.assign(blob->getData().begin(), blob->getData().end());
    return bytes;
  }
  auto dense = dyn_cast<DenseElementsAttr>(op.getValue());
  if (!dense)
    return op.emitError("unsupported constant kind");
  unsigned bits = dense.getElementType().getIntOrFloatBitWidth();
  if (bits == 1 || bits % 8 != 0) {
    // Sub-byte elements: one byte per element, from the values.
    for (APInt value : dense.getValues<APInt>())
      bytes.push_back(uint8_t(value.getZExtValue()));
    return bytes;
  }
  ArrayRef<char> raw = dense.getRawData();
  if (dense.isSplat()) {
    for (int64_t i = 0, e = dense.getNumElements(); i < e; ++i)
      bytes.insert(bytes.end(), raw.begin(), raw.begin() + bits / 8);
    return bytes;
  }
  bytes.assign(raw.begin(), raw.end());
  return bytes;
}

namespace {
/// Storage of one value of the schedule.
struct Storage {
  StorageKind kind;
  uint32_t index = 0; // input/output index, or arena buffer index
  uint64_t offset = 0;
  uint64_t size = 0;
};

/// A concatenation form-kernels left in the graph (isInPlaceConcat): its
/// result gets an arena buffer and each operand's buffer becomes a part of
/// it at the operand's byte offset, so the kernels computing the operands
/// write straight into the result.
LogicalResult planInPlaceConcat(tensor::ConcatOp concat,
                                llvm::DenseMap<Value, Storage> &storage,
                                ExecutionPlan &plan) {
  uint64_t size = getStorageSize(concat.getType());
  auto index = static_cast<uint32_t>(plan.arenaBuffers.size());
  unsigned step = plan.kernels.size();
  plan.arenaBuffers.push_back({size, 0, step, step});
  uint64_t offset = 0;
  for (Value input : concat.getInputs()) {
    auto it = storage.find(input);
    if (it == storage.end() || it->second.kind != StorageKind::Arena ||
        it->second.offset != 0 ||
        plan.arenaBuffers[it->second.index].parent >= 0)
      return concat.emitError("internal error: a concatenation operand "
                              "without an arena buffer of its own");
    ArenaBuffer &part = plan.arenaBuffers[it->second.index];
    part.parent = index;
    part.offsetInParent = offset;
    offset += part.size;
  }
  if (offset != size)
    return concat.emitError("internal error: concatenation operands do not "
                            "fill the result");
  storage[concat.getResult()] = {StorageKind::Arena, index, 0, size};
  return success();
}
/// A kernel that may write its result over one of its arguments
/// (kInPlaceAttr): its result's buffer and the arena buffers of the
/// candidate arguments (at offset 0, of the result's size).
struct InPlaceCandidates {
  unsigned kernel;
  uint32_t result;
  SmallVector<uint32_t> arguments;
};
} // namespace

FailureOr<ExecutionPlan> buildExecutionPlan(func::FuncOp graph) {
  ExecutionPlan plan;
  auto inputs = getInputSignature(graph);
  auto outputs = getOutputSignature(graph);
  if (failed(inputs) || failed(outputs))
    return failure();
  plan.inputs = std::move(*inputs);
  plan.outputs = std::move(*outputs);

  ModuleOp module = graph->getParentOfType<ModuleOp>();
  llvm::DenseMap<Value, Storage> storage;
  for (BlockArgument argument : graph.getArguments())
    storage[argument] = {StorageKind::Input, argument.getArgNumber(), 0,
                         getStorageSize(argument.getType())};
  Operation *terminator = graph.getBody().front().getTerminator();
  llvm::DenseMap<Value, unsigned> outputIndex;
  for (OpOperand &operand : terminator->getOpOperands())
    outputIndex[operand.get()] = operand.getOperandNumber();

  // Arena buffers are numbered as defined; views share their source's.
  auto touch = [&](Value value, unsigned kernelIndex) {
    auto it = storage.find(value);
    if (it != storage.end() && it->second.kind == StorageKind::Arena)
      plan.arenaBuffers[it->second.index].lastKernel = kernelIndex;
  };
  std::vector<InPlaceCandidates> inPlace;

  for (Operation &op : graph.getBody().front()) {
    if (auto constant = dyn_cast<arith::ConstantOp>(op)) {
      if (!isa<ShapedType>(constant.getType()))
        continue;
      FailureOr<std::vector<uint8_t>> bytes = constantBytes(constant);
      if (failed(bytes))
        return failure();
      uint64_t offset =
          llvm::alignTo(plan.constantData.size(), kConstantAlignment);
      plan.constantData.resize(offset);
      plan.constantData.insert(plan.constantData.end(), bytes->begin(),
                               bytes->end());
      storage[constant.getResult()] = {StorageKind::Constant, 0, offset,
                                       bytes->size()};
      continue;
    }
    if (isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp, tensor::ReshapeOp>(
            op)) {
      auto it = storage.find(op.getOperand(0));
      if (it == storage.end())
        return op.emitError("view of a value without storage");
      storage[op.getResult(0)] = it->second;
      continue;
    }
    if (auto concat = dyn_cast<tensor::ConcatOp>(op)) {
      if (failed(planInPlaceConcat(concat, storage, plan)))
        return failure();
      continue;
    }
    if (isa<func::ReturnOp>(op) || isa<arith::ConstantIndexOp>(op))
      continue;
    auto call = dyn_cast<func::CallOp>(op);
    if (!call) {
      if (isOpTriviallyDead(&op))
        continue;
      return op.emitError("op left in the graph after kernel formation");
    }
    auto kernel = module.lookupSymbol<func::FuncOp>(call.getCallee());
    if (!kernel || !kernel->hasAttr(kKernelAttr))
      return call.emitError("call of something other than a kernel");
    unsigned kernelIndex = plan.kernels.size();
    PlannedKernel planned;
    planned.function = kernel.getSymName().str();
    planned.symbol = "webnnc_" + planned.function;
    if (auto items = kernel->getAttrOfType<IntegerAttr>(kWorkItemsAttr))
      planned.workItems = items.getInt();
    if (auto sources = kernel->getAttrOfType<ArrayAttr>(kSourceOpsAttr))
      for (auto name : sources.getAsRange<StringAttr>())
        planned.sourceOps.push_back(name.getValue().str());
    if (auto flops = kernel->getAttrOfType<IntegerAttr>(kFlopsAttr))
      planned.flops = flops.getInt();
    for (Value operand : call.getOperands()) {
      if (operand.getType().isIndex())
        continue; // the work range
      auto it = storage.find(operand);
      if (it == storage.end())
        return call.emitError("kernel argument without storage");
      touch(operand, kernelIndex);
      const Storage &s = it->second;
      planned.arguments.push_back({s.kind, s.index, s.offset, s.size});
    }
    InPlaceCandidates candidates{kernelIndex, 0, {}};
    if (auto indices = kernel->getAttrOfType<DenseI64ArrayAttr>(kInPlaceAttr))
      for (int64_t index : indices.asArrayRef()) {
        if (index < 0 || index >= call.getNumOperands() ||
            call.getNumResults() != 1)
          break;
        auto it = storage.find(call.getOperand(index));
        if (it != storage.end() && it->second.kind == StorageKind::Arena &&
            it->second.offset == 0 &&
            it->second.size == getStorageSize(call.getResult(0).getType()))
          candidates.arguments.push_back(it->second.index);
      }
    for (Value result : call.getResults()) {
      uint64_t size = getStorageSize(result.getType());
      Storage s;
      auto out = outputIndex.find(result);
      if (out != outputIndex.end()) {
        s = {StorageKind::Output, out->second, 0, size};
      } else {
        s = {StorageKind::Arena, uint32_t(plan.arenaBuffers.size()), 0, size};
        plan.arenaBuffers.push_back({size, 0, kernelIndex, kernelIndex});
        if (!candidates.arguments.empty()) {
          candidates.result = s.index;
          inPlace.push_back(std::move(candidates));
        }
      }
      storage[result] = s;
      planned.arguments.push_back({s.kind, s.index, 0, s.size});
    }
    for (const KernelArgument &argument : planned.arguments)
      planned.bytes += argument.size;
    plan.kernels.push_back(std::move(planned));
  }
  // Lifetimes are known now: an in-place kernel writes its result over the
  // first candidate whose storage it is the last reader of (in schedule
  // order, so chains of in-place kernels see the earlier decisions).
  for (const InPlaceCandidates &candidates : inPlace)
    for (uint32_t argument : candidates.arguments)
      if (plan.arenaBuffers[argument].lastKernel == candidates.kernel &&
          isFreeAfter(plan.arenaBuffers, argument, candidates.kernel)) {
        plan.arenaBuffers[candidates.result].parent = argument;
        break;
      }
  ArenaPlan arena = planArena(plan.arenaBuffers, kArenaAlignment);
  if (!isValidArenaPlan(plan.arenaBuffers))
    return graph.emitError("internal error: the arena plan overlaps live "
                           "values");
  plan.arenaSize = arena.size;
  plan.arenaLowerBound = arena.lowerBound;
  plan.arenaStrategy = arena.strategy;
  // Arena arguments now get their offsets.
  for (PlannedKernel &kernel : plan.kernels)
    for (KernelArgument &argument : kernel.arguments)
      if (argument.kind == StorageKind::Arena) {
        argument.offset += plan.arenaBuffers[argument.index].offset;
        argument.index = 0;
      }
  return plan;
}

} // namespace mlir::webnnc
