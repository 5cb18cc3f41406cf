// --webnnc-tile-and-vectorize on reductions over the innermost loop (the
// rows of softmax's max and sum, a mean over the last axis): each row is
// read as one vector and reduced by one vector.reduction (float sums
// reassociated, so LLVM adds whole registers); long rows are reduced in
// chunks of at most 512 elements. Not vectorized: rows shorter than 16
// (a 3x3 window), and reductions whose rows are not contiguous in memory
// (a column sum would gather). A softmax formed into one kernel gets its
// row statistics fused into the work loop.
// RUN: webnnc-opt %s -split-input-file --webnnc-form-kernels --webnnc-tile-and-vectorize | FileCheck %s

// 512 rows of 128: distributed in work items of 8 rows, one row per
// vector.
// CHECK-LABEL: func.func private @kernel0
// CHECK-SAME: webnnc.work_items = 64
// CHECK: scf.for
// CHECK: scf.for
// CHECK: %[[ROW:.*]] = vector.transfer_read {{.*}} : tensor<1x128xf32>, vector<1x128xf32>
// CHECK: %[[FLAT:.*]] = vector.shape_cast %[[ROW]] : vector<1x128xf32> to vector<128xf32>
// CHECK: vector.reduction <maximumf>, %[[FLAT]], %{{.*}} fastmath<reassoc> : vector<128xf32> into f32
func.func @row_max(%x: tensor<512x128xf32>) -> tensor<512xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %e = tensor.empty() : tensor<512xf32>
  %f = linalg.fill ins(%ninf : f32) outs(%e : tensor<512xf32>) -> tensor<512xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<512x128xf32>) outs(%f : tensor<512xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %m = arith.maximumf %a, %acc : f32
    linalg.yield %m : f32
  } -> tensor<512xf32>
  return %r : tensor<512xf32>
}

// -----

// Rows of 2048: a loop over 4 chunks of 512 accumulating into the row's
// result.
// CHECK-LABEL: func.func private @kernel0
// CHECK-DAG: %[[C512:.*]] = arith.constant 512 : index
// CHECK-DAG: %[[C2048:.*]] = arith.constant 2048 : index
// CHECK: scf.for %{{.*}} = %{{.*}} to %[[C2048]] step %[[C512]]
// CHECK: vector.transfer_read {{.*}} : tensor<1x512xf32>, vector<1x512xf32>
// CHECK: vector.reduction <add>, %{{.*}}, %{{.*}} fastmath<reassoc> : vector<512xf32> into f32

func.func @long_row_sum(%x: tensor<4x2048xf32>) -> tensor<4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<4x2048xf32>) outs(%f : tensor<4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %a, %acc : f32
    linalg.yield %s : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

// Rows of 9 stay a loop nest for LLVM.
// CHECK-LABEL: func.func private @kernel0
// CHECK-NOT: vector.
// CHECK: linalg.generic
// CHECK-NOT: vector.
// CHECK: return

func.func @short_rows(%x: tensor<64x9xf32>) -> tensor<64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64xf32>) -> tensor<64xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<64x9xf32>) outs(%f : tensor<64xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %a, %acc : f32
    linalg.yield %s : f32
  } -> tensor<64xf32>
  return %r : tensor<64xf32>
}

// -----

// The reduced dimension is the outer one of the operand: not vectorized.
// CHECK-LABEL: func.func private @kernel0
// CHECK-NOT: vector.reduction
// CHECK: linalg.generic
// CHECK-NOT: vector.reduction
// CHECK: return

func.func @column_sum(%x: tensor<128x64xf32>) -> tensor<64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64xf32>) -> tensor<64xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<128x64xf32>) outs(%f : tensor<64xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %a, %acc : f32
    linalg.yield %s : f32
  } -> tensor<64xf32>
  return %r : tensor<64xf32>
}

// -----

// A softmax formed into one kernel: the row maxima and sums are fused
// into the work loop over rows, so each work item reduces its own rows
// (once each: the maxima feed both the sum and the normalization).
#sx = affine_map<(d0, d1) -> (d0, d1)>
#sr = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func private @kernel0
// CHECK-SAME: webnnc.work_items = 64
// CHECK: scf.for
// CHECK-COUNT-1: vector.reduction <maximumf>
// CHECK-NOT: vector.reduction <maximumf>
// CHECK: vector.reduction <add>
// CHECK: arith.divf {{.*}} : vector<1x16xf32>
// CHECK: } {webnnc.work_loop}
func.func @softmax(%x: tensor<512x128xf32>) -> tensor<512x128xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<512xf32>
  %fm = linalg.fill ins(%ninf : f32) outs(%e : tensor<512xf32>) -> tensor<512xf32>
  %max = linalg.generic {indexing_maps = [#sx, #sr], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<512x128xf32>) outs(%fm : tensor<512xf32>) {
  ^bb0(%v: f32, %a: f32):
    %m = arith.maximumf %v, %a : f32
    linalg.yield %m : f32
  } -> tensor<512xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%e : tensor<512xf32>) -> tensor<512xf32>
  %sum = linalg.generic {indexing_maps = [#sx, #sr, #sr], iterator_types = ["parallel", "reduction"]} ins(%x, %max : tensor<512x128xf32>, tensor<512xf32>) outs(%fs : tensor<512xf32>) {
  ^bb0(%v: f32, %m: f32, %a: f32):
    %d = arith.subf %v, %m : f32
    %x1 = math.exp %d : f32
    %s = arith.addf %x1, %a : f32
    linalg.yield %s : f32
  } -> tensor<512xf32>
  %ey = tensor.empty() : tensor<512x128xf32>
  %y = linalg.generic {indexing_maps = [#sx, #sr, #sr, #sx], iterator_types = ["parallel", "parallel"]} ins(%x, %max, %sum : tensor<512x128xf32>, tensor<512xf32>, tensor<512xf32>) outs(%ey : tensor<512x128xf32>) {
  ^bb0(%v: f32, %m: f32, %s: f32, %o: f32):
    %d = arith.subf %v, %m : f32
    %x1 = math.exp %d : f32
    %q = arith.divf %x1, %s : f32
    linalg.yield %q : f32
  } -> tensor<512x128xf32>
  return %y : tensor<512x128xf32>
}
