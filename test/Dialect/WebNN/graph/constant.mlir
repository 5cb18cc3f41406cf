// webnn.constant: inline, splat and dense_resource data.
// RUN: webnnc-opt %s -split-input-file -verify-diagnostics | webnnc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @constants
// CHECK: webnn.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK: webnn.constant {label = "zero"} dense<0> : tensor<i64>
// CHECK: webnn.constant dense_resource<weights> : tensor<2x2xf32>
func.func @constants() -> (tensor<2xf32>, tensor<i64>, tensor<2x2xf32>) {
  %0 = webnn.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %1 = webnn.constant {label = "zero"} dense<0> : tensor<i64>
  %2 = webnn.constant dense_resource<weights> : tensor<2x2xf32>
  return %0, %1, %2 : tensor<2xf32>, tensor<i64>, tensor<2x2xf32>
}

{-#
  dialect_resources: {
    builtin: {
      weights: "0x040000000000803F000000400000404000008040"
    }
  }
#-}

// -----

func.func @constant_zero_dim() -> tensor<0xf32> {
  // expected-error @+1 {{result #0 must be static tensor of}}
  %0 = webnn.constant dense<> : tensor<0xf32>
  return %0 : tensor<0xf32>
}

// -----

func.func @constant_f64() -> tensor<2xf64> {
  // expected-error @+1 {{must be static tensor of float32 or float16}}
  %0 = webnn.constant dense<[1.0, 2.0]> : tensor<2xf64>
  return %0 : tensor<2xf64>
}
