// The site's search: a Lunr index of every page (in shards loaded on demand, or one file) (written by src/search/ exactly as lunr.js would
// write it), a small document store with what the results list shows, and lunr.js itself
// (embedded into urker from npm at build time). The browser loads them only when a visitor
// starts searching.
#pragma once

#include "core/json.h"

#include <future>
#include <string>
#include <vector>

#include "content/attachment_cache.h"
#include "model/portal.h"
#include "model/site_model.h"
#include "output/output.h"
#include "search/term_cache.h"

namespace urker {

class PublishedMemo;

struct SearchOutput {
    std::size_t documents = 0;
    std::size_t shards = 0;  // index shards (0: one index file, `search.mode: single`)
    std::size_t index_bytes = 0, index_gzip_bytes = 0;
    std::size_t store_bytes = 0, store_gzip_bytes = 0;
    // Compressed parts (index shards and store entries) in the bundles, and how many of them were
    // taken from the last build's bundles because their text had not changed.
    std::size_t parts = 0, parts_kept = 0;
    // Documents whose words were taken from the build cache rather than read again.
    std::size_t documents_kept = 0;
    std::string language;  // "en" or "multi-kk" (search_language_for)
    // A first build's term list (search/terms.json, 1.8 MB at 1 000 materials) is compressed and
    // written on a thread of its own while the pages render: at the end of the search it was the
    // one thing left running, on one core of two. Its gzip bytes are not in index_gzip_bytes until
    // finish(), which the build calls before it publishes (the state also waits when destroyed).
    std::shared_future<std::size_t> terms_pending;
    void finish() {
        if (!terms_pending.valid()) return;
        index_gzip_bytes += terms_pending.get();
        terms_pending = {};
    }
};

// Where the files go, relative to the output root. search/index.json is the lunr index itself with
// `search.mode: single` (and search/store.json the store); otherwise it is the manifest of the
// shards (src/search/sharded_index.h), and search/ also holds the index shards and the store
// entries (one per document) as gzip members in bundle files read by range (index-0.bin …,
// store-0.bin …; render/range_bundle.h), the term list terms.json (for fuzzy queries), the
// subject/grade/type filter values filters.json, and engine.js: lunr.js with the manifest, the one
// script the search page loads. Every file but the bundles has a .gz sibling.
constexpr const char* kSearchFolder = "search/";
constexpr const char* kSearchIndexPath = "search/index.json";
constexpr const char* kSearchStorePath = "search/store.json";  // `search.mode: single` only
constexpr const char* kSearchEnginePath = "search/engine.js";   // sharded only
// Index shards: about 16 KB of JSON each, at most this many. The manifest grows with their number
// (about 4 bytes each, gzipped) and a shard shrinks with it: at 10 000 materials 7 000 shards make
// a first query of about 87 KB and further ones of 20–45 KB (docs/benchmarks.md).
constexpr std::size_t kMaxIndexShards = 7000;
// Bundle members are padded to these sizes, so the manifest lists each one's length in one or two
// characters: index shards are kilobytes, store entries a few hundred bytes.
constexpr std::size_t kIndexUnit = 256;
constexpr std::size_t kStoreUnit = 32;
// Index shards are compressed at libdeflate's level 1, not 6: on the 93 MB of shards of 10 000
// materials, 3 times faster (0.44 s against 1.31 s of CPU here) for 6 % more bytes (31.9 against
// 30.0 MB), which is some 300 bytes more for each shard a query loads. Compressing was a fifth of
// a first build's search.
constexpr int kIndexCompressionLevel = 1;
constexpr const char* kLunrBundlePath = "search/lunr.js";

// What the index reads of a page's front matter, taken from the model before the pages render: the
// render stage moves each page's front matter into its summary (render/context.h), while a
// rebuild's index is still being made beside it.
struct SearchFrontMatter {
    std::string tags;               // the field `tags`: tags, subjects, kinds, qualification, a line each
    std::vector<std::string> body;  // position, city, district, address, short title: words of the body
    urker::Json shown;           // what a result shows of it (the store's "s", "g", "y"); null: nothing
};
// By page; empty for the pages the index leaves out (a view repeats its file's page).
std::vector<SearchFrontMatter> search_front_matter(const SiteModel& model);

// `attachments`: the text of the pages' attachments (content/attachment_cache.h), indexed in the
// field `files`; null or empty: none.
// `memo`: the build cache (output/published_memo.h). When every document and store entry is as in
// the last build into the same output, the files that build wrote are taken as they are: the index
// is a function of them alone (lunr's weights are global, so any change to any text rewrites it all).
// `front_matter`: what the index reads of the pages' front matter (search_front_matter below).
// `opening_terms`: the build cache's file of each document's words (search/term_cache.h), being
// read since the build started (TermCache::load_any of the memo's file + ".terms"); null: read here.
SearchOutput write_search_files(const SiteModel& model, const Portal& portal, const std::vector<SearchFrontMatter>& front_matter,
                                OutputSink& out, const AttachmentTexts* attachments = nullptr, PublishedMemo* memo = nullptr,
                                std::future<search::TermCache>* opening_terms = nullptr);

// "ru"/"kk" sites get "multi-kk": lunr.multiLanguage('en', 'ru') (teachers write English words too;
// Kazakh words go through the Russian trimmer, which keeps Kazakh letters) with Kazakh letters
// folded, and Kazakh pages (content language kk) stemmed by urker's Kazakh stemmer
// (search/pipeline.h); an English-only site gets "en".
std::string search_language_for(const std::vector<std::string>& site_languages);

}  // namespace urker

namespace urker::resources {
std::string_view lunr_bundle();  // lunr.min.js + lunr.stemmer.support + lunr.ru + lunr.multi + urker's fold-kk, kk, shards
}
