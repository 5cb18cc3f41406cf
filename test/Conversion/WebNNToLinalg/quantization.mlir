// webnn quantization ops -> one linalg.generic each, the blockwise
// broadcast of scale and zero point in its indexing maps (floordiv by the
// block size, 0 for a size-1 parameter dimension).
// RUN: webnnc-opt %s --convert-webnn-to-linalg --split-input-file --verify-diagnostics | FileCheck %s

// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[BLOCK:.*]] = affine_map<(d0, d1) -> (d0 floordiv 2, d1 floordiv 3)>
// CHECK-LABEL: func.func @quantize_uint8_blockwise
// CHECK-SAME: -> tensor<4x6xi8>
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[BLOCK]], #[[BLOCK]], #[[ID]]]
// CHECK: arith.divf {{.*}} : f32
// CHECK: math.roundeven
// CHECK: arith.extui {{.*}} : i8 to i64
// CHECK: arith.cmpf uno
// CHECK: arith.constant 0.000000e+00 : f64
// CHECK: arith.constant 2.550000e+02 : f64
// CHECK: arith.maxnumf
// CHECK: arith.minnumf
// CHECK: arith.select
// CHECK: arith.fptoui {{.*}} : f64 to i8
func.func @quantize_uint8_blockwise(%x: tensor<4x6xf32>, %s: tensor<2x2xf32>, %z: tensor<2x2xui8>) -> tensor<4x6xui8> {
  %0 = webnn.quantizeLinear %x, %s, %z : (tensor<4x6xf32>, tensor<2x2xf32>, tensor<2x2xui8>) -> tensor<4x6xui8>
  return %0 : tensor<4x6xui8>
}

// -----

// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-LABEL: func.func @quantize_int4_f16
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ROW]], #[[ID]]]
// CHECK: arith.extf {{.*}} : f16 to f32
// CHECK: arith.extsi {{.*}} : i4 to i64
// CHECK: arith.constant -8.000000e+00 : f64
// CHECK: arith.constant 7.000000e+00 : f64
// CHECK: arith.fptosi {{.*}} : f64 to i4
func.func @quantize_int4_f16(%x: tensor<2x3xf16>, %s: tensor<2x1xf16>, %z: tensor<2x1xi4>) -> tensor<2x3xi4> {
  %0 = webnn.quantizeLinear %x, %s, %z : (tensor<2x3xf16>, tensor<2x1xf16>, tensor<2x1xi4>) -> tensor<2x3xi4>
  return %0 : tensor<2x3xi4>
}

// -----

// CHECK-LABEL: func.func @dequantize_uint8
// CHECK: linalg.generic
// CHECK: arith.extui {{.*}} : i8 to i64
// CHECK: arith.extui {{.*}} : i8 to i64
// CHECK: arith.subi {{.*}} : i64
// CHECK: arith.sitofp {{.*}} : i64 to f64
// CHECK: arith.extf {{.*}} : f32 to f64
// CHECK: arith.mulf {{.*}} : f64
// CHECK: arith.truncf {{.*}} : f64 to f32
func.func @dequantize_uint8(%x: tensor<2x4xui8>, %s: tensor<2x2xf32>, %z: tensor<2x2xui8>) -> tensor<2x4xf32> {
  %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<2x4xui8>, tensor<2x2xf32>, tensor<2x2xui8>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// CHECK-LABEL: func.func @dequantize_int32_f16
// CHECK: linalg.generic
// CHECK: arith.extsi {{.*}} : i32 to i64
// CHECK: arith.extsi {{.*}} : i32 to i64
// CHECK: arith.subi {{.*}} : i64
// CHECK: arith.truncf {{.*}} : f64 to f16
func.func @dequantize_int32_f16(%x: tensor<4xi32>, %s: tensor<1xf16>, %z: tensor<1xi32>) -> tensor<4xf16> {
  %0 = webnn.dequantizeLinear %x, %s, %z : (tensor<4xi32>, tensor<1xf16>, tensor<1xi32>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}
