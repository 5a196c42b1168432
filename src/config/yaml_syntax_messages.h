// yaml-cpp's reasons for refusing a text, in the reader's language. yaml-cpp words them in English
// for programmers ("illegal map value", "end of sequence flow not found"); a teacher who wrote
// `title: Урок: дроби` or left a `[` open needs to hear what is wrong with the line, and how to
// write it, in Russian or Kazakh. Each reason yaml-cpp's parser gives (its exceptions.h, ErrorMsg)
// that a hand-written file can run into has a message and a hint of its own; a reason not known
// here (a YAML directive, a tag) keeps yaml-cpp's words inside config.yaml_unreadable.
#pragma once

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/messages.h"

namespace urker {

// The message and the hint for yaml-cpp's reason `reason` (YAML::Exception::msg).
std::pair<Message, Message> yaml_syntax_message(std::string_view reason);

// Lines and columns from 0, columns in bytes, as yaml-cpp's marks.
struct TextPlace {
    int line = 0;
    int column = 0;
};

// yaml-cpp's refusal of `yaml` (its reason, and the place of its mark) as a teacher is told of it:
// yaml_syntax_message's words, shown where the mistake is to be mended (a bracket where it was
// opened, a block text at its first line: the helpers below), with the letter of an unknown escape
// whole and the teacher's own line in the hint for a second colon.
struct YamlRefusal {
    Message message;
    Message hint;
    TextPlace at;
};
YamlRefusal yaml_refusal(std::string_view reason, std::string_view yaml, int line, int column);

// Where the `open` bracket ('[' or '{') that is still open at (`line`, `column`) was written: yaml-cpp
// tells of a list never closed where the text ends (at the front matter's closing ---), and the
// teacher needs the line that opened it. Brackets inside quotes and comments do not count. Nullopt
// when none is open there.
std::optional<TextPlace> unclosed_bracket(std::string_view yaml, int line, int column, char open);

// The innermost bracket ('[' or '{') still open at (`line`, `column`) that was opened on an earlier
// line and is never closed in the whole text: yaml-cpp reads the lines after a `{` never closed as part of it, and stumbles over the next
// list item or key («- …» cannot stand here) instead of telling of the bracket.
struct OpenedBracket {
    char open = '[';
    TextPlace at;
};
std::optional<OpenedBracket> bracket_open_since_earlier_line(std::string_view yaml, int line, int column);

// A quoted text that began on an earlier line than (`line`, `column`) and is still open there, or
// ended on `line` itself: `paginate: "10` with no closing quote runs on over the lines below it to
// the next quote (the opening one of `url: "/materials/"` eight lines further), and yaml-cpp
// stumbles right after it. The quote, and where it opened.
struct OpenedQuote {
    char quote = '"';
    TextPlace at;
};
std::optional<OpenedQuote> quote_across_lines(std::string_view yaml, int line, int column);

// The first line of a block text (`description: |` and the lines below it) written without an
// indent, when yaml-cpp stumbles over it a line or a few later (at the next key, as a second colon
// or a line out of place): the text ended the block at once, and its words were read as a key.
std::optional<TextPlace> unindented_block_text(std::string_view yaml, int line);

// A `#` that YAML takes for the start of a comment, though the teacher meant it as text: after a
// space and followed by a letter or digit: `title: Урок #5 по дробям` is read as «Урок», and
// `color: #0e2a47` as nothing. A comment as people write one (`# the day of the webinar`, a space
// after the sign) is not one of these, nor is a `#` inside quotes or in the lines of a block text
// (`|`, `>`). Lines and columns from 0, in bytes.
struct GluedComment {
    TextPlace at;            // the `#`
    std::string_view key;    // the line's key ("" for a list item)
    std::string_view value;  // everything after the key's colon (or the item's "- "), trimmed
};
std::vector<GluedComment> glued_comments(std::string_view yaml);

}  // namespace urker
