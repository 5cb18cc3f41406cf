// --webnnc-deinterleave-strided-reads: an in-bounds vector read of a row
// with innermost stride s (2 <= s <= max-stride) becomes a masked load of
// the (V - 1) * s + 1 contiguous elements the row spans (from the base
// buffer at the row's linear position) and a shuffle keeping every s-th
// lane. Left alone: unit strides, strides above max-stride, masked reads,
// reads that may go out of bounds.
// RUN: webnnc-opt %s -split-input-file --pass-pipeline="builtin.module(func.func(webnnc-deinterleave-strided-reads))" | FileCheck %s

// A stride-2 tap of a 3-D view: 16 lanes from a 31-element span.
// CHECK-LABEL: func.func @stride2
// CHECK-SAME: (%[[M:.*]]: memref<1x1x16xf32, strided<[256, 32, 2], offset: ?>>, %[[I:.*]]: index)
// CHECK: %[[BASE:.*]], %[[OFF:.*]], %{{.*}}:3, %[[ST:.*]]:3 = memref.extract_strided_metadata %[[M]]
// CHECK: %[[ROW:.*]] = memref.reinterpret_cast %[[BASE]] to offset: [%{{.*}}], sizes: [31], strides: [1]
// CHECK: %[[MASK:.*]] = vector.constant_mask [31] : vector<32xi1>
// CHECK: %[[WIDE:.*]] = vector.maskedload %[[ROW]][%{{.*}}], %[[MASK]], %{{.*}} : memref<31xf32, strided<[1], offset: ?>>, vector<32xi1>, vector<32xf32> into vector<32xf32>
// CHECK: %[[EVEN:.*]] = vector.shuffle %[[WIDE]], %[[WIDE]] [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30] : vector<32xf32>, vector<32xf32>
// CHECK: %[[R:.*]] = vector.shape_cast %[[EVEN]] : vector<16xf32> to vector<1x1x16xf32>
// CHECK-NOT: vector.transfer_read
// CHECK: return %[[R]]
func.func @stride2(%m: memref<1x1x16xf32, strided<[256, 32, 2], offset: ?>>, %i: index) -> vector<1x1x16xf32> {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %v = vector.transfer_read %m[%c0, %c0, %c0], %pad {in_bounds = [true, true, true]} : memref<1x1x16xf32, strided<[256, 32, 2], offset: ?>>, vector<1x1x16xf32>
  return %v : vector<1x1x16xf32>
}

// -----

// Stride 3, 1-D, 5 lanes: a 13-element span, lanes 0, 3, 6, 9, 12.
// CHECK-LABEL: func.func @stride3
// CHECK: vector.constant_mask [13] : vector<15xi1>
// CHECK: vector.shuffle %{{.*}}, %{{.*}} [0, 3, 6, 9, 12] : vector<15xf32>, vector<15xf32>
// CHECK-NOT: vector.transfer_read
func.func @stride3(%m: memref<5xf32, strided<[3]>>) -> vector<5xf32> {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %v = vector.transfer_read %m[%c0], %pad {in_bounds = [true]} : memref<5xf32, strided<[3]>>, vector<5xf32>
  return %v : vector<5xf32>
}

// -----

// CHECK-LABEL: func.func @left_alone
// CHECK-NOT: vector.shuffle
// CHECK-NOT: vector.maskedload
// CHECK-COUNT-4: vector.transfer_read
// CHECK-NOT: vector.shuffle
func.func @left_alone(%unit: memref<16xf32>, %wide: memref<16xf32, strided<[8]>>, %strided: memref<16xf32, strided<[2]>>, %n: index) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  // Unit stride: already a plain load.
  %a = vector.transfer_read %unit[%c0], %pad {in_bounds = [true]} : memref<16xf32>, vector<16xf32>
  // Stride 8 > max-stride (4).
  %b = vector.transfer_read %wide[%c0], %pad {in_bounds = [true]} : memref<16xf32, strided<[8]>>, vector<16xf32>
  // Masked.
  %mask = vector.create_mask %n : vector<16xi1>
  %c = vector.transfer_read %strided[%c0], %pad, %mask {in_bounds = [true]} : memref<16xf32, strided<[2]>>, vector<16xf32>
  // May read out of bounds.
  %d = vector.transfer_read %strided[%n], %pad : memref<16xf32, strided<[2]>>, vector<16xf32>
  return %a, %b, %c, %d : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
}

// -----

// A 0-d read (a scalar through a vector) has no row.
// CHECK-LABEL: func.func @scalar_read
// CHECK: vector.transfer_read
// CHECK-NOT: vector.shuffle
func.func @scalar_read(%m: memref<f32, strided<[], offset: ?>>) -> vector<f32> {
  %pad = arith.constant 0.0 : f32
  %v = vector.transfer_read %m[], %pad : memref<f32, strided<[], offset: ?>>, vector<f32>
  return %v : vector<f32>
}
