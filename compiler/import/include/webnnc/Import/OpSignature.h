//===- OpSignature.h - webnn op signatures from ODS -----------*- C++ -*-===//
//
// For each webnn op: the spec's method name, its operands (required,
// optional, variadic) and attributes (with the kind of value each holds),
// generated from the dialect's ODS by tools/scripts/gen-op-signatures.py.
// Importers and exporters of graph formats whose operators are the spec's
// MLGraphBuilder methods are driven by this table.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_IMPORT_OPSIGNATURE_H
#define WEBNNC_IMPORT_OPSIGNATURE_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace webnnc {

enum class OperandKind { Required, Optional, Variadic };

enum class AttrKind {
  String,
  Int64,
  Bool,
  Int64Array,
  Float32,
  Float64,
  Float32Array,
  Elements,
  Enum,
  EnumArray,
  /// MLNumber: a float64 or an int64 attribute.
  Number,
  /// An int64 or an int64 array (split's `splits`).
  Int64OrInt64Array,
};

/// Converts an enum option between its spec string and its attribute.
struct EnumCodec {
  mlir::Attribute (*parse)(mlir::MLIRContext *context, llvm::StringRef text);
  std::string (*print)(mlir::Attribute attr);
};

struct OperandSignature {
  const char *name;
  OperandKind kind;
};

struct AttributeSignature {
  const char *name;
  AttrKind kind;
  /// For Enum and EnumArray attributes.
  const EnumCodec *codec;
  /// Optional or with a default; otherwise the op requires it.
  bool optional;
  /// The ODS default value (DefaultValuedAttr, DefaultValuedOptionalAttr);
  /// null when the attribute has none.
  mlir::Attribute (*defaultValue)(mlir::MLIRContext *context);
};

struct OpSignature {
  /// The MLGraphBuilder method name, e.g. "conv2d".
  const char *specName;
  /// The MLIR operation name, e.g. "webnn.conv2d".
  const char *operationName;
  llvm::ArrayRef<OperandSignature> operands;
  llvm::ArrayRef<AttributeSignature> attributes;
  bool attrSizedOperands;
  bool variadicResults;

  const OperandSignature *findOperand(llvm::StringRef name) const;
  const AttributeSignature *findAttribute(llvm::StringRef name) const;
};

/// The signature of the op with spec name `specName`; null if unknown.
const OpSignature *lookupOpSignature(llvm::StringRef specName);
/// All signatures, sorted by spec name.
llvm::ArrayRef<OpSignature> getOpSignatures();

} // namespace webnnc

#endif // WEBNNC_IMPORT_OPSIGNATURE_H
