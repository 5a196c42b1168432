#include "output/output_marker.h"

#include <algorithm>
#include <unordered_set>

#include "core/fs.h"
#include "output/output_paths.h"

namespace urker {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMagic = "urker-output 1";
constexpr std::size_t kExamples = 3;

}  // namespace

std::string output_marker_text(std::vector<std::string> paths) {
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    std::string text = std::string(kMagic) + "\n"
        "# This folder is a site published by urker. The next build replaces the files listed below.\n"
        "# Files that are not listed were not written by urker: it moves them aside, never deletes them.\n"
        "# Put files that belong on the site into the site's static/ folder instead.\n"
        "\n";
    for (const auto& p : paths) text += p + '\n';
    return text;
}

bool parse_output_marker(const std::string& text, std::vector<std::string>& paths) {
    paths.clear();
    std::size_t pos = text.find('\n');
    if (pos == std::string::npos || text.compare(0, pos, kMagic) != 0) return false;
    bool in_list = false;
    while (pos < text.size()) {
        std::size_t start = pos + 1;
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        if (in_list) {
            if (!line.empty()) paths.push_back(std::move(line));
        } else if (line.empty()) {
            in_list = true;
        }
        pos = end;
    }
    return true;
}

FolderInspection inspect_output_folder(const fs::path& folder) {
    FolderInspection r;
    std::error_code ec;
    auto status = fs::status(folder, ec);
    if (status.type() == fs::file_type::not_found) {
        // A dangling symbolic link is still something that is not ours.
        if (fs::is_symlink(fs::symlink_status(folder, ec))) r.owner = FolderInspection::Owner::not_folder;
        return r;
    }
    if (!fs::is_directory(status)) {
        r.owner = FolderInspection::Owner::not_folder;
        return r;
    }
    if (fs::is_empty(folder, ec) && !ec) {
        r.owner = FolderInspection::Owner::empty;
        return r;
    }

    std::unordered_set<std::string> ours;
    bool trust_all = false;
    if (auto text = read_file(folder / kOutputMarker)) {
        std::vector<std::string> listed;
        if (parse_output_marker(*text, listed)) {
            r.has_marker = true;
            ours.insert(listed.begin(), listed.end());
            ours.insert(kOutputMarker);
        }
    }
    if (!r.has_marker) {
        // Sites published before the marker existed: urker wrote their index.html.
        auto index = read_file(folder / "index.html");
        trust_all = index && index->find("<meta name=\"generator\" content=\"urker") != std::string::npos;
    }

    // A published site of 10 000 materials is 42 000 entries, walked before every build: each
    // entry's path relative to the folder is cut from the string as it is, not worked out by
    // lexically_relative (which took most of a second).
    const std::size_t prefix = folder.native().size() + (folder.native().ends_with('/') ? 0 : 1);
    for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code e;
        if (it->is_directory(e) && !it->is_symlink(e)) continue;
        const std::string& full = it->path().native();
        std::string rel = full.size() > prefix ? full.substr(prefix) : it->path().lexically_relative(folder).generic_string();
        if (trust_all || ours.count(rel)) continue;
        if (r.foreign_files.size() < kExamples) r.foreign_files.push_back(rel);
        ++r.foreign_count;
    }
    if (ec) {
        // A folder urker cannot read through is not one it may replace.
        if (r.foreign_count == 0) r.foreign_files.push_back("(a part of the folder that cannot be read: " + ec.message() + ")");
        ++r.foreign_count;
    }
    r.owner = r.foreign_count ? FolderInspection::Owner::foreign : FolderInspection::Owner::urker;
    return r;
}

}  // namespace urker
