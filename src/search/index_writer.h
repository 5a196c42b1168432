// The search index writer: builds the JSON that lunr.js 2.3.9 would serialize for the same
// documents (`JSON.stringify(lunr(function () { … }))`), byte for byte, so that the browser's
// `lunr.Index.load(json)` answers every query exactly as an index built by lunr.js itself.
//
//   std::vector<SearchField> fields = {{"title", 10}, {"tags", 5}, {"body"}};
//   std::string json = write_lunr_index(documents, fields, Language::multi);
//
// What it reproduces (tests: tests/compat/, which compare with the real lunr.js):
// tokenizing on UTF-16 code units after JavaScript's toLowerCase; the en, ru and multi pipelines
// with their trimmers, stop words and stemmers; `_index` numbering by first appearance; BM25
// (k1 = 1.2, b = 0.75) with lunr's idf, operation order and fdlibm logarithm; scores rounded to
// thousandths; terms sorted by UTF-16 code units; JavaScript's property order (integer-like keys
// first) wherever lunr writes an object. Documents that share a ref are merged the way lunr's
// builder merges them (postings accumulate, the last one's vectors and boost win).
#pragma once

#include "core/fingerprint.h"
#include "core/messages.h"
#include "search/pipeline.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace urker::search {

// A field to index. `boost` multiplies every score in the field (lunr: `boost || 1`, so 0 means 1).
struct SearchField {
    std::string name;
    double boost = 1;
};

// A text indexed as its pieces joined by line breaks, without a copy of them: views of text that
// outlives the index writer (a page's rendered words and what its front matter adds to them).
struct TextPieces {
    std::vector<std::string_view> pieces;
    // One piece may be read only when the document is tokenized (a page's words, which the first
    // build keeps in the build cache's file rather than in memory: markdown/markdown.h), and is
    // known until then by its fingerprint. It goes before pieces[at].
    struct Deferred {
        std::size_t at = 0;
        Fingerprint fingerprint;  // of its text: Fingerprinter().add(text).finish()
        std::function<std::string_view(std::string& buffer)> read;  // may return a view of buffer
    };
    std::optional<Deferred> deferred;

    // Every piece in order, the deferred one read (into `buffer`, when it needs one).
    std::vector<std::string_view> all(std::string& buffer) const;
    // What the text is made of, for a fingerprint: each piece, the deferred one by its fingerprint,
    // without reading it (a page's words give the same whether they are in memory or in the file).
    void add_to(Fingerprinter& f) const;
};

// A string is lowercased and split into words; a list (e.g. tags) gives one term per element,
// not split: the tag "Дробные числа" is the single term "дробные числа" (then trimmed and stemmed).
// Text pieces are split as their joined text would be.
using SearchFieldValue = std::variant<std::string, std::vector<std::string>, TextPieces>;

struct SearchDocument {
    std::string ref;  // what a search result returns, e.g. the page's URL; may contain '/'
    std::map<std::string, SearchFieldValue, std::less<>> fields;  // a missing field indexes nothing
    double boost = 1;  // lunr's `add(doc, {boost})`; 0 means 1
    // The document's language. In the multi-kk index a "kk" document's words go through the Kazakh
    // pipeline (search/pipeline.h); other values, or none, take the index's own.
    std::string language;
};

// Where the time went, for benchmarks and build timings: wall and CPU seconds (all threads) of
// each phase.
struct IndexWriterStats {
    struct Phase {
        double wall_seconds = 0;
        double cpu_seconds = 0;
    };
    Phase tokenize;  // tokenizer + pipeline over all documents (parallel)
    Phase postings;  // term numbering, postings, idf, average lengths
    Phase vectors;   // BM25 field vectors, written as JSON (parallel)
    Phase terms;     // sorting the terms and writing the inverted index (parallel)
    std::size_t term_count = 0;
    std::size_t posting_count = 0;  // (term, field, ref) entries
};

struct IndexWriterOptions {
    unsigned threads = 0;               // worker threads (tokenizing, stemming, writing); 0 = one per core
    IndexWriterStats* stats = nullptr;  // filled in when given
};

// An empty message when lunr accepts these fields, otherwise why not (a catalogue message): a field name must be non-empty, must not
// contain '/' (lunr splits "field/ref" at the first '/'), must not be "_index" (the posting's own
// key) nor a property of Object.prototype such as "constructor" (lunr keeps per-field totals in a
// plain object, where such a name produces NaN scores).
Message search_field_problem(const std::vector<SearchField>& fields);
// The same in English ("" when there is no problem), for the exception write_lunr_index throws.
std::string check_search_fields(const std::vector<SearchField>& fields);

// The serialized index. Throws std::invalid_argument when check_search_fields reports a problem.
std::string write_lunr_index(const std::vector<SearchDocument>& documents, const std::vector<SearchField>& fields,
                             Language language, const IndexWriterOptions& options = {});

// The same JSON, handed to `sink` in consecutive pieces of up to a few hundred kilobytes (calls
// come from the writer's threads, one at a time, in order), so that a caller who writes it to a
// file never holds the whole text, which is about 28 bytes per word of input.
using IndexSink = std::function<void(std::string_view piece)>;
void write_lunr_index(const std::vector<SearchDocument>& documents, const std::vector<SearchField>& fields,
                      Language language, const IndexSink& sink, const IndexWriterOptions& options = {});

}  // namespace urker::search
