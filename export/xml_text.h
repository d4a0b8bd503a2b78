// Text as XML 1.0 can carry it, for the GraphML and GEXF writers: one
// cleaning and escaping function, and a buffered stream that writes markup and
// text to a FILE* without building the document in memory.
//
// Guarantees of the text written: valid UTF-8 (every byte that does not
// start a well-formed sequence becomes U+FFFD); characters XML 1.0 forbids
// (C0 controls other than tab, newline and carriage return; U+FFFE, U+FFFF)
// are removed; & < > " ' are escaped, and tab, newline and carriage return
// are written as character references, so a reader gets them back even in an
// attribute value (where XML turns a literal one into a space). The same text
// is therefore safe in element content and in a quoted attribute.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace kgraph {

// `text` cleaned as above but not escaped: what an XML reader gets back.
std::string clean_xml_text(std::string_view text);

// True when cleaning leaves `text` as it is.
bool is_clean_xml_text(std::string_view text);

// Appends `text`, cleaned and escaped, to `out`.
void append_xml_text(std::string_view text, std::string& out);

// The shortest decimal text that reads back as exactly `value`, in plain
// notation between 1e-6 and 1e17 ("0.1", "4200000000", "0.3333333333333333"),
// with an exponent outside ("1e+20"). `value` must be finite (JSON has no
// other numbers).
std::string round_trip_text(double value);

// Buffers output and hands it to the FILE* in large blocks; write errors are
// left on the stream for its owner (write_file_atomically) to detect.
class XmlStream {
 public:
  explicit XmlStream(std::FILE* out);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  // Markup, written as it is.
  XmlStream& raw(std::string_view markup);
  // Text, cleaned and escaped.
  XmlStream& text(std::string_view text);
  XmlStream& number(double value);
  XmlStream& number(std::int64_t value);
  XmlStream& number(std::size_t value);
  void flush();

 private:
  void flush_if_full();
  template <class Integer>
  XmlStream& integer(Integer value);

  std::FILE* out_;
  std::string buffer_;
};

}  // namespace kgraph
