// The reader is a RapidJSON SAX handler with an explicit stack of frames, one
// per open JSON object or array it understands (top, nodes, one node, its
// mentions, ...). A field it does not understand is re-serialised by a nested
// Writer ("capture") until its value closes, and kept as RawJson. Each frame
// knows its place in the file, so an error names it: nodes[3].mentions[0].end.
// Edges may come before the nodes they join: they are staged with the ids
// of their ends (Graph::stage_edge), which are looked up at the end of the
// file.
#include "graph/graph_file.h"

#include <rapidjson/error/en.h>
#include <rapidjson/filewritestream.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <sys/stat.h>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>
#include <unordered_set>

#include <unicode/utf8.h>

#include "graph/atomic_file.h"
#include "graph/error.h"
#include "graph/mapped_file.h"

namespace kgraph {
namespace {

constexpr std::string_view kFormat = "kgraph/1";
// Deeper than this, the fast pass, which recurses, gives way to the careful one.
constexpr int kFastPassDepth = 256;
// The shortest edge a file can hold: {"type":"a","source":"b","target":"c"},
// and a comma.
constexpr std::size_t kSmallestEdgeBytes = 41;

// Whether `s` is well-formed UTF-8, as strict as RapidJSON's own check (ICU's
// U8_NEXT: no overlong forms, no surrogates, nothing past U+10FFFF), with
// ASCII skipped eight bytes at a time. RapidJSON's check of every byte took a
// tenth of a big file's load.
bool valid_utf8(std::string_view s) {
  if (s.size() > static_cast<std::size_t>(INT32_MAX)) return false;  // past U8_NEXT's reach: let RapidJSON judge
  std::size_t i = 0;
  for (std::uint64_t word; i + 8 <= s.size(); i += 8) {
    std::memcpy(&word, s.data() + i, 8);
    if (word & 0x8080808080808080u) break;
  }
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    auto pos = static_cast<std::int32_t>(i);
    UChar32 c;
    U8_NEXT(s.data(), pos, static_cast<std::int32_t>(s.size()), c);
    if (c < 0) return false;
    i = static_cast<std::size_t>(pos);
  }
  return true;
}

// A JSON scalar as the SAX events deliver it.
struct Scalar {
  enum Kind { kNull, kBool, kInt, kDouble, kString } kind = kNull;
  bool boolean = false;
  std::int64_t integer = 0;
  double number = 0;
  std::string_view text = {};

  bool is_number() const { return kind == kInt || kind == kDouble; }
  double as_double() const { return kind == kInt ? static_cast<double>(integer) : number; }
};

const char* kind_name(Scalar::Kind kind) {
  switch (kind) {
    case Scalar::kNull: return "null";
    case Scalar::kBool: return "a boolean";
    case Scalar::kInt:
    case Scalar::kDouble: return "a number";
    case Scalar::kString: return "a string";
  }
  return "a value";
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// Where a byte offset is, as "line L, column C", from the bytes before it.
// Counted only once an error is found, so reading pays nothing per byte.
class LineCounter {
 public:
  void add(const char* bytes, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
      if (bytes[i] == '\n') ++line_, line_start_ = seen_ + i + 1;
    seen_ += n;
  }
  std::string position() const {
    return "line " + std::to_string(line_) + ", column " + std::to_string(seen_ - line_start_ + 1);
  }

 private:
  std::size_t line_ = 1, line_start_ = 0, seen_ = 0;
};

// The keys kgraph/1 defines, named once per key as it is read, so that the
// handler's many tests of a key compare small integers, not strings, and
// keeps no copy of a key it knows. kNone: no key yet; kOther: any other key.
enum class Field : std::uint8_t {
  kNone, kOther, kFormat, kDocuments, kNodes, kEdges, kId, kPath, kTitle, kSha256, kChars, kDate, kType, kName, kAliases, kAttrs, kMentions, kSource, kTarget, kConfidence, kEvidence, kDoc, kStart, kEnd, kText
};

// A key of up to 8 bytes as one integer, its bytes in order from the lowest:
// comparing two keys is comparing two integers.
constexpr std::uint64_t packed_key(std::string_view key) {
  std::uint64_t packed = 0;
  for (std::size_t i = 0; i < key.size() && i < 8; ++i)
    packed |= static_cast<std::uint64_t>(static_cast<unsigned char>(key[i])) << (8 * i);
  return packed;
}

struct KnownField {
  constexpr KnownField(std::string_view n, Field f) : name(n), packed(packed_key(n)), field(f) {}
  std::string_view name;
  std::uint64_t packed;  // of the first 8 bytes: "documents" and "document" share it
  Field field;
};
// Those of edges and their evidence first: most keys of a big file are theirs.
constexpr KnownField kFields[] = {
    {"id", Field::kId},
    {"type", Field::kType},
    {"source", Field::kSource},
    {"target", Field::kTarget},
    {"confidence", Field::kConfidence},
    {"evidence", Field::kEvidence},
    {"doc", Field::kDoc},
    {"start", Field::kStart},
    {"end", Field::kEnd},
    {"text", Field::kText},
    {"name", Field::kName},
    {"aliases", Field::kAliases},
    {"attrs", Field::kAttrs},
    {"mentions", Field::kMentions},
    {"format", Field::kFormat},
    {"documents", Field::kDocuments},
    {"nodes", Field::kNodes},
    {"edges", Field::kEdges},
    {"path", Field::kPath},
    {"title", Field::kTitle},
    {"sha256", Field::kSha256},
    {"chars", Field::kChars},
    {"date", Field::kDate},
};

Field field_of(std::string_view key) {
  const std::uint64_t packed = packed_key(key);
  // Keys of 8 bytes or fewer are equal when their packed forms and lengths are.
  for (const KnownField& known : kFields)
    if (known.packed == packed && known.name.size() == key.size() && (key.size() <= 8 || known.name == key))
      return known.field;
  return Field::kOther;
}

// The key a known field is read from; "" for kNone and kOther.
std::string_view field_name(Field field) {
  for (const KnownField& known : kFields)
    if (known.field == field) return known.name;
  return {};
}

enum class FrameKind {
  kTop, kDocuments, kDocument, kNodes, kNode, kAliases, kAttrs,
  kMentions, kMention, kEdges, kEdge, kEvidences, kEvidence
};

struct Frame {
  FrameKind kind = FrameKind::kTop;
  Field array = Field::kNone;   // arrays: the field they are (kNodes)
  std::size_t count = 0;        // arrays: elements opened so far
  Field field = Field::kNone;   // objects: the key whose value comes next
  std::string key = {};         // its text, when field is kOther
  unsigned seen = 0;            // objects: required fields seen, as bits

  std::string_view key_text() const { return field == Field::kOther ? std::string_view(key) : field_name(field); }
};

// The open frames, innermost last. A frame popped keeps its key's buffer for
// the next one pushed at its depth: each edge opens and closes two frames.
class FrameStack {
 public:
  void push(FrameKind kind, Field array = Field::kNone) {
    if (size_ == frames_.size()) frames_.emplace_back();
    Frame& frame = frames_[size_++];
    frame.kind = kind;
    frame.array = array;
    frame.count = 0;
    frame.field = Field::kNone;
    frame.key.clear();
    frame.seen = 0;
  }
  void pop() { --size_; }
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  Frame& back() { return frames_[size_ - 1]; }
  const Frame& back() const { return frames_[size_ - 1]; }
  const Frame& operator[](std::size_t i) const { return frames_[i]; }

 private:
  std::vector<Frame> frames_;
  std::size_t size_ = 0;
};

// Required fields of each object, as bits of Frame::seen.
enum Required : unsigned { kId = 1, kPath = 2, kType = 4, kName = 8, kAliasesSeen = 16, kSource = 32,
                  kTarget = 64, kFormatSeen = 128, kDocumentsSeen = 256, kNodesSeen = 512,
                  kEdgesSeen = 1024 };

class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler> {
 public:
  // fast_pass: the reader recurses and does not check strings' encoding, so
  // the handler checks both, and stops at a bad string or at nesting deeper
  // than kFastPassDepth without an error of its own, for parse() to read
  // again carefully. every_so_often is called after each 65,536 nodes and
  // edges read. input_bytes: the size of the input, which bounds its edges.
  Handler(std::string_view display_name, bool fast_pass, std::size_t input_bytes,
          std::function<void()> every_so_often)
      : file_(display_name), fast_pass_(fast_pass), input_bytes_(input_bytes),
        every_so_often_(std::move(every_so_often)) {}

  bool Null() { return scalar(Scalar{}); }
  bool Bool(bool b) { return scalar(Scalar{.kind = Scalar::kBool, .boolean = b}); }
  // Numbers come as their text (kParseNumbersAsStringsFlag): RapidJSON has
  // checked the syntax, std::from_chars converts exactly and whatever the
  // locale. RapidJSON 1.1's own full-precision conversion misreads a zero
  // with a large negative exponent ("0e-308" came back as 5.8e-129).
  bool RawNumber(const char* s, rapidjson::SizeType n, bool);
  bool String(const char* s, rapidjson::SizeType n, bool) {
    if (!checked(s, n)) return false;
    return scalar(Scalar{.kind = Scalar::kString, .text = std::string_view(s, n)});
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    if (capture_) return checked(s, n) && capture_->Key(s, n);
    Frame& frame = frames_.back();
    frame.field = field_of(std::string_view(s, n));
    if (frame.field != Field::kOther) return true;  // a known key is ASCII
    frame.key.assign(s, n);
    return checked(s, n);
  }
  bool StartObject() { return open(true); }
  bool StartArray() { return open(false); }
  bool EndObject(rapidjson::SizeType) { return close(true); }
  bool EndArray(rapidjson::SizeType) { return close(false); }

  // After a successful parse: resolves waiting edges, returns the graph.
  Graph finish();
  const std::string& error() const { return error_; }

 private:
  bool scalar(const Scalar& value);
  bool open(bool is_object);
  bool close(bool is_object);
  bool keep_unknown(const Scalar& value, Frame& frame);
  bool open_field(bool is_object);
  bool open_element(bool is_object);
  bool start_capture(bool is_object, RawJson* destination);
  bool capture_scalar(const Scalar& value);
  bool close_object(Frame& frame);
  bool set_top(Field key, const Scalar& value, Frame& frame);
  bool set_document(Field key, const Scalar& value, Frame& frame);
  bool set_node(Field key, const Scalar& value, Frame& frame);
  bool set_edge(Field key, const Scalar& value, Frame& frame);
  bool set_span(Field key, const Scalar& value, std::string& doc,
                std::int64_t& start, std::int64_t& end, std::string* text);
  bool add_alias(const Scalar& value);
  RawJson* unknown_slot(Frame& frame);

  bool fail(const std::string& message) {
    error_ = std::string(file_) + ": " + message;
    return false;
  }
  bool expected(const std::string& what, const char* got, bool with_key = true) {
    return fail(where(with_key) + ": expected " + what + ", got " + got);
  }
  std::string where(bool with_key) const;
  bool checked(const char* s, rapidjson::SizeType n) {
    return !fast_pass_ || valid_utf8(std::string_view(s, n));
  }

  std::string_view file_;
  bool fast_pass_;
  int depth_ = 0;  // of open objects and arrays
  std::size_t input_bytes_;
  std::function<void()> every_so_often_;
  std::size_t elements_read_ = 0;
  std::string error_;
  FrameStack frames_;
  Graph graph_;
  std::unordered_set<std::string> document_ids_;
  Document document_;
  Node node_;
  Edge edge_;
  std::string edge_source_, edge_target_;
  Span span_;
  // Evidence read into edge_.evidence[0 .. evidences_read_), whose strings
  // are reused from edge to edge rather than allocated for each.
  std::size_t evidences_read_ = 0;
  Evidence& evidence() { return edge_.evidence[evidences_read_]; }

  // Capture of a value kgraph does not interpret.
  rapidjson::StringBuffer capture_buffer_;
  std::unique_ptr<rapidjson::Writer<rapidjson::StringBuffer>> capture_;
  int capture_depth_ = 0;
  RawJson* capture_destination_ = nullptr;
  RawJson dropped_;  // where values that are not kept go
};

std::string Handler::where(bool with_key) const {
  std::string path;
  for (std::size_t i = 0; i < frames_.size(); ++i) {
    const Frame& frame = frames_[i];
    const std::string separator = path.empty() ? "" : ".";
    if (frame.array != Field::kNone)
      path += separator + std::string(field_name(frame.array)) + "[" + std::to_string(frame.count - 1) + "]";
    // An object inside an object (a node's attrs): the key that opened it.
    else if (i + 1 < frames_.size() && frames_[i + 1].array == Field::kNone && !frame.key_text().empty())
      path += separator + std::string(frame.key_text());
  }
  const Frame* last = frames_.empty() ? nullptr : &frames_.back();
  if (with_key && last && !last->key_text().empty() && last->array == Field::kNone)
    path += (path.empty() ? "" : ".") + std::string(last->key_text());
  return path.empty() ? "top level" : path;
}

bool Handler::RawNumber(const char* s, rapidjson::SizeType n, bool) {
  const std::string_view text(s, n);
  // An integer is all digits: one with a fraction or an exponent stops short.
  std::int64_t i = 0;
  if (auto [end, ec] = std::from_chars(s, s + n, i); ec == std::errc() && end == s + n)
    return scalar(Scalar{.kind = Scalar::kInt, .integer = i});
  double d = 0;
  auto [end, ec] = std::from_chars(s, s + n, d);
  if (ec == std::errc::result_out_of_range) {
    // RapidJSON refuses most huge numbers itself; what is left out of range
    // below is too small for a double, and reads as zero.
    const std::size_t exponent = text.find_first_of("eE");
    bool tiny = exponent != std::string_view::npos && exponent + 1 < n && text[exponent + 1] == '-';
    if (!tiny) return fail(where(true) + ": number too big to be stored in double");
    d = text[0] == '-' ? -0.0 : 0.0;
  } else if (ec != std::errc() || end != s + n) {
    return fail(where(true) + ": not a number: " + std::string(text));
  }
  return scalar(Scalar{.kind = Scalar::kDouble, .number = d});
}

bool Handler::scalar(const Scalar& value) {
  if (capture_) return capture_scalar(value);
  if (frames_.empty()) return fail("the top level must be a JSON object, not " + std::string(kind_name(value.kind)));
  Frame& frame = frames_.back();
  switch (frame.kind) {
    case FrameKind::kTop: return set_top(frame.field, value, frame);
    case FrameKind::kDocument: return set_document(frame.field, value, frame);
    case FrameKind::kNode: return set_node(frame.field, value, frame);
    case FrameKind::kEdge: return set_edge(frame.field, value, frame);
    case FrameKind::kMention:
      return set_span(frame.field, value, span_.doc, span_.start, span_.end, nullptr);
    case FrameKind::kEvidence:
      return set_span(frame.field, value, evidence().doc, evidence().start, evidence().end, &evidence().text);
    case FrameKind::kAliases: ++frame.count; return add_alias(value);
    case FrameKind::kAttrs: {
      AttrValue attr;
      if (value.kind == Scalar::kString) attr = std::string(value.text);
      else if (value.kind == Scalar::kInt) attr = value.integer;
      else if (value.kind == Scalar::kDouble) attr = value.number;
      else if (value.kind == Scalar::kBool) attr = value.boolean;
      else attr = RawJson{"null"};
      node_.attrs.insert_or_assign(std::string(frame.key_text()), std::move(attr));
      return true;
    }
    default:
      ++frame.count;
      return expected("an object", kind_name(value.kind), false);
  }
}

// The compact JSON text of a scalar, for fields kept as RawJson.
RawJson scalar_json(const Scalar& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  switch (value.kind) {
    case Scalar::kNull: writer.Null(); break;
    case Scalar::kBool: writer.Bool(value.boolean); break;
    case Scalar::kInt: writer.Int64(value.integer); break;
    case Scalar::kDouble: writer.Double(value.number); break;
    case Scalar::kString:
      writer.String(value.text.data(), static_cast<rapidjson::SizeType>(value.text.size()));
      break;
  }
  return RawJson{buffer.GetString()};
}

// Where an unknown field of the innermost object goes; null drops it
// (unknown fields inside mentions and evidence are not kept).
RawJson* Handler::unknown_slot(Frame& frame) {
  UnknownFields* fields = nullptr;
  switch (frame.kind) {
    case FrameKind::kTop: fields = &graph_.unknown; break;
    case FrameKind::kDocument: fields = &document_.unknown; break;
    case FrameKind::kNode: fields = &node_.unknown; break;
    case FrameKind::kEdge: fields = &edge_.unknown; break;
    case FrameKind::kAttrs: {
      AttrValue& attr = node_.attrs.insert_or_assign(std::string(frame.key_text()), RawJson{}).first->second;
      return &std::get<RawJson>(attr);
    }
    default: return nullptr;
  }
  fields->emplace_back(frame.key_text(), RawJson{});
  return &fields->back().second;
}

bool Handler::keep_unknown(const Scalar& value, Frame& frame) {
  if (RawJson* slot = unknown_slot(frame)) *slot = scalar_json(value);
  return true;
}

bool Handler::set_top(Field key, const Scalar& value, Frame& frame) {
  if (key == Field::kFormat) {
    frame.seen |= kFormatSeen;
    if (value.kind != Scalar::kString) return expected("a string", kind_name(value.kind));
    if (value.text != kFormat) return fail("format: expected \"kgraph/1\", got " + quoted(value.text));
    return true;
  }
  if (key == Field::kDocuments || key == Field::kNodes || key == Field::kEdges)
    return expected("an array", kind_name(value.kind));
  return keep_unknown(value, frame);
}

bool Handler::set_document(Field key, const Scalar& value, Frame& frame) {
  bool is_string = value.kind == Scalar::kString;
  std::string* field = key == Field::kId ? &document_.id : key == Field::kPath ? &document_.path
                     : key == Field::kTitle ? &document_.title : key == Field::kSha256 ? &document_.sha256
                     : key == Field::kDate ? &document_.date : nullptr;
  if (field) {
    if (!is_string) return expected("a string", kind_name(value.kind));
    *field = value.text;
    frame.seen |= key == Field::kId ? kId : key == Field::kPath ? kPath : 0u;
    return true;
  }
  if (key == Field::kChars) {
    if (value.kind != Scalar::kInt || value.integer < 0)
      return expected("a whole number >= 0", kind_name(value.kind));
    document_.chars = value.integer;
    return true;
  }
  return keep_unknown(value, frame);
}

bool Handler::set_node(Field key, const Scalar& value, Frame& frame) {
  if (key == Field::kId || key == Field::kName) {
    if (value.kind != Scalar::kString) return expected("a string", kind_name(value.kind));
    if (value.text.empty()) return fail(where(true) + ": must not be empty");
    (key == Field::kId ? node_.id : node_.name) = value.text;
    frame.seen |= key == Field::kId ? kId : kName;
    return true;
  }
  if (key == Field::kType) {
    if (value.kind != Scalar::kString) return expected("a string", kind_name(value.kind));
    std::optional<NodeType> type = parse_node_type(value.text);
    if (!type)
      return fail(where(true) + ": unknown node type " + quoted(value.text) +
                  " (expected leader, person, firm, organization, country, deal or place)");
    node_.type = *type;
    frame.seen |= kType;
    return true;
  }
  if (key == Field::kAliases) return expected("an array", kind_name(value.kind));
  if (key == Field::kAttrs) return expected("an object", kind_name(value.kind));
  if (key == Field::kMentions) return expected("an array", kind_name(value.kind));
  return keep_unknown(value, frame);
}

bool Handler::set_edge(Field key, const Scalar& value, Frame& frame) {
  if (key == Field::kId || key == Field::kType || key == Field::kSource || key == Field::kTarget) {
    if (value.kind != Scalar::kString) return expected("a string", kind_name(value.kind));
    if (value.text.empty() && key != Field::kId) return fail(where(true) + ": must not be empty");
    std::string& field = key == Field::kId ? edge_.id : key == Field::kType ? edge_.type
                       : key == Field::kSource ? edge_source_ : edge_target_;
    field = value.text;
    frame.seen |= key == Field::kType ? kType : key == Field::kSource ? kSource : key == Field::kTarget ? kTarget : 0u;
    return true;
  }
  if (key == Field::kConfidence) {
    if (!value.is_number()) return expected("a number", kind_name(value.kind));
    double c = value.as_double();
    if (!(c >= 0 && c <= 1)) return fail(where(true) + ": must be between 0 and 1");
    edge_.confidence = c;
    return true;
  }
  if (key == Field::kEvidence) return expected("an array", kind_name(value.kind));
  return keep_unknown(value, frame);
}

bool Handler::set_span(Field key, const Scalar& value, std::string& doc,
                       std::int64_t& start, std::int64_t& end, std::string* text) {
  if (key == Field::kDoc || (key == Field::kText && text)) {
    if (value.kind != Scalar::kString) return expected("a string", kind_name(value.kind));
    (key == Field::kDoc ? doc : *text) = value.text;
    return true;
  }
  if (key == Field::kStart || key == Field::kEnd) {
    if (value.kind != Scalar::kInt || value.integer < 0)
      return expected("a whole number >= 0", value.kind == Scalar::kInt ? "a negative number"
                                                                         : kind_name(value.kind));
    (key == Field::kStart ? start : end) = value.integer;
  }
  return true;
}

bool Handler::add_alias(const Scalar& value) {
  if (value.kind != Scalar::kString)
    return fail(where(false) + ": expected a string, got " + kind_name(value.kind));
  node_.aliases.emplace_back(value.text);
  return true;
}

bool Handler::open(bool is_object) {
  if (++depth_ > kFastPassDepth && fast_pass_) return false;
  if (capture_) {
    ++capture_depth_;
    return is_object ? capture_->StartObject() : capture_->StartArray();
  }
  if (frames_.empty()) {
    if (!is_object) return fail("the top level must be a JSON object, not an array");
    frames_.push(FrameKind::kTop);
    return true;
  }
  Frame& frame = frames_.back();
  switch (frame.kind) {
    case FrameKind::kTop: case FrameKind::kDocument: case FrameKind::kNode:
    case FrameKind::kEdge: case FrameKind::kAttrs: case FrameKind::kMention:
    case FrameKind::kEvidence:
      return open_field(is_object);
    default:
      return open_element(is_object);
  }
}

// A container as the value of a key in an object frame.
bool Handler::open_field(bool is_object) {
  Frame& frame = frames_.back();
  const Field key = frame.field;
  const char* got = is_object ? "an object" : "an array";
  auto push_array = [&](FrameKind kind, unsigned bit) {
    if (is_object) return expected("an array", got);
    frame.seen |= bit;
    frames_.push(kind, key);
    return true;
  };
  switch (frame.kind) {
    case FrameKind::kTop:
      if (key == Field::kDocuments) return push_array(FrameKind::kDocuments, kDocumentsSeen);
      if (key == Field::kNodes) return push_array(FrameKind::kNodes, kNodesSeen);
      if (key == Field::kEdges) {
        graph_.reserve_edges(input_bytes_ / kSmallestEdgeBytes);
        return push_array(FrameKind::kEdges, kEdgesSeen);
      }
      if (key == Field::kFormat) return expected("a string", got);
      break;
    case FrameKind::kNode:
      if (key == Field::kAliases) return push_array(FrameKind::kAliases, kAliasesSeen);
      if (key == Field::kMentions) return push_array(FrameKind::kMentions, 0);
      if (key == Field::kAttrs) {
        if (!is_object) return expected("an object", got);
        frames_.push(FrameKind::kAttrs);
        return true;
      }
      if (key == Field::kId || key == Field::kType || key == Field::kName) return expected("a string", got);
      break;
    case FrameKind::kEdge:
      if (key == Field::kEvidence) return push_array(FrameKind::kEvidences, 0);
      if (key == Field::kId || key == Field::kType || key == Field::kSource || key == Field::kTarget)
        return expected("a string", got);
      if (key == Field::kConfidence) return expected("a number", got);
      break;
    case FrameKind::kDocument:
      if (key == Field::kId || key == Field::kPath) return expected("a string", got);
      break;
    case FrameKind::kMention: case FrameKind::kEvidence:
      if (key == Field::kDoc || key == Field::kText) return expected("a string", got);
      if (key == Field::kStart || key == Field::kEnd) return expected("a whole number >= 0", got);
      break;
    default:
      break;
  }
  return start_capture(is_object, unknown_slot(frame));
}

// A container as an element of an array frame.
bool Handler::open_element(bool is_object) {
  Frame& frame = frames_.back();
  ++frame.count;
  const char* got = is_object ? "an object" : "an array";
  if (frame.kind == FrameKind::kAliases) return expected("a string", got, false);
  if (!is_object) return expected("an object", got, false);
  switch (frame.kind) {
    case FrameKind::kDocuments: document_ = Document{}; frames_.push(FrameKind::kDocument); break;
    case FrameKind::kNodes: node_ = Node{}; frames_.push(FrameKind::kNode); break;
    case FrameKind::kEdges:
      edge_.id.clear();
      edge_.type.clear();
      edge_.confidence.reset();
      edge_.unknown.clear();
      evidences_read_ = 0;
      edge_source_.clear();
      edge_target_.clear();
      frames_.push(FrameKind::kEdge);
      break;
    case FrameKind::kMentions: span_ = Span{}; frames_.push(FrameKind::kMention); break;
    case FrameKind::kEvidences:
      if (evidences_read_ == edge_.evidence.size()) edge_.evidence.emplace_back();
      evidence().doc.clear();
      evidence().text.clear();
      evidence().start = evidence().end = 0;
      frames_.push(FrameKind::kEvidence);
      break;
    default: break;
  }
  return true;
}

bool Handler::start_capture(bool is_object, RawJson* destination) {
  capture_buffer_.Clear();
  capture_ = std::make_unique<rapidjson::Writer<rapidjson::StringBuffer>>(capture_buffer_);
  capture_depth_ = 1;
  capture_destination_ = destination ? destination : &dropped_;
  return is_object ? capture_->StartObject() : capture_->StartArray();
}

bool Handler::capture_scalar(const Scalar& value) {
  switch (value.kind) {
    case Scalar::kNull: return capture_->Null();
    case Scalar::kBool: return capture_->Bool(value.boolean);
    case Scalar::kInt: return capture_->Int64(value.integer);
    case Scalar::kDouble: return capture_->Double(value.number);
    case Scalar::kString:
      return capture_->String(value.text.data(), static_cast<rapidjson::SizeType>(value.text.size()));
  }
  return true;
}


bool Handler::close(bool is_object) {
  --depth_;
  if (capture_) {
    if (!(is_object ? capture_->EndObject() : capture_->EndArray())) return false;
    if (--capture_depth_ > 0) return true;
    capture_destination_->text.assign(capture_buffer_.GetString(), capture_buffer_.GetSize());
    capture_.reset();
    return true;
  }
  bool ok = close_object(frames_.back());
  if (frames_.size() > 1) frames_.pop();  // the top frame stays for finish()
  return ok;
}

// Checks an object that just closed and files it where it belongs.
bool Handler::close_object(Frame& frame) {
  auto require = [&](unsigned bit, const char* field) {
    if (frame.seen & bit) return true;
    return fail(where(false) + ": missing required field \"" + field + "\"");
  };
  switch (frame.kind) {
    case FrameKind::kTop:
      return require(kFormatSeen, "format") && require(kDocumentsSeen, "documents") &&
             require(kNodesSeen, "nodes") && require(kEdgesSeen, "edges");
    case FrameKind::kDocument:
      if (!require(kId, "id") || !require(kPath, "path")) return false;
      if (document_.id.empty()) return fail(where(false) + ".id: must not be empty");
      if (!document_ids_.insert(document_.id).second)
        return fail(where(false) + ".id: duplicate document id " + quoted(document_.id));
      graph_.documents.push_back(std::move(document_));
      return true;
    case FrameKind::kNode:
      if (!require(kId, "id") || !require(kType, "type") || !require(kName, "name") ||
          !require(kAliasesSeen, "aliases"))
        return false;
      if (!graph_.add_node_if_new(std::move(node_)))
        return fail(where(false) + ".id: duplicate node id " + quoted(node_.id));
      if (++elements_read_ % 65536 == 0) every_so_often_();
      return true;
    case FrameKind::kEdge:
      if (!require(kType, "type") || !require(kSource, "source") || !require(kTarget, "target"))
        return false;
      edge_.evidence.resize(evidences_read_);
      graph_.stage_edge(edge_source_, edge_target_, edge_);
      if (++elements_read_ % 65536 == 0) every_so_often_();
      return true;
    case FrameKind::kMention:
    case FrameKind::kEvidence: {
      std::int64_t start = frame.kind == FrameKind::kMention ? span_.start : evidence().start;
      std::int64_t end = frame.kind == FrameKind::kMention ? span_.end : evidence().end;
      if (end < start) return fail(where(false) + ": end " + std::to_string(end) +
                                   " is before start " + std::to_string(start));
      if (frame.kind == FrameKind::kMention) node_.mentions.push_back(std::move(span_));
      else ++evidences_read_;
      return true;
    }
    default:
      return true;
  }
}

Graph Handler::finish() {
  if (std::optional<Graph::MissingEnd> missing = graph_.add_staged_edges())
    throw Error(std::string(file_) + ": edges[" + std::to_string(missing->edge) + "]." +
                (missing->is_target ? "target" : "source") + ": no node " + quoted(missing->id));
  return std::move(graph_);
}

std::string parse_message(rapidjson::ParseErrorCode code) {
  std::string message = rapidjson::GetParseError_En(code);
  if (!message.empty()) message[0] = static_cast<char>(std::tolower(message[0]));
  if (!message.empty() && message.back() == '.') message.pop_back();
  return message;
}

// The fast pass reads recursively (the iterative reader took a twentieth
// longer) and leaves the strings' UTF-8 check to the handler. When it
// fails for any reason but a handler's error, the input is read again
// iteratively, so that no nesting overflows the stack, and with RapidJSON's
// own check of every byte, whose error (a bad byte's offset, or whichever
// error comes first) is the one to report. open() gives a stream
// on the input from its start; release(stream) is called now and then, to
// give back what the stream has read; position(offset) names the place of an
// error.
template <class OpenStream, class Release, class Position>
Graph parse(OpenStream open, Release release, std::string_view display_name, std::size_t input_bytes,
            Position position) {
  constexpr unsigned kCareful = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
  for (bool fast : {true, false}) {
    auto stream = open();
    Handler handler(display_name, fast, input_bytes, [&] { release(stream); });
    rapidjson::Reader reader;
    rapidjson::ParseResult result = fast ? reader.Parse<rapidjson::kParseNumbersAsStringsFlag>(stream, handler)
                                         : reader.Parse<rapidjson::kParseNumbersAsStringsFlag | kCareful>(stream, handler);
    if (result) return handler.finish();
    if (result.Code() == rapidjson::kParseErrorTermination && !handler.error().empty())
      throw Error(handler.error());
    if (!fast)
      throw Error(std::string(display_name) + ": " + position(result.Offset()) + ": " + parse_message(result.Code()));
  }
  throw Error(std::string(display_name) + ": unreadable");  // not reached: the second pass returns or throws
}

// ---------------------------------------------------------------- writing

template <class Writer>
void write_string(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <class Writer>
void write_unknown(Writer& w, const UnknownFields& fields) {
  for (const auto& [key, raw] : fields) {
    write_string(w, key);
    w.RawValue(raw.text.data(), raw.text.size(), rapidjson::kObjectType);
  }
}

template <class Writer>
void write_attr(Writer& w, const AttrValue& value) {
  if (auto* s = std::get_if<std::string>(&value)) write_string(w, *s);
  else if (auto* i = std::get_if<std::int64_t>(&value)) w.Int64(*i);
  else if (auto* d = std::get_if<double>(&value)) std::isfinite(*d) ? w.Double(*d) : w.Null();
  else if (auto* b = std::get_if<bool>(&value)) w.Bool(*b);
  else w.RawValue(std::get<RawJson>(value).text.data(), std::get<RawJson>(value).text.size(),
                  rapidjson::kObjectType);
}

template <class Writer>
void write_span(Writer& w, const std::string& doc, std::int64_t start, std::int64_t end,
                const std::string* text) {
  w.StartObject();
  w.Key("doc"); write_string(w, doc);
  w.Key("start"); w.Int64(start);
  w.Key("end"); w.Int64(end);
  if (text) { w.Key("text"); write_string(w, *text); }
  w.EndObject();
}

template <class Writer>
void write_document(Writer& w, const Document& d) {
  w.StartObject();
  w.Key("id"); write_string(w, d.id);
  w.Key("path"); write_string(w, d.path);
  if (!d.title.empty()) { w.Key("title"); write_string(w, d.title); }
  if (!d.sha256.empty()) { w.Key("sha256"); write_string(w, d.sha256); }
  if (d.chars >= 0) { w.Key("chars"); w.Int64(d.chars); }
  if (!d.date.empty()) { w.Key("date"); write_string(w, d.date); }
  write_unknown(w, d.unknown);
  w.EndObject();
}

template <class Writer>
void write_node(Writer& w, const Node& n) {
  w.StartObject();
  w.Key("id"); write_string(w, n.id);
  w.Key("type"); write_string(w, node_type_name(n.type));
  w.Key("name"); write_string(w, n.name);
  w.Key("aliases");
  w.StartArray();
  for (const std::string& alias : n.aliases) write_string(w, alias);
  w.EndArray();
  if (!n.attrs.empty()) {
    w.Key("attrs");
    w.StartObject();
    for (const auto& [key, value] : n.attrs) { write_string(w, key); write_attr(w, value); }
    w.EndObject();
  }
  if (!n.mentions.empty()) {
    w.Key("mentions");
    w.StartArray();
    for (const Span& m : n.mentions) write_span(w, m.doc, m.start, m.end, nullptr);
    w.EndArray();
  }
  write_unknown(w, n.unknown);
  w.EndObject();
}

template <class Writer>
void write_edge(Writer& w, const Graph& g, Graph::EdgeRef ref) {
  const Edge e = g.edge_copy(ref);  // not g.edge(): that would keep every edge of the graph built
  w.StartObject();
  if (!e.id.empty()) { w.Key("id"); write_string(w, e.id); }
  w.Key("type"); write_string(w, e.type);
  w.Key("source"); write_string(w, g.node(g.source(ref)).id);
  w.Key("target"); write_string(w, g.node(g.target(ref)).id);
  if (e.confidence) { w.Key("confidence"); w.Double(*e.confidence); }
  if (!e.evidence.empty()) {
    w.Key("evidence");
    w.StartArray();
    for (const Evidence& ev : e.evidence) write_span(w, ev.doc, ev.start, ev.end, &ev.text);
    w.EndArray();
  }
  write_unknown(w, e.unknown);
  w.EndObject();
}

template <class Writer>
void write_all(Writer& w, const Graph& g) {
  w.StartObject();
  w.Key("format"); write_string(w, kFormat);
  w.Key("documents");
  w.StartArray();
  for (const Document& d : g.documents) write_document(w, d);
  w.EndArray();
  w.Key("nodes");
  w.StartArray();
  for (Graph::Vertex v = 0; v < g.node_count(); ++v) write_node(w, g.node(v));
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (Graph::EdgeRef e : g.edges_in_order()) write_edge(w, g, e);
  w.EndArray();
  write_unknown(w, g.unknown);
  w.EndObject();
}

}  // namespace

Graph read_graph(std::string_view json, std::string_view display_name) {
  auto open = [&] { return rapidjson::MemoryStream(json.data(), json.size()); };
  return parse(open, [](const auto&) {}, display_name, json.size(), [&](std::size_t offset) {
    LineCounter lines;
    lines.add(json.data(), std::min(offset, json.size()));
    return lines.position();
  });
}

namespace {

// A regular file is parsed in place, through a memory map; anything else
// (a pipe, an empty file) from memory.
Graph read_mapped(MappedFile& file, const std::string& path) {
  auto open = [&] { return rapidjson::StringStream(file.data()); };
  auto release = [&](const rapidjson::StringStream& stream) { file.release_before(stream.src_); };
  return parse(open, release, path, file.size(), [&](std::size_t offset) {
    LineCounter lines;
    lines.add(file.data(), std::min(offset, file.size()));
    return lines.position();
  });
}

// A pipe cannot be read twice, as a failed first pass needs: it is read
// whole into memory first.
Graph read_whole(std::FILE* file, const std::string& path) {
  std::string text;
  std::vector<char> buffer(1 << 20);
  for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), file)) > 0;) text.append(buffer.data(), n);
  if (std::ferror(file)) throw Error(path + ": cannot read: " + std::strerror(errno));
  return read_graph(text, path);
}

}  // namespace

Graph read_graph_file(const std::string& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) throw Error(path + ": cannot read: " + std::strerror(errno));
  struct stat info {};
  if (fstat(fileno(file.get()), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
    if (auto mapped = MappedFile::open(fileno(file.get()), static_cast<std::size_t>(info.st_size), path))
      return read_mapped(*mapped, path);
  }
  return read_whole(file.get(), path);
}

void write_graph(const Graph& graph, std::FILE* out) {
  std::vector<char> buffer(1 << 16);
  rapidjson::FileWriteStream stream(out, buffer.data(), buffer.size());
  rapidjson::PrettyWriter<rapidjson::FileWriteStream> writer(stream);
  writer.SetIndent(' ', 1);
  write_all(writer, graph);
  stream.Put('\n');
  stream.Flush();
}

std::string write_graph_string(const Graph& graph) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', 1);
  write_all(writer, graph);
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

void write_graph_file(const Graph& graph, const std::string& path) {
  write_file_atomically(path, [&](std::FILE* out) { write_graph(graph, out); });
}

}  // namespace kgraph
