// Cleaning walks the text once: runs of bytes that need nothing are copied
// in one append (names and sentences are mostly such runs), and each other
// byte is decoded as the start of a UTF-8 sequence (export/utf8.h), then
// kept, escaped, dropped or replaced by U+FFFD.
#include "export/xml_text.h"

#include <array>
#include <charconv>
#include <cmath>

#include "export/utf8.h"

namespace kgraph {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::size_t kFlushAt = 1 << 16;

// Bytes copied as they are: printable ASCII, and when not escaping also the
// five markup characters and tab, newline, carriage return.
using ByteTable = std::array<bool, 256>;
constexpr ByteTable plain_bytes(bool escape) {
  ByteTable table{};
  for (int c = 0x20; c < 0x7f; ++c) table[c] = true;
  if (escape) {
    for (unsigned char c : std::string_view("&<>\"'")) table[c] = false;
  } else {
    table['\t'] = table['\n'] = table['\r'] = true;
  }
  table[0x7f] = true;  // DEL is allowed by XML 1.0
  return table;
}
constexpr ByteTable kPlainEscaped = plain_bytes(true);
constexpr ByteTable kPlainCleaned = plain_bytes(false);

// U+FFFE and U+FFFF are not XML characters.
bool is_noncharacter(std::string_view s, std::size_t i) {
  return s[i] == '\xEF' && s[i + 1] == '\xBF' && (s[i + 2] == '\xBE' || s[i + 2] == '\xBF');
}

std::string_view ascii_escape(unsigned char c) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&apos;";
    case '\t': return "&#9;";
    case '\n': return "&#10;";
    case '\r': return "&#13;";
    default: return "";  // another C0 control: removed
  }
}

void append_cleaned(std::string_view text, bool escape, std::string& out) {
  const ByteTable& plain = escape ? kPlainEscaped : kPlainCleaned;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t run = i;
    while (run < text.size() && plain[static_cast<unsigned char>(text[run])]) ++run;
    out.append(text, i, run - i);
    if (run == text.size()) break;
    i = run;
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += ascii_escape(c);
      ++i;
    } else if (std::size_t length = utf8_sequence_length(text, i)) {
      if (length != 3 || !is_noncharacter(text, i)) out.append(text, i, length);
      i += length;
    } else {
      out += kReplacement;
      ++i;
    }
  }
}

}  // namespace

std::string clean_xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_cleaned(text, false, out);
  return out;
}

bool is_clean_xml_text(std::string_view text) {
  for (unsigned char c : text)
    if (!kPlainCleaned[c]) return clean_xml_text(text) == text;
  return true;
}

void append_xml_text(std::string_view text, std::string& out) { append_cleaned(text, true, out); }

std::string round_trip_text(double value) {
  std::array<char, 64> buffer;
  double magnitude = std::fabs(value);
  bool plain = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e17);
  auto result = plain ? std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed)
                      : std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return std::string(buffer.data(), result.ptr);
}

XmlStream::XmlStream(std::FILE* out) : out_(out) { buffer_.reserve(2 * kFlushAt); }

XmlStream::~XmlStream() { flush(); }

XmlStream& XmlStream::raw(std::string_view markup) {
  buffer_ += markup;
  flush_if_full();
  return *this;
}

XmlStream& XmlStream::text(std::string_view text) {
  append_xml_text(text, buffer_);
  flush_if_full();
  return *this;
}

XmlStream& XmlStream::number(double value) { return raw(round_trip_text(value)); }

XmlStream& XmlStream::number(std::int64_t value) { return integer(value); }

XmlStream& XmlStream::number(std::size_t value) { return integer(value); }

template <class Integer>
XmlStream& XmlStream::integer(Integer value) {
  std::array<char, 24> buffer;
  return raw(std::string_view(buffer.data(), std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr));
}

void XmlStream::flush() {
  if (!buffer_.empty()) std::fwrite(buffer_.data(), 1, buffer_.size(), out_);
  buffer_.clear();
}

void XmlStream::flush_if_full() {
  if (buffer_.size() >= kFlushAt) flush();
}

}  // namespace kgraph
