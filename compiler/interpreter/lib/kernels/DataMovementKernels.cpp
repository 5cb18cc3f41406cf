//===- DataMovementKernels.cpp - data movement ops in the interpreter -----===//
//
// concat, expand, gather, gatherElements, gatherND, scatterElements,
// scatterND, pad, reshape, reverse, slice, split, tile, transpose,
// triangular and resample2d.
//
// Every op except linear resample2d only moves elements, so the kernels copy
// raw element bytes (getStorageSize(type) each: float16 as half bits,
// int4/uint4 one per byte) and one code path serves every data type. Most
// of them map each output dimension independently to an input dimension
// and are written as per-dimension offset tables (copyByDimensionTables).
//
//===----------------------------------------------------------------------===//
#include "KernelUtils.h"

#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/SmallBitVector.h"

#include <cstring>
#include <limits>

using namespace mlir;

namespace webnnc::interp {

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

static int64_t product(ArrayRef<int64_t> sizes) {
  int64_t result = 1;
  for (int64_t size : sizes)
    result *= size;
  return result;
}

/// Calls `fn(std::integral_constant<size_t, N>{})` with the element size
/// (1, 2, 4 or 8 bytes), so per-element memcpy calls have a constant size.
template <typename Fn> static void visitElementSize(size_t size, Fn &&fn) {
  switch (size) {
  case 1:
    return fn(std::integral_constant<size_t, 1>{});
  case 2:
    return fn(std::integral_constant<size_t, 2>{});
  case 4:
    return fn(std::integral_constant<size_t, 4>{});
  default:
    return fn(std::integral_constant<size_t, 8>{});
  }
}

/// Marks an output coordinate that reads no input element (pad's constant
/// mode).
static constexpr int64_t kPadding = std::numeric_limits<int64_t>::min();

/// A table per output dimension d: entry o is the input element offset that
/// output coordinate o along d contributes, or kPadding.
using DimensionTables = SmallVector<SmallVector<int64_t>>;

/// output[o_0, ..., o_n] = input[sum_d tables[d][o_d]], or `padValue` (one
/// element's bytes) where some table entry is kPadding.
static void copyByDimensionTables(const Tensor &input, Tensor &output,
                                  const DimensionTables &tables,
                                  const uint8_t *padValue = nullptr) {
  ArrayRef<int64_t> shape = output.getShape();
  int64_t rank = output.getRank();
  int64_t count = output.getNumElements();
  const uint8_t *src = input.getBytes();
  uint8_t *dst = output.getBytes();
  size_t elementSize = getStorageSize(output.getDataType());
  if (count == 0)
    return;
  if (rank == 0) {
    std::memcpy(dst, src, elementSize);
    return;
  }
  visitElementSize(elementSize, [&](auto sizeTag) {
    constexpr size_t N = decltype(sizeTag)::value;
    // The innermost dimension runs in the inner loop; an odometer walks the
    // outer ones.
    int64_t innerSize = shape.back();
    ArrayRef<int64_t> innerTable = tables.back();
    int64_t outerCount = count / innerSize;
    SmallVector<int64_t> index(rank - 1, 0);
    for (int64_t outer = 0; outer < outerCount; ++outer) {
      int64_t base = 0;
      bool padded = false;
      for (int64_t d = 0; d < rank - 1; ++d) {
        int64_t part = tables[d][index[d]];
        if (part == kPadding) {
          padded = true;
          break;
        }
        base += part;
      }
      uint8_t *row = dst + outer * innerSize * N;
      for (int64_t i = 0; i < innerSize; ++i) {
        int64_t part = innerTable[i];
        const uint8_t *from = padded || part == kPadding
                                  ? padValue
                                  : src + (base + part) * N;
        std::memcpy(row + i * N, from, N);
      }
      for (int64_t d = rank - 2; d >= 0; --d) {
        if (++index[d] < shape[d])
          break;
        index[d] = 0;
      }
    }
  });
}

/// copyByDimensionTables with the tables `offset(d, o)`: the input element
/// offset that output coordinate o along dimension d contributes (or
/// kPadding), for every dimension d of the output.
template <typename Fn>
static void copyByOffsets(const Tensor &input, Tensor &output, Fn &&offset,
                          const uint8_t *padValue = nullptr) {
  DimensionTables tables;
  for (int64_t d = 0; d < output.getRank(); ++d) {
    SmallVector<int64_t> table(output.getShape()[d]);
    for (int64_t o = 0; o < output.getShape()[d]; ++o)
      table[o] = offset(d, o);
    tables.push_back(std::move(table));
  }
  copyByDimensionTables(input, output, tables, padValue);
}

/// The element an index of the gather/scatter family refers to along a
/// dimension of `size` elements.
///
/// Spec (gather, gatherElements, gatherND, scatterElements, scatterND,
/// "indices" argument and the note after it): indices must be in [-N, N), a
/// negative index counts from the end of the dimension, and out-of-range
/// indices are clamped ("Implementations can introduce clamp() in the
/// compiled graph if the specified clamping behavior is not provided by the
/// underlying platform"). The index is clamped to [-N, N - 1] and then a
/// negative one is wrapped, as the WPT cases expect (gather of index 10 on
/// a dimension of 2 reads element 1, of -10 element 0; gatherND of 16 and 20
/// on a dimension of 16 reads element 15).
static int64_t resolveIndex(int64_t index, int64_t size) {
  index = std::clamp<int64_t>(index, -size, size - 1);
  return index < 0 ? index + size : index;
}

/// Element `i` of an index tensor (int32, uint32 or int64; uint32 values
/// stay non-negative).
static int64_t readIndex(const Tensor &indices, int64_t i) {
  return indices.getInt64(i);
}

//===----------------------------------------------------------------------===//
// concat
//===----------------------------------------------------------------------===//

/// Spec concat: the inputs laid side by side along `axis`. For each index
/// of the dimensions before `axis`, each input contributes one contiguous
/// block.
static LogicalResult runConcat(Operation *op, ArrayRef<const Tensor *> operands,
                               MutableArrayRef<Tensor> results) {
  int64_t axis = cast<webnn::ConcatOp>(op).getAxis();
  Tensor &output = results[0];
  size_t elementSize = getStorageSize(output.getDataType());
  int64_t outerCount = product(output.getShape().take_front(axis));
  uint8_t *dst = output.getBytes();
  for (int64_t outer = 0; outer < outerCount; ++outer) {
    for (const Tensor *input : operands) {
      size_t blockBytes =
          product(input->getShape().drop_front(axis)) * elementSize;
      std::memcpy(dst, input->getBytes() + outer * blockBytes, blockBytes);
      dst += blockBytes;
    }
  }
  return success();
}

//===----------------------------------------------------------------------===//
// expand
//===----------------------------------------------------------------------===//

/// Spec expand: the input broadcast unidirectionally to `newShape` (leading
/// dimensions added, size-1 dimensions repeated).
static LogicalResult runExpand(Operation *, ArrayRef<const Tensor *> operands,
                               MutableArrayRef<Tensor> results) {
  const Tensor &input = *operands[0];
  Tensor &output = results[0];
  ArrayRef<int64_t> inputShape = input.getShape();
  SmallVector<int64_t> inputStrides = input.getStrides();
  int64_t added = output.getRank() - input.getRank();
  copyByOffsets(input, output, [&](int64_t d, int64_t o) -> int64_t {
    int64_t inputDim = d - added;
    bool repeated = inputDim < 0 || inputShape[inputDim] == 1;
    return repeated ? 0 : o * inputStrides[inputDim];
  });
  return success();
}

//===----------------------------------------------------------------------===//
// gather, gatherElements, gatherND
//===----------------------------------------------------------------------===//

/// Spec gather: output[i_0..i_{axis-1}, j..., k...] =
/// input[i_0..i_{axis-1}, indices[j...], k...]: one contiguous block of the
/// trailing dimensions per (outer index, index) pair.
static LogicalResult runGather(Operation *op, ArrayRef<const Tensor *> operands,
                               MutableArrayRef<Tensor> results) {
  int64_t axis = cast<webnn::GatherOp>(op).getAxis();
  const Tensor &input = *operands[0];
  const Tensor &indices = *operands[1];
  Tensor &output = results[0];
  ArrayRef<int64_t> shape = input.getShape();
  int64_t outerCount = product(shape.take_front(axis));
  int64_t axisSize = shape[axis];
  size_t blockBytes = product(shape.drop_front(axis + 1)) *
                      getStorageSize(input.getDataType());
  int64_t indexCount = indices.getNumElements();
  SmallVector<int64_t> resolved(indexCount);
  for (int64_t j = 0; j < indexCount; ++j)
    resolved[j] = resolveIndex(readIndex(indices, j), axisSize);
  uint8_t *dst = output.getBytes();
  for (int64_t outer = 0; outer < outerCount; ++outer)
    for (int64_t j = 0; j < indexCount; ++j) {
      std::memcpy(dst,
                  input.getBytes() +
                      (outer * axisSize + resolved[j]) * blockBytes,
                  blockBytes);
      dst += blockBytes;
    }
  return success();
}

/// Visits every element of a tensor shaped like `indices` as (flat index
/// into indices/updates, index along `axis`, outer, inner), where the
/// element sits at [outer..., axisIndex, inner...].
template <typename Fn>
static void forEachAlongAxis(ArrayRef<int64_t> indicesShape, int64_t axis,
                             Fn &&fn) {
  int64_t outerCount = product(indicesShape.take_front(axis));
  int64_t axisCount = indicesShape[axis];
  int64_t innerCount = product(indicesShape.drop_front(axis + 1));
  int64_t flat = 0;
  for (int64_t outer = 0; outer < outerCount; ++outer)
    for (int64_t a = 0; a < axisCount; ++a)
      for (int64_t inner = 0; inner < innerCount; ++inner, ++flat)
        fn(flat, outer, inner, innerCount);
}

/// Spec gatherElements: output[i..., j, k...] = input[i..., indices[i...,
/// j, k...], k...] along `axis`; the output has the indices' shape.
static LogicalResult runGatherElements(Operation *op,
                                       ArrayRef<const Tensor *> operands,
                                       MutableArrayRef<Tensor> results) {
  int64_t axis = cast<webnn::GatherElementsOp>(op).getAxis();
  const Tensor &input = *operands[0];
  const Tensor &indices = *operands[1];
  Tensor &output = results[0];
  int64_t axisSize = input.getShape()[axis];
  size_t elementSize = getStorageSize(input.getDataType());
  forEachAlongAxis(indices.getShape(), axis,
                   [&](int64_t flat, int64_t outer, int64_t inner,
                       int64_t innerCount) {
                     int64_t index =
                         resolveIndex(readIndex(indices, flat), axisSize);
                     int64_t from =
                         (outer * axisSize + index) * innerCount + inner;
                     std::memcpy(output.getBytes() + flat * elementSize,
                                 input.getBytes() + from * elementSize,
                                 elementSize);
                   });
  return success();
}

/// The input element offset that coordinate `c` of an indices tensor with
/// last dimension k addresses: sum_j resolve(indices[c, j]) * stride[j].
static int64_t coordinateOffset(const Tensor &indices, int64_t c,
                                ArrayRef<int64_t> shape,
                                ArrayRef<int64_t> strides) {
  int64_t k = indices.getShape().back();
  int64_t offset = 0;
  for (int64_t j = 0; j < k; ++j)
    offset += resolveIndex(readIndex(indices, c * k + j), shape[j]) *
              strides[j];
  return offset;
}

/// Spec gatherND: each coordinate in the last dimension of `indices`
/// selects the slice input[c_0, ..., c_{k-1}, ...].
static LogicalResult runGatherND(Operation *, ArrayRef<const Tensor *> operands,
                                 MutableArrayRef<Tensor> results) {
  const Tensor &input = *operands[0];
  const Tensor &indices = *operands[1];
  Tensor &output = results[0];
  ArrayRef<int64_t> shape = input.getShape();
  SmallVector<int64_t> strides = input.getStrides();
  int64_t k = indices.getShape().back();
  int64_t coordinateCount = product(indices.getShape().drop_back());
  size_t elementSize = getStorageSize(input.getDataType());
  size_t sliceBytes = product(shape.drop_front(k)) * elementSize;
  for (int64_t c = 0; c < coordinateCount; ++c)
    std::memcpy(output.getBytes() + c * sliceBytes,
                input.getBytes() +
                    coordinateOffset(indices, c, shape, strides) * elementSize,
                sliceBytes);
  return success();
}

//===----------------------------------------------------------------------===//
// scatterElements, scatterND
//===----------------------------------------------------------------------===//
//
// The spec does not say which update wins when indices repeat; these
// kernels apply the updates in row-major order of `indices`, so the last
// one wins.

/// Spec scatterElements: a copy of input with output[i..., indices[i..., j,
/// k...], k...] = updates[i..., j, k...] along `axis`.
static LogicalResult runScatterElements(Operation *op,
                                        ArrayRef<const Tensor *> operands,
                                        MutableArrayRef<Tensor> results) {
  int64_t axis = cast<webnn::ScatterElementsOp>(op).getAxis();
  const Tensor &input = *operands[0];
  const Tensor &indices = *operands[1];
  const Tensor &updates = *operands[2];
  Tensor &output = results[0];
  std::memcpy(output.getBytes(), input.getBytes(), input.getByteSize());
  int64_t axisSize = input.getShape()[axis];
  size_t elementSize = getStorageSize(input.getDataType());
  forEachAlongAxis(indices.getShape(), axis,
                   [&](int64_t flat, int64_t outer, int64_t inner,
                       int64_t innerCount) {
                     int64_t index =
                         resolveIndex(readIndex(indices, flat), axisSize);
                     int64_t to =
                         (outer * axisSize + index) * innerCount + inner;
                     std::memcpy(output.getBytes() + to * elementSize,
                                 updates.getBytes() + flat * elementSize,
                                 elementSize);
                   });
  return success();
}

/// Spec scatterND: a copy of input in which the slice at each coordinate of
/// `indices` is replaced by the matching slice of `updates`.
static LogicalResult runScatterND(Operation *, ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  const Tensor &input = *operands[0];
  const Tensor &indices = *operands[1];
  const Tensor &updates = *operands[2];
  Tensor &output = results[0];
  std::memcpy(output.getBytes(), input.getBytes(), input.getByteSize());
  ArrayRef<int64_t> shape = input.getShape();
  SmallVector<int64_t> strides = input.getStrides();
  int64_t k = indices.getShape().back();
  int64_t coordinateCount = product(indices.getShape().drop_back());
  size_t elementSize = getStorageSize(input.getDataType());
  size_t sliceBytes = product(shape.drop_front(k)) * elementSize;
  for (int64_t c = 0; c < coordinateCount; ++c)
    std::memcpy(output.getBytes() +
                    coordinateOffset(indices, c, shape, strides) * elementSize,
                updates.getBytes() + c * sliceBytes, sliceBytes);
  return success();
}

//===----------------------------------------------------------------------===//
// pad
//===----------------------------------------------------------------------===//

/// Spec "cast" (Casting section) of an MLNumber (the op's f64 or i64
/// attribute) to the data type of the tensor type `type`, as a scalar: the
/// dialect's castNumberToFloat (ConvertToFloat) for floats and
/// castNumberToInteger (ConvertToInt: NaN is 0, clamped to the type's own
/// range, int4/uint4 included, and rounded to nearest, ties to even) for
/// integers; an i64 is converted exactly, without passing through double.
static Tensor castNumber(Attribute number, Type type) {
  Type elementType = cast<ShapedType>(type).getElementType();
  Tensor scalar(*getDataType(elementType), {});
  if (auto floatType = dyn_cast<FloatType>(elementType)) {
    APFloat value = webnn::castNumberToFloat(number, floatType);
    if (scalar.getDataType() == DataType::Float16)
      scalar.data<Half>()[0] = Half{static_cast<uint16_t>(
          value.bitcastToAPInt().getZExtValue())};
    else
      scalar.data<float>()[0] = value.convertToFloat();
  } else {
    // In the type's range: the low 64 bits are the value (uint64 beyond
    // 2^63 included).
    APSInt value =
        webnn::castNumberToInteger(number, cast<IntegerType>(elementType));
    scalar.setUint64(0, value.extractBitsAsZExtValue(64, 0));
  }
  return scalar;
}

/// Spec pad: output size = beginning + input size + ending per dimension;
/// the padding reads `value` (constant), the nearest edge element (edge),
/// or the mirror image without repeating the edge (reflection: input
/// coordinate -c before the start, 2 * (size - 1) - c past the end; the
/// dialect checks the padding is smaller than the size, pad step 6.1).
static LogicalResult runPad(Operation *op, ArrayRef<const Tensor *> operands,
                            MutableArrayRef<Tensor> results) {
  auto pad = cast<webnn::PadOp>(op);
  const Tensor &input = *operands[0];
  Tensor &output = results[0];
  ArrayRef<int64_t> beginning = pad.getBeginningPadding();
  webnn::PaddingMode mode = pad.getMode();
  SmallVector<int64_t> strides = input.getStrides();
  // pad, step 8: the value is cast to the input's data type.
  Tensor value = castNumber(pad.getValue(), pad.getInput().getType());
  copyByOffsets(
      input, output,
      [&](int64_t d, int64_t o) {
        int64_t size = input.getShape()[d];
        int64_t c = o - beginning[d];
        if (c < 0 || c >= size) {
          switch (mode) {
          case webnn::PaddingMode::constant:
            return kPadding;
          case webnn::PaddingMode::edge:
            c = std::clamp<int64_t>(c, 0, size - 1);
            break;
          case webnn::PaddingMode::reflection:
            c = c < 0 ? -c : 2 * (size - 1) - c;
            // Only reachable past the validated limits; stay in bounds.
            c = std::clamp<int64_t>(c, 0, size - 1);
            break;
          }
        }
        return c * strides[d];
      },
      value.getBytes());
  return success();
}

//===----------------------------------------------------------------------===//
// reshape
//===----------------------------------------------------------------------===//

/// Spec reshape: the same elements in row-major order.
static LogicalResult runReshape(Operation *, ArrayRef<const Tensor *> operands,
                                MutableArrayRef<Tensor> results) {
  std::memcpy(results[0].getBytes(), operands[0]->getBytes(),
              operands[0]->getByteSize());
  return success();
}

//===----------------------------------------------------------------------===//
// reverse
//===----------------------------------------------------------------------===//

/// Spec reverse: element order reversed along each of `axes` (absent: all
/// axes; empty: none, reverse step 5).
static LogicalResult runReverse(Operation *op, ArrayRef<const Tensor *> operands,
                                MutableArrayRef<Tensor> results) {
  const Tensor &input = *operands[0];
  int64_t rank = input.getRank();
  llvm::SmallBitVector reversed(rank, true);
  if (std::optional<ArrayRef<int64_t>> axes =
          cast<webnn::ReverseOp>(op).getAxes()) {
    reversed.reset();
    for (int64_t axis : *axes)
      reversed.set(axis);
  }
  SmallVector<int64_t> strides = input.getStrides();
  copyByOffsets(input, results[0], [&](int64_t d, int64_t o) {
    int64_t size = input.getShape()[d];
    return (reversed[d] ? size - 1 - o : o) * strides[d];
  });
  return success();
}

//===----------------------------------------------------------------------===//
// slice
//===----------------------------------------------------------------------===//

/// Spec slice: output coordinate o along d reads starts[d] + o * strides[d]
/// (strides default to 1).
static LogicalResult runSlice(Operation *op, ArrayRef<const Tensor *> operands,
                              MutableArrayRef<Tensor> results) {
  auto slice = cast<webnn::SliceOp>(op);
  const Tensor &input = *operands[0];
  Tensor &output = results[0];
  ArrayRef<int64_t> starts = slice.getStarts();
  std::optional<ArrayRef<int64_t>> steps = slice.getStrides();
  SmallVector<int64_t> strides = input.getStrides();
  copyByOffsets(input, output, [&](int64_t d, int64_t o) {
    int64_t step = steps ? (*steps)[d] : 1;
    return (starts[d] + o * step) * strides[d];
  });
  return success();
}

//===----------------------------------------------------------------------===//
// split
//===----------------------------------------------------------------------===//

/// Spec split: consecutive parts along `axis`; the part sizes (from the
/// count or the list of sizes) are the results' sizes along `axis`.
static LogicalResult runSplit(Operation *op, ArrayRef<const Tensor *> operands,
                              MutableArrayRef<Tensor> results) {
  int64_t axis = cast<webnn::SplitOp>(op).getAxis();
  const Tensor &input = *operands[0];
  SmallVector<int64_t> strides = input.getStrides();
  int64_t offset = 0;
  for (Tensor &output : results) {
    copyByOffsets(input, output, [&](int64_t d, int64_t o) {
      return (d == axis ? offset + o : o) * strides[d];
    });
    offset += output.getShape()[axis];
  }
  return success();
}

//===----------------------------------------------------------------------===//
// tile
//===----------------------------------------------------------------------===//

/// Spec tile: output coordinate o along d reads o mod input size.
static LogicalResult runTile(Operation *, ArrayRef<const Tensor *> operands,
                             MutableArrayRef<Tensor> results) {
  const Tensor &input = *operands[0];
  Tensor &output = results[0];
  SmallVector<int64_t> strides = input.getStrides();
  copyByOffsets(input, output, [&](int64_t d, int64_t o) {
    return (o % input.getShape()[d]) * strides[d];
  });
  return success();
}

//===----------------------------------------------------------------------===//
// transpose
//===----------------------------------------------------------------------===//

/// Spec transpose: output dimension i is input dimension permutation[i]
/// (default [N-1, ..., 0], transpose step 3).
static LogicalResult runTranspose(Operation *op,
                                  ArrayRef<const Tensor *> operands,
                                  MutableArrayRef<Tensor> results) {
  const Tensor &input = *operands[0];
  Tensor &output = results[0];
  int64_t rank = input.getRank();
  SmallVector<int64_t> permutation;
  if (std::optional<ArrayRef<int64_t>> given =
          cast<webnn::TransposeOp>(op).getPermutation())
    permutation.assign(given->begin(), given->end());
  else
    for (int64_t d = rank - 1; d >= 0; --d)
      permutation.push_back(d);
  SmallVector<int64_t> strides = input.getStrides();
  copyByOffsets(input, output, [&](int64_t d, int64_t o) {
    return o * strides[permutation[d]];
  });
  return success();
}

//===----------------------------------------------------------------------===//
// triangular
//===----------------------------------------------------------------------===//

/// Spec triangular: in each matrix of the last two dimensions, element
/// (i, j) is kept when j - i >= diagonal (upper) or j - i <= diagonal
/// (lower), as the spec's examples show; the rest are zero (the
/// pre-zeroed result; zero bytes are 0 in every data type).
static LogicalResult runTriangular(Operation *op,
                                   ArrayRef<const Tensor *> operands,
                                   MutableArrayRef<Tensor> results) {
  auto triangular = cast<webnn::TriangularOp>(op);
  bool upper = triangular.getUpper();
  // The generated getDiagonal() zero-extends; the attribute is signed.
  int64_t diagonal = triangular.getDiagonalAttr().getValue().getSExtValue();
  const Tensor &input = *operands[0];
  Tensor &output = results[0];
  ArrayRef<int64_t> shape = input.getShape();
  int64_t rows = shape[shape.size() - 2];
  int64_t columns = shape.back();
  int64_t matrixCount = input.getNumElements() / (rows * columns);
  size_t elementSize = getStorageSize(input.getDataType());
  int64_t flat = 0;
  for (int64_t m = 0; m < matrixCount; ++m)
    for (int64_t i = 0; i < rows; ++i)
      for (int64_t j = 0; j < columns; ++j, ++flat) {
        bool keep = upper ? j - i >= diagonal : j - i <= diagonal;
        if (keep)
          std::memcpy(output.getBytes() + flat * elementSize,
                      input.getBytes() + flat * elementSize, elementSize);
      }
  return success();
}

//===----------------------------------------------------------------------===//
// resample2d
//===----------------------------------------------------------------------===//
//
// Spec resample2d, "mode": per resized axis, with inputSize, outputSize
// (from sizes, or floor(inputSize * scale), i.e. the result's size) and an
// output coordinate o:
//   scale = outputSize / inputSize
//   inputCoordinate = clamp((o + 0.5) / scale - 0.5, 0, inputSize - 1)
// (half-pixel centers). The spec defines `scale` from the output size, so
// when `scales` is given and inputSize * scales[i] is not an integer, the
// scale used is floor(inputSize * scales[i]) / inputSize, not scales[i].

/// Nearest neighbor: ceil(inputCoordinate - 0.5) (ties round down). With
/// inputCoordinate = ((2o + 1) * in - out) / (2 * out) this is
/// ceil(((2o + 1) * in - 2 * out) / (2 * out)), computed exactly in
/// integers; clamping after ceil equals clamping before (ceil is monotonic
/// and the bounds are integers).
static int64_t nearestCoordinate(int64_t o, int64_t inputSize,
                                 int64_t outputSize) {
  int64_t numerator = (2 * o + 1) * inputSize - 2 * outputSize;
  int64_t denominator = 2 * outputSize;
  // Ceiling division for either sign of the numerator.
  int64_t quotient = numerator / denominator;
  if (numerator % denominator != 0 && numerator > 0)
    ++quotient;
  return std::clamp<int64_t>(quotient, 0, inputSize - 1);
}

/// Linear: the clamped input coordinate as a double.
static double linearCoordinate(int64_t o, int64_t inputSize,
                               int64_t outputSize) {
  double coordinate =
      static_cast<double>((2 * o + 1) * inputSize - outputSize) /
      (2.0 * static_cast<double>(outputSize));
  return std::clamp(coordinate, 0.0, static_cast<double>(inputSize - 1));
}

/// Rounds an interpolated value once into storage type T: floats to
/// nearest; integers (uint8, int8) to nearest, ties to even, clamped to
/// the type's range, like the spec's ConvertToInt (the spec does not say
/// how an interpolated integer is rounded).
template <typename T> static T storeInterpolated(double value) {
  if constexpr (std::is_same_v<T, Half> || std::is_floating_point_v<T>)
    return roundTo<T>(value);
  else
    return static_cast<T>(std::clamp(
        std::nearbyint(value),
        static_cast<double>(std::numeric_limits<T>::lowest()),
        static_cast<double>(std::numeric_limits<T>::max())));
}

/// Bilinear sampling (spec "linear"): along the first axis (y) and the
/// second (x), v = lerp(lerp(v(x0,y0), v(x1,y0), tx), lerp(v(x0,y1),
/// v(x1,y1), tx), ty), computed in double and rounded once.
static void resampleLinear(const Tensor &input, Tensor &output,
                           ArrayRef<int64_t> axes) {
  ArrayRef<int64_t> inputShape = input.getShape();
  ArrayRef<int64_t> outputShape = output.getShape();
  SmallVector<int64_t> strides = input.getStrides();
  int64_t rank = input.getRank();
  // Per resized axis and output coordinate: low/high input offsets and the
  // weight of the high one.
  struct Sample {
    int64_t low, high;
    double weight;
  };
  SmallVector<SmallVector<Sample>> samples(2);
  for (int64_t a = 0; a < 2; ++a) {
    int64_t axis = axes[a];
    for (int64_t o = 0; o < outputShape[axis]; ++o) {
      double c = linearCoordinate(o, inputShape[axis], outputShape[axis]);
      double low = std::floor(c);
      samples[a].push_back({static_cast<int64_t>(low) * strides[axis],
                            static_cast<int64_t>(std::ceil(c)) * strides[axis],
                            c - low});
    }
  }
  visitDataType(input.getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    const T *in = input.data<T>();
    T *out = output.data<T>();
    SmallVector<int64_t> index(rank, 0);
    for (int64_t flat = 0, e = output.getNumElements(); flat < e; ++flat) {
      int64_t base = 0;
      for (int64_t d = 0; d < rank; ++d)
        if (d != axes[0] && d != axes[1])
          base += index[d] * strides[d];
      const Sample &y = samples[0][index[axes[0]]];
      const Sample &x = samples[1][index[axes[1]]];
      auto at = [&](int64_t offset) {
        return static_cast<double>(load(in[base + offset]));
      };
      double vy0 = at(x.low + y.low) * (1 - x.weight) +
                   at(x.high + y.low) * x.weight;
      double vy1 = at(x.low + y.high) * (1 - x.weight) +
                   at(x.high + y.high) * x.weight;
      out[flat] = storeInterpolated<T>(vy0 * (1 - y.weight) + vy1 * y.weight);
      for (int64_t d = rank - 1; d >= 0; --d) {
        if (++index[d] < outputShape[d])
          break;
        index[d] = 0;
      }
    }
  });
}

static LogicalResult runResample2d(Operation *op,
                                   ArrayRef<const Tensor *> operands,
                                   MutableArrayRef<Tensor> results) {
  auto resample = cast<webnn::Resample2dOp>(op);
  const Tensor &input = *operands[0];
  Tensor &output = results[0];
  ArrayRef<int64_t> axes = resample.getAxes();
  if (resample.getMode() == webnn::InterpolationMode::linear) {
    resampleLinear(input, output, axes);
    return success();
  }
  // Nearest neighbor copies elements.
  SmallVector<int64_t> strides = input.getStrides();
  copyByOffsets(input, output, [&](int64_t d, int64_t o) {
    bool resized = d == axes[0] || d == axes[1];
    return (resized ? nearestCoordinate(o, input.getShape()[d],
                                        output.getShape()[d])
                    : o) *
           strides[d];
  });
  return success();
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void registerDataMovementKernels(KernelRegistry &registry) {
  registry.add<webnn::ConcatOp>(runConcat);
  registry.add<webnn::ExpandOp>(runExpand);
  registry.add<webnn::GatherOp>(runGather);
  registry.add<webnn::GatherElementsOp>(runGatherElements);
  registry.add<webnn::GatherNDOp>(runGatherND);
  registry.add<webnn::ScatterElementsOp>(runScatterElements);
  registry.add<webnn::ScatterNDOp>(runScatterND);
  registry.add<webnn::PadOp>(runPad);
  registry.add<webnn::ReshapeOp>(runReshape);
  registry.add<webnn::ReverseOp>(runReverse);
  registry.add<webnn::SliceOp>(runSlice);
  registry.add<webnn::SplitOp>(runSplit);
  registry.add<webnn::TileOp>(runTile);
  registry.add<webnn::TransposeOp>(runTranspose);
  registry.add<webnn::TriangularOp>(runTriangular);
  registry.add<webnn::Resample2dOp>(runResample2d);
}

} // namespace webnnc::interp
