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

/// The tensor of the op operand `value` (null when the optional operand is
/// absent). The same Value used twice is the same tensor, so the first
/// match is right.
const Tensor *tensorOf(Operation *op, ArrayRef<const Tensor *> operands,
                       Value value) {
  if (!value)
    return nullptr;
  for (auto [index, operand] : llvm::enumerate(op->getOperands()))
    if (operand == value)
      return operands[index];
  return nullptr;
}

/// A typed pointer into a tensor's data, or null for an absent tensor.
template <typename T> const T *dataOf(const Tensor *tensor) {
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
      dataOf<T>(tensorOf(operation, operands, op.getBias())),
      dataOf<T>(tensorOf(operation, operands, op.getRecurrentBias())),
      output.data<T>());
}

/// Where step `step` of direction `dir` reads its input (spec: gru/lstm
/// emulation, `slice`): backward, and the second direction of "both",
/// walk the sequence from its end. The returned sequence holds each
/// step's hidden state at the time index it consumed, as the emulation's
/// backwardSequence prepends.
int64_t timeIndex(RecurrentNetworkDirection direction, int64_t dir,
                  int64_t step, int64_t steps) {
  bool reversed = dir == 1 || direction == RecurrentNetworkDirection::backward;
  return reversed ? steps - step - 1 : step;
}

template <typename T>
void runGruTyped(webnn::GruOp op, ArrayRef<const Tensor *> operands,
                 MutableArrayRef<Tensor> results) {
  Operation *operation = op.getOperation();
  SmallVector<RecurrentNetworkActivation> activations =
      getActivationList(op.getActivations());
  ArrayRef<int64_t> inputShape = operands[0]->getShape();
  int64_t steps = inputShape[0];
  RecurrentNetworkDirection direction = op.getDirection();
  int64_t numDirections = direction == RecurrentNetworkDirection::both ? 2 : 1;
  GruConfig config{inputShape[1],
                   inputShape[2],
                   static_cast<int64_t>(op.getHiddenSize()),
                   op.getResetAfter(),
                   op.getLayout(),
                   activations[0],
                   activations[1]};
  int64_t batchSize = config.batchSize, inputSize = config.inputSize,
          hiddenSize = config.hiddenSize;
  int64_t stateSize = batchSize * hiddenSize;
  int64_t gateRows = 3 * hiddenSize;

  const T *input = operands[0]->data<T>();
  const T *weight = operands[1]->data<T>();
  const T *recurrentWeight = operands[2]->data<T>();
  const T *bias = dataOf<T>(tensorOf(operation, operands, op.getBias()));
  const T *recurrentBias =
      dataOf<T>(tensorOf(operation, operands, op.getRecurrentBias()));
  const T *initialHidden =
      dataOf<T>(tensorOf(operation, operands, op.getInitialHiddenState()));
  T *outputHidden = results[0].data<T>();
  T *sequence = op.getReturnSequence() ? results[1].data<T>() : nullptr;

  std::vector<T> hidden(stateSize), next(stateSize);
  for (int64_t dir = 0; dir < numDirections; ++dir) {
    // Absent initialHiddenState: zeros (T{} is +0 for float and half).
    for (int64_t i = 0; i < stateSize; ++i)
      hidden[i] = initialHidden ? initialHidden[dir * stateSize + i] : T{};
    const T *dirWeight = weight + dir * gateRows * inputSize;
    const T *dirRecurrentWeight = recurrentWeight + dir * gateRows * hiddenSize;
    const T *dirBias = bias ? bias + dir * gateRows : nullptr;
    const T *dirRecurrentBias =
        recurrentBias ? recurrentBias + dir * gateRows : nullptr;
    for (int64_t step = 0; step < steps; ++step) {
      int64_t t = timeIndex(direction, dir, step, steps);
      gruCellStep<T>(config, input + t * batchSize * inputSize, dirWeight,
                     dirRecurrentWeight, hidden.data(), dirBias,
                     dirRecurrentBias, next.data());
      std::swap(hidden, next);
      if (sequence)
        std::copy(hidden.begin(), hidden.end(),
                  sequence + (t * numDirections + dir) * stateSize);
    }
    std::copy(hidden.begin(), hidden.end(), outputHidden + dir * stateSize);
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
      dataOf<T>(tensorOf(operation, operands, op.getBias())),
      dataOf<T>(tensorOf(operation, operands, op.getRecurrentBias())),
      dataOf<T>(tensorOf(operation, operands, op.getPeepholeWeight())),
      results[0].data<T>(), results[1].data<T>());
}

template <typename T>
void runLstmTyped(webnn::LstmOp op, ArrayRef<const Tensor *> operands,
                  MutableArrayRef<Tensor> results) {
  Operation *operation = op.getOperation();
  SmallVector<RecurrentNetworkActivation> activations =
      getActivationList(op.getActivations());
  ArrayRef<int64_t> inputShape = operands[0]->getShape();
  int64_t steps = inputShape[0];
  RecurrentNetworkDirection direction = op.getDirection();
  int64_t numDirections = direction == RecurrentNetworkDirection::both ? 2 : 1;
  LstmConfig config{inputShape[1],  inputShape[2],
                    static_cast<int64_t>(op.getHiddenSize()),
                    op.getLayout(), activations[0],
                    activations[1], activations[2]};
  int64_t batchSize = config.batchSize, inputSize = config.inputSize,
          hiddenSize = config.hiddenSize;
  int64_t stateSize = batchSize * hiddenSize;
  int64_t gateRows = 4 * hiddenSize;

  const T *input = operands[0]->data<T>();
  const T *weight = operands[1]->data<T>();
  const T *recurrentWeight = operands[2]->data<T>();
  const T *bias = dataOf<T>(tensorOf(operation, operands, op.getBias()));
  const T *recurrentBias =
      dataOf<T>(tensorOf(operation, operands, op.getRecurrentBias()));
  const T *peepholeWeight =
      dataOf<T>(tensorOf(operation, operands, op.getPeepholeWeight()));
  const T *initialHidden =
      dataOf<T>(tensorOf(operation, operands, op.getInitialHiddenState()));
  const T *initialCell =
      dataOf<T>(tensorOf(operation, operands, op.getInitialCellState()));
  T *outputHidden = results[0].data<T>();
  T *outputCell = results[1].data<T>();
  T *sequence = op.getReturnSequence() ? results[2].data<T>() : nullptr;

  std::vector<T> hidden(stateSize), cell(stateSize), nextHidden(stateSize),
      nextCell(stateSize);
  for (int64_t dir = 0; dir < numDirections; ++dir) {
    // Absent initial states: zeros.
    for (int64_t i = 0; i < stateSize; ++i) {
      hidden[i] = initialHidden ? initialHidden[dir * stateSize + i] : T{};
      cell[i] = initialCell ? initialCell[dir * stateSize + i] : T{};
    }
    const T *dirWeight = weight + dir * gateRows * inputSize;
    const T *dirRecurrentWeight = recurrentWeight + dir * gateRows * hiddenSize;
    const T *dirBias = bias ? bias + dir * gateRows : nullptr;
    const T *dirRecurrentBias =
        recurrentBias ? recurrentBias + dir * gateRows : nullptr;
    const T *dirPeephole =
        peepholeWeight ? peepholeWeight + dir * 3 * hiddenSize : nullptr;
    for (int64_t step = 0; step < steps; ++step) {
      int64_t t = timeIndex(direction, dir, step, steps);
      lstmCellStep<T>(config, input + t * batchSize * inputSize, dirWeight,
                      dirRecurrentWeight, hidden.data(), cell.data(), dirBias,
                      dirRecurrentBias, dirPeephole, nextHidden.data(),
                      nextCell.data());
      std::swap(hidden, nextHidden);
      std::swap(cell, nextCell);
      if (sequence)
        std::copy(hidden.begin(), hidden.end(),
                  sequence + (t * numDirections + dir) * stateSize);
    }
    std::copy(hidden.begin(), hidden.end(), outputHidden + dir * stateSize);
    std::copy(cell.begin(), cell.end(), outputCell + dir * stateSize);
  }
}

/// Runs `fn(tag)` for the float32/float16 input of a recurrent op (the
/// only data types its ODS allows).
template <typename Fn>
LogicalResult visitFloat(Operation *op, const Tensor &input, Fn &&fn) {
  switch (input.getDataType()) {
  case DataType::Float32:
    fn(float{});
    return success();
  case DataType::Float16:
    fn(Half{});
    return success();
  default:
    return op->emitOpError("expects a float32 or float16 input, got ")
           << getDataTypeName(input.getDataType());
  }
}

} // namespace

static LogicalResult runGru(Operation *op, ArrayRef<const Tensor *> operands,
                            MutableArrayRef<Tensor> results) {
  return visitFloat(op, *operands[0], [&](auto tag) {
    runGruTyped<decltype(tag)>(cast<webnn::GruOp>(op), operands, results);
  });
}

static LogicalResult runGruCell(Operation *op,
                                ArrayRef<const Tensor *> operands,
                                MutableArrayRef<Tensor> results) {
  return visitFloat(op, *operands[0], [&](auto tag) {
    runGruCellTyped<decltype(tag)>(cast<webnn::GruCellOp>(op), operands,
                                   results[0]);
  });
}

static LogicalResult runLstm(Operation *op, ArrayRef<const Tensor *> operands,
                             MutableArrayRef<Tensor> results) {
  return visitFloat(op, *operands[0], [&](auto tag) {
    runLstmTyped<decltype(tag)>(cast<webnn::LstmOp>(op), operands, results);
  });
}

static LogicalResult runLstmCell(Operation *op,
                                 ArrayRef<const Tensor *> operands,
                                 MutableArrayRef<Tensor> results) {
  return visitFloat(op, *operands[0], [&](auto tag) {
    runLstmCellTyped<decltype(tag)>(cast<webnn::LstmCellOp>(op), operands,
                                    results);
  });
}

void registerRecurrentKernels(KernelRegistry &registry) {
  registry.add<webnn::GruOp>(runGru);
  registry.add<webnn::GruCellOp>(runGruCell);
  registry.add<webnn::LstmOp>(runLstm);
  registry.add<webnn::LstmCellOp>(runLstmCell);
}

} // namespace webnnc::interp
