// Splits template text into tokens: plain text, the "{{ }}" and "{% %}" delimiters, and the
// names, literals and operators between them. Comments and {% raw %} sections are handled here,
// and so is whitespace control ("{%-", "-%}"), by trimming the neighbouring text tokens.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "template/ast.h"

namespace urker::tmpl {

enum class TokenKind : std::uint8_t {
    text,
    expr_open,   // {{
    expr_close,  // }}
    tag_open,    // {%
    tag_close,   // %}
    name,
    string,
    number,
    op,
    end,
};

struct Token {
    TokenKind kind = TokenKind::end;
    Pos pos;
    std::string_view text;  // slice of the source (text tokens: after whitespace control)
    std::string value;      // string literals: the text with escapes decoded
};

struct LexError {
    Pos pos;
    Message message;
    Message hint;
};

// Fills `out` (ending with an `end` token) and returns true, or fills `error` and returns false.
// Tokens point into `source`, which must outlive them.
bool tokenize(std::string_view source, std::vector<Token>& out, LexError& error);

}  // namespace urker::tmpl
