// Every output file of kgraph is written through here: into a temporary file
// in the destination's folder, flushed, then renamed over the destination.
// Guarantee: the destination is either left exactly as it was or replaced by
// the complete new content; on any failure the temporary file is removed and
// an Error naming the destination is thrown.
#pragma once

#include <cstdio>
#include <functional>
#include <string>

namespace kgraph {

// `fill` writes the content to the stream it is given; it may throw, which
// abandons the write. A write error on the stream (disk full) is detected here.
void write_file_atomically(const std::string& path, const std::function<void(std::FILE*)>& fill);

// Removes temporary files of writes still in progress. Safe to call from a
// signal handler (it only calls unlink), so an interrupt leaves nothing behind.
void remove_pending_temporary_files();

}  // namespace kgraph
