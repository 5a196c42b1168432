// Files carried inside the urker binary (cmake/embed_files.cmake writes their tables at build
// time): the default theme, and the texts `urker init` and `urker new` write.
#pragma once

#include <span>
#include <string_view>

namespace urker {

struct EmbeddedFile {
    std::string_view path;  // relative to the embedded folder, '/' separators: "templates/base.html"
    std::string_view data;
};

// The file at `path` in `files`, or nullptr.
inline const EmbeddedFile* find_embedded(std::span<const EmbeddedFile> files, std::string_view path) {
    for (const auto& f : files)
        if (f.path == path) return &f;
    return nullptr;
}

}  // namespace urker
