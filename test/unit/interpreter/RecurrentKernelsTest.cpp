// Interpreter kernels of the Recurrent ops.
#include "InterpreterTestUtils.h"

#include <cmath>

using namespace webnnc::interp;
using namespace webnnc::interp::testing;

namespace {

/// |actual - expected| <= 1e-5 * max(1, |expected|): the WPT cases allow a
/// few ULP (float32) on values of magnitude ~1-100.
void expectClose(const Tensor &actual, llvm::ArrayRef<double> expected,
                 double relative = 1e-5) {
  ASSERT_EQ(actual.getNumElements(), static_cast<int64_t>(expected.size()));
  for (size_t i = 0; i < expected.size(); ++i)
    EXPECT_NEAR(actual.getDouble(static_cast<int64_t>(i)), expected[i],
                relative * std::max(1.0, std::abs(expected[i])))
        << "element " << i;
}

} // namespace

// WPT gru.json: "gru float32 tensors steps=1 with options.bias, options.recurrentBias and options.activations=['relu', 'relu'] and reset_after=true"
TEST(RecurrentKernels, Wpt1_gru_float32_tensors_steps_1_with_options_bias_options_recurrentBias_and_options_activations_relu_relu_and_reset_after_true) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%gruInput: tensor<1x3x2xf32>, %gruWeight: tensor<1x12x2xf32>, %gruRecurrentWeight: tensor<1x12x4xf32>, %gruBias: tensor<1x12xf32>, %gruRecurrentBias: tensor<1x12xf32>) -> tensor<1x3x4xf32> {
      %res = webnn.gru %gruInput, %gruWeight, %gruRecurrentWeight bias(%gruBias) recurrentBias(%gruRecurrentBias) {steps = 1 : i64, hiddenSize = 4 : i64, resetAfter = true, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>]} : (tensor<1x3x2xf32>, tensor<1x12x2xf32>, tensor<1x12x4xf32>, tensor<1x12xf32>, tensor<1x12xf32>) -> tensor<1x3x4xf32>
      return %res : tensor<1x3x4xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {1, 3, 2}, {1, 2, 2, 1, 1, 1}),
       makeTensor(DataType::Float32, {1, 12, 2}, {1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1}),
       makeTensor(DataType::Float32, {1, 12, 4}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float32, {1, 12}, {1, 2, 1, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5}),
       makeTensor(DataType::Float32, {1, 12}, {1, 2, 1, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {0, 0, -0.375, -5.7599992752075195, -6, -22.5, -3.375, -5.114999771118164, -1.5, -4.5, -1.5, -5.114999771118164});
}

// WPT gru.json: "gru float32 tensors steps=1 with options.bias, options.recurrentBias, options.activations=['relu', 'relu'] and options.layout='rzn'"
TEST(RecurrentKernels, Wpt4_gru_float32_tensors_steps_1_with_options_bias_options_recurrentBias_options_activations_relu_relu_and_options_layout_rzn) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%gruInput: tensor<1x3x2xf32>, %gruWeight: tensor<1x12x2xf32>, %gruRecurrentWeight: tensor<1x12x4xf32>, %gruBias: tensor<1x12xf32>, %gruRecurrentBias: tensor<1x12xf32>) -> tensor<1x3x4xf32> {
      %res = webnn.gru %gruInput, %gruWeight, %gruRecurrentWeight bias(%gruBias) recurrentBias(%gruRecurrentBias) {steps = 1 : i64, hiddenSize = 4 : i64, resetAfter = false, layout = #webnn.gru_weight_layout<rzn>, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>]} : (tensor<1x3x2xf32>, tensor<1x12x2xf32>, tensor<1x12x4xf32>, tensor<1x12xf32>, tensor<1x12xf32>) -> tensor<1x3x4xf32>
      return %res : tensor<1x3x4xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {1, 3, 2}, {1, 2, 2, 1, 1, 1}),
       makeTensor(DataType::Float32, {1, 12, 2}, {1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1}),
       makeTensor(DataType::Float32, {1, 12, 4}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float32, {1, 12}, {1, 1, 1, 1, 1, 2, 1, 2, 0.5, 0.5, 0.5, 0.5}),
       makeTensor(DataType::Float32, {1, 12}, {1, 1, 1, 1, 1, 2, 1, 2, 0.5, 0.5, 0.5, 0.5})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {0, 0, -0.25, -3.84, -4, -15, -2.25, -3.41, -1, -3, -1, -3.41});
}

// WPT gru.json: "gru float32 tensors steps=2 with options.bias, options.recurrentBias, options.direction='backward', options.activations=['relu', 'relu'] and options.returnSequence=true"
TEST(RecurrentKernels, Wpt9_gru_float32_tensors_steps_2_with_options_bias_options_recurrentBias_options_direction_backward_options_activations_relu_relu_and_options_returnSequence_true) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%gruInput: tensor<2x3x2xf32>, %gruWeight: tensor<1x12x2xf32>, %gruRecurrentWeight: tensor<1x12x4xf32>, %gruBias: tensor<1x12xf32>, %gruRecurrentBias: tensor<1x12xf32>) -> (tensor<1x3x4xf32>, tensor<2x1x3x4xf32>) {
      %res:2 = webnn.gru %gruInput, %gruWeight, %gruRecurrentWeight bias(%gruBias) recurrentBias(%gruRecurrentBias) {steps = 2 : i64, hiddenSize = 4 : i64, resetAfter = false, returnSequence = true, direction = #webnn.recurrent_direction<backward>, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>]} : (tensor<2x3x2xf32>, tensor<1x12x2xf32>, tensor<1x12x4xf32>, tensor<1x12xf32>, tensor<1x12xf32>) -> (tensor<1x3x4xf32>, tensor<2x1x3x4xf32>)
      return %res#0, %res#1 : tensor<1x3x4xf32>, tensor<2x1x3x4xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {2, 3, 2}, {1, 2, 2, 1, 1, 1, 3, 4, 1, 2, 1, 1}),
       makeTensor(DataType::Float32, {1, 12, 2}, {1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1}),
       makeTensor(DataType::Float32, {1, 12, 4}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float32, {1, 12}, {1, 2, 1, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5}),
       makeTensor(DataType::Float32, {1, 12}, {1, 2, 1, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {0, 0, -0.24974998831748962, -18.59588623046875, -2.0657243728637695, -10.551867485046387, -1.3937838077545166, -15.2454833984375, -1.1589999198913574, -9.476999282836914, -1.1589999198913574, -11.319169044494629});
  expectClose(outputs[1], {0, 0, -0.24974998831748962, -18.59588623046875, -2.0657243728637695, -10.551867485046387, -1.3937838077545166, -15.2454833984375, -1.1589999198913574, -9.476999282836914, -1.1589999198913574, -11.319169044494629, 0, 0, -0.25, -4.760000228881836, 0, 0, -0.25, -3.8399999141693115, -1, -3, -1, -3.4100000858306885});
}

// WPT gru.json: "gru float32 tensors steps=2 with options.bias, options.recurrentBias, options.direction='both' and options.returnSequence=true"
TEST(RecurrentKernels, Wpt10_gru_float32_tensors_steps_2_with_options_bias_options_recurrentBias_options_direction_both_and_options_returnSequence_true) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%gruInput: tensor<2x3x2xf32>, %gruWeight: tensor<2x12x2xf32>, %gruRecurrentWeight: tensor<2x12x4xf32>, %gruBias: tensor<2x12xf32>, %gruRecurrentBias: tensor<2x12xf32>) -> (tensor<2x3x4xf32>, tensor<2x2x3x4xf32>) {
      %res:2 = webnn.gru %gruInput, %gruWeight, %gruRecurrentWeight bias(%gruBias) recurrentBias(%gruRecurrentBias) {steps = 2 : i64, hiddenSize = 4 : i64, resetAfter = true, returnSequence = true, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>], direction = #webnn.recurrent_direction<both>} : (tensor<2x3x2xf32>, tensor<2x12x2xf32>, tensor<2x12x4xf32>, tensor<2x12xf32>, tensor<2x12xf32>) -> (tensor<2x3x4xf32>, tensor<2x2x3x4xf32>)
      return %res#0, %res#1 : tensor<2x3x4xf32>, tensor<2x2x3x4xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {2, 3, 2}, {1, 2, 2, 1, 1, 1, 3, 4, 1, 2, 1, 1}),
       makeTensor(DataType::Float32, {2, 12, 2}, {1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1}),
       makeTensor(DataType::Float32, {2, 12, 4}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float32, {2, 12}, {1, 2, 1, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 1, 2, 1, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5}),
       makeTensor(DataType::Float32, {2, 12}, {1, 2, 1, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 1, 2, 1, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {0, 0, -0.33243751525878906, -23.753076553344727, 0, 0, 0, -2.213315725326538, -1.1077498197555542, -12.323249816894531, -1.1077498197555542, -14.518925666809082, 0, 0, -0.28068751096725464, -25.444257736206055, -1.7041922807693481, -9.28022289276123, -1.4041223526000977, -21.154621124267578, -1.1077498197555542, -12.323249816894531, -1.1077498197555542, -14.518925666809082});
  expectClose(outputs[1], {0, 0, -0.375, -5.7599992752075195, -6, -22.5, -3.375, -5.114999771118164, -1.5, -4.5, -1.5, -5.114999771118164, 0, 0, -0.28068751096725464, -25.444257736206055, -1.7041922807693481, -9.28022289276123, -1.4041223526000977, -21.154621124267578, -1.1077498197555542, -12.323249816894531, -1.1077498197555542, -14.518925666809082, 0, 0, -0.33243751525878906, -23.753076553344727, 0, 0, 0, -2.213315725326538, -1.1077498197555542, -12.323249816894531, -1.1077498197555542, -14.518925666809082, 0, 0, -0.375, -7.139999866485596, 0, 0, -0.375, -5.7599992752075195, -1.5, -4.5, -1.5, -5.114999771118164});
}

// WPT gru.json: "gru float32 tensors steps=2 with all options"
TEST(RecurrentKernels, Wpt11_gru_float32_tensors_steps_2_with_all_options) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%gruInput: tensor<2x3x2xf32>, %gruWeight: tensor<1x12x2xf32>, %gruRecurrentWeight: tensor<1x12x4xf32>, %gruBias: tensor<1x12xf32>, %gruRecurrentBias: tensor<1x12xf32>, %gruInitialHiddenState: tensor<1x3x4xf32>) -> (tensor<1x3x4xf32>, tensor<2x1x3x4xf32>) {
      %res:2 = webnn.gru %gruInput, %gruWeight, %gruRecurrentWeight bias(%gruBias) recurrentBias(%gruRecurrentBias) initialHiddenState(%gruInitialHiddenState) {steps = 2 : i64, hiddenSize = 4 : i64, resetAfter = false, returnSequence = true, direction = #webnn.recurrent_direction<backward>, layout = #webnn.gru_weight_layout<zrn>, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>]} : (tensor<2x3x2xf32>, tensor<1x12x2xf32>, tensor<1x12x4xf32>, tensor<1x12xf32>, tensor<1x12xf32>, tensor<1x3x4xf32>) -> (tensor<1x3x4xf32>, tensor<2x1x3x4xf32>)
      return %res#0, %res#1 : tensor<1x3x4xf32>, tensor<2x1x3x4xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {2, 3, 2}, {1, 2, 2, 1, 1, 1, 3, 4, 1, 2, 1, 1}),
       makeTensor(DataType::Float32, {1, 12, 2}, {1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1}),
       makeTensor(DataType::Float32, {1, 12, 4}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float32, {1, 12}, {1, 2, 1, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5}),
       makeTensor(DataType::Float32, {1, 12}, {1, 2, 1, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5}),
       makeTensor(DataType::Float32, {1, 3, 4}, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {0, 0, -0.24974998831748962, -18.59588623046875, -2.0657243728637695, -10.551867485046387, -1.3937838077545166, -15.2454833984375, -1.1589999198913574, -9.476999282836914, -1.1589999198913574, -11.319169044494629});
  expectClose(outputs[1], {0, 0, -0.24974998831748962, -18.59588623046875, -2.0657243728637695, -10.551867485046387, -1.3937838077545166, -15.2454833984375, -1.1589999198913574, -9.476999282836914, -1.1589999198913574, -11.319169044494629, 0, 0, -0.25, -4.760000228881836, 0, 0, -0.25, -3.8399999141693115, -1, -3, -1, -3.4100000858306885});
}

// WPT gru_cell.json: "gruCell float32 tensors with options.bias, options.recurrentBias, options.activations=['relu', 'relu'] and and options.layout='rzn'"
TEST(RecurrentKernels, Wpt2_gruCell_float32_tensors_with_options_bias_options_recurrentBias_options_activations_relu_relu_and_and_options_layout_rzn) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%gruCellInput: tensor<3x2xf32>, %gruCellWeight: tensor<12x2xf32>, %gruCellRecurrentWeight: tensor<12x4xf32>, %gruCellHiddenState: tensor<3x4xf32>, %gruCellBias: tensor<12xf32>, %gruCellRecurrentBias: tensor<12xf32>) -> tensor<3x4xf32> {
      %res = webnn.gruCell %gruCellInput, %gruCellWeight, %gruCellRecurrentWeight, %gruCellHiddenState bias(%gruCellBias) recurrentBias(%gruCellRecurrentBias) {hiddenSize = 4 : i64, resetAfter = false, layout = #webnn.gru_weight_layout<rzn>, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>]} : (tensor<3x2xf32>, tensor<12x2xf32>, tensor<12x4xf32>, tensor<3x4xf32>, tensor<12xf32>, tensor<12xf32>) -> tensor<3x4xf32>
      return %res : tensor<3x4xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {3, 2}, {1, 2, 2, 1, 1, 1}),
       makeTensor(DataType::Float32, {12, 2}, {1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1}),
       makeTensor(DataType::Float32, {12, 4}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float32, {3, 4}, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
       makeTensor(DataType::Float32, {12}, {1, 1, 1, 1, 1, 2, 1, 2, 0.5, 0.5, 0.5, 0.5}),
       makeTensor(DataType::Float32, {12}, {1, 1, 1, 1, 1, 2, 1, 2, 0.5, 0.5, 0.5, 0.5})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {0, 0, -0.25, -3.84, -4, -15, -2.25, -3.41, -1, -3, -1, -3.41});
}

// WPT gru_cell.json: "gruCell float32 tensors with all options"
TEST(RecurrentKernels, Wpt3_gruCell_float32_tensors_with_all_options) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%gruCellInput: tensor<3x2xf32>, %gruCellWeight: tensor<12x2xf32>, %gruCellRecurrentWeight: tensor<12x4xf32>, %gruCellHiddenState: tensor<3x4xf32>, %gruCellBias: tensor<12xf32>, %gruCellRecurrentBias: tensor<12xf32>) -> tensor<3x4xf32> {
      %res = webnn.gruCell %gruCellInput, %gruCellWeight, %gruCellRecurrentWeight, %gruCellHiddenState bias(%gruCellBias) recurrentBias(%gruCellRecurrentBias) {hiddenSize = 4 : i64, resetAfter = false, layout = #webnn.gru_weight_layout<zrn>, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>]} : (tensor<3x2xf32>, tensor<12x2xf32>, tensor<12x4xf32>, tensor<3x4xf32>, tensor<12xf32>, tensor<12xf32>) -> tensor<3x4xf32>
      return %res : tensor<3x4xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {3, 2}, {1, 2, 2, 1, 1, 1}),
       makeTensor(DataType::Float32, {12, 2}, {1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1, 1, -1, 2, -2, 0.5, -0.5, 0, 0.1}),
       makeTensor(DataType::Float32, {12, 4}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float32, {3, 4}, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
       makeTensor(DataType::Float32, {12}, {1, 2, 1, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5}),
       makeTensor(DataType::Float32, {12}, {1, 2, 1, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {0, 0, -0.25, -3.84, -4, -15, -2.25, -3.41, -1, -3, -1, -3.41});
}

// WPT lstm.json: "lstm float32 tensors steps=1 with options.bias, options.recurrentBias, options.activations=['relu', 'relu', 'relu'] and options.peepholeWeight"
TEST(RecurrentKernels, Wpt1_lstm_float32_tensors_steps_1_with_options_bias_options_recurrentBias_options_activations_relu_relu_relu_and_options_peepholeWeight) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%lstmInput: tensor<1x2x2xf32>, %lstmWeight: tensor<1x8x2xf32>, %lstmRecurrentWeight: tensor<1x8x2xf32>, %lstmBias: tensor<1x8xf32>, %lstmRecurrentBias: tensor<1x8xf32>, %lstmPeepholeWeight: tensor<1x6xf32>) -> (tensor<1x2x2xf32>, tensor<1x2x2xf32>) {
      %res:2 = webnn.lstm %lstmInput, %lstmWeight, %lstmRecurrentWeight bias(%lstmBias) recurrentBias(%lstmRecurrentBias) peepholeWeight(%lstmPeepholeWeight) {steps = 1 : i64, hiddenSize = 2 : i64, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>]} : (tensor<1x2x2xf32>, tensor<1x8x2xf32>, tensor<1x8x2xf32>, tensor<1x8xf32>, tensor<1x8xf32>, tensor<1x6xf32>) -> (tensor<1x2x2xf32>, tensor<1x2x2xf32>)
      return %res#0, %res#1 : tensor<1x2x2xf32>, tensor<1x2x2xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {1, 2, 2}, {1, 2, 2, 1}),
       makeTensor(DataType::Float32, {1, 8, 2}, {1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2}),
       makeTensor(DataType::Float32, {1, 8, 2}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float32, {1, 8}, {1, 2, 1, 2, 1, 2, 1, 2}),
       makeTensor(DataType::Float32, {1, 8}, {1, 2, 1, 2, 1, 2, 1, 2}),
       makeTensor(DataType::Float32, {1, 6}, {0, 0, 0, 0, 0, 0})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {1, 8, 27, 216});
  expectClose(outputs[1], {1, 4, 9, 36});
}

// WPT lstm.json: "lstm float32 tensors steps=1 with options.bias, options.recurrentBias, options.activations=['relu', 'relu', 'relu'] and options.layout='ifgo'"
TEST(RecurrentKernels, Wpt8_lstm_float32_tensors_steps_1_with_options_bias_options_recurrentBias_options_activations_relu_relu_relu_and_options_layout_ifgo) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%lstmInput: tensor<1x2x2xf32>, %lstmWeight: tensor<1x8x2xf32>, %lstmRecurrentWeight: tensor<1x8x2xf32>, %lstmBias: tensor<1x8xf32>, %lstmRecurrentBias: tensor<1x8xf32>) -> (tensor<1x2x2xf32>, tensor<1x2x2xf32>) {
      %res:2 = webnn.lstm %lstmInput, %lstmWeight, %lstmRecurrentWeight bias(%lstmBias) recurrentBias(%lstmRecurrentBias) {steps = 1 : i64, hiddenSize = 2 : i64, layout = #webnn.lstm_weight_layout<ifgo>, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>]} : (tensor<1x2x2xf32>, tensor<1x8x2xf32>, tensor<1x8x2xf32>, tensor<1x8xf32>, tensor<1x8xf32>) -> (tensor<1x2x2xf32>, tensor<1x2x2xf32>)
      return %res#0, %res#1 : tensor<1x2x2xf32>, tensor<1x2x2xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {1, 2, 2}, {1, 2, 2, 1}),
       makeTensor(DataType::Float32, {1, 8, 2}, {1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2}),
       makeTensor(DataType::Float32, {1, 8, 2}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float32, {1, 8}, {1, 2, 1, 2, 1, 2, 1, 2}),
       makeTensor(DataType::Float32, {1, 8}, {1, 2, 1, 2, 1, 2, 1, 2})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {1, 8, 27, 216});
  expectClose(outputs[1], {1, 4, 9, 36});
}

// WPT lstm.json: "lstm float32 tensors steps=2 with all options"
TEST(RecurrentKernels, Wpt11_lstm_float32_tensors_steps_2_with_all_options) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%lstmInput: tensor<2x2x2xf32>, %lstmWeight: tensor<1x8x2xf32>, %lstmRecurrentWeight: tensor<1x8x2xf32>, %lstmBias: tensor<1x8xf32>, %lstmRecurrentBias: tensor<1x8xf32>, %lstmPeepholeWeight: tensor<1x6xf32>, %lstmInitialHiddenState: tensor<1x2x2xf32>, %lstmInitialCellState: tensor<1x2x2xf32>) -> (tensor<1x2x2xf32>, tensor<1x2x2xf32>, tensor<2x1x2x2xf32>) {
      %res:3 = webnn.lstm %lstmInput, %lstmWeight, %lstmRecurrentWeight bias(%lstmBias) recurrentBias(%lstmRecurrentBias) peepholeWeight(%lstmPeepholeWeight) initialHiddenState(%lstmInitialHiddenState) initialCellState(%lstmInitialCellState) {steps = 2 : i64, hiddenSize = 2 : i64, returnSequence = true, direction = #webnn.recurrent_direction<backward>, layout = #webnn.lstm_weight_layout<iofg>, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>]} : (tensor<2x2x2xf32>, tensor<1x8x2xf32>, tensor<1x8x2xf32>, tensor<1x8xf32>, tensor<1x8xf32>, tensor<1x6xf32>, tensor<1x2x2xf32>, tensor<1x2x2xf32>) -> (tensor<1x2x2xf32>, tensor<1x2x2xf32>, tensor<2x1x2x2xf32>)
      return %res#0, %res#1, %res#2 : tensor<1x2x2xf32>, tensor<1x2x2xf32>, tensor<2x1x2x2xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {2, 2, 2}, {1, 2, 2, 1, 3, 4, 1, 2}),
       makeTensor(DataType::Float32, {1, 8, 2}, {1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2}),
       makeTensor(DataType::Float32, {1, 8, 2}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float32, {1, 8}, {1, 2, 1, 2, 1, 2, 1, 2}),
       makeTensor(DataType::Float32, {1, 8}, {1, 2, 1, 2, 1, 2, 1, 2}),
       makeTensor(DataType::Float32, {1, 6}, {0, 0, 0, 0, 0, 0}),
       makeTensor(DataType::Float32, {1, 2, 2}, {0, 0, 0, 0}),
       makeTensor(DataType::Float32, {1, 2, 2}, {0, 0, 0, 0})});
  ASSERT_EQ(outputs.size(), 3u);
  expectClose(outputs[0], {10.469000816345215, 58.02900695800781, 74.52900695800781, 518.948974609375});
  expectClose(outputs[1], {5.510000228881836, 20.01000213623047, 19.110000610351562, 75.20999908447266});
  expectClose(outputs[2], {10.469000816345215, 58.02900695800781, 74.52900695800781, 518.948974609375, 1, 8, 1, 8});
}

// WPT lstm.json: "lstm float32 tensors steps=2 with bidirections"
TEST(RecurrentKernels, Wpt12_lstm_float32_tensors_steps_2_with_bidirections) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%lstmInput: tensor<2x2x2xf32>, %lstmWeight: tensor<2x8x2xf32>, %lstmRecurrentWeight: tensor<2x8x2xf32>, %lstmBias: tensor<2x8xf32>, %lstmRecurrentBias: tensor<2x8xf32>) -> (tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x2xf32>) {
      %res:3 = webnn.lstm %lstmInput, %lstmWeight, %lstmRecurrentWeight bias(%lstmBias) recurrentBias(%lstmRecurrentBias) {steps = 2 : i64, hiddenSize = 2 : i64, returnSequence = true, direction = #webnn.recurrent_direction<both>, layout = #webnn.lstm_weight_layout<iofg>} : (tensor<2x2x2xf32>, tensor<2x8x2xf32>, tensor<2x8x2xf32>, tensor<2x8xf32>, tensor<2x8xf32>) -> (tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x2xf32>)
      return %res#0, %res#1, %res#2 : tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2x2xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {2, 2, 2}, {1, 2, 2, 1, 3, 4, 1, 2}),
       makeTensor(DataType::Float32, {2, 8, 2}, {1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2}),
       makeTensor(DataType::Float32, {2, 8, 2}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float32, {2, 8}, {1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2}),
       makeTensor(DataType::Float32, {2, 8}, {1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2})});
  ASSERT_EQ(outputs.size(), 3u);
  expectClose(outputs[0], {0.5764073133468628, 0.8236227035522461, 0.6612355709075928, 0.8442635536193848, 0.5764073133468628, 0.8236227035522461, 0.8635294437408447, 0.9491351246833801});
  expectClose(outputs[1], {1.0171456336975098, 1.6205494403839111, 1.3388464450836182, 1.7642604112625122, 1.0171456336975098, 1.6205494403839111, 1.4856269359588623, 1.8449554443359375});
  expectClose(outputs[2], {0.3696063756942749, 0.6082833409309387, 0.7037754058837891, 0.7586681246757507, 0.5764073133468628, 0.8236227035522461, 0.8635294437408447, 0.9491351246833801, 0.5764073133468628, 0.8236227035522461, 0.6612355709075928, 0.8442635536193848, 0.3696063756942749, 0.6082833409309387, 0.3696063756942749, 0.6082833409309387});
}

// WPT lstm.json: "lstm float16 tensors steps=1 with options.bias, options.recurrentBias"
TEST(RecurrentKernels, Wpt13_lstm_float16_tensors_steps_1_with_options_bias_options_recurrentBias) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%lstmInput: tensor<1x2x2xf16>, %lstmWeight: tensor<1x8x2xf16>, %lstmRecurrentWeight: tensor<1x8x2xf16>, %lstmBias: tensor<1x8xf16>, %lstmRecurrentBias: tensor<1x8xf16>) -> (tensor<1x2x2xf16>, tensor<1x2x2xf16>) {
      %res:2 = webnn.lstm %lstmInput, %lstmWeight, %lstmRecurrentWeight bias(%lstmBias) recurrentBias(%lstmRecurrentBias) {steps = 1 : i64, hiddenSize = 2 : i64, returnSequence = false, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>]} : (tensor<1x2x2xf16>, tensor<1x8x2xf16>, tensor<1x8x2xf16>, tensor<1x8xf16>, tensor<1x8xf16>) -> (tensor<1x2x2xf16>, tensor<1x2x2xf16>)
      return %res#0, %res#1 : tensor<1x2x2xf16>, tensor<1x2x2xf16>
    })mlir",
      {
       makeTensor(DataType::Float16, {1, 2, 2}, {1, 2, 2, 1}),
       makeTensor(DataType::Float16, {1, 8, 2}, {1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2}),
       makeTensor(DataType::Float16, {1, 8, 2}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float16, {1, 8}, {1, 2, 1, 2, 1, 2, 1, 2}),
       makeTensor(DataType::Float16, {1, 8}, {1, 2, 1, 2, 1, 2, 1, 2})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {1, 8, 27, 216}, 4e-3);
  expectClose(outputs[1], {1, 4, 9, 36}, 4e-3);
}

// WPT lstm_cell.json: "lstmCell float32 tensors with options.bias, options.recurrentBias, options.activations=['relu', 'relu', 'relu'] and options.peepholeWeight"
TEST(RecurrentKernels, Wpt1_lstmCell_float32_tensors_with_options_bias_options_recurrentBias_options_activations_relu_relu_relu_and_options_peepholeWeight) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%lstmCellInput: tensor<2x2xf32>, %lstmCellWeight: tensor<8x2xf32>, %lstmCellRecurrentWeight: tensor<8x2xf32>, %lstmCellHiddenState: tensor<2x2xf32>, %lstmCellCellState: tensor<2x2xf32>, %lstmCellBias: tensor<8xf32>, %lstmCellRecurrentBias: tensor<8xf32>, %lstmCellPeepholeWeight: tensor<6xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>) {
      %res:2 = webnn.lstmCell %lstmCellInput, %lstmCellWeight, %lstmCellRecurrentWeight, %lstmCellHiddenState, %lstmCellCellState bias(%lstmCellBias) recurrentBias(%lstmCellRecurrentBias) peepholeWeight(%lstmCellPeepholeWeight) {hiddenSize = 2 : i64, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>]} : (tensor<2x2xf32>, tensor<8x2xf32>, tensor<8x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>, tensor<8xf32>, tensor<8xf32>, tensor<6xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>)
      return %res#0, %res#1 : tensor<2x2xf32>, tensor<2x2xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {2, 2}, {1, 2, 2, 1}),
       makeTensor(DataType::Float32, {8, 2}, {1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2}),
       makeTensor(DataType::Float32, {8, 2}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float32, {2, 2}, {0, 0, 0, 0}),
       makeTensor(DataType::Float32, {2, 2}, {0, 0, 0, 0}),
       makeTensor(DataType::Float32, {8}, {1, 2, 1, 2, 1, 2, 1, 2}),
       makeTensor(DataType::Float32, {8}, {1, 2, 1, 2, 1, 2, 1, 2}),
       makeTensor(DataType::Float32, {6}, {0, 0, 0, 0, 0, 0})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {1, 8, 27, 216});
  expectClose(outputs[1], {1, 4, 9, 36});
}

// WPT lstm_cell.json: "lstmCell float32 tensors with options.bias, options.recurrentBias, options.activations=['relu', 'relu', 'relu'] and options.layout='ifgo'"
TEST(RecurrentKernels, Wpt3_lstmCell_float32_tensors_with_options_bias_options_recurrentBias_options_activations_relu_relu_relu_and_options_layout_ifgo) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%lstmCellInput: tensor<2x2xf32>, %lstmCellWeight: tensor<8x2xf32>, %lstmCellRecurrentWeight: tensor<8x2xf32>, %lstmCellHiddenState: tensor<2x2xf32>, %lstmCellCellState: tensor<2x2xf32>, %lstmCellBias: tensor<8xf32>, %lstmCellRecurrentBias: tensor<8xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>) {
      %res:2 = webnn.lstmCell %lstmCellInput, %lstmCellWeight, %lstmCellRecurrentWeight, %lstmCellHiddenState, %lstmCellCellState bias(%lstmCellBias) recurrentBias(%lstmCellRecurrentBias) {hiddenSize = 2 : i64, layout = #webnn.lstm_weight_layout<ifgo>, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>]} : (tensor<2x2xf32>, tensor<8x2xf32>, tensor<8x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>)
      return %res#0, %res#1 : tensor<2x2xf32>, tensor<2x2xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {2, 2}, {1, 2, 2, 1}),
       makeTensor(DataType::Float32, {8, 2}, {1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2}),
       makeTensor(DataType::Float32, {8, 2}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float32, {2, 2}, {0, 0, 0, 0}),
       makeTensor(DataType::Float32, {2, 2}, {0, 0, 0, 0}),
       makeTensor(DataType::Float32, {8}, {1, 2, 1, 2, 1, 2, 1, 2}),
       makeTensor(DataType::Float32, {8}, {1, 2, 1, 2, 1, 2, 1, 2})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {1, 8, 27, 216});
  expectClose(outputs[1], {1, 4, 9, 36});
}

// WPT lstm_cell.json: "lstmCell float32 tensors with all options"
TEST(RecurrentKernels, Wpt4_lstmCell_float32_tensors_with_all_options) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%lstmCellInput: tensor<2x2xf32>, %lstmCellWeight: tensor<8x2xf32>, %lstmCellRecurrentWeight: tensor<8x2xf32>, %lstmCellHiddenState: tensor<2x2xf32>, %lstmCellCellState: tensor<2x2xf32>, %lstmCellBias: tensor<8xf32>, %lstmCellRecurrentBias: tensor<8xf32>, %lstmCellPeepholeWeight: tensor<6xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>) {
      %res:2 = webnn.lstmCell %lstmCellInput, %lstmCellWeight, %lstmCellRecurrentWeight, %lstmCellHiddenState, %lstmCellCellState bias(%lstmCellBias) recurrentBias(%lstmCellRecurrentBias) peepholeWeight(%lstmCellPeepholeWeight) {hiddenSize = 2 : i64, layout = #webnn.lstm_weight_layout<iofg>, activations = [#webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>, #webnn.recurrent_activation<relu>]} : (tensor<2x2xf32>, tensor<8x2xf32>, tensor<8x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>, tensor<8xf32>, tensor<8xf32>, tensor<6xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>)
      return %res#0, %res#1 : tensor<2x2xf32>, tensor<2x2xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {2, 2}, {1, 2, 2, 1}),
       makeTensor(DataType::Float32, {8, 2}, {1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2}),
       makeTensor(DataType::Float32, {8, 2}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}),
       makeTensor(DataType::Float32, {2, 2}, {0, 0, 0, 0}),
       makeTensor(DataType::Float32, {2, 2}, {0, 0, 0, 0}),
       makeTensor(DataType::Float32, {8}, {1, 2, 1, 2, 1, 2, 1, 2}),
       makeTensor(DataType::Float32, {8}, {1, 2, 1, 2, 1, 2, 1, 2}),
       makeTensor(DataType::Float32, {6}, {0, 0, 0, 0, 0, 0})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {1, 8, 27, 216});
  expectClose(outputs[1], {1, 4, 9, 36});
}

// Spec emulation transcribed to Python, in double: "gruCell default activations, resetAfter, rzn, no biases"
TEST(RecurrentKernels, Reference0_gruCell_default_activations_resetAfter_rzn_no_biases) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2x3xf32>, %w: tensor<6x3xf32>, %r: tensor<6x2xf32>, %h: tensor<2x2xf32>) -> tensor<2x2xf32> {
      %res = webnn.gruCell %x, %w, %r, %h {hiddenSize = 2 : i64, layout = #webnn.gru_weight_layout<rzn>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>], resetAfter = true} : (tensor<2x3xf32>, tensor<6x3xf32>, tensor<6x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
      return %res : tensor<2x2xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {2, 3}, {-0.35, -0.7, 0.3, -0.86, 0.07, -0.27}),
       makeTensor(DataType::Float32, {6, 3}, {-0.71, 0.01, -0.74, -0.11, -0.69, -0.65, -0.12, 0.52, -0.6, -0.44, 0.2, 0.72, 0.12, -0.17, 0.76, -0.73, 0.57, -0.34}),
       makeTensor(DataType::Float32, {6, 2}, {-0.57, -0.61, -0.31, 0.51, -0.51, 0.13, 0.22, -0.2, 0.08, -0.7, -0.7, -0.47}),
       makeTensor(DataType::Float32, {2, 2}, {0.36, -0.14, -0.37, 0.17})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {0.35318018330271106, -0.2200379825925995, -0.3821362934588137, 0.42416446997493523});
}

// Spec emulation transcribed to Python, in double: "gruCell resetAfter=false with tanh/relu activations"
TEST(RecurrentKernels, Reference1_gruCell_resetAfter_false_with_tanh_relu_activations) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2x3xf32>, %w: tensor<9x3xf32>, %r: tensor<9x3xf32>, %h: tensor<2x3xf32>, %bias: tensor<9xf32>, %recurrentBias: tensor<9xf32>) -> tensor<2x3xf32> {
      %res = webnn.gruCell %x, %w, %r, %h bias(%bias) recurrentBias(%recurrentBias) {hiddenSize = 3 : i64, layout = #webnn.gru_weight_layout<zrn>, activations = [#webnn.recurrent_activation<tanh>, #webnn.recurrent_activation<relu>], resetAfter = false} : (tensor<2x3xf32>, tensor<9x3xf32>, tensor<9x3xf32>, tensor<2x3xf32>, tensor<9xf32>, tensor<9xf32>) -> tensor<2x3xf32>
      return %res : tensor<2x3xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {2, 3}, {-0.09, -0.4, 0.59, 0.4, -0.51, 0.15}),
       makeTensor(DataType::Float32, {9, 3}, {0.04, 0.6, 0.37, -0.34, 0.77, -0.61, -0.13, 0.41, -0.56, -0.02, -0.74, 0.27, 0.42, 0.12, 0.6, -0.3, 0.31, 0.15, 0.13, -0.07, 0.54, 0.71, -0.04, 0.26, -0.7, 0.32, 0.24}),
       makeTensor(DataType::Float32, {9, 3}, {0.79, 0.52, -0.34, -0.18, 0.27, -0.76, -0.06, -0.53, -0.61, -0.71, 0.43, -0.59, -0.4, -0.17, 0.59, -0.67, -0.08, 0.08, 0.61, 0.51, 0.58, -0.35, -0.14, -0.23, 0.61, 0.73, -0.56}),
       makeTensor(DataType::Float32, {2, 3}, {-0.65, -0.54, -0.53, -0.03, 0.18, -0.47}),
       makeTensor(DataType::Float32, {9}, {-0.99, -0.16, -0.26, 0.13, 0.91, 0.38, 0.03, 0.24, 0.35}),
       makeTensor(DataType::Float32, {9}, {-0.89, 0.8, 0.56, 0.75, 0.6, -0.22, -0.2, -0.79, 0.27})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {0.6416282835370669, -0.1943126176201225, -0.17332868627750292, 0.2196848149509689, 0.07310820320138328, 0.1689734153907419});
}

// Spec emulation transcribed to Python, in double: "gruCell float16"
TEST(RecurrentKernels, Reference2_gruCell_float16) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<1x3xf16>, %w: tensor<6x3xf16>, %r: tensor<6x2xf16>, %h: tensor<1x2xf16>, %bias: tensor<6xf16>, %recurrentBias: tensor<6xf16>) -> tensor<1x2xf16> {
      %res = webnn.gruCell %x, %w, %r, %h bias(%bias) recurrentBias(%recurrentBias) {hiddenSize = 2 : i64, layout = #webnn.gru_weight_layout<zrn>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>], resetAfter = true} : (tensor<1x3xf16>, tensor<6x3xf16>, tensor<6x2xf16>, tensor<1x2xf16>, tensor<6xf16>, tensor<6xf16>) -> tensor<1x2xf16>
      return %res : tensor<1x2xf16>
    })mlir",
      {
       makeTensor(DataType::Float16, {1, 3}, {-0.8798828125, -0.8701171875, -0.580078125}),
       makeTensor(DataType::Float16, {6, 3}, {-0.5400390625, -0.260009765625, -0.72021484375, -0.7998046875, -0.56005859375, -0.64013671875, -0.219970703125, -0.759765625, 0.60009765625, 0.1800537109375, -0.56005859375, -0.39990234375, -0.239990234375, -0.219970703125, -0.60009765625, 0.56005859375, 0.7900390625, -0.04998779296875}),
       makeTensor(DataType::Float16, {6, 2}, {-0.029998779296875, -0.66015625, -0.64013671875, -0.25, -0.3798828125, 0.52978515625, -0.5400390625, -0.759765625, 0.72021484375, 0.04998779296875, -0.56982421875, 0.07000732421875}),
       makeTensor(DataType::Float16, {1, 2}, {-0.9501953125, 0.05999755859375}),
       makeTensor(DataType::Float16, {6}, {0.9599609375, 0.72998046875, 0.389892578125, -0.47998046875, -0.27001953125, -0.669921875}),
       makeTensor(DataType::Float16, {6}, {0.5400390625, 0.07000732421875, 0.56005859375, -0.340087890625, -0.5498046875, 0.6201171875})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {-0.9210132643146892, 0.01612933875388701}, 4e-3);
}

// Spec emulation transcribed to Python, in double: "lstmCell default activations, ifgo, peephole"
TEST(RecurrentKernels, Reference3_lstmCell_default_activations_ifgo_peephole) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2x3xf32>, %w: tensor<8x3xf32>, %r: tensor<8x2xf32>, %h: tensor<2x2xf32>, %c: tensor<2x2xf32>, %bias: tensor<8xf32>, %recurrentBias: tensor<8xf32>, %peepholeWeight: tensor<6xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>) {
      %res:2 = webnn.lstmCell %x, %w, %r, %h, %c bias(%bias) recurrentBias(%recurrentBias) peepholeWeight(%peepholeWeight) {hiddenSize = 2 : i64, layout = #webnn.lstm_weight_layout<ifgo>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>, #webnn.recurrent_activation<tanh>]} : (tensor<2x3xf32>, tensor<8x3xf32>, tensor<8x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>, tensor<8xf32>, tensor<8xf32>, tensor<6xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>)
      return %res#0, %res#1 : tensor<2x2xf32>, tensor<2x2xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {2, 3}, {0.97, 0.71, 0.61, 0.64, 0.48, -0.55}),
       makeTensor(DataType::Float32, {8, 3}, {0.03, -0.23, -0.75, -0.76, -0.35, -0.39, 0.31, 0.73, -0.08, 0.7, 0.78, 0.73, -0.22, -0.45, -0.44, -0.49, -0.47, 0.2, 0.64, 0.54, -0.03, 0.24, 0.48, -0.66}),
       makeTensor(DataType::Float32, {8, 2}, {0.26, 0.66, 0.45, 0.4, -0.04, -0.51, 0.46, -0.27, 0.48, 0.75, -0.17, -0.16, 0.71, 0.36, -0.53, -0.6}),
       makeTensor(DataType::Float32, {2, 2}, {-0.7, 0.81, 0.61, -0.71}),
       makeTensor(DataType::Float32, {2, 2}, {0.65, 0.96, 0.31, -0.3}),
       makeTensor(DataType::Float32, {8}, {0.1, -0.74, -0.97, 0.94, 0.3, 0.05, 0.87, -0.13}),
       makeTensor(DataType::Float32, {8}, {0.74, 0.65, -0.58, -0.5, -0.41, -0.52, 0.17, -0.48}),
       makeTensor(DataType::Float32, {6}, {-0.16, -0.74, 0.82, -0.29, -0.08, 0.17})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {-0.18254112993756058, 0.18698198640442523, -0.17061892414699084, -0.3008926508566224});
  expectClose(outputs[1], {-0.202617036194327, 0.7198585182354209, -0.19270516965466486, -0.5735020414680853});
}

// Spec emulation transcribed to Python, in double: "lstmCell iofg peephole only"
TEST(RecurrentKernels, Reference4_lstmCell_iofg_peephole_only) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<1x2xf32>, %w: tensor<12x2xf32>, %r: tensor<12x3xf32>, %h: tensor<1x3xf32>, %c: tensor<1x3xf32>, %peepholeWeight: tensor<9xf32>) -> (tensor<1x3xf32>, tensor<1x3xf32>) {
      %res:2 = webnn.lstmCell %x, %w, %r, %h, %c peepholeWeight(%peepholeWeight) {hiddenSize = 3 : i64, layout = #webnn.lstm_weight_layout<iofg>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<relu>, #webnn.recurrent_activation<tanh>]} : (tensor<1x2xf32>, tensor<12x2xf32>, tensor<12x3xf32>, tensor<1x3xf32>, tensor<1x3xf32>, tensor<9xf32>) -> (tensor<1x3xf32>, tensor<1x3xf32>)
      return %res#0, %res#1 : tensor<1x3xf32>, tensor<1x3xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {1, 2}, {0.81, -0.16}),
       makeTensor(DataType::Float32, {12, 2}, {0.67, 0.0, 0.05, 0.04, -0.77, -0.1, -0.51, -0.79, 0.48, -0.52, -0.04, 0.36, 0.09, -0.28, 0.03, 0.09, 0.45, -0.63, 0.1, -0.4, -0.36, 0.44, 0.01, 0.1}),
       makeTensor(DataType::Float32, {12, 3}, {0.42, 0.66, -0.09, 0.18, 0.01, 0.02, 0.31, -0.08, 0.05, -0.04, 0.71, 0.32, 0.6, 0.71, -0.38, 0.1, 0.71, 0.54, -0.58, -0.61, -0.09, -0.68, -0.41, -0.68, 0.27, 0.45, 0.64, -0.55, 0.35, 0.26, -0.57, 0.61, 0.75, -0.45, 0.72, -0.16}),
       makeTensor(DataType::Float32, {1, 3}, {-0.03, 0.98, 0.66}),
       makeTensor(DataType::Float32, {1, 3}, {-0.68, -0.14, 0.03}),
       makeTensor(DataType::Float32, {9}, {-0.32, -0.61, -0.36, 0.44, -0.96, 0.11, -0.12, -0.96, -0.34})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {0.1523074515259911, 0.24983506833105185, 0.1623139544474374});
  expectClose(outputs[1], {0.2689540167338539, 0.3526517889572411, 0.22818738107261674});
}

// Spec emulation transcribed to Python, in double: "lstmCell float16"
TEST(RecurrentKernels, Reference5_lstmCell_float16) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<1x2xf16>, %w: tensor<8x2xf16>, %r: tensor<8x2xf16>, %h: tensor<1x2xf16>, %c: tensor<1x2xf16>, %bias: tensor<8xf16>) -> (tensor<1x2xf16>, tensor<1x2xf16>) {
      %res:2 = webnn.lstmCell %x, %w, %r, %h, %c bias(%bias) {hiddenSize = 2 : i64, layout = #webnn.lstm_weight_layout<iofg>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>, #webnn.recurrent_activation<tanh>]} : (tensor<1x2xf16>, tensor<8x2xf16>, tensor<8x2xf16>, tensor<1x2xf16>, tensor<1x2xf16>, tensor<8xf16>) -> (tensor<1x2xf16>, tensor<1x2xf16>)
      return %res#0, %res#1 : tensor<1x2xf16>, tensor<1x2xf16>
    })mlir",
      {
       makeTensor(DataType::Float16, {1, 2}, {0.25, 0.0200042724609375}),
       makeTensor(DataType::Float16, {8, 2}, {-0.7001953125, 0.77978515625, 0.4599609375, 0.75, -0.6298828125, -0.3798828125, -0.740234375, 0.449951171875, -0.3701171875, -0.58984375, -0.1199951171875, 0.66015625, 0.509765625, -0.389892578125, -0.56005859375, 0.669921875}),
       makeTensor(DataType::Float16, {8, 2}, {0.1099853515625, 0.320068359375, -0.66015625, -0.7099609375, 0.300048828125, -0.1199951171875, -0.68017578125, 0.7001953125, 0.219970703125, 0.47998046875, -0.669921875, 0.56982421875, -0.68994140625, 0.580078125, -0.07000732421875, -0.260009765625}),
       makeTensor(DataType::Float16, {1, 2}, {0.1099853515625, 0.85009765625}),
       makeTensor(DataType::Float16, {1, 2}, {-0.4599609375, -0.740234375}),
       makeTensor(DataType::Float16, {8}, {0.04998779296875, -0.52001953125, -0.77978515625, -0.68017578125, -0.89990234375, -0.60009765625, -0.3798828125, -0.389892578125})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {-0.02159555293055392, -0.1906680080720466}, 4e-3);
  expectClose(outputs[1], {-0.08129636675600253, -0.4940514313782769}, 4e-3);
}

// Spec emulation transcribed to Python, in double: "gru both directions, 3 steps, rzn, resetAfter=false, sequence"
TEST(RecurrentKernels, Reference6_gru_both_directions_3_steps_rzn_resetAfter_false_sequence) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<3x2x3xf32>, %w: tensor<2x6x3xf32>, %r: tensor<2x6x2xf32>, %bias: tensor<2x6xf32>, %recurrentBias: tensor<2x6xf32>, %initialHiddenState: tensor<2x2x2xf32>) -> (tensor<2x2x2xf32>, tensor<3x2x2x2xf32>) {
      %res:2 = webnn.gru %x, %w, %r bias(%bias) recurrentBias(%recurrentBias) initialHiddenState(%initialHiddenState) {steps = 3 : i64, hiddenSize = 2 : i64, layout = #webnn.gru_weight_layout<rzn>, direction = #webnn.recurrent_direction<both>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>], resetAfter = false, returnSequence = true} : (tensor<3x2x3xf32>, tensor<2x6x3xf32>, tensor<2x6x2xf32>, tensor<2x6xf32>, tensor<2x6xf32>, tensor<2x2x2xf32>) -> (tensor<2x2x2xf32>, tensor<3x2x2x2xf32>)
      return %res#0, %res#1 : tensor<2x2x2xf32>, tensor<3x2x2x2xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {3, 2, 3}, {0.52, -0.42, 0.0, -0.64, -0.31, -0.96, -0.5, -0.97, 0.47, 0.1, -0.62, -0.05, 0.87, -0.79, 0.64, -0.14, -0.01, 0.67}),
       makeTensor(DataType::Float32, {2, 6, 3}, {-0.17, 0.01, 0.3, 0.77, -0.25, 0.53, 0.33, 0.22, -0.15, -0.24, -0.71, -0.59, -0.69, 0.39, -0.39, -0.54, -0.66, 0.55, 0.59, 0.27, -0.35, -0.41, -0.33, -0.06, -0.55, -0.09, -0.38, 0.74, 0.76, 0.08, -0.41, 0.75, -0.3, -0.23, -0.8, -0.19}),
       makeTensor(DataType::Float32, {2, 6, 2}, {-0.04, 0.0, -0.48, 0.01, -0.79, -0.38, -0.66, -0.16, -0.73, -0.76, -0.31, -0.43, 0.14, 0.05, 0.4, 0.25, 0.35, 0.61, -0.18, -0.28, 0.78, -0.56, 0.36, 0.23}),
       makeTensor(DataType::Float32, {2, 6}, {-0.91, 0.67, 0.78, 0.25, 0.47, 0.62, -0.72, 0.05, 0.01, 0.67, 0.61, 0.65}),
       makeTensor(DataType::Float32, {2, 6}, {0.17, 0.79, 0.37, 0.39, -0.54, -0.94, -0.73, -0.28, -0.79, 0.67, 0.12, 0.26}),
       makeTensor(DataType::Float32, {2, 2, 2}, {0.25, 0.36, -0.02, -0.99, 0.6, 0.5, 0.01, 0.07})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {-0.29930593058842436, 0.14505592838314754, 0.12745917778086163, -0.19225364448019677, -0.05639292574454051, 0.7719227662922804, 0.4728307720346644, 0.6183430980105743});
  expectClose(outputs[1], {-0.02802552904450245, 0.07242070450401894, 0.14172237032949264, -0.8477110714200102, -0.05639292574454051, 0.7719227662922804, 0.4728307720346644, 0.6183430980105743, -0.1230827308436537, 0.21503724376688715, 0.1414259425501102, -0.5698933076076836, -0.1331721345258557, 0.7541200154624784, 0.27923045523921436, 0.41628399884737827, -0.29930593058842436, 0.14505592838314754, 0.12745917778086163, -0.19225364448019677, -0.12874307526160034, 0.5860892707600169, 0.3663123806595329, 0.20487972841613625});
}

// Spec emulation transcribed to Python, in double: "gru backward, 3 steps, resetAfter, sequence, no options"
TEST(RecurrentKernels, Reference7_gru_backward_3_steps_resetAfter_sequence_no_options) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<3x1x2xf32>, %w: tensor<1x9x2xf32>, %r: tensor<1x9x3xf32>) -> (tensor<1x1x3xf32>, tensor<3x1x1x3xf32>) {
      %res:2 = webnn.gru %x, %w, %r {steps = 3 : i64, hiddenSize = 3 : i64, layout = #webnn.gru_weight_layout<zrn>, direction = #webnn.recurrent_direction<backward>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>], resetAfter = true, returnSequence = true} : (tensor<3x1x2xf32>, tensor<1x9x2xf32>, tensor<1x9x3xf32>) -> (tensor<1x1x3xf32>, tensor<3x1x1x3xf32>)
      return %res#0, %res#1 : tensor<1x1x3xf32>, tensor<3x1x1x3xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {3, 1, 2}, {0.32, -0.87, 0.47, -0.5, -0.85, -0.47}),
       makeTensor(DataType::Float32, {1, 9, 2}, {0.37, -0.47, 0.38, 0.76, -0.01, -0.19, -0.03, 0.29, 0.43, 0.19, 0.23, -0.68, -0.56, -0.39, 0.39, -0.31, 0.11, -0.78}),
       makeTensor(DataType::Float32, {1, 9, 3}, {-0.7, -0.37, 0.28, 0.31, 0.28, -0.33, 0.03, -0.06, -0.05, -0.61, 0.63, -0.48, 0.77, 0.7, -0.77, -0.07, 0.51, 0.75, -0.08, -0.37, -0.46, 0.71, -0.46, 0.13, -0.57, 0.04, 0.72})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {0.11394738020413772, 0.3184202059215158, 0.4353649372990903});
  expectClose(outputs[1], {0.11394738020413772, 0.3184202059215158, 0.4353649372990903, 0.13663323887303372, 0.1939043349275653, 0.2424973174484079, 0.3024616232535391, -0.12193107508406777, 0.12674260543568022});
}

// Spec emulation transcribed to Python, in double: "gru float16 forward 2 steps"
TEST(RecurrentKernels, Reference8_gru_float16_forward_2_steps) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2x1x2xf16>, %w: tensor<1x6x2xf16>, %r: tensor<1x6x2xf16>, %bias: tensor<1x6xf16>) -> (tensor<1x1x2xf16>, tensor<2x1x1x2xf16>) {
      %res:2 = webnn.gru %x, %w, %r bias(%bias) {steps = 2 : i64, hiddenSize = 2 : i64, layout = #webnn.gru_weight_layout<zrn>, direction = #webnn.recurrent_direction<forward>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>], resetAfter = true, returnSequence = true} : (tensor<2x1x2xf16>, tensor<1x6x2xf16>, tensor<1x6x2xf16>, tensor<1x6xf16>) -> (tensor<1x1x2xf16>, tensor<2x1x1x2xf16>)
      return %res#0, %res#1 : tensor<1x1x2xf16>, tensor<2x1x1x2xf16>
    })mlir",
      {
       makeTensor(DataType::Float16, {2, 1, 2}, {-0.72998046875, 0.64013671875, 0.0200042724609375, 0.77001953125}),
       makeTensor(DataType::Float16, {1, 6, 2}, {0.330078125, -0.429931640625, 0.64013671875, -0.0200042724609375, -0.759765625, -0.7900390625, -0.01000213623046875, -0.08001708984375, -0.320068359375, -0.56982421875, -0.25, -0.2900390625}),
       makeTensor(DataType::Float16, {1, 6, 2}, {0.5400390625, -0.7998046875, 0.39990234375, 0.5400390625, -0.60986328125, 0.68017578125, 0.340087890625, 0.64013671875, -0.340087890625, -0.199951171875, -0.1700439453125, 0.7998046875}),
       makeTensor(DataType::Float16, {1, 6}, {0.1800537109375, -0.280029296875, -0.1400146484375, -0.449951171875, -0.89990234375, -0.7998046875})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {-0.6552734375, -0.68798828125}, 4e-3);
  expectClose(outputs[1], {-0.45166015625, -0.45361328125, -0.6552734375, -0.68798828125}, 4e-3);
}

// Spec emulation transcribed to Python, in double: "lstm both directions, 3 steps, ifgo, all options"
TEST(RecurrentKernels, Reference9_lstm_both_directions_3_steps_ifgo_all_options) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<3x2x2xf32>, %w: tensor<2x8x2xf32>, %r: tensor<2x8x2xf32>, %bias: tensor<2x8xf32>, %recurrentBias: tensor<2x8xf32>, %peepholeWeight: tensor<2x6xf32>, %initialHiddenState: tensor<2x2x2xf32>, %initialCellState: tensor<2x2x2xf32>) -> (tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<3x2x2x2xf32>) {
      %res:3 = webnn.lstm %x, %w, %r bias(%bias) recurrentBias(%recurrentBias) peepholeWeight(%peepholeWeight) initialHiddenState(%initialHiddenState) initialCellState(%initialCellState) {steps = 3 : i64, hiddenSize = 2 : i64, layout = #webnn.lstm_weight_layout<ifgo>, direction = #webnn.recurrent_direction<both>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>, #webnn.recurrent_activation<tanh>], returnSequence = true} : (tensor<3x2x2xf32>, tensor<2x8x2xf32>, tensor<2x8x2xf32>, tensor<2x8xf32>, tensor<2x8xf32>, tensor<2x6xf32>, tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> (tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<3x2x2x2xf32>)
      return %res#0, %res#1, %res#2 : tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<3x2x2x2xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {3, 2, 2}, {0.67, -0.43, 0.87, -0.5, -0.47, 0.02, -0.62, -0.25, 0.91, 0.77, 0.62, 0.26}),
       makeTensor(DataType::Float32, {2, 8, 2}, {0.66, 0.71, 0.08, 0.35, -0.72, 0.37, -0.08, 0.4, 0.23, -0.34, -0.72, 0.68, -0.6, -0.04, -0.25, -0.32, 0.38, 0.76, -0.38, 0.25, -0.32, 0.09, -0.17, -0.53, -0.54, -0.47, 0.65, -0.0, -0.45, 0.65, 0.79, -0.08}),
       makeTensor(DataType::Float32, {2, 8, 2}, {-0.58, -0.49, -0.65, -0.25, -0.65, -0.42, -0.39, 0.11, 0.62, 0.4, -0.14, -0.14, 0.04, -0.2, -0.26, -0.7, -0.36, 0.75, -0.6, 0.01, 0.21, 0.58, -0.45, -0.37, -0.4, -0.16, -0.09, 0.73, 0.56, 0.6, -0.77, -0.75}),
       makeTensor(DataType::Float32, {2, 8}, {0.42, 0.79, -0.05, 0.17, -1.0, -0.22, 0.85, 0.65, 0.71, 0.94, -0.5, -0.78, -0.69, 0.04, 0.36, 0.88}),
       makeTensor(DataType::Float32, {2, 8}, {0.44, 0.29, 0.53, -0.09, 0.1, -0.92, 0.56, -0.53, 0.84, 0.29, -0.39, -0.74, -0.5, 0.27, 0.4, -0.78}),
       makeTensor(DataType::Float32, {2, 6}, {-0.86, 0.05, 0.17, -0.22, -0.55, 0.2, -0.98, -0.4, -0.08, 0.92, 0.29, 0.77}),
       makeTensor(DataType::Float32, {2, 2, 2}, {-0.05, -0.53, -0.51, 0.92, 0.41, -0.39, -0.96, -0.0}),
       makeTensor(DataType::Float32, {2, 2, 2}, {0.35, -0.16, -0.49, 0.33, 0.85, -0.55, -0.93, -0.32})});
  ASSERT_EQ(outputs.size(), 3u);
  expectClose(outputs[0], {-0.6252186015843588, -0.4868871270678557, -0.6676577280637086, -0.5162570677761552, -0.3714537590368406, 0.3958413346020015, -0.3570620397436843, 0.4505164732973923});
  expectClose(outputs[1], {-1.601799598667039, -1.2078442391087272, -1.7296879949677257, -1.1512489784764615, -0.9178726567326061, 0.579603239671342, -0.9433622551611869, 0.6418878232304935});
  expectClose(outputs[2], {-0.2468787745690728, -0.4117385880055802, -0.3415589641791023, -0.18639876332102845, -0.3714537590368406, 0.3958413346020015, -0.3570620397436843, 0.4505164732973923, -0.6194891085939316, -0.47730571629146595, -0.6793531017377351, -0.436722603587559, -0.4681071107701536, 0.11842379558180463, -0.4771076847199497, 0.16343697742920288, -0.6252186015843588, -0.4868871270678557, -0.6676577280637086, -0.5162570677761552, -0.3281572176563203, 0.1857239227835539, -0.41265280688331135, 0.34585391783790836});
}

// Spec emulation transcribed to Python, in double: "lstm backward, 3 steps, default options, sequence"
TEST(RecurrentKernels, Reference10_lstm_backward_3_steps_default_options_sequence) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<3x1x3xf32>, %w: tensor<1x8x3xf32>, %r: tensor<1x8x2xf32>) -> (tensor<1x1x2xf32>, tensor<1x1x2xf32>, tensor<3x1x1x2xf32>) {
      %res:3 = webnn.lstm %x, %w, %r {steps = 3 : i64, hiddenSize = 2 : i64, layout = #webnn.lstm_weight_layout<iofg>, direction = #webnn.recurrent_direction<backward>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>, #webnn.recurrent_activation<tanh>], returnSequence = true} : (tensor<3x1x3xf32>, tensor<1x8x3xf32>, tensor<1x8x2xf32>) -> (tensor<1x1x2xf32>, tensor<1x1x2xf32>, tensor<3x1x1x2xf32>)
      return %res#0, %res#1, %res#2 : tensor<1x1x2xf32>, tensor<1x1x2xf32>, tensor<3x1x1x2xf32>
    })mlir",
      {
       makeTensor(DataType::Float32, {3, 1, 3}, {-0.16, 0.37, -0.6, 0.59, 0.48, 0.01, -0.59, 0.94, -0.38}),
       makeTensor(DataType::Float32, {1, 8, 3}, {0.51, -0.43, -0.45, 0.42, -0.33, 0.72, -0.01, -0.5, -0.44, -0.13, 0.26, 0.72, -0.57, -0.17, -0.46, 0.76, -0.57, -0.72, -0.7, -0.17, 0.64, 0.61, 0.37, 0.8}),
       makeTensor(DataType::Float32, {1, 8, 2}, {0.69, -0.27, -0.5, 0.7, 0.39, -0.75, 0.26, -0.19, -0.2, -0.27, -0.53, -0.8, -0.35, -0.24, 0.73, -0.6})});
  ASSERT_EQ(outputs.size(), 3u);
  expectClose(outputs[0], {-0.13578490789584777, -0.035466548606406696});
  expectClose(outputs[1], {-0.2848053013849786, -0.08663972501687338});
  expectClose(outputs[2], {-0.13578490789584777, -0.035466548606406696, -0.10185774722122069, 0.11005237378800646, 0.0015754366419279402, -0.047368289407991974});
}

// Spec emulation transcribed to Python, in double: "lstm float16 both directions"
TEST(RecurrentKernels, Reference11_lstm_float16_both_directions) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2x1x2xf16>, %w: tensor<2x8x2xf16>, %r: tensor<2x8x2xf16>, %bias: tensor<2x8xf16>, %initialCellState: tensor<2x1x2xf16>) -> (tensor<2x1x2xf16>, tensor<2x1x2xf16>) {
      %res:2 = webnn.lstm %x, %w, %r bias(%bias) initialCellState(%initialCellState) {steps = 2 : i64, hiddenSize = 2 : i64, layout = #webnn.lstm_weight_layout<iofg>, direction = #webnn.recurrent_direction<both>, activations = [#webnn.recurrent_activation<sigmoid>, #webnn.recurrent_activation<tanh>, #webnn.recurrent_activation<tanh>], returnSequence = false} : (tensor<2x1x2xf16>, tensor<2x8x2xf16>, tensor<2x8x2xf16>, tensor<2x8xf16>, tensor<2x1x2xf16>) -> (tensor<2x1x2xf16>, tensor<2x1x2xf16>)
      return %res#0, %res#1 : tensor<2x1x2xf16>, tensor<2x1x2xf16>
    })mlir",
      {
       makeTensor(DataType::Float16, {2, 1, 2}, {0.93017578125, -0.58984375, -0.2900390625, 0.64013671875}),
       makeTensor(DataType::Float16, {2, 8, 2}, {0.52001953125, -0.1099853515625, -0.72021484375, -0.040008544921875, -0.199951171875, 0.669921875, -0.489990234375, -0.219970703125, 0.64013671875, -0.75, -0.1400146484375, 0.5, 0.429931640625, -0.72998046875, -0.740234375, -0.7001953125, 0.669921875, -0.389892578125, 0.39990234375, 0.64013671875, -0.260009765625, -0.360107421875, 0.72998046875, 0.18994140625, -0.3798828125, 0.35009765625, -0.2900390625, -0.360107421875, -0.7900390625, 0.409912109375, 0.669921875, 0.2099609375}),
       makeTensor(DataType::Float16, {2, 8, 2}, {0.7099609375, -0.759765625, -0.429931640625, -0.040008544921875, 0.72998046875, 0.72998046875, -0.1800537109375, -0.39990234375, -0.1099853515625, -0.01000213623046875, 0.68017578125, -0.509765625, 0.47998046875, 0.3798828125, 0.52001953125, 0.43994140625, 0.1700439453125, -0.280029296875, -0.2900390625, -0.219970703125, 0.449951171875, -0.669921875, -0.47998046875, 0.39990234375, -0.39990234375, -0.7001953125, -0.75, 0.08001708984375, -0.280029296875, 0.77001953125, 0.60986328125, 0.77978515625}),
       makeTensor(DataType::Float16, {2, 8}, {-0.469970703125, -0.830078125, -0.81005859375, -0.0, 0.419921875, -0.1099853515625, -0.52978515625, -0.1700439453125, 0.239990234375, 0.35009765625, 0.5, 0.68994140625, 0.330078125, -0.759765625, 0.68017578125, -0.409912109375}),
       makeTensor(DataType::Float16, {2, 1, 2}, {0.1300048828125, -0.25, 0.47998046875, -0.60009765625})});
  ASSERT_EQ(outputs.size(), 2u);
  expectClose(outputs[0], {-0.0716552734375, -0.11419677734375, -0.0733642578125, -0.047515869140625}, 4e-3);
  expectClose(outputs[1], {-0.173828125, -0.2301025390625, -0.10626220703125, -0.06549072265625}, 4e-3);
}

// gru is gruCell run over the steps (spec: gru emulation), with the hidden
// state passed between steps as a tensor of the data type: a two-step gru
// and two chained gruCells agree exactly, here in float16 where every
// step's rounding shows.
TEST(RecurrentKernels, GruEqualsChainedGruCells) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2x1x3xf16>, %w: tensor<1x6x3xf16>, %r: tensor<1x6x2xf16>, %b: tensor<1x6xf16>,
                 %x0: tensor<1x3xf16>, %x1: tensor<1x3xf16>, %wc: tensor<6x3xf16>, %rc: tensor<6x2xf16>, %bc: tensor<6xf16>, %h0: tensor<1x2xf16>)
        -> (tensor<1x1x2xf16>, tensor<1x2xf16>) {
      %h = webnn.gru %x, %w, %r bias(%b) recurrentBias(%b) {steps = 2 : i64, hiddenSize = 2 : i64, resetAfter = false} : (tensor<2x1x3xf16>, tensor<1x6x3xf16>, tensor<1x6x2xf16>, tensor<1x6xf16>, tensor<1x6xf16>) -> tensor<1x1x2xf16>
      %h1 = webnn.gruCell %x0, %wc, %rc, %h0 bias(%bc) recurrentBias(%bc) {hiddenSize = 2 : i64, resetAfter = false} : (tensor<1x3xf16>, tensor<6x3xf16>, tensor<6x2xf16>, tensor<1x2xf16>, tensor<6xf16>, tensor<6xf16>) -> tensor<1x2xf16>
      %h2 = webnn.gruCell %x1, %wc, %rc, %h1 bias(%bc) recurrentBias(%bc) {hiddenSize = 2 : i64, resetAfter = false} : (tensor<1x3xf16>, tensor<6x3xf16>, tensor<6x2xf16>, tensor<1x2xf16>, tensor<6xf16>, tensor<6xf16>) -> tensor<1x2xf16>
      return %h, %h2 : tensor<1x1x2xf16>, tensor<1x2xf16>
    })mlir",
      {makeTensor(DataType::Float16, {2, 1, 3}, {0.1, -0.7, 1.3, 0.9, 0.25, -1.1}),
       makeTensor(DataType::Float16, {1, 6, 3}, {0.3, -0.2, 0.7, 0.5, 0.1, -0.9, -0.4, 0.8, 0.6, 0.2, -0.3, 0.1, 0.9, -0.5, 0.4, -0.6, 0.7, 0.3}),
       makeTensor(DataType::Float16, {1, 6, 2}, {0.2, 0.4, -0.3, 0.6, 0.5, -0.1, 0.7, 0.2, -0.8, 0.3, 0.1, -0.4}),
       makeTensor(DataType::Float16, {1, 6}, {0.1, -0.2, 0.3, -0.1, 0.2, 0.05}),
       makeTensor(DataType::Float16, {1, 3}, {0.1, -0.7, 1.3}),
       makeTensor(DataType::Float16, {1, 3}, {0.9, 0.25, -1.1}),
       makeTensor(DataType::Float16, {6, 3}, {0.3, -0.2, 0.7, 0.5, 0.1, -0.9, -0.4, 0.8, 0.6, 0.2, -0.3, 0.1, 0.9, -0.5, 0.4, -0.6, 0.7, 0.3}),
       makeTensor(DataType::Float16, {6, 2}, {0.2, 0.4, -0.3, 0.6, 0.5, -0.1, 0.7, 0.2, -0.8, 0.3, 0.1, -0.4}),
       makeTensor(DataType::Float16, {6}, {0.1, -0.2, 0.3, -0.1, 0.2, 0.05}),
       makeTensor(DataType::Float16, {1, 2}, {0, 0})});
  ASSERT_EQ(outputs.size(), 2u);
  EXPECT_EQ(values(outputs[0]), values(outputs[1]));
}

// The same for lstm and lstmCell, second direction of "both": it walks the
// sequence from its end, so the chain feeds x1 first.
TEST(RecurrentKernels, LstmBackwardDirectionEqualsChainedLstmCells) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2x1x2xf32>, %w: tensor<2x8x2xf32>, %r: tensor<2x8x2xf32>, %p: tensor<2x6xf32>,
                 %x0: tensor<1x2xf32>, %x1: tensor<1x2xf32>, %wc: tensor<8x2xf32>, %rc: tensor<8x2xf32>, %pc: tensor<6xf32>, %z: tensor<1x2xf32>)
        -> (tensor<2x1x2xf32>, tensor<2x1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>) {
      %o:2 = webnn.lstm %x, %w, %r peepholeWeight(%p) {steps = 2 : i64, hiddenSize = 2 : i64, direction = #webnn.recurrent_direction<both>, layout = #webnn.lstm_weight_layout<ifgo>} : (tensor<2x1x2xf32>, tensor<2x8x2xf32>, tensor<2x8x2xf32>, tensor<2x6xf32>) -> (tensor<2x1x2xf32>, tensor<2x1x2xf32>)
      %a:2 = webnn.lstmCell %x1, %wc, %rc, %z, %z peepholeWeight(%pc) {hiddenSize = 2 : i64, layout = #webnn.lstm_weight_layout<ifgo>} : (tensor<1x2xf32>, tensor<8x2xf32>, tensor<8x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>, tensor<6xf32>) -> (tensor<1x2xf32>, tensor<1x2xf32>)
      %b:2 = webnn.lstmCell %x0, %wc, %rc, %a#0, %a#1 peepholeWeight(%pc) {hiddenSize = 2 : i64, layout = #webnn.lstm_weight_layout<ifgo>} : (tensor<1x2xf32>, tensor<8x2xf32>, tensor<8x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>, tensor<6xf32>) -> (tensor<1x2xf32>, tensor<1x2xf32>)
      return %o#0, %o#1, %b#0, %b#1 : tensor<2x1x2xf32>, tensor<2x1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>
    })mlir",
      {makeTensor(DataType::Float32, {2, 1, 2}, {0.5, -1.5, 2.0, 0.25}),
       // Direction 0 weights are 0; direction 1 holds the cells' weights.
       makeTensor(DataType::Float32, {2, 8, 2}, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                                 0.3, -0.2, 0.7, 0.5, 0.1, -0.9, -0.4, 0.8, 0.6, 0.2, -0.3, 0.1, 0.9, -0.5, 0.4, -0.6}),
       makeTensor(DataType::Float32, {2, 8, 2}, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                                 0.2, 0.4, -0.3, 0.6, 0.5, -0.1, 0.7, 0.2, -0.8, 0.3, 0.1, -0.4, 0.6, 0.2, -0.5, 0.3}),
       makeTensor(DataType::Float32, {2, 6}, {0, 0, 0, 0, 0, 0, 0.5, -0.5, 0.25, 0.75, -0.25, 1.0}),
       makeTensor(DataType::Float32, {1, 2}, {0.5, -1.5}),
       makeTensor(DataType::Float32, {1, 2}, {2.0, 0.25}),
       makeTensor(DataType::Float32, {8, 2}, {0.3, -0.2, 0.7, 0.5, 0.1, -0.9, -0.4, 0.8, 0.6, 0.2, -0.3, 0.1, 0.9, -0.5, 0.4, -0.6}),
       makeTensor(DataType::Float32, {8, 2}, {0.2, 0.4, -0.3, 0.6, 0.5, -0.1, 0.7, 0.2, -0.8, 0.3, 0.1, -0.4, 0.6, 0.2, -0.5, 0.3}),
       makeTensor(DataType::Float32, {6}, {0.5, -0.5, 0.25, 0.75, -0.25, 1.0}),
       makeTensor(DataType::Float32, {1, 2}, {0, 0})});
  ASSERT_EQ(outputs.size(), 4u);
  std::vector<double> hidden = values(outputs[0]), cell = values(outputs[1]);
  // Direction 0 with zero weights and states: i = f = o = 0.5, g = 0, so
  // the cell state and hidden state stay 0.
  EXPECT_EQ(std::vector<double>(hidden.begin(), hidden.begin() + 2),
            std::vector<double>({0, 0}));
  EXPECT_EQ(std::vector<double>(hidden.begin() + 2, hidden.end()),
            values(outputs[2]));
  EXPECT_EQ(std::vector<double>(cell.begin() + 2, cell.end()),
            values(outputs[3]));
}
