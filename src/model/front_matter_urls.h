// Front-matter values that become addresses in the built site — a member's `links:`, a
// material's `link:` and `external_url:`, a school's `website:`, a `photo:`, an achievement's
// `url:` — checked against the one URL policy (core/url.h) wherever they stand, so a theme that
// writes `href="{{ page.params.links[0] }}"` or puts `sameAs` into JSON-LD never receives a script.
#pragma once

#include <vector>

#include "config/yaml_document.h"
#include "content/page.h"
#include "core/diagnostic.h"

namespace urker {

// Whether a front-matter key names an address or a list of them: url(s), href, src, link(s),
// website, photo(s), image(s), poster, cover, logo, avatar, video, and any key ending in _url(s),
// _link(s), _href, _src or _image(s).
bool is_url_field(std::string_view key);

// Every string under a URL field (itself, or the items of a list of them; in a list of mappings
// such as  links: [{title: …, url: …}]  the keys of each mapping are judged by name) that the
// policy refuses becomes an error at its line, with a hint.
void check_front_matter_urls(const YamlDocument& front_matter, Diagnostics& diags);

// A placeholder left where an address should be — the template's  url: "https://…"  uncommented
// as it was, an address cut short, https://example.com (core/url.h, placeholder_url) — under the
// same fields is a warning at its line, with a hint, and is taken out of the front matter before
// any stage reads it, so that it is never published as a link: the field itself, its item in a
// list of addresses (links: ["https://…"]), or, in a list of links as mappings
// (links: [{title: …, url: "https://…"}]), the whole link; elsewhere (an achievement's url:) the
// field alone. An address the policy refuses is left for check_front_matter_urls' error.
void drop_placeholder_urls(YamlDocument& front_matter, Diagnostics& diags);

// The same for every page, on all cores; the messages in page order. Before the language views
// copy the pages' front matter.
void drop_placeholder_urls(std::vector<Page>& pages, Diagnostics& diags);

}  // namespace urker
