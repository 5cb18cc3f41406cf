// --webnnc-form-kernels --webnnc-tile-and-vectorize: every kernel gets two
// trailing index arguments (its work range [begin, end)) and a
// webnnc.work_items attribute, and graph calls pass (0, work_items).
// Covered: a 64x96x200 matmul distributed over N in 3 chunks of 32 (the
// work loop runs from begin * 32 to min(end * 32, 96)), the fill fused into
// the work loop, 8x32 register tiles over M with a K loop whose iter_arg
// is the vector<8x32xf32> accumulator (transfer_read before the K loop,
// transfer_write after it, mulf/addf outer products inside); with
// vectorize=false a tiled linalg.matmul and no vector ops; partial tiles
// (12x40) peeled and vectorized with masks; an element-wise kernel
// distributed over rows (16 work items, or 2 with max-work-items=2).
// RUN: webnnc-opt %s -split-input-file --webnnc-form-kernels --webnnc-tile-and-vectorize | FileCheck %s
// RUN: webnnc-opt %s -split-input-file --webnnc-form-kernels "--webnnc-tile-and-vectorize=vectorize=false" | FileCheck %s --check-prefix=SCALAR
// RUN: webnnc-opt %s -split-input-file --webnnc-form-kernels "--webnnc-tile-and-vectorize=max-work-items=2" | FileCheck %s --check-prefix=ITEMS2

// CHECK-LABEL: func.func @matmul
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : index
// CHECK: %[[Y:.*]] = call @kernel0(%arg0, %arg1, %[[C0]], %[[C3]]) : (tensor<64x200xf32>, tensor<200x96xf32>, index, index) -> tensor<64x96xf32>
// CHECK: return %[[Y]]
// CHECK-LABEL: func.func private @kernel0
// CHECK-SAME: (%[[A:[^:]*]]: tensor<64x200xf32>, %[[B:[^:]*]]: tensor<200x96xf32>, %[[BEGIN:[^:]*]]: index, %[[END:[^:]*]]: index) -> tensor<64x96xf32>
// CHECK-SAME: webnnc.kernel
// CHECK-SAME: webnnc.work_items = 3 : i64
// CHECK-DAG: %[[C32:.*]] = arith.constant 32 : index
// CHECK-DAG: %[[C96:.*]] = arith.constant 96 : index
// CHECK-DAG: %[[C200:.*]] = arith.constant 200 : index
// CHECK-DAG: %[[C64:.*]] = arith.constant 64 : index
// CHECK-DAG: %[[C8:.*]] = arith.constant 8 : index
// CHECK: %[[LO:.*]] = arith.muli %[[BEGIN]], %[[C32]] : index
// CHECK: %[[HI0:.*]] = arith.muli %[[END]], %[[C32]] : index
// CHECK: %[[HI:.*]] = arith.minsi %[[HI0]], %[[C96]] : index
// CHECK: scf.for %[[J:.*]] = %[[LO]] to %[[HI]] step %[[C32]] iter_args
// CHECK: tensor.extract_slice %[[B]][0, %[[J]]] [200, 32] [1, 1]
// CHECK: linalg.fill {{.*}} -> tensor<64x32xf32>
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %[[C64]] step %[[C8]] iter_args
// CHECK: %[[ACC0:.*]] = vector.transfer_read {{.*}} : tensor<8x32xf32>, vector<8x32xf32>
// CHECK: %[[ACC:.*]] = scf.for %{{.*}} = %{{.*}} to %[[C200]] step %{{.*}} iter_args(%[[ITER:.*]] = %[[ACC0]]) -> (vector<8x32xf32>)
// CHECK-NOT: linalg.matmul
// CHECK: vector.transfer_read {{.*}} : tensor<8x1xf32>, vector<8x32x1xf32>
// CHECK: vector.transfer_read {{.*}} : tensor<1x32xf32>, vector<8x32x1xf32>
// CHECK: %[[MUL:.*]] = arith.mulf {{.*}} : vector<8x32x1xf32>
// CHECK: %[[PROD:.*]] = vector.shape_cast %[[MUL]] : vector<8x32x1xf32> to vector<8x32xf32>
// CHECK: %[[SUM:.*]] = arith.addf %[[ITER]], %[[PROD]] : vector<8x32xf32>
// CHECK: scf.yield %[[SUM]] : vector<8x32xf32>
// CHECK: vector.transfer_write %[[ACC]], {{.*}} : vector<8x32xf32>, tensor<8x32xf32>
// CHECK: } {webnnc.work_loop}

// SCALAR-LABEL: func.func @matmul
// SCALAR: call @kernel0(%arg0, %arg1, %{{.*}}, %{{.*}}) : (tensor<64x200xf32>, tensor<200x96xf32>, index, index)
// SCALAR-LABEL: func.func private @kernel0
// SCALAR-SAME: webnnc.work_items = 3 : i64
// SCALAR-NOT: vector.
// SCALAR: scf.for
// SCALAR-NOT: vector.
// SCALAR: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<64x200xf32>, tensor<200x32xf32>) outs(%{{.*}} : tensor<64x32xf32>)
// SCALAR-NOT: vector.
// SCALAR: return
func.func @matmul(%a: tensor<64x200xf32> {webnn.name = "a"}, %b: tensor<200x96xf32> {webnn.name = "b"}) -> (tensor<64x96xf32> {webnn.name = "y"}) {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x96xf32>
  %f = linalg.fill ins(%cst : f32) outs(%e : tensor<64x96xf32>) -> tensor<64x96xf32>
  %0 = linalg.matmul ins(%a, %b : tensor<64x200xf32>, tensor<200x96xf32>) outs(%f : tensor<64x96xf32>) -> tensor<64x96xf32>
  return %0 : tensor<64x96xf32>
}

// -----

// 12 x 40 (too small to split into work items): a full 8x32 tile, the
// 4-row remainder as a static 4x32 tile, the 8-column remainder masked.
// CHECK-LABEL: func.func @matmul_partial_tiles
// CHECK: call @kernel0(%arg0, %arg1, %{{.*}}, %{{.*}})
// CHECK-LABEL: func.func private @kernel0
// CHECK-SAME: webnnc.work_items = 1 : i64
// CHECK: iter_args(%{{.*}} = %{{.*}}) -> (vector<8x32xf32>)
// CHECK: iter_args(%{{.*}} = %{{.*}}) -> (vector<4x32xf32>)
// CHECK: vector.create_mask {{.*}} : vector<8x8xi1>
// CHECK: vector.mask %{{.*}} { vector.transfer_write {{.*}} : vector<8x8xf32>, tensor<?x8xf32> }
// SCALAR-LABEL: func.func @matmul_partial_tiles
// SCALAR-NOT: vector.
// SCALAR: linalg.matmul
// SCALAR-NOT: vector.
// SCALAR: return
func.func @matmul_partial_tiles(%a: tensor<12x5xf32> {webnn.name = "a"}, %b: tensor<5x40xf32> {webnn.name = "b"}) -> (tensor<12x40xf32> {webnn.name = "y"}) {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<12x40xf32>
  %f = linalg.fill ins(%cst : f32) outs(%e : tensor<12x40xf32>) -> tensor<12x40xf32>
  %0 = linalg.matmul ins(%a, %b : tensor<12x5xf32>, tensor<5x40xf32>) outs(%f : tensor<12x40xf32>) -> tensor<12x40xf32>
  return %0 : tensor<12x40xf32>
}

// -----

// An element-wise kernel: one row per work item, vectorized in register
// rows of 16 lanes.
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @elementwise
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C16:.*]] = arith.constant 16 : index
// CHECK: call @kernel0(%arg0, %[[C0]], %[[C16]]) : (tensor<16x4096xf32>, index, index) -> tensor<16x4096xf32>
// CHECK-LABEL: func.func private @kernel0
// CHECK-SAME: (%[[X:[^:]*]]: tensor<16x4096xf32>, %[[BEGIN:[^:]*]]: index, %[[END:[^:]*]]: index)
// CHECK-SAME: webnnc.work_items = 16 : i64
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args
// CHECK: tensor.extract_slice %[[X]][%[[I]], 0] [1, 4096] [1, 1] : tensor<16x4096xf32> to tensor<1x4096xf32>
// CHECK: scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %[[C16]]
// CHECK: %[[V:.*]] = vector.transfer_read {{.*}} : tensor<1x16xf32>, vector<1x16xf32>
// CHECK: arith.maximumf %[[V]], %{{.*}} : vector<1x16xf32>
// CHECK: vector.transfer_write
// CHECK-NOT: linalg.generic
// CHECK: } {webnnc.work_loop}
// ITEMS2-LABEL: func.func @elementwise
// ITEMS2: %[[C2:.*]] = arith.constant 2 : index
// ITEMS2: call @kernel0(%arg0, %{{.*}}, %[[C2]])
// ITEMS2-LABEL: func.func private @kernel0
// ITEMS2-SAME: webnnc.work_items = 2 : i64
// ITEMS2: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args
// ITEMS2: tensor.extract_slice %arg0[%[[I]], 0] [8, 4096] [1, 1] : tensor<16x4096xf32> to tensor<8x4096xf32>
func.func @elementwise(%a: tensor<16x4096xf32> {webnn.name = "a"}) -> (tensor<16x4096xf32> {webnn.name = "y"}) {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x4096xf32>
  %1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<16x4096xf32>) outs(%e : tensor<16x4096xf32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.maximumf %x, %cst : f32
    linalg.yield %m : f32
  } -> tensor<16x4096xf32>
  return %1 : tensor<16x4096xf32>
}

// -----

// A generic that reads a flipped index (-d + k), as convTranspose2d's
// filter flip does, is not split into work items: tiling would compute its
// operand slices as if its reads grew with the loop index.
#flip = affine_map<(d0, d1) -> (d0, -d1 + 7)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @flip
// CHECK: func.func private @kernel0
// CHECK-SAME: webnnc.work_items = 1
// CHECK-NOT: scf.for
// CHECK: linalg.generic
// ITEMS2-LABEL: func.func @flip
// ITEMS2: webnnc.work_items = 1
// SCALAR-LABEL: func.func @flip
// SCALAR: webnnc.work_items = 1
func.func @flip(%a: tensor<4x8xf32> {webnn.name = "a"}) -> (tensor<4x8xf32> {webnn.name = "y"}) {
  %e = tensor.empty() : tensor<4x8xf32>
  %r = linalg.generic {indexing_maps = [#flip, #id2], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%x: f32, %o: f32):
    linalg.yield %x : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// -----

// Too little work to hand to another thread: one work item, no loop.
#id3 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @small_elementwise
// CHECK: func.func private @kernel0
// CHECK-SAME: webnnc.work_items = 1
// CHECK-NOT: webnnc.work_loop
// ITEMS2-LABEL: func.func @small_elementwise
// ITEMS2: webnnc.work_items = 1
// SCALAR-LABEL: func.func @small_elementwise
// SCALAR: webnnc.work_items = 1
func.func @small_elementwise(%a: tensor<16x256xf32> {webnn.name = "a"}) -> (tensor<16x256xf32> {webnn.name = "y"}) {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x256xf32>
  %1 = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<16x256xf32>) outs(%e : tensor<16x256xf32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.maximumf %x, %cst : f32
    linalg.yield %m : f32
  } -> tensor<16x256xf32>
  return %1 : tensor<16x256xf32>
}

// -----

// An element-wise epilogue of a product is tiled into 8x32 register tiles
// with the product fused: the accumulator leaves the K loop as a vector and
// goes through the epilogue (bias, relu) before its one store.
#ep = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @epilogue_in_registers
// CHECK: func.func private @kernel0
// CHECK: %[[ACC:.*]] = scf.for {{.*}} -> (vector<8x32xf32>)
// CHECK: %[[BIAS:.*]] = vector.transfer_read {{.*}} : tensor<8xf32>, vector<8x32xf32>
// CHECK: %[[SUM:.*]] = arith.addf %[[ACC]], %[[BIAS]] : vector<8x32xf32>
// CHECK: arith.maximumf %[[SUM]], {{.*}} : vector<8x32xf32>
// CHECK: vector.transfer_write
func.func @epilogue_in_registers(%a: tensor<64x32xf32> {webnn.name = "a"}, %b: tensor<32x256xf32> {webnn.name = "b"}, %bias: tensor<64xf32> {webnn.name = "bias"}) -> (tensor<64x256xf32> {webnn.name = "y"}) {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x256xf32>
  %f = linalg.fill ins(%cst : f32) outs(%e : tensor<64x256xf32>) -> tensor<64x256xf32>
  %p = linalg.matmul ins(%a, %b : tensor<64x32xf32>, tensor<32x256xf32>) outs(%f : tensor<64x256xf32>) -> tensor<64x256xf32>
  %r = linalg.generic {indexing_maps = [#ep, #row, #ep], iterator_types = ["parallel", "parallel"]} ins(%p, %bias : tensor<64x256xf32>, tensor<64xf32>) outs(%e : tensor<64x256xf32>) {
  ^bb0(%x: f32, %c: f32, %o: f32):
    %s = arith.addf %x, %c : f32
    %m = arith.maximumf %s, %cst : f32
    linalg.yield %m : f32
  } -> tensor<64x256xf32>
  return %r : tensor<64x256xf32>
}

// -----

// Rows of 20: a full register row of 16 and a peeled static row of 4, a
// per-row operand broadcast along the row (a broadcasting read); the transposed operand of the
// second kernel would be gathered, so it stays a scalar generic for LLVM.
// CHECK-LABEL: func.func @rows
// CHECK: func.func private @kernel1
// CHECK-NOT: vector.
// CHECK: linalg.generic
// CHECK-NOT: vector.
// CHECK: return
// CHECK: func.func private @kernel0
// CHECK: vector.transfer_read {{.*}} : tensor<1x16xf32>, vector<1x16xf32>
// CHECK: vector.transfer_read {{.*}} permutation_map = #{{.*}} : tensor<1xf32>, vector<1x16xf32>
// CHECK: arith.addf {{.*}} : vector<1x16xf32>
// CHECK: vector.transfer_read {{.*}} : tensor<1x4xf32>, vector<1x4xf32>
// CHECK: arith.addf {{.*}} : vector<1x4xf32>
func.func @rows(%a: tensor<64x20xf32>, %b: tensor<64xf32>, %t: tensor<20x64xf32>) -> (tensor<64x20xf32>, tensor<64x20xf32>) {
  %e = tensor.empty() : tensor<64x20xf32>
  %0 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a, %b : tensor<64x20xf32>, tensor<64xf32>) outs(%e : tensor<64x20xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  } -> tensor<64x20xf32>
  %1 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%0, %t : tensor<64x20xf32>, tensor<20x64xf32>) outs(%e : tensor<64x20xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.mulf %x, %y : f32
    linalg.yield %s : f32
  } -> tensor<64x20xf32>
  return %0, %1 : tensor<64x20xf32>, tensor<64x20xf32>
}

// -----

// A window kernel with its pad: each work item (one channel) pads its own
// tile once, inside the work loop, and takes both taps from it.
#wt = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @padded_window
// CHECK: func.func private @kernel0
// CHECK-SAME: webnnc.work_items = 64
// CHECK-NOT: tensor.pad
// CHECK: scf.for
// CHECK: tensor.pad %{{.*}} low[0, 1, 1] high[0, 1, 1]
// CHECK: } : tensor<1x64x64xf32> to tensor<1x66x66xf32>
// CHECK-NOT: tensor.pad
// CHECK: } {webnnc.work_loop}
func.func @padded_window(%x: tensor<64x64x64xf32>) -> tensor<64x64x64xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 1, 1] high[0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index):
    tensor.yield %zero : f32
  } : tensor<64x64x64xf32> to tensor<64x66x66xf32>
  %t0 = tensor.extract_slice %p[0, 0, 0] [64, 64, 64] [1, 1, 1] : tensor<64x66x66xf32> to tensor<64x64x64xf32>
  %t1 = tensor.extract_slice %p[0, 2, 2] [64, 64, 64] [1, 1, 1] : tensor<64x66x66xf32> to tensor<64x64x64xf32>
  %e = tensor.empty() : tensor<64x64x64xf32>
  %y = linalg.generic {indexing_maps = [#wt, #wt, #wt], iterator_types = ["parallel", "parallel", "parallel"]} ins(%t0, %t1 : tensor<64x64x64xf32>, tensor<64x64x64xf32>) outs(%e : tensor<64x64x64xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.maximumf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<64x64x64xf32>
  return %y : tensor<64x64x64xf32>
}
