//===- MiscConverters.cpp - ONNX ops WebNN emulates with gathers/matmuls --===//
//
// Det, DFT, ReverseSequence, MaxUnpool, GridSample and RoiAlign. WebNN has
// none of them; each is decomposed following ONNX's operator definition (the
// PyTorch/onnxruntime kernels the node tests were generated from, where the
// ONNX text leaves details open): data-dependent positions become computed
// gather/scatter indices, transforms become matmuls with constant matrices.
//
//===----------------------------------------------------------------------===//
#include "../OnnxConverter.h"

#include "llvm/ADT/StringSwitch.h"

#include <array>
#include <cmath>
#include <numeric>

using namespace mlir;

namespace webnnc::onnx_import {

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//


template <typename T> static bool isNullValue(const T &) { return false; }
static bool isNullValue(Value value) { return !value; }

namespace {
/// Builds the webnn ops of one node. The first failure (already reported as
/// a diagnostic) makes every later value null, so decompositions read as
/// straight-line formulas and check once, in finish().
class Emitter {
public:
  explicit Emitter(OnnxNodeContext &context) : context(context) {}

  OnnxNodeContext &getContext() { return context; }
  bool isOk() const { return ok; }

  /// Input `index`, which must be present.
  Value input(unsigned index) {
    FailureOr<Value> value = context.requireInput(index);
    return failed(value) ? fail() : *value;
  }

  /// A webnn op from its ODS builder arguments without the label.
  template <typename OpTy, typename... Args> Value op(Args &&...args) {
    if (!ok || (isNullValue(args) || ...))
      return fail();
    FailureOr<Value> result =
        context.create<OpTy>(std::forward<Args>(args)..., StringAttr());
    return failed(result) ? fail() : *result;
  }

  DenseI64ArrayAttr ints(ArrayRef<int64_t> values) {
    return DenseI64ArrayAttr::get(context.getContext(), values);
  }

  //===------------------------------------------------------------------===//
  // Constants
  //===------------------------------------------------------------------===//

  /// A rank-0 constant of `like`'s element type.
  Value scalarLike(Value like, double value) {
    if (!ok || !like)
      return fail();
    return context.scalar(getTensorType(like).getElementType(), value);
  }
  /// A float constant of `shape` converted to `like`'s element type.
  Value floatsLike(Value like, ArrayRef<int64_t> shape,
                   ArrayRef<float> values) {
    if (!ok || !like)
      return fail();
    auto type =
        RankedTensorType::get(shape, Float32Type::get(context.getContext()));
    Value result = context.constant(DenseElementsAttr::get(type, values));
    return castTo(result, getTensorType(like).getElementType());
  }
  /// An int64 constant of `shape`.
  Value int64s(ArrayRef<int64_t> shape, ArrayRef<int64_t> values) {
    if (!ok)
      return fail();
    auto type = RankedTensorType::get(
        shape, IntegerType::get(context.getContext(), 64));
    return context.constant(DenseElementsAttr::get(type, values));
  }
  /// 0, 1, ..., size-1 as int64, laid out along dimension `axis` of a
  /// rank-`rank` tensor whose other dimensions are 1.
  Value iota(int64_t size, int64_t axis, int64_t rank) {
    SmallVector<int64_t> shape(rank, 1);
    shape[axis] = size;
    SmallVector<int64_t> values(size);
    std::iota(values.begin(), values.end(), 0);
    return int64s(shape, values);
  }

  //===------------------------------------------------------------------===//
  // Shorthands
  //===------------------------------------------------------------------===//

  Value add(Value a, Value b) { return op<webnn::AddOp>(a, b); }
  Value sub(Value a, Value b) { return op<webnn::SubOp>(a, b); }
  Value mul(Value a, Value b) { return op<webnn::MulOp>(a, b); }
  Value div(Value a, Value b) { return op<webnn::DivOp>(a, b); }
  Value max(Value a, Value b) { return op<webnn::MaxOp>(a, b); }
  Value min(Value a, Value b) { return op<webnn::MinOp>(a, b); }
  Value floor(Value a) { return op<webnn::FloorOp>(a); }
  Value where(Value c, Value a, Value b) { return op<webnn::WhereOp>(c, a, b); }
  Value addScalar(Value a, double b) { return add(a, scalarLike(a, b)); }
  Value mulScalar(Value a, double b) { return mul(a, scalarLike(a, b)); }
  /// `b` - `a`, `b` a scalar.
  Value subFromScalar(double b, Value a) { return sub(scalarLike(a, b), a); }
  /// min(max(a, low), high).
  Value clip(Value a, double low, double high) {
    return min(max(a, scalarLike(a, low)), scalarLike(a, high));
  }

  Value reshape(Value value, ArrayRef<int64_t> shape) {
    return op<webnn::ReshapeOp>(value, ints(shape));
  }
  Value transpose(Value value, ArrayRef<int64_t> permutation) {
    return op<webnn::TransposeOp>(value, ints(permutation));
  }
  Value slice(Value value, ArrayRef<int64_t> starts, ArrayRef<int64_t> sizes) {
    return op<webnn::SliceOp>(value, ints(starts), ints(sizes),
                              DenseI64ArrayAttr());
  }
  /// `size` entries of `value` from `start` along `axis`.
  Value sliceAxis(Value value, int64_t axis, int64_t start, int64_t size) {
    if (!ok || !value)
      return fail();
    ArrayRef<int64_t> shape = getTensorType(value).getShape();
    SmallVector<int64_t> starts(shape.size(), 0);
    SmallVector<int64_t> sizes(shape);
    starts[axis] = start;
    sizes[axis] = size;
    return slice(value, starts, sizes);
  }
  Value expand(Value value, ArrayRef<int64_t> shape) {
    return op<webnn::ExpandOp>(value, ints(shape));
  }
  Value castTo(Value value, Type type) {
    if (!ok || !value)
      return fail();
    if (getTensorType(value).getElementType() == type)
      return value;
    std::optional<webnn::OperandDataType> dataType;
    if (type.isF32())
      dataType = webnn::OperandDataType::float32;
    else if (type.isF16())
      dataType = webnn::OperandDataType::float16;
    else if (type.isSignlessInteger(64) || type.isSignedInteger(64))
      dataType = webnn::OperandDataType::int64;
    if (!dataType) {
      context.emitError() << "cannot cast to " << type;
      return fail();
    }
    return op<webnn::CastOp>(value, webnn::OperandDataTypeAttr::get(
                                        context.getContext(), *dataType));
  }
  Value toInt64(Value value) {
    return castTo(value, IntegerType::get(context.getContext(), 64));
  }
  /// A uint8 mask as 0/1 in `like`'s element type.
  Value maskLike(Value mask, Value like) {
    if (!ok || !like)
      return fail();
    return castTo(mask, getTensorType(like).getElementType());
  }

  /// Records a failure reported elsewhere and returns a null value.
  Value fail() {
    ok = false;
    return {};
  }
  /// Reports `what` as unsupported and returns a null value.
  Value unsupported(const Twine &what) {
    (void)context.unsupported(what);
    return fail();
  }

  /// Names the node's output 0 when every step succeeded.
  LogicalResult finish(Value result) {
    if (!ok || !result)
      return failure();
    context.setOutput(0, result);
    return success();
  }

private:
  OnnxNodeContext &context;
  bool ok = true;
};
} // namespace

/// Input `index` when it is a float tensor of at least `minRank`
/// dimensions; null (with an error) otherwise.
static Value requireFloatInput(Emitter &e, unsigned index, int64_t minRank) {
  Value value = e.input(index);
  if (!value)
    return value;
  RankedTensorType type = getTensorType(value);
  if (!isa<FloatType>(type.getElementType())) {
    std::string typeName;
    llvm::raw_string_ostream(typeName) << type.getElementType();
    return e.unsupported("input #" + Twine(index) + " of element type " +
                         typeName + " (the decomposition computes in float)");
  }
  if (type.getRank() < minRank) {
    e.getContext().emitError()
        << "input #" << index << " must have rank >= " << minRank << ", got "
        << type;
    return e.fail();
  }
  return value;
}

//===----------------------------------------------------------------------===//
// Det
//===----------------------------------------------------------------------===//

/// Gaussian elimination with partial pivoting (LAPACK getrf, which numpy's
/// det uses), unrolled over the static matrix size. Each step picks the row
/// with the largest |entry| in the first column (argMax), swaps it with the
/// first row through where() masks, multiplies the determinant by the pivot
/// (negated when rows were swapped) and eliminates the first column.
static LogicalResult convertDet(OnnxNodeContext &context) {
  Emitter e(context);
  Value x = requireFloatInput(e, 0, 2);
  if (!x)
    return failure();
  ArrayRef<int64_t> shape = getTensorType(x).getShape();
  int64_t n = shape.back();
  if (shape[shape.size() - 2] != n)
    return context.emitError()
           << "input must hold square matrices, got " << getTensorType(x);
  ArrayRef<int64_t> batchShape = shape.drop_back(2);
  int64_t batch = getProduct(batchShape);

  Value matrix = e.reshape(x, {batch, n, n});
  Value det;
  for (int64_t m = n; m > 1 && e.isOk(); --m) {
    Value column = e.slice(matrix, {0, 0, 0}, {batch, m, 1});
    Value pivotIndex =
        e.op<webnn::ArgMaxOp>(e.op<webnn::AbsOp>(column), uint64_t(1), true,
                              webnn::OperandDataType::int64); // [batch, 1, 1]
    Value pivotRow = e.op<webnn::GatherElementsOp>(
        matrix, e.expand(pivotIndex, {batch, 1, m}), uint64_t(1));
    Value firstRow = e.slice(matrix, {0, 0, 0}, {batch, 1, m});
    // The rows below the pivot: the first row moves to the pivot's place.
    Value isPivotRow = e.op<webnn::EqualOp>(e.iota(m, 1, 3), pivotIndex);
    Value swapped = e.where(isPivotRow, firstRow, matrix);
    Value rest = e.slice(swapped, {0, 1, 0}, {batch, m - 1, m});

    Value pivot = e.slice(pivotRow, {0, 0, 0}, {batch, 1, 1});
    Value notSwapped =
        e.op<webnn::EqualOp>(pivotIndex, e.scalarLike(pivotIndex, 0));
    Value sign =
        e.where(notSwapped, e.scalarLike(x, 1.0), e.scalarLike(x, -1.0));
    Value factor = e.mul(pivot, sign);
    det = det ? e.mul(det, factor) : factor;

    // A zero pivot makes the determinant 0 already; dividing by 1 instead
    // keeps NaNs out of the later steps.
    Value isZero = e.op<webnn::EqualOp>(pivot, e.scalarLike(x, 0.0));
    Value safePivot = e.where(isZero, e.scalarLike(x, 1.0), pivot);
    Value multipliers =
        e.div(e.slice(rest, {0, 0, 0}, {batch, m - 1, 1}), safePivot);
    Value eliminated = e.sub(rest, e.mul(multipliers, pivotRow));
    matrix = e.slice(eliminated, {0, 0, 1}, {batch, m - 1, m - 1});
  }
  det = det ? e.mul(det, matrix) : matrix;
  return e.finish(e.reshape(det, batchShape));
}

//===----------------------------------------------------------------------===//
// DFT
//===----------------------------------------------------------------------===//

/// The DFT along `axis` as one matmul: the axis moves last and the real and
/// imaginary parts are laid side by side, so [re | im] (length C*N) times a
/// constant [C*N, 2K] matrix of cos/sin terms gives [re | im] of the K
/// output frequencies. dft_length zero-pads or truncates the signal;
/// onesided keeps the first L/2+1 frequencies; inverse flips the sign of
/// the exponent and scales by 1/L.
static LogicalResult convertDft(OnnxNodeContext &context) {
  Emitter e(context);
  Value x = requireFloatInput(e, 0, 2);
  if (!x)
    return failure();
  ArrayRef<int64_t> shape = getTensorType(x).getShape();
  int64_t rank = shape.size();
  int64_t components = shape.back();
  if (components != 1 && components != 2)
    return context.emitError()
           << "the last dimension of the input holds the real (1) or real "
              "and imaginary (2) parts, got size "
           << components;
  int64_t axis = context.getInt("axis", 1);
  if (axis < 0)
    axis += rank;
  if (axis < 0 || axis > rank - 2)
    return context.emitError()
           << "attribute 'axis' = " << context.getInt("axis", 1)
           << " is not a signal dimension of an input of rank " << rank;
  int64_t signalSize = shape[axis];
  int64_t length = signalSize;
  if (context.hasInput(1)) {
    if (!context.isConstantInput(1))
      return context.unsupported(
          "input 'dft_length' computed at run time (the output shape would "
          "depend on data)");
    FailureOr<SmallVector<int64_t>> values = context.getConstantInts(1);
    if (failed(values))
      return failure();
    if (values->size() != 1 || values->front() < 1)
      return context.emitError()
             << "input 'dft_length' must be one positive value";
    length = values->front();
  }
  bool inverse = context.getInt("inverse", 0) != 0;
  bool onesided = context.getInt("onesided", 0) != 0;
  int64_t outputSize = onesided ? length / 2 + 1 : length;
  int64_t used = std::min(signalSize, length);
  if (used < signalSize)
    x = e.sliceAxis(x, axis, 0, used);

  // [others..., components, used], flattened to [rows, components * used].
  SmallVector<int64_t> permutation, otherShape;
  for (int64_t d = 0; d < rank - 1; ++d)
    if (d != axis) {
      permutation.push_back(d);
      otherShape.push_back(shape[d]);
    }
  permutation.append({rank - 1, axis});
  int64_t rows = getProduct(otherShape);
  Value signal =
      e.reshape(e.transpose(x, permutation), {rows, components * used});

  // Row c*used + n, column p*K + k: the contribution of component c of
  // sample n to component p of frequency k. With s = -1 (forward) or +1
  // (inverse), (a + ib)(cos t + is sin t) = (a cos t - s b sin t) +
  // i(b cos t + s a sin t).
  double sign = inverse ? 1.0 : -1.0;
  double scale = inverse ? 1.0 / length : 1.0;
  SmallVector<float> matrix(components * used * 2 * outputSize);
  for (int64_t n = 0; n < used; ++n)
    for (int64_t k = 0; k < outputSize; ++k) {
      // Reducing k*n modulo L first keeps the angle exact for long signals.
      double angle = 2.0 * M_PI * ((k * n) % length) / length;
      double cosine = std::cos(angle) * scale;
      double sine = sign * std::sin(angle) * scale;
      auto at = [&](int64_t c, int64_t p) -> float & {
        return matrix[(c * used + n) * 2 * outputSize + p * outputSize + k];
      };
      at(0, 0) = cosine;
      at(0, 1) = sine;
      if (components == 2) {
        at(1, 0) = -sine;
        at(1, 1) = cosine;
      }
    }
  Value weights = e.floatsLike(x, {components * used, 2 * outputSize}, matrix);
  Value spectrum = e.op<webnn::MatmulOp>(signal, weights);

  // [others..., 2, K] back to the input's layout with 2 last.
  SmallVector<int64_t> spectrumShape(otherShape);
  spectrumShape.append({2, outputSize});
  SmallVector<int64_t> inverseOrder;
  int64_t other = 0;
  int64_t numOthers = otherShape.size();
  for (int64_t d = 0; d < rank - 1; ++d)
    inverseOrder.push_back(d == axis ? numOthers + 1 : other++);
  inverseOrder.push_back(numOthers);
  return e.finish(
      e.transpose(e.reshape(spectrum, spectrumShape), inverseOrder));
}

//===----------------------------------------------------------------------===//
// ReverseSequence
//===----------------------------------------------------------------------===//

/// y = gatherElements(x, idx, time_axis) with idx[t, b] = len[b] - 1 - t for
/// t < len[b] and t otherwise, computed from the runtime lengths.
static LogicalResult convertReverseSequence(OnnxNodeContext &context) {
  Emitter e(context);
  Value x = e.input(0);
  Value lengths = e.input(1);
  if (!x || !lengths)
    return failure();
  ArrayRef<int64_t> shape = getTensorType(x).getShape();
  int64_t rank = shape.size();
  int64_t batchAxis = context.getInt("batch_axis", 1);
  int64_t timeAxis = context.getInt("time_axis", 0);
  if (rank < 2)
    return context.emitError() << "input must have rank >= 2";
  auto isValidAxis = [](int64_t axis) { return axis == 0 || axis == 1; };
  if (!isValidAxis(batchAxis) || !isValidAxis(timeAxis) ||
      batchAxis == timeAxis)
    return context.emitError() << "attributes 'batch_axis' = " << batchAxis
                               << " and 'time_axis' = " << timeAxis
                               << " must be 0 and 1 in some order";
  int64_t batch = shape[batchAxis];
  if (getTensorType(lengths).getNumElements() != batch)
    return context.emitError()
           << "input 'sequence_lens' must hold " << batch << " lengths";

  SmallVector<int64_t> lengthShape(rank, 1);
  lengthShape[batchAxis] = batch;
  Value length = e.reshape(e.toInt64(lengths), lengthShape);
  Value time = e.iota(shape[timeAxis], timeAxis, rank);
  Value reversed = e.sub(e.sub(length, e.scalarLike(length, 1)), time);
  Value indices = e.where(e.op<webnn::LesserOp>(time, length), reversed, time);
  return e.finish(e.op<webnn::GatherElementsOp>(x, e.expand(indices, shape),
                                                uint64_t(timeAxis)));
}

//===----------------------------------------------------------------------===//
// MaxUnpool
//===----------------------------------------------------------------------===//

/// The indices (from MaxPool) address the flattened unpooled shape
/// (X.shape[i] - 1) * strides[i] - pads + kernel_shape[i], so X scatters
/// into a zero vector of that size. A given output_shape (which may be
/// larger: several input sizes pool to the same size) pads the result with
/// zeros at the end of each dimension, as ONNX's reference implementation
/// does; the pads attribute is then ignored.
static LogicalResult convertMaxUnpool(OnnxNodeContext &context) {
  Emitter e(context);
  Value x = e.input(0);
  Value indices = e.input(1);
  if (!x || !indices)
    return failure();
  ArrayRef<int64_t> shape = getTensorType(x).getShape();
  int64_t rank = shape.size();
  if (rank < 3)
    return context.emitError() << "input X must have rank >= 3";
  if (getTensorType(indices).getShape() != shape)
    return context.emitError() << "input I must have X's shape";
  int64_t spatialRank = rank - 2;
  SmallVector<int64_t> kernel = context.getInts("kernel_shape");
  SmallVector<int64_t> strides = context.getInts("strides");
  SmallVector<int64_t> pads = context.getInts("pads");
  if (static_cast<int64_t>(kernel.size()) != spatialRank)
    return context.emitError()
           << "attribute 'kernel_shape' must have " << spatialRank << " values";
  strides.resize(spatialRank, 1);
  pads.resize(2 * spatialRank, 0);

  std::optional<SmallVector<int64_t>> outputShape;
  if (context.hasInput(2)) {
    if (!context.isConstantInput(2))
      return context.unsupported(
          "input 'output_shape' computed at run time (the output shape "
          "would depend on data)");
    FailureOr<SmallVector<int64_t>> given = context.getConstantInts(2);
    if (failed(given))
      return failure();
    if (static_cast<int64_t>(given->size()) != rank)
      return context.emitError()
             << "input 'output_shape' must have " << rank << " values";
    outputShape = *given;
    pads.assign(2 * spatialRank, 0);
  }
  SmallVector<int64_t> unpooledShape = {shape[0], shape[1]};
  for (int64_t i = 0; i < spatialRank; ++i)
    unpooledShape.push_back((shape[i + 2] - 1) * strides[i] - pads[i] -
                            pads[i + spatialRank] + kernel[i]);
  if (llvm::any_of(unpooledShape, [](int64_t dim) { return dim <= 0; }))
    return context.emitError() << "the unpooled shape has a non-positive size";
  SmallVector<int64_t> endPadding(rank, 0);
  if (outputShape)
    for (int64_t d = 0; d < rank; ++d) {
      endPadding[d] = (*outputShape)[d] - unpooledShape[d];
      if (endPadding[d] < 0)
        return context.emitError()
               << "input 'output_shape' is smaller than the unpooled shape "
                  "in dimension "
               << d;
    }

  int64_t count = getProduct(shape);
  Value zeros = e.expand(e.scalarLike(x, 0.0), {getProduct(unpooledShape)});
  Value flat = e.op<webnn::ScatterElementsOp>(
      zeros, e.toInt64(e.reshape(indices, {count})), e.reshape(x, {count}),
      uint64_t(0));
  Value result = e.reshape(flat, unpooledShape);
  if (llvm::any_of(endPadding, [](int64_t pad) { return pad != 0; }))
    result = e.op<webnn::PadOp>(result, e.ints(SmallVector<int64_t>(rank, 0)),
                                e.ints(endPadding), webnn::PaddingModeAttr(),
                                Attribute());
  return e.finish(result);
}

//===----------------------------------------------------------------------===//
// Sampling helpers (GridSample, RoiAlign)
//===----------------------------------------------------------------------===//

namespace {
/// A [N, C, H, W] image laid out as [N*H*W, C] rows, so gathering rows at
/// computed flat positions samples all channels of a pixel at once.
struct PixelTable {
  Value rows;
  int64_t height, width, channels;
};
} // namespace

static PixelTable makePixelTable(Emitter &e, Value image) {
  ArrayRef<int64_t> shape = getTensorType(image).getShape();
  Value rows = e.reshape(e.transpose(image, {0, 2, 3, 1}),
                         {shape[0] * shape[2] * shape[3], shape[1]});
  return {rows, shape[2], shape[3], shape[1]};
}

/// The pixels at float-valued integer coordinates (y, x) of the images
/// `imageBase` (int64 offsets n*H*W, broadcast with y and x): shape
/// broadcast(y, x) ++ [C]. The coordinates must lie inside the image.
static Value gatherPixels(Emitter &e, const PixelTable &table, Value imageBase,
                          Value y, Value x) {
  Value rowIndex =
      e.add(e.add(imageBase,
                  e.mul(e.toInt64(y), e.scalarLike(imageBase, table.width))),
            e.toInt64(x));
  return e.op<webnn::GatherOp>(table.rows, rowIndex, uint64_t(0));
}

/// `value` with a trailing dimension of 1, to scale gathered pixels.
static Value withChannelAxis(Emitter &e, Value value) {
  if (!e.isOk() || !value)
    return e.fail();
  SmallVector<int64_t> shape(getTensorType(value).getShape());
  shape.push_back(1);
  return e.reshape(value, shape);
}

//===----------------------------------------------------------------------===//
// GridSample
//===----------------------------------------------------------------------===//

namespace {
enum class GridPadding { Zeros, Border, Reflection };

/// Coordinate rules of one GridSample node (PyTorch's grid_sampler, which
/// ONNX's definition follows).
struct GridSampler {
  Emitter &e;
  GridPadding padding;
  bool alignCorners;

  /// Grid values in [-1, 1] to pixel coordinates.
  Value unnormalize(Value g, int64_t size) {
    if (alignCorners)
      return e.mulScalar(e.addScalar(g, 1.0), (size - 1) / 2.0);
    return e.mulScalar(
        e.addScalar(e.mulScalar(e.addScalar(g, 1.0), size), -1.0), 0.5);
  }

  /// Mirrors `c` into [low/2, high/2] (PyTorch's reflect_coordinates).
  Value reflect(Value c, int64_t twiceLow, int64_t twiceHigh) {
    if (twiceLow == twiceHigh)
      return e.mulScalar(c, 0.0);
    double low = twiceLow / 2.0;
    double span = (twiceHigh - twiceLow) / 2.0;
    Value distance = e.op<webnn::AbsOp>(e.addScalar(c, -low));
    Value flips = e.floor(e.mulScalar(distance, 1.0 / span));
    Value extra = e.sub(distance, e.mulScalar(flips, span));
    Value half = e.floor(e.mulScalar(flips, 0.5));
    Value isEven = e.op<webnn::EqualOp>(flips, e.mulScalar(half, 2.0));
    return e.where(isEven, e.addScalar(extra, low),
                   e.addScalar(e.subFromScalar(span, extra), low));
  }

  /// Border and reflection padding move coordinates into the image
  /// (compute_coordinates); zeros padding keeps them.
  Value applyPadding(Value c, int64_t size) {
    switch (padding) {
    case GridPadding::Zeros:
      return c;
    case GridPadding::Border:
      return e.clip(c, 0.0, size - 1);
    case GridPadding::Reflection:
      c = alignCorners ? reflect(c, 0, 2 * (size - 1))
                       : reflect(c, -1, 2 * size - 1);
      return e.clip(c, 0.0, size - 1);
    }
    return c;
  }

  /// 1 where integer coordinate `c` lies in [0, size), else 0.
  Value inside(Value c, int64_t size) {
    return e.op<webnn::LogicalAndOp>(
        e.op<webnn::GreaterOrEqualOp>(c, e.scalarLike(c, 0.0)),
        e.op<webnn::LesserOrEqualOp>(c, e.scalarLike(c, size - 1)));
  }

  /// The pixels at integer coordinates (y, x) [N, Ho, Wo] times `weight`,
  /// 0 outside the image: [N, Ho, Wo, C].
  Value tap(const PixelTable &table, Value imageBase, Value y, Value x,
            Value weight) {
    Value valid = e.op<webnn::LogicalAndOp>(inside(y, table.height),
                                            inside(x, table.width));
    Value pixels =
        gatherPixels(e, table, imageBase, e.clip(y, 0.0, table.height - 1),
                     e.clip(x, 0.0, table.width - 1));
    Value scale = e.mul(e.maskLike(valid, weight), weight);
    return e.mul(pixels, withChannelAxis(e, scale));
  }
};
} // namespace

/// PyTorch's cubic convolution weights (A = -0.75) of the four taps around
/// a sample at fraction t past the second one.
static std::array<Value, 4> cubicWeights(Emitter &e, Value t) {
  constexpr double a = -0.75;
  // |d| <= 1: ((A + 2) d - (A + 3)) d^2 + 1.
  auto near = [&](Value d) {
    Value inner = e.addScalar(e.mulScalar(d, a + 2), -(a + 3));
    return e.addScalar(e.mul(e.mul(inner, d), d), 1.0);
  };
  // 1 < |d| < 2: ((A d - 5A) d + 8A) d - 4A.
  auto far = [&](Value d) {
    Value inner =
        e.addScalar(e.mul(e.addScalar(e.mulScalar(d, a), -5 * a), d), 8 * a);
    return e.addScalar(e.mul(inner, d), -4 * a);
  };
  return {far(e.addScalar(t, 1.0)), near(t), near(e.subFromScalar(1.0, t)),
          far(e.subFromScalar(2.0, t))};
}

static LogicalResult convertGridSample(OnnxNodeContext &context) {
  Emitter e(context);
  Value image = requireFloatInput(e, 0, 4);
  Value grid = requireFloatInput(e, 1, 4);
  if (!image || !grid)
    return failure();
  ArrayRef<int64_t> imageShape = getTensorType(image).getShape();
  ArrayRef<int64_t> gridShape = getTensorType(grid).getShape();
  if (imageShape.size() != 4 || gridShape.size() != 4 || gridShape[3] != 2 ||
      gridShape[0] != imageShape[0])
    return context.emitError()
           << "expects X [N, C, H, W] and grid [N, "
              "H_out, W_out, 2], got "
           << getTensorType(image) << " and " << getTensorType(grid);
  std::string mode = context.getString("mode", "bilinear");
  std::string paddingName = context.getString("padding_mode", "zeros");
  std::optional<GridPadding> padding =
      llvm::StringSwitch<std::optional<GridPadding>>(paddingName)
          .Case("zeros", GridPadding::Zeros)
          .Case("border", GridPadding::Border)
          .Case("reflection", GridPadding::Reflection)
          .Default(std::nullopt);
  if (!padding)
    return context.unsupported("attribute 'padding_mode' = '" + paddingName +
                               "'");
  if (mode != "bilinear" && mode != "nearest" && mode != "bicubic")
    return context.unsupported("attribute 'mode' = '" + mode + "'");
  GridSampler sampler{e, *padding, context.getInt("align_corners", 0) != 0};

  int64_t batch = imageShape[0];
  int64_t height = imageShape[2], width = imageShape[3];
  int64_t outHeight = gridShape[1], outWidth = gridShape[2];
  PixelTable table = makePixelTable(e, image);
  Value imageBase = e.mul(e.iota(batch, 0, 3), e.int64s({}, {height * width}));
  auto component = [&](int64_t index) {
    return e.reshape(e.sliceAxis(grid, 3, index, 1),
                     {batch, outHeight, outWidth});
  };
  Value x = sampler.unnormalize(component(0), width);
  Value y = sampler.unnormalize(component(1), height);

  Value result;
  auto accumulate = [&](Value term) {
    result = result ? e.add(result, term) : term;
  };
  Value one = e.scalarLike(x, 1.0);
  if (mode == "nearest") {
    x = e.op<webnn::RoundEvenOp>(sampler.applyPadding(x, width));
    y = e.op<webnn::RoundEvenOp>(sampler.applyPadding(y, height));
    accumulate(sampler.tap(table, imageBase, y, x, one));
  } else if (mode == "bilinear") {
    x = sampler.applyPadding(x, width);
    y = sampler.applyPadding(y, height);
    Value x0 = e.floor(x), y0 = e.floor(y);
    Value fx = e.sub(x, x0), fy = e.sub(y, y0);
    std::array<Value, 2> xs = {x0, e.add(x0, one)};
    std::array<Value, 2> ys = {y0, e.add(y0, one)};
    std::array<Value, 2> wx = {e.sub(one, fx), fx};
    std::array<Value, 2> wy = {e.sub(one, fy), fy};
    for (int i = 0; i < 2; ++i)
      for (int j = 0; j < 2; ++j)
        accumulate(
            sampler.tap(table, imageBase, ys[i], xs[j], e.mul(wy[i], wx[j])));
  } else {
    // Bicubic pads each of the 16 integer tap coordinates, not the sample.
    Value x0 = e.floor(x), y0 = e.floor(y);
    std::array<Value, 4> wx = cubicWeights(e, e.sub(x, x0));
    std::array<Value, 4> wy = cubicWeights(e, e.sub(y, y0));
    for (int i = 0; i < 4; ++i) {
      Value yi = sampler.applyPadding(e.addScalar(y0, i - 1), height);
      for (int j = 0; j < 4; ++j) {
        Value xj = sampler.applyPadding(e.addScalar(x0, j - 1), width);
        accumulate(sampler.tap(table, imageBase, yi, xj, e.mul(wy[i], wx[j])));
      }
    }
  }
  return e.finish(e.transpose(result, {0, 3, 1, 2}));
}

//===----------------------------------------------------------------------===//
// RoiAlign
//===----------------------------------------------------------------------===//

namespace {
/// Bilinear sampling along one image axis at coordinates [R, S]
/// (onnxruntime's RoiAlign pre-calculation): the two neighbouring pixel
/// positions and their weights, 0 for samples beyond one pixel outside.
struct AxisSamples {
  Value low, high, lowWeight, highWeight;
};
} // namespace

static AxisSamples sampleAxis(Emitter &e, Value c, int64_t size) {
  Value valid = e.op<webnn::LogicalAndOp>(
      e.op<webnn::GreaterOrEqualOp>(c, e.scalarLike(c, -1.0)),
      e.op<webnn::LesserOrEqualOp>(c, e.scalarLike(c, size)));
  Value clamped = e.max(c, e.scalarLike(c, 0.0));
  Value floored = e.floor(clamped);
  Value last = e.scalarLike(c, size - 1);
  Value atEdge = e.op<webnn::GreaterOrEqualOp>(floored, last);
  Value low = e.min(floored, last);
  Value high = e.min(e.addScalar(floored, 1.0), last);
  Value fraction =
      e.where(atEdge, e.scalarLike(c, 0.0), e.sub(clamped, floored));
  Value validMask = e.maskLike(valid, c);
  return {low, high, e.mul(e.subFromScalar(1.0, fraction), validMask),
          e.mul(fraction, validMask)};
}

static LogicalResult convertRoiAlign(OnnxNodeContext &context) {
  Emitter e(context);
  Value image = requireFloatInput(e, 0, 4);
  Value rois = requireFloatInput(e, 1, 2);
  Value batchIndices = e.input(2);
  if (!image || !rois || !batchIndices)
    return failure();
  ArrayRef<int64_t> imageShape = getTensorType(image).getShape();
  ArrayRef<int64_t> roiShape = getTensorType(rois).getShape();
  if (imageShape.size() != 4 || roiShape.size() != 2 || roiShape[1] != 4 ||
      getTensorType(batchIndices).getNumElements() != roiShape[0])
    return context.emitError() << "expects X [N, C, H, W], rois [R, 4] and "
                                  "batch_indices [R]";
  std::string mode = context.getString("mode", "avg");
  if (mode != "avg" && mode != "max")
    return context.unsupported("attribute 'mode' = '" + mode + "'");
  // Opset 16 added the attribute; before it the behaviour was
  // output_half_pixel, since then the default is half_pixel.
  std::string transform = context.getString(
      "coordinate_transformation_mode",
      context.getOpset() >= 16 ? "half_pixel" : "output_half_pixel");
  if (transform != "half_pixel" && transform != "output_half_pixel")
    return context.unsupported("attribute 'coordinate_transformation_mode' "
                               "= '" +
                               transform + "'");
  bool halfPixel = transform == "half_pixel";
  int64_t outHeight = context.getInt("output_height", 1);
  int64_t outWidth = context.getInt("output_width", 1);
  int64_t ratio = context.getInt("sampling_ratio", 0);
  double spatialScale = context.getFloat("spatial_scale", 1.0f);
  if (outHeight < 1 || outWidth < 1)
    return context.emitError() << "output_height and output_width must be "
                                  "positive";
  if (ratio <= 0)
    return context.unsupported(
        "attribute 'sampling_ratio' = " + Twine(ratio) +
        " (adaptive: the number of samples per bin depends on the ROI sizes "
        "at run time)");

  int64_t numRois = roiShape[0];
  PixelTable table = makePixelTable(e, image);
  double offset = halfPixel ? 0.5 : 0.0;
  // Sample positions along one axis: [R, out * ratio] =
  // start + bin * (p + (i + 0.5) / ratio).
  auto samples = [&](int64_t startColumn, int64_t outSize) {
    Value start = e.addScalar(
        e.mulScalar(e.sliceAxis(rois, 1, startColumn, 1), spatialScale),
        -offset);
    Value end = e.addScalar(
        e.mulScalar(e.sliceAxis(rois, 1, startColumn + 2, 1), spatialScale),
        -offset);
    Value extent = e.sub(end, start);
    if (!halfPixel)
      extent = e.max(extent, e.scalarLike(extent, 1.0));
    Value bin = e.mulScalar(extent, 1.0 / outSize);
    SmallVector<float> positions;
    for (int64_t p = 0; p < outSize; ++p)
      for (int64_t i = 0; i < ratio; ++i)
        positions.push_back(p + (i + 0.5) / ratio);
    Value steps = e.floatsLike(rois, {1, outSize * ratio}, positions);
    return e.add(start, e.mul(bin, steps));
  };
  int64_t samplesY = outHeight * ratio, samplesX = outWidth * ratio;
  AxisSamples ys =
      sampleAxis(e, e.reshape(samples(1, outHeight), {numRois, samplesY, 1}),
                 table.height);
  AxisSamples xs = sampleAxis(
      e, e.reshape(samples(0, outWidth), {numRois, 1, samplesX}), table.width);
  Value imageBase = e.reshape(e.mul(e.toInt64(batchIndices),
                                    e.int64s({}, {table.height * table.width})),
                              {numRois, 1, 1});

  // The four weighted corners of every sample: [R, Sy, Sx, C].
  bool isMax = mode == "max";
  Value result;
  for (auto [y, wy] :
       {std::pair(ys.low, ys.lowWeight), std::pair(ys.high, ys.highWeight)})
    for (auto [x, wx] :
         {std::pair(xs.low, xs.lowWeight), std::pair(xs.high, xs.highWeight)}) {
      Value term = e.mul(gatherPixels(e, table, imageBase, y, x),
                         withChannelAxis(e, e.mul(wy, wx)));
      if (!result)
        result = term;
      else
        result = isMax ? e.max(result, term) : e.add(result, term);
    }
  // Pool the ratio x ratio samples of each bin.
  Value bins = e.reshape(
      result, {numRois, outHeight, ratio, outWidth, ratio, table.channels});
  Value pooled;
  Builder builder(context.getContext());
  if (isMax)
    pooled = e.op<webnn::ReduceMaxOp>(bins, e.ints({2, 4}),
                                      builder.getBoolAttr(false));
  else
    pooled = e.mulScalar(e.op<webnn::ReduceSumOp>(bins, e.ints({2, 4}),
                                                  builder.getBoolAttr(false)),
                         1.0 / (ratio * ratio));
  return e.finish(e.transpose(pooled, {0, 3, 1, 2}));
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void registerMiscConverters(OnnxConverterRegistry &registry) {
  registry.add("Det", 11, convertDet);
  registry.add("DFT", 17, convertDft);
  registry.add("ReverseSequence", 10, convertReverseSequence);
  registry.add("MaxUnpool", 9, convertMaxUnpool);
  registry.add("GridSample", 16, convertGridSample);
  registry.add("RoiAlign", 10, convertRoiAlign);
}

} // namespace webnnc::onnx_import
