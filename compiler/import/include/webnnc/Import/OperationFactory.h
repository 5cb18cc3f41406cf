//===- OperationFactory.h - build webnn ops from named arguments -*- C++ -*-===//
//
// Graph formats that mirror MLGraphBuilder calls (webnn-graph-json, the WPT
// conformance graphs) name each op by its spec method and pass operands and
// options by their spec names. OperationFactory turns such a call into a
// webnn op through the generated OpSignature table: option values are
// converted to the attribute kind ODS declares, the op's validation steps
// and output-shape formula run, and every problem becomes a diagnostic that
// names the op and the argument.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_IMPORT_OPERATIONFACTORY_H
#define WEBNNC_IMPORT_OPERATIONFACTORY_H

#include "webnnc/Import/OpSignature.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/Support/JSON.h"

namespace webnnc {

/// The operands given for one operand slot (several for a variadic one).
struct NamedOperands {
  std::string name;
  llvm::SmallVector<mlir::Value> values;
};

/// An option or literal argument, as JSON.
struct NamedValue {
  std::string name;
  llvm::json::Value value;
};

/// Converts a JSON value to the attribute `signature` declares. Numbers may
/// also be given as strings: "NaN", "Infinity", "-Infinity", and decimal
/// integers (int64/uint64 values beyond 2^53).
mlir::FailureOr<mlir::Attribute>
attributeFromJson(mlir::MLIRContext *context,
                  const AttributeSignature &signature,
                  const llvm::json::Value &value,
                  llvm::function_ref<mlir::InFlightDiagnostic()> emitError);

/// The JSON form of an attribute (the inverse of attributeFromJson).
llvm::json::Value attributeToJson(const AttributeSignature &signature,
                                  mlir::Attribute attribute);

/// The location an importer gives an op whose results the graph names, so
/// that an exporter can write the same names back: `NameLoc(id, loc)` when
/// the op has one result named `id`; otherwise the result names ride along
/// as the metadata of a fused location, `NameLoc(id, fused<[names]>[loc])`.
mlir::Location getNamedResultsLoc(llvm::StringRef id,
                                  llvm::ArrayRef<std::string> resultNames,
                                  mlir::Location loc);

/// The result names that getNamedResultsLoc stored in `op`'s location, one
/// per result; empty strings where the location names none.
llvm::SmallVector<std::string> getNamedResults(mlir::Operation *op);

/// Ends a graph being imported: returns `results` from `graph` (whose body
/// the builder is in), sets its function type and names each output with
/// `webnn.name`, then verifies the module around it.
mlir::LogicalResult finishGraph(mlir::OpBuilder &builder,
                                mlir::func::FuncOp graph, mlir::Location loc,
                                llvm::ArrayRef<std::string> outputNames,
                                llvm::ArrayRef<mlir::Value> results);

class OperationFactory {
public:
  explicit OperationFactory(mlir::OpBuilder &builder) : builder(builder) {}

  /// Builds op `specName` at the builder's insertion point. Unknown option
  /// names are ignored with a warning, as WebIDL dictionaries ignore unknown
  /// members. Returns the op's results.
  mlir::FailureOr<llvm::SmallVector<mlir::Value>>
  create(mlir::Location loc, llvm::StringRef specName,
         llvm::ArrayRef<NamedOperands> operands,
         llvm::ArrayRef<NamedValue> attributes);

private:
  mlir::OpBuilder &builder;
};

} // namespace webnnc

#endif // WEBNNC_IMPORT_OPERATIONFACTORY_H
