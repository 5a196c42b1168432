#include <doctest/doctest.h>

#include "markdown/markdown.h"

#include "core/text.h"

using namespace urker;

namespace {
struct Registered {
    Registered() { register_markdown_extensions(); }
} registered;

RenderedMarkdown md(const std::string& text, bool unsafe = false, LinkRewriter rw = {}, Diagnostics* diags = nullptr) {
    MarkdownRenderer r;
    r.options.unsafe = unsafe;
    r.rewrite_link = std::move(rw);
    Diagnostics local;
    static thread_local std::string file;
    file = "---\ntitle: T\n---\n\n" + text;  // the body starts at line 5 of the file
    return r.render({text, {"content/p.md", 5, 0}, file, "ru"}, diags ? *diags : local);
}
}  // namespace

TEST_CASE("headings get Cyrillic ids and feed the table of contents") {
    auto r = md("## Ход урока\n\ntext\n\n### Этап 1\n\n## Ход урока\n");
    CHECK(r.html.find("<h2 id=\"ход-урока\">Ход урока</h2>") != std::string::npos);
    CHECK(r.html.find("<h2 id=\"ход-урока-1\">Ход урока</h2>") != std::string::npos);
    REQUIRE(r.headings.size() == 3);
    CHECK(r.headings[1].level == 3);
    CHECK(r.headings[1].id == "этап-1");
}

TEST_CASE("GFM tables, strikethrough, task lists, autolinks and footnotes render") {
    auto r = md("| a | b |\n|:--|--:|\n| 1 | 2 |\n\n~~old~~\n\n- [x] done\n- [ ] todo\n\nhttps://edu.kz\n\nText[^1]\n\n[^1]: Note.\n");
    CHECK(r.html.find("<table>") != std::string::npos);
    CHECK(r.html.find("text-align: right") != std::string::npos);  // style, not the obsolete align attribute
    CHECK(r.html.find("<del>old</del>") != std::string::npos);
    CHECK(r.html.find("type=\"checkbox\"") != std::string::npos);
    CHECK(r.html.find("<a href=\"https://edu.kz\">") != std::string::npos);
    CHECK(r.html.find("footnote") != std::string::npos);
}

TEST_CASE("a footnote's way back speaks the page's language, not cmark-gfm's English") {
    const std::string text = "Текст[^1] и ещё[^2].\n\n[^1]: Первая.\n[^2]: Вторая.\n";
    MarkdownRenderer r;
    r.footnote_back_labels = {{"ru", "Вернуться к тексту"}, {"kk", "Мәтінге \"оралу\""}};
    Diagnostics diags;
    auto ru = r.render({text, {"content/p.md", 1, 0}, text, "ru"}, diags);
    CHECK(ru.html.find("aria-label=\"Back to content\"") == std::string::npos);
    CHECK(ru.html.find("class=\"footnote-backref\" data-footnote-backref aria-label=\"Вернуться к тексту\"") != std::string::npos);
    auto kk = r.render({text, {"content/p.md", 1, 0}, text, "kk"}, diags);
    CHECK(kk.html.find("aria-label=\"Мәтінге &quot;оралу&quot;\"") != std::string::npos);  // escaped as an attribute
    auto en = r.render({text, {"content/p.md", 1, 0}, text, "en"}, diags);  // no label: cmark-gfm's words stay
    CHECK(en.html.find("aria-label=\"Back to content\"") != std::string::npos);
    CHECK(diags.empty());
}

TEST_CASE("raw HTML and script links are dropped unless the site allows raw HTML") {
    auto r = md("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n");
    CHECK(r.html.find("<script") == std::string::npos);
    CHECK(r.html.find("javascript:") == std::string::npos);
    CHECK(r.html.find("onerror") == std::string::npos);
    auto u = md("<b>bold</b>\n", true);
    CHECK(u.html.find("<b>bold</b>") != std::string::npos);
    auto t = md("<script>alert(1)</script>\n", true);
    CHECK(t.html.find("<script>") == std::string::npos);  // tagfilter still disarms <script>
}

TEST_CASE("raw HTML left out is told once a file, at its first tag, with a hint for what was meant") {
    Diagnostics d;
    md("Урок.\n\n<IFRAME src=\"https://www.youtube.com/embed/x\"></IFRAME>\n\nТекст <b>жирный</b> <br>\n", false, {}, &d);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].severity == Severity::warning);
    CHECK(d.items()[0].where.file == "content/p.md");
    CHECK(d.items()[0].where.line == 7);
    CHECK(d.items()[0].message == "the HTML <iframe> is left out of the page: HTML in a page's text is turned off on this portal, so that nothing in a page can run a program");
    CHECK(d.items()[0].hint.find("```video") != std::string::npos);
    Diagnostics script;
    md("Текст <script>alert(1)</script>\n", false, {}, &script);
    REQUIRE(script.items().size() == 1);
    CHECK(script.items()[0].where.line == 5);
    CHECK(script.items()[0].where.column == 7);
    CHECK(script.items()[0].hint.find("ask the webmaster") != std::string::npos);
    // A comment is hidden as its author meant; with raw HTML allowed nothing is left out.
    Diagnostics quiet;
    md("Текст <!-- заметка для себя -->\n\n<!-- и ещё -->\n", false, {}, &quiet);
    md("<b>жирный</b>\n", true, {}, &quiet);
    CHECK(quiet.empty());
}

TEST_CASE("heading text cannot inject markup into ids") {
    auto r = md("## a\" onmouseover=\"x\n");
    CHECK(r.html.find("onmouseover=\"") == std::string::npos);
}

TEST_CASE("links to .md files are rewritten; missing ones are errors at the file's line") {
    LinkRewriter rw = [](std::string_view url) -> LinkRewrite {
        if (url == "../b.md") return {LinkRewrite::Action::replace, "/b/", {}, {}};
        if (url == "gone.md") return {LinkRewrite::Action::missing, {}, Message("model.did_you_mean", {{"near", "b.md"}}), {}};
        return {};
    };
    Diagnostics d;
    std::string text = "See [b](../b.md).\n\nAnd\n[gone](gone.md) here.\n";
    auto r = md(text, false, rw, &d);
    CHECK(r.html.find("href=\"/b/\"") != std::string::npos);
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].where.file == "content/p.md");
    CHECK(d.items()[0].where.line == 8);  // body starts at file line 5; the link is on body line 4
    CHECK(d.items()[0].where.column == 8);
    CHECK(d.items()[0].source_line == "[gone](gone.md) here.");
    CHECK(d.items()[0].message == "the link \"gone.md\" points to a page that does not exist");
}

TEST_CASE("a missing file far along a long Cyrillic line is quoted around it, with the caret under it") {
    // A paragraph of one line, as teachers write them: the link at character 223 (byte ~400).
    const std::string before =
        "На уроке ученики повторяют, что такое дробь, сравнивают доли на круговых диаграммах, решают задачи из учебника "
        "и обсуждают ответы в парах; материалы к уроку лежат рядом: [конспект](konspekt/), [презентация](prezentaciya/) и ";
    const std::string line = before + "[видео](video.mp4), а также ссылки на тренажёры, которые учитель показывает в конце урока для закрепления.";
    LinkRewriter rw = [](std::string_view url) -> LinkRewrite {
        if (url == "video.mp4") return {LinkRewrite::Action::missing, {}, {}, {}};
        return {};
    };
    Diagnostics d;
    md(line + "\n", false, rw, &d);
    REQUIRE(d.error_count() == 1);
    const Diagnostic& e = d.items()[0];
    const int column = static_cast<int>(count_code_points(before + "[видео](")) + 1;
    CHECK(e.where.column == column);
    CHECK(column > 200);
    // The quoted piece holds the link and is shorter than the line (cut in characters, not bytes).
    CHECK(e.source_line.find("[видео](video.mp4)") != std::string::npos);
    CHECK(count_code_points(e.source_line) < count_code_points(line));
    // In the printed message the caret stands under the "v" of video.mp4.
    const std::string printed = format_diagnostic(e, "ru");
    const std::size_t quoted = printed.find("\n    ") + 1;
    const std::size_t quoted_end = printed.find('\n', quoted);
    const std::string quoted_line = printed.substr(quoted, quoted_end - quoted);
    const std::string caret_line = printed.substr(quoted_end + 1, printed.find('\n', quoted_end + 1) - quoted_end - 1);
    REQUIRE(caret_line.find('^') != std::string::npos);
    const std::size_t caret = caret_line.find('^');  // spaces only before it: a column in characters
    const std::size_t video = quoted_line.find("video.mp4");
    REQUIRE(video != std::string::npos);
    CHECK(count_code_points(quoted_line.substr(0, video)) == caret);
}

TEST_CASE("the first paragraph, plain text and word count are collected") {
    auto r = md("# T\n\nПервый *абзац* текста.\n\nВторой.\n");
    CHECK(r.first_paragraph_html == "<p>Первый <em>абзац</em> текста.</p>");
    CHECK(r.word_count == 5);
    CHECK(r.plain_text == "T\nПервый абзац текста.\nВторой.\n");
}

TEST_CASE("words are what stands between spaces, tabs, line ends and no-break spaces") {
    // A no-break space (U+00A0, as Word puts between a number and its unit) separates words; other
    // non-ASCII characters, and a byte of a broken one, are part of a word.
    CHECK(md("5\u00A0класс и\u00A0\u00A0тема\n").word_count == 4);
    CHECK(md("Қазақ\tтілі\r\nжәне\n").word_count == 3);
    CHECK(md("\u00A0слово\u00A0\n").word_count == 1);
    CHECK(md("ab\u2003cd\n").word_count == 1);  // an em space is not one of them
    CHECK(md("один два\n").word_count == 2);
    // «Р» is D0 A0 in UTF-8: its A0 is no no-break space without the C2 before it.
    CHECK(md("Россия и Рим\n").word_count == 3);
    CHECK(md("Р Р\u00A0Р\n").word_count == 3);
}

TEST_CASE("fenced blocks with a registered info word are replaced by the handler's HTML") {
    MarkdownRenderer r;
    r.fenced_blocks["video"] = [](const FencedBlock& b, Diagnostics&) { return "<div class=\"video\">" + b.body + "</div>"; };
    Diagnostics d;
    std::string text = "```video\nhttps://example.org/v\n```\n\n```python\nx = 1\n```\n";
    auto out = r.render({text, {"p.md", 1, 0}, text, "ru"}, d);
    CHECK(out.html.find("<div class=\"video\">https://example.org/v\n</div>") != std::string::npos);
    CHECK(out.html.find("language-python") != std::string::npos);
}

TEST_CASE("smart punctuation is on by default") {
    auto r = md("\"кавычки\" -- тире\n");
    CHECK(r.html.find("\u201c") != std::string::npos);
    CHECK(r.html.find("\u2013") != std::string::npos);
}

TEST_CASE("a text known to be UTF-8 renders as cmark-gfm renders it when it checks the text itself") {
    const std::string text =
        "## Жоспар\n\nМәтін *курсив* және **қалың**, `код`, [сілтеме](https://edu.kz) 😀 — «тырнақша».\n\n"
        "| а | б |\n|---|---|\n| 1 | 2 |\n\n- бір\n- екі\n\nNUL: " + std::string("a\0b\n", 4);
    const std::string file = "---\ntitle: T\n---\n\n" + text;
    auto render = [&](const std::string& body, bool checked) {
        MarkdownRenderer r;
        Diagnostics diags;
        MarkdownInput input{body, {"content/p.md", 5, 0}, file, "kk"};
        input.utf8_checked = checked;
        return r.render(input, diags).html;
    };
    const std::string checked_by_cmark = render(text, false);
    CHECK(checked_by_cmark.find("Жоспар") != std::string::npos);
    CHECK(checked_by_cmark.find("a\xEF\xBF\xBD" "b") != std::string::npos);  // the NUL, replaced either way
    CHECK(render(text, true) == checked_by_cmark);
    // A text not known to be UTF-8 is still made UTF-8 by cmark-gfm.
    const std::string broken = "Бұзылған \xD0 мәтін\n";
    CHECK(render(broken, false).find("\xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("the example paragraph urker new wrote is a warning at its line, however it was wrapped") {
    Diagnostics d;
    md("## Обо мне\n\nНесколько  слов о себе: что преподаёте,\nчем занимаетесь в сообществе, ваше педагогическое кредо.\n", false, {}, &d);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].severity == Severity::warning);
    CHECK(d.items()[0].where.line == 7);
    CHECK(d.items()[0].where.column == 1);
    CHECK(d.items()[0].message.find("example text urker new wrote") != std::string::npos);
    // The teacher's own words around it, or the example quoted in a list, are the page's own.
    for (const char* own : {"Несколько слов о себе: что преподаёте, чем занимаетесь в сообществе, ваше педагогическое кредо. Я учитель физики.\n",
                            "- Несколько слов о себе: что преподаёте, чем занимаетесь в сообществе, ваше педагогическое кредо.\n",
                            "Текст новости про семинар.\n"}) {
        CAPTURE(own);
        Diagnostics none;
        md(own, false, {}, &none);
        CHECK(none.items().empty());
    }
}
