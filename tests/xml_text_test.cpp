#include "export/xml_text.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

using namespace kgraph;

namespace {

// Bytes outside printable ASCII as \xHH, so a failure shows every byte.
std::string bytes(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    }
  }
  return out;
}

std::string escaped(std::string_view s) {
  std::string out;
  append_xml_text(s, out);
  return out;
}

using namespace std::string_view_literals;

}  // namespace

TEST_CASE("xml text: controls removed, invalid UTF-8 replaced, markup escaped") {
  struct Case {
    std::string_view input, cleaned, escaped;
  };
  const std::vector<Case> cases = {
      {"plain", "plain", "plain"},
      {"a&b<c>\"d'e", "a&b<c>\"d'e", "a&amp;b&lt;c&gt;&quot;d&apos;e"},
      {"tab\tnl\ncr\r", "tab\tnl\ncr\r", "tab&#9;nl&#10;cr&#13;"},
      {"bell\x07 nul\0 esc\x1b us\x1f!"sv, "bell nul esc us!", "bell nul esc us!"},
      {"del\x7f", "del\x7f", "del\x7f"},
      {"Caf\xC3\xA9 \xF0\x9F\x9A\x80 \xD0\x9F", "Caf\xC3\xA9 \xF0\x9F\x9A\x80 \xD0\x9F",
       "Caf\xC3\xA9 \xF0\x9F\x9A\x80 \xD0\x9F"},
      {"next line \xC2\x85 is allowed", "next line \xC2\x85 is allowed", "next line \xC2\x85 is allowed"},
      {"cut \xC3", "cut \xEF\xBF\xBD", "cut \xEF\xBF\xBD"},
      {"x\xE2\x80", "x\xEF\xBF\xBD\xEF\xBF\xBD", "x\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"overlong \xC0\xAF", "overlong \xEF\xBF\xBD\xEF\xBF\xBD", "overlong \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"surrogate \xED\xA0\x80", "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
       "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"too high \xF4\x90\x80\x80", "too high \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
       "too high \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"\xFF<", "\xEF\xBF\xBD<", "\xEF\xBF\xBD&lt;"},
      {"nonchars \xEF\xBF\xBE\xEF\xBF\xBF.", "nonchars .", "nonchars ."},
      {"U+FFFD \xEF\xBF\xBD stays", "U+FFFD \xEF\xBF\xBD stays", "U+FFFD \xEF\xBF\xBD stays"},
      {"", "", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(bytes(c.input));
    CHECK(bytes(clean_xml_text(c.input)) == bytes(c.cleaned));
    CHECK(bytes(escaped(c.input)) == bytes(c.escaped));
    CHECK(is_clean_xml_text(c.input) == (c.input == c.cleaned));
  }
}

TEST_CASE("xml text: numbers read back exactly") {
  const std::vector<std::pair<double, std::string>> cases = {
      {4200000000.0, "4200000000"}, {0.1, "0.1"},         {1.0 / 3.0, "0.3333333333333333"},
      {0.123456789012345, "0.123456789012345"},             {-2.5, "-2.5"},
      {0.0, "0"},                   {1e16, "10000000000000000"}, {1e20, "1e+20"},
      {1.5e-7, "1.5e-07"},          {0.92, "0.92"},
  };
  for (const auto& [value, text] : cases) {
    CAPTURE(text);
    CHECK(round_trip_text(value) == text);
    CHECK(std::stod(text) == value);
  }
}

TEST_CASE("xml stream: large texts pass through whole, in order") {
  std::FILE* file = std::tmpfile();
  REQUIRE(file);
  {
    XmlStream xml(file);
    xml.raw("<a>").text(std::string(100000, 'x') + "&").raw("</a>").number(std::int64_t{-42}).number(std::size_t{7});
  }
  std::rewind(file);
  std::string back;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, file)) back.append(buffer, n);
  std::fclose(file);
  CHECK(back == "<a>" + std::string(100000, 'x') + "&amp;</a>-427");
}
