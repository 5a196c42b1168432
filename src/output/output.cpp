#include "output/output.h"

#include <algorithm>
#include <cstdlib>
#include <vector>
#include <fstream>
#include <stdexcept>

#include "core/fs.h"
#include "core/thread_pool.h"

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

void MemoryOutput::write(const std::string& path, std::string_view data) {
    if (!is_safe_output_path(path)) throw std::invalid_argument("unsafe output path: " + path);
    std::lock_guard lock(mutex_);
    files_[path] = std::string(data);
}

void MemoryOutput::copy(const fs::path& source_file, const std::string& path) {
    auto data = read_file(source_file);
    if (!data) throw std::runtime_error("cannot read " + source_file.string());
    write(path, *data);
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

DirectoryOutput::DirectoryOutput(fs::path output_dir) : output_(fs::absolute(std::move(output_dir)).lexically_normal()) {
    if (output_.filename().empty()) output_ = output_.parent_path();
    staging_ = output_.parent_path() / ("." + output_.filename().string() + ".urker-new");
    std::error_code ec;
    // A folder left by a build that was killed is ours to remove: only this exact name is touched.
    fs::remove_all(staging_, ec);
    fs::create_directories(staging_, ec);
    if (ec) {
        failed_ = true;
        failure_ = "cannot create " + staging_.string() + ": " + ec.message();
    }
}

DirectoryOutput::~DirectoryOutput() {
    if (!committed_) abandon();
}

fs::path DirectoryOutput::prepare(const std::string& path) {
    if (!is_safe_output_path(path)) throw std::invalid_argument("unsafe output path: " + path);
    fs::path target = staging_ / fs::path(path);
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    return target;
}

void DirectoryOutput::write(const std::string& path, std::string_view data) {
    fs::path target = prepare(path);
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.close();
    std::lock_guard lock(mutex_);
    if (!out) {
        failed_ = true;
        failure_ = "cannot write " + target.string();
        return;
    }
    ++files_;
    bytes_ += data.size();
}

void DirectoryOutput::copy(const fs::path& source_file, const std::string& path) {
    fs::path target = prepare(path);
    std::error_code ec;
    fs::copy_file(source_file, target, fs::copy_options::overwrite_existing, ec);
    std::lock_guard lock(mutex_);
    if (ec) {
        failed_ = true;
        failure_ = "cannot copy " + source_file.string() + " to " + target.string() + ": " + ec.message();
        return;
    }
    ++files_;
    bytes_ += fs::file_size(target, ec);
}

std::size_t DirectoryOutput::file_count() const {
    std::lock_guard lock(mutex_);
    return files_;
}

std::uintmax_t DirectoryOutput::byte_count() const {
    std::lock_guard lock(mutex_);
    return bytes_;
}

namespace {

// Removing a big output folder is dominated by the file system's latency per file, not by CPU, so
// files are unlinked from several threads at once; folders go last, deepest first.
void remove_tree(const fs::path& root) {
    std::error_code ec;
    if (!fs::exists(root, ec)) return;
    std::vector<fs::path> files, dirs;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_directory(ec) && !it->is_symlink(ec)) dirs.push_back(it->path());
        else files.push_back(it->path());
    }
    parallel_for(files.size(), [&](std::size_t i) {
        std::error_code e;
        fs::remove(files[i], e);
    }, 8);
    std::sort(dirs.begin(), dirs.end(), [](const fs::path& a, const fs::path& b) { return a.native().size() > b.native().size(); });
    for (const auto& d : dirs) fs::remove(d, ec);
    fs::remove_all(root, ec);
}

}  // namespace

bool DirectoryOutput::commit(Diagnostics& diags) {
    if (failed_) {
        diags.error({}, "the site could not be written: " + failure_, "check the free disk space and the folder's permissions");
        abandon();
        return false;
    }
    std::error_code ec;
    fs::path old = output_.parent_path() / ("." + output_.filename().string() + ".urker-old");
    fs::remove_all(old, ec);
    bool had_output = fs::exists(output_, ec);
    if (had_output) {
        fs::rename(output_, old, ec);
        if (ec) {
            diags.error({}, "cannot replace " + output_.string() + ": " + ec.message(), "close programs that use files in that folder and build again");
            abandon();
            return false;
        }
    }
    fs::rename(staging_, output_, ec);
    if (ec) {
        // Put the old site back so nothing is lost.
        if (had_output) fs::rename(old, output_, ec);
        diags.error({}, "cannot move the new site into " + output_.string(), "check the folder's permissions");
        abandon();
        return false;
    }
    committed_ = true;
    if (had_output) remove_tree(old);
    return true;
}

void DirectoryOutput::abandon() {
    std::error_code ec;
    fs::remove_all(staging_, ec);
}

std::string check_output_folder(const fs::path& source_root, const fs::path& output_dir) {
    std::error_code ec;
    fs::path src = fs::weakly_canonical(fs::absolute(source_root), ec);
    fs::path out = fs::weakly_canonical(fs::absolute(output_dir), ec);
    if (out == out.root_path()) return "the output folder cannot be the root of the file system";
    if (const char* home = std::getenv("HOME"); home && out == fs::weakly_canonical(home, ec))
        return "the output folder cannot be your home folder";
    // Is the source inside (or equal to) the output? Then replacing the output would delete it.
    auto rel = src.lexically_relative(out);
    if (!rel.empty() && *rel.begin() != "..") return "the output folder " + out.string() + " contains the site's own files; choose a folder inside it, such as public/";
    if (fs::exists(out / "site.yaml", ec) || fs::exists(out / "content", ec))
        return "the output folder " + out.string() + " looks like a site's source (it has site.yaml or content/); choose an empty folder";
    return "";
}

}  // namespace urker
