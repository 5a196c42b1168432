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
#include <atomic>
#include <filesystem>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <istream>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/fingerprint.h"
#include "core/random_access_file.h"
#include "output/output.h"
#include "output/read_runs.h"

namespace urker {

class PublishedMemo {
public:
    // The memo of the last build into `output_root`, from `cache_folder` (created on save). The
    // `build_key` covers what every page depends on beyond its own fingerprint (the urker binary);
    // a memo saved under another key is not used.
    PublishedMemo(const std::filesystem::path& cache_folder, std::filesystem::path output_root, const Fingerprint& build_key);
    // A memo kept in memory by the dev server from one build into memory to the next (the sink's
    // link_previous() takes from the last build's MemoryOutput, which nobody else changes).
    explicit PublishedMemo(const Fingerprint& build_key) : build_key_(build_key) {}
    // After a successful build into memory: what it remembered and kept becomes what the next
    // build looks up. After a failed one, or a preview of a few pages: forget what it remembered
    // and kept, keep the last good build's.
    void roll();
    void forget_current();

    // A value a file depended on besides its inputs, shared by many files (what a page read of the
    // site-wide values: template/globals_trace.h): where it is, how it was read (`kind`), and the
    // fingerprint of what was seen.
    struct Read {
        std::string where;
        std::uint8_t kind = 0;
        Fingerprint seen;
        bool operator==(const Read&) const = default;
    };
    // In a read's kind: what it sees belongs to the page (its lists' items), not to values many
    // pages share, so it is looked at for each page (ReadVerdicts never hold it).
    static constexpr std::uint8_t kPageOwnRead = 0x80;
    // What a read sees now.
    using ReadNow = std::function<Fingerprint(const std::string& where, std::uint8_t kind)>;
    // What a page's own reads (kPageOwnRead) see now, all together: they are kept with no `seen`
    // of their own (so the table holds each once for all pages), and the page keeps what they saw
    // together.
    using OwnReadsNow = std::function<Fingerprint(const std::vector<const Read*>& reads)>;

    // What the last build's reads see now, for the files that share one `now` (the pages of one
    // set of site-wide values): each read is looked at once for all of them. At 10 000 materials
    // 28 000 pages check some 300 reads each, nearly all the same few hundred. Thread-safe.
    class ReadVerdicts {
    public:
        explicit ReadVerdicts(std::size_t reads) : verdicts_(std::make_unique<std::atomic<std::uint8_t>[]>(reads)), size_(reads) {}
        // 0: not looked at yet, 1: sees what it saw, 2: sees something else.
        std::atomic<std::uint8_t>* at(std::uint32_t n) const { return n < size_ ? &verdicts_[n] : nullptr; }

    private:
        std::unique_ptr<std::atomic<std::uint8_t>[]> verdicts_;
        std::size_t size_;
    };
    std::size_t previous_read_count() const {
        loaded();
        return previous_reads_.size();
    }

    // True when `out` took the file that the last build published at `path`, made from the same
    // `inputs` with reads that still see what they saw (as `verdicts` knows them already, when
    // given: made with previous_read_count() for this `now`). Thread-safe.
    bool reuse(OutputSink& out, const std::string& path, const Fingerprint& inputs, const ReadNow& now,
               const ReadVerdicts* verdicts = nullptr, const OwnReadsNow* own_now = nullptr);
    // `path` was written in this build from `inputs` and `reads`. Thread-safe.
    void remember(const std::string& path, const Fingerprint& inputs, const std::vector<Read>& reads);
    // The same with the reads as this build's numbers for them (number_for), each once.
    // `own_seen`: what the page's own reads among them saw, together (OwnReadsNow).
    void remember_numbered(const std::string& path, const Fingerprint& inputs, std::vector<std::uint32_t> read_numbers,
                           const Fingerprint& own_seen = {});
    // This build's number for a read: the same read (where, kind and what it saw) has the same
    // number. Thread-safe; a caller that meets the same read often keeps the number.
    std::uint32_t number_for(const Read& read);
    // Files one piece of work writes together (the search index: some twenty files whose number
    // depends on their sizes), made from one fingerprint of all its inputs, with a note of the
    // work's own (its summary figures). reuse_group takes every file the group wrote last time
    // and returns the note, or takes none of them for sure and returns nullopt (then the work
    // runs and writes them all, replacing any it took). Thread-safe.
    std::optional<std::string> reuse_group(OutputSink& out, const std::string& name, const Fingerprint& inputs);
    void remember_group(const std::string& name, const Fingerprint& inputs, std::vector<std::string> paths, std::string note);
    // The bytes the last build published at `path`, when it is a file the memo remembers and it is
    // still as written (in memory: the previous build's, through `out`). For work that takes parts
    // of its last output rather than making them again (the search index's compressed shards).
    // Thread-safe.
    std::optional<std::string> published_bytes(const OutputSink& out, const std::string& path) const;
    // The same file to read a piece at a time (core/random_access_file.h), for work that takes a
    // few parts of a large file: the search index's bundles (33 MB at 10 000 materials), read
    // whole, were a tenth of a rebuild's search. Null when published_bytes would be nullopt.
    std::shared_ptr<const RandomAccessFile> published_file(const OutputSink& out, const std::string& path) const;
    // The size of the file the last build published at `path` (0: none remembered), for a render
    // that makes it again to take room for it at once (a card file of 16 MB, grown by doubling).
    std::uintmax_t published_size(const std::string& path) const;
    // What a file in the output is on disk (lstat's size, modification time and inode), as the
    // walk that opened the output found it: a rebuild into an output as the last build left it
    // (site/up_to_date.h) knows every file's identity from that walk and need not ask the file
    // system again for each page it takes (28 000 at 10 000 materials). Nullopt: not a regular
    // file there, or not known (then the file system is asked).
    using FileIdentity = PublishedFileIdentity;
    using IdentityLookup = std::function<std::optional<std::optional<FileIdentity>>(std::string_view path)>;
    void set_identities(IdentityLookup lookup) { identities_ = std::move(lookup); }

    // A value one piece of work keeps in memory for its next run in this process (the dev
    // server's builds): the search keeps each document's words. What a build kept replaces what
    // the last one did under the same name when the build succeeds (roll); the rest stays.
    void keep(const std::string& name, std::shared_ptr<const void> value);
    std::shared_ptr<const void> kept(const std::string& name) const;

    // After the new site is in place: records each remembered file's identity and replaces the
    // cache file (through a temporary file and a rename). False when it could not be written,
    // which costs the next build its speed, nothing else.
    bool save() const;

    std::size_t reused() const;
    std::size_t known() const {  // pages the last build remembered
        loaded();
        return previous_.size();
    }
    const std::filesystem::path& file() const { return file_; }  // empty for a memo in memory
    const Fingerprint& build_key() const { return build_key_; }

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
        ReadRuns reads;                    // in previous_reads_
        Fingerprint own_seen;              // what its own reads saw together
    };
    struct Remembered {
        Fingerprint inputs;
        ReadRuns reads;                    // in current_reads_
        Fingerprint own_seen;
        // A reused file's identity, checked when it was reused and untouched since (left in
        // place or hard-linked): save() need not ask the file system again for ten thousand files.
        bool identity_known = false;
        std::uintmax_t size = 0;
        std::int64_t mtime_ns = 0;
        std::uint64_t inode = 0;
    };
    struct Group {
        Fingerprint inputs;
        std::vector<std::string> paths;
        std::string note;
    };
    // `path` as published last time from `inputs`, still as written: linked into `out`.
    bool link_unchanged(OutputSink& out, const std::string& path, const Fingerprint& inputs);
    struct ReadHash {
        std::size_t operator()(const Read& r) const { return std::hash<std::string>{}(r.where) ^ r.seen.low ^ r.kind; }
    };
    // The number of `read` in this build's table. Call with mutex_ held.
    std::uint32_t number_of_read(const Read& read);
    // Reads the last build's memo after its first line; false when it is damaged.
    bool load(std::istream& in);
    // The last build's memo from file_, or nothing (another binary's, damaged, missing).
    void read_previous();
    // Waits until the last build's memo is read (on a thread of its own, started by the
    // constructor: some 0.1 s of one core at 10 000 materials, while the build reads the content).
    void loaded() const {
        if (loading_.valid()) loading_.wait();
    }

    std::filesystem::path file_;
    std::filesystem::path output_root_;
    IdentityLookup identities_;
    // The identity of the published file at `path` (identities_, else lstat).
    std::optional<FileIdentity> published_identity(const std::string& path) const;
    Fingerprint build_key_;
    std::map<std::string, std::shared_ptr<const void>> previous_kept_, current_kept_;
    std::unordered_map<std::string, Published> previous_;
    std::vector<Read> previous_reads_;  // many pages share each read: each is kept once
    std::unordered_map<std::string, Group> previous_groups_;
    mutable std::mutex mutex_;
    std::unordered_map<std::string, Remembered> current_;
    std::vector<Read> current_reads_;
    std::unordered_map<Read, std::uint32_t, ReadHash> current_read_numbers_;
    // By the number of a last build's read: its number in this build's table, once a reused file
    // carried it over (kNotCarried: not yet).
    std::vector<std::uint32_t> carried_;
    static constexpr std::uint32_t kNotCarried = static_cast<std::uint32_t>(-1);
    std::unordered_map<std::string, Group> current_groups_;
    std::size_t reused_ = 0;
    // Last, so that it is destroyed first: the reading thread stops before what it fills goes.
    std::shared_future<void> loading_;
};

}  // namespace urker
