//===- ColumnPadding.h - products padded to whole vectors -----*- C++ -*-===//
//
// conv-to-matmul pads a product's columns (its right operand and its
// destination) to a multiple of the vector width. Output column j depends
// on column j of those only and the padded result is always sliced back,
// so the padding holds undefined values (ub.poison), never read.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_TARGETS_CPU_COLUMNPADDING_H
#define WEBNNC_TARGETS_CPU_COLUMNPADDING_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::webnnc {

/// `matrix` [rows, n] padded to [rows, columns] with undefined values; a
/// fill of a constant (also through a collapse) is refilled at the new
/// shape instead.
Value padColumns(OpBuilder &b, Location loc, Value matrix, int64_t columns);

/// - pad(extract_slice(x)[0, 0][sizes]) with undefined padding, of x's
///   type -> x: x's own values in the padding are among the allowed ones
///   (no un-pad/re-pad copy between two column-padded products);
/// - a channel concatenation of images that are views of [C_i, N]
///   matrices -> a view of their row concatenation (tensor.concat dim 0),
///   which the arena plan builds in place.
void populateColumnPaddingFoldPatterns(RewritePatternSet &patterns);

} // namespace mlir::webnnc

#endif // WEBNNC_TARGETS_CPU_COLUMNPADDING_H
