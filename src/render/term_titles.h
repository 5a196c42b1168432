// What readers see for a taxonomy value ("начальные классы" is «Бастауыш сынып» in Kazakh): the
// site's own title (site.yaml, model/portal.h), else the theme's (`terms: {subject: {…}}` in its
// i18n files, a default list of Kazakhstan's and Russia's school subjects), else the value as
// written.
#pragma once

#include <string>

#include "model/portal.h"
#include "render/theme.h"

namespace urker {

std::string term_title(const std::string& taxonomy, const TaxonomyTerm& term, const std::string& lang, const Theme& theme);

// The same for a value as written in front matter, which may not be a term of the portal (a
// taxonomy the site does not list).
std::string value_title(const Portal& portal, const std::string& taxonomy, const std::string& value, const std::string& lang, const Theme& theme);

}  // namespace urker
