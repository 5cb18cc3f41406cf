// Interpreter kernels of the activations. Most data comes from the WPT
// conformance cases (/work/shared/conformance/wpt-webnn/<op>.json), cut to a
// few elements (element-wise ops) or taken whole (softmax, prelu broadcast).
#include "InterpreterTestUtils.h"

#include <cmath>
#include <limits>
#include <string>

using namespace webnnc::interp;
using namespace webnnc::interp::testing;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

/// Runs `webnn.<op> %x <attrs>` on one input of MLIR type `type`.
Tensor runUnary(llvm::StringRef op, llvm::StringRef attrs, llvm::StringRef type,
                const Tensor &input) {
  std::string t = type.str();
  std::string source = "func.func @g(%x: " + t + ") -> " + t + " {\n" +
                       "  %0 = webnn." + op.str() + " %x " + attrs.str() +
                       " : (" + t + ") -> " + t + "\n  return %0 : " + t +
                       "\n}";
  GraphRunner runner;
  std::vector<Tensor> outputs = runner.run(source, {input});
  if (outputs.size() != 1) {
    ADD_FAILURE() << "no output for\n" << source;
    return Tensor();
  }
  return outputs[0];
}

/// Element-wise comparison, relative to max(1, |expected|); NaN and
/// infinities must match exactly.
void expectClose(const Tensor &actual, llvm::ArrayRef<double> expected,
                 double tolerance) {
  ASSERT_EQ(actual.getNumElements(), static_cast<int64_t>(expected.size()));
  for (size_t i = 0; i < expected.size(); ++i) {
    double value = actual.getDouble(static_cast<int64_t>(i));
    if (std::isnan(expected[i])) {
      EXPECT_TRUE(std::isnan(value)) << "element " << i << ": " << value;
    } else if (std::isinf(expected[i])) {
      EXPECT_EQ(value, expected[i]) << "element " << i;
    } else {
      EXPECT_NEAR(value, expected[i],
                  tolerance * std::max(1.0, std::fabs(expected[i])))
          << "element " << i;
    }
  }
}

// Tolerances: a few float32 ULPs and about two float16 ULPs (relative).
constexpr double kF32 = 1e-6;
constexpr double kF16 = 2e-3;

} // namespace

//===----------------------------------------------------------------------===//
// clamp
//===----------------------------------------------------------------------===//

TEST(ActivationKernels, ClampFloat32BothBounds) {
  Tensor out = runUnary("clamp", "{minValue = 0.0, maxValue = 6.0}",
                        "tensor<2x3xf32>",
                        makeTensor(DataType::Float32, {2, 3},
                                   {-1, 0.5, 7, kInf, -kInf, kNaN}));
  expectClose(out, {0, 0.5, 6, 6, 0, kNaN}, 0);
}

TEST(ActivationKernels, ClampFloat16MinOnlyWpt) {
  // WPT "clamp float16 1D tensor": NaN stays NaN, no upper bound.
  Tensor out = runUnary(
      "clamp", "{minValue = -2}", "tensor<8xf16>",
      makeTensor(DataType::Float16, {8},
                 {kNaN, -kInf, kInf, -64000, 64000, -2, 1, 0}));
  expectClose(out, {kNaN, -2, kInf, -2, 64000, -2, 1, 0}, 0);
}

TEST(ActivationKernels, ClampBoundsAreCastToFloat16) {
  // maxValue 0.1 is cast to float16 (0.0999755859375), so the clamped value
  // is that float16 number; maxValue 1e6 overflows float16 to Infinity.
  Tensor out = runUnary("clamp", "{minValue = -1.0e6, maxValue = 0.1}",
                        "tensor<3xf16>",
                        makeTensor(DataType::Float16, {3}, {0.5, -65504, 0}));
  expectClose(out, {0.0999755859375, -65504, 0}, 0);
}

TEST(ActivationKernels, ClampNaNBoundDoesNotClampFloats) {
  // A NaN minValue is treated as absent (webmachinelearning/webnn#874).
  Tensor out = runUnary(
      "clamp", "{minValue = 0x7FF8000000000000 : f64, maxValue = 1.0}",
      "tensor<3xf32>", makeTensor(DataType::Float32, {3}, {-kInf, -5, 3}));
  expectClose(out, {-kInf, -5, 1}, 0);
}

TEST(ActivationKernels, ClampInt8Wpt) {
  Tensor out = runUnary(
      "clamp", "{minValue = -2, maxValue = 125}", "tensor<8xi8>",
      makeTensor(DataType::Int8, {8}, {-128, 127, -4, -2, 1, 0, 2, 4}));
  expectClose(out, {-2, 125, -2, -2, 1, 0, 2, 4}, 0);
}

TEST(ActivationKernels, ClampUint32AndUint64Wpt) {
  Tensor out32 = runUnary(
      "clamp", "{minValue = 5, maxValue = 4294967290}", "tensor<4xui32>",
      makeTensor(DataType::Uint32, {4}, {4294967295, 127, 5, 0}));
  expectClose(out32, {4294967290, 127, 5, 5}, 0);
  Tensor out64 = runUnary(
      "clamp", "{minValue = 5, maxValue = 5294967290}", "tensor<4xui64>",
      makeTensor(DataType::Uint64, {4}, {5294967295, 127, 5, 0}));
  expectClose(out64, {5294967290, 127, 5, 5}, 0);
}

TEST(ActivationKernels, ClampIntegerBoundsCastRoundHalfEvenAndSaturate) {
  // ConvertToInt: 2.5 -> 2, 3.5 -> 4 (ties to even).
  Tensor out = runUnary("clamp", "{minValue = 2.5, maxValue = 3.5}",
                        "tensor<4xi32>",
                        makeTensor(DataType::Int32, {4}, {0, 3, 10, -7}));
  expectClose(out, {2, 3, 4, 2}, 0);
  // Out-of-range bounds saturate: -5 -> 0, 300 -> 255 for uint8.
  Tensor u8 = runUnary("clamp", "{minValue = -5, maxValue = 300}",
                       "tensor<3xui8>",
                       makeTensor(DataType::Uint8, {3}, {0, 128, 255}));
  expectClose(u8, {0, 128, 255}, 0);
  // A NaN bound is 0 for integer types (ConvertToInt).
  Tensor nanMin = runUnary("clamp", "{minValue = 0x7FF8000000000000 : f64}",
                           "tensor<3xi8>",
                           makeTensor(DataType::Int8, {3}, {-3, 0, 3}));
  expectClose(nanMin, {0, 0, 3}, 0);
}

TEST(ActivationKernels, ClampInt4AndUint4) {
  Tensor i4 = runUnary("clamp", "{minValue = -3, maxValue = 100}",
                       "tensor<4xi4>",
                       makeTensor(DataType::Int4, {4}, {-8, -3, 0, 7}));
  expectClose(i4, {-3, -3, 0, 7}, 0);
  Tensor u4 = runUnary("clamp", "{maxValue = 9.6}", "tensor<3xui4>",
                       makeTensor(DataType::Uint4, {3}, {0, 10, 15}));
  expectClose(u4, {0, 10, 10}, 0);
}

TEST(ActivationKernels, ClampInt64BeyondDoublePrecision) {
  Tensor input(DataType::Int64, {3});
  input.setInt64(0, INT64_C(1) << 62);
  input.setInt64(1, INT64_MIN);
  input.setInt64(2, INT64_C(9007199254740992)); // 2^53
  Tensor out = runUnary(
      "clamp", "{minValue = -9007199254740993, maxValue = 9007199254740993}",
      "tensor<3xi64>", input);
  ASSERT_EQ(out.getNumElements(), 3);
  EXPECT_EQ(out.getInt64(0), INT64_C(9007199254740993));
  EXPECT_EQ(out.getInt64(1), INT64_C(-9007199254740993));
  EXPECT_EQ(out.getInt64(2), INT64_C(9007199254740992));
}

//===----------------------------------------------------------------------===//
// elu
//===----------------------------------------------------------------------===//

TEST(ActivationKernels, EluDefaultAlpha) {
  Tensor out = runUnary("elu", "", "tensor<5xf32>",
                        makeTensor(DataType::Float32, {5},
                                   {-1, 0, 2.5, -kInf, 1e-10}));
  expectClose(out, {std::expm1(-1.0), 0, 2.5, -1, 1e-10}, kF32);
}

TEST(ActivationKernels, EluNegativeAlphaWpt) {
  // "elu float32 4D tensor negative options.alpha", first elements.
  Tensor out = runUnary(
      "elu", "{alpha = -3.468180406374035 : f32}", "tensor<4xf32>",
      makeTensor(DataType::Float32, {4},
                 {4.721739768981934, -3.8663666248321533, -6.69080114364624,
                  -0.11212847381830215}));
  expectClose(out,
              {4.721739768981934, 3.3955764770507812, 3.463871955871582,
               0.3678719699382782},
              kF32);
}

TEST(ActivationKernels, EluFloat16Wpt) {
  Tensor out = runUnary(
      "elu", "{alpha = -3.468180406374035 : f32}", "tensor<4xf16>",
      makeTensor(DataType::Float16, {4},
                 {4.72265625, -3.8671875, -3.86328125, -6.69140625}));
  expectClose(out, {4.72265625, 3.396484375, 3.39453125, 3.46484375}, kF16);
}

//===----------------------------------------------------------------------===//
// gelu
//===----------------------------------------------------------------------===//

TEST(ActivationKernels, GeluWpt) {
  Tensor out = runUnary(
      "gelu", "", "tensor<4xf32>",
      makeTensor(DataType::Float32, {4},
                 {-0.044885843992233276, 0.878292441368103,
                  -0.8252315521240234, 0.028302494436502457}));
  expectClose(out,
              {-0.021639423444867134, 0.7115113139152527,
               -0.16885890066623688, 0.014470770955085754},
              kF32);
  Tensor half = runUnary(
      "gelu", "", "tensor<3xf16>",
      makeTensor(DataType::Float16, {3},
                 {0.87841796875, -0.0970458984375, -0.8251953125}));
  expectClose(half, {0.71142578125, -0.044769287109375, -0.1688232421875},
              kF16);
}

TEST(ActivationKernels, GeluTailsAndInfinities) {
  // gelu(-10) = -10 * Phi(-10) ~ -7.62e-23: 1 + erf would cancel to 0.
  Tensor out = runUnary("gelu", "", "tensor<4xf32>",
                        makeTensor(DataType::Float32, {4},
                                   {-10, kInf, -kInf, kNaN}));
  ASSERT_EQ(out.getNumElements(), 4);
  double expected = -10 * 0.5 * std::erfc(10 / std::sqrt(2.0));
  EXPECT_NEAR(out.getDouble(0), expected, std::fabs(expected) * 1e-6);
  EXPECT_EQ(out.getDouble(1), kInf);
  EXPECT_EQ(out.getDouble(2), 0); // The limit, not NaN.
  EXPECT_TRUE(std::isnan(out.getDouble(3)));
}

//===----------------------------------------------------------------------===//
// hardSigmoid, hardSwish
//===----------------------------------------------------------------------===//

TEST(ActivationKernels, HardSigmoidDefaultsWpt) {
  Tensor out = runUnary(
      "hardSigmoid", "", "tensor<3xf32>",
      makeTensor(DataType::Float32, {3},
                 {0.05907066911458969, 0.7076089382171631,
                  0.950294017791748}));
  expectClose(out,
              {0.5118141174316406, 0.6415218114852905, 0.6900588274002075},
              kF32);
}

TEST(ActivationKernels, HardSigmoidOptionsSaturate) {
  Tensor out = runUnary("hardSigmoid", "{alpha = 0.5 : f32, beta = 0.25 : f32}",
                        "tensor<6xf16>",
                        makeTensor(DataType::Float16, {6},
                                   {-1, 0, 1, 3, kInf, -kInf}));
  expectClose(out, {0, 0.25, 0.75, 1, 1, 0}, 0);
  // alpha = 0: beta everywhere, also at infinities (0 * Infinity is 0).
  Tensor flat = runUnary("hardSigmoid", "{alpha = 0.0 : f32, beta = 0.25 : f32}",
                         "tensor<3xf32>",
                         makeTensor(DataType::Float32, {3}, {kInf, -5, kNaN}));
  expectClose(flat, {0.25, 0.25, kNaN}, 0);
}

TEST(ActivationKernels, HardSwishWpt) {
  Tensor out = runUnary(
      "hardSwish", "", "tensor<5xf32>",
      makeTensor(DataType::Float32, {5},
                 {0.7341583371162415, 9.11885929107666, 2.621943950653076,
                  -6.445507526397705, -1.6835596561431885}));
  expectClose(out,
              {0.4569105803966522, 9.11885929107666, 2.4567370414733887, 0,
               -0.3693843185901642},
              kF32);
  Tensor half = runUnary(
      "hardSwish", "", "tensor<4xf16>",
      makeTensor(DataType::Float16, {4},
                 {0.734375, 2.62109375, -1.68359375, -5.95703125}));
  expectClose(half, {0.45703125, 2.455078125, -0.369384765625, 0}, kF16);
}

TEST(ActivationKernels, HardSwishInfinities) {
  Tensor out = runUnary("hardSwish", "", "tensor<3xf32>",
                        makeTensor(DataType::Float32, {3}, {kInf, -kInf, kNaN}));
  expectClose(out, {kInf, 0, kNaN}, 0);
}

//===----------------------------------------------------------------------===//
// leakyRelu, linear
//===----------------------------------------------------------------------===//

TEST(ActivationKernels, LeakyReluWpt) {
  Tensor out = runUnary(
      "leakyRelu", "", "tensor<3xf32>",
      makeTensor(DataType::Float32, {3},
                 {-19.053640365600586, 50.77590560913086,
                  -69.54966735839844}));
  expectClose(out,
              {-0.19053640961647034, 50.77590560913086, -0.695496678352356},
              kF32);
  // float16: alpha 0.01 is cast to float16 first.
  Tensor half = runUnary("leakyRelu", "", "tensor<3xf16>",
                         makeTensor(DataType::Float16, {3},
                                    {-19.046875, 50.78125, -84.125}));
  expectClose(half, {-0.1904296875, 50.78125, -0.84130859375}, kF16);
}

TEST(ActivationKernels, LeakyReluZeroAlpha) {
  Tensor out = runUnary("leakyRelu", "{alpha = 0.0 : f32}", "tensor<4xf32>",
                        makeTensor(DataType::Float32, {4},
                                   {-19.05, 50.5, -kInf, kInf}));
  expectClose(out, {0, 50.5, 0, kInf}, 0);
}

TEST(ActivationKernels, LinearWpt) {
  Tensor out = runUnary(
      "linear", "{alpha = 7.398793812746618 : f32, beta = 5.919095653700928 : f32}",
      "tensor<3xf32>",
      makeTensor(DataType::Float32, {3},
                 {5.098546028137207, 3.381463050842285, 0.47079092264175415}));
  expectClose(out,
              {43.64218521118164, 30.937843322753906, 9.402379989624023},
              kF32);
}

TEST(ActivationKernels, LinearDefaultsAndFloat16) {
  Tensor identity = runUnary("linear", "", "tensor<3xf32>",
                             makeTensor(DataType::Float32, {3},
                                        {-1.5, kInf, kNaN}));
  expectClose(identity, {-1.5, kInf, kNaN}, 0);
  // alpha * x + beta rounded once to float16: 3 * 1000 + 0.5 = 3000.5 rounds
  // to 3000 (float16 spacing at 3000 is 2).
  Tensor half = runUnary("linear", "{alpha = 3.0 : f32, beta = 0.5 : f32}",
                         "tensor<2xf16>",
                         makeTensor(DataType::Float16, {2}, {1000, -1}));
  expectClose(half, {3000, -2.5}, 0);
}

//===----------------------------------------------------------------------===//
// prelu
//===----------------------------------------------------------------------===//

TEST(ActivationKernels, PreluBroadcastSlopeWpt) {
  // "prelu float32 broadcast 4D x 3D slope".
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2x2x2x3xf32>, %s: tensor<1x1x3xf32>) -> tensor<2x2x2x3xf32> {
      %0 = webnn.prelu %x, %s : (tensor<2x2x2x3xf32>, tensor<1x1x3xf32>) -> tensor<2x2x2x3xf32>
      return %0 : tensor<2x2x2x3xf32>
    })mlir",
                            {makeTensor(DataType::Float32, {2, 2, 2, 3},
                                        {-2.549168109893799, -4.794857501983643,
                                         8.413617134094238, 6.108623504638672,
                                         -8.492292404174805, 3.3143365383148193,
                                         1.1687211990356445, -0.141762837767601,
                                         -6.714652061462402, 5.787421703338623,
                                         -3.755627393722534, -4.89828634262085,
                                         7.3295159339904785, -3.9542298316955566,
                                         7.067296981811523, 9.439736366271973,
                                         -2.558180093765259, -8.658834457397461,
                                         8.47507381439209, 4.551425457000732,
                                         -9.267870903015137, -0.262177437543869,
                                         1.3258955478668213, -7.41831111907959}),
                             makeTensor(DataType::Float32, {1, 1, 3},
                                        {5.073923110961914, 0.480774462223053,
                                         -7.091750144958496})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0],
              {-12.934283256530762, -2.3052449226379395, 8.413617134094238,
               6.108623504638672,   -4.082877159118652,  3.3143365383148193,
               1.1687211990356445,  -0.06815595179796219, 47.61863327026367,
               5.787421703338623,   -1.8056097030639648, 34.737422943115234,
               7.3295159339904785,  -1.901092767715454,  7.067296981811523,
               9.439736366271973,   -1.2299076318740845, 61.40629196166992,
               8.47507381439209,    4.551425457000732,   65.72542572021484,
               -1.330268144607544,  1.3258955478668213,  52.60881042480469},
              kF32);
}

TEST(ActivationKernels, PreluBroadcastsBidirectionally) {
  // The slope has the larger shape: the output takes it.
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<3xf16>, %s: tensor<2x1xf16>) -> tensor<2x3xf16> {
      %0 = webnn.prelu %x, %s : (tensor<3xf16>, tensor<2x1xf16>) -> tensor<2x3xf16>
      return %0 : tensor<2x3xf16>
    })mlir",
                            {makeTensor(DataType::Float16, {3}, {-2, 0, 3}),
                             makeTensor(DataType::Float16, {2, 1}, {0.5, -3})});
  ASSERT_EQ(outputs.size(), 1u);
  expectClose(outputs[0], {-1, 0, 3, 6, 0, 3}, 0);
}

TEST(ActivationKernels, PreluIntegersWrap) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<4xi8>, %s: tensor<i8>) -> tensor<4xi8> {
      %0 = webnn.prelu %x, %s : (tensor<4xi8>, tensor<i8>) -> tensor<4xi8>
      return %0 : tensor<4xi8>
    })mlir",
                            {makeTensor(DataType::Int8, {4}, {-128, -3, 0, 127}),
                             makeTensor(DataType::Int8, {}, {-1})});
  ASSERT_EQ(outputs.size(), 1u);
  // -128 * -1 = 128 wraps to -128 (two's complement).
  expectClose(outputs[0], {-128, 3, 0, 127}, 0);

  GraphRunner runner32;
  auto outputs32 = runner32.run(R"mlir(
    func.func @g(%x: tensor<3xi32>, %s: tensor<3xi32>) -> tensor<3xi32> {
      %0 = webnn.prelu %x, %s : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
      return %0 : tensor<3xi32>
    })mlir",
                                {makeTensor(DataType::Int32, {3}, {-5, 5, -65536}),
                                 makeTensor(DataType::Int32, {3}, {2, 2, 65536})});
  ASSERT_EQ(outputs32.size(), 1u);
  // -65536 * 65536 = -2^32 wraps to 0.
  expectClose(outputs32[0], {-10, 5, 0}, 0);
}

//===----------------------------------------------------------------------===//
// relu
//===----------------------------------------------------------------------===//

TEST(ActivationKernels, ReluOnFloat16RoundsOnce) {
  Tensor out = runUnary("relu", "", "tensor<3xf16>",
                        makeTensor(DataType::Float16, {3}, {-1.5, 0, 0.333}));
  expectClose(out, {0, 0, 0.3330078125}, 0); // nearest half to 0.333
}

TEST(ActivationKernels, ReluNaNAndIntegers) {
  Tensor f32 = runUnary("relu", "", "tensor<4xf32>",
                        makeTensor(DataType::Float32, {4},
                                   {kNaN, -kInf, kInf, -0.5}));
  expectClose(f32, {kNaN, 0, kInf, 0}, 0);
  Tensor i8 = runUnary("relu", "", "tensor<3xi8>",
                       makeTensor(DataType::Int8, {3}, {-128, 0, 127}));
  expectClose(i8, {0, 0, 127}, 0);
  Tensor i64 = runUnary("relu", "", "tensor<2xi64>",
                        makeTensor(DataType::Int64, {2}, {-5, 1e15}));
  expectClose(i64, {0, 1e15}, 0);
}

//===----------------------------------------------------------------------===//
// sigmoid, softplus, softsign, tanh
//===----------------------------------------------------------------------===//

TEST(ActivationKernels, SigmoidWpt) {
  Tensor out = runUnary("sigmoid", "", "tensor<4xf32>",
                        makeTensor(DataType::Float32, {4},
                                   {-0.37699514627456665, kInf, -kInf, -100}));
  expectClose(out, {0.4068518280982971, 1, 0, 0}, kF32);
  Tensor half = runUnary(
      "sigmoid", "", "tensor<3xf16>",
      makeTensor(DataType::Float16, {3}, {-0.376953125, -5.98828125, 4.43359375}));
  expectClose(half, {0.406982421875, 0.00250244140625, 0.98828125}, kF16);
}

TEST(ActivationKernels, SoftplusWptAndLargeInputs) {
  Tensor out = runUnary("softplus", "", "tensor<5xf32>",
                        makeTensor(DataType::Float32, {5},
                                   {5.626614570617676, 100, 1000, -kInf, kInf}));
  // ln(1 + exp(1000)) = 1000: exp must not overflow.
  expectClose(out, {5.630208969116211, 100, 1000, 0, kInf}, kF32);
  Tensor tiny = runUnary("softplus", "", "tensor<f32>",
                         makeTensor(DataType::Float32, {}, {-50}));
  EXPECT_NEAR(tiny.getDouble(0), std::exp(-50.0), std::exp(-50.0) * 1e-6);
  Tensor half = runUnary("softplus", "", "tensor<3xf16>",
                         makeTensor(DataType::Float16, {3},
                                    {5.625, 2.1328125, 9.4765625}));
  expectClose(half, {5.62890625, 2.244140625, 9.4765625}, kF16);
}

TEST(ActivationKernels, SoftsignWpt) {
  Tensor out = runUnary(
      "softsign", "", "tensor<5xf32>",
      makeTensor(DataType::Float32, {5},
                 {-8.343496322631836, 2.699638843536377, -0.031071536242961884,
                  kInf, -kInf}));
  expectClose(out,
              {-0.8929736614227295, 0.7297033667564392, -0.03013519011437893,
               1, -1},
              kF32);
  Tensor half = runUnary("softsign", "", "tensor<2xf16>",
                         makeTensor(DataType::Float16, {2},
                                    {-2.59765625, -0.445068359375}));
  expectClose(half, {-0.72216796875, -0.30810546875}, kF16);
}

TEST(ActivationKernels, TanhWpt) {
  Tensor out = runUnary(
      "tanh", "", "tensor<5xf32>",
      makeTensor(DataType::Float32, {5},
                 {5.473527431488037, -1.1535595655441284, 0.4074455797672272,
                  100, -kInf}));
  expectClose(out,
              {0.9999647736549377, -0.8189298510551453, 0.38630160689353943, 1,
               -1},
              kF32);
  Tensor half = runUnary("tanh", "", "tensor<3xf16>",
                         makeTensor(DataType::Float16, {3},
                                    {5.47265625, -1.1533203125, 0.407470703125}));
  expectClose(half, {1, -0.81884765625, 0.38623046875}, kF16);
}

//===----------------------------------------------------------------------===//
// softmax
//===----------------------------------------------------------------------===//

TEST(ActivationKernels, SoftmaxMiddleAxisWpt) {
  // "softmax float32 3D constant tensor", axis 1.
  Tensor out = runUnary(
      "softmax", "{axis = 1}", "tensor<1x3x4xf32>",
      makeTensor(DataType::Float32, {1, 3, 4},
                 {0.4301910996437073, 0.5471914410591125, -1.1637765169143677,
                  0.18390046060085297, 0.583903968334198, 0.17356790602207184,
                  0.5397239923477173, -0.9535139799118042, -0.5920282602310181,
                  -0.17344485223293304, 0.14395014941692352,
                  -0.37920907139778137}));
  expectClose(out,
              {0.39589041471481323, 0.45983806252479553, 0.09812675416469574,
               0.529077410697937, 0.4616699814796448, 0.31647709012031555,
               0.5390242338180542, 0.16964708268642426, 0.142439603805542,
               0.22368484735488892, 0.36284899711608887, 0.3012755215167999},
              kF32);
}

TEST(ActivationKernels, SoftmaxFloat16Wpt) {
  // "softmax float16 4D tensor", axis 1 of [3, 4, 1, 1].
  Tensor out = runUnary(
      "softmax", "{axis = 1}", "tensor<3x4x1x1xf16>",
      makeTensor(DataType::Float16, {3, 4, 1, 1},
                 {0.43017578125, 0.54736328125, -1.1640625, 0.1839599609375,
                  0.583984375, 0.173583984375, 0.53955078125, -0.95361328125,
                  -0.591796875, -0.1734619140625, 0.1439208984375,
                  -0.379150390625}));
  expectClose(out,
              {0.321533203125, 0.361572265625, 0.0653076171875, 0.25146484375,
               0.352783203125, 0.2340087890625, 0.33740234375, 0.0758056640625,
               0.171142578125, 0.260009765625, 0.357177734375,
               0.211669921875},
              kF16);
}

TEST(ActivationKernels, SoftmaxIsStableAndHandlesInfinities) {
  // Axis 0 of [2, 3]; exp(1000) would overflow without the max subtraction.
  double e = std::exp(1.0);
  Tensor out = runUnary(
      "softmax", "{axis = 0}", "tensor<2x3xf32>",
      makeTensor(DataType::Float32, {2, 3}, {1000, 0, -kInf, 1001, 0, 5}));
  expectClose(out,
              {1 / (1 + e), 0.5, 0, e / (1 + e), 0.5, 1}, kF32);
  // A NaN or +Infinity makes its row NaN (the emulation's Infinity - Infinity).
  Tensor nan = runUnary("softmax", "{axis = 1}", "tensor<2x2xf32>",
                        makeTensor(DataType::Float32, {2, 2},
                                   {kNaN, 1, kInf, 1}));
  expectClose(nan, {kNaN, kNaN, kNaN, kNaN}, 0);
}
