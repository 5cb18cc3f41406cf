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
// dataType"), castToFloatType).
//
//===----------------------------------------------------------------------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

#include <vector>

using namespace mlir;

namespace webnnc::interp {

/// All elements of a float tensor as floats.
template <typename T> static std::vector<float> loadAll(const Tensor &tensor) {
  std::vector<float> result(tensor.getNumElements());
  const T *data = tensor.data<T>();
  for (int64_t i = 0, e = tensor.getNumElements(); i < e; ++i)
    result[i] = load(data[i]);
  return result;
}

/// The optional scale and bias of a normalization op (null when absent)
/// and its epsilon cast to the input's data type.
namespace {
struct NormalizationOptions {
  const Tensor *scale, *bias;
  float epsilon;
};
} // namespace

template <typename OpTy>
static NormalizationOptions getOptions(OpTy norm,
                                       ArrayRef<const Tensor *> operands) {
  Operation *op = norm.getOperation();
  return {getOptionalOperand(op, operands, norm.getScale()),
          getOptionalOperand(op, operands, norm.getBias()),
          castToFloatType(norm.getEpsilon(), operands[0]->getDataType())};
}

/// output[i] = scale[p] * (input[i] - mean[s]) / sqrt(variance[s] + epsilon)
///             + bias[p]
/// where s = statIndex[i] and p = paramIndex[i]; scale 1 and bias 0 when
/// absent.
template <typename T>
static void normalize(const Tensor &input, ArrayRef<int64_t> statIndex,
                      ArrayRef<float> mean, ArrayRef<float> variance,
                      const NormalizationOptions &options,
                      ArrayRef<int64_t> paramIndex, Tensor &output) {
  const T *in = input.data<T>();
  const T *scaleData = options.scale ? options.scale->data<T>() : nullptr;
  const T *biasData = options.bias ? options.bias->data<T>() : nullptr;
  const float epsilon = options.epsilon;
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
                              const NormalizationOptions &options,
                              ArrayRef<int64_t> paramStrides, Tensor &output) {
  ReductionGroups groups = computeReductionGroups(input.getShape(), reduced);
  const std::vector<int64_t> &groupOf = groups.groupOf;
  std::vector<float> values = loadAll<T>(input);

  std::vector<float> mean(groups.numGroups, 0.0f);
  for (size_t i = 0; i < values.size(); ++i)
    mean[groupOf[i]] += values[i];
  for (float &m : mean)
    m /= static_cast<float>(groups.groupSize);

  std::vector<float> variance(groups.numGroups, 0.0f);
  for (size_t i = 0; i < values.size(); ++i) {
    float deviation = values[i] - mean[groupOf[i]];
    variance[groupOf[i]] += deviation * deviation;
  }
  for (float &v : variance)
    v /= static_cast<float>(groups.groupSize);

  std::vector<int64_t> paramIndex =
      projectIndices(input.getShape(), paramStrides);
  normalize<T>(input, groupOf, mean, variance, options, paramIndex, output);
}

/// The kernel of instance/layerNormalization once the op's axes are known:
/// normalizeOverAxes in the input's data type.
template <typename OpTy>
static LogicalResult runNormalizeOverAxes(OpTy norm,
                                          ArrayRef<const Tensor *> operands,
                                          MutableArrayRef<Tensor> results,
                                          ArrayRef<bool> reduced,
                                          ArrayRef<int64_t> paramStrides) {
  const Tensor &input = *operands[0];
  NormalizationOptions options = getOptions(norm, operands);
  return visitFloatType(norm, input.getDataType(), [&](auto tag) {
    normalizeOverAxes<StorageType<decltype(tag)>>(input, reduced, options,
                                                  paramStrides, results[0]);
  });
}

/// batchNormalization: mean, variance, scale and bias are 1-D over the
/// input dimension `axis` (default 1).
static LogicalResult runBatchNormalization(Operation *op,
                                           ArrayRef<const Tensor *> operands,
                                           MutableArrayRef<Tensor> results) {
  auto norm = cast<webnn::BatchNormalizationOp>(op);
  const Tensor &input = *operands[0];
  NormalizationOptions options = getOptions(norm, operands);
  int64_t axis = static_cast<int64_t>(norm.getAxis());
  return visitFloatType(op, input.getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    SmallVector<int64_t> strides(input.getRank(), 0);
    strides[axis] = 1;
    std::vector<int64_t> channelOf = projectIndices(input.getShape(), strides);
    std::vector<float> mean = loadAll<T>(*operands[1]);
    std::vector<float> variance = loadAll<T>(*operands[2]);
    normalize<T>(input, channelOf, mean, variance, options, channelOf,
                 results[0]);
  });
}

/// instanceNormalization: per sample and channel, over the spatial
/// dimensions (2, 3 for "nchw"; 1, 2 for "nhwc"); scale and bias are 1-D
/// over the channels (axis 1 for "nchw", 3 otherwise, method steps).
static LogicalResult runInstanceNormalization(Operation *op,
                                              ArrayRef<const Tensor *> operands,
                                              MutableArrayRef<Tensor> results) {
  auto norm = cast<webnn::InstanceNormalizationOp>(op);
  bool nchw = norm.getLayout() == webnn::InputOperandLayout::nchw;
  int64_t channelAxis = nchw ? 1 : 3;
  SmallVector<bool> reduced(4, true);
  reduced[0] = false;
  reduced[channelAxis] = false;
  SmallVector<int64_t> paramStrides(4, 0);
  paramStrides[channelAxis] = 1;
  return runNormalizeOverAxes(norm, operands, results, reduced, paramStrides);
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
  ArrayRef<int64_t> shape = operands[0]->getShape();
  int64_t rank = static_cast<int64_t>(shape.size());
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
    stride *= shape[axes[i]];
  }
  return runNormalizeOverAxes(norm, operands, results, reduced, paramStrides);
}

void registerNormalizationKernels(KernelRegistry &registry) {
  registry.add<webnn::BatchNormalizationOp>(runBatchNormalization);
  registry.add<webnn::InstanceNormalizationOp>(runInstanceNormalization);
  registry.add<webnn::LayerNormalizationOp>(runLayerNormalization);
}

} // namespace webnnc::interp
