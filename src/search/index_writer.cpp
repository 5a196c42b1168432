#include "search/index_writer.h"

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

namespace {

// lunr.Builder's defaults (lunr.js L:2360-2361).
constexpr double bm25_k1 = 1.2;
constexpr double bm25_b = 0.75;

// Marks a (term, field) of a repeated ref that is already in the postings (TermCount::count).
constexpr std::uint32_t already_posted = 0x80000000u;

// `x || 1` for a number.
double boost_or_one(double boost) { return boost == 0 || std::isnan(boost) ? 1 : boost; }

// Text as it is written into the index: invalid UTF-8 (which only a caller's bug can produce)
// becomes U+FFFD, as a browser would decode it, so the file stays valid JSON.
std::string valid_text(std::string_view s) { return is_valid_utf8(s) ? std::string(s) : to_utf8(to_utf16(s)); }

std::string json_string(std::string_view utf8) {
    std::string out;
    append_json_string(out, valid_text(utf8));
    return out;
}

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

// --- Fields and refs ---------------------------------------------------------------------------------

struct FieldPlan {
    std::string_view name;  // as the documents' field maps spell it
    double boost;
    std::string text;       // the name as written into the index
    std::string json;       // ... and as a JSON string
};

// lunr's `this._fields` object: a repeated field keeps its first position and its last boost; the
// fields are processed and written in JavaScript's property order.
std::vector<FieldPlan> plan_fields(const std::vector<SearchField>& fields) {
    std::vector<std::string_view> names;
    std::vector<double> boosts;
    for (const SearchField& f : fields) {
        auto it = std::find(names.begin(), names.end(), f.name);
        if (it == names.end()) {
            names.push_back(f.name);
            boosts.push_back(f.boost);
        } else {
            boosts[static_cast<std::size_t>(it - names.begin())] = f.boost;
        }
    }
    std::vector<FieldPlan> plan;
    for (std::size_t i : js_property_order(names)) {
        plan.push_back({names[i], boost_or_one(boosts[i]), valid_text(names[i]), json_string(names[i])});
    }
    return plan;
}

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

Refs assign_slots(const std::vector<SearchDocument>& documents) {
    Refs refs;
    std::unordered_map<std::string_view, std::uint32_t> slot_of_ref;
    slot_of_ref.reserve(documents.size());
    for (std::uint32_t d = 0; d < documents.size(); ++d) {
        auto [it, inserted] = slot_of_ref.emplace(documents[d].ref, static_cast<std::uint32_t>(refs.size()));
        if (inserted) {
            refs.first_document.push_back(d);
            refs.last_document.push_back(d);
            refs.times_added.push_back(1);
            refs.text.push_back(valid_text(documents[d].ref));
            refs.json.push_back(json_string(documents[d].ref));
            refs.posting_entry.push_back("," + refs.json.back() + ":{}");
            if (auto index = js_array_index(documents[d].ref)) {
                refs.key_rank.push_back(*index);
                refs.has_array_index_refs = true;
            } else {
                refs.key_rank.push_back((std::uint64_t{1} << 32) + it->second);
            }
        } else {
            refs.last_document[it->second] = d;
            ++refs.times_added[it->second];
        }
        refs.slot_of_document.push_back(it->second);
    }
    return refs;
}

// --- Postings ------------------------------------------------------------------------------------------

// For each (term, field), the slots of the refs whose field contains the term, in the order lunr
// first inserted them (documents in order). Stored flat: entries [start[i], start[i+1]) of
// `slots`, i = term * field_count + field.
struct Postings {
    std::vector<std::uint32_t> start;
    std::vector<std::uint32_t> slots;
};

Postings build_postings(CollectedTerms& collected, const Refs& refs, std::size_t document_count,
                        std::size_t field_count) {
    const std::size_t term_count = collected.dictionary().size();
    Postings postings;
    postings.start.assign(term_count * field_count + 1, 0);
    // A repeated ref adds only the terms its earlier documents did not.
    std::unordered_map<std::uint32_t, std::unordered_set<std::uint64_t>> posted;
    for (std::size_t d = 0; d < document_count; ++d) {
        const std::uint32_t slot = refs.slot_of_document[d];
        const bool repeated = refs.times_added[slot] > 1;
        for (std::size_t f = 0; f < field_count; ++f) {
            for (TermCount& p : collected.terms(d, f)) {
                if (repeated && !posted[slot].insert(std::uint64_t{p.term} * field_count + f).second) {
                    p.count |= already_posted;
                    continue;
                }
                ++postings.start[std::size_t{p.term} * field_count + f + 1];
            }
        }
    }
    for (std::size_t i = 1; i < postings.start.size(); ++i) postings.start[i] += postings.start[i - 1];
    postings.slots.resize(postings.start.back());
    std::vector<std::uint32_t> cursor(postings.start.begin(), postings.start.end() - 1);
    for (std::size_t d = 0; d < document_count; ++d) {
        for (std::size_t f = 0; f < field_count; ++f) {
            for (const TermCount& p : collected.terms(d, f)) {
                if (p.count & already_posted) continue;
                postings.slots[cursor[std::size_t{p.term} * field_count + f]++] = refs.slot_of_document[d];
            }
        }
    }
    return postings;
}

// --- JSON ---------------------------------------------------------------------------------------------

struct IndexData {
    const std::vector<SearchDocument>& documents;
    const std::vector<FieldPlan>& fields;
    const Refs& refs;
    CollectedTerms& collected;
    const Postings& postings;
    std::vector<double> idf;             // per term
    std::vector<double> average_length;  // per field
};

// lunr.idf: log(1 + |(N - n + 0.5) / (n + 0.5)|) with N the number of add() calls and n the sum of
// the term's posting sizes over the fields (a ref with the term in two fields counts twice).
std::vector<double> compute_idf(const Postings& postings, std::size_t term_count, std::size_t field_count,
                                std::size_t document_count) {
    std::vector<double> idf(term_count);
    const double total = static_cast<double>(document_count);
    for (std::size_t t = 0; t < term_count; ++t) {
        const double n = postings.start[(t + 1) * field_count] - postings.start[t * field_count];
        idf[t] = js_log(1 + std::fabs((total - n + 0.5) / (n + 0.5)));
    }
    return idf;
}

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
                // lunr's expression (L:2604) and evaluation order, operation by operation.
                double score = index.idf[sorted[i].term] * ((bm25_k1 + 1) * tf) /
                               (bm25_k1 * (1 - bm25_b + bm25_b * length_ratio) + tf);
                score *= index.fields[f].boost;
                score *= document_boost;
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

// Terms in UTF-16 code unit order (JavaScript's default sort, which lunr.Index.load requires).
std::vector<std::uint32_t> sort_terms(const StringInterner& dictionary) {
    // The first four code units, packed, order most pairs without reading the strings; zero
    // padding keeps the packed order consistent with the full comparison, which breaks ties.
    struct SortKey {
        std::uint64_t prefix;
        std::uint32_t term;
    };
    std::vector<SortKey> keys(dictionary.size());
    for (std::uint32_t t = 0; t < dictionary.size(); ++t) {
        const std::u16string_view s = dictionary.at(t);
        std::uint64_t prefix = 0;
        for (std::size_t i = 0; i < 4; ++i) prefix = prefix << 16 | (i < s.size() ? s[i] : 0);
        keys[t] = {prefix, t};
    }
    std::sort(keys.begin(), keys.end(), [&](const SortKey& a, const SortKey& b) {
        if (a.prefix != b.prefix) return a.prefix < b.prefix;
        return dictionary.at(a.term) < dictionary.at(b.term);
    });
    std::vector<std::uint32_t> order(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) order[i] = keys[i].term;
    return order;
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
    const std::vector<FieldPlan> plan = plan_fields(fields);
    std::vector<std::string_view> field_names;
    for (const FieldPlan& f : plan) field_names.push_back(f.name);
    const std::size_t field_count = plan.size();

    CollectedTerms collected = collect_terms(documents, field_names, language, threads);
    stats.tokenize = lap.next();

    const Refs refs = assign_slots(documents);
    const std::size_t term_count = collected.dictionary().size();
    const Postings postings = build_postings(collected, refs, documents.size(), field_count);
    IndexData index{documents, plan, refs, collected, postings, {}, {}};
    index.idf = compute_idf(postings, term_count, field_count, documents.size());
    // Average field length over distinct refs, each ref's last document counting.
    index.average_length.assign(field_count, 0);
    for (std::size_t f = 0; f < field_count; ++f) {
        double total = 0;
        for (std::size_t s = 0; s < refs.size(); ++s) total += collected.length(refs.last_document[s], f);
        index.average_length[f] = total / static_cast<double>(refs.size());
    }
    stats.postings = lap.next();
    stats.term_count = term_count;
    stats.posting_count = postings.slots.size();
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
