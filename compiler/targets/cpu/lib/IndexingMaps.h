//===- IndexingMaps.h - properties of linalg indexing maps ----*- C++ -*-===//
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

} // namespace mlir::webnnc

#endif // WEBNNC_TARGETS_CPU_INDEXINGMAPS_H
