// A teacher's portfolio for attestation (docs/kinds.md, "Portfolio for attestation"): the
// member's qualification category and course level (from the site's vocabularies, see
// model/portfolio_vocabulary.h), courses with hours, materials with the numbers of their
// certificates of publication, events led and attended, roles, mentoring pairs and the school
// year's mentoring sessions — gathered once the rest of the portal is assembled, into
// `page.data.portfolio` of each member page. The member directory's filters get their values here
// too (`page.data.directory` of the members' list).
#pragma once

#include "model/portal.h"
#include "model/portfolio_vocabulary.h"

namespace urker {

// A member's `category`, `level` and `courses`: an unknown category or level is a located error
// listing the allowed values; a course is a title, or {title, hours, year, organiser} with hours
// from 1 to 2000 and a year from 1950 to 2100.
void check_member_portfolio(const YamlDocument& member, const PortfolioVocabulary& vocabulary, Diagnostics& diags);

// Fills page.data.portfolio, page.data.mentoring, category and level of every member page,
// page.data.mentoring of the groups that declare pairs, and page.data.directory of the members'
// list pages.
void attach_portfolios(const SiteModel& model, Portal& portal, const PortfolioVocabulary& vocabulary);

}  // namespace urker
