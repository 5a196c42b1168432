// The site's search: a Lunr index of every page (written by src/search/ exactly as lunr.js would
// write it), a small document store with what the results list shows, and lunr.js itself
// (embedded into urker from npm at build time). The browser loads them only when a visitor
// starts searching.
#pragma once

#include <string>
#include <vector>

#include "model/portal.h"
#include "model/site_model.h"
#include "output/output.h"

namespace urker {

struct SearchOutput {
    std::size_t documents = 0;
    std::size_t index_bytes = 0, index_gzip_bytes = 0;
    std::size_t store_bytes = 0, store_gzip_bytes = 0;
    std::string language;  // "en", "ru" or "multi"
};

// Where the files go, relative to the output root.
constexpr const char* kSearchIndexPath = "search/index.json";
constexpr const char* kSearchStorePath = "search/store.json";
constexpr const char* kLunrBundlePath = "search/lunr.js";

SearchOutput write_search_files(const SiteModel& model, const Portal& portal, OutputSink& out);

// "ru"/"kk" sites get lunr.multiLanguage('en', 'ru') (teachers write English words too; Kazakh
// words go through the Russian trimmer, which keeps Kazakh letters); an English-only site gets "en".
std::string search_language_for(const std::vector<std::string>& site_languages);

// Bytes after gzip-level compression (for the build summary).
std::size_t compressed_size(const std::string& data);

}  // namespace urker

namespace urker::resources {
std::string_view lunr_bundle();  // lunr.min.js + lunr.stemmer.support + lunr.ru + lunr.multi
}
