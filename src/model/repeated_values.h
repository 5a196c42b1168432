// A value written twice in a list where a repeat means nothing (`author: [sarsenova-a,
// sarsenova-a]`, `tags: [бөлшектер, бөлшектер]`) would be published twice: the author and their
// box twice, a tag twice, a participant's certificate twice. Each repeat is a warning at the place
// it stands ("… is listed twice; the second is left out") and is taken out of the front matter
// before any stage reads it, so the page is published as if it were written once.
#pragma once

#include <vector>

#include "config/site_config.h"
#include "content/page.h"
#include "core/diagnostic.h"
#include "core/json.h"

namespace urker {

// The fields of a page (by its section's kind) whose lists are checked: the kind's lists of ids
// and texts (author, organizer, school, groups, members, subjects, roles, grade), tags, every
// taxonomy of site.yaml and an event's participants.
bool repeats_make_no_sense(const Page& page, const std::string& key, const SiteConfig& config);

// The key two values of such a list compare by: a text trimmed and lower-cased, a whole number as
// text ("5" and 5 are one grade); empty for a value that is neither (the schema reports it).
std::string repeat_key(const urker::Json& value);

// Removes the repeats from `page`'s front matter, each reported as a warning.
void drop_repeated_list_values(Page& page, const SiteConfig& config, Diagnostics& diags);

// The same for every page, on all cores; the messages in page order.
void drop_repeated_list_values(std::vector<Page>& pages, const SiteConfig& config, Diagnostics& diags);

}  // namespace urker
