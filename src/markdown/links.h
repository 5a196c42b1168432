// Links that Markdown does not see. `[скачать](Рабочий лист.pdf)` is not a link for CommonMark —
// an address with a space must be written `<Рабочий лист.pdf>` or `Рабочий%20лист.pdf` — so
// cmark leaves it as text and the page shows the brackets. This finds such spots in the source.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace urker {

struct UnparsedLink {
    int line = 0;        // 1-based, in the text given
    int column = 0;      // 1-based, in code points, of the '[' (or '!' of an image)
    bool image = false;
    std::string label;   // "скачать"
    std::string target;  // "Рабочий лист.pdf"
};

// `[label](target)` and `![label](target)` whose target has a space and is neither in <…> nor
// followed by a link title in quotes. Fenced code blocks and `code spans` are skipped.
std::vector<UnparsedLink> find_unparsed_links(std::string_view markdown);

// How to write `target` so that it is a link: "<Рабочий лист.pdf>".
std::string link_target_in_brackets(std::string_view target);
std::string link_target_percent_encoded(std::string_view target);

}  // namespace urker
