//===- Passes.td - CPU code generation passes ------------*- tablegen -*-===//
#ifndef WEBNNC_TARGETS_CPU_PASSES_TD
#define WEBNNC_TARGETS_CPU_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvToMatmul : Pass<"webnnc-conv-to-matmul", "ModuleOp"> {
  let summary = "Rewrite NCHW convolutions and pooling for the CPU";
  let description = [{
    A `linalg.conv_2d_nchw_fchw` of batch 1 becomes one `linalg.matmul`
    of the filter, seen as a [F, C*KH*KW] matrix (a view: no copy), and
    the input. A 1x1 convolution with unit strides reads its input as a
    [C, H*W] matrix directly; any other kernel first gathers the input
    windows into an im2col matrix [C*KH*KW, OH*OW] with one
    `linalg.generic`. The product is the one kernel shape the CPU target
    tiles for registers, so every convolution runs at matmul speed. Its
    columns are padded to a multiple of `column-multiple` (the register
    tile's width) with undefined values
    (`ub.poison`: output columns depend only on their own input columns
    and the padding is sliced off), so re-padding a slice of a padded
    product folds to the product itself.

    A depthwise convolution becomes one element-wise `linalg.generic` with
    an input operand per filter tap (a strided `tensor.extract_slice` of
    the input) whose body is a chain of `math.fma`, and float max and sum
    pooling the same generic folding the taps with `maximumf` or `addf`:
    the output column loop is innermost and vectorizes.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::ub::UBDialect"];
  let options = [
    Option<"columnMultiple", "column-multiple", "int64_t", /*default=*/"32",
           "Pad product columns to a multiple of this (the register tile "
           "width of webnnc-tile-and-vectorize)">,
  ];
}

def FoldConstantLayouts : Pass<"webnnc-fold-constant-layouts", "ModuleOp"> {
  let summary = "Lay constant weights out at compile time";
  let description = [{
    A `linalg.transpose` of a constant (a gemm's transposed weights, a
    layout change of a filter) is computed once here and replaced by the
    transposed constant, so no kernel repacks weights at inference.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def FuseElementwise : Pass<"webnnc-fuse-elementwise", "func::FuncOp"> {
  let summary = "Fuse chains of element-wise linalg.generic ops";
  let description = [{
    A `linalg.generic` whose only user is an all-parallel `linalg.generic`
    is fused into it (linalg's producer-consumer elementwise fusion), so a
    chain such as batch normalization then clamp is one pass over memory
    and one kernel. Unlike upstream's `linalg-fuse-elementwise-ops`,
    reshapes are not propagated through contractions, which keep the shapes
    the CPU tiling expects; only an element-wise consumer of an expanded
    `linalg.matmul` result is collapsed to the product's shape, so that
    the product becomes its producer (a convolution with its bias and
    activation epilogue, fused by kernel formation). To that end unit
    dimensions are dropped from element-wise generics whose indexing maps
    are projected permutations (broadcasts included).

    Then, for column-padded products (conv-to-matmul): an element-wise
    epilogue of a padded product runs on the padded shape (per-row inputs
    and residuals that are themselves un-padded products of that shape
    included), re-padding a slice of a padded product folds to the
    product, a channel concatenation of padded products becomes a row
    `tensor.concat` of them, and window taps taken through unit reshapes
    become direct strided slices of the padded image.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def FormKernels : Pass<"webnnc-form-kernels", "ModuleOp"> {
  let summary = "Group linalg-level graph ops into kernels (dispatches)";
  let description = [{
    Works on a graph function lowered to linalg on tensors. Every compute
    op (a linalg op other than fill, a tensor.pad read other than through
    slices, concat, extract or insert) becomes the root of a kernel: a
    private function marked
    `webnnc.kernel` that takes the tensors it reads and returns the one it
    writes. The root pulls in the ops that only prepare its destination
    (tensor.empty, linalg.fill, chains of tensor.insert_slice into it),
    slices it reads and small constants; an element-wise root also pulls in
    a `linalg.matmul` only it uses, as an epilogue, and reshapes only it
    reads; a root also takes the generics computing smaller tensors it
    reads directly (row maxima, sums, means: a softmax or a layer
    normalization is one kernel) and a pad it reads only through slices
    (window taps, padded per tile by webnnc-tile-and-vectorize). Pure
    element-wise kernels that may write over an argument are marked
    `webnnc.in_place` with the candidate arguments. Reshapes several kernels read stay in
    the graph as views, and so does a `tensor.concat` along the outermost
    dimension of values computed for it alone (their kernels are moved
    right before it; the arena plan places them inside it). The graph
    function is left as the schedule: constants, views, in-place
    concatenations and one `func.call` per kernel, in execution order.
  }];
  let options = [
    Option<"inlineConstantLimit", "inline-constant-limit", "int64_t",
           /*default=*/"64",
           "Constants with at most this many elements (or splats) are "
           "copied into the kernels that use them instead of passed in">,
  ];
  let dependentDialects = ["::mlir::func::FuncDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def TileAndVectorize : Pass<"webnnc-tile-and-vectorize", "ModuleOp"> {
  let summary = "Split a kernel into a work range and tile it for registers";
  let description = [{
    Runs on kernel functions. Appends two `index` arguments, the begin and
    end of the kernel's work range (calls pass the full range), and tiles
    the kernel's root op along its outermost parallel dimension so that one
    work item is one tile (kernels with little work stay one item);
    producers of the root (fill, empty) are fused into the tile loop, whose
    bounds become the work range. `webnnc.work_items` records the number of
    items. Contractions (matmul and any generic with one M, N and K
    dimension) are then tiled into register tiles (8 x 32 x 1 by default,
    N innermost for contiguous loads) and vectorized with masks for the
    partial tiles; the contraction lowers to outer products. An
    element-wise epilogue of a product is tiled into the same register
    tiles with the product fused and vectorized, so the accumulator goes
    through the epilogue in registers. Reductions over the innermost loop
    (softmax's max and sum, means over the last axis) become one
    reassociated `vector.reduction` per row (rows of at least 16, in
    chunks of at most 512). Element-wise ops whose operands are read along
    the innermost loop or broadcast along it (pooling and depthwise window
    taps, per-channel weights) are tiled into rows of one 512-bit register
    (partial rows peeled) and vectorized. Other ops (transposing reads,
    short rows) stay scalar loops for LLVM's loop vectorizer. Statistics
    a root reads (row reductions grouped with it) are fused into its work
    loop, and a pad its window taps read is tiled once per work item.
  }];
  let options = [
    Option<"maxWorkItems", "max-work-items", "int64_t", /*default=*/"64",
           "Upper bound on the work items of one kernel">,
    Option<"tileM", "tile-m", "int64_t", /*default=*/"8",
           "Register tile rows of a contraction">,
    Option<"tileN", "tile-n", "int64_t", /*default=*/"32",
           "Register tile columns of a contraction">,
    Option<"vectorize", "vectorize", "bool", /*default=*/"true",
           "Vectorize in MLIR (off: scalar loops everywhere)">,
  ];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::vector::VectorDialect",
                           "::mlir::affine::AffineDialect",
                           "::mlir::arith::ArithDialect"];
}

def DeinterleaveStridedReads
    : Pass<"webnnc-deinterleave-strided-reads", "func::FuncOp"> {
  let summary = "Read strided rows as contiguous vectors and pick the lanes";
  let description = [{
    Runs after bufferization. A `vector.transfer_read` of V elements from a
    memref whose innermost stride is a small constant s > 1 (a stride-2
    pooling or depthwise window tap) would become V scalar loads or a
    gather; it becomes one masked load of the (V - 1) * s + 1 contiguous
    elements the row spans and a `vector.shuffle` keeping every s-th lane
    (what AVX-512 does with two loads and a permute). Reads with a mask,
    with out-of-bounds dimensions or with a transposing map are left alone.
  }];
  let options = [
    Option<"maxStride", "max-stride", "int64_t", /*default=*/"4",
           "Largest innermost stride read this way">,
  ];
  let dependentDialects = ["::mlir::vector::VectorDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::arith::ArithDialect"];
}

#endif // WEBNNC_TARGETS_CPU_PASSES_TD
