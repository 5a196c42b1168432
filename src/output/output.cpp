#include "output/output.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cstdlib>
#include <vector>
#include <fstream>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

#include "core/fs.h"
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

bool MemoryOutput::link_previous(const std::string& path) {
    if (!previous_ || !wants(path)) return false;
    std::string data;
    {
        std::lock_guard lock(previous_->mutex_);
        auto it = previous_->files_.find(path);
        if (it == previous_->files_.end()) return false;
        data = it->second;
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

DirectoryOutput::DirectoryOutput(const fs::path& output_dir) : paths_(OutputPaths::beside(output_dir)) {
    std::error_code ec;
    // A folder left by a build that was killed is ours to remove: only this exact name is touched.
    remove_tree(paths_.staging);
    fs::create_directories(paths_.staging, ec);
    if (ec) {
        failed_ = true;
        failure_ = "cannot create " + paths_.staging.string() + ": " + ec.message();
    }
}

DirectoryOutput::~DirectoryOutput() {
    if (!committed_) abandon();
}

fs::path DirectoryOutput::prepare(const std::string& path) {
    if (!is_safe_output_path(path)) throw std::invalid_argument("unsafe output path: " + path);
    fs::path target = paths_.staging / fs::path(path);
    // Each folder is made once: a site of 10 000 materials writes 28 000 files into 14 000 folders.
    const auto slash = path.rfind('/');
    if (slash != std::string::npos) {
        std::string folder = path.substr(0, slash);
        bool known;
        {
            std::lock_guard lock(folders_mutex_);
            known = folders_.count(folder) > 0;
        }
        if (!known) {
            std::error_code ec;
            fs::create_directories(target.parent_path(), ec);
            std::lock_guard lock(folders_mutex_);
            folders_.insert(std::move(folder));
        }
    }
    return target;
}

void DirectoryOutput::record(const std::string& path, std::uintmax_t bytes) {
    written_.push_back(path);
    ++files_;
    bytes_ += bytes;
}

namespace {

// True when `file` holds exactly `data`. Reads no further than the first difference.
bool file_has_bytes(const fs::path& file, std::string_view data) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec || size != data.size() || !fs::is_regular_file(fs::symlink_status(file, ec))) return false;
    std::ifstream in(file, std::ios::binary);
    char buffer[1 << 16];
    std::size_t at = 0;
    while (at < data.size()) {
        const auto want = static_cast<std::streamsize>(std::min(sizeof buffer, data.size() - at));
        if (!in.read(buffer, want)) return false;
        if (std::memcmp(buffer, data.data() + at, static_cast<std::size_t>(want)) != 0) return false;
        at += static_cast<std::size_t>(want);
    }
    return true;
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

// Creates `target` and writes `data` into it. O_EXCL: never through an existing entry, which may
// be a link to a file of the published site; the staging folder starts empty, so that costs
// nothing but the rare second write of one path, which removes the first.
bool write_new_file(const fs::path& target, std::string_view data) {
    int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno == EEXIST) {
        std::error_code ec;
        fs::remove(target, ec);
        fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    }
    if (fd < 0) return false;
    std::size_t at = 0;
    while (at < data.size()) {
        const ssize_t n = ::write(fd, data.data() + at, data.size() - at);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        at += static_cast<std::size_t>(n);
    }
    return ::close(fd) == 0 && at == data.size();
}

}  // namespace

void DirectoryOutput::write(const std::string& path, std::string_view data) {
    fs::path target = prepare(path);
    if (file_has_bytes(paths_.output / fs::path(path), data) && reuse_published(target, path)) {
        std::lock_guard lock(mutex_);
        record(path, data.size());
        return;
    }
    const bool written = write_new_file(target, data);
    std::lock_guard lock(mutex_);
    if (!written) {
        failed_ = true;
        failure_ = "cannot write " + target.string();
        return;
    }
    record(path, data.size());
}

void DirectoryOutput::copy(const fs::path& source_file, const std::string& path) {
    fs::path target = prepare(path);
    std::error_code ec;
    fs::remove(target, ec);  // copy_file would write through an existing entry (see write_new_file)
    if (files_have_same_bytes(source_file, paths_.output / fs::path(path)) && reuse_published(target, path)) {
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
    record(path, fs::file_size(target, ec));
}

bool DirectoryOutput::link_previous(const std::string& path) {
    fs::path target = prepare(path);
    std::error_code ec;
    fs::remove(target, ec);  // a second write of one path replaces the first, as write() does
    if (!reuse_published(target, path)) return false;
    const std::uintmax_t size = fs::file_size(target, ec);
    std::lock_guard lock(mutex_);
    record(path, ec ? 0 : size);
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

}  // namespace urker
