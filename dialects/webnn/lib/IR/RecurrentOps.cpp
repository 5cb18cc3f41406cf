//===- RecurrentOps.cpp - recurrent network webnn ops ---------------------===//
//
// Validation and type inference for gru, gruCell, lstm and lstmCell. The
// four method-steps algorithms check the same things in the same order:
// operand data types and ranks, the weight shapes, a bound on hiddenSize,
// each optional operand's data type and shape, and the size of the
// activation list. One routine runs them all, told by a step table which
// step of which op each check is.
//
//===----------------------------------------------------------------------===//
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"

#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::webnn;

namespace {

/// The step numbers of one op's method-steps algorithm; 0 where the op has
/// no such step. Option checks are sub-steps: `.1` data type, `.2` shape.
struct RecurrentSteps {
  int dataType;
  int rank;
  int stepsNonZero;
  int steps;
  int weight;
  int recurrentWeight;
  int hiddenState;
  int cellState;
  int hiddenSizeBound;
  int bias;
  int recurrentBias;
  int peepholeWeight;
  int initialHiddenState;
  int initialCellState;
  int activations;
};

// Counted from the spec's lists of `1.` items in each algorithm.
constexpr RecurrentSteps kGruSteps = {
    /*dataType=*/3,           /*rank=*/4,
    /*stepsNonZero=*/0,       /*steps=*/5,
    /*weight=*/9,             /*recurrentWeight=*/10,
    /*hiddenState=*/0,        /*cellState=*/0,
    /*hiddenSizeBound=*/11,   /*bias=*/12,
    /*recurrentBias=*/13,     /*peepholeWeight=*/0,
    /*initialHiddenState=*/14, /*initialCellState=*/0,
    /*activations=*/15};
constexpr RecurrentSteps kGruCellSteps = {
    /*dataType=*/3,          /*rank=*/4,
    /*stepsNonZero=*/0,      /*steps=*/0,
    /*weight=*/7,            /*recurrentWeight=*/8,
    /*hiddenState=*/9,       /*cellState=*/0,
    /*hiddenSizeBound=*/10,  /*bias=*/11,
    /*recurrentBias=*/12,    /*peepholeWeight=*/0,
    /*initialHiddenState=*/0, /*initialCellState=*/0,
    /*activations=*/13};
constexpr RecurrentSteps kLstmSteps = {
    /*dataType=*/4,           /*rank=*/5,
    /*stepsNonZero=*/6,       /*steps=*/7,
    /*weight=*/10,            /*recurrentWeight=*/11,
    /*hiddenState=*/0,        /*cellState=*/0,
    /*hiddenSizeBound=*/12,   /*bias=*/13,
    /*recurrentBias=*/14,     /*peepholeWeight=*/15,
    /*initialHiddenState=*/16, /*initialCellState=*/17,
    /*activations=*/18};
constexpr RecurrentSteps kLstmCellSteps = {
    /*dataType=*/3,          /*rank=*/4,
    /*stepsNonZero=*/0,      /*steps=*/0,
    /*weight=*/7,            /*recurrentWeight=*/8,
    /*hiddenState=*/9,       /*cellState=*/10,
    /*hiddenSizeBound=*/11,  /*bias=*/12,
    /*recurrentBias=*/13,    /*peepholeWeight=*/14,
    /*initialHiddenState=*/0, /*initialCellState=*/0,
    /*activations=*/15};

/// One recurrent op's operands and options in the spec's terms. Networks
/// (gru, lstm) set `steps` and `direction`; cells set the state operands.
struct RecurrentOperands {
  Value input, weight, recurrentWeight;
  Value hiddenState, cellState;
  Value bias, recurrentBias, peepholeWeight;
  Value initialHiddenState, initialCellState;
  IntegerAttr steps;
  IntegerAttr hiddenSize;
  RecurrentNetworkDirection direction = RecurrentNetworkDirection::forward;
  ArrayAttr activations;
  bool returnSequence = false;
};

/// What tells GRU from LSTM and a network from a cell.
struct RecurrentKind {
  StringRef op;                 // spec method name, for citations
  const RecurrentSteps &steps;  // where each check sits in its algorithm
  int64_t numGates;             // GRU: z, r, n; LSTM: i, o, f, g
  int64_t numStates;            // GRU: hidden; LSTM: hidden and cell
  size_t numActivations;        // GRU: 2; LSTM: 3
  bool isNetwork;               // gru/lstm: [steps, ...] input, directions
};

const RecurrentKind kGru{"gru", kGruSteps, /*numGates=*/3, /*numStates=*/1,
                         /*numActivations=*/2, /*isNetwork=*/true};
const RecurrentKind kGruCell{"gruCell", kGruCellSteps, /*numGates=*/3,
                             /*numStates=*/1, /*numActivations=*/2,
                             /*isNetwork=*/false};
const RecurrentKind kLstm{"lstm", kLstmSteps, /*numGates=*/4, /*numStates=*/2,
                          /*numActivations=*/3, /*isNetwork=*/true};
const RecurrentKind kLstmCell{"lstmCell", kLstmCellSteps, /*numGates=*/4,
                              /*numStates=*/2, /*numActivations=*/3,
                              /*isNetwork=*/false};

/// Runs the shared validation steps and pushes the result types.
class RecurrentValidator {
public:
  RecurrentValidator(const OpDiagnostics &diag, const RecurrentKind &kind)
      : diag(diag), kind(kind) {}

  LogicalResult infer(const RecurrentOperands &operands,
                      SmallVectorImpl<Type> &inferredTypes);

private:
  /// "gru, step 12.2": the reference the Validation.h helpers take.
  std::string rule(int step, int subStep = 0) const {
    if (subStep)
      return stepRule(kind.op, Twine(step) + "." + Twine(subStep));
    return stepRule(kind.op, Twine(step));
  }

  /// " [gru, step 12.2]": the same, as a diagnostic's suffix.
  std::string cite(int step, int subStep = 0) const {
    return " [" + rule(step, subStep) + "]";
  }

  /// An optional operand: when present, the input's data type (sub-step 1)
  /// and shape `expected` (sub-step 2).
  LogicalResult checkOption(Value value, StringRef what, int step,
                            ArrayRef<int64_t> expected,
                            RankedTensorType inputType) const {
    if (!step)
      return success();
    FailureOr<RankedTensorType> type = getOptionalOperandOfInputType(
        diag, value, what, inputType, rule(step, 1));
    if (failed(type))
      return failure();
    if (!*type)
      return success();
    return validateShape(diag, *type, expected, what, rule(step, 2));
  }

  const OpDiagnostics &diag;
  const RecurrentKind &kind;
};

} // namespace

LogicalResult
RecurrentValidator::infer(const RecurrentOperands &operands,
                          SmallVectorImpl<Type> &inferredTypes) {
  const RecurrentSteps &steps = kind.steps;
  FailureOr<RankedTensorType> inputType =
      getTensorOperand(diag, operands.input, "input");
  FailureOr<RankedTensorType> weightType =
      getTensorOperand(diag, operands.weight, "weight");
  FailureOr<RankedTensorType> recurrentWeightType =
      getTensorOperand(diag, operands.recurrentWeight, "recurrentWeight");
  if (failed(inputType) || failed(weightType) || failed(recurrentWeightType))
    return failure();

  // The required operands: networks take the states as options instead.
  SmallVector<std::pair<RankedTensorType, StringRef>> required = {
      {*weightType, "weight"}, {*recurrentWeightType, "recurrentWeight"}};
  // Cells: hiddenState and (LSTM) cellState, checked in steps of their own.
  struct State {
    Value value;
    StringRef name;
    int shapeStep;
  };
  SmallVector<State> states;
  if (!kind.isNetwork) {
    states.push_back({operands.hiddenState, "hiddenState", steps.hiddenState});
    if (kind.numStates == 2)
      states.push_back({operands.cellState, "cellState", steps.cellState});
  }
  for (const State &state : states) {
    FailureOr<RankedTensorType> type =
        getTensorOperand(diag, state.value, state.name);
    if (failed(type))
      return failure();
    required.push_back({*type, state.name});
  }

  // gru/gruCell/lstmCell, step 3; lstm, step 4: weight, recurrentWeight
  // (and the cells' states) have the input's data type; the input's own
  // allowed data types are checked by ODS.
  std::string dataTypeRule = rule(steps.dataType);
  for (auto [type, name] : required)
    if (failed(validateSameDataType(diag, type, name, *inputType, "input",
                                    dataTypeRule)))
      return failure();

  // gru/gruCell/lstmCell, step 4; lstm, step 5: networks are 3-D (weights
  // lead with numDirections), cells 2-D.
  int64_t rank = kind.isNetwork ? 3 : 2;
  std::string rankRule = rule(steps.rank);
  if (failed(validateRank(diag, *inputType, rank, "input", rankRule)))
    return failure();
  for (auto [type, name] : required)
    if (failed(validateRank(diag, type, rank, name, rankRule)))
      return failure();

  // Required attributes may be missing on the builder path, where ODS has
  // not run yet.
  if (!operands.hiddenSize || (kind.isNetwork && !operands.steps))
    return diag.fail("missing required attribute 'hiddenSize' or 'steps'");
  ArrayRef<int64_t> inputShape = inputType->getShape();
  int64_t hiddenSize = operands.hiddenSize.getInt();
  // IDL [EnforceRange] unsigned long, also checked by ODS; guards the
  // products below against overflow on the builder path.
  if (hiddenSize < 0 || hiddenSize > int64_t(UINT32_MAX))
    return diag.fail("hiddenSize ", hiddenSize, " is not an unsigned long [",
                     kind.op, ", argument hiddenSize]");

  // Networks have a leading numDirections dimension on every weight and
  // state; cells have none.
  SmallVector<int64_t> prefix;
  int64_t batchSize, inputSize;
  if (kind.isNetwork) {
    int64_t numSteps = operands.steps.getInt();
    // lstm, step 6: steps is 0 (gru's step 5 below implies it).
    if (steps.stepsNonZero && numSteps == 0)
      return diag.fail("steps must be greater than 0", cite(steps.stepsNonZero));
    // gru, step 5 / lstm, step 7: input's first dimension is steps.
    if (inputShape[0] != numSteps)
      return diag.fail("input shape[0] ", inputShape[0],
                       " must equal steps ", numSteps, cite(steps.steps));
    batchSize = inputShape[1];
    inputSize = inputShape[2];
    int64_t numDirections =
        operands.direction == RecurrentNetworkDirection::both ? 2 : 1;
    prefix.push_back(numDirections);
  } else {
    batchSize = inputShape[0];
    inputSize = inputShape[1];
  }
  auto withPrefix = [&](ArrayRef<int64_t> dims) {
    SmallVector<int64_t> shape(prefix);
    shape.append(dims.begin(), dims.end());
    return shape;
  };
  int64_t gateSize = kind.numGates * hiddenSize;

  // gru, steps 9-10; gruCell/lstmCell, steps 7-8; lstm, steps 10-11: the
  // weights are [numDirections,] numGates * hiddenSize rows of inputSize
  // (weight) or hiddenSize (recurrentWeight) columns.
  if (failed(validateShape(diag, *weightType,
                           withPrefix({gateSize, inputSize}), "weight",
                           rule(steps.weight))) ||
      failed(validateShape(diag, *recurrentWeightType,
                           withPrefix({gateSize, hiddenSize}),
                           "recurrentWeight", rule(steps.recurrentWeight))))
    return failure();

  // gruCell, step 9; lstmCell, steps 9-10: the states are
  // [batchSize, hiddenSize].
  SmallVector<int64_t> stateShape = withPrefix({batchSize, hiddenSize});
  for (const State &state : states)
    if (failed(validateShape(diag,
                             cast<RankedTensorType>(state.value.getType()),
                             stateShape, state.name, rule(state.shapeStep))))
      return failure();

  // gru, step 11; gruCell, step 10; lstm, step 12; lstmCell, step 11:
  // hiddenSize * 2 * numGates is a valid dimension (> 0 and in the range of
  // long), as some platforms concatenate bias and recurrentBias. Once
  // recurrentWeight has the shape checked above, with a valid element count
  // (numGates * hiddenSize^2), this cannot fail; kept for the spec step.
  int64_t concatenatedBiasSize = 2 * gateSize;
  if (!isValidDimension(concatenatedBiasSize))
    return diag.fail("hiddenSize * ", 2 * kind.numGates, " = ",
                     concatenatedBiasSize, " is not a valid dimension",
                     cite(steps.hiddenSizeBound));

  // gru, steps 12-14; gruCell, steps 11-12; lstm, steps 13-17; lstmCell,
  // steps 12-14: each optional operand, when present, in its own step.
  if (failed(checkOption(operands.bias, "bias", steps.bias,
                         withPrefix({gateSize}), *inputType)) ||
      failed(checkOption(operands.recurrentBias, "recurrentBias",
                         steps.recurrentBias, withPrefix({gateSize}),
                         *inputType)) ||
      // The peepholes of the i, o and f gates.
      failed(checkOption(operands.peepholeWeight, "peepholeWeight",
                         steps.peepholeWeight, withPrefix({3 * hiddenSize}),
                         *inputType)) ||
      failed(checkOption(operands.initialHiddenState, "initialHiddenState",
                         steps.initialHiddenState, stateShape, *inputType)) ||
      failed(checkOption(operands.initialCellState, "initialCellState",
                         steps.initialCellState, stateShape, *inputType)))
    return failure();

  // gru, step 15.1; gruCell, step 13.1; lstm, step 18.1; lstmCell, step
  // 15.1: one activation per gate group. Absent means the spec's default,
  // which the attribute's default value supplies.
  if (operands.activations &&
      operands.activations.size() != kind.numActivations)
    return diag.fail("activations must have ", kind.numActivations,
                     " values, got ", operands.activations.size(),
                     cite(steps.activations, 1));

  // gru, step 17; gruCell, step 15; lstm, step 20; lstmCell, steps 15-17:
  // the last step's states, then (networks, returnSequence) every step's
  // hidden state.
  Type elementType = inputType->getElementType();
  for (int64_t i = 0; i < kind.numStates; ++i)
    inferredTypes.push_back(makeTensorType(stateShape, elementType));
  if (kind.isNetwork && operands.returnSequence) {
    SmallVector<int64_t> sequenceShape = {operands.steps.getInt()};
    sequenceShape.append(stateShape);
    inferredTypes.push_back(makeTensorType(sequenceShape, elementType));
  }
  return success();
}

/// The operands and options all four ops have.
template <typename Adaptor>
static RecurrentOperands getCommonOperands(Adaptor adaptor) {
  RecurrentOperands operands;
  operands.input = adaptor.getInput();
  operands.weight = adaptor.getWeight();
  operands.recurrentWeight = adaptor.getRecurrentWeight();
  operands.bias = adaptor.getBias();
  operands.recurrentBias = adaptor.getRecurrentBias();
  operands.hiddenSize = adaptor.getHiddenSizeAttr();
  operands.activations = adaptor.getActivations();
  return operands;
}

/// Those, plus what the networks (gru, lstm) add: steps, a direction, an
/// initial hidden state and whether to return the whole sequence.
template <typename Adaptor>
static RecurrentOperands getNetworkOperands(Adaptor adaptor) {
  RecurrentOperands operands = getCommonOperands(adaptor);
  operands.initialHiddenState = adaptor.getInitialHiddenState();
  operands.steps = adaptor.getStepsAttr();
  operands.direction = adaptor.getDirection();
  operands.returnSequence = adaptor.getReturnSequence();
  return operands;
}

namespace mlir::webnn {

LogicalResult inferGruTypes(const OpDiagnostics &diag, GruOp::Adaptor adaptor,
                            SmallVectorImpl<Type> &inferredTypes) {
  return RecurrentValidator(diag, kGru)
      .infer(getNetworkOperands(adaptor), inferredTypes);
}

LogicalResult inferGruCellTypes(const OpDiagnostics &diag,
                                GruCellOp::Adaptor adaptor,
                                SmallVectorImpl<Type> &inferredTypes) {
  RecurrentOperands operands = getCommonOperands(adaptor);
  operands.hiddenState = adaptor.getHiddenState();
  return RecurrentValidator(diag, kGruCell).infer(operands, inferredTypes);
}

LogicalResult inferLstmTypes(const OpDiagnostics &diag,
                             LstmOp::Adaptor adaptor,
                             SmallVectorImpl<Type> &inferredTypes) {
  RecurrentOperands operands = getNetworkOperands(adaptor);
  operands.peepholeWeight = adaptor.getPeepholeWeight();
  operands.initialCellState = adaptor.getInitialCellState();
  return RecurrentValidator(diag, kLstm).infer(operands, inferredTypes);
}

LogicalResult inferLstmCellTypes(const OpDiagnostics &diag,
                                 LstmCellOp::Adaptor adaptor,
                                 SmallVectorImpl<Type> &inferredTypes) {
  RecurrentOperands operands = getCommonOperands(adaptor);
  operands.hiddenState = adaptor.getHiddenState();
  operands.cellState = adaptor.getCellState();
  operands.peepholeWeight = adaptor.getPeepholeWeight();
  return RecurrentValidator(diag, kLstmCell).infer(operands, inferredTypes);
}

} // namespace mlir::webnn

#define GET_OP_CLASSES
#include "webnn/IR/RecurrentOps.cpp.inc"
