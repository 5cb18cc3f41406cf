//===- RecurrentKernels.cpp - Recurrent ops in the interpreter -----------===//
//
// gru, gruCell, lstm and lstmCell, as the spec's emulation code of each
// section defines them: gru runs gruCell over the time steps of each
// direction and lstm runs lstmCell, so each network shares its cell step
// with the cell op (gruCellStep, lstmCellStep below).
//
// Arithmetic: float32 and float16 compute in float (float16 operands are
// loaded exactly, results rounded to half once per stored tensor). The dot
// products of a gate accumulate in float, grouped as the emulation groups
// its adds: (bias + recurrentBias) + (x . W + h . R). The networks round
// the hidden (and cell) state to the data type after every step, as the
// emulation passes each step's cell outputs as tensors of that type, so
// gru/lstm give exactly what a chain of gruCell/lstmCell ops gives.
//
//===----------------------------------------------------------------------===//
#include "KernelUtils.h"

#include "webnn/IR/WebNNOps.h"

#include <cmath>
#include <vector>

using namespace mlir;

namespace webnnc::interp {

namespace {

using webnn::RecurrentNetworkActivation;
using webnn::RecurrentNetworkDirection;

/// The spec's MLRecurrentNetworkActivation functions: relu, sigmoid and
/// tanh operators.
float activate(RecurrentNetworkActivation activation, float x) {
  switch (activation) {
  case RecurrentNetworkActivation::relu:
    return x > 0.0f ? x : 0.0f;
  case RecurrentNetworkActivation::sigmoid:
    return 1.0f / (1.0f + std::exp(-x));
  case RecurrentNetworkActivation::tanh:
    return std::tanh(x);
  }
  __builtin_unreachable();
}

SmallVector<RecurrentNetworkActivation> getActivationList(ArrayAttr list) {
  SmallVector<RecurrentNetworkActivation> activations;
  for (Attribute attr : list)
    activations.push_back(
        cast<webnn::RecurrentNetworkActivationAttr>(attr).getValue());
  return activations;
}

/// The data of the optional operand `value` of `op`, or null when absent.
template <typename T>
const T *optionalData(Operation *op, ArrayRef<const Tensor *> operands,
                      Value value) {
  const Tensor *tensor = getOptionalOperand(op, operands, value);
  return tensor ? tensor->data<T>() : nullptr;
}

/// Sum of a[k] * b[k] for k < n, accumulated in float.
template <typename T>
float dot(const T *a, const T *b, int64_t n) {
  float sum = 0.0f;
  for (int64_t k = 0; k < n; ++k)
    sum += load(a[k]) * load(b[k]);
  return sum;
}

/// Bias element `index` or 0 (an absent bias is the emulation's `zero`).
template <typename T> float biasAt(const T *bias, int64_t index) {
  return bias ? load(bias[index]) : 0.0f;
}

//===----------------------------------------------------------------------===//
// GRU
//===----------------------------------------------------------------------===//

/// What one gruCell step needs besides its tensors.
struct GruConfig {
  int64_t batchSize, inputSize, hiddenSize;
  bool resetAfter;
  webnn::GruWeightLayout layout;
  /// activations[0]: update and reset gates; [1]: new gate.
  RecurrentNetworkActivation gateActivation, newActivation;
};

/// One gruCell step (spec: gruCell emulation), for one direction's slices:
/// input [batchSize, inputSize], weight [3 * hiddenSize, inputSize],
/// recurrentWeight [3 * hiddenSize, hiddenSize], hiddenState and output
/// [batchSize, hiddenSize], bias/recurrentBias [3 * hiddenSize] or null.
/// `output` must not alias `hiddenState`.
template <typename T>
void gruCellStep(const GruConfig &config, const T *input, const T *weight,
                 const T *recurrentWeight, const T *hiddenState,
                 const T *bias, const T *recurrentBias, T *output) {
  int64_t hiddenSize = config.hiddenSize, inputSize = config.inputSize;
  // Gate row blocks: "zrn" is update-reset-new, "rzn" reset-update-new.
  bool zrn = config.layout == webnn::GruWeightLayout::zrn;
  int64_t zOffset = (zrn ? 0 : 1) * hiddenSize;
  int64_t rOffset = (zrn ? 1 : 0) * hiddenSize;
  int64_t nOffset = 2 * hiddenSize;

  std::vector<float> z(hiddenSize), r(hiddenSize), resetHidden;
  if (!config.resetAfter)
    resetHidden.resize(hiddenSize);
  for (int64_t b = 0; b < config.batchSize; ++b) {
    const T *x = input + b * inputSize;
    const T *h = hiddenState + b * hiddenSize;
    // z = f(bz + rbz + x . Wz + h . Rz); r likewise.
    auto gate = [&](int64_t row) {
      float biases = biasAt(bias, row) + biasAt(recurrentBias, row);
      float products = dot(x, weight + row * inputSize, inputSize) +
                       dot(h, recurrentWeight + row * hiddenSize, hiddenSize);
      return activate(config.gateActivation, biases + products);
    };
    for (int64_t j = 0; j < hiddenSize; ++j) {
      z[j] = gate(zOffset + j);
      r[j] = gate(rOffset + j);
    }
    if (!config.resetAfter)
      for (int64_t k = 0; k < hiddenSize; ++k)
        resetHidden[k] = r[k] * load(h[k]);

    for (int64_t j = 0; j < hiddenSize; ++j) {
      int64_t row = nOffset + j;
      const T *recurrentRow = recurrentWeight + row * hiddenSize;
      float inputProduct = dot(x, weight + row * inputSize, inputSize);
      float n;
      if (config.resetAfter) {
        // n = g(bn + (x . Wn + r * (rbn + h . Rn)))
        float recurrent = biasAt(recurrentBias, row) +
                          dot(h, recurrentRow, hiddenSize);
        n = activate(config.newActivation,
                     biasAt(bias, row) + (inputProduct + r[j] * recurrent));
      } else {
        // n = g((bn + rbn) + (x . Wn + (r * h) . Rn))
        float recurrent = 0.0f;
        for (int64_t k = 0; k < hiddenSize; ++k)
          recurrent += resetHidden[k] * load(recurrentRow[k]);
        n = activate(config.newActivation,
                     (biasAt(bias, row) + biasAt(recurrentBias, row)) +
                         (inputProduct + recurrent));
      }
      // h' = z * h + n * (1 - z)
      output[b * hiddenSize + j] =
          store<T>(z[j] * load(h[j]) + n * (1.0f - z[j]));
    }
  }
}

template <typename T>
void runGruCellTyped(webnn::GruCellOp op, ArrayRef<const Tensor *> operands,
                     Tensor &output) {
  Operation *operation = op.getOperation();
  SmallVector<RecurrentNetworkActivation> activations =
      getActivationList(op.getActivations());
  ArrayRef<int64_t> inputShape = operands[0]->getShape();
  GruConfig config{inputShape[0],
                   inputShape[1],
                   static_cast<int64_t>(op.getHiddenSize()),
                   op.getResetAfter(),
                   op.getLayout(),
                   activations[0],
                   activations[1]};
  gruCellStep<T>(
      config, operands[0]->data<T>(), operands[1]->data<T>(),
      operands[2]->data<T>(), operands[3]->data<T>(),
      optionalData<T>(operation, operands, op.getBias()),
      optionalData<T>(operation, operands, op.getRecurrentBias()),
      output.data<T>());
}

/// What gru and lstm share: the sizes, the input, the weights and biases of
/// all directions, and the returned sequence (null unless
/// returnSequence). Weights and biases stack the directions; `gates` is
/// the number of gate row blocks (3 for gru, 4 for lstm).
template <typename T> struct RecurrentNetwork {
  int64_t steps, batchSize, inputSize, hiddenSize, gateRows, stateSize;
  RecurrentNetworkDirection direction;
  int64_t numDirections;
  const T *input, *weight, *recurrentWeight, *bias, *recurrentBias,
      *initialHidden;
  T *sequence;

  template <typename OpTy>
  RecurrentNetwork(OpTy op, ArrayRef<const Tensor *> operands,
                   MutableArrayRef<Tensor> results, int64_t gates) {
    Operation *operation = op.getOperation();
    ArrayRef<int64_t> inputShape = operands[0]->getShape();
    steps = inputShape[0];
    batchSize = inputShape[1];
    inputSize = inputShape[2];
    hiddenSize = static_cast<int64_t>(op.getHiddenSize());
    gateRows = gates * hiddenSize;
    stateSize = batchSize * hiddenSize;
    direction = op.getDirection();
    numDirections = direction == RecurrentNetworkDirection::both ? 2 : 1;
    input = operands[0]->data<T>();
    weight = operands[1]->data<T>();
    recurrentWeight = operands[2]->data<T>();
    bias = optionalData<T>(operation, operands, op.getBias());
    recurrentBias = optionalData<T>(operation, operands, op.getRecurrentBias());
    initialHidden =
        optionalData<T>(operation, operands, op.getInitialHiddenState());
    // The sequence is the last result: after the output states.
    sequence =
        op.getReturnSequence() ? results.back().template data<T>() : nullptr;
  }

  /// Direction `dir`'s slices of the stacked weights and biases.
  const T *weightOf(int64_t dir) const {
    return weight + dir * gateRows * inputSize;
  }
  const T *recurrentWeightOf(int64_t dir) const {
    return recurrentWeight + dir * gateRows * hiddenSize;
  }
  const T *biasOf(int64_t dir) const {
    return bias ? bias + dir * gateRows : nullptr;
  }
  const T *recurrentBiasOf(int64_t dir) const {
    return recurrentBias ? recurrentBias + dir * gateRows : nullptr;
  }

  /// Direction `dir`'s initial state from `initial` (absent: zeros, T{} is
  /// +0 for float and half).
  void loadState(const T *initial, int64_t dir, std::vector<T> &state) const {
    for (int64_t i = 0; i < stateSize; ++i)
      state[i] = initial ? initial[dir * stateSize + i] : T{};
  }

  /// Calls `step(t, x)` for each step of direction `dir`, with the time
  /// index t it consumes and that step's input slice x (spec: gru/lstm
  /// emulation, `slice`): backward, and the second direction of "both",
  /// walk the sequence from its end. After each step, records `hidden` in
  /// the sequence at time index t, as the emulation's backwardSequence
  /// prepends.
  template <typename Step>
  void forEachStep(int64_t dir, const std::vector<T> &hidden,
                   Step &&step) const {
    bool reversed =
        dir == 1 || direction == RecurrentNetworkDirection::backward;
    for (int64_t s = 0; s < steps; ++s) {
      int64_t t = reversed ? steps - s - 1 : s;
      step(input + t * batchSize * inputSize);
      if (sequence)
        std::copy(hidden.begin(), hidden.end(),
                  sequence + (t * numDirections + dir) * stateSize);
    }
  }
};

template <typename T>
void runGruTyped(webnn::GruOp op, ArrayRef<const Tensor *> operands,
                 MutableArrayRef<Tensor> results) {
  SmallVector<RecurrentNetworkActivation> activations =
      getActivationList(op.getActivations());
  RecurrentNetwork<T> net(op, operands, results, /*gates=*/3);
  GruConfig config{net.batchSize,     net.inputSize, net.hiddenSize,
                   op.getResetAfter(), op.getLayout(), activations[0],
                   activations[1]};
  T *outputHidden = results[0].data<T>();

  std::vector<T> hidden(net.stateSize), next(net.stateSize);
  for (int64_t dir = 0; dir < net.numDirections; ++dir) {
    net.loadState(net.initialHidden, dir, hidden);
    net.forEachStep(dir, hidden, [&](const T *x) {
      gruCellStep<T>(config, x, net.weightOf(dir), net.recurrentWeightOf(dir),
                     hidden.data(), net.biasOf(dir), net.recurrentBiasOf(dir),
                     next.data());
      std::swap(hidden, next);
    });
    std::copy(hidden.begin(), hidden.end(),
              outputHidden + dir * net.stateSize);
  }
}

//===----------------------------------------------------------------------===//
// LSTM
//===----------------------------------------------------------------------===//

/// What one lstmCell step needs besides its tensors.
struct LstmConfig {
  int64_t batchSize, inputSize, hiddenSize;
  webnn::LstmWeightLayout layout;
  /// activations[0]: input, forget and output gates; [1]: cell gate;
  /// [2]: the filter of the new cell state in the hidden state.
  RecurrentNetworkActivation gateActivation, cellActivation,
      outputActivation;
};

/// One lstmCell step (spec: lstmCell emulation), for one direction's
/// slices: input [batchSize, inputSize], weight [4 * hiddenSize,
/// inputSize], recurrentWeight [4 * hiddenSize, hiddenSize], the states and
/// outputs [batchSize, hiddenSize], bias/recurrentBias [4 * hiddenSize],
/// peepholeWeight [3 * hiddenSize] (i, o, f), each optional one null when
/// absent. Outputs must not alias the input states.
template <typename T>
void lstmCellStep(const LstmConfig &config, const T *input, const T *weight,
                  const T *recurrentWeight, const T *hiddenState,
                  const T *cellState, const T *bias, const T *recurrentBias,
                  const T *peepholeWeight, T *outputHidden, T *outputCell) {
  int64_t hiddenSize = config.hiddenSize, inputSize = config.inputSize;
  // Gate row blocks: "iofg" is input-output-forget-cell, "ifgo"
  // input-forget-cell-output. The peephole weight is always i, o, f.
  bool iofg = config.layout == webnn::LstmWeightLayout::iofg;
  int64_t iOffset = 0;
  int64_t oOffset = (iofg ? 1 : 3) * hiddenSize;
  int64_t fOffset = (iofg ? 2 : 1) * hiddenSize;
  int64_t gOffset = (iofg ? 3 : 2) * hiddenSize;

  for (int64_t b = 0; b < config.batchSize; ++b) {
    const T *x = input + b * inputSize;
    const T *h = hiddenState + b * hiddenSize;
    const T *c = cellState + b * hiddenSize;
    // (b + rb) + (x . W + h . R) of gate row `row`.
    auto preActivation = [&](int64_t row) {
      float biases = biasAt(bias, row) + biasAt(recurrentBias, row);
      float products = dot(x, weight + row * inputSize, inputSize) +
                       dot(h, recurrentWeight + row * hiddenSize, hiddenSize);
      return biases + products;
    };
    for (int64_t j = 0; j < hiddenSize; ++j) {
      float cell = load(c[j]);
      // The peephole term c * p of the i (0), o (1) and f (2) gates, on the
      // incoming cell state (also for o: the emulation uses cellState, not
      // the new cell state). Absent peephole weight: no term.
      auto peephole = [&](int64_t index) {
        return peepholeWeight
                   ? cell * load(peepholeWeight[index * hiddenSize + j])
                   : 0.0f;
      };
      float i = activate(config.gateActivation,
                         peephole(0) + preActivation(iOffset + j));
      float f = activate(config.gateActivation,
                         peephole(2) + preActivation(fOffset + j));
      float g = activate(config.cellActivation, preActivation(gOffset + j));
      float o = activate(config.gateActivation,
                         peephole(1) + preActivation(oOffset + j));
      // ct = f * c + i * g; ht = o * h(ct)
      float newCell = f * cell + i * g;
      float newHidden = o * activate(config.outputActivation, newCell);
      outputHidden[b * hiddenSize + j] = store<T>(newHidden);
      outputCell[b * hiddenSize + j] = store<T>(newCell);
    }
  }
}

template <typename T>
void runLstmCellTyped(webnn::LstmCellOp op, ArrayRef<const Tensor *> operands,
                      MutableArrayRef<Tensor> results) {
  Operation *operation = op.getOperation();
  SmallVector<RecurrentNetworkActivation> activations =
      getActivationList(op.getActivations());
  ArrayRef<int64_t> inputShape = operands[0]->getShape();
  LstmConfig config{inputShape[0],  inputShape[1],
                    static_cast<int64_t>(op.getHiddenSize()),
                    op.getLayout(), activations[0],
                    activations[1], activations[2]};
  lstmCellStep<T>(
      config, operands[0]->data<T>(), operands[1]->data<T>(),
      operands[2]->data<T>(), operands[3]->data<T>(), operands[4]->data<T>(),
      optionalData<T>(operation, operands, op.getBias()),
      optionalData<T>(operation, operands, op.getRecurrentBias()),
      optionalData<T>(operation, operands, op.getPeepholeWeight()),
      results[0].data<T>(), results[1].data<T>());
}

template <typename T>
void runLstmTyped(webnn::LstmOp op, ArrayRef<const Tensor *> operands,
                  MutableArrayRef<Tensor> results) {
  Operation *operation = op.getOperation();
  SmallVector<RecurrentNetworkActivation> activations =
      getActivationList(op.getActivations());
  RecurrentNetwork<T> net(op, operands, results, /*gates=*/4);
  LstmConfig config{net.batchSize,  net.inputSize,  net.hiddenSize,
                    op.getLayout(), activations[0], activations[1],
                    activations[2]};
  const T *peepholeWeight =
      optionalData<T>(operation, operands, op.getPeepholeWeight());
  const T *initialCell =
      optionalData<T>(operation, operands, op.getInitialCellState());
  T *outputHidden = results[0].data<T>();
  T *outputCell = results[1].data<T>();

  const int64_t stateSize = net.stateSize;
  std::vector<T> hidden(stateSize), cell(stateSize), nextHidden(stateSize),
      nextCell(stateSize);
  for (int64_t dir = 0; dir < net.numDirections; ++dir) {
    net.loadState(net.initialHidden, dir, hidden);
    net.loadState(initialCell, dir, cell);
    const T *dirPeephole =
        peepholeWeight ? peepholeWeight + dir * 3 * net.hiddenSize : nullptr;
    net.forEachStep(dir, hidden, [&](const T *x) {
      lstmCellStep<T>(config, x, net.weightOf(dir), net.recurrentWeightOf(dir),
                      hidden.data(), cell.data(), net.biasOf(dir),
                      net.recurrentBiasOf(dir), dirPeephole, nextHidden.data(),
                      nextCell.data());
      std::swap(hidden, nextHidden);
      std::swap(cell, nextCell);
    });
    std::copy(hidden.begin(), hidden.end(), outputHidden + dir * stateSize);
    std::copy(cell.begin(), cell.end(), outputCell + dir * stateSize);
  }
}

} // namespace

static LogicalResult runGru(Operation *op, ArrayRef<const Tensor *> operands,
                            MutableArrayRef<Tensor> results) {
  return visitFloatType(op, operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    runGruTyped<T>(cast<webnn::GruOp>(op), operands, results);
  });
}

static LogicalResult runGruCell(Operation *op,
                                ArrayRef<const Tensor *> operands,
                                MutableArrayRef<Tensor> results) {
  return visitFloatType(op, operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    runGruCellTyped<T>(cast<webnn::GruCellOp>(op), operands, results[0]);
  });
}

static LogicalResult runLstm(Operation *op, ArrayRef<const Tensor *> operands,
                             MutableArrayRef<Tensor> results) {
  return visitFloatType(op, operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    runLstmTyped<T>(cast<webnn::LstmOp>(op), operands, results);
  });
}

static LogicalResult runLstmCell(Operation *op,
                                 ArrayRef<const Tensor *> operands,
                                 MutableArrayRef<Tensor> results) {
  return visitFloatType(op, operands[0]->getDataType(), [&](auto tag) {
    using T = StorageType<decltype(tag)>;
    runLstmCellTyped<T>(cast<webnn::LstmCellOp>(op), operands, results);
  });
}

void registerRecurrentKernels(KernelRegistry &registry) {
  registry.add<webnn::GruOp>(runGru);
  registry.add<webnn::GruCellOp>(runGruCell);
  registry.add<webnn::LstmOp>(runLstm);
  registry.add<webnn::LstmCellOp>(runLstmCell);
}

} // namespace webnnc::interp
