// The one error type of kgraph. Whoever finds the error finishes the message
// (file and place included) so that main() only prints it: one line on stderr
// and the exit status the error carries.
#pragma once

#include <stdexcept>
#include <string>

namespace kgraph {

class Error : public std::runtime_error {
 public:
  // Exit status 2: bad input or usage. Commands that mean "nothing found" use 1.
  explicit Error(const std::string& message, int exit_status = 2)
      : std::runtime_error(message), exit_status_(exit_status) {}
  int exit_status() const { return exit_status_; }

 private:
  int exit_status_;
};

}  // namespace kgraph
