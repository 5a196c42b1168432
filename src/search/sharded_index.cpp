#include "search/sharded_index.h"

#include "search/index_model.h"
#include "search/js_keys.h"
#include "search/js_number.h"
#include "search/parallel.h"
#include "search/search_data.h"
#include "search/utf16.h"

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
    const std::vector<std::uint32_t>& number_of_slot;
    const std::vector<std::size_t>& posting_key_order;  // 0 = "_index", f + 1 = field f
    // Per document (as added), the number of terms the documents before it hold: lunr numbers
    // (`_index`) the terms in the order documents introduce them, so the terms document d
    // introduces are first_new_term[d], first_new_term[d] + 1, …
    const std::vector<std::uint32_t>& first_new_term;
};

// One shard's JSON: the postings of its terms order[first, last), each entry with what lunr's
// weight of the term in that field of that document is made of: `[tf, field length]`, and the
// document's boost third when it is not 1 (`0` for an entry without a weight: an earlier document
// of a repeated ref had the term, its last one not). `elements` holds the shard's weights.
std::string write_shard(const ShardPlan& plan, std::vector<Element>& elements, std::size_t first, std::size_t last) {
    PreparedIndex& index = plan.index;
    const std::size_t field_count = index.fields.size();
    auto before = [](const Element& x, const Element& y) {
        if (x.term != y.term) return x.term < y.term;
        if (x.field != y.field) return x.field < y.field;
        return x.number < y.number;
    };
    std::sort(elements.begin(), elements.end(), before);
    // The weight of (t, f, n), if any: `e` starts at the first element of (t, f) and moves on.
    auto element_at = [&](std::size_t& e, std::uint32_t t, std::uint32_t f, std::uint32_t n) -> const Element* {
        while (e < elements.size() && before(elements[e], Element{n, f, t, 0})) ++e;
        if (e < elements.size() && elements[e].term == t && elements[e].field == f && elements[e].number == n) return &elements[e];
        return nullptr;
    };

    std::string out = "{\"invertedIndex\":[";
    std::string term_utf8;
    std::vector<std::uint32_t> numbers;
    for (std::size_t i = first; i < last; ++i) {
        const std::uint32_t t = plan.order[i];
        if (i != first) out += ',';
        out += '[';
        term_utf8.clear();
        append_utf8(term_utf8, index.collected.dictionary().at(t));
        append_json_string(out, term_utf8);
        // The term's place in lunr's numbering, as [document that introduced it, how many terms
        // it had introduced before]: the browser numbers its terms in this order, so it adds up a
        // vector's products in lunr's order (and gets lunr's scores to the last bit), while the
        // shard depends on no document but those holding its terms.
        const auto after = std::upper_bound(plan.first_new_term.begin(), plan.first_new_term.end(), t);
        const std::size_t introduced_by = static_cast<std::size_t>(after - plan.first_new_term.begin()) - 1;
        out += ',';
        append_uint(out, introduced_by);
        out += ',';
        append_uint(out, t - plan.first_new_term[introduced_by]);
        out += ",{";
        bool any_field = false;
        for (std::size_t k = 0; k < plan.posting_key_order.size(); ++k) {
            if (plan.posting_key_order[k] == 0) continue;  // no `_index`: the browser numbers the terms it has
            const std::uint32_t f = static_cast<std::uint32_t>(plan.posting_key_order[k] - 1);
            const std::size_t begin = index.postings.start[std::size_t{t} * field_count + f];
            const std::size_t end = index.postings.start[std::size_t{t} * field_count + f + 1];
            if (begin == end) continue;  // an empty field's posting is left out
            if (any_field) out += ',';
            any_field = true;
            out += index.fields[f].json;
            out += ":{";
            numbers.clear();
            for (std::size_t j = begin; j < end; ++j) numbers.push_back(plan.number_of_slot[index.postings.slots[j]]);
            std::sort(numbers.begin(), numbers.end());
            // Elements of one (term, field) come in number order, like the posting's numbers.
            std::size_t e = static_cast<std::size_t>(
                std::lower_bound(elements.begin(), elements.end(), Element{0, f, t, 0}, before) - elements.begin());
            for (std::size_t j = 0; j < numbers.size(); ++j) {
                const std::uint32_t n = numbers[j];
                if (j) out += ',';
                out += '"';
                append_uint(out, n);
                out += "\":";
                const Element* element = element_at(e, t, f, n);
                if (!element) {
                    out += '0';
                    continue;
                }
                const std::size_t d = index.refs.last_document[plan.slot_of_number[n]];
                out += '[';
                append_uint(out, element->tf);
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
// reuse_shard): per term its text and its place in lunr's numbering, per field its posting, and
// per document in it the document's number and `documents[d]`: the fingerprint of its fields
// (which decide its count of the term and the field's length) and its boost. Only with every ref
// once: then a document's number names one document.
Fingerprint shard_inputs(const ShardPlan& plan, const std::vector<Fingerprint>& documents, std::size_t first, std::size_t last) {
    const PreparedIndex& index = plan.index;
    const std::size_t field_count = index.fields.size();
    Fingerprinter f;
    f.add(std::string_view("urker-lunr-shard 3")).add(static_cast<std::uint64_t>(last - first));
    for (std::size_t k : plan.posting_key_order)
        if (k != 0) f.add(std::string_view(index.fields[k - 1].json));
    for (std::size_t i = first; i < last; ++i) {
        const std::uint32_t t = plan.order[i];
        const std::u16string_view term = index.collected.dictionary().at(t);
        f.add(std::string_view(reinterpret_cast<const char*>(term.data()), term.size() * sizeof(char16_t)));
        const auto after = std::upper_bound(plan.first_new_term.begin(), plan.first_new_term.end(), t);
        const std::size_t introduced_by = static_cast<std::size_t>(after - plan.first_new_term.begin()) - 1;
        f.add(static_cast<std::uint64_t>(introduced_by)).add(static_cast<std::uint64_t>(t - plan.first_new_term[introduced_by]));
        for (std::uint32_t field = 0; field < field_count; ++field) {
            const std::size_t begin = index.postings.start[std::size_t{t} * field_count + field];
            const std::size_t end = index.postings.start[std::size_t{t} * field_count + field + 1];
            f.add(static_cast<std::uint64_t>(end - begin));
            for (std::size_t j = begin; j < end; ++j) {
                const std::uint32_t slot = index.postings.slots[j];
                const std::size_t d = index.refs.last_document[slot];
                f.add(static_cast<std::uint64_t>(plan.number_of_slot[slot])).add(documents[d]);
            }
        }
    }
    return f.finish();
}

}  // namespace

ShardedIndex write_sharded_lunr_index(const std::vector<SearchDocument>& documents,
                                      const std::vector<SearchField>& fields, Language language,
                                      const ShardedIndexOptions& options) {
    if (std::string problem = check_search_fields(fields); !problem.empty()) throw std::invalid_argument(problem);
    const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    IndexWriterStats stats;
    Lap lap;
    PreparedIndex index = prepare_index(documents, fields, language, threads, stats, lap, options.term_reuse);
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
    const ShardPlan plan{documents, index, order, slot_of_number, number_of_slot, posting_key_order, first_new_term};
    // The shards an earlier build made of the same inputs: taken, and neither their buckets nor
    // their text are made.
    std::vector<char> taken(shard_count, 0);
    if (options.reuse_shard && options.term_reuse && options.term_reuse->keys.size() == documents.size() &&
        index.refs.size() == documents.size()) {
        // Per document, its fields' fingerprint and its boost: read once here, not at each of its
        // terms (the documents are large and far apart in memory).
        std::vector<Fingerprint> document_inputs(documents.size());
        for (std::size_t d = 0; d < documents.size(); ++d)
            document_inputs[d] = Fingerprinter()
                                     .add(options.term_reuse->keys[d])
                                     .add(std::bit_cast<std::uint64_t>(boost_or_one(documents[d].boost)))
                                     .finish();
        result.shard_inputs.resize(shard_count);
        std::atomic<std::size_t> next{0};
        run_parallel(std::min<unsigned>(threads, static_cast<unsigned>(shard_count)), [&](unsigned) {
            for (std::size_t k; (k = next++) < shard_count;) {
                const std::size_t end = k + 1 < shard_count ? firsts[k + 1] : order.size();
                result.shard_inputs[k] = shard_inputs(plan, document_inputs, firsts[k], end);
                if (auto shard = options.reuse_shard(k, result.shard_inputs[k])) {
                    result.shards[k] = std::move(*shard);
                    taken[k] = 1;
                }
            }
        });
    }

    // Each document's field-vector elements, into the bucket of the shard holding the term.
    std::vector<std::uint32_t> shard_of_term(order.size());
    for (std::size_t k = 0; k < shard_count; ++k) {
        const std::size_t end = k + 1 < shard_count ? firsts[k + 1] : order.size();
        for (std::size_t i = firsts[k]; i < end; ++i) shard_of_term[order[i]] = static_cast<std::uint32_t>(k);
    }
    // Counted first, so each bucket is allocated once at its size (grown by doubling, the buckets
    // took up to twice the memory: 110 MB at 10 000 materials).
    std::vector<std::size_t> sizes(shard_count, 0);
    std::size_t total = 0;
    for (std::uint32_t n = 0; n < slot_of_number.size(); ++n) {
        const std::size_t d = index.refs.last_document[slot_of_number[n]];
        for (std::uint32_t f = 0; f < field_count; ++f)
            for (const TermCount& p : index.collected.terms(d, f)) ++sizes[shard_of_term[p.term]];
    }
    for (std::size_t k = 0; k < shard_count; ++k)
        if (!taken[k]) total += sizes[k];
    // The shards in a few batches of about the same number of elements: only one batch's buckets
    // are filled at a time (all of them at once were some 90 MB at 10 000 materials, the search's
    // largest table), for a pass over the documents' terms per batch. Each bucket's elements come
    // in the same order either way, so the shards' text is the same.
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
            for (std::uint32_t n = 0; n < slot_of_number.size(); ++n) {
                const std::size_t d = index.refs.last_document[slot_of_number[n]];
                for (std::uint32_t f = 0; f < field_count; ++f) {
                    for (const TermCount& p : index.collected.terms(d, f)) {
                        const std::uint32_t k = shard_of_term[p.term];
                        if (k >= first && k < last && !taken[k]) buckets[k].push_back({n, f, p.term, p.count & ~already_posted});
                    }
                }
            }
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
