//===- IndexingMaps.h - properties of linalg ops and their maps -*- C++ -*-===//
#ifndef WEBNNC_TARGETS_CPU_INDEXINGMAPS_H
#define WEBNNC_TARGETS_CPU_INDEXINGMAPS_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"

namespace mlir::webnnc {

/// True when every index `op` reads or writes grows with its loop indices
/// (no `-d + k`, as a convolution filter flip reads). Tiling computes an
/// operand's slice as the box its map spans, and dropping a unit dimension
/// substitutes 0 for it: both are only sound for such maps.
inline bool hasMonotonicMaps(linalg::LinalgOp op) {
  for (AffineMap map : op.getIndexingMapsArray())
    for (AffineExpr result : map.getResults()) {
      bool negative = false;
      result.walk([&](AffineExpr expr) {
        if (auto binary = dyn_cast<AffineBinaryOpExpr>(expr))
          if (binary.getKind() == AffineExprKind::Mul)
            if (auto constant = dyn_cast<AffineConstantExpr>(binary.getRHS()))
              negative |= constant.getValue() < 0;
      });
      if (negative)
        return false;
    }
  return true;
}

/// A generic computing a smaller tensor than `root` iterates over, read
/// by generics only and directly (no reshape between): a softmax's row
/// maxima and sums, a normalization's means and variances, element-wise
/// steps on them. Kernel formation puts such statistics into their
/// consumer's kernel, whose tiling fuses them, so each work item computes
/// the statistics of its own rows.
inline bool isStatisticOf(Operation *op, linalg::LinalgOp root) {
  auto generic = dyn_cast<linalg::GenericOp>(op);
  if (!generic || generic->getNumResults() != 1 ||
      !generic.hasPureTensorSemantics() || op->use_empty() ||
      !hasMonotonicMaps(generic))
    return false;
  auto type = cast<RankedTensorType>(generic->getResult(0).getType());
  return type.getRank() < root.getNumLoops() &&
         llvm::all_of(op->getUsers(), llvm::IsaPred<linalg::GenericOp>);
}

} // namespace mlir::webnnc

#endif // WEBNNC_TARGETS_CPU_INDEXINGMAPS_H
