//===- QuantizationKernels.cpp - Quantization ops in the interpreter -----===//
//
// dequantizeLinear and quantizeLinear (spec sections of the same names).
// Both read one scale and one zero point per block of input elements: the
// scale and zero point have the input's rank and each input dimension is a
// whole multiple of theirs ("blockwise broadcastable", checked by the
// dialect), so element (c0, c1, ...) of the input uses parameter
// (c0 / block0, c1 / block1, ...) with blockD = input.shape[D] /
// scale.shape[D]; this is what the spec's blockwiseExpand() emulation
// builds with reshape + expand.
//
//===----------------------------------------------------------------------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

#include <cmath>

using namespace mlir;

namespace webnnc::interp {

namespace {
/// The operands of dequantizeLinear and quantizeLinear.
struct QuantizationOperands {
  const Tensor &input, &scale, &zeroPoint;
  explicit QuantizationOperands(ArrayRef<const Tensor *> operands)
      : input(*operands[0]), scale(*operands[1]), zeroPoint(*operands[2]) {}
};
} // namespace

/// Calls `fn(index, paramIndex)` for every element of the input in
/// row-major order, with `paramIndex` the flat index of its scale/zero
/// point: the scale's shape blockwise broadcast to the input's (same rank;
/// every input dimension a multiple of the scale's).
template <typename Fn>
static void forEachBlockwise(const QuantizationOperands &q, Fn &&fn) {
  ArrayRef<int64_t> shape = q.input.getShape();
  ArrayRef<int64_t> paramShape = q.scale.getShape();
  int64_t rank = static_cast<int64_t>(shape.size());
  int64_t count = 1;
  for (int64_t dim : shape)
    count *= dim;
  if (count == 0)
    return;
  SmallVector<int64_t> blockSize(rank), paramStrides(rank);
  int64_t stride = 1;
  for (int64_t d = rank - 1; d >= 0; --d) {
    blockSize[d] = shape[d] / paramShape[d];
    paramStrides[d] = stride;
    stride *= paramShape[d];
  }
  // An odometer over the input coordinates; the parameter index changes
  // only when a coordinate crosses a block boundary.
  SmallVector<int64_t> coords(rank, 0);
  int64_t paramIndex = 0;
  for (int64_t index = 0; index < count; ++index) {
    fn(index, paramIndex);
    for (int64_t d = rank - 1; d >= 0; --d) {
      int64_t oldBlock = coords[d] / blockSize[d];
      if (++coords[d] < shape[d]) {
        paramIndex += (coords[d] / blockSize[d] - oldBlock) * paramStrides[d];
        break;
      }
      coords[d] = 0;
      paramIndex -= oldBlock * paramStrides[d];
    }
  }
}

/// dequantizeLinear: output = (input - zeroPoint) * scale, with the
/// output of the scale's data type.
///
/// The spec's emulation casts input and zeroPoint to the scale's type and
/// subtracts there; this kernel subtracts exactly in 64-bit integers and
/// multiplies in double, rounding once to the output type. The two agree
/// whenever the casts are exact (|values| < 2^24 for float32, < 2^11 for
/// float16); beyond that the exact value is the better oracle, and it is
/// what the WPT expectations hold (e.g. the int32 case of
/// dequantizeLinear.json, whose expected output is the exact product).
static LogicalResult runDequantizeLinear(Operation *,
                                         ArrayRef<const Tensor *> operands,
                                         MutableArrayRef<Tensor> results) {
  QuantizationOperands q(operands);
  Tensor &output = results[0];
  forEachBlockwise(q, [&](int64_t index, int64_t paramIndex) {
    // int4..uint32 values and their differences are exact in int64 and in
    // double.
    int64_t shifted =
        q.input.getInt64(index) - q.zeroPoint.getInt64(paramIndex);
    output.setDouble(index, static_cast<double>(shifted) *
                                q.scale.getDouble(paramIndex));
  });
  return success();
}

/// quantizeLinear: output = saturate(roundEven(input / scale) + zeroPoint),
/// saturated to the range of the zero point's (= the output's) data type.
///
/// Following the emulation: the quotient is computed in the input's
/// floating-point arithmetic (float; float16 values are exact in float and
/// the quotient is kept in float, rounded to half nowhere, as the
/// interpreter computes float16 in float), rounded half to even
/// (std::nearbyint in the default round-to-nearest mode), then the zero
/// point is added and the sum clamped. The emulation clamps with the uint8
/// bounds 0..255 as its example; the general rule (spec description:
/// "clamp(... , 0, 255) for uint8") is the output type's range, so int8
/// saturates to [-128, 127], int4 to [-8, 7], uint4 to [0, 15], int32 and
/// uint32 to their ranges. The addition and clamp happen in double, exact
/// for every zero point (a float32 addition would round int32 zero points
/// above 2^24). A NaN input (or a NaN quotient, e.g. 0 / 0) gives 0: the
/// emulation ends in cast(), which converts NaN to 0.
static LogicalResult runQuantizeLinear(Operation *,
                                       ArrayRef<const Tensor *> operands,
                                       MutableArrayRef<Tensor> results) {
  QuantizationOperands q(operands);
  Tensor &output = results[0];
  DataType outputType = output.getDataType();
  double minValue = static_cast<double>(getIntegerMin(outputType));
  double maxValue = static_cast<double>(getIntegerMax(outputType));
  forEachBlockwise(q, [&](int64_t index, int64_t paramIndex) {
    float quotient = static_cast<float>(q.input.getDouble(index)) /
                     static_cast<float>(q.scale.getDouble(paramIndex));
    double value = static_cast<double>(std::nearbyint(quotient)) +
                   static_cast<double>(q.zeroPoint.getInt64(paramIndex));
    if (std::isnan(value)) {
      output.setInt64(index, 0);
      return;
    }
    value = std::min(std::max(value, minValue), maxValue);
    // In range and integral: exact through int64 (uint32's maximum
    // included).
    output.setInt64(index, static_cast<int64_t>(value));
  });
  return success();
}

void registerQuantizationKernels(KernelRegistry &registry) {
  registry.add<webnn::DequantizeLinearOp>(runDequantizeLinear);
  registry.add<webnn::QuantizeLinearOp>(runQuantizeLinear);
}

} // namespace webnnc::interp
