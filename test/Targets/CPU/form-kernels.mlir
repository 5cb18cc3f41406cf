// --webnnc-form-kernels on a graph function in linalg on tensors. Covered:
// each compute root becomes a private func marked webnnc.kernel (with
// webnnc.flops and webnnc.source_ops from the name locations) and the
// graph one func.call per kernel in execution order; tensor.empty and
// linalg.fill of a destination are cloned into the kernel; constants up to
// -inline-constant-limit elements and splats are copied in, larger ones
// stay in the graph and are passed as arguments; a tensor.collapse_shape
// read by one kernel goes into it, one read by two stays in the graph as a
// view; an element-wise root takes the
// linalg.matmul only it reads as its epilogue (one kernel); graph results
// that the graph does not own (a function argument, a constant, a value
// returned twice) get a linalg.copy kernel of their own.
// RUN: webnnc-opt %s -split-input-file --webnnc-form-kernels | FileCheck %s
// RUN: webnnc-opt %s -split-input-file --webnnc-form-kernels=inline-constant-limit=8 | FileCheck %s --check-prefix=LIMIT

// relu then matmul: two kernels, called in order; the 24-element weights
// are inlined under the default limit (64) and passed in under a limit 8.
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @relu_matmul
// CHECK-SAME: (%[[A:.*]]: tensor<4x3xf32> {webnn.name = "a"}) -> (tensor<4x8xf32> {webnn.name = "y"})
// CHECK-NEXT: %[[R:.*]] = call @kernel0(%[[A]]) : (tensor<4x3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[M:.*]] = call @kernel1(%[[R]]) : (tensor<4x3xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[M]]
// CHECK-LABEL: func.func private @kernel1
// CHECK-SAME: (%[[X:.*]]: tensor<4x3xf32>) -> tensor<4x8xf32>
// CHECK-SAME: attributes {webnnc.flops = 192 : i64, webnnc.kernel, webnnc.source_ops = ["mm"]}
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00, {{.*}}> : tensor<3x8xf32>
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[E:.*]] = tensor.empty() : tensor<4x8xf32>
// CHECK: %[[F:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[E]] : tensor<4x8xf32>)
// CHECK: %[[P:.*]] = linalg.matmul ins(%[[X]], %[[W]] : tensor<4x3xf32>, tensor<3x8xf32>) outs(%[[F]] : tensor<4x8xf32>)
// CHECK: return %[[P]] : tensor<4x8xf32>
// CHECK-LABEL: func.func private @kernel0
// CHECK-SAME: (%{{.*}}: tensor<4x3xf32>) -> tensor<4x3xf32>
// CHECK-SAME: attributes {webnnc.flops = 12 : i64, webnnc.in_place = array<i64: 0>, webnnc.kernel, webnnc.source_ops = ["relu"]}
// CHECK: tensor.empty() : tensor<4x3xf32>
// CHECK: linalg.generic
// CHECK: arith.maximumf

// LIMIT-LABEL: func.func @relu_matmul
// LIMIT-NEXT: %[[W:.*]] = arith.constant dense<{{.*}}> : tensor<3x8xf32>
// LIMIT-NEXT: %[[R:.*]] = call @kernel0(%arg0) : (tensor<4x3xf32>) -> tensor<4x3xf32>
// LIMIT-NEXT: %[[M:.*]] = call @kernel1(%[[R]], %[[W]]) : (tensor<4x3xf32>, tensor<3x8xf32>) -> tensor<4x8xf32>
// LIMIT-LABEL: func.func private @kernel1
// LIMIT-SAME: (%[[X:.*]]: tensor<4x3xf32>, %[[WA:.*]]: tensor<3x8xf32>) -> tensor<4x8xf32>
// LIMIT-NOT: arith.constant dense
// LIMIT: linalg.matmul ins(%[[X]], %[[WA]] : tensor<4x3xf32>, tensor<3x8xf32>)
// LIMIT-LABEL: func.func private @kernel0
func.func @relu_matmul(%a: tensor<4x3xf32> {webnn.name = "a"}) -> (tensor<4x8xf32> {webnn.name = "y"}) {
  %b = arith.constant dense<[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]]> : tensor<3x8xf32>
  %cst = arith.constant 0.0 : f32
  %ea = tensor.empty() : tensor<4x3xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<4x3xf32>) outs(%ea : tensor<4x3xf32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.maximumf %x, %cst : f32
    linalg.yield %m : f32
  } -> tensor<4x3xf32> loc("relu")
  %e = tensor.empty() : tensor<4x8xf32>
  %f = linalg.fill ins(%cst : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %0 = linalg.matmul ins(%r, %b : tensor<4x3xf32>, tensor<3x8xf32>) outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32> loc("mm")
  return %0 : tensor<4x8xf32>
}

// -----

// A splat constant is copied into the kernel whatever its size.
// CHECK-LABEL: func.func @splat_weights
// CHECK-NEXT: call @kernel0(%arg0) : (tensor<4x30xf32>) -> tensor<4x8xf32>
// CHECK-LABEL: func.func private @kernel0
// CHECK: arith.constant dense<5.000000e-01> : tensor<30x8xf32>
// CHECK: linalg.matmul
// LIMIT-LABEL: func.func @splat_weights
// LIMIT-NEXT: call @kernel0(%arg0) : (tensor<4x30xf32>) -> tensor<4x8xf32>
func.func @splat_weights(%a: tensor<4x30xf32> {webnn.name = "a"}) -> (tensor<4x8xf32> {webnn.name = "y"}) {
  %b = arith.constant dense<0.5> : tensor<30x8xf32>
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x8xf32>
  %f = linalg.fill ins(%cst : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %0 = linalg.matmul ins(%a, %b : tensor<4x30xf32>, tensor<30x8xf32>) outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// matmul then relu: the relu is the product's epilogue, one kernel.
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @matmul_relu
// CHECK-NEXT: %[[Y:.*]] = call @kernel0(%arg0, %arg1) : (tensor<4x3xf32>, tensor<3x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[Y]]
// CHECK-NOT: call @kernel1
// CHECK-LABEL: func.func private @kernel0
// CHECK-SAME: attributes {webnnc.flops = 224 : i64, webnnc.kernel, webnnc.source_ops = ["mm", "relu"]}
// CHECK: linalg.fill
// CHECK: %[[P:.*]] = linalg.matmul
// CHECK: linalg.generic {{.*}} ins(%[[P]] : tensor<4x8xf32>)
// CHECK: arith.maximumf
// CHECK-NOT: func.func private @kernel1
func.func @matmul_relu(%a: tensor<4x3xf32> {webnn.name = "a"}, %b: tensor<3x8xf32> {webnn.name = "b"}) -> (tensor<4x8xf32> {webnn.name = "y"}) {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x8xf32>
  %f = linalg.fill ins(%cst : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %0 = linalg.matmul ins(%a, %b : tensor<4x3xf32>, tensor<3x8xf32>) outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32> loc("mm")
  %1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%0 : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.maximumf %x, %cst : f32
    linalg.yield %m : f32
  } -> tensor<4x8xf32> loc("relu")
  return %1 : tensor<4x8xf32>
}

// -----

// A collapse only one kernel reads goes into that kernel.
#id = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @collapse_in_kernel
// CHECK-NEXT: %[[Y:.*]] = call @kernel0(%arg0) : (tensor<4x8xf32>) -> tensor<32xf32>
// CHECK-NEXT: return %[[Y]]
// CHECK-LABEL: func.func private @kernel0
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>) -> tensor<32xf32>
// CHECK: %[[C:.*]] = tensor.collapse_shape %[[X]]
// CHECK: linalg.generic {{.*}} ins(%[[C]] : tensor<32xf32>)
func.func @collapse_in_kernel(%a: tensor<4x8xf32> {webnn.name = "a"}) -> (tensor<32xf32> {webnn.name = "y"}) {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<32xf32>
  %c = tensor.collapse_shape %a [[0, 1]] : tensor<4x8xf32> into tensor<32xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%c : tensor<32xf32>) outs(%e : tensor<32xf32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.maximumf %x, %cst : f32
    linalg.yield %m : f32
  } -> tensor<32xf32>
  return %r : tensor<32xf32>
}

// -----

// A collapse two kernels read stays in the graph, a view both read.
#id = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @collapse_view
// CHECK-NEXT: %[[V:.*]] = tensor.collapse_shape %arg0 {{\[\[}}0, 1]] : tensor<4x8xf32> into tensor<32xf32>
// CHECK-NEXT: %[[Y:.*]] = call @kernel0(%[[V]]) : (tensor<32xf32>) -> tensor<32xf32>
// CHECK-NEXT: %[[Z:.*]] = call @kernel1(%[[V]]) : (tensor<32xf32>) -> tensor<32xf32>
// CHECK-NEXT: return %[[Y]], %[[Z]]
func.func @collapse_view(%a: tensor<4x8xf32> {webnn.name = "a"}) -> (tensor<32xf32> {webnn.name = "y"}, tensor<32xf32> {webnn.name = "z"}) {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<32xf32>
  %c = tensor.collapse_shape %a [[0, 1]] : tensor<4x8xf32> into tensor<32xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%c : tensor<32xf32>) outs(%e : tensor<32xf32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.maximumf %x, %cst : f32
    linalg.yield %m : f32
  } -> tensor<32xf32>
  %s = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%c : tensor<32xf32>) outs(%e : tensor<32xf32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.minimumf %x, %cst : f32
    linalg.yield %m : f32
  } -> tensor<32xf32>
  return %r, %s : tensor<32xf32>, tensor<32xf32>
}

// -----

// Results y and z are the same value and w is the input: z and w get copies.
#id = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @unowned_results
// CHECK-NEXT: %[[Y:.*]] = call @kernel0(%arg0)
// CHECK-NEXT: %[[Z:.*]] = call @kernel1(%[[Y]]) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[W:.*]] = call @kernel2(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: return %[[Y]], %[[Z]], %[[W]]
// CHECK-LABEL: func.func private @kernel2
// CHECK-SAME: attributes {{{.*}}webnnc.kernel
// CHECK-NEXT: %[[E:.*]] = tensor.empty() : tensor<4xf32>
// CHECK-NEXT: %[[C:.*]] = linalg.copy ins(%arg0 : tensor<4xf32>) outs(%[[E]] : tensor<4xf32>)
// CHECK-NEXT: return %[[C]]
// CHECK-LABEL: func.func private @kernel1
// CHECK-SAME: attributes {{{.*}}webnnc.kernel
// CHECK-NEXT: %[[E:.*]] = tensor.empty() : tensor<4xf32>
// CHECK-NEXT: %[[C:.*]] = linalg.copy ins(%arg0 : tensor<4xf32>) outs(%[[E]] : tensor<4xf32>)
// CHECK-NEXT: return %[[C]]
// CHECK-LABEL: func.func private @kernel0
// CHECK: linalg.generic
func.func @unowned_results(%a: tensor<4xf32> {webnn.name = "a"}) -> (tensor<4xf32> {webnn.name = "y"}, tensor<4xf32> {webnn.name = "z"}, tensor<4xf32> {webnn.name = "w"}) {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.maximumf %x, %cst : f32
    linalg.yield %m : f32
  } -> tensor<4xf32>
  return %r, %r, %a : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// A constant result is copied by a kernel holding the constant.
#id = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @constant_result
// CHECK-NEXT: %[[Y:.*]] = call @kernel0(%arg0)
// CHECK-NEXT: %[[Z:.*]] = call @kernel1() : () -> tensor<4xf32>
// CHECK-NEXT: return %[[Y]], %[[Z]]
// CHECK-LABEL: func.func private @kernel1()
// CHECK-NEXT: %[[K:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>
// CHECK-NEXT: %[[E:.*]] = tensor.empty() : tensor<4xf32>
// CHECK-NEXT: linalg.copy ins(%[[K]] : tensor<4xf32>) outs(%[[E]] : tensor<4xf32>)
func.func @constant_result(%a: tensor<4xf32> {webnn.name = "a"}) -> (tensor<4xf32> {webnn.name = "y"}, tensor<4xf32> {webnn.name = "z"}) {
  %c = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %e = tensor.empty() : tensor<4xf32>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]} ins(%a, %c : tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %m = arith.addf %x, %y : f32
    linalg.yield %m : f32
  } -> tensor<4xf32>
  return %r, %c : tensor<4xf32>, tensor<4xf32>
}

// -----

// A graph that only returns its input still gets a copy kernel (the pass
// loads the dialects it creates ops of).
// CHECK-LABEL: func.func @passthrough
// CHECK: %[[Y:.*]] = call @kernel0(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: return %[[Y]]
// CHECK-LABEL: func.func private @kernel0
// CHECK: linalg.copy ins(%arg0 : tensor<4xf32>)
func.func @passthrough(%a: tensor<4xf32> {webnn.name = "a"}) -> (tensor<4xf32> {webnn.name = "y"}) {
  return %a : tensor<4xf32>
}

// -----

// A row concatenation of values computed by kernels for it alone stays in
// the graph (the arena plan places its operands inside it); the operands'
// kernels run right before it, after the unrelated %u's.
#cid = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @in_place_concat
// CHECK: %[[A:.*]] = call @kernel0(%arg0)
// CHECK: %[[U:.*]] = call @kernel1(%arg1)
// CHECK: %[[B:.*]] = call @kernel2(%[[U]])
// CHECK: %[[AA:.*]] = call @kernel3(%[[A]])
// CHECK: %[[BB:.*]] = call @kernel4(%[[B]])
// CHECK: %[[C:.*]] = tensor.concat dim(0) %[[AA]], %[[BB]] : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<8x8xf32>
// CHECK: call @kernel5(%[[C]])
func.func @in_place_concat(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>) -> tensor<8x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %a = linalg.generic {indexing_maps = [#cid, #cid], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %n = arith.negf %v : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  %aa = linalg.generic {indexing_maps = [#cid, #cid], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %n = math.exp %v : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  %u = linalg.generic {indexing_maps = [#cid, #cid], iterator_types = ["parallel", "parallel"]} ins(%y : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %n = math.absf %v : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  %b = linalg.generic {indexing_maps = [#cid, #cid], iterator_types = ["parallel", "parallel"]} ins(%u : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %n = math.sqrt %v : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  %bb = linalg.generic {indexing_maps = [#cid, #cid], iterator_types = ["parallel", "parallel"]} ins(%b : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %n = math.floor %v : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  %c = tensor.concat dim(0) %aa, %bb : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<8x8xf32>
  %e8 = tensor.empty() : tensor<8x8xf32>
  %r = linalg.generic {indexing_maps = [#cid, #cid], iterator_types = ["parallel", "parallel"]} ins(%c : tensor<8x8xf32>) outs(%e8 : tensor<8x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %n = arith.addf %v, %v : f32
    linalg.yield %n : f32
  } -> tensor<8x8xf32>
  return %r : tensor<8x8xf32>
}

// -----

// Copied by a kernel: a concatenation with a function argument among its
// operands, and a graph result (of one value twice).
// CHECK-LABEL: func.func @concat_kernels
// CHECK-NOT: tensor.concat
// CHECK: call @kernel1
// CHECK: call @kernel3
// CHECK: func.func private @kernel3
// CHECK: tensor.concat
// CHECK: func.func private @kernel1
// CHECK: tensor.concat
func.func @concat_kernels(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>) -> (tensor<8x8xf32>, tensor<8x8xf32>) {
  %e = tensor.empty() : tensor<4x8xf32>
  %a = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %n = arith.negf %v : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  %c = tensor.concat dim(0) %a, %y : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<8x8xf32>
  %b = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%y : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %n = math.absf %v : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  %d = tensor.concat dim(0) %b, %b : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<8x8xf32>
  return %c, %d : tensor<8x8xf32>, tensor<8x8xf32>
}

// -----

// A softmax over rows: the row maxima and sums (smaller than the rows the
// normalization iterates over) join the normalization's kernel: one
// kernel. A statistic the graph also returns stays a kernel of its own.
#sx = affine_map<(d0, d1) -> (d0, d1)>
#sr = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @softmax_one_kernel
// CHECK: %[[Y:.*]] = call @kernel0(%arg0)
// CHECK-NEXT: return %[[Y]]
// CHECK: func.func private @kernel0
// CHECK-COUNT-3: linalg.generic
// CHECK-NOT: linalg.generic
// CHECK: return
// CHECK-LABEL: func.func @statistic_returned
// CHECK: %[[M:.*]] = call @kernel{{[0-9]+}}(%arg0) : (tensor<4x8xf32>) -> tensor<4xf32>
// CHECK: call @kernel{{[0-9]+}}(%arg0, %[[M]])
func.func @softmax_one_kernel(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %zero = arith.constant 0.0 : f32
  %e4 = tensor.empty() : tensor<4xf32>
  %fm = linalg.fill ins(%ninf : f32) outs(%e4 : tensor<4xf32>) -> tensor<4xf32>
  %max = linalg.generic {indexing_maps = [#sx, #sr], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<4x8xf32>) outs(%fm : tensor<4xf32>) {
  ^bb0(%v: f32, %a: f32):
    %m = arith.maximumf %v, %a : f32
    linalg.yield %m : f32
  } -> tensor<4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%e4 : tensor<4xf32>) -> tensor<4xf32>
  %sum = linalg.generic {indexing_maps = [#sx, #sr, #sr], iterator_types = ["parallel", "reduction"]} ins(%x, %max : tensor<4x8xf32>, tensor<4xf32>) outs(%fs : tensor<4xf32>) {
  ^bb0(%v: f32, %m: f32, %a: f32):
    %d = arith.subf %v, %m : f32
    %e = math.exp %d : f32
    %s = arith.addf %e, %a : f32
    linalg.yield %s : f32
  } -> tensor<4xf32>
  %e48 = tensor.empty() : tensor<4x8xf32>
  %y = linalg.generic {indexing_maps = [#sx, #sr, #sr, #sx], iterator_types = ["parallel", "parallel"]} ins(%x, %max, %sum : tensor<4x8xf32>, tensor<4xf32>, tensor<4xf32>) outs(%e48 : tensor<4x8xf32>) {
  ^bb0(%v: f32, %m: f32, %s: f32, %o: f32):
    %d = arith.subf %v, %m : f32
    %e = math.exp %d : f32
    %q = arith.divf %e, %s : f32
    linalg.yield %q : f32
  } -> tensor<4x8xf32>
  return %y : tensor<4x8xf32>
}
func.func @statistic_returned(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4xf32>) {
  %ninf = arith.constant 0xFF800000 : f32
  %e4 = tensor.empty() : tensor<4xf32>
  %fm = linalg.fill ins(%ninf : f32) outs(%e4 : tensor<4xf32>) -> tensor<4xf32>
  %max = linalg.generic {indexing_maps = [#sx, #sr], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<4x8xf32>) outs(%fm : tensor<4xf32>) {
  ^bb0(%v: f32, %a: f32):
    %m = arith.maximumf %v, %a : f32
    linalg.yield %m : f32
  } -> tensor<4xf32>
  %e48 = tensor.empty() : tensor<4x8xf32>
  %y = linalg.generic {indexing_maps = [#sx, #sr, #sx], iterator_types = ["parallel", "parallel"]} ins(%x, %max : tensor<4x8xf32>, tensor<4xf32>) outs(%e48 : tensor<4x8xf32>) {
  ^bb0(%v: f32, %m: f32, %o: f32):
    %d = arith.subf %v, %m : f32
    linalg.yield %d : f32
  } -> tensor<4x8xf32>
  return %y, %max : tensor<4x8xf32>, tensor<4xf32>
}

// -----

// webnnc.in_place marks a kernel that may write its result over an
// argument: one element-wise generic reading that argument element for
// element (and nowhere else), with the result's type, never reading its
// destination. Not marked: an argument also read transposed, a product
// kernel, a result of another shape.
#ip = affine_map<(d0, d1) -> (d0, d1)>
#ipt = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-LABEL: func.func @in_place_marks
// CHECK: func.func private @kernel3
// CHECK-NOT: webnnc.in_place
// CHECK-SAME: webnnc.kernel
// CHECK: func.func private @kernel2
// CHECK-NOT: webnnc.in_place
// CHECK-SAME: webnnc.kernel
// CHECK: func.func private @kernel1
// CHECK-SAME: webnnc.in_place = array<i64: 0, 1>
// CHECK: func.func private @kernel0
// CHECK-NOT: webnnc.in_place
// CHECK-SAME: webnnc.kernel
func.func @in_place_marks(%x: tensor<4x4xf32>, %w: tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4xf32>, tensor<4x4xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32>
  // kernel0: a product (also returned, so not an epilogue's).
  %p = linalg.matmul ins(%x, %w : tensor<4x4xf32>, tensor<4x4xf32>) outs(%f : tensor<4x4xf32>) -> tensor<4x4xf32>
  // kernel1: x + p, both read element for element: either may be written
  // over (the plan takes the one whose last reader this is).
  %a = linalg.generic {indexing_maps = [#ip, #ip, #ip], iterator_types = ["parallel", "parallel"]} ins(%x, %p : tensor<4x4xf32>, tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) {
  ^bb0(%u: f32, %v: f32, %o: f32):
    %s = arith.addf %u, %v : f32
    linalg.yield %s : f32
  } -> tensor<4x4xf32>
  // kernel2: a read element for element and transposed.
  %t = linalg.generic {indexing_maps = [#ip, #ipt, #ip], iterator_types = ["parallel", "parallel"]} ins(%a, %a : tensor<4x4xf32>, tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) {
  ^bb0(%u: f32, %v: f32, %o: f32):
    %s = arith.subf %u, %v : f32
    linalg.yield %s : f32
  } -> tensor<4x4xf32>
  // kernel3: a row sum (another shape).
  %e4 = tensor.empty() : tensor<4xf32>
  %f4 = linalg.fill ins(%zero : f32) outs(%e4 : tensor<4xf32>) -> tensor<4xf32>
  %r = linalg.generic {indexing_maps = [#ip, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%t : tensor<4x4xf32>) outs(%f4 : tensor<4xf32>) {
  ^bb0(%u: f32, %o: f32):
    %s = arith.addf %u, %o : f32
    linalg.yield %s : f32
  } -> tensor<4xf32>
  return %a, %t, %r, %p : tensor<4x4xf32>, tensor<4x4xf32>, tensor<4xf32>, tensor<4x4xf32>
}

// -----

// A pad read only through slices (window taps) joins the kernel of their
// reader; a pad a product reads directly stays a kernel of its own.
#pt = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @pad_into_window_kernel
// CHECK: %[[W:.*]] = call @kernel{{[0-9]+}}(%arg0) : (tensor<8x6x6xf32>) -> tensor<8x3x3xf32>
// CHECK: func.func private @kernel{{[0-9]+}}
// CHECK: tensor.pad
// CHECK: tensor.extract_slice
// CHECK: linalg.generic
// CHECK-LABEL: func.func @pad_for_product
// CHECK: %[[P:.*]] = call @kernel{{[0-9]+}}(%arg0) : (tensor<4x6xf32>) -> tensor<4x8xf32>
// CHECK: call @kernel{{[0-9]+}}(%arg1, %[[P]])
func.func @pad_into_window_kernel(%x: tensor<8x6x6xf32>) -> tensor<8x3x3xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 1, 1] high[0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index):
    tensor.yield %zero : f32
  } : tensor<8x6x6xf32> to tensor<8x8x8xf32>
  %t0 = tensor.extract_slice %p[0, 0, 0] [8, 3, 3] [1, 2, 2] : tensor<8x8x8xf32> to tensor<8x3x3xf32>
  %t1 = tensor.extract_slice %p[0, 1, 1] [8, 3, 3] [1, 2, 2] : tensor<8x8x8xf32> to tensor<8x3x3xf32>
  %e = tensor.empty() : tensor<8x3x3xf32>
  %y = linalg.generic {indexing_maps = [#pt, #pt, #pt], iterator_types = ["parallel", "parallel", "parallel"]} ins(%t0, %t1 : tensor<8x3x3xf32>, tensor<8x3x3xf32>) outs(%e : tensor<8x3x3xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.maximumf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<8x3x3xf32>
  return %y : tensor<8x3x3xf32>
}
func.func @pad_for_product(%x: tensor<4x6xf32>, %w: tensor<2x4xf32>) -> tensor<2x8xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 0] high[0, 2] {
  ^bb0(%i: index, %j: index):
    tensor.yield %zero : f32
  } : tensor<4x6xf32> to tensor<4x8xf32>
  %e = tensor.empty() : tensor<2x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x8xf32>) -> tensor<2x8xf32>
  %m = linalg.matmul ins(%w, %p : tensor<2x4xf32>, tensor<4x8xf32>) outs(%f : tensor<2x8xf32>) -> tensor<2x8xf32>
  return %m : tensor<2x8xf32>
}
