// Discussion, end to end: comment threads for every provider, forum pages and click-to-load
// embeds, built from little sites written inline. What a visitor's browser would fetch before
// pressing a button is checked in the HTML itself; tests/browser/waline.test.mjs does the same
// with a real comment server and Chromium.
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>
#include <string>

#include "core/json.h"

#include "site_fixture.h"

using namespace urker;
using namespace urker::testing;

namespace {

const std::string kSiteHead = R"(title: {ru: "Тестовая сеть", kk: "Сынақ желісі"}
base_url: "https://test.example.kz/portal/"
language: ru
languages: [ru, kk]
)";

// A news item whose title has every character that needs escaping.
const std::string kNews = "---\ntitle: \"Итоги семинара: \\\"<b>оценивание</b>\\\" & обратная связь\"\ndate: 2026-09-26\n---\nТекст новости.\n";
const std::string kNewsKk = "---\ntitle: \"Семинар қорытындысы\"\ndate: 2026-09-26\nlanguage: kk\n---\nМәтін.\n";

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::unique_ptr<SiteFixture::Result> build_site(const std::string& comments_yaml, std::map<std::string, std::string> extra = {}) {
    std::map<std::string, std::string> files = {
        {"site.yaml", kSiteHead + comments_yaml},
        {"content/news/first.md", kNews},
        {"content/news/first.kk.md", kNewsKk},
    };
    for (auto& [k, v] : extra) files[k] = v;
    SiteFixture site(files);
    return site.build();
}

// The attributes of the start tag that contains `marker` (e.g. `class="comments__client"`), as
// written in the HTML (values still escaped).
std::map<std::string, std::string> attributes_of(const std::string& html, const std::string& marker) {
    std::map<std::string, std::string> out;
    auto at = html.find(marker);
    if (at == std::string::npos) return out;
    auto open = html.rfind('<', at);
    auto close = html.find('>', at);
    std::string tag = html.substr(open + 1, close - open - 1);
    std::regex attr(R"(([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)\")?)");
    bool first = true;
    for (auto it = std::sregex_iterator(tag.begin(), tag.end(), attr); it != std::sregex_iterator(); ++it) {
        if (first) {  // the element's name
            out["<name>"] = (*it)[1];
            first = false;
            continue;
        }
        out[(*it)[1]] = (*it)[2];
    }
    return out;
}

std::set<std::string> data_names(const std::map<std::string, std::string>& attrs) {
    std::set<std::string> out;
    for (const auto& [k, v] : attrs)
        if (k.rfind("data-", 0) == 0) out.insert(k);
    return out;
}

// The JSON of <script type="application/json" class="comments__config">.
urker::Json config_of(const std::string& html) {
    const std::string open = "<script type=\"application/json\" class=\"comments__config\">";
    auto at = html.find(open);
    if (at == std::string::npos) return nullptr;
    at += open.size();
    return urker::Json::parse(html.substr(at, html.find("</script>", at) - at));
}

// Nothing in the page makes the browser fetch from `host` before a click: no script, frame,
// stylesheet, image or link preload whose address is on it, and no frame at all.
void check_nothing_loads_from(const std::string& html, const std::string& host) {
    INFO("host: " << host);
    CHECK_FALSE(contains(html, "<iframe"));
    std::regex fetching("\\s(?:src|href|srcset|poster|action|data)=\"[^\"]*" + std::regex_replace(host, std::regex("\\."), "\\.") + "");
    CHECK_FALSE(std::regex_search(html, fetching));
    // The page's own scripts only: root-relative addresses under the site's folder.
    std::regex script_src("<script[^>]*\\ssrc=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), script_src); it != std::sregex_iterator(); ++it) {
        INFO("script: " << (*it)[1]);
        CHECK((*it)[1].str().rfind("/portal/", 0) == 0);
    }
}

const char* kPage = "news/first/index.html";
const char* kPageKk = "kk/news/first/index.html";

}  // namespace

TEST_CASE("giscus: the documented script attributes, the thread keyed by the page path") {
    auto r = build_site(R"(comments:
  provider: giscus
  repo: "school/\"<b>&"
  repo_id: "R_kgDOabc"
  category: "Comments"
  category_id: "DIC_kwDOabc"
  mapping: specific
)");
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& html = r->out.at(kPage);
    auto client = attributes_of(html, "class=\"comments__client\"");
    CHECK(data_names(client) == std::set<std::string>{"data-repo", "data-repo-id", "data-category", "data-category-id", "data-mapping",
                                                       "data-term", "data-theme", "data-lang"});
    CHECK(client["data-repo"] == "school/&quot;&lt;b&gt;&amp;");
    CHECK(client["data-repo-id"] == "R_kgDOabc");
    CHECK(client["data-category"] == "Comments");
    CHECK(client["data-category-id"] == "DIC_kwDOabc");
    CHECK(client["data-mapping"] == "specific");
    CHECK(client["data-term"] == "/news/first/");
    CHECK(client["data-lang"] == "ru");
    CHECK(client.count("hidden"));
    auto section = attributes_of(html, "<section class=\"comments\"");
    CHECK(section["data-comments"] == "giscus");
    CHECK(section["data-comments-load"] == "click");
    CHECK(section["data-comments-script"] == "https://giscus.app/client.js");
    CHECK(contains(html, "<div class=\"comments__thread giscus\"></div>"));
    CHECK(contains(html, ">Показать комментарии (загружаются с giscus.app)</button>"));
    CHECK(contains(html, "<script src=\"/portal/js/comments.js\" defer></script>"));
    check_nothing_loads_from(html, "giscus.app");
    // The Kazakh page: giscus has no Kazakh, so Russian; its own thread.
    auto kk = attributes_of(r->out.at(kPageKk), "class=\"comments__client\"");
    CHECK(kk["data-lang"] == "ru");
    CHECK(kk["data-term"] == "/kk/news/first/");
    CHECK(contains(r->out.at(kPageKk), ">Пікірлерді көрсету (giscus.app сайтынан жүктеледі)</button>"));
}

TEST_CASE("giscus with mapping pathname leaves the term to giscus") {
    auto r = build_site("comments: {provider: giscus, repo: a/b, repo_id: R_1, category_id: DIC_1, mapping: pathname}\n");
    REQUIRE_MESSAGE(r->ok, r->messages());
    auto client = attributes_of(r->out.at(kPage), "class=\"comments__client\"");
    CHECK(client["data-mapping"] == "pathname");
    CHECK_FALSE(client.count("data-term"));
    CHECK_FALSE(client.count("data-category"));
}

TEST_CASE("utterances: repo and issue-term, specific meaning the page path") {
    auto r = build_site("comments: {provider: utterances, repo: \"school/site<&>\", issue_term: specific, label: \"💬 комментарии\"}\n");
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& html = r->out.at(kPage);
    auto client = attributes_of(html, "class=\"comments__client\"");
    CHECK(data_names(client) == std::set<std::string>{"data-repo", "data-issue-term", "data-label", "data-theme"});
    CHECK(client["data-repo"] == "school/site&lt;&amp;&gt;");
    CHECK(client["data-issue-term"] == "/news/first/");
    CHECK(client["data-label"] == "💬 комментарии");
    CHECK(attributes_of(html, "<section class=\"comments\"")["data-comments-script"] == "https://utteranc.es/client.js");
    check_nothing_loads_from(html, "utteranc.es");

    auto p = build_site("comments: {provider: utterances, repo: a/b, issue_term: pathname}\n");
    REQUIRE_MESSAGE(p->ok, p->messages());
    CHECK(attributes_of(p->out.at(kPage), "class=\"comments__client\"")["data-issue-term"] == "pathname");
}

TEST_CASE("remark42: remark_config with host, site_id, url, page_title and locale") {
    auto r = build_site("comments: {provider: remark42, host: \"https://remark.school.kz/\", site_id: \"urker&co\"}\n");
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& html = r->out.at(kPage);
    urker::Json cfg = config_of(html);
    REQUIRE(cfg.is_object());
    std::set<std::string> keys;
    for (auto& [k, v] : cfg.items()) keys.insert(k);
    CHECK(keys == std::set<std::string>{"host", "site_id", "url", "page_title", "locale", "components"});
    CHECK(cfg["host"] == "https://remark.school.kz");
    CHECK(cfg["site_id"] == "urker&co");
    CHECK(cfg["url"] == "https://test.example.kz/portal/news/first/");
    CHECK(cfg["page_title"] == "Итоги семинара: \"<b>оценивание</b>\" & обратная связь");
    CHECK(cfg["locale"] == "ru");
    CHECK(cfg["components"] == urker::Json::array({"embed"}));
    // The title is in the JSON with <, > and & as \u escapes: it cannot close the script.
    CHECK(contains(html, "\\u003cb\\u003eоценивание\\u003c/b\\u003e"));
    CHECK(contains(html, "<div class=\"comments__thread\" id=\"remark42\"></div>"));
    CHECK(attributes_of(html, "<section class=\"comments\"")["data-comments-script"] == "https://remark.school.kz/web/embed.js");
    check_nothing_loads_from(html, "remark.school.kz");
    CHECK(config_of(r->out.at(kPageKk))["locale"] == "ru");
}

TEST_CASE("isso: data-isso and data-isso-lang on the script, data-isso-id keyed by path; Kazakh strings as overrides") {
    auto r = build_site("comments: {provider: isso, server: \"https://isso.school.kz\"}\n");
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& html = r->out.at(kPage);
    auto client = attributes_of(html, "class=\"comments__client\"");
    CHECK(data_names(client) == std::set<std::string>{"data-isso", "data-isso-lang"});
    CHECK(client["data-isso"] == "https://isso.school.kz");
    CHECK(client["data-isso-lang"] == "ru");
    auto thread = attributes_of(html, "id=\"isso-thread\"");
    CHECK(thread["<name>"] == "section");
    CHECK(thread["data-isso-id"] == "/news/first/");
    CHECK(thread["data-title"] == "Итоги семинара: &quot;&lt;b&gt;оценивание&lt;/b&gt;&quot; &amp; обратная связь");
    CHECK(attributes_of(html, "<section class=\"comments\"")["data-comments-script"] == "https://isso.school.kz/js/embed.min.js");
    check_nothing_loads_from(html, "isso.school.kz");

    // Isso has no Kazakh: it is told "en" and every string is given in Kazakh.
    auto kk = attributes_of(r->out.at(kPageKk), "class=\"comments__client\"");
    CHECK(kk["data-isso-lang"] == "en");
    CHECK(kk["data-isso-postbox-submit-text-en"] == "Жіберу");
    CHECK(kk["data-isso-no-comments-text-en"] == "Әзірге пікір жоқ");
    CHECK(kk["data-isso-num-comments-text-en"] == "{{ n }} пікір\n{{ n }} пікір");
    CHECK(kk["data-isso-date-year-text-en"] == "былтыр\n{{ n }} жыл бұрын");
    CHECK(data_names(kk).size() == 2 + 42);
    CHECK(attributes_of(r->out.at(kPageKk), "id=\"isso-thread\"")["data-isso-id"] == "/kk/news/first/");
}

TEST_CASE("waline: el, serverURL, path, lang; a locale object with the Kazakh strings") {
    auto r = build_site("comments: {provider: waline, server_url: \"https://comments.school.kz/\", login: disable}\n");
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& html = r->out.at(kPage);
    urker::Json cfg = config_of(html);
    REQUIRE(cfg.is_object());
    CHECK(cfg["el"] == "#waline");
    CHECK(cfg["serverURL"] == "https://comments.school.kz");
    CHECK(cfg["path"] == "/news/first/");
    CHECK(cfg["lang"] == "ru");
    CHECK(cfg["login"] == "disable");
    CHECK(cfg["emoji"] == false);  // Waline's default emoji come from a CDN
    CHECK(cfg["search"] == false);  // and its GIF search from giphy.com
    CHECK_FALSE(cfg.contains("locale"));
    CHECK(contains(html, "<div class=\"comments__thread\" id=\"waline\"></div>"));
    // Without client_url the client comes from the CDN Waline documents, and the button says so.
    auto section = attributes_of(html, "<section class=\"comments\"");
    CHECK(section["data-comments-script"] == "https://unpkg.com/@waline/client@v3/dist/waline.umd.js");
    CHECK(section["data-comments-style"] == "https://unpkg.com/@waline/client@v3/dist/waline.css");
    CHECK(contains(html, ">Показать комментарии (загружаются с comments.school.kz, unpkg.com)</button>"));
    check_nothing_loads_from(html, "comments.school.kz");
    check_nothing_loads_from(html, "unpkg.com");

    urker::Json kk = config_of(r->out.at(kPageKk));
    CHECK(kk["path"] == "/kk/news/first/");
    CHECK(kk["lang"] == "ru");
    REQUIRE(kk["locale"].is_object());
    CHECK(kk["locale"].size() == 53);
    CHECK(kk["locale"]["submit"] == "Жіберу");
    CHECK(kk["locale"]["placeholder"] == "Пікіріңізді осында жазыңыз…");
    CHECK(kk["locale"]["sofa"] == "Әзірге пікір жоқ.");
}

TEST_CASE("waline with client_url on the comment server names one host") {
    auto r = build_site("comments: {provider: waline, server_url: \"https://comments.school.kz\", client_url: \"https://comments.school.kz/client/\"}\n");
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& html = r->out.at(kPage);
    CHECK(attributes_of(html, "<section class=\"comments\"")["data-comments-script"] == "https://comments.school.kz/client/waline.umd.js");
    CHECK(contains(html, ">Показать комментарии (загружаются с comments.school.kz)</button>"));
}

TEST_CASE("cusdis: data-host, data-app-id, data-page-id, data-page-url, data-page-title on #cusdis_thread") {
    auto r = build_site("comments: {provider: cusdis, host: \"https://cusdis.school.kz\", app_id: \"0b5c-4a\\\"<x>\"}\n");
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& html = r->out.at(kPage);
    auto thread = attributes_of(html, "id=\"cusdis_thread\"");
    CHECK(data_names(thread) == std::set<std::string>{"data-host", "data-app-id", "data-page-id", "data-page-url", "data-page-title", "data-theme"});
    CHECK(thread["data-host"] == "https://cusdis.school.kz");
    CHECK(thread["data-app-id"] == "0b5c-4a&quot;&lt;x&gt;");
    CHECK(thread["data-page-id"] == "/news/first/");
    CHECK(thread["data-page-url"] == "https://test.example.kz/portal/news/first/");
    CHECK(thread["data-page-title"] == "Итоги семинара: &quot;&lt;b&gt;оценивание&lt;/b&gt;&quot; &amp; обратная связь");
    CHECK(attributes_of(html, "<section class=\"comments\"")["data-comments-script"] == "https://cusdis.school.kz/js/cusdis.es.js");
    // Cusdis ships neither Russian nor Kazakh: both come from the theme.
    CHECK(config_of(html)["locale"]["post_comment"] == "Отправить");
    CHECK(config_of(r->out.at(kPageKk))["locale"]["post_comment"] == "Жіберу");
    check_nothing_loads_from(html, "cusdis.school.kz");
}

TEST_CASE("custom: the site's template is kept inert inside <template> until loaded") {
    auto r = build_site("comments: {provider: custom, template: \"comments/ours.html\", host_label: \"forum.school.kz\"}\n",
                        {{"templates/comments/ours.html",
                          "<div id=\"ours\" data-page=\"{{ page.comments.key }}\"></div><script src=\"https://forum.school.kz/embed.js\"></script>"}});
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& html = r->out.at(kPage);
    CHECK(contains(html, "<template class=\"comments__custom\"><div id=\"ours\" data-page=\"/news/first/\"></div>"
                         "<script src=\"https://forum.school.kz/embed.js\"></script></template>"));
    CHECK(contains(html, ">Показать комментарии (загружаются с forum.school.kz)</button>"));
}

TEST_CASE("load: lazy and eager are passed to the loader") {
    auto lazy = build_site("comments: {provider: isso, server: \"https://isso.school.kz\", load: lazy}\n");
    REQUIRE_MESSAGE(lazy->ok, lazy->messages());
    CHECK(attributes_of(lazy->out.at(kPage), "<section class=\"comments\"")["data-comments-load"] == "lazy");
    auto eager = build_site("comments: {provider: isso, server: \"https://isso.school.kz\", load: eager}\n");
    REQUIRE_MESSAGE(eager->ok, eager->messages());
    CHECK(attributes_of(eager->out.at(kPage), "<section class=\"comments\"")["data-comments-load"] == "eager");
}

TEST_CASE("a missing required option is an error naming the option and its place in site.yaml") {
    auto r = build_site(R"(comments:
  provider: giscus
  repo: "school/site"
  category_id: "DIC_1"
  mapping: pathname
)");
    CHECK_FALSE(r->ok);
    CHECK(contains(r->messages(), "site.yaml:6:3: error: giscus needs the option \"repo_id\"\n"));
    CHECK(contains(r->messages(), "hint: add  repo_id: …  under comments: (see docs/comments/giscus.md)"));

    const std::map<std::string, std::pair<std::string, std::string>> missing = {
        {"utterances", {"comments: {provider: utterances, repo: a/b}\n", "utterances needs the option \"issue_term\""}},
        {"remark42", {"comments: {provider: remark42, host: \"https://r.kz\"}\n", "remark42 needs the option \"site_id\""}},
        {"isso", {"comments: {provider: isso}\n", "isso needs the option \"server\""}},
        {"waline", {"comments: {provider: waline}\n", "waline needs the option \"server_url\""}},
        {"cusdis", {"comments: {provider: cusdis, app_id: x}\n", "cusdis needs the option \"host\""}},
        {"custom", {"comments: {provider: custom}\n", "custom needs the option \"template\""}},
    };
    for (const auto& [provider, c] : missing) {
        INFO(provider);
        auto b = build_site(c.first);
        CHECK_FALSE(b->ok);
        CHECK(contains(b->messages(), "site.yaml:5:11: error: " + c.second));
    }
}

TEST_CASE("an unknown comment system is an error with a suggestion") {
    auto r = build_site("comments:\n  provider: walin\n  server_url: \"https://comments.school.kz\"\n");
    CHECK_FALSE(r->ok);
    CHECK(contains(r->messages(), "site.yaml:6:13: error: urker does not know the comment system \"walin\"\n"));
    CHECK(contains(r->messages(), "hint: did you mean \"waline\"?"));
}

TEST_CASE("comments: false in front matter hides the thread; other sections have none") {
    auto r = build_site("comments: {provider: waline, server_url: \"https://comments.school.kz\"}\n",
                        {{"content/news/quiet.md", "---\ntitle: Без обсуждения\ndate: 2026-09-27\ncomments: false\n---\nТекст.\n"},
                         {"content/about.md", "---\ntitle: О сети\n---\nТекст.\n"}});
    REQUIRE_MESSAGE(r->ok, r->messages());
    CHECK(contains(r->out.at(kPage), "class=\"comments\""));
    for (const char* path : {"news/quiet/index.html", "about/index.html", "news/index.html"}) {
        INFO(path);
        CHECK_FALSE(contains(r->out.at(path), "class=\"comments\""));
        CHECK_FALSE(contains(r->out.at(path), "js/comments.js"));
    }
}

TEST_CASE("a site without comments has no thread and no loader") {
    auto r = build_site("");
    REQUIRE_MESSAGE(r->ok, r->messages());
    CHECK_FALSE(contains(r->out.at(kPage), "class=\"comments\""));
    CHECK_FALSE(contains(r->out.at(kPage), "comments.js"));
    CHECK_FALSE(contains(r->out.at(kPage), "discussion.css"));
}

TEST_CASE("the forum lists categories with their topics, newest first, with author, date and the chats") {
    auto r = build_site(R"(comments: {provider: isso, server: "https://isso.school.kz"}
forum:
  chats:
    - {name: "Telegram · @school_chat", url: "https://t.me/school_chat"}
  categories:
    assessment: {title: {ru: "Оценивание", kk: "Бағалау"}, description: {ru: "Критерии и обратная связь", kk: "Критерийлер"}}
    digital: {title: {ru: "Цифровые инструменты", kk: "Цифрлық құралдар"}}
)",
                        {{"content/members/kim-v.md", "---\ntitle: Ким Виктория\n---\n"},
                         {"content/forum/_index.md", "---\ntitle: Форум\n---\nОбсуждения.\n"},
                         {"content/forum/_index.kk.md", "---\ntitle: Форум\nlanguage: kk\n---\nТалқылаулар.\n"},
                         {"content/forum/old.md", "---\ntitle: Старая тема\ndate: 2026-09-01\nauthor: kim-v\ncategory: assessment\n---\nВопрос.\n"},
                         {"content/forum/new.md", "---\ntitle: Новая тема\ndate: 2026-10-01\nauthor: kim-v\ncategory: assessment\n---\nВопрос.\n"}});
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& forum = r->out.at("forum/index.html");
    auto newer = forum.find(">Новая тема</a>");
    auto older = forum.find(">Старая тема</a>");
    REQUIRE(newer != std::string::npos);
    REQUIRE(older != std::string::npos);
    CHECK(newer < older);
    CHECK(contains(forum, "<h2 id=\"category-assessment-title\">Оценивание</h2>"));
    CHECK(contains(forum, "<p class=\"forum-category__description\">Критерии и обратная связь</p>"));
    CHECK(contains(forum, "<a href=\"#category-assessment\">Оценивание</a> <span class=\"forum__count\">2 темы</span>"));
    CHECK(contains(forum, "<h2 id=\"category-digital-title\">Цифровые инструменты</h2>"));
    CHECK(contains(forum, "В этом разделе пока нет тем."));
    CHECK(contains(forum, "<a href=\"/portal/members/kim-v/\">Ким Виктория</a>"));
    CHECK(contains(forum, "<time datetime=\"2026-10-01\">1 октября 2026"));
    CHECK(contains(forum, "<a href=\"https://t.me/school_chat\" rel=\"external noopener\">Telegram · @school_chat</a> <span class=\"forum__chat-host\">t.me</span>"));
    CHECK(contains(forum, "<link rel=\"stylesheet\" href=\"/portal/css/discussion.css\">"));
    // A topic page: its category, author, and the thread keyed by its path.
    const std::string& topic = r->out.at("forum/new/index.html");
    CHECK(contains(topic, "<span class=\"badge badge-category\">Оценивание</span>"));
    CHECK(contains(topic, "Автор темы: <a href=\"/portal/members/kim-v/\">Ким Виктория</a>"));
    CHECK(attributes_of(topic, "id=\"isso-thread\"")["data-isso-id"] == "/forum/new/");
    CHECK(contains(topic, "<a href=\"/portal/forum/#category-assessment\">Все темы форума</a>"));
    // Kazakh forum page: the categories in Kazakh.
    CHECK(contains(r->out.at("kk/forum/index.html"), "<h2 id=\"category-assessment-title\">Бағалау</h2>"));
}

TEST_CASE("a topic in a category that does not exist is an error with a suggestion") {
    auto r = build_site("forum:\n  categories:\n    assessment: {title: Оценивание}\n",
                        {{"content/forum/t.md", "---\ntitle: Тема\ndate: 2026-10-01\ncategory: asessment\n---\nВопрос.\n"}});
    CHECK_FALSE(r->ok);
    CHECK(contains(r->messages(), "content/forum/t.md:4:11: error: there is no forum category \"asessment\"\n"));
    CHECK(contains(r->messages(), "hint: did you mean \"assessment\"?"));
}

TEST_CASE("embeds: each host becomes a click-to-load placeholder with a plain link, and no frame") {
    auto r = build_site("", {{"content/news/video.md", R"(---
title: Видео и опросы
date: 2026-10-01
---
```video
https://www.youtube.com/watch?v=dQw4w9WgXcQ
title: Открытый урок «Дроби»
start: 90
```

```video
https://youtu.be/dQw4w9WgXcQ
```

```video
https://rutube.ru/video/4f9c2a7b5e1d4c8a9b0e6f2d1c3a5b7e/
```

```video
https://vkvideo.ru/video-12345_67890
```

```video
https://media.school.kz/uroki/drobi.mp4
title: Урок «Дроби»
poster: https://media.school.kz/uroki/drobi.jpg
```

```poll
https://docs.google.com/forms/d/e/1FAIpQLSdX/viewform
title: Анкета
height: 900
```

```poll
https://forms.yandex.ru/cloud/66f1a2b3c4d5e6f7a8b9c0d1/
```

```map
https://www.openstreetmap.org/#map=16/49.80/73.10
title: Гимназия «Үміт»
```
)"}});
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& html = r->out.at("news/video/index.html");
    CHECK_FALSE(contains(html, "<iframe"));
    CHECK(contains(html, "<figure class=\"embed embed--video\" data-embed=\"video\" data-embed-src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90\" "
                         "data-embed-title=\"Открытый урок «Дроби»\">"));
    CHECK(contains(html, "<p class=\"embed__notice\">Этот материал размещён на youtube.com. Страница сама ничего оттуда не загружает.</p>"
                         "<button type=\"button\" class=\"embed__load\" hidden>Показать видео (загружается с youtube.com)</button>"));
    CHECK(contains(html, "<figcaption><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\" rel=\"noopener\">Открытый урок «Дроби»</a> "
                         "<span class=\"embed__host\">(youtube.com)</span></figcaption>"));
    CHECK(contains(html, "data-embed-src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\" data-embed-title=\"youtube.com\""));
    CHECK(contains(html, "data-embed-src=\"https://rutube.ru/play/embed/4f9c2a7b5e1d4c8a9b0e6f2d1c3a5b7e\""));
    CHECK(contains(html, "data-embed-src=\"https://vkvideo.ru/video_ext.php?oid=-12345&amp;id=67890\""));
    CHECK(contains(html, "<video controls preload=\"none\" src=\"https://media.school.kz/uroki/drobi.mp4\" poster=\"https://media.school.kz/uroki/drobi.jpg\">"));
    CHECK(contains(html, "<figure class=\"embed embed--poll\" data-embed=\"poll\" data-embed-src=\"https://docs.google.com/forms/d/e/1FAIpQLSdX/viewform?embedded=true\" "
                         "data-embed-title=\"Анкета\" data-embed-height=\"900\">"));
    CHECK(contains(html, ">Показать форму (загружается с docs.google.com)</button>"));
    CHECK(contains(html, "data-embed-src=\"https://forms.yandex.ru/cloud/66f1a2b3c4d5e6f7a8b9c0d1/?iframe=1\""));
    CHECK(contains(html, "data-embed-src=\"https://www.openstreetmap.org/export/embed.html?bbox="));
    CHECK(contains(html, ">Показать карту (загружается с openstreetmap.org)</button>"));
    // Nothing but the page's own files is fetched before a click (the .mp4 plays only on demand).
    for (const char* host : {"youtube", "rutube.ru", "vkvideo.ru", "docs.google.com", "forms.yandex.ru", "openstreetmap.org"}) {
        INFO(host);
        CHECK_FALSE(std::regex_search(html, std::regex(std::string("\\s(?:src|srcset|poster|data)=\"[^\"]*") + host)));
    }
    CHECK(contains(html, "<script src=\"/portal/js/embeds.js\" defer></script>"));
    CHECK(contains(html, "<link rel=\"stylesheet\" href=\"/portal/css/discussion.css\">"));
    CHECK_FALSE(contains(r->out.at(kPage), "embeds.js"));
}

TEST_CASE("embeds speak the page's language") {
    auto r = build_site("", {{"content/news/video.kk.md", "---\ntitle: Бейне\ndate: 2026-10-01\nlanguage: kk\n---\n```video\nhttps://rutube.ru/video/4f9c2a7b5e1d4c8a9b0e6f2d1c3a5b7e/\n```\n"}});
    REQUIRE_MESSAGE(r->ok, r->messages());
    REQUIRE(r->out.has("kk/news/video/index.html"));
    const std::string& html = r->out.at("kk/news/video/index.html");
    CHECK(contains(html, ">Бейнені көрсету (rutube.ru сайтынан жүктеледі)</button>"));
    CHECK(contains(html, ">Бұл материал rutube.ru сайтында орналасқан. Бет ол жақтан өздігінен ештеңе жүктемейді.</p>"));
}

TEST_CASE("an embed from an unknown host or a malformed embed block is an error with file and line") {
    auto r = build_site("", {{"content/news/bad.md", R"(---
title: Ошибки
date: 2026-10-01
---
Текст.

```video
https://example.com/watch/123
```

```poll
https://docs.google.com/forms/d/e/1FAIpQLSdX/viewform
title Анкета
```

```video
title: без адреса
```

```map
https://maps.example.com/?q=school
```
)"}});
    CHECK_FALSE(r->ok);
    const std::string m = r->messages();
    CHECK(contains(m, "content/news/bad.md:8:1: error: urker cannot embed videos from example.com\n"));
    CHECK(contains(m, "hint: use YouTube, Rutube or VK Video, or a link to an .mp4 file; or write a plain link instead"));
    CHECK(contains(m, "content/news/bad.md:13:1: error: this line of the poll block is not  key: value\n"));
    CHECK(contains(m, "content/news/bad.md:17:1: error: \"title: без адреса\" is not a web address\n"));
    CHECK(contains(m, "content/news/bad.md:21:1: error: urker can embed maps from openstreetmap.org addresses with #map=zoom/lat/lon\n"));
}
