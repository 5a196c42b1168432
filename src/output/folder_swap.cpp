#include "output/folder_swap.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <stdio.h>

#include "core/thread_pool.h"
#include "output/output_marker.h"

namespace urker {

namespace fs = std::filesystem;

bool exists_no_follow(const fs::path& p) {
    std::error_code ec;
    return fs::symlink_status(p, ec).type() != fs::file_type::not_found;
}

namespace {

// The file system cannot exchange (or renameat2 is missing): fall back to plain renames.
bool exchange_unsupported(int err) { return err == EINVAL || err == ENOSYS || err == EOPNOTSUPP || err == ENOTSUP; }

}  // namespace

bool swap_site_into_place(const OutputPaths& paths, std::string& error, bool exchange) {
    const char* staging = paths.staging.c_str();
    const char* output = paths.output.c_str();
    if (!exists_no_follow(paths.output)) {
        // First build: nothing to exchange with. NOREPLACE keeps a folder that appeared meanwhile.
        if (::renameat2(AT_FDCWD, staging, AT_FDCWD, output, RENAME_NOREPLACE) == 0) return true;
        if (!exchange_unsupported(errno) || std::rename(staging, output) != 0) {
            error = "cannot move the new site into " + paths.output.string() + ": " + std::strerror(errno);
            return false;
        }
        return true;
    }
    int rc = exchange ? ::renameat2(AT_FDCWD, staging, AT_FDCWD, output, RENAME_EXCHANGE) : -1;
    if (rc == 0) {
        // The old site now has the staging name; give it the name a later build looks for.
        std::rename(staging, paths.old.c_str());
        return true;
    }
    if (exchange && !exchange_unsupported(errno)) {
        error = "cannot replace " + paths.output.string() + ": " + std::strerror(errno);
        return false;
    }
    // Two renames: between them there is no site at the output path; recover_interrupted_build
    // puts `.X.urker-old` back if urker is killed right there.
    if (std::rename(output, paths.old.c_str()) != 0) {
        error = "cannot replace " + paths.output.string() + ": " + std::strerror(errno);
        return false;
    }
    if (std::rename(staging, output) != 0) {
        error = "cannot move the new site into " + paths.output.string() + ": " + std::strerror(errno);
        std::rename(paths.old.c_str(), output);
        return false;
    }
    return true;
}

void remove_tree(const fs::path& root) {
    std::error_code ec;
    if (!exists_no_follow(root)) return;
    std::vector<fs::path> files, dirs;
    const fs::path marker = root / kOutputMarker;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_directory(ec) && !it->is_symlink(ec)) dirs.push_back(it->path());
        else if (it->path() != marker) files.push_back(it->path());
    }
    parallel_for(files.size(), [&](std::size_t i) {
        std::error_code e;
        fs::remove(files[i], e);
    }, 8);
    // The marker goes last: a removal cut short by a kill leaves files the marker still vouches
    // for, so the next build removes them too instead of taking them for someone else's.
    fs::remove(marker, ec);
    std::sort(dirs.begin(), dirs.end(), [](const fs::path& a, const fs::path& b) { return a.native().size() > b.native().size(); });
    for (const auto& d : dirs) fs::remove(d, ec);
    fs::remove_all(root, ec);
}

fs::path replaced_site_place(const fs::path& cache_folder, const fs::path& output) {
    return cache_folder / ("replaced-site-" + cache_key_of(output));
}

fs::path retire_folder(const fs::path& folder, const fs::path& output) {
    if (!exists_no_follow(folder)) return {};
    FolderInspection seen = inspect_output_folder(folder);
    if (seen.owner == FolderInspection::Owner::foreign || seen.owner == FolderInspection::Owner::not_folder) {
        fs::path backup = free_backup_path(output);
        std::error_code ec;
        fs::rename(folder, backup, ec);
        if (!ec) return backup;
        // Cannot move it: leave it where it is rather than delete someone's files.
        return folder;
    }
    remove_tree(folder);
    return {};
}

void recover_interrupted_build(const OutputPaths& paths, std::vector<Message>& notes) {
    std::error_code ec;
    if (!exists_no_follow(paths.output) && fs::is_directory(fs::symlink_status(paths.old, ec))) {
        fs::rename(paths.old, paths.output, ec);
        if (!ec)
            notes.push_back(Message("output.note_put_back", {{"folder", paths.old.filename().string()}}));
    }
    for (const fs::path& left : {paths.old, paths.staging}) {
        if (!exists_no_follow(left)) continue;
        // An unfinished build has no marker yet, and only urker writes into the staging folder.
        bool unfinished = left == paths.staging && !fs::exists(left / kOutputMarker, ec);
        if (unfinished) {
            remove_tree(left);
            notes.push_back(Message("output.note_removed", {{"folder", left.filename().string()}}));
            continue;
        }
        fs::path backup = retire_folder(left, paths.output);
        if (backup.empty()) notes.push_back(Message("output.note_removed", {{"folder", left.filename().string()}}));
        else notes.push_back(Message("output.note_moved", {{"folder", left.filename().string()}, {"backup", backup.string()}}));
    }
}

}  // namespace urker
