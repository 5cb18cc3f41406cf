//===- FuseGemm.cpp - matmul + add and 2-D transposes into gemm -----------===//
//
// ONNX exports of linear layers without Gemm (MatMul then Add) and
// products of explicitly transposed matrices: gemm carries the bias and
// both transpositions itself, so the lowering builds one product with the
// bias as its epilogue and reads transposed operands through its indexing
// (constant ones are laid out at compile time).
//
//===----------------------------------------------------------------------===//
#include "webnnc/Transforms/Passes.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "webnn/IR/WebNNOps.h"

namespace mlir::webnnc {
#define GEN_PASS_DEF_FUSEGEMM
#include "webnnc/Transforms/Passes.h.inc"

namespace {

bool isMatrix(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.getRank() == 2;
}

/// Whether `c` broadcasts to [M, N] unidirectionally (the spec's gemm
/// requirement for its c operand): rank at most 2, each trailing
/// dimension 1 or equal.
bool broadcastsTo(Value c, ArrayRef<int64_t> shape) {
  auto type = dyn_cast<RankedTensorType>(c.getType());
  if (!type || !type.hasStaticShape() || type.getRank() > 2)
    return false;
  for (auto [dim, target] :
       llvm::zip(llvm::reverse(type.getShape()), llvm::reverse(shape)))
    if (dim != 1 && dim != target)
      return false;
  return true;
}

/// The input of a single-use 2-D transpose (permutation [1, 0] or the
/// default reversal), or null.
Value transposedMatrix(Value value) {
  auto transpose = value.getDefiningOp<webnn::TransposeOp>();
  if (!transpose || !transpose->hasOneUse() || !isMatrix(transpose.getInput()))
    return Value();
  if (auto permutation = transpose.getPermutationAttr())
    if (permutation.asArrayRef() != ArrayRef<int64_t>{1, 0})
      return Value();
  return transpose.getInput();
}

/// add(matmul(a, b), c) (either order) -> gemm(a, b, c) for matrices a and
/// b and a c that broadcasts to the product's shape.
struct MatmulAddToGemm : OpRewritePattern<webnn::AddOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(webnn::AddOp add,
                                PatternRewriter &rewriter) const override {
    for (auto [productValue, c] : {std::pair(add.getA(), add.getB()),
                                   std::pair(add.getB(), add.getA())}) {
      auto matmul = productValue.getDefiningOp<webnn::MatmulOp>();
      if (!matmul || !matmul->hasOneUse() || !isMatrix(matmul.getA()) ||
          !isMatrix(matmul.getB()) || matmul.getType() != add.getType() ||
          !broadcastsTo(c, matmul.getType().getShape()))
        continue;
      rewriter.replaceOpWithNewOp<webnn::GemmOp>(
          add, add.getType(), matmul.getA(), matmul.getB(), c, APFloat(1.0f),
          APFloat(1.0f), false, false, StringAttr());
      return success();
    }
    return rewriter.notifyMatchFailure(add, "not a matrix product plus bias");
  }
};

/// matmul(a, b) of matrices with a transposed operand -> gemm(a, b), whose
/// transposes TransposeIntoGemm then folds into its flags.
struct TransposedMatmulToGemm : OpRewritePattern<webnn::MatmulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(webnn::MatmulOp matmul,
                                PatternRewriter &rewriter) const override {
    if (!transposedMatrix(matmul.getA()) && !transposedMatrix(matmul.getB()))
      return rewriter.notifyMatchFailure(matmul, "no transposed operand");
    rewriter.replaceOpWithNewOp<webnn::GemmOp>(
        matmul, matmul.getType(), matmul.getA(), matmul.getB(), Value(),
        APFloat(1.0f), APFloat(1.0f), false, false, StringAttr());
    return success();
  }
};

/// gemm(transpose(a), ...) -> gemm(a, ...) with aTranspose flipped; the
/// same for b.
struct TransposeIntoGemm : OpRewritePattern<webnn::GemmOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(webnn::GemmOp gemm,
                                PatternRewriter &rewriter) const override {
    Value a = transposedMatrix(gemm.getA());
    Value b = transposedMatrix(gemm.getB());
    if (!a && !b)
      return rewriter.notifyMatchFailure(gemm, "no transposed operand");
    rewriter.modifyOpInPlace(gemm, [&] {
      if (a) {
        gemm.getAMutable().assign(a);
        gemm.setATranspose(!gemm.getATranspose());
      }
      if (b) {
        gemm.getBMutable().assign(b);
        gemm.setBTranspose(!gemm.getBTranspose());
      }
    });
    return success();
  }
};

struct FuseGemmPass : impl::FuseGemmBase<FuseGemmPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<MatmulAddToGemm, TransposedMatmulToGemm, TransposeIntoGemm>(
        &getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
} // namespace mlir::webnnc
