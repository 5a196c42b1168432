// The index writer's model of an index, shared by the monolithic writer (index_writer.cpp) and the
// sharded one (sharded_index.cpp): the fields as lunr orders them, one slot per distinct ref, the
// postings, lunr's idf and average field lengths, and the terms in lunr's sort order. Internal to
// src/search.
#pragma once

#include "search/index_writer.h"
#include "search/term_collector.h"

#include <chrono>
#include <cstdint>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace urker::search::detail {

// lunr.Builder's defaults (lunr.js L:2360-2361).
constexpr double bm25_k1 = 1.2;
constexpr double bm25_b = 0.75;

// Marks a (term, field) of a repeated ref that is already in the postings (TermCount::count).
constexpr std::uint32_t already_posted = 0x80000000u;

// Wall and process CPU seconds since the previous call.
class Lap {
public:
    IndexWriterStats::Phase next() {
        const auto now = std::chrono::steady_clock::now();
        const double cpu = cpu_now();
        IndexWriterStats::Phase phase{std::chrono::duration<double>(now - wall_).count(), cpu - cpu_};
        wall_ = now;
        cpu_ = cpu;
        return phase;
    }

private:
    static double cpu_now() {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
    }
    std::chrono::steady_clock::time_point wall_ = std::chrono::steady_clock::now();
    double cpu_ = cpu_now();
};

struct FieldPlan {
    std::string_view name;  // as the documents' field maps spell it
    double boost;
    std::string text;       // the name as written into the index
    std::string json;       // ... and as a JSON string
};

// One slot per distinct ref, in order of first appearance: lunr's builder keys its field vectors
// and document attributes by ref, so a repeated ref shares one slot.
struct Refs {
    std::vector<std::uint32_t> slot_of_document;
    std::vector<std::uint32_t> first_document;  // per slot
    std::vector<std::uint32_t> last_document;   // per slot
    std::vector<std::uint32_t> times_added;     // per slot
    std::vector<std::string> text;              // per slot: the ref as written into the index
    std::vector<std::string> json;              // per slot: ... and as a JSON string
    std::vector<std::string> posting_entry;     // per slot: `,"ref":{}`, the ref in a posting
    // Per slot, the position among the keys of a posting (refs are object keys in lunr).
    std::vector<std::uint64_t> key_rank;
    bool has_array_index_refs = false;
    std::size_t size() const { return first_document.size(); }
};

// For each (term, field), the slots of the refs whose field contains the term, in the order lunr
// first inserted them (documents in order). Stored flat: entries [start[i], start[i+1]) of
// `slots`, i = term * field_count + field.
struct Postings {
    std::vector<std::uint32_t> start;
    std::vector<std::uint32_t> slots;
};

// `x || 1` for a number.
double boost_or_one(double boost);
// Text as it is written into the index: invalid UTF-8 (which only a caller's bug can produce)
// becomes U+FFFD, as a browser would decode it, so the file stays valid JSON.
std::string valid_text(std::string_view s);
std::string json_string(std::string_view utf8);

// lunr's `this._fields` object: a repeated field keeps its first position and its last boost; the
// fields are processed and written in JavaScript's property order.
std::vector<FieldPlan> plan_fields(const std::vector<SearchField>& fields);
// One slot per distinct ref, in order of first appearance.
Refs assign_slots(const std::vector<SearchDocument>& documents);
// `with_slots` false: only `start`, the postings' sizes (the sharded writer takes each posting's
// refs from the documents' terms, shard by shard, and so skips a pass over all of them).
Postings build_postings(CollectedTerms& collected, const Refs& refs, std::size_t document_count,
                        std::size_t field_count, bool with_slots = true);
// lunr.idf per term.
std::vector<double> compute_idf(const Postings& postings, std::size_t term_count, std::size_t field_count,
                                std::size_t document_count);
// Terms in UTF-16 code unit order (JavaScript's default sort, which lunr.Index.load requires).
std::vector<std::uint32_t> sort_terms(const StringInterner& dictionary);

// Everything both writers compute before writing: the documents through the pipeline, the
// postings, idf and average field lengths. Fills `stats`' tokenize and postings phases.
struct PreparedIndex {
    std::vector<FieldPlan> fields;
    CollectedTerms collected;
    Refs refs;
    Postings postings;
    std::vector<double> idf;             // per term
    std::vector<double> average_length;  // per field
};
PreparedIndex prepare_index(const std::vector<SearchDocument>& documents, const std::vector<SearchField>& fields,
                            Language language, unsigned threads, IndexWriterStats& stats, Lap& lap,
                            TermReuse* reuse = nullptr, bool with_slots = true);

// lunr's stored score of a term in a field (lunr.js L:2604, operation by operation), before rounding.
inline double bm25_score(double idf, double tf, double length_ratio, double field_boost, double document_boost) {
    double score = idf * ((bm25_k1 + 1) * tf) / (bm25_k1 * (1 - bm25_b + bm25_b * length_ratio) + tf);
    score *= field_boost;
    score *= document_boost;
    return score;
}

}  // namespace urker::search::detail
