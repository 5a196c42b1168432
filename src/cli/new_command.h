// `urker new KIND "Title"`: a new page of one of the portal's kinds, at the address its title
// transliterates to, with the kind's front matter filled in (today's date, the author) and its
// optional fields written as comments. Never replaces a file.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace urker {

struct NewOptions {
    std::string kind;   // material, member, news, event, plan, topic, school, group, page
    std::string title;
    std::filesystem::path source = ".";
    std::string lang;    // the page's language (default: the site's)
    std::string author;  // a member id
    std::string slug;    // the file name instead of the transliterated title
};

// The kinds `urker new` writes, in the order help lists them.
const std::vector<std::string>& new_page_kinds();

// Prints the new file's path on `out`. Exit codes: 0 written, 1 the file exists or the site
// cannot be read or the author is unknown, 2 an unknown kind or language.
int run_new_command(const NewOptions& options, std::ostream& out, std::ostream& err);

}  // namespace urker
