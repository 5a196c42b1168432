#include "search/tokenizer.h"

#include "search/utf16.h"

#include <unicode/ustring.h>

#include <stdexcept>

namespace urker::search {

void js_to_lower(std::u16string_view in, std::u16string& out) {
    // Full lowercase mappings grow a string by at most a factor of 3 (ICU's documented bound), so
    // one retry with the size ICU reports is the most that can happen.
    out.resize(in.size() + 16);
    for (int attempt = 0; attempt < 2; ++attempt) {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t len = u_strToLower(out.data(), static_cast<int32_t>(out.size()), in.data(),
                                         static_cast<int32_t>(in.size()), "", &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            out.resize(static_cast<std::size_t>(len));
            continue;
        }
        if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU lowercase failed: ") + u_errorName(status));
        out.resize(static_cast<std::size_t>(len));
        return;
    }
    throw std::runtime_error("ICU lowercase: buffer size did not converge");
}

void Tokenizer::lower(std::string_view text) {
    if (is_ascii(text)) {
        // The common case needs no ICU: ASCII lowercases on its own.
        lowered_.resize(text.size());
        for (std::size_t i = 0; i < text.size(); ++i) {
            char c = text[i];
            lowered_[i] = static_cast<char16_t>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return;
    }
    utf16_.clear();
    append_utf16(utf16_, text);
    js_to_lower(utf16_, lowered_);
}

}  // namespace urker::search
