#include "content/zip_archive.h"

#include <zip.h>

namespace urker {

ZipArchive::ZipArchive(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) {
        archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!archive_) zip_source_free(source);
    }
    zip_error_fini(&error);
}

ZipArchive::~ZipArchive() {
    if (archive_) zip_discard(archive_);
}

bool ZipArchive::has(const std::string& name) const { return archive_ && zip_name_locate(archive_, name.c_str(), 0) >= 0; }

std::vector<std::string> ZipArchive::names() const {
    std::vector<std::string> out;
    if (!archive_) return out;
    const zip_int64_t count = zip_get_num_entries(archive_, 0);
    for (zip_int64_t i = 0; i < count; ++i)
        if (const char* name = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0)) out.emplace_back(name);
    return out;
}

bool ZipArchive::encrypted() const {
    if (!archive_) return false;
    const zip_int64_t count = zip_get_num_entries(archive_, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive_, static_cast<zip_uint64_t>(i), 0, &st) == 0 && (st.valid & ZIP_STAT_ENCRYPTION_METHOD) &&
            st.encryption_method != ZIP_EM_NONE)
            return true;
    }
    return false;
}

std::optional<std::string> ZipArchive::read(const std::string& name, std::size_t limit, bool& too_large) const {
    too_large = false;
    if (!archive_) return std::nullopt;
    zip_file_t* file = zip_fopen(archive_, name.c_str(), 0);
    if (!file) return std::nullopt;
    std::string data;
    char buffer[65536];
    for (;;) {
        zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            zip_fclose(file);
            return std::nullopt;
        }
        if (n == 0) break;
        // The size in the archive's directory can lie; what is read is what counts.
        if (data.size() + static_cast<std::size_t>(n) > limit) {
            too_large = true;
            zip_fclose(file);
            return std::nullopt;
        }
        data.append(buffer, static_cast<std::size_t>(n));
    }
    zip_fclose(file);
    return data;
}

}  // namespace urker
