// Interpreter kernels of the element-wise ops: binary (add, sub, mul, div,
// max, min, pow), logical (comparisons, logicalNot/And/Or/Xor, isNaN,
// isInfinite), unary (abs ... tan), where and cast. Float values marked WPT
// come from /work/shared/conformance/wpt-webnn/<op>.json.
#include "InterpreterTestUtils.h"

#include <cmath>
#include <limits>

using namespace webnnc::interp;
using namespace webnnc::interp::testing;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

/// The MLIR element type of a data type.
std::string elementTypeName(DataType type) {
  switch (type) {
  case DataType::Float32:
    return "f32";
  case DataType::Float16:
    return "f16";
  case DataType::Int32:
    return "i32";
  case DataType::Uint32:
    return "ui32";
  case DataType::Int64:
    return "i64";
  case DataType::Uint64:
    return "ui64";
  case DataType::Int8:
    return "i8";
  case DataType::Uint8:
    return "ui8";
  case DataType::Int4:
    return "i4";
  case DataType::Uint4:
    return "ui4";
  }
  return "?";
}

std::string tensorTypeName(DataType type, llvm::ArrayRef<int64_t> shape) {
  std::string result = "tensor<";
  for (int64_t dim : shape)
    result += std::to_string(dim) + "x";
  return result + elementTypeName(type) + ">";
}

/// Runs one `webnn.<op>` on `inputs` (graph arguments %a0, %a1, ...) with
/// result type (`outType`, `outShape`); `attributes` is printed after the
/// operands (e.g. "{dataType = #webnn.data_type<int8>}").
Tensor runOp(llvm::StringRef op, std::vector<Tensor> inputs, DataType outType,
             llvm::ArrayRef<int64_t> outShape,
             llvm::StringRef attributes = "") {
  std::string arguments, operands, operandTypes;
  for (size_t i = 0; i < inputs.size(); ++i) {
    std::string separator = i ? ", " : "";
    std::string type =
        tensorTypeName(inputs[i].getDataType(), inputs[i].getShape());
    arguments += separator + "%a" + std::to_string(i) + ": " + type;
    operands += separator + "%a" + std::to_string(i);
    operandTypes += separator + type;
  }
  std::string resultType = tensorTypeName(outType, outShape);
  std::string source = "func.func @g(" + arguments + ") -> " + resultType +
                       " {\n  %0 = webnn." + op.str() + " " + operands + " " +
                       attributes.str() + " : (" + operandTypes + ") -> " +
                       resultType + "\n  return %0 : " + resultType + "\n}";
  GraphRunner runner;
  std::vector<Tensor> outputs = runner.run(source, inputs);
  if (outputs.size() != 1) {
    ADD_FAILURE() << "no output for:\n" << source;
    return Tensor(outType, outShape);
  }
  EXPECT_EQ(outputs[0].getDataType(), outType);
  EXPECT_EQ(outputs[0].getShape(), outShape);
  return outputs[0];
}

/// A unary op whose result has the input's type and shape.
Tensor runUnaryOp(llvm::StringRef op, const Tensor &input) {
  return runOp(op, {input}, input.getDataType(), input.getShape());
}

/// A binary op whose result has a's data type and the shape `outShape`.
Tensor runBinaryOp(llvm::StringRef op, const Tensor &a, const Tensor &b,
                   llvm::ArrayRef<int64_t> outShape) {
  return runOp(op, {a, b}, a.getDataType(), outShape);
}

/// Exact comparison, NaN equal to NaN and the sign of zero checked.
void expectExact(const Tensor &actual, llvm::ArrayRef<double> expected) {
  ASSERT_EQ(actual.getNumElements(), static_cast<int64_t>(expected.size()));
  for (size_t i = 0; i < expected.size(); ++i) {
    double value = actual.getDouble(static_cast<int64_t>(i));
    if (std::isnan(expected[i])) {
      EXPECT_TRUE(std::isnan(value)) << "element " << i << ": " << value;
      continue;
    }
    EXPECT_EQ(value, expected[i]) << "element " << i;
    EXPECT_EQ(std::signbit(value), std::signbit(expected[i]))
        << "element " << i << " sign";
  }
}

/// A 64-bit integer tensor built without going through double.
Tensor makeInt64Tensor(DataType type, llvm::ArrayRef<int64_t> shape,
                       llvm::ArrayRef<int64_t> values) {
  Tensor tensor(type, shape);
  EXPECT_EQ(static_cast<int64_t>(values.size()), tensor.getNumElements());
  for (size_t i = 0; i < values.size(); ++i)
    tensor.setInt64(static_cast<int64_t>(i), values[i]);
  return tensor;
}

void expectInt64(const Tensor &actual, llvm::ArrayRef<int64_t> expected) {
  ASSERT_EQ(actual.getNumElements(), static_cast<int64_t>(expected.size()));
  for (size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ(actual.getInt64(static_cast<int64_t>(i)), expected[i])
        << "element " << i;
}

} // namespace

//===----------------------------------------------------------------------===//
// Binary operations
//===----------------------------------------------------------------------===//

TEST(ElementwiseKernels, AddBroadcasts) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%a: tensor<2x1xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
      %0 = webnn.add %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
      return %0 : tensor<2x3xf32>
    })mlir",
                            {makeTensor(DataType::Float32, {2, 1}, {1, 2}),
                             makeTensor(DataType::Float32, {3}, {10, 20, 30})});
  ASSERT_EQ(outputs.size(), 1u);
  expectNear(outputs[0], {11, 21, 31, 12, 22, 32});
}

TEST(ElementwiseKernels, AddWrapsIntegers) {
  GraphRunner runner;
  auto outputs = runner.run(R"mlir(
    func.func @g(%a: tensor<2xi8>, %b: tensor<2xi8>) -> tensor<2xi8> {
      %0 = webnn.add %a, %b : (tensor<2xi8>, tensor<2xi8>) -> tensor<2xi8>
      return %0 : tensor<2xi8>
    })mlir",
                            {makeTensor(DataType::Int8, {2}, {127, -128}),
                             makeTensor(DataType::Int8, {2}, {1, -1})});
  ASSERT_EQ(outputs.size(), 1u);
  expectNear(outputs[0], {-128, 127});
}

TEST(ElementwiseKernels, AddWrapsInt4AndUint4) {
  expectExact(runBinaryOp("add", makeTensor(DataType::Int4, {3}, {7, -8, 3}),
                          makeTensor(DataType::Int4, {3}, {1, -1, 2}), {3}),
              {-8, 7, 5});
  expectExact(runBinaryOp("add", makeTensor(DataType::Uint4, {2}, {15, 9}),
                          makeTensor(DataType::Uint4, {2}, {1, 9}), {2}),
              {0, 2});
}

TEST(ElementwiseKernels, AddFloat16RoundsOnce) {
  // 2048 + 1 is a float16 tie: rounds to even (2048); 2048 + 3 -> 2052.
  expectExact(runBinaryOp("add", makeTensor(DataType::Float16, {2}, {2048, 2048}),
                          makeTensor(DataType::Float16, {2}, {1, 3}), {2}),
              {2048, 2052});
}

TEST(ElementwiseKernels, SubFloatAndWrappingIntegers) {
  expectExact(runBinaryOp("sub", makeTensor(DataType::Float32, {2, 2}, {1, 2, 3, 4}),
                          makeTensor(DataType::Float32, {2}, {0.5, 10}), {2, 2}),
              {0.5, -8, 2.5, -6});
  expectExact(runBinaryOp("sub", makeTensor(DataType::Uint32, {2}, {0, 5}),
                          makeTensor(DataType::Uint32, {1}, {1}), {2}),
              {4294967295.0, 4});
  expectInt64(runBinaryOp("sub",
                          makeInt64Tensor(DataType::Int64, {1},
                                          {std::numeric_limits<int64_t>::min()}),
                          makeInt64Tensor(DataType::Int64, {1}, {1}), {1}),
              {std::numeric_limits<int64_t>::max()});
}

TEST(ElementwiseKernels, MulFloatAndWrappingIntegers) {
  expectExact(runBinaryOp("mul", makeTensor(DataType::Float16, {3}, {1.5, -2, 300}),
                          makeTensor(DataType::Float16, {}, {300}), {3}),
              {450, -600, kInf}); // 90000 overflows float16.
  expectExact(runBinaryOp("mul", makeTensor(DataType::Int32, {2}, {65536, -3}),
                          makeTensor(DataType::Int32, {2}, {65536, 7}), {2}),
              {0, -21});
  expectExact(runBinaryOp("mul", makeTensor(DataType::Uint8, {2}, {16, 255}),
                          makeTensor(DataType::Uint8, {2}, {16, 255}), {2}),
              {0, 1});
  // 2^32 * 2^32 wraps to 0 in uint64; (2^32+1)^2 = 2^33 + 1 mod 2^64.
  expectInt64(runBinaryOp("mul",
                          makeInt64Tensor(DataType::Uint64, {2},
                                          {int64_t(1) << 32, (int64_t(1) << 32) + 1}),
                          makeInt64Tensor(DataType::Uint64, {2},
                                          {int64_t(1) << 32, (int64_t(1) << 32) + 1}),
                          {2}),
              {0, (int64_t(1) << 33) + 1});
}

TEST(ElementwiseKernels, DivFloat) {
  // WPT: div float32 1D constant tensors (first elements).
  expectNear(runBinaryOp("div",
                         makeTensor(DataType::Float32, {3},
                                    {60.42374038696289, -86.92247772216797,
                                     -19.496112823486328}),
                         makeTensor(DataType::Float32, {3},
                                    {-95.0290298461914, 62.804866790771484,
                                     -85.32865905761719}),
                         {3}),
             {-0.6358450651168823, -1.3840086460113525, 0.22848258912563324},
             1e-7);
  expectExact(runBinaryOp("div", makeTensor(DataType::Float32, {3}, {1, -1, 0}),
                          makeTensor(DataType::Float32, {}, {0}), {3}),
              {kInf, -kInf, kNaN});
  expectExact(runBinaryOp("div", makeTensor(DataType::Float16, {2}, {1, 3}),
                          makeTensor(DataType::Float16, {2}, {3, 4}), {2}),
              {0.333251953125, 0.75});
}

TEST(ElementwiseKernels, DivIntegersTruncateTowardZero) {
  expectExact(runBinaryOp("div",
                          makeTensor(DataType::Int32, {6},
                                     {7, -7, 7, -7, 5, -2147483648.0}),
                          makeTensor(DataType::Int32, {6}, {2, 2, -2, -2, 0, -1}),
                          {6}),
              {3, -3, -3, 3, 0, -2147483648.0});
  expectExact(runBinaryOp("div", makeTensor(DataType::Int4, {2}, {-8, 7}),
                          makeTensor(DataType::Int4, {2}, {-1, -2}), {2}),
              {-8, -3});
  expectExact(runBinaryOp("div", makeTensor(DataType::Uint8, {2}, {255, 9}),
                          makeTensor(DataType::Uint8, {2}, {2, 0}), {2}),
              {127, 0});
}

TEST(ElementwiseKernels, MaxMin) {
  // WPT: max/min float32 1D constant tensors (first elements).
  Tensor a = makeTensor(DataType::Float32, {3},
                        {17.72909164428711, 88.1480712890625, -12.794827461242676});
  Tensor b = makeTensor(DataType::Float32, {3},
                        {-34.50435256958008, 85.73471069335938, 25.818017959594727});
  expectExact(runBinaryOp("max", a, b, {3}),
              {17.72909164428711, 88.1480712890625, 25.818017959594727});
  expectExact(runBinaryOp("min", a, b, {3}),
              {-34.50435256958008, 85.73471069335938, -12.794827461242676});
  // NaN propagates; max(-0, +0) = +0, min(-0, +0) = -0 in either order.
  Tensor c = makeTensor(DataType::Float16, {4}, {kNaN, 1, -0.0, 0.0});
  Tensor d = makeTensor(DataType::Float16, {4}, {1, kNaN, 0.0, -0.0});
  expectExact(runBinaryOp("max", c, d, {4}), {kNaN, kNaN, 0.0, 0.0});
  expectExact(runBinaryOp("min", c, d, {4}), {kNaN, kNaN, -0.0, -0.0});
  expectExact(runBinaryOp("max", makeTensor(DataType::Int8, {2, 1}, {-128, 5}),
                          makeTensor(DataType::Int8, {2}, {-3, 7}), {2, 2}),
              {-3, 7, 5, 7});
  expectInt64(runBinaryOp("min",
                          makeInt64Tensor(DataType::Uint64, {1}, {-1}),
                          makeInt64Tensor(DataType::Uint64, {1}, {-2}), {1}),
              {-2}); // 2^64 - 2 < 2^64 - 1, unsigned.
}

TEST(ElementwiseKernels, PowFloat) {
  // WPT: pow float32 constant 1D base tensor and 1D integer exponent tensor.
  Tensor result = runBinaryOp(
      "pow",
      makeTensor(DataType::Float32, {4},
                 {17.846010208129883, -0.0631069764494896, -9.868203163146973,
                  11.17772102355957}),
      makeTensor(DataType::Float32, {4}, {1, 6, -7, 7}), {4});
  double expected[] = {17.846010208129883, 6.316321332633379e-08,
                       -1.0973203501407625e-07, 21800822};
  for (int i = 0; i < 4; ++i)
    EXPECT_NEAR(result.getDouble(i), expected[i], std::fabs(expected[i]) * 1e-6);
  expectExact(runBinaryOp("pow", makeTensor(DataType::Float32, {3}, {4, -8, 2}),
                          makeTensor(DataType::Float32, {3}, {0.5, 1.0 / 3, -1}),
                          {3}),
              {2, kNaN, 0.5});
  expectExact(runBinaryOp("pow", makeTensor(DataType::Float16, {2}, {3, 2}),
                          makeTensor(DataType::Float16, {}, {2}), {2}),
              {9, 4});
}

TEST(ElementwiseKernels, PowIntegers) {
  expectExact(runBinaryOp("pow",
                          makeTensor(DataType::Int32, {9},
                                     {2, 3, -2, 2, 2, 1, -1, -1, 0}),
                          makeTensor(DataType::Int32, {9},
                                     {10, 0, 3, 31, -1, -5, -3, -2, -1}),
                          {9}),
              {1024, 1, -8, -2147483648.0, 0, 1, -1, 1, 0});
  expectExact(runBinaryOp("pow", makeTensor(DataType::Uint8, {2}, {2, 3}),
                          makeTensor(DataType::Uint8, {2}, {8, 5}), {2}),
              {0, 243});
  expectInt64(runBinaryOp("pow", makeInt64Tensor(DataType::Int64, {2}, {3, 2}),
                          makeInt64Tensor(DataType::Int64, {2}, {39, 63}), {2}),
              {4052555153018976267, std::numeric_limits<int64_t>::min()});
}

//===----------------------------------------------------------------------===//
// Logical operations
//===----------------------------------------------------------------------===//

TEST(ElementwiseKernels, ComparisonsFloat) {
  Tensor a = makeTensor(DataType::Float32, {5}, {1, 2, 3, kNaN, -0.0});
  Tensor b = makeTensor(DataType::Float32, {5}, {2, 2, 2, kNaN, 0.0});
  auto compare = [&](llvm::StringRef op) {
    return runOp(op, {a, b}, DataType::Uint8, {5});
  };
  expectExact(compare("equal"), {0, 1, 0, 0, 1});
  expectExact(compare("notEqual"), {1, 0, 1, 1, 0});
  expectExact(compare("greater"), {0, 0, 1, 0, 0});
  expectExact(compare("greaterOrEqual"), {0, 1, 1, 0, 1});
  expectExact(compare("lesser"), {1, 0, 0, 0, 0});
  expectExact(compare("lesserOrEqual"), {1, 1, 0, 0, 1});
}

TEST(ElementwiseKernels, ComparisonsBroadcastAndIntegers) {
  // WPT: greater float32 0D scalar.
  expectExact(runOp("greater",
                    {makeTensor(DataType::Float32, {}, {3.6851015090942383}),
                     makeTensor(DataType::Float32, {}, {1.723199725151062})},
                    DataType::Uint8, {}),
              {1});
  expectExact(runOp("lesser",
                    {makeTensor(DataType::Float16, {2, 1}, {1, 3}),
                     makeTensor(DataType::Float16, {3}, {0, 2, 4})},
                    DataType::Uint8, {2, 3}),
              {0, 1, 1, 0, 0, 1});
  // 2^53 + 1 and 2^53 are equal as doubles but not as int64.
  int64_t big = (int64_t(1) << 53) + 1;
  expectExact(runOp("equal",
                    {makeInt64Tensor(DataType::Int64, {2}, {big, -5}),
                     makeInt64Tensor(DataType::Int64, {2}, {big - 1, -5})},
                    DataType::Uint8, {2}),
              {0, 1});
  expectExact(runOp("greater",
                    {makeInt64Tensor(DataType::Uint64, {1}, {-1}),
                     makeInt64Tensor(DataType::Uint64, {1}, {1})},
                    DataType::Uint8, {1}),
              {1});
  expectExact(runOp("lesserOrEqual",
                    {makeTensor(DataType::Int4, {3}, {-8, 7, 0}),
                     makeTensor(DataType::Int4, {1}, {0})},
                    DataType::Uint8, {3}),
              {1, 0, 1});
}

TEST(ElementwiseKernels, LogicalOps) {
  Tensor a = makeTensor(DataType::Uint8, {4}, {0, 0, 2, 255});
  Tensor b = makeTensor(DataType::Uint8, {4}, {0, 7, 0, 1});
  expectExact(runOp("logicalAnd", {a, b}, DataType::Uint8, {4}), {0, 0, 0, 1});
  expectExact(runOp("logicalOr", {a, b}, DataType::Uint8, {4}), {0, 1, 1, 1});
  expectExact(runOp("logicalXor", {a, b}, DataType::Uint8, {4}), {0, 1, 1, 0});
  expectExact(runOp("logicalNot", {a}, DataType::Uint8, {4}), {1, 1, 0, 0});
  // Broadcasting: [2,1] with [3].
  expectExact(runOp("logicalAnd",
                    {makeTensor(DataType::Uint8, {2, 1}, {0, 3}),
                     makeTensor(DataType::Uint8, {3}, {1, 0, 9})},
                    DataType::Uint8, {2, 3}),
              {0, 0, 0, 1, 0, 1});
}

TEST(ElementwiseKernels, IsNaNAndIsInfinite) {
  Tensor f32 = makeTensor(DataType::Float32, {5}, {1, kNaN, kInf, -kInf, 0});
  expectExact(runOp("isNaN", {f32}, DataType::Uint8, {5}), {0, 1, 0, 0, 0});
  expectExact(runOp("isInfinite", {f32}, DataType::Uint8, {5}), {0, 0, 1, 1, 0});
  Tensor f16 = makeTensor(DataType::Float16, {4}, {65504, kNaN, 1e6, -kInf});
  expectExact(runOp("isNaN", {f16}, DataType::Uint8, {4}), {0, 1, 0, 0});
  expectExact(runOp("isInfinite", {f16}, DataType::Uint8, {4}), {0, 0, 1, 1});
}

//===----------------------------------------------------------------------===//
// Unary operations
//===----------------------------------------------------------------------===//

TEST(ElementwiseKernels, AbsNegSignFloat) {
  Tensor x = makeTensor(DataType::Float32, {5}, {-2.5, 3, -0.0, kNaN, -kInf});
  expectExact(runUnaryOp("abs", x), {2.5, 3, 0.0, kNaN, kInf});
  expectExact(runUnaryOp("neg", x), {2.5, -3, 0.0, kNaN, kInf});
  expectExact(runUnaryOp("sign", x), {-1, 1, 0.0, 0.0, -1});
  // WPT: sign float32 1D constant tensor.
  expectExact(runUnaryOp("sign",
                         makeTensor(DataType::Float16, {4},
                                    {-0.946033775806427, 0.9996118545532227,
                                     0.21998752653598785, -0.22639396786689758})),
              {-1, 1, 1, -1});
  expectExact(runUnaryOp("abs", makeTensor(DataType::Float16, {2}, {-65504, 1})),
              {65504, 1});
}

TEST(ElementwiseKernels, AbsNegSignIntegers) {
  Tensor i8 = makeTensor(DataType::Int8, {4}, {-128, -5, 0, 127});
  expectExact(runUnaryOp("abs", i8), {-128, 5, 0, 127});
  expectExact(runUnaryOp("neg", i8), {-128, 5, 0, -127});
  expectExact(runUnaryOp("sign", i8), {-1, -1, 0, 1});
  expectExact(runUnaryOp("sign", makeTensor(DataType::Int32, {3}, {-7, 0, 9})),
              {-1, 0, 1});
  int64_t min = std::numeric_limits<int64_t>::min();
  Tensor i64 = makeInt64Tensor(DataType::Int64, {3}, {min, -(int64_t(1) << 60), 3});
  expectInt64(runUnaryOp("abs", i64), {min, int64_t(1) << 60, 3});
  expectInt64(runUnaryOp("neg", i64), {min, int64_t(1) << 60, -3});
  expectInt64(runUnaryOp("sign", i64), {-1, -1, 1});
}

TEST(ElementwiseKernels, CeilFloorRoundEven) {
  Tensor x = makeTensor(DataType::Float32, {10},
                        {0.1, 0.9, 1.1, 1.9, -3.5, -2.5, -1.5, 1.5, 2.5, 3.5});
  // The spec's roundEven example.
  expectExact(runUnaryOp("roundEven", x),
              {0, 1, 1, 2, -4, -2, -2, 2, 2, 4});
  expectExact(runUnaryOp("ceil", x), {1, 1, 2, 2, -3, -2, -1, 2, 3, 4});
  expectExact(runUnaryOp("floor", x), {0, 0, 1, 1, -4, -3, -2, 1, 2, 3});
  expectExact(runUnaryOp("roundEven",
                         makeTensor(DataType::Float32, {4}, {-0.5, 0.5, -0.2, kNaN})),
              {-0.0, 0.0, -0.0, kNaN});
  // WPT: ceil/floor float16 0D scalar.
  expectExact(runUnaryOp("ceil", makeTensor(DataType::Float16, {}, {67.375})), {68});
  expectExact(runUnaryOp("floor", makeTensor(DataType::Float16, {}, {89.6875})),
              {89});
  expectExact(runUnaryOp("roundEven",
                         makeTensor(DataType::Float16, {3}, {2.5, 1025.5, -7.5})),
              {2, 1026, -8});
}

TEST(ElementwiseKernels, TranscendentalFloat32) {
  std::vector<double> inputs = {-1.5, -0.25, 0.5, 2, 10};
  Tensor x = makeTensor(DataType::Float32, {5}, inputs);
  auto check = [&](llvm::StringRef op, double (*fn)(double)) {
    Tensor result = runUnaryOp(op, x);
    for (size_t i = 0; i < inputs.size(); ++i) {
      // The float32 input is exact; the result is fn rounded once.
      float expected = static_cast<float>(fn(inputs[i]));
      if (std::isnan(expected))
        EXPECT_TRUE(std::isnan(result.getDouble(i))) << op.str() << " " << i;
      else
        EXPECT_EQ(result.getDouble(i), expected) << op.str() << " " << i;
    }
  };
  check("cos", [](double v) { return std::cos(v); });
  check("sin", [](double v) { return std::sin(v); });
  check("tan", [](double v) { return std::tan(v); });
  check("exp", [](double v) { return std::exp(v); });
  check("erf", [](double v) { return std::erf(v); });
  check("log", [](double v) { return std::log(v); }); // NaN for negatives.
  check("sqrt", [](double v) { return std::sqrt(v); });
  check("reciprocal", [](double v) { return 1 / v; });
  expectExact(runUnaryOp("log", makeTensor(DataType::Float32, {2}, {0, 1})),
              {-kInf, 0});
  expectExact(runUnaryOp("reciprocal", makeTensor(DataType::Float32, {2}, {0, -0.0})),
              {kInf, -kInf});
  expectExact(runUnaryOp("sqrt", makeTensor(DataType::Float32, {2}, {-1, -0.0})),
              {kNaN, -0.0});
}

TEST(ElementwiseKernels, TranscendentalFloat16Wpt) {
  // WPT "<op> float16 0D scalar" cases; the WPT tolerances are ULP based,
  // the double evaluation rounded once gives the exact expected values.
  struct Case {
    const char *op;
    double input, expected, tolerance;
  } cases[] = {
      {"erf", -0.004352569580078125, -0.004909515380859375, 0.0009765625},
      {"tan", 52.6875, -0.87646484375, 0.001},
      {"sqrt", 4.00390625, 2, 0},
      {"exp", 0.342041015625, 1.408203125, 0},
      {"log", 63.8125, 4.15625, 0},
      {"reciprocal", -9.3671875, -0.10675048828125, 0},
      {"sin", 79.75, -0.935546875, 0.001},
      {"cos", 85.5625, -0.73876953125, 0.001},
  };
  for (const Case &c : cases) {
    Tensor result =
        runUnaryOp(c.op, makeTensor(DataType::Float16, {}, {c.input}));
    EXPECT_NEAR(result.getDouble(0), c.expected, c.tolerance) << c.op;
  }
  // exp overflows float16 to infinity.
  expectExact(runUnaryOp("exp", makeTensor(DataType::Float16, {2}, {12, -kInf})),
              {kInf, 0});
}

TEST(ElementwiseKernels, Identity) {
  expectExact(runUnaryOp("identity",
                         makeTensor(DataType::Float16, {2, 2}, {1.5, -0.0, kNaN, 7})),
              {1.5, -0.0, kNaN, 7});
  expectInt64(runUnaryOp("identity",
                         makeInt64Tensor(DataType::Uint64, {2}, {-1, (int64_t(1) << 53) + 1})),
              {-1, (int64_t(1) << 53) + 1});
  expectExact(runUnaryOp("identity", makeTensor(DataType::Int4, {2}, {-8, 7})),
              {-8, 7});
}

//===----------------------------------------------------------------------===//
// where
//===----------------------------------------------------------------------===//

TEST(ElementwiseKernels, WhereScalar) {
  // WPT: where float32 0D scalars (condition 247 is true).
  expectExact(runOp("where",
                    {makeTensor(DataType::Uint8, {}, {247}),
                     makeTensor(DataType::Float32, {}, {-22.83924102783203}),
                     makeTensor(DataType::Float32, {}, {-50.02232360839844})},
                    DataType::Float32, {}),
              {-22.83924102783203});
}

TEST(ElementwiseKernels, WhereBroadcastsThreeWays) {
  // condition [2,1], trueValue [3], falseValue [] -> [2,3].
  expectExact(runOp("where",
                    {makeTensor(DataType::Uint8, {2, 1}, {0, 2}),
                     makeTensor(DataType::Float16, {3}, {1, 2, 3}),
                     makeTensor(DataType::Float16, {}, {-1})},
                    DataType::Float16, {2, 3}),
              {-1, -1, -1, 1, 2, 3});
  // condition [3], trueValue [2,1], falseValue [2,3] -> [2,3], int64 exact.
  int64_t big = (int64_t(1) << 62) + 1;
  expectInt64(runOp("where",
                    {makeTensor(DataType::Uint8, {3}, {1, 0, 255}),
                     makeInt64Tensor(DataType::Int64, {2, 1}, {big, -big}),
                     makeInt64Tensor(DataType::Int64, {2, 3}, {1, 2, 3, 4, 5, 6})},
                    DataType::Int64, {2, 3}),
              {big, 2, big, -big, 5, -big});
}

//===----------------------------------------------------------------------===//
// cast
//===----------------------------------------------------------------------===//

namespace {
Tensor runCast(const Tensor &input, DataType to) {
  std::string attribute = "{dataType = #webnn.data_type<" +
                          getDataTypeName(to).str() + ">}";
  return runOp("cast", {input}, to, input.getShape(), attribute);
}
} // namespace

TEST(ElementwiseKernels, CastFloatToInteger) {
  // WPT: cast float32 1D tensor to int32 (truncation toward zero).
  Tensor x = makeTensor(DataType::Float32, {4},
                        {102.1578369140625, -43.5, 52.84621810913086,
                         -99.9583511352539});
  expectExact(runCast(x, DataType::Int32), {102, -43, 52, -99});
  expectInt64(runCast(x, DataType::Int64), {102, -43, 52, -99});
  expectExact(runCast(makeTensor(DataType::Float16, {3}, {3.103515625, 125.375, -7.9}),
                      DataType::Int8),
              {3, 125, -7});
  expectExact(runCast(makeTensor(DataType::Float16, {2}, {32.40625, 255.9}),
                      DataType::Uint8),
              {32, 255});
  // 2^60 + 2^37 is a float32 beyond 2^53: float -> int64 keeps it exactly.
  expectInt64(runCast(makeTensor(DataType::Float32, {1},
                                 {std::ldexp(1.0, 60) + std::ldexp(1.0, 37)}),
                      DataType::Int64),
              {(int64_t(1) << 60) + (int64_t(1) << 37)});
}

TEST(ElementwiseKernels, CastFloatToFloat) {
  // WPT: cast float32 4D tensor to float16 (nearest representable).
  expectExact(runCast(makeTensor(DataType::Float32, {4},
                                 {102.1578369140625, 43.60371780395508,
                                  52.84621810913086, 99.9583511352539}),
                      DataType::Float16),
              {102.1875, 43.59375, 52.84375, 99.9375});
  // Out of range becomes +-Infinity; NaN stays NaN.
  expectExact(runCast(makeTensor(DataType::Float32, {4}, {1e10, -70000, kNaN, 65519}),
                      DataType::Float16),
              {kInf, -kInf, kNaN, 65504});
  expectExact(runCast(makeTensor(DataType::Float16, {3}, {3.103515625, -0.0, -kInf}),
                      DataType::Float32),
              {3.103515625, -0.0, -kInf});
}

TEST(ElementwiseKernels, CastIntegerToFloat) {
  expectExact(runCast(makeTensor(DataType::Int32, {3}, {45, -2147483647, 16777217}),
                      DataType::Float32),
              {45, -2147483648.0, 16777216});
  expectExact(runCast(makeTensor(DataType::Int32, {3}, {70000, -65520, 2049}),
                      DataType::Float16),
              {kInf, -kInf, 2048});
  expectExact(runCast(makeTensor(DataType::Uint32, {1}, {4294967295.0}),
                      DataType::Float32),
              {4294967296.0});
  expectExact(runCast(makeTensor(DataType::Int8, {2}, {-128, 127}), DataType::Float16),
              {-128, 127});
  expectExact(runCast(makeTensor(DataType::Uint4, {2}, {15, 0}), DataType::Float32),
              {15, 0});
}

TEST(ElementwiseKernels, CastInteger64ToFloatRoundsOnce) {
  // 2^62 + 2^38 + 1 is just above the float32 tie between 2^62 and
  // 2^62 + 2^39: nearest is 2^62 + 2^39. Through double it would first
  // become the tie 2^62 + 2^38, then round to even, 2^62.
  int64_t value = (int64_t(1) << 62) + (int64_t(1) << 38) + 1;
  Tensor result = runCast(makeInt64Tensor(DataType::Int64, {2}, {value, -value}),
                          DataType::Float32);
  expectExact(result, {std::ldexp(1.0, 62) + std::ldexp(1.0, 39),
                       -(std::ldexp(1.0, 62) + std::ldexp(1.0, 39))});
  // uint64 2^63 + 2^39 + 1 -> 2^63 + 2^40; 2^64 - 1 -> 2^64.
  Tensor unsignedResult = runCast(
      makeInt64Tensor(DataType::Uint64, {2},
                      {static_cast<int64_t>((uint64_t(1) << 63) +
                                            (uint64_t(1) << 39) + 1),
                       -1}),
      DataType::Float32);
  expectExact(unsignedResult, {std::ldexp(1.0, 63) + std::ldexp(1.0, 40),
                               std::ldexp(1.0, 64)});
  // float16: nearest (ties to even), +-Infinity out of range.
  expectExact(runCast(makeInt64Tensor(DataType::Int64, {3},
                                      {2049, int64_t(1) << 40, -(int64_t(1) << 40)}),
                      DataType::Float16),
              {2048, kInf, -kInf});
}

TEST(ElementwiseKernels, CastIntegerToIntegerKeepsLowBits) {
  // Spec note: -1 int8 -> uint8 is 255.
  expectExact(runCast(makeTensor(DataType::Int8, {3}, {-1, -128, 127}), DataType::Uint8),
              {255, 128, 127});
  expectExact(runCast(makeTensor(DataType::Uint8, {2}, {255, 128}), DataType::Int8),
              {-1, -128});
  expectExact(runCast(makeTensor(DataType::Int32, {3}, {300, -1, 65535}), DataType::Int4),
              {-4, -1, -1});
  expectExact(runCast(makeTensor(DataType::Int8, {2}, {-1, 17}), DataType::Uint4),
              {15, 1});
  // int64 <-> uint64 reinterpret all 64 bits; large values never go
  // through double.
  int64_t max = std::numeric_limits<int64_t>::max();
  expectInt64(runCast(makeInt64Tensor(DataType::Int64, {3}, {-1, max, (int64_t(1) << 53) + 1}),
                      DataType::Uint64),
              {-1, max, (int64_t(1) << 53) + 1});
  Tensor toUint64 = runCast(makeInt64Tensor(DataType::Int64, {1}, {-1}), DataType::Uint64);
  EXPECT_EQ(toUint64.data<uint64_t>()[0], std::numeric_limits<uint64_t>::max());
  expectInt64(runCast(makeInt64Tensor(DataType::Uint64, {2}, {-1, (int64_t(1) << 53) + 1}),
                      DataType::Int64),
              {-1, (int64_t(1) << 53) + 1});
  // Low 32 bits: 2^63 - 1 -> -1 (int32), 2^32 + 5 -> 5 (uint32).
  expectExact(runCast(makeInt64Tensor(DataType::Int64, {2}, {max, (int64_t(1) << 32) + 5}),
                      DataType::Int32),
              {-1, 5});
  expectExact(runCast(makeInt64Tensor(DataType::Int64, {2}, {-1, (int64_t(1) << 32) + 5}),
                      DataType::Uint32),
              {4294967295.0, 5});
  expectInt64(runCast(makeTensor(DataType::Uint32, {1}, {4294967295.0}), DataType::Int64),
              {4294967295});
}

TEST(ElementwiseKernels, CastToSameType) {
  expectExact(runCast(makeTensor(DataType::Float32, {2}, {1.25, kNaN}), DataType::Float32),
              {1.25, kNaN});
}
