#include "output/output_paths.h"

#include "core/fingerprint.h"

#include <ctime>
#include <string>

namespace urker {

namespace fs = std::filesystem;

OutputPaths OutputPaths::beside(const fs::path& output_dir) {
    OutputPaths p;
    p.output = fs::absolute(output_dir).lexically_normal();
    if (p.output.filename().empty()) p.output = p.output.parent_path();
    const fs::path parent = p.output.parent_path();
    const std::string name = p.output.filename().string();
    p.staging = parent / ("." + name + ".urker-new");
    p.old = parent / ("." + name + ".urker-old");
    p.lock = parent / ("." + name + ".urker-lock");
    return p;
}

fs::path free_backup_path(const fs::path& folder) {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    fs::path base = folder.parent_path() / (folder.filename().string() + ".urker-backup-" + stamp);
    fs::path candidate = base;
    std::error_code ec;
    for (int n = 2; fs::symlink_status(candidate, ec).type() != fs::file_type::not_found; ++n)
        candidate = base.string() + "-" + std::to_string(n);
    return candidate;
}

std::string cache_key_of(const fs::path& output) {
    return Fingerprinter().add(std::string_view(OutputPaths::beside(output).output.string())).finish().hex().substr(0, 16);
}

}  // namespace urker
