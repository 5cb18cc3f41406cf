//===- WebNNToLinalgPass.cpp - the convert-webnn-to-linalg pass -----------===//
#include "webnnc/Conversion/Passes.h"
#include "webnnc/Conversion/WebNNToLinalg.h"

#include "mlir/Dialect/Func/Transforms/FuncConversions.h"
#include "webnn/IR/WebNNDialect.h"

namespace mlir::webnnc {
#define GEN_PASS_DEF_CONVERTWEBNNTOLINALG
#include "webnnc/Conversion/Passes.h.inc"
} // namespace mlir::webnnc

using namespace mlir;

namespace {

struct ConvertWebNNToLinalgPass
    : public webnnc::impl::ConvertWebNNToLinalgBase<ConvertWebNNToLinalgPass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    webnnc::WebNNTypeConverter converter;
    RewritePatternSet patterns(context);
    webnnc::populateGraphToLinalgPatterns(converter, patterns);
    webnnc::populateElementwiseToLinalgPatterns(converter, patterns);
    webnnc::populateActivationToLinalgPatterns(converter, patterns);
    webnnc::populateConvPoolToLinalgPatterns(converter, patterns);
    webnnc::populateNormReduceToLinalgPatterns(converter, patterns);
    webnnc::populateDataMovementToLinalgPatterns(converter, patterns);
    webnnc::populateQuantizationToLinalgPatterns(converter, patterns);
    webnnc::populateRecurrentToLinalgPatterns(converter, patterns);
    populateFunctionOpInterfaceTypeConversionPattern<func::FuncOp>(patterns,
                                                                   converter);
    populateReturnOpTypeConversionPattern(patterns, converter);
    populateCallOpTypeConversionPattern(patterns, converter);

    ConversionTarget target(*context);
    // Ops of other dialects stay as they are, unless they carry unsigned
    // types (function signatures, calls, returns).
    target.markUnknownOpDynamicallyLegal(
        [&](Operation *op) { return converter.isLegal(op); });
    target.addLegalDialect<linalg::LinalgDialect, tensor::TensorDialect,
                           arith::ArithDialect, math::MathDialect>();
    // Every webnn op must be lowered: one left over is an error naming it.
    target.addIllegalDialect<webnn::WebNNDialect>();
    target.addDynamicallyLegalOp<func::FuncOp>([&](func::FuncOp func) {
      return converter.isSignatureLegal(func.getFunctionType());
    });
    target.addLegalOp<ModuleOp>();
    if (failed(applyFullConversion(getOperation(), target,
                                   std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
