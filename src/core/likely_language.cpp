#include "core/likely_language.h"

#include <algorithm>
#include <initializer_list>

#include "core/text.h"

namespace urker {

std::string likely_language(std::string_view written, const std::vector<std::string>& codes) {
    std::string lower(written);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    auto offered = [&](const char* code) { return std::find(codes.begin(), codes.end(), code) != codes.end() ? std::string(code) : std::string(); };
    if (std::find(codes.begin(), codes.end(), lower) != codes.end()) return lower;
    if (std::string near = closest_match(lower, codes); !near.empty()) return near;
    auto starts = [&](std::initializer_list<std::string_view> prefixes) {
        for (std::string_view p : prefixes)
            if (lower.rfind(p, 0) == 0) return true;
        return false;
    };
    if (starts({"k", "q", "қ", "Қ", "к", "К"})) return offered("kk");
    if (starts({"r", "р", "Р"})) return offered("ru");
    if (starts({"e", "а", "А", "ағ", "Ағ"})) return offered("en");
    return {};
}

}  // namespace urker
