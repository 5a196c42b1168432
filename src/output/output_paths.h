// The names urker uses beside an output folder X (all in X's parent folder, so every rename
// between them stays on one file system and is atomic):
//   .X.urker-new    the staging folder a build writes into
//   .X.urker-old    the previous site while it is being retired
//   .X.urker-lock   held (flock) while a build publishes into X
//   X.urker-backup-YYYYMMDD-HHMMSS  a folder of someone else's files, moved aside, never deleted
// and, inside every site urker publishes, the marker file `.urker-output` listing what it wrote.
#pragma once

#include <filesystem>
#include <string>

namespace urker {

inline constexpr const char* kOutputMarker = ".urker-output";

struct OutputPaths {
    std::filesystem::path output;   // absolute, normalised, no trailing separator
    std::filesystem::path staging;  // .X.urker-new
    std::filesystem::path old;      // .X.urker-old
    std::filesystem::path lock;     // .X.urker-lock

    static OutputPaths beside(const std::filesystem::path& output_dir);
};

// A visible sibling name for moving a folder aside: X.urker-backup-20260901-142530 (with -2, -3…
// when that name is taken). Visible on purpose: the user has to find their files there.
std::filesystem::path free_backup_path(const std::filesystem::path& folder);

// What names an output folder's things in the build cache (its memo, the site it replaced): 16
// hexadecimal digits of a fingerprint of the folder's absolute, normalised path.
std::string cache_key_of(const std::filesystem::path& output);

}  // namespace urker
