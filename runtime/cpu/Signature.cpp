//===- Signature.cpp - Parse and validate an artifact's signature ---------===//
//
// The format (runtime/README.md):
//
//   plinth-signature 1
//   input<TAB><name><TAB><dtype><TAB><rank><TAB><dim0>...<TAB><dimN-1>
//   output<TAB><name><TAB><dtype><TAB><rank><TAB><dims...>
//
// Every line ends in '\n'. Names are percent-encoded (%XX); a dim is a
// decimal size, `?` or `?NAME`. The text comes from a library that the user
// chose to load, but a wrong signature would make the runtime build wrong
// memref descriptors, so everything is checked and nothing is guessed.
//
//===----------------------------------------------------------------------===//

#include "Internal.h"

#include <algorithm>
#include <set>
#include <string_view>

using namespace plinth::rt;

namespace {

constexpr std::string_view kHeader = "plinth-signature 1";

int hexValue(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

class Parser {
public:
  explicit Parser(Signature &out) : out(out) {}

  plinth_status *parse(std::string_view text);

private:
  template <typename... Parts> plinth_status *fail(const Parts &...parts) {
    return error(PLINTH_STATUS_INVALID_ARTIFACT, "invalid signature (line ",
                 line, "): ", parts...);
  }

  plinth_status *parseLine(std::string_view text);
  plinth_status *decodeName(std::string_view field, const char *what,
                            std::string &name);
  /// A canonical decimal integer (no sign, no leading zeros) <= INT64_MAX.
  plinth_status *parseInt(std::string_view field, const char *what,
                          int64_t &value);

  Signature &out;
  size_t line = 0;
  std::set<std::string> inputNames, outputNames;
};

plinth_status *Parser::parse(std::string_view text) {
  if (text.empty()) {
    line = 1;
    return fail("the signature is empty");
  }
  if (text.back() != '\n') {
    line = static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    return fail("the last line does not end with a newline");
  }
  size_t start = 0;
  while (start < text.size()) {
    ++line;
    size_t end = text.find('\n', start);
    std::string_view lineText = text.substr(start, end - start);
    start = end + 1;
    if (line == 1) {
      if (lineText != kHeader)
        return fail("expected '", kHeader, "', got ",
                    quote(std::string(lineText.substr(0, 64))));
      continue;
    }
    if (plinth_status *status = parseLine(lineText))
      return status;
  }
  if (out.outputs.empty())
    return error(PLINTH_STATUS_INVALID_ARTIFACT,
                 "invalid signature: it declares no outputs");
  return nullptr;
}

plinth_status *Parser::parseLine(std::string_view text) {
  if (text.empty())
    return fail("empty line");
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = text.find('\t', start);
    fields.push_back(text.substr(start, tab - start));
    if (tab == std::string_view::npos)
      break;
    start = tab + 1;
    if (fields.size() > 4 + PLINTH_MAX_RANK)
      return fail("too many fields");
  }
  for (size_t i = 0; i < fields.size(); ++i)
    if (fields[i].empty())
      return fail("field ", i + 1, " is empty");

  std::string_view kind = fields[0];
  if (kind != "input" && kind != "output")
    return fail("expected 'input' or 'output', got ",
                quote(std::string(kind.substr(0, 64))));
  if (fields.size() < 4)
    return fail("expected at least 4 tab-separated fields (kind, name, dtype, "
                "rank), got ",
                fields.size());
  bool isInput = kind == "input";
  if (out.inputs.size() + out.outputs.size() >= kMaxSignatureArgs)
    return fail("more than ", kMaxSignatureArgs, " inputs and outputs");

  ArgSpec arg;
  if (plinth_status *status = decodeName(fields[1], "name", arg.name))
    return status;
  std::set<std::string> &names = isInput ? inputNames : outputNames;
  if (!names.insert(arg.name).second)
    return fail("duplicate ", kind, " name ", quote(arg.name));

  arg.dtype = dtypeFromName(std::string(fields[2]));
  if (arg.dtype == PLINTH_DTYPE_INVALID)
    return fail("unknown dtype ", quote(std::string(fields[2].substr(0, 64))),
                " for ", kind, " ", quote(arg.name));

  int64_t rank = 0;
  if (plinth_status *status = parseInt(fields[3], "rank", rank))
    return status;
  if (rank > PLINTH_MAX_RANK)
    return fail("rank ", rank, " of ", kind, " ", quote(arg.name),
                " exceeds the maximum rank ", PLINTH_MAX_RANK);
  if (fields.size() - 4 != static_cast<size_t>(rank))
    return fail(kind, " ", quote(arg.name), " has rank ", rank, " but ",
                fields.size() - 4, " dims");

  for (size_t i = 4; i < fields.size(); ++i) {
    std::string_view field = fields[i];
    DimSpec dim;
    if (field[0] == '?') {
      if (field.size() > 1)
        if (plinth_status *status =
                decodeName(field.substr(1), "dim name", dim.name))
          return status;
    } else if (plinth_status *status = parseInt(field, "dim", dim.size)) {
      return status;
    }
    arg.dims.push_back(std::move(dim));
  }
  (isInput ? out.inputs : out.outputs).push_back(std::move(arg));
  return nullptr;
}

plinth_status *Parser::decodeName(std::string_view field, const char *what,
                                  std::string &name) {
  name.clear();
  for (size_t i = 0; i < field.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(field[i]);
    if (c < 0x20)
      return fail(what, " contains the unencoded control byte ",
                  static_cast<int>(c));
    if (c != '%') {
      name += static_cast<char>(c);
      continue;
    }
    int high = i + 1 < field.size() ? hexValue(field[i + 1]) : -1;
    int low = i + 2 < field.size() ? hexValue(field[i + 2]) : -1;
    if (high < 0 || low < 0)
      return fail(what, " ", quote(std::string(field.substr(0, 64))),
                  " has a '%' not followed by two hex digits");
    if (high == 0 && low == 0)
      return fail(what, " ", quote(std::string(field.substr(0, 64))),
                  " encodes a NUL byte");
    name += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return nullptr;
}

plinth_status *Parser::parseInt(std::string_view field, const char *what,
                                int64_t &value) {
  value = 0;
  bool canonical = !field.empty() && (field[0] != '0' || field.size() == 1);
  for (char c : field) {
    if (c < '0' || c > '9' || !canonical)
      return fail("invalid ", what, " ",
                  quote(std::string(field.substr(0, 64))),
                  " (expected a decimal integer)");
    if (mulOverflow(value, 10, value) ||
        __builtin_add_overflow(value, c - '0', &value))
      return fail(what, " ", quote(std::string(field.substr(0, 64))),
                  " is too large");
  }
  return nullptr;
}

} // namespace

plinth_status *plinth::rt::parseSignature(const char *text, size_t length,
                                          Signature &out) {
  out = Signature();
  out.text.assign(text, length);
  return Parser(out).parse(out.text);
}
