// The webnnc binary's command dispatch and exit codes.
// RUN: webnnc --version | FileCheck %s --check-prefix=VERSION
// RUN: not webnnc 2>&1 | FileCheck %s --check-prefix=USAGE
// RUN: not webnnc frobnicate 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: webnnc opt %s | FileCheck %s --check-prefix=OPT
// RUN: not webnnc-opt %s.missing 2>&1 | FileCheck %s --check-prefix=MISSING

// VERSION: webnnc {{[0-9]+\.[0-9]+\.[0-9]+}}
// USAGE: usage: webnnc <command>
// UNKNOWN: webnnc: unknown command 'frobnicate'
// OPT: webnn.relu
// MISSING: cannot open input file

func.func @f(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = webnn.relu %x : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
