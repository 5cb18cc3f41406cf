// The webnnc binary's command dispatch and exit codes (0 ok, 1 failure,
// 2 usage error).
// RUN: webnnc --version | FileCheck %s --check-prefix=VERSION
// RUN: not webnnc 2>&1 | FileCheck %s --check-prefix=USAGE
// RUN: webnnc --help | FileCheck %s --check-prefix=HELP
// RUN: not webnnc frobnicate 2>&1 | FileCheck %s --check-prefix=USAGE
// RUN: webnnc opt %s | FileCheck %s --check-prefix=OPT
// RUN: not webnnc-opt %s.missing 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: webnnc run --help | FileCheck %s --check-prefix=RUNHELP
// RUN: not webnnc run %s 2>&1 | FileCheck %s --check-prefix=NOINTERP
// RUN: webnnc 2>/dev/null; test $? -eq 2
// RUN: webnnc run %s 2>/dev/null; test $? -eq 1

// VERSION: webnnc {{[0-9]+\.[0-9]+\.[0-9]+}}
// USAGE: A subcommand is required
// HELP: Subcommands:
// HELP: import
// HELP: run
// HELP: bench
// HELP: inspect
// OPT: webnn.relu
// MISSING: cannot open input file
// RUNHELP: --interpret
// RUNHELP: --input
// RUNHELP: --output-dir
// A model other than .wnn is compiled on the fly; this graph has inputs.
// NOINTERP: graph input '#0' needs a value

func.func @f(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = webnn.relu %x : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
