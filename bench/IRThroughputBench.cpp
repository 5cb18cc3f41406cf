// How fast webnn IR is parsed and verified (every op's spec validation and
// shape inference runs in verification), and how fast ops are built through
// the C++ builders an importer uses. Graph sizes span MobileNet (~100 ops)
// to large transformers (~10k ops).
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "webnn/IR/WebNNOps.h"

#include <benchmark/benchmark.h>
#include <string>

namespace {

/// A chain of `numOps` alternating broadcasting adds and relus.
std::string makeChainGraph(int numOps) {
  std::string text =
      "func.func @chain(%x: tensor<1x64x56x56xf32>, %b: tensor<64x1x1xf32>)"
      " -> tensor<1x64x56x56xf32> {\n";
  std::string last = "%x";
  for (int i = 0; i < numOps; ++i) {
    std::string name = "%v" + std::to_string(i);
    if (i % 2 == 0)
      text += "  " + name + " = webnn.add " + last +
              ", %b : (tensor<1x64x56x56xf32>, tensor<64x1x1xf32>) -> "
              "tensor<1x64x56x56xf32>\n";
    else
      text += "  " + name + " = webnn.relu " + last +
              " : (tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>\n";
    last = name;
  }
  text += "  return " + last + " : tensor<1x64x56x56xf32>\n}\n";
  return text;
}

void BM_ParseAndVerify(benchmark::State &state) {
  mlir::MLIRContext context;
  context.loadDialect<mlir::webnn::WebNNDialect, mlir::func::FuncDialect>();
  std::string text = makeChainGraph(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    mlir::OwningOpRef<mlir::ModuleOp> module =
        mlir::parseSourceString<mlir::ModuleOp>(text, &context);
    if (!module) {
      state.SkipWithError("parse failed");
      break;
    }
    benchmark::DoNotOptimize(module.get());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetLabel("ops");
}
BENCHMARK(BM_ParseAndVerify)->Arg(64)->Arg(1024)->Arg(16384);

void BM_BuildWithInference(benchmark::State &state) {
  mlir::MLIRContext context;
  context.loadDialect<mlir::webnn::WebNNDialect, mlir::func::FuncDialect>();
  mlir::OpBuilder builder(&context);
  mlir::Location loc = builder.getUnknownLoc();
  auto activation = mlir::RankedTensorType::get({1, 64, 56, 56},
                                                builder.getF32Type());
  auto bias = mlir::RankedTensorType::get({64, 1, 1}, builder.getF32Type());
  for (auto _ : state) {
    mlir::OwningOpRef<mlir::ModuleOp> module = mlir::ModuleOp::create(loc);
    builder.setInsertionPointToEnd(module->getBody());
    auto func = mlir::func::FuncOp::create(
        builder, loc, "chain",
        builder.getFunctionType({activation, bias}, {activation}));
    mlir::Block *body = func.addEntryBlock();
    builder.setInsertionPointToEnd(body);
    mlir::Value last = body->getArgument(0);
    for (int64_t i = 0; i < state.range(0); ++i) {
      // Result types come from inferReturnTypes, as in the importers.
      if (i % 2 == 0)
        last = mlir::webnn::AddOp::create(builder, loc, last,
                                          body->getArgument(1),
                                          mlir::StringAttr());
      else
        last = mlir::webnn::ReluOp::create(builder, loc, last,
                                           mlir::StringAttr());
    }
    mlir::func::ReturnOp::create(builder, loc, last);
    if (mlir::failed(mlir::verify(*module))) {
      state.SkipWithError("verification failed");
      break;
    }
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_BuildWithInference)->Arg(64)->Arg(1024)->Arg(16384);

} // namespace

BENCHMARK_MAIN();
