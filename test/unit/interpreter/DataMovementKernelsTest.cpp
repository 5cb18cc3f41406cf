// Interpreter kernels of the DataMovement ops.
#include "InterpreterTestUtils.h"

using namespace webnnc::interp;
using namespace webnnc::interp::testing;
