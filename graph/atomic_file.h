// Every output file of kgraph is written through here: into a temporary file
// in the destination's folder, flushed and synced, then renamed over the
// destination. Guarantee: the destination is either left exactly as it was or
// replaced by the complete new content; on any failure the temporary file is
// removed and an Error naming the destination is thrown ("g.json: cannot
// write: write failed: No space left on device").
//
// Temporary files are named ".NAME.tmp-PID-RANDOM" beside NAME, and held
// under flock(2) while being written. A process killed by SIGKILL (or a power
// cut) cannot remove its temporary file, so every write first removes the
// temporary files of the same destination whose process is gone and whose
// lock nobody holds: such a leftover lasts only until the next write of that
// file. A live writer's file is never touched.
#pragma once

#include <cstdio>
#include <functional>
#include <string>

namespace kgraph {

// `fill` writes the content to the stream it is given; it may throw, which
// abandons the write. A write error on the stream (disk full, file size
// limit) is detected here. The folder is opened once, so the temporary file
// is found and removed even if the folder is renamed or removed meanwhile.
void write_file_atomically(const std::string& path, const std::function<void(std::FILE*)>& fill);

// Removes temporary files of writes still in progress. Safe to call from a
// signal handler (it only calls unlinkat), so an interrupt leaves nothing behind.
void remove_pending_temporary_files();

}  // namespace kgraph
