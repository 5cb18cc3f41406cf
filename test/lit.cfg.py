# lit configuration for webnnc's FileCheck tests.
import os

import lit.formats
from lit.llvm import llvm_config

config.name = "webnnc"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.webnnc_obj_root, "test")
config.excludes = ["CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py", "unit", "Inputs", "conformance"]

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.add_tool_substitutions(["webnnc-opt", "webnnc", "webnnrt-run"],
                                   [config.webnnc_tools_dir])

config.substitutions.append(("%webnnc_src_root", config.webnnc_src_root))
# The runtime commands' tests write their artifact with a test-only tool
# (built where GoogleTest, and so the runtime's test kernels, is).
if config.webnnc_test_artifact_writer:
    config.available_features.add("test-artifact")
    config.substitutions.append(("%write-test-artifact",
                                 config.webnnc_test_artifact_writer))

# Tests that run the webnn-trace JavaScript tool need Node.js.
import shutil
if shutil.which("node"):
    config.available_features.add("node")

# Tests that read ../shared (conformance samples) run only where it exists.
shared_dir = os.path.join(config.webnnc_src_root, "..", "shared")
if os.path.isdir(os.path.join(shared_dir, "conformance")):
    config.available_features.add("shared")
    config.substitutions.append(("%shared", os.path.abspath(shared_dir)))

# Running lowered code: the pipeline from linalg on tensors to the LLVM
# dialect, and mlir-runner with the runner utilities (printMemrefF32).
config.substitutions.append(("%lower-to-llvm",
    "--one-shot-bufferize=bufferize-function-boundaries "
    "--convert-linalg-to-loops --lower-affine --convert-scf-to-cf "
    "--expand-strided-metadata "
    "--finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm "
    "--convert-arith-to-llvm "
    "--convert-cf-to-llvm --convert-func-to-llvm --reconcile-unrealized-casts"))
config.substitutions.append(("%run-llvm",
    "mlir-runner -e main --entry-point-result=void --shared-libs=" +
    os.path.join(config.llvm_tools_dir, "..", "lib", "libmlir_c_runner_utils.so") + "," +
    os.path.join(config.llvm_tools_dir, "..", "lib", "libmlir_runner_utils.so")))
