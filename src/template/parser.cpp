#include "template/parser.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <string>
#include <string_view>

#include "template/errors.h"
#include "template/lexer.h"
#include "template/tests.h"

namespace urker::tmpl {
namespace {

struct ParseError {
    Pos pos;
    Message message;
    Message hint;
};

const std::vector<std::string>& known_tags() {
    static const std::vector<std::string> tags = {"if", "elif", "else", "endif", "for", "endfor", "set",
                                                  "endset", "include", "extends", "block", "endblock",
                                                  "macro", "endmacro", "import", "from", "filter",
                                                  "endfilter", "with", "endwith", "cache", "endcache",
                                                  "raw", "endraw"};
    return tags;
}


bool is_keyword(std::string_view s) {
    return s == "and" || s == "or" || s == "not" || s == "in" || s == "is" || s == "if" || s == "else";
}

// The message with what was found instead of what it expected, as two arguments: `found_kind`
// (text, end: the end of the template, token) and `found` (the token as written, quoted unless it
// is a literal).
Message with_found(Message m, const Token& t) {
    std::string_view kind = "token";
    std::string shown;
    switch (t.kind) {
        case TokenKind::text: kind = "text"; break;
        case TokenKind::end: kind = "end"; break;
        case TokenKind::string:
        case TokenKind::number: shown = std::string(t.text); break;
        default: shown = "\"" + std::string(t.text) + "\""; break;
    }
    m.args.emplace_back("found_kind", kind);
    m.args.emplace_back("found", std::move(shown));
    return m;
}

ExprPtr make(ExprKind kind, Pos pos) {
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->pos = pos;
    return e;
}

class Parser {
public:
    Parser(Template& t, std::vector<Token>& tokens, const EngineData& engine, Diagnostics& diags)
        : t_(t), toks_(tokens), engine_(engine), diags_(diags) {}

    bool run() {
        try {
            parse_body(t_.body, {});
            index(t_.body);
        } catch (ParseError& e) {
            report(e.pos, std::move(e.message), std::move(e.hint));
        }
        return !failed_;
    }

private:
    Template& t_;
    std::vector<Token>& toks_;
    const EngineData& engine_;
    Diagnostics& diags_;
    std::size_t p_ = 0;
    bool failed_ = false;
    struct Open {
        std::string_view tag;
        Pos pos;
    };
    std::vector<Open> open_;  // tags whose end tag we are waiting for, for mismatch messages
    std::set<std::string, std::less<>> block_names_;
    bool has_extends_ = false;

    // ---- tokens -----------------------------------------------------------------------------
    const Token& peek(std::size_t ahead = 0) const {
        std::size_t i = std::min(p_ + ahead, toks_.size() - 1);
        return toks_[i];
    }
    const Token& next() {
        const Token& t = toks_[p_];
        if (p_ + 1 < toks_.size()) ++p_;
        return t;
    }
    bool is_op(std::string_view op, std::size_t ahead = 0) const {
        const Token& t = peek(ahead);
        return t.kind == TokenKind::op && t.text == op;
    }
    bool is_name(std::string_view name, std::size_t ahead = 0) const {
        const Token& t = peek(ahead);
        return t.kind == TokenKind::name && t.text == name;
    }
    bool accept_op(std::string_view op) {
        if (!is_op(op)) return false;
        next();
        return true;
    }
    bool accept_name(std::string_view name) {
        if (!is_name(name)) return false;
        next();
        return true;
    }

    [[noreturn]] void fail(Pos pos, Message message, Message hint = {}) {
        throw ParseError{pos, std::move(message), std::move(hint)};
    }

    // The parser and the renderer recurse once per level of nesting: tags inside tags,
    // parentheses, "not not …", "- - …", filters after filters. A template nested deeper than any
    // theme needs is refused at the level where it crosses the limit, so it cannot exhaust the stack.
    static constexpr int kMaxNesting = 100;
    static constexpr int kMaxChain = 200;
    int nesting_ = 0;
    struct NestingGuard {
        Parser& parser;
        NestingGuard(Parser& p, Pos pos) : parser(p) {
            if (++parser.nesting_ > kMaxNesting)
                parser.fail(pos, Message("template.nested_too_deep", {{"limit", kMaxNesting}}), Message("template.nested_too_deep_hint"));
        }
        ~NestingGuard() { --parser.nesting_; }
        NestingGuard(const NestingGuard&) = delete;
        NestingGuard& operator=(const NestingGuard&) = delete;
    };
    // Fails with "expected …, found <the next token>".
    [[noreturn]] void fail_found(Message expected, Message hint = {}) {
        fail(peek().pos, with_found(std::move(expected), peek()), std::move(hint));
    }
    void report(Pos pos, Message message, Message hint) {
        diags_.error(t_.location(pos), std::move(message), std::move(hint), t_.line_text(pos.line));
        failed_ = true;
    }

    // `context` says where the operator belongs, as a key the catalogue spells out
    // (template.expected_op): after_macro_name, close_list…
    void expect_op(std::string_view op, std::string_view context, Message hint = {}) {
        if (accept_op(op)) return;
        fail_found(Message("template.expected_op", {{"op", op}, {"context", context}}), std::move(hint));
    }
    // `expected` is the catalogue id of "expected <a name of some kind>, found …".
    std::string expect_name(const char* expected, Message hint = {}) {
        const Token& t = peek();
        if (t.kind != TokenKind::name || is_keyword(t.text)) fail_found(Message(expected), std::move(hint));
        next();
        return std::string(t.text);
    }
    void expect_tag_close(std::string_view tag) {
        const Token& t = peek();
        if (t.kind == TokenKind::tag_close) {
            next();
            return;
        }
        fail_found(Message("template.expected_tag_end", {{"tag", tag}}));
    }

    // ---- statements -------------------------------------------------------------------------

    // Parses until one of the `ends` tags and returns its name (the tag's "{%" and name are
    // consumed, the rest is the caller's); returns "" at the end of the template.
    std::string parse_body(Body& body, std::initializer_list<std::string_view> ends) {
        NestingGuard nesting(*this, peek().pos);
        for (;;) {
            const Token& tok = peek();
            switch (tok.kind) {
                case TokenKind::end: return {};
                case TokenKind::text:
                    body.push_back(Stmt{tok.pos, TextStmt{std::string(tok.text)}});
                    next();
                    break;
                case TokenKind::expr_open: {
                    Pos pos = tok.pos;
                    next();
                    if (peek().kind == TokenKind::expr_close)
                        fail(peek().pos, Message("template.empty_expression"), Message("template.empty_expression_hint"));
                    ExprPtr e = parse_expression();
                    if (peek().kind != TokenKind::expr_close)
                        fail_found(Message("template.expected_expression_end"), Message("template.expected_expression_end_hint"));
                    next();
                    body.push_back(Stmt{pos, OutputStmt{std::move(e)}});
                    break;
                }
                case TokenKind::tag_open: {
                    Pos pos = tok.pos;
                    const Token& name = peek(1);
                    if (name.kind != TokenKind::name)
                        fail(name.pos, with_found(Message("template.expected_tag_name"), name),
                             Message("template.expected_tag_name_hint"));
                    for (std::string_view end : ends) {
                        if (name.text == end) {
                            next();
                            next();
                            return std::string(end);
                        }
                    }
                    next();
                    next();
                    parse_statement(body, name, pos);
                    break;
                }
                default: fail(tok.pos, with_found(Message("template.unexpected_token"), tok));
            }
        }
    }

    void parse_statement(Body& body, const Token& name, Pos pos) {
        std::string_view tag = name.text;
        if (tag == "if") return parse_if(body, pos);
        if (tag == "for") return parse_for(body, pos);
        if (tag == "set") return parse_set(body, pos);
        if (tag == "include") return parse_include(body, pos);
        if (tag == "extends") return parse_extends(body, pos);
        if (tag == "block") return parse_block(body, pos);
        if (tag == "macro") return parse_macro(pos);
        if (tag == "import") return parse_import(body, pos);
        if (tag == "from") return parse_from(body, pos);
        if (tag == "filter") return parse_filter_block(body, pos);
        if (tag == "with") return parse_with(body, pos);
        if (tag == "cache") return parse_cache(body, pos);
        misplaced_or_unknown(name, pos);
    }

    [[noreturn]] void misplaced_or_unknown(const Token& name, Pos pos) {
        std::string tag(name.text);
        if (tag == "else" || tag == "elif") {
            if (!open_.empty() && open_.back().tag == "if")
                fail(pos, Message("template.branch_after_else", {{"tag", tag}}), Message("template.branch_after_else_hint"));
            if (!open_.empty() && open_.back().tag == "for" && tag == "else")
                fail(pos, Message("template.for_second_else"), Message("template.for_second_else_hint"));
            fail(pos, Message("template.branch_outside_if", {{"tag", tag}}), Message("template.branch_outside_if_hint"));
        }
        bool is_end = tag.starts_with("end") &&
                      std::find(known_tags().begin(), known_tags().end(), tag) != known_tags().end();
        if (is_end) {
            std::string opener = tag.substr(3);
            if (!open_.empty()) {
                const Open& o = open_.back();
                fail(pos, Message("template.end_tag_mismatch", {{"tag", tag}, {"open", o.tag}, {"line", std::to_string(o.pos.line)}}),
                     Message("template.end_tag_mismatch_hint", {{"tag", tag}, {"open", o.tag}}));
            }
            fail(pos, Message("template.end_tag_without_opener", {{"tag", tag}, {"opener", opener}}),
                 Message("template.end_tag_without_opener_hint", {{"opener", opener}}));
        }
        Message hint = did_you_mean(tag, known_tags());
        if (hint.empty()) hint = Message("template.unknown_tag_hint");
        fail(name.pos, Message("template.unknown_tag", {{"tag", tag}}), hint);
    }

    [[noreturn]] void unclosed(std::string_view tag, Pos pos) {
        fail(pos, Message("template.tag_not_ended", {{"tag", tag}}), Message("template.tag_not_ended_hint", {{"tag", tag}}));
    }

    // Parses a body inside a tag that must be closed by one of `ends`.
    std::string parse_nested(Body& body, std::string_view tag, Pos pos, std::initializer_list<std::string_view> ends) {
        open_.push_back({tag, pos});
        std::string end = parse_body(body, ends);
        if (end.empty()) unclosed(tag, pos);
        open_.pop_back();
        return end;
    }

    void parse_if(Body& body, Pos pos) {
        IfStmt s;
        ExprPtr cond = parse_expression();
        expect_tag_close("if");
        IfBranch first{std::move(cond), {}};
        std::string end = parse_nested(first.body, "if", pos, {"elif", "else", "endif"});
        s.branches.push_back(std::move(first));
        while (end == "elif") {
            ExprPtr c = parse_expression();
            expect_tag_close("elif");
            IfBranch b{std::move(c), {}};
            end = parse_nested(b.body, "if", pos, {"elif", "else", "endif"});
            s.branches.push_back(std::move(b));
        }
        if (end == "else") {
            expect_tag_close("else");
            parse_nested(s.otherwise, "if", pos, {"endif"});
        }
        expect_tag_close("endif");
        body.push_back(Stmt{pos, std::move(s)});
    }

    void parse_for(Body& body, Pos pos) {
        ForStmt s;
        Message hint("template.for_syntax_hint");
        s.targets.push_back(expect_name("template.expected_loop_variable", hint));
        while (accept_op(",")) s.targets.push_back(expect_name("template.expected_another_loop_variable", hint));
        if (!accept_name("in")) fail_found(Message("template.expected_in"), hint);
        s.iterable = parse_expression(false);
        if (accept_name("if")) s.condition = parse_expression(false);
        if (is_name("recursive")) fail(peek().pos, Message("template.recursive_loop"), Message("template.recursive_loop_hint"));
        expect_tag_close("for");
        std::string end = parse_nested(s.body, "for", pos, {"else", "endfor"});
        if (end == "else") {
            expect_tag_close("else");
            parse_nested(s.otherwise, "for", pos, {"endfor"});
        }
        expect_tag_close("endfor");
        body.push_back(Stmt{pos, std::move(s)});
    }

    void parse_set(Body& body, Pos pos) {
        Message hint("template.set_syntax_hint");
        std::string name = expect_name("template.expected_set_variable", hint);
        std::string attribute;
        if (accept_op(".")) attribute = expect_name("template.expected_attribute", hint);
        if (accept_op("=")) {
            ExprPtr value = parse_expression();
            expect_tag_close("set");
            body.push_back(Stmt{pos, SetStmt{std::move(name), std::move(attribute), std::move(value)}});
            return;
        }
        if (peek().kind == TokenKind::tag_close && attribute.empty()) {
            next();
            SetBlockStmt s{std::move(name), {}};
            parse_nested(s.body, "set", pos, {"endset"});
            expect_tag_close("endset");
            body.push_back(Stmt{pos, std::move(s)});
            return;
        }
        fail_found(Message("template.expected_op", {{"op", "="}, {"context", "after_variable_name"}}), hint);
    }

    // A literal template name is recorded for check_references; other expressions are checked
    // when the template renders.
    void record_reference(const Expr& name, TemplateRef::Kind kind, Pos pos, bool ignore_missing = false) {
        if (name.kind == ExprKind::literal && name.literal.is_string())
            t_.references.push_back({kind, name.literal.get<std::string>(), pos, ignore_missing});
    }

    void parse_include(Body& body, Pos pos) {
        IncludeStmt s;
        s.name = parse_expression();
        if (accept_name("ignore")) {
            if (!accept_name("missing")) fail_found(Message("template.expected_missing"));
            s.ignore_missing = true;
        }
        parse_context_modifier(s.with_context);
        expect_tag_close("include");
        record_reference(*s.name, TemplateRef::Kind::include, pos, s.ignore_missing);
        body.push_back(Stmt{pos, std::move(s)});
    }

    void parse_context_modifier(bool& with_context) {
        if (is_name("with") || is_name("without")) {
            with_context = next().text == "with";
            if (!accept_name("context")) fail_found(Message("template.expected_context"));
        }
    }

    void parse_extends(Body& body, Pos pos) {
        if (!open_.empty())
            fail(pos, Message("template.extends_not_top_level", {{"tag", open_.back().tag}}),
                 Message("template.extends_not_top_level_hint"));
        if (has_extends_) fail(pos, Message("template.extends_twice"), Message("template.extends_twice_hint"));
        has_extends_ = true;
        ExtendsStmt s{parse_expression()};
        expect_tag_close("extends");
        record_reference(*s.name, TemplateRef::Kind::extends, pos);
        t_.extends_pos = pos;
        body.push_back(Stmt{pos, std::move(s)});
    }

    void parse_block(Body& body, Pos pos) {
        Pos name_pos = peek().pos;
        std::string name = expect_name("template.expected_block_name", Message("template.block_syntax_hint"));
        if (!block_names_.insert(name).second)
            fail(name_pos, Message("template.block_defined_twice", {{"name", name}}), Message("template.block_defined_twice_hint"));
        accept_name("scoped");
        accept_name("required");
        expect_tag_close("block");
        BlockStmt s{name, {}};
        parse_nested(s.body, "block", pos, {"endblock"});
        if (peek().kind == TokenKind::name) {
            const Token& end_name = next();
            if (end_name.text != name)
                fail(end_name.pos, Message("template.endblock_mismatch", {{"end", end_name.text}, {"name", name}}),
                     Message("template.endblock_mismatch_hint", {{"name", name}}));
        }
        expect_tag_close("endblock");
        body.push_back(Stmt{pos, std::move(s)});
    }

    void parse_macro(Pos pos) {
        Pos name_pos = peek().pos;
        Message hint("template.macro_syntax_hint");
        auto m = std::make_unique<Macro>();
        m->name = expect_name("template.expected_macro_name", hint);
        m->pos = pos;
        expect_op("(", "after_macro_name");
        while (!is_op(")")) {
            m->params.push_back(expect_name("template.expected_parameter_name", hint));
            if (accept_op("=")) {
                m->defaults.push_back(parse_expression());
            } else {
                if (!m->defaults.empty() && m->defaults.back())
                    fail(peek().pos, Message("template.parameter_needs_default", {{"name", m->params.back()}}),
                         Message("template.parameter_needs_default_hint"));
                m->defaults.push_back(nullptr);
            }
            if (!accept_op(",")) break;
        }
        expect_op(")", "end_macro_parameters");
        expect_tag_close("macro");
        parse_nested(m->body, "macro", pos, {"endmacro"});
        if (peek().kind == TokenKind::name) next();
        expect_tag_close("endmacro");
        if (t_.macros.count(m->name))
            fail(name_pos, Message("template.macro_defined_twice", {{"name", m->name}}), Message("template.macro_defined_twice_hint"));
        // Macros are hoisted: a template may call a macro defined further down, as in Jinja.
        t_.macros.emplace(m->name, std::move(m));
    }

    void parse_import(Body& body, Pos pos) {
        ImportStmt s;
        s.name = parse_expression();
        if (!accept_name("as")) fail_found(Message("template.expected_as"), Message("template.import_syntax_hint"));
        s.alias = expect_name("template.expected_name_after_as");
        bool with_context = false;
        parse_context_modifier(with_context);
        expect_tag_close("import");
        record_reference(*s.name, TemplateRef::Kind::import, pos);
        if (open_.empty() && s.name->kind == ExprKind::literal && s.name->literal.is_string())
            t_.imports.push_back({s.alias, s.name->literal.get<std::string>(), {}});
        body.push_back(Stmt{pos, std::move(s)});
    }

    void parse_from(Body& body, Pos pos) {
        FromImportStmt s;
        s.name = parse_expression();
        Message hint("template.from_syntax_hint");
        if (!accept_name("import")) fail_found(Message("template.expected_import"), hint);
        do {
            if (is_name("with") || is_name("without")) break;
            ImportedName n;
            n.macro = expect_name("template.expected_macro_to_import", hint);
            n.alias = accept_name("as") ? expect_name("template.expected_name_after_as", hint) : n.macro;
            s.names.push_back(std::move(n));
        } while (accept_op(","));
        bool with_context = false;
        parse_context_modifier(with_context);
        expect_tag_close("from");
        record_reference(*s.name, TemplateRef::Kind::import, pos);
        if (open_.empty() && s.name->kind == ExprKind::literal && s.name->literal.is_string())
            for (const auto& n : s.names) t_.imports.push_back({n.alias, s.name->literal.get<std::string>(), n.macro});
        body.push_back(Stmt{pos, std::move(s)});
    }

    void parse_filter_block(Body& body, Pos pos) {
        ExprPtr chain = make(ExprKind::captured, pos);
        chain = parse_filter(std::move(chain));
        while (accept_op("|")) chain = parse_filter(std::move(chain));
        expect_tag_close("filter");
        FilterBlockStmt s{std::move(chain), {}};
        parse_nested(s.body, "filter", pos, {"endfilter"});
        expect_tag_close("endfilter");
        body.push_back(Stmt{pos, std::move(s)});
    }

    void parse_with(Body& body, Pos pos) {
        WithStmt s;
        while (peek().kind != TokenKind::tag_close) {
            WithVar v;
            v.name = expect_name("template.expected_variable_name", Message("template.with_syntax_hint"));
            expect_op("=", "after_variable_name");
            v.value = parse_expression();
            s.vars.push_back(std::move(v));
            if (!accept_op(",")) break;
        }
        expect_tag_close("with");
        parse_nested(s.body, "with", pos, {"endwith"});
        expect_tag_close("endwith");
        body.push_back(Stmt{pos, std::move(s)});
    }

    void parse_cache(Body& body, Pos pos) {
        CacheStmt s;
        if (peek().kind == TokenKind::tag_close)
            fail(peek().pos, Message("template.cache_needs_key"), Message("template.cache_syntax_hint"));
        do s.keys.push_back(parse_expression());
        while (accept_op(","));
        s.id = t_.name + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
        for (const ExprPtr& key : s.keys) {
            const Expr* e = key.get();
            while (e->kind == ExprKind::filter && e->lhs) e = e->lhs.get();
            if (e->kind == ExprKind::name) s.key_names.push_back(e->name);
        }
        expect_tag_close("cache");
        parse_nested(s.body, "cache", pos, {"endcache"});
        expect_tag_close("endcache");
        body.push_back(Stmt{pos, std::move(s)});
    }

    // Records blocks and the extends tag once the tree is final (pointers into vectors being
    // filled would move).
    void index(const Body& body) {
        for (const Stmt& s : body) {
            if (auto* b = std::get_if<BlockStmt>(&s.node)) {
                t_.blocks.emplace(b->name, b);
                index(b->body);
            } else if (auto* e = std::get_if<ExtendsStmt>(&s.node)) {
                t_.extends = e;
            } else if (auto* i = std::get_if<IfStmt>(&s.node)) {
                for (const auto& br : i->branches) index(br.body);
                index(i->otherwise);
            } else if (auto* f = std::get_if<ForStmt>(&s.node)) {
                index(f->body);
                index(f->otherwise);
            } else if (auto* w = std::get_if<WithStmt>(&s.node)) {
                index(w->body);
            } else if (auto* c = std::get_if<CacheStmt>(&s.node)) {
                index(c->body);
            } else if (auto* fb = std::get_if<FilterBlockStmt>(&s.node)) {
                index(fb->body);
            }
        }
    }

    // ---- expressions ------------------------------------------------------------------------
    // Precedence, loosest first: "x if c else y", or, and, not, comparisons (== != < > <= >= in
    // "not in"), ~, + -, * / // %, **, unary - +, then filters and tests, then . [] () on a value.
    // "~" binds looser than "+", so "Page " ~ n + 1 joins "Page " and n + 1.

    ExprPtr parse_expression(bool allow_conditional = true) {
        ExprPtr e = parse_or();
        if (allow_conditional && is_name("if")) {
            Pos pos = next().pos;
            auto c = make(ExprKind::conditional, pos);
            c->rhs = parse_or();
            if (accept_name("else")) c->third = parse_expression();
            c->lhs = std::move(e);
            return c;
        }
        return e;
    }

    ExprPtr binary(Op op, Pos pos, ExprPtr lhs, ExprPtr rhs) {
        auto e = make(ExprKind::binary, pos);
        e->op = op;
        e->lhs = std::move(lhs);
        e->rhs = std::move(rhs);
        return e;
    }

    ExprPtr parse_or() {
        ExprPtr e = parse_and();
        while (is_name("or")) {
            Pos pos = next().pos;
            e = binary(Op::or_, pos, std::move(e), parse_and());
        }
        return e;
    }

    ExprPtr parse_and() {
        ExprPtr e = parse_not();
        while (is_name("and")) {
            Pos pos = next().pos;
            e = binary(Op::and_, pos, std::move(e), parse_not());
        }
        return e;
    }

    ExprPtr parse_not() {
        NestingGuard nesting(*this, peek().pos);
        if (is_name("not")) {
            Pos pos = next().pos;
            auto e = make(ExprKind::unary, pos);
            e->op = Op::not_;
            e->lhs = parse_not();
            return e;
        }
        return parse_compare();
    }

    std::optional<Op> compare_op() const {
        const Token& t = peek();
        if (t.kind == TokenKind::op) {
            if (t.text == "==") return Op::eq;
            if (t.text == "!=") return Op::ne;
            if (t.text == "<") return Op::lt;
            if (t.text == "<=") return Op::le;
            if (t.text == ">") return Op::gt;
            if (t.text == ">=") return Op::ge;
        }
        if (is_name("in")) return Op::in;
        if (is_name("not") && is_name("in", 1)) return Op::not_in;
        return std::nullopt;
    }

    ExprPtr parse_compare() {
        ExprPtr first = parse_concat();
        std::optional<Op> op = compare_op();
        if (!op) return first;
        auto e = make(ExprKind::compare, peek().pos);
        e->items.push_back(std::move(first));
        while ((op = compare_op())) {
            if (*op == Op::not_in) next();
            next();
            e->compare_ops.push_back(*op);
            e->items.push_back(parse_concat());
        }
        return e;
    }

    ExprPtr parse_concat() {
        ExprPtr e = parse_add();
        while (is_op("~")) {
            Pos pos = next().pos;
            e = binary(Op::concat, pos, std::move(e), parse_add());
        }
        return e;
    }

    ExprPtr parse_add() {
        ExprPtr e = parse_mul();
        while (is_op("+") || is_op("-")) {
            const Token& t = next();
            e = binary(t.text == "+" ? Op::add : Op::sub, t.pos, std::move(e), parse_mul());
        }
        return e;
    }

    ExprPtr parse_mul() {
        ExprPtr e = parse_pow();
        for (;;) {
            Op op;
            if (is_op("*")) op = Op::mul;
            else if (is_op("/")) op = Op::div;
            else if (is_op("//")) op = Op::floordiv;
            else if (is_op("%")) op = Op::mod;
            else return e;
            Pos pos = next().pos;
            e = binary(op, pos, std::move(e), parse_pow());
        }
    }

    ExprPtr parse_pow() {
        ExprPtr e = parse_unary();
        while (is_op("**")) {
            Pos pos = next().pos;
            e = binary(Op::pow, pos, std::move(e), parse_unary());
        }
        return e;
    }

    ExprPtr parse_unary() {
        if (is_op("-") || is_op("+")) {
            const Token& t = next();
            ExprPtr operand = parse_unary_operand();
            ExprPtr e;
            if (t.text == "-" && operand->kind == ExprKind::literal && operand->literal.is_number()) {
                // Fold "-1" into a literal, so range(-1, 5) and sort keys need no arithmetic.
                e = std::move(operand);
                if (auto i = as_integer(e->literal)) e->literal = -*i;
                else e->literal = -e->literal.get<double>();
                e->pos = t.pos;
            } else {
                e = make(ExprKind::unary, t.pos);
                e->op = t.text == "-" ? Op::neg : Op::pos;
                e->lhs = std::move(operand);
            }
            return parse_filters_and_tests(std::move(e));
        }
        return parse_filters_and_tests(parse_postfix(parse_primary()));
    }

    ExprPtr parse_unary_operand() {
        NestingGuard nesting(*this, peek().pos);
        if (is_op("-") || is_op("+")) {
            const Token& t = next();
            auto e = make(ExprKind::unary, t.pos);
            e->op = t.text == "-" ? Op::neg : Op::pos;
            e->lhs = parse_unary_operand();
            return e;
        }
        return parse_postfix(parse_primary());
    }

    ExprPtr parse_filters_and_tests(ExprPtr e) {
        for (int chained = 0;; ++chained) {
            if (chained > kMaxChain)
                fail(peek().pos, Message("template.chain_too_long", {{"limit", kMaxChain}}), Message("template.nested_too_deep_hint"));
            if (accept_op("|")) {
                e = parse_filter(std::move(e));
            } else if (is_name("is")) {
                e = parse_test(std::move(e));
            } else {
                return e;
            }
        }
    }

    ExprPtr parse_filter(ExprPtr input) {
        const Token& name = peek();
        if (name.kind != TokenKind::name)
            fail(name.pos, with_found(Message("template.expected_filter_name"), name), Message("template.expected_filter_name_hint"));
        next();
        auto e = make(ExprKind::filter, name.pos);
        e->name = std::string(name.text);
        e->lhs = std::move(input);
        auto it = engine_.filter_index.find(name.text);
        if (it == engine_.filter_index.end()) {
            Message hint = did_you_mean(name.text, engine_.filter_names());
            if (hint.empty()) hint = Message("template.unknown_filter_hint");
            report(name.pos, Message("template.unknown_filter", {{"name", e->name}}), hint);
        } else {
            e->index = it->second;
        }
        if (is_op("(")) parse_call_args(e->args);
        return e;
    }

    ExprPtr parse_test(ExprPtr input) {
        next();  // "is"
        bool negated = accept_name("not");
        const Token& name = peek();
        if (name.kind != TokenKind::name)
            fail(name.pos, with_found(Message("template.expected_test_name"), name), Message("template.expected_test_name_hint"));
        next();
        auto e = make(ExprKind::test, name.pos);
        e->name = std::string(name.text);
        e->negated = negated;
        e->lhs = std::move(input);
        auto index = find_test(name.text);
        if (!index) {
            Message hint = did_you_mean(name.text, test_names());
            if (hint.empty()) hint = Message("template.unknown_test_hint");
            report(name.pos, Message("template.unknown_test", {{"name", e->name}}), hint);
        } else {
            e->index = *index;
        }
        if (is_op("(")) {
            parse_call_args(e->args);
        } else {
            // Jinja allows one argument without parentheses: "x is divisibleby 3".
            const Token& t = peek();
            bool starts_value = t.kind == TokenKind::string || t.kind == TokenKind::number ||
                                (t.kind == TokenKind::name && !is_keyword(t.text)) || is_op("[");
            if (starts_value) e->args.positional.push_back(parse_postfix(parse_primary()));
        }
        if (index) {
            const TestInfo& info = test_at(*index);
            std::size_t n = e->args.positional.size();
            if (!e->args.named.empty())
                fail(e->args.named.front().value->pos, Message("template.test_named_arguments"));
            if (n < info.min_args || n > info.max_args) {
                std::string_view takes = info.max_args == 0 ? "none" : info.min_args == info.max_args ? "exactly" : "at_most";
                fail(name.pos, Message("template.test_argument_count",
                                       {{"name", e->name}, {"takes", takes}, {"max", info.max_args}, {"given", n}}));
            }
        }
        return e;
    }

    void parse_call_args(CallArgs& args) {
        expect_op("(", "arguments");
        while (!is_op(")")) {
            if (peek().kind == TokenKind::name && is_op("=", 1)) {
                std::string name(next().text);
                next();
                args.named.push_back({std::move(name), parse_expression()});
            } else {
                Pos pos = peek().pos;
                ExprPtr value = parse_expression();
                if (!args.named.empty())
                    fail(pos, Message("template.positional_after_named"), Message("template.positional_after_named_hint"));
                args.positional.push_back(std::move(value));
            }
            if (!accept_op(",")) break;
        }
        expect_op(")", "end_arguments");
    }

    ExprPtr parse_primary() {
        NestingGuard nesting(*this, peek().pos);
        const Token& t = peek();
        switch (t.kind) {
            case TokenKind::name: {
                if (is_keyword(t.text)) fail_found(Message("template.expected_value"));
                next();
                auto e = make(ExprKind::literal, t.pos);
                if (t.text == "true" || t.text == "True") e->literal = true;
                else if (t.text == "false" || t.text == "False") e->literal = false;
                else if (t.text == "none" || t.text == "None" || t.text == "null") e->literal = nullptr;
                else {
                    e->kind = ExprKind::name;
                    e->name = std::string(t.text);
                }
                return e;
            }
            case TokenKind::string: {
                auto e = make(ExprKind::literal, t.pos);
                std::string value = next().value;
                while (peek().kind == TokenKind::string) value += next().value;  // "a" "b" is "ab", as in Python
                e->literal = std::move(value);
                return e;
            }
            case TokenKind::number: return parse_number();
            case TokenKind::op:
                if (t.text == "(") return parse_parenthesized();
                if (t.text == "[") return parse_list();
                if (t.text == "{") return parse_dict();
                break;
            default: break;
        }
        Message hint;
        if (t.kind == TokenKind::expr_close || t.kind == TokenKind::tag_close) hint = Message("template.expression_ends_early_hint");
        fail_found(Message("template.expected_value"), hint);
    }

    ExprPtr parse_number() {
        const Token& t = next();
        auto e = make(ExprKind::literal, t.pos);
        const char* b = t.text.data();
        const char* end = b + t.text.size();
        bool is_float = t.text.find_first_of(".eE") != std::string_view::npos;
        if (!is_float) {
            std::int64_t i = 0;
            auto [p, ec] = std::from_chars(b, end, i);
            if (ec == std::errc() && p == end) {
                e->literal = i;
                return e;
            }
        }
        double d = 0;
        std::from_chars(b, end, d);
        e->literal = d;
        return e;
    }

    // "(expr)" or a tuple "(a, b)", which becomes a list.
    ExprPtr parse_parenthesized() {
        Pos pos = next().pos;
        if (accept_op(")")) return fold(make(ExprKind::list, pos));
        ExprPtr first = parse_expression();
        if (!is_op(",")) {
            expect_op(")", "close_parenthesis");
            return first;
        }
        auto list = make(ExprKind::list, pos);
        list->items.push_back(std::move(first));
        while (accept_op(",")) {
            if (is_op(")")) break;
            list->items.push_back(parse_expression());
        }
        expect_op(")", "close_parenthesis");
        return fold(std::move(list));
    }

    ExprPtr parse_list() {
        auto e = make(ExprKind::list, next().pos);
        while (!is_op("]")) {
            e->items.push_back(parse_expression());
            if (!accept_op(",")) break;
        }
        expect_op("]", "close_list");
        return fold(std::move(e));
    }

    // Keys are written as text in quotes or as bare names ({title: "x"} means the key "title", as
    // in JavaScript and YAML), or as numbers.
    ExprPtr parse_dict() {
        auto e = make(ExprKind::dict, next().pos);
        while (!is_op("}")) {
            const Token& k = peek();
            auto key = make(ExprKind::literal, k.pos);
            if (k.kind == TokenKind::string) key->literal = k.value;
            else if (k.kind == TokenKind::name || k.kind == TokenKind::number) key->literal = std::string(k.text);
            else fail_found(Message("template.expected_dict_key"), Message("template.dict_syntax_hint"));
            next();
            expect_op(":", "after_key");
            e->items.push_back(std::move(key));
            e->items.push_back(parse_expression());
            if (!accept_op(",")) break;
        }
        expect_op("}", "close_dictionary");
        return fold(std::move(e));
    }

    // A list or dict made only of literals becomes one literal, built once at parse time.
    ExprPtr fold(ExprPtr e) {
        for (const auto& item : e->items)
            if (item->kind != ExprKind::literal) return e;
        Value v = e->kind == ExprKind::list ? Value::array() : Value::object();
        if (e->kind == ExprKind::list) {
            for (auto& item : e->items) v.push_back(std::move(item->literal));
        } else {
            for (std::size_t i = 0; i + 1 < e->items.size(); i += 2)
                v[e->items[i]->literal.get<std::string>()] = std::move(e->items[i + 1]->literal);
        }
        e->items.clear();
        e->kind = ExprKind::literal;
        e->literal = std::move(v);
        return e;
    }

    ExprPtr parse_postfix(ExprPtr e) {
        for (;;) {
            if (is_op(".")) {
                next();
                const Token& t = peek();
                if (t.kind != TokenKind::name && t.kind != TokenKind::number)
                    fail_found(Message("template.expected_attribute"));
                next();
                auto a = make(ExprKind::attribute, t.pos);
                a->name = std::string(t.text);
                a->lhs = std::move(e);
                e = std::move(a);
            } else if (is_op("[")) {
                Pos pos = next().pos;
                ExprPtr start;
                if (!is_op(":")) start = parse_expression();
                if (accept_op(":")) {
                    auto s = make(ExprKind::slice, pos);
                    s->lhs = std::move(e);
                    s->rhs = std::move(start);
                    if (!is_op("]")) {
                        if (is_op(":")) fail(peek().pos, Message("template.slice_step"));
                        s->third = parse_expression();
                    }
                    e = std::move(s);
                } else {
                    auto s = make(ExprKind::subscript, pos);
                    s->lhs = std::move(e);
                    s->rhs = std::move(start);
                    e = std::move(s);
                }
                expect_op("]", "close_bracket");
            } else if (is_op("(")) {
                auto c = make(ExprKind::call, e->pos);
                parse_call_args(c->args);
                c->lhs = std::move(e);
                e = std::move(c);
            } else {
                return e;
            }
        }
    }
};

}  // namespace

bool parse_template(Template& t, const EngineData& engine, Diagnostics& diags) {
    std::vector<Token> tokens;
    LexError lex_error;
    if (!tokenize(t.source, tokens, lex_error)) {
        diags.error(t.location(lex_error.pos), std::move(lex_error.message), std::move(lex_error.hint),
                    t.line_text(lex_error.pos.line));
        return false;
    }
    return Parser(t, tokens, engine, diags).run();
}

}  // namespace urker::tmpl
