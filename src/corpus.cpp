// Listing uses std::filesystem; reading is whole-file (news articles are
// small; a 10 MB line is still only 10 MB). A NUL byte marks a binary file.
#include "src/corpus.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

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
    text.bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {.warning = path + ": skipped: cannot read: " + std::strerror(errno)};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return {.warning = path + ": skipped: read error"};
    text.bytes = std::move(bytes).str();
  }
  if (std::size_t nul = text.bytes.find('\0'); nul != std::string::npos)
    return {.warning = path + ": skipped: binary file (NUL byte at " + std::to_string(nul) + ")"};
  if (text.bytes.empty()) return {.warning = path + ": skipped: empty file"};
  return {.text = std::move(text)};
}

}  // namespace kgraph
