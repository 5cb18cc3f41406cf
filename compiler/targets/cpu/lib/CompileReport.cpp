//===- CompileReport.cpp - what the compiler made of a graph --------------===//
#include "CompileReport.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

namespace mlir::webnnc {

static std::string formatBytes(uint64_t bytes) {
  if (bytes >= (1u << 20))
    return llvm::formatv("{0:F2} MiB", double(bytes) / (1 << 20)).str();
  if (bytes >= 1024)
    return llvm::formatv("{0:F1} KiB", double(bytes) / 1024).str();
  return std::to_string(bytes) + " B";
}

static std::string escaped(StringRef text) {
  std::string out;
  llvm::raw_string_ostream os(out);
  llvm::printHTMLEscaped(text, os);
  return out;
}

static double boundRatio(const ExecutionPlan &plan) {
  return plan.arenaLowerBound
             ? double(plan.arenaSize) / double(plan.arenaLowerBound)
             : 1.0;
}

static const char *kindName(StorageKind kind) {
  switch (kind) {
  case StorageKind::Input:
    return "input";
  case StorageKind::Output:
    return "output";
  case StorageKind::Arena:
    return "arena";
  case StorageKind::Constant:
    return "constant";
  }
  return "?";
}

FailureOr<MeasuredKernelTimes> readKernelTimes(StringRef path,
                                               std::string &error) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> file =
      llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!file) {
    error = ("cannot read the kernel times '" + path +
             "': " + file.getError().message())
                .str();
    return failure();
  }
  llvm::Expected<llvm::json::Value> json =
      llvm::json::parse((*file)->getBuffer());
  if (!json) {
    error = ("the kernel times '" + path +
             "' are not JSON: " + llvm::toString(json.takeError()))
                .str();
    return failure();
  }
  const llvm::json::Object *root = json->getAsObject();
  const llvm::json::Array *kernels = root ? root->getArray("kernels") : nullptr;
  if (!kernels) {
    error = ("the kernel times '" + path +
             "' have no \"kernels\" array (write them with `webnnc bench "
             "--profile --json`)")
                .str();
    return failure();
  }
  MeasuredKernelTimes times;
  times.source = path.str();
  for (const llvm::json::Value &entry : *kernels) {
    const llvm::json::Object *kernel = entry.getAsObject();
    std::optional<StringRef> name =
        kernel ? kernel->getString("name") : std::nullopt;
    std::optional<double> ms = kernel ? kernel->getNumber("ms") : std::nullopt;
    if (!name || !ms || *ms < 0) {
      error = ("the kernel times '" + path +
               "' hold an entry without a name and a non-negative ms")
                  .str();
      return failure();
    }
    times.milliseconds[*name] = *ms;
  }
  return times;
}

/// The measured time of `kernel`, or a negative value.
static double measured(const MeasuredKernelTimes *times,
                       const PlannedKernel &kernel) {
  if (!times)
    return -1;
  auto it = times->milliseconds.find(kernel.function);
  return it == times->milliseconds.end() ? -1 : it->second;
}

/// The sum of the measured times, and how many kernels have none.
static std::pair<double, size_t>
measuredTotal(const ExecutionPlan &plan, const MeasuredKernelTimes *times) {
  double total = 0;
  size_t missing = 0;
  for (const PlannedKernel &kernel : plan.kernels) {
    double ms = measured(times, kernel);
    if (ms < 0)
      ++missing;
    else
      total += ms;
  }
  return {total, missing};
}

static double gflops(const PlannedKernel &kernel, double ms) {
  return ms > 0 ? double(kernel.flops) / (ms * 1e6) : 0;
}

void writeTextReport(const ExecutionPlan &plan,
                     const MeasuredKernelTimes *times, llvm::raw_ostream &os) {
  int64_t flops = 0;
  for (const PlannedKernel &kernel : plan.kernels)
    flops += kernel.flops;
  os << "kernels: " << plan.kernels.size() << ", "
     << llvm::format("%.3f", double(flops) * 1e-9) << " GFLOP\n";
  os << "memory plan: arena " << formatBytes(plan.arenaSize) << ", lower bound "
     << formatBytes(plan.arenaLowerBound)
     << llvm::format(" (%.3fx)", boundRatio(plan)) << ", "
     << plan.arenaBuffers.size() << " buffers, strategy " << plan.arenaStrategy
     << "; constants " << formatBytes(plan.constantData.size()) << "\n";
  if (times) {
    auto [total, missing] = measuredTotal(plan, times);
    os << "kernel times: " << times->source
       << llvm::format(", %.4g ms per dispatch in kernels", total);
    if (missing)
      os << "; " << missing
         << " kernels without a time (measured on another compile?)";
    os << "\n";
  }
  os << "\n";

  os << llvm::left_justify("kernel", 10) << llvm::right_justify("items", 6)
     << llvm::right_justify("MFLOP", 10) << llvm::right_justify("KiB", 10);
  if (times)
    os << llvm::right_justify("ms", 10) << llvm::right_justify("GFLOP/s", 9);
  os << "  arguments / fused source ops\n";
  for (const PlannedKernel &kernel : plan.kernels) {
    os << llvm::left_justify(kernel.function, 10)
       << llvm::right_justify(std::to_string(kernel.workItems), 6)
       << llvm::format("%10.3f", double(kernel.flops) * 1e-6)
       << llvm::format("%10.1f", double(kernel.bytes) / 1024);
    if (times) {
      double ms = measured(times, kernel);
      if (ms < 0)
        os << llvm::right_justify("-", 10) << llvm::right_justify("-", 9);
      else
        os << llvm::format("%10.4f%9.1f", ms, gflops(kernel, ms));
    }
    os << "  ";
    for (auto [i, argument] : llvm::enumerate(kernel.arguments))
      os << (i ? " " : "") << kindName(argument.kind) << "+" << argument.offset;
    os << "\n";
    for (const std::string &source : kernel.sourceOps)
      os << llvm::left_justify("", times ? 57 : 38) << source << "\n";
  }

  os << "\narena buffers (lifetime in kernel steps):\n";
  for (auto [i, buffer] : llvm::enumerate(plan.arenaBuffers)) {
    os << "  #" << i << "  [" << buffer.firstKernel << ", " << buffer.lastKernel
       << "]  offset " << buffer.offset << "  size " << buffer.size;
    // Written in place: into a concatenation's slice, or over an input.
    if (buffer.parent >= 0)
      os << "  (inside #" << buffer.parent << " at +" << buffer.offsetInParent
         << ")";
    os << "\n";
  }
}

void writeHtmlReport(const ExecutionPlan &plan, StringRef title,
                     const MeasuredKernelTimes *times, llvm::raw_ostream &os) {
  os << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
     << "webnnc report: " << escaped(title)
     << "</title>\n<style>body{font-family:sans-serif;margin:2em}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;"
        "padding:2px 6px;text-align:right}td.l,th.l{text-align:left}"
        "</style></head><body>\n";
  os << "<h1>" << escaped(title) << "</h1>\n";

  // The memory timeline: x = kernel step, y = arena offset.
  unsigned steps = std::max<size_t>(plan.kernels.size(), 1);
  const double width = 900, height = 400;
  double arena = std::max<uint64_t>(plan.arenaSize, 1);
  os << "<h2>Memory plan</h2>\n<p>Arena " << formatBytes(plan.arenaSize)
     << ", lower bound (largest sum of values alive at once) "
     << formatBytes(plan.arenaLowerBound)
     << llvm::format(": %.3fx", boundRatio(plan)) << ", "
     << plan.arenaBuffers.size() << " buffers, strategy " << plan.arenaStrategy
     << ".</p>\n";
  os << llvm::format("<svg width=\"%.0f\" height=\"%.0f\" "
                     "xmlns=\"http://www.w3.org/2000/svg\">\n",
                     width + 60, height + 40);
  os << llvm::format("<rect x=\"50\" y=\"10\" width=\"%.0f\" height=\"%.0f\" "
                     "fill=\"none\" stroke=\"#888\"/>\n",
                     width, height);
  for (auto [i, buffer] : llvm::enumerate(plan.arenaBuffers)) {
    double x = 50 + width * buffer.firstKernel / steps;
    double w = width * (buffer.lastKernel - buffer.firstKernel + 1) / steps;
    double y = 10 + height * (1 - double(buffer.offset + buffer.size) / arena);
    double h = height * double(buffer.size) / arena;
    os << llvm::format("<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" "
                       "height=\"%.2f\" fill=\"hsl(%u,60%%,60%%)\" "
                       "stroke=\"#333\" stroke-width=\"0.3\">",
                       x, y, w, std::max(h, 0.5), unsigned(i * 47 % 360))
       << "<title>buffer " << i << ": kernels " << buffer.firstKernel << "-"
       << buffer.lastKernel << ", offset " << buffer.offset << ", "
       << formatBytes(buffer.size) << "</title></rect>\n";
  }
  os << llvm::format("<text x=\"50\" y=\"%.0f\" font-size=\"12\">kernel "
                     "step 0 .. %u</text>\n",
                     height + 30, steps - 1)
     << "<text x=\"0\" y=\"20\" font-size=\"12\">"
     << formatBytes(plan.arenaSize) << "</text>\n</svg>\n";

  os << "<h2>Kernels</h2>\n";
  double slowest = 0;
  if (times) {
    auto [total, missing] = measuredTotal(plan, times);
    for (const PlannedKernel &kernel : plan.kernels)
      slowest = std::max(slowest, measured(times, kernel));
    os << "<p>Times measured by <code>webnnc bench --profile</code> ("
       << escaped(times->source)
       << llvm::format("): %.4g ms per dispatch in kernels", total);
    if (missing)
      os << "; " << missing << " kernels without a time";
    os << ".</p>\n";
  }
  os << "<table><tr><th>#</th><th class=\"l\">kernel</th>"
        "<th>work items</th><th>MFLOP</th><th>KiB moved</th>";
  if (times)
    os << "<th>ms</th><th>GFLOP/s</th><th class=\"l\">time</th>";
  os << "<th class=\"l\">fused source ops</th></tr>\n";
  for (auto [i, kernel] : llvm::enumerate(plan.kernels)) {
    os << "<tr><td>" << i << "</td><td class=\"l\">" << escaped(kernel.function)
       << "</td><td>" << kernel.workItems << "</td>"
       << llvm::format("<td>%.3f</td><td>%.1f</td>",
                       double(kernel.flops) * 1e-6,
                       double(kernel.bytes) / 1024);
    if (times) {
      double ms = measured(times, kernel);
      if (ms < 0)
        os << "<td>-</td><td>-</td><td></td>";
      else
        os << llvm::format("<td>%.4f</td><td>%.1f</td><td class=\"l\">"
                           "<svg width=\"%.1f\" height=\"10\"><rect "
                           "width=\"%.1f\" height=\"10\" "
                           "fill=\"steelblue\"/></svg></td>",
                           ms, gflops(kernel, ms), 200.0,
                           std::max(0.5, 200.0 * ms / std::max(slowest, 1e-9)));
    }
    os << "<td class=\"l\">";
    for (auto [j, source] : llvm::enumerate(kernel.sourceOps))
      os << (j ? "<br>" : "") << escaped(source);
    os << "</td></tr>\n";
  }
  os << "</table>\n</body></html>\n";
}

} // namespace mlir::webnnc
