// A write opens the destination's folder once and does everything relative to
// that descriptor (openat, renameat, unlinkat), so the temporary file can be
// found again whatever happens to the folder's path.
//
// Before the temporary file is created, its name is registered in a fixed
// table that a signal handler can read without allocating: the handler never
// misses a file that exists. (A signal delivered to another thread in the
// microseconds between the handler's unlink and the process's death could
// leave a file behind; the stale-file sweep of the next write removes it.)
//
// Staleness: the PID in the name says who wrote the file; a file is stale when
// that process no longer exists and no one holds its lock. The lock covers
// writers in another PID namespace sharing the folder, where a PID means
// nothing; the PID covers file systems where flock(2) is a no-op.
#include "graph/atomic_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <random>

#include "graph/error.h"

namespace kgraph {
namespace {

// ---- the table of writes in progress, readable from a signal handler
constexpr std::size_t kMaxPending = 16;
constexpr std::size_t kMaxName = 256;  // NAME_MAX + 1
enum SlotState { kFree, kClaimed, kReady };
struct PendingSlot {
  std::atomic<int> state{kFree};
  int folder = -1;
  std::array<char, kMaxName> name{};
};
std::array<PendingSlot, kMaxPending> pending;

// -1 when the table is full: the write goes on, unprotected from signals.
int register_pending(int folder, const std::string& name) {
  if (name.size() >= kMaxName) return -1;
  for (std::size_t i = 0; i < kMaxPending; ++i) {
    int expected = kFree;
    if (!pending[i].state.compare_exchange_strong(expected, kClaimed)) continue;
    pending[i].folder = folder;
    std::memcpy(pending[i].name.data(), name.c_str(), name.size() + 1);
    pending[i].state.store(kReady);
    return static_cast<int>(i);
  }
  return -1;
}

void unregister_pending(int slot) {
  if (slot >= 0) pending[slot].state.store(kFree);
}

// ---- names
std::string folder_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string base_of(const std::string& path) { return path.substr(path.rfind('/') + 1); }

// ".graph.json.tmp-": the long-name cut keeps the temporary name under NAME_MAX.
std::string temporary_prefix(const std::string& base) { return "." + base.substr(0, 200) + ".tmp-"; }

std::string random_letters() {
  thread_local std::mt19937_64 random{std::random_device{}()};
  const char* alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string s;
  for (int i = 0; i < 8; ++i) s += alphabet[random() % 36];
  return s;
}

// ---- leftovers of killed writers
bool writer_is_gone(int folder, const std::string& name, const std::string& prefix) {
  const char* digits = name.c_str() + prefix.size();
  char* end = nullptr;
  long pid = std::strtol(digits, &end, 10);
  if (end == digits || *end != '-' || pid <= 0 || pid == ::getpid()) return false;
  if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) return false;
  int fd = ::openat(folder, name.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return false;
  bool unlocked = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
  ::close(fd);
  return unlocked;
}

void remove_stale_temporary_files(int folder, const std::string& prefix) {
  int listing = ::dup(folder);
  if (listing < 0) return;
  std::unique_ptr<DIR, int (*)(DIR*)> dir(::fdopendir(listing), &::closedir);
  if (!dir) {
    ::close(listing);
    return;
  }
  ::rewinddir(dir.get());
  while (dirent* entry = ::readdir(dir.get())) {
    std::string name = entry->d_name;
    if (name.compare(0, prefix.size(), prefix) == 0 && writer_is_gone(folder, name, prefix))
      ::unlinkat(folder, name.c_str(), 0);
  }
}

[[noreturn]] void fail(const std::string& path, const std::string& what, int err) {
  throw Error(path + ": cannot write: " + what + (err ? std::string(": ") + std::strerror(err) : ""));
}

struct Temporary {
  int fd = -1;
  std::string name;
  int slot = -1;
};

// Registered before it exists, created exclusively, locked until closed.
Temporary create_temporary(int folder, const std::string& prefix) {
  Temporary t;
  for (int attempt = 0; attempt < 100; ++attempt) {
    t.name = prefix + std::to_string(::getpid()) + "-" + random_letters();
    t.slot = register_pending(folder, t.name);
    t.fd = ::openat(folder, t.name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (t.fd >= 0) {
      ::flock(t.fd, LOCK_EX | LOCK_NB);
      return t;
    }
    int err = errno;
    unregister_pending(t.slot);
    errno = err;
    if (err != EEXIST) break;
  }
  return t;
}

// Flushes, syncs and closes; the errno of the first failure, 0 when all went well.
int finish_writing(std::FILE* out) {
  int err = 0;
  if (std::fflush(out) != 0 || std::ferror(out)) err = errno ? errno : EIO;
  if (!err && ::fsync(fileno(out)) != 0) err = errno;
  if (std::fclose(out) != 0 && !err) err = errno;
  return err;
}

}  // namespace

void remove_pending_temporary_files() {
  for (PendingSlot& slot : pending)
    if (slot.state.load() == kReady) ::unlinkat(slot.folder, slot.name.data(), 0);
}

void write_file_atomically(const std::string& path, const std::function<void(std::FILE*)>& fill) {
  const std::string folder_path = folder_of(path), base = base_of(path), prefix = temporary_prefix(base);
  int folder = ::open(folder_path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (folder < 0) fail(path, "cannot open the folder " + folder_path, errno);
  std::unique_ptr<int, void (*)(int*)> folder_closer(&folder, [](int* fd) { ::close(*fd); });
  remove_stale_temporary_files(folder, prefix);
  Temporary temp = create_temporary(folder, prefix);
  if (temp.fd < 0) fail(path, "cannot create a temporary file in " + folder_path, errno);
  auto discard = [&] {
    ::unlinkat(folder, temp.name.c_str(), 0);
    unregister_pending(temp.slot);
  };
  std::FILE* out = ::fdopen(temp.fd, "wb");
  if (!out) {
    int err = errno;
    ::close(temp.fd);
    discard();
    fail(path, "fdopen", err);
  }
  try {
    fill(out);
  } catch (...) {
    std::fclose(out);
    discard();
    throw;
  }
  errno = 0;
  if (int err = finish_writing(out)) {
    discard();
    fail(path, "write failed", err);
  }
  if (::renameat(folder, temp.name.c_str(), folder, base.c_str()) != 0) {
    int err = errno;
    discard();
    fail(path, "rename", err);
  }
  unregister_pending(temp.slot);
  ::fsync(folder);  // the rename itself survives a power cut; not every file system can, so no error
}

}  // namespace kgraph
