// Interpreter kernels of the Normalization ops.
#include "InterpreterTestUtils.h"

using namespace webnnc::interp;
using namespace webnnc::interp::testing;
