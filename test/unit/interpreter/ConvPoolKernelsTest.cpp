// Interpreter kernels of the ConvPool ops.
#include "InterpreterTestUtils.h"

using namespace webnnc::interp;
using namespace webnnc::interp::testing;
