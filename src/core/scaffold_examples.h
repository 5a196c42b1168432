// The texts `urker init` and `urker new` write (scaffold/, built into the binary), and what a build
// learns from them: the example paragraph each page `urker new` writes starts with ("A few words
// about yourself: …", «Несколько слов о себе: …»). A page published with it still in place would
// tell visitors to write something; the Markdown stage warns where it stands
// (markdown/markdown.h).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/embedded_files.h"

namespace urker {

namespace resources {
// Every file of scaffold/ by its path there: "init/ru/site.yaml", "new/kk/material.md".
std::span<const EmbeddedFile> scaffold_files();
}  // namespace resources

// A paragraph's words with the spaces between them made single spaces, and none at the ends:
// the same paragraph however an editor wrapped it.
std::string paragraph_words(std::string_view text);

// The example paragraphs of every `new/<lang>/<kind>.md`, as paragraph_words gives them: the
// paragraphs of their text after the front matter, without those with a {{placeholder}}.
const std::unordered_set<std::string>& scaffold_example_paragraphs();

// Whether a paragraph's source text is, word for word, one of them. Most paragraphs are told
// apart by their length or their first bytes, without a copy: every paragraph of every page is
// asked.
bool is_scaffold_example(std::string_view paragraph_source);

}  // namespace urker
