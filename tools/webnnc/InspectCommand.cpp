//===- InspectCommand.cpp - webnnc inspect --------------------------------===//
//
// What a .wnn artifact holds: signature, memory plan, kernels and
// provenance. The file is checked with the schema's generated Verifier
// before any field is read, as the runtime does, so a damaged file is
// refused rather than misread. The description is built once as JSON; the
// text form is rendered from it, so both always say the same.
//
//===----------------------------------------------------------------------===//
#include "ArtifactSource.h"
#include "Commands.h"

#include "webnn_artifact_generated.h"
#include "webnnrt.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace fbs = webnnrt::schema;
using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

namespace webnnc {

static constexpr llvm::StringLiteral kCommand = "webnnc inspect";

/// An enum's schema name, or its number when this build does not know it.
static std::string enumName(const char *name, int value) {
  return *name ? std::string(name) : "unknown(" + std::to_string(value) + ")";
}

static std::string stringOf(const flatbuffers::String *text) {
  return text ? text->str() : "";
}

static Array stringsOf(
    const flatbuffers::Vector<flatbuffers::Offset<flatbuffers::String>> *list) {
  Array strings;
  if (list)
    for (const flatbuffers::String *text : *list)
      strings.push_back(text->str());
  return strings;
}

static Array describeSignature(
    const flatbuffers::Vector<flatbuffers::Offset<fbs::TensorSignature>>
        *list) {
  Array tensors;
  if (!list)
    return tensors;
  for (const fbs::TensorSignature *entry : *list) {
    webnnrt_tensor_descriptor descriptor{};
    descriptor.data_type = static_cast<webnnrt_data_type>(entry->data_type());
    Array shape;
    if (entry->shape()) {
      descriptor.rank = entry->shape()->size();
      for (auto [index, dim] : llvm::enumerate(*entry->shape())) {
        shape.push_back(dim);
        if (index < WEBNNRT_MAX_RANK)
          descriptor.shape[index] = dim;
      }
    }
    // The runtime's own rule, so an entry it would refuse shows 0 bytes.
    size_t bytes = webnnrt_descriptor_byte_length(&descriptor);
    tensors.push_back(
        Object{{"name", entry->name()->str()},
               {"data_type", enumName(fbs::EnumNameDataType(entry->data_type()),
                                      static_cast<int>(entry->data_type()))},
               {"shape", std::move(shape)},
               {"bytes", static_cast<uint64_t>(bytes)}});
  }
  return tensors;
}

static Array describeKernels(
    const flatbuffers::Vector<flatbuffers::Offset<fbs::Kernel>> *list) {
  Array kernels;
  if (!list)
    return kernels;
  for (auto [index, kernel] : llvm::enumerate(*list)) {
    Array args;
    if (kernel->args())
      for (const fbs::KernelArg *arg : *kernel->args())
        args.push_back(
            Object{{"kind", enumName(fbs::EnumNameArgKind(arg->kind()),
                                     static_cast<int>(arg->kind()))},
                   {"index", arg->index()},
                   {"offset", arg->offset()},
                   {"size", arg->size()}});
    kernels.push_back(Object{{"index", static_cast<int64_t>(index)},
                             {"name", stringOf(kernel->name())},
                             {"symbol", kernel->symbol()->str()},
                             {"work_items", kernel->work_items()},
                             {"args", std::move(args)},
                             {"source_ops", stringsOf(kernel->source_ops())},
                             {"flops", kernel->flops()},
                             {"bytes", kernel->bytes()}});
  }
  return kernels;
}

/// FNV-1a 64, the runtime's checksum of the native code.
static uint64_t fnv1a64(const flatbuffers::Vector<uint8_t> *bytes) {
  uint64_t hash = 0xcbf29ce484222325ull;
  if (bytes)
    for (uint8_t byte : *bytes)
      hash = (hash ^ byte) * 0x100000001b3ull;
  return hash;
}

static std::string hex(uint64_t value) {
  std::string text;
  llvm::raw_string_ostream(text) << llvm::format_hex(value, 18);
  return text;
}

static Object describe(const fbs::Artifact &artifact, const std::string &path,
                       size_t fileBytes) {
  const fbs::MemoryPlan *plan = artifact.memory_plan();
  const fbs::Provenance *provenance = artifact.provenance();
  auto provenanceField = [&](auto field) {
    return provenance ? stringOf((provenance->*field)()) : "";
  };
  auto sizeOf = [](const flatbuffers::Vector<uint8_t> *bytes) {
    return static_cast<uint64_t>(bytes ? bytes->size() : 0);
  };
  return Object{
      {"file", path},
      {"file_bytes", static_cast<uint64_t>(fileBytes)},
      {"format_version", artifact.format_version()},
      {"target", enumName(fbs::EnumNameTarget(artifact.target()),
                          static_cast<int>(artifact.target()))},
      {"cpu_features", stringsOf(artifact.cpu_features())},
      {"inputs", describeSignature(artifact.inputs())},
      {"outputs", describeSignature(artifact.outputs())},
      {"arena_bytes", plan ? plan->arena_size() : 0},
      {"arena_alignment", plan ? plan->alignment() : 0},
      {"constants_bytes", sizeOf(artifact.constant_data())},
      {"native_code_bytes", sizeOf(artifact.native_code())},
      {"native_code_hash", hex(artifact.native_code_hash())},
      {"native_code_hash_matches",
       fnv1a64(artifact.native_code()) == artifact.native_code_hash()},
      {"kernels", describeKernels(artifact.kernels())},
      {"provenance",
       Object{
           {"compiler", provenanceField(&fbs::Provenance::compiler)},
           {"compiler_version",
            provenanceField(&fbs::Provenance::compiler_version)},
           {"source_file", provenanceField(&fbs::Provenance::source_file)},
           {"source_sha256", provenanceField(&fbs::Provenance::source_sha256)},
           {"options", provenanceField(&fbs::Provenance::options)}}}};
}

//===----------------------------------------------------------------------===//
// Text rendering
//===----------------------------------------------------------------------===//

/// A value as a table cell: strings bare, lists as `[a, b]`, a kernel
/// argument as `kind[index]+offset:size`.
static std::string cell(const Value &value) {
  if (std::optional<llvm::StringRef> text = value.getAsString())
    return text->str();
  if (const Object *arg = value.getAsObject())
    return cell(*arg->get("kind")) + "[" + cell(*arg->get("index")) + "]+" +
           cell(*arg->get("offset")) + ":" + cell(*arg->get("size"));
  if (const Array *list = value.getAsArray()) {
    std::string text = "[";
    for (auto [index, item] : llvm::enumerate(*list))
      text += (index ? ", " : "") + cell(item);
    return text + "]";
  }
  std::string text;
  llvm::raw_string_ostream(text) << value;
  return text;
}

/// Rows printed with every column as wide as its widest cell.
static void printTable(llvm::raw_ostream &os,
                       llvm::ArrayRef<std::vector<std::string>> rows,
                       llvm::StringRef indent) {
  std::vector<size_t> widths;
  for (const std::vector<std::string> &row : rows) {
    widths.resize(std::max(widths.size(), row.size()));
    for (auto [column, text] : llvm::enumerate(row))
      widths[column] = std::max(widths[column], text.size());
  }
  for (const std::vector<std::string> &row : rows) {
    std::string line = indent.str();
    for (auto [column, text] : llvm::enumerate(row)) {
      line += text;
      if (column + 1 < row.size())
        line.append(widths[column] - text.size() + 2, ' ');
    }
    os << line << "\n";
  }
}

/// One row per element of `list` (an array of objects), a column per key.
static void printListTable(llvm::raw_ostream &os, const Object &description,
                           llvm::StringRef key, llvm::StringRef title,
                           llvm::ArrayRef<llvm::StringRef> columns) {
  const Array &list = *description.getArray(key);
  os << "\n" << title << " (" << list.size() << ")\n";
  if (list.empty())
    return;
  std::vector<std::vector<std::string>> rows;
  rows.emplace_back(columns.begin(), columns.end());
  for (const Value &item : list) {
    const Object &fields = *item.getAsObject();
    std::vector<std::string> &row = rows.emplace_back();
    for (llvm::StringRef column : columns) {
      const Value &value = *fields.get(column);
      // Lists of words read better unbracketed; shapes keep brackets.
      bool words = column == "args" || column == "source_ops";
      row.push_back(
          words ? llvm::join(llvm::map_range(*value.getAsArray(), cell), " ")
                : cell(value));
    }
  }
  printTable(os, rows, "  ");
}

static void printText(llvm::raw_ostream &os, const Object &d) {
  auto field = [&](llvm::StringRef key) { return cell(*d.get(key)); };
  const Array &features = *d.getArray("cpu_features");
  printTable(
      os,
      {{"file", field("file") + " (" + field("file_bytes") + " bytes)"},
       {"format version", field("format_version")},
       {"target", field("target")},
       {"cpu features", features.empty()
                            ? "(none)"
                            : llvm::join(llvm::map_range(features, cell), " ")},
       {"arena", field("arena_bytes") + " bytes (alignment " +
                     field("arena_alignment") + ")"},
       {"constants", field("constants_bytes") + " bytes"},
       {"native code",
        field("native_code_bytes") + " bytes, fnv1a64 " +
            field("native_code_hash") +
            (*d.getBoolean("native_code_hash_matches") ? " (matches)"
                                                       : " (MISMATCH)")}},
      "");
  printListTable(os, d, "inputs", "inputs",
                 {"name", "data_type", "shape", "bytes"});
  printListTable(os, d, "outputs", "outputs",
                 {"name", "data_type", "shape", "bytes"});
  printListTable(os, d, "kernels", "kernels",
                 {"index", "name", "symbol", "work_items", "args", "source_ops",
                  "flops", "bytes"});
  const Object &provenance = *d.getObject("provenance");
  std::vector<std::vector<std::string>> rows;
  for (llvm::StringRef key : {"compiler", "compiler_version", "source_file",
                              "source_sha256", "options"})
    rows.push_back({key.str(), cell(*provenance.get(key))});
  os << "\nprovenance\n";
  printTable(os, rows, "  ");
}

int runInspectCommand(const InspectCommandOptions &options) {
  llvm::Expected<std::vector<uint8_t>> bytes =
      loadOrCompileArtifact(options.model, options.load);
  if (!bytes) {
    llvm::errs() << kCommand << ": " << llvm::toString(bytes.takeError())
                 << "\n";
    return 1;
  }
  flatbuffers::Verifier verifier(bytes->data(), bytes->size());
  if (!fbs::VerifyArtifactBuffer(verifier)) {
    llvm::errs() << kCommand << ": '" << options.model
                 << "' is not a valid .wnn artifact (the flatbuffers "
                    "verifier refused it: truncated, damaged or not an "
                    "artifact)\n";
    return 1;
  }
  Object description =
      describe(*fbs::GetArtifact(bytes->data()), options.model, bytes->size());
  if (options.json)
    llvm::outs() << llvm::formatv("{0:2}", Value(std::move(description)))
                 << "\n";
  else
    printText(llvm::outs(), description);
  return 0;
}

} // namespace webnnc
