#include "src/corpus.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "graph/error.h"

using namespace kgraph;
namespace fs = std::filesystem;

namespace {

// A scratch folder removed at the end of the test.
struct ScratchFolder {
  fs::path root = fs::temp_directory_path() / ("kgraph_corpus_test_" + std::to_string(::getpid()));
  ScratchFolder() { fs::create_directories(root); }
  ~ScratchFolder() { fs::remove_all(root); }
  std::string write(const std::string& relative, const std::string& bytes) const {
    fs::path p = root / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string path(const std::string& relative) const { return (root / relative).string(); }
};

std::string error_of(const std::vector<std::string>& paths) {
  try {
    list_input_files(paths);
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

// The listed paths relative to the scratch folder, joined by spaces.
std::string relative(const ScratchFolder& scratch, const std::vector<std::string>& files) {
  std::string out;
  for (const std::string& f : files) out += (out.empty() ? "" : " ") + fs::relative(f, scratch.root).string();
  return out;
}

}  // namespace

TEST_CASE("list_input_files: folders walked for *.txt and *.md, sorted, files as given") {
  ScratchFolder scratch;
  scratch.write("news/b.txt", "b");
  scratch.write("news/a.md", "a");
  scratch.write("news/deep/inner/c.TXT", "c");
  scratch.write("news/skip.html", "<p>");
  scratch.write("news/skip.bin", std::string("\0\1", 2));
  scratch.write("other/z.txt", "z");
  scratch.write("notes.rst", "given by name, so read");
  CHECK(relative(scratch, list_input_files({scratch.path("other"), scratch.path("news"), scratch.path("notes.rst")})) ==
        "news/a.md news/b.txt news/deep/inner/c.TXT notes.rst other/z.txt");
  // The same file twice is listed once.
  CHECK(list_input_files({scratch.path("other/z.txt"), scratch.path("other")}).size() == 1);
  CHECK(list_input_files({"-"}) == std::vector<std::string>{"-"});
}

TEST_CASE("list_input_files: a missing path or a folder without texts is an error naming it") {
  ScratchFolder scratch;
  scratch.write("pictures/photo.jpg", "x");
  fs::create_directories(scratch.path("empty"));
  CHECK(error_of({scratch.path("missing.txt")}) == scratch.path("missing.txt") + ": no such file or folder");
  CHECK(error_of({scratch.path("pictures")}) == scratch.path("pictures") + ": no *.txt or *.md files in this folder");
  CHECK(error_of({scratch.path("empty")}) == scratch.path("empty") + ": no *.txt or *.md files in this folder");
}

TEST_CASE("read_source: text, binary, empty and unreadable files") {
  ScratchFolder scratch;
  std::string text = scratch.write("a.txt", "Caf\xc3\xa9 news.\n");
  std::string binary = scratch.write("b.txt", std::string("PK\3\4abc\0def", 11));
  std::string empty = scratch.write("c.txt", "");
  std::string folder = scratch.path("d.txt");
  fs::create_directories(folder);

  SourceRead ok = read_source(text);
  REQUIRE(ok.text);
  CHECK(ok.text->path == text);
  CHECK(ok.text->bytes == "Caf\xc3\xa9 news.\n");
  CHECK(ok.warning.empty());

  CHECK_FALSE(read_source(binary).text);
  CHECK(read_source(binary).warning == binary + ": skipped: binary file (NUL byte at 7)");
  CHECK(read_source(empty).warning == empty + ": skipped: empty file");
  std::string utf16 = scratch.write("e.txt", std::string("\xff\xfeH\0i\0", 6));
  CHECK(read_source(utf16).warning == utf16 + ": skipped: binary file (UTF-16 text; kgraph reads UTF-8)");
  CHECK(read_source(utf16).binary);
  CHECK(read_source(binary).binary);
  CHECK_FALSE(read_source(empty).binary);
  CHECK_FALSE(ok.binary);
  CHECK(read_source(folder).warning == folder + ": skipped: cannot read: is a folder");
  CHECK(read_source(scratch.path("gone.txt")).warning ==
        scratch.path("gone.txt") + ": skipped: cannot read: No such file or directory");
}

TEST_CASE("read_source: a large file is read whole") {
  ScratchFolder scratch;
  std::string line(3 * 1000 * 1000, 'x');
  std::string path = scratch.write("big.txt", line);
  SourceRead r = read_source(path);
  REQUIRE(r.text);
  CHECK(r.text->bytes.size() == line.size());
}

TEST_CASE("read_source: a file past kMaxDocumentBytes is skipped with a warning, unread") {
  ScratchFolder scratch;
  std::string path = scratch.write("huge.txt", "");
  fs::resize_file(path, kMaxDocumentBytes + 1);  // sparse: costs no disk
  SourceRead r = read_source(path);
  CHECK_FALSE(r.text);
  CHECK(r.warning == path + ": skipped: 16 MB or more, past the 16 MB a document may have");
  fs::resize_file(path, kMaxDocumentBytes);  // at the limit it is read: and found to be all NUL bytes
  CHECK(read_source(path).warning == path + ": skipped: binary file (NUL byte at 0)");
}
