#include <doctest/doctest.h>

#include <algorithm>

#include "model/language_views.h"

using namespace urker;

namespace {

SiteConfig two_languages() {
    SiteConfig c;
    c.language = "ru";
    c.languages = {"ru", "kk"};
    c.menus["main"] = {MenuItem{LocalizedText{{{"ru", "Материалы"}, {"kk", "Материалдар"}}}, "/materials/", 10}};
    return c;
}

Page page(const std::string& content_path, const std::string& key, const std::string& lang, const std::string& path,
          PageKind kind = PageKind::page) {
    Page p;
    p.kind = kind;
    p.content_path = content_path;
    p.translation_key = key;
    p.lang = lang;
    p.content_lang = lang;
    p.is_translation = content_path.find(".kk.md") != std::string::npos;
    p.path = path;
    p.title = content_path;
    return p;
}

const Page* find(const std::vector<Page>& pages, const std::string& path) {
    auto it = std::find_if(pages.begin(), pages.end(), [&](const Page& p) { return p.path == path; });
    return it == pages.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("a page missing in a language gets a view in that language's tree with its own text's language") {
    std::vector<Page> pages = {
        page("materials/drobi.md", "materials/drobi.md", "ru", "materials/drobi/"),
        page("materials/sanau.kk.md", "materials/sanau.md", "kk", "kk/materials/sanau/"),
        page("about.md", "about.md", "ru", "about/"),
        page("about.kk.md", "about.md", "kk", "kk/about/"),
    };
    add_language_views(pages, two_languages());
    REQUIRE(pages.size() == 6);
    const Page* drobi = find(pages, "kk/materials/drobi/");
    REQUIRE(drobi);
    CHECK(drobi->is_view);
    CHECK(drobi->lang == "kk");
    CHECK(drobi->content_lang == "ru");
    CHECK(drobi->content_path == "materials/drobi.kk.md");
    CHECK(drobi->translation_key == "materials/drobi.md");
    const Page* sanau = find(pages, "materials/sanau/");
    REQUIRE(sanau);
    CHECK(sanau->lang == "ru");
    CHECK(sanau->content_lang == "kk");
    CHECK(sanau->content_path == "materials/sanau.md");
    CHECK_FALSE(find(pages, "kk/kk/about/"));
}

TEST_CASE("a section's view is headed by the menu item that leads to it, in the view's language") {
    std::vector<Page> pages = {page("materials/_index.md", "materials/_index.md", "ru", "materials/", PageKind::section)};
    pages[0].title = "Материалы";
    add_language_views(pages, two_languages());
    const Page* kk = find(pages, "kk/materials/");
    REQUIRE(kk);
    CHECK(kk->title == "Материалдар");
}

TEST_CASE("a Kazakh text in the default tree (language: kk) gets its native page in the Kazakh tree") {
    std::vector<Page> pages = {page("members/abenova-m.md", "members/abenova-m.md", "ru", "members/abenova-m/")};
    pages[0].content_lang = "kk";
    add_language_views(pages, two_languages());
    const Page* kk = find(pages, "kk/members/abenova-m/");
    REQUIRE(kk);
    CHECK(kk->lang == "kk");
    CHECK(kk->content_lang == "kk");
}
