//===- Interpreter.cpp - the webnn reference interpreter ------------------===//
#include "webnnc/Interpreter/Interpreter.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "webnn/IR/WebNNOps.h"

using namespace mlir;

namespace webnnc::interp {

Kernel KernelRegistry::lookup(Operation *op) const {
  auto it = kernels.find(op->getName().getTypeID());
  return it == kernels.end() ? nullptr : it->second;
}

const KernelRegistry &getDefaultKernels() {
  static const KernelRegistry registry = [] {
    KernelRegistry r;
    registerGraphKernels(r);
    registerElementwiseKernels(r);
    registerActivationKernels(r);
    registerConvPoolKernels(r);
    registerNormalizationKernels(r);
    registerReductionKernels(r);
    registerDataMovementKernels(r);
    registerRecurrentKernels(r);
    registerQuantizationKernels(r);
    return r;
  }();
  return registry;
}

std::optional<Tensor> allocateFor(Type type) {
  auto tensorType = dyn_cast<RankedTensorType>(type);
  if (!tensorType || !tensorType.hasStaticShape())
    return std::nullopt;
  std::optional<DataType> dataType = getDataType(tensorType.getElementType());
  if (!dataType)
    return std::nullopt;
  return Tensor(*dataType, tensorType.getShape());
}

FailureOr<Tensor> tensorFromAttr(ElementsAttr value) {
  std::optional<Tensor> tensor = allocateFor(value.getType());
  if (!tensor)
    return failure();
  DataType type = tensor->getDataType();
  int64_t count = tensor->getNumElements();

  // dense_resource: the blob holds the elements in their storage layout
  // (float16 as half bits; int4/uint4 one per byte).
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return failure();
    ArrayRef<char> data = blob->getData();
    if (data.size() != tensor->getByteSize())
      return failure();
    std::memcpy(tensor->getBytes(), data.data(), data.size());
    return std::move(*tensor);
  }

  auto dense = dyn_cast<DenseElementsAttr>(value);
  if (!dense)
    return failure();
  int64_t i = 0;
  if (isFloat(type)) {
    for (APFloat element : dense.getValues<APFloat>()) {
      if (type == DataType::Float16)
        tensor->data<Half>()[i] = Half{static_cast<uint16_t>(
            element.bitcastToAPInt().getZExtValue())};
      else
        tensor->data<float>()[i] = element.convertToFloat();
      if (++i == count)
        break;
    }
  } else {
    for (APInt element : dense.getValues<APInt>()) {
      if (isSigned(type))
        tensor->setInt64(i, element.getSExtValue());
      else
        tensor->setUint64(i, element.getZExtValue());
      if (++i == count)
        break;
    }
  }
  // A splat yields one value; spread it.
  for (int64_t j = i; j < count; ++j)
    std::memcpy(tensor->getBytes() + j * getStorageSize(type),
                tensor->getBytes(), getStorageSize(type));
  return std::move(*tensor);
}

FailureOr<SmallVector<Tensor>> interpret(func::FuncOp graph,
                                         ArrayRef<Tensor> inputs,
                                         const KernelRegistry &kernels) {
  if (graph.isExternal())
    return graph.emitError("cannot interpret a function without a body");
  Block &body = graph.getBody().front();
  if (inputs.size() != body.getNumArguments())
    return graph.emitError() << "graph takes " << body.getNumArguments()
                             << " inputs, " << inputs.size() << " given";

  DenseMap<Value, Tensor> values;
  for (auto [index, argument] : llvm::enumerate(body.getArguments())) {
    std::optional<Tensor> expected = allocateFor(argument.getType());
    const Tensor &input = inputs[index];
    if (!expected || expected->getDataType() != input.getDataType() ||
        expected->getShape() != input.getShape())
      return graph.emitError()
             << "input #" << index << " has type " << argument.getType()
             << " but the tensor given is "
             << getDataTypeName(input.getDataType()) << " of shape ["
             << input.getShape() << "]";
    values[argument] = input;
  }

  // Free each intermediate after its last use, so large graphs (MobileNet)
  // hold only their live tensors.
  DenseMap<Value, Operation *> lastUser;
  for (Operation &op : body)
    for (Value operand : op.getOperands())
      lastUser[operand] = &op;

  for (Operation &op : body) {
    if (auto ret = dyn_cast<func::ReturnOp>(op)) {
      SmallVector<Tensor> outputs;
      for (Value operand : ret.getOperands())
        outputs.push_back(values.lookup(operand));
      return outputs;
    }
    Kernel kernel = kernels.lookup(&op);
    if (!kernel)
      return op.emitOpError("has no reference interpreter kernel");
    SmallVector<const Tensor *> operands;
    for (Value operand : op.getOperands()) {
      auto it = values.find(operand);
      operands.push_back(it == values.end() ? nullptr : &it->second);
    }
    SmallVector<Tensor> results;
    for (Type type : op.getResultTypes()) {
      std::optional<Tensor> result = allocateFor(type);
      if (!result)
        return op.emitOpError("result type ")
               << type << " is not a WebNN tensor type";
      results.push_back(std::move(*result));
    }
    if (failed(kernel(&op, operands, results)))
      return failure();
    for (auto [value, result] : llvm::zip(op.getResults(), results))
      values[value] = std::move(result);
    for (Value operand : op.getOperands())
      if (lastUser.lookup(operand) == &op && !isa<BlockArgument>(operand))
        values.erase(operand);
  }
  return graph.emitError("graph has no return");
}

//===----------------------------------------------------------------------===//
// Graph kernels
//===----------------------------------------------------------------------===//

static LogicalResult runConstant(Operation *op, ArrayRef<const Tensor *>,
                                 MutableArrayRef<Tensor> results) {
  FailureOr<Tensor> value =
      tensorFromAttr(cast<webnn::ConstantOp>(op).getValue());
  if (failed(value))
    return op->emitOpError("cannot read the constant's data");
  results[0] = std::move(*value);
  return success();
}

void registerGraphKernels(KernelRegistry &registry) {
  registry.add<webnn::ConstantOp>(runConstant);
}

} // namespace webnnc::interp
