// Bounds on how much HTML a page of Markdown may turn into. cmark-gfm 0.29.0.gfm.6 (Debian's) has
// no limit of its own on two expansions: a link reference definition used many times copies its
// address into every use (40 KB of text became 50 MB of HTML), and a table row is padded to the
// width of its header (18 KB became 90 MB and three minutes). A page that would grow past these
// bounds is refused with an error at the line that causes it, before it costs memory.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/messages.h"

namespace urker {

struct MarkdownLimits {
    std::size_t max_table_cells = 200'000;       // all tables of one page, padded cells included
    std::size_t output_factor = 20;              // HTML may be this many times the text …
    std::size_t min_output_bytes = 1'000'000;    // … or this much, whichever is more …
    std::size_t max_output_bytes = 64'000'000;   // … but never more than this
};

struct LimitProblem {
    int line = 0;  // 1-based, in the Markdown text
    Message message;
    Message hint;
};

// Reads the text's lines for tables (a delimiter row such as |---|:--:| and the rows after it)
// and refuses a page whose tables would have more than `max_table_cells` cells. Linear, no parse.
std::optional<LimitProblem> oversized_tables(std::string_view text, const MarkdownLimits& limits = {});

// Finds the link reference definitions of the text ("[label]: address "title"") and counts how often
// each label is used, without parsing: cmark-gfm copies a definition's address and title into
// every use while it parses, so a bomb must be refused before the parse. Refuses the text when the
// uses would copy more than `budget` bytes; the problem's line is the definition's. Linear.
std::optional<LimitProblem> oversized_references(std::string_view text, std::size_t budget);

// The number of bytes of HTML a page of `text_bytes` bytes may expand into.
std::size_t output_budget(std::size_t text_bytes, const MarkdownLimits& limits = {});

}  // namespace urker
