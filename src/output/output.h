// The single write path. Every file urker publishes goes through an OutputSink. The directory
// sink writes into a folder beside the real output and changes the site only when the whole
// build succeeded, so a failed build leaves the previous site exactly as it was: either by
// swapping a complete new site in (a first or clean build), or by moving just the changed files
// into the published site (a rebuild with the build cache). Nothing is written or deleted outside
// the output folder (and its twins, see output_paths.h). Which folders may be the output, and
// the lock against a second build, are output_folder.h's job.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
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
    // The same as write() of the pieces end to end, for a file made of large parts that need not
    // be put together in memory first (the search index's bundles: 33 MB at 10 000 materials).
    // This default puts them together and writes that.
    virtual void write_pieces(const std::string& path, std::span<const std::string_view> pieces);
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
    // previous site or no such file; the caller then renders the file and writes it. `size`:
    // the file's size when the caller knows it (the build cache checked the file just now).
    virtual bool link_previous(const std::string& /*path*/, std::optional<std::uintmax_t> /*size*/ = std::nullopt) { return false; }
    // The bytes the previous site held at `path`, for a sink that keeps its previous site in
    // memory (the dev server's); a folder's are read by the build cache (published_memo.h), which
    // knows whether they are still as written.
    virtual std::optional<std::string> read_previous(const std::string& /*path*/) const { return std::nullopt; }
};

// A file's bytes in a MemoryOutput. Copies share one string: the dev server's rebuild takes most
// of the last build's files as they are (link_previous), and at 10 000 materials copying them was
// a gigabyte of memory and a second of a rebuild.
class SharedBytes {
public:
    SharedBytes() = default;
    SharedBytes(std::string bytes) : bytes_(std::make_shared<const std::string>(std::move(bytes))) {}
    const std::string& str() const { return bytes_ ? *bytes_ : no_bytes(); }
    operator const std::string&() const { return str(); }
    operator std::string_view() const { return str(); }
    std::size_t size() const { return str().size(); }
    bool empty() const { return str().empty(); }
    const char* data() const { return str().data(); }
    std::size_t find(std::string_view text, std::size_t from = 0) const { return str().find(text, from); }
    std::size_t find(char c, std::size_t from = 0) const { return str().find(c, from); }
    std::string substr(std::size_t from, std::size_t count = std::string::npos) const { return str().substr(from, count); }
    char operator[](std::size_t at) const { return str()[at]; }
    std::string::const_iterator begin() const { return str().begin(); }
    std::string::const_iterator end() const { return str().end(); }
    friend bool operator==(const SharedBytes& a, const SharedBytes& b) { return a.str() == b.str(); }
    friend bool operator==(const SharedBytes& a, std::string_view b) { return a.str() == b; }

private:
    static const std::string& no_bytes() {
        static const std::string none;
        return none;
    }
    std::shared_ptr<const std::string> bytes_;
};

// A MemoryOutput's files, by path.
using MemoryFiles = std::map<std::string, SharedBytes>;

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
    const MemoryFiles& files() const { return files_; }
    bool has(const std::string& path) const { return files_.count(path) > 0; }
    const std::string& at(const std::string& path) const { return files_.at(path).str(); }
    bool wants(std::string_view path) const override;
    bool wants_all() const override { return !only_; }
    // The dev server's last full build, for link_previous (the build cache in memory).
    void set_previous(std::shared_ptr<const MemoryOutput> previous) { previous_ = std::move(previous); }
    bool link_previous(const std::string& path, std::optional<std::uintmax_t> size = std::nullopt) override;
    std::optional<std::string> read_previous(const std::string& path) const override;

private:
    mutable std::mutex mutex_;
    std::shared_ptr<const MemoryOutput> previous_;
    MemoryFiles files_;
    bool only_ = false;              // take writes only to wanted_
    std::set<std::string, std::less<>> wanted_;
};

// How a directory output puts a finished build in place.
enum class Publish {
    // A complete new site is written beside the output and exchanged with it in one step. Files
    // with the same bytes as the published ones are hard links to them (they keep their times).
    swap,
    // The output holds a site urker published, every file of it listed in its marker (the
    // caller checked: OutputFolder found no one else's files). Only files whose bytes changed
    // are written, beside the output; commit() moves them into the site and removes the files
    // this build no longer makes. A rebuild after a small edit then touches a handful of files
    // instead of linking tens of thousands. When most files changed, commit() swaps after all.
    update_in_place,
};

// A published file as the build cache knows it without reading it (lstat's size, modification
// time and inode): what a build wrote (DirectoryOutput::written_identities) and what the
// next build compares with the file it finds (output/published_memo.h).
struct PublishedFileIdentity {
    std::uintmax_t size = 0;
    std::int64_t mtime_ns = 0;
    std::uint64_t inode = 0;
    bool operator==(const PublishedFileIdentity&) const = default;
};

// What fstat said of a file the build had just written, before closing it.
struct WrittenFileStat {
    std::uint32_t mode = 0;
    std::uint64_t size = 0, inode = 0;
    std::int64_t modified_ns = 0, changed_ns = 0;
};

// A whole site that commit() swapped into the output, as the build made it: its folders and
// files by path relative to the output (the marker among them), and what each file written new
// was (files linked to the previous site's or copied are not in `written`: their identities are
// not known without looking). Nobody else writes into the staging folder, so a listing made from
// this is what a walk of the output would find right after the swap (site/up_to_date.h).
struct SwappedSite {
    std::vector<std::string> folders;
    std::vector<std::string> files;
    std::unordered_map<std::string, WrittenFileStat> written;
    std::int64_t swapped_at_ns = 0;  // the wall clock just before the swap
};

class DirectoryOutput : public OutputSink {
public:
    // Prepares OUTPUT's staging twin (".OUTPUTNAME.urker-new" in the same parent folder). Hold the
    // output's lock (OutputFolder) first: the staging folder is shared by name.
    explicit DirectoryOutput(const std::filesystem::path& output_dir, Publish how = Publish::swap);
    ~DirectoryOutput() override;  // removes the temporary folder unless committed

    void write(const std::string& path, std::string_view data) override;
    void write_pieces(const std::string& path, std::span<const std::string_view> pieces) override;
    void copy(const std::filesystem::path& source_file, const std::string& path) override;
    std::size_t file_count() const override;
    std::uintmax_t byte_count() const override;
    bool link_previous(const std::string& path, std::optional<std::uintmax_t> size = std::nullopt) override;

    // Writes the marker (the list of files written), then exchanges the staging folder with the
    // output folder in one step and removes the previous site; or, updating in place, moves the
    // changed files in. On failure before that the old output stays as it was.
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
    // Files whose bytes the previous site already held; they were linked (or left), not written.
    std::size_t unchanged_count() const;
    const std::string& failure() const { return failure_; }
    // Updating in place: whether commit() moved files in (false: it swapped a whole site).
    bool updated_in_place() const { return updated_in_place_; }
    // After an update in place: the paths it changed in the output (files written, files removed,
    // the marker when it was written), relative to the output; their folders changed with them.
    const std::vector<std::string>& changed_in_place() const { return changed_in_place_; }
    // What each file this build wrote is on disk, as it was when written; commit() moves files
    // and folders without changing that. The build cache records it for the next build
    // (output/published_memo.h) instead of asking the file system again for each of 28 000 pages
    // at 10 000 materials. Files left, linked or copied are not in it.
    std::unordered_map<std::string, PublishedFileIdentity> written_identities() const;
    // After a commit() that swapped a whole site in (not updated in place): that site, as the
    // build made it; nullopt otherwise.
    std::optional<SwappedSite> swapped_site() const;

private:
    std::filesystem::path prepare(const std::string& path);
    void make_staging_folder(const std::string& folder);
    void record(const std::string& path, std::uintmax_t bytes);
    bool reuse_published(const std::filesystem::path& target, const std::string& path);
    // Updating in place: `path` stays as the published site has it.
    void keep_published(const std::string& path, std::uintmax_t bytes);
    void note_staged(const std::string& path);
    bool commit_in_place(Diagnostics& diags);
    bool someone_elses_file_in_the_way() const;
    bool link_kept_files_into_staging();
    bool write_marker(const std::filesystem::path& file, std::vector<std::string> paths);
    OutputPaths paths_;
    bool in_place_ = false;
    // Whether anything stood at the output path when the build began. A first build into a new
    // folder has no published file to compare a page with: it does not ask for each (28 000
    // failed lookups at 10 000 materials).
    bool output_existed_ = true;
    bool updated_in_place_ = false;
    std::vector<std::string> changed_in_place_;
    std::unordered_set<std::string> published_;  // updating in place: the files the marker lists
    std::unordered_set<std::string> staged_;     // updating in place: files written to staging
    std::vector<std::string> kept_;              // updating in place: files left as published
    std::filesystem::path keep_replaced_at_;
    mutable std::mutex mutex_;
    mutable std::mutex folders_mutex_;
    std::unordered_set<std::string> folders_;  // folders made under staging, relative
    std::vector<std::string> written_;
    std::unordered_map<std::string, WrittenFileStat> written_identities_;  // under mutex_
    std::int64_t swapped_at_ns_ = 0;
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
