#include "search/sharded_index.h"

#include "search/index_model.h"
#include "search/js_keys.h"
#include "search/js_number.h"
#include "search/parallel.h"
#include "search/search_data.h"
#include "search/utf16.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <numeric>
#include <stdexcept>
#include <thread>

namespace urker::search {

namespace {

using namespace detail;

// One field-vector element of a shard: term `term` occurs `tf` times in field `field` of the
// document numbered `number`.
struct Element {
    std::uint32_t number;
    std::uint32_t field;
    std::uint32_t term;
    std::uint32_t tf;
};

// Document numbers: slots in JavaScript's key order of their refs.
std::vector<std::uint32_t> number_slots(const Refs& refs) {
    std::vector<std::uint32_t> slot_of_number(refs.size());
    std::iota(slot_of_number.begin(), slot_of_number.end(), 0u);
    if (refs.has_array_index_refs) {
        std::stable_sort(slot_of_number.begin(), slot_of_number.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return refs.key_rank[a] < refs.key_rank[b]; });
    }
    return slot_of_number;
}

std::size_t decimal_digits(std::size_t n) {
    std::size_t digits = 1;
    while (n >= 10) {
        n /= 10;
        ++digits;
    }
    return digits;
}

// Consecutive ranges of the sorted terms, each about `target` bytes of JSON: per posting entry a
// ref in the posting and an element in a field vector (with its share of the vector's own text).
std::vector<std::size_t> cut_shards(const PreparedIndex& index, const std::vector<std::uint32_t>& order,
                                    const ShardedIndexOptions& options) {
    const std::size_t field_count = index.fields.size();
    const std::size_t per_entry = 2 * decimal_digits(index.refs.size()) + 24;
    std::vector<std::size_t> cost(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::uint32_t t = order[i];
        const std::size_t entries =
            index.postings.start[(std::size_t{t} + 1) * field_count] - index.postings.start[std::size_t{t} * field_count];
        cost[i] = 16 + 3 * index.collected.dictionary().at(t).size() + 8 * field_count + entries * per_entry;
    }
    // Greedy cuts at `target` bytes (a shard of at least half the target ends before a term that
    // would take it over); a larger target until there are at most max_shards.
    std::size_t target = std::max<std::size_t>(1, options.shard_bytes);
    std::vector<std::size_t> firsts;  // index into `order` of each shard's first term
    for (;;) {
        firsts.clear();
        std::size_t size = 0;
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (firsts.empty() || size >= target || (size + cost[i] > target && 2 * size >= target)) {
                firsts.push_back(i);
                size = 0;
            }
            size += cost[i];
        }
        if (firsts.size() <= std::max<std::size_t>(1, options.max_shards)) break;
        target += target / 4 + 1;
    }
    if (firsts.empty()) firsts.push_back(0);  // no terms at all: one empty shard
    return firsts;
}

// The shortest prefix of `first` that sorts after `before` (before < first): a shard's boundary
// in the manifest. Every term of the shard sorts at or after it, every term of the shard before
// sorts before it, and a prefix query's terms reach a shard only if the boundary starts with it.
std::u16string_view boundary(std::u16string_view before, std::u16string_view first) {
    for (std::size_t n = 1; n < first.size(); ++n) {
        if (first.substr(0, n) <= before) continue;
        // A surrogate pair stays whole, so the boundary is valid UTF-16 (and UTF-8).
        if (first[n - 1] >= 0xD800 && first[n - 1] <= 0xDBFF) ++n;
        return first.substr(0, n);
    }
    return first;
}

struct ShardPlan {
    const std::vector<SearchDocument>& documents;
    PreparedIndex& index;
    const std::vector<std::uint32_t>& order;
    const std::vector<std::uint32_t>& slot_of_number;
    const std::vector<std::uint32_t>& number_of_slot;
    const std::vector<std::size_t>& posting_key_order;  // 0 = "_index", f + 1 = field f
    const std::string& head;                            // `{"version":…,"fields":[…],"fieldVectors":[`
    const std::string& tail;                            // `],"pipeline":[…]}`
    bool repeated_refs;
};

// One shard's JSON: its field-vector elements and its terms order[first, last).
std::string write_shard(const ShardPlan& plan, std::vector<Element>& elements, std::size_t first, std::size_t last) {
    PreparedIndex& index = plan.index;
    const std::size_t field_count = index.fields.size();
    std::sort(elements.begin(), elements.end(), [](const Element& a, const Element& b) {
        if (a.number != b.number) return a.number < b.number;
        if (a.field != b.field) return a.field < b.field;
        return a.term < b.term;
    });
    // Every (document, field) in the shard's postings has a field vector, even an empty one: lunr
    // reads the vector of every field a term matched. (Only a repeated ref can be in a posting
    // without an element: its earlier documents add postings, its last one the vector.)
    std::vector<std::uint64_t> vectors;
    vectors.reserve(elements.size());
    for (const Element& e : elements) vectors.push_back(std::uint64_t{e.number} * field_count + e.field);
    if (plan.repeated_refs) {
        for (std::size_t i = first; i < last; ++i) {
            const std::uint32_t t = plan.order[i];
            for (std::size_t f = 0; f < field_count; ++f) {
                const std::size_t begin = index.postings.start[std::size_t{t} * field_count + f];
                const std::size_t end = index.postings.start[std::size_t{t} * field_count + f + 1];
                for (std::size_t j = begin; j < end; ++j)
                    vectors.push_back(std::uint64_t{plan.number_of_slot[index.postings.slots[j]]} * field_count + f);
            }
        }
        std::sort(vectors.begin(), vectors.end());
    }
    vectors.erase(std::unique(vectors.begin(), vectors.end()), vectors.end());

    std::string out = plan.head;
    std::size_t e = 0;
    std::string field_ref;
    for (std::size_t v = 0; v < vectors.size(); ++v) {
        const std::uint32_t number = static_cast<std::uint32_t>(vectors[v] / field_count);
        const std::size_t f = vectors[v] % field_count;
        const std::size_t d = index.refs.last_document[plan.slot_of_number[number]];
        const double length_ratio = index.collected.length(d, f) / index.average_length[f];
        const double document_boost = boost_or_one(plan.documents[d].boost);
        if (v) out += ',';
        field_ref.assign(index.fields[f].text);
        field_ref += '/';
        append_uint(field_ref, number);
        out += '[';
        append_json_string(out, field_ref);
        out += ",[";
        for (bool any = false; e < elements.size() && elements[e].number == number && elements[e].field == f; ++e) {
            if (any) out += ',';
            any = true;
            append_uint(out, elements[e].term);
            out += ',';
            append_js_score(out, bm25_score(index.idf[elements[e].term], elements[e].tf, length_ratio,
                                             index.fields[f].boost, document_boost));
        }
        out += "]]";
    }

    out += "],\"invertedIndex\":[";
    std::string term_utf8;
    std::vector<std::uint32_t> numbers;
    for (std::size_t i = first; i < last; ++i) {
        const std::uint32_t t = plan.order[i];
        if (i != first) out += ',';
        out += '[';
        term_utf8.clear();
        append_utf8(term_utf8, index.collected.dictionary().at(t));
        append_json_string(out, term_utf8);
        out += ",{";
        for (std::size_t k = 0; k < plan.posting_key_order.size(); ++k) {
            if (k) out += ',';
            if (plan.posting_key_order[k] == 0) {
                out += "\"_index\":";
                append_uint(out, t);
                continue;
            }
            const std::size_t f = plan.posting_key_order[k] - 1;
            out += index.fields[f].json;
            out += ":{";
            const std::size_t begin = index.postings.start[std::size_t{t} * field_count + f];
            const std::size_t end = index.postings.start[std::size_t{t} * field_count + f + 1];
            numbers.clear();
            for (std::size_t j = begin; j < end; ++j) numbers.push_back(plan.number_of_slot[index.postings.slots[j]]);
            std::sort(numbers.begin(), numbers.end());
            for (std::size_t j = 0; j < numbers.size(); ++j) {
                if (j) out += ',';
                out += '"';
                append_uint(out, numbers[j]);
                out += "\":{}";
            }
            out += '}';
        }
        out += "}]";
    }
    out += plan.tail;
    return out;
}

}  // namespace

ShardedIndex write_sharded_lunr_index(const std::vector<SearchDocument>& documents,
                                      const std::vector<SearchField>& fields, Language language,
                                      const ShardedIndexOptions& options) {
    if (std::string problem = check_search_fields(fields); !problem.empty()) throw std::invalid_argument(problem);
    const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    IndexWriterStats stats;
    Lap lap;
    PreparedIndex index = prepare_index(documents, fields, language, threads, stats, lap);
    const std::size_t field_count = index.fields.size();
    const std::vector<std::uint32_t> order = sort_terms(index.collected.dictionary());
    const std::vector<std::size_t> firsts = cut_shards(index, order, options);
    const std::size_t shard_count = firsts.size();

    const std::vector<std::uint32_t> slot_of_number = number_slots(index.refs);
    std::vector<std::uint32_t> number_of_slot(slot_of_number.size());
    for (std::uint32_t n = 0; n < slot_of_number.size(); ++n) number_of_slot[slot_of_number[n]] = n;
    bool repeated_refs = false;
    for (std::uint32_t times : index.refs.times_added) repeated_refs = repeated_refs || times > 1;

    // Each document's field-vector elements, into the bucket of the shard holding the term.
    std::vector<std::uint32_t> shard_of_term(order.size());
    for (std::size_t k = 0; k < shard_count; ++k) {
        const std::size_t end = k + 1 < shard_count ? firsts[k + 1] : order.size();
        for (std::size_t i = firsts[k]; i < end; ++i) shard_of_term[order[i]] = static_cast<std::uint32_t>(k);
    }
    std::vector<std::vector<Element>> buckets(shard_count);
    for (std::uint32_t n = 0; n < slot_of_number.size(); ++n) {
        const std::size_t d = index.refs.last_document[slot_of_number[n]];
        for (std::uint32_t f = 0; f < field_count; ++f) {
            for (const TermCount& p : index.collected.terms(d, f))
                buckets[shard_of_term[p.term]].push_back({n, f, p.term, p.count & ~already_posted});
        }
    }

    std::string head = "{\"version\":";
    append_json_string(head, data::lunr_version);
    head += ",\"fields\":[";
    for (std::size_t f = 0; f < field_count; ++f) {
        if (f) head += ',';
        head += index.fields[f].json;
    }
    head += "],\"fieldVectors\":[";
    std::string tail = "],\"pipeline\":[";
    const auto labels = search_pipeline_labels(language);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i) tail += ',';
        append_json_string(tail, labels[i]);
    }
    tail += "]}";
    std::vector<std::string_view> keys{"_index"};
    for (const FieldPlan& f : index.fields) keys.push_back(f.name);
    const std::vector<std::size_t> posting_key_order = js_property_order(keys);

    ShardedIndex result;
    result.shards.resize(shard_count);
    const ShardPlan plan{documents, index, order, slot_of_number, number_of_slot, posting_key_order, head, tail,
                         repeated_refs};
    std::atomic<std::size_t> next{0};
    run_parallel(std::min<unsigned>(threads, static_cast<unsigned>(shard_count)), [&](unsigned) {
        for (std::size_t k; (k = next++) < shard_count;) {
            const std::size_t end = k + 1 < shard_count ? firsts[k + 1] : order.size();
            std::string shard = write_shard(plan, buckets[k], firsts[k], end);
            std::vector<Element>().swap(buckets[k]);
            result.shards[k] = options.finish_shard ? options.finish_shard(k, std::move(shard)) : std::move(shard);
        }
    });

    result.terms = "[";
    std::string term_utf8;
    for (std::size_t i = 0; i < order.size(); ++i) {
        term_utf8.clear();
        append_utf8(term_utf8, index.collected.dictionary().at(order[i]));
        if (i) result.terms += ',';
        append_json_string(result.terms, term_utf8);
    }
    result.terms += ']';
    for (std::size_t k = 0; k < shard_count; ++k) {
        term_utf8.clear();
        if (firsts[k] < order.size()) {
            const std::u16string_view first = index.collected.dictionary().at(order[firsts[k]]);
            append_utf8(term_utf8, k == 0 ? first : boundary(index.collected.dictionary().at(order[firsts[k] - 1]), first));
        }
        result.first_terms.push_back(term_utf8);
    }
    for (std::uint32_t slot : slot_of_number) result.document_of_number.push_back(index.refs.first_document[slot]);
    if (index.refs.has_array_index_refs) result.add_order = number_of_slot;

    nlohmann::json& m = result.manifest;
    m["format"] = "urker-lunr-shards";
    m["formatVersion"] = 1;
    m["version"] = std::string(data::lunr_version);
    m["fields"] = nlohmann::json::array();
    for (const FieldPlan& f : index.fields) m["fields"].push_back(f.text);
    m["pipeline"] = nlohmann::json::array();
    for (std::string_view label : labels) m["pipeline"].push_back(std::string(label));
    m["documents"] = slot_of_number.size();
    m["shards"] = result.first_terms;
    if (!result.add_order.empty()) m["addOrder"] = result.add_order;
    return result;
}

}  // namespace urker::search
