// The index writer's first pass: every field of every document through the tokenizer and the
// language's pipeline, in parallel, into per-field term counts. Terms get lunr's numbering
// (`_index`): the order in which they first appear, documents in order, fields in order, tokens
// in order, whatever the number of threads.
#pragma once

#include "search/index_writer.h"
#include "search/string_interner.h"
#include "search/term_cache.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace urker::search {

struct TermCount {
    std::uint32_t term;   // the term's `_index`
    std::uint32_t count;  // occurrences in the field; the top bit is free for the caller's use
};

class CollectedTerms {
public:
    // The distinct terms of one field of one document, in order of first appearance.
    std::span<TermCount> terms(std::size_t document, std::size_t field);
    // The number of tokens the pipeline kept (lunr's fieldLength; stop words do not count).
    std::uint32_t length(std::size_t document, std::size_t field) const;
    // `_index` -> the term's text.
    const StringInterner& dictionary() const { return dictionary_; }
    std::size_t field_count() const { return field_count_; }

private:
    friend CollectedTerms collect_terms(const std::vector<SearchDocument>&, std::span<const std::string_view>,
                                        Language, unsigned, TermReuse*);
    struct FieldSpan {
        std::uint32_t begin = 0;
        std::uint32_t end = 0;
        std::uint32_t length = 0;
    };

public:
    using FieldSpanView = FieldSpan;  // for the workers of collect_terms

private:
    struct Chunk {  // a run of consecutive documents, processed by one worker
        unsigned worker = 0;
        std::vector<TermCount> pairs;
        std::vector<FieldSpan> fields;  // documents of the chunk x fields
    };
    static constexpr std::size_t documents_per_chunk = 32;

    std::size_t field_count_ = 0;
    std::vector<Chunk> chunks_;
    StringInterner dictionary_;
};

// `fields` are the field names in lunr's processing order; `threads` >= 1. With `reuse`, a
// document whose record is in reuse->previous is taken from it instead of being tokenized (the
// result is the same), and every other document's record is made (term_cache.h).
CollectedTerms collect_terms(const std::vector<SearchDocument>& documents, std::span<const std::string_view> fields,
                             Language language, unsigned threads, TermReuse* reuse = nullptr);

}  // namespace urker::search
