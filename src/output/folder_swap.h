// Putting a finished site in place and cleaning up after builds that were killed. The swap is one
// renameat2(RENAME_EXCHANGE): at every instant either the old or the new site stands at the
// output path, whatever kills urker. Only where the file system refuses an exchange does it fall
// back to two renames, and then a later build puts the old site back if it finds none in place.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "output/output_paths.h"

#include "core/messages.h"

namespace urker {

// Moves `paths.staging` to `paths.output`. A site already there ends up at `paths.old`.
// Returns false with `error` set when nothing changed. `exchange = false` takes the fallback
// path of file systems without RENAME_EXCHANGE (for tests).
bool swap_site_into_place(const OutputPaths& paths, std::string& error, bool exchange = true);

// Removes a folder urker is done with (the previous site, an unfinished build). When it holds
// files urker did not write, it is moved to a visible backup folder beside `output`
// (OUTPUT.urker-backup-…) instead and that path is returned; otherwise returns an empty path.
std::filesystem::path retire_folder(const std::filesystem::path& folder, const std::filesystem::path& output);

// Sets right what a killed build left: puts the previous site back when the output is missing
// but `.X.urker-old` is there, then retires `.X.urker-old` and `.X.urker-new`. Call with the
// output lock held. Appends a line for the user to `notes` for everything it did.
void recover_interrupted_build(const OutputPaths& paths, std::vector<Message>& notes);

// True when anything (a symbolic link too, broken or not) is at `p`.
bool exists_no_follow(const std::filesystem::path& p);

// Where a build keeps the site it replaced, for the next build to remove while it renders
// (DirectoryOutput::keep_replaced_site_at): `cache_folder`/replaced-site-<hash of the output's path>.
std::filesystem::path replaced_site_place(const std::filesystem::path& cache_folder, const std::filesystem::path& output);

// Deletes a folder tree urker wrote (several threads: removal is bound by the disk's latency).
void remove_tree(const std::filesystem::path& root);

}  // namespace urker
