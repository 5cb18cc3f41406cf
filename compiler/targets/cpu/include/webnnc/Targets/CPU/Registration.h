//===- Registration.h - what a CPU compilation needs registered -*- C++ -*-===//
//
// The CPU pipelines are parsed from text and reach every upstream dialect
// through their interfaces, so a context that compiles needs all of them
// registered, and the pass registry needs every pass the pipelines name.
// The webnnc tool and the conformance drivers share these.
//
//===----------------------------------------------------------------------===//
#ifndef WEBNNC_TARGETS_CPU_REGISTRATION_H
#define WEBNNC_TARGETS_CPU_REGISTRATION_H

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace mlir::webnnc {

/// Registers the webnn dialect and the upstream dialects later stages use.
void registerCompilerDialects(DialectRegistry &registry);
/// Everything a full compilation needs: the above, every upstream dialect
/// and interface model, and the LLVM IR translations.
void registerAllCompilerDialects(DialectRegistry &registry);
/// Registers upstream and webnnc passes (pipelines are parsed by name).
/// Safe to call more than once.
void registerCompilerPasses();

} // namespace mlir::webnnc

#endif // WEBNNC_TARGETS_CPU_REGISTRATION_H
