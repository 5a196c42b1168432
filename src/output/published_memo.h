// The build cache's memory of what the last build published into an output folder: for each page,
// the fingerprint of everything its file was made from (core/fingerprint.h) and the file's identity
// on disk (size, modification time, inode). A later build that works out the same fingerprint for
// the page, and finds the published file still as it was written, links that file into the new
// site instead of rendering the page again: the same bytes, by construction, and the same date
// (so rsync and object-store syncs skip it).
//
// It lives in the site's `.urker-cache/`, one file per output folder. It only ever saves work: a
// missing, unreadable or foreign cache file, another urker binary, or a published file touched
// since (by anyone) makes the page render as in a clean build.
#pragma once

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/fingerprint.h"
#include "output/output.h"

namespace urker {

class PublishedMemo {
public:
    // The memo of the last build into `output_root`, from `cache_folder` (created on save). The
    // `build_key` covers what every page depends on beyond its own fingerprint (the urker binary);
    // a memo saved under another key is not used.
    PublishedMemo(const std::filesystem::path& cache_folder, std::filesystem::path output_root, const Fingerprint& build_key);

    // True when `out` took the file that the last build published at `path`, made from the same
    // `inputs`. Thread-safe.
    bool reuse(OutputSink& out, const std::string& path, const Fingerprint& inputs);
    // `path` was written in this build from `inputs`. Thread-safe.
    void remember(const std::string& path, const Fingerprint& inputs);
    // After the new site is in place: records each remembered file's identity and replaces the
    // cache file (through a temporary file and a rename). False when it could not be written,
    // which costs the next build its speed, nothing else.
    bool save() const;

    std::size_t reused() const;
    std::size_t known() const { return previous_.size(); }  // pages the last build remembered
    const std::filesystem::path& file() const { return file_; }

    // The running urker binary (its size and modification time) with `version`: a build key that
    // changes whenever urker is rebuilt or upgraded.
    static Fingerprint program_key(std::string_view version);
    // Where the memo of `output_root` is kept in `cache_folder`.
    static std::filesystem::path file_for(const std::filesystem::path& cache_folder, const std::filesystem::path& output_root);

private:
    struct Published {
        Fingerprint inputs;
        std::uintmax_t size = 0;
        std::int64_t mtime_ns = 0;
        std::uint64_t inode = 0;
    };
    std::filesystem::path file_;
    std::filesystem::path output_root_;
    Fingerprint build_key_;
    std::unordered_map<std::string, Published> previous_;
    mutable std::mutex mutex_;
    std::unordered_map<std::string, Fingerprint> current_;
    std::size_t reused_ = 0;
};

}  // namespace urker
