#include <doctest/doctest.h>

#include "config/site_config.h"

#include <algorithm>

using namespace urker;

TEST_CASE("a full site.yaml becomes typed settings") {
    Diagnostics d;
    auto cfg = parse_site_config(R"(title: {ru: "Сеть", kk: "Желі"}
base_url: "https://example.kz/portal"
language: ru
languages: [ru, kk]
paginate: 5
markdown: {unsafe: true, smart_punctuation: false}
taxonomies: [subject, grade]
menus:
  main:
    - {name: {ru: "Новости", kk: "Жаңалықтар"}, url: /news/, weight: 20}
    - {name: "Материалы", url: /materials/, weight: 10}
params: {region: "Караганда"}
)", d);
    REQUIRE(cfg);
    CHECK(d.empty());
    CHECK(cfg->title.in("kk") == "Желі");
    CHECK(cfg->title.in("en", "ru") == "Сеть");
    CHECK(cfg->base_url == "https://example.kz/portal/");
    CHECK(cfg->base_path == "/portal/");
    CHECK(cfg->site_url("/news/") == "/portal/news/");
    CHECK(cfg->absolute_url("/portal/news/") == "https://example.kz/portal/news/");
    CHECK(cfg->languages == std::vector<std::string>{"ru", "kk"});
    CHECK(cfg->paginate == 5);
    CHECK(cfg->markdown.unsafe);
    CHECK_FALSE(cfg->markdown.smart_punctuation);
    REQUIRE(cfg->menus["main"].size() == 2);
    CHECK(cfg->menus["main"][0].url == "/materials/");  // sorted by weight
    CHECK(cfg->menus["main"][1].name.in("kk") == "Жаңалықтар");
    CHECK(cfg->params["region"] == "Караганда");
}

TEST_CASE("unknown settings are warnings that point at the key and suggest a fix") {
    Diagnostics d;
    auto cfg = parse_site_config("title: X\npaginaet: 5\n", d);
    REQUIRE(cfg);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].severity == Severity::warning);
    CHECK(format_diagnostic(d.items()[0]) ==
          "site.yaml:2:1: warning: unknown setting \"paginaet\" is ignored\n"
          "    paginaet: 5\n"
          "    ^\n"
          "    hint: did you mean \"paginate\"?\n");
}

TEST_CASE("a menu item's misspelt key is a warning at the key with the right one; the item keeps its place by the others") {
    Diagnostics d;
    auto cfg = parse_site_config("title: X\nmenus:\n  main:\n    - {name: Материалы, url: /materials/, weight: 10}\n"
                                 "    - name: О сообществе\n      url: /about/\n      weigth: 90\n      icon: info\n",
                                 d);
    REQUIRE(cfg);
    REQUIRE(d.items().size() == 2);
    const bool weigth_first = d.items()[0].where.line == 7;  // in the order of the item's keys as read
    const Diagnostic& weigth = d.items()[weigth_first ? 0 : 1];
    const Diagnostic& icon = d.items()[weigth_first ? 1 : 0];
    CHECK(format_diagnostic(weigth) ==
          "site.yaml:7:7: warning: a menu item has no setting \"weigth\": it is ignored\n"
          "          weigth: 90\n"
          "          ^\n"
          "    hint: did you mean \"weight\"?\n");
    CHECK(icon.where.line == 8);
    CHECK(format_diagnostic(icon).find("hint: a menu item has  name:,  url:  and") != std::string::npos);
}

TEST_CASE("wrong values are errors with the line in site.yaml") {
    Diagnostics d;
    auto cfg = parse_site_config("title: X\npaginate: many\nmarkdown:\n  unsafe: yes\n", d);
    CHECK_FALSE(cfg);
    REQUIRE(d.error_count() == 2);
    CHECK(d.items()[0].where.line == 2);
    CHECK(d.items()[0].message.find("whole number") != std::string::npos);
    CHECK(d.items()[1].where.line == 4);
    CHECK(d.items()[1].where.column == 11);
    CHECK(d.items()[1].message == "\"unsafe\" must be true or false");
}

TEST_CASE("broken YAML is reported at its line and column") {
    Diagnostics d;
    auto cfg = parse_site_config("title: X\nmenus:\n  main: [\n", d);
    CHECK_FALSE(cfg);
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].where.file == "site.yaml");
    CHECK(d.items()[0].where.line == 3);  // where the list was opened
    CHECK(d.items()[0].message == "the list opened with «[» is not closed with «]»");
}

TEST_CASE("a site.yaml without a title is an error with a hint") {
    Diagnostics d;
    CHECK_FALSE(parse_site_config("language: ru\n", d));
    CHECK(d.items()[0].hint.find("title:") != std::string::npos);
}

TEST_CASE("--base-url overrides site.yaml and a bare path works") {
    Diagnostics d;
    auto cfg = parse_site_config("title: X\nbase_url: https://a.kz/\n", d, "/preview");
    REQUIRE(cfg);
    CHECK(cfg->base_url == "/preview/");
    CHECK(cfg->base_path == "/preview/");
}

TEST_CASE("language codes are checked") {
    Diagnostics d;
    CHECK_FALSE(parse_site_config("title: X\nlanguage: Russian\n", d));
    Diagnostics d2;
    auto cfg = parse_site_config("title: X\nlanguage: kk\nlanguages: [ru]\n", d2);
    REQUIRE(cfg);
    CHECK(cfg->languages.front() == "kk");
}

TEST_CASE("an option misspelt in a block of settings is a warning at its key, with the key meant") {
    Diagnostics d;
    auto cfg = parse_site_config(R"(title: "Сеть"
comments:
  provider: waline
  server_url: "https://comments.school.kz"
  client_ur: "https://comments.school.kz/client/"
  load: click
forum:
  chats:
    - {name: Telegram, url: "https://t.me/x", nmae: Чат}
  categories:
    methods: {title: Методика, descripton: Об уроках}
  categoris: {}
search: {mod: single}
)", d);
    REQUIRE(cfg);
    REQUIRE(d.error_count() == 0);
    std::vector<std::string> seen;
    for (const Diagnostic& w : d.items()) seen.push_back(std::to_string(w.where.line) + ":" + std::to_string(w.where.column) + " " +
                                                         render_message(w.message_id, "ru") + " / " + render_message(w.hint_id, "ru"));
    std::sort(seen.begin(), seen.end());
    CHECK(seen == std::vector<std::string>{
                      "11:32 неизвестная настройка «descripton» в «forum: categories» пропущена / может быть, имелось в виду «description»?",
                      "12:3 неизвестная настройка «categoris» в «forum» пропущена / может быть, имелось в виду «categories»?",
                      "13:10 неизвестная настройка «mod» в «search» пропущена / может быть, имелось в виду «mode»?",
                      "5:3 неизвестная настройка «client_ur» в «comments» пропущена / может быть, имелось в виду «client_url»?",
                      "9:47 неизвестная настройка «nmae» в «forum: chats» пропущена / может быть, имелось в виду «name»?",
                  });
    // A custom snippet reads whatever options it is given.
    Diagnostics custom;
    REQUIRE(parse_site_config("title: x\ncomments: {provider: custom, template: c.html, thread_prefix: school}\n", custom));
    CHECK(custom.empty());
}

TEST_CASE("a line with nothing before its colon is an error saying the key is missing, not the setting «null»") {
    Diagnostics d;
    CHECK_FALSE(parse_site_config("title: Сеть\n: oops\npaginate: 5\n", d));
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].message_id.id == "config.yaml_key_missing");
    CHECK(d.items()[0].where.line == 2);
    CHECK(d.items()[0].where.column == 1);
    // A key written as null or ~ is one the writer meant: it stays an unknown setting.
    Diagnostics written;
    CHECK(parse_site_config("title: Сеть\nnull: 1\n", written));
    REQUIRE(written.items().size() == 1);
    CHECK(written.items()[0].message_id.id == "config.unknown_setting");
}
