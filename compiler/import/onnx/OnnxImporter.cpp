//===- OnnxImporter.cpp - ONNX models into the webnn dialect --------------===//
//
// libonnx reports bad models by throwing; this file is compiled with
// exceptions and catches them here, at the importer's boundary.
//
//===----------------------------------------------------------------------===//
#include "webnnc/Import/OnnxImporter.h"

#include "OnnxConverter.h"
#include "webnnc/Import/OperationFactory.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Verifier.h"
#include "webnn/IR/WebNNDialect.h"
#include "webnn/IR/WebNNOps.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include "onnx/checker.h"
#include "onnx/shape_inference/implementation.h"
#include <google/protobuf/io/coded_stream.h>

using namespace mlir;

namespace webnnc {

using onnx_import::OnnxNodeContext;

namespace {

/// ONNX files are protobuf messages, limited to 2 GiB; larger weights live
/// in external data files.
constexpr uint64_t kMaxModelBytes = (uint64_t(1) << 31) - 1;

class OnnxImporter {
public:
  OnnxImporter(MLIRContext *context, StringRef path,
               const OnnxImportOptions &options)
      : context(context), builder(context), path(path), options(options) {}

  /// Parses and checks the model; errors name the file.
  LogicalResult load();
  /// Translates the graph. With `unsupported`, records every node that
  /// cannot be translated and goes on instead of failing.
  FailureOr<OwningOpRef<ModuleOp>>
  translate(std::vector<UnsupportedOnnxNode> *unsupported);

private:
  Location fileLoc(const Twine &what) {
    return FileLineColLoc::get(builder.getStringAttr(path + ": " + what), 0,
                               0);
  }
  LogicalResult loadExternalData(onnx::TensorProto &tensor);
  FailureOr<Type> inputType(const onnx::ValueInfoProto &input);
  int64_t opsetFor(StringRef domain) const;

  MLIRContext *context;
  OpBuilder builder;
  std::string path;
  const OnnxImportOptions &options;
  onnx::ModelProto model;
  llvm::StringMap<int64_t> opsets;
};

} // namespace

LogicalResult OnnxImporter::load() {
  Location loc = fileLoc("model");
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer)
    return emitError(loc) << "cannot read: " << buffer.getError().message();
  if ((*buffer)->getBufferSize() > kMaxModelBytes)
    return emitError(loc) << "the file is larger than protobuf's 2 GiB limit; "
                             "store the weights as external data";
  google::protobuf::io::CodedInputStream stream(
      reinterpret_cast<const uint8_t *>((*buffer)->getBufferStart()),
      static_cast<int>((*buffer)->getBufferSize()));
  stream.SetTotalBytesLimit(static_cast<int>(kMaxModelBytes));
  if (!model.ParseFromCodedStream(&stream) ||
      !stream.ConsumedEntireMessage())
    return emitError(loc) << "not a valid ONNX model (the protobuf message "
                             "does not parse; truncated or not ONNX?)";
  for (const onnx::OperatorSetIdProto &opset : model.opset_import()) {
    std::string domain = opset.domain() == "ai.onnx" ? "" : opset.domain();
    opsets[domain] = opset.version();
  }
  // External data first: the checker would look for the files relative to
  // the working directory, and the importer confines them to the model's
  // folder anyway.
  for (onnx::TensorProto &tensor : *model.mutable_graph()->mutable_initializer())
    if (tensor.data_location() == onnx::TensorProto::EXTERNAL &&
        failed(loadExternalData(tensor)))
      return failure();
  try {
    onnx::checker::check_model(model);
  } catch (const std::exception &error) {
    return emitError(loc) << "the ONNX checker rejects the model: "
                          << error.what();
  }
  try {
    onnx::ShapeInferenceOptions inferenceOptions(/*check_type=*/true,
                                                 /*strict_mode=*/0);
    onnx::shape_inference::InferShapes(model, onnx::OpSchemaRegistry::Instance(),
                                       inferenceOptions);
  } catch (const std::exception &error) {
    return emitError(loc) << "ONNX shape inference rejects the model: "
                          << error.what();
  }
  return success();
}

LogicalResult OnnxImporter::loadExternalData(onnx::TensorProto &tensor) {
  Location loc = fileLoc("initializer '" + tensor.name() + "'");
  std::string location;
  int64_t offset = 0, length = -1;
  for (const onnx::StringStringEntryProto &entry : tensor.external_data()) {
    if (entry.key() == "location")
      location = entry.value();
    else if (entry.key() == "offset")
      offset = std::atoll(entry.value().c_str());
    else if (entry.key() == "length")
      length = std::atoll(entry.value().c_str());
  }
  // The data must live inside the model's folder: a path that is absolute
  // or climbs out of it is refused, so a model cannot read arbitrary files.
  SmallString<256> relative(location);
  llvm::sys::path::remove_dots(relative, /*remove_dot_dot=*/true);
  if (location.empty() || llvm::sys::path::is_absolute(location) ||
      StringRef(relative).starts_with(".."))
    return emitError(loc) << "external data location '" << location
                          << "' is not inside the model's folder";
  SmallString<256> dir(llvm::sys::path::parent_path(path));
  SmallString<256> full(dir);
  llvm::sys::path::append(full, relative);
  SmallString<256> realDir, realFull;
  if (dir.empty())
    dir = ".";
  if (llvm::sys::fs::real_path(dir, realDir) ||
      llvm::sys::fs::real_path(full, realFull))
    return emitError(loc) << "cannot find external data file '" << location
                          << "'";
  if (!StringRef(realFull).starts_with(realDir.str().str() + "/"))
    return emitError(loc) << "external data file '" << location
                          << "' resolves outside the model's folder";
  auto buffer = llvm::MemoryBuffer::getFile(realFull, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer)
    return emitError(loc) << "cannot read external data '" << location
                          << "': " << buffer.getError().message();
  uint64_t size = (*buffer)->getBufferSize();
  if (offset < 0 || static_cast<uint64_t>(offset) > size)
    return emitError(loc) << "external data offset " << offset
                          << " is past the end of '" << location << "'";
  uint64_t available = size - offset;
  uint64_t take = length < 0 ? available : static_cast<uint64_t>(length);
  if (take > available)
    return emitError(loc) << "external data '" << location << "' is "
                          << size << " bytes, too short for offset " << offset
                          << " and length " << take;
  tensor.set_raw_data((*buffer)->getBufferStart() + offset, take);
  tensor.clear_external_data();
  tensor.set_data_location(onnx::TensorProto::DEFAULT);
  return success();
}

int64_t OnnxImporter::opsetFor(StringRef domain) const {
  auto it = opsets.find(domain == "ai.onnx" ? "" : domain);
  return it == opsets.end() ? 0 : it->second;
}

FailureOr<Type> OnnxImporter::inputType(const onnx::ValueInfoProto &input) {
  Location loc = fileLoc("input '" + input.name() + "'");
  if (!input.type().has_tensor_type())
    return emitError(loc) << "graph input is not a tensor (sequences, maps "
                             "and optionals have no WebNN equivalent)";
  const onnx::TypeProto_Tensor &tensor = input.type().tensor_type();
  Type elementType =
      onnx_import::getElementType(context, tensor.elem_type());
  if (!elementType)
    return emitError(loc) << "data type "
                          << onnx_import::getOnnxTypeName(tensor.elem_type())
                          << " has no WebNN equivalent";
  auto given = options.inputShapes.find(input.name());
  if (given != options.inputShapes.end()) {
    if (tensor.has_shape() &&
        static_cast<size_t>(tensor.shape().dim_size()) != given->second.size())
      return emitError(loc) << "--input-shape gives " << given->second.size()
                            << " dimensions, the model declares "
                            << tensor.shape().dim_size();
    return Type(RankedTensorType::get(given->second, elementType));
  }
  if (!tensor.has_shape())
    return emitError(loc) << "the input has no declared shape: give one with "
                             "--input-shape "
                          << input.name() << "=...";
  SmallVector<int64_t> shape;
  for (auto [index, dim] : llvm::enumerate(tensor.shape().dim())) {
    if (dim.has_dim_value() && dim.dim_value() > 0) {
      shape.push_back(dim.dim_value());
      continue;
    }
    if (index == 0 && options.batch) {
      shape.push_back(*options.batch);
      continue;
    }
    std::string label = dim.has_dim_param() ? "'" + dim.dim_param() + "'"
                                            : std::string("unknown");
    return emitError(loc) << "dimension " << index << " (" << label
                          << ") is dynamic; WebNN graphs are static: give the "
                             "shape with --input-shape "
                          << input.name() << "=...x...x..."
                          << (index == 0 ? " or --batch N" : "");
  }
  return Type(RankedTensorType::get(shape, elementType));
}

FailureOr<OwningOpRef<ModuleOp>>
OnnxImporter::translate(std::vector<UnsupportedOnnxNode> *unsupported) {
  const onnx::GraphProto &graph = model.graph();
  Location graphLoc = fileLoc("graph");
  OwningOpRef<ModuleOp> module = ModuleOp::create(graphLoc);
  builder.setInsertionPointToEnd(module->getBody());

  llvm::StringMap<Value> values;
  llvm::StringMap<const onnx::TensorProto *> initializers;
  for (const onnx::TensorProto &tensor : graph.initializer())
    initializers[tensor.name()] = &tensor;

  // Graph inputs that are not initializers (IR < 4 lists both).
  SmallVector<const onnx::ValueInfoProto *> inputs;
  SmallVector<Type> inputTypes;
  for (const onnx::ValueInfoProto &input : graph.input()) {
    if (initializers.count(input.name()))
      continue;
    FailureOr<Type> type = inputType(input);
    if (failed(type))
      return failure();
    inputs.push_back(&input);
    inputTypes.push_back(*type);
  }
  std::string name = graph.name().empty() ? "main" : graph.name();
  auto func = func::FuncOp::create(builder, graphLoc, name,
                                   builder.getFunctionType(inputTypes, {}));
  Block *body = func.addEntryBlock();
  for (auto [index, input] : llvm::enumerate(inputs)) {
    func.setArgAttr(index, webnn::WebNNDialect::kNameAttr,
                    builder.getStringAttr(input->name()));
    values[input->name()] = body->getArgument(index);
  }
  builder.setInsertionPointToEnd(body);

  for (onnx::TensorProto &tensor :
       *model.mutable_graph()->mutable_initializer()) {
    Location loc = NameLoc::get(builder.getStringAttr(tensor.name()),
                                fileLoc("initializer '" + tensor.name() + "'"));
    FailureOr<ElementsAttr> elements = onnx_import::takeElementsFromTensorProto(
        context, tensor, [&]() { return emitError(loc); });
    if (failed(elements))
      return failure();
    values[tensor.name()] =
        webnn::ConstantOp::create(builder, loc, *elements, StringAttr());
  }

  const onnx_import::OnnxConverterRegistry &converters =
      onnx_import::getOnnxConverters();
  bool anyUnsupported = false;
  for (const onnx::NodeProto &node : graph.node()) {
    std::string domain = node.domain() == "ai.onnx" ? "" : node.domain();
    int64_t opset = opsetFor(domain);
    std::string where = "node '" + node.name() + "' (" + node.op_type() +
                        ", " + (domain.empty() ? "ai.onnx" : domain) +
                        " opset " + std::to_string(opset) + ")";
    Location loc = NameLoc::get(
        builder.getStringAttr(node.name().empty() ? node.op_type()
                                                  : node.name()),
        fileLoc(where));
    auto record = [&](const std::string &reason) {
      unsupported->push_back({node.name(), node.op_type(),
                              domain.empty() ? "ai.onnx" : domain, opset,
                              reason});
      anyUnsupported = true;
    };

    onnx_import::OnnxConverter converter =
        converters.lookup(domain, node.op_type(), opset);
    if (!converter) {
      std::string reason =
          converters.knows(domain, node.op_type())
              ? "this opset version of the operator is not supported"
              : "the operator has no WebNN translation";
      if (unsupported) {
        record(reason);
        continue;
      }
      return emitError(loc) << "unsupported: " << reason;
    }
    // In listing mode, a node fed by an untranslated one cannot be tried.
    bool inputsReady = llvm::all_of(node.input(), [&](const std::string &in) {
      return in.empty() || values.count(in);
    });
    if (!inputsReady) {
      if (unsupported)
        continue;
      return emitError(loc) << "an input is produced by no earlier node";
    }
    OnnxNodeContext nodeContext(node, opset, loc, builder, values);
    std::string firstError;
    std::optional<ScopedDiagnosticHandler> capture;
    if (unsupported)
      capture.emplace(context, [&](Diagnostic &diag) {
        if (firstError.empty())
          firstError = diag.str();
        return success();
      });
    if (failed(converter(nodeContext))) {
      if (unsupported) {
        record(firstError.empty() ? "conversion failed" : firstError);
        continue;
      }
      return failure();
    }
    for (const std::string &output : node.output())
      if (!output.empty() && !values.count(output)) {
        if (unsupported) {
          record("the translation does not produce output '" + output + "'");
          break;
        }
        return emitError(loc) << "the translation does not produce output '"
                              << output << "'";
      }
  }
  if (anyUnsupported)
    return module;

  // Constants folding left without users (shape subgraphs, folded inputs)
  // go first, so the graph ends with what it computes.
  SmallVector<Operation *> dead;
  for (Operation &op : llvm::reverse(*body))
    if (isa<webnn::ConstantOp>(op) && op.use_empty() &&
        llvm::none_of(graph.output(), [&](const onnx::ValueInfoProto &out) {
          return values.lookup(out.name()) == op.getResult(0);
        }))
      dead.push_back(&op);
  for (Operation *op : dead)
    op->erase();

  SmallVector<Value> results;
  SmallVector<std::string> outputNames;
  for (const onnx::ValueInfoProto &output : graph.output()) {
    Value value = values.lookup(output.name());
    if (!value)
      return emitError(fileLoc("output '" + output.name() + "'"))
             << "no node produces the graph output";
    results.push_back(value);
    outputNames.push_back(output.name());
  }
  if (failed(finishGraph(builder, func, graphLoc, outputNames, results)))
    return failure();
  return module;
}

FailureOr<OwningOpRef<ModuleOp>>
importOnnxFile(MLIRContext *context, StringRef path,
               const OnnxImportOptions &options) {
  context->loadDialect<webnn::WebNNDialect, func::FuncDialect>();
  OnnxImporter importer(context, path, options);
  if (failed(importer.load()))
    return failure();
  return importer.translate(nullptr);
}

FailureOr<std::vector<UnsupportedOnnxNode>>
listUnsupportedOnnxNodes(MLIRContext *context, StringRef path,
                         const OnnxImportOptions &options) {
  context->loadDialect<webnn::WebNNDialect, func::FuncDialect>();
  OnnxImporter importer(context, path, options);
  if (failed(importer.load()))
    return failure();
  std::vector<UnsupportedOnnxNode> unsupported;
  if (failed(importer.translate(&unsupported)))
    return failure();
  return unsupported;
}

} // namespace webnnc
