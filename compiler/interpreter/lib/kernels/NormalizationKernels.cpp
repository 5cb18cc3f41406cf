//===- NormalizationKernels.cpp - Normalization ops in the interpreter ----===//
//
// Spec sections: batchNormalization, instanceNormalization,
// layerNormalization. All three compute, per element,
//
//   scale * (input - mean) / sqrt(variance + epsilon) + bias
//
// (the order of the spec's emulation code), with scale 1 and bias 0 when
// absent. batchNormalization takes mean and variance as operands; the other
// two compute them over a set of axes as the emulations do:
// mean = reduceMean(input), variance = reduceMean((input - mean)^2).
// Arithmetic is in float for float32 and float16 (rounded once on store);
// epsilon is first cast to the input's data type (method steps: "Set
// options.epsilon to the result of casting options.epsilon to input's
// dataType").
//
//===----------------------------------------------------------------------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

#include <vector>

using namespace mlir;

namespace webnnc::interp {

/// For every element of a row-major tensor of `shape`, in order, the offset
/// sum(coordinate[d] * strides[d]): the flat index of the element it maps
/// to in another tensor (a stride of 0 drops the dimension). Computed with
/// an odometer, O(1) amortized per element. (The same helper is in
/// ReductionKernels.cpp.)
static std::vector<int64_t> projectIndices(ArrayRef<int64_t> shape,
                                           ArrayRef<int64_t> strides) {
  int64_t count = 1;
  for (int64_t size : shape)
    count *= size;
  std::vector<int64_t> result(count);
  int64_t rank = static_cast<int64_t>(shape.size());
  SmallVector<int64_t> coordinate(rank, 0);
  int64_t offset = 0;
  for (int64_t i = 0; i < count; ++i) {
    result[i] = offset;
    for (int64_t d = rank - 1; d >= 0; --d) {
      offset += strides[d];
      if (++coordinate[d] < shape[d])
        break;
      offset -= strides[d] * shape[d];
      coordinate[d] = 0;
    }
  }
  return result;
}

/// The tensor of an optional operand: null when `value` is absent.
static const Tensor *getOptionalOperand(Operation *op,
                                        ArrayRef<const Tensor *> operands,
                                        Value value) {
  if (!value)
    return nullptr;
  for (OpOperand &operand : op->getOpOperands())
    if (operand.get() == value)
      return operands[operand.getOperandNumber()];
  return nullptr;
}

/// Dispatches float32/float16, the only input types of the normalizations.
template <typename Fn>
static LogicalResult visitFloatType(Operation *op, DataType type, Fn &&fn) {
  if (type == DataType::Float32)
    fn(std::integral_constant<DataType, DataType::Float32>{});
  else if (type == DataType::Float16)
    fn(std::integral_constant<DataType, DataType::Float16>{});
  else
    return op->emitOpError("expects a float32 or float16 input, got ")
           << getDataTypeName(type);
  return success();
}

/// epsilon cast to the input's data type, as a float.
static float castEpsilon(const APFloat &epsilon, DataType type) {
  float value = epsilon.convertToFloat();
  return type == DataType::Float16 ? Half::fromFloat(value).toFloat() : value;
}

/// All elements of a float tensor as floats.
template <typename T> static std::vector<float> loadAll(const Tensor &tensor) {
  std::vector<float> result(tensor.getNumElements());
  const T *data = tensor.data<T>();
  for (int64_t i = 0, e = tensor.getNumElements(); i < e; ++i)
    result[i] = load(data[i]);
  return result;
}

/// output[i] = scale[p] * (input[i] - mean[s]) / sqrt(variance[s] + epsilon)
///             + bias[p]
/// where s = statIndex[i] and p = paramIndex[i]; scale 1 and bias 0 when
/// absent.
template <typename T>
static void normalize(const Tensor &input, ArrayRef<int64_t> statIndex,
                      ArrayRef<float> mean, ArrayRef<float> variance,
                      float epsilon, const Tensor *scale, const Tensor *bias,
                      ArrayRef<int64_t> paramIndex, Tensor &output) {
  const T *in = input.data<T>();
  const T *scaleData = scale ? scale->data<T>() : nullptr;
  const T *biasData = bias ? bias->data<T>() : nullptr;
  T *out = output.data<T>();
  for (int64_t i = 0, e = input.getNumElements(); i < e; ++i) {
    int64_t s = statIndex[i];
    float value = (load(in[i]) - mean[s]) / std::sqrt(variance[s] + epsilon);
    if (scaleData)
      value = load(scaleData[paramIndex[i]]) * value;
    if (biasData)
      value = value + load(biasData[paramIndex[i]]);
    out[i] = store<T>(value);
  }
}

/// Mean and variance of the input over the dimensions marked in `reduced`
/// (reduceMean with keepDimensions, then reduceMean of the squared
/// deviation), as the instance/layer normalization emulations compute
/// them; normalizes with them. `paramStrides` maps an input coordinate to
/// the flat index of scale/bias.
template <typename T>
static void normalizeOverAxes(const Tensor &input, ArrayRef<bool> reduced,
                              float epsilon, const Tensor *scale,
                              const Tensor *bias,
                              ArrayRef<int64_t> paramStrides, Tensor &output) {
  ArrayRef<int64_t> shape = input.getShape();
  int64_t rank = input.getRank();
  SmallVector<int64_t> groupStrides(rank, 0);
  int64_t numGroups = 1, groupSize = 1;
  for (int64_t d = rank - 1; d >= 0; --d) {
    if (reduced[d]) {
      groupSize *= shape[d];
    } else {
      groupStrides[d] = numGroups;
      numGroups *= shape[d];
    }
  }
  std::vector<int64_t> groupOf = projectIndices(shape, groupStrides);
  std::vector<float> values = loadAll<T>(input);

  std::vector<float> mean(numGroups, 0.0f);
  for (size_t i = 0; i < values.size(); ++i)
    mean[groupOf[i]] += values[i];
  for (float &m : mean)
    m /= static_cast<float>(groupSize);

  std::vector<float> variance(numGroups, 0.0f);
  for (size_t i = 0; i < values.size(); ++i) {
    float deviation = values[i] - mean[groupOf[i]];
    variance[groupOf[i]] += deviation * deviation;
  }
  for (float &v : variance)
    v /= static_cast<float>(groupSize);

  std::vector<int64_t> paramIndex = projectIndices(shape, paramStrides);
  normalize<T>(input, groupOf, mean, variance, epsilon, scale, bias, paramIndex,
               output);
}

/// batchNormalization: mean, variance, scale and bias are 1-D over the
/// input dimension `axis` (default 1).
static LogicalResult runBatchNormalization(Operation *op,
                                           ArrayRef<const Tensor *> operands,
                                           MutableArrayRef<Tensor> results) {
  auto norm = cast<webnn::BatchNormalizationOp>(op);
  const Tensor &input = *operands[0];
  const Tensor *scale = getOptionalOperand(op, operands, norm.getScale());
  const Tensor *bias = getOptionalOperand(op, operands, norm.getBias());
  int64_t axis = static_cast<int64_t>(norm.getAxis());
  float epsilon = castEpsilon(norm.getEpsilon(), input.getDataType());
  return visitFloatType(op, input.getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    SmallVector<int64_t> strides(input.getRank(), 0);
    strides[axis] = 1;
    std::vector<int64_t> channelOf = projectIndices(input.getShape(), strides);
    std::vector<float> mean = loadAll<T>(*operands[1]);
    std::vector<float> variance = loadAll<T>(*operands[2]);
    normalize<T>(input, channelOf, mean, variance, epsilon, scale, bias,
                 channelOf, results[0]);
  });
}

/// instanceNormalization: per sample and channel, over the spatial
/// dimensions (2, 3 for "nchw"; 1, 2 for "nhwc"); scale and bias are 1-D
/// over the channels (axis 1 for "nchw", 3 otherwise, method steps).
static LogicalResult runInstanceNormalization(Operation *op,
                                              ArrayRef<const Tensor *> operands,
                                              MutableArrayRef<Tensor> results) {
  auto norm = cast<webnn::InstanceNormalizationOp>(op);
  const Tensor &input = *operands[0];
  const Tensor *scale = getOptionalOperand(op, operands, norm.getScale());
  const Tensor *bias = getOptionalOperand(op, operands, norm.getBias());
  float epsilon = castEpsilon(norm.getEpsilon(), input.getDataType());
  bool nchw = norm.getLayout() == webnn::InputOperandLayout::nchw;
  int64_t channelAxis = nchw ? 1 : 3;
  SmallVector<bool> reduced(4, true);
  reduced[0] = false;
  reduced[channelAxis] = false;
  SmallVector<int64_t> paramStrides(4, 0);
  paramStrides[channelAxis] = 1;
  return visitFloatType(op, input.getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    normalizeOverAxes<T>(input, reduced, epsilon, scale, bias, paramStrides,
                         results[0]);
  });
}

/// layerNormalization: over `axes` (default: 1 to rank - 1; none for rank
/// 0 or 1; an empty list normalizes each element by itself, giving bias or
/// 0). scale and bias have the shape of the input dimensions axes[0],
/// axes[1], ..., in that order (MLLayerNormalizationOptions.scale), so an
/// element's scale index is its coordinates along axes, in axes order.
static LogicalResult runLayerNormalization(Operation *op,
                                           ArrayRef<const Tensor *> operands,
                                           MutableArrayRef<Tensor> results) {
  auto norm = cast<webnn::LayerNormalizationOp>(op);
  const Tensor &input = *operands[0];
  const Tensor *scale = getOptionalOperand(op, operands, norm.getScale());
  const Tensor *bias = getOptionalOperand(op, operands, norm.getBias());
  float epsilon = castEpsilon(norm.getEpsilon(), input.getDataType());
  int64_t rank = input.getRank();
  SmallVector<int64_t> axes;
  if (std::optional<ArrayRef<int64_t>> given = norm.getAxes())
    axes.assign(given->begin(), given->end());
  else
    for (int64_t d = 1; d < rank; ++d)
      axes.push_back(d);
  SmallVector<bool> reduced(rank, false);
  SmallVector<int64_t> paramStrides(rank, 0);
  int64_t stride = 1;
  for (int64_t i = static_cast<int64_t>(axes.size()) - 1; i >= 0; --i) {
    reduced[axes[i]] = true;
    paramStrides[axes[i]] = stride;
    stride *= input.getShape()[axes[i]];
  }
  return visitFloatType(op, input.getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    normalizeOverAxes<T>(input, reduced, epsilon, scale, bias, paramStrides,
                         results[0]);
  });
}

void registerNormalizationKernels(KernelRegistry &registry) {
  registry.add<webnn::BatchNormalizationOp>(runBatchNormalization);
  registry.add<webnn::InstanceNormalizationOp>(runInstanceNormalization);
  registry.add<webnn::LayerNormalizationOp>(runLayerNormalization);
}

} // namespace webnnc::interp
