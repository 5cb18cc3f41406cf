// Helpers for interpreter kernel tests: parse a webnn graph from text, run
// it on given tensors, compare results.
#ifndef WEBNNC_TEST_INTERPRETERTESTUTILS_H
#define WEBNNC_TEST_INTERPRETERTESTUTILS_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "webnn/IR/WebNNDialect.h"
#include "webnnc/Interpreter/Interpreter.h"
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace webnnc::interp::testing {

/// A tensor from values given as doubles (cast with the spec's rules).
inline Tensor makeTensor(DataType type, llvm::ArrayRef<int64_t> shape,
                         llvm::ArrayRef<double> values) {
  Tensor tensor(type, shape);
  EXPECT_EQ(static_cast<int64_t>(values.size()), tensor.getNumElements());
  for (size_t i = 0; i < values.size(); ++i)
    tensor.setDouble(static_cast<int64_t>(i), values[i]);
  return tensor;
}

/// All elements as doubles.
inline std::vector<double> values(const Tensor &tensor) {
  std::vector<double> result;
  for (int64_t i = 0; i < tensor.getNumElements(); ++i)
    result.push_back(tensor.getDouble(i));
  return result;
}

/// Parses `source` (one func.func) and interprets it on `inputs`. Fails the
/// test (and returns nothing) on a parse or interpretation error; the
/// diagnostic text is kept in `lastError`.
class GraphRunner {
public:
  GraphRunner() {
    context.loadDialect<mlir::webnn::WebNNDialect, mlir::func::FuncDialect>();
    handler.emplace(&context, [this](mlir::Diagnostic &diag) {
      lastError = diag.str();
      return mlir::success();
    });
  }

  std::vector<Tensor> run(llvm::StringRef source,
                          llvm::ArrayRef<Tensor> inputs) {
    module = mlir::parseSourceString<mlir::ModuleOp>(source, &context);
    if (!module) {
      ADD_FAILURE() << "parse failed: " << lastError;
      return {};
    }
    auto graph = *module->getOps<mlir::func::FuncOp>().begin();
    mlir::FailureOr<llvm::SmallVector<Tensor>> outputs =
        interpret(graph, inputs);
    if (mlir::failed(outputs)) {
      ADD_FAILURE() << "interpretation failed: " << lastError;
      return {};
    }
    return std::vector<Tensor>(outputs->begin(), outputs->end());
  }

  std::string lastError;

private:
  mlir::MLIRContext context;
  std::optional<mlir::ScopedDiagnosticHandler> handler;
  mlir::OwningOpRef<mlir::ModuleOp> module;
};

/// Element-wise comparison with an absolute tolerance.
inline void expectNear(const Tensor &actual, llvm::ArrayRef<double> expected,
                       double tolerance = 1e-6) {
  ASSERT_EQ(actual.getNumElements(), static_cast<int64_t>(expected.size()));
  for (size_t i = 0; i < expected.size(); ++i)
    EXPECT_NEAR(actual.getDouble(static_cast<int64_t>(i)), expected[i],
                tolerance)
        << "element " << i;
}

} // namespace webnnc::interp::testing

#endif // WEBNNC_TEST_INTERPRETERTESTUTILS_H
