// Markdown that tries to run script or to exhaust time or memory: refused with located errors.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "markdown/limits.h"
#include "markdown/markdown.h"

using namespace urker;

namespace {
struct Registered {
    Registered() { register_markdown_extensions(); }
} registered;

struct Rendered {
    RenderedMarkdown out;
    Diagnostics diags;
};

// The body starts at line 5 of the file, after a four-line front matter.
Rendered render(const std::string& text, bool unsafe = false) {
    MarkdownRenderer r;
    r.options.unsafe = unsafe;
    static thread_local std::string file;
    file = "---\ntitle: T\n---\n\n" + text;
    Rendered out;
    out.out = r.render({text, {"content/p.md", 5, 0}, file, "ru"}, out.diags);
    return out;
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

long elapsed_ms(std::chrono::steady_clock::time_point since) {
    return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - since).count());
}
}  // namespace

TEST_CASE("script links and images are errors at their line and column, in safe and unsafe mode") {
    for (bool unsafe : {false, true}) {
        auto r = render("Первый абзац.\n\nТекст и [ссылка](javascript:alert(1)) в строке.\n", unsafe);
        REQUIRE(r.diags.items().size() == 1);
        const Diagnostic& d = r.diags.items()[0];
        CHECK(d.where.line == 7);
        CHECK(d.where.column == 18);
        CHECK(d.message == "the link \"javascript:alert(1)\" is a \"javascript:\" address, which could run a program in a visitor's browser");
        CHECK_FALSE(d.hint.empty());
        CHECK_FALSE(has(r.out.html, "javascript"));
    }
}

TEST_CASE("disguised script addresses in Markdown are refused too") {
    const char* cases[] = {
        "[x](&#106;avascript:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](javascript&colon;alert(1))",
        "[x](vbscript:msgbox(1))",
        "![x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "[x](%6Aavascript:alert(1))",
    };
    for (const char* text : cases) {
        auto r = render(std::string(text) + "\n", true);
        CHECK_MESSAGE(r.diags.error_count() == 1, text);
        CHECK_MESSAGE(!has(r.out.html, "=\"javascript"), text);
        CHECK_MESSAGE(!has(r.out.html, "=\"data:"), text);
    }
}

TEST_CASE("web, mail and relative links pass without errors") {
    auto r = render("[a](https://edu.kz) [b](mailto:a@b.kz) [c](tel:+7700) [d](../drobi/) ![e](img/p.png) [f](#itogi)\n");
    CHECK(r.diags.empty());
    CHECK(has(r.out.html, "href=\"tel:+7700\""));
}

TEST_CASE("a summary with a script link is rendered without it and reports the problem") {
    std::vector<UrlProblem> problems;
    std::string html = render_inline_markdown("Смотрите [здесь](javascript:alert(1))", {}, &problems);
    REQUIRE(problems.size() == 1);
    CHECK(has(render_message(problems[0].message, "en"), "javascript:"));
    CHECK(has(render_message(problems[0].message, "kk"), "бағдарлама"));
    CHECK_FALSE(has(html, "javascript"));
}

TEST_CASE("20 000 identical headings get unique ids in well under a second") {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "## Задание\n\n";
    auto t0 = std::chrono::steady_clock::now();
    auto r = render(text);
    CHECK(elapsed_ms(t0) < 3000);  // generous for sanitizer builds; about 0.1 s in release
    REQUIRE(r.out.headings.size() == 20000);
    CHECK(r.out.headings[0].id == "задание");
    CHECK(r.out.headings[1].id == "задание-1");
    CHECK(r.out.headings[19999].id == "задание-19999");
}

TEST_CASE("heading ids stay unique when a heading's text looks like a generated id") {
    auto r = render("## a\n\n## a-1\n\n## a\n\n## a\n");
    REQUIRE(r.out.headings.size() == 4);
    CHECK(r.out.headings[0].id == "a");
    CHECK(r.out.headings[1].id == "a-1");
    CHECK(r.out.headings[2].id == "a-2");
    CHECK(r.out.headings[3].id == "a-3");
}

TEST_CASE("a link reference used thousands of times is refused before it fills memory") {
    std::string text = "Введение.\n\n[a]: /" + std::string(100000, 'x') + "\n\n";
    for (int i = 0; i < 100000; ++i) text += "[a]";
    text += "\n";
    auto t0 = std::chrono::steady_clock::now();
    auto r = render(text);
    CHECK(elapsed_ms(t0) < 5000);
    REQUIRE(r.diags.error_count() == 1);
    CHECK(has(r.diags.items()[0].message, "MB of the page"));
    CHECK(r.diags.items()[0].where.line == 7);  // the definition
    CHECK(r.out.html.empty());
}

TEST_CASE("the reference bound sees labels in any case, over several lines, and long titles") {
    std::string title(50000, 't');
    std::string text = "[Ссылка\n  Один]: /u \"" + title + "\"\n\n";
    for (int i = 0; i < 1000; ++i) text += i % 2 ? "[ссылка один]" : "[ССЫЛКА ОДИН]";
    auto problem = oversized_references(text, 1'000'000);
    REQUIRE(problem);
    CHECK(problem->line == 1);
    CHECK_FALSE(oversized_references("[a]: /u\n[b]: /v \"t\"\n\n[a] [b] [a]\n", 1000));
    std::string many_defs;
    for (int i = 0; i < 300; ++i) many_defs += "[r" + std::to_string(i) + "]: https://edu.kz/" + std::string(60, 'p') + "\n";
    many_defs += "\n";
    for (int i = 0; i < 300; ++i) many_defs += "[a][r" + std::to_string(i) + "] [b][r" + std::to_string(i) + "]\n";
    CHECK_FALSE(oversized_references(many_defs, 1'000'000));
}

TEST_CASE("a reference used a few times is fine") {
    auto r = render("[a] [a] [a]\n\n[a]: https://edu.kz/" + std::string(500, 'y') + "\n");
    CHECK(r.diags.empty());
}

TEST_CASE("a table whose rows are padded to thousands of columns is refused at its delimiter row") {
    std::string text = "Таблица:\n\n";
    for (int i = 0; i < 3000; ++i) text += "|a";
    text += "|\n";
    for (int i = 0; i < 3000; ++i) text += "|-";
    text += "|\n";
    for (int i = 0; i < 3000; ++i) text += "x\n";
    auto t0 = std::chrono::steady_clock::now();
    auto r = render(text);
    CHECK(elapsed_ms(t0) < 2000);
    REQUIRE(r.diags.error_count() == 1);
    CHECK(r.diags.items()[0].where.line == 8);
    CHECK(has(r.diags.items()[0].message, "more than 200000 cells"));
}

TEST_CASE("ordinary tables are within the limit") {
    CHECK_FALSE(oversized_tables("| a | b |\n|---|:-:|\n| 1 | 2 |\n\ntext --- | ---\n"));
    std::string big = "| a | b | c | d | e |\n|---|---|---|---|---|\n";
    for (int i = 0; i < 5000; ++i) big += "| 1 | 2 | 3 | 4 | 5 |\n";
    CHECK_FALSE(oversized_tables(big));
    CHECK(output_budget(10) == 1'000'000);
    CHECK(output_budget(1'000'000) == 20'000'000);
    CHECK(output_budget(100'000'000) == 64'000'000);
}
