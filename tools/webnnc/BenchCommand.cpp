//===- BenchCommand.cpp - webnnc bench ------------------------------------===//
//
// Dispatch latency of an artifact: the first dispatch after loading (cold
// caches, first touch of the arena and code pages) on its own, then warmup
// dispatches that are not measured, then the timed ones. Only
// webnnrt_graph_dispatch is inside the clock; inputs are written once.
//
//===----------------------------------------------------------------------===//
#include "Commands.h"
#include "RuntimeGraph.h"
#include "TensorFiles.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

using namespace mlir;
using webnnc::interp::Tensor;

namespace webnnc {

static constexpr llvm::StringLiteral kCommand = "webnnc bench";

namespace {
/// Summary of the timed dispatches, in milliseconds.
struct LatencyStats {
  double min, median, mean, p95, max;
};
} // namespace

static LatencyStats summarize(std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  size_t count = samples.size();
  LatencyStats stats;
  stats.min = samples.front();
  stats.max = samples.back();
  stats.median = count % 2 ? samples[count / 2]
                           : (samples[count / 2 - 1] + samples[count / 2]) / 2;
  stats.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / count;
  // Nearest rank: the smallest sample with at least 95% at or below it.
  size_t rank = static_cast<size_t>(std::ceil(0.95 * count));
  stats.p95 = samples[std::max<size_t>(rank, 1) - 1];
  return stats;
}

namespace {
/// One kernel's measured share of a dispatch.
struct KernelProfile {
  std::string name;
  double milliseconds;
  int64_t flops;
  std::string sources;
  double gflops() const {
    return milliseconds > 0 ? double(flops) / (milliseconds * 1e6) : 0;
  }
};
} // namespace

/// `--profile`: as many dispatches again with per-kernel timing; the
/// kernels by time, slowest first, with their mean time per dispatch.
static FailureOr<std::vector<KernelProfile>>
measureProfile(RuntimeGraph &graph, const BenchCommandOptions &options) {
  if (failed(graph.setProfiling(true)))
    return failure();
  for (uint32_t i = 0; i < options.iterations; ++i)
    if (failed(graph.dispatch()))
      return failure();
  std::vector<RuntimeGraph::KernelTime> times = graph.getKernelTimes();
  if (failed(graph.setProfiling(false)))
    return failure();
  llvm::StringMap<RuntimeGraph::KernelInfo> info;
  for (RuntimeGraph::KernelInfo &kernel : graph.getKernelInfo())
    info[kernel.name] = kernel;
  std::vector<KernelProfile> profile;
  for (const RuntimeGraph::KernelTime &time : times) {
    const RuntimeGraph::KernelInfo &kernel = info[time.name];
    profile.push_back({time.name, time.milliseconds / options.iterations,
                       kernel.flops, kernel.sources});
  }
  std::stable_sort(profile.begin(), profile.end(),
                   [](const KernelProfile &a, const KernelProfile &b) {
                     return a.milliseconds > b.milliseconds;
                   });
  return profile;
}

static double totalMilliseconds(ArrayRef<KernelProfile> profile) {
  double total = 0;
  for (const KernelProfile &kernel : profile)
    total += kernel.milliseconds;
  return total;
}

/// The slowest kernels as a table on stderr (stdout may carry --json).
static void printProfile(ArrayRef<KernelProfile> profile,
                         const BenchCommandOptions &options) {
  double total = totalMilliseconds(profile);
  llvm::raw_ostream &os = llvm::errs();
  os << llvm::format("profile: %zu kernels, %.4g ms per dispatch in kernels "
                     "(mean of %u)\n",
                     profile.size(), total, options.iterations);
  os << "  kernel          ms        %   GFLOP/s  source ops\n";
  for (const KernelProfile &kernel :
       profile.take_front(std::min<size_t>(profile.size(), options.profileTop)))
    os << llvm::format("  %-12s %8.4f  %6.2f  %8.2f  ", kernel.name.c_str(),
                       kernel.milliseconds,
                       total > 0 ? 100 * kernel.milliseconds / total : 0.0,
                       kernel.gflops())
       << kernel.sources << "\n";
}

/// Every kernel's time as an HTML page: a bar per kernel in dispatch
/// order (where the time goes along the graph) and the table by time.
static LogicalResult writeProfileReport(ArrayRef<KernelProfile> byTime,
                                        const BenchCommandOptions &options) {
  std::error_code error;
  llvm::raw_fd_ostream os(options.profileReport, error);
  if (error) {
    llvm::errs() << kCommand << ": cannot write '" << options.profileReport
                 << "': " << error.message() << "\n";
    return failure();
  }
  auto escaped = [](llvm::StringRef text) {
    std::string out;
    llvm::raw_string_ostream stream(out);
    llvm::printHTMLEscaped(text, stream);
    return out;
  };
  double total = totalMilliseconds(byTime);
  double slowest =
      byTime.empty() ? 1 : std::max(byTime.front().milliseconds, 1e-9);
  // Dispatch order: kernel<N> by N.
  std::vector<KernelProfile> byOrder(byTime.begin(), byTime.end());
  auto indexOf = [](const std::string &name) {
    size_t digits = name.find_first_of("0123456789");
    return digits == std::string::npos ? 0 : std::atoll(name.c_str() + digits);
  };
  std::stable_sort(byOrder.begin(), byOrder.end(),
                   [&](const KernelProfile &a, const KernelProfile &b) {
                     return indexOf(a.name) < indexOf(b.name);
                   });
  os << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
     << "webnnc profile: " << escaped(options.model) << "</title>\n"
     << "<style>body{font-family:sans-serif;margin:2em}table{border-"
        "collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;"
        "text-align:right}td.l,th.l{text-align:left}</style></head><body>\n"
     << "<h1>" << escaped(options.model) << "</h1>\n<p>"
     << llvm::format("%zu kernels, %.4g ms per dispatch in kernels, mean of "
                     "%u profiled dispatches on %u thread(s).",
                     byTime.size(), total, options.iterations, options.threads)
     << "</p>\n";
  const double barHeight = 6, width = 900;
  os << llvm::format("<svg width=\"%.0f\" height=\"%.0f\" "
                     "xmlns=\"http://www.w3.org/2000/svg\">\n",
                     width + 20, byOrder.size() * barHeight + 20);
  for (auto [i, kernel] : llvm::enumerate(byOrder))
    os << llvm::format("<rect x=\"10\" y=\"%.1f\" width=\"%.2f\" "
                       "height=\"%.1f\" fill=\"steelblue\">",
                       10 + i * barHeight,
                       std::max(0.5, width * kernel.milliseconds / slowest),
                       barHeight - 1)
       << "<title>" << escaped(kernel.name) << ": "
       << llvm::format("%.4f ms", kernel.milliseconds) << " - "
       << escaped(kernel.sources) << "</title></rect>\n";
  os << "</svg>\n<table><tr><th class=\"l\">kernel</th><th>ms</th>"
        "<th>%</th><th>GFLOP/s</th><th class=\"l\">source ops</th></tr>\n";
  for (const KernelProfile &kernel : byTime)
    os << "<tr><td class=\"l\">" << escaped(kernel.name) << "</td>"
       << llvm::format("<td>%.4f</td><td>%.2f</td><td>%.2f</td>",
                       kernel.milliseconds,
                       total > 0 ? 100 * kernel.milliseconds / total : 0.0,
                       kernel.gflops())
       << "<td class=\"l\">" << escaped(kernel.sources) << "</td></tr>\n";
  os << "</table>\n</body></html>\n";
  return success();
}

int runBenchCommand(const BenchCommandOptions &options) {
  FailureOr<llvm::StringMap<std::string>> files =
      parseInputSettings(options.inputs, kCommand);
  if (failed(files))
    return 2;
  std::unique_ptr<RuntimeGraph> graph = RuntimeGraph::open(
      options.model, options.load, options.threads, kCommand);
  if (!graph)
    return 1;
  std::vector<Tensor> inputs = graph->makeInputTensors();
  std::vector<std::string> zeroInputs;
  if (failed(readInputs(*files, graph->getInputNames(), inputs, zeroInputs,
                        kCommand)) ||
      failed(graph->writeInputs(inputs)))
    return 1;

  FailureOr<double> firstRun = graph->dispatch();
  if (failed(firstRun))
    return 1;
  for (uint32_t i = 0; i < options.warmup; ++i)
    if (failed(graph->dispatch()))
      return 1;
  std::vector<double> samples;
  samples.reserve(options.iterations);
  auto start = std::chrono::steady_clock::now();
  auto elapsedSeconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start)
        .count();
  };
  while (samples.size() < options.iterations ||
         elapsedSeconds() < options.minTime) {
    FailureOr<double> milliseconds = graph->dispatch();
    if (failed(milliseconds))
      return 1;
    samples.push_back(*milliseconds);
  }
  size_t iterations = samples.size();
  LatencyStats stats = summarize(std::move(samples));
  std::vector<KernelProfile> profile;
  if (options.profile || !options.profileReport.empty()) {
    FailureOr<std::vector<KernelProfile>> measured =
        measureProfile(*graph, options);
    if (failed(measured))
      return 1;
    profile = std::move(*measured);
    printProfile(profile, options);
    if (!options.profileReport.empty() &&
        failed(writeProfileReport(profile, options)))
      return 1;
  }

  if (options.json) {
    llvm::json::OStream json(llvm::outs(), /*IndentSize=*/2);
    json.object([&] {
      json.attribute("model", options.model);
      json.attribute("threads", graph->getNumThreads());
      json.attribute("iterations", static_cast<int64_t>(iterations));
      json.attribute("warmup", options.warmup);
      json.attribute("first_run_ms", *firstRun);
      json.attribute("load_ms", graph->getLoadMilliseconds());
      json.attribute("min_ms", stats.min);
      json.attribute("median_ms", stats.median);
      json.attribute("mean_ms", stats.mean);
      json.attribute("p95_ms", stats.p95);
      json.attribute("max_ms", stats.max);
      json.attribute("arena_bytes",
                     static_cast<int64_t>(graph->getArenaSize()));
      json.attributeArray("zero_inputs", [&] {
        for (const std::string &name : zeroInputs)
          json.value(name);
      });
      // With --profile: each kernel's mean time per dispatch, the input of
      // `webnnc compile --kernel-times` (the compile report's time column).
      if (!profile.empty())
        json.attributeArray("kernels", [&] {
          for (const KernelProfile &kernel : profile)
            json.object([&] {
              json.attribute("name", kernel.name);
              json.attribute("ms", kernel.milliseconds);
              json.attribute("gflops", kernel.gflops());
            });
        });
    });
    llvm::outs() << "\n";
    return 0;
  }
  llvm::raw_ostream &os = llvm::outs();
  os << "model:       " << options.model << "\n";
  os << "threads:     " << graph->getNumThreads() << "\n";
  if (!zeroInputs.empty()) {
    os << "inputs:      zeros for ";
    llvm::interleaveComma(zeroInputs, os);
    os << " (no --input given)\n";
  }
  os << llvm::format("load:        %.3f ms\n", graph->getLoadMilliseconds());
  os << llvm::format("first run:   %.4g ms\n", *firstRun);
  os << "dispatches:  " << options.warmup << " warmup, " << iterations
     << " timed\n";
  os << llvm::format("latency:     min %.4g  median %.4g  mean %.4g  "
                     "p95 %.4g  max %.4g ms\n",
                     stats.min, stats.median, stats.mean, stats.p95, stats.max);
  os << "arena:       " << graph->getArenaSize() << " bytes\n";
  return 0;
}

} // namespace webnnc
