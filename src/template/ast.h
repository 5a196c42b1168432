// The parsed form of a template. The parser builds it once; the renderer walks it for every
// render and never changes it, which is what makes concurrent rendering safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/diagnostic.h"
#include "template/template.h"

namespace urker::tmpl {

// 1-based line and column (in code points) inside the template file.
struct Pos {
    int line = 0;
    int column = 0;
};

enum class ExprKind : std::uint8_t {
    literal,      // literal
    list,         // items
    dict,         // items: key, value, key, value…
    name,         // name
    attribute,    // lhs.name
    subscript,    // lhs[rhs]
    slice,        // lhs[rhs:third]; either bound may be null
    unary,        // op lhs
    binary,       // lhs op rhs
    compare,      // items[0] compare_ops[0] items[1] …, chained like Python
    conditional,  // lhs if rhs else third (third may be null)
    filter,       // lhs | name(args); index = entry in the engine's filter table
    test,         // lhs is [not] name(args); index = entry in the test table
    call,         // lhs(args)
    captured,     // the text captured by {% filter %} … {% endfilter %}
};

enum class Op : std::uint8_t {
    add, sub, mul, div, floordiv, mod, pow, concat, and_, or_,  // binary
    not_, neg, pos,                                              // unary
    eq, ne, lt, le, gt, ge, in, not_in,                          // comparison
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct NamedArg {
    std::string name;
    ExprPtr value;
};

struct CallArgs {
    std::vector<ExprPtr> positional;
    std::vector<NamedArg> named;
    bool empty() const { return positional.empty() && named.empty(); }
};

// One struct for every kind of expression, so evaluation is one switch over `kind`. Fields a kind
// does not use stay empty (see the comments on ExprKind).
struct Expr {
    ExprKind kind = ExprKind::literal;
    Op op = Op::add;
    bool negated = false;  // "is not"
    Pos pos;
    std::size_t index = 0;
    Value literal;
    std::string name;
    ExprPtr lhs, rhs, third;
    std::vector<ExprPtr> items;
    std::vector<Op> compare_ops;
    CallArgs args;
};

struct Stmt;
using Body = std::vector<Stmt>;

struct TextStmt {
    std::string text;
};
struct OutputStmt {
    ExprPtr expr;
};
struct IfBranch {
    ExprPtr condition;
    Body body;
};
struct IfStmt {
    std::vector<IfBranch> branches;
    Body otherwise;
};
struct ForStmt {
    std::vector<std::string> targets;  // one name, or two or more to unpack
    ExprPtr iterable;
    ExprPtr condition;  // {% for x in xs if cond %}; may be null
    Body body;
    Body otherwise;  // rendered when nothing was looped over
};
struct SetStmt {
    std::string name;
    std::string attribute;  // non-empty for {% set ns.attribute = … %}
    ExprPtr value;
};
struct SetBlockStmt {
    std::string name;
    Body body;
};
struct IncludeStmt {
    ExprPtr name;
    bool ignore_missing = false;
    bool with_context = true;
};
struct ExtendsStmt {
    ExprPtr name;
};
struct BlockStmt {
    std::string name;
    Body body;
};
struct ImportStmt {
    ExprPtr name;
    std::string alias;
};
struct ImportedName {
    std::string macro;
    std::string alias;
};
struct FromImportStmt {
    ExprPtr name;
    std::vector<ImportedName> names;
};
struct FilterBlockStmt {
    ExprPtr filters;  // a filter chain whose innermost input is ExprKind::captured
    Body body;
};
struct WithVar {
    std::string name;
    ExprPtr value;
};
struct WithStmt {
    std::vector<WithVar> vars;
    Body body;
};

// {% cache p.url, lang %}…{% endcache %}: the body's output is kept for the build under these
// keys and reused wherever the block runs again with equal keys (template/fragment_cache.h).
struct CacheStmt {
    std::vector<ExprPtr> keys;
    Body body;
    // The block from one build to the next (its template and place: "partials/card.html:12:27"),
    // for the fragments a later build takes (template/fragment_cache.h's EarlierFragments).
    std::string id;
    // The keys that are a variable alone, or with filters (`lang`, `card_level | default(2)`):
    // the body may read these variables as it likes, the keys hold what it sees of them.
    std::vector<std::string> key_names;
};

struct Stmt {
    Pos pos;  // where the "{{" or "{%" starts
    std::variant<TextStmt, OutputStmt, IfStmt, ForStmt, SetStmt, SetBlockStmt, IncludeStmt, ExtendsStmt,
                 BlockStmt, ImportStmt, FromImportStmt, FilterBlockStmt, WithStmt, CacheStmt>
        node;
};

struct Macro {
    std::string name;
    Pos pos;
    std::vector<std::string> params;
    std::vector<ExprPtr> defaults;  // one per parameter; null when it has none
    Body body;
};

// A template name written as a literal string, checked by Engine::check_references.
struct TemplateRef {
    enum class Kind : std::uint8_t { extends, include, import };
    Kind kind = Kind::include;
    std::string name;
    Pos pos;
    bool ignore_missing = false;
};

// A top-level {% import "x" as m %} or {% from "x" import a as b %} with a literal name. Macros of
// the template see these too (as in Jinja, where they are module globals), so they are resolved by
// name rather than only by running the statement.
struct StaticImport {
    std::string alias;
    std::string template_name;
    std::string macro;  // empty: the whole template, used as m.name(…)
};

struct Template {
    std::string name;
    std::string display_path;
    std::string source;
    Body body;
    const ExtendsStmt* extends = nullptr;
    Pos extends_pos;
    std::map<std::string, const BlockStmt*, std::less<>> blocks;
    std::map<std::string, std::unique_ptr<Macro>, std::less<>> macros;
    std::vector<StaticImport> imports;
    std::vector<TemplateRef> references;

    SourceLocation location(Pos p) const { return {display_path, p.line, p.column}; }
    std::string line_text(int line) const { return std::string(line_of(source, line)); }
};

}  // namespace urker::tmpl
