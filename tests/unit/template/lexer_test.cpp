// The lexer on its own: which tokens a template text becomes, and where each one starts.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "template/lexer.h"

using urker::tmpl::LexError;
using urker::tmpl::Token;
using urker::tmpl::TokenKind;
using urker::tmpl::tokenize;

namespace {

// "kind:text@line:col" for each token, to compare in one string.
std::string tokens_of(std::string_view source) {
    std::vector<Token> tokens;
    LexError error;
    if (!tokenize(source, tokens, error))
        return "error@" + std::to_string(error.pos.line) + ":" + std::to_string(error.pos.column) + " " +
               urker::render_message(error.message, "en");
    std::string out;
    for (const Token& t : tokens) {
        const char* kind = "";
        switch (t.kind) {
            case TokenKind::text: kind = "text"; break;
            case TokenKind::expr_open: kind = "{{"; break;
            case TokenKind::expr_close: kind = "}}"; break;
            case TokenKind::tag_open: kind = "{%"; break;
            case TokenKind::tag_close: kind = "%}"; break;
            case TokenKind::name: kind = "name"; break;
            case TokenKind::string: kind = "string"; break;
            case TokenKind::number: kind = "number"; break;
            case TokenKind::op: kind = "op"; break;
            case TokenKind::end: kind = "end"; break;
        }
        if (!out.empty()) out += ' ';
        out += kind;
        if (t.kind == TokenKind::string) out += ":" + t.value;
        else if (t.kind == TokenKind::text || t.kind == TokenKind::name || t.kind == TokenKind::number ||
                 t.kind == TokenKind::op)
            out += ":" + std::string(t.text);
        out += "@" + std::to_string(t.pos.line) + ":" + std::to_string(t.pos.column);
    }
    return out;
}

}  // namespace

TEST_SUITE("template lexer") {

TEST_CASE("text and an expression become separate tokens with their positions") {
    CHECK(tokens_of("Hi {{ name }}!") == "text:Hi @1:1 {{@1:4 name:name@1:7 }}@1:12 text:!@1:14 end@1:15");
}

TEST_CASE("a tag's words, strings, numbers and operators are tokens") {
    CHECK(tokens_of("{% if a.b >= 10 and c != 'x' %}") ==
          "{%@1:1 name:if@1:4 name:a@1:7 op:.@1:8 name:b@1:9 op:>=@1:11 number:10@1:14 name:and@1:17 name:c@1:21 "
          "op:!=@1:23 string:x@1:26 %}@1:30 end@1:32");
}

TEST_CASE("floats, exponents and attribute digits are told apart") {
    CHECK(tokens_of("{{ 1.5 }}") == "{{@1:1 number:1.5@1:4 }}@1:8 end@1:10");
    CHECK(tokens_of("{{ 2e3 }}") == "{{@1:1 number:2e3@1:4 }}@1:8 end@1:10");
    CHECK(tokens_of("{{ a.0.1 }}") == "{{@1:1 name:a@1:4 op:.@1:5 number:0@1:6 op:.@1:7 number:1@1:8 }}@1:10 end@1:12");
}

TEST_CASE("two-character operators are single tokens") {
    CHECK(tokens_of("{{ a // b ** c == d }}") ==
          "{{@1:1 name:a@1:4 op://@1:6 name:b@1:9 op:**@1:11 name:c@1:14 op:==@1:16 name:d@1:19 }}@1:21 end@1:23");
}

TEST_CASE("lines and columns follow line breaks and count characters") {
    CHECK(tokens_of("Сәлем\n  {{ x }}") == "text:Сәлем\n  @1:1 {{@2:3 name:x@2:6 }}@2:8 end@2:10");
}

TEST_CASE("comments leave no tokens") {
    CHECK(tokens_of("a{# c #}b") == "text:a@1:1 text:b@1:9 end@1:10");
}

TEST_CASE("a minus in a delimiter trims the neighbouring text") {
    CHECK(tokens_of("a \n{{- x -}}\n b") == "text:a@1:1 {{@2:1 name:x@2:5 }}@2:7 text:b@3:2 end@3:3");
    CHECK(tokens_of("a   {#- c -#}   b") == "text:a@1:1 text:b@1:17 end@1:18");
}

TEST_CASE("raw text becomes one text token") {
    CHECK(tokens_of("{% raw %}{{ x }}{% endraw %}") == "text:{{ x }}@1:10 end@1:29");
}

TEST_CASE("string escapes are decoded") {
    CHECK(tokens_of(R"({{ "a\"b\\c\n" }})") == "{{@1:1 string:a\"b\\c\n@1:4 }}@1:16 end@1:18");
}

TEST_CASE("lexer errors carry the position of the problem") {
    CHECK(tokens_of("ab {{ x") == "error@1:4 \"{{\" is never closed");
    CHECK(tokens_of("{% if x }}") == "error@1:9 the tag opened with \"{%\" is closed with \"}}\"");
    CHECK(tokens_of("{{ x ? y }}") == "error@1:6 unexpected character \"?\" in a template expression");
    CHECK(tokens_of("{{ 'ab") == "error@1:4 this text in quotes is never closed");
}

}  // TEST_SUITE
