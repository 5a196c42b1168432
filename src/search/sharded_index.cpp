#include "search/sharded_index.h"

#include "search/index_model.h"
#include "search/js_keys.h"
#include "search/js_number.h"
#include "search/parallel.h"
#include "search/search_data.h"
#include "search/utf16.h"

// XXH3 inlined here: the shards' entries are hashed some five million times at 10 000
// materials, 32 bytes each, where a call into the library cost more than the hash.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <bit>
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
    // `"12":[3,140],`: the number, the count, the field's length.
    const std::size_t per_entry = decimal_digits(index.refs.size()) + 12;
    std::vector<std::size_t> cost(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::uint32_t t = order[i];
        const std::size_t entries =
            index.postings.start[(std::size_t{t} + 1) * field_count] - index.postings.start[std::size_t{t} * field_count];
        cost[i] = 8 + 3 * index.collected.dictionary().at(t).size() + entries * per_entry;
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
    const std::vector<std::size_t>& posting_key_order;  // 0 = "_index", f + 1 = field f
    // Per document (as added), the number of terms the documents before it hold: lunr numbers
    // (`_index`) the terms in the order documents introduce them, so the terms document d
    // introduces are first_new_term[d], first_new_term[d] + 1, …
    const std::vector<std::uint32_t>& first_new_term;
};

// Where a term is written: its shard, and its place among the shard's terms.
struct TermPlace {
    std::uint32_t shard;
    std::uint32_t position;
};

// The term's place in lunr's numbering, as [document that introduced it, how many terms it had
// introduced before].
std::pair<std::size_t, std::size_t> introduction(const ShardPlan& plan, std::uint32_t t) {
    const auto after = std::upper_bound(plan.first_new_term.begin(), plan.first_new_term.end(), t);
    const std::size_t introduced_by = static_cast<std::size_t>(after - plan.first_new_term.begin()) - 1;
    return {introduced_by, t - plan.first_new_term[introduced_by]};
}

// Calls `element(k, e, d)` for every element of every shard k: a posting entry of document d's
// term in a field. The document's number is its ref's. A ref added more than once (lunr keeps its
// postings from every document, and its last document's vectors) gives its last document's terms
// with their counts and an earlier document's with count 0, "no weight", which write_shard drops
// when the last document has the same term in the same field.
template <class Visit>
void for_each_element(const ShardPlan& plan, const std::vector<std::uint32_t>& number_of_slot,
                      const std::vector<TermPlace>& place, Visit element) {
    PreparedIndex& index = plan.index;
    const std::size_t field_count = index.fields.size();
    for (std::size_t d = 0; d < plan.documents.size(); ++d) {
        const std::uint32_t slot = index.refs.slot_of_document[d];
        const std::uint32_t n = number_of_slot[slot];
        const bool last = index.refs.last_document[slot] == d;
        for (std::uint32_t f = 0; f < field_count; ++f) {
            for (const TermCount& p : index.collected.terms(d, f)) {
                const std::uint32_t tf = p.count & ~already_posted;
                if (!last && (p.count & already_posted)) continue;  // an earlier document of the ref had it
                element(place[p.term].shard, Element{n, f, p.term, last ? tf : 0}, d);
            }
        }
    }
}

// One shard's JSON: the postings of its terms order[first, last), each entry with what lunr's
// weight of the term in that field of that document is made of: `[tf, field length]`, and the
// document's boost third when it is not 1 (`0` for an entry without a weight: an earlier document
// of a repeated ref had the term, its last one not). `elements` holds the shard's posting
// entries (for_each_element).
std::string write_shard(const ShardPlan& plan, std::vector<Element>& elements, std::size_t first, std::size_t last) {
    PreparedIndex& index = plan.index;
    // By term, field and number; of one ref's entries, the one with a weight first.
    std::sort(elements.begin(), elements.end(), [](const Element& x, const Element& y) {
        if (x.term != y.term) return x.term < y.term;
        if (x.field != y.field) return x.field < y.field;
        if (x.number != y.number) return x.number < y.number;
        return x.tf > y.tf;
    });

    std::string out = "{\"invertedIndex\":[";
    std::string term_utf8;
    for (std::size_t i = first; i < last; ++i) {
        const std::uint32_t t = plan.order[i];
        if (i != first) out += ',';
        out += '[';
        term_utf8.clear();
        append_utf8(term_utf8, index.collected.dictionary().at(t));
        append_json_string(out, term_utf8);
        // The term's place in lunr's numbering: the browser numbers its terms in this order, so it
        // adds up a vector's products in lunr's order (and gets lunr's scores to the last bit),
        // while the shard depends on no document but those holding its terms.
        const auto [introduced_by, before] = introduction(plan, t);
        out += ',';
        append_uint(out, introduced_by);
        out += ',';
        append_uint(out, before);
        out += ",{";
        // The term's entries, in the order sorted above.
        const auto term_begin = std::partition_point(elements.begin(), elements.end(), [t](const Element& e) { return e.term < t; });
        const auto term_end = std::partition_point(term_begin, elements.end(), [t](const Element& e) { return e.term <= t; });
        bool any_field = false;
        for (std::size_t k = 0; k < plan.posting_key_order.size(); ++k) {
            if (plan.posting_key_order[k] == 0) continue;  // no `_index`: the browser numbers the terms it has
            const std::uint32_t f = static_cast<std::uint32_t>(plan.posting_key_order[k] - 1);
            auto e = std::partition_point(term_begin, term_end, [f](const Element& x) { return x.field < f; });
            if (e == term_end || e->field != f) continue;  // an empty field's posting is left out
            if (any_field) out += ',';
            any_field = true;
            out += index.fields[f].json;
            out += ":{";
            for (bool first_entry = true; e != term_end && e->field == f; ++e) {
                if (!first_entry && e->number == (e - 1)->number) continue;  // the ref's entry without a weight
                if (!first_entry) out += ',';
                first_entry = false;
                out += '"';
                append_uint(out, e->number);
                out += "\":";
                if (e->tf == 0) {
                    out += '0';
                    continue;
                }
                const std::size_t d = index.refs.last_document[plan.slot_of_number[e->number]];
                out += '[';
                append_uint(out, e->tf);
                out += ',';
                append_uint(out, index.collected.length(d, f));
                const double document_boost = boost_or_one(plan.documents[d].boost);
                if (document_boost != 1) {
                    out += ',';
                    append_js_number(out, document_boost);
                }
                out += ']';
            }
            out += '}';
        }
        out += "}]";
    }
    out += "]}";
    return out;
}

// What write_shard's text for the terms order[first, last) is made of (ShardedIndexOptions::
// reuse_shard): per term its text and its place in lunr's numbering; the count of its entries;
// and `entries`, the sum of one fingerprint per entry (entry_fingerprint) in its 128 bits, as two
// sums of 64. A sum does not depend on the order of what it adds, so the entries are summed in one
// pass over the documents' terms for all shards (in posting order, shard by shard, they were a
// third of a text edit's search at 10 000 materials), and the shard's text is a function of the
// set of its entries: write_shard sorts them.
Fingerprint shard_inputs(const ShardPlan& plan, std::size_t first, std::size_t last, std::size_t entry_count, const Fingerprint& entries) {
    const PreparedIndex& index = plan.index;
    Fingerprinter f;
    f.add(std::string_view("urker-lunr-shard 4")).add(static_cast<std::uint64_t>(last - first));
    for (std::size_t k : plan.posting_key_order)
        if (k != 0) f.add(std::string_view(index.fields[k - 1].json));
    for (std::size_t i = first; i < last; ++i) {
        const std::uint32_t t = plan.order[i];
        const std::u16string_view term = index.collected.dictionary().at(t);
        f.add(std::string_view(reinterpret_cast<const char*>(term.data()), term.size() * sizeof(char16_t)));
        const auto [introduced_by, before] = introduction(plan, t);
        f.add(static_cast<std::uint64_t>(introduced_by)).add(static_cast<std::uint64_t>(before));
    }
    return f.add(static_cast<std::uint64_t>(entry_count)).add(entries).finish();
}

// One entry of a shard, for its shard's sum: the term's place in the shard (the shard's terms are
// fingerprinted in order, so the place names the term, and a term numbered anew by an earlier
// document's new word keeps it), the field, the document's number and `document`: the fingerprint
// of the document's fields (which decide its count of the term and the field's length) and its
// boost. Only with every ref once: then a document's number names one document.
Fingerprint entry_fingerprint(std::uint32_t position, std::uint32_t field, std::uint32_t number, const Fingerprint& document) {
    struct Record {
        std::uint32_t position, field, number, zero;
        std::uint64_t high, low;
    } record{position, field, number, 0, document.high, document.low};
    static_assert(sizeof(Record) == 32, "no padding: every byte hashed is set");
    const XXH128_hash_t h = XXH3_128bits(&record, sizeof record);
    return {h.high64, h.low64};
}

}  // namespace

ShardedIndex write_sharded_lunr_index(const std::vector<SearchDocument>& documents,
                                      const std::vector<SearchField>& fields, Language language,
                                      const ShardedIndexOptions& options) {
    if (std::string problem = check_search_fields(fields); !problem.empty()) throw std::invalid_argument(problem);
    const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    IndexWriterStats stats;
    Lap lap;
    PreparedIndex index = prepare_index(documents, fields, language, threads, stats, lap, options.term_reuse, /*with_slots=*/false);
    if (options.terms_collected) options.terms_collected();
    const std::size_t field_count = index.fields.size();
    const std::vector<std::uint32_t> order = sort_terms(index.collected.dictionary());
    const std::vector<std::size_t> firsts = cut_shards(index, order, options);
    const std::size_t shard_count = firsts.size();

    const std::vector<std::uint32_t> slot_of_number = number_slots(index.refs);
    std::vector<std::uint32_t> number_of_slot(slot_of_number.size());
    for (std::uint32_t n = 0; n < slot_of_number.size(); ++n) number_of_slot[slot_of_number[n]] = n;

    std::vector<std::uint32_t> first_new_term(documents.size());
    std::uint32_t known = 0;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        first_new_term[d] = known;
        for (std::uint32_t f = 0; f < field_count; ++f)
            for (const TermCount& p : index.collected.terms(d, f)) known = std::max(known, p.term + 1);
    }
    const auto labels = search_pipeline_labels(language);
    std::vector<std::string_view> keys{"_index"};
    for (const FieldPlan& f : index.fields) keys.push_back(f.name);
    const std::vector<std::size_t> posting_key_order = js_property_order(keys);

    ShardedIndex result;
    result.shards.resize(shard_count);
    const ShardPlan plan{documents, index, order, slot_of_number, posting_key_order, first_new_term};
    std::vector<TermPlace> place(order.size());
    for (std::size_t k = 0; k < shard_count; ++k) {
        const std::size_t end = k + 1 < shard_count ? firsts[k + 1] : order.size();
        for (std::size_t i = firsts[k]; i < end; ++i)
            place[order[i]] = {static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(i - firsts[k])};
    }
    // Each shard's count of entries, so that each bucket below is allocated once at its size
    // (grown by doubling, the buckets took up to twice the memory: 110 MB at 10 000 materials);
    // and, when an earlier build's shards may be taken, the sum of its entries' fingerprints.
    const bool reusable = options.reuse_shard && options.term_reuse && options.term_reuse->keys.size() == documents.size() &&
                          index.refs.size() == documents.size();
    std::vector<std::size_t> sizes(shard_count, 0);
    std::vector<Fingerprint> sums(reusable ? shard_count : 0);
    if (reusable) {
        // Per document, its fields' fingerprint and its boost: made once here, not at each of its
        // terms.
        std::vector<Fingerprint> document_inputs(documents.size());
        for (std::size_t d = 0; d < documents.size(); ++d)
            document_inputs[d] = Fingerprinter()
                                     .add(options.term_reuse->keys[d])
                                     .add(std::bit_cast<std::uint64_t>(boost_or_one(documents[d].boost)))
                                     .finish();
        for_each_element(plan, number_of_slot, place, [&](std::uint32_t k, const Element& e, std::size_t d) {
            ++sizes[k];
            const Fingerprint h = entry_fingerprint(place[e.term].position, e.field, e.number, document_inputs[d]);
            sums[k].high += h.high;
            sums[k].low += h.low;
        });
    } else {
        for_each_element(plan, number_of_slot, place, [&](std::uint32_t k, const Element&, std::size_t) { ++sizes[k]; });
    }
    // The shards an earlier build made of the same inputs: taken, and neither their buckets nor
    // their text are made.
    std::vector<char> taken(shard_count, 0);
    if (reusable) {
        result.shard_inputs.resize(shard_count);
        std::atomic<std::size_t> next{0};
        run_parallel(std::min<unsigned>(threads, static_cast<unsigned>(shard_count)), [&](unsigned) {
            for (std::size_t k; (k = next++) < shard_count;) {
                const std::size_t end = k + 1 < shard_count ? firsts[k + 1] : order.size();
                result.shard_inputs[k] = shard_inputs(plan, firsts[k], end, sizes[k], sums[k]);
                if (auto shard = options.reuse_shard(k, result.shard_inputs[k])) {
                    result.shards[k] = std::move(*shard);
                    taken[k] = 1;
                }
            }
        });
    }
    std::size_t total = 0;
    for (std::size_t k = 0; k < shard_count; ++k)
        if (!taken[k]) total += sizes[k];
    // The shards in a few batches of about the same number of elements: only one batch's buckets
    // are filled at a time (all of them at once were some 90 MB at 10 000 materials, the search's
    // largest table), for a pass over the documents' terms per batch. Each bucket's elements are
    // sorted before they are written, so the shards' text is the same either way.
    // A batch is at least a million elements (16 MB): a rebuild that takes all but a few shards
    // from the last build fills the rest in one pass, not four.
    constexpr std::size_t batches = 4;
    constexpr std::size_t least_per_batch = std::size_t{1} << 20;
    const std::size_t per_batch = std::max(least_per_batch, (total + batches - 1) / batches);
    std::vector<std::vector<Element>> buckets(shard_count);
    for (std::size_t first = 0; first < shard_count;) {
        std::size_t last = first, filled = 0;
        while (last < shard_count && (last == first || filled + (taken[last] ? 0 : sizes[last]) <= per_batch)) {
            if (!taken[last]) filled += sizes[last];
            ++last;
        }
        for (std::size_t k = first; k < last; ++k)
            if (!taken[k]) buckets[k].reserve(sizes[k]);
        if (filled > 0)
            for_each_element(plan, number_of_slot, place, [&](std::uint32_t k, const Element& e, std::size_t) {
                if (k >= first && k < last && !taken[k]) buckets[k].push_back(e);
            });
        std::atomic<std::size_t> next{first};
        run_parallel(std::min<unsigned>(threads, static_cast<unsigned>(last - first)), [&](unsigned) {
            for (std::size_t k; (k = next++) < last;) {
                if (taken[k]) continue;
                const std::size_t end = k + 1 < shard_count ? firsts[k + 1] : order.size();
                std::string shard = write_shard(plan, buckets[k], firsts[k], end);
                std::vector<Element>().swap(buckets[k]);
                result.shards[k] = options.finish_shard ? options.finish_shard(k, std::move(shard)) : std::move(shard);
            }
        });
        first = last;
    }

    result.terms.assign(1, '[');  // not = "[": GCC 12 warns of an overlap that cannot happen (its bug 105651)
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

    urker::Json& m = result.manifest;
    m["format"] = "urker-lunr-shards";
    m["formatVersion"] = 3;  // 3: weights made in the browser from [tf, field length]
    m["version"] = std::string(data::lunr_version);
    m["fields"] = urker::Json::array();
    for (const FieldPlan& f : index.fields) m["fields"].push_back(f.text);
    m["pipeline"] = urker::Json::array();
    for (std::string_view label : labels) m["pipeline"].push_back(std::string(label));
    m["documents"] = slot_of_number.size();
    // What lunr.Builder makes each weight of: idf's document count (every document added, a
    // repeated ref each time), the fields' average lengths and boosts, in `fields`' order.
    m["documentCount"] = documents.size();
    m["averageFieldLength"] = index.average_length;
    m["fieldBoosts"] = urker::Json::array();
    for (const FieldPlan& f : index.fields) m["fieldBoosts"].push_back(f.boost);
    m["shards"] = result.first_terms;
    if (!result.add_order.empty()) m["addOrder"] = result.add_order;
    return result;
}

}  // namespace urker::search
