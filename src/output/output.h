// The single write path. Every file urker publishes goes through an OutputSink. The directory
// sink writes into a fresh folder beside the real output and swaps it in only when the whole
// build succeeded, so a failed build leaves the previous site exactly as it was. Nothing is
// written or deleted outside the output folder (and its twins, see output_paths.h). Which
// folders may be the output, and the lock against a second build, are output_folder.h's job.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <mutex>
#include <string>
#include <unordered_set>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "output/output_paths.h"

namespace urker {

class OutputSink {
public:
    virtual ~OutputSink() = default;
    // `path` is relative to the output root, with '/' separators ("materials/drobi/index.html").
    // Safe to call from several threads at once.
    virtual void write(const std::string& path, std::string_view data) = 0;
    virtual void copy(const std::filesystem::path& source_file, const std::string& path) = 0;
    virtual std::size_t file_count() const = 0;
    virtual std::uintmax_t byte_count() const = 0;
    // A sink may want only some files: the dev server's quick preview re-renders just the pages
    // open in a browser. Renderers skip the work for a path the sink does not want.
    virtual bool wants(std::string_view /*path*/) const { return true; }
    // False when the sink wants only some files, so whole-site outputs (the search index) can be
    // left out of that build.
    virtual bool wants_all() const { return true; }
    // Publishes the file the previous site holds at `path` as it is, without its bytes: the build
    // cache (published_memo.h) found it made from the same inputs. False when the sink has no
    // previous site or no such file; the caller then renders the file and writes it.
    virtual bool link_previous(const std::string& /*path*/) { return false; }
};

// For tests and the dev server: files kept in memory.
class MemoryOutput : public OutputSink {
public:
    MemoryOutput() = default;
    // A quick preview: starts as a copy of `base` (the last full build) and takes writes only to
    // `wanted`; every other path keeps the base's bytes.
    MemoryOutput(const MemoryOutput& base, std::set<std::string> wanted);
    void write(const std::string& path, std::string_view data) override;
    void copy(const std::filesystem::path& source_file, const std::string& path) override;
    std::size_t file_count() const override;
    std::uintmax_t byte_count() const override;
    const std::map<std::string, std::string>& files() const { return files_; }
    bool has(const std::string& path) const { return files_.count(path) > 0; }
    const std::string& at(const std::string& path) const { return files_.at(path); }
    bool wants(std::string_view path) const override;
    bool wants_all() const override { return !only_; }
    // The dev server's last full build, for link_previous (the build cache in memory).
    void set_previous(std::shared_ptr<const MemoryOutput> previous) { previous_ = std::move(previous); }
    bool link_previous(const std::string& path) override;

private:
    mutable std::mutex mutex_;
    std::shared_ptr<const MemoryOutput> previous_;
    std::map<std::string, std::string> files_;
    bool only_ = false;              // take writes only to wanted_
    std::set<std::string, std::less<>> wanted_;
};

class DirectoryOutput : public OutputSink {
public:
    // Prepares OUTPUT's staging twin (".OUTPUTNAME.urker-new" in the same parent folder). Hold the
    // output's lock (OutputFolder) first: the staging folder is shared by name.
    explicit DirectoryOutput(const std::filesystem::path& output_dir);
    ~DirectoryOutput() override;  // removes the temporary folder unless committed

    void write(const std::string& path, std::string_view data) override;
    void copy(const std::filesystem::path& source_file, const std::string& path) override;
    std::size_t file_count() const override;
    std::uintmax_t byte_count() const override;
    bool link_previous(const std::string& path) override;

    // Writes the marker (the list of files written), then exchanges the staging folder with the
    // output folder in one step and removes the previous site. On failure the old output stays.
    bool commit(Diagnostics& diags);
    // Where commit() keeps the replaced site instead of deleting it (a folder on the output's
    // file system, in the build cache: previous_site_keeping_place()): a later build removes it
    // while it renders, so the slow part of replacing a site (removing some ten thousand
    // folders takes seconds on a journaling file system) is off the path the user waits on.
    // Unset, or when that place is taken or on another file system: removed at once, as before.
    void keep_replaced_site_at(std::filesystem::path place) { keep_replaced_at_ = std::move(place); }
    // Throws away what was written.
    void abandon();
    bool failed() const { return failed_; }
    // Files whose bytes the previous site already held; they were linked, not written.
    std::size_t unchanged_count() const;
    const std::string& failure() const { return failure_; }

private:
    std::filesystem::path prepare(const std::string& path);
    void record(const std::string& path, std::uintmax_t bytes);
    bool reuse_published(const std::filesystem::path& target, const std::string& path);
    OutputPaths paths_;
    std::filesystem::path keep_replaced_at_;
    mutable std::mutex mutex_;
    std::mutex folders_mutex_;
    std::unordered_set<std::string> folders_;  // folders made under staging, relative
    std::vector<std::string> written_;
    std::size_t files_ = 0;
    std::size_t unchanged_ = 0;
    std::uintmax_t bytes_ = 0;
    bool committed_ = false;
    bool failed_ = false;
    std::string failure_;
};

// True when `path` is a clean relative path that stays inside its root.
bool is_safe_output_path(std::string_view path);

}  // namespace urker
