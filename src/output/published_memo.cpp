#include "output/published_memo.h"

#include <sys/stat.h>
#include <unistd.h>

#include <charconv>
#include <fstream>
#include <sstream>

namespace urker {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kHeader = "urker-published-memo 1 ";

struct Identity {
    std::uintmax_t size = 0;
    std::int64_t mtime_ns = 0;
    std::uint64_t inode = 0;
};

// The identity of a regular file (not following a symbolic link: urker never publishes one).
std::optional<Identity> identity_of(const fs::path& file) {
    struct stat st {};
    if (::lstat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    return Identity{static_cast<std::uintmax_t>(st.st_size),
                    static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec, static_cast<std::uint64_t>(st.st_ino)};
}

template <typename Number>
bool read_number(std::string_view& line, Number& value) {
    auto [end, ec] = std::from_chars(line.data(), line.data() + line.size(), value);
    if (ec != std::errc() || end == line.data() + line.size() || *end != ' ') return false;
    line.remove_prefix(static_cast<std::size_t>(end - line.data()) + 1);
    return true;
}

}  // namespace

Fingerprint PublishedMemo::program_key(std::string_view version) {
    Fingerprinter key;
    key.add(version);
    // /proc/self/exe follows to the binary itself, wherever it was started from.
    struct stat st {};
    if (::stat("/proc/self/exe", &st) == 0)
        key.add(static_cast<std::uint64_t>(st.st_size))
            .add(static_cast<std::uint64_t>(st.st_mtim.tv_sec) * 1000000000u + static_cast<std::uint64_t>(st.st_mtim.tv_nsec))
            .add(static_cast<std::uint64_t>(st.st_ino));
    return key.finish();
}

fs::path PublishedMemo::file_for(const fs::path& cache_folder, const fs::path& output_root) {
    std::error_code ec;
    fs::path absolute = fs::weakly_canonical(output_root, ec);
    if (ec) absolute = fs::absolute(output_root, ec);
    const Fingerprint where = Fingerprinter().add(std::string_view(absolute.string())).finish();
    return cache_folder / ("published-" + where.hex().substr(0, 16) + ".txt");
}

PublishedMemo::PublishedMemo(const fs::path& cache_folder, fs::path output_root, const Fingerprint& build_key)
    : file_(file_for(cache_folder, output_root)), output_root_(std::move(output_root)), build_key_(build_key) {
    std::ifstream in(file_, std::ios::binary);
    std::string line;
    if (!in || !std::getline(in, line) || line != std::string(kHeader) + build_key_.hex()) return;
    while (std::getline(in, line)) {
        std::string_view rest = line;
        if (rest.size() < 33 || rest[32] != ' ') {
            previous_.clear();
            return;
        }
        auto inputs = Fingerprint::parse(rest.substr(0, 32));
        rest.remove_prefix(33);
        Published p;
        if (!inputs || !read_number(rest, p.size) || !read_number(rest, p.mtime_ns) || !read_number(rest, p.inode) || rest.empty()) {
            previous_.clear();  // a damaged file: start afresh rather than trust part of it
            return;
        }
        p.inputs = *inputs;
        previous_.emplace(std::string(rest), p);
    }
}

bool PublishedMemo::reuse(OutputSink& out, const std::string& path, const Fingerprint& inputs) {
    auto it = previous_.find(path);
    if (it == previous_.end() || !(it->second.inputs == inputs)) return false;
    const auto now = identity_of(output_root_ / fs::path(path));
    const Published& then = it->second;
    if (!now || now->size != then.size || now->mtime_ns != then.mtime_ns || now->inode != then.inode) return false;
    if (!out.link_previous(path)) return false;
    std::lock_guard lock(mutex_);
    current_[path] = inputs;
    ++reused_;
    return true;
}

void PublishedMemo::remember(const std::string& path, const Fingerprint& inputs) {
    std::lock_guard lock(mutex_);
    current_[path] = inputs;
}

std::size_t PublishedMemo::reused() const {
    std::lock_guard lock(mutex_);
    return reused_;
}

bool PublishedMemo::save() const {
    std::ostringstream text;
    text << kHeader << build_key_.hex() << '\n';
    {
        std::lock_guard lock(mutex_);
        for (const auto& [path, inputs] : current_) {
            if (path.find('\n') != std::string::npos) continue;
            const auto id = identity_of(output_root_ / fs::path(path));
            if (!id) continue;
            text << inputs.hex() << ' ' << id->size << ' ' << id->mtime_ns << ' ' << id->inode << ' ' << path << '\n';
        }
    }
    std::error_code ec;
    fs::create_directories(file_.parent_path(), ec);
    fs::path temporary = file_;
    temporary += ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text.str();
        out.close();
        if (!out) {
            fs::remove(temporary, ec);
            return false;
        }
    }
    fs::rename(temporary, file_, ec);
    if (!ec) return true;
    fs::remove(temporary, ec);
    return false;
}

}  // namespace urker
