//===- ShapeConverters.cpp - ONNX shape and data movement ops -> webnn ----===//
//
// Constants, shape computations and ops that move elements. WebNN takes
// shapes, axes, pads, starts, ... as static options, so the ONNX inputs that
// carry them must be constants after folding; Shape and Size produce
// constants from the static input types so that shape subgraphs fold.
//
// ONNX allows empty tensors where WebNN does not. Empty constants (a
// Constant node with zero elements, an empty Shape selection, Slice of a
// constant selecting nothing, ConstantOfShape/Range of zero elements) become
// zero-element placeholder constants that the converters here read as
// "absent" or "empty list" (Resize's empty roi and scales, Reshape's empty
// shape; Concat drops them, as shape computations need); any other use
// fails validation.
//
//===----------------------------------------------------------------------===//
#include "../OnnxConverter.h"

#include "webnn/IR/WebNNDialect.h"
#include "llvm/ADT/StringExtras.h"

#include <cmath>
#include <numeric>

using namespace mlir;

namespace webnnc::onnx_import {

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// True when input `index` is omitted or an empty tensor (ONNX marks absent
/// optional inputs either way).
static bool isAbsent(const OnnxNodeContext &context, unsigned index) {
  if (!context.hasInput(index))
    return true;
  RankedTensorType type = context.getInputType(index);
  return !type || type.getNumElements() == 0;
}

/// The values of a constant integer input; an empty tensor is an empty list.
static FailureOr<SmallVector<int64_t>> getInts(OnnxNodeContext &context,
                                               unsigned index) {
  if (context.hasInput(index) && isAbsent(context, index))
    return SmallVector<int64_t>();
  return context.getConstantInts(index);
}

/// An integer list that opsets before `inputSince` give as attribute `name`
/// and later ones as input `index`; std::nullopt when absent.
static FailureOr<std::optional<SmallVector<int64_t>>>
getIntsAttrOrInput(OnnxNodeContext &context, StringRef name, unsigned index,
                   int64_t inputSince) {
  using Result = std::optional<SmallVector<int64_t>>;
  if (context.getOpset() < inputSince) {
    if (!context.hasAttribute(name))
      return Result();
    return Result(context.getInts(name));
  }
  if (!context.hasInput(index))
    return Result();
  FailureOr<SmallVector<int64_t>> values = getInts(context, index);
  if (failed(values))
    return failure();
  return Result(std::move(*values));
}

/// A constant of `type` holding `values` (row-major), converted to the
/// element type.
template <typename T>
static Value makeConstant(OnnxNodeContext &context, RankedTensorType type,
                          ArrayRef<T> values) {
  Type elementType = type.getElementType();
  SmallVector<Attribute> elements;
  elements.reserve(values.size());
  for (T value : values) {
    if (isa<FloatType>(elementType))
      elements.push_back(
          FloatAttr::get(elementType, static_cast<double>(value)));
    else
      elements.push_back(
          IntegerAttr::get(elementType, static_cast<int64_t>(value)));
  }
  return context.constant(DenseElementsAttr::get(type, elements));
}

/// A uint8 (ONNX bool) mask constant of `shape` whose matrix entry (i, j),
/// in the last two dimensions, is `keep(i, j)`.
static Value matrixMask(OnnxNodeContext &context, ArrayRef<int64_t> shape,
                        llvm::function_ref<bool(int64_t, int64_t)> keep) {
  int64_t rows = shape[shape.size() - 2], columns = shape.back();
  SmallVector<uint8_t> mask;
  mask.reserve(rows * columns);
  for (int64_t i = 0; i < rows; ++i)
    for (int64_t j = 0; j < columns; ++j)
      mask.push_back(keep(i, j) ? 1 : 0);
  auto type = RankedTensorType::get(
      {rows, columns},
      IntegerType::get(context.getContext(), 8, IntegerType::Unsigned));
  return context.constant(DenseElementsAttr::get(type, ArrayRef(mask)));
}

/// Numpy broadcasting of two shapes; failure when incompatible.
static FailureOr<SmallVector<int64_t>> broadcastShapes(OnnxNodeContext &context,
                                                       ArrayRef<int64_t> a,
                                                       ArrayRef<int64_t> b) {
  size_t rank = std::max(a.size(), b.size());
  SmallVector<int64_t> result(rank);
  for (size_t i = 0; i < rank; ++i) {
    int64_t x = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
    int64_t y = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
    if (x != y && x != 1 && y != 1)
      return context.emitError() << "shapes [" << formatInts(a) << "] and ["
                                 << formatInts(b) << "] do not broadcast";
    result[i] = x == 1 ? y : x;
  }
  return result;
}

/// Rejects shapes with zero-sized dimensions, which WebNN cannot express.
static LogicalResult checkNonEmpty(OnnxNodeContext &context,
                                   ArrayRef<int64_t> shape, StringRef what) {
  if (llvm::any_of(shape, [](int64_t dim) { return dim <= 0; }))
    return context.unsupported(
        what + " [" + formatInts(shape) +
        "] has an empty dimension; WebNN tensors have no empty dimensions");
  return success();
}

//===----------------------------------------------------------------------===//
// Constants and shapes
//===----------------------------------------------------------------------===//

/// A zero-element constant standing for an empty ONNX tensor (see the file
/// comment); never a valid operand of a webnn op.
static Value emptyPlaceholder(OnnxNodeContext &context, RankedTensorType type) {
  return context.constant(DenseElementsAttr::get(type, ArrayRef<Attribute>()));
}

static LogicalResult convertConstant(OnnxNodeContext &context) {
  const onnx::NodeProto &node = context.getNode();
  if (node.attribute_size() != 1)
    return context.emitError()
           << "Constant needs exactly one value attribute, got "
           << node.attribute_size();
  const onnx::AttributeProto &attribute = node.attribute(0);
  Builder &builder = context.getBuilder();
  const std::string &name = attribute.name();
  // value_floats / value_ints: a 1-D constant.
  auto vector = [&](Type elementType, auto values) -> LogicalResult {
    auto type = RankedTensorType::get({static_cast<int64_t>(values.size())},
                                      elementType);
    if (values.empty())
      return context.setResult(emptyPlaceholder(context, type));
    using T = typename decltype(values)::value_type;
    return context.setResult(makeConstant<T>(
        context, type, SmallVector<T>(values.begin(), values.end())));
  };
  if (name == "value") {
    onnx::TensorProto tensor = attribute.t();
    if (tensor.name().empty())
      tensor.set_name(node.output(0));
    if (llvm::is_contained(tensor.dims(), 0)) {
      Type elementType =
          getElementType(context.getContext(), tensor.data_type());
      if (!elementType)
        return context.unsupported("a " + getOnnxTypeName(tensor.data_type()) +
                                   " constant");
      SmallVector<int64_t> shape(tensor.dims().begin(), tensor.dims().end());
      context.setOutput(0, emptyPlaceholder(context, RankedTensorType::get(
                                                         shape, elementType)));
      return success();
    }
    FailureOr<ElementsAttr> elements = elementsFromTensorProto(
        context.getContext(), tensor, [&]() { return context.emitError(); });
    if (failed(elements))
      return failure();
    context.setOutput(0, context.constant(*elements));
    return success();
  }
  if (name == "value_float") {
    context.setOutput(0, context.scalar(builder.getF32Type(), attribute.f()));
    return success();
  }
  if (name == "value_int") {
    auto type = RankedTensorType::get({}, builder.getIntegerType(64));
    context.setOutput(0, makeConstant<int64_t>(context, type, {attribute.i()}));
    return success();
  }
  if (name == "value_floats")
    return vector(builder.getF32Type(), attribute.floats());
  if (name == "value_ints")
    return vector(builder.getIntegerType(64), attribute.ints());
  if (name == "sparse_value")
    return context.unsupported("attribute 'sparse_value': sparse tensors have "
                               "no WebNN equivalent");
  if (name == "value_string" || name == "value_strings")
    return context.unsupported("attribute '" + name +
                               "': WebNN has no string data type");
  return context.emitError() << "unknown Constant attribute '" << name << "'";
}

static LogicalResult convertConstantOfShape(OnnxNodeContext &context) {
  FailureOr<SmallVector<int64_t>> shape = getInts(context, 0);
  if (failed(shape))
    return failure();
  Value value;
  if (const onnx::AttributeProto *attribute = context.getAttribute("value")) {
    FailureOr<ElementsAttr> elements =
        elementsFromTensorProto(context.getContext(), attribute->t(),
                                [&]() { return context.emitError(); });
    if (failed(elements))
      return failure();
    if (elements->getNumElements() != 1)
      return context.emitError() << "attribute 'value' must hold one element";
    value = context.constant(*elements);
    FailureOr<Value> scalar = context.reshape(value, {});
    if (failed(scalar))
      return failure();
    value = *scalar;
  } else {
    value = context.scalar(context.getBuilder().getF32Type(), 0.0);
  }
  if (shape->empty())
    return context.setResult(value);
  if (llvm::is_contained(*shape, 0))
    return context.setResult(emptyPlaceholder(
        context,
        RankedTensorType::get(*shape, getTensorType(value).getElementType())));
  return context.setResult(context.create<webnn::ExpandOp>(
      value, context.getBuilder().getDenseI64ArrayAttr(*shape), StringAttr()));
}

/// Shape: an int64 constant from the static input type; opset 15's
/// start/end select a range of dimensions (clamped like Python slices).
static LogicalResult convertShape(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  if (failed(input))
    return failure();
  ArrayRef<int64_t> shape = getTensorType(*input).getShape();
  int64_t rank = shape.size();
  auto clampIndex = [&](int64_t index) {
    if (index < 0)
      index += rank;
    return std::clamp<int64_t>(index, 0, rank);
  };
  int64_t start = clampIndex(context.getInt("start", 0));
  int64_t end = clampIndex(context.getInt("end", rank));
  if (start >= end)
    return context.setResult(emptyPlaceholder(
        context,
        RankedTensorType::get({0}, context.getBuilder().getIntegerType(64))));
  context.setOutput(0, context.int64Vector(shape.slice(start, end - start)));
  return success();
}

static LogicalResult convertSize(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  if (failed(input))
    return failure();
  auto type =
      RankedTensorType::get({}, context.getBuilder().getIntegerType(64));
  context.setOutput(
      0, makeConstant<int64_t>(context, type,
                               {getTensorType(*input).getNumElements()}));
  return success();
}

/// Range: the output length depends on the values, so all three inputs
/// must be constants; the result is a constant, computed in the input type's
/// domain (integers exactly).
template <typename T>
static LogicalResult makeRange(OnnxNodeContext &context, Type elementType,
                               ArrayRef<T> operands) {
  auto [start, limit, delta] =
      std::tuple(operands[0], operands[1], operands[2]);
  if (delta == 0)
    return context.emitError() << "input 'delta' is 0";
  double count = std::max(std::ceil(static_cast<double>(limit - start) /
                                    static_cast<double>(delta)),
                          0.0);
  if (count == 0)
    return context.setResult(
        emptyPlaceholder(context, RankedTensorType::get({0}, elementType)));
  if (count > std::numeric_limits<int32_t>::max())
    return context.unsupported("a range of " + std::to_string(count) +
                               " elements; WebNN tensors have at most 2^31-1");
  SmallVector<T> values;
  for (int64_t i = 0; i < static_cast<int64_t>(count); ++i)
    values.push_back(start + static_cast<T>(i) * delta);
  return context.setResult(makeConstant<T>(
      context,
      RankedTensorType::get({static_cast<int64_t>(count)}, elementType),
      values));
}

static LogicalResult convertRange(OnnxNodeContext &context) {
  RankedTensorType type = context.getInputType(0);
  if (!type)
    return context.emitError() << "requires input #0";
  for (unsigned i = 0; i < 3; ++i)
    if (!context.getInputType(i) ||
        context.getInputType(i).getNumElements() != 1)
      return context.emitError() << "input #" << i << " must be a scalar";
  if (isa<FloatType>(type.getElementType())) {
    SmallVector<double> operands;
    for (unsigned i = 0; i < 3; ++i) {
      FailureOr<SmallVector<double>> value = context.getConstantFloats(i);
      if (failed(value))
        return failure();
      operands.push_back(value->front());
    }
    return makeRange<double>(context, type.getElementType(), operands);
  }
  SmallVector<int64_t> operands;
  for (unsigned i = 0; i < 3; ++i) {
    FailureOr<SmallVector<int64_t>> value = context.getConstantInts(i);
    if (failed(value))
      return failure();
    operands.push_back(value->front());
  }
  return makeRange<int64_t>(context, type.getElementType(), operands);
}

/// EyeLike: a constant of the input's shape with ones on diagonal k.
static LogicalResult convertEyeLike(OnnxNodeContext &context) {
  RankedTensorType inputType = context.getInputType(0);
  if (!inputType || inputType.getRank() != 2)
    return context.emitError() << "EyeLike needs a 2-D input";
  Type elementType = inputType.getElementType();
  if (context.hasAttribute("dtype")) {
    int64_t dtype = context.getInt("dtype", 0);
    elementType = getElementType(context.getContext(), dtype);
    if (!elementType)
      return context.unsupported(
          "attribute 'dtype' = " + getOnnxTypeName(dtype) +
          ", which WebNN has no data type for");
  }
  int64_t k = context.getInt("k", 0);
  Value mask = matrixMask(context, inputType.getShape(),
                          [&](int64_t i, int64_t j) { return j - i == k; });
  return context.setResult(context.castTo(mask, elementType));
}

//===----------------------------------------------------------------------===//
// Reshaping
//===----------------------------------------------------------------------===//

static LogicalResult convertReshape(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  FailureOr<SmallVector<int64_t>> requested = getInts(context, 1);
  if (failed(input) || failed(requested))
    return failure();
  ArrayRef<int64_t> inputShape = getTensorType(*input).getShape();
  bool allowZero = context.getInt("allowzero", 0) != 0;
  SmallVector<int64_t> shape;
  std::optional<size_t> inferred;
  for (auto [index, dim] : llvm::enumerate(*requested)) {
    if (dim == 0 && allowZero)
      return context.unsupported("a 0 in 'shape' with attribute 'allowzero' "
                                 "= 1 makes an empty tensor");
    if (dim == 0) {
      if (index >= inputShape.size())
        return context.emitError() << "shape[" << index
                                   << "] = 0 copies a dimension the input "
                                      "does not have";
      dim = inputShape[index];
    } else if (dim == -1) {
      if (inferred)
        return context.emitError() << "shape has more than one -1";
      inferred = index;
      dim = 1;
    } else if (dim < 0) {
      return context.emitError()
             << "shape[" << index << "] = " << dim << " is negative";
    }
    shape.push_back(dim);
  }
  int64_t count = getTensorType(*input).getNumElements();
  if (inferred) {
    int64_t known = getProduct(shape);
    if (known == 0 || count % known != 0)
      return context.emitError() << "cannot infer the -1 in shape: " << count
                                 << " elements are not a multiple of " << known;
    shape[*inferred] = count / known;
  }
  return context.setResult(context.reshape(*input, shape));
}

static LogicalResult convertFlatten(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  if (failed(input))
    return failure();
  ArrayRef<int64_t> shape = getTensorType(*input).getShape();
  int64_t rank = shape.size();
  int64_t axis = context.getInt("axis", 1);
  // Flatten's axis ranges over [-rank, rank], one past the usual.
  if (axis < -rank || axis > rank)
    return context.emitError() << "attribute 'axis' = " << axis
                               << " is out of range for rank " << rank;
  if (axis < 0)
    axis += rank;
  return context.setResult(
      context.reshape(*input, {getProduct(shape.take_front(axis)),
                               getProduct(shape.drop_front(axis))}));
}

static LogicalResult convertSqueeze(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  FailureOr<std::optional<SmallVector<int64_t>>> axes =
      getIntsAttrOrInput(context, "axes", 1, 13);
  if (failed(input) || failed(axes))
    return failure();
  ArrayRef<int64_t> shape = getTensorType(*input).getShape();
  SmallVector<int64_t> squeezed;
  if (*axes && !(*axes)->empty()) {
    FailureOr<SmallVector<int64_t>> normalized =
        context.normalizeAxes(**axes, shape.size(), "axes");
    if (failed(normalized))
      return failure();
    for (int64_t axis : *normalized)
      if (shape[axis] != 1)
        return context.emitError()
               << "cannot squeeze axis " << axis << " of size " << shape[axis];
    squeezed = *normalized;
  } else {
    for (auto [axis, dim] : llvm::enumerate(shape))
      if (dim == 1)
        squeezed.push_back(axis);
  }
  SmallVector<int64_t> result;
  for (auto [axis, dim] : llvm::enumerate(shape))
    if (!llvm::is_contained(squeezed, static_cast<int64_t>(axis)))
      result.push_back(dim);
  return context.setResult(context.reshape(*input, result));
}

static LogicalResult convertUnsqueeze(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  FailureOr<std::optional<SmallVector<int64_t>>> axes =
      getIntsAttrOrInput(context, "axes", 1, 13);
  if (failed(input) || failed(axes))
    return failure();
  if (!*axes)
    return context.emitError() << "Unsqueeze needs axes";
  ArrayRef<int64_t> shape = getTensorType(*input).getShape();
  int64_t rank = shape.size() + (*axes)->size();
  FailureOr<SmallVector<int64_t>> inserted =
      context.normalizeAxes(**axes, rank, "axes");
  if (failed(inserted))
    return failure();
  SmallVector<int64_t> result;
  const int64_t *next = shape.begin();
  for (int64_t axis = 0; axis < rank; ++axis)
    result.push_back(llvm::is_contained(*inserted, axis) ? 1 : *next++);
  return context.setResult(context.reshape(*input, result));
}

static LogicalResult convertTranspose(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  if (failed(input))
    return failure();
  int64_t rank = getTensorType(*input).getRank();
  SmallVector<int64_t> permutation = context.getInts("perm");
  if (!context.hasAttribute("perm"))
    for (int64_t i = rank - 1; i >= 0; --i)
      permutation.push_back(i);
  return context.setResult(context.transpose(*input, permutation));
}

/// DepthToSpace and SpaceToDepth as reshape -> transpose -> reshape, as in
/// the ONNX operator definitions.
static LogicalResult convertDepthToSpace(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  if (failed(input))
    return failure();
  ArrayRef<int64_t> shape = getTensorType(*input).getShape();
  int64_t b = context.getInt("blocksize", 0);
  if (shape.size() != 4 || b <= 0 || shape[1] % (b * b) != 0)
    return context.emitError() << "DepthToSpace needs a 4-D input whose "
                                  "channels divide by blocksize^2";
  auto [n, c, h, w] = std::tuple(shape[0], shape[1], shape[2], shape[3]);
  std::string mode = context.getString("mode", "DCR");
  SmallVector<int64_t> split, permutation;
  if (mode == "DCR") {
    split = {n, b, b, c / (b * b), h, w};
    permutation = {0, 3, 4, 1, 5, 2};
  } else if (mode == "CRD") {
    split = {n, c / (b * b), b, b, h, w};
    permutation = {0, 1, 4, 2, 5, 3};
  } else {
    return context.emitError()
           << "attribute 'mode' = " << mode << " is neither DCR nor CRD";
  }
  FailureOr<Value> value = context.reshape(*input, split);
  if (succeeded(value))
    value = context.transpose(*value, permutation);
  if (failed(value))
    return failure();
  return context.setResult(
      context.reshape(*value, {n, c / (b * b), h * b, w * b}));
}

static LogicalResult convertSpaceToDepth(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  if (failed(input))
    return failure();
  ArrayRef<int64_t> shape = getTensorType(*input).getShape();
  int64_t b = context.getInt("blocksize", 0);
  if (shape.size() != 4 || b <= 0 || shape[2] % b != 0 || shape[3] % b != 0)
    return context.emitError() << "SpaceToDepth needs a 4-D input whose "
                                  "height and width divide by blocksize";
  auto [n, c, h, w] = std::tuple(shape[0], shape[1], shape[2], shape[3]);
  FailureOr<Value> value = context.reshape(*input, {n, c, h / b, b, w / b, b});
  if (succeeded(value))
    value = context.transpose(*value, {0, 3, 5, 1, 2, 4});
  if (failed(value))
    return failure();
  return context.setResult(
      context.reshape(*value, {n, c * b * b, h / b, w / b}));
}

//===----------------------------------------------------------------------===//
// Concat, Split, Slice
//===----------------------------------------------------------------------===//

static LogicalResult convertConcat(OnnxNodeContext &context) {
  // Empty inputs (shape computations concatenate them) contribute nothing.
  SmallVector<Value> inputs;
  for (unsigned i = 0; i < context.getNumInputs(); ++i)
    if (!isAbsent(context, i))
      inputs.push_back(context.getInput(i));
  if (inputs.empty())
    return context.unsupported("every input is empty; WebNN tensors have no "
                               "empty dimensions");
  FailureOr<int64_t> axis = context.normalizeAxis(
      context.getInt("axis", 1), getTensorType(inputs.front()).getRank());
  if (failed(axis))
    return failure();
  if (inputs.size() == 1)
    return context.setResult(inputs.front());
  return context.setResult(context.create<webnn::ConcatOp>(
      inputs, static_cast<uint64_t>(*axis), StringAttr()));
}

static LogicalResult convertSplit(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  FailureOr<std::optional<SmallVector<int64_t>>> sizes =
      getIntsAttrOrInput(context, "split", 1, 13);
  if (failed(input) || failed(sizes))
    return failure();
  ArrayRef<int64_t> shape = getTensorType(*input).getShape();
  FailureOr<int64_t> axis =
      context.normalizeAxis(context.getInt("axis", 0), shape.size());
  if (failed(axis))
    return failure();
  int64_t dim = shape[*axis];
  int64_t count = context.getNode().output_size();
  Builder &builder = context.getBuilder();
  Attribute splits;
  if (*sizes && !(*sizes)->empty()) {
    if (llvm::any_of(**sizes, [](int64_t s) { return s <= 0; }))
      return context.unsupported("split sizes [" + formatInts(**sizes) +
                                 "] include an empty part");
    splits = builder.getDenseI64ArrayAttr(**sizes);
  } else {
    if (context.hasAttribute("num_outputs"))
      count = context.getInt("num_outputs", count);
    if (count <= 0 || count > dim)
      return context.emitError()
             << "cannot split " << dim << " into " << count << " parts";
    if (dim % count == 0) {
      splits = builder.getI64IntegerAttr(count);
    } else {
      // Opset 18's num_outputs: parts of ceil(dim / count), the last smaller.
      int64_t part = (dim + count - 1) / count;
      SmallVector<int64_t> parts;
      for (int64_t left = dim; left > 0; left -= part)
        parts.push_back(std::min(part, left));
      if (static_cast<int64_t>(parts.size()) != count)
        return context.emitError()
               << "cannot split " << dim << " into " << count << " parts";
      splits = builder.getDenseI64ArrayAttr(parts);
    }
  }
  FailureOr<SmallVector<Value>> results = context.createMulti<webnn::SplitOp>(
      *input, splits, builder.getI64IntegerAttr(*axis), StringAttr());
  if (failed(results))
    return failure();
  return context.setOutputs(*results);
}

/// Slice: ONNX clamps starts/ends per axis (separately for negative steps);
/// WebNN slices with positive strides, so a negative step slices the same
/// elements in ascending order and reverses them.
static LogicalResult convertSlice(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  if (failed(input))
    return failure();
  SmallVector<int64_t> starts, ends, axes, steps;
  if (context.getOpset() < 10) {
    starts = context.getInts("starts");
    ends = context.getInts("ends");
    axes = context.getInts("axes");
  } else {
    FailureOr<SmallVector<int64_t>> s = getInts(context, 1);
    FailureOr<SmallVector<int64_t>> e = getInts(context, 2);
    if (failed(s) || failed(e))
      return failure();
    starts = *s;
    ends = *e;
    for (auto [index, list] : {std::pair{3u, &axes}, std::pair{4u, &steps}}) {
      if (isAbsent(context, index))
        continue;
      FailureOr<SmallVector<int64_t>> values = getInts(context, index);
      if (failed(values))
        return failure();
      *list = *values;
    }
  }
  ArrayRef<int64_t> shape = getTensorType(*input).getShape();
  int64_t rank = shape.size();
  if (axes.empty())
    for (int64_t i = 0; i < static_cast<int64_t>(starts.size()); ++i)
      axes.push_back(i);
  if (steps.empty())
    steps.assign(starts.size(), 1);
  if (ends.size() != starts.size() || axes.size() != starts.size() ||
      steps.size() != starts.size())
    return context.emitError()
           << "starts, ends, axes and steps differ in length";
  FailureOr<SmallVector<int64_t>> normalized =
      context.normalizeAxes(axes, rank, "axes");
  if (failed(normalized))
    return failure();

  SmallVector<int64_t> windowStarts(rank, 0), sizes(shape), strides(rank, 1);
  SmallVector<int64_t> reversed;
  for (auto [i, axis] : llvm::enumerate(*normalized)) {
    int64_t dim = shape[axis], step = steps[i];
    if (step == 0)
      return context.emitError() << "steps[" << i << "] is 0";
    // ONNX: negative indices count from the end, then clamp to [0, dim] for
    // positive steps and to [-1, dim - 1] for negative ones.
    int64_t start = starts[i] < 0 ? starts[i] + dim : starts[i];
    int64_t end = ends[i] < 0 ? ends[i] + dim : ends[i];
    int64_t count;
    if (step > 0) {
      start = std::clamp<int64_t>(start, 0, dim);
      end = std::clamp<int64_t>(end, 0, dim);
      count = end > start ? (end - start + step - 1) / step : 0;
    } else {
      start = std::clamp<int64_t>(start, 0, dim - 1);
      end = std::clamp<int64_t>(end, -1, dim - 1);
      count = start > end ? (start - end - step - 1) / -step : 0;
    }
    if (count == 0) {
      // Shape computations slice constants empty (e.g. the dimensions
      // before axis 0); that stays a placeholder for Concat to drop.
      if (context.isConstantInput(0)) {
        SmallVector<int64_t> emptyShape(shape);
        emptyShape[axis] = 0;
        return context.setResult(emptyPlaceholder(
            context, RankedTensorType::get(
                         emptyShape, getTensorType(*input).getElementType())));
      }
      return context.unsupported("slicing axis " + std::to_string(axis) +
                                 " selects no elements; WebNN tensors have "
                                 "no empty dimensions");
    }
    int64_t stride = step > 0 ? step : -step;
    windowStarts[axis] = step > 0 ? start : start - (count - 1) * stride;
    sizes[axis] = (count - 1) * stride + 1;
    strides[axis] = stride;
    if (step < 0 && count > 1)
      reversed.push_back(axis);
  }
  Builder &builder = context.getBuilder();
  Value result = *input;
  if (windowStarts != SmallVector<int64_t>(rank, 0) ||
      sizes != SmallVector<int64_t>(shape) ||
      strides != SmallVector<int64_t>(rank, 1)) {
    FailureOr<Value> sliced = context.create<webnn::SliceOp>(
        result, builder.getDenseI64ArrayAttr(windowStarts),
        builder.getDenseI64ArrayAttr(sizes),
        builder.getDenseI64ArrayAttr(strides), StringAttr());
    if (failed(sliced))
      return failure();
    result = *sliced;
  }
  if (reversed.empty())
    return context.setResult(result);
  llvm::sort(reversed);
  return context.setResult(context.create<webnn::ReverseOp>(
      result, builder.getDenseI64ArrayAttr(reversed), StringAttr()));
}

//===----------------------------------------------------------------------===//
// Gather and scatter
//===----------------------------------------------------------------------===//

/// Rejects scatter reductions: WebNN scatters only replace elements.
static LogicalResult checkNoReduction(OnnxNodeContext &context) {
  std::string reduction = context.getString("reduction", "none");
  if (reduction == "none")
    return success();
  return context.unsupported("attribute 'reduction' = " + reduction +
                             ": WebNN scatter ops only replace elements");
}

/// The normalized `axis` of Gather, GatherElements and the scatters.
static FailureOr<int64_t> getIndexAxis(OnnxNodeContext &context, Value input) {
  return context.normalizeAxis(context.getInt("axis", 0),
                               getTensorType(input).getRank());
}

/// A constant of shape `shape` + [dims.size()] holding, at each position of
/// `shape`, that position's coordinates along `dims` (in the index type).
static Value coordinateConstant(OnnxNodeContext &context,
                                ArrayRef<int64_t> shape, ArrayRef<int64_t> dims,
                                Type elementType) {
  SmallVector<int64_t> values;
  SmallVector<int64_t> position(shape.size(), 0);
  for (int64_t flat = 0, e = getProduct(shape); flat < e; ++flat) {
    for (int64_t d : dims)
      values.push_back(position[d]);
    for (int64_t d = shape.size() - 1; d >= 0; --d) {
      if (++position[d] < shape[d])
        break;
      position[d] = 0;
    }
  }
  SmallVector<int64_t> constantShape(shape);
  constantShape.push_back(dims.size());
  return makeConstant<int64_t>(
      context, RankedTensorType::get(constantShape, elementType), values);
}

/// Concatenates per-position coordinates along the last axis: constants
/// for the dimensions before `axis` and after it around `indices` (which
/// gains a trailing 1), giving scatterND/gatherND coordinates.
static FailureOr<Value> coordinatesAround(OnnxNodeContext &context,
                                          Value indices, int64_t axis,
                                          int64_t rank) {
  ArrayRef<int64_t> shape = getTensorType(indices).getShape();
  Type elementType = getTensorType(indices).getElementType();
  SmallVector<int64_t> withOne(shape);
  withOne.push_back(1);
  FailureOr<Value> middle = context.reshape(indices, withOne);
  if (failed(middle))
    return failure();
  SmallVector<Value> parts;
  SmallVector<int64_t> before, after;
  for (int64_t d = 0; d < rank; ++d) {
    if (d < axis)
      before.push_back(d);
    else if (d > axis)
      after.push_back(d);
  }
  if (!before.empty())
    parts.push_back(coordinateConstant(context, shape, before, elementType));
  parts.push_back(*middle);
  if (!after.empty())
    parts.push_back(coordinateConstant(context, shape, after, elementType));
  if (parts.size() == 1)
    return parts.front();
  return context.create<webnn::ConcatOp>(
      parts, static_cast<uint64_t>(shape.size()), StringAttr());
}

/// True when `indices` has `input`'s shape except along `axis`, which is
/// what WebNN's gatherElements/scatterElements take; ONNX also allows
/// smaller dimensions elsewhere.
static bool matchesExceptAxis(Value input, Value indices, int64_t axis) {
  ArrayRef<int64_t> a = getTensorType(input).getShape(),
                    b = getTensorType(indices).getShape();
  if (a.size() != b.size())
    return false;
  for (size_t d = 0; d < a.size(); ++d)
    if (static_cast<int64_t>(d) != axis && a[d] != b[d])
      return false;
  return true;
}

static LogicalResult convertGather(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  FailureOr<Value> indices = context.requireInput(1);
  if (failed(input) || failed(indices))
    return failure();
  FailureOr<int64_t> axis = getIndexAxis(context, *input);
  if (failed(axis))
    return failure();
  return context.setResult(context.create<webnn::GatherOp>(
      *input, *indices, static_cast<uint64_t>(*axis), StringAttr()));
}

/// GatherElements; indices smaller than the input off `axis` read the
/// input's leading window there, so the input is sliced to it first.
static LogicalResult convertGatherElements(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  FailureOr<Value> indices = context.requireInput(1);
  if (failed(input) || failed(indices))
    return failure();
  FailureOr<int64_t> axis = getIndexAxis(context, *input);
  if (failed(axis))
    return failure();
  Value data = *input;
  if (!matchesExceptAxis(data, *indices, *axis) &&
      getTensorType(data).getRank() == getTensorType(*indices).getRank()) {
    SmallVector<int64_t> sizes(getTensorType(*indices).getShape());
    sizes[*axis] = getTensorType(data).getDimSize(*axis);
    FailureOr<Value> window = context.create<webnn::SliceOp>(
        data,
        context.getBuilder().getDenseI64ArrayAttr(
            SmallVector<int64_t>(sizes.size(), 0)),
        context.getBuilder().getDenseI64ArrayAttr(sizes), DenseI64ArrayAttr(),
        StringAttr());
    if (failed(window))
      return failure();
    data = *window;
  }
  return context.setResult(context.create<webnn::GatherElementsOp>(
      data, *indices, static_cast<uint64_t>(*axis), StringAttr()));
}

/// ScatterElements (and the deprecated Scatter); indices smaller than the
/// input off `axis` become full coordinates for scatterND.
static LogicalResult convertScatterElements(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  FailureOr<Value> indices = context.requireInput(1);
  FailureOr<Value> updates = context.requireInput(2);
  if (failed(input) || failed(indices) || failed(updates) ||
      failed(checkNoReduction(context)))
    return failure();
  FailureOr<int64_t> axis = getIndexAxis(context, *input);
  if (failed(axis))
    return failure();
  int64_t rank = getTensorType(*input).getRank();
  if (matchesExceptAxis(*input, *indices, *axis) ||
      getTensorType(*indices).getRank() != rank)
    return context.setResult(context.create<webnn::ScatterElementsOp>(
        *input, *indices, *updates, static_cast<uint64_t>(*axis),
        StringAttr()));
  FailureOr<Value> coordinates =
      coordinatesAround(context, *indices, *axis, rank);
  if (failed(coordinates))
    return failure();
  return context.setResult(context.create<webnn::ScatterNDOp>(
      *input, *coordinates, *updates, StringAttr()));
}

/// GatherND; batch_dims > 0 prepends each index tuple with its batch
/// coordinates, which plain gatherND then reads.
static LogicalResult convertGatherND(OnnxNodeContext &context) {
  FailureOr<Value> data = context.requireInput(0);
  FailureOr<Value> indices = context.requireInput(1);
  if (failed(data) || failed(indices))
    return failure();
  int64_t batchDims = context.getInt("batch_dims", 0);
  ArrayRef<int64_t> indexShape = getTensorType(*indices).getShape();
  int64_t indexRank = indexShape.size();
  if (batchDims < 0 || batchDims >= indexRank ||
      batchDims >= getTensorType(*data).getRank())
    return context.emitError()
           << "attribute 'batch_dims' = " << batchDims << " is out of range";
  Value coordinates = *indices;
  if (batchDims > 0) {
    SmallVector<int64_t> batch(batchDims);
    std::iota(batch.begin(), batch.end(), 0);
    Value batchCoordinates =
        coordinateConstant(context, indexShape.drop_back(), batch,
                           getTensorType(*indices).getElementType());
    FailureOr<Value> joined = context.create<webnn::ConcatOp>(
        ValueRange{batchCoordinates, *indices},
        static_cast<uint64_t>(indexRank - 1), StringAttr());
    if (failed(joined))
      return failure();
    coordinates = *joined;
  }
  return context.setResult(
      context.create<webnn::GatherNDOp>(*data, coordinates, StringAttr()));
}

static LogicalResult convertScatterND(OnnxNodeContext &context) {
  FailureOr<Value> data = context.requireInput(0);
  FailureOr<Value> indices = context.requireInput(1);
  FailureOr<Value> updates = context.requireInput(2);
  if (failed(data) || failed(indices) || failed(updates))
    return failure();
  if (failed(checkNoReduction(context)))
    return failure();
  return context.setResult(context.create<webnn::ScatterNDOp>(
      *data, *indices, *updates, StringAttr()));
}

//===----------------------------------------------------------------------===//
// Expand, Tile, Pad
//===----------------------------------------------------------------------===//

/// Expand broadcasts both ways (the shape may have size-1 dimensions where
/// the input is larger); WebNN's expand takes the broadcast result shape.
static LogicalResult convertExpand(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  FailureOr<SmallVector<int64_t>> requested = getInts(context, 1);
  if (failed(input) || failed(requested))
    return failure();
  FailureOr<SmallVector<int64_t>> shape =
      broadcastShapes(context, getTensorType(*input).getShape(), *requested);
  if (failed(shape))
    return failure();
  if (*shape == getTensorType(*input).getShape())
    return context.setResult(*input);
  return context.setResult(context.create<webnn::ExpandOp>(
      *input, context.getBuilder().getDenseI64ArrayAttr(*shape), StringAttr()));
}

static LogicalResult convertTile(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  FailureOr<SmallVector<int64_t>> repeats = getInts(context, 1);
  if (failed(input) || failed(repeats))
    return failure();
  if (llvm::is_contained(*repeats, 0))
    return context.unsupported("a repeat of 0 makes an empty tensor");
  if (llvm::all_of(*repeats, [](int64_t r) { return r == 1; }))
    return context.setResult(*input);
  return context.setResult(context.create<webnn::TileOp>(
      *input, context.getBuilder().getDenseI64ArrayAttr(*repeats),
      StringAttr()));
}

/// Pad: pads as attribute (< 11) or input, [begin..., end...]; negative
/// pads crop, which a slice after the pad expresses.
static LogicalResult convertPad(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  if (failed(input))
    return failure();
  ArrayRef<int64_t> shape = getTensorType(*input).getShape();
  int64_t rank = shape.size();
  Type elementType = getTensorType(*input).getElementType();
  SmallVector<int64_t> pads;
  double value = 0;
  SmallVector<int64_t> axes;
  if (context.getOpset() < 11) {
    pads = context.getInts("pads");
    value = context.getFloat("value", 0.0f);
  } else {
    FailureOr<SmallVector<int64_t>> given = getInts(context, 1);
    if (failed(given))
      return failure();
    pads = *given;
    if (!isAbsent(context, 2)) {
      FailureOr<SmallVector<double>> constant = context.getConstantFloats(2);
      if (failed(constant))
        return failure();
      value = constant->front();
    }
    if (!isAbsent(context, 3)) {
      FailureOr<SmallVector<int64_t>> given = getInts(context, 3);
      if (failed(given))
        return failure();
      FailureOr<SmallVector<int64_t>> normalized =
          context.normalizeAxes(*given, rank, "axes");
      if (failed(normalized))
        return failure();
      axes = *normalized;
    }
  }
  if (axes.empty())
    for (int64_t i = 0; i < rank; ++i)
      axes.push_back(i);
  if (pads.size() != 2 * axes.size())
    return context.emitError() << "pads has " << pads.size()
                               << " values, expected " << 2 * axes.size();

  std::string modeName = context.getString("mode", "constant");
  webnn::PaddingMode mode;
  if (modeName == "constant")
    mode = webnn::PaddingMode::constant;
  else if (modeName == "edge")
    mode = webnn::PaddingMode::edge;
  else if (modeName == "reflect")
    mode = webnn::PaddingMode::reflection;
  else
    return context.unsupported("attribute 'mode' = " + modeName +
                               " (WebNN pads constant, edge or reflection)");

  SmallVector<int64_t> begin(rank, 0), end(rank, 0);
  SmallVector<int64_t> cropBegin(rank, 0), cropEnd(rank, 0);
  size_t count = axes.size();
  for (auto [i, axis] : llvm::enumerate(axes)) {
    (pads[i] >= 0 ? begin : cropBegin)[axis] = std::abs(pads[i]);
    (pads[count + i] >= 0 ? end : cropEnd)[axis] = std::abs(pads[count + i]);
  }
  Builder &builder = context.getBuilder();
  Value result = *input;
  if (llvm::any_of(begin, [](int64_t p) { return p > 0; }) ||
      llvm::any_of(end, [](int64_t p) { return p > 0; })) {
    Attribute valueAttr;
    if (mode == webnn::PaddingMode::constant)
      valueAttr = isa<FloatType>(elementType)
                      ? Attribute(builder.getF64FloatAttr(value))
                      : Attribute(builder.getI64IntegerAttr(
                            static_cast<int64_t>(value)));
    FailureOr<Value> padded = context.create<webnn::PadOp>(
        result, builder.getDenseI64ArrayAttr(begin),
        builder.getDenseI64ArrayAttr(end),
        webnn::PaddingModeAttr::get(context.getContext(), mode), valueAttr,
        StringAttr());
    if (failed(padded))
      return failure();
    result = *padded;
  }
  if (llvm::all_of(cropBegin, [](int64_t p) { return p == 0; }) &&
      llvm::all_of(cropEnd, [](int64_t p) { return p == 0; }))
    return context.setResult(result);
  ArrayRef<int64_t> paddedShape = getTensorType(result).getShape();
  SmallVector<int64_t> sizes;
  for (int64_t d = 0; d < rank; ++d)
    sizes.push_back(paddedShape[d] - cropBegin[d] - cropEnd[d]);
  if (failed(checkNonEmpty(context, sizes, "the cropped shape")))
    return failure();
  return context.setResult(context.create<webnn::SliceOp>(
      result, builder.getDenseI64ArrayAttr(cropBegin),
      builder.getDenseI64ArrayAttr(sizes), DenseI64ArrayAttr(), StringAttr()));
}

//===----------------------------------------------------------------------===//
// Trilu, OneHot
//===----------------------------------------------------------------------===//

/// Trilu: webnn triangular for float tensors; other types select with a
/// constant mask (triangular is float-only).
static LogicalResult convertTrilu(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  if (failed(input))
    return failure();
  RankedTensorType type = getTensorType(*input);
  if (type.getRank() < 2)
    return context.emitError() << "Trilu needs an input of rank 2 or more";
  bool upper = context.getInt("upper", 1) != 0;
  int64_t rows = type.getShape().drop_back().back(),
          columns = type.getShape().back();
  // A k only known at run time: compare a constant (column - row) matrix
  // with it and select, instead of triangular's static diagonal.
  if (!isAbsent(context, 1) && !context.isConstantInput(1)) {
    Type i64 = context.getBuilder().getIntegerType(64);
    SmallVector<int64_t> offsets;
    for (int64_t i = 0; i < rows; ++i)
      for (int64_t j = 0; j < columns; ++j)
        offsets.push_back(j - i);
    Value diagonalOffset = context.constant(DenseElementsAttr::get(
        RankedTensorType::get({rows, columns}, i64), ArrayRef(offsets)));
    FailureOr<Value> k = context.requireInput(1);
    if (failed(k))
      return failure();
    if (getTensorType(*k).getElementType() != i64 ||
        getTensorType(*k).getNumElements() != 1)
      return context.emitError() << "input 'k' must hold one int64";
    FailureOr<Value> kScalar = context.reshape(*k, {});
    if (failed(kScalar))
      return failure();
    FailureOr<Value> mask =
        upper ? context.create<webnn::GreaterOrEqualOp>(
                    diagonalOffset, *kScalar, StringAttr())
              : context.create<webnn::LesserOrEqualOp>(diagonalOffset,
                                                       *kScalar, StringAttr());
    if (failed(mask))
      return failure();
    Value zero = context.scalar(type.getElementType(), 0);
    return context.setResult(
        context.create<webnn::WhereOp>(*mask, *input, zero, StringAttr()));
  }
  int64_t k = 0;
  if (!isAbsent(context, 1)) {
    FailureOr<SmallVector<int64_t>> given = getInts(context, 1);
    if (failed(given))
      return failure();
    k = given->front();
  }
  // Diagonals beyond the matrix keep all or nothing; clamping keeps k in
  // triangular's 32-bit range.
  k = std::clamp<int64_t>(k, -rows, columns);
  if (isa<FloatType>(type.getElementType()))
    return context.setResult(context.create<webnn::TriangularOp>(
        *input, context.getBuilder().getBoolAttr(upper),
        context.getBuilder().getI64IntegerAttr(k), StringAttr()));
  Value mask = matrixMask(context, type.getShape(), [&](int64_t i, int64_t j) {
    return upper ? j - i >= k : j - i <= k;
  });
  Value zero = context.scalar(type.getElementType(), 0);
  return context.setResult(
      context.create<webnn::WhereOp>(mask, *input, zero, StringAttr()));
}

/// OneHot: (index == range(depth)) selects values[1] or values[0]; the
/// range lies along `axis` and the indices broadcast against it.
static LogicalResult convertOneHot(OnnxNodeContext &context) {
  FailureOr<Value> indices = context.requireInput(0);
  FailureOr<SmallVector<double>> depthValues = context.getConstantFloats(1);
  FailureOr<Value> values = context.requireInput(2);
  if (failed(indices) || failed(depthValues) || failed(values))
    return failure();
  if (depthValues->size() != 1)
    return context.emitError() << "input 'depth' must hold one value";
  int64_t depth = static_cast<int64_t>(depthValues->front());
  if (depth < 1)
    return context.unsupported("depth " + std::to_string(depth) +
                               " makes an empty tensor");
  ArrayRef<int64_t> indexShape = getTensorType(*indices).getShape();
  int64_t rank = indexShape.size() + 1;
  FailureOr<int64_t> axis =
      context.normalizeAxis(context.getInt("axis", -1), rank);
  if (failed(axis))
    return failure();
  Type i64 = context.getBuilder().getIntegerType(64);
  // ONNX casts non-integer indices to int64; negative ones count from the
  // end (opset 11).
  FailureOr<Value> index = context.castTo(*indices, i64);
  if (failed(index))
    return failure();
  Value zero = context.scalar(i64, 0);
  FailureOr<Value> isNegative =
      context.create<webnn::LesserOp>(*index, zero, StringAttr());
  FailureOr<Value> wrapped = context.create<webnn::AddOp>(
      *index, context.scalar(i64, depth), StringAttr());
  if (failed(isNegative) || failed(wrapped))
    return failure();
  index = context.create<webnn::WhereOp>(*isNegative, *wrapped, *index,
                                         StringAttr());
  if (failed(index))
    return failure();
  SmallVector<int64_t> unsqueezed(indexShape);
  unsqueezed.insert(unsqueezed.begin() + *axis, 1);
  index = context.reshape(*index, unsqueezed);
  if (failed(index))
    return failure();
  SmallVector<int64_t> rangeShape(rank, 1);
  rangeShape[*axis] = depth;
  SmallVector<int64_t> range(depth);
  std::iota(range.begin(), range.end(), 0);
  Value rangeConstant = makeConstant<int64_t>(
      context, RankedTensorType::get(rangeShape, i64), range);
  FailureOr<Value> hot =
      context.create<webnn::EqualOp>(*index, rangeConstant, StringAttr());
  if (failed(hot))
    return failure();
  if (getTensorType(*values).getNumElements() != 2)
    return context.emitError() << "input 'values' must hold two values";
  FailureOr<Value> flat = context.reshape(*values, {2});
  if (failed(flat))
    return failure();
  FailureOr<Value> off = context.create<webnn::GatherOp>(
      *flat, context.scalar(i64, 0), static_cast<uint64_t>(0), StringAttr());
  FailureOr<Value> on = context.create<webnn::GatherOp>(
      *flat, context.scalar(i64, 1), static_cast<uint64_t>(0), StringAttr());
  if (failed(off) || failed(on))
    return failure();
  return context.setResult(
      context.create<webnn::WhereOp>(*hot, *on, *off, StringAttr()));
}

//===----------------------------------------------------------------------===//
// Resize, Upsample
//===----------------------------------------------------------------------===//
//
// WebNN resample2d samples at half-pixel centers with scale = output size /
// input size: nearest-neighbor picks ceil(x - 0.5) (ties down) and linear
// interpolates at the coordinate clamped to [0, size - 1]. An ONNX resize
// maps onto it when, for every resized axis, ONNX's own sampling positions
// (its coordinate_transformation_mode, nearest_mode and scale) are the same;
// the converter computes both and compares them, so every combination that
// happens to match (e.g. asymmetric + floor for integer upsampling) is
// accepted and every other one is refused with the attribute values.

namespace {
struct ResizeAttributes {
  std::string mode;
  std::string coordinateMode;
  /// round_prefer_floor, round_prefer_ceil, floor, ceil, or "simple" (opset
  /// < 11: floor when upsampling, ceil when downsampling, as onnxruntime).
  std::string nearestMode;
};
} // namespace

/// ONNX's input coordinate for output coordinate `o` (Resize's
/// coordinate_transformation_mode); nullopt for modes it cannot compute.
static std::optional<double> onnxCoordinate(StringRef mode, int64_t o,
                                            double scale, int64_t in,
                                            int64_t out) {
  double x = static_cast<double>(o);
  if (mode == "half_pixel")
    return (x + 0.5) / scale - 0.5;
  if (mode == "pytorch_half_pixel")
    return out > 1 ? (x + 0.5) / scale - 0.5 : 0.0;
  if (mode == "asymmetric")
    return x / scale;
  if (mode == "tf_half_pixel_for_nn")
    return (x + 0.5) / scale;
  if (mode == "align_corners")
    return out == 1
               ? 0.0
               : x * static_cast<double>(in - 1) / static_cast<double>(out - 1);
  return std::nullopt;
}

static int64_t onnxNearest(StringRef nearestMode, double x, double scale) {
  if (nearestMode == "round_prefer_ceil")
    return static_cast<int64_t>(std::floor(x + 0.5));
  if (nearestMode == "floor")
    return static_cast<int64_t>(std::floor(x));
  if (nearestMode == "ceil")
    return static_cast<int64_t>(std::ceil(x));
  if (nearestMode == "simple")
    return static_cast<int64_t>(scale < 1.0 ? std::ceil(x) : std::trunc(x));
  return static_cast<int64_t>(std::ceil(x - 0.5)); // round_prefer_floor
}

/// The sampling positions of one axis: source indices (nearest) or clamped
/// source coordinates (linear).
static SmallVector<double> onnxSamples(const ResizeAttributes &attributes,
                                       double scale, int64_t in, int64_t out) {
  SmallVector<double> samples;
  for (int64_t o = 0; o < out; ++o) {
    double x = *onnxCoordinate(attributes.coordinateMode, o, scale, in, out);
    if (attributes.mode == "nearest")
      x = static_cast<double>(std::clamp<int64_t>(
          onnxNearest(attributes.nearestMode, x, scale), 0, in - 1));
    else
      x = std::clamp(x, 0.0, static_cast<double>(in - 1));
    samples.push_back(x);
  }
  return samples;
}

/// resample2d's positions for the same axis (the interpreter's formulas).
static SmallVector<double> webnnSamples(bool nearest, int64_t in, int64_t out) {
  SmallVector<double> samples;
  for (int64_t o = 0; o < out; ++o) {
    if (nearest) {
      int64_t numerator = (2 * o + 1) * in - 2 * out, denominator = 2 * out;
      int64_t quotient = numerator / denominator;
      if (numerator % denominator != 0 && numerator > 0)
        ++quotient;
      samples.push_back(std::clamp<int64_t>(quotient, 0, in - 1));
    } else {
      double c = static_cast<double>((2 * o + 1) * in - out) / (2.0 * out);
      samples.push_back(std::clamp(c, 0.0, static_cast<double>(in - 1)));
    }
  }
  return samples;
}

static bool samplesMatch(ArrayRef<double> a, ArrayRef<double> b) {
  for (auto [x, y] : llvm::zip_equal(a, b))
    if (std::fabs(x - y) > 1e-5)
      return false;
  return true;
}

/// Resizes `input` to the per-axis output sizes `outSizes` with ONNX
/// scales `scales` through resample2d, or explains why it cannot.
static LogicalResult emitResize(OnnxNodeContext &context, Value input,
                                ArrayRef<int64_t> outSizes,
                                ArrayRef<double> scales,
                                const ResizeAttributes &attributes) {
  ArrayRef<int64_t> shape = getTensorType(input).getShape();
  int64_t rank = shape.size();
  bool nearest = attributes.mode == "nearest";
  if (!nearest && attributes.mode != "linear" && attributes.mode != "bilinear")
    return context.unsupported("attribute 'mode' = " + attributes.mode +
                               ": WebNN resample2d interpolates "
                               "nearest-neighbor or linear only");
  if (!onnxCoordinate(attributes.coordinateMode, 0, 1.0, 1, 1))
    return context.unsupported(
        "attribute 'coordinate_transformation_mode' = " +
        attributes.coordinateMode +
        ": WebNN resample2d has no region of interest or extrapolation");
  SmallVector<int64_t> resized;
  for (int64_t d = 0; d < rank; ++d) {
    if (outSizes[d] <= 0)
      return context.unsupported("output size " + std::to_string(outSizes[d]) +
                                 " along axis " + std::to_string(d) +
                                 "; WebNN tensors have no empty dimensions");
    SmallVector<double> identity;
    for (int64_t o = 0; o < shape[d]; ++o)
      identity.push_back(o);
    if (outSizes[d] != shape[d] ||
        !samplesMatch(onnxSamples(attributes, scales[d], shape[d], shape[d]),
                      identity))
      resized.push_back(d);
  }
  if (resized.empty())
    return context.setResult(input);
  if (resized.size() > 2 || rank > 4)
    return context.unsupported(
        "resizing " + std::to_string(resized.size()) + " axes of a rank-" +
        std::to_string(rank) +
        " tensor: WebNN resample2d resizes two axes of a 4-D tensor");
  for (int64_t d : resized) {
    if (samplesMatch(onnxSamples(attributes, scales[d], shape[d], outSizes[d]),
                     webnnSamples(nearest, shape[d], outSizes[d])))
      continue;
    std::string what =
        "attribute 'mode' = " + attributes.mode +
        " with 'coordinate_transformation_mode' = " + attributes.coordinateMode;
    if (nearest)
      what += " and 'nearest_mode' = " + attributes.nearestMode;
    return context.unsupported(
        what + " (axis " + std::to_string(d) + ": " + std::to_string(shape[d]) +
        " -> " + std::to_string(outSizes[d]) + ", scale " +
        std::to_string(scales[d]) +
        ") samples differently from WebNN resample2d's half-pixel " +
        (nearest ? "nearest-neighbor (ties round down)" : "linear") +
        " sampling");
  }
  // resample2d works on 4-D tensors: lower ranks get leading 1s, and a
  // single resized axis is paired with an unchanged one (identity there).
  int64_t offset = 4 - rank;
  SmallVector<int64_t> shape4(offset, 1);
  shape4.append(shape.begin(), shape.end());
  SmallVector<int64_t> axes;
  for (int64_t d : resized)
    axes.push_back(d + offset);
  if (axes.size() == 1)
    axes.push_back(axes.front() == 3 ? 2 : 3);
  llvm::sort(axes);
  SmallVector<int64_t> sizes;
  for (int64_t axis : axes)
    sizes.push_back(axis < offset ? 1 : outSizes[axis - offset]);
  FailureOr<Value> value = context.reshape(input, shape4);
  if (failed(value))
    return failure();
  Builder &builder = context.getBuilder();
  value = context.create<webnn::Resample2dOp>(
      *value,
      webnn::InterpolationModeAttr::get(
          context.getContext(), nearest
                                    ? webnn::InterpolationMode::nearest_neighbor
                                    : webnn::InterpolationMode::linear),
      DenseF32ArrayAttr(), builder.getDenseI64ArrayAttr(sizes),
      builder.getDenseI64ArrayAttr(axes), StringAttr());
  if (failed(value))
    return failure();
  return context.setResult(context.reshape(*value, outSizes));
}

/// Output sizes and scales from ONNX scales (floor(size * scale)) or sizes
/// (scale = out / in).
static LogicalResult resizeFromScalesOrSizes(
    OnnxNodeContext &context, Value input, std::optional<unsigned> scalesIndex,
    std::optional<unsigned> sizesIndex, ArrayRef<float> scaleAttribute,
    const ResizeAttributes &attributes) {
  ArrayRef<int64_t> shape = getTensorType(input).getShape();
  size_t rank = shape.size();
  SmallVector<double> scales;
  SmallVector<int64_t> outSizes;
  if (sizesIndex && !isAbsent(context, *sizesIndex)) {
    FailureOr<SmallVector<int64_t>> sizes = getInts(context, *sizesIndex);
    if (failed(sizes))
      return failure();
    if (sizes->size() != rank)
      return context.emitError() << "sizes has " << sizes->size()
                                 << " values for a rank-" << rank << " input";
    outSizes = *sizes;
    for (size_t d = 0; d < rank; ++d)
      scales.push_back(static_cast<double>(outSizes[d]) /
                       static_cast<double>(shape[d]));
  } else {
    if (scalesIndex) {
      if (isAbsent(context, *scalesIndex))
        return context.emitError() << "needs scales or sizes";
      FailureOr<SmallVector<double>> given =
          context.getConstantFloats(*scalesIndex);
      if (failed(given))
        return failure();
      scales = *given;
    } else {
      scales.assign(scaleAttribute.begin(), scaleAttribute.end());
    }
    if (scales.size() != rank)
      return context.emitError() << "scales has " << scales.size()
                                 << " values for a rank-" << rank << " input";
    for (size_t d = 0; d < rank; ++d) {
      if (!(scales[d] > 0))
        return context.emitError()
               << "scales[" << d << "] = " << scales[d] << " is not positive";
      outSizes.push_back(static_cast<int64_t>(
          std::floor(static_cast<double>(shape[d]) * scales[d])));
    }
  }
  return emitResize(context, input, outSizes, scales, attributes);
}

static LogicalResult convertResize(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  if (failed(input))
    return failure();
  ResizeAttributes attributes{
      context.getString("mode", "nearest"),
      context.getString("coordinate_transformation_mode", "half_pixel"),
      context.getString("nearest_mode", "round_prefer_floor")};
  if (context.getOpset() < 11) {
    // Resize-10 is Upsample's sampling: asymmetric.
    attributes.coordinateMode = "asymmetric";
    attributes.nearestMode = "simple";
    return resizeFromScalesOrSizes(context, *input, 1u, std::nullopt, {},
                                   attributes);
  }
  if (context.getInt("antialias", 0) != 0)
    return context.unsupported("attribute 'antialias' = 1");
  return resizeFromScalesOrSizes(context, *input, 2u, 3u, {}, attributes);
}

static LogicalResult convertUpsample(OnnxNodeContext &context) {
  FailureOr<Value> input = context.requireInput(0);
  if (failed(input))
    return failure();
  ResizeAttributes attributes{context.getString("mode", "nearest"),
                              "asymmetric", "simple"};
  if (context.getOpset() < 9)
    return resizeFromScalesOrSizes(context, *input, std::nullopt, std::nullopt,
                                   context.getFloats("scales"), attributes);
  return resizeFromScalesOrSizes(context, *input, 1u, std::nullopt, {},
                                 attributes);
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void registerShapeConverters(OnnxConverterRegistry &registry) {
  registry.add("Constant", 1, convertConstant);
  registry.add("ConstantOfShape", 9, convertConstantOfShape);
  registry.add("Shape", 1, convertShape);
  registry.add("Size", 1, convertSize);
  registry.add("Range", 11, convertRange);
  registry.add("EyeLike", 9, convertEyeLike);
  registry.add("Reshape", 5, convertReshape);
  registry.add("Flatten", 1, convertFlatten);
  registry.add("Squeeze", 1, convertSqueeze);
  registry.add("Unsqueeze", 1, convertUnsqueeze);
  registry.add("Transpose", 1, convertTranspose);
  registry.add("DepthToSpace", 1, convertDepthToSpace);
  registry.add("SpaceToDepth", 1, convertSpaceToDepth);
  registry.add("Concat", 1, convertConcat);
  registry.add("Split", 2, convertSplit);
  registry.add("Slice", 1, convertSlice);
  registry.add("Gather", 1, convertGather);
  registry.add("GatherElements", 11, convertGatherElements);
  registry.add("GatherND", 11, convertGatherND);
  registry.add("ScatterElements", 11, convertScatterElements);
  registry.add("Scatter", 9, convertScatterElements);
  registry.add("ScatterND", 11, convertScatterND);
  registry.add("Expand", 8, convertExpand);
  registry.add("Tile", 6, convertTile);
  registry.add("Pad", 2, convertPad);
  registry.add("Trilu", 14, convertTrilu);
  registry.add("OneHot", 9, convertOneHot);
  registry.add("Upsample", 7, convertUpsample);
  registry.add("Resize", 10, convertResize);
}

} // namespace webnnc::onnx_import
