// Whether a build would only make again the site already in its output folder: `urker build` run
// twice with nothing changed in between (a deploy script, a scheduled job, a webmaster checking)
// then stops after looking at the files' identities, instead of loading and rendering everything
// to find every page the same. At 10 000 materials that is 0.24 s (a walk of the site's folder beside
// one of the output's, which also tells that the output holds nothing of anyone else's:
// OutputRequest::as_last_left) instead of 3 s for a rebuild, on the VM of docs/benchmarks.md.
//
// A build's inputs are known by their identity on disk, never read: every file and folder in the
// site's folder (its path, type, size, modification and change times, inode) except the output,
// the build cache, Git's folder and the build's own files beside the output; the Git state the
// history is read from (HEAD, the index); the urker binary; the build's options; its day (upcoming
// events and the monitoring figures depend on it); the language of urker's messages. After a
// successful build the record in the build cache holds that stamp, the identity of every file in
// the output as published, and the messages the build printed (its warnings), which a build that
// finds both as they were prints again.
//
// A file changed within two seconds of the build's start could be changed again within the same
// tick of a coarse clock (some file systems keep whole seconds) at the same size, unseen: the
// record keeps its content's fingerprint, taken before the build read it, and a later build reads
// it again to compare (the file a teacher saved just before building, usually).
//
// It only ever saves work. A symbolic link in the site's folder (its target could change unseen),
// a folder that cannot be read, or any doubt about the record: then the build runs.
#pragma once

#include <climits>
#include <cstdint>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/fingerprint.h"
#include "output/output.h"

namespace urker {

// The identity of a folder's files, walked without reading any: `path` relative to the root,
// type, size, times and inode, names in byte order. `left_out`: top-level names not walked.
struct TreeStamp {
    Fingerprint fingerprint;
    std::size_t entries = 0;
    bool has_symlink = false;
    bool readable = true;  // false: a folder could not be read (then nothing can be concluded)
    // The files modified or changed after `recent_after_ns` (stamp_tree's argument), by path.
    std::vector<std::string> recent;
};
TreeStamp stamp_tree(const std::filesystem::path& root, const std::vector<std::string>& left_out = {},
                     std::int64_t recent_after_ns = INT64_MAX);

// What a walk found, kept to stamp the tree again after changes the caller knows of, without
// walking it again (the output after a rebuild that replaced a few files: `relist`).
struct TreeListing {
    struct Identity {  // what the stamp takes of lstat's answer (57 000 entries at 10 000 materials)
        std::uint32_t mode = 0;
        std::uint64_t size = 0, inode = 0;
        std::int64_t modified_ns = 0, changed_ns = 0;
    };
    struct Entry {
        std::string name;
        Identity id{};
        bool seen = false;              // lstat answered (else left out of the stamp)
        std::size_t folder = SIZE_MAX;  // a subfolder: its index in `folders`
    };
    struct Folder {
        std::string prefix;          // "" for the root, else "materials/" and the like
        std::vector<Entry> entries;  // in byte order of their names
        bool opened = true;
        bool readable = true;        // every entry could be looked at
        Identity self{};             // the folder's own, when it was listed
    };
    std::vector<Folder> folders;     // [0] is the root
    std::int64_t listed_at_ns = 0;   // when the walk began (wall_clock_ns)
    std::size_t folders_reused = 0;  // folders whose names were taken from an earlier listing
};
// `previous`: the same tree's listing by an earlier walk. A folder whose own identity is what that
// walk found, and whose times are two seconds older than that walk, holds the same names (adding,
// removing or renaming an entry sets its folder's times, to the tick of a clock that may be coarse:
// hence the two seconds): its names are taken from there, not read again; each entry is still
// looked at (a file's own changes do not touch its folder). At 10 000 materials the output is
// 28 000 folders, and reading each one's names was two thirds of the walk's system calls.
TreeListing list_tree(const std::filesystem::path& root, const std::vector<std::string>& left_out = {}, const TreeListing* previous = nullptr);
// The listing list_tree(root) would give right after a build swapped `site` in at `root`, made
// from what the build knows of it: only the folders, and the files it did not write itself, are
// looked at. A first build at 10 000 materials made 28 000 folders: walking them again after the
// swap (opening each, reading its names, looking at each entry) was a third of the build's system
// calls and some 0.3 s at its end. `listed_at_ns` is the moment before the swap, so a folder
// someone changed since is one the next walk reads again (EarlierListing's two seconds).
TreeListing listing_of_swapped_site(const std::filesystem::path& root, const SwappedSite& site);
// The files of a listing by their path relative to its root ("materials/a/index.html"), for a
// rebuild into an output the walk found as the last build left it: it asks the listing, not the
// file system, what a published file is (output/published_memo.h's set_identities).
class ListedFiles {
public:
    explicit ListedFiles(const TreeListing& listing);
    struct Found {
        bool regular = false;  // a regular file (else: something else, or nothing, is there)
        TreeListing::Identity id{};
    };
    // Nullopt when the walk did not look at that place (a folder it did not list, an entry it
    // could not look at): then only the file system can tell.
    std::optional<Found> find(std::string_view path) const;

private:
    const TreeListing& listing_;
    std::unordered_map<std::string_view, std::size_t> folder_of_prefix_;
};

// A listing as bytes for the build cache, and back (nullopt for bytes that are not one).
std::string encode_listing(const TreeListing& listing);
std::optional<TreeListing> decode_listing(std::string_view bytes);
TreeStamp stamp_listing(const TreeListing& listing, std::int64_t recent_after_ns = INT64_MAX);
// Brings `listing` (of `root`) up to date with the entries at `paths`, relative to the root: each
// looked at again with the folders above it (their times change with their entries), a new folder
// listed whole, a gone one dropped. Entries elsewhere are taken as they were.
void relist(TreeListing& listing, const std::filesystem::path& root, const std::vector<std::string>& paths);

// What a file holds (for the recent files of a stamp); nullopt when it cannot be read.
std::optional<Fingerprint> content_of(const std::filesystem::path& file);

// The top-level names of the site's folder that are not the build's inputs: the build cache,
// Git's folder, the output folders (and the names urker uses beside them: output/output_paths.h).
std::vector<std::string> names_beside_inputs(const std::filesystem::path& source, const std::filesystem::path& output);
// Whether a top-level name is one of the build's own beside an output folder (.public.urker-lock…).
bool is_build_side_name(const std::string& name);

struct UpToDateRecord {
    Fingerprint inputs;         // the stamp of the inputs the build started from
    Fingerprint output;         // stamp_tree of the output once published
    std::size_t pages = 0, files = 0, warnings = 0;
    std::string messages;       // what the build printed to the error stream (its warnings), as printed
    std::string language;       // the language they are in, for the lines that follow them
    // The inputs changed shortly before the build started, by path in the site's folder, with
    // what they held then (content_of).
    std::vector<std::pair<std::string, Fingerprint>> recent;
};

class UpToDate {
public:
    // The record for the output folder `output_root`, in the build cache `cache_folder`.
    UpToDate(const std::filesystem::path& cache_folder, const std::filesystem::path& output_root);

    // The last build's record when it was made from `inputs`, its recent files in `source` hold
    // what they held, and the output is still as that build left it; nullopt otherwise.
    std::optional<UpToDateRecord> matching(const Fingerprint& inputs, const std::filesystem::path& source) const;
    // Both answers from one walk of the output: whether the build is up to date (as `matching`;
    // `inputs` nullopt: never), and whether the output is as the last build left it, whatever the
    // inputs. Such a folder holds only what urker published, so a build into it need not walk it
    // again for someone else's files (OutputRequest::as_last_left).
    struct Check {
        std::optional<UpToDateRecord> up_to_date;
        bool output_as_left = false;
        TreeListing output;  // the output as the walk found it (for `save` after a rebuild in place)
    };
    Check check(const std::optional<Fingerprint>& inputs, const std::filesystem::path& source) const;
    // The same with the inputs' stamp asked for only once the record is read and the output
    // walked (and at most once), so the caller can stamp the site's folder meanwhile.
    Check check(const std::function<std::optional<Fingerprint>()>& stamp_inputs, const std::filesystem::path& source) const;
    // Before a build changes the output: the record no longer describes it.
    void forget() const;
    // After a successful build: records it. Best effort: a record that cannot be written is no error.
    // `output_before` and `changed`: the output as `check` listed it and the paths the build changed
    // in it since (a rebuild in place); the record's stamp of the output is then made from them
    // instead of a walk of the whole output. `output_before` alone: the output as it stands
    // (listing_of_swapped_site).
    void save(UpToDateRecord record, TreeListing* output_before = nullptr, const std::vector<std::string>* changed = nullptr) const;

    const std::filesystem::path& file() const { return file_; }
    // The output's listing as the record's walk left it (list_tree's `previous` for the next check).
    std::filesystem::path listing_file() const {
        std::filesystem::path f = file_;
        return f.replace_extension(".listing");
    }

private:
    std::filesystem::path file_;
    std::filesystem::path output_root_;
};

// Nanoseconds since the epoch, by the clock file times are set from.
std::int64_t wall_clock_ns();

}  // namespace urker
