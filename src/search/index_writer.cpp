#include "search/index_writer.h"

#include "search/index_model.h"
#include "search/js_keys.h"
#include "search/js_number.h"
#include "search/parallel.h"
#include "search/search_data.h"
#include "search/term_collector.h"
#include "search/utf16.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <ctime>
#include <stdexcept>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace urker::search {

std::vector<std::string_view> TextPieces::all(std::string& buffer) const {
    if (!deferred) return pieces;
    std::vector<std::string_view> out;
    out.reserve(pieces.size() + 1);
    const std::size_t at = std::min(deferred->at, pieces.size());
    out.insert(out.end(), pieces.begin(), pieces.begin() + static_cast<std::ptrdiff_t>(at));
    out.push_back(deferred->read(buffer));
    out.insert(out.end(), pieces.begin() + static_cast<std::ptrdiff_t>(at), pieces.end());
    return out;
}

void TextPieces::add_to(Fingerprinter& f) const {
    f.add(static_cast<std::uint64_t>(pieces.size() + (deferred ? 1 : 0)));
    for (std::size_t k = 0; k <= pieces.size(); ++k) {
        if (deferred && deferred->at == k) f.add(std::uint64_t{0xdefe44ed}).add(deferred->fingerprint);
        if (k < pieces.size()) f.add(pieces[k]);
    }
}

namespace {

using namespace detail;

// --- JSON ---------------------------------------------------------------------------------------------

struct IndexData {
    const std::vector<SearchDocument>& documents;
    const std::vector<FieldPlan>& fields;
    const Refs& refs;
    CollectedTerms& collected;
    const Postings& postings;
    const std::vector<double>& idf;             // per term
    const std::vector<double>& average_length;  // per field
};

// An upper estimate of write_field_vectors' output (an element takes about 10 bytes).
std::size_t field_vectors_size(IndexData& index, std::size_t first, std::size_t last) {
    std::size_t size = 0;
    for (std::size_t s = first; s < last; ++s) {
        for (std::size_t f = 0; f < index.fields.size(); ++f) {
            size += 16 + index.fields[f].json.size() + index.refs.json[s].size() +
                    12 * index.collected.terms(index.refs.last_document[s], f).size();
        }
    }
    return size;
}

// fieldVectors entries for slots [first, last): one per (ref, field), refs in first-add order, the
// last document with the ref supplying the terms; elements sorted by `_index`.
void write_field_vectors(IndexData& index, std::size_t first, std::size_t last, std::string& out) {
    out.reserve(field_vectors_size(index, first, last));
    std::vector<TermCount> sorted;
    std::string field_ref;
    for (std::size_t s = first; s < last; ++s) {
        const std::size_t d = index.refs.last_document[s];
        const double document_boost = boost_or_one(index.documents[d].boost);
        for (std::size_t f = 0; f < index.fields.size(); ++f) {
            const auto terms = index.collected.terms(d, f);
            sorted.assign(terms.begin(), terms.end());
            std::sort(sorted.begin(), sorted.end(), [](TermCount a, TermCount b) { return a.term < b.term; });
            field_ref.assign(index.fields[f].text);
            field_ref += '/';
            field_ref += index.refs.text[s];
            if (s != 0 || f != 0) out += ',';
            out += '[';
            append_json_string(out, field_ref);
            out += ",[";
            const double length_ratio = index.collected.length(d, f) / index.average_length[f];
            for (std::size_t i = 0; i < sorted.size(); ++i) {
                const double tf = sorted[i].count & ~already_posted;
                const double score =
                    bm25_score(index.idf[sorted[i].term], tf, length_ratio, index.fields[f].boost, document_boost);
                char element[16 + max_js_score_length];
                char* end = element;
                if (i) *end++ = ',';
                end = std::to_chars(end, end + 10, sorted[i].term).ptr;
                *end++ = ',';
                end = write_js_score(end, score);
                out.append(element, static_cast<std::size_t>(end - element));
            }
            out += "]]";
        }
    }
}
// An upper estimate of one invertedIndex entry.
std::size_t posting_size(const IndexData& index, std::uint32_t t) {
    const std::size_t field_count = index.fields.size();
    std::size_t size = 24 + 3 * index.collected.dictionary().at(t).size();
    for (std::size_t f = 0; f < field_count; ++f) {
        const std::size_t begin = index.postings.start[std::size_t{t} * field_count + f];
        const std::size_t end = index.postings.start[std::size_t{t} * field_count + f + 1];
        size += index.fields[f].json.size() + 3;
        for (std::size_t j = begin; j < end; ++j) size += index.refs.json[index.postings.slots[j]].size() + 4;
    }
    return size;
}

// invertedIndex entries for terms order[first, last).
void write_inverted_index(const IndexData& index, const std::vector<std::uint32_t>& order, std::size_t first,
                          std::size_t last, std::string& out) {
    const std::size_t field_count = index.fields.size();
    // A posting's keys are "_index" and the field names, in JavaScript's property order.
    std::vector<std::string_view> keys{"_index"};
    for (const FieldPlan& f : index.fields) keys.push_back(f.name);
    const std::vector<std::size_t> key_order = js_property_order(keys);
    std::size_t estimate = 0;
    for (std::size_t i = first; i < last; ++i) estimate += posting_size(index, order[i]);
    out.reserve(estimate);
    std::string term_utf8;
    std::vector<std::uint32_t> slots;
    for (std::size_t i = first; i < last; ++i) {
        const std::uint32_t t = order[i];
        if (i) out += ',';
        out += '[';
        term_utf8.clear();
        append_utf8(term_utf8, index.collected.dictionary().at(t));
        append_json_string(out, term_utf8);
        out += ",{";
        for (std::size_t k = 0; k < key_order.size(); ++k) {
            if (k) out += ',';
            if (key_order[k] == 0) {
                out += "\"_index\":";
                append_uint(out, t);
                continue;
            }
            const std::size_t f = key_order[k] - 1;
            out += index.fields[f].json;
            out += ":{";
            const std::size_t begin = index.postings.start[std::size_t{t} * field_count + f];
            const std::size_t end = index.postings.start[std::size_t{t} * field_count + f + 1];
            slots.assign(index.postings.slots.begin() + static_cast<std::ptrdiff_t>(begin),
                         index.postings.slots.begin() + static_cast<std::ptrdiff_t>(end));
            if (index.refs.has_array_index_refs) {
                std::sort(slots.begin(), slots.end(),
                          [&](std::uint32_t a, std::uint32_t b) { return index.refs.key_rank[a] < index.refs.key_rank[b]; });
            }
            for (std::size_t j = 0; j < slots.size(); ++j) {
                const std::string& entry = index.refs.posting_entry[slots[j]];
                out.append(entry, j == 0 ? 1 : 0);
            }
            out += '}';
        }
        out += "}]";
    }
}

}  // namespace

Message search_field_problem(const std::vector<SearchField>& fields) {
    static constexpr std::string_view object_prototype[] = {
        "__proto__", "constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable",
        "toLocaleString", "toString", "valueOf", "__defineGetter__", "__defineSetter__",
        "__lookupGetter__", "__lookupSetter__"};
    for (const SearchField& f : fields) {
        if (f.name.empty()) return Message("search.field_without_name");
        if (f.name.find('/') != std::string::npos) return Message("search.field_with_slash", {{"name", f.name}});
        if (f.name == "_index") return Message("search.field_named_index");
        if (std::find(std::begin(object_prototype), std::end(object_prototype), f.name) != std::end(object_prototype))
            return Message("search.field_object_property", {{"name", f.name}});
    }
    return {};
}

std::string check_search_fields(const std::vector<SearchField>& fields) {
    Message problem = search_field_problem(fields);
    return problem.empty() ? std::string() : render_message(problem, "en");
}

namespace {

// Both public functions; `whole` (when given) is reserved for the whole text once its size can be
// estimated, so that collecting it into one string does not copy and re-fault it while growing.
void write_index(const std::vector<SearchDocument>& documents, const std::vector<SearchField>& fields,
                 Language language, const IndexSink& sink, const IndexWriterOptions& options, std::string* whole) {
    if (std::string problem = check_search_fields(fields); !problem.empty()) throw std::invalid_argument(problem);
    IndexWriterStats stats;
    Lap lap;
    const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    PreparedIndex prepared = prepare_index(documents, fields, language, threads, stats, lap);
    const std::vector<FieldPlan>& plan = prepared.fields;
    const std::size_t field_count = plan.size();
    const Refs& refs = prepared.refs;
    CollectedTerms& collected = prepared.collected;
    const std::size_t term_count = collected.dictionary().size();
    IndexData index{documents, plan, refs, collected, prepared.postings, prepared.idf, prepared.average_length};
    if (whole) {
        std::size_t size = 256 + field_vectors_size(index, 0, refs.size());
        for (std::uint32_t t = 0; t < term_count; ++t) size += posting_size(index, t);
        whole->reserve(size);
    }

    std::string head = "{\"version\":";
    append_json_string(head, data::lunr_version);
    head += ",\"fields\":[";
    for (std::size_t f = 0; f < field_count; ++f) {
        if (f) head += ',';
        head += plan[f].json;
    }
    head += "],\"fieldVectors\":[";
    sink(head);

    // The two big arrays are written in pieces on all threads and handed to the sink in order.
    constexpr std::size_t refs_per_piece = 32;
    constexpr std::size_t terms_per_piece = 2048;
    const std::size_t window = std::size_t{threads} * 4;
    auto consume = [&](const std::string& text) { sink(text); };
    produce_in_order((refs.size() + refs_per_piece - 1) / refs_per_piece, threads, window,
                     [&](std::size_t piece, std::string& text) {
                         const std::size_t first = piece * refs_per_piece;
                         write_field_vectors(index, first, std::min(refs.size(), first + refs_per_piece), text);
                     },
                     consume);
    stats.vectors = lap.next();

    sink("],\"invertedIndex\":[");
    const std::vector<std::uint32_t> order = sort_terms(collected.dictionary());
    produce_in_order((order.size() + terms_per_piece - 1) / terms_per_piece, threads, window,
                     [&](std::size_t piece, std::string& text) {
                         const std::size_t first = piece * terms_per_piece;
                         write_inverted_index(index, order, first, std::min(order.size(), first + terms_per_piece), text);
                     },
                     consume);
    std::string tail = "],\"pipeline\":[";
    const auto labels = search_pipeline_labels(language);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i) tail += ',';
        append_json_string(tail, labels[i]);
    }
    tail += "]}";
    sink(tail);
    stats.terms = lap.next();
    if (options.stats) *options.stats = stats;
}

}  // namespace

void write_lunr_index(const std::vector<SearchDocument>& documents, const std::vector<SearchField>& fields,
                      Language language, const IndexSink& sink, const IndexWriterOptions& options) {
    write_index(documents, fields, language, sink, options, nullptr);
}

std::string write_lunr_index(const std::vector<SearchDocument>& documents, const std::vector<SearchField>& fields,
                             Language language, const IndexWriterOptions& options) {
    std::string out;
    write_index(documents, fields, language, [&](std::string_view piece) { out += piece; }, options, &out);
    return out;
}

}  // namespace urker::search
