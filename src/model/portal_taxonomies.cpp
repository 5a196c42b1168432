#include "model/portal_assembler.h"

namespace urker::portal_assembly {

// Taxonomy values of a page: the field as written (text, number or list); `school` on a
// material means its first author's school; `language` defaults to the page's language.
std::vector<std::string> Assembler::taxonomy_values(PageId i, const std::string& name) const {
    const json& f = fm(i);
    if (name == "language") {
        if (portal_.kinds[i] != Kind::material) return {};
        return {f.contains("language") && f["language"].is_string() ? f["language"].get<std::string>() : m_.pages[i].content_lang};
    }
    if (name == "school" && portal_.kinds[i] == Kind::material) {
        for (const auto& a : as_list(f.value("author", json())))
            if (auto it = portal_.members.find(a); it != portal_.members.end())
                if (auto s = as_list(fm(it->second).value("school", json())); !s.empty()) return {s[0]};
        return {};
    }
    if (!f.contains(name)) return {};
    std::vector<std::string> out;
    auto add = [&](const json& v) {
        if (v.is_string() && !v.get<std::string>().empty()) out.push_back(v.get<std::string>());
        else if (v.is_number_integer()) out.push_back(std::to_string(v.get<long long>()));
    };
    if (f[name].is_array()) for (const auto& v : f[name]) add(v);
    else add(f[name]);
    return out;
}

void Assembler::build_taxonomies() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> coll(icu::Collator::createInstance(icu::Locale(m_.config.language.c_str()), status));
    if (U_FAILURE(status)) coll.reset();
    if (coll) coll->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, status);
    for (const auto& name : m_.config.taxonomies) {
        Taxonomy t;
        t.name = name;
        // "Положение" and "положение" are one term, shown as first written (in page order).
        std::map<std::string, std::vector<PageId>> by_key;
        std::map<std::string, std::string> shown;
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            if (m_.pages[i].kind != PageKind::page || !primary(i) || portal_.kinds[i] == Kind::page) continue;
            if (name == "school" && portal_.kinds[i] == Kind::school) continue;
            for (const auto& v : taxonomy_values(i, name)) {
                std::string folded = to_lower(v);
                shown.emplace(folded, v);
                auto& list = by_key[folded];
                if (list.empty() || list.back() != i) list.push_back(i);
            }
        }
        std::set<std::string> slugs;
        for (auto& [folded, pages] : by_key) {
            TaxonomyTerm term;
            const std::string& key = shown[folded];
            term.key = key;
            term.title = key;
            if (name == "school" && portal_.schools.count(key)) term.title = m_.pages[portal_.schools.at(key)].title;
            for (const auto& lang : m_.config.languages) {
                if (name == "school" && portal_.schools.count(key)) term.titles[lang] = m_.pages[m_.localized(portal_.schools.at(key), lang)].title;
                if (auto t = m_.config.taxonomy_titles.find(name); t != m_.config.taxonomy_titles.end())
                    for (const auto& [value, title] : t->second)
                        if (to_lower(value) == folded) {
                            auto exact = title.by_language.find(lang);
                            auto any = title.by_language.find("");
                            if (exact != title.by_language.end()) term.titles[lang] = exact->second;
                            else if (any != title.by_language.end()) term.titles[lang] = any->second;
                        }
            }
            term.slug = url_segment(to_lower(key));
            for (int n = 2; !slugs.insert(term.slug).second; ++n) term.slug = url_segment(to_lower(key)) + "-" + std::to_string(n);
            sort_newest_first(pages, m_.pages);
            term.pages = std::move(pages);
            t.terms.push_back(std::move(term));
        }
        std::sort(t.terms.begin(), t.terms.end(), [&](const TaxonomyTerm& a, const TaxonomyTerm& b) {
            if (coll) {
                UErrorCode st = U_ZERO_ERROR;
                auto r = coll->compareUTF8(a.title, b.title, st);
                if (r != UCOL_EQUAL) return r == UCOL_LESS;
            }
            return a.key < b.key;
        });
        portal_.taxonomies.push_back(std::move(t));
    }
}

}  // namespace urker::portal_assembly
