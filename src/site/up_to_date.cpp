#include "site/up_to_date.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "content/attachment_cache.h"
#include "core/fs.h"
#include "output/output_folder.h"
#include "output/output_paths.h"

namespace urker {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kHeader = "urker-up-to-date 1";

std::int64_t nanoseconds(const struct timespec& t) { return static_cast<std::int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec; }

bool ends_with(const std::string& s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

struct Walker {
    Fingerprinter f;
    TreeStamp stamp;

    std::int64_t recent_after_ns = INT64_MAX;

    // The entries of the open folder `fd` (taken over), at `prefix` ("" or "content/").
    void walk(int fd, const std::string& prefix, const std::vector<std::string>& left_out) {
        DIR* dir = ::fdopendir(fd);
        if (!dir) {
            ::close(fd);
            stamp.readable = false;
            return;
        }
        std::vector<std::string> names;
        while (const dirent* e = ::readdir(dir)) {
            std::string name = e->d_name;
            if (name == "." || name == "..") continue;
            if (std::find(left_out.begin(), left_out.end(), name) != left_out.end()) continue;
            names.push_back(std::move(name));
        }
        std::sort(names.begin(), names.end());
        for (const std::string& name : names) {
            struct stat st {};
            if (::fstatat(::dirfd(dir), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
                stamp.readable = false;
                continue;
            }
            ++stamp.entries;
            const std::string path = prefix + name;
            f.add(std::string_view(path))
                .add(static_cast<std::uint64_t>(st.st_mode))
                .add(static_cast<std::uint64_t>(st.st_size))
                .add(static_cast<std::uint64_t>(nanoseconds(st.st_mtim)))
                .add(static_cast<std::uint64_t>(nanoseconds(st.st_ctim)))
                .add(static_cast<std::uint64_t>(st.st_ino));
            if (S_ISREG(st.st_mode) && std::max(nanoseconds(st.st_mtim), nanoseconds(st.st_ctim)) > recent_after_ns)
                stamp.recent.push_back(path);
            if (S_ISLNK(st.st_mode)) stamp.has_symlink = true;
            if (S_ISDIR(st.st_mode)) {
                const int child = ::openat(::dirfd(dir), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                if (child < 0) {
                    stamp.readable = false;
                    continue;
                }
                walk(child, path + "/", {});
            }
        }
        ::closedir(dir);
    }
};

}  // namespace

TreeStamp stamp_tree(const fs::path& root, const std::vector<std::string>& left_out, std::int64_t recent_after_ns) {
    Walker w;
    w.recent_after_ns = recent_after_ns;
    const int fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        w.stamp.readable = false;
        return w.stamp;
    }
    w.walk(fd, "", left_out);
    w.f.add(static_cast<std::uint64_t>(w.stamp.entries));
    w.stamp.fingerprint = w.f.finish();
    return w.stamp;
}

bool is_build_side_name(const std::string& name) {
    return ends_with(name, ".urker-new") || ends_with(name, ".urker-old") || ends_with(name, ".urker-lock") ||
           name.find(".urker-backup-") != std::string::npos;
}

std::vector<std::string> names_beside_inputs(const fs::path& source, const fs::path& output) {
    std::vector<std::string> names{kCacheFolder, ".git", kDefaultOutput, kDefaultDraftsOutput};
    std::error_code ec;
    const fs::path site = fs::weakly_canonical(fs::absolute(source, ec), ec);
    const fs::path out = fs::weakly_canonical(fs::absolute(output, ec), ec);
    if (out.parent_path() == site) names.push_back(out.filename().string());
    // The build's own names beside the output folders (found by reading the folder's names once).
    const int fd = ::open(site.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (DIR* dir = fd >= 0 ? ::fdopendir(fd) : nullptr) {
        while (const dirent* e = ::readdir(dir))
            if (std::string name = e->d_name; is_build_side_name(name)) names.push_back(name);
        ::closedir(dir);
    } else if (fd >= 0) {
        ::close(fd);
    }
    return names;
}

std::optional<Fingerprint> content_of(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    Fingerprinter f;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) f.add(std::string_view(buffer, static_cast<std::size_t>(in.gcount())));
    if (in.bad()) return std::nullopt;
    return f.finish();
}

std::int64_t wall_clock_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

UpToDate::UpToDate(const fs::path& cache_folder, const fs::path& output_root)
    : file_(cache_folder / ("up-to-date-" + cache_key_of(output_root) + ".txt")), output_root_(output_root) {}

std::optional<UpToDateRecord> UpToDate::matching(const Fingerprint& inputs, const fs::path& source) const {
    std::ifstream in(file_, std::ios::binary);
    std::string line;
    if (!in || !std::getline(in, line) || line != kHeader) return std::nullopt;
    UpToDateRecord r;
    auto field = [&](std::string_view name) -> std::optional<std::string> {
        if (!std::getline(in, line) || line.compare(0, name.size() + 1, std::string(name) + " ") != 0) return std::nullopt;
        return line.substr(name.size() + 1);
    };
    auto number = [&](std::string_view name, std::size_t& to) {
        auto text = field(name);
        if (!text || text->empty() || text->find_first_not_of("0123456789") != std::string::npos || text->size() > 18) return false;
        to = std::stoull(*text);
        return true;
    };
    auto text = [&](std::string_view name, std::string& to) {
        auto value = field(name);
        if (value) to = *value;
        return value.has_value();
    };
    auto stamp = [&](std::string_view name, Fingerprint& to) {
        auto text = field(name);
        auto parsed = text ? Fingerprint::parse(*text) : std::nullopt;
        if (!parsed) return false;
        to = *parsed;
        return true;
    };
    std::size_t message_bytes = 0, recent = 0;
    if (!stamp("inputs", r.inputs) || !stamp("output", r.output) || !number("pages", r.pages) || !number("files", r.files) ||
        !number("warnings", r.warnings) || !text("language", r.language) || !number("messages", message_bytes) || message_bytes > (64u << 20))
        return std::nullopt;
    if (!(r.inputs == inputs)) return std::nullopt;
    r.messages.resize(message_bytes);
    if (!in.read(r.messages.data(), static_cast<std::streamsize>(message_bytes))) return std::nullopt;
    if (!number("recent", recent) || recent > 1000000) return std::nullopt;
    for (std::size_t k = 0; k < recent; ++k) {
        auto entry = field("file");
        if (!entry || entry->size() < 34 || (*entry)[32] != ' ') return std::nullopt;
        auto held = Fingerprint::parse(entry->substr(0, 32));
        if (!held) return std::nullopt;
        r.recent.emplace_back(entry->substr(33), *held);
    }
    if (!std::getline(in, line) || line != "end") return std::nullopt;
    for (const auto& [path, held] : r.recent) {  // read again: their times cannot be trusted
        auto now = content_of(source / path);
        if (!now || !(*now == held)) return std::nullopt;
    }
    const TreeStamp now = stamp_tree(output_root_);
    if (!now.readable || now.has_symlink || !(now.fingerprint == r.output)) return std::nullopt;
    return r;
}

void UpToDate::forget() const {
    std::error_code ec;
    fs::remove(file_, ec);
}

void UpToDate::save(UpToDateRecord record) const {
    forget();
    for (const auto& [path, held] : record.recent)
        if (path.find('\n') != std::string::npos) return;  // a name the record cannot hold: no record
    const TreeStamp output = stamp_tree(output_root_);
    if (!output.readable || output.has_symlink) return;
    record.output = output.fingerprint;
    std::ostringstream text;
    text << kHeader << '\n'
         << "inputs " << record.inputs.hex() << '\n'
         << "output " << record.output.hex() << '\n'
         << "pages " << record.pages << '\n'
         << "files " << record.files << '\n'
         << "warnings " << record.warnings << '\n'
         << "language " << record.language << '\n'
         << "messages " << record.messages.size() << '\n'
         << record.messages << "recent " << record.recent.size() << '\n';
    for (const auto& [path, held] : record.recent) text << "file " << held.hex() << ' ' << path << '\n';
    text << "end\n";
    replace_file(file_, text.str());
}

}  // namespace urker
