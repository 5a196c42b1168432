// A file mapped read-only into memory, for the build cache's files that a rebuild reads whole
// (the Markdown renderings, each document's search terms): the pages come from the system's file
// cache as they are, neither copied nor zeroed first, and are populated at once.
//
// The mapping stays valid while someone holds it, even when the file is replaced (the cache's
// files are rewritten through a new file and a rename, never in place) or appended to (it covers
// the size the file had when mapped).
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string_view>

namespace urker {

class MappedFile {
public:
    // Null when the file cannot be opened or mapped; an empty file maps to no bytes.
    static std::shared_ptr<const MappedFile> open(const std::filesystem::path& path);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::string_view bytes() const { return {data_, size_}; }

private:
    MappedFile() = default;
    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace urker
