// One rendering shared by a file's page and its views (markdown.h's DeferredLinks): each page's
// HTML must be byte for byte what a rendering of its own would give.
#include <doctest/doctest.h>

#include "markdown/markdown.h"

using namespace urker;

namespace {

struct Registered {
    Registered() { register_markdown_extensions(); }
} registered;

// A page in another language: site paths lead into its part of the site, with addresses that
// need escaping (a space, a quote, &, Cyrillic) so that the escaping is compared too.
LinkRewrite into_kazakh(std::string_view url) {
    if (url.empty() || url[0] != '/') return {};
    LinkRewrite r;
    r.action = LinkRewrite::Action::replace;
    r.url = "/kk" + std::string(url) + "?тіл=қаз&x=\"1 2\"";
    return r;
}

RenderedMarkdown own(const std::string& text, LinkRewriter rewrite, Diagnostics& diags) {
    MarkdownRenderer r;
    r.rewrite_link = std::move(rewrite);
    return r.render({text, {"content/p.md", 1, 0}, text, "kk"}, diags);
}

const char* kText =
    "Начало со [ссылкой](/materials/drobi/) и ![схема](/files/схема 1.png).\n\n"
    "## Раздел про [дроби](/materials/drobi/#часть)\n\n"
    "| тема | где |\n|---|---|\n| a | [тут](/schools/s1/) |\n\n"
    "Внешняя https://edu.kz/a?b=1&c=2 и [сайт](https://example.org/путь).\n";

}  // namespace

TEST_CASE("a shared rendering with each page's links equals the page's own rendering") {
    Diagnostics d1, d2;
    MarkdownRenderer shared_renderer;
    shared_renderer.rewrite_link = [](std::string_view url) {  // the file's own page: addresses as they are
        LinkRewrite r;
        if (!url.empty() && url[0] == '/') {
            r.action = LinkRewrite::Action::replace;
            r.url = std::string(url);
        }
        return r;
    };
    DeferredLinks links;
    links.token = "urker-link-test-";
    RenderedMarkdown shared = shared_renderer.render({kText, {"content/p.md", 1, 0}, kText, "ru"}, d1, &links);
    CHECK(d1.empty());
    CHECK(links.urls.size() >= 4);
    CHECK_FALSE(links.per_page);
    CHECK(shared.html.find("urker-link-test-0-") != std::string::npos);

    auto shared_rendering = std::make_shared<const RenderedMarkdown>(shared);
    PageMarkdown kazakh = with_links(shared_rendering, links, MarkdownOptions{}, [](const std::string& url) {
        LinkRewrite r = into_kazakh(url);
        return r.action == LinkRewrite::Action::replace ? r.url : std::string();
    });
    RenderedMarkdown expected = own(kText, into_kazakh, d2);
    CHECK(kazakh.html() == expected.html);
    CHECK(kazakh.first_paragraph_html() == expected.first_paragraph_html);
    // A summary keeps its first paragraph for the whole build: spliced at its size, without room
    // for the page's addresses the paragraph does not have (the rest of the text's links).
    const std::string first = kazakh.first_paragraph_html();
    CHECK(first.capacity() - first.size() < 16);
    CHECK(kazakh.html().find("urker-link") == std::string::npos);
    CHECK(kazakh.html().find("/kk/materials/drobi/") != std::string::npos);
    std::string words;
    CHECK(kazakh.plain_text(words) == expected.plain_text);
    CHECK(kazakh.headings().size() == expected.headings.size());
    CHECK(kazakh.word_count() == expected.word_count);
    // The page's own view of the same rendering: its addresses as written.
    PageMarkdown own_page = with_links(shared_rendering, links, MarkdownOptions{}, [](const std::string&) { return std::string(); });
    CHECK(own_page.html() == own(kText, [](std::string_view) { return LinkRewrite{}; }, d2).html);
    CHECK(own_page.plain_text(words).data() == kazakh.plain_text(words).data());  // one text for both pages, not a copy
}

TEST_CASE("a placeholder-like text that is not one of the rendering's is left as written") {
    // In the model the token carries a hash of the text, so a teacher cannot write it; even with
    // a fixed token, a number the rendering did not give out is kept as text.
    const std::string text = "Текст urker-link-test-7- и [ссылка](/a/).\n";
    MarkdownRenderer r;
    r.rewrite_link = into_kazakh;
    DeferredLinks links;
    links.token = "urker-link-test-";
    Diagnostics d;
    RenderedMarkdown shared = r.render({text, {"content/p.md", 1, 0}, text, "ru"}, d, &links);
    REQUIRE(links.urls.size() == 1);
    PageMarkdown page = with_links(std::make_shared<const RenderedMarkdown>(shared), links, MarkdownOptions{}, [](const std::string&) { return std::string("/b/"); });
    CHECK(page.html().find("Текст urker-link-test-7- и") != std::string::npos);
    CHECK(page.html().find("href=\"/b/\"") != std::string::npos);
}

TEST_CASE("a file with an embed is rendered for each page: its HTML is in the page's language") {
    MarkdownRenderer r;
    r.rewrite_link = into_kazakh;
    r.fenced_blocks["video"] = [](const FencedBlock& b, Diagnostics&) { return "<div lang=\"" + b.lang + "\"></div>"; };
    DeferredLinks links;
    links.token = "urker-link-test-";
    Diagnostics d;
    const std::string text = "```video\nhttps://youtu.be/x\n```\n";
    r.render({text, {"content/p.md", 1, 0}, text, "ru"}, d, &links);
    CHECK(links.per_page);
}

// kText rendered once for several pages, its site links as placeholders.
struct SharedText {
    DeferredLinks links;
    std::shared_ptr<const RenderedMarkdown> rendering;
    SharedText() {
        Diagnostics diags;
        MarkdownRenderer r;
        r.rewrite_link = into_kazakh;
        links.token = "urker-link-7-";
        rendering = std::make_shared<RenderedMarkdown>(r.render({kText, {"content/p.md", 1, 0}, kText, "ru"}, diags, &links));
    }
    PageMarkdown page(const std::string& prefix) const {
        return with_links(rendering, links, MarkdownOptions{}, [&prefix](const std::string& url) { return prefix + url; });
    }
};

TEST_CASE("cutting a shared rendering's plain text shortens it for every page that shows it, and keeps its word count") {
    const SharedText text;
    const std::string full = text.rendering->plain_text;
    const std::size_t words = text.rendering->word_count;
    REQUIRE(full.size() > 40);
    PageMarkdown page = text.page("");
    PageMarkdown view = text.page("");
    const std::string html = page.html();
    std::string buffer;

    page.shorten_plain_text(40);

    CHECK(page.plain_text(buffer) == full.substr(0, 40));
    CHECK(view.plain_text(buffer) == full.substr(0, 40));
    CHECK(page.word_count() == words);
    CHECK(view.html() == html);
    page.shorten_plain_text(100);  // never longer again
    CHECK(page.plain_text(buffer).size() == 40);
}

TEST_CASE("a page's HTML fingerprint follows its addresses, not only the shared rendering") {
    const SharedText text;
    REQUIRE_FALSE(text.links.urls.empty());
    auto fingerprint = [](const PageMarkdown& page) {
        Fingerprinter f;
        page.add_html_to(f);
        return f.finish();
    };
    PageMarkdown as_written = text.page("");
    PageMarkdown again = text.page("");
    PageMarkdown kazakh = text.page("/kk");
    CHECK(fingerprint(as_written) == fingerprint(again));
    CHECK_FALSE(fingerprint(as_written) == fingerprint(kazakh));
    CHECK_FALSE(as_written.html() == kazakh.html());
    CHECK(fingerprint(PageMarkdown()) == fingerprint(PageMarkdown()));
}
