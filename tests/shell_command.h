// Test side: the outside tools the export tests check files with (dot,
// xmllint, Debian's python3) run through the shell, with their stdout,
// stderr and exit status; a temporary folder per test; stderr of our own
// process while a function runs (Graphviz must print nothing unasked).
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

namespace kgraph::test {

inline std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// A folder of its own under the system's temporary folder, removed with it.
struct TempFolder {
  std::filesystem::path dir;
  explicit TempFolder(const std::string& name)
      : dir(std::filesystem::temp_directory_path() / ("kgraph_" + name + "_" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
  }
  ~TempFolder() { std::filesystem::remove_all(dir); }
  std::string path(const std::string& name) const { return (dir / name).string(); }
};

struct ShellRun {
  int status = -1;
  std::string out, err;
};

// Runs `command` through /bin/sh; its stderr goes to a file in `folder`.
inline ShellRun run_shell(const std::string& command, const TempFolder& folder) {
  std::string err = folder.path("stderr.txt");
  ShellRun run;
  std::FILE* pipe = popen((command + " 2>" + err).c_str(), "r");
  std::array<char, 4096> buffer{};
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) run.out.append(buffer.data(), n);
  int status = pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = file_text(err);
  std::filesystem::remove(err);
  return run;
}

// What this process writes to file descriptor 2 while `run` runs.
inline std::string stderr_during(const std::function<void()>& run) {
  std::fflush(stderr);
  std::FILE* capture = std::tmpfile();
  int saved = ::dup(2);
  ::dup2(::fileno(capture), 2);
  auto restore = [&] {
    std::fflush(stderr);
    ::dup2(saved, 2);
    ::close(saved);
  };
  try {
    run();
  } catch (...) {
    restore();
    std::fclose(capture);
    throw;
  }
  restore();
  std::string text;
  std::rewind(capture);
  std::array<char, 4096> buffer{};
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), capture)) text.append(buffer.data(), n);
  std::fclose(capture);
  return text;
}

}  // namespace kgraph::test
