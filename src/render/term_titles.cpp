#include "render/term_titles.h"

#include "core/text.h"

namespace urker {

namespace {

std::string theme_title(const std::string& taxonomy, const std::string& value, const std::string& lang, const Theme& theme) {
    const urker::Json& s = theme.strings_for(lang);
    auto terms = s.find("terms");
    if (terms == s.end() || !terms->is_object()) return {};
    auto list = terms->find(taxonomy);
    if (list == terms->end() || !list->is_object()) return {};
    auto title = list->find(to_lower(value));
    return title != list->end() && title->is_string() ? title->get<std::string>() : std::string();
}

}  // namespace

std::string term_title(const std::string& taxonomy, const TaxonomyTerm& term, const std::string& lang, const Theme& theme) {
    if (auto it = term.titles.find(lang); it != term.titles.end() && !it->second.empty()) return it->second;
    std::string t = theme_title(taxonomy, term.key, lang, theme);
    return t.empty() ? term.title : t;
}

std::string value_title(const Portal& portal, const std::string& taxonomy, const std::string& value, const std::string& lang, const Theme& theme) {
    const std::string folded = to_lower(value);
    for (const auto& t : portal.taxonomies)
        if (t.name == taxonomy)
            for (const auto& term : t.terms)
                if (to_lower(term.key) == folded) return term_title(taxonomy, term, lang, theme);
    std::string t = theme_title(taxonomy, value, lang, theme);
    return t.empty() ? value : t;
}

}  // namespace urker
