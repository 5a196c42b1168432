// The URL policy: whether a value from content may become an address on the site. Built only when
// src/core/url.h exists (cmake/fuzz.cmake). Besides not crashing, the policy must never let
// through an address whose scheme, as a browser reads it, is not http, https, mailto or tel.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/url.h"
#include "fuzz_target.h"

namespace {

// What a browser does before it looks at the scheme: drops leading C0 controls and spaces, and
// tabs and line breaks anywhere (WHATWG URL parser), and compares the scheme case-insensitively.
std::string as_browser_reads_it(std::string_view url) {
    std::string out;
    std::size_t start = 0;
    while (start < url.size() && static_cast<unsigned char>(url[start]) <= 0x20) ++start;
    for (char c : url.substr(start))
        if (c != '\t' && c != '\n' && c != '\r') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view url = urker::fuzz::as_text(data, size);
    if (urker::classify_url(url).kind == urker::UrlKind::refused) return 0;  // refused: nothing to check
    std::string seen = as_browser_reads_it(url);
    std::size_t colon = seen.find(':');
    if (colon == std::string::npos || seen.find_first_of("/?#") < colon) return 0;  // relative: no scheme
    std::string_view scheme = std::string_view(seen).substr(0, colon);
    bool scheme_syntax = !scheme.empty() && std::isalpha(static_cast<unsigned char>(scheme[0])) &&
                         std::all_of(scheme.begin(), scheme.end(), [](char c) {
                             return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
                         });
    if (!scheme_syntax) return 0;  // then the browser reads it as a relative path
    if (scheme != "http" && scheme != "https" && scheme != "mailto" && scheme != "tel")
        __builtin_trap();  // "javascript:", "data:", "vbscript:"… was called safe
    return 0;
}
