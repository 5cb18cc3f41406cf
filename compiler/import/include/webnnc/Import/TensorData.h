//===- TensorData.h - tensor data from JSON graph formats -----*- C++ -*-===//
#ifndef WEBNNC_IMPORT_TENSORDATA_H
#define WEBNNC_IMPORT_TENSORDATA_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/Support/JSON.h"

namespace webnnc {

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

} // namespace webnnc

#endif // WEBNNC_IMPORT_TENSORDATA_H
