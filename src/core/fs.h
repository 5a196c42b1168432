// Reading the site's source files. Every read of content, config and themes goes through here,
// so errors about unreadable files are worded once.
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace urker {

// The whole file, or nullopt when it cannot be read.
std::optional<std::string> read_file(const std::filesystem::path& path);

// Writes `bytes` to `path` through a temporary file beside it, renamed over it when complete, so a
// reader finds the old file or the new one, never half of one (the build cache's files). Makes the
// parent folder. False when it could not (the old file then stays).
bool replace_file(const std::filesystem::path& path, std::string_view bytes);
// The same, with the bytes that `write` puts out (a file too large to gather in memory first).
bool replace_file(const std::filesystem::path& path, const std::function<void(std::ostream& out)>& write);

// Writes all of `bytes` to the open file `fd`, again after a write cut short or interrupted; false
// on an error (the build cache's logs, appended to in place).
bool write_all(int fd, std::string_view bytes);

// Whether a listing includes hidden files (".well-known/", ".htaccess"). A ".git" folder or file
// is never listed: it holds the site's history, not something to publish.
enum class HiddenFiles { skip, include };

// A symbolic link a listing did not take, and why: a link is listed (at its own path) only when it
// names a file inside the listed folder. A link to a file elsewhere would publish what is outside
// the site (a link to /etc/passwd or ~/.ssh/ committed to the portal's Git repository); a linked
// folder is not walked (a loop, or a whole tree from outside); a broken one names nothing.
struct RefusedLink {
    enum class Kind { outside, folder, broken };
    std::string path;    // relative to the listed folder, '/' separators
    std::string target;  // where it points, as the link says
    Kind kind;
};

// Files below `root` (recursively), as paths relative to `root` with '/' separators, sorted.
// Hidden files and folders (".git", ".DS_Store") are skipped unless `hidden` says otherwise. A
// link to a file inside `root` is listed at its own path (it is published as a copy); the links
// refused are left out, and told in `refused` when it is given (sorted by path).
std::vector<std::string> list_files(const std::filesystem::path& root, HiddenFiles hidden = HiddenFiles::skip,
                                    std::vector<RefusedLink>* refused = nullptr);

// "a/b/../c" -> "a/c"; returns nullopt when the path climbs above its start.
std::optional<std::string> normalize_relative(const std::string& path);

}  // namespace urker
