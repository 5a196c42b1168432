#include "model/name_match.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "core/text.h"

namespace urker {

namespace {

// The letters a Russian keyboard has instead: a teacher without the Kazakh layout writes
// «Сарсенова» for «Сәрсенова»; «ё» is often written «е».
char32_t fold_letter(char32_t cp) {
    switch (cp) {
        case U'ё': return U'е';
        case U'ә': return U'а';
        case U'ө': return U'о';
        case U'ү':
        case U'ұ': return U'у';
        case U'қ': return U'к';
        case U'ғ': return U'г';
        case U'ң': return U'н';
        case U'һ': return U'х';
        case U'і': return U'и';
        default: return cp;
    }
}

}  // namespace

std::vector<std::string> name_words(std::string_view text) {
    const std::string lower = to_lower(text);
    std::vector<std::string> words;
    std::string word;
    for (std::size_t i = 0; i < lower.size();) {
        char32_t cp = 0;
        std::size_t n = decode_utf8(lower, i, cp);
        i += n == 0 ? 1 : n;
        if (u_isalnum(static_cast<UChar32>(cp))) {
            append_utf8(word, fold_letter(cp));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

namespace {

enum class Fit { none, part, whole };

// How the written words fit a title's: the same words (whole), or each written word one of the
// title's — in full, with a typo, or as its initial — with at least one in full and exact (part).
Fit fit(const std::vector<std::string>& written, const std::vector<std::string>& title) {
    if (written.empty()) return Fit::none;
    if (written == title) return Fit::whole;
    std::vector<bool> used(title.size(), false);
    auto take = [&](auto&& matches) {
        for (std::size_t t = 0; t < title.size(); ++t)
            if (!used[t] && matches(title[t])) {
                used[t] = true;
                return true;
            }
        return false;
    };
    // Full words first, so an initial does not take the word a full one needs; one of them as
    // written, so a typo alone does not make a name («Петрова А.» is not «Иванова Анна Петровна»).
    bool any_exact = false;
    for (const auto& w : written) {
        const std::size_t length = count_code_points(w);
        if (length < 2) continue;
        if (take([&](const std::string& t) { return t == w; })) {
            any_exact = true;
            continue;
        }
        if (length < 5 || !take([&](const std::string& t) { return count_code_points(t) >= 5 && edit_distance(w, t) <= 1; }))
            return Fit::none;
    }
    for (const auto& w : written) {
        if (count_code_points(w) >= 2) continue;
        if (!take([&](const std::string& t) { return starts_with(t, w); })) return Fit::none;
    }
    return any_exact ? Fit::part : Fit::none;
}

}  // namespace

std::vector<std::string> ids_named(std::string_view written, const std::vector<NamedPage>& pages) {
    const std::vector<std::string> words = name_words(written);
    const std::string slug = slugify(written);
    std::vector<std::string> whole, part;
    for (const NamedPage& page : pages) {
        Fit best = !slug.empty() && slug == page.id ? Fit::whole : Fit::none;
        for (const std::string& title : page.titles) best = std::max(best, fit(words, name_words(title)));
        if (best == Fit::whole) whole.push_back(page.id);
        else if (best == Fit::part) part.push_back(page.id);
    }
    std::vector<std::string>& found = whole.empty() ? part : whole;
    std::sort(found.begin(), found.end());
    return found;
}

}  // namespace urker
