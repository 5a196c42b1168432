#include "output/output.h"

#include <algorithm>
#include <chrono>
#include <atomic>
#include <functional>
#include <set>
#include <cerrno>
#include <climits>
#include <cstring>
#include <memory>
#include <cstdlib>
#include <vector>
#include <fstream>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "core/fs.h"
#include "core/thread_pool.h"
#include "output/folder_swap.h"
#include "output/output_marker.h"

namespace urker {

namespace fs = std::filesystem;

bool is_safe_output_path(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.find('\\') != std::string_view::npos || path.find('\0') != std::string_view::npos)
        return false;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        std::string_view seg = path.substr(start, end - start);
        if (seg.empty() || seg == "." || seg == "..") return false;
        start = end + 1;
    }
    return true;
}

MemoryOutput::MemoryOutput(const MemoryOutput& base, std::set<std::string> wanted) : only_(true), wanted_(wanted.begin(), wanted.end()) {
    std::lock_guard lock(base.mutex_);
    files_ = base.files_;
}

bool MemoryOutput::wants(std::string_view path) const { return !only_ || wanted_.count(path) > 0; }

namespace {

std::size_t size_of(std::span<const std::string_view> pieces) {
    std::size_t size = 0;
    for (std::string_view piece : pieces) size += piece.size();
    return size;
}

}  // namespace

void OutputSink::write_pieces(const std::string& path, std::span<const std::string_view> pieces) {
    std::string joined;
    joined.reserve(size_of(pieces));
    for (std::string_view piece : pieces) joined += piece;
    write(path, joined);
}

void MemoryOutput::write(const std::string& path, std::string_view data) {
    if (!is_safe_output_path(path)) throw std::invalid_argument("unsafe output path: " + path);
    if (!wants(path)) return;
    std::lock_guard lock(mutex_);
    files_[path] = std::string(data);
}

void MemoryOutput::copy(const fs::path& source_file, const std::string& path) {
    if (!wants(path)) return;
    auto data = read_file(source_file);
    if (!data) throw std::runtime_error("cannot read " + source_file.string());
    write(path, *data);
}

std::optional<std::string> MemoryOutput::read_previous(const std::string& path) const {
    if (!previous_) return std::nullopt;
    std::lock_guard lock(previous_->mutex_);
    auto it = previous_->files_.find(path);
    if (it == previous_->files_.end()) return std::nullopt;
    return it->second.str();
}

bool MemoryOutput::link_previous(const std::string& path, std::optional<std::uintmax_t>) {
    if (!previous_ || !wants(path)) return false;
    SharedBytes data;
    {
        std::lock_guard lock(previous_->mutex_);
        auto it = previous_->files_.find(path);
        if (it == previous_->files_.end()) return false;
        data = it->second;  // the same bytes, not a copy of them
    }
    std::lock_guard lock(mutex_);
    files_[path] = std::move(data);
    return true;
}

std::size_t MemoryOutput::file_count() const {
    std::lock_guard lock(mutex_);
    return files_.size();
}

std::uintmax_t MemoryOutput::byte_count() const {
    std::lock_guard lock(mutex_);
    std::uintmax_t n = 0;
    for (const auto& [p, d] : files_) n += d.size();
    return n;
}

DirectoryOutput::DirectoryOutput(const fs::path& output_dir, Publish how) : paths_(OutputPaths::beside(output_dir)) {
    std::error_code ec;
    // A folder left by a build that was killed is ours to remove: only this exact name is touched.
    remove_tree(paths_.staging);
    fs::create_directories(paths_.staging, ec);
    if (ec) {
        failed_ = true;
        failure_ = "cannot create " + paths_.staging.string() + ": " + ec.message();
    }
    struct stat st {};
    output_existed_ = ::lstat(paths_.output.c_str(), &st) == 0 || errno != ENOENT;
    // Only a site whose marker lists its files is updated in place: those are the files this
    // build may replace or remove. Without one (a site from before markers) it swaps.
    if (how == Publish::update_in_place)
        if (auto text = read_file(paths_.output / kOutputMarker)) {
            std::vector<std::string> listed;
            if (parse_output_marker(*text, listed)) {
                in_place_ = true;
                published_.insert(listed.begin(), listed.end());
                published_.erase(kOutputMarker);
            }
        }
}

DirectoryOutput::~DirectoryOutput() {
    if (!committed_) abandon();
}

fs::path DirectoryOutput::prepare(const std::string& path) {
    if (!is_safe_output_path(path)) throw std::invalid_argument("unsafe output path: " + path);
    fs::path target = paths_.staging / fs::path(path);
    // Each folder is made once, by one mkdir (the folders above it first): a site of 10 000
    // materials writes 28 000 files into 14 000 folders, and asking the file system whether each
    // exists first cost as much as making it.
    const auto slash = path.rfind('/');
    if (slash != std::string::npos) make_staging_folder(path.substr(0, slash));
    return target;
}

void DirectoryOutput::make_staging_folder(const std::string& folder) {
    {
        std::lock_guard lock(folders_mutex_);
        if (folders_.count(folder)) return;
    }
    if (const auto slash = folder.rfind('/'); slash != std::string::npos) make_staging_folder(folder.substr(0, slash));
    ::mkdir((paths_.staging / fs::path(folder)).c_str(), 0777);  // EEXIST when another thread was first
    std::lock_guard lock(folders_mutex_);
    folders_.insert(folder);
}

void DirectoryOutput::record(const std::string& path, std::uintmax_t bytes) {
    written_identities_.erase(path);  // a second write of one path: the file written last (write_pieces puts it back)
    written_.push_back(path);
    ++files_;
    bytes_ += bytes;
}

namespace {

// A place in pieces laid end to end: the next byte is pieces[piece][at].
struct PieceCursor {
    std::span<const std::string_view> pieces;
    std::size_t piece = 0, at = 0;

    // Whether every byte is behind; otherwise the cursor is on a byte of a piece.
    bool at_end() {
        while (piece < pieces.size() && at == pieces[piece].size()) {
            ++piece;
            at = 0;
        }
        return piece == pieces.size();
    }
    // What is left of the current piece (call after at_end() answered false).
    std::string_view rest() const { return pieces[piece].substr(at); }
    void advance(std::size_t count) { at += count; }
};

// Whether `file` holds the pieces end to end; read a block at a time, no further than the first
// difference (a bundle's pieces are thousands of members of a few kilobytes).
bool file_has_bytes(const fs::path& file, std::span<const std::string_view> pieces) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec || size != size_of(pieces) || !fs::is_regular_file(fs::symlink_status(file, ec))) return false;
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    static constexpr std::size_t kBlock = 1 << 16;
    std::unique_ptr<char[]> buffer(new char[kBlock]);
    PieceCursor next{pieces};
    bool same = true;
    while (same && !next.at_end()) {
        const ssize_t n = ::read(fd, buffer.get(), kBlock);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            same = false;
            break;
        }
        for (std::size_t done = 0; same && done < static_cast<std::size_t>(n);) {
            if (next.at_end()) {
                same = false;  // the file is longer than it was a moment ago
                break;
            }
            const std::string_view rest = next.rest();
            const std::size_t count = std::min(static_cast<std::size_t>(n) - done, rest.size());
            same = std::memcmp(buffer.get() + done, rest.data(), count) == 0;
            done += count;
            next.advance(count);
        }
    }
    ::close(fd);
    return same;
}

bool files_have_same_bytes(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    const auto size = fs::file_size(a, ec);
    if (ec || size != fs::file_size(b, ec) || ec) return false;
    if (!fs::is_regular_file(fs::symlink_status(b, ec))) return false;
    std::ifstream in_a(a, std::ios::binary), in_b(b, std::ios::binary);
    char buffer_a[1 << 16], buffer_b[1 << 16];
    std::uintmax_t at = 0;
    while (at < size) {
        const auto want = static_cast<std::streamsize>(std::min<std::uintmax_t>(sizeof buffer_a, size - at));
        if (!in_a.read(buffer_a, want) || !in_b.read(buffer_b, want)) return false;
        if (std::memcmp(buffer_a, buffer_b, static_cast<std::size_t>(want)) != 0) return false;
        at += static_cast<std::uintmax_t>(want);
    }
    return true;
}

}  // namespace

// A file whose bytes are what the previous site already holds is not written again: the staging
// folder gets a hard link to the published file, so it keeps its modification time and rsync or
// an object-store sync uploads only what changed. The link is made only for identical bytes, and
// nothing is ever written through it (files are only created new, see write_new_file), so the
// previous site stays exactly as it was if this build fails.
bool DirectoryOutput::reuse_published(const fs::path& target, const std::string& path) {
    std::error_code ec;
    fs::create_hard_link(paths_.output / fs::path(path), target, ec);
    if (ec) return false;
    std::lock_guard lock(mutex_);
    ++unchanged_;
    return true;
}

namespace {

// Creates `target` and writes the pieces into it, end to end. O_EXCL: never through an existing entry, which may
// be a link to a file of the published site; the staging folder starts empty, so that costs
// nothing but the rare second write of one path, which removes the first.
bool write_new_file(const fs::path& target, std::span<const std::string_view> pieces, struct stat& written) {
    int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno == EEXIST) {
        std::error_code ec;
        fs::remove(target, ec);
        fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    }
    if (fd < 0) return false;
    // Up to IOV_MAX pieces a call (a bundle's thousands of members in a few calls), resumed where
    // a short write stopped.
    std::vector<struct iovec> batch;
    PieceCursor next{pieces};
    bool whole = true;
    while (whole && !next.at_end()) {
        const std::string_view rest = next.rest();
        batch.assign(1, {const_cast<char*>(rest.data()), rest.size()});
        for (std::size_t k = next.piece + 1; k < pieces.size() && batch.size() < IOV_MAX; ++k)
            if (!pieces[k].empty()) batch.push_back({const_cast<char*>(pieces[k].data()), pieces[k].size()});
        const ssize_t n = ::writev(fd, batch.data(), static_cast<int>(batch.size()));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            whole = false;
            break;
        }
        for (std::size_t left = static_cast<std::size_t>(n); left > 0 && !next.at_end();) {
            const std::size_t count = std::min(left, next.rest().size());
            next.advance(count);
            left -= count;
        }
    }
    // What the file is now, asked of the open file (no path to look up again); when that fails,
    // `written` stays zero and the build cache looks the file up by its path instead.
    if (whole && ::fstat(fd, &written) != 0) written = {};
    return ::close(fd) == 0 && whole;
}

}  // namespace

void DirectoryOutput::keep_published(const std::string& path, std::uintmax_t bytes) {
    std::lock_guard lock(mutex_);
    if (staged_.erase(path)) {  // a second write of one path, with the published bytes after all
        std::error_code ec;
        fs::remove(paths_.staging / fs::path(path), ec);
    }
    kept_.push_back(path);
    ++unchanged_;
    record(path, bytes);
}

void DirectoryOutput::note_staged(const std::string& path) {
    if (in_place_) staged_.insert(path);  // under mutex_
}

void DirectoryOutput::write(const std::string& path, std::string_view data) { write_pieces(path, std::span<const std::string_view>(&data, 1)); }

void DirectoryOutput::write_pieces(const std::string& path, std::span<const std::string_view> data) {
    if (!is_safe_output_path(path)) throw std::invalid_argument("unsafe output path: " + path);
    const std::size_t size = size_of(data);
    if (in_place_ && published_.count(path) && file_has_bytes(paths_.output / fs::path(path), data)) {
        keep_published(path, size);
        return;
    }
    fs::path target = prepare(path);
    if (!in_place_ && output_existed_ && file_has_bytes(paths_.output / fs::path(path), data) && reuse_published(target, path)) {
        std::lock_guard lock(mutex_);
        record(path, size);
        return;
    }
    struct stat st {};
    const bool written = write_new_file(target, data, st);
    std::lock_guard lock(mutex_);
    if (!written) {
        failed_ = true;
        failure_ = "cannot write " + target.string();
        return;
    }
    note_staged(path);
    record(path, size);
    if (st.st_ino != 0)
        written_identities_[path] = {static_cast<std::uint32_t>(st.st_mode), static_cast<std::uint64_t>(st.st_size),
                                     static_cast<std::uint64_t>(st.st_ino),
                                     static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
                                     static_cast<std::int64_t>(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec};
}

std::unordered_map<std::string, PublishedFileIdentity> DirectoryOutput::written_identities() const {
    std::lock_guard lock(mutex_);
    std::unordered_map<std::string, PublishedFileIdentity> identities;
    identities.reserve(written_identities_.size());
    for (const auto& [path, st] : written_identities_) identities.emplace(path, PublishedFileIdentity{st.size, st.modified_ns, st.inode});
    return identities;
}

std::optional<SwappedSite> DirectoryOutput::swapped_site() const {
    if (!committed_ || updated_in_place_) return std::nullopt;
    std::lock_guard lock(mutex_);
    SwappedSite site;
    site.files = written_;
    site.files.push_back(kOutputMarker);
    std::sort(site.files.begin(), site.files.end());
    site.files.erase(std::unique(site.files.begin(), site.files.end()), site.files.end());
    {
        std::lock_guard folders_lock(folders_mutex_);
        site.folders.assign(folders_.begin(), folders_.end());
    }
    site.written = written_identities_;
    site.swapped_at_ns = swapped_at_ns_;
    return site;
}

void DirectoryOutput::copy(const fs::path& source_file, const std::string& path) {
    if (!is_safe_output_path(path)) throw std::invalid_argument("unsafe output path: " + path);
    std::error_code ec;
    if (in_place_ && published_.count(path) && files_have_same_bytes(source_file, paths_.output / fs::path(path))) {
        keep_published(path, fs::file_size(source_file, ec));
        return;
    }
    fs::path target = prepare(path);
    fs::remove(target, ec);  // copy_file would write through an existing entry (see write_new_file)
    if (!in_place_ && output_existed_ && files_have_same_bytes(source_file, paths_.output / fs::path(path)) &&
        reuse_published(target, path)) {
        std::lock_guard lock(mutex_);
        record(path, fs::file_size(target, ec));
        return;
    }
    fs::copy_file(source_file, target, fs::copy_options::overwrite_existing, ec);
    std::lock_guard lock(mutex_);
    if (ec) {
        failed_ = true;
        failure_ = "cannot copy " + source_file.string() + " to " + target.string() + ": " + ec.message();
        return;
    }
    note_staged(path);
    record(path, fs::file_size(target, ec));
}

bool DirectoryOutput::link_previous(const std::string& path, std::optional<std::uintmax_t> size) {
    if (in_place_) {
        // Nothing to do but make sure the file is still the site's own and still there (the
        // build cache, which gives its size, has just looked).
        if (!published_.count(path)) return false;
        if (size) {
            keep_published(path, *size);
            return true;
        }
        struct stat st {};
        if (::lstat((paths_.output / fs::path(path)).c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
        keep_published(path, static_cast<std::uintmax_t>(st.st_size));
        return true;
    }
    fs::path target = prepare(path);
    std::error_code ec;
    fs::remove(target, ec);  // a second write of one path replaces the first, as write() does
    if (!reuse_published(target, path)) {
        std::lock_guard lock(mutex_);
        written_identities_.erase(path);  // an earlier write of the path, just removed
        return false;
    }
    const std::uintmax_t linked_size = size ? *size : fs::file_size(target, ec);  // the cache knows it
    std::lock_guard lock(mutex_);
    record(path, ec ? 0 : linked_size);
    return true;
}

std::size_t DirectoryOutput::file_count() const {
    std::lock_guard lock(mutex_);
    return files_;
}

std::size_t DirectoryOutput::unchanged_count() const {
    std::lock_guard lock(mutex_);
    return unchanged_;
}

std::uintmax_t DirectoryOutput::byte_count() const {
    std::lock_guard lock(mutex_);
    return bytes_;
}

bool DirectoryOutput::commit(Diagnostics& diags) {
    const SourceLocation where{paths_.output.string()};
    if (in_place_ && !failed_) {
        // Moving each file costs about what linking one does; when most of the site changed (a
        // template edit) a whole new site swapped in at once is as quick and changes in one step.
        if (staged_.size() * 4 <= files_ * 3 && !someone_elses_file_in_the_way()) return commit_in_place(diags);
        if (!link_kept_files_into_staging()) {
            failed_ = true;
            if (failure_.empty()) failure_ = "cannot link the unchanged files into " + paths_.staging.string();
        }
    }
    if (!failed_) {
        // The marker goes in last, so a staging folder without one is an unfinished build.
        std::lock_guard lock(mutex_);
        std::ofstream marker(paths_.staging / kOutputMarker, std::ios::binary | std::ios::trunc);
        marker << output_marker_text(written_);
        marker.close();
        if (!marker) {
            failed_ = true;
            failure_ = "cannot write " + (paths_.staging / kOutputMarker).string();
        }
    }
    if (failed_) {
        diags.error(where, Message("output.not_written", {{"detail", failure_}}), Message("output.not_written_hint"));
        abandon();
        return false;
    }
    // A previous site left at .X.urker-old would block the swap; it was retired when the build
    // opened the output, so this only matters for callers that skip OutputFolder.
    if (fs::path kept = retire_folder(paths_.old, paths_.output); !kept.empty())
        diags.warning(where, Message("output.old_copy_moved", {{"backup", kept.string()}}));
    std::string error;
    // By the clock file times are set from (site/up_to_date.h's wall_clock_ns).
    swapped_at_ns_ = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    if (!swap_site_into_place(paths_, error)) {
        diags.error(where, Message("output.not_swapped", {{"detail", error}}), Message("output.not_swapped_hint"));
        abandon();
        return false;
    }
    committed_ = true;
    if (!keep_replaced_at_.empty() && exists_no_follow(paths_.old) && !exists_no_follow(keep_replaced_at_)) {
        std::error_code ec;
        fs::create_directories(keep_replaced_at_.parent_path(), ec);
        if (std::rename(paths_.old.c_str(), keep_replaced_at_.c_str()) == 0) return true;
    }
    if (fs::path kept = retire_folder(paths_.old, paths_.output); !kept.empty())
        diags.warning(where, Message("output.foreign_files_moved", {{"backup", kept.string()}}), Message("output.foreign_files_moved_hint"));
    return true;
}

void DirectoryOutput::abandon() {
    remove_tree(paths_.staging);
}

bool DirectoryOutput::write_marker(const fs::path& file, std::vector<std::string> paths) {
    // Written beside, then renamed over the old one: the site never stands without a marker.
    const fs::path next = paths_.staging / ".urker-output.next";
    {
        std::ofstream out(next, std::ios::binary | std::ios::trunc);
        out << output_marker_text(std::move(paths));
        out.close();
        if (!out) return false;
    }
    return std::rename(next.c_str(), file.c_str()) == 0;
}

bool DirectoryOutput::link_kept_files_into_staging() {
    std::vector<std::string> kept;
    {
        std::lock_guard lock(mutex_);
        for (const auto& path : kept_)
            if (!staged_.count(path)) kept.push_back(path);
    }
    std::atomic<bool> ok{true};
    parallel_for(kept.size(), [&](std::size_t i) {
        fs::path target = prepare(kept[i]);
        std::error_code ec;
        fs::create_hard_link(paths_.output / fs::path(kept[i]), target, ec);
        if (ec && ec != std::errc::file_exists) ok = false;
    }, 8);
    return ok;
}

namespace {

// Makes `folder` (relative) and the folders above it inside `root`, each once.
bool make_folders(const fs::path& root, const std::string& folder, std::unordered_set<std::string>& made) {
    if (folder.empty() || made.count(folder)) return true;
    const auto slash = folder.rfind('/');
    if (slash != std::string::npos && !make_folders(root, folder.substr(0, slash), made)) return false;
    const fs::path p = root / fs::path(folder);
    if (::mkdir(p.c_str(), 0777) != 0 && errno != EEXIST) return false;
    made.insert(folder);
    return true;
}

std::string parent_of(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

}  // namespace

// A new file's place (or a folder above it) taken by a file urker did not write, put there since
// the build began: updating in place would replace it, so the build swaps instead, and the swap
// moves the previous site, that file with it, to a backup folder (retire_folder).
bool DirectoryOutput::someone_elses_file_in_the_way() const {
    std::lock_guard lock(mutex_);
    for (const auto& path : staged_) {
        if (published_.count(path)) continue;
        for (std::string at = path; !at.empty(); at = parent_of(at)) {
            struct stat st {};
            if (::lstat((paths_.output / fs::path(at)).c_str(), &st) != 0) continue;
            if (at != path && S_ISDIR(st.st_mode)) break;  // a folder: its files are checked as paths of their own
            if (!published_.count(at)) return true;
        }
    }
    return false;
}

bool DirectoryOutput::commit_in_place(Diagnostics& diags) {
    const SourceLocation where{paths_.output.string()};
    std::vector<std::string> now, moving, gone;
    {
        std::lock_guard lock(mutex_);
        now = written_;
        moving.assign(staged_.begin(), staged_.end());
    }
    std::sort(now.begin(), now.end());
    now.erase(std::unique(now.begin(), now.end()), now.end());
    std::sort(moving.begin(), moving.end());
    const std::unordered_set<std::string> made(now.begin(), now.end());
    for (const auto& path : published_)
        if (!made.count(path)) gone.push_back(path);
    std::sort(gone.begin(), gone.end());

    // The same files as before (only bytes changed): the marker stays as it is, untouched.
    bool same_files = gone.empty();
    for (const auto& path : moving) same_files = same_files && published_.count(path) > 0;
    // While the site changes its marker lists the files of both builds, so if urker is killed
    // halfway the next build still knows every file there as its own.
    std::vector<std::string> both = now;
    both.insert(both.end(), gone.begin(), gone.end());
    if (!same_files && !write_marker(paths_.output / kOutputMarker, std::move(both))) {
        diags.error(where, Message("output.not_written", {{"detail", "cannot write " + (paths_.output / kOutputMarker).string()}}),
                    Message("output.not_written_hint"));
        abandon();
        return false;
    }
    std::string failure;
    // What this build no longer makes goes first (a page that became a folder, or the other way
    // round, needs its name free), then the folders it leaves empty.
    std::set<std::string, std::greater<>> emptied;
    for (const auto& path : gone) {
        const fs::path file = paths_.output / fs::path(path);
        if (::unlink(file.c_str()) != 0 && errno != ENOENT && failure.empty()) failure = "cannot remove " + file.string() + ": " + std::strerror(errno);
        for (std::string folder = parent_of(path); !folder.empty(); folder = parent_of(folder)) emptied.insert(folder);
    }
    for (const auto& folder : emptied) ::rmdir((paths_.output / fs::path(folder)).c_str());  // deepest first; fails unless empty
    // Then the changed files, each by one rename: a visitor gets the old page or the new one.
    std::unordered_set<std::string> folders;
    for (const auto& path : moving)
        if (!make_folders(paths_.output, parent_of(path), folders) && failure.empty())
            failure = "cannot create a folder for " + (paths_.output / fs::path(path)).string() + ": " + std::strerror(errno);
    std::mutex failure_mutex;
    parallel_for(moving.size(), [&](std::size_t i) {
        const fs::path from = paths_.staging / fs::path(moving[i]), to = paths_.output / fs::path(moving[i]);
        if (std::rename(from.c_str(), to.c_str()) == 0) return;
        const int error = errno;
        std::lock_guard lock(failure_mutex);
        if (failure.empty()) failure = "cannot move " + from.string() + " to " + to.string() + ": " + std::strerror(error);
    }, 8);
    if (!failure.empty()) {
        // Part of the new site is in place; the marker still lists every file of both builds.
        diags.error(where, Message("output.updated_in_part", {{"detail", failure}}), Message("output.updated_in_part_hint"));
        abandon();
        return false;
    }
    if (!same_files && !write_marker(paths_.output / kOutputMarker, std::move(now)))
        diags.warning(where, Message("output.not_written", {{"detail", "cannot write " + (paths_.output / kOutputMarker).string()}}),
                      Message("output.not_written_hint"));
    committed_ = true;
    updated_in_place_ = true;
    changed_in_place_ = std::move(moving);
    changed_in_place_.insert(changed_in_place_.end(), gone.begin(), gone.end());
    if (!same_files) changed_in_place_.push_back(kOutputMarker);
    remove_tree(paths_.staging);
    return true;
}

}  // namespace urker
