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

namespace {

// The digits of a value: "5 класс" and "6 класс", "PISA-2025" and "PISA-2022" are different terms,
// not a typo of each other.
std::string digits_of(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c >= '0' && c <= '9') out += c;
    return out;
}

}  // namespace

// A taxonomy value used on one page (one file and its translations) only, and close to a value
// other pages use (`subject: матиматика` beside many `математика`): a misspelling makes a term
// page of its own (/subject/matimatika/) in silence. A warning with "did you mean", and how many
// pages use that value. Not for a taxonomy whose values site.yaml lists (a value not in the list
// is an error already: model/field_checks.h), nor for grades, languages, schools and material
// types, which are checked against what they may be, nor for tags: free keywords, where words a
// letter or two apart are often different words (тест, текст, квест). A typo here is one edit in
// a value of up to nine letters, two in a longer one: "экономика" is not a typo of "экология".
void Assembler::warn_of_lone_taxonomy_values(Diagnostics& diags) const {
    for (const std::string& name : m_.config.taxonomies) {
        if (name == "grade" || name == "language" || name == "school" || name == "material_type" || name == "tags" ||
            m_.config.taxonomy_values.count(name))
            continue;
        // Each value (without case) -> the files that use it, by translation: a page and its
        // translation are one use.
        std::map<std::string, std::set<std::string>> uses;
        std::map<std::string, std::vector<PageId>> pages_of;
        std::map<std::string, std::string> shown;  // as first written
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            const Page& p = m_.pages[i];
            if (p.kind != PageKind::page || p.is_view || portal_.kinds[i] == Kind::page || wrong_fields_[i].count(name)) continue;
            for (const auto& v : taxonomy_values(i, name)) {
                const std::string folded = to_lower(trim(v));
                if (folded.empty()) continue;
                uses[folded].insert(p.translation_key);
                shown.emplace(folded, trim(v));
                auto& list = pages_of[folded];
                if (list.empty() || list.back() != i) list.push_back(i);
            }
        }
        std::vector<std::string> shared;  // used on more than one page
        for (const auto& [value, by] : uses)
            if (by.size() > 1) shared.push_back(value);
        if (shared.empty()) continue;
        std::vector<std::size_t> shared_length(shared.size());
        for (std::size_t k = 0; k < shared.size(); ++k) shared_length[k] = count_code_points(shared[k]);
        for (const auto& [value, by] : uses) {
            if (by.size() != 1) continue;
            // Only values near in length can be near in spelling.
            const std::size_t length = count_code_points(value), most = std::max<std::size_t>(1, length / 5);
            std::vector<std::string> candidates;
            for (std::size_t k = 0; k < shared.size(); ++k)
                if ((shared_length[k] > length ? shared_length[k] - length : length - shared_length[k]) <= most &&
                    digits_of(shared[k]) == digits_of(value))
                    candidates.push_back(shared[k]);
            const std::string near = closest_match(value, candidates);
            if (near.empty() || edit_distance(value, near) > most) continue;
            for (PageId i : pages_of.at(value)) {
                const json& field = fm(i).contains(name) ? fm(i)[name] : json();
                std::string ptr = "/" + name;
                if (field.is_array())
                    for (std::size_t k = 0; k < field.size(); ++k)
                        if ((field[k].is_string() && to_lower(trim(field[k].get<std::string>())) == value) ||
                            (field[k].is_number_integer() && std::to_string(field[k].get<long long>()) == value)) {
                            ptr += "/" + std::to_string(k);
                            break;
                        }
                diags.add(warning_at(m_.pages[i].front_matter, ptr,
                                     Message("model.lone_taxonomy_value",
                                             {{"key", name}, {"value", shown.at(value)}, {"near", shown.at(near)}, {"count", uses.at(near).size()}}),
                                     Message("model.lone_taxonomy_value_hint", {{"key", name}, {"value", shown.at(value)}})));
            }
        }
    }
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
