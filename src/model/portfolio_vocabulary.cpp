#include "model/portfolio_vocabulary.h"

#include <algorithm>

#include "core/text.h"
#include "model/message_at.h"

namespace urker {

using json = urker::Json;

namespace {

VocabularyTerm term(std::string key, std::string ru, std::string kk, std::string en) {
    VocabularyTerm t;
    t.key = std::move(key);
    t.titles = {{"ru", std::move(ru)}, {"kk", std::move(kk)}, {"en", std::move(en)}};
    return t;
}

// A default term with its short names as written in each language, and other usual spellings.
VocabularyTerm term(std::string key, std::string ru, std::string kk, std::string en, std::map<std::string, std::string> names,
                    std::vector<std::string> also = {}) {
    VocabularyTerm t = term(std::move(key), std::move(ru), std::move(kk), std::move(en));
    t.names = std::move(names);
    t.also = std::move(also);
    return t;
}

const std::vector<std::string> kGroups = {"categories", "levels"};

std::string folded(const std::string& s) { return to_lower(trim(s)); }

// One declared list: a map of key -> title (one text, or one per language).
std::vector<VocabularyTerm> read_terms(const YamlDocument& doc, const std::string& ptr, const json& v, Diagnostics& diags, bool& ok) {
    std::vector<VocabularyTerm> out;
    ok = false;
    if (!v.is_object() || v.empty()) {
        diags.add(error_at(doc, ptr, Message("portfolio.vocabulary_not_map", {{"key", ptr.substr(ptr.rfind('/') + 1)}}),
                           Message("portfolio.vocabulary_example")));
        return out;
    }
    ok = true;
    for (const auto& [key, title] : v.items()) {
        VocabularyTerm t;
        t.key = trim(key);
        if (title.is_string()) {
            t.titles[""] = title.get<std::string>();
        } else if (title.is_object() && std::all_of(title.begin(), title.end(), [](const json& x) { return x.is_string(); })) {
            for (const auto& [lang, text] : title.items()) t.titles[lang] = text.get<std::string>();
        } else if (!title.is_null()) {
            diags.add(error_at(doc, pointer_append(ptr, key), Message("portfolio.vocabulary_title", {{"key", key}}),
                               Message("portfolio.vocabulary_example")));
            ok = false;
            continue;
        }
        out.push_back(std::move(t));
    }
    // A map's keys come sorted; the site's order is the order they were written in.
    auto where = [&](const VocabularyTerm& t) {
        SourceLocation at = doc.locate(pointer_append(ptr, t.key));
        return std::make_pair(at.line, at.column);
    };
    std::stable_sort(out.begin(), out.end(), [&](const VocabularyTerm& a, const VocabularyTerm& b) { return where(a) < where(b); });
    return out;
}

}  // namespace

std::string VocabularyTerm::title(const std::string& lang, const std::string& fallback_lang) const {
    for (const std::string& l : {lang, std::string(), fallback_lang, std::string("ru")})
        if (auto it = titles.find(l); it != titles.end() && !it->second.empty()) return it->second;
    return key;
}

PortfolioVocabulary default_portfolio_vocabulary() {
    PortfolioVocabulary v;
    // Kazakhstan: the categories of the rules of teachers' attestation (педагог … педагог-мастер);
    // Russia: the first and the highest qualification category.
    // In Kazakh the categories are педагог, педагог-модератор, педагог-сарапшы, педагог-зерттеуші,
    // педагог-шебер; the first and highest, бірінші and жоғары (санат).
    v.categories = {
        term("педагог", "педагог", "педагог", "teacher", {{"ru", "педагог"}, {"kk", "педагог"}, {"en", "teacher"}}),
        term("педагог-модератор", "педагог-модератор", "педагог-модератор", "teacher-moderator",
             {{"ru", "педагог-модератор"}, {"kk", "педагог-модератор"}, {"en", "teacher-moderator"}}),
        term("педагог-эксперт", "педагог-эксперт", "педагог-сарапшы", "teacher-expert",
             {{"ru", "педагог-эксперт"}, {"kk", "педагог-сарапшы"}, {"en", "teacher-expert"}}),
        term("педагог-исследователь", "педагог-исследователь", "педагог-зерттеуші", "teacher-researcher",
             {{"ru", "педагог-исследователь"}, {"kk", "педагог-зерттеуші"}, {"en", "teacher-researcher"}}),
        term("педагог-мастер", "педагог-мастер", "педагог-шебер", "teacher-master",
             {{"ru", "педагог-мастер"}, {"kk", "педагог-шебер"}, {"en", "teacher-master"}}),
        term("первая", "первая квалификационная категория", "бірінші біліктілік санаты", "first qualification category",
             {{"ru", "первая"}, {"kk", "бірінші"}, {"en", "first"}}, {"первая категория", "бірінші санат", "first category"}),
        term("высшая", "высшая квалификационная категория", "жоғары біліктілік санаты", "highest qualification category",
             {{"ru", "высшая"}, {"kk", "жоғары"}, {"en", "highest"}}, {"высшая категория", "жоғары санат", "highest category"}),
    };
    // The three levels of Kazakhstan's course programmes for teachers.
    v.levels = {
        term("базовый", "третий (базовый) уровень", "үшінші (базалық) деңгей", "third (basic) level"),
        term("основной", "второй (основной) уровень", "екінші (негізгі) деңгей", "second (main) level"),
        term("продвинутый", "первый (продвинутый) уровень", "бірінші (ілгері) деңгей", "first (advanced) level"),
    };
    return v;
}

PortfolioVocabulary read_portfolio_vocabulary(const SiteConfig& config, Diagnostics& diags) {
    PortfolioVocabulary out = default_portfolio_vocabulary();
    const YamlDocument& doc = config.document;
    if (!doc.value.is_object() || !doc.value.contains("portfolio") || doc.value["portfolio"].is_null()) return out;
    const json& p = doc.value["portfolio"];
    if (!p.is_object()) {
        diags.add(error_at(doc, "/portfolio", Message("portfolio.settings_not_map"), Message("portfolio.vocabulary_example")));
        return out;
    }
    for (const auto& [key, v] : p.items()) {
        if (std::find(kGroups.begin(), kGroups.end(), key) == kGroups.end()) {
            std::string near = closest_match(key, kGroups);
            diags.add(error_at(doc, pointer_append("/portfolio", key) + "#key", Message("portfolio.settings_unknown_key", {{"key", key}}),
                               near.empty() ? Message("portfolio.settings_keys") : Message("portfolio.did_you_mean", {{"near", near}})));
            continue;
        }
        bool ok = false;
        auto terms = read_terms(doc, pointer_append("/portfolio", key), v, diags, ok);
        if (ok) (key == "categories" ? out.categories : out.levels) = std::move(terms);
    }
    return out;
}

const VocabularyTerm* find_term(const std::vector<VocabularyTerm>& terms, const std::string& written) {
    std::string w = folded(written);
    for (const auto& t : terms) {
        if (folded(t.key) == w) return &t;
        for (const auto& [lang, title] : t.titles)
            if (folded(title) == w) return &t;
        for (const auto& [lang, name] : t.names)
            if (folded(name) == w) return &t;
        for (const auto& other : t.also)
            if (folded(other) == w) return &t;
    }
    return nullptr;
}

std::string term_names(const std::vector<VocabularyTerm>& terms, const std::string& lang) {
    std::string out;
    for (const auto& t : terms) {
        auto it = t.names.find(lang);
        out += (out.empty() ? "" : ", ") + (it != t.names.end() ? it->second : t.key);
    }
    return out;
}

std::vector<std::string> term_spellings(const std::vector<VocabularyTerm>& terms) {
    std::vector<std::string> out;
    for (const auto& t : terms) {
        out.push_back(t.key);
        for (const auto& [lang, title] : t.titles) out.push_back(title);
        for (const auto& [lang, name] : t.names) out.push_back(name);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string term_keys(const std::vector<VocabularyTerm>& terms) {
    std::string out;
    for (const auto& t : terms) out += (out.empty() ? "" : ", ") + t.key;
    return out;
}

}  // namespace urker
