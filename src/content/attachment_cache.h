// The text of every attachment of a site's pages, for its search (content/attachment_text.h),
// read on all cores and cached by the file's SHA-256 in the site folder's `.urker-cache/`, so a
// rebuild reads only new or changed files. A file that cannot be read is a warning naming it.
//
// `.urker-cache/` is the only thing urker writes in the site's own folder: `urker init` puts it in
// .gitignore, the file watcher of `urker serve` ignores it (a hidden folder), the content loader
// never sees it (it is beside content/, not in it). Losing it costs only time.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "content/attachment_text.h"
#include "content/page.h"
#include "core/diagnostic.h"

namespace urker {

inline constexpr const char* kCacheFolder = ".urker-cache";

struct AttachmentTexts {
    std::map<std::string, std::string> text_of;  // by Attachment::source; only files with text
    std::size_t read = 0;        // files whose text was extracted in this build
    std::size_t from_cache = 0;  // files whose text came from the cache
};

// `cache_folder` empty: no cache (nothing is written). Attachments shared by several pages (a
// material and its translation) are read once.
AttachmentTexts read_attachment_texts(const std::vector<Page>& pages, const std::filesystem::path& content_root,
                                      const std::filesystem::path& cache_folder, Diagnostics& diags,
                                      const AttachmentTextLimits& limits = {});

}  // namespace urker
