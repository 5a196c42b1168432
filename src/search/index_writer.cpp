#include "search/index_writer.h"

#include "search/js_number.h"
#include "search/search_data.h"
#include "search/string_interner.h"
#include "search/tokenizer.h"
#include "search/utf16.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace urker::search {

namespace {

// lunr.Builder's defaults (lunr.js L:2360-2361).
constexpr double bm25_k1 = 1.2;
constexpr double bm25_b = 0.75;

constexpr std::uint32_t dropped = StringInterner::npos;
// Marks a (term, field) pair of a repeated ref that is already in the postings.
constexpr std::uint32_t already_posted = 0x80000000u;
constexpr std::size_t documents_per_chunk = 32;

// `x || 1` for a number.
double boost_or_one(double boost) { return boost == 0 || std::isnan(boost) ? 1 : boost; }

// JavaScript enumerates an object's "array index" keys (canonical decimal integers up to 2^32 - 2)
// first, in numeric order, then the other keys in insertion order.
std::optional<std::uint32_t> array_index(std::string_view key) {
    if (key.empty() || key.size() > 10 || (key.size() > 1 && key[0] == '0')) return std::nullopt;
    std::uint64_t value = 0;
    for (char c : key) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (value > 4294967294u) return std::nullopt;
    return static_cast<std::uint32_t>(value);
}

// Positions of `keys` (given in insertion order, distinct) in JavaScript's enumeration order.
std::vector<std::size_t> js_property_order(const std::vector<std::string_view>& keys) {
    std::vector<std::size_t> order(keys.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        auto ia = array_index(keys[a]), ib = array_index(keys[b]);
        if (ia && ib) return *ia < *ib;
        return ia.has_value() && !ib.has_value();
    });
    return order;
}

std::string json_string(std::string_view utf8) {
    std::string out;
    append_json_string(out, utf8);
    return out;
}

// --- Documents, fields, refs ----------------------------------------------------------------------

struct FieldPlan {
    std::string_view name;
    double boost;
};

// lunr's `this._fields` object: a repeated field keeps its first position and its last boost.
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
    for (std::size_t i : js_property_order(names)) plan.push_back({names[i], boost_or_one(boosts[i])});
    return plan;
}

// One entry per distinct ref ("slot"), in order of first appearance; lunr's builder keys its
// field vectors and document attributes by ref.
struct Refs {
    std::vector<std::uint32_t> slot_of_document;
    std::vector<std::uint32_t> first_document;  // per slot
    std::vector<std::uint32_t> last_document;   // per slot
    std::vector<std::uint32_t> times_added;     // per slot
    bool has_repeats = false;
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
        } else {
            refs.last_document[it->second] = d;
            ++refs.times_added[it->second];
            refs.has_repeats = true;
        }
        refs.slot_of_document.push_back(it->second);
    }
    return refs;
}

// --- Phase 1: tokens to per-field term counts, in parallel -----------------------------------------

struct TermCount {
    std::uint32_t term;   // a worker-local term id in phase 1, the global `_index` afterwards
    std::uint32_t count;  // occurrences in the field (may carry `already_posted`)
};

struct FieldTerms {
    std::uint32_t begin = 0;   // range of the chunk's `pairs`, in order of first appearance
    std::uint32_t end = 0;
    std::uint32_t length = 0;  // tokens the pipeline kept (lunr's fieldLength)
};

struct Chunk {
    unsigned worker = 0;
    std::vector<TermCount> pairs;
    std::vector<FieldTerms> fields;  // documents of the chunk x fields
};

// A thread's tokenizer, pipeline and caches. Each distinct token runs the pipeline once per
// worker; later occurrences cost one hash lookup.
class Worker {
public:
    explicit Worker(Language language) : pipeline_(language) {}

    void index_field(const SearchFieldValue* value, Chunk& chunk) {
        touched_.clear();
        std::uint32_t length = 0;
        auto add_token = [&](std::u16string_view token) {
            auto [raw_id, inserted] = raw_.intern(token);
            if (inserted) raw_terms_.push_back(pipeline_.run(token, scratch_) ? terms_.intern(scratch_).first : dropped);
            const std::uint32_t term = raw_terms_[raw_id];
            if (term == dropped) return;
            ++length;
            if (term >= counts_.size()) counts_.resize(terms_.size() + 1024, 0);
            if (counts_[term]++ == 0) touched_.push_back(term);
        };
        if (value) {
            if (const auto* text = std::get_if<std::string>(value)) {
                tokenizer_.split(*text, add_token);
            } else {
                for (const std::string& element : std::get<std::vector<std::string>>(*value)) {
                    add_token(tokenizer_.whole(element));
                }
            }
        }
        FieldTerms f;
        f.begin = static_cast<std::uint32_t>(chunk.pairs.size());
        for (std::uint32_t term : touched_) {
            chunk.pairs.push_back({term, counts_[term]});
            counts_[term] = 0;
        }
        f.end = static_cast<std::uint32_t>(chunk.pairs.size());
        f.length = length;
        chunk.fields.push_back(f);
    }

    const StringInterner& terms() const { return terms_; }

private:
    Tokenizer tokenizer_;
    Pipeline pipeline_;
    StringInterner raw_;                    // distinct tokens as the tokenizer produced them
    std::vector<std::uint32_t> raw_terms_;  // raw token id -> local term id, or `dropped`
    StringInterner terms_;                  // distinct pipeline outputs
    std::vector<std::uint32_t> counts_;
    std::vector<std::uint32_t> touched_;
    std::u16string scratch_;
};

// Runs `job(worker_index)` on `threads` threads (the calling thread included) and rethrows the
// first exception.
void run_parallel(unsigned threads, const std::function<void(unsigned)>& job) {
    std::exception_ptr error;
    std::mutex error_mutex;
    auto guarded = [&](unsigned w) {
        try {
            job(w);
        } catch (...) {
            std::lock_guard lock(error_mutex);
            if (!error) error = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (unsigned w = 1; w < threads; ++w) pool.emplace_back(guarded, w);
    guarded(0);
    for (std::thread& t : pool) t.join();
    if (error) std::rethrow_exception(error);
}

// --- Output ------------------------------------------------------------------------------------------

bool less_utf16(std::u16string_view a, std::u16string_view b) { return a < b; }

}  // namespace

std::string check_search_fields(const std::vector<SearchField>& fields) {
    static constexpr std::string_view object_prototype[] = {
        "__proto__", "constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable",
        "toLocaleString", "toString", "valueOf", "__defineGetter__", "__defineSetter__",
        "__lookupGetter__", "__lookupSetter__"};
    for (const SearchField& f : fields) {
        if (f.name.empty()) return "a search field needs a name";
        if (f.name.find('/') != std::string::npos) {
            return "search field \"" + f.name + "\" contains '/', which lunr.js does not allow in a field name";
        }
        if (f.name == "_index") return "search field \"_index\" would clash with lunr.js's own \"_index\" key";
        if (std::find(std::begin(object_prototype), std::end(object_prototype), f.name) != std::end(object_prototype)) {
            return "search field \"" + f.name + "\" is a JavaScript object property name that lunr.js cannot use";
        }
    }
    return {};
}

std::string write_lunr_index(const std::vector<SearchDocument>& documents, const std::vector<SearchField>& fields,
                             Language language, const IndexWriterOptions& options) {
    if (std::string problem = check_search_fields(fields); !problem.empty()) throw std::invalid_argument(problem);
    const std::vector<FieldPlan> plan = plan_fields(fields);
    const std::size_t field_count = plan.size();
    const Refs refs = assign_slots(documents);

    // Phase 1: tokenize and run the pipeline, chunks of documents spread over the workers.
    const std::size_t chunk_count = (documents.size() + documents_per_chunk - 1) / documents_per_chunk;
    unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::clamp<std::size_t>(chunk_count, 1, threads));
    std::vector<Chunk> chunks(chunk_count);
    std::vector<std::unique_ptr<Worker>> workers(threads);
    std::atomic<std::size_t> next_chunk{0};
    run_parallel(threads, [&](unsigned w) {
        workers[w] = std::make_unique<Worker>(language);
        Worker& worker = *workers[w];
        for (std::size_t c; (c = next_chunk.fetch_add(1)) < chunk_count;) {
            Chunk& chunk = chunks[c];
            chunk.worker = w;
            const std::size_t end = std::min(documents.size(), (c + 1) * documents_per_chunk);
            for (std::size_t d = c * documents_per_chunk; d < end; ++d) {
                for (const FieldPlan& f : plan) {
                    auto it = documents[d].fields.find(f.name);
                    worker.index_field(it == documents[d].fields.end() ? nullptr : &it->second, chunk);
                }
            }
        }
    });
    auto field_terms = [&](std::size_t document, std::size_t field) -> std::pair<Chunk*, const FieldTerms*> {
        Chunk& chunk = chunks[document / documents_per_chunk];
        return {&chunk, &chunk.fields[(document % documents_per_chunk) * field_count + field]};
    };

    // Phase 2: global term ids (lunr's `_index`) in order of first appearance: documents in order,
    // fields in order, tokens in order.
    StringInterner terms;
    {
        std::vector<std::vector<std::uint32_t>> to_global(workers.size());
        for (std::size_t w = 0; w < workers.size(); ++w) {
            if (workers[w]) to_global[w].assign(workers[w]->terms().size(), StringInterner::npos);
        }
        for (Chunk& chunk : chunks) {
            auto& map = to_global[chunk.worker];
            const StringInterner& local = workers[chunk.worker]->terms();
            for (TermCount& p : chunk.pairs) {
                std::uint32_t& global = map[p.term];
                if (global == StringInterner::npos) global = terms.intern(local.at(p.term)).first;
                p.term = global;
            }
        }
    }
    workers.clear();
    const std::uint32_t term_count = terms.size();

    // Phase 3: postings. A posting lists, per field, the refs in the order they were first added;
    // `documentsWithTerm` for idf is the sum of the per-field list lengths.
    std::vector<std::uint32_t> posting_start(static_cast<std::size_t>(term_count) * field_count + 1, 0);
    {
        std::unordered_map<std::uint32_t, std::unordered_set<std::uint64_t>> posted;  // only repeated refs
        for (std::size_t d = 0; d < documents.size(); ++d) {
            const std::uint32_t slot = refs.slot_of_document[d];
            const bool repeated = refs.times_added[slot] > 1;
            for (std::size_t f = 0; f < field_count; ++f) {
                auto [chunk, ft] = field_terms(d, f);
                for (std::uint32_t i = ft->begin; i < ft->end; ++i) {
                    TermCount& p = chunk->pairs[i];
                    if (repeated && !posted[slot].insert(std::uint64_t{p.term} * field_count + f).second) {
                        p.count |= already_posted;
                        continue;
                    }
                    ++posting_start[std::size_t{p.term} * field_count + f + 1];
                }
            }
        }
    }
    for (std::size_t i = 1; i < posting_start.size(); ++i) posting_start[i] += posting_start[i - 1];
    std::vector<std::uint32_t> posting_slots(posting_start.back());
    {
        std::vector<std::uint32_t> cursor(posting_start.begin(), posting_start.end() - 1);
        for (std::size_t d = 0; d < documents.size(); ++d) {
            for (std::size_t f = 0; f < field_count; ++f) {
                auto [chunk, ft] = field_terms(d, f);
                for (std::uint32_t i = ft->begin; i < ft->end; ++i) {
                    const TermCount& p = chunk->pairs[i];
                    if (p.count & already_posted) continue;
                    posting_slots[cursor[std::size_t{p.term} * field_count + f]++] = refs.slot_of_document[d];
                }
            }
        }
    }

    // lunr.idf: log(1 + |(N - n + 0.5) / (n + 0.5)|), N = number of add() calls.
    std::vector<double> idf(term_count);
    const double document_count = static_cast<double>(documents.size());
    for (std::uint32_t t = 0; t < term_count; ++t) {
        const double n = posting_start[std::size_t{t + 1} * field_count] - posting_start[std::size_t{t} * field_count];
        idf[t] = js_log(1 + std::fabs((document_count - n + 0.5) / (n + 0.5)));
    }
    // Average field length over distinct refs (each ref's last add counts).
    std::vector<double> average_length(field_count, 0);
    for (std::size_t f = 0; f < field_count; ++f) {
        double total = 0;
        for (std::uint32_t s = 0; s < refs.size(); ++s) total += field_terms(refs.last_document[s], f).second->length;
        average_length[f] = total / static_cast<double>(refs.size());
    }

    // Escaped names and refs, written many times.
    std::vector<std::string> field_json;
    for (const FieldPlan& f : plan) field_json.push_back(json_string(f.name));
    std::vector<std::string> ref_json(refs.size());
    std::vector<std::string_view> ref_keys(refs.size());
    for (std::uint32_t s = 0; s < refs.size(); ++s) {
        ref_keys[s] = documents[refs.first_document[s]].ref;
        ref_json[s] = json_string(ref_keys[s]);
    }

    // Field vectors: one per (ref, field), refs in first-add order, elements sorted by `_index`.
    auto write_vectors = [&](std::uint32_t first_slot, std::uint32_t last_slot, std::string& out) {
        std::vector<TermCount> sorted;
        std::string field_ref;
        for (std::uint32_t s = first_slot; s < last_slot; ++s) {
            const std::size_t d = refs.last_document[s];
            const double document_boost = boost_or_one(documents[d].boost);
            for (std::size_t f = 0; f < field_count; ++f) {
                auto [chunk, ft] = field_terms(d, f);
                sorted.assign(chunk->pairs.begin() + ft->begin, chunk->pairs.begin() + ft->end);
                std::sort(sorted.begin(), sorted.end(), [](TermCount a, TermCount b) { return a.term < b.term; });
                field_ref.assign(plan[f].name);
                field_ref += '/';
                field_ref += ref_keys[s];
                if (s != 0 || f != 0) out += ',';
                out += '[';
                append_json_string(out, field_ref);
                out += ",[";
                const double length_ratio = ft->length / average_length[f];
                for (std::size_t i = 0; i < sorted.size(); ++i) {
                    const double tf = sorted[i].count & ~already_posted;
                    // The expression and its evaluation order are lunr's (L:2604), operation by operation.
                    double score = idf[sorted[i].term] * ((bm25_k1 + 1) * tf) /
                                   (bm25_k1 * (1 - bm25_b + bm25_b * length_ratio) + tf);
                    score *= plan[f].boost;
                    score *= document_boost;
                    if (i) out += ',';
                    out += std::to_string(sorted[i].term);
                    out += ',';
                    append_js_score(out, score);
                }
                out += "]]";
            }
        }
    };
    std::vector<std::string> vector_parts(threads);
    {
        const std::uint32_t per_part = static_cast<std::uint32_t>((refs.size() + threads - 1) / threads);
        run_parallel(threads, [&](unsigned w) {
            const std::uint32_t first = std::min<std::uint32_t>(static_cast<std::uint32_t>(refs.size()), w * per_part);
            const std::uint32_t last = std::min<std::uint32_t>(static_cast<std::uint32_t>(refs.size()), first + per_part);
            write_vectors(first, last, vector_parts[w]);
        });
    }

    // Inverted index: terms in UTF-16 code unit order (JavaScript's default sort).
    std::vector<std::uint32_t> term_order(term_count);
    for (std::uint32_t t = 0; t < term_count; ++t) term_order[t] = t;
    std::sort(term_order.begin(), term_order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return less_utf16(terms.at(a), terms.at(b)); });

    // A posting's keys: "_index" then the fields, in JavaScript's property order.
    std::vector<std::string_view> posting_keys{"_index"};
    for (const FieldPlan& f : plan) posting_keys.push_back(f.name);
    const std::vector<std::size_t> posting_key_order = js_property_order(posting_keys);
    // Refs inside a posting are object keys too: integer-like refs come first, by value.
    std::vector<std::uint64_t> ref_rank(refs.size());
    bool reorder_refs = false;
    for (std::uint32_t s = 0; s < refs.size(); ++s) {
        if (auto index = array_index(ref_keys[s])) {
            ref_rank[s] = *index;
            reorder_refs = true;
        } else {
            ref_rank[s] = (std::uint64_t{1} << 32) + s;
        }
    }

    std::string out;
    std::size_t vector_bytes = 0;
    for (const std::string& part : vector_parts) vector_bytes += part.size();
    out.reserve(vector_bytes + posting_slots.size() * 16 + std::size_t{term_count} * 64 + 1024);
    out += "{\"version\":";
    append_json_string(out, data::lunr_version);
    out += ",\"fields\":[";
    for (std::size_t f = 0; f < field_count; ++f) {
        if (f) out += ',';
        out += field_json[f];
    }
    out += "],\"fieldVectors\":[";
    for (std::string& part : vector_parts) {
        out += part;
        std::string().swap(part);
    }
    out += "],\"invertedIndex\":[";
    std::string term_utf8;
    std::vector<std::uint32_t> ordered_slots;
    for (std::size_t i = 0; i < term_order.size(); ++i) {
        const std::uint32_t t = term_order[i];
        if (i) out += ',';
        out += '[';
        term_utf8.clear();
        append_utf8(term_utf8, terms.at(t));
        append_json_string(out, term_utf8);
        out += ",{";
        for (std::size_t k = 0; k < posting_key_order.size(); ++k) {
            if (k) out += ',';
            const std::size_t key = posting_key_order[k];
            if (key == 0) {
                out += "\"_index\":";
                out += std::to_string(t);
                continue;
            }
            const std::size_t f = key - 1;
            out += field_json[f];
            out += ":{";
            const std::size_t first = posting_start[std::size_t{t} * field_count + f];
            const std::size_t last = posting_start[std::size_t{t} * field_count + f + 1];
            ordered_slots.assign(posting_slots.begin() + static_cast<std::ptrdiff_t>(first),
                                 posting_slots.begin() + static_cast<std::ptrdiff_t>(last));
            if (reorder_refs) {
                std::sort(ordered_slots.begin(), ordered_slots.end(),
                          [&](std::uint32_t a, std::uint32_t b) { return ref_rank[a] < ref_rank[b]; });
            }
            for (std::size_t j = 0; j < ordered_slots.size(); ++j) {
                if (j) out += ',';
                out += ref_json[ordered_slots[j]];
                out += ":{}";
            }
            out += '}';
        }
        out += "}]";
    }
    out += "],\"pipeline\":[";
    const auto labels = search_pipeline_labels(language);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i) out += ',';
        append_json_string(out, labels[i]);
    }
    out += "]}";
    return out;
}

}  // namespace urker::search
