#include "core/fs.h"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace urker {

std::optional<std::string> read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string data;
    in.seekg(0, std::ios::end);
    auto size = in.tellg();
    if (size < 0) return std::nullopt;
    data.resize(static_cast<std::size_t>(size));
    in.seekg(0);
    in.read(data.data(), size);
    if (!in) return std::nullopt;
    return data;
}

bool replace_file(const std::filesystem::path& path, std::string_view bytes) {
    return replace_file(path, [bytes](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
}

bool replace_file(const std::filesystem::path& path, const std::function<void(std::ostream& out)>& write) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    std::filesystem::path temporary = path;
    temporary += ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        write(out);
        if (!out.flush()) {
            out.close();
            std::filesystem::remove(temporary, ec);
            return false;
        }
    }
    std::filesystem::rename(temporary, path, ec);
    if (ec) std::filesystem::remove(temporary, ec);
    return !ec;
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

std::vector<std::string> list_files(const std::filesystem::path& root, HiddenFiles hidden, std::vector<RefusedLink>* refused) {
    namespace fs = std::filesystem;
    std::vector<std::string> out;
    std::error_code ec;
    if (!fs::is_directory(root, ec)) return out;
    fs::path real_root;  // resolved when the first link is met: most sites have none
    auto refuse = [&](const fs::path& link, RefusedLink::Kind kind) {
        if (!refused) return;
        std::error_code e;
        refused->push_back({link.lexically_relative(root).generic_string(), fs::read_symlink(link, e).string(), kind});
    };
    for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const auto name = it->path().filename().string();
        if (!name.empty() && name[0] == '.' && (hidden == HiddenFiles::skip || name == ".git")) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (it->is_symlink(ec)) {
            std::error_code e;
            const fs::file_status target = fs::status(it->path(), e);
            if (fs::is_directory(target)) {
                refuse(it->path(), RefusedLink::Kind::folder);  // not followed: recursive_directory_iterator's default
                continue;
            }
            if (!fs::is_regular_file(target)) {
                if (target.type() == fs::file_type::not_found) refuse(it->path(), RefusedLink::Kind::broken);
                continue;
            }
            if (real_root.empty()) real_root = fs::canonical(root, e);
            const fs::path real = fs::canonical(it->path(), e);
            const fs::path inside = real.lexically_relative(real_root);
            if (e || real_root.empty() || inside.empty() || *inside.begin() == "..") {
                refuse(it->path(), RefusedLink::Kind::outside);
                continue;
            }
        } else if (!it->is_regular_file(ec)) {
            continue;
        }
        // The iterator's paths start with `root`, so the relative path is lexical: no realpath of
        // every file and of the root (four system calls a folder level, per file). A link is
        // listed where it is, not where it points: it is published at its own address.
        out.push_back(it->path().lexically_relative(root).generic_string());
    }
    std::sort(out.begin(), out.end());
    if (refused) std::sort(refused->begin(), refused->end(), [](const RefusedLink& a, const RefusedLink& b) { return a.path < b.path; });
    return out;
}

std::optional<std::string> normalize_relative(const std::string& path) {
    std::vector<std::string> parts;
    std::stringstream ss(path);
    std::string seg;
    while (std::getline(ss, seg, '/')) {
        if (seg.empty() || seg == ".") continue;
        if (seg == "..") {
            if (parts.empty()) return std::nullopt;
            parts.pop_back();
        } else {
            parts.push_back(seg);
        }
    }
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
    return out;
}

}  // namespace urker
