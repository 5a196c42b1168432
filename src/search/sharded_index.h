// The search index as shards a browser loads on demand: the terms, in lunr's sort order, are cut
// into contiguous ranges of about `shard_bytes` each, and every shard holds the postings of its
// terms: `{"invertedIndex":[[term,{field:{number:[tf,fieldLength(,documentBoost)],…},…}],…]}`.
//
// A shard holds what each weight is made of, not the weight: lunr.Builder's BM25 weight of a term
// in a field of a document depends on the term's posting (idf), the document (its count of the
// term, the field's length, its boost) and three site-wide numbers in the manifest (the document
// count, the fields' average lengths and boosts). The browser (src/search/lunr-shards.js) makes
// the weights with lunr's own formula and rounding, numbers the terms it has loaded, and builds
// the field vectors. So a shard's bytes depend only on its terms and the documents that hold them:
// a text edit changes the shards of the terms it touches (and of the document's other terms when
// a field's length changed), and the other shards stay byte for byte the same (what lets a rebuild
// keep their compressed bytes, render/search_index.cpp).
//
// Scores stay exact: lunr scores a document as the sum over fields of dot(query vector, field
// vector) / |query vector|, where both vectors only meet at the query's terms. A client that
// merges the shards holding every term a query touches gets the same weights, the same matches in
// the same order and the same scores as lunr.js over the whole index (tests/compat/run_compat.mjs
// checks it; the sums may differ in the last bit, as the client adds a vector's products in its
// own term order).
//
// Refs are document numbers ("0", "1", …): short, and a site's document store is sharded by the
// same number. Numbers follow JavaScript's key order of the original refs (integer-like refs first,
// ascending, then the others in the order they were added), which is the order lunr lists a
// posting's refs in, so ties between equal scores come out in lunr's order.
#pragma once

#include "search/index_writer.h"
#include "search/term_cache.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/json.h"

namespace urker::search {

struct ShardedIndexOptions {
    std::size_t shard_bytes = 16 * 1024;  // about this much JSON per shard (a term with a long posting gets more)
    std::size_t max_shards = 4000;        // at most this many shards (a site stays under hosts' file limits)
    unsigned threads = 0;                 // 0 = one per core
    // When set, called on the worker that wrote shard k as soon as it is written, and the shard is
    // kept as it returns it (compressed, say): the whole uncompressed index, hundreds of megabytes
    // at 10 000 documents, is then never in memory at once. May run on several threads at once.
    std::function<std::string(std::size_t k, std::string shard)> finish_shard;
    // When set, documents whose terms are in term_reuse->previous are not tokenized again, and
    // every document's record is left in it for the next build (search/term_cache.h).
    TermReuse* term_reuse = nullptr;
    // When set, with term_reuse (whose fingerprints of the documents' fields it uses), called on a
    // worker for each shard before it is written, with the fingerprint of everything the shard's
    // text is made of: its terms, their place in lunr's numbering and, for each document holding
    // one, its number, the fingerprint of its fields and its boost. A shard it returns is taken as
    // the finished shard (what finish_shard made of the same text in an earlier build) and not
    // written; nullopt: written and finished as usual. Not called when a ref is repeated (a shard
    // then depends on more documents than those holding its terms).
    std::function<std::optional<std::string>(std::size_t k, const Fingerprint& inputs)> reuse_shard;
    // When set, called once every document's terms are collected, before the shards are made:
    // term_reuse's records are complete then, and whoever keeps them can let them go (at 10 000
    // documents they are some 120 MB, and the shards' buckets as much again).
    std::function<void()> terms_collected;
};

struct ShardedIndex {
    std::vector<std::string> shards;       // lunr 2.3.9 serialized indexes (as finish_shard returned them)
    // Per shard, the fingerprint given to reuse_shard (empty when it was not called).
    std::vector<Fingerprint> shard_inputs;
    // Per shard, where its range of terms starts (UTF-8): the shortest prefix of its first term that
    // sorts after the previous shard's last term ("" for the first shard, if it holds the term "").
    std::vector<std::string> first_terms;
    std::string terms;                     // JSON array of every term in lunr's order (for fuzzy queries)
    // Per document number, the position in `documents` of the first document with that ref.
    std::vector<std::size_t> document_of_number;
    // The numbers in the order lunr added their refs, when that is not 0, 1, 2, … (integer-like refs).
    std::vector<std::uint32_t> add_order;
    // What a client needs to use the shards: format, lunr version, fields, search pipeline, number of
    // documents, where each shard's range starts (and `addOrder` when there is one). The caller adds
    // where the files are.
    urker::Json manifest;
};

// Throws std::invalid_argument when check_search_fields reports a problem.
ShardedIndex write_sharded_lunr_index(const std::vector<SearchDocument>& documents,
                                      const std::vector<SearchField>& fields, Language language,
                                      const ShardedIndexOptions& options = {});

}  // namespace urker::search
