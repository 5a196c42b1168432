#include "template/lexer.h"

#include "core/text.h"

namespace urker::tmpl {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
// Names may use non-ASCII letters (a Cyrillic variable name is fine); every byte of a multi-byte
// UTF-8 sequence is >= 0x80.
bool is_name_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
bool is_name_char(char c) { return is_name_start(c) || is_digit(c); }

std::string_view trim_left(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    return s;
}
std::string_view trim_right(std::string_view s) {
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

class Lexer {
public:
    Lexer(std::string_view src, std::vector<Token>& out) : src_(src), out_(out) {}

    void run() {
        while (i_ < src_.size()) {
            std::size_t start = i_;
            Pos start_pos = pos_;
            std::size_t open = find_opener(i_);
            if (open == std::string_view::npos) {
                emit_text(src_.substr(start), start_pos, false);
                advance(src_.size() - i_);
                break;
            }
            bool strip_before = open + 2 < src_.size() && src_[open + 2] == '-';
            emit_text(src_.substr(start, open - start), start_pos, strip_before);
            advance(open - i_);
            char kind = src_[i_ + 1];
            if (kind == '#') {
                lex_comment();
            } else if (kind != '%' || !lex_raw()) {
                lex_code(kind);
            }
        }
        out_.push_back(Token{TokenKind::end, pos_, {}, {}});
    }

private:
    std::string_view src_;
    std::vector<Token>& out_;
    std::size_t i_ = 0;
    Pos pos_{1, 1};
    bool strip_next_ = false;  // the last tag ended with "-%}": trim the start of the next text

    [[noreturn]] static void fail(Pos pos, Message message, Message hint = {}) {
        throw LexError{pos, std::move(message), std::move(hint)};
    }

    bool at(std::size_t i, std::string_view s) const { return src_.substr(i, s.size()) == s; }

    // Moves forward n bytes, keeping the line and the column (in code points) up to date.
    void advance(std::size_t n) {
        for (std::size_t end = i_ + n; i_ < end; ++i_) {
            char c = src_[i_];
            if (c == '\n') {
                ++pos_.line;
                pos_.column = 1;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                ++pos_.column;
            }
        }
    }

    std::size_t find_opener(std::size_t from) const {
        for (std::size_t i = src_.find('{', from); i != std::string_view::npos; i = src_.find('{', i + 1)) {
            if (i + 1 < src_.size() && (src_[i + 1] == '{' || src_[i + 1] == '%' || src_[i + 1] == '#')) return i;
        }
        return std::string_view::npos;
    }

    void emit_text(std::string_view text, Pos pos, bool strip_end) {
        if (strip_next_) {
            std::string_view kept = trim_left(text);
            for (char c : text.substr(0, text.size() - kept.size())) {  // white space: one byte per character
                pos.column = c == '\n' ? 1 : pos.column + 1;
                pos.line += c == '\n' ? 1 : 0;
            }
            text = kept;
        }
        strip_next_ = false;
        if (strip_end) text = trim_right(text);
        if (!text.empty()) out_.push_back(Token{TokenKind::text, pos, text, {}});
    }

    void lex_comment() {
        Pos opener = pos_;
        std::size_t close = src_.find("#}", i_ + 2);
        if (close == std::string_view::npos)
            fail(opener, Message("template.comment_never_closed"), Message("template.comment_never_closed_hint"));
        strip_next_ = close > i_ + 2 && src_[close - 1] == '-';
        advance(close + 2 - i_);
    }

    // {% raw %} … {% endraw %}: everything between is text, even "{{". Returns false (and moves
    // nowhere) when the tag at i_ is not "raw".
    bool lex_raw() {
        std::size_t k = i_ + 2;
        if (k < src_.size() && src_[k] == '-') ++k;
        while (k < src_.size() && is_space(src_[k])) ++k;
        if (!at(k, "raw")) return false;
        k += 3;
        while (k < src_.size() && is_space(src_[k])) ++k;
        bool strip_content_start = k < src_.size() && src_[k] == '-';
        if (strip_content_start) ++k;
        if (!at(k, "%}")) return false;
        Pos opener = pos_;
        advance(k + 2 - i_);
        std::size_t content_start = i_;
        Pos content_pos = pos_;
        for (std::size_t search = i_;;) {
            std::size_t open = src_.find("{%", search);
            if (open == std::string_view::npos)
                fail(opener, Message("template.raw_never_closed"), Message("template.raw_never_closed_hint"));
            std::size_t m = open + 2;
            bool strip_content_end = m < src_.size() && src_[m] == '-';
            if (strip_content_end) ++m;
            while (m < src_.size() && is_space(src_[m])) ++m;
            if (at(m, "endraw")) {
                m += 6;
                while (m < src_.size() && is_space(src_[m])) ++m;
                bool strip_after = m < src_.size() && src_[m] == '-';
                if (strip_after) ++m;
                if (at(m, "%}")) {
                    std::string_view content = src_.substr(content_start, open - content_start);
                    strip_next_ = strip_content_start;
                    emit_text(content, content_pos, strip_content_end);
                    strip_next_ = strip_after;
                    advance(m + 2 - i_);
                    return true;
                }
            }
            search = open + 2;
        }
    }

    void lex_code(char kind) {
        Pos opener = pos_;
        bool is_tag = kind == '%';
        out_.push_back(Token{is_tag ? TokenKind::tag_open : TokenKind::expr_open, opener, src_.substr(i_, 2), {}});
        advance(2);
        if (i_ < src_.size() && src_[i_] == '-') advance(1);
        Message never_closed(is_tag ? "template.tag_never_closed" : "template.expression_never_closed");
        Message close_hint(is_tag ? "template.tag_never_closed_hint" : "template.expression_never_closed_hint");
        int braces = 0;  // "{" of dict literals, so "}}" inside {{ {"a": {"b": 1}} }} is not the end
        for (;;) {
            while (i_ < src_.size() && is_space(src_[i_])) advance(1);
            if (i_ >= src_.size()) fail(opener, never_closed, close_hint);
            if (braces == 0) {
                bool dash = src_[i_] == '-';
                std::size_t k = i_ + (dash ? 1 : 0);
                if (at(k, "}}") || at(k, "%}")) {
                    bool tag_close = src_[k] == '%';
                    if (tag_close != is_tag) {
                        if (is_tag) fail(pos_, Message("template.tag_closed_as_expression"), Message("template.tag_closed_as_expression_hint"));
                        fail(pos_, Message("template.expression_closed_as_tag"), Message("template.expression_closed_as_tag_hint"));
                    }
                    out_.push_back(Token{is_tag ? TokenKind::tag_close : TokenKind::expr_close, pos_,
                                         src_.substr(i_, k + 2 - i_), {}});
                    strip_next_ = dash;
                    advance(k + 2 - i_);
                    return;
                }
            }
            if (at(i_, "{{") || at(i_, "{%")) fail(opener, never_closed, close_hint);
            if (braces == 0 && src_[i_] == '}')
                fail(pos_, Message("template.unexpected_brace"),
                     Message(is_tag ? "template.unexpected_brace_in_tag_hint" : "template.unexpected_brace_in_expression_hint"));
            lex_token(braces);
        }
    }

    void lex_token(int& braces) {
        char c = src_[i_];
        Pos start = pos_;
        std::size_t begin = i_;
        if (is_name_start(c)) {
            std::size_t k = i_;
            while (k < src_.size() && is_name_char(src_[k])) ++k;
            advance(k - i_);
            out_.push_back(Token{TokenKind::name, start, src_.substr(begin, i_ - begin), {}});
            return;
        }
        if (is_digit(c)) {
            lex_number();
            return;
        }
        if (c == '"' || c == '\'') {
            lex_string();
            return;
        }
        static constexpr std::string_view two_char_ops[] = {"**", "//", "==", "!=", "<=", ">="};
        for (std::string_view op : two_char_ops) {
            if (at(i_, op)) {
                advance(2);
                out_.push_back(Token{TokenKind::op, start, op, {}});
                return;
            }
        }
        if (at(i_, "||")) fail(start, Message("template.double_bar_operator"), Message("template.double_bar_operator_hint"));
        if (at(i_, "&&")) fail(start, Message("template.double_ampersand_operator"), Message("template.double_ampersand_operator_hint"));
        if (std::string_view("+-*/%~<>=()[]{},.:|").find(c) != std::string_view::npos) {
            if (c == '{') ++braces;
            if (c == '}' && braces > 0) --braces;
            advance(1);
            out_.push_back(Token{TokenKind::op, start, src_.substr(begin, 1), {}});
            return;
        }
        char32_t cp;
        std::size_t len = decode_utf8(src_, i_, cp);
        std::string shown(src_.substr(i_, len));
        Message hint;
        if (c == '!') hint = Message("template.exclamation_hint");
        else if (c == '&') hint = Message("template.ampersand_hint");
        fail(start, Message("template.unexpected_character", {{"character", shown}}), hint);
    }

    void lex_number() {
        Pos start = pos_;
        std::size_t k = i_;
        while (k < src_.size() && is_digit(src_[k])) ++k;
        // "1.5" is a float, but in "items.0.1" the digits after a dot are attribute steps.
        bool after_dot = !out_.empty() && out_.back().kind == TokenKind::op && out_.back().text == ".";
        if (!after_dot && k + 1 < src_.size() && src_[k] == '.' && is_digit(src_[k + 1])) {
            ++k;
            while (k < src_.size() && is_digit(src_[k])) ++k;
        }
        if (!after_dot && k < src_.size() && (src_[k] == 'e' || src_[k] == 'E')) {
            std::size_t e = k + 1;
            if (e < src_.size() && (src_[e] == '+' || src_[e] == '-')) ++e;
            if (e < src_.size() && is_digit(src_[e])) {
                k = e;
                while (k < src_.size() && is_digit(src_[k])) ++k;
            }
        }
        std::string_view text = src_.substr(i_, k - i_);
        advance(k - i_);
        out_.push_back(Token{TokenKind::number, start, text, {}});
    }

    void lex_string() {
        Pos start = pos_;
        char quote = src_[i_];
        std::size_t begin = i_;
        std::string value;
        advance(1);
        for (;;) {
            if (i_ >= src_.size())
                fail(start, Message("template.string_never_closed"),
                     Message("template.string_never_closed_hint", {{"quote", std::string(1, quote)}}));
            char c = src_[i_];
            if (c == quote) break;
            if (c == '\\' && i_ + 1 < src_.size()) {
                char e = src_[i_ + 1];
                switch (e) {
                    case 'n': value += '\n'; break;
                    case 't': value += '\t'; break;
                    case 'r': value += '\r'; break;
                    case '\\': value += '\\'; break;
                    case '\'': value += '\''; break;
                    case '"': value += '"'; break;
                    default: value += '\\'; value += e; break;  // unknown escapes stay as written, like Python
                }
                advance(2);
                continue;
            }
            value += c;
            advance(1);
        }
        advance(1);
        out_.push_back(Token{TokenKind::string, start, src_.substr(begin, i_ - begin), std::move(value)});
    }
};

}  // namespace

bool tokenize(std::string_view source, std::vector<Token>& out, LexError& error) {
    out.clear();
    try {
        Lexer(source, out).run();
        return true;
    } catch (LexError& e) {
        error = std::move(e);
        return false;
    }
}

}  // namespace urker::tmpl
