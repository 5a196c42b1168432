// Every language of the site has its own complete tree of pages, as in Hugo and Zola: "/…" for
// the default language, "/kk/…" for Kazakh. A page whose text exists in only some languages is
// shown in the others too — the same text, under that language's interface, at that language's
// address — so a visitor who chose Kazakh never lands in a Russian interface, and every page has
// a language switcher. These copies are "views": the model makes them, templates mark their text
// with its own language, and checks, the search index and the sitemap skip them.
#pragma once

#include <vector>

#include "config/site_config.h"
#include "content/page.h"

namespace urker {

// Appends, for every translation key and every site language without a version, a view of the
// key's default-language version (else its first version in the order of `languages`).
void add_language_views(std::vector<Page>& pages, const SiteConfig& config);

// The output folder of a page in language `lang`'s tree, from the folder of one of its versions.
std::string path_in_language(const std::string& path, const std::string& from_lang, const std::string& lang, const SiteConfig& config);

}  // namespace urker
