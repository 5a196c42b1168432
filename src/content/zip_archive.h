// A zip archive in memory, read part by part with a size limit (libzip from Debian). Office files
// (.xlsx, .docx, .pptx, .ods, .odt) are zip archives of XML; a hostile one must not make urker
// allocate what its directory claims, so a part is read only up to `limit` bytes of what it
// really inflates to.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

struct zip;

namespace urker {

class ZipArchive {
public:
    explicit ZipArchive(const std::string& bytes);  // `bytes` must outlive the archive
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool ok() const { return archive_ != nullptr; }
    bool has(const std::string& name) const;
    // The names of the parts, in the archive's order.
    std::vector<std::string> names() const;
    // Whether any part is encrypted (a password-protected archive).
    bool encrypted() const;

    // The part's bytes, at most `limit` of them; nullopt when it is missing, encrypted, broken or
    // larger than the limit (`too_large` says which).
    std::optional<std::string> read(const std::string& name, std::size_t limit, bool& too_large) const;

private:
    struct zip* archive_ = nullptr;
};

}  // namespace urker
