#include "config/yaml_syntax_messages.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <variant>
#include <vector>

#include "core/diagnostic.h"
#include "core/text.h"

namespace urker {

namespace {

// A piece of a YAML line without the spaces and tabs around it (and the '\r' a Windows line ends with).
std::string_view without_blanks(std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r')) v.remove_suffix(1);
    return v;
}

struct Known {
    std::string_view reason;  // yaml-cpp's ErrorMsg, or its start when yaml-cpp adds a detail after ": "
    std::string_view id;      // config.yaml_syntax_<id> and config.yaml_syntax_<id>_hint
};

// yaml-cpp 0.7's ErrorMsg texts (yaml-cpp/exceptions.h) that its parser throws for a text.
constexpr std::array<Known, 22> kKnown{{
    {"unknown token", "reserved_sign"},
    {"end of sequence flow not found", "list_not_closed"},
    {"end of map flow not found", "braces_not_closed"},
    {"illegal flow end", "bracket_closes_nothing"},
    {"illegal map value", "second_colon"},
    {"end of map not found", "line_out_of_place"},
    {"end of sequence not found", "line_out_of_place"},
    {"illegal block entry", "list_item_out_of_place"},
    {"illegal map key", "question_mark"},
    {"unknown escape character: ", "escape"},
    {"bad character found while scanning hex number", "escape_digits"},
    {"invalid unicode: ", "escape_digits"},
    {"illegal EOF in scalar", "quote_not_closed"},
    {"illegal character in scalar", "character_in_value"},
    {"illegal document indicator in scalar", "dashes_in_value"},
    {"the referenced anchor is not defined", "star"},
    {"alias not found after *", "star"},
    {"anchor not found after &", "ampersand"},
    {"illegal character found while scanning alias", "star"},
    {"illegal character found while scanning anchor", "ampersand"},
    {"unexpected character in block scalar", "block_text"},
    {"cannot set zero indentation for a block scalar", "block_text"},
}};

}  // namespace

std::pair<Message, Message> yaml_syntax_message(std::string_view reason) {
    for (const Known& known : kKnown) {
        const bool with_detail = known.reason.ends_with(": ");
        if (with_detail ? !reason.starts_with(known.reason) : reason != known.reason) continue;
        const std::string id = "config.yaml_syntax_" + std::string(known.id);
        Message message(id);
        Message hint(id + "_hint");
        if (known.id == "escape") {
            // "unknown escape character: q": the letter after the backslash (of a letter of more
            // than one byte, yaml-cpp gives the first byte only: yaml_document.cpp puts the letter).
            message.args.emplace_back("sign", "\\" + std::string(reason.substr(known.reason.size())));
        }
        return {std::move(message), std::move(hint)};
    }
    return {Message("config.yaml_unreadable", {{"detail", reason}}), Message("config.yaml_unreadable_hint")};
}

YamlRefusal yaml_refusal(std::string_view reason, std::string_view yaml, int line, int column) {
    auto [message, hint] = yaml_syntax_message(reason);
    YamlRefusal refusal{std::move(message), std::move(hint), {line, column}};
    if (line < 0) return refusal;
    // A quote never closed: whatever yaml-cpp stumbled over after it, the quote is the mistake.
    // The same message as a quoted text running on to the end (yaml_document.cpp's unclosed_quote).
    if (auto quote = quote_across_lines(yaml, line, column)) {
        const std::string sign(1, quote->quote);
        return {Message("config.yaml_unclosed_quote", {{"quote", sign}}), Message("config.yaml_unclosed_quote_hint", {{"quote", sign}}),
                quote->at};
    }
    const std::string& id = refusal.message.id;
    if (id == "config.yaml_syntax_list_not_closed" || id == "config.yaml_syntax_braces_not_closed") {
        if (auto opened = unclosed_bracket(yaml, line, column, id == "config.yaml_syntax_list_not_closed" ? '[' : '{')) refusal.at = *opened;
    } else if (id == "config.yaml_syntax_list_item_out_of_place" || id == "config.yaml_syntax_line_out_of_place" ||
               id == "config.yaml_syntax_second_colon" || id == "config.yaml_syntax_question_mark") {
        // A bracket left open on an earlier line: the lines below it were read as its inside.
        if (auto opened = bracket_open_since_earlier_line(yaml, line, column)) {
            const std::string kind = opened->open == '[' ? "list_not_closed" : "braces_not_closed";
            return {Message("config.yaml_syntax_" + kind), Message("config.yaml_syntax_" + kind + "_hint"), opened->at};
        }
    }
    if (id == "config.yaml_syntax_second_colon" || id == "config.yaml_syntax_line_out_of_place") {
        if (auto text = unindented_block_text(yaml, line)) {
            refusal = {Message("config.yaml_syntax_block_text"), Message("config.yaml_syntax_block_text_hint"), *text};
            return refusal;
        }
    }
    const std::string_view text = line_of(yaml, line + 1);
    if (id == "config.yaml_syntax_escape" && !refusal.message.args.empty()) {
        // yaml-cpp names the first byte of the letter after the backslash: the whole letter is
        // taken from the line («\д», not a broken byte).
        const std::string& sign = std::get<std::string>(refusal.message.args[0].value);
        if (sign.size() == 2 && static_cast<unsigned char>(sign[1]) >= 0x80)
            if (const std::size_t at = text.find(sign); at != std::string_view::npos) {
                char32_t letter = 0;
                const std::size_t length = decode_utf8(text, at + 1, letter);
                refusal.message.args[0].value = "\\" + std::string(text.substr(at + 1, length));
            }
    } else if (id == "config.yaml_syntax_second_colon") {
        // The line as it should be written: its value in quotes (`description: "Итоги: что получилось"`).
        const std::size_t indent = std::min(text.find_first_not_of(' '), text.size());
        const std::size_t colon = text.find(": ", indent);
        const std::string_view value = colon == std::string_view::npos ? std::string_view() : without_blanks(text.substr(colon + 2));
        if (!value.empty() && value.find('"') == std::string_view::npos && value.find(" #") == std::string_view::npos)
            refusal.hint = Message("config.yaml_syntax_second_colon_hint_line",
                                   {{"line", std::string(text.substr(indent, colon - indent)) + ": \"" + std::string(value) + "\""}});
    }
    return refusal;
}

namespace {

// Where a block text (`description: |`) begins: a line ending in `: |` or `: >` (with -, + or a digit).
bool opens_block_text(std::string_view l) {
    l = without_blanks(l);
    while (!l.empty() && (l.back() == '-' || l.back() == '+' || (l.back() >= '1' && l.back() <= '9'))) l.remove_suffix(1);
    return l.size() >= 3 && (l.back() == '|' || l.back() == '>') && l[l.size() - 2] == ' ' && l.find(": ") != std::string_view::npos;
}

// What is open at a place of the text, read from its start: brackets, a quoted text, and the last
// quoted text that went on over a line break. Quotes and brackets inside comments and block texts
// do not count.
struct OpenAt {
    std::vector<TextPlace> brackets[2];  // '[' and '{' still open, innermost last
    char quote = 0;                      // the quote a quoted text still open is in, or 0
    TextPlace quote_at;                  // where it opened
    // The last quoted text that ended on a later line than it began.
    char across_quote = 0;
    TextPlace across_at;
    int across_end_line = -1;
};

// Whether a value may start at yaml[i]: at a line's start, after a key's colon, a list item's dash,
// or (inside brackets) an opening bracket or a comma. A quote in the middle of a plain text
// (`title: Он сказал "да`) is a letter of it, not the start of a quoted text.
bool starts_value(std::string_view yaml, std::size_t i, bool in_flow) {
    std::size_t k = i;
    while (k > 0 && (yaml[k - 1] == ' ' || yaml[k - 1] == '\t')) --k;
    if (k == 0 || yaml[k - 1] == '\n') return true;
    const char p = yaml[k - 1];
    if (k == i && p != '[' && p != '{' && p != ',') return false;  // glued to what stands before it
    if (p == ':' || p == '?' || (in_flow && (p == '[' || p == '{' || p == ','))) return true;
    if (p == '-') {  // a list item's dash: the first sign of its line
        std::size_t d = k - 1;
        while (d > 0 && (yaml[d - 1] == ' ' || yaml[d - 1] == '-')) --d;
        return d == 0 || yaml[d - 1] == '\n';
    }
    return false;
}

OpenAt open_at(std::string_view yaml, int line, int column) {
    OpenAt o;
    int at_line = 0, at_column = 0;
    std::size_t block_indent = std::string_view::npos;  // inside a block text: the indent of its key's line
    for (std::size_t i = 0; i < yaml.size(); ++i) {
        if (at_line > line || (at_line == line && at_column >= column)) break;
        if (at_column == 0 && !o.quote) {
            // A line's start: a line of a block text is text, whatever it holds.
            const std::size_t end = std::min(yaml.find('\n', i), yaml.size());
            const std::string_view text = yaml.substr(i, end - i);
            const std::size_t indent = std::min(text.find_first_not_of(' '), text.size());
            const bool blank = text.find_first_not_of(" \r") == std::string_view::npos;
            if (block_indent != std::string_view::npos && (blank || indent > block_indent)) {
                if (end >= yaml.size()) break;
                i = end;  // its '\n' is counted below
            } else {
                block_indent = std::string_view::npos;
                if (o.brackets[0].empty() && o.brackets[1].empty() && opens_block_text(text)) block_indent = indent;
            }
        }
        const char c = yaml[i];
        if (c == '\n') {
            ++at_line;
            at_column = 0;
            continue;
        }
        const bool after_space = i == 0 || yaml[i - 1] == ' ' || yaml[i - 1] == '\t' || yaml[i - 1] == '\n';
        if (o.quote) {
            if (o.quote == '"' && c == '\\') {
                ++i;  // an escaped sign; a line break after it is not one YAML keeps either
                at_column += 2;
                if (i < yaml.size() && yaml[i] == '\n') {
                    ++at_line;
                    at_column = 0;
                }
                continue;
            }
            if (c == o.quote) {
                if (o.quote == '\'' && i + 1 < yaml.size() && yaml[i + 1] == '\'') {
                    ++i;  // '' is a quote inside
                    at_column += 2;
                    continue;
                }
                if (at_line > o.quote_at.line) {
                    o.across_quote = o.quote;
                    o.across_at = o.quote_at;
                    o.across_end_line = at_line;
                }
                o.quote = 0;
            }
        } else if (c == '#' && after_space) {
            while (i + 1 < yaml.size() && yaml[i + 1] != '\n') ++i;  // a comment, to the end of its line
        } else if ((c == '"' || c == '\'') && starts_value(yaml, i, !o.brackets[0].empty() || !o.brackets[1].empty())) {
            o.quote = c;
            o.quote_at = {at_line, at_column};
        } else if (c == '[' || c == '{') {
            o.brackets[c == '{'].push_back({at_line, at_column});
        } else if ((c == ']' || c == '}') && !o.brackets[c == '}'].empty()) {
            o.brackets[c == '}'].pop_back();
        }
        ++at_column;
    }
    return o;
}

bool before(const TextPlace& a, const TextPlace& b) { return a.line < b.line || (a.line == b.line && a.column < b.column); }

}  // namespace

std::optional<TextPlace> unclosed_bracket(std::string_view yaml, int line, int column, char open) {
    const OpenAt o = open_at(yaml, line, column);
    const auto& opened = o.brackets[open == '{'];
    if (opened.empty()) return std::nullopt;
    return opened.back();
}

std::optional<OpenedBracket> bracket_open_since_earlier_line(std::string_view yaml, int line, int column) {
    // Only a bracket never closed at all: one that closes a line or more further on holds the lines
    // between, as YAML allows, and the mistake is elsewhere.
    const OpenAt o = open_at(yaml, line, column);
    const OpenAt at_end = open_at(yaml, std::numeric_limits<int>::max(), 0);
    std::optional<OpenedBracket> found;
    for (char open : {'[', '{'}) {
        const auto& never_closed = at_end.brackets[open == '{'];
        for (const TextPlace& at : o.brackets[open == '{'])
            if (at.line < line && std::any_of(never_closed.begin(), never_closed.end(), [&](const TextPlace& p) {
                    return p.line == at.line && p.column == at.column;
                }) && (!found || before(found->at, at)))
                found = OpenedBracket{open, at};
    }
    return found;
}

std::optional<OpenedQuote> quote_across_lines(std::string_view yaml, int line, int column) {
    const OpenAt o = open_at(yaml, line, column);
    if (o.quote && o.quote_at.line < line) return OpenedQuote{o.quote, o.quote_at};
    if (o.across_quote && o.across_end_line == line) return OpenedQuote{o.across_quote, o.across_at};
    return std::nullopt;
}

std::optional<TextPlace> unindented_block_text(std::string_view yaml, int line) {
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start <= yaml.size() && static_cast<int>(lines.size()) <= line;) {
        const std::size_t end = std::min(yaml.find('\n', start), yaml.size());
        lines.push_back(yaml.substr(start, end - start));
        start = end + 1;
    }
    auto indent = [](std::string_view l) { return l.find_first_not_of(' ') == std::string_view::npos ? l.size() : l.find_first_not_of(' '); };
    // The nearest block that opens at most three lines above the line yaml-cpp named.
    for (int k = std::min(line, static_cast<int>(lines.size()) - 1) - 1; k >= 0 && k >= line - 4; --k) {
        if (!opens_block_text(lines[k])) continue;
        if (k + 1 >= static_cast<int>(lines.size())) return std::nullopt;
        const std::string_view text = lines[k + 1];
        if (text.find_first_not_of(" \r") == std::string_view::npos || indent(text) > indent(lines[k])) return std::nullopt;
        return TextPlace{k + 1, 0};
    }
    return std::nullopt;
}

std::vector<GluedComment> glued_comments(std::string_view yaml) {
    std::vector<GluedComment> found;
    if (yaml.find('#') == std::string_view::npos) return found;
    std::size_t block_indent = std::string_view::npos;  // inside a block text: the indent of its key
    int line = 0;
    for (std::size_t start = 0; start < yaml.size(); ++line) {
        const std::size_t end = std::min(yaml.find('\n', start), yaml.size());
        const std::string_view text = yaml.substr(start, end - start);
        start = end + 1;
        const std::size_t indent = std::min(text.find_first_not_of(' '), text.size());
        if (block_indent != std::string_view::npos) {
            if (indent == text.size() || indent > block_indent) continue;  // a line of the block text (or an empty one)
            block_indent = std::string_view::npos;
        }
        // The value: after "key: " or after "- " at the line's start.
        std::size_t value_at = std::string_view::npos;
        std::string_view key;
        if (text.compare(indent, 2, "- ") == 0) {
            value_at = indent + 2;
        } else if (const std::size_t colon = text.find(": ", indent); colon != std::string_view::npos && text[indent] != '#' &&
                                                                     text[indent] != '"' && text[indent] != '\'') {
            key = text.substr(indent, colon - indent);
            if (key.find(" #") != std::string_view::npos) continue;
            value_at = colon + 2;
        }
        if (value_at == std::string_view::npos) continue;
        while (value_at < text.size() && text[value_at] == ' ') ++value_at;
        if (value_at >= text.size()) continue;
        const char first = text[value_at];
        const std::string_view rest = without_blanks(text.substr(value_at));
        if (first == '"' || first == '\'' || first == '[' || first == '{' || first == '&' || first == '*' || first == '!') continue;
        if (first == '|' || first == '>') {  // a block text: its lines are text, whatever they hold
            block_indent = indent;
            continue;
        }
        // The first "#" after a space (or at the value's start), outside the value's own text.
        for (std::size_t i = value_at; i < text.size(); ++i) {
            if (text[i] != '#' || (i > value_at && text[i - 1] != ' ' && text[i - 1] != '\t')) continue;
            const bool glued = i + 1 < text.size() && text[i + 1] != ' ' && text[i + 1] != '\t' && text[i + 1] != '#' && text[i + 1] != '\r';
            if (glued) found.push_back({{line, static_cast<int>(i)}, key, rest});
            break;
        }
    }
    return found;
}

}  // namespace urker
