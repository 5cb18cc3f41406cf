// --webnnc-fuse-elementwise: an element-wise linalg.generic whose only user
// is an all-parallel linalg.generic is fused into it. Covered: two chained
// generics become one (bodies concatenated), a chain of three, a
// broadcasting consumer operand. Left alone: a producer with two uses (it
// would be computed twice), a reduction consumer, a named contraction
// producer (linalg.matmul), and a reshape between two generics (no
// reshape propagation, unlike linalg-fuse-elementwise-ops).
// RUN: webnnc-opt %s -split-input-file --webnnc-fuse-elementwise | FileCheck %s

#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @chain_of_two
// CHECK: %[[G:.*]] = linalg.generic {{.*}} ins(%arg0, %arg1 : tensor<4x8xf32>, tensor<4x8xf32>)
// CHECK-NEXT: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[A]], %[[B]] : f32
// CHECK-NEXT: %[[M:.*]] = arith.maximumf %[[S]], %{{.*}} : f32
// CHECK-NEXT: linalg.yield %[[M]] : f32
// CHECK-NOT: linalg.generic
// CHECK: return %[[G]]
func.func @chain_of_two(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %0 = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %y : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<4x8xf32>
  %1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%0 : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %z = arith.constant 0.0 : f32
    %m = arith.maximumf %a, %z : f32
    linalg.yield %m : f32
  } -> tensor<4x8xf32>
  return %1 : tensor<4x8xf32>
}

// -----

// Batch normalization then clamp: x * s[row] + b[row], then min(max(., 0), 6).
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @chain_of_three
// CHECK: linalg.generic {{.*}} ins(%arg0, %arg1, %arg2 : tensor<4x8xf32>, tensor<4xf32>, tensor<4xf32>)
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: arith.maximumf
// CHECK: arith.minimumf
// CHECK-NOT: linalg.generic
func.func @chain_of_three(%x: tensor<4x8xf32>, %s: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %0 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %s : tensor<4x8xf32>, tensor<4xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %r = arith.mulf %a, %c : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %1 = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%0, %b : tensor<4x8xf32>, tensor<4xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %r = arith.addf %a, %c : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %2 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %lo = arith.constant 0.0 : f32
    %hi = arith.constant 6.0 : f32
    %m = arith.maximumf %a, %lo : f32
    %n = arith.minimumf %m, %hi : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  return %2 : tensor<4x8xf32>
}

// -----

// The sum is also returned: fusing would compute it twice.
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @producer_two_uses
// CHECK: %[[P:.*]] = linalg.generic {{.*}} ins(%arg0, %arg1 :
// CHECK: arith.addf
// CHECK: %[[C:.*]] = linalg.generic {{.*}} ins(%[[P]] :
// CHECK: arith.maximumf
// CHECK: return %[[P]], %[[C]]
func.func @producer_two_uses(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %e = tensor.empty() : tensor<4x8xf32>
  %0 = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %y : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<4x8xf32>
  %1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%0 : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %z = arith.constant 0.0 : f32
    %m = arith.maximumf %a, %z : f32
    linalg.yield %m : f32
  } -> tensor<4x8xf32>
  return %0, %1 : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

// A row reduction of squares: the square is not fused into the reduction.
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @reduction_consumer
// CHECK: %[[P:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]} ins(%arg0 :
// CHECK: arith.mulf
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%[[P]] :
// CHECK: arith.addf
func.func @reduction_consumer(%x: tensor<4x8xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.mulf %a, %a : f32
    linalg.yield %s : f32
  } -> tensor<4x8xf32>
  %1 = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%0 : tensor<4x8xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.addf %a, %o : f32
    linalg.yield %m : f32
  } -> tensor<4xf32>
  return %1 : tensor<4xf32>
}

// -----

// A matmul then relu: the contraction stays a named op for the CPU tiling.
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @matmul_producer
// CHECK: %[[M:.*]] = linalg.matmul
// CHECK: linalg.generic {{.*}} ins(%[[M]] :
func.func @matmul_producer(%a: tensor<4x3xf32>, %b: tensor<3x8xf32>, %init: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<4x3xf32>, tensor<3x8xf32>) outs(%init : tensor<4x8xf32>) -> tensor<4x8xf32>
  %e = tensor.empty() : tensor<4x8xf32>
  %1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%0 : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%x: f32, %o: f32):
    %z = arith.constant 0.0 : f32
    %m = arith.maximumf %x, %z : f32
    linalg.yield %m : f32
  } -> tensor<4x8xf32>
  return %1 : tensor<4x8xf32>
}

// -----

// A collapse between the two: reshapes are not propagated to fuse across.
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#id1 = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @reshape_between
// CHECK: %[[P:.*]] = linalg.generic
// CHECK: arith.addf
// CHECK: %[[R:.*]] = tensor.collapse_shape %[[P]]
// CHECK: linalg.generic {{.*}} ins(%[[R]] : tensor<32xf32>)
// CHECK: arith.maximumf
func.func @reshape_between(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>) -> tensor<32xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %0 = linalg.generic {indexing_maps = [#id2, #id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%x, %y : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<4x8xf32>
  %r = tensor.collapse_shape %0 [[0, 1]] : tensor<4x8xf32> into tensor<32xf32>
  %e1 = tensor.empty() : tensor<32xf32>
  %1 = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]} ins(%r : tensor<32xf32>) outs(%e1 : tensor<32xf32>) {
  ^bb0(%a: f32, %o: f32):
    %z = arith.constant 0.0 : f32
    %m = arith.maximumf %a, %z : f32
    linalg.yield %m : f32
  } -> tensor<32xf32>
  return %1 : tensor<32xf32>
}

// -----

// The epilogue of a column-padded product (16 columns, 12 kept) runs on the
// padded product; the padding is cut off after it, so the product is its
// direct producer.
#rows = affine_map<(d0, d1, d2) -> (d0)>
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @epilogue_on_padded_product
// CHECK: %[[P:.*]] = linalg.matmul
// CHECK: %[[G:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]} ins(%[[P]], %arg2 : tensor<4x16xf32>, tensor<4xf32>) outs(%{{.*}} : tensor<4x16xf32>)
// CHECK: %[[S:.*]] = tensor.extract_slice %[[G]][0, 0] [4, 12] [1, 1]
// CHECK: %[[E:.*]] = tensor.expand_shape %[[S]] {{\[\[}}0], [1, 2]] output_shape [4, 3, 4]
// CHECK: return %[[E]]
func.func @epilogue_on_padded_product(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %bias: tensor<4xf32>) -> tensor<4x3x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  %p = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
  %s = tensor.extract_slice %p[0, 0] [4, 12] [1, 1] : tensor<4x16xf32> to tensor<4x12xf32>
  %x = tensor.expand_shape %s [[0], [1, 2]] output_shape [4, 3, 4] : tensor<4x12xf32> into tensor<4x3x4xf32>
  %o = tensor.empty() : tensor<4x3x4xf32>
  %r = linalg.generic {indexing_maps = [#id3, #rows, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %bias : tensor<4x3x4xf32>, tensor<4xf32>) outs(%o : tensor<4x3x4xf32>) {
  ^bb0(%v: f32, %c: f32, %out: f32):
    %sum = arith.addf %v, %c : f32
    %relu = arith.maximumf %sum, %zero : f32
    linalg.yield %relu : f32
  } -> tensor<4x3x4xf32>
  return %r : tensor<4x3x4xf32>
}

// -----

// An input that varies by column has no values for the padding: no rewrite.
#id3b = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @residual_blocks_padded_epilogue
// CHECK: tensor.extract_slice
// CHECK: tensor.expand_shape
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel"]
func.func @residual_blocks_padded_epilogue(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %res: tensor<4x3x4xf32>) -> tensor<4x3x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  %p = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
  %s = tensor.extract_slice %p[0, 0] [4, 12] [1, 1] : tensor<4x16xf32> to tensor<4x12xf32>
  %x = tensor.expand_shape %s [[0], [1, 2]] output_shape [4, 3, 4] : tensor<4x12xf32> into tensor<4x3x4xf32>
  %o = tensor.empty() : tensor<4x3x4xf32>
  %r = linalg.generic {indexing_maps = [#id3b, #id3b, #id3b], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %res : tensor<4x3x4xf32>, tensor<4x3x4xf32>) outs(%o : tensor<4x3x4xf32>) {
  ^bb0(%v: f32, %w: f32, %out: f32):
    %sum = arith.addf %v, %w : f32
    linalg.yield %sum : f32
  } -> tensor<4x3x4xf32>
  return %r : tensor<4x3x4xf32>
}

// -----

// A residual that is itself an un-padded product of the same padded shape
// is read padded: the add runs on the padded product (MobileNetV2's
// residual blocks on padded maps).
#id3c = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @residual_of_padded_products
// CHECK: %[[P:.*]] = linalg.matmul
// CHECK: %[[Q:.*]] = linalg.matmul
// CHECK: %[[G:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]} ins(%[[Q]], %[[P]] : tensor<4x16xf32>, tensor<4x16xf32>) outs(%{{.*}} : tensor<4x16xf32>)
// CHECK: tensor.extract_slice %[[G]][0, 0] [4, 12] [1, 1]
func.func @residual_of_padded_products(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x8xf32>) -> tensor<4x3x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  %p = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
  %q = linalg.matmul ins(%c, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
  %ps = tensor.extract_slice %p[0, 0] [4, 12] [1, 1] : tensor<4x16xf32> to tensor<4x12xf32>
  %px = tensor.expand_shape %ps [[0], [1, 2]] output_shape [4, 3, 4] : tensor<4x12xf32> into tensor<4x3x4xf32>
  %qs = tensor.extract_slice %q[0, 0] [4, 12] [1, 1] : tensor<4x16xf32> to tensor<4x12xf32>
  %qx = tensor.expand_shape %qs [[0], [1, 2]] output_shape [4, 3, 4] : tensor<4x12xf32> into tensor<4x3x4xf32>
  %o = tensor.empty() : tensor<4x3x4xf32>
  %r = linalg.generic {indexing_maps = [#id3c, #id3c, #id3c], iterator_types = ["parallel", "parallel", "parallel"]} ins(%qx, %px : tensor<4x3x4xf32>, tensor<4x3x4xf32>) outs(%o : tensor<4x3x4xf32>) {
  ^bb0(%v: f32, %w: f32, %out: f32):
    %sum = arith.addf %v, %w : f32
    linalg.yield %sum : f32
  } -> tensor<4x3x4xf32>
  return %r : tensor<4x3x4xf32>
}

// -----

// A channel concatenation of images that are views of column-padded
// [C_i, 16] matrices (12 of 16 columns used) becomes a view of their row
// concatenation, which kernel formation builds in place.
// CHECK-LABEL: func.func @channel_concat_of_padded_matrices
// CHECK: %[[ROWS:.*]] = tensor.concat dim(0) %arg0, %arg1 : (tensor<4x16xf32>, tensor<8x16xf32>) -> tensor<12x16xf32>
// CHECK: %[[S:.*]] = tensor.extract_slice %[[ROWS]][0, 0] [12, 12] [1, 1]
// CHECK: %[[I:.*]] = tensor.expand_shape %[[S]] {{\[\[}}0, 1], [2, 3]] output_shape [1, 12, 3, 4]
// CHECK-NOT: tensor.insert_slice
// CHECK: return %[[I]]
func.func @channel_concat_of_padded_matrices(%a: tensor<4x16xf32>, %b: tensor<8x16xf32>) -> tensor<1x12x3x4xf32> {
  %sa = tensor.extract_slice %a[0, 0] [4, 12] [1, 1] : tensor<4x16xf32> to tensor<4x12xf32>
  %ia = tensor.expand_shape %sa [[0, 1], [2, 3]] output_shape [1, 4, 3, 4] : tensor<4x12xf32> into tensor<1x4x3x4xf32>
  %sb = tensor.extract_slice %b[0, 0] [8, 12] [1, 1] : tensor<8x16xf32> to tensor<8x12xf32>
  %ib = tensor.expand_shape %sb [[0, 1], [2, 3]] output_shape [1, 8, 3, 4] : tensor<8x12xf32> into tensor<1x8x3x4xf32>
  %e = tensor.empty() : tensor<1x12x3x4xf32>
  %0 = tensor.insert_slice %ia into %e[0, 0, 0, 0] [1, 4, 3, 4] [1, 1, 1, 1] : tensor<1x4x3x4xf32> into tensor<1x12x3x4xf32>
  %1 = tensor.insert_slice %ib into %0[0, 4, 0, 0] [1, 8, 3, 4] [1, 1, 1, 1] : tensor<1x8x3x4xf32> into tensor<1x12x3x4xf32>
  return %1 : tensor<1x12x3x4xf32>
}

// -----

// Left alone: a concatenation along the image rows (not channels), and
// one with a part that is not a view of a matrix.
// CHECK-LABEL: func.func @other_concats
// CHECK-NOT: tensor.concat
// CHECK: return
func.func @other_concats(%a: tensor<4x12xf32>, %b: tensor<4x12xf32>, %c: tensor<1x4x3x4xf32>) -> (tensor<1x4x6x4xf32>, tensor<1x8x3x4xf32>) {
  %ia = tensor.expand_shape %a [[0, 1], [2, 3]] output_shape [1, 4, 3, 4] : tensor<4x12xf32> into tensor<1x4x3x4xf32>
  %ib = tensor.expand_shape %b [[0, 1], [2, 3]] output_shape [1, 4, 3, 4] : tensor<4x12xf32> into tensor<1x4x3x4xf32>
  %e = tensor.empty() : tensor<1x4x6x4xf32>
  %0 = tensor.insert_slice %ia into %e[0, 0, 0, 0] [1, 4, 3, 4] [1, 1, 1, 1] : tensor<1x4x3x4xf32> into tensor<1x4x6x4xf32>
  %1 = tensor.insert_slice %ib into %0[0, 0, 3, 0] [1, 4, 3, 4] [1, 1, 1, 1] : tensor<1x4x3x4xf32> into tensor<1x4x6x4xf32>
  %e2 = tensor.empty() : tensor<1x8x3x4xf32>
  %2 = tensor.insert_slice %ia into %e2[0, 0, 0, 0] [1, 4, 3, 4] [1, 1, 1, 1] : tensor<1x4x3x4xf32> into tensor<1x8x3x4xf32>
  %3 = tensor.insert_slice %c into %2[0, 4, 0, 0] [1, 4, 3, 4] [1, 1, 1, 1] : tensor<1x4x3x4xf32> into tensor<1x8x3x4xf32>
  return %1, %3 : tensor<1x4x6x4xf32>, tensor<1x8x3x4xf32>
}

// -----

// A window tap taken through unit reshapes (the batch dimension added and
// dropped again) becomes one strided slice of the padded image.
// CHECK-LABEL: func.func @tap_through_unit_reshapes
// CHECK: %[[T:.*]] = tensor.extract_slice %arg0[0, 1, 0] [8, 4, 5] [1, 2, 2] : tensor<8x10x10xf32> to tensor<8x4x5xf32>
// CHECK-NOT: tensor.expand_shape
// CHECK-NOT: tensor.collapse_shape
// CHECK: return %[[T]]
func.func @tap_through_unit_reshapes(%x: tensor<8x10x10xf32>) -> tensor<8x4x5xf32> {
  %e = tensor.expand_shape %x [[0, 1], [2], [3]] output_shape [1, 8, 10, 10] : tensor<8x10x10xf32> into tensor<1x8x10x10xf32>
  %s = tensor.extract_slice %e[0, 0, 1, 0] [1, 8, 4, 5] [1, 1, 2, 2] : tensor<1x8x10x10xf32> to tensor<1x8x4x5xf32>
  %c = tensor.collapse_shape %s [[0, 1], [2], [3]] : tensor<1x8x4x5xf32> into tensor<8x4x5xf32>
  return %c : tensor<8x4x5xf32>
}
