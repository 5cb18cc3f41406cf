//===- RecurrentToLinalg.cpp - Recurrent webnn ops -> linalg -----------===//
//
// gru, gruCell, lstm and lstmCell, as the interpreter computes them
// (compiler/interpreter/lib/kernels/RecurrentKernels.cpp). The steps are
// static, so the time loop is unrolled: every step slices its input with
// tensor.extract_slice, computes x . W^T and h . R^T with linalg.matmul
// (the weights are transposed once per direction with linalg.transpose),
// combines gates and activations in broadcasting linalg.generic ops and
// writes the step's state into the sequence with tensor.insert_slice.
//
// Arithmetic: gates compute in f32 (the matmuls accumulate in f32, float16
// operands are extended), grouped as the interpreter groups its adds:
// (bias + recurrentBias) + (x . W + h . R). The hidden (and cell) state is
// rounded to the data type after every step.
//
//===----------------------------------------------------------------------===//
#include "webnnc/Conversion/WebNNToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "webnn/IR/WebNNOps.h"

namespace mlir::webnnc {
namespace {

using webnn::RecurrentNetworkActivation;
using webnn::RecurrentNetworkDirection;

//===----------------------------------------------------------------------===//
// Helpers (static to this file)
//===----------------------------------------------------------------------===//

static bool getActivations(ArrayAttr list, size_t count,
                           SmallVectorImpl<RecurrentNetworkActivation> &out) {
  if (!list || list.size() != count)
    return false;
  for (Attribute attr : list) {
    auto activation = dyn_cast<webnn::RecurrentNetworkActivationAttr>(attr);
    if (!activation)
      return false;
    out.push_back(activation.getValue());
  }
  return true;
}

/// What the steps share: the builder, the location, the data type.
struct StepBuilder {
  OpBuilder &b;
  Location loc;
  Type dataType;
  Type f32;

  StepBuilder(OpBuilder &b, Location loc, Type dataType)
      : b(b), loc(loc), dataType(dataType), f32(b.getF32Type()) {}

  RankedTensorType tensorType(ArrayRef<int64_t> shape, Type element) const {
    return RankedTensorType::get(shape, element);
  }

  Value constF32(OpBuilder &builder, double value) const {
    return arith::ConstantOp::create(builder, loc, f32,
                                     builder.getF32FloatAttr(value));
  }

  /// `source` sliced at `offsets` with `sizes` (unit strides), the result
  /// of shape `resultShape` (dimensions of size 1 dropped as it says).
  Value slice(Value source, ArrayRef<int64_t> offsets,
              ArrayRef<int64_t> sizes, ArrayRef<int64_t> resultShape) const {
    auto sourceType = cast<RankedTensorType>(source.getType());
    SmallVector<int64_t> strides(offsets.size(), 1);
    return tensor::ExtractSliceOp::create(
        b, loc, tensorType(resultShape, sourceType.getElementType()), source,
        ValueRange{}, ValueRange{}, ValueRange{}, offsets, sizes, strides);
  }
  Value insert(Value source, Value dest, ArrayRef<int64_t> offsets,
               ArrayRef<int64_t> sizes) const {
    SmallVector<int64_t> strides(offsets.size(), 1);
    return tensor::InsertSliceOp::create(b, loc, source, dest, ValueRange{},
                                         ValueRange{}, ValueRange{}, offsets,
                                         sizes, strides);
  }
  /// Columns [offset, offset + size) of a [rows, n] tensor.
  Value columns(Value source, int64_t offset, int64_t size) const {
    int64_t rows = cast<RankedTensorType>(source.getType()).getDimSize(0);
    return slice(source, {0, offset}, {rows, size}, {rows, size});
  }
  /// Elements [offset, offset + size) of a 1-D tensor (null stays null).
  Value range(Value source, int64_t offset, int64_t size) const {
    if (!source)
      return source;
    return slice(source, {offset}, {size}, {size});
  }
  /// Row `index` of the leading dimension of `source`, that dimension
  /// dropped (null stays null).
  Value leading(Value source, int64_t index) const {
    if (!source)
      return source;
    auto type = cast<RankedTensorType>(source.getType());
    SmallVector<int64_t> offsets(type.getRank(), 0);
    offsets[0] = index;
    SmallVector<int64_t> sizes(type.getShape());
    sizes[0] = 1;
    return slice(source, offsets, sizes, type.getShape().drop_front());
  }

  Value empty(ArrayRef<int64_t> shape, Type element) const {
    return tensor::EmptyOp::create(b, loc, shape, element);
  }
  Value filled(ArrayRef<int64_t> shape, Type element, double value) const {
    Value scalar = arith::ConstantOp::create(
        b, loc, element, b.getFloatAttr(element, value));
    return linalg::FillOp::create(b, loc, scalar, empty(shape, element))
        .getResult(0);
  }
  /// [rows, cols] -> [cols, rows].
  Value transpose(Value value) const {
    auto type = cast<RankedTensorType>(value.getType());
    Value init =
        empty({type.getDimSize(1), type.getDimSize(0)}, type.getElementType());
    return linalg::TransposeOp::create(b, loc, value, init,
                                       ArrayRef<int64_t>{1, 0})
        .getResult()[0];
  }
  /// a [M, K] . bT [K, N] accumulated in f32.
  Value matmul(Value a, Value bT) const {
    int64_t m = cast<RankedTensorType>(a.getType()).getDimSize(0);
    int64_t n = cast<RankedTensorType>(bT.getType()).getDimSize(1);
    Value init = filled({m, n}, f32, 0.0);
    return linalg::MatmulOp::create(b, loc, TypeRange{init.getType()},
                                    ValueRange{a, bT}, ValueRange{init})
        .getResult(0);
  }

  Value activate(OpBuilder &builder, RecurrentNetworkActivation activation,
                 Value x) const {
    switch (activation) {
    case RecurrentNetworkActivation::relu: {
      // x > 0 ? x : 0 (NaN -> 0, as the interpreter).
      Value zero = constF32(builder, 0.0);
      Value positive = arith::CmpFOp::create(
          builder, loc, arith::CmpFPredicate::OGT, x, zero);
      return arith::SelectOp::create(builder, loc, positive, x, zero);
    }
    case RecurrentNetworkActivation::sigmoid: {
      // 1 / (1 + exp(-x))
      Value one = constF32(builder, 1.0);
      Value negated = arith::NegFOp::create(builder, loc, x);
      Value exp = math::ExpOp::create(builder, loc, negated);
      Value sum = arith::AddFOp::create(builder, loc, one, exp);
      return arith::DivFOp::create(builder, loc, one, sum);
    }
    case RecurrentNetworkActivation::tanh:
      return math::TanhOp::create(builder, loc, x);
    }
    return x;
  }

  /// Element-wise f32 (or data-type, `round`) [rows, hiddenSize] result.
  Value elementwise(ArrayRef<int64_t> shape, ValueRange operands,
                    ElementwiseBody body, bool round = false) const {
    return buildElementwise(b, loc,
                            tensorType(shape, round ? dataType : f32),
                            operands, body);
  }

  /// One gate: act(peephole + ((bias + recurrentBias) + (xw + hr))), with
  /// absent biases 0 and, where `withPeephole`, the term cell * peephole (0
  /// when `peephole` is null); without `withPeephole` no term at all.
  Value gate(ArrayRef<int64_t> shape, RecurrentNetworkActivation activation,
             Value xw, Value hr, Value bias, Value recurrentBias,
             bool withPeephole, Value cell, Value peephole) const {
    SmallVector<Value> operands{xw, hr};
    int biasIndex = -1, recurrentBiasIndex = -1, cellIndex = -1;
    if (bias) {
      biasIndex = operands.size();
      operands.push_back(bias);
    }
    if (recurrentBias) {
      recurrentBiasIndex = operands.size();
      operands.push_back(recurrentBias);
    }
    if (withPeephole && peephole) {
      cellIndex = operands.size();
      operands.push_back(cell);
      operands.push_back(peephole);
    }
    return elementwise(shape, operands, [&](OpBuilder &builder, Location l,
                                            ValueRange args) -> Value {
      auto valueOr0 = [&](int index) {
        return index < 0 ? constF32(builder, 0.0)
                         : toF32Of(builder, args[index]);
      };
      Value biases = arith::AddFOp::create(builder, l, valueOr0(biasIndex),
                                           valueOr0(recurrentBiasIndex));
      Value products = arith::AddFOp::create(builder, l, args[0], args[1]);
      Value pre = arith::AddFOp::create(builder, l, biases, products);
      if (withPeephole) {
        Value term = constF32(builder, 0.0);
        if (cellIndex >= 0)
          term = arith::MulFOp::create(builder, l,
                                       toF32Of(builder, args[cellIndex]),
                                       toF32Of(builder, args[cellIndex + 1]));
        pre = arith::AddFOp::create(builder, l, term, pre);
      }
      return activate(builder, activation, pre);
    });
  }

  Value toF32Of(OpBuilder &builder, Value value) const {
    if (value.getType() == f32)
      return value;
    return arith::ExtFOp::create(builder, loc, f32, value);
  }
  Value toDataOf(OpBuilder &builder, Value value) const {
    if (dataType == f32)
      return value;
    return arith::TruncFOp::create(builder, loc, dataType, value);
  }
};

//===----------------------------------------------------------------------===//
// GRU
//===----------------------------------------------------------------------===//

struct GruCellConfig {
  int64_t batchSize, hiddenSize;
  bool resetAfter;
  webnn::GruWeightLayout layout;
  RecurrentNetworkActivation gateActivation, newActivation;
};

/// One gruCell step: x [B, I], weightT [I, 3H], recurrentWeightT [H, 3H],
/// h [B, H] (data type), bias/recurrentBias [3H] or null -> [B, H].
static Value gruStep(const StepBuilder &sb, const GruCellConfig &config,
                     Value x, Value weightT, Value recurrentWeightT, Value h,
                     Value bias, Value recurrentBias) {
  int64_t hs = config.hiddenSize;
  SmallVector<int64_t> shape{config.batchSize, hs};
  bool zrn = config.layout == webnn::GruWeightLayout::zrn;
  int64_t zOffset = (zrn ? 0 : 1) * hs;
  int64_t rOffset = (zrn ? 1 : 0) * hs;
  int64_t nOffset = 2 * hs;

  Value xw = sb.matmul(x, weightT);
  Value hr = sb.matmul(h, recurrentWeightT);
  auto gateOf = [&](int64_t offset) {
    return sb.gate(shape, config.gateActivation, sb.columns(xw, offset, hs),
                   sb.columns(hr, offset, hs), sb.range(bias, offset, hs),
                   sb.range(recurrentBias, offset, hs),
                   /*withPeephole=*/false, Value(), Value());
  };
  Value z = gateOf(zOffset);
  Value r = gateOf(rOffset);

  Value xwn = sb.columns(xw, nOffset, hs);
  Value bn = sb.range(bias, nOffset, hs);
  Value rbn = sb.range(recurrentBias, nOffset, hs);
  Value n;
  if (config.resetAfter) {
    // n = g(bn + (x . Wn + r * (rbn + h . Rn)))
    SmallVector<Value> operands{xwn, sb.columns(hr, nOffset, hs), r};
    int bnIndex = -1, rbnIndex = -1;
    if (bn) {
      bnIndex = operands.size();
      operands.push_back(bn);
    }
    if (rbn) {
      rbnIndex = operands.size();
      operands.push_back(rbn);
    }
    n = sb.elementwise(shape, operands, [&](OpBuilder &builder, Location l,
                                            ValueRange args) -> Value {
      auto valueOr0 = [&](int index) {
        return index < 0 ? sb.constF32(builder, 0.0)
                         : sb.toF32Of(builder, args[index]);
      };
      Value recurrent =
          arith::AddFOp::create(builder, l, valueOr0(rbnIndex), args[1]);
      Value reset = arith::MulFOp::create(builder, l, args[2], recurrent);
      Value sum = arith::AddFOp::create(builder, l, args[0], reset);
      Value pre = arith::AddFOp::create(builder, l, valueOr0(bnIndex), sum);
      return sb.activate(builder, config.newActivation, pre);
    });
  } else {
    // n = g((bn + rbn) + (x . Wn + (r * h) . Rn))
    Value resetHidden = sb.elementwise(
        shape, ValueRange{r, h},
        [&](OpBuilder &builder, Location l, ValueRange args) -> Value {
          return arith::MulFOp::create(builder, l, args[0],
                                       sb.toF32Of(builder, args[1]));
        });
    Value recurrent = sb.matmul(resetHidden,
                                sb.columns(recurrentWeightT, nOffset, hs));
    n = sb.gate(shape, config.newActivation, xwn, recurrent, bn, rbn,
                /*withPeephole=*/false, Value(), Value());
  }
  // h' = z * h + n * (1 - z), rounded to the data type.
  return sb.elementwise(
      shape, ValueRange{z, n, h},
      [&](OpBuilder &builder, Location l, ValueRange args) -> Value {
        Value one = sb.constF32(builder, 1.0);
        Value kept = arith::MulFOp::create(builder, l, args[0],
                                           sb.toF32Of(builder, args[2]));
        Value complement = arith::SubFOp::create(builder, l, one, args[0]);
        Value added = arith::MulFOp::create(builder, l, args[1], complement);
        return sb.toDataOf(builder,
                           arith::AddFOp::create(builder, l, kept, added));
      },
      /*round=*/true);
}

static bool isFloatData(Type type) {
  return type.isF32() || type.isF16();
}

struct GruCellLowering : OpConversionPattern<webnn::GruCellOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::GruCellOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    RankedTensorType inputType = getStaticType(adaptor.getInput());
    SmallVector<RecurrentNetworkActivation> activations;
    if (!inputType || inputType.getRank() != 2 ||
        !getStaticType(adaptor.getWeight()) ||
        !getStaticType(adaptor.getRecurrentWeight()) ||
        !getStaticType(adaptor.getHiddenState()) ||
        !isFloatData(inputType.getElementType()) ||
        !getActivations(op.getActivations(), 2, activations))
      return rewriter.notifyMatchFailure(op, "needs static float shapes");
    StepBuilder sb(rewriter, op.getLoc(), inputType.getElementType());
    GruCellConfig config{inputType.getDimSize(0),
                         static_cast<int64_t>(op.getHiddenSize()),
                         op.getResetAfter(),
                         op.getLayout(),
                         activations[0],
                         activations[1]};
    Value result = gruStep(sb, config, adaptor.getInput(),
                           sb.transpose(adaptor.getWeight()),
                           sb.transpose(adaptor.getRecurrentWeight()),
                           adaptor.getHiddenState(), adaptor.getBias(),
                           adaptor.getRecurrentBias());
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// What gru and lstm share: sizes, directions, the per-direction walk.
struct NetworkShape {
  int64_t steps, batchSize, inputSize, hiddenSize, numDirections;
  RecurrentNetworkDirection direction;
  bool returnSequence;

  bool reversed(int64_t dir) const {
    return dir == 1 || direction == RecurrentNetworkDirection::backward;
  }
};

template <typename OpTy, typename AdaptorTy>
static LogicalResult getNetworkShape(OpTy op, AdaptorTy adaptor,
                                     NetworkShape &shape) {
  RankedTensorType inputType = getStaticType(adaptor.getInput());
  if (!inputType || inputType.getRank() != 3 ||
      !isFloatData(inputType.getElementType()) ||
      !getStaticType(adaptor.getWeight()) ||
      !getStaticType(adaptor.getRecurrentWeight()))
    return failure();
  for (Value value : adaptor.getOperands())
    if (!getStaticType(value))
      return failure();
  shape.steps = inputType.getDimSize(0);
  shape.batchSize = inputType.getDimSize(1);
  shape.inputSize = inputType.getDimSize(2);
  shape.hiddenSize = static_cast<int64_t>(op.getHiddenSize());
  shape.direction = op.getDirection();
  shape.numDirections =
      shape.direction == RecurrentNetworkDirection::both ? 2 : 1;
  shape.returnSequence = op.getReturnSequence();
  return success();
}

struct GruLowering : OpConversionPattern<webnn::GruOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::GruOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    NetworkShape net;
    SmallVector<RecurrentNetworkActivation> activations;
    if (failed(getNetworkShape(op, adaptor, net)) ||
        !getActivations(op.getActivations(), 2, activations) ||
        op->getNumResults() != (net.returnSequence ? 2u : 1u))
      return rewriter.notifyMatchFailure(op, "needs static float shapes");
    Type dataType =
        cast<RankedTensorType>(adaptor.getInput().getType()).getElementType();
    StepBuilder sb(rewriter, op.getLoc(), dataType);
    GruCellConfig config{net.batchSize,  net.hiddenSize, op.getResetAfter(),
                         op.getLayout(), activations[0], activations[1]};
    int64_t b = net.batchSize, hs = net.hiddenSize, d = net.numDirections;

    Value outputHidden = sb.empty({d, b, hs}, dataType);
    Value sequence;
    if (net.returnSequence)
      sequence = sb.empty({net.steps, d, b, hs}, dataType);
    for (int64_t dir = 0; dir < d; ++dir) {
      Value weightT = sb.transpose(sb.leading(adaptor.getWeight(), dir));
      Value recurrentWeightT =
          sb.transpose(sb.leading(adaptor.getRecurrentWeight(), dir));
      Value bias = sb.leading(adaptor.getBias(), dir);
      Value recurrentBias = sb.leading(adaptor.getRecurrentBias(), dir);
      Value hidden = adaptor.getInitialHiddenState()
                         ? sb.leading(adaptor.getInitialHiddenState(), dir)
                         : sb.filled({b, hs}, dataType, 0.0);
      for (int64_t s = 0; s < net.steps; ++s) {
        int64_t t = net.reversed(dir) ? net.steps - s - 1 : s;
        Value x = sb.slice(adaptor.getInput(), {t, 0, 0},
                           {1, b, net.inputSize}, {b, net.inputSize});
        hidden = gruStep(sb, config, x, weightT, recurrentWeightT, hidden,
                         bias, recurrentBias);
        if (sequence)
          sequence = sb.insert(hidden, sequence, {t, dir, 0, 0}, {1, 1, b, hs});
      }
      outputHidden = sb.insert(hidden, outputHidden, {dir, 0, 0}, {1, b, hs});
    }
    SmallVector<Value> results{outputHidden};
    if (sequence)
      results.push_back(sequence);
    rewriter.replaceOp(op, results);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// LSTM
//===----------------------------------------------------------------------===//

struct LstmCellConfig {
  int64_t batchSize, hiddenSize;
  webnn::LstmWeightLayout layout;
  RecurrentNetworkActivation gateActivation, cellActivation, outputActivation;
};

/// One lstmCell step: x [B, I], weightT [I, 4H], recurrentWeightT [H, 4H],
/// h, c [B, H] (data type), bias/recurrentBias [4H], peephole [3H] (i, o,
/// f) or null -> {hidden, cell} [B, H] in the data type.
static std::pair<Value, Value>
lstmStep(const StepBuilder &sb, const LstmCellConfig &config, Value x,
         Value weightT, Value recurrentWeightT, Value h, Value c, Value bias,
         Value recurrentBias, Value peephole) {
  int64_t hs = config.hiddenSize;
  SmallVector<int64_t> shape{config.batchSize, hs};
  bool iofg = config.layout == webnn::LstmWeightLayout::iofg;
  int64_t iOffset = 0;
  int64_t oOffset = (iofg ? 1 : 3) * hs;
  int64_t fOffset = (iofg ? 2 : 1) * hs;
  int64_t gOffset = (iofg ? 3 : 2) * hs;

  Value xw = sb.matmul(x, weightT);
  Value hr = sb.matmul(h, recurrentWeightT);
  auto gateOf = [&](int64_t offset, RecurrentNetworkActivation activation,
                    bool withPeephole, int64_t peepholeIndex) {
    return sb.gate(shape, activation, sb.columns(xw, offset, hs),
                   sb.columns(hr, offset, hs), sb.range(bias, offset, hs),
                   sb.range(recurrentBias, offset, hs), withPeephole, c,
                   sb.range(peephole, peepholeIndex * hs, hs));
  };
  Value i = gateOf(iOffset, config.gateActivation, true, 0);
  Value f = gateOf(fOffset, config.gateActivation, true, 2);
  Value g = gateOf(gOffset, config.cellActivation, false, 0);
  Value o = gateOf(oOffset, config.gateActivation, true, 1);
  // ct = f * c + i * g (in f32); ht = o * h(ct).
  Value newCell = sb.elementwise(
      shape, ValueRange{f, c, i, g},
      [&](OpBuilder &builder, Location l, ValueRange args) -> Value {
        Value kept = arith::MulFOp::create(builder, l, args[0],
                                           sb.toF32Of(builder, args[1]));
        Value added = arith::MulFOp::create(builder, l, args[2], args[3]);
        return arith::AddFOp::create(builder, l, kept, added);
      });
  Value newHidden = sb.elementwise(
      shape, ValueRange{o, newCell},
      [&](OpBuilder &builder, Location l, ValueRange args) -> Value {
        Value filtered =
            sb.activate(builder, config.outputActivation, args[1]);
        return sb.toDataOf(
            builder, arith::MulFOp::create(builder, l, args[0], filtered));
      },
      /*round=*/true);
  Value roundedCell = newCell;
  if (sb.dataType != sb.f32)
    roundedCell = sb.elementwise(
        shape, ValueRange{newCell},
        [&](OpBuilder &builder, Location, ValueRange args) -> Value {
          return sb.toDataOf(builder, args[0]);
        },
        /*round=*/true);
  return {newHidden, roundedCell};
}

struct LstmCellLowering : OpConversionPattern<webnn::LstmCellOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::LstmCellOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    RankedTensorType inputType = getStaticType(adaptor.getInput());
    SmallVector<RecurrentNetworkActivation> activations;
    bool allStatic = true;
    for (Value value : adaptor.getOperands())
      allStatic &= getStaticType(value) != nullptr;
    if (!inputType || inputType.getRank() != 2 || !allStatic ||
        !isFloatData(inputType.getElementType()) ||
        !getActivations(op.getActivations(), 3, activations) ||
        op->getNumResults() != 2)
      return rewriter.notifyMatchFailure(op, "needs static float shapes");
    StepBuilder sb(rewriter, op.getLoc(), inputType.getElementType());
    LstmCellConfig config{inputType.getDimSize(0),
                          static_cast<int64_t>(op.getHiddenSize()),
                          op.getLayout(), activations[0], activations[1],
                          activations[2]};
    auto [hidden, cell] = lstmStep(
        sb, config, adaptor.getInput(), sb.transpose(adaptor.getWeight()),
        sb.transpose(adaptor.getRecurrentWeight()), adaptor.getHiddenState(),
        adaptor.getCellState(), adaptor.getBias(), adaptor.getRecurrentBias(),
        adaptor.getPeepholeWeight());
    rewriter.replaceOp(op, ValueRange{hidden, cell});
    return success();
  }
};

struct LstmLowering : OpConversionPattern<webnn::LstmOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(webnn::LstmOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    NetworkShape net;
    SmallVector<RecurrentNetworkActivation> activations;
    if (failed(getNetworkShape(op, adaptor, net)) ||
        !getActivations(op.getActivations(), 3, activations) ||
        op->getNumResults() != (net.returnSequence ? 3u : 2u))
      return rewriter.notifyMatchFailure(op, "needs static float shapes");
    Type dataType =
        cast<RankedTensorType>(adaptor.getInput().getType()).getElementType();
    StepBuilder sb(rewriter, op.getLoc(), dataType);
    LstmCellConfig config{net.batchSize,  net.hiddenSize, op.getLayout(),
                          activations[0], activations[1], activations[2]};
    int64_t b = net.batchSize, hs = net.hiddenSize, d = net.numDirections;

    Value outputHidden = sb.empty({d, b, hs}, dataType);
    Value outputCell = sb.empty({d, b, hs}, dataType);
    Value sequence;
    if (net.returnSequence)
      sequence = sb.empty({net.steps, d, b, hs}, dataType);
    for (int64_t dir = 0; dir < d; ++dir) {
      Value weightT = sb.transpose(sb.leading(adaptor.getWeight(), dir));
      Value recurrentWeightT =
          sb.transpose(sb.leading(adaptor.getRecurrentWeight(), dir));
      Value bias = sb.leading(adaptor.getBias(), dir);
      Value recurrentBias = sb.leading(adaptor.getRecurrentBias(), dir);
      Value peephole = sb.leading(adaptor.getPeepholeWeight(), dir);
      Value hidden = adaptor.getInitialHiddenState()
                         ? sb.leading(adaptor.getInitialHiddenState(), dir)
                         : sb.filled({b, hs}, dataType, 0.0);
      Value cell = adaptor.getInitialCellState()
                       ? sb.leading(adaptor.getInitialCellState(), dir)
                       : sb.filled({b, hs}, dataType, 0.0);
      for (int64_t s = 0; s < net.steps; ++s) {
        int64_t t = net.reversed(dir) ? net.steps - s - 1 : s;
        Value x = sb.slice(adaptor.getInput(), {t, 0, 0},
                           {1, b, net.inputSize}, {b, net.inputSize});
        std::tie(hidden, cell) =
            lstmStep(sb, config, x, weightT, recurrentWeightT, hidden, cell,
                     bias, recurrentBias, peephole);
        if (sequence)
          sequence = sb.insert(hidden, sequence, {t, dir, 0, 0}, {1, 1, b, hs});
      }
      outputHidden = sb.insert(hidden, outputHidden, {dir, 0, 0}, {1, b, hs});
      outputCell = sb.insert(cell, outputCell, {dir, 0, 0}, {1, b, hs});
    }
    SmallVector<Value> results{outputHidden, outputCell};
    if (sequence)
      results.push_back(sequence);
    rewriter.replaceOp(op, results);
    return success();
  }
};

} // namespace

void populateRecurrentToLinalgPatterns(const TypeConverter &converter,
                                       RewritePatternSet &patterns) {
  patterns.add<GruCellLowering, GruLowering, LstmCellLowering, LstmLowering>(
      converter, patterns.getContext());
}

} // namespace mlir::webnnc
