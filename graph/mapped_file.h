// A regular file read through a read-only memory map, for parsing it in
// place: no copy into a buffer, and RapidJSON's StringStream (which reads to
// a zero byte, with no end to check) can run over it.
//
// Guarantees: data()[size()] is a zero byte (the end mark StringStream reads);
// release_before(p) gives the pages wholly before p back to the page cache,
// so that what has been parsed does not stay in the process's resident memory.
// If another process truncates the file while it is mapped, reading past the
// new end raises SIGBUS: open() installs, for the life of the MappedFile, a
// handler that prints one line naming the file and exits with status 1.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace kgraph {

class MappedFile {
 public:
  // The mapping of the open file `fd` (of `size` bytes, not 0), or null when
  // it cannot be mapped (the caller then reads it another way).
  static std::unique_ptr<MappedFile> open(int fd, std::size_t size, const std::string& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  const char* data() const { return data_; }
  std::size_t size() const { return size_; }
  void release_before(const char* p);

 private:
  MappedFile(char* data, std::size_t size, std::size_t mapped) : data_(data), size_(size), mapped_(mapped) {}
  char* data_;
  std::size_t size_;
  std::size_t mapped_;        // bytes mapped: the file, then zero bytes to a page's end or one page more
  std::size_t released_ = 0;  // bytes from data_ given back so far
};

}  // namespace kgraph
