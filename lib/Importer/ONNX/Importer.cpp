//===- Importer.cpp - ONNX graph to plinth IR -----------------------------===//
//
// The import runs in phases, each of which must fully succeed before the
// next starts:
//   1. parse the protobuf (bounded, streaming: no copy of the file);
//   2. check the graph: opsets, unique names, every input defined, no
//      cycles, input types and dims in range; sort the nodes topologically;
//   3. look up a converter for every node, collecting *all* unsupported
//      (domain, op, opset) triples into one message;
//   4. convert the initializers and nodes in order into one `func.func`.
//
//===----------------------------------------------------------------------===//

#include "lib/Importer/ONNX/Importer.h"
#include "lib/Importer/ONNX/ImporterState.h"
#include "lib/Importer/ONNX/NodeContext.h"

#include "dialects/Plinth/PlinthDialect.h"
#include "dialects/Plinth/PlinthOps.h"
#include "dialects/Plinth/ShapeUtils.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl.h>

#include <climits>
#include <deque>
#include <fcntl.h>
#include <unistd.h>

using namespace mlir;
using namespace mlir::plinth;
using namespace mlir::plinth::onnx_importer;

std::string mlir::plinth::onnx_importer::nodeLabel(const onnx::NodeProto &node,
                                                   int64_t index) {
  std::string label = node.name().empty()
                          ? "node #" + std::to_string(index)
                          : "node '" + node.name() + "'";
  return label + " (" + node.op_type() + ")";
}

void mlir::plinth::onnx_importer::loadImporterDialects(MLIRContext &context) {
  context.loadDialect<PlinthDialect, func::FuncDialect>();
}

namespace {

bool isDefaultDomain(llvm::StringRef domain) {
  return domain.empty() || domain == "ai.onnx";
}

/// Parses the model file with a streaming reader (the file is not held in
/// memory next to the parsed message).
bool parseModel(llvm::StringRef path, onnx::ModelProto &model,
                std::string &error) {
  llvm::sys::fs::file_status status;
  if (llvm::sys::fs::status(path, status)) {
    error = "cannot open '" + path.str() + "'";
    return false;
  }
  if (status.type() != llvm::sys::fs::file_type::regular_file) {
    error = "'" + path.str() + "' is not a regular file";
    return false;
  }
  if (status.getSize() > uint64_t(INT_MAX)) {
    error = "'" + path.str() +
            "' is larger than 2 GB; store the weights as external data";
    return false;
  }
  int fd = ::open(path.str().c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = "cannot open '" + path.str() + "'";
    return false;
  }
  bool ok;
  {
    google::protobuf::io::FileInputStream fileStream(fd);
    google::protobuf::io::CodedInputStream coded(&fileStream);
    coded.SetTotalBytesLimit(INT_MAX);
    coded.SetRecursionLimit(64);
    ok = model.ParseFromCodedStream(&coded) && coded.ConsumedEntireMessage();
  }
  ::close(fd);
  if (!ok) {
    error = "'" + path.str() +
            "' is not a valid ONNX model (truncated or not an ONNX protobuf)";
    return false;
  }
  if (!model.has_graph() || model.ir_version() <= 0) {
    error = "'" + path.str() + "' is not an ONNX model (no graph or IR version)";
    return false;
  }
  return true;
}

class GraphImporter {
public:
  GraphImporter(MLIRContext &context, onnx::ModelProto &model,
                llvm::StringRef path, std::string modelDir,
                const ImportOptions &options)
      : context(context), model(model), graph(*model.mutable_graph()),
        path(path), options(options), state(context, std::move(modelDir)) {}

  OwningOpRef<ModuleOp> run(ImportError &error);

private:
  LogicalResult readOpsets();
  LogicalResult checkAndSortNodes();
  LogicalResult findConverters();
  FailureOr<RankedTensorType> valueInfoType(const onnx::ValueInfoProto &info,
                                            llvm::StringRef what,
                                            SmallVectorImpl<Attribute> &names);
  FailureOr<func::FuncOp> buildFunction(OpBuilder &builder);
  void convertNodes(OpBuilder &builder);
  LogicalResult finishFunction(OpBuilder &builder, func::FuncOp func);
  int64_t opsetOf(llvm::StringRef domain) const;

  MLIRContext &context;
  onnx::ModelProto &model;
  onnx::GraphProto &graph;
  std::string path;
  const ImportOptions &options;
  ImporterState state;

  llvm::StringMap<int64_t> opsets;
  llvm::StringSet<> initializerNames;
  /// Node indices in topological order.
  std::vector<int> order;
  std::vector<const Converter *> converters;
  SmallVector<SmallVector<Attribute>> outputDimNames;
};

int64_t GraphImporter::opsetOf(llvm::StringRef domain) const {
  auto it = opsets.find(isDefaultDomain(domain) ? "" : domain);
  return it == opsets.end() ? -1 : it->second;
}

LogicalResult GraphImporter::readOpsets() {
  for (const onnx::OperatorSetIdProto &opset : model.opset_import()) {
    if (opset.version() < 1 || opset.version() > 1000) {
      state.malformed.push_back("opset_import of domain '" + opset.domain() +
                                "' has invalid version " +
                                std::to_string(opset.version()));
      return failure();
    }
    opsets[isDefaultDomain(opset.domain()) ? "" : opset.domain()] =
        opset.version();
  }
  if (!opsets.count("")) {
    state.malformed.push_back("the model imports no default-domain opset");
    return failure();
  }
  return success();
}

/// Checks names and sorts the nodes topologically (Kahn's algorithm),
/// reporting undefined inputs and cycles.
LogicalResult GraphImporter::checkAndSortNodes() {
  llvm::StringSet<> available;
  for (const onnx::TensorProto &init : graph.initializer()) {
    if (init.name().empty() || !initializerNames.insert(init.name()).second) {
      state.malformed.push_back("initializer '" + init.name() +
                                "' is unnamed or defined twice");
      return failure();
    }
    available.insert(init.name());
  }
  for (const onnx::ValueInfoProto &input : graph.input())
    available.insert(input.name());

  int numNodes = graph.node_size();
  llvm::StringMap<int> producer;
  for (int i = 0; i < numNodes; ++i) {
    for (const std::string &output : graph.node(i).output()) {
      if (output.empty())
        continue;
      if (available.contains(output) || !producer.try_emplace(output, i).second) {
        state.malformed.push_back(nodeLabel(graph.node(i), i) + ": output '" +
                                  output + "' is defined more than once");
        return failure();
      }
    }
  }

  std::vector<int> pending(numNodes, 0);
  std::vector<std::vector<int>> users(numNodes);
  for (int i = 0; i < numNodes; ++i) {
    for (const std::string &input : graph.node(i).input()) {
      if (input.empty() || available.contains(input))
        continue;
      auto it = producer.find(input);
      if (it == producer.end()) {
        state.malformed.push_back(nodeLabel(graph.node(i), i) + ": input '" +
                                  input +
                                  "' is not defined by any node, initializer "
                                  "or graph input");
        continue;
      }
      ++pending[i];
      users[it->second].push_back(i);
    }
  }
  if (!state.malformed.empty())
    return failure();

  std::deque<int> ready;
  for (int i = 0; i < numNodes; ++i)
    if (pending[i] == 0)
      ready.push_back(i);
  while (!ready.empty()) {
    int next = ready.front();
    ready.pop_front();
    order.push_back(next);
    for (int user : users[next])
      if (--pending[user] == 0)
        ready.push_back(user);
  }
  if (int(order.size()) != numNodes) {
    std::string message = "the graph has a cycle through";
    int listed = 0;
    for (int i = 0; i < numNodes && listed < 8; ++i)
      if (pending[i] > 0) {
        message += (listed++ ? ", " : " ") + nodeLabel(graph.node(i), i);
      }
    state.malformed.push_back(message);
    return failure();
  }

  for (const onnx::ValueInfoProto &output : graph.output())
    if (!available.contains(output.name()) && !producer.count(output.name())) {
      state.malformed.push_back("graph output '" + output.name() +
                                "' is not produced by any node");
      return failure();
    }
  return success();
}

/// Looks up every node's converter; one message lists every unsupported
/// (domain, op, opset) with the nodes that use it.
LogicalResult GraphImporter::findConverters() {
  const ConverterRegistry &registry = getConverterRegistry();
  converters.assign(graph.node_size(), nullptr);
  std::map<std::string, std::vector<std::string>> missing;
  for (int i = 0; i < graph.node_size(); ++i) {
    const onnx::NodeProto &node = graph.node(i);
    std::string domain = isDefaultDomain(node.domain()) ? "ai.onnx" : node.domain();
    int64_t opset = opsetOf(node.domain());
    if (opset >= 0)
      converters[i] = registry.lookup(node.domain(), node.op_type(), opset);
    if (!converters[i]) {
      std::string key = "(" + domain + ", " + node.op_type() + ", " +
                        (opset >= 0 ? std::to_string(opset)
                                    : std::string("domain not imported")) +
                        ")";
      missing[key].push_back(node.name().empty() ? "#" + std::to_string(i)
                                                 : "'" + node.name() + "'");
    }
  }
  for (auto &[key, nodes] : missing) {
    std::string line = "op " + key + " is not supported, used by node";
    line += nodes.size() > 1 ? "s " : " ";
    for (size_t i = 0; i < nodes.size() && i < 16; ++i)
      line += (i ? ", " : "") + nodes[i];
    if (nodes.size() > 16)
      line += ", ... (" + std::to_string(nodes.size()) + " in all)";
    state.unsupported.push_back(line);
  }
  return success(missing.empty());
}

FailureOr<RankedTensorType>
GraphImporter::valueInfoType(const onnx::ValueInfoProto &info,
                             llvm::StringRef what,
                             SmallVectorImpl<Attribute> &names) {
  if (!info.type().has_tensor_type()) {
    state.unsupported.push_back(what.str() + " '" + info.name() +
                                "' is not a tensor (sequences, maps and "
                                "optionals are not supported)");
    return failure();
  }
  const onnx::TypeProto::Tensor &tensor = info.type().tensor_type();
  Type element = convertElementType(context, tensor.elem_type());
  if (!element) {
    state.unsupported.push_back(what.str() + " '" + info.name() +
                                "' has unsupported " +
                                dataTypeName(tensor.elem_type()));
    return failure();
  }
  if (!tensor.has_shape()) {
    state.unsupported.push_back(what.str() + " '" + info.name() +
                                "' has no shape (unranked tensors are not "
                                "supported)");
    return failure();
  }
  SmallVector<int64_t> dims;
  Builder b(&context);
  for (const onnx::TensorShapeProto::Dimension &dim : tensor.shape().dim()) {
    if (dim.has_dim_value()) {
      if (dim.dim_value() < 0 || dim.dim_value() > kMaxElements) {
        state.malformed.push_back(what.str() + " '" + info.name() + "' has dim " +
                                  std::to_string(dim.dim_value()) +
                                  ", out of range [0, 2^48]");
        return failure();
      }
      dims.push_back(dim.dim_value());
      names.push_back(b.getStringAttr(""));
      continue;
    }
    std::string name = dim.has_dim_param() ? dim.dim_param() : "";
    int64_t size = ShapedType::kDynamic;
    for (const auto &[bound, value] : options.dimBindings)
      if (!name.empty() && bound == name)
        size = value;
    dims.push_back(size);
    names.push_back(b.getStringAttr(name));
  }
  std::optional<int64_t> count = checkedProduct(dims);
  if (count && *count < 0) {
    state.malformed.push_back(what.str() + " '" + info.name() + "' has dims " +
                              formatShape(dims) + " that overflow");
    return failure();
  }
  return RankedTensorType::get(dims, element);
}

FailureOr<func::FuncOp> GraphImporter::buildFunction(OpBuilder &builder) {
  SmallVector<Type> inputTypes;
  SmallVector<const onnx::ValueInfoProto *> inputs;
  SmallVector<SmallVector<Attribute>> inputDimNames;
  for (const onnx::ValueInfoProto &input : graph.input()) {
    // An initializer listed as a graph input (IR version < 4 style) is a
    // constant of the compiled model.
    if (initializerNames.contains(input.name()))
      continue;
    SmallVector<Attribute> names;
    FailureOr<RankedTensorType> type = valueInfoType(input, "graph input", names);
    if (failed(type))
      continue;
    inputTypes.push_back(*type);
    inputs.push_back(&input);
    inputDimNames.push_back(std::move(names));
  }
  for (const onnx::ValueInfoProto &output : graph.output()) {
    SmallVector<Attribute> names;
    if (output.type().has_tensor_type() &&
        output.type().tensor_type().has_shape())
      (void)valueInfoType(output, "graph output", names);
    outputDimNames.push_back(std::move(names));
  }
  if (state.hasErrors())
    return failure();

  Location loc = FileLineColLoc::get(&context, path, 0, 0);
  auto func = func::FuncOp::create(builder, loc, "main",
                                   builder.getFunctionType(inputTypes, {}));
  Block *entry = func.addEntryBlock();
  for (auto [i, input] : llvm::enumerate(inputs)) {
    state.values[input->name()] = entry->getArgument(i);
    func.setArgAttr(i, "plinth.name", builder.getStringAttr(input->name()));
    if (llvm::any_of(inputDimNames[i], [](Attribute a) {
          return !cast<StringAttr>(a).getValue().empty();
        }))
      func.setArgAttr(i, kDimNamesAttr, builder.getArrayAttr(inputDimNames[i]));
  }
  builder.setInsertionPointToStart(entry);
  for (onnx::TensorProto &init : *graph.mutable_initializer()) {
    Location initLoc = NameLoc::get(builder.getStringAttr(init.name()));
    FailureOr<Value> value = state.importTensor(
        builder, initLoc, init, "initializer '" + init.name() + "'");
    if (succeeded(value))
      state.values[init.name()] = *value;
  }
  if (state.hasErrors())
    return failure();
  return func;
}

void GraphImporter::convertNodes(OpBuilder &builder) {
  // Diagnostics from type inference and verifiers name the node.
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    if (diag.getSeverity() == DiagnosticSeverity::Error)
      state.malformed.push_back(state.currentNodeLabel + ": " + diag.str());
    return success();
  });
  for (int index : order) {
    const onnx::NodeProto &node = graph.node(index);
    // Skip nodes downstream of a failed one; their errors would only repeat.
    if (llvm::any_of(node.input(), [&](const std::string &input) {
          return !input.empty() && !state.values.count(input);
        }))
      continue;
    state.currentNodeLabel = nodeLabel(node, index);
    Location loc = NameLoc::get(builder.getStringAttr(
        node.name().empty() ? node.op_type() + "#" + std::to_string(index)
                            : node.name()));
    NodeContext ctx(state, node, opsetOf(node.domain()), builder, loc);
    size_t errorsBefore = state.malformed.size() + state.unsupported.size();
    if (failed((*converters[index])(ctx))) {
      if (state.malformed.size() + state.unsupported.size() == errorsBefore)
        state.malformed.push_back(state.currentNodeLabel + ": conversion failed");
      continue;
    }
    for (int64_t i = 0; i < node.output_size(); ++i)
      if (!node.output(i).empty() && !state.values.count(node.output(i)) &&
          i == 0) {
        state.malformed.push_back(state.currentNodeLabel +
                                  ": the converter produced no value for output '" +
                                  node.output(i) + "'");
      }
  }
}

LogicalResult GraphImporter::finishFunction(OpBuilder &builder,
                                            func::FuncOp func) {
  SmallVector<Value> results;
  for (const onnx::ValueInfoProto &output : graph.output()) {
    Value value = state.values.lookup(output.name());
    if (!value) {
      state.malformed.push_back("graph output '" + output.name() +
                                "' has no value");
      return failure();
    }
    results.push_back(value);
  }
  Location loc = FileLineColLoc::get(&context, path, 0, 0);
  func::ReturnOp::create(builder, loc, results);
  func.setFunctionType(builder.getFunctionType(
      func.getArgumentTypes(), ValueRange(results).getTypes()));
  for (auto [i, output] : llvm::enumerate(graph.output())) {
    func.setResultAttr(i, "plinth.name", builder.getStringAttr(output.name()));
    if (i < outputDimNames.size() &&
        llvm::any_of(outputDimNames[i], [](Attribute a) {
          return !cast<StringAttr>(a).getValue().empty();
        }))
      func.setResultAttr(i, kDimNamesAttr, builder.getArrayAttr(outputDimNames[i]));
  }
  return success();
}

OwningOpRef<ModuleOp> GraphImporter::run(ImportError &error) {
  auto report = [&]() -> OwningOpRef<ModuleOp> {
    bool malformed = !state.malformed.empty();
    error.kind = malformed ? ImportError::Kind::Malformed
                           : ImportError::Kind::Unsupported;
    const std::vector<std::string> &messages =
        malformed ? state.malformed : state.unsupported;
    error.message = (malformed ? "invalid model '" : "unsupported model '") +
                    path + "':";
    for (const std::string &message : messages)
      error.message += "\n  " + message;
    return nullptr;
  };

  if (failed(readOpsets()) || failed(checkAndSortNodes()) ||
      failed(findConverters()))
    return report();

  OpBuilder builder(&context);
  OwningOpRef<ModuleOp> module =
      ModuleOp::create(FileLineColLoc::get(&context, path, 0, 0));
  (*module)->setAttr(kModelDirAttr, builder.getStringAttr(state.modelDir));
  if (!graph.name().empty())
    (*module)->setAttr("plinth.graph_name", builder.getStringAttr(graph.name()));
  builder.setInsertionPointToEnd(module->getBody());
  FailureOr<func::FuncOp> func = buildFunction(builder);
  if (failed(func))
    return report();
  convertNodes(builder);
  if (state.hasErrors() || failed(finishFunction(builder, *func)))
    return report();

  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    state.malformed.push_back("verification: " + diag.str());
    return success();
  });
  if (failed(mlir::verify(*module)))
    return report();
  return module;
}

} // namespace

OwningOpRef<ModuleOp>
mlir::plinth::onnx_importer::importOnnxFile(MLIRContext &context,
                                            llvm::StringRef path,
                                            const ImportOptions &options,
                                            ImportError &error) {
  onnx::ModelProto model;
  std::string parseError;
  if (!parseModel(path, model, parseError)) {
    error.kind = ImportError::Kind::Malformed;
    error.message = parseError;
    return nullptr;
  }
  llvm::SmallString<256> dir(path);
  llvm::sys::path::remove_filename(dir);
  if (dir.empty())
    dir = ".";
  llvm::SmallString<256> realDir;
  if (llvm::sys::fs::real_path(dir, realDir)) {
    error.kind = ImportError::Kind::Malformed;
    error.message = "cannot resolve the folder of '" + path.str() + "'";
    return nullptr;
  }
  GraphImporter importer(context, model, path, std::string(realDir), options);
  return importer.run(error);
}
