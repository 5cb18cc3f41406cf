// Interpreter kernels of the Quantization ops.
#include "InterpreterTestUtils.h"

using namespace webnnc::interp;
using namespace webnnc::interp::testing;
