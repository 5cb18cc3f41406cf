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

/// `--profile`: as many dispatches again with per-kernel timing, then the
/// kernels by time with their share and achieved GFLOP/s (on stderr, so
/// --json output stays one object).
static LogicalResult printProfile(RuntimeGraph &graph,
                                  const BenchCommandOptions &options) {
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
  double total = 0;
  for (auto &time : times) {
    time.milliseconds /= options.iterations;
    total += time.milliseconds;
  }
  std::vector<size_t> order(times.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return times[a].milliseconds > times[b].milliseconds;
  });
  llvm::raw_ostream &os = llvm::errs();
  os << llvm::format("profile: %zu kernels, %.4g ms per dispatch in kernels "
                     "(mean of %u)\n",
                     times.size(), total, options.iterations);
  os << "  kernel          ms        %   GFLOP/s  source ops\n";
  size_t shown = std::min<size_t>(order.size(), options.profileTop);
  for (size_t i = 0; i < shown; ++i) {
    const RuntimeGraph::KernelTime &time = times[order[i]];
    const RuntimeGraph::KernelInfo &kernel = info[time.name];
    int64_t kernelFlops = kernel.flops;
    double gflops = time.milliseconds > 0
                        ? double(kernelFlops) / (time.milliseconds * 1e6)
                        : 0;
    os << llvm::format("  %-12s %8.4f  %6.2f  %8.2f  ", time.name.c_str(),
                       time.milliseconds,
                       total > 0 ? 100 * time.milliseconds / total : 0.0,
                       gflops)
       << kernel.sources << "\n";
  }
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
  if (options.profile && failed(printProfile(*graph, options)))
    return 1;

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
