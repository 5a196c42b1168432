#include "search/term_collector.h"

#include "search/parallel.h"
#include "search/pipeline.h"
#include "search/tokenizer.h"

#include <algorithm>
#include <atomic>

namespace urker::search {

namespace {

constexpr std::uint32_t dropped = StringInterner::npos;
// Marks a pair's term as a number in the cache's dictionary (a replayed record's) rather than a
// worker's local id, until the terms are renumbered.
constexpr std::uint32_t from_cache = 0x80000000u;

// A document's terms from its cached record, as the worker's index_field would have made them
// but numbered in the cache's dictionary (marked from_cache); false (and nothing added) when the
// record does not fit `field_count` fields or numbers a term the dictionary lacks.
bool replay(std::string_view record, std::size_t field_count, std::uint32_t term_count, std::vector<TermCount>& pairs,
            std::vector<CollectedTerms::FieldSpanView>& spans) {
    TermRecordReader reader(record);
    const std::size_t pairs_before = pairs.size();
    spans.clear();
    bool whole = term_count < from_cache;
    for (std::size_t f = 0; whole && f < field_count; ++f) {
        std::uint32_t length = 0, count = 0;
        if (!(whole = reader.field(length, count))) break;
        const auto begin = static_cast<std::uint32_t>(pairs.size());
        for (std::uint32_t k = 0; k < count; ++k) {
            std::uint32_t number = 0, times = 0;
            if (!(whole = reader.term(number, times) && number < term_count)) break;
            pairs.push_back({number | from_cache, times});
        }
        spans.push_back({begin, static_cast<std::uint32_t>(pairs.size()), length});
    }
    if (whole && spans.size() == field_count && reader.at_end()) return true;
    pairs.resize(pairs_before);
    spans.clear();
    return false;
}

// A thread's tokenizer, pipeline and caches. Each distinct token runs the pipeline once per
// worker; later occurrences cost one hash lookup.
class Worker {
public:
    explicit Worker(Language language) : pipeline_(language), kazakh_pipeline_(language, true) {}

    // Appends the field's distinct terms (worker-local ids) with their counts to `pairs`;
    // returns the field length.
    // `kazakh`: the field is a Kazakh document's, which has its own pipeline (and token cache).
    std::uint32_t index_field(const SearchFieldValue* value, std::vector<TermCount>& pairs, bool kazakh) {
        collect_tokens(value);
        StringInterner& raw_ = kazakh ? kazakh_raw_ : this->raw_;
        Pipeline& pipeline_ = kazakh ? kazakh_pipeline_ : this->pipeline_;
        // The lookups are cache misses rather than computation, so the table's slot and entry for
        // a token are prefetched a few tokens ahead.
        constexpr std::size_t ahead = 8;
        const std::size_t n = tokens_.size();
        for (std::size_t i = 0; i < std::min(n, ahead * 2); ++i) raw_.prefetch_slot(hashes_[i]);
        touched_.clear();
        std::uint32_t length = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (i + 2 * ahead < n) raw_.prefetch_slot(hashes_[i + 2 * ahead]);
            if (i + ahead < n) raw_.prefetch_entry(hashes_[i + ahead]);
            const StringInterner::Entry raw = raw_.insert(tokens_[i], hashes_[i]);
            if (raw.inserted) raw_.set_value(raw, pipeline_.run(tokens_[i], scratch_) ? terms_.intern(scratch_).first : dropped);
            const std::uint32_t term = raw_.value(raw);
            if (term == dropped) continue;
            ++length;
            if (term >= counts_.size()) counts_.resize(terms_.size() + 1024, 0);
            if (counts_[term]++ == 0) touched_.push_back(term);
        }
        for (std::uint32_t term : touched_) {
            pairs.push_back({term, counts_[term]});
            counts_[term] = 0;
        }
        return length;
    }

    const StringInterner& terms() const { return terms_; }

    // Frees what only tokenizing needed (the caches of tokens as written, the scratch space),
    // keeping the terms: the merge that follows, and the postings after it, then do not stand
    // on top of them (at 10 000 materials the token caches are the search's largest tables).
    void finish_tokenizing() {
        raw_ = StringInterner();
        kazakh_raw_ = StringInterner();
        std::vector<std::uint32_t>().swap(counts_);
        std::vector<std::uint32_t>().swap(touched_);
        std::u16string().swap(scratch_);
        std::vector<std::u16string_view>().swap(tokens_);
        std::vector<std::uint64_t>().swap(hashes_);
        std::vector<std::u16string>().swap(elements_);
    }

private:
    void collect_tokens(const SearchFieldValue* value) {
        tokens_.clear();
        hashes_.clear();
        auto collect = [&](std::u16string_view token) {
            tokens_.push_back(token);
            hashes_.push_back(StringInterner::hash_of(token));
        };
        if (!value) return;
        if (const auto* text = std::get_if<std::string>(value)) {
            tokenizer_.split(*text, collect);
            return;
        }
        if (const auto* text = std::get_if<TextPieces>(value)) {
            if (!text->deferred) {
                tokenizer_.split(std::span<const std::string_view>(text->pieces), collect);
                return;
            }
            // The tokenizer lowercases into its own buffer: the piece read is not needed after.
            const std::vector<std::string_view> pieces = text->all(read_);
            tokenizer_.split(std::span<const std::string_view>(pieces), collect);
            return;
        }
        // The tokenizer lowercases each array element into the same buffer; keep copies.
        const auto& list = std::get<std::vector<std::string>>(*value);
        elements_.resize(list.size());
        for (std::size_t i = 0; i < list.size(); ++i) {
            elements_[i] = tokenizer_.whole(list[i]);
            collect(elements_[i]);
        }
    }

    Tokenizer tokenizer_;
    Pipeline pipeline_;
    Pipeline kazakh_pipeline_;              // a Kazakh document's (the same as pipeline_ outside multi-kk)
    StringInterner kazakh_raw_;             // raw_ for Kazakh documents
    StringInterner raw_;                    // distinct tokens as the tokenizer produced them; the
                                            // value is the local term id, or `dropped`
    StringInterner terms_;                  // distinct pipeline outputs (local term ids)
    std::vector<std::uint32_t> counts_;
    std::vector<std::uint32_t> touched_;
    std::u16string scratch_;
    std::vector<std::u16string_view> tokens_;  // the current field's tokens
    std::vector<std::uint64_t> hashes_;
    std::vector<std::u16string> elements_;     // the current array field, lowercased
    std::string read_;                         // a deferred piece (TextPieces::Deferred), while it is split
};

}  // namespace

std::span<TermCount> CollectedTerms::terms(std::size_t document, std::size_t field) {
    Chunk& chunk = chunks_[document / documents_per_chunk];
    const FieldSpan& f = chunk.fields[(document % documents_per_chunk) * field_count_ + field];
    return std::span<TermCount>(chunk.pairs.data() + f.begin, f.end - f.begin);
}

std::uint32_t CollectedTerms::length(std::size_t document, std::size_t field) const {
    const Chunk& chunk = chunks_[document / documents_per_chunk];
    return chunk.fields[(document % documents_per_chunk) * field_count_ + field].length;
}

// The records of the documents tokenized this time, their terms numbered in the previous cache's
// dictionary where a replayed record had them, else as new terms (reuse.new_terms). A term the
// previous dictionary holds but no replayed record used gets a new number too: the dictionary may
// then hold a text twice, which costs a few bytes until the file is next rewritten.
void make_records(CollectedTerms& collected, std::size_t documents, const std::vector<char>& replayed,
                  const std::vector<std::uint32_t>& cached_to_global, TermReuse& reuse, unsigned threads) {
    const std::uint32_t base = reuse.previous ? reuse.previous->term_count() : 0;
    std::vector<std::uint32_t> number_of(collected.dictionary().size(), StringInterner::npos);
    for (std::uint32_t n = 0; n < cached_to_global.size(); ++n)
        if (cached_to_global[n] != StringInterner::npos) number_of[cached_to_global[n]] = n;
    const std::size_t field_count = collected.field_count();
    // The new terms' numbers first, in document order (a term is numbered where it first
    // appears: the same records whatever the threads); then each record is written on its own,
    // on all cores. Written in one pass, the records were some 5 % of a first build's search at
    // 1 000 materials, on one core while the other waited.
    if (std::find(replayed.begin(), replayed.end(), char{1}) == replayed.end()) {
        // No record replayed (a first build): the dictionary holds the terms in the order of
        // their first appearance in these documents, which is the order numbering them here
        // would give (collect_terms numbers them so), so each term's number is its place.
        std::size_t units = 0;
        for (std::uint32_t term = 0; term < collected.dictionary().size(); ++term) units += collected.dictionary().at(term).size();
        reuse.new_terms.reserve_more(collected.dictionary().size(), units);
        for (std::uint32_t term = 0; term < collected.dictionary().size(); ++term) {
            number_of[term] = base + term;
            reuse.new_terms.add(collected.dictionary().at(term));
        }
    } else {
        for (std::size_t d = 0; d < documents; ++d) {
            if (replayed[d]) continue;
            for (std::size_t f = 0; f < field_count; ++f)
                for (const TermCount& p : collected.terms(d, f)) {
                    std::uint32_t& number = number_of[p.term];
                    if (number == StringInterner::npos) {
                        number = base + static_cast<std::uint32_t>(reuse.new_terms.size());
                        reuse.new_terms.add(collected.dictionary().at(p.term));
                    }
                }
        }
    }
    constexpr std::size_t documents_per_claim = 64;
    std::atomic<std::size_t> next{0};
    run_parallel(threads, [&](unsigned) {
        for (std::size_t from; (from = next.fetch_add(documents_per_claim)) < documents;) {
            for (std::size_t d = from; d < std::min(documents, from + documents_per_claim); ++d) {
                if (replayed[d]) continue;
                TermRecordWriter record;
                for (std::size_t f = 0; f < field_count; ++f) {
                    const std::span<TermCount> terms = collected.terms(d, f);
                    record.begin_field(collected.length(d, f), static_cast<std::uint32_t>(terms.size()));
                    for (const TermCount& p : terms) record.add_term(number_of[p.term], p.count);
                }
                reuse.fresh[d] = record.take();
            }
        }
    });
}

CollectedTerms collect_terms(const std::vector<SearchDocument>& documents, std::span<const std::string_view> fields,
                             Language language, unsigned threads, TermReuse* reuse) {
    CollectedTerms result;
    result.field_count_ = fields.size();
    const std::size_t per_chunk = CollectedTerms::documents_per_chunk;
    const std::size_t chunk_count = (documents.size() + per_chunk - 1) / per_chunk;
    result.chunks_.resize(chunk_count);
    threads = static_cast<unsigned>(std::clamp<std::size_t>(chunk_count, 1, threads));

    // Chunks go to whichever worker is free; each chunk remembers whose local ids it holds.
    std::vector<std::unique_ptr<Worker>> workers(threads);
    std::atomic<std::size_t> next_chunk{0};
    const TermCache* previous = reuse ? reuse->previous : nullptr;
    std::vector<char> replayed(reuse ? documents.size() : 0, 0);
    if (reuse) {
        reuse->keys.assign(documents.size(), Fingerprint{});
        reuse->fresh.assign(documents.size(), std::string());
        reuse->new_terms = TermTexts();
    }
    run_parallel(threads, [&](unsigned w) {
        workers[w] = std::make_unique<Worker>(language);
        std::vector<CollectedTerms::FieldSpanView> spans;
        // A chunk's terms are gathered in the worker's own vectors, used again for each chunk, and
        // copied to the chunk at their size: grown in the chunk's own by doubling, then shrunk, they
        // were three times their size in fresh memory (some 80 MB at 10 000 materials).
        std::vector<TermCount> pairs;
        std::vector<CollectedTerms::FieldSpan> field_spans;
        for (std::size_t c; (c = next_chunk.fetch_add(1)) < chunk_count;) {
            CollectedTerms::Chunk& chunk = result.chunks_[c];
            chunk.worker = w;
            pairs.clear();
            field_spans.clear();
            const std::size_t end = std::min(documents.size(), (c + 1) * per_chunk);
            for (std::size_t d = c * per_chunk; d < end; ++d) {
                if (reuse) {
                    reuse->keys[d] = document_terms_key(documents[d], fields);
                    const std::string_view* record = previous ? previous->find(reuse->keys[d]) : nullptr;
                    if (record && replay(*record, fields.size(), previous->term_count(), pairs, spans)) {
                        for (const auto& span : spans) field_spans.push_back({span.begin, span.end, span.length});
                        replayed[d] = 1;
                        ++reuse->taken;
                        continue;
                    }
                }
                for (std::string_view name : fields) {
                    auto it = documents[d].fields.find(name);
                    CollectedTerms::FieldSpan span;
                    span.begin = static_cast<std::uint32_t>(pairs.size());
                    span.length = workers[w]->index_field(it == documents[d].fields.end() ? nullptr : &it->second,
                                                          pairs, documents[d].language == "kk");
                    span.end = static_cast<std::uint32_t>(pairs.size());
                    field_spans.push_back(span);
                }
            }
            // Kept until the index is written, without the slack of growing.
            chunk.pairs.assign(pairs.begin(), pairs.end());
            chunk.fields.assign(field_spans.begin(), field_spans.end());
        }
        workers[w]->finish_tokenizing();
    });

    // Renumber in document order: a term's global id is the order of its first appearance. A
    // replayed record's terms are numbers in the cache's dictionary, looked up once each.
    std::vector<std::vector<std::uint32_t>> to_global(workers.size());
    for (std::size_t w = 0; w < workers.size(); ++w) {
        if (workers[w]) to_global[w].assign(workers[w]->terms().size(), StringInterner::npos);
    }
    std::vector<std::uint32_t> cached_to_global(previous ? previous->term_count() : 0, StringInterner::npos);
    for (CollectedTerms::Chunk& chunk : result.chunks_) {
        std::vector<std::uint32_t>& map = to_global[chunk.worker];
        const StringInterner& local = workers[chunk.worker]->terms();
        for (TermCount& p : chunk.pairs) {
            if (p.term & from_cache) {
                const std::uint32_t number = p.term & ~from_cache;
                std::uint32_t& global = cached_to_global[number];
                if (global == StringInterner::npos) global = result.dictionary_.intern(previous->term(number)).first;
                p.term = global;
            } else {
                std::uint32_t& global = map[p.term];
                if (global == StringInterner::npos) global = result.dictionary_.intern(local.at(p.term)).first;
                p.term = global;
            }
        }
    }
    if (reuse) make_records(result, documents.size(), replayed, cached_to_global, *reuse, threads);
    return result;
}

}  // namespace urker::search
