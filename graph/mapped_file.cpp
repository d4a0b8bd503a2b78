#include "graph/mapped_file.h"

#include <sys/mman.h>
#include <unistd.h>

#include <csignal>
#include <cstring>

namespace kgraph {
namespace {

// What the SIGBUS handler prints: set before it is installed.
char bus_message[512];
std::size_t bus_message_size = 0;
struct sigaction previous_bus_action;
int open_mappings = 0;

void on_bus_error(int) {
  ssize_t written = write(STDERR_FILENO, bus_message, bus_message_size);
  (void)written;
  _exit(1);
}

void watch_bus_errors(const std::string& path) {
  if (open_mappings++ > 0) return;
  std::string message = path + ": the file was cut short by another program while it was read\n";
  bus_message_size = std::min(message.size(), sizeof bus_message);
  std::memcpy(bus_message, message.data(), bus_message_size);
  struct sigaction action {};
  action.sa_handler = on_bus_error;
  sigemptyset(&action.sa_mask);
  sigaction(SIGBUS, &action, &previous_bus_action);
}

void unwatch_bus_errors() {
  if (--open_mappings == 0) sigaction(SIGBUS, &previous_bus_action, nullptr);
}

}  // namespace

std::unique_ptr<MappedFile> MappedFile::open(int fd, std::size_t size, const std::string& path) {
  const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  // Bytes past the end of a file, to the end of its last page, read as zero;
  // a file that fills its last page gets one more page, anonymous and zero.
  std::size_t mapped = (size / page + 1) * page;
  void* area = mmap(nullptr, mapped, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (area == MAP_FAILED) return nullptr;
  if (mmap(area, size, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0) == MAP_FAILED) {
    munmap(area, mapped);
    return nullptr;
  }
  madvise(area, size, MADV_SEQUENTIAL);
  watch_bus_errors(path);
  return std::unique_ptr<MappedFile>(new MappedFile(static_cast<char*>(area), size, mapped));
}

MappedFile::~MappedFile() {
  munmap(data_, mapped_);
  unwatch_bus_errors();
}

void MappedFile::release_before(const char* p) {
  const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  std::size_t upto = static_cast<std::size_t>(p - data_) / page * page;
  if (upto <= released_) return;
  madvise(data_ + released_, upto - released_, MADV_DONTNEED);
  released_ = upto;
}

}  // namespace kgraph
