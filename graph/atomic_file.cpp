// A write in progress registers its temporary path in a fixed table so that a
// signal handler can unlink it without allocating; the table is tiny because
// kgraph writes at most a few files at once.
#include "graph/atomic_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "graph/error.h"

namespace kgraph {
namespace {

constexpr std::size_t kMaxPending = 16;
constexpr std::size_t kMaxPath = 4096;
std::array<std::array<char, kMaxPath>, kMaxPending> pending_paths;
std::array<std::atomic<bool>, kMaxPending> pending_used;

int register_pending(const std::string& temp) {
  if (temp.size() >= kMaxPath) return -1;
  for (std::size_t i = 0; i < kMaxPending; ++i) {
    bool expected = false;
    if (pending_used[i].load() || !pending_used[i].compare_exchange_strong(expected, true)) continue;
    std::memcpy(pending_paths[i].data(), temp.c_str(), temp.size() + 1);
    return static_cast<int>(i);
  }
  return -1;
}

void unregister_pending(int slot) {
  if (slot >= 0) pending_used[slot].store(false);
}

std::string folder_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

[[noreturn]] void fail(const std::string& path, const std::string& what, int err) {
  throw Error(path + ": cannot write: " + what + (err ? std::string(": ") + std::strerror(err) : ""));
}

}  // namespace

void remove_pending_temporary_files() {
  for (std::size_t i = 0; i < kMaxPending; ++i)
    if (pending_used[i].load()) ::unlink(pending_paths[i].data());
}

void write_file_atomically(const std::string& path, const std::function<void(std::FILE*)>& fill) {
  std::string base = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
  std::string temp = folder_of(path) + "/." + base + ".tmp-XXXXXX";
  std::vector<char> name(temp.begin(), temp.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) fail(path, "cannot create a temporary file in " + folder_of(path), errno);
  temp = name.data();
  int slot = register_pending(temp);
  auto abandon = [&](const std::string& what, int err) {
    ::unlink(temp.c_str());
    unregister_pending(slot);
    fail(path, what, err);
  };
  std::FILE* out = ::fdopen(fd, "wb");
  if (!out) {
    ::close(fd);
    abandon("fdopen", errno);
  }
  try {
    fill(out);
  } catch (...) {
    std::fclose(out);
    ::unlink(temp.c_str());
    unregister_pending(slot);
    throw;
  }
  bool write_failed = std::fflush(out) != 0 || std::ferror(out);
  int err = errno;
  if (!write_failed && ::fsync(fileno(out)) != 0) write_failed = true, err = errno;
  if (std::fclose(out) != 0 && !write_failed) write_failed = true, err = errno;
  if (write_failed) abandon("write failed", err);
  // mkstemp creates 0600; give the file the usual permissions.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::chmod(temp.c_str(), 0666 & ~mask);
  if (std::rename(temp.c_str(), path.c_str()) != 0) abandon("rename", errno);
  unregister_pending(slot);
}

}  // namespace kgraph
