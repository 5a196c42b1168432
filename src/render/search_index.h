// The site's search: a Lunr index of every page (in shards loaded on demand, or one file) (written by src/search/ exactly as lunr.js would
// write it), a small document store with what the results list shows, and lunr.js itself
// (embedded into urker from npm at build time). The browser loads them only when a visitor
// starts searching.
#pragma once

#include <string>
#include <vector>

#include "content/attachment_cache.h"
#include "model/portal.h"
#include "model/site_model.h"
#include "output/output.h"

namespace urker {

struct SearchOutput {
    std::size_t documents = 0;
    std::size_t shards = 0;  // index shards (0: one index file, `search.mode: single`)
    std::size_t index_bytes = 0, index_gzip_bytes = 0;
    std::size_t store_bytes = 0, store_gzip_bytes = 0;
    std::string language;  // "en" or "multi-kk" (search_language_for)
};

// Where the files go, relative to the output root. search/index.json is the lunr index itself with
// `search.mode: single`, otherwise the manifest of the shards (src/search/sharded_index.h) in
// search/shards/: index shards i0.json…, the term list terms.json, store shards s0.json….
// Every file has a .gz sibling.
constexpr const char* kSearchIndexPath = "search/index.json";
constexpr const char* kSearchStorePath = "search/store.json";  // `search.mode: single` only
constexpr const char* kSearchShardFolder = "search/shards/";
// Store shards: one document each, as long as that makes at most kMaxStoreShards files (results
// on screen then download exactly their own entries, like Pagefind's fragments); more documents
// share a file. Index shards are capped too (search::ShardedIndexOptions::max_shards), so that the
// search adds at most about 3 600 files (with the .gz siblings) to a site, whose host may refuse
// more than 20 000 in all (10 000 materials make about 15 400 other files).
constexpr std::size_t kMaxStoreShards = 600;
constexpr std::size_t kMaxIndexShards = 1200;
std::size_t store_documents_per_shard(std::size_t documents);
constexpr const char* kLunrBundlePath = "search/lunr.js";

// `attachments`: the text of the pages' attachments (content/attachment_cache.h), indexed in the
// field `files`; null or empty: none.
SearchOutput write_search_files(const SiteModel& model, const Portal& portal, OutputSink& out,
                                const AttachmentTexts* attachments = nullptr);

// "ru"/"kk" sites get "multi-kk": lunr.multiLanguage('en', 'ru') (teachers write English words too;
// Kazakh words go through the Russian trimmer, which keeps Kazakh letters) with Kazakh letters
// folded, and Kazakh pages (content language kk) stemmed by urker's Kazakh stemmer
// (search/pipeline.h); an English-only site gets "en".
std::string search_language_for(const std::vector<std::string>& site_languages);

// gzip (RFC 1952) of `data` at level 9; empty if zlib fails.
std::string gzip_compress(std::string_view data);

}  // namespace urker

namespace urker::resources {
std::string_view lunr_bundle();  // lunr.min.js + lunr.stemmer.support + lunr.ru + lunr.multi + urker's fold-kk, kk, shards
}
