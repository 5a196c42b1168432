#include "search/term_collector.h"

#include "search/parallel.h"
#include "search/pipeline.h"
#include "search/tokenizer.h"

#include <algorithm>
#include <atomic>

namespace urker::search {

namespace {

constexpr std::uint32_t dropped = StringInterner::npos;

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
        std::u16string().swap(replay_units_);
        std::vector<ReplayedTerm>().swap(replay_terms_);
        std::vector<std::u16string>().swap(elements_);
    }

    // A document's terms from its cached record, as index_field would have made them; false (and
    // nothing added) when the record does not fit `field_count` fields.
    bool replay(std::string_view record, std::size_t field_count, std::vector<TermCount>& pairs,
                std::vector<CollectedTerms::FieldSpanView>& spans) {
        TermRecordReader reader(record);
        const std::size_t pairs_before = pairs.size();
        spans.clear();
        for (std::size_t f = 0; f < field_count; ++f) {
            std::uint32_t length = 0, count = 0;
            if (!reader.field(length, count)) break;
            // The field's terms first, end to end in one buffer with their hashes, then looked up
            // with the table prefetched a few terms ahead (as index_field does): a rebuild replays
            // every unchanged document, millions of lookups that are cache misses.
            replay_units_.clear();
            replay_terms_.clear();
            hashes_.clear();
            std::uint32_t k = 0;
            for (; k < count; ++k) {
                std::uint32_t n = 0;
                if (!reader.term(scratch_, n)) break;
                replay_terms_.push_back({static_cast<std::uint32_t>(replay_units_.size()), static_cast<std::uint32_t>(scratch_.size()), n});
                replay_units_ += scratch_;
                hashes_.push_back(StringInterner::hash_of(scratch_));
            }
            if (k != count) break;
            const auto begin = static_cast<std::uint32_t>(pairs.size());
            constexpr std::size_t ahead = 8;
            for (std::size_t i = 0; i < std::min<std::size_t>(count, ahead * 2); ++i) terms_.prefetch_slot(hashes_[i]);
            for (std::size_t i = 0; i < count; ++i) {
                if (i + 2 * ahead < count) terms_.prefetch_slot(hashes_[i + 2 * ahead]);
                if (i + ahead < count) terms_.prefetch_entry(hashes_[i + ahead]);
                const ReplayedTerm& t = replay_terms_[i];
                const std::u16string_view term = std::u16string_view(replay_units_).substr(t.offset, t.units);
                pairs.push_back({terms_.insert(term, hashes_[i]).id, t.count});
            }
            spans.push_back({begin, static_cast<std::uint32_t>(pairs.size()), length});
        }
        if (spans.size() == field_count && reader.at_end()) return true;
        pairs.resize(pairs_before);
        spans.clear();
        return false;
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
            tokenizer_.split(std::span<const std::string_view>(text->pieces), collect);
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
    // replay's current field: its terms' code units end to end, and where each is.
    struct ReplayedTerm {
        std::uint32_t offset, units, count;
    };
    std::u16string replay_units_;
    std::vector<ReplayedTerm> replay_terms_;
    std::vector<std::u16string> elements_;     // the current array field, lowercased
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
    if (reuse) {
        reuse->keys.assign(documents.size(), Fingerprint{});
        reuse->fresh.assign(documents.size(), std::string());
    }
    run_parallel(threads, [&](unsigned w) {
        workers[w] = std::make_unique<Worker>(language);
        std::vector<CollectedTerms::FieldSpanView> replayed;
        for (std::size_t c; (c = next_chunk.fetch_add(1)) < chunk_count;) {
            CollectedTerms::Chunk& chunk = result.chunks_[c];
            chunk.worker = w;
            const std::size_t end = std::min(documents.size(), (c + 1) * per_chunk);
            for (std::size_t d = c * per_chunk; d < end; ++d) {
                if (reuse) {
                    reuse->keys[d] = document_terms_key(documents[d], fields);
                    const std::string_view* record = reuse->previous ? reuse->previous->find(reuse->keys[d]) : nullptr;
                    if (record && workers[w]->replay(*record, fields.size(), chunk.pairs, replayed)) {
                        for (const auto& span : replayed) chunk.fields.push_back({span.begin, span.end, span.length});
                        ++reuse->taken;
                        continue;
                    }
                }
                const std::size_t first_field = chunk.fields.size();
                for (std::string_view name : fields) {
                    auto it = documents[d].fields.find(name);
                    CollectedTerms::FieldSpan span;
                    span.begin = static_cast<std::uint32_t>(chunk.pairs.size());
                    span.length = workers[w]->index_field(it == documents[d].fields.end() ? nullptr : &it->second,
                                                          chunk.pairs, documents[d].language == "kk");
                    span.end = static_cast<std::uint32_t>(chunk.pairs.size());
                    chunk.fields.push_back(span);
                }
                if (reuse) {
                    TermRecordWriter record;
                    const StringInterner& local = workers[w]->terms();
                    for (std::size_t f = first_field; f < chunk.fields.size(); ++f) {
                        const CollectedTerms::FieldSpan& span = chunk.fields[f];
                        record.begin_field(span.length, span.end - span.begin);
                        for (std::uint32_t k = span.begin; k < span.end; ++k)
                            record.add_term(local.at(chunk.pairs[k].term), chunk.pairs[k].count);
                    }
                    reuse->fresh[d] = record.take();
                }
            }
            // Kept until the index is written: without the slack of growing (a third of them).
            chunk.pairs.shrink_to_fit();
            chunk.fields.shrink_to_fit();
        }
        workers[w]->finish_tokenizing();
    });

    // Renumber in document order: a term's global id is the order of its first appearance.
    std::vector<std::vector<std::uint32_t>> to_global(workers.size());
    for (std::size_t w = 0; w < workers.size(); ++w) {
        if (workers[w]) to_global[w].assign(workers[w]->terms().size(), StringInterner::npos);
    }
    for (CollectedTerms::Chunk& chunk : result.chunks_) {
        std::vector<std::uint32_t>& map = to_global[chunk.worker];
        const StringInterner& local = workers[chunk.worker]->terms();
        for (TermCount& p : chunk.pairs) {
            std::uint32_t& global = map[p.term];
            if (global == StringInterner::npos) global = result.dictionary_.intern(local.at(p.term)).first;
            p.term = global;
        }
    }
    return result;
}

}  // namespace urker::search
