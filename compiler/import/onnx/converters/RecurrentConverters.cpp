//===- RecurrentConverters.cpp - ONNX Recurrent ops -> webnn -------------===//
//
// LSTM and GRU map to webnn.lstm / webnn.gru when WebNN's semantics match
// ONNX's: ONNX's gate orders (LSTM iofc, GRU zrh) are WebNN's default
// layouts (iofg, zrn), B splits into bias and recurrentBias, directions
// forward/reverse/bidirectional are forward/backward/both and Y is WebNN's
// returned sequence [steps, numDirections, batchSize, hiddenSize].
//
// Everything else is unrolled over the (static) time steps into gemm and
// element-wise ops following ONNX's equations: RNN (no WebNN op), and
// LSTM/GRU with what the WebNN ops lack: activations other than Relu,
// Sigmoid and Tanh or different per direction, `clip`, `input_forget`,
// peepholes (ONNX's output gate peeps at the new cell state, WebNN's at the
// old one) and sequence_lens that is not constant seq_length (the unrolled
// steps mask finished batch entries, forward direction only).
//
//===----------------------------------------------------------------------===//
#include "../OnnxConverter.h"

#include "llvm/ADT/StringExtras.h"

#include <optional>

using namespace mlir;

namespace webnnc::onnx_import {

namespace {

enum class RecurrentKind { Rnn, Gru, Lstm };

/// Gate blocks of W/R rows: RNN i; GRU z, r, h; LSTM i, o, f, c.
int64_t getGateCount(RecurrentKind kind) {
  switch (kind) {
  case RecurrentKind::Rnn:
    return 1;
  case RecurrentKind::Gru:
    return 3;
  case RecurrentKind::Lstm:
    return 4;
  }
  return 1;
}

/// The ONNX default activation list of one direction.
SmallVector<std::string> getDefaultActivations(RecurrentKind kind) {
  switch (kind) {
  case RecurrentKind::Rnn:
    return {"tanh"};
  case RecurrentKind::Gru:
    return {"sigmoid", "tanh"};
  case RecurrentKind::Lstm:
    return {"sigmoid", "tanh", "tanh"};
  }
  return {};
}

/// One ONNX activation function with its alpha/beta (lower-case name).
struct Activation {
  std::string name;
  float alpha = 0.0f, beta = 0.0f;
  bool operator==(const Activation &other) const {
    return name == other.name && alpha == other.alpha && beta == other.beta;
  }
};

/// The default alpha/beta of the activations that take them (those of the
/// ONNX operators of the same name); nullopt for an unknown name.
std::optional<std::pair<std::optional<float>, std::optional<float>>>
getActivationDefaults(StringRef name) {
  using Defaults = std::pair<std::optional<float>, std::optional<float>>;
  if (name == "relu" || name == "sigmoid" || name == "tanh" ||
      name == "softsign" || name == "softplus")
    return Defaults{std::nullopt, std::nullopt};
  if (name == "affine" || name == "scaledtanh")
    return Defaults{1.0f, name == "affine" ? 0.0f : 1.0f};
  if (name == "hardsigmoid")
    return Defaults{0.2f, 0.5f};
  if (name == "leakyrelu")
    return Defaults{0.01f, std::nullopt};
  if (name == "thresholdedrelu" || name == "elu")
    return Defaults{1.0f, std::nullopt};
  return std::nullopt;
}

/// Everything a recurrent node says, read and checked once. X and the
/// initial states are already in the sequence-major layout.
struct RecurrentNode {
  RecurrentKind kind;
  int64_t gates, hiddenSize, seqLength, batchSize, inputSize, numDirections;
  std::string direction;
  bool batchMajor;
  Type elementType;
  Value x, w, r, b, initialH, initialC, peephole;
  /// Present when some batch entry may stop before seqLength.
  Value sequenceLens;
  /// numDirections lists of the per-direction activation functions.
  SmallVector<SmallVector<Activation>> activations;
  std::optional<float> clip;
  bool linearBeforeReset, inputForget;

  bool isReversed(int64_t dir) const {
    return direction == "reverse" || dir == 1;
  }
};

/// The shared emitter (OnnxEmitter) with the steps of the recurrent
/// networks' decompositions. A failed op yields a null Value that every
/// later step passes through, so a long decomposition checks for failure
/// once, at its end (the diagnostic is already emitted).
class Emitter : public OnnxEmitter {
public:
  using OnnxEmitter::OnnxEmitter;

  Value slice(Value x, ArrayRef<int64_t> starts, ArrayRef<int64_t> sizes) {
    if (!x)
      return {};
    // The whole tensor (one direction's weights): no op.
    if (llvm::all_of(starts, [](int64_t s) { return s == 0; }) &&
        cast<RankedTensorType>(x.getType()).getShape() == sizes)
      return x;
    return op<webnn::SliceOp>(x, starts, sizes, DenseI64ArrayAttr());
  }
  Value concat(ArrayRef<Value> inputs, uint64_t axis) {
    if (llvm::any_of(inputs, [](Value v) { return !v; }))
      return {};
    if (inputs.size() == 1)
      return inputs.front();
    return op<webnn::ConcatOp>(ValueRange(inputs), axis);
  }
  template <typename OpTy> Value binary(Value a, Value b) {
    if (!a || !b)
      return {};
    return op<OpTy>(a, b);
  }
  Value add(Value a, Value b) { return binary<webnn::AddOp>(a, b); }
  Value sub(Value a, Value b) { return binary<webnn::SubOp>(a, b); }
  Value mul(Value a, Value b) { return binary<webnn::MulOp>(a, b); }
  template <typename OpTy> Value unary(Value x) {
    if (!x)
      return {};
    return op<OpTy>(x);
  }
  /// alpha * x + beta.
  Value linear(Value x, float alpha, float beta) {
    if (!x)
      return {};
    return op<webnn::LinearOp>(x, builder().getF32FloatAttr(alpha),
                               builder().getF32FloatAttr(beta));
  }
  /// a * b^T (+ c).
  Value gemmTransposed(Value a, Value b, Value c) {
    if (!a || !b)
      return {};
    return opWithOptionalOperands<webnn::GemmOp>(
        a, b, c, builder().getF32FloatAttr(1.0f),
        builder().getF32FloatAttr(1.0f), builder().getBoolAttr(false),
        builder().getBoolAttr(true));
  }
  Value where(Value condition, Value a, Value b) {
    if (!condition || !a || !b)
      return {};
    return op<webnn::WhereOp>(condition, a, b);
  }
  Value zeros(ArrayRef<int64_t> shape, Type elementType) {
    auto type = RankedTensorType::get(shape, elementType);
    return context.constant(cast<ElementsAttr>(builder().getZeroAttr(type)));
  }

  /// An ONNX activation function (names checked when parsing).
  Value activate(const Activation &activation, Value x) {
    if (!x)
      return {};
    StringRef name = activation.name;
    float alpha = activation.alpha, beta = activation.beta;
    auto f32 = [&](float value) { return builder().getF32FloatAttr(value); };
    if (name == "relu")
      return unary<webnn::ReluOp>(x);
    if (name == "sigmoid")
      return unary<webnn::SigmoidOp>(x);
    if (name == "tanh")
      return unary<webnn::TanhOp>(x);
    if (name == "softsign")
      return unary<webnn::SoftsignOp>(x);
    if (name == "softplus")
      return unary<webnn::SoftplusOp>(x);
    if (name == "affine")
      return linear(x, alpha, beta);
    if (name == "leakyrelu")
      return op<webnn::LeakyReluOp>(x, f32(alpha));
    if (name == "elu")
      return op<webnn::EluOp>(x, f32(alpha));
    if (name == "hardsigmoid")
      return op<webnn::HardSigmoidOp>(x, f32(alpha), f32(beta));
    if (name == "scaledtanh") // alpha * tanh(beta * x)
      return linear(unary<webnn::TanhOp>(linear(x, beta, 0.0f)), alpha, 0.0f);
    if (name == "thresholdedrelu") { // x > alpha ? x : 0
      Type elementType = cast<RankedTensorType>(x.getType()).getElementType();
      Value above = binary<webnn::GreaterOp>(
          x, context.scalar(elementType, alpha));
      return where(above, x, context.scalar(elementType, 0.0));
    }
    // parseActivations rejected every other name already.
    (void)context.unsupported("activation '" + name + "'");
    return {};
  }

  /// Clamps a gate's pre-activation to [-clip, clip] when clip is set.
  Value clip(Value x, std::optional<float> threshold) {
    if (!x || !threshold)
      return x;
    return op<webnn::ClampOp>(x, builder().getF64FloatAttr(-*threshold),
                              builder().getF64FloatAttr(*threshold));
  }
};

/// Reads the `activations`, `activation_alpha` and `activation_beta`
/// attributes into one list per direction. The alpha/beta lists are
/// consumed in order by the functions that take them; a function beyond
/// the end of a list uses the default of its ONNX operator.
LogicalResult parseActivations(OnnxNodeContext &context, RecurrentNode &node) {
  SmallVector<std::string> names;
  for (const std::string &name : context.getStrings("activations"))
    names.push_back(llvm::StringRef(name).lower());
  SmallVector<std::string> defaults = getDefaultActivations(node.kind);
  size_t perDirection = defaults.size();
  if (names.empty())
    for (int64_t dir = 0; dir < node.numDirections; ++dir)
      llvm::append_range(names, defaults);
  // One direction's list given for both: both use it.
  if (names.size() == perDirection && node.numDirections == 2)
    llvm::append_range(names, SmallVector<std::string>(names));
  if (names.size() != perDirection * node.numDirections)
    return context.emitError()
           << "attribute 'activations' has " << names.size()
           << " functions; expected " << perDirection * node.numDirections;

  SmallVector<float> alphas = context.getFloats("activation_alpha");
  SmallVector<float> betas = context.getFloats("activation_beta");
  size_t nextAlpha = 0, nextBeta = 0;
  node.activations.assign(node.numDirections, {});
  for (auto [index, name] : llvm::enumerate(names)) {
    auto defaultValues = getActivationDefaults(name);
    if (!defaultValues)
      return context.unsupported("activation '" + name +
                                 "' in attribute 'activations'");
    Activation activation{name};
    if (auto alpha = defaultValues->first)
      activation.alpha = nextAlpha < alphas.size() ? alphas[nextAlpha++] : *alpha;
    if (auto beta = defaultValues->second)
      activation.beta = nextBeta < betas.size() ? betas[nextBeta++] : *beta;
    node.activations[index / perDirection].push_back(activation);
  }
  return success();
}

/// Checks that `value` is [dims...], naming `what` otherwise.
LogicalResult checkShape(OnnxNodeContext &context, Value value,
                         StringRef what, ArrayRef<int64_t> dims) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getShape() == dims)
    return success();
  auto diag = context.emitError() << "input '" << what << "' has shape [";
  llvm::interleaveComma(type.getShape(), diag);
  diag << "]; expected [";
  llvm::interleaveComma(dims, diag);
  return diag << "]";
}

/// Reads and checks the inputs and attributes of an RNN, GRU or LSTM node.
FailureOr<RecurrentNode> parseRecurrentNode(OnnxNodeContext &context,
                                            RecurrentKind kind) {
  RecurrentNode node;
  node.kind = kind;
  node.gates = getGateCount(kind);
  FailureOr<Value> x = context.requireInput(0);
  FailureOr<Value> w = context.requireInput(1);
  FailureOr<Value> r = context.requireInput(2);
  if (failed(x) || failed(w) || failed(r))
    return failure();
  node.x = *x;
  node.w = *w;
  node.r = *r;
  for (Value value : {node.x, node.w, node.r})
    if (cast<RankedTensorType>(value.getType()).getRank() != 3)
      return context.emitError() << "inputs X, W and R must have rank 3";

  node.direction = context.getString("direction", "forward");
  if (node.direction != "forward" && node.direction != "reverse" &&
      node.direction != "bidirectional")
    return context.emitError()
           << "attribute 'direction' = '" << node.direction
           << "'; expected forward, reverse or bidirectional";
  node.numDirections = node.direction == "bidirectional" ? 2 : 1;

  int64_t layout = context.getInt("layout", 0);
  if (layout != 0 && layout != 1)
    return context.emitError() << "attribute 'layout' = " << layout
                               << "; expected 0 or 1";
  node.batchMajor = layout == 1;

  Emitter emit(context);
  // X [batch, seq, input] -> [seq, batch, input].
  if (node.batchMajor)
    node.x = emit.transpose(node.x, {1, 0, 2});
  if (!node.x)
    return failure();
  auto xType = cast<RankedTensorType>(node.x.getType());
  node.seqLength = xType.getDimSize(0);
  node.batchSize = xType.getDimSize(1);
  node.inputSize = xType.getDimSize(2);
  node.elementType = xType.getElementType();
  if (!isa<FloatType>(node.elementType))
    return context.emitError() << "input X must be a float tensor";

  auto rType = cast<RankedTensorType>(node.r.getType());
  node.hiddenSize = context.getInt("hidden_size", rType.getDimSize(2));
  int64_t gateRows = node.gates * node.hiddenSize;
  if (failed(checkShape(context, node.w, "W",
                        {node.numDirections, gateRows, node.inputSize})) ||
      failed(checkShape(context, node.r, "R",
                        {node.numDirections, gateRows, node.hiddenSize})))
    return failure();
  if ((node.b = context.getInput(3)) &&
      failed(checkShape(context, node.b, "B",
                        {node.numDirections, 2 * gateRows})))
    return failure();

  // Initial states [batch, numDirections, hidden] -> [numDirections, ...].
  SmallVector<int64_t> stateShape = {node.numDirections, node.batchSize,
                                     node.hiddenSize};
  auto readState = [&](unsigned index, StringRef what, Value &state) {
    if (!(state = context.getInput(index)))
      return success();
    if (node.batchMajor)
      state = emit.transpose(state, {1, 0, 2});
    if (!state)
      return failure();
    return checkShape(context, state, what, stateShape);
  };
  if (failed(readState(5, "initial_h", node.initialH)))
    return failure();
  if (kind == RecurrentKind::Lstm) {
    if (failed(readState(6, "initial_c", node.initialC)))
      return failure();
    if ((node.peephole = context.getInput(7)) &&
        failed(checkShape(context, node.peephole, "P",
                          {node.numDirections, 3 * node.hiddenSize})))
      return failure();
  }

  // sequence_lens: dropped when it is constant seq_length everywhere, else
  // masked in the unrolled steps.
  if (Value lens = context.getInput(4)) {
    if (failed(checkShape(context, lens, "sequence_lens", {node.batchSize})))
      return failure();
    bool full = false;
    if (context.isConstantInput(4)) {
      FailureOr<SmallVector<int64_t>> values = context.getConstantInts(4);
      if (failed(values))
        return failure();
      full = llvm::all_of(*values,
                          [&](int64_t v) { return v == node.seqLength; });
    }
    if (!full)
      node.sequenceLens = lens;
  }

  if (failed(parseActivations(context, node)))
    return failure();
  if (context.hasAttribute("clip"))
    node.clip = context.getFloat("clip", 0.0f);
  node.linearBeforeReset = context.getInt("linear_before_reset", 0) != 0;
  node.inputForget = context.getInt("input_forget", 0) != 0;
  return node;
}

//===----------------------------------------------------------------------===//
// webnn.lstm / webnn.gru
//===----------------------------------------------------------------------===//

/// The WebNN activation list when every direction uses the same functions
/// and all are WebNN's (relu, sigmoid, tanh); null otherwise.
ArrayAttr getWebnnActivations(OnnxNodeContext &context,
                              const RecurrentNode &node) {
  if (node.numDirections == 2 && node.activations[0] != node.activations[1])
    return {};
  SmallVector<Attribute> list;
  for (const Activation &activation : node.activations[0]) {
    std::optional<webnn::RecurrentNetworkActivation> value =
        webnn::symbolizeRecurrentNetworkActivation(activation.name);
    if (!value)
      return {};
    list.push_back(webnn::RecurrentNetworkActivationAttr::get(
        context.getContext(), *value));
  }
  return ArrayAttr::get(context.getContext(), list);
}

webnn::RecurrentNetworkDirection getWebnnDirection(const RecurrentNode &node) {
  if (node.direction == "reverse")
    return webnn::RecurrentNetworkDirection::backward;
  if (node.direction == "bidirectional")
    return webnn::RecurrentNetworkDirection::both;
  return webnn::RecurrentNetworkDirection::forward;
}

/// Whether the node asks for Y (output 0).
bool wantsSequence(OnnxNodeContext &context) {
  return context.getNode().output_size() > 0 &&
         !context.getNode().output(0).empty();
}

/// Sets Y, Y_h (and Y_c) from sequence-major results, transposing them
/// back for layout = 1. `sequence` is null when Y was not asked for.
LogicalResult setRecurrentOutputs(OnnxNodeContext &context,
                                  const RecurrentNode &node, Value sequence,
                                  Value lastHidden, Value lastCell) {
  Emitter emit(context);
  if (node.batchMajor) {
    // Y [seq, dirs, batch, hidden] -> [batch, seq, dirs, hidden]; states
    // [dirs, batch, hidden] -> [batch, dirs, hidden].
    if (sequence)
      sequence = emit.transpose(sequence, {2, 0, 1, 3});
    lastHidden = emit.transpose(lastHidden, {1, 0, 2});
    if (lastCell)
      lastCell = emit.transpose(lastCell, {1, 0, 2});
  }
  if (!lastHidden || (wantsSequence(context) && !sequence) ||
      (node.kind == RecurrentKind::Lstm && !lastCell))
    return failure();
  context.setOutput(0, sequence);
  context.setOutput(1, lastHidden);
  if (lastCell)
    context.setOutput(2, lastCell);
  return success();
}

/// B [dirs, 2 * gateRows] -> (bias, recurrentBias), each [dirs, gateRows];
/// two null values without B.
FailureOr<std::pair<Value, Value>> splitBias(OnnxNodeContext &context,
                                             const RecurrentNode &node) {
  if (!node.b)
    return std::pair<Value, Value>();
  Emitter emit(context);
  int64_t gateRows = node.gates * node.hiddenSize;
  Value bias = emit.slice(node.b, {0, 0}, {node.numDirections, gateRows});
  Value recurrentBias =
      emit.slice(node.b, {0, gateRows}, {node.numDirections, gateRows});
  if (!bias || !recurrentBias)
    return failure();
  return std::make_pair(bias, recurrentBias);
}

/// LSTM as webnn.lstm (the caller checked that WebNN can express it).
LogicalResult convertToWebnnLstm(OnnxNodeContext &context,
                                 const RecurrentNode &node,
                                 ArrayAttr activations) {
  FailureOr<std::pair<Value, Value>> biases = splitBias(context, node);
  if (failed(biases))
    return failure();
  auto [bias, recurrentBias] = *biases;
  bool returnSequence = wantsSequence(context);
  FailureOr<SmallVector<Value>> results = context.createMulti<webnn::LstmOp>(
      node.x, node.w, node.r, static_cast<uint64_t>(node.seqLength),
      static_cast<uint64_t>(node.hiddenSize), bias, recurrentBias,
      node.peephole, node.initialH, node.initialC, returnSequence,
      getWebnnDirection(node), webnn::LstmWeightLayout::iofg, activations,
      StringAttr());
  if (failed(results))
    return failure();
  return setRecurrentOutputs(context, node,
                             returnSequence ? (*results)[2] : Value(),
                             (*results)[0], (*results)[1]);
}

/// GRU as webnn.gru (the caller checked that WebNN can express it).
LogicalResult convertToWebnnGru(OnnxNodeContext &context,
                                const RecurrentNode &node,
                                ArrayAttr activations) {
  FailureOr<std::pair<Value, Value>> biases = splitBias(context, node);
  if (failed(biases))
    return failure();
  auto [bias, recurrentBias] = *biases;
  bool returnSequence = wantsSequence(context);
  FailureOr<SmallVector<Value>> results = context.createMulti<webnn::GruOp>(
      node.x, node.w, node.r, static_cast<uint64_t>(node.seqLength),
      static_cast<uint64_t>(node.hiddenSize), bias, recurrentBias,
      node.initialH, node.linearBeforeReset, returnSequence,
      getWebnnDirection(node), webnn::GruWeightLayout::zrn, activations,
      StringAttr());
  if (failed(results))
    return failure();
  return setRecurrentOutputs(context, node,
                             returnSequence ? (*results)[1] : Value(),
                             (*results)[0], Value());
}

//===----------------------------------------------------------------------===//
// Unrolled decomposition
//===----------------------------------------------------------------------===//

/// Unrolls the node over its time steps, following the ONNX equations
/// (operator docs of RNN, GRU and LSTM; f, g, h are the activations of a
/// direction, clip applies to every activation's input):
///   RNN:  Ht = f(Xt*Wi^T + Ht-1*Ri^T + Wbi + Rbi)
///   GRU:  zt = f(Xt*Wz^T + Ht-1*Rz^T + Wbz + Rbz), rt likewise,
///         ht = g(Xt*Wh^T + (rt . Ht-1)*Rh^T + Rbh + Wbh), or with
///         linear_before_reset g(Xt*Wh^T + rt . (Ht-1*Rh^T + Rbh) + Wbh),
///         Ht = (1 - zt) . ht + zt . Ht-1
///   LSTM: it = f(Xt*Wi^T + Ht-1*Ri^T + Pi . Ct-1 + Wbi + Rbi),
///         ft = f(... + Pf . Ct-1 ...) (1 - it with input_forget),
///         ct = g(Xt*Wc^T + Ht-1*Rc^T + Wbc + Rbc), Ct = ft . Ct-1 + it . ct,
///         ot = f(... + Po . Ct ...), Ht = ot . h(Ct)
/// With sequence_lens, batch entries past their length keep their state and
/// output zeros in Y (as onnxruntime does).
LogicalResult convertUnrolled(OnnxNodeContext &context,
                              const RecurrentNode &node) {
  // A reversed direction starts each batch entry at its own last step,
  // which static slicing cannot express.
  if (node.sequenceLens && node.seqLength > 1 && node.direction != "forward")
    return context.unsupported(
        "input 'sequence_lens' that is not constant seq_length with "
        "direction '" + node.direction + "'");

  Emitter emit(context);
  int64_t hidden = node.hiddenSize, batch = node.batchSize;
  int64_t gateRows = node.gates * hidden;
  Type elementType = node.elementType;
  // [seq * batch, input]: one gemm per gate computes every step's Xt*W^T.
  Value x2d =
      emit.reshape(node.x, {node.seqLength * batch, node.inputSize});

  // mask[t]: [batch, 1], whether step t is within each entry's length.
  SmallVector<Value> masks;
  if (node.sequenceLens) {
    Type lensType =
        cast<RankedTensorType>(node.sequenceLens.getType()).getElementType();
    Value lens = emit.reshape(node.sequenceLens, {batch, 1});
    for (int64_t t = 0; t < node.seqLength; ++t)
      masks.push_back(emit.binary<webnn::GreaterOp>(
          lens, context.scalar(lensType, static_cast<double>(t))));
  }
  Value zeroState = emit.zeros({batch, hidden}, elementType);

  SmallVector<Value> lastHidden, lastCell, sequences;
  for (int64_t dir = 0; dir < node.numDirections; ++dir) {
    ArrayRef<Activation> act = node.activations[dir];
    // Gate g's rows of W/R ([hidden, input/hidden]) and biases ([1, hidden]).
    auto weightOf = [&](Value weights, int64_t gate, int64_t columns) {
      return emit.reshape(
          emit.slice(weights, {dir, gate * hidden, 0}, {1, hidden, columns}),
          {hidden, columns});
    };
    auto biasOf = [&](int64_t offset) -> Value {
      if (!node.b)
        return {};
      return emit.slice(node.b, {dir, offset}, {1, hidden});
    };
    auto peepholeOf = [&](int64_t index) -> Value {
      if (!node.peephole)
        return {};
      return emit.slice(node.peephole, {dir, index * hidden}, {1, hidden});
    };

    // Per gate: every step's Xt*W^T + bias, [seq * batch, hidden], and R.
    // GRU's h gate with linear_before_reset keeps Rbh for inside the reset.
    bool resetAfter = node.kind == RecurrentKind::Gru && node.linearBeforeReset;
    SmallVector<Value> inputTerms, recurrentWeights;
    Value recurrentBiasH;
    for (int64_t gate = 0; gate < node.gates; ++gate) {
      Value bias = biasOf(gate * hidden);
      Value recurrentBias = biasOf(gateRows + gate * hidden);
      bool isResetGate = resetAfter && gate == 2;
      if (isResetGate)
        recurrentBiasH = recurrentBias;
      else if (bias)
        bias = emit.add(bias, recurrentBias);
      inputTerms.push_back(emit.gemmTransposed(
          x2d, weightOf(node.w, gate, node.inputSize), bias));
      recurrentWeights.push_back(weightOf(node.r, gate, hidden));
    }
    // Gate `gate`'s Xt*W^T + Ht-1*R^T + biases at time index t.
    auto preActivation = [&](int64_t gate, int64_t t, Value h) {
      Value input =
          emit.slice(inputTerms[gate], {t * batch, 0}, {batch, hidden});
      return emit.add(input,
                      emit.gemmTransposed(h, recurrentWeights[gate], Value()));
    };
    auto stateOf = [&](Value initial) {
      if (!initial)
        return zeroState;
      return emit.reshape(emit.slice(initial, {dir, 0, 0}, {1, batch, hidden}),
                          {batch, hidden});
    };

    Value h = stateOf(node.initialH);
    Value c = node.kind == RecurrentKind::Lstm ? stateOf(node.initialC)
                                                : Value();
    SmallVector<Value> outputs(node.seqLength);
    for (int64_t step = 0; step < node.seqLength; ++step) {
      int64_t t = node.isReversed(dir) ? node.seqLength - 1 - step : step;
      Value nextH, nextC;
      switch (node.kind) {
      case RecurrentKind::Rnn:
        nextH = emit.activate(act[0], emit.clip(preActivation(0, t, h),
                                                node.clip));
        break;
      case RecurrentKind::Gru: {
        Value z = emit.activate(act[0],
                                emit.clip(preActivation(0, t, h), node.clip));
        Value rGate = emit.activate(
            act[0], emit.clip(preActivation(1, t, h), node.clip));
        Value input =
            emit.slice(inputTerms[2], {t * batch, 0}, {batch, hidden});
        Value recurrent =
            resetAfter
                ? emit.mul(rGate, emit.gemmTransposed(h, recurrentWeights[2],
                                                      recurrentBiasH))
                : emit.gemmTransposed(emit.mul(rGate, h), recurrentWeights[2],
                                      Value());
        Value candidate = emit.activate(
            act[1], emit.clip(emit.add(input, recurrent), node.clip));
        nextH = emit.add(emit.mul(emit.linear(z, -1.0f, 1.0f), candidate),
                         emit.mul(z, h));
        break;
      }
      case RecurrentKind::Lstm: {
        // W rows: i (0), o (1), f (2), c (3); P: i (0), o (1), f (2).
        auto gate = [&](int64_t index, int64_t peepholeIndex, Value cell) {
          Value pre = preActivation(index, t, h);
          if (Value p = peepholeOf(peepholeIndex))
            pre = emit.add(pre, emit.mul(p, cell));
          return emit.activate(act[0], emit.clip(pre, node.clip));
        };
        Value i = gate(0, 0, c);
        Value f = node.inputForget ? emit.linear(i, -1.0f, 1.0f)
                                   : gate(2, 2, c);
        Value candidate =
            emit.activate(act[1], emit.clip(preActivation(3, t, h), node.clip));
        nextC = emit.add(emit.mul(f, c), emit.mul(i, candidate));
        Value o = gate(1, 1, nextC);
        nextH = emit.mul(o, emit.activate(act[2], nextC));
        break;
      }
      }
      if (!masks.empty()) {
        outputs[t] = emit.where(masks[t], nextH, zeroState);
        nextH = emit.where(masks[t], nextH, h);
        if (nextC)
          nextC = emit.where(masks[t], nextC, c);
      } else {
        outputs[t] = nextH;
      }
      h = nextH;
      c = nextC;
      if (!h)
        return failure();
    }
    lastHidden.push_back(emit.reshape(h, {1, batch, hidden}));
    if (c)
      lastCell.push_back(emit.reshape(c, {1, batch, hidden}));
    if (wantsSequence(context)) {
      // [seq, batch, hidden] -> [seq, 1, batch, hidden].
      SmallVector<Value> steps;
      for (Value output : outputs)
        steps.push_back(emit.reshape(output, {1, batch, hidden}));
      sequences.push_back(emit.reshape(emit.concat(steps, 0),
                                       {node.seqLength, 1, batch, hidden}));
    }
  }
  Value sequence = sequences.empty() ? Value() : emit.concat(sequences, 1);
  Value cell = lastCell.empty() ? Value() : emit.concat(lastCell, 0);
  return setRecurrentOutputs(context, node, sequence,
                             emit.concat(lastHidden, 0), cell);
}

//===----------------------------------------------------------------------===//
// Converters
//===----------------------------------------------------------------------===//

/// webnn.lstm/webnn.gru where they match ONNX, the unrolled steps
/// otherwise (see the file comment).
template <RecurrentKind Kind>
LogicalResult convertRecurrent(OnnxNodeContext &context) {
  FailureOr<RecurrentNode> node = parseRecurrentNode(context, Kind);
  if (failed(node))
    return failure();
  if (Kind == RecurrentKind::Rnn || node->clip || node->sequenceLens)
    return convertUnrolled(context, *node);
  ArrayAttr activations = getWebnnActivations(context, *node);
  if (!activations)
    return convertUnrolled(context, *node);
  if (Kind == RecurrentKind::Gru)
    return convertToWebnnGru(context, *node, activations);
  if (node->peephole || node->inputForget)
    return convertUnrolled(context, *node);
  return convertToWebnnLstm(context, *node, activations);
}

} // namespace

void registerRecurrentConverters(OnnxConverterRegistry &registry) {
  // Opset 7 dropped the `output_sequence` attribute; 14 added `layout`
  // (read as 0 when absent); 22 only adds data types.
  registry.add("RNN", 7, convertRecurrent<RecurrentKind::Rnn>);
  registry.add("GRU", 7, convertRecurrent<RecurrentKind::Gru>);
  registry.add("LSTM", 7, convertRecurrent<RecurrentKind::Lstm>);
}

} // namespace webnnc::onnx_import
