//===- GraphRunner.cpp - conformance graphs, interpreted or compiled ------===//
#include "GraphRunner.h"

#include "webnnc/Interpreter/Interpreter.h"
#include "webnnc/Targets/CPU/CPUTarget.h"
#include "webnnc/Targets/CPU/Registration.h"
#include "webnnrt.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "webnn/IR/WebNNDialect.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>
#include <sys/wait.h>
#include <unistd.h>

using namespace mlir;
using ::webnnc::interp::Tensor;

static llvm::cl::opt<bool> compiledOption(
    "compiled",
    llvm::cl::desc("run the graphs compiled by the CPU back end in the "
                   "webnnrt runtime instead of the reference interpreter"));
static llvm::cl::opt<unsigned> batchSizeOption(
    "batch-size",
    llvm::cl::desc("cases compiled together into one shared object"),
    llvm::cl::init(64));
// Not `--threads`: a library the drivers link (LLVM's) already registers
// that name.
static llvm::cl::opt<unsigned> threadsOption(
    "num-threads",
    llvm::cl::desc("threads of the compiler and the runtime (--compiled)"),
    llvm::cl::init(1));
static llvm::cl::opt<bool> timeBatchesOption(
    "time-batches",
    llvm::cl::desc("print each batch's compilation time to stderr"));

namespace webnnc::conformance {

namespace {
/// The options as given. Linking a shared object (lld::lldMain) resets
/// every llvm::cl option to its default, so they are read once, before
/// the first compilation.
struct Settings {
  bool compiled = compiledOption;
  unsigned batchSize = std::max(1u, unsigned(batchSizeOption));
  unsigned threads = threadsOption;
  bool timeBatches = timeBatchesOption;
};
const Settings &getSettings() {
  static const Settings settings;
  return settings;
}
} // namespace

bool isCompiledRun() { return getSettings().compiled; }

func::FuncOp GraphCase::getGraph() {
  return *(*module).getOps<func::FuncOp>().begin();
}

namespace {

/// Collects the error diagnostics raised while it lives into one line, and
/// keeps every diagnostic (errors, warnings, remarks) off the terminal: a
/// failure is reported once, with its case.
class DiagnosticCollector {
public:
  explicit DiagnosticCollector(MLIRContext &context)
      : handler(&context, [this](Diagnostic &diag) {
          if (diag.getSeverity() == DiagnosticSeverity::Error) {
            if (!text.empty())
              text += "; ";
            llvm::raw_string_ostream os(text);
            if (!isa<UnknownLoc>(diag.getLocation()))
              os << diag.getLocation() << ": ";
            os << diag.str();
          }
          return success();
        }) {}
  /// What was collected since the last take().
  std::string take() { return std::exchange(text, ""); }

private:
  std::string text;
  ScopedDiagnosticHandler handler;
};

template <typename T, void (*Release)(T *)> struct Releaser {
  void operator()(T *object) const { Release(object); }
};
using ContextPtr =
    std::unique_ptr<webnnrt_context,
                    Releaser<webnnrt_context, webnnrt_context_release>>;
using GraphPtr =
    std::unique_ptr<webnnrt_graph,
                    Releaser<webnnrt_graph, webnnrt_graph_release>>;
using TensorPtr =
    std::unique_ptr<webnnrt_tensor,
                    Releaser<webnnrt_tensor, webnnrt_tensor_release>>;

std::string runtimeError(StringRef what) {
  return ("runtime: " + what + ": " + webnnrt_last_error()).str();
}

/// The index of the argument (or result) of `graph` named `name`.
std::optional<unsigned> findByName(func::FuncOp graph, StringRef name,
                                   bool result) {
  unsigned count = result ? graph.getNumResults() : graph.getNumArguments();
  for (unsigned i = 0; i < count; ++i) {
    auto attr = result ? graph.getResultAttrOfType<StringAttr>(
                             i, webnn::WebNNDialect::kNameAttr)
                       : graph.getArgAttrOfType<StringAttr>(
                             i, webnn::WebNNDialect::kNameAttr);
    if (attr && attr.getValue() == name)
      return i;
  }
  return std::nullopt;
}

/// Loads `artifact` on `context` and dispatches it on the case's inputs.
/// Inputs and outputs are matched by name, not position: the artifact
/// lists what the compiled graph binds, in its own order.
GraphRun runArtifact(webnnrt_context *context, StringRef artifact,
                     GraphCase &graphCase) {
  GraphRun run;
  webnnrt_graph *rawGraph = nullptr;
  if (webnnrt_graph_load_memory(context, artifact.data(), artifact.size(),
                                &rawGraph) != WEBNNRT_OK)
    return {runtimeError("cannot load the artifact"), {}, 0};
  GraphPtr graph(rawGraph);
  func::FuncOp function = graphCase.getGraph();

  // Creates the runtime tensor for binding `index` of the compiled graph
  // and checks it holds as many bytes as the host tensor it pairs with.
  std::vector<TensorPtr> tensors;
  auto createTensor = [&](bool output, size_t index, StringRef name,
                          const Tensor &host) -> std::string {
    webnnrt_tensor_descriptor descriptor;
    webnnrt_tensor *tensor = nullptr;
    webnnrt_status status =
        output ? webnnrt_graph_output_descriptor(graph.get(), index,
                                                 &descriptor)
               : webnnrt_graph_input_descriptor(graph.get(), index,
                                                &descriptor);
    if (status != WEBNNRT_OK ||
        webnnrt_tensor_create(context, &descriptor,
                              output ? WEBNNRT_TENSOR_READ
                                     : WEBNNRT_TENSOR_WRITE,
                              &tensor) != WEBNNRT_OK)
      return runtimeError(("cannot create the tensor of '" + name + "'").str());
    tensors.emplace_back(tensor);
    size_t bytes = webnnrt_descriptor_byte_length(&descriptor);
    if (bytes != host.getByteSize())
      return ("runtime: '" + name + "' holds " + std::to_string(bytes) +
              " bytes, the graph's type " +
              std::to_string(host.getByteSize()))
          .str();
    return "";
  };

  std::vector<webnnrt_named_tensor> inputs, outputs;
  for (size_t i = 0, e = webnnrt_graph_num_inputs(graph.get()); i < e; ++i) {
    const char *name = webnnrt_graph_input_name(graph.get(), i);
    std::optional<unsigned> argument = findByName(function, name, false);
    if (!argument)
      return {"runtime: the artifact has an input '" + std::string(name) +
                  "' the graph has not",
              {}, 0};
    const Tensor &host = graphCase.inputs[*argument];
    if (std::string error = createTensor(false, i, name, host);
        !error.empty())
      return {error, {}, 0};
    if (webnnrt_tensor_write(tensors.back().get(), host.getBytes(),
                             host.getByteSize()) != WEBNNRT_OK)
      return {runtimeError("cannot write input '" + std::string(name) + "'"),
              {}, 0};
    inputs.push_back({name, tensors.back().get()});
  }
  // Outputs are read back in the graph's result order.
  SmallVector<webnnrt_tensor *> resultTensors(function.getNumResults());
  for (unsigned i = 0; i < function.getNumResults(); ++i)
    run.outputs.push_back(*interp::allocateFor(function.getResultTypes()[i]));
  for (size_t i = 0, e = webnnrt_graph_num_outputs(graph.get()); i < e; ++i) {
    const char *name = webnnrt_graph_output_name(graph.get(), i);
    std::optional<unsigned> result = findByName(function, name, true);
    if (!result)
      return {"runtime: the artifact has an output '" + std::string(name) +
                  "' the graph has not",
              {}, 0};
    if (std::string error =
            createTensor(true, i, name, run.outputs[*result]);
        !error.empty())
      return {error, {}, 0};
    resultTensors[*result] = tensors.back().get();
    outputs.push_back({name, tensors.back().get()});
  }
  if (llvm::is_contained(resultTensors, nullptr))
    return {"runtime: the artifact lacks an output of the graph", {}, 0};

  auto start = std::chrono::steady_clock::now();
  if (webnnrt_graph_dispatch(graph.get(), inputs.data(), inputs.size(),
                             outputs.data(), outputs.size()) != WEBNNRT_OK)
    return {runtimeError("the dispatch failed"), {}, 0};
  run.milliseconds = std::chrono::duration<double, std::milli>(
                         std::chrono::steady_clock::now() - start)
                         .count();
  for (auto [tensor, host] : llvm::zip(resultTensors, run.outputs))
    if (webnnrt_tensor_read(tensor, host.getBytes(), host.getByteSize()) !=
        WEBNNRT_OK)
      return {runtimeError("cannot read an output"), {}, 0};
  return run;
}

/// What a child process reports, length-prefixed records on a pipe.
class RecordWriter {
public:
  explicit RecordWriter(int fd) : fd(fd) {}
  void tag(char tag) { write(&tag, 1); }
  void bytes(StringRef data) {
    uint64_t size = data.size();
    write(&size, sizeof(size));
    write(data.data(), data.size());
  }

private:
  void write(const void *data, size_t size) {
    const char *next = static_cast<const char *>(data);
    while (size) {
      ssize_t written = ::write(fd, next, size);
      if (written <= 0)
        _exit(3); // The parent is gone or the pipe broke: nothing to report.
      next += written;
      size -= written;
    }
  }
  int fd;
};

class RecordReader {
public:
  explicit RecordReader(StringRef data) : data(data) {}
  /// The next tag, or 0 at the end of what the child wrote.
  char tag() {
    if (data.empty())
      return 0;
    char tag = data.front();
    data = data.drop_front();
    return tag;
  }
  /// The next length-prefixed record; nullopt if the child died in it.
  std::optional<StringRef> bytes() {
    uint64_t size;
    if (data.size() < sizeof(size))
      return std::nullopt;
    std::memcpy(&size, data.data(), sizeof(size));
    data = data.drop_front(sizeof(size));
    if (data.size() < size)
      return std::nullopt;
    StringRef record = data.take_front(size);
    data = data.drop_front(size);
    return record;
  }

private:
  StringRef data;
};

/// Runs `work` in a child process that writes its records to a pipe, so
/// that a crash of the compiler or of the compiled code ends one attempt
/// instead of the suite. Returns what the child wrote and, if it did not
/// exit normally, how it ended ("" if it did).
std::pair<std::string, std::string>
runInChild(function_ref<void(RecordWriter &)> work) {
  int fds[2];
  if (pipe(fds) != 0)
    return {"", "no pipe"};
  pid_t child = fork();
  if (child < 0)
    return {"", "no fork"};
  if (child == 0) {
    close(fds[0]);
    RecordWriter writer(fds[1]);
    work(writer);
    // _exit: the parent's buffered output must not be flushed twice.
    _exit(0);
  }
  close(fds[1]);
  std::string output;
  char buffer[65536];
  ssize_t got;
  while ((got = read(fds[0], buffer, sizeof(buffer))) > 0 ||
         (got < 0 && errno == EINTR))
    if (got > 0)
      output.append(buffer, got);
  close(fds[0]);
  int status = 0;
  while (waitpid(child, &status, 0) < 0 && errno == EINTR)
    ;
  if (WIFSIGNALED(status))
    return {output, "crashed with signal " + std::to_string(WTERMSIG(status))
                        + " (" + strsignal(WTERMSIG(status)) + ")"};
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return {output, "exited with status " +
                        std::to_string(WEXITSTATUS(status))};
  return {output, ""};
}

/// The cases picked by `indices`, compiled as one module and run in a
/// child process: a tag 'F' and the diagnostics if compilation failed;
/// else a tag 'C', then per case a tag 'R', its failure, its time and its
/// outputs' bytes.
void compileAndRunInChild(MLIRContext &context,
                          MutableArrayRef<GraphCase> cases,
                          ArrayRef<size_t> indices,
                          DiagnosticCollector &diagnostics,
                          RecordWriter &writer) {
  // Compilation rewrites the module in place: it gets clones, renamed
  // apart, and the cases keep their graphs for the runtime.
  OpBuilder builder(&context);
  OwningOpRef<ModuleOp> module = ModuleOp::create(builder.getUnknownLoc());
  builder.setInsertionPointToEnd(module->getBody());
  for (size_t index : indices) {
    auto clone = cast<func::FuncOp>(builder.clone(*cases[index].getGraph()));
    clone.setSymName("case" + std::to_string(index));
  }
  auto start = std::chrono::steady_clock::now();
  FailureOr<std::vector<std::string>> artifacts =
      mlir::webnnc::compileGraphsForCPU(*module, {});
  if (getSettings().timeBatches)
    llvm::errs() << llvm::format(
        "%zu graphs compiled in %.2f s%s\n", indices.size(),
        std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                      start)
            .count(),
        failed(artifacts) ? " (failed)" : "");
  if (failed(artifacts)) {
    writer.tag('F');
    writer.bytes(diagnostics.take());
    return;
  }
  writer.tag('C');
  webnnrt_context_options options = webnnrt_context_options_default();
  options.num_threads = getSettings().threads;
  webnnrt_context *rawContext = nullptr;
  bool haveContext =
      webnnrt_context_create(&options, &rawContext) == WEBNNRT_OK;
  ContextPtr runtime(rawContext);
  for (auto [index, artifact] : llvm::zip(indices, *artifacts)) {
    GraphRun run = haveContext
                       ? runArtifact(runtime.get(), artifact, cases[index])
                       : GraphRun{runtimeError("cannot create a context"),
                                  {}, 0};
    writer.tag('R');
    writer.bytes(run.failure);
    writer.bytes(StringRef(reinterpret_cast<const char *>(&run.milliseconds),
                           sizeof(run.milliseconds)));
    for (const Tensor &output : run.outputs)
      writer.bytes(StringRef(reinterpret_cast<const char *>(output.getBytes()),
                             output.getByteSize()));
  }
}

/// Reads one 'R' record of the child into `run` (for `graphCase`).
bool readRun(RecordReader &reader, GraphCase &graphCase, GraphRun &run) {
  std::optional<StringRef> failure = reader.bytes();
  std::optional<StringRef> milliseconds = reader.bytes();
  if (!failure || !milliseconds || milliseconds->size() != sizeof(double))
    return false;
  run.failure = failure->str();
  std::memcpy(&run.milliseconds, milliseconds->data(), sizeof(double));
  if (!run.failure.empty())
    return true;
  for (Type type : graphCase.getGraph().getResultTypes()) {
    std::optional<StringRef> bytes = reader.bytes();
    Tensor output = *interp::allocateFor(type);
    if (!bytes || bytes->size() != output.getByteSize())
      return false;
    std::memcpy(output.getBytes(), bytes->data(), bytes->size());
    run.outputs.push_back(std::move(output));
  }
  return true;
}

/// Compiles the graphs of `cases` picked by `indices` together and runs
/// them. When they do not compile, halves the set until each failing case
/// is alone with its diagnostic; when a case crashes, reports it and goes
/// on with the cases after it.
void compileAndRun(MLIRContext &context, MutableArrayRef<GraphCase> cases,
                   ArrayRef<size_t> indices, DiagnosticCollector &diagnostics,
                   std::vector<GraphRun> &runs) {
  auto [output, death] = runInChild([&](RecordWriter &writer) {
    compileAndRunInChild(context, cases, indices, diagnostics, writer);
  });
  RecordReader reader(output);
  char tag = reader.tag();
  if (tag != 'C') {
    std::string why;
    if (tag == 'F')
      why = reader.bytes().value_or("").str();
    else
      why = death.empty() ? "the compiler's process said nothing" : death;
    if (indices.size() == 1) {
      runs[indices.front()].failure =
          "compile: " + (why.empty() ? "failed without a diagnostic" : why);
      return;
    }
    size_t half = indices.size() / 2;
    compileAndRun(context, cases, indices.take_front(half), diagnostics,
                  runs);
    compileAndRun(context, cases, indices.drop_front(half), diagnostics,
                  runs);
    return;
  }
  size_t done = 0;
  while (done < indices.size() && reader.tag() == 'R') {
    GraphRun &run = runs[indices[done]];
    if (!readRun(reader, cases[indices[done]], run))
      break;
    ++done;
  }
  if (done == indices.size())
    return;
  runs[indices[done]] = {"runtime: " + (death.empty() ? "no result" : death),
                         {}, 0};
  compileAndRun(context, cases, indices.drop_front(done + 1), diagnostics,
                runs);
}

/// Runs the prepared cases of one batch (those whose run has no failure
/// yet), all in `context`.
void runBatch(MLIRContext &context, MutableArrayRef<GraphCase> cases,
              std::vector<GraphRun> &runs) {
  DiagnosticCollector diagnostics(context);
  SmallVector<size_t> ready;
  for (size_t i = 0; i < cases.size(); ++i)
    if (runs[i].failure.empty())
      ready.push_back(i);
  if (!getSettings().compiled) {
    for (size_t i : ready) {
      auto start = std::chrono::steady_clock::now();
      FailureOr<SmallVector<Tensor>> outputs =
          interp::interpret(cases[i].getGraph(), cases[i].inputs);
      runs[i].milliseconds = std::chrono::duration<double, std::milli>(
                                 std::chrono::steady_clock::now() - start)
                                 .count();
      if (failed(outputs))
        runs[i].failure = "interpret: " + diagnostics.take();
      else
        runs[i].outputs = std::move(*outputs);
    }
    return;
  }
  if (!ready.empty())
    compileAndRun(context, cases, ready, diagnostics, runs);
}

std::unique_ptr<MLIRContext> createBatchContext() {
  if (!getSettings().compiled)
    return std::make_unique<MLIRContext>();
  // The CPU pipelines are parsed from text and reach into every dialect
  // they lower through.
  mlir::webnnc::registerCompilerPasses();
  DialectRegistry registry;
  mlir::webnnc::registerAllCompilerDialects(registry);
  auto context = std::make_unique<MLIRContext>(
      registry, getSettings().threads > 1 ? MLIRContext::Threading::ENABLED
                            : MLIRContext::Threading::DISABLED);
  context->loadAllAvailableDialects();
  return context;
}

} // namespace

void runInBatches(
    size_t count,
    function_ref<std::string(MLIRContext &, size_t, GraphCase &)> prepare,
    function_ref<void(size_t, GraphCase &, GraphRun &)> check) {
  size_t step = getSettings().batchSize;
  for (size_t first = 0; first < count; first += step) {
    size_t size = std::min(step, count - first);
    std::unique_ptr<MLIRContext> context = createBatchContext();
    std::vector<GraphCase> cases(size);
    std::vector<GraphRun> runs(size);
    for (size_t i = 0; i < size; ++i) {
      runs[i].failure = prepare(*context, first + i, cases[i]);
      // A case that failed half-way through its preparation does not run.
      if (!runs[i].failure.empty())
        cases[i].module = nullptr;
    }
    runBatch(*context, cases, runs);
    for (size_t i = 0; i < size; ++i)
      check(first + i, cases[i], runs[i]);
  }
}

} // namespace webnnc::conformance
