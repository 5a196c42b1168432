// A zip archive in memory, as Excel and LibreOffice write their tables: for tests that need a
// real .xlsx or .ods without a spreadsheet program. libzip reads the parts' texts when the archive
// is closed, so `parts` must outlive the call (it does: it is the argument).
#pragma once

#include <zip.h>

#include <map>
#include <string>

namespace urker::testing {

inline std::string make_zip(const std::map<std::string, std::string>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!target) return {};
    zip_source_keep(target);
    zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    std::string bytes;
    if (archive) {
        for (const auto& [name, text] : parts)
            zip_file_add(archive, name.c_str(), zip_source_buffer(archive, text.data(), text.size(), 0), ZIP_FL_ENC_UTF_8);
        if (zip_close(archive) == 0 && zip_source_open(target) == 0) {
            zip_source_seek(target, 0, SEEK_END);
            bytes.resize(static_cast<std::size_t>(zip_source_tell(target)));
            zip_source_seek(target, 0, SEEK_SET);
            zip_source_read(target, bytes.data(), bytes.size());
            zip_source_close(target);
        }
    }
    zip_source_free(target);
    zip_error_fini(&error);
    return bytes;
}

}  // namespace urker::testing
