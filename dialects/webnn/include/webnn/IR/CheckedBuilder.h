//===- CheckedBuilder.h - build webnn ops from untrusted input -*- C++ -*-===//
//
// The ODS builders that infer result types abort the process when inference
// fails. Importers build ops from user files, where a failing validation
// step is an everyday event that must become a diagnostic, so they go
// through createChecked instead.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNN_IR_CHECKEDBUILDER_H
#define WEBNN_IR_CHECKEDBUILDER_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/OperationSupport.h"

namespace mlir::webnn {

/// Builds `OpTy` from the arguments of its ODS builder (without result
/// types), running the op's validation and type inference first. On a
/// violated rule the diagnostic is emitted at `loc` and nothing is created.
template <typename OpTy, typename... Args>
FailureOr<OpTy> createChecked(OpBuilder &builder, Location loc,
                              Args &&...args) {
  OperationState state(loc, OpTy::getOperationName());
  // The ODS overload taking explicit result types fills operands and
  // properties without inferring anything.
  OpTy::build(builder, state, TypeRange(), std::forward<Args>(args)...);
  // Options passed as null attributes take their ODS defaults, as they do
  // when parsed; inference must never see a null default-valued option.
  OpTy::populateDefaultProperties(
      state.name, state.getOrAddProperties<typename OpTy::Properties>());
  SmallVector<Type> resultTypes;
  if (failed(OpTy::inferReturnTypes(
          builder.getContext(), loc, state.operands,
          state.attributes.getDictionary(builder.getContext()),
          state.getRawProperties(), state.regions, resultTypes)))
    return failure();
  state.addTypes(resultTypes);
  return cast<OpTy>(builder.create(state));
}

} // namespace mlir::webnn

#endif // WEBNN_IR_CHECKEDBUILDER_H
