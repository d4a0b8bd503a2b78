#include "graph/atomic_file.h"

#include <doctest/doctest.h>

#include <sys/file.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <functional>
#include <fstream>
#include <sstream>
#include <set>
#include <stdexcept>
#include <vector>

#include "graph/error.h"

namespace fs = std::filesystem;
using kgraph::write_file_atomically;

namespace {

struct Folder {
  fs::path dir = fs::temp_directory_path() / ("kgraph_atomic_test_" + std::to_string(::getpid()));
  Folder() { fs::create_directories(dir); }
  ~Folder() { fs::remove_all(dir); }
  std::string path(const std::string& name) const { return (dir / name).string(); }
  // "g.json=previous .g.json.tmp-7-x": every entry, sorted, with a file's content.
  std::string listing() const {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
    std::string out;
    for (const std::string& name : names) {
      std::ifstream in(dir / name);
      std::stringstream s;
      s << in.rdbuf();
      out += (out.empty() ? "" : " ") + name + (name[0] == '.' ? "" : "=" + s.str());
    }
    return out;
  }
};

void put(std::FILE* out, const char* text) { std::fputs(text, out); }

// A process id that no process has: a child's, once it has exited and been reaped.
pid_t dead_pid() {
  pid_t pid = ::fork();
  if (pid == 0) ::_exit(0);
  ::waitpid(pid, nullptr, 0);
  return pid;
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const kgraph::Error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("atomic_file: the destination is replaced whole, or left as it was, and no temporary file stays") {
  Folder f;
  std::ofstream(f.path("g.json")) << "previous";
  write_file_atomically(f.path("g.json"), [](std::FILE* out) { put(out, "new"); });
  CHECK(f.listing() == "g.json=new");

  CHECK_THROWS_AS(write_file_atomically(f.path("g.json"),
                                        [](std::FILE* out) {
                                          put(out, "half");
                                          throw std::runtime_error("abandoned");
                                        }),
                  std::runtime_error);
  CHECK(f.listing() == "g.json=new");

  CHECK(error_of([&] { write_file_atomically(f.path("none/g.json"), [](std::FILE*) {}); }) ==
        f.path("none/g.json") + ": cannot write: cannot open the folder " + f.path("none") +
            ": No such file or directory");
}

TEST_CASE("atomic_file: a folder removed or renamed while writing leaves no temporary file") {
  Folder f;
  fs::create_directories(f.dir / "out");
  std::string removed = error_of([&] {
    write_file_atomically(f.path("out/g.json"), [&](std::FILE* out) {
      put(out, "new");
      fs::remove_all(f.dir / "out");
    });
  });
  CHECK(removed == f.path("out/g.json") + ": cannot write: rename: No such file or directory");
  CHECK(f.listing() == "");

  fs::create_directories(f.dir / "out");
  write_file_atomically(f.path("out/g.json"), [&](std::FILE* out) {
    put(out, "new");
    fs::rename(f.dir / "out", f.dir / "moved");
  });
  CHECK(f.listing() == "moved=");
  CHECK(fs::directory_iterator(f.dir / "moved")->path().filename() == "g.json");  // the only entry
}

TEST_CASE("atomic_file: a write past the file size limit fails with EFBIG and leaves the previous file") {
  Folder f;
  std::ofstream(f.path("g.json")) << "previous";
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  pid_t child = ::fork();
  if (child == 0) {
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit{.rlim_cur = 4096, .rlim_max = RLIM_INFINITY};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    std::string message = error_of([&] {
      write_file_atomically(f.path("g.json"), [](std::FILE* out) {
        for (int i = 0; i < 10000; ++i) put(out, "0123456789");
      });
    });
    ::write(pipe_fds[1], message.data(), message.size());
    ::_exit(0);
  }
  ::close(pipe_fds[1]);
  char buf[512] = {};
  ::read(pipe_fds[0], buf, sizeof buf - 1);
  ::close(pipe_fds[0]);
  ::waitpid(child, nullptr, 0);
  CHECK(std::string(buf) == f.path("g.json") + ": cannot write: write failed: File too large");
  CHECK(f.listing() == "g.json=previous");
}

TEST_CASE("atomic_file: a write removes temporary files left by dead writers, never a live writer's") {
  Folder f;
  std::string dead = std::to_string(dead_pid());
  for (const std::string& name : std::vector<std::string>{".g.json.tmp-" + dead + "-killed", ".g.json.tmp-1-alive", ".other.json.tmp-" + dead + "-x",
                                  ".g.json.tmp-" + dead + "-locked", ".g.json.tmp-junk"})
    std::ofstream(f.path(name)) << "partial";
  // A writer in another PID namespace: its PID means nothing here, its lock does.
  int held = ::open(f.path(".g.json.tmp-" + dead + "-locked").c_str(), O_RDONLY);
  REQUIRE(::flock(held, LOCK_EX) == 0);
  write_file_atomically(f.path("g.json"), [](std::FILE* out) { put(out, "new"); });
  ::close(held);
  CHECK(!fs::exists(f.path(".g.json.tmp-" + dead + "-killed")));
  for (const std::string& kept : std::vector<std::string>{".g.json.tmp-" + dead + "-locked", ".g.json.tmp-1-alive", ".g.json.tmp-junk",
                                  ".other.json.tmp-" + dead + "-x", "g.json"})
    CHECK_MESSAGE(fs::exists(f.path(kept)), kept);
}
