// The search index as shards a browser loads on demand: the terms, in lunr's sort order, are cut
// into contiguous ranges of about `shard_bytes` each, and every shard is a complete lunr 2.3.9
// serialized index (`lunr.Index.load` accepts it) holding the postings of its terms and, per
// document and field, the field-vector elements of its terms only.
//
// Scores stay exact: lunr scores a document as the sum over fields of dot(query vector, field
// vector) / |query vector|, where both vectors only meet at the query's terms. `_index` (the
// element number) is the monolithic index's, so a client that merges the shards holding every
// term a query touches (src/search/lunr-shards.js) gets the same vectors, the same
// matches in the same order and the same scores as lunr.js over the whole index
// (tests/compat/run_compat.mjs checks it).
//
// Refs are document numbers ("0", "1", …): short, and a site's document store is sharded by the
// same number. Numbers follow JavaScript's key order of the original refs (integer-like refs first,
// ascending, then the others in the order they were added), which is the order lunr lists a
// posting's refs in, so ties between equal scores come out in lunr's order.
#pragma once

#include "search/index_writer.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace urker::search {

struct ShardedIndexOptions {
    std::size_t shard_bytes = 16 * 1024;  // about this much JSON per shard (a term with a long posting gets more)
    std::size_t max_shards = 4000;        // at most this many shards (a site stays under hosts' file limits)
    unsigned threads = 0;                 // 0 = one per core
    // When set, called on the worker that wrote shard k as soon as it is written, and the shard is
    // kept as it returns it (compressed, say): the whole uncompressed index, hundreds of megabytes
    // at 10 000 documents, is then never in memory at once. May run on several threads at once.
    std::function<std::string(std::size_t k, std::string shard)> finish_shard;
};

struct ShardedIndex {
    std::vector<std::string> shards;       // lunr 2.3.9 serialized indexes (as finish_shard returned them)
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
    nlohmann::json manifest;
};

// Throws std::invalid_argument when check_search_fields reports a problem.
ShardedIndex write_sharded_lunr_index(const std::vector<SearchDocument>& documents,
                                      const std::vector<SearchField>& fields, Language language,
                                      const ShardedIndexOptions& options = {});

}  // namespace urker::search
