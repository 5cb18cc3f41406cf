//===- OnnxConverter.h - the API of ONNX op converters --------*- C++ -*-===//
//
// Each ONNX operator is translated by a converter: a function that reads
// the node's inputs and attributes through OnnxNodeContext and emits webnn
// ops. Converters are grouped by op family in converters/*.cpp and register
// themselves with the opset range they handle.
//
// Ops are created through OnnxNodeContext::create, which runs the webnn
// op's validation (a violated rule is an error naming the ONNX node) and
// folds ops whose operands are all constants by running the reference
// interpreter, so shape-computing subgraphs (Shape -> Gather -> Concat ->
// Reshape) become constants that later converters can read.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_IMPORT_ONNX_ONNXCONVERTER_H
#define WEBNNC_IMPORT_ONNX_ONNXCONVERTER_H

#include "webnn/IR/CheckedBuilder.h"
#include "webnn/IR/WebNNOps.h"

#include "mlir/IR/Builders.h"
#include "onnx/onnx_pb.h"
#include "llvm/ADT/StringMap.h"

namespace webnnc::onnx_import {

/// The webnn element type of an ONNX TensorProto data type (BOOL is
/// uint8); null for types WebNN cannot express (double, int16, string...).
mlir::Type getElementType(mlir::MLIRContext *context, int32_t onnxDataType);
/// "FLOAT", "DOUBLE", ... for messages.
std::string getOnnxTypeName(int32_t onnxDataType);

/// The data of a TensorProto (raw_data, typed fields or already-loaded
/// external data) as an elements attribute of the matching webnn type;
/// large tensors become dense_resource blobs.
mlir::FailureOr<mlir::ElementsAttr>
elementsFromTensorProto(mlir::MLIRContext *context,
                        const onnx::TensorProto &tensor,
                        llvm::function_ref<mlir::InFlightDiagnostic()> emitError);

/// Same, but takes ownership of a large tensor's raw_data: the bytes become
/// the constant's blob without a copy, so importing a large model holds its
/// weights once (the initializers are not read again).
mlir::FailureOr<mlir::ElementsAttr>
takeElementsFromTensorProto(mlir::MLIRContext *context,
                            onnx::TensorProto &tensor,
                            llvm::function_ref<mlir::InFlightDiagnostic()> emitError);

class OnnxNodeContext;
using OnnxConverter = mlir::LogicalResult (*)(OnnxNodeContext &context);

/// Converters by (domain, op_type), each for a range of opset versions.
class OnnxConverterRegistry {
public:
  /// Registers `converter` for `opType` of `domain` ("" = ai.onnx) from
  /// opset `sinceVersion` on (until a later registration takes over).
  void add(llvm::StringRef opType, int64_t sinceVersion,
           OnnxConverter converter, llvm::StringRef domain = "");
  OnnxConverter lookup(llvm::StringRef domain, llvm::StringRef opType,
                       int64_t opset) const;
  bool knows(llvm::StringRef domain, llvm::StringRef opType) const;

private:
  struct Entry {
    int64_t sinceVersion;
    OnnxConverter converter;
  };
  llvm::StringMap<llvm::SmallVector<Entry, 2>> entries;
};

/// All converters of all families.
const OnnxConverterRegistry &getOnnxConverters();

void registerElementwiseConverters(OnnxConverterRegistry &registry);
void registerNnConverters(OnnxConverterRegistry &registry);
void registerShapeConverters(OnnxConverterRegistry &registry);
void registerReductionConverters(OnnxConverterRegistry &registry);
void registerRecurrentConverters(OnnxConverterRegistry &registry);
void registerQuantizationConverters(OnnxConverterRegistry &registry);
void registerMiscConverters(OnnxConverterRegistry &registry);

//===----------------------------------------------------------------------===//
// Helpers shared by the converter families
//===----------------------------------------------------------------------===//

/// The ranked tensor type of a webnn value.
mlir::RankedTensorType getTensorType(mlir::Value value);
/// The MLOperandDataType of a webnn element type; std::nullopt for types
/// WebNN has no data type for.
std::optional<mlir::webnn::OperandDataType> getWebnnDataType(mlir::Type type);
/// The product of `values` (1 for none): element counts of shapes.
int64_t getProduct(llvm::ArrayRef<int64_t> values);
/// "1, 2, 3" (or "2x3" with separator "x") for messages.
std::string formatInts(llvm::ArrayRef<int64_t> values,
                       llvm::StringRef separator = ", ");

/// What a converter sees of one node.
class OnnxNodeContext {
public:
  OnnxNodeContext(const onnx::NodeProto &node, int64_t opset,
                  mlir::Location loc, mlir::OpBuilder &builder,
                  llvm::StringMap<mlir::Value> &values)
      : node(node), opset(opset), loc(loc), builder(builder), values(values) {}

  const onnx::NodeProto &getNode() const { return node; }
  int64_t getOpset() const { return opset; }
  mlir::Location getLoc() const { return loc; }
  mlir::OpBuilder &getBuilder() { return builder; }
  mlir::MLIRContext *getContext() { return builder.getContext(); }

  //===--------------------------------------------------------------------===//
  // Inputs
  //===--------------------------------------------------------------------===//

  unsigned getNumInputs() const { return node.input_size(); }
  /// True when input `index` is given (ONNX marks an omitted optional input
  /// with an empty name).
  bool hasInput(unsigned index) const;
  /// Input `index`; null when omitted.
  mlir::Value getInput(unsigned index) const;
  mlir::RankedTensorType getInputType(unsigned index) const;
  /// Input `index`, which must be present (an error otherwise).
  mlir::FailureOr<mlir::Value> requireInput(unsigned index);
  /// The integer values of input `index`, which must be a constant (after
  /// folding): Reshape's shape, Slice's starts, Pad's pads, ...
  mlir::FailureOr<llvm::SmallVector<int64_t>> getConstantInts(unsigned index);
  /// The float values of a constant input.
  mlir::FailureOr<llvm::SmallVector<double>> getConstantFloats(unsigned index);
  /// True when input `index` is present and constant.
  bool isConstantInput(unsigned index) const;

  //===--------------------------------------------------------------------===//
  // Attributes
  //===--------------------------------------------------------------------===//

  const onnx::AttributeProto *getAttribute(llvm::StringRef name) const;
  bool hasAttribute(llvm::StringRef name) const {
    return getAttribute(name) != nullptr;
  }
  int64_t getInt(llvm::StringRef name, int64_t defaultValue) const;
  float getFloat(llvm::StringRef name, float defaultValue) const;
  std::string getString(llvm::StringRef name,
                        llvm::StringRef defaultValue) const;
  llvm::SmallVector<int64_t> getInts(llvm::StringRef name) const;
  llvm::SmallVector<float> getFloats(llvm::StringRef name) const;
  std::vector<std::string> getStrings(llvm::StringRef name) const;

  //===--------------------------------------------------------------------===//
  // Building
  //===--------------------------------------------------------------------===//

  /// Creates a webnn op from its ODS builder arguments (without result
  /// types), validating it; folds it to a constant when every operand is
  /// one. Returns the op's first result.
  template <typename OpTy, typename... Args>
  mlir::FailureOr<mlir::Value> create(Args &&...args) {
    mlir::FailureOr<OpTy> op = mlir::webnn::createChecked<OpTy>(
        builder, loc, std::forward<Args>(args)...);
    if (mlir::failed(op))
      return mlir::failure();
    return foldIfConstant(*op);
  }
  /// Same, for ops with several results.
  template <typename OpTy, typename... Args>
  mlir::FailureOr<llvm::SmallVector<mlir::Value>> createMulti(Args &&...args) {
    mlir::FailureOr<OpTy> op = mlir::webnn::createChecked<OpTy>(
        builder, loc, std::forward<Args>(args)...);
    if (mlir::failed(op))
      return mlir::failure();
    return llvm::SmallVector<mlir::Value>((*op)->getResults());
  }

  /// A constant tensor.
  mlir::Value constant(mlir::ElementsAttr value);
  /// A scalar (rank 0) constant of `elementType` holding `value`.
  mlir::Value scalar(mlir::Type elementType, double value);
  /// A 1-D int64 constant.
  mlir::Value int64Vector(llvm::ArrayRef<int64_t> values);

  /// Names the node's output `index`.
  void setOutput(unsigned index, mlir::Value value);
  mlir::LogicalResult setOutputs(mlir::ValueRange values);
  /// Names output 0 after a create<>; fails when `value` failed.
  mlir::LogicalResult setResult(mlir::FailureOr<mlir::Value> value);
  /// True when the node's output `index` exists and is used (named).
  bool hasOutput(unsigned index) const;

  //===--------------------------------------------------------------------===//
  // Common building steps
  //===--------------------------------------------------------------------===//

  /// `value` reshaped to `shape` (no op when it has that shape already).
  mlir::FailureOr<mlir::Value> reshape(mlir::Value value,
                                       llvm::ArrayRef<int64_t> shape);
  /// `value` transposed by `permutation` (always an op).
  mlir::FailureOr<mlir::Value> transpose(mlir::Value value,
                                         llvm::ArrayRef<int64_t> permutation);
  /// `value` cast to `elementType` (no op when it has that type already).
  mlir::FailureOr<mlir::Value> castTo(mlir::Value value,
                                      mlir::Type elementType);
  /// An ONNX axis in [-rank, rank) as a non-negative one; an error
  /// "<what> = <axis> is out of range for an input of rank <rank>"
  /// otherwise.
  mlir::FailureOr<int64_t>
  normalizeAxis(int64_t axis, int64_t rank,
                const llvm::Twine &what = "attribute 'axis'");
  /// normalizeAxis of each of `axes`; an error when an axis repeats.
  mlir::FailureOr<llvm::SmallVector<int64_t>>
  normalizeAxes(llvm::ArrayRef<int64_t> axes, int64_t rank,
                const llvm::Twine &what);

  /// An error at the node ("node 'n' (Conv, ai.onnx opset 13): ...").
  mlir::InFlightDiagnostic emitError();
  /// An error for an attribute value or input form the converter cannot
  /// express in WebNN.
  mlir::LogicalResult unsupported(const llvm::Twine &what);

  /// Folds `op` into a constant when all its operands are constants and its
  /// result is small (see the file comment); returns its first result.
  mlir::Value foldIfConstant(mlir::Operation *op);

private:
  const onnx::NodeProto &node;
  int64_t opset;
  mlir::Location loc;
  mlir::OpBuilder &builder;
  llvm::StringMap<mlir::Value> &values;
};

/// Builds the webnn ops of one node for straight-line decompositions. The
/// first failure (already reported as a diagnostic) makes every later value
/// null, so a long formula checks for failure once, at its end (finish() or
/// a null result). Families derive their own emitters from it.
class OnnxEmitter {
public:
  explicit OnnxEmitter(OnnxNodeContext &context) : context(context) {}

  OnnxNodeContext &getContext() { return context; }
  mlir::OpBuilder &builder() { return context.getBuilder(); }

  /// Input `index`, which must be present.
  mlir::Value input(unsigned index);

  /// A webnn op from its ODS builder arguments without the label; null
  /// after a failure or when an operand is null.
  template <typename OpTy, typename... Args> mlir::Value op(Args &&...args) {
    if ((isNullValue(args) || ...))
      return fail();
    return opWithOptionalOperands<OpTy>(std::forward<Args>(args)...);
  }
  /// Same, for ops whose optional operands may be null (omitted).
  template <typename OpTy, typename... Args>
  mlir::Value opWithOptionalOperands(Args &&...args) {
    if (!ok)
      return fail();
    mlir::FailureOr<mlir::Value> result =
        context.create<OpTy>(std::forward<Args>(args)..., mlir::StringAttr());
    return mlir::failed(result) ? fail() : *result;
  }

  /// `value` reshaped to `shape` (no op when it has that shape already).
  mlir::Value reshape(mlir::Value value, llvm::ArrayRef<int64_t> shape);
  /// `value` transposed by `permutation`.
  mlir::Value transpose(mlir::Value value, llvm::ArrayRef<int64_t> permutation);

  /// Records a failure reported elsewhere and returns a null value.
  mlir::Value fail() {
    ok = false;
    return {};
  }
  /// True once a step failed.
  bool hasFailed() const { return !ok; }
  /// Names the node's output 0 when every step succeeded.
  mlir::LogicalResult finish(mlir::Value result);

protected:
  OnnxNodeContext &context;

private:
  template <typename T> static bool isNullValue(const T &) { return false; }
  static bool isNullValue(mlir::Value value) { return !value; }

  bool ok = true;
};

} // namespace webnnc::onnx_import

#endif // WEBNNC_IMPORT_ONNX_ONNXCONVERTER_H
