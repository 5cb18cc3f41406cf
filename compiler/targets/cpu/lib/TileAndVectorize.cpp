//===- TileAndVectorize.cpp - work ranges and register tiles --------------===//
//
// Two levels of tiling per kernel, as CPU backends of IREE do them:
//  1. Distribution: the root op is tiled along its outermost useful
//     parallel dimension and its destination producers (fill, empty) are
//     fused into the loop; the loop's bounds become the kernel's work
//     range [begin, end), so the runtime's threads each run some tiles.
//  2. Registers: a contraction's tile is tiled again into M x N x 1 tiles
//     (N innermost in memory, the loop order N, M, K keeps a K x N panel
//     of the right operand in L1), full tiles are peeled off the partial
//     ones and vectorized; the accumulator then lives in registers across
//     the K loop once the transfers are hoisted after bufferization.
//
//===----------------------------------------------------------------------===//
#include "webnnc/Targets/CPU/Passes.h"

#include "IndexingMaps.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Transforms/Transforms.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/TilingInterface.h"
#include "mlir/Rewrite/FrozenRewritePatternSet.h"
#include "mlir/Transforms/CSE.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"

namespace mlir::webnnc {
#define GEN_PASS_DEF_TILEANDVECTORIZE
#include "webnnc/Targets/CPU/Passes.h.inc"

namespace {

/// The (m, n, k) loop positions of a plain contraction, or nullopt.
struct MatmulDims {
  unsigned m, n, k;
  SmallVector<unsigned> batch;
};
std::optional<MatmulDims> getMatmulDims(linalg::LinalgOp op) {
  if (!op || op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      !linalg::isaContractionOpInterface(op))
    return std::nullopt;
  FailureOr<linalg::ContractionDimensions> dims =
      linalg::inferContractionDims(op);
  if (failed(dims) || dims->m.size() != 1 || dims->n.size() != 1 ||
      dims->k.size() != 1)
    return std::nullopt;
  return MatmulDims{
      dims->m[0], dims->n[0], dims->k[0],
      SmallVector<unsigned>(dims->batch.begin(), dims->batch.end())};
}

/// A reduction over the innermost loop only, with every operand read along
/// it or not at all (softmax's max and sum, reduceMean over the last axis,
/// global average pooling): each output element becomes one vector
/// reduction of its row.
bool isInnerReduction(linalg::GenericOp op) {
  unsigned numLoops = op.getNumLoops();
  if (numLoops == 0 || op.getNumReductionLoops() != 1 ||
      op.getIteratorTypesArray().back() != utils::IteratorType::reduction ||
      op.hasDynamicShape() || op.getNumDpsInits() != 1)
    return false;
  unsigned rowDim = numLoops - 1;
  for (AffineMap map : op.getIndexingMapsArray()) {
    if (!map.isProjectedPermutation())
      return false;
    // A row must be contiguous in every operand that reads it.
    if (map.isFunctionOfDim(rowDim) &&
        !map.getResults().back().isFunctionOfDim(rowDim))
      return false;
  }
  return true;
}

/// vector.multi_reduction of a single row (every dimension but the reduced
/// innermost one is 1) -> vector.reduction of that row. The generic
/// lowering would reduce element by element into a [1] accumulator; one
/// reduction lets LLVM add whole registers and finish with a horizontal
/// step. Float sums are reassociated (a tree adds no more rounding error
/// than the sequential order).
struct RowMultiReductionToReduction
    : OpRewritePattern<vector::MultiDimReductionOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(vector::MultiDimReductionOp op,
                                PatternRewriter &rewriter) const override {
    VectorType sourceType = op.getSourceVectorType();
    int64_t rank = sourceType.getRank();
    ArrayRef<int64_t> shape = sourceType.getShape();
    if (sourceType.isScalable() || op.getReductionDims().size() != 1 ||
        op.getReductionDims()[0] != rank - 1 ||
        llvm::any_of(shape.drop_back(), [](int64_t d) { return d != 1; }))
      return failure();
    Location loc = op.getLoc();
    Type elementType = sourceType.getElementType();
    Value row = vector::ShapeCastOp::create(
        rewriter, loc, VectorType::get({shape.back()}, elementType),
        op.getSource());
    Value acc = op.getAcc();
    if (isa<VectorType>(acc.getType()))
      acc = vector::ExtractOp::create(rewriter, loc, acc,
                                      SmallVector<int64_t>(rank - 1, 0));
    arith::FastMathFlags flags = isa<FloatType>(elementType)
                                     ? arith::FastMathFlags::reassoc
                                     : arith::FastMathFlags::none;
    Value reduced = vector::ReductionOp::create(rewriter, loc, op.getKind(),
                                                row, acc, flags);
    if (isa<VectorType>(op.getType()))
      reduced =
          vector::BroadcastOp::create(rewriter, loc, op.getType(), reduced);
    rewriter.replaceOp(op, reduced);
    return success();
  }
};

/// Erases the ops of `block` whose results nobody uses, users first (what
/// tiling leaves behind: the untiled producers and their slices).
void eraseDeadOps(RewriterBase &rewriter, Block &block) {
  for (Operation &op : llvm::make_early_inc_range(llvm::reverse(block)))
    if (isOpTriviallyDead(&op))
      rewriter.eraseOp(&op);
}

/// Ops that may stay outside the work loop: they write no memory, so every
/// work item may run them.
bool isSideEffectFreeSetup(Operation *op) {
  return isa<tensor::EmptyOp, arith::ConstantOp, tensor::CollapseShapeOp,
             tensor::ExpandShapeOp, tensor::ExtractSliceOp, tensor::ExtractOp,
             func::ReturnOp>(op) ||
         (op->getNumRegions() == 0 && isPure(op));
}

/// Kernels with fewer loop iterations than this run as one work item: a
/// few microseconds of work cost less than handing them to another thread.
constexpr int64_t kMinParallelIterations = 32768;

/// Row lengths of inner reductions vectorized whole: from a register's
/// worth (shorter rows stay loops) up to 32 registers (longer rows are
/// reduced in chunks).
constexpr int64_t kMinReductionVector = 16;
constexpr int64_t kMaxReductionVector = 512;

/// Width of a vector register (AVX-512), and the shortest row an
/// element-wise kernel is vectorized along in MLIR (shorter rows are left
/// to LLVM's loop vectorizer).
constexpr int64_t kVectorBits = 512;
constexpr int64_t kMinRowVector = 4;

/// Marks the loop over a kernel's work range.
constexpr llvm::StringLiteral kWorkLoopAttr = "webnnc.work_loop";

/// Largest product tile an epilogue kernel keeps per work item (it lives
/// on the stack of the thread running the item).
constexpr int64_t kMaxScratchTileBytes = 128 * 1024;

struct TileAndVectorizePass : impl::TileAndVectorizeBase<TileAndVectorizePass> {
  using TileAndVectorizeBase::TileAndVectorizeBase;

  LogicalResult initialize(MLIRContext *context) override {
    RewritePatternSet patterns(context);
    for (Dialect *dialect : context->getLoadedDialects())
      dialect->getCanonicalizationPatterns(patterns);
    for (RegisteredOperationName name : context->getRegisteredOperations())
      name.getCanonicalizationPatterns(patterns, context);
    tensor::populateFoldTensorEmptyPatterns(patterns);
    canonicalization = FrozenRewritePatternSet(std::move(patterns));
    RewritePatternSet merging(context);
    tensor::populateMergeConsecutiveInsertExtractSlicePatterns(merging);
    sliceMerging = FrozenRewritePatternSet(std::move(merging));
    return success();
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    llvm::DenseMap<StringAttr, int64_t> workItems;
    for (auto kernel : module.getOps<func::FuncOp>())
      if (kernel->hasAttr(kKernelAttr) && !kernel.isExternal())
        workItems[kernel.getSymNameAttr()] = runOnKernel(kernel);
    // Calls in the graph run the whole range.
    module.walk([&](func::CallOp call) {
      auto it = workItems.find(call.getCalleeAttr().getAttr());
      if (it == workItems.end())
        return;
      OpBuilder builder(call);
      Value begin = arith::ConstantIndexOp::create(builder, call.getLoc(), 0);
      Value end =
          arith::ConstantIndexOp::create(builder, call.getLoc(), it->second);
      call->insertOperands(call->getNumOperands(), {begin, end});
    });
  }

  int64_t runOnKernel(func::FuncOp kernel) {
    OpBuilder builder(kernel);
    Location loc = kernel.getLoc();
    unsigned numArgs = kernel.getNumArguments();
    if (failed(kernel.insertArguments(
            {numArgs, numArgs},
            {builder.getIndexType(), builder.getIndexType()},
            {DictionaryAttr(), DictionaryAttr()}, {loc, loc}))) {
      signalPassFailure();
      return 1;
    }
    Value begin = kernel.getArgument(numArgs);
    Value end = kernel.getArgument(numArgs + 1);

    int64_t workItems = 1;
    if (auto root = findRoot(kernel))
      workItems = distribute(root, begin, end);
    // A statistic two fused ops read (a softmax's maxima, read by the sum
    // and by the normalization) was fused twice: computed once.
    IRRewriter rewriter(kernel->getContext());
    DominanceInfo dominance(kernel);
    eliminateCommonSubExpressions(rewriter, dominance, kernel);
    kernel->setAttr(kWorkItemsAttr, builder.getI64IntegerAttr(workItems));
    return workItems;
  }

  /// The matrix product an element-wise 2-D root reads element for element
  /// (its epilogue's input), or null.
  static linalg::LinalgOp getEpilogueProduct(TilingInterface root) {
    auto generic = dyn_cast<linalg::GenericOp>(root.getOperation());
    if (!generic || generic.getNumLoops() != 2 ||
        generic.getNumParallelLoops() != 2)
      return nullptr;
    for (OpOperand *operand : generic.getDpsInputOperands()) {
      auto product = operand->get().getDefiningOp<linalg::MatmulOp>();
      if (product && product->hasOneUse() &&
          generic.getMatchingIndexingMap(operand).isIdentity())
        return product;
    }
    return nullptr;
  }

  /// The op computing the kernel's only result, when it can be tiled.
  TilingInterface findRoot(func::FuncOp kernel) {
    auto ret = cast<func::ReturnOp>(kernel.getBody().front().getTerminator());
    if (ret.getNumOperands() != 1)
      return nullptr;
    auto root = ret.getOperand(0).getDefiningOp<TilingInterface>();
    if (!root)
      return nullptr;
    auto linalgOp = dyn_cast_or_null<linalg::LinalgOp>(root.getOperation());
    if (!linalgOp || !linalgOp.hasPureTensorSemantics() ||
        linalgOp.getNumDpsInits() != 1 || linalgOp.hasDynamicShape() ||
        !hasMonotonicMaps(linalgOp))
      return nullptr;
    // Whatever else the kernel computes would run once per work item,
    // unless it is a producer the tiling fuses into the work loop (a fill,
    // or the product an element-wise root is the epilogue of).
    for (Operation &op : kernel.getBody().front()) {
      if (&op == root.getOperation() || isSideEffectFreeSetup(&op) ||
          isa<linalg::FillOp>(op))
        continue;
      if (getEpilogueProduct(root) == &op || isStatisticOf(&op, linalgOp) ||
          isPaddedInputOf(&op, linalgOp))
        continue;
      return nullptr;
    }
    return root;
  }

  /// A pad whose slices `root` reads directly (window taps): the work
  /// items pad their own tiles (padTilesInLoop). The taps must be static
  /// slices that keep the outermost dimension, along which the root is
  /// distributed.
  static bool isPaddedInputOf(Operation *op, linalg::LinalgOp root) {
    auto pad = dyn_cast<tensor::PadOp>(op);
    if (!pad || !pad.getResultType().hasStaticShape())
      return false;
    int64_t outer = pad.getResultType().getDimSize(0);
    return llvm::all_of(op->getUsers(), [&](Operation *user) {
      auto tap = dyn_cast<tensor::ExtractSliceOp>(user);
      return tap &&
             tap.getSourceType().getRank() == tap.getResultType().getRank() &&
             !ShapedType::isDynamicShape(tap.getStaticOffsets()) &&
             !ShapedType::isDynamicShape(tap.getStaticStrides()) &&
             tap.getResultType().hasStaticShape() &&
             tap.getStaticOffsets()[0] == 0 && tap.getStaticStrides()[0] == 1 &&
             tap.getResultType().getDimSize(0) == outer &&
             llvm::all_of(user->getUsers(), [&](Operation *reader) {
               return reader == root.getOperation();
             });
    });
  }

  /// Tiling fuses no producer through a strided slice (a work item's part
  /// of a window tap of a pad), so the tiles of the padded image are made
  /// here: each work item pads its own channels (in cache) and takes its
  /// taps from that tile. A dimension the slice offsets dynamically is the
  /// distributed one (the tile is the slice's part of it); on the others
  /// the tile spans the whole padded dimension and the tap keeps its
  /// offset and stride.
  void padTilesInLoop(scf::ForOp loop) {
    SmallVector<tensor::ExtractSliceOp> taps;
    loop.getBody()->walk([&](tensor::ExtractSliceOp slice) {
      if (auto pad = slice.getSource().getDefiningOp<tensor::PadOp>())
        if (!loop->isAncestor(pad))
          taps.push_back(slice);
    });
    IRRewriter rewriter(loop.getContext());
    for (tensor::ExtractSliceOp tap : taps) {
      auto pad = tap.getSource().getDefiningOp<tensor::PadOp>();
      if (tap.getSourceType().getRank() != tap.getResultType().getRank() ||
          !tap.getResultType().hasStaticShape())
        continue;
      int64_t rank = tap.getResultType().getRank();
      SmallVector<OpFoldResult> tileOffsets, tileSizes, tapOffsets, tapSizes,
          tapStrides;
      bool handled = true;
      for (int64_t d = 0; d < rank; ++d) {
        int64_t size = tap.getResultType().getDimSize(d);
        OpFoldResult offset = tap.getMixedOffsets()[d];
        OpFoldResult stride = tap.getMixedStrides()[d];
        tapSizes.push_back(rewriter.getIndexAttr(size));
        if (isa<Value>(offset)) {
          handled &= isOneInteger(stride);
          tileOffsets.push_back(offset);
          tileSizes.push_back(rewriter.getIndexAttr(size));
          tapOffsets.push_back(rewriter.getIndexAttr(0));
          tapStrides.push_back(rewriter.getIndexAttr(1));
          continue;
        }
        tileOffsets.push_back(rewriter.getIndexAttr(0));
        tileSizes.push_back(
            rewriter.getIndexAttr(pad.getResultType().getDimSize(d)));
        tapOffsets.push_back(offset);
        tapStrides.push_back(stride);
      }
      if (!handled)
        continue;
      rewriter.setInsertionPoint(tap);
      Location loc = tap.getLoc();
      auto tileSlice = tensor::ExtractSliceOp::create(
          rewriter, loc, pad.getResult(), tileOffsets, tileSizes,
          SmallVector<OpFoldResult>(rank, rewriter.getIndexAttr(1)));
      FailureOr<TilingResult> tile =
          tensor::replaceExtractSliceWithTiledProducer(
              rewriter, tileSlice, cast<OpResult>(pad.getResult()));
      if (failed(tile) || tile->tiledValues.size() != 1) {
        rewriter.eraseOp(tileSlice);
        continue;
      }
      rewriter.replaceOp(tileSlice, tile->tiledValues[0]);
      rewriter.replaceOpWithNewOp<tensor::ExtractSliceOp>(
          tap, tap.getResultType(), tile->tiledValues[0], tapOffsets, tapSizes,
          tapStrides);
    }
    eraseDeadOps(rewriter, *loop->getBlock());
  }

  /// Tiles `root` with `tiling`, fuses its producers into the loops and
  /// replaces it; the untiled root and the producers fused in are erased.
  FailureOr<scf::SCFTileAndFuseResult>
  tileAndFuse(RewriterBase &rewriter, TilingInterface root,
              const scf::SCFTilingOptions &tiling) {
    scf::SCFTileAndFuseOptions options;
    options.setTilingOptions(tiling);
    // A tile's slice of a slice (a window tap of a padded input) becomes
    // one slice of the pad, which padTilesInLoop then tiles.
    options.cleanupPatterns = sliceMerging;
    // Pads are tiled by padTilesInLoop, once per tile: fused here, each
    // window tap would get a pad of its own.
    options.setFusionControlFn(
        [](tensor::ExtractSliceOp, OpResult producer,
           bool) -> std::optional<scf::SCFTileAndFuseOptions::ControlFnResult> {
          if (isa<tensor::PadOp>(producer.getOwner()))
            return std::nullopt;
          return scf::SCFTileAndFuseOptions::ControlFnResult{};
        });
    rewriter.setInsertionPoint(root);
    FailureOr<scf::SCFTileAndFuseResult> tiled =
        scf::tileConsumerAndFuseProducersUsingSCF(rewriter, root, options);
    if (failed(tiled))
      return failure();
    for (auto [original, replacement] : tiled->replacements)
      rewriter.replaceAllUsesWith(original, replacement);
    Block *body = root->getBlock();
    if (root->use_empty())
      rewriter.eraseOp(root);
    eraseDeadOps(rewriter, *body);
    return tiled;
  }

  /// Tiles `op` (loops in `interchange` order when given) and replaces it
  /// by the tiled loops' results.
  static FailureOr<scf::SCFTilingResult> tileOp(RewriterBase &rewriter,
                                                linalg::LinalgOp op,
                                                ArrayRef<int64_t> tileSizes,
                                                ArrayRef<int64_t> interchange) {
    scf::SCFTilingOptions options;
    options.setTileSizes(getAsIndexOpFoldResult(op->getContext(), tileSizes));
    if (!interchange.empty())
      options.setInterchange(interchange);
    rewriter.setInsertionPoint(op);
    FailureOr<scf::SCFTilingResult> tiled = scf::tileUsingSCF(
        rewriter, cast<TilingInterface>(op.getOperation()), options);
    if (succeeded(tiled))
      rewriter.replaceOp(op, tiled->replacements);
    return tiled;
  }

  /// Makes the tile loop over `extent` in steps of `chunk` run work items
  /// [begin, end): for (i = begin * chunk; i < min(end * chunk, extent);
  /// i += chunk).
  static void setWorkRange(RewriterBase &rewriter, scf::ForOp loop, Value begin,
                           Value end, int64_t chunk, int64_t extent) {
    rewriter.setInsertionPoint(loop);
    Location loc = loop.getLoc();
    Value chunkSize = arith::ConstantIndexOp::create(rewriter, loc, chunk);
    Value extentValue = arith::ConstantIndexOp::create(rewriter, loc, extent);
    Value lower = arith::MulIOp::create(rewriter, loc, begin, chunkSize);
    Value upper = arith::MinSIOp::create(
        rewriter, loc, arith::MulIOp::create(rewriter, loc, end, chunkSize),
        extentValue);
    loop.setLowerBound(lower);
    loop.setUpperBound(upper);
    // Each work item must run its whole body (its fills especially):
    // nothing is hoisted out of this loop.
    loop->setAttr(kWorkLoopAttr, rewriter.getUnitAttr());
  }

  /// The work item size along a dimension of `extent`: a multiple of
  /// `minChunk` giving at most maxWorkItems items, preferably one that
  /// divides the extent (every tile then has a static shape, which the
  /// register tiling and vectorization need), with the most items.
  int64_t chooseChunk(int64_t extent, int64_t minChunk) {
    int64_t items = std::min<int64_t>(maxWorkItems,
                                      std::max<int64_t>(1, extent / minChunk));
    int64_t smallest =
        llvm::divideCeil(llvm::divideCeil(extent, items), minChunk) * minChunk;
    for (int64_t chunk = smallest; chunk <= extent; chunk += minChunk)
      if (extent % chunk == 0 && (chunk == smallest || extent / chunk >= 4))
        return chunk;
    return smallest;
  }

  /// Tiles `root` over its work range; returns the number of work items.
  int64_t distribute(TilingInterface root, Value begin, Value end) {
    auto linalgOp = cast<linalg::LinalgOp>(root.getOperation());
    SmallVector<int64_t> ranges = linalgOp.getStaticLoopRanges();
    linalg::LinalgOp product = getEpilogueProduct(root);
    std::optional<MatmulDims> matmul = getMatmulDims(linalgOp);
    // An epilogue is split like its product: its loops are the product's
    // (m, n) loops.
    if (!matmul && product)
      matmul = MatmulDims{0, 1, 0, {}};

    // Kernels that stay one work item still get their register tiles.
    // Kernels that stay one work item still get their register tiles: the
    // root, its epilogue product and the statistics it reads.
    Block *kernelBlock = linalgOp->getBlock();
    auto vectorizeUntiled = [&] {
      vectorizeOpsIn(*kernelBlock);
      return int64_t(1);
    };
    // Too little work to be worth waking another thread for (an epilogue
    // counts its product's work).
    int64_t iterations = 1;
    for (int64_t range : (product ? product : linalgOp).getStaticLoopRanges())
      iterations *= range;
    if (iterations < kMinParallelIterations)
      return vectorizeUntiled();

    // The distributed dimension: N of a contraction (the im2col columns,
    // where the data is) or M when there are more rows, else the first
    // parallel dimension with room.
    std::optional<unsigned> dim;
    int64_t minChunk = 1;
    // A product with more rows than columns (a classifier's weights, the
    // 7x7 layers) is split by rows: each item then reads its own rows of
    // the left matrix once, the right one stays in cache.
    bool byRows = matmul && ranges[matmul->m] > ranges[matmul->n] &&
                  ranges[matmul->m] >= 2 * tileM;
    if (matmul && !byRows && ranges[matmul->n] >= 2 * tileN) {
      dim = matmul->n;
      minChunk = tileN;
    } else if (matmul && ranges[matmul->m] > 1) {
      dim = matmul->m;
      minChunk = tileM;
    } else {
      SmallVector<utils::IteratorType> iterators =
          linalgOp.getIteratorTypesArray();
      for (unsigned i = 0; i < ranges.size(); ++i)
        if (iterators[i] == utils::IteratorType::parallel && ranges[i] > 1) {
          dim = i;
          break;
        }
    }
    if (!dim)
      return vectorizeUntiled();
    int64_t extent = ranges[*dim];
    int64_t chunk = chooseChunk(extent, minChunk);
    if (product && *dim == 1) {
      // The product's [M, chunk] tile is scratch: keep it small.
      int64_t rowBytes = ranges[0] * 4;
      while (chunk > minChunk && chunk * rowBytes > kMaxScratchTileBytes)
        chunk = std::max(minChunk, chunk / 2 / minChunk * minChunk);
    }
    int64_t items = llvm::divideCeil(extent, chunk);

    IRRewriter rewriter(root->getContext());
    SmallVector<OpFoldResult> sizes(ranges.size(), rewriter.getIndexAttr(0));
    sizes[*dim] = rewriter.getIndexAttr(chunk);
    scf::SCFTilingOptions tiling;
    tiling.setTileSizes(sizes);
    FailureOr<scf::SCFTileAndFuseResult> tiled =
        tileAndFuse(rewriter, root, tiling);
    if (failed(tiled) || tiled->loops.size() != 1)
      return vectorizeUntiled();
    auto loop = cast<scf::ForOp>(tiled->loops.front().getOperation());

    setWorkRange(rewriter, loop, begin, end, chunk, extent);
    padTilesInLoop(loop);

    // An epilogue is tiled again into register tiles with its product
    // fused, so the product's accumulator goes through the epilogue in
    // registers; otherwise the root (or the product) gets register tiles.
    auto tiledRoot = dyn_cast<linalg::GenericOp>(tiled->tiledAndFusedOps[0]);
    if (product && tiledRoot && succeeded(fuseEpilogueInRegisters(tiledRoot)))
      return items;
    // The root's tile and what was fused into it (a product, statistics).
    vectorizeOpsIn(*loop.getBody());
    return items;
  }

  /// Vectorizes the linalg ops (other than fills) directly in `block`, in
  /// program order. Each step canonicalizes, which may rewrite other ops of
  /// the block, so the next op is looked up afresh every time.
  void vectorizeOpsIn(Block &block) {
    llvm::DenseSet<Operation *> attempted;
    while (true) {
      linalg::LinalgOp next;
      for (Operation &op : block)
        if (auto linalgOp = dyn_cast<linalg::LinalgOp>(&op))
          if (!isa<linalg::FillOp>(op) && !attempted.contains(&op)) {
            next = linalgOp;
            break;
          }
      if (!next)
        return;
      attempted.insert(next);
      if (std::optional<MatmulDims> dims = getMatmulDims(next))
        vectorizeContraction(next, dims);
      else
        vectorizeRoot(next);
    }
  }

  /// Register tiles for a root that is not a contraction.
  void vectorizeRoot(linalg::LinalgOp op) {
    auto generic = dyn_cast_or_null<linalg::GenericOp>(op.getOperation());
    if (!generic)
      return;
    if (isInnerReduction(generic))
      vectorizeInnerReduction(generic);
    else if (isRowElementwise(generic))
      vectorizeElementwise(generic);
  }

  /// Element-wise ops whose operands are read along the innermost loop or
  /// broadcast along it (a depthwise convolution's or a pooling window's
  /// taps, per-channel weights): vectorized along that loop. Other maps (a
  /// transpose) would gather and are left to LLVM.
  static bool isRowElementwise(linalg::GenericOp op) {
    unsigned numLoops = op.getNumLoops();
    if (numLoops == 0 || op.getNumParallelLoops() != numLoops ||
        op.hasDynamicShape() || op.getNumDpsInits() != 1 ||
        !op.getMatchingIndexingMap(op.getDpsInitOperand(0)).isIdentity())
      return false;
    unsigned rowDim = numLoops - 1;
    for (AffineMap map : op.getIndexingMapsArray())
      if (map.isFunctionOfDim(rowDim) &&
          (map.getNumResults() == 0 ||
           map.getResults().back() !=
               getAffineDimExpr(rowDim, op.getContext())))
        return false;
    return op.getStaticLoopRanges().back() >= kMinRowVector;
  }

  /// Tiles an element-wise op into [1, ..., 1, V] rows (V elements make one
  /// 512-bit register), peels the partial row tile and vectorizes both.
  void vectorizeElementwise(linalg::GenericOp op) {
    if (!vectorize)
      return;
    Type elementType = getElementTypeOrSelf(op.getDpsInits()[0].getType());
    if (!elementType.isIntOrFloat())
      return;
    int64_t lanes =
        std::max<int64_t>(1, kVectorBits / elementType.getIntOrFloatBitWidth());
    SmallVector<int64_t> tileSizes(op.getNumLoops(), 1);
    tileSizes.back() = lanes;
    registerTile(op, tileSizes, /*interchange=*/{}, tileSizes,
                 [](linalg::LinalgOp candidate) {
                   auto generic =
                       dyn_cast<linalg::GenericOp>(candidate.getOperation());
                   return generic && generic.getNumParallelLoops() ==
                                         generic.getNumLoops();
                 });
  }

  /// Rows of an inner reduction become vector reductions: the parallel
  /// loops are tiled by 1 and each row (or, for long rows, each chunk of
  /// at most kMaxReductionVector elements) is vectorized whole.
  void vectorizeInnerReduction(linalg::LinalgOp op) {
    auto generic = dyn_cast_or_null<linalg::GenericOp>(op.getOperation());
    if (!vectorize || !generic || !isInnerReduction(generic))
      return;
    SmallVector<int64_t> ranges = generic.getStaticLoopRanges();
    int64_t rowLength = ranges.back();
    // Short rows (a 3x3 window) are better left to LLVM's loop vectorizer
    // across the parallel loop.
    if (rowLength < kMinReductionVector)
      return;
    int64_t chunk = rowLength;
    while (chunk > kMaxReductionVector && chunk % 2 == 0)
      chunk /= 2;
    if (chunk > kMaxReductionVector)
      return;
    IRRewriter rewriter(op->getContext());
    SmallVector<int64_t> tileSizes(ranges.size(), 1);
    tileSizes.back() = chunk == rowLength ? 0 : chunk;
    FailureOr<scf::SCFTilingResult> tiled = tileOp(rewriter, op, tileSizes, {});
    if (failed(tiled))
      return;
    auto kernel = tiled->tiledOps.back()->getParentOfType<func::FuncOp>();
    for (Operation *tiledOp : tiled->tiledOps) {
      auto row = dyn_cast<linalg::LinalgOp>(tiledOp);
      if (!row || row.hasDynamicShape())
        continue;
      rewriter.setInsertionPoint(row);
      FailureOr<linalg::VectorizationResult> vectorized =
          linalg::vectorize(rewriter, row);
      if (succeeded(vectorized))
        rewriter.replaceOp(row, vectorized->replacements);
    }
    RewritePatternSet patterns(op->getContext());
    patterns.add<RowMultiReductionToReduction>(op->getContext());
    (void)applyPatternsGreedily(kernel, std::move(patterns));
    simplify(kernel);
  }

  /// Tiles an element-wise epilogue [M, N] into tileM x tileN tiles (N
  /// outer, like its product) with the product fused into each tile, then
  /// register-tiles and vectorizes the product tile and vectorizes the
  /// epilogue tile: the accumulator is read back from the tile it was
  /// written to, which folds away, so it never leaves the registers.
  LogicalResult fuseEpilogueInRegisters(linalg::GenericOp epilogue) {
    if (epilogue.getNumLoops() != 2 || epilogue.hasDynamicShape())
      return failure();
    auto kernel = epilogue->getParentOfType<func::FuncOp>();
    SmallVector<int64_t> ranges = epilogue.getStaticLoopRanges();
    if (ranges[0] % tileM != 0 || ranges[1] % tileN != 0)
      return failure();
    IRRewriter rewriter(epilogue->getContext());
    scf::SCFTilingOptions tiling;
    tiling.setTileSizes(
        getAsIndexOpFoldResult(epilogue->getContext(), {tileM, tileN}));
    tiling.setInterchange({1, 0});
    FailureOr<scf::SCFTileAndFuseResult> tiled = tileAndFuse(
        rewriter, cast<TilingInterface>(epilogue.getOperation()), tiling);
    if (failed(tiled))
      return failure();
    // The epilogue tile first: vectorizing the product runs canonicalization,
    // which may replace the epilogue op.
    auto epilogueTile = dyn_cast<linalg::GenericOp>(tiled->tiledAndFusedOps[0]);
    if (epilogueTile && !epilogueTile.hasDynamicShape()) {
      rewriter.setInsertionPoint(epilogueTile);
      FailureOr<linalg::VectorizationResult> vectorized =
          linalg::vectorize(rewriter, epilogueTile);
      if (succeeded(vectorized))
        rewriter.replaceOp(epilogueTile, vectorized->replacements);
    }
    for (Operation *op : tiled->tiledAndFusedOps)
      if (auto tiledOp = dyn_cast<linalg::LinalgOp>(op))
        if (op != epilogueTile.getOperation())
          if (std::optional<MatmulDims> dims = getMatmulDims(tiledOp))
            vectorizeContraction(tiledOp, dims);
    simplify(kernel);
    return success();
  }

  /// Register tiles for a contraction: M x N tiles, loop order batch...,
  /// N, M, K.
  void vectorizeContraction(linalg::LinalgOp op,
                            std::optional<MatmulDims> matmul) {
    if (!vectorize || !matmul)
      return;
    unsigned numLoops = op.getNumLoops();
    SmallVector<int64_t> tileSizes(numLoops, 1);
    tileSizes[matmul->m] = tileM;
    tileSizes[matmul->n] = tileN;
    tileSizes[matmul->k] = 1;
    SmallVector<int64_t> interchange(matmul->batch.begin(),
                                     matmul->batch.end());
    interchange.append({matmul->n, matmul->m, matmul->k});
    for (unsigned i = 0; i < numLoops; ++i)
      if (!llvm::is_contained(interchange, i))
        return; // not a plain contraction after all
    SmallVector<int64_t> vectorSizes(numLoops, 1);
    vectorSizes[matmul->m] = tileM;
    vectorSizes[matmul->n] = tileN;
    registerTile(op, tileSizes, interchange, vectorSizes,
                 [](linalg::LinalgOp candidate) {
                   return getMatmulDims(candidate).has_value();
                 });
  }

  /// Tiles `op` into register tiles, peels the partial tiles off and
  /// vectorizes the tiles `isTile` accepts: full ones as static shapes,
  /// partial ones (dynamic sizes bounded by `vectorSizes`) with masks.
  /// Loop-invariant transfers then leave the inner loops (a contraction's
  /// accumulator stays in registers across K).
  void registerTile(linalg::LinalgOp op, ArrayRef<int64_t> tileSizes,
                    ArrayRef<int64_t> interchange,
                    ArrayRef<int64_t> vectorSizes,
                    llvm::function_ref<bool(linalg::LinalgOp)> isTile) {
    IRRewriter rewriter(op->getContext());
    FailureOr<scf::SCFTilingResult> tiled =
        tileOp(rewriter, op, tileSizes, interchange);
    if (failed(tiled))
      return;

    // Peel the tiled loops so that the main loops see full tiles only.
    for (LoopLikeOpInterface loop : tiled->loops) {
      auto forOp = dyn_cast<scf::ForOp>(loop.getOperation());
      if (!forOp)
        continue;
      scf::ForOp partial;
      (void)scf::peelForLoopAndSimplifyBounds(rewriter, forOp, partial);
    }
    func::FuncOp kernel =
        tiled->tiledOps.back()->getParentOfType<func::FuncOp>();
    simplify(kernel);

    SmallVector<linalg::LinalgOp> candidates;
    kernel.walk([&](linalg::LinalgOp candidate) {
      if (candidate->getParentOfType<scf::ForOp>() &&
          candidate.getNumLoops() == vectorSizes.size() && isTile(candidate))
        candidates.push_back(candidate);
    });
    for (linalg::LinalgOp candidate : candidates) {
      SmallVector<int64_t> shape = candidate.getStaticLoopRanges();
      bool fits = true;
      for (auto [size, bound] : llvm::zip(shape, vectorSizes))
        fits &= ShapedType::isDynamic(size) || size <= bound;
      if (!fits)
        continue;
      SmallVector<int64_t> maskedSizes;
      if (candidate.hasDynamicShape()) {
        for (auto [size, bound] : llvm::zip(shape, vectorSizes))
          maskedSizes.push_back(ShapedType::isDynamic(size) ? bound : size);
      }
      rewriter.setInsertionPoint(candidate);
      SmallVector<bool> scalable(maskedSizes.size(), false);
      if (failed(linalg::vectorizeOpPrecondition(candidate, maskedSizes,
                                                 scalable)))
        continue;
      FailureOr<linalg::VectorizationResult> vectorized =
          linalg::vectorize(rewriter, candidate, maskedSizes, scalable);
      if (succeeded(vectorized))
        rewriter.replaceOp(candidate, vectorized->replacements);
    }
    simplify(kernel);
    SmallVector<LoopLikeOpInterface> loops;
    kernel.walk([&](scf::ForOp loop) {
      if (!loop->hasAttr(kWorkLoopAttr))
        loops.push_back(loop);
    });
    for (LoopLikeOpInterface loop : loops) {
      moveLoopInvariantCode(loop);
      hoistLoopInvariantSubsets(rewriter, loop);
    }
    simplify(kernel);
  }

  /// Folds the peeled loops' affine.min bounds into static tile shapes.
  void simplify(func::FuncOp kernel) {
    (void)applyPatternsGreedily(kernel, canonicalization);
  }

  FrozenRewritePatternSet canonicalization;
  FrozenRewritePatternSet sliceMerging;
};

} // namespace
} // namespace mlir::webnnc
