//===- WebNNDialect.cpp - webnn dialect registration and graph attributes -===//
#include "webnn/IR/WebNNDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "webnn/IR/Validation.h"
#include "webnn/IR/WebNNOps.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::webnn;

#include "webnn/IR/WebNNDialect.cpp.inc"
#include "webnn/IR/WebNNEnums.cpp.inc"
#define GET_ATTRDEF_CLASSES
#include "webnn/IR/WebNNAttrs.cpp.inc"

bool mlir::webnn::hasValidDimensions(Type type) {
  auto shaped = dyn_cast<ShapedType>(type);
  if (!shaped || !shaped.hasRank())
    return false;
  // check dimensions, steps 1 and 3: every dimension, and the element count,
  // is a valid dimension (dynamic sizes are negative, so never valid). The
  // running count stays below 2^31 and each factor is below 2^31, so the
  // product cannot overflow before it is checked.
  int64_t elementCount = 1;
  for (int64_t dim : shaped.getShape()) {
    if (!isValidDimension(dim))
      return false;
    elementCount *= dim;
    if (!isValidDimension(elementCount))
      return false;
  }
  return true;
}

Attribute InterpolationModeAttr::parse(AsmParser &parser, Type) {
  std::string keyword;
  if (parser.parseLess() || parser.parseKeywordOrString(&keyword))
    return {};
  std::optional<InterpolationMode> mode = symbolizeInterpolationMode(keyword);
  if (!mode) {
    parser.emitError(parser.getCurrentLocation())
        << "unknown MLInterpolationMode '" << keyword
        << "', expected \"nearest-neighbor\" or linear";
    return {};
  }
  if (parser.parseGreater())
    return {};
  return InterpolationModeAttr::get(parser.getContext(), *mode);
}

void InterpolationModeAttr::print(AsmPrinter &printer) const {
  printer << '<';
  printer.printKeywordOrString(stringifyInterpolationMode(getValue()));
  printer << '>';
}

/// The MLIR element type of an MLOperandDataType.
Type mlir::webnn::getElementType(MLIRContext *context,
                                 OperandDataType dataType) {
  Builder b(context);
  switch (dataType) {
  case OperandDataType::float32:
    return b.getF32Type();
  case OperandDataType::float16:
    return b.getF16Type();
  case OperandDataType::int32:
    return b.getIntegerType(32);
  case OperandDataType::uint32:
    return b.getIntegerType(32, /*isSigned=*/false);
  case OperandDataType::int64:
    return b.getIntegerType(64);
  case OperandDataType::uint64:
    return b.getIntegerType(64, /*isSigned=*/false);
  case OperandDataType::int8:
    return b.getIntegerType(8);
  case OperandDataType::uint8:
    return b.getIntegerType(8, /*isSigned=*/false);
  case OperandDataType::int4:
    return b.getIntegerType(4);
  case OperandDataType::uint4:
    return b.getIntegerType(4, /*isSigned=*/false);
  }
  llvm_unreachable("unknown MLOperandDataType");
}

void WebNNDialect::initialize() {
  // One list per family; a family may be empty while it is being written.
  addOperations<
#define GET_OP_LIST
#include "webnn/IR/GraphOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "webnn/IR/ElementwiseOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "webnn/IR/ActivationOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "webnn/IR/ConvPoolOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "webnn/IR/NormalizationOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "webnn/IR/ReductionOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "webnn/IR/DataMovementOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "webnn/IR/RecurrentOps.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "webnn/IR/QuantizationOps.cpp.inc"
      >();
  registerAttributes();
}

void WebNNDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "webnn/IR/WebNNAttrs.cpp.inc"
      >();
}

Operation *WebNNDialect::materializeConstant(OpBuilder &builder,
                                             Attribute value, Type type,
                                             Location loc) {
  auto elements = dyn_cast<ElementsAttr>(value);
  if (!elements || elements.getType() != type)
    return nullptr;
  return ConstantOp::create(builder, loc, type, elements, StringAttr());
}

/// Graph inputs and outputs are named by `webnn.name = "..."`; the names of
/// one graph must be unique among its inputs and among its outputs.
static LogicalResult verifyGraphNameAttr(Operation *op, unsigned index,
                                         NamedAttribute attribute,
                                         StringRef kind) {
  if (attribute.getName() != WebNNDialect::kNameAttr)
    return op->emitError() << "unknown webnn " << kind << " attribute '"
                           << attribute.getName().getValue() << "'";
  auto name = dyn_cast<StringAttr>(attribute.getValue());
  if (!name || name.getValue().empty())
    return op->emitError() << "graph " << kind << " #" << index
                           << ": '" << WebNNDialect::kNameAttr
                           << "' must be a non-empty string";
  return success();
}

LogicalResult WebNNDialect::verifyRegionArgAttribute(Operation *op,
                                                     unsigned regionIndex,
                                                     unsigned argIndex,
                                                     NamedAttribute attribute) {
  return verifyGraphNameAttr(op, argIndex, attribute, "input");
}

LogicalResult
WebNNDialect::verifyRegionResultAttribute(Operation *op, unsigned regionIndex,
                                          unsigned resultIndex,
                                          NamedAttribute attribute) {
  return verifyGraphNameAttr(op, resultIndex, attribute, "output");
}
