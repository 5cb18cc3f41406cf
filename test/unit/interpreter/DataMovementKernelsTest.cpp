// Interpreter kernels of the DataMovement ops: concat, expand, gather,
// gatherElements, gatherND, scatterElements, scatterND, pad, reshape,
// reverse, slice, split, tile, transpose, triangular, resample2d. Cases come
// from the spec's examples and the WPT conformance data
// (/work/shared/conformance/wpt-webnn/<op>.json).
#include "InterpreterTestUtils.h"

#include <limits>

using namespace webnnc::interp;
using namespace webnnc::interp::testing;

namespace {

/// Runs a one-result graph and returns its output (an empty tensor after a
/// failure, which the runner already reported).
Tensor runOne(llvm::StringRef source, llvm::ArrayRef<Tensor> inputs) {
  GraphRunner runner;
  std::vector<Tensor> outputs = runner.run(source, inputs);
  if (outputs.size() != 1) {
    ADD_FAILURE() << "expected one output, got " << outputs.size();
    return Tensor();
  }
  return outputs[0];
}

/// Exact comparison (data movement never changes a value).
void expectValues(const Tensor &actual, llvm::ArrayRef<int64_t> shape,
                  llvm::ArrayRef<double> expected) {
  EXPECT_EQ(actual.getShape(), shape);
  expectNear(actual, expected, 0.0);
}

std::vector<double> iota(int64_t count, double start = 0) {
  std::vector<double> values;
  for (int64_t i = 0; i < count; ++i)
    values.push_back(start + static_cast<double>(i));
  return values;
}

/// The spec's gather examples' input: [[0, 1, 2], [10, 11, 12], [20, 21,
/// 22], [30, 31, 32]].
Tensor table4x3(DataType type = DataType::Float32) {
  return makeTensor(type, {4, 3}, {0, 1, 2, 10, 11, 12, 20, 21, 22, 30, 31, 32});
}

} // namespace

//===----------------------------------------------------------------------===//
// concat
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, ConcatAlongInnerAxis) {
  Tensor out = runOne(R"mlir(
    func.func @g(%a: tensor<2x1xf32>, %b: tensor<2x3xf32>) -> tensor<2x4xf32> {
      %0 = webnn.concat %a, %b {axis = 1} : (tensor<2x1xf32>, tensor<2x3xf32>) -> tensor<2x4xf32>
      return %0 : tensor<2x4xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {2, 1}, {1, 2}),
                       makeTensor(DataType::Float32, {2, 3}, {3, 4, 5, 6, 7, 8})});
  expectValues(out, {2, 4}, {1, 3, 4, 5, 2, 6, 7, 8});
}

TEST(DataMovementKernels, ConcatThreeFloat16AlongAxis0) {
  Tensor out = runOne(R"mlir(
    func.func @g(%a: tensor<1x2xf16>, %b: tensor<2x2xf16>, %c: tensor<1x2xf16>) -> tensor<4x2xf16> {
      %0 = webnn.concat %a, %b, %c {axis = 0} : (tensor<1x2xf16>, tensor<2x2xf16>, tensor<1x2xf16>) -> tensor<4x2xf16>
      return %0 : tensor<4x2xf16>
    })mlir",
                      {makeTensor(DataType::Float16, {1, 2}, {0.5, -1}),
                       makeTensor(DataType::Float16, {2, 2}, {2, 3, 4, 65504}),
                       makeTensor(DataType::Float16, {1, 2}, {-0.25, 7})});
  expectValues(out, {4, 2}, {0.5, -1, 2, 3, 4, 65504, -0.25, 7});
}

TEST(DataMovementKernels, ConcatInt64KeepsAllBits) {
  Tensor a(DataType::Int64, {1});
  Tensor b(DataType::Int64, {2});
  a.setInt64(0, std::numeric_limits<int64_t>::min());
  b.setInt64(0, 9007199254740993); // 2^53 + 1: not a double
  b.setInt64(1, std::numeric_limits<int64_t>::max());
  Tensor out = runOne(R"mlir(
    func.func @g(%a: tensor<1xi64>, %b: tensor<2xi64>) -> tensor<3xi64> {
      %0 = webnn.concat %a, %b {axis = 0} : (tensor<1xi64>, tensor<2xi64>) -> tensor<3xi64>
      return %0 : tensor<3xi64>
    })mlir",
                      {a, b});
  ASSERT_EQ(out.getNumElements(), 3);
  EXPECT_EQ(out.getInt64(0), std::numeric_limits<int64_t>::min());
  EXPECT_EQ(out.getInt64(1), 9007199254740993);
  EXPECT_EQ(out.getInt64(2), std::numeric_limits<int64_t>::max());
}

//===----------------------------------------------------------------------===//
// expand
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, ExpandScalar) {
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<i32>) -> tensor<2x3xi32> {
      %0 = webnn.expand %x {newShape = array<i64: 2, 3>} : (tensor<i32>) -> tensor<2x3xi32>
      return %0 : tensor<2x3xi32>
    })mlir",
                      {makeTensor(DataType::Int32, {}, {-7})});
  expectValues(out, {2, 3}, {-7, -7, -7, -7, -7, -7});
}

TEST(DataMovementKernels, ExpandAddsAndStretchesDimensions) {
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<3x1xui8>) -> tensor<2x3x2xui8> {
      %0 = webnn.expand %x {newShape = array<i64: 2, 3, 2>} : (tensor<3x1xui8>) -> tensor<2x3x2xui8>
      return %0 : tensor<2x3x2xui8>
    })mlir",
                      {makeTensor(DataType::Uint8, {3, 1}, {1, 2, 255})});
  expectValues(out, {2, 3, 2}, {1, 1, 2, 2, 255, 255, 1, 1, 2, 2, 255, 255});
}

//===----------------------------------------------------------------------===//
// gather
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, GatherSpecExamples) {
  // Spec gather examples 1-3.
  Tensor out1 = runOne(R"mlir(
    func.func @g(%x: tensor<4x3xf32>, %i: tensor<2xui32>) -> tensor<2x3xf32> {
      %0 = webnn.gather %x, %i : (tensor<4x3xf32>, tensor<2xui32>) -> tensor<2x3xf32>
      return %0 : tensor<2x3xf32>
    })mlir",
                       {table4x3(), makeTensor(DataType::Uint32, {2}, {3, 1})});
  expectValues(out1, {2, 3}, {30, 31, 32, 10, 11, 12});

  Tensor out2 = runOne(R"mlir(
    func.func @g(%x: tensor<4x3xf32>, %i: tensor<3xui32>) -> tensor<4x3xf32> {
      %0 = webnn.gather %x, %i {axis = 1} : (tensor<4x3xf32>, tensor<3xui32>) -> tensor<4x3xf32>
      return %0 : tensor<4x3xf32>
    })mlir",
                       {table4x3(), makeTensor(DataType::Uint32, {3}, {2, 1, 1})});
  expectValues(out2, {4, 3}, {2, 1, 1, 12, 11, 11, 22, 21, 21, 32, 31, 31});

  Tensor out3 = runOne(R"mlir(
    func.func @g(%x: tensor<4x3xi8>, %i: tensor<2x2xi64>) -> tensor<4x2x2xi8> {
      %0 = webnn.gather %x, %i {axis = 1} : (tensor<4x3xi8>, tensor<2x2xi64>) -> tensor<4x2x2xi8>
      return %0 : tensor<4x2x2xi8>
    })mlir",
                       {table4x3(DataType::Int8),
                        makeTensor(DataType::Int64, {2, 2}, {0, 1, 1, 2})});
  expectValues(out3, {4, 2, 2},
               {0, 1, 1, 2, 10, 11, 11, 12, 20, 21, 21, 22, 30, 31, 31, 32});
}

TEST(DataMovementKernels, GatherNegativeAndOutOfRangeIndicesClamp) {
  // WPT "gather float32 2D tensor and int32 0D negative / out-of-bound
  // positive / out-of-bound negative indices": -2 -> row 0, 10 -> row 1
  // (clamped to N - 1), -10 -> row 0 (clamped to -N).
  const char *source = R"mlir(
    func.func @g(%x: tensor<2x3xf32>, %i: tensor<i32>) -> tensor<3xf32> {
      %0 = webnn.gather %x, %i : (tensor<2x3xf32>, tensor<i32>) -> tensor<3xf32>
      return %0 : tensor<3xf32>
    })mlir";
  Tensor input = makeTensor(DataType::Float32, {2, 3}, {1, 2, 3, 4, 5, 6});
  expectValues(runOne(source, {input, makeTensor(DataType::Int32, {}, {-2})}),
               {3}, {1, 2, 3});
  expectValues(runOne(source, {input, makeTensor(DataType::Int32, {}, {-1})}),
               {3}, {4, 5, 6});
  expectValues(runOne(source, {input, makeTensor(DataType::Int32, {}, {10})}),
               {3}, {4, 5, 6});
  expectValues(runOne(source, {input, makeTensor(DataType::Int32, {}, {-10})}),
               {3}, {1, 2, 3});
}

TEST(DataMovementKernels, GatherUint32IndicesAreUnsigned) {
  // 4294967294 as uint32 is far past the end and clamps to the last
  // element; read as a signed 32-bit -2 it would select element 1.
  const char *source = R"mlir(
    func.func @g(%x: tensor<3xf16>, %i: tensor<2xui32>) -> tensor<2xf16> {
      %0 = webnn.gather %x, %i : (tensor<3xf16>, tensor<2xui32>) -> tensor<2xf16>
      return %0 : tensor<2xf16>
    })mlir";
  expectValues(runOne(source, {makeTensor(DataType::Float16, {3}, {1, 2, 3}),
                               makeTensor(DataType::Uint32, {2},
                                          {4294967294.0, 0})}),
               {2}, {3, 1});
}

//===----------------------------------------------------------------------===//
// gatherElements
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, GatherElementsSpecExamples) {
  Tensor out1 = runOne(R"mlir(
    func.func @g(%x: tensor<4x3xf32>, %i: tensor<2x3xui32>) -> tensor<2x3xf32> {
      %0 = webnn.gatherElements %x, %i : (tensor<4x3xf32>, tensor<2x3xui32>) -> tensor<2x3xf32>
      return %0 : tensor<2x3xf32>
    })mlir",
                       {table4x3(),
                        makeTensor(DataType::Uint32, {2, 3}, {3, 1, 1, 2, 0, 3})});
  expectValues(out1, {2, 3}, {30, 11, 12, 20, 1, 32});

  Tensor out2 = runOne(R"mlir(
    func.func @g(%x: tensor<4x3xi32>, %i: tensor<4x1xi32>) -> tensor<4x1xi32> {
      %0 = webnn.gatherElements %x, %i {axis = 1} : (tensor<4x3xi32>, tensor<4x1xi32>) -> tensor<4x1xi32>
      return %0 : tensor<4x1xi32>
    })mlir",
                       {table4x3(DataType::Int32),
                        makeTensor(DataType::Int32, {4, 1}, {2, 1, 0, 2})});
  expectValues(out2, {4, 1}, {2, 11, 20, 32});

  Tensor out3 = runOne(R"mlir(
    func.func @g(%x: tensor<4x2x2xf32>, %i: tensor<1x2x2xi64>) -> tensor<1x2x2xf32> {
      %0 = webnn.gatherElements %x, %i {axis = 0} : (tensor<4x2x2xf32>, tensor<1x2x2xi64>) -> tensor<1x2x2xf32>
      return %0 : tensor<1x2x2xf32>
    })mlir",
                       {makeTensor(DataType::Float32, {4, 2, 2},
                                   {0, 1, 10, 11, 100, 101, 110, 111, 200, 201,
                                    210, 211, 300, 301, 310, 311}),
                        makeTensor(DataType::Int64, {1, 2, 2}, {0, 2, 1, 3})});
  expectValues(out3, {1, 2, 2}, {0, 201, 110, 311});
}

TEST(DataMovementKernels, GatherElementsNegativeAndOutOfRange) {
  // WPT "gatherElements float32 3D input and int32 negative indices".
  Tensor out1 = runOne(R"mlir(
    func.func @g(%x: tensor<2x2x2xf32>, %i: tensor<1x2x2xi32>) -> tensor<1x2x2xf32> {
      %0 = webnn.gatherElements %x, %i : (tensor<2x2x2xf32>, tensor<1x2x2xi32>) -> tensor<1x2x2xf32>
      return %0 : tensor<1x2x2xf32>
    })mlir",
                       {makeTensor(DataType::Float32, {2, 2, 2}, iota(8)),
                        makeTensor(DataType::Int32, {1, 2, 2}, {-1, 0, 0, -1})});
  expectValues(out1, {1, 2, 2}, {4, 1, 2, 7});
  // WPT "gatherElements float32 1D input and int32 out-of-bounds indices":
  // 7 on 6 elements reads the last.
  Tensor out2 = runOne(R"mlir(
    func.func @g(%x: tensor<6xf32>, %i: tensor<1xi32>) -> tensor<1xf32> {
      %0 = webnn.gatherElements %x, %i : (tensor<6xf32>, tensor<1xi32>) -> tensor<1xf32>
      return %0 : tensor<1xf32>
    })mlir",
                       {makeTensor(DataType::Float32, {6}, iota(6, 10)),
                        makeTensor(DataType::Int32, {1}, {7})});
  expectValues(out2, {1}, {15});
}

//===----------------------------------------------------------------------===//
// gatherND
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, GatherNDSpecExamples) {
  Tensor input2x2 = makeTensor(DataType::Float32, {2, 2}, {0, 1, 2, 3});
  Tensor input2x2x2 = makeTensor(DataType::Float32, {2, 2, 2}, iota(8));
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x2xf32>, %i: tensor<3x2xui32>) -> tensor<3xf32> {
      %0 = webnn.gatherND %x, %i : (tensor<2x2xf32>, tensor<3x2xui32>) -> tensor<3xf32>
      return %0 : tensor<3xf32>
    })mlir",
                      {input2x2, makeTensor(DataType::Uint32, {3, 2},
                                            {0, 0, 1, 1, 1, 0})}),
               {3}, {0, 3, 2});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x2xf32>, %i: tensor<2x1xui32>) -> tensor<2x2xf32> {
      %0 = webnn.gatherND %x, %i : (tensor<2x2xf32>, tensor<2x1xui32>) -> tensor<2x2xf32>
      return %0 : tensor<2x2xf32>
    })mlir",
                      {input2x2, makeTensor(DataType::Uint32, {2, 1}, {1, 0})}),
               {2, 2}, {2, 3, 0, 1});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x2x2xf32>, %i: tensor<2x2xi32>) -> tensor<2x2xf32> {
      %0 = webnn.gatherND %x, %i : (tensor<2x2x2xf32>, tensor<2x2xi32>) -> tensor<2x2xf32>
      return %0 : tensor<2x2xf32>
    })mlir",
                      {input2x2x2,
                       makeTensor(DataType::Int32, {2, 2}, {0, 1, 1, 0})}),
               {2, 2}, {2, 3, 4, 5});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x2x2xf32>, %i: tensor<3x1xi64>) -> tensor<3x2x2xf32> {
      %0 = webnn.gatherND %x, %i : (tensor<2x2x2xf32>, tensor<3x1xi64>) -> tensor<3x2x2xf32>
      return %0 : tensor<3x2x2xf32>
    })mlir",
                      {input2x2x2, makeTensor(DataType::Int64, {3, 1}, {1, 0, 1})}),
               {3, 2, 2}, {4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7});
}

TEST(DataMovementKernels, GatherNDNegativeAndOutOfRange) {
  // WPT "gatherND float32 2D input and 2D negative indices": [-1, -2] is
  // (3, 2), [-3, -4] is (1, 0) of a 4x4 input.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<4x4xf32>, %i: tensor<2x2xi32>) -> tensor<2xf32> {
      %0 = webnn.gatherND %x, %i : (tensor<4x4xf32>, tensor<2x2xi32>) -> tensor<2xf32>
      return %0 : tensor<2xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {4, 4}, iota(16)),
                       makeTensor(DataType::Int32, {2, 2}, {-1, -2, -3, -4})}),
               {2}, {14, 4});
  // WPT "gatherND float32 1D input and 2D out-of-bounds indices": 16 and
  // 20 on 16 elements both read element 15.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<16xui8>, %i: tensor<2x1xi32>) -> tensor<2xui8> {
      %0 = webnn.gatherND %x, %i : (tensor<16xui8>, tensor<2x1xi32>) -> tensor<2xui8>
      return %0 : tensor<2xui8>
    })mlir",
                      {makeTensor(DataType::Uint8, {16}, iota(16, 100)),
                       makeTensor(DataType::Int32, {2, 1}, {16, 20})}),
               {2}, {115, 115});
}

//===----------------------------------------------------------------------===//
// scatterElements
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, ScatterElementsSpecExamples) {
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<4x3xf32>, %i: tensor<2x3xui32>, %u: tensor<2x3xf32>) -> tensor<4x3xf32> {
      %0 = webnn.scatterElements %x, %i, %u : (tensor<4x3xf32>, tensor<2x3xui32>, tensor<2x3xf32>) -> tensor<4x3xf32>
      return %0 : tensor<4x3xf32>
    })mlir",
                      {table4x3(),
                       makeTensor(DataType::Uint32, {2, 3}, {3, 1, 1, 2, 0, 3}),
                       makeTensor(DataType::Float32, {2, 3},
                                  {-1, -2, -3, -4, -5, -6})}),
               {4, 3}, {0, -5, 2, 10, -2, -3, -4, 21, 22, -1, 31, -6});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<4x3xi32>, %i: tensor<4x1xi32>, %u: tensor<4x1xi32>) -> tensor<4x3xi32> {
      %0 = webnn.scatterElements %x, %i, %u {axis = 1} : (tensor<4x3xi32>, tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x3xi32>
      return %0 : tensor<4x3xi32>
    })mlir",
                      {table4x3(DataType::Int32),
                       makeTensor(DataType::Int32, {4, 1}, {2, 1, 0, 2}),
                       makeTensor(DataType::Int32, {4, 1}, {-1, -2, -3, -4})}),
               {4, 3}, {0, 1, -1, 10, -2, 12, -3, 21, 22, 30, 31, -4});
}

TEST(DataMovementKernels, ScatterElementsNegativeClampedAndRepeatedIndices) {
  // -1 is the last row; 9 clamps to the last row too; of the updates that
  // hit the same element the last (row-major) one wins.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<3x2xf16>, %i: tensor<3x2xi64>, %u: tensor<3x2xf16>) -> tensor<3x2xf16> {
      %0 = webnn.scatterElements %x, %i, %u : (tensor<3x2xf16>, tensor<3x2xi64>, tensor<3x2xf16>) -> tensor<3x2xf16>
      return %0 : tensor<3x2xf16>
    })mlir",
                      {makeTensor(DataType::Float16, {3, 2}, {0, 1, 2, 3, 4, 5}),
                       makeTensor(DataType::Int64, {3, 2}, {-1, 0, 9, -3, 0, 0}),
                       makeTensor(DataType::Float16, {3, 2},
                                  {-1, -2, -3, -4, -5, -6})}),
               {3, 2}, {-5, -6, 2, 3, -3, 5});
}

//===----------------------------------------------------------------------===//
// scatterND
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, ScatterNDElementsAndSlices) {
  // Spec scatterND examples 1 and 2.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<8xf32>, %i: tensor<4x1xui32>, %u: tensor<4xf32>) -> tensor<8xf32> {
      %0 = webnn.scatterND %x, %i, %u : (tensor<8xf32>, tensor<4x1xui32>, tensor<4xf32>) -> tensor<8xf32>
      return %0 : tensor<8xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {8}, iota(8)),
                       makeTensor(DataType::Uint32, {4, 1}, {4, 3, 1, 7}),
                       makeTensor(DataType::Float32, {4}, {-1, -2, -3, -4})}),
               {8}, {0, -3, 2, -2, -1, 5, 6, -4});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x2xi8>, %i: tensor<2x2xi32>, %u: tensor<2xi8>) -> tensor<2x2xi8> {
      %0 = webnn.scatterND %x, %i, %u : (tensor<2x2xi8>, tensor<2x2xi32>, tensor<2xi8>) -> tensor<2x2xi8>
      return %0 : tensor<2x2xi8>
    })mlir",
                      {makeTensor(DataType::Int8, {2, 2}, {0, 1, 2, 3}),
                       makeTensor(DataType::Int32, {2, 2}, {0, 0, 1, 1}),
                       makeTensor(DataType::Int8, {2}, {-1, -2})}),
               {2, 2}, {-1, 1, 2, -2});
  // WPT "Insert entire slices of a higher rank tensor", shrunk: rows 0
  // and 2 (as -1) of a 3x2x2 input replaced.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<3x2x2xf32>, %i: tensor<2x1xi64>, %u: tensor<2x2x2xf32>) -> tensor<3x2x2xf32> {
      %0 = webnn.scatterND %x, %i, %u : (tensor<3x2x2xf32>, tensor<2x1xi64>, tensor<2x2x2xf32>) -> tensor<3x2x2xf32>
      return %0 : tensor<3x2x2xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {3, 2, 2}, iota(12)),
                       makeTensor(DataType::Int64, {2, 1}, {0, -1}),
                       makeTensor(DataType::Float32, {2, 2, 2}, iota(8, 100))}),
               {3, 2, 2}, {100, 101, 102, 103, 4, 5, 6, 7, 104, 105, 106, 107});
}

//===----------------------------------------------------------------------===//
// pad
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, PadSpecExamples) {
  Tensor input = makeTensor(DataType::Float32, {2, 3}, {1, 2, 3, 4, 5, 6});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x3xf32>) -> tensor<4x7xf32> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 1, 2>, endingPadding = array<i64: 1, 2>} : (tensor<2x3xf32>) -> tensor<4x7xf32>
      return %0 : tensor<4x7xf32>
    })mlir",
                      {input}),
               {4, 7}, {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 0, 0,
                        0, 0, 4, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x3xf32>) -> tensor<4x7xf32> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 1, 2>, endingPadding = array<i64: 1, 2>, mode = #webnn.padding_mode<edge>} : (tensor<2x3xf32>) -> tensor<4x7xf32>
      return %0 : tensor<4x7xf32>
    })mlir",
                      {input}),
               {4, 7}, {1, 1, 1, 2, 3, 3, 3, 1, 1, 1, 2, 3, 3, 3,
                        4, 4, 4, 5, 6, 6, 6, 4, 4, 4, 5, 6, 6, 6});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x3xf32>) -> tensor<4x7xf32> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 1, 2>, endingPadding = array<i64: 1, 2>, mode = #webnn.padding_mode<reflection>} : (tensor<2x3xf32>) -> tensor<4x7xf32>
      return %0 : tensor<4x7xf32>
    })mlir",
                      {input}),
               {4, 7}, {6, 5, 4, 5, 6, 5, 4, 3, 2, 1, 2, 3, 2, 1,
                        6, 5, 4, 5, 6, 5, 4, 3, 2, 1, 2, 3, 2, 1});
}

TEST(DataMovementKernels, PadValueIsCastToTheDataType) {
  // float16: -1.5 exactly.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2xf16>) -> tensor<4xf16> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 1>, endingPadding = array<i64: 1>, value = -1.5} : (tensor<2xf16>) -> tensor<4xf16>
      return %0 : tensor<4xf16>
    })mlir",
                      {makeTensor(DataType::Float16, {2}, {7, 8})}),
               {4}, {-1.5, 7, 8, -1.5});
  // float16: 1e6 overflows to +infinity (ConvertToFloat).
  Tensor inf = runOne(R"mlir(
    func.func @g(%x: tensor<1xf16>) -> tensor<2xf16> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 1>, endingPadding = array<i64: 0>, value = 1.0e6} : (tensor<1xf16>) -> tensor<2xf16>
      return %0 : tensor<2xf16>
    })mlir",
                      {makeTensor(DataType::Float16, {1}, {0})});
  ASSERT_EQ(inf.getNumElements(), 2);
  EXPECT_EQ(inf.getDouble(0), std::numeric_limits<double>::infinity());
  // uint8: 300 clamps to 255 (ConvertToInt clamps, it does not wrap).
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<1xui8>) -> tensor<3xui8> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 1>, endingPadding = array<i64: 1>, value = 300 : i64} : (tensor<1xui8>) -> tensor<3xui8>
      return %0 : tensor<3xui8>
    })mlir",
                      {makeTensor(DataType::Uint8, {1}, {5})}),
               {3}, {255, 5, 255});
  // int32: 2.5 and -2.5 round to the even neighbour; uint32: -1 clamps
  // to 0.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<1xi32>) -> tensor<2xi32> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 1>, endingPadding = array<i64: 0>, value = 2.5} : (tensor<1xi32>) -> tensor<2xi32>
      return %0 : tensor<2xi32>
    })mlir",
                      {makeTensor(DataType::Int32, {1}, {9})}),
               {2}, {2, 9});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<1xi32>) -> tensor<2xi32> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 1>, endingPadding = array<i64: 0>, value = -3.5} : (tensor<1xi32>) -> tensor<2xi32>
      return %0 : tensor<2xi32>
    })mlir",
                      {makeTensor(DataType::Int32, {1}, {9})}),
               {2}, {-4, 9});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<1xui32>) -> tensor<2xui32> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 0>, endingPadding = array<i64: 1>, value = -1 : i64} : (tensor<1xui32>) -> tensor<2xui32>
      return %0 : tensor<2xui32>
    })mlir",
                      {makeTensor(DataType::Uint32, {1}, {9})}),
               {2}, {9, 0});
  // int4: 100 clamps to 7.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<1xi4>) -> tensor<2xi4> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 0>, endingPadding = array<i64: 1>, value = 100 : i64} : (tensor<1xi4>) -> tensor<2xi4>
      return %0 : tensor<2xi4>
    })mlir",
                      {makeTensor(DataType::Int4, {1}, {-8})}),
               {2}, {-8, 7});
}

TEST(DataMovementKernels, PadUint64ValueBeyondInt64) {
  // ConvertToInt in uint64's own range: 1e19 is above 2^63; 1e30 clamps to
  // the maximum.
  Tensor input(DataType::Uint64, {1});
  input.setInt64(0, 3);
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<1xui64>) -> tensor<3xui64> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 1>, endingPadding = array<i64: 0>, value = 1.0e19} : (tensor<1xui64>) -> tensor<2xui64>
      %1 = webnn.pad %0 {beginningPadding = array<i64: 0>, endingPadding = array<i64: 1>, value = 1.0e30} : (tensor<2xui64>) -> tensor<3xui64>
      return %1 : tensor<3xui64>
    })mlir",
                      {input});
  ASSERT_EQ(out.getNumElements(), 3);
  EXPECT_EQ(out.data<uint64_t>()[0], 10000000000000000000ull);
  EXPECT_EQ(out.data<uint64_t>()[1], 3u);
  EXPECT_EQ(out.data<uint64_t>()[2], std::numeric_limits<uint64_t>::max());
}

TEST(DataMovementKernels, PadInt64ValueIsExact) {
  Tensor input(DataType::Int64, {1});
  input.setInt64(0, -1);
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<1xi64>) -> tensor<3xi64> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 1>, endingPadding = array<i64: 1>, value = 9007199254740993 : i64} : (tensor<1xi64>) -> tensor<3xi64>
      return %0 : tensor<3xi64>
    })mlir",
                      {input});
  ASSERT_EQ(out.getNumElements(), 3);
  EXPECT_EQ(out.getInt64(0), 9007199254740993);
  EXPECT_EQ(out.getInt64(1), -1);
  EXPECT_EQ(out.getInt64(2), 9007199254740993);
}

TEST(DataMovementKernels, PadUint64MaxValue) {
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<1xui64>) -> tensor<2xui64> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 1>, endingPadding = array<i64: 0>, value = 1.0e30} : (tensor<1xui64>) -> tensor<2xui64>
      return %0 : tensor<2xui64>
    })mlir",
                      {makeTensor(DataType::Uint64, {1}, {3})});
  ASSERT_EQ(out.getNumElements(), 2);
  EXPECT_EQ(out.data<uint64_t>()[0], std::numeric_limits<uint64_t>::max());
  EXPECT_EQ(out.data<uint64_t>()[1], 3u);
}

TEST(DataMovementKernels, PadEdgeAndReflection4D) {
  // WPT "pad float32 4D tensor options.mode='edge'" / 'reflection':
  // padding [0, 0, 1, 1] on both sides of a 1x1x2x3 input.
  Tensor input = makeTensor(DataType::Float32, {1, 1, 2, 3}, {1, 2, 3, 4, 5, 6});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<1x1x2x3xf32>) -> tensor<1x1x4x5xf32> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 0, 0, 1, 1>, endingPadding = array<i64: 0, 0, 1, 1>, mode = #webnn.padding_mode<edge>} : (tensor<1x1x2x3xf32>) -> tensor<1x1x4x5xf32>
      return %0 : tensor<1x1x4x5xf32>
    })mlir",
                      {input}),
               {1, 1, 4, 5}, {1, 1, 2, 3, 3, 1, 1, 2, 3, 3,
                              4, 4, 5, 6, 6, 4, 4, 5, 6, 6});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<1x1x2x3xf32>) -> tensor<1x1x4x5xf32> {
      %0 = webnn.pad %x {beginningPadding = array<i64: 0, 0, 1, 1>, endingPadding = array<i64: 0, 0, 1, 1>, mode = #webnn.padding_mode<reflection>} : (tensor<1x1x2x3xf32>) -> tensor<1x1x4x5xf32>
      return %0 : tensor<1x1x4x5xf32>
    })mlir",
                      {input}),
               {1, 1, 4, 5}, {5, 4, 5, 6, 5, 2, 1, 2, 3, 2,
                              5, 4, 5, 6, 5, 2, 1, 2, 3, 2});
}

//===----------------------------------------------------------------------===//
// reshape
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, ReshapeKeepsRowMajorOrder) {
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x3xui4>) -> tensor<3x1x2xui4> {
      %0 = webnn.reshape %x {newShape = array<i64: 3, 1, 2>} : (tensor<2x3xui4>) -> tensor<3x1x2xui4>
      return %0 : tensor<3x1x2xui4>
    })mlir",
                      {makeTensor(DataType::Uint4, {2, 3}, {0, 1, 2, 13, 14, 15})}),
               {3, 1, 2}, {0, 1, 2, 13, 14, 15});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<1x1xf32>) -> tensor<f32> {
      %0 = webnn.reshape %x {newShape = array<i64>} : (tensor<1x1xf32>) -> tensor<f32>
      return %0 : tensor<f32>
    })mlir",
                      {makeTensor(DataType::Float32, {1, 1}, {3.5})}),
               {}, {3.5});
}

//===----------------------------------------------------------------------===//
// reverse
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, ReverseAxes) {
  Tensor input = makeTensor(DataType::Float32, {2, 3}, {1, 2, 3, 4, 5, 6});
  // Absent axes: all.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
      %0 = webnn.reverse %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
      return %0 : tensor<2x3xf32>
    })mlir",
                      {input}),
               {2, 3}, {6, 5, 4, 3, 2, 1});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
      %0 = webnn.reverse %x {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
      return %0 : tensor<2x3xf32>
    })mlir",
                      {input}),
               {2, 3}, {3, 2, 1, 6, 5, 4});
  // Empty axes: none.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
      %0 = webnn.reverse %x {axes = array<i64>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
      return %0 : tensor<2x3xf32>
    })mlir",
                      {input}),
               {2, 3}, {1, 2, 3, 4, 5, 6});
}

//===----------------------------------------------------------------------===//
// slice
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, SliceWindow) {
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<3x4xi32>) -> tensor<2x2xi32> {
      %0 = webnn.slice %x {starts = array<i64: 1, 1>, sizes = array<i64: 2, 2>} : (tensor<3x4xi32>) -> tensor<2x2xi32>
      return %0 : tensor<2x2xi32>
    })mlir",
                      {makeTensor(DataType::Int32, {3, 4}, iota(12))}),
               {2, 2}, {5, 6, 9, 10});
}

TEST(DataMovementKernels, SliceWithStrides) {
  // sizes 4 and 5 with strides 2 and 3: ceil(4/2) = 2, ceil(5/3) = 2.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<5x6xf32>) -> tensor<2x2xf32> {
      %0 = webnn.slice %x {starts = array<i64: 1, 1>, sizes = array<i64: 4, 5>, strides = array<i64: 2, 3>} : (tensor<5x6xf32>) -> tensor<2x2xf32>
      return %0 : tensor<2x2xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {5, 6}, iota(30))}),
               {2, 2}, {7, 10, 19, 22});
}

//===----------------------------------------------------------------------===//
// split
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, SplitCountAndSizes) {
  GraphRunner runner;
  Tensor input = makeTensor(DataType::Float32, {2, 6}, iota(12));
  std::vector<Tensor> outputs = runner.run(R"mlir(
    func.func @g(%x: tensor<2x6xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>) {
      %0:3 = webnn.split %x {splits = 3, axis = 1} : (tensor<2x6xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>)
      return %0#0, %0#1, %0#2 : tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>
    })mlir",
                                           {input});
  ASSERT_EQ(outputs.size(), 3u);
  expectValues(outputs[0], {2, 2}, {0, 1, 6, 7});
  expectValues(outputs[1], {2, 2}, {2, 3, 8, 9});
  expectValues(outputs[2], {2, 2}, {4, 5, 10, 11});

  GraphRunner runner2;
  outputs = runner2.run(R"mlir(
    func.func @g(%x: tensor<2x6xf32>) -> (tensor<2x1xf32>, tensor<2x5xf32>) {
      %0:2 = webnn.split %x {splits = array<i64: 1, 5>, axis = 1} : (tensor<2x6xf32>) -> (tensor<2x1xf32>, tensor<2x5xf32>)
      return %0#0, %0#1 : tensor<2x1xf32>, tensor<2x5xf32>
    })mlir",
                        {input});
  ASSERT_EQ(outputs.size(), 2u);
  expectValues(outputs[0], {2, 1}, {0, 6});
  expectValues(outputs[1], {2, 5}, {1, 2, 3, 4, 5, 7, 8, 9, 10, 11});

  // A one-element list of sizes is one part: the whole input.
  GraphRunner runner3;
  outputs = runner3.run(R"mlir(
    func.func @g(%x: tensor<2x6xf32>) -> tensor<2x6xf32> {
      %0 = webnn.split %x {splits = array<i64: 2>} : (tensor<2x6xf32>) -> tensor<2x6xf32>
      return %0 : tensor<2x6xf32>
    })mlir",
                        {input});
  ASSERT_EQ(outputs.size(), 1u);
  expectValues(outputs[0], {2, 6}, iota(12));
}

//===----------------------------------------------------------------------===//
// tile
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, TileUint32) {
  // WPT "tile uint32 2D tensor".
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x2xui32>) -> tensor<4x6xui32> {
      %0 = webnn.tile %x {repetitions = array<i64: 2, 3>} : (tensor<2x2xui32>) -> tensor<4x6xui32>
      return %0 : tensor<4x6xui32>
    })mlir",
                      {makeTensor(DataType::Uint32, {2, 2}, {1, 2, 3, 4})}),
               {4, 6}, {1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4,
                        1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4});
}

//===----------------------------------------------------------------------===//
// transpose
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, TransposeDefaultReversesDimensions) {
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x3xf16>) -> tensor<3x2xf16> {
      %0 = webnn.transpose %x : (tensor<2x3xf16>) -> tensor<3x2xf16>
      return %0 : tensor<3x2xf16>
    })mlir",
                      {makeTensor(DataType::Float16, {2, 3}, {1, 2, 3, 4, 5, 6})}),
               {3, 2}, {1, 4, 2, 5, 3, 6});
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<f32>) -> tensor<f32> {
      %0 = webnn.transpose %x : (tensor<f32>) -> tensor<f32>
      return %0 : tensor<f32>
    })mlir",
                      {makeTensor(DataType::Float32, {}, {42})}),
               {}, {42});
}

TEST(DataMovementKernels, TransposePermutation) {
  // [2, 3, 4] with permutation [1, 2, 0] -> [3, 4, 2]:
  // output[j, k, i] = input[i, j, k].
  std::vector<double> expected;
  for (int j = 0; j < 3; ++j)
    for (int k = 0; k < 4; ++k)
      for (int i = 0; i < 2; ++i)
        expected.push_back(i * 12 + j * 4 + k);
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x3x4xi64>) -> tensor<3x4x2xi64> {
      %0 = webnn.transpose %x {permutation = array<i64: 1, 2, 0>} : (tensor<2x3x4xi64>) -> tensor<3x4x2xi64>
      return %0 : tensor<3x4x2xi64>
    })mlir",
                      {makeTensor(DataType::Int64, {2, 3, 4}, iota(24))}),
               {3, 4, 2}, expected);
}

//===----------------------------------------------------------------------===//
// triangular
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, TriangularSpecExamples) {
  Tensor input = makeTensor(DataType::Float32, {3, 3}, {7, 1, 2, 9, 4, 8, 2, 6, 3});
  auto run = [&](llvm::StringRef attributes) {
    std::string source = R"mlir(
    func.func @g(%x: tensor<3x3xf32>) -> tensor<3x3xf32> {
      %0 = webnn.triangular %x )mlir" +
                         attributes.str() + R"mlir( : (tensor<3x3xf32>) -> tensor<3x3xf32>
      return %0 : tensor<3x3xf32>
    })mlir";
    return runOne(source, {input});
  };
  expectValues(run(""), {3, 3}, {7, 1, 2, 0, 4, 8, 0, 0, 3});
  expectValues(run("{diagonal = 1}"), {3, 3}, {0, 1, 2, 0, 0, 8, 0, 0, 0});
  expectValues(run("{diagonal = -1}"), {3, 3}, {7, 1, 2, 9, 4, 8, 0, 6, 3});
  expectValues(run("{upper = false}"), {3, 3}, {7, 0, 0, 9, 4, 0, 2, 6, 3});
  expectValues(run("{upper = false, diagonal = -1}"), {3, 3},
               {0, 0, 0, 9, 0, 0, 2, 6, 0});
  expectValues(run("{upper = false, diagonal = 1}"), {3, 3},
               {7, 1, 0, 9, 4, 8, 2, 6, 3});
  // Fully zero / fully copied.
  expectValues(run("{diagonal = 3}"), {3, 3}, {0, 0, 0, 0, 0, 0, 0, 0, 0});
  expectValues(run("{upper = false, diagonal = -3}"), {3, 3},
               {0, 0, 0, 0, 0, 0, 0, 0, 0});
  expectValues(run("{diagonal = -2}"), {3, 3}, {7, 1, 2, 9, 4, 8, 2, 6, 3});
}

TEST(DataMovementKernels, TriangularBatchedFloat16) {
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<2x2x3xf16>) -> tensor<2x2x3xf16> {
      %0 = webnn.triangular %x {upper = false} : (tensor<2x2x3xf16>) -> tensor<2x2x3xf16>
      return %0 : tensor<2x2x3xf16>
    })mlir",
                      {makeTensor(DataType::Float16, {2, 2, 3}, iota(12, 1))}),
               {2, 2, 3}, {1, 0, 0, 4, 5, 0, 7, 0, 0, 10, 11, 0});
}

//===----------------------------------------------------------------------===//
// resample2d
//===----------------------------------------------------------------------===//

TEST(DataMovementKernels, Resample2dLinearSpecNote) {
  // The spec's note: linear 4x4 -> 8x8.
  Tensor out = runOne(R"mlir(
    func.func @g(%x: tensor<1x1x4x4xf32>) -> tensor<1x1x8x8xf32> {
      %0 = webnn.resample2d %x {mode = #webnn.interpolation_mode<linear>, sizes = array<i64: 8, 8>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x8x8xf32>
      return %0 : tensor<1x1x8x8xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {1, 1, 4, 4},
                                  {0, 1, 2, 3, 0, 1, 2, 3, 12, 13, 14, 15, 12,
                                   13, 14, 15})});
  std::vector<double> row = {0, 0.25, 0.75, 1.25, 1.75, 2.25, 2.75, 3};
  std::vector<double> rowBase = {0, 0, 0, 3, 9, 12, 12, 12};
  std::vector<double> expected;
  for (double base : rowBase)
    for (double x : row)
      expected.push_back(base + x);
  EXPECT_EQ(out.getShape(), (llvm::ArrayRef<int64_t>{1, 1, 8, 8}));
  expectNear(out, expected, 1e-6);
}

TEST(DataMovementKernels, Resample2dNearestUpsample) {
  // WPT "resample2d(upsample) float32 4D tensor options.scales": each
  // element repeated 2x2.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<1x1x2x3xf32>) -> tensor<1x1x4x6xf32> {
      %0 = webnn.resample2d %x {scales = array<f32: 2.0, 2.0>} : (tensor<1x1x2x3xf32>) -> tensor<1x1x4x6xf32>
      return %0 : tensor<1x1x4x6xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {1, 1, 2, 3}, iota(6))}),
               {1, 1, 4, 6}, {0, 0, 1, 1, 2, 2, 0, 0, 1, 1, 2, 2,
                              3, 3, 4, 4, 5, 5, 3, 3, 4, 4, 5, 5});
}

TEST(DataMovementKernels, Resample2dNearestRoundsHalfDown) {
  // 4 -> 2: input coordinates (o + 0.5) * 2 - 0.5 = 0.5 and 2.5, and
  // ceil(c - 0.5) picks 0 and 2 (ties go down). 3 -> 2 on the other axis:
  // c = 0.25 and 1.75 -> 0 and 2. (axes [3, 2]: sizes pair with axes.)
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<1x1x3x4xi8>) -> tensor<1x1x2x2xi8> {
      %0 = webnn.resample2d %x {axes = array<i64: 3, 2>, sizes = array<i64: 2, 2>} : (tensor<1x1x3x4xi8>) -> tensor<1x1x2x2xi8>
      return %0 : tensor<1x1x2x2xi8>
    })mlir",
                      {makeTensor(DataType::Int8, {1, 1, 3, 4}, iota(12))}),
               {1, 1, 2, 2}, {0, 2, 8, 10});
  // 2 -> 3 (scale 1.5): c = (o + 0.5) / 1.5 - 0.5 = -1/6, 0.5, 7/6 ->
  // clamp 0 -> 0, ceil(0) = 0, ceil(2/3) = 1.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<1x2x1x1xf32>) -> tensor<1x3x1x1xf32> {
      %0 = webnn.resample2d %x {axes = array<i64: 1, 2>, scales = array<f32: 1.5, 1.0>} : (tensor<1x2x1x1xf32>) -> tensor<1x3x1x1xf32>
      return %0 : tensor<1x3x1x1xf32>
    })mlir",
                      {makeTensor(DataType::Float32, {1, 2, 1, 1}, {10, 20})}),
               {1, 3, 1, 1}, {10, 10, 20});
}

TEST(DataMovementKernels, Resample2dLinearOnAxes01Uint8Rounds) {
  // axes [0, 1], 1x2 -> 1x4 along axis 1: c = (o + 0.5) / 2 - 0.5 =
  // -0.25, 0.25, 0.75, 1.25 -> clamp -> 0, 0.25, 0.75, 1. Between 0 and
  // 255: 0, 63.75 -> 64, 191.25 -> 191, 255.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<1x2x1x1xui8>) -> tensor<1x4x1x1xui8> {
      %0 = webnn.resample2d %x {mode = #webnn.interpolation_mode<linear>, axes = array<i64: 0, 1>, sizes = array<i64: 1, 4>} : (tensor<1x2x1x1xui8>) -> tensor<1x4x1x1xui8>
      return %0 : tensor<1x4x1x1xui8>
    })mlir",
                      {makeTensor(DataType::Uint8, {1, 2, 1, 1}, {0, 255})}),
               {1, 4, 1, 1}, {0, 64, 191, 255});
}

TEST(DataMovementKernels, Resample2dLinearFloat16Downsample) {
  // 4 -> 2 along both axes: c = 0.5 and 2.5, so each output averages a
  // 2x2 block.
  expectValues(runOne(R"mlir(
    func.func @g(%x: tensor<1x1x4x4xf16>) -> tensor<1x1x2x2xf16> {
      %0 = webnn.resample2d %x {mode = #webnn.interpolation_mode<linear>, scales = array<f32: 0.5, 0.5>} : (tensor<1x1x4x4xf16>) -> tensor<1x1x2x2xf16>
      return %0 : tensor<1x1x2x2xf16>
    })mlir",
                      {makeTensor(DataType::Float16, {1, 1, 4, 4}, iota(16))}),
               {1, 1, 2, 2}, {2.5, 4.5, 10.5, 12.5});
}
