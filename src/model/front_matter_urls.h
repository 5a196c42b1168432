// Front-matter values that become addresses in the built site — a member's `links:`, a
// material's `link:` and `external_url:`, a school's `website:`, a `photo:`, an achievement's
// `url:` — checked against the one URL policy (core/url.h) wherever they stand, so a theme that
// writes `href="{{ page.params.links[0] }}"` or puts `sameAs` into JSON-LD never receives a script.
#pragma once

#include "config/yaml_document.h"
#include "core/diagnostic.h"

namespace urker {

// Whether a front-matter key names an address: url, href, src, link(s), website, photo, image,
// poster, cover, logo, avatar, and any key ending in _url, _link, _href, _src or _image.
bool is_url_field(std::string_view key);

// Every string under a URL field (itself, or the items of a list of them; in a list of mappings
// such as  links: [{title: …, url: …}]  the keys of each mapping are judged by name) that the
// policy refuses becomes an error at its line, with a hint.
void check_front_matter_urls(const YamlDocument& front_matter, Diagnostics& diags);

}  // namespace urker
