// The controlled vocabularies of a teacher's portfolio (docs/kinds.md, "Portfolio for
// attestation"): a member's qualification `category` and the `level` of their course programme.
// site.yaml may declare its own —
//   portfolio:
//     categories:
//       педагог-эксперт: {ru: "педагог-эксперт", kk: "педагог-сарапшы"}
//     levels:
//       продвинутый: {ru: "первый (продвинутый) уровень", kk: "бірінші (ілгерілі) деңгей"}
// — and a list given replaces the default one: Kazakhstan's categories (педагог … педагог-мастер)
// and the first and highest categories (первая, высшая — in Kazakh бірінші, жоғары), and the three
// levels of Kazakhstan's course programmes. A member may write a value's key, its title or its
// short name in any language (педагог-сарапшы, жоғары).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/diagnostic.h"

namespace urker {

struct VocabularyTerm {
    std::string key;                            // as declared: "педагог-эксперт"
    std::map<std::string, std::string> titles;  // language -> what readers see
    // The defaults' short names, language -> what a teacher writes ("высшая", "жоғары"), and
    // other usual ways of writing it ("жоғары санат"); a declared term has none.
    std::map<std::string, std::string> names;
    std::vector<std::string> also;
    std::string title(const std::string& lang, const std::string& fallback_lang) const;
};

struct PortfolioVocabulary {
    std::vector<VocabularyTerm> categories;
    std::vector<VocabularyTerm> levels;
};

// The defaults, each title in ru, kk and en.
PortfolioVocabulary default_portfolio_vocabulary();

// site.yaml's `portfolio:` (read from config.document; errors located there) over the defaults.
PortfolioVocabulary read_portfolio_vocabulary(const SiteConfig& config, Diagnostics& diags);

// The term a member's written value means: its key, one of its titles, names or other ways of
// writing it, case and spaces aside.
const VocabularyTerm* find_term(const std::vector<VocabularyTerm>& terms, const std::string& written);

// "педагог, педагог-модератор, …": the keys, for messages.
std::string term_keys(const std::vector<VocabularyTerm>& terms);
// The same as a teacher writes them in `lang` ("педагог-сарапшы, …, бірінші, жоғары" in kk): each
// term's name in that language, else its key.
std::string term_names(const std::vector<VocabularyTerm>& terms, const std::string& lang);
// Everything a member may write for the terms (keys, titles, names): the candidates of "did you mean".
std::vector<std::string> term_spellings(const std::vector<VocabularyTerm>& terms);

}  // namespace urker
