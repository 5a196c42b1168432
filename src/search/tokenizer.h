// lunr.tokenizer (lunr 2.3.9): a string field is lowercased with JavaScript's toLowerCase and split
// on lunr.tokenizer.separator (/[\s\-]+/), tested one UTF-16 code unit at a time; empty pieces are
// skipped. An array field gives one token per element, lowercased and not split.
#pragma once

#include "search/search_data.h"

#include <span>
#include <string>
#include <string_view>

namespace urker::search {

// The code units that end a token: JavaScript's \s and '-'.
inline constexpr CodeUnitSet token_separators{data::separator_ranges};

// String.prototype.toLowerCase: Unicode's full lowercase mapping, locale independent
// (U+0130 -> "i\u0307", no Turkish/Kazakh dotless-i rule), Σ -> ς at the end of a word. The
// mapping is node's own (generated into search_data.h), so new Unicode letters lowercase as in the
// lunr.js it is compared with, and so are the Cased/Case_Ignorable properties that Σ's context
// rule reads.
// Lone surrogates pass through. Writes into `out`.
void js_to_lower(std::u16string_view in, std::u16string& out);

// Reusable buffers for one thread's tokenizing; not thread-safe.
class Tokenizer {
public:
    // Lowercases a string field and calls `on_token(std::u16string_view)` for each token, in order.
    template <class OnToken>
    void split(std::string_view text, OnToken&& on_token) {
        lower(text);
        split_lowered(on_token);
    }

    // The same for the text `pieces` joined by line breaks, without joining them in UTF-8.
    template <class OnToken>
    void split(std::span<const std::string_view> pieces, OnToken&& on_token) {
        lowered_.clear();
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            if (i) lowered_.push_back(u'\n');
            lower_into(pieces[i], piece_);
            lowered_ += piece_;
        }
        split_lowered(on_token);
    }

    // The single token of one array element (lowercased, never split, possibly empty).
    std::u16string_view whole(std::string_view text) {
        lower(text);
        return lowered_;
    }

private:
    template <class OnToken>
    void split_lowered(OnToken& on_token) {
        const std::u16string_view s = lowered_;
        std::size_t start = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (!token_separators.contains(s[i])) continue;
            if (i > start) on_token(s.substr(start, i - start));
            start = i + 1;
        }
        if (s.size() > start) on_token(s.substr(start));
    }

    void lower(std::string_view text) { lower_into(text, lowered_); }
    void lower_into(std::string_view text, std::u16string& out);

    std::u16string utf16_;
    std::u16string lowered_;
    std::u16string piece_;
};

}  // namespace urker::search
