// Listing uses std::filesystem; reading is whole-file (news articles are
// small; a 10 MB line is still only 10 MB), with POSIX calls for files and
// stdio for standard input and pipes. A NUL byte marks a binary file: UTF-8
// text never holds one, while nearly every binary format does near its start.
#include "src/corpus.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "graph/error.h"

namespace kgraph {
namespace fs = std::filesystem;

namespace {

bool is_text_name(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".md";
}

std::vector<std::string> texts_under(const std::string& folder) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) throw Error(folder + ": cannot read folder: " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) throw Error(folder + ": cannot read folder: " + ec.message());
    if (it->is_regular_file(ec) && is_text_name(it->path())) found.push_back(it->path().string());
  }
  if (found.empty()) throw Error(folder + ": no *.txt or *.md files in this folder");
  return found;
}

// Reads all of `file` (stdin, a pipe or a regular file) into `bytes`.
// Stops once past kMaxDocumentBytes, so a endless pipe cannot fill the memory.
bool read_all(std::FILE* file, std::string& bytes) {
  char buffer[1 << 16];
  std::size_t n = 0;
  while (bytes.size() <= kMaxDocumentBytes && (n = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, n);
  return !std::ferror(file);
}

std::string too_big(const std::string& path, std::uintmax_t size) {
  return path + ": skipped: " + std::to_string(size >> 20) + " MB or more, past the " +
         std::to_string(kMaxDocumentBytes >> 20) + " MB a document may have";
}

// A file is read with one open, one fstat and reads up to its end (two for
// a small file): a build reads thousands of small files, and every system
// call more per file is felt.
std::optional<std::string> read_file(const std::string& path, std::string& error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  std::unique_ptr<int, void (*)(int*)> closer(&fd, [](int* f) { ::close(*f); });
  struct stat about {};
  if (::fstat(fd, &about) != 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  if (S_ISDIR(about.st_mode)) {
    error = "is a folder";
    return std::nullopt;
  }
  auto size = static_cast<std::uintmax_t>(about.st_size);
  if (S_ISREG(about.st_mode) && size > kMaxDocumentBytes) {
    error = too_big(path, size);
    return std::nullopt;
  }
  std::string bytes;
  if (S_ISREG(about.st_mode)) bytes.reserve(size);
  char buffer[1 << 16];
  while (bytes.size() <= kMaxDocumentBytes) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::strerror(errno);
      return std::nullopt;
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  return bytes;
}

}  // namespace

std::vector<std::string> list_input_files(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p == "-") files.push_back(p);
    else if (fs::is_directory(p, ec)) for (std::string& f : texts_under(p)) files.push_back(std::move(f));
    else if (fs::exists(p, ec)) files.push_back(p);
    else throw Error(p + ": no such file or folder");
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

SourceRead read_source(const std::string& path) {
  SourceText text{.path = path};
  if (path == "-") {
    if (!read_all(stdin, text.bytes)) return {.warning = "-: skipped: cannot read standard input"};
  } else {
    std::string error;
    std::optional<std::string> bytes = read_file(path, error);
    if (!bytes && error.rfind(path + ": skipped: ", 0) == 0) return {.warning = error};
    if (!bytes) return {.warning = path + ": skipped: cannot read: " + error};
    text.bytes = std::move(*bytes);
  }
  if (text.bytes.size() > kMaxDocumentBytes) return {.warning = too_big(path, text.bytes.size())};
  bool utf16 = text.bytes.size() >= 2 && ((text.bytes[0] == '\xff' && text.bytes[1] == '\xfe') ||
                                          (text.bytes[0] == '\xfe' && text.bytes[1] == '\xff'));
  if (utf16) return {.warning = path + ": skipped: binary file (UTF-16 text; kgraph reads UTF-8)", .binary = true};
  if (std::size_t nul = text.bytes.find('\0'); nul != std::string::npos)
    return {.warning = path + ": skipped: binary file (NUL byte at " + std::to_string(nul) + ")", .binary = true};
  if (text.bytes.empty()) return {.warning = path + ": skipped: empty file"};
  return {.text = std::move(text)};
}

}  // namespace kgraph
