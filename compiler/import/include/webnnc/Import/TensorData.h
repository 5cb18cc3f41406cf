//===- TensorData.h - tensor data from JSON graph formats -----*- C++ -*-===//
#ifndef WEBNNC_IMPORT_TENSORDATA_H
#define WEBNNC_IMPORT_TENSORDATA_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/Support/JSON.h"

namespace webnnc {

/// A JSON number, or one of the strings the JSON graph formats use for what
/// JSON cannot hold: "NaN", "Infinity", "-Infinity", or a decimal number.
std::optional<double> getJsonDouble(const llvm::json::Value &value);

/// A `{dataType, shape}` descriptor as a tensor type; emits an error
/// naming `what` for an unknown data type or a bad shape.
mlir::FailureOr<mlir::RankedTensorType>
tensorTypeFromDescriptor(mlir::MLIRContext *context,
                         const llvm::json::Object &descriptor,
                         llvm::function_ref<mlir::InFlightDiagnostic()> emitError);

/// Tensor data given as JSON: an array of numbers (nested or flat), or one
/// number that fills the whole tensor. Integers may be decimal strings
/// (int64/uint64 beyond 2^53); floats may be "NaN", "Infinity",
/// "-Infinity". float16 values are rounded to nearest half.
mlir::FailureOr<mlir::DenseElementsAttr>
elementsFromJson(mlir::RankedTensorType type, const llvm::json::Value &data,
                 llvm::function_ref<mlir::InFlightDiagnostic()> emitError);

/// Tensor data given as raw little-endian bytes, one element after the
/// other in its storage size (float16: 2 bytes; int4/uint4: one byte each).
mlir::FailureOr<mlir::DenseElementsAttr>
elementsFromBytes(mlir::RankedTensorType type, llvm::ArrayRef<char> bytes,
                  llvm::function_ref<mlir::InFlightDiagnostic()> emitError);

/// Bytes one element takes in the little-endian layout above.
size_t getElementStorageSize(mlir::Type elementType);

} // namespace webnnc

#endif // WEBNNC_IMPORT_TENSORDATA_H
